/* Daftar Informasi Publik (DOMAIN.md "Daftar Informasi Publik"): officers
 * keep their OPD's entries (PPID Pelaksana its own OPD, enforced in the
 * SQL; PPID Utama every OPD), submit them, and PPID Utama publishes or
 * rejects them.  The public list shows only published entries, searchable
 * and paged, as HTML or XML, with the documents as downloads.
 *
 * Status: draf -> diajukan (ajukan); diajukan -> terbit (terbitkan) or
 * ditolak (tolak, with a note); ditolak -> diajukan (ajukan again, after
 * editing); terbit -> draf (tarik: withdrawn to be corrected).  Entries are
 * edited only as draf or ditolak.  Audit actions: buat, ubah, diajukan,
 * diterbitkan, ditolak, ditarik. */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "escape.h"
#include "roles.h"
#include "sl_audit.h"
#include "sl_store.h"
#include "sl_pagecache.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "dip_lengkap.h"
#include "dip_cari.h"
#include "sialip.h"

/* Roles that keep the DIP; PPID Utama sees every OPD. */
#define DIP_PETUGAS (SL_ROLE_PPID_UTAMA | SL_ROLE_PPID_PELAKSANA)
#define DIP_SEMUA_OPD SL_ROLE_PPID_UTAMA
#define DIP_PER_HALAMAN 20
#define DIP_KELOLA_PER_HALAMAN 50

/* The public filters when browsing; '' matches everything.  A search by
 * words goes to dip_cari.c. */
#define DIP_SARING \
    "d.status = 'terbit' AND (%s = '' OR d.kategori = %s) " \
    "AND (%s = '' OR d.opd_id = %s) AND (%s = '' OR d.tahun = %s)"

#define DIP_LINGKUP "(%s = '1' OR d.opd_id = %s)"
/* A published berkala entry not brought up to date for six months (UU
 * 14/2008 Pasal 9: at least every six months): flagged to its OPD and
 * counted in the public statistics (statistik.c). */
#define DIP_USANG \
    "(d.kategori = 'berkala' AND d.status = 'terbit' " \
    "AND d.dimutakhirkan_pada < UTC_TIMESTAMP() - INTERVAL 6 MONTH)"

static const sl_stmt_def statements[] = {
    {"dip_publik_jumlah", "SELECT COUNT(*) FROM dip d WHERE " DIP_SARING},
    {"dip_publik",
     "SELECT d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.pejabat_penguasa, "
     "d.penanggung_jawab, d.waktu_tempat, d.bentuk, d.retensi, d.tahun, "
     "d.tautan, d.berkas_id, b.mime, d.dimutakhirkan_pada, d.diterbitkan_pada, "
     "d.opd_id, o.singkatan FROM dip d JOIN opd o ON o.id = d.opd_id "
     "LEFT JOIN berkas b ON b.id = d.berkas_id WHERE " DIP_SARING
     " ORDER BY d.tahun DESC, o.nama, d.nomor, d.id LIMIT %s OFFSET %s"},
    {"dip_publik_opd",
     "SELECT DISTINCT o.id, o.nama FROM opd o JOIN dip d ON d.opd_id = o.id "
     "WHERE d.status = 'terbit' ORDER BY o.nama"},
    {"dip_publik_tahun",
     "SELECT DISTINCT tahun FROM dip WHERE status = 'terbit' ORDER BY tahun DESC"},
    {"dip_berkas_publik",
     "SELECT b.sha256, b.mime, b.nama_asli FROM dip d "
     "JOIN berkas b ON b.id = d.berkas_id WHERE d.id = %s AND d.status = 'terbit'"},
    {"dip_berkas_staf",
     "SELECT b.sha256, b.mime, b.nama_asli FROM dip d "
     "JOIN berkas b ON b.id = d.berkas_id WHERE d.id = %s AND " DIP_LINGKUP},
    {"dip_usang_jumlah", "SELECT COUNT(*) FROM dip d WHERE " DIP_LINGKUP " AND " DIP_USANG},
    {"dip_kelola_jumlah",
     "SELECT COUNT(*) FROM dip d WHERE " DIP_LINGKUP
     " AND (%s = '' OR d.status = %s)"},
    {"dip_kelola",
     "SELECT d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.tahun, d.status, "
     "d.dimutakhirkan_pada, " DIP_USANG " FROM dip d JOIN opd o ON o.id = d.opd_id WHERE "
     DIP_LINGKUP " AND (%s = '' OR d.status = %s) "
     "ORDER BY FIELD(d.status, 'diajukan', 'ditolak', 'draf', 'terbit'), "
     "d.dimutakhirkan_pada DESC, d.id DESC LIMIT %s OFFSET %s"},
    {"dip_muat",
     "SELECT d.id, d.opd_id, o.nama, d.nomor, d.kategori, d.ringkasan, "
     "d.pejabat_penguasa, d.penanggung_jawab, d.waktu_tempat, d.bentuk, "
     "d.retensi, d.tahun, d.tautan, d.berkas_id, b.nama_asli, d.status, "
     "d.catatan_tinjauan, d.dimutakhirkan_pada, d.diterbitkan_pada "
     "FROM dip d JOIN opd o ON o.id = d.opd_id "
     "LEFT JOIN berkas b ON b.id = d.berkas_id WHERE d.id = %s AND " DIP_LINGKUP},
    /* Locks only the entry (not its OPD or document rows); from the
     * fourth column on, the fields in field_names order. */
    {"dip_kunci",
     "SELECT d.status, d.catatan_tinjauan, d.berkas_id, d.opd_id, d.nomor, "
     "d.kategori, d.ringkasan, d.pejabat_penguasa, d.penanggung_jawab, "
     "d.waktu_tempat, d.bentuk, d.retensi, d.tahun, d.tautan "
     "FROM dip d WHERE d.id = %s AND " DIP_LINGKUP " FOR UPDATE"},
    {"dip_nomor_ada",
     "SELECT id FROM dip WHERE opd_id = %s AND nomor = %s AND id <> %s"},
    {"dip_simpan",
     "INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
     "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, tautan, berkas_id, "
     "status, dimutakhirkan_pada, dibuat_oleh) VALUES (%s, %s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, 'draf', UTC_TIMESTAMP(), %s)"},
    {"dip_ubah",
     "UPDATE dip SET opd_id = %s, nomor = %s, kategori = %s, ringkasan = %s, "
     "pejabat_penguasa = %s, penanggung_jawab = %s, waktu_tempat = %s, "
     "bentuk = %s, retensi = %s, tahun = %s, tautan = %s, berkas_id = %s, "
     "dimutakhirkan_pada = UTC_TIMESTAMP() "
     "WHERE id = %s AND status IN ('draf', 'ditolak')"},
    {"dip_status",
     "UPDATE dip SET status = %s, catatan_tinjauan = %s, "
     "diterbitkan_pada = IF(%s = 'terbit', UTC_TIMESTAMP(), diterbitkan_pada) "
     "WHERE id = %s AND status = %s"},
    {NULL, NULL}
};

/* Columns of dip_muat. */
enum {
    D_ID, D_OPD_ID, D_OPD_NAMA, D_NOMOR, D_KATEGORI, D_RINGKASAN, D_PEJABAT,
    D_PJ, D_WAKTU_TEMPAT, D_BENTUK, D_RETENSI, D_TAHUN, D_TAUTAN, D_BERKAS_ID,
    D_BERKAS_NAMA, D_STATUS, D_CATATAN, D_MUTAKHIR, D_TERBIT
};

static const sl_choice kategori_choices[] = {
    {"berkala", "Informasi berkala"},
    {"serta_merta", "Informasi serta merta"},
    {"setiap_saat", "Informasi tersedia setiap saat"},
    {NULL, NULL}
};

static const sl_choice status_choices[] = {
    {"draf", "Draf"},
    {"diajukan", "Diajukan, menunggu tinjauan PPID Utama"},
    {"ditolak", "Ditolak, perlu diperbaiki"},
    {"terbit", "Terbit"},
    {NULL, NULL}
};

/* The form's fields, in the order of the statements' columns (dip_simpan,
 * dip_ubah, and dip_kunci from its fourth column). */
static const char *const field_names[] = {
    "opd_id", "nomor", "kategori", "ringkasan", "pejabat_penguasa",
    "penanggung_jawab", "waktu_tempat", "bentuk", "retensi", "tahun",
    "tautan", NULL
};

static const int field_columns[] = {
    D_OPD_ID, D_NOMOR, D_KATEGORI, D_RINGKASAN, D_PEJABAT, D_PJ,
    D_WAKTU_TEMPAT, D_BENTUK, D_RETENSI, D_TAHUN, D_TAUTAN
};

/* ---- the transitions ------------------------------------------------ */

typedef struct {
    const char *aksi;          /* route segment */
    const char *audit;         /* the audit row's action */
    const char *dari[3];       /* states it starts from */
    const char *ke;
    unsigned roles;            /* who may take it (also in the route table) */
    const char *label;         /* the button */
    const char *salah;         /* why it is refused in another state */
    const char *berhasil;      /* the message after it */
} dip_transisi;

static const dip_transisi transisi_ajukan = {
    "ajukan", "diajukan", {"draf", "ditolak", NULL}, "diajukan", DIP_PETUGAS,
    "Ajukan untuk diterbitkan",
    "Hanya entri berstatus draf atau ditolak yang dapat diajukan untuk "
    "diterbitkan.",
    "Entri diajukan kepada PPID Utama untuk diterbitkan."
};
static const dip_transisi transisi_terbitkan = {
    "terbitkan", "diterbitkan", {"diajukan", NULL, NULL}, "terbit", SL_ROLE_PPID_UTAMA,
    "Setujui dan terbitkan",
    "Hanya entri yang sudah diajukan yang dapat diterbitkan.",
    "Entri diterbitkan dan tampil di Daftar Informasi Publik."
};
static const dip_transisi transisi_tolak = {
    "tolak", "ditolak", {"diajukan", NULL, NULL}, "ditolak", SL_ROLE_PPID_UTAMA,
    "Tolak dengan catatan",
    "Hanya entri yang sudah diajukan yang dapat ditolak.",
    "Entri ditolak; PPID Pelaksana dapat memperbaikinya lalu mengajukannya "
    "kembali."
};
static const dip_transisi transisi_tarik = {
    "tarik", "ditarik", {"terbit", NULL, NULL}, "draf", DIP_PETUGAS,
    "Tarik kembali untuk diperbaiki",
    "Hanya entri yang sudah terbit yang dapat ditarik kembali.",
    "Entri ditarik dari Daftar Informasi Publik dan kembali menjadi draf."
};
static const dip_transisi *const semua_transisi[] = {
    &transisi_ajukan, &transisi_terbitkan, &transisi_tolak, &transisi_tarik, NULL
};

static int boleh_dari(const dip_transisi *t, const char *status)
{
    int i;
    for (i = 0; i < 3 && t->dari[i]; i++) {
        if (status && strcmp(t->dari[i], status) == 0) {
            return 1;
        }
    }
    return 0;
}

static int dapat_diubah(const char *status)
{
    return status && (strcmp(status, "draf") == 0 || strcmp(status, "ditolak") == 0);
}

/* ---- helpers --------------------------------------------------------- */

static const char *scope_all(sl_ctx *c)
{
    return sl_scope_all(c, DIP_SEMUA_OPD);
}

static int sees_all(sl_ctx *c)
{
    return c->session && (c->session->roles & DIP_SEMUA_OPD);
}

static const char *entri_url(sl_ctx *c, const char *id)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/dip/", id, NULL);
}

/* The entry within the officer's scope, or NULL (unknown, another OPD's,
 * or *failed when the database failed). */
static const sl_rows *muat(sl_ctx *c, const char *id, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!isian_id_valid(id)) {
        return NULL;
    }
    if (sl_db_select(c->db, "dip_muat", &rows,
                     SL_ARGS(id, scope_all(c), sl_scope_opd(c))) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

static int tidak_ditemukan(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, "Entri DIP tidak ditemukan",
                                 "Entri ini tidak ada atau bukan wewenang OPD "
                                 "Anda.");
}

static int four_digits(const char *s)
{
    return strlen(s) == 4 && apr_isdigit(s[0]) && apr_isdigit(s[1])
           && apr_isdigit(s[2]) && apr_isdigit(s[3]);
}

static long current_wib_year(void)
{
    apr_time_exp_t t;
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    return t.tm_year + 1900;
}

static long page_param(sl_ctx *c)
{
    long n;
    if (!isian_angka(sl_query(c, "halaman"), &n) || n < 1) {
        return 1;
    }
    return n;
}

/* ---- public list ------------------------------------------------------ */

static void add_public_choices(sl_ctx *c, xmlNodePtr res)
{
    sl_rows *rows;
    xmlNodePtr list;
    int i;

    isian_pilihan_xml(res, "kategori", kategori_choices);
    list = sl_xml_node(res, "pilihan");
    sl_xml_attr(list, "untuk", "opd");
    if (sl_db_select(c->db, "dip_publik_opd", &rows, SL_NOARGS) == 0) {
        for (i = 0; i < rows->nrows; i++) {
            sl_xml_attr(sl_xml_text(list, "opsi", sl_rows_get(rows, i, 1)),
                        "nilai", sl_rows_get(rows, i, 0));
        }
    }
    list = sl_xml_node(res, "pilihan");
    sl_xml_attr(list, "untuk", "tahun");
    if (sl_db_select(c->db, "dip_publik_tahun", &rows, SL_NOARGS) == 0) {
        for (i = 0; i < rows->nrows; i++) {
            sl_xml_attr(sl_xml_text(list, "opsi", sl_rows_get(rows, i, 0)),
                        "nilai", sl_rows_get(rows, i, 0));
        }
    }
}

void sialip_dip_entri_xml(sl_ctx *c, xmlNodePtr parent, const sl_rows *rows, int i)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr e = sl_xml_node(parent, "entri"), o;
    const char *id = sl_rows_get(rows, i, 0);
    const char *kategori = sl_rows_get(rows, i, 2);

    sl_xml_attr(e, "id", id);
    sl_xml_attr(e, "kategori", kategori);
    sl_xml_text(e, "nomor", sl_rows_get(rows, i, 1));
    sl_xml_text(e, "kategori_label", sl_choice_label(kategori_choices, kategori));
    sl_xml_text(e, "ringkasan", sl_rows_get(rows, i, 3));
    o = sl_xml_text(e, "opd", sl_rows_get(rows, i, 4));
    sl_xml_attr(o, "id", sl_rows_get(rows, i, 16));
    if (rows->ncols > 17) {
        sl_xml_attr(o, "singkatan", sl_rows_get(rows, i, 17));   /* the compact list */
    }
    sl_xml_text(e, "pejabat_penguasa", sl_rows_get(rows, i, 5));
    sl_xml_text(e, "penanggung_jawab", sl_rows_get(rows, i, 6));
    sl_xml_text(e, "waktu_tempat", sl_rows_get(rows, i, 7));
    sl_xml_text(e, "bentuk", sl_rows_get(rows, i, 8));
    sl_xml_text(e, "retensi", sl_rows_get(rows, i, 9));
    sl_xml_text(e, "tahun", sl_rows_get(rows, i, 10));
    if (sl_rows_get(rows, i, 11)) {
        sl_xml_text(e, "tautan", sl_rows_get(rows, i, 11));
    }
    if (sl_rows_get(rows, i, 12)) {
        xmlNodePtr b = sl_xml_node(e, "berkas");
        sl_xml_attr(b, "href", apr_pstrcat(p, c->mount, "/dip/", id, "/berkas",
                                           NULL));
        sl_xml_attr(b, "mime", sl_rows_get(rows, i, 13));
    }
    isian_waktu_xml(c, e, "mutakhir", sl_rows_get(rows, i, 14));
    isian_waktu_xml(c, e, "diterbitkan", sl_rows_get(rows, i, 15));
}

static int dip_publik(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *q = sl_utf8_prefix(p, sl_query(c, "q"), 200);
    const char *kategori = sl_query(c, "kategori");
    const char *opd = sl_query(c, "opd");
    const char *tahun = sl_query(c, "tahun");
    const char *filters, **args, **page_args;
    const sl_choice *ch;
    long page = page_param(c), total, pages;
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr res, isian;
    int i, nargs = 6, known = 0, sebagian = 0;

    for (ch = kategori_choices; ch->value; ch++) {
        known |= strcmp(ch->value, kategori) == 0;
    }
    if (!known) {
        kategori = "";
    }
    if (!isian_id_valid(opd)) {
        opd = "";
    }
    if (!four_digits(tahun)) {
        tahun = "";
    }
    /* Browsing is served from the page cache; searches are too varied.
     * Kept under the filters as understood, so parameters the page ignores
     * or spells differently cannot fill the cache with copies. */
    if (!*q && sl_pagecache_serve_as(c, "dip", apr_psprintf(
                p, "kategori=%s&opd=%s&tahun=%s&halaman=%ld", kategori, opd,
                tahun, page))) {
        return OK;
    }
    if (*q) {
        sialip_dip_hasil hasil;
        if (sialip_dip_cari(c, q, kategori, opd, tahun, page, DIP_PER_HALAMAN,
                            &hasil) != 0) {
            return isian_gangguan(c);
        }
        rows = hasil.rows;
        total = hasil.total;
        pages = hasil.halaman_maks;
        page = hasil.halaman;
        sebagian = hasil.sebagian;
    }
    else {
        args = (const char *[]){kategori, kategori, opd, opd, tahun, tahun};
        if (sl_db_select(c->db, "dip_publik_jumlah", &rows, nargs, args) != 0) {
            return isian_gangguan(c);
        }
        total = atol(sl_rows_get_or(rows, 0, 0, "0"));
        pages = total > 0 ? (total + DIP_PER_HALAMAN - 1) / DIP_PER_HALAMAN : 1;
        if (page > pages) {
            page = pages;
        }
        page_args = apr_palloc(p, sizeof(char *) * (nargs + 2));
        memcpy(page_args, args, sizeof(char *) * nargs);
        page_args[nargs] = apr_ltoa(p, DIP_PER_HALAMAN);
        page_args[nargs + 1] = apr_ltoa(p, (page - 1) * DIP_PER_HALAMAN);
        if (sl_db_select(c->db, "dip_publik", &rows, nargs + 2, page_args) != 0) {
            return isian_gangguan(c);
        }
    }

    filters = apr_pstrcat(p, isian_query_part(p, "q", q),
                          isian_query_part(p, "kategori", kategori),
                          isian_query_part(p, "opd", opd),
                          isian_query_part(p, "tahun", tahun), NULL);
    pg = sl_ctx_page(c, "dip-daftar", "Daftar Informasi Publik", "dip");
    res = pg->resource;
    sl_xml_attr(res, "total", apr_ltoa(p, total));
    /* No entry holds every word: those holding some, best first. */
    sl_xml_attr(res, "sebagian", sebagian ? "1" : NULL);
    sl_xml_attr(res, "xml", apr_pstrcat(p, c->mount, "/dip.xml",
                                        *filters ? "?" : "",
                                        *filters ? filters + 1 : "", NULL));
    if (sl_wants_xml(c->r)) {
        /* The export names its filters instead of carrying the form. */
        xmlNodePtr saring = sl_xml_node(res, "saring");
        sl_xml_attr(saring, "q", *q ? q : NULL);
        sl_xml_attr(saring, "kategori", *kategori ? kategori : NULL);
        sl_xml_attr(saring, "opd", *opd ? opd : NULL);
        sl_xml_attr(saring, "tahun", *tahun ? tahun : NULL);
    }
    else {
        isian = isian_xml(res);
        isian_nilai(isian, "q", q);
        isian_nilai(isian, "kategori", kategori);
        isian_nilai(isian, "opd", opd);
        isian_nilai(isian, "tahun", tahun);
        add_public_choices(c, res);
    }
    for (i = 0; i < rows->nrows; i++) {
        sialip_dip_entri_xml(c, res, rows, i);
    }
    isian_paging_xml(c, res, apr_pstrcat(p, c->mount, sl_wants_xml(c->r)
                                         ? "/dip.xml" : "/dip", NULL),
                     filters, page, pages, total);
    return sl_page_send(pg, HTTP_OK);
}

static int send_document(sl_ctx *c, const sl_rows *rows)
{
    int rv;
    if (rows->nrows != 1) {
        return isian_tidak_ditemukan(c, "Dokumen tidak ditemukan",
                                     "Dokumen ini tidak ada atau belum "
                                     "diterbitkan.");
    }
    rv = sl_store_send(c->r, sialip_config_of(c->r)->upload_dir,
                       sl_rows_get(rows, 0, 0), sl_rows_get(rows, 0, 1),
                       sl_rows_get_or(rows, 0, 2, "dokumen"));
    if (rv == HTTP_NOT_FOUND) {
        return isian_tidak_ditemukan(c, "Dokumen tidak tersedia",
                                     "Berkas dokumen ini tidak ditemukan di "
                                     "penyimpanan. Hubungi PPID.");
    }
    return rv;
}

static int dip_berkas_publik(sl_ctx *c)
{
    const char *id = apr_table_get(c->params, "id");
    sl_rows *rows;

    if (!isian_id_valid(id)) {
        return isian_tidak_ditemukan(c, "Dokumen tidak ditemukan",
                                     "Periksa kembali alamat yang Anda buka.");
    }
    if (sl_db_select(c->db, "dip_berkas_publik", &rows, SL_ARGS(id)) != 0) {
        return isian_gangguan(c);
    }
    return send_document(c, rows);
}

static int dip_berkas_staf(sl_ctx *c)
{
    const char *id = apr_table_get(c->params, "id");
    sl_rows *rows;

    if (!isian_id_valid(id)) {
        return tidak_ditemukan(c);
    }
    if (sl_db_select(c->db, "dip_berkas_staf", &rows,
                     SL_ARGS(id, scope_all(c), sl_scope_opd(c))) != 0) {
        return isian_gangguan(c);
    }
    return send_document(c, rows);
}

/* ---- officers' list --------------------------------------------------- */

static int dip_kelola(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *status = "";
    const sl_choice *ch;
    long page = page_param(c), total, pages;
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr res;
    int i;

    for (ch = status_choices; ch->value; ch++) {
        if (strcmp(ch->value, sl_query(c, "status")) == 0) {
            status = ch->value;
        }
    }
    if (sl_db_select(c->db, "dip_kelola_jumlah", &rows,
                     SL_ARGS(scope_all(c), sl_scope_opd(c), status, status)) != 0) {
        return isian_gangguan(c);
    }
    total = atol(sl_rows_get_or(rows, 0, 0, "0"));
    pages = total > 0 ? (total + DIP_KELOLA_PER_HALAMAN - 1) / DIP_KELOLA_PER_HALAMAN
                      : 1;
    if (page > pages) {
        page = pages;
    }
    if (sl_db_select(c->db, "dip_kelola", &rows,
                     SL_ARGS(scope_all(c), sl_scope_opd(c), status, status,
                             apr_ltoa(p, DIP_KELOLA_PER_HALAMAN),
                             apr_ltoa(p, (page - 1) * DIP_KELOLA_PER_HALAMAN))) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "dip-kelola", "Kelola Daftar Informasi Publik", "dip");
    res = pg->resource;
    sl_xml_attr(res, "total", apr_ltoa(p, total));
    {
        sl_rows *stale;
        if (sl_db_select(c->db, "dip_usang_jumlah", &stale,
                         SL_ARGS(scope_all(c), sl_scope_opd(c))) == 0) {
            sl_xml_attr(res, "berkala_usang", sl_rows_get_or(stale, 0, 0, "0"));
        }
    }
    if (sees_all(c)) {
        sl_xml_attr(res, "semua_opd", "1");
    }
    isian_nilai(isian_xml(res), "status", status);
    isian_pilihan_xml(res, "status", status_choices);
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr e = sl_xml_node(res, "entri");
        const char *st = sl_rows_get(rows, i, 6);
        sl_xml_attr(e, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(e, "status", st);
        sl_xml_text(e, "nomor", sl_rows_get(rows, i, 1));
        sl_xml_text(e, "kategori_label",
                    sl_choice_label(kategori_choices, sl_rows_get(rows, i, 2)));
        sl_xml_text(e, "ringkasan",
                    sl_utf8_prefix(p, sl_rows_get_or(rows, i, 3, ""), 160));
        sl_xml_text(e, "opd", sl_rows_get(rows, i, 4));
        sl_xml_text(e, "tahun", sl_rows_get(rows, i, 5));
        sl_xml_text(e, "status_label", sl_choice_label(status_choices, st));
        isian_waktu_xml(c, e, "mutakhir", sl_rows_get(rows, i, 7));
        if (strcmp(sl_rows_get_or(rows, i, 8, "0"), "1") == 0) {
            sl_xml_attr(e, "usang", "1");
        }
    }
    isian_paging_xml(c, res, apr_pstrcat(p, c->mount, "/admin/dip", NULL),
                     isian_query_part(p, "status", status), page, pages, total);
    return sl_page_send(pg, HTTP_OK);
}

/* ---- the form ---------------------------------------------------------- */

static const char *message_of(sl_ctx *c)
{
    const char *pesan = sl_query(c, "pesan");
    int i;
    if (strcmp(pesan, "disimpan") == 0) {
        return "Perubahan tersimpan.";
    }
    for (i = 0; semua_transisi[i]; i++) {
        if (strcmp(pesan, semua_transisi[i]->aksi) == 0) {
            return semua_transisi[i]->berhasil;
        }
    }
    return NULL;
}

/* The entry's form: new (row NULL) or existing; values from the form when
 * from_form (re-shown with errors), else from the row or the defaults. */
static int show_form(sl_ctx *c, int status, const apr_array_header_t *errors,
                     const sl_rows *row, int from_form)
{
    apr_pool_t *p = c->r->pool;
    sl_page *pg;
    xmlNodePtr res, isian;
    int i;

    pg = sl_ctx_page(c, "dip-formulir",
                     row ? apr_pstrcat(p, "Entri DIP ", sl_rows_get(row, 0, D_NOMOR),
                                       NULL)
                         : "Entri DIP baru", "dip_entri");
    res = pg->resource;
    isian = isian_xml(res);
    for (i = 0; field_names[i]; i++) {
        const char *v;
        int own_opd = strcmp(field_names[i], "opd_id") == 0 && !sees_all(c);
        if (from_form && !own_opd) {
            v = sl_field(c, field_names[i]);
        }
        else if (row) {
            v = sl_rows_get(row, 0, field_columns[i]);
        }
        else if (strcmp(field_names[i], "tahun") == 0) {
            v = apr_ltoa(p, current_wib_year());
        }
        else if (strcmp(field_names[i], "opd_id") == 0) {
            v = c->session->opd_id;
        }
        else {
            v = "";
        }
        isian_nilai(isian, field_names[i], v);
    }
    if (from_form) {
        isian_nilai(isian, "catatan", sl_field(c, "catatan"));
        isian_nilai(isian, "hapus_berkas", sl_field(c, "hapus_berkas"));
    }
    isian_galat_xml(res, errors);
    isian_pilihan_xml(res, "kategori", kategori_choices);
    /* PPID Utama chooses among the active OPDs; an officer's entries are
     * its own OPD's, named from the same list. */
    if (sees_all(c)) {
        sl_xml_attr(res, "semua_opd", "1");
    }
    if (isian_pilihan_opd(c, res, "opd_id", sees_all(c),
                          row ? sl_rows_get(row, 0, D_OPD_ID) : NULL) != 0) {
        return isian_gangguan(c);
    }
    if (row) {
        const char *st = sl_rows_get(row, 0, D_STATUS);
        const char *id = sl_rows_get(row, 0, D_ID);
        xmlNodePtr aksi_list;

        sl_xml_attr(res, "id", id);
        sl_xml_attr(res, "status", st);
        sl_xml_attr(res, "aksi", entri_url(c, id));
        if (dapat_diubah(st)) {
            sl_xml_attr(res, "dapat_diubah", "1");
        }
        sl_xml_text(res, "status_label", sl_choice_label(status_choices, st));
        sl_xml_text(res, "opd", sl_rows_get(row, 0, D_OPD_NAMA));
        if (sl_rows_get(row, 0, D_CATATAN)) {
            sl_xml_text(res, "catatan_tinjauan", sl_rows_get(row, 0, D_CATATAN));
        }
        if (sl_rows_get(row, 0, D_BERKAS_ID)) {
            xmlNodePtr b = sl_xml_text(res, "berkas",
                                       sl_rows_get_or(row, 0, D_BERKAS_NAMA,
                                                      "dokumen"));
            sl_xml_attr(b, "href", apr_pstrcat(p, entri_url(c, id), "/berkas",
                                               NULL));
        }
        isian_waktu_xml(c, res, "mutakhir", sl_rows_get(row, 0, D_MUTAKHIR));
        isian_waktu_xml(c, res, "diterbitkan", sl_rows_get(row, 0, D_TERBIT));
        if (strcmp(st, "terbit") == 0) {
            sl_xml_attr(res, "publik", apr_pstrcat(p, c->mount, "/dip", NULL));
        }
        aksi_list = sl_xml_node(res, "tindakan");
        for (i = 0; semua_transisi[i]; i++) {
            const dip_transisi *t = semua_transisi[i];
            if (boleh_dari(t, st) && (c->session->roles & t->roles)) {
                xmlNodePtr a = sl_xml_text(aksi_list, "aksi", t->label);
                sl_xml_attr(a, "nama", t->aksi);
                sl_xml_attr(a, "href", apr_pstrcat(p, entri_url(c, id), "/",
                                                   t->aksi, NULL));
            }
        }
    }
    else {
        sl_xml_attr(res, "aksi", apr_pstrcat(p, c->mount, "/admin/dip", NULL));
        sl_xml_attr(res, "dapat_diubah", "1");
    }
    if (status == HTTP_OK) {
        const char *m = message_of(c);
        if (m) {
            sl_xml_text(res, "pesan", m);
        }
    }
    return sl_page_send(pg, status);
}

static int dip_baru(sl_ctx *c)
{
    if (!sees_all(c) && !c->session->opd_id) {
        return isian_ditolak(c, "Akun Anda belum terhubung ke OPD mana pun. "
                             "Hubungi administrator.");
    }
    return show_form(c, HTTP_OK, NULL, NULL, 0);
}

static int dip_lihat(sl_ctx *c)
{
    int failed;
    const sl_rows *row = muat(c, apr_table_get(c->params, "id"), &failed);
    if (failed) {
        return isian_gangguan(c);
    }
    if (!row) {
        return tidak_ditemukan(c);
    }
    return show_form(c, HTTP_OK, NULL, row, 0);
}

static int valid_url(const char *s)
{
    const char *q;
    if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0) {
        return 0;
    }
    for (q = s; *q; q++) {
        if ((unsigned char)*q <= 0x20 || *q == '"' || *q == '<' || *q == '>'
            || *q == '\\') {
            return 0;
        }
    }
    return strlen(s) > 10;
}

typedef struct {
    const char *opd_id;
    const char *values[11];    /* field_names order; tautan NULL when empty */
    const sl_upload *doc;
    const sl_filetype *type;
} dip_input;

/* Checks every field; the OPD is the officer's own (own_opd: the entry's
 * OPD when editing, else the officer's) unless PPID Utama chose one, which
 * must be active or the entry's current OPD. */
static void validate(sl_ctx *c, apr_array_header_t *errors, dip_input *in,
                     const char *own_opd)
{
    long tahun = 0;
    const char *v;
    int ok;

    if (sees_all(c)) {
        in->opd_id = sl_field(c, "opd_id");
        ok = isian_opd_aktif(c, in->opd_id, own_opd);
        if (ok < 0) {
            isian_galat(errors, "opd_id", "OPD tidak dapat diperiksa saat ini; "
                        "coba lagi.");
        }
        else if (!ok) {
            isian_galat(errors, "opd_id", "Pilih OPD yang masih aktif.");
        }
    }
    else {
        in->opd_id = own_opd;
    }
    in->values[0] = in->opd_id;
    in->values[1] = isian_teks(c, errors, "nomor", "Nomor", 1, 32);
    in->values[2] = isian_pilih(c, errors, "kategori", "kategori informasi",
                                kategori_choices, 1);
    in->values[3] = isian_teks(c, errors, "ringkasan", "Ringkasan isi informasi",
                               1, 5000);
    in->values[4] = isian_teks(c, errors, "pejabat_penguasa",
                               "Pejabat atau unit yang menguasai informasi", 1,
                               255);
    in->values[5] = isian_teks(c, errors, "penanggung_jawab",
                               "Penanggung jawab pembuatan atau penerbitan", 1,
                               255);
    in->values[6] = isian_teks(c, errors, "waktu_tempat",
                               "Waktu dan tempat pembuatan", 1, 255);
    in->values[7] = isian_teks(c, errors, "bentuk", "Bentuk atau format", 1, 64);
    in->values[8] = isian_teks(c, errors, "retensi", "Jangka waktu penyimpanan",
                               1, 128);
    v = sl_field(c, "tahun");
    if (!isian_angka(v, &tahun) || tahun < 1945 || tahun > current_wib_year() + 1) {
        isian_galat(errors, "tahun", apr_psprintf(c->r->pool, "Tahun diisi "
                    "empat angka antara 1945 dan %ld.", current_wib_year() + 1));
    }
    in->values[9] = v;
    v = isian_teks(c, errors, "tautan", "Tautan", 0, 1000);
    if (*v && !isian_ada_galat(errors, "tautan") && !valid_url(v)) {
        isian_galat(errors, "tautan", "Tautan harus alamat lengkap yang diawali "
                    "https:// atau http://, tanpa spasi.");
    }
    in->values[10] = *v ? v : NULL;
    in->doc = isian_berkas(c, errors, "berkas", "Dokumen", &in->type);
}

/* Another entry of the OPD with this number: 1, 0, or -1 (failed). */
static int nomor_dipakai(sl_ctx *c, const char *opd_id, const char *nomor,
                         const char *id)
{
    sl_rows *rows;
    if (sl_db_select(c->db, "dip_nomor_ada", &rows,
                     SL_ARGS(opd_id, nomor, id ? id : "0")) != 0) {
        return -1;
    }
    return rows->nrows > 0;
}

static const char *nomor_dipakai_pesan =
    "Nomor ini sudah dipakai entri lain OPD yang sama.";

static const char *store_document(sl_ctx *c, const dip_input *in, int *failed)
{
    *failed = 0;
    if (!in->doc) {
        return NULL;
    }
    {
        const char *sha = isian_berkas_tulis(c, in->doc);
        if (!sha) {
            *failed = 1;
        }
        return sha;
    }
}

static int storage_trouble(sl_ctx *c)
{
    return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE, "Dokumen tidak dapat "
                         "disimpan", "Entri belum tersimpan karena gangguan "
                         "penyimpanan berkas. Silakan coba lagi nanti.");
}

static int dip_buat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    dip_input in;
    const char *sha, *berkas_id = NULL, *id;
    int failed, used;

    memset(&in, 0, sizeof(in));
    if (!sees_all(c) && !c->session->opd_id) {
        return isian_ditolak(c, "Akun Anda belum terhubung ke OPD mana pun. "
                             "Hubungi administrator.");
    }
    validate(c, errors, &in, sees_all(c) ? NULL : c->session->opd_id);
    if (errors->nelts == 0) {
        used = nomor_dipakai(c, in.opd_id, in.values[1], NULL);
        if (used < 0) {
            return isian_gangguan(c);
        }
        if (used) {
            isian_galat(errors, "nomor", nomor_dipakai_pesan);
        }
    }
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, NULL, 1);
    }
    sha = store_document(c, &in, &failed);
    if (failed) {
        return storage_trouble(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sha && !(berkas_id = isian_berkas_catat(c, sha, in.doc, in.type))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "dip_simpan", NULL,
               SL_ARGS(in.values[0], in.values[1], in.values[2], in.values[3],
                       in.values[4], in.values[5], in.values[6], in.values[7],
                       in.values[8], in.values[9], in.values[10], berkas_id,
                       c->session->user_id));
    id = isian_id_terakhir(c);
    if (!id) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_audit(c, &(sl_audit_entry){
        "buat", "dip", id, NULL,
        isian_json_kv(p, field_names, in.values, "berkas_id", berkas_id), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, entri_url(c, id), "?pesan=disimpan",
                                      NULL));
}

static int dip_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    apr_array_header_t *errors = isian_galat_baru(c);
    const sl_rows *row;
    sl_rows *locked;
    dip_input in;
    const char *sha, *berkas_id;
    int failed, used, n = 0;

    memset(&in, 0, sizeof(in));
    row = muat(c, id, &failed);
    if (failed) {
        return isian_gangguan(c);
    }
    if (!row) {
        return tidak_ditemukan(c);
    }
    if (!dapat_diubah(sl_rows_get(row, 0, D_STATUS))) {
        return isian_ditolak(c, strcmp(sl_rows_get(row, 0, D_STATUS), "terbit") == 0
                             ? "Entri yang sudah terbit tidak dapat diubah. Tarik "
                               "kembali entri ini lebih dulu untuk memperbaikinya."
                             : "Entri sedang ditinjau PPID Utama dan tidak dapat "
                               "diubah sampai disetujui atau ditolak.");
    }
    validate(c, errors, &in, sl_rows_get(row, 0, D_OPD_ID));
    if (errors->nelts == 0) {
        used = nomor_dipakai(c, in.opd_id, in.values[1], id);
        if (used < 0) {
            return isian_gangguan(c);
        }
        if (used) {
            isian_galat(errors, "nomor", nomor_dipakai_pesan);
        }
    }
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, row, 1);
    }
    sha = store_document(c, &in, &failed);
    if (failed) {
        return storage_trouble(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    /* The state may have changed since it was read: check it again under
     * the row lock. */
    if (sl_db_select(c->db, "dip_kunci", &locked,
                     SL_ARGS(id, scope_all(c), sl_scope_opd(c))) != 0) {
        return isian_gangguan(c);
    }
    if (locked->nrows != 1) {
        sl_db_rollback(c->db);
        return tidak_ditemukan(c);
    }
    if (!dapat_diubah(sl_rows_get(locked, 0, 0))) {
        sl_db_rollback(c->db);
        return isian_ditolak(c, "Status entri berubah sementara Anda mengisi "
                             "formulir; entri ini tidak dapat diubah sekarang.");
    }
    berkas_id = sl_rows_get(locked, 0, 2);
    if (isian_centang(c, "hapus_berkas")) {
        berkas_id = NULL;
    }
    if (sha && !(berkas_id = isian_berkas_catat(c, sha, in.doc, in.type))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "dip_ubah", &n,
               SL_ARGS(in.values[0], in.values[1], in.values[2], in.values[3],
                       in.values[4], in.values[5], in.values[6], in.values[7],
                       in.values[8], in.values[9], in.values[10], berkas_id, id));
    sl_audit(c, &(sl_audit_entry){
        "ubah", "dip", id,
        isian_json_kv(p, field_names, locked->rows[0] + 3, "berkas_id",
                      sl_rows_get(locked, 0, 2)),
        isian_json_kv(p, field_names, in.values, "berkas_id", berkas_id), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, entri_url(c, id), "?pesan=disimpan",
                                      NULL));
}

/* ---- transitions ------------------------------------------------------ */

static int transisi(sl_ctx *c, const dip_transisi *t)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    const char *catatan, *before, *note;
    sl_rows *locked;
    int n = 0;

    if (!isian_id_valid(id)) {
        return tidak_ditemukan(c);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "dip_kunci", &locked,
                     SL_ARGS(id, scope_all(c), sl_scope_opd(c))) != 0) {
        return isian_gangguan(c);
    }
    if (locked->nrows != 1) {
        sl_db_rollback(c->db);
        return tidak_ditemukan(c);
    }
    before = sl_rows_get(locked, 0, 0);
    if (!boleh_dari(t, before)) {
        sl_db_rollback(c->db);
        return isian_ditolak(c, apr_pstrcat(p, t->salah, " Status entri ini: ",
                                            sl_choice_label(status_choices,
                                                            before),
                                            ".", NULL));
    }
    note = sl_rows_get(locked, 0, 1);
    if (t == &transisi_tolak) {
        apr_array_header_t *errors = isian_galat_baru(c);
        catatan = isian_teks(c, errors, "catatan", "Catatan penolakan", 1, 2000);
        if (errors->nelts > 0) {
            int failed;
            const sl_rows *row;
            sl_db_rollback(c->db);
            row = muat(c, id, &failed);
            if (!row) {
                return failed ? isian_gangguan(c) : tidak_ditemukan(c);
            }
            return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, row, 0);
        }
        note = catatan;
    }
    else if (t == &transisi_terbitkan) {
        note = NULL;
    }
    sl_db_exec(c->db, "dip_status", &n, SL_ARGS(t->ke, note, t->ke, id, before));
    sl_audit(c, &(sl_audit_entry){
        t->audit, "dip", id, isian_json(p, "status", before, NULL),
        isian_json(p, "status", t->ke, "catatan", note, NULL), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, entri_url(c, id), "?pesan=", t->aksi,
                                      NULL));
}

static int dip_ajukan(sl_ctx *c)
{
    return transisi(c, &transisi_ajukan);
}

static int dip_terbitkan(sl_ctx *c)
{
    return transisi(c, &transisi_terbitkan);
}

static int dip_tolak(sl_ctx *c)
{
    return transisi(c, &transisi_tolak);
}

static int dip_tarik(sl_ctx *c)
{
    return transisi(c, &transisi_tarik);
}

static const sl_route routes[] = {
    {"GET", "/dip", dip_publik, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/dip.xml", dip_publik, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/dip/{id}/berkas", dip_berkas_publik, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/admin/dip", dip_kelola, DIP_PETUGAS, 0, NULL},
    {"GET", "/admin/dip/baru", dip_baru, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip", dip_buat, DIP_PETUGAS, 0, NULL},
    {"GET", "/admin/dip/{id}", dip_lihat, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}", dip_ubah, DIP_PETUGAS, 0, NULL},
    {"GET", "/admin/dip/{id}/berkas", dip_berkas_staf, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}/ajukan", dip_ajukan, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}/tarik", dip_tarik, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}/terbitkan", dip_terbitkan, SL_ROLE_PPID_UTAMA, 0, NULL},
    {"POST", "/admin/dip/{id}/tolak", dip_tolak, SL_ROLE_PPID_UTAMA, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature sialip_dip_feature = {routes, statements};
