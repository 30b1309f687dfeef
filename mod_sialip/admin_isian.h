/* Form and page helpers shared by the DIP, the exempt list and the admin
 * pages (dip.c, dikecualikan.c, admin_*.c): field checks with a message in
 * Indonesian, the <isian>/<galat>/<pilihan> elements the views read
 * (views/_admin-isian.xsl), the OPD choices, paging links, audit texts and
 * the common error answers. */
#ifndef SIALIP_ADMIN_ISIAN_H
#define SIALIP_ADMIN_ISIAN_H

#include "filetype.h"
#include "sl_request.h"
#include "permohonan_rules.h"

/* Statements of the helpers (the OPD choices). */
extern const sl_stmt_def sialip_isian_stmts[];

/* A new list of sl_field_error. */
apr_array_header_t *isian_galat_baru(sl_ctx *c);
/* Appends an error for field. */
void isian_galat(apr_array_header_t *errors, const char *field,
                 const char *message);
/* True when errors holds one for field. */
int isian_ada_galat(const apr_array_header_t *errors, const char *field);

/* The trimmed text field name; adds "<label> wajib diisi." when required
 * and empty, or "<label> paling panjang N karakter." when longer than
 * max_chars code points. */
const char *isian_teks(sl_ctx *c, apr_array_header_t *errors,
                       const char *name, const char *label, int required,
                       apr_size_t max_chars);
/* The field's value when it is one of choices, else "" (and an error
 * "Pilih <label>." when required). */
const char *isian_pilih(sl_ctx *c, apr_array_header_t *errors,
                        const char *name, const char *label,
                        const sl_choice *choices, int required);
/* True when the checkbox name was sent with value "1". */
int isian_centang(sl_ctx *c, const char *name);
/* Every value sent for name (repeated checkboxes), in form order. */
apr_array_header_t *isian_semua(sl_ctx *c, const char *name);

/* Writes the upload to the store (fsynced), before any transaction:
 * returns its SHA-256, or NULL when the store failed (logged). */
const char *isian_berkas_tulis(sl_ctx *c, const sl_upload *up);
/* Inside the caller's transaction: the berkas row for a stored upload;
 * returns its id, or NULL when a statement failed. */
const char *isian_berkas_catat(sl_ctx *c, const char *sha256,
                               const sl_upload *up, const sl_filetype *type);
/* A stored file's columns, first in a statement whose row
 * isian_berkas_kirim sends: the store's name, its type and the name to
 * download it as. */
#define ISIAN_BERKAS_KOLOM "b.sha256, b.mime, b.nama_asli"
/* Sends the file of the one row of rows (ISIAN_BERKAS_KOLOM first) from
 * the store: its status, or -1 when rows has no single row (the caller
 * answers). */
int isian_berkas_kirim(sl_ctx *c, const sl_rows *rows);
/* LAST_INSERT_ID() of the connection, or NULL. */
const char *isian_id_terakhir(sl_ctx *c);

/* A database id: 1 to 10 digits without a leading zero. */
int isian_id_valid(const char *text);
/* A whole number of at most 9 digits (no sign, no separators); sets *out. */
int isian_angka(const char *text, long *out);

/* An element under parent per pair of a name and its text (NULL: as
 * sl_xml_text), the pairs ending with a NULL name. */
void isian_teks_xml(xmlNodePtr parent, ...);

/* <isian> under parent, and one <nilai nama=".."> in it. */
xmlNodePtr isian_xml(xmlNodePtr parent);
void isian_nilai(xmlNodePtr isian, const char *name, const char *value);
/* The form's own values of names (NULL-terminated) into <isian>. */
void isian_nilai_form(sl_ctx *c, xmlNodePtr isian, const char *const *names);
/* <galat untuk=".."> for every error, directly under resource (where
 * the layout's "galat-field" template looks). */
void isian_galat_xml(xmlNodePtr resource, const apr_array_header_t *errors);
/* <pilihan untuk=name><opsi nilai="..">label</opsi>...</pilihan> */
void isian_pilihan_xml(xmlNodePtr parent, const char *name,
                       const sl_choice *choices);
/* The same for the OPDs: active ones only when aktif_saja, but always
 * keep_id (the record's current OPD, may be NULL), marked "(nonaktif)"
 * when it is deactivated.  Returns -1 when the database failed. */
int isian_pilihan_opd(sl_ctx *c, xmlNodePtr parent, const char *name,
                      int aktif_saja, const char *keep_id);
/* True when id names an active OPD, or is keep_id (a record keeps its
 * OPD even after the OPD was deactivated). -1 when the database failed. */
int isian_opd_aktif(sl_ctx *c, const char *id, const char *keep_id);
/* The OPD of a record kept by OPD: the field opd_id when the officer
 * chooses (semua: an active OPD, or the record's own keep_id; an error
 * beside the field otherwise), else the officer's own keep_id. */
const char *isian_opd_isian(sl_ctx *c, apr_array_header_t *errors, int semua,
                            const char *keep_id);

/* The page asked for by ?halaman= (1 when absent or not a number). */
long isian_halaman(sl_ctx *c);
/* The number of pages of total rows, per_page to a page (at least 1);
 * *page is brought back to the last one when it lies past it. */
long isian_halaman_jumlah(long total, long per_page, long *page);

/* <halaman_daftar> with a link per page: base is the path, query the
 * already-encoded filters ("q=x&kategori=y" or ""), the page parameter is
 * "halaman". */
void isian_paging_xml(sl_ctx *c, xmlNodePtr parent, const char *base,
                      const char *query, long page, long pages, long total);
/* "&name=value" (value URL-encoded) when value is not empty, else "". */
const char *isian_query_part(apr_pool_t *p, const char *name,
                             const char *value);
/* The filters of a public list (n names and their values, "" when not
 * set) on its page: res's link to the list's XML (path without ".xml")
 * with them, and in the XML <saring> naming those set, on the page <isian>
 * carrying them back into the form.  Returns them encoded for
 * isian_paging_xml ("&q=x&opd=1" or ""). */
const char *isian_saring_xml(sl_ctx *c, xmlNodePtr res, const char *path,
                             const char *const *names, const char *const *values, int n);

/* A small JSON object for the audit's before/after columns: pairs of key
 * and value (NULL value: JSON null), ending with a NULL key. */
const char *isian_json(apr_pool_t *p, ...);

/* The same from parallel arrays: keys (NULL-terminated) and their values;
 * extra_key/extra_value (may be NULL) appended. */
const char *isian_json_kv(apr_pool_t *p, const char *const *keys,
                          const char *const *values, const char *extra_key,
                          const char *extra_value);

/* A stored UTC time as <name iso="2026-03-13T03:00:00Z">WIB text</name>;
 * nothing when utc is NULL. */
void isian_waktu_xml(sl_ctx *c, xmlNodePtr parent, const char *name,
                     const char *utc);

/* Common answers: 404 with what was not found, 409 for a step the object's
 * state does not allow (nothing changed), 503 when the database failed
 * (nothing changed). */
int isian_tidak_ditemukan(sl_ctx *c, const char *title, const char *message);

int isian_ditolak(sl_ctx *c, const char *message);
int isian_gangguan(sl_ctx *c);
/* 409 for an officer of an OPD-kept list whose account has no OPD. */
int isian_tanpa_opd(sl_ctx *c);

/* The one row of statement for (id, scope_all, the officer's OPD), or NULL:
 * id malformed or unknown, another OPD's record, or *failed set when the
 * database failed. */
const sl_rows *isian_muat(sl_ctx *c, const char *statement, const char *id,
                          const char *scope_all, int *failed);
/* Begins a transaction and reads the same row FOR UPDATE into *rows:
 * 1 when there is one, 0 when there is none (rolled back), -1 when the
 * database failed. */
int isian_kunci(sl_ctx *c, const char *statement, const char *id,
                const char *scope_all, sl_rows **rows);

#endif
