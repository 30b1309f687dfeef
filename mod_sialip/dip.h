/* What the Daftar Informasi Publik's files share: the public list (dip.c),
 * the officers' list and form (dip_kelola.c), the review steps
 * (dip_tinjau.c), the search and an entry's page (dip_cari.c) and the
 * whole list (dip_lengkap.c).  The files below include this header only. */
#ifndef SIALIP_DIP_H
#define SIALIP_DIP_H

#include "roles.h"
#include "sl_request.h"
#include "permohonan_rules.h"
#include "admin_isian.h"

/* Roles that keep the DIP; PPID Utama sees every OPD. */
#define DIP_PETUGAS (SL_ROLE_PPID_UTAMA | SL_ROLE_PPID_PELAKSANA)
#define DIP_SEMUA_OPD SL_ROLE_PPID_UTAMA
/* The officer's scope: two arguments, sl_scope_all and sl_scope_opd. */
#define DIP_LINGKUP "(%s = '1' OR d.opd_id = %s)"

/* A published entry as the public pages show it: the columns every
 * statement that feeds sialip_dip_entri_xml selects first, in this order,
 * from SIALIP_DIP_DARI; the list and the search add o.singkatan (the OPD's
 * short name, for the compact list) right after them. */
#define SIALIP_DIP_KOLOM \
    "d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.pejabat_penguasa, " \
    "d.penanggung_jawab, d.waktu_tempat, d.bentuk, d.retensi, d.tahun, " \
    "d.tautan, d.berkas_id, b.mime, d.dimutakhirkan_pada, d.diterbitkan_pada, " \
    "d.opd_id"
#define SIALIP_DIP_NKOLOM 17
#define SIALIP_DIP_DARI \
    " FROM dip d JOIN opd o ON o.id = d.opd_id LEFT JOIN berkas b ON b.id = d.berkas_id "

typedef struct {
    const char *id, *nomor, *kategori, *ringkasan, *opd, *pejabat_penguasa;
    const char *penanggung_jawab, *waktu_tempat, *bentuk, *retensi, *tahun;
    const char *tautan, *berkas_id, *mime, *mutakhir, *diterbitkan, *opd_id;
    const char *opd_singkatan;   /* NULL when not selected */
} sialip_dip_baris;

/* A row of SIALIP_DIP_KOLOM (ncols values, maybe with o.singkatan after). */
void sialip_dip_baris_dari(sialip_dip_baris *b, const char *const *v, int ncols);
/* <entri> of an entry under parent. */
void sialip_dip_entri_xml(sl_ctx *c, xmlNodePtr parent, const sialip_dip_baris *b);

/* An entry's document: SIALIP_DIP_BERKAS followed by the condition that
 * chooses the entry (its id is the first argument), then
 * sialip_dip_berkas_kirim sends it (404 when the result has no row). */
#define SIALIP_DIP_BERKAS \
    "SELECT " ISIAN_BERKAS_KOLOM " FROM dip d " \
    "JOIN berkas b ON b.id = d.berkas_id WHERE d.id = %s AND "
int sialip_dip_berkas_kirim(sl_ctx *c, const sl_rows *rows);

/* The information categories and an entry's states. */
extern const sl_choice sialip_dip_kategori[];
extern const sl_choice sialip_dip_status[];

/* dip_kelola.c: an entry as the officers' pages load it (dip_muat). */
typedef struct {
    const char *id, *opd_id, *status;
    const sl_rows *rows;         /* dip_muat's row, read in dip_kelola.c */
} sialip_dip_entri;
/* The entry within the officer's scope, or NULL (unknown, another OPD's,
 * or *failed when the database failed); its 404 page; the entry's form
 * (row NULL: a new one; from_form: the values as posted). */
const sialip_dip_entri *sialip_dip_muat(sl_ctx *c, const char *id, int *failed);
int sialip_dip_tidak_ditemukan(sl_ctx *c);
int sialip_dip_formulir(sl_ctx *c, int status, const apr_array_header_t *errors,
                        const sialip_dip_entri *row, int from_form);
/* /admin/dip/{id} */
const char *sialip_dip_url(sl_ctx *c, const char *id);
/* "1" when the officer sees every OPD (for the statements' scope); the
 * same as a truth value. */
const char *sialip_dip_semua(sl_ctx *c);
int sialip_dip_semua_opd(sl_ctx *c);
/* True for the states in which an entry may be edited (draf, ditolak). */
int sialip_dip_dapat_diubah(const char *status);

/* dip_isian.c: the form's fields (NULL-terminated), this year in WIB, and
 * the handlers that create and edit an entry. */
extern const char *const sialip_dip_isian[];
long sialip_dip_tahun_ini(void);
int sialip_dip_buat(sl_ctx *c);
int sialip_dip_ubah(sl_ctx *c);

/* dip_tinjau.c: the steps the signed-in officer may take on an entry in
 * state status, as <tindakan>; the message after one (?pesan=aksi), or
 * NULL. */
void sialip_dip_tindakan_xml(sl_ctx *c, xmlNodePtr parent, const char *id,
                             const char *status);
const char *sialip_dip_pesan(sl_ctx *c);

/* dip_cari.c: the public DIP's word search and an entry's own page. */
typedef struct {
    long total;        /* entries found */
    long halaman;      /* the page shown (clamped to the last) */
    long halaman_maks;
    int sebagian;      /* no entry holds every word: those holding some */
    sl_rows *rows;     /* SIALIP_DIP_KOLOM, o.singkatan, ...; the best match first */
} sialip_dip_hasil;

/* Published entries matching the filters ('' for none) whose title and
 * summary, OPD, number or officials hold every word of q (each at the
 * start of a word, any order); when none holds all, those holding some.
 * Ranked by the words matched, then where (summary before OPD before the
 * rest), the words as a phrase first.  Returns 0, or -1 when the database
 * failed. */
int sialip_dip_cari(sl_ctx *c, const char *q, const char *kategori, const char *opd,
                    const char *tahun, long halaman, long per_halaman,
                    sialip_dip_hasil *out);

extern const sl_stmt_def sialip_dip_cari_stmts[];

extern const sl_stmt_def sialip_dip_kelola_stmts[];
extern const sl_stmt_def sialip_dip_tinjau_stmts[];
extern const sl_stmt_def sialip_dip_isian_stmts[];

#endif
