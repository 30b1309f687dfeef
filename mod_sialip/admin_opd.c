/* The regency's OPDs (admin only): list, add, rename, deactivate and
 * reactivate.  An OPD is never deleted: requests, DIP entries and users
 * keep pointing at it; a deactivated OPD is no longer offered in forms. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "roles.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "sialip.h"

static const sl_stmt_def statements[] = {
    {"opd_daftar",
     "SELECT o.id, o.kode, o.nama, o.singkatan, o.aktif, "
     "(SELECT COUNT(*) FROM pengguna p WHERE p.opd_id = o.id AND p.aktif = 1) "
     "FROM opd o ORDER BY o.aktif DESC, o.nama"},
    {"opd_muat", "SELECT id, kode, nama, singkatan, aktif FROM opd WHERE id = %s"},
    {"opd_kunci",
     "SELECT id, kode, nama, singkatan, aktif FROM opd WHERE id = %s FOR UPDATE"},
    {"opd_kode_ada", "SELECT id FROM opd WHERE kode = %s"},
    {"opd_simpan",
     "INSERT INTO opd (kode, nama, singkatan, aktif) VALUES (%s, %s, %s, 1)"},
    {"opd_ubah", "UPDATE opd SET nama = %s, singkatan = %s WHERE id = %s"},
    {"opd_aktif", "UPDATE opd SET aktif = %s WHERE id = %s AND aktif <> %s"},
    {NULL, NULL}
};

enum { O_ID, O_KODE, O_NAMA, O_SINGKATAN, O_AKTIF };

static const char *const add_fields[] = {"kode", "nama", "singkatan", NULL};

static const char *url_of(sl_ctx *c, const char *id)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/opd/", id, NULL);
}

static const char *message_of(sl_ctx *c)
{
    const char *pesan = sl_query(c, "pesan");
    if (strcmp(pesan, "disimpan") == 0) {
        return "Perubahan tersimpan.";
    }
    if (strcmp(pesan, "ditambah") == 0) {
        return "OPD ditambahkan.";
    }
    if (strcmp(pesan, "nonaktifkan") == 0) {
        return "OPD dinonaktifkan; OPD ini tidak lagi ditawarkan di formulir.";
    }
    if (strcmp(pesan, "aktifkan") == 0) {
        return "OPD diaktifkan kembali.";
    }
    return NULL;
}

/* The list with the form to add one (re-shown with errors when errors). */
static int show_list(sl_ctx *c, int status, const apr_array_header_t *errors)
{
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr isian;
    int i;

    if (sl_db_select(c->db, "opd_daftar", &rows, SL_NOARGS) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "admin-opd", "Perangkat daerah (OPD)", "opd_daftar");
    isian = isian_xml(pg->resource);
    if (errors) {
        isian_nilai_form(c, isian, add_fields);
    }
    isian_galat_xml(pg->resource, errors);
    if (status == HTTP_OK && message_of(c)) {
        sl_xml_text(pg->resource, "pesan", message_of(c));
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr o = sl_xml_node(pg->resource, "opd");
        sl_xml_attr(o, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(o, "aktif", sl_rows_get(rows, i, 4));
        sl_xml_text(o, "kode", sl_rows_get(rows, i, 1));
        sl_xml_text(o, "nama", sl_rows_get(rows, i, 2));
        sl_xml_text(o, "singkatan", sl_rows_get(rows, i, 3));
        sl_xml_text(o, "pengguna_aktif", sl_rows_get(rows, i, 5));
    }
    return sl_page_send(pg, status);
}

static int opd_daftar(sl_ctx *c)
{
    return show_list(c, HTTP_OK, NULL);
}

static int valid_code(const char *s)
{
    size_t n = strlen(s), i;
    if (n < 2 || n > 32) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        if (!(apr_islower(s[i]) || apr_isdigit(s[i]) || s[i] == '-')) {
            return 0;
        }
    }
    return 1;
}

static void validate_names(sl_ctx *c, apr_array_header_t *errors,
                           const char **nama, const char **singkatan)
{
    *nama = isian_teks(c, errors, "nama", "Nama OPD", 1, 255);
    *singkatan = isian_teks(c, errors, "singkatan", "Singkatan", 1, 64);
}

static int opd_tambah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *kode = sl_field(c, "kode"), *nama, *singkatan, *id;
    sl_rows *rows;

    if (!valid_code(kode)) {
        isian_galat(errors, "kode", "Kode 2 sampai 32 karakter: huruf kecil, angka, "
                    "atau tanda hubung, misalnya dinkes.");
    }
    else if (sl_db_select(c->db, "opd_kode_ada", &rows, SL_ARGS(kode)) != 0) {
        return isian_gangguan(c);
    }
    else if (rows->nrows > 0) {
        isian_galat(errors, "kode", "Kode ini sudah dipakai OPD lain.");
    }
    validate_names(c, errors, &nama, &singkatan);
    if (errors->nelts > 0) {
        return show_list(c, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "opd_simpan", NULL, SL_ARGS(kode, nama, singkatan));
    if (!(id = isian_id_terakhir(c))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_audit(c, &(sl_audit_entry){
        "buat", "opd", id, NULL,
        isian_json(p, "kode", kode, "nama", nama, "singkatan", singkatan,
                   "aktif", "1", NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/opd?pesan=ditambah",
                                      NULL));
}

static const sl_rows *muat(sl_ctx *c, const char *id, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!isian_id_valid(id)) {
        return NULL;
    }
    if (sl_db_select(c->db, "opd_muat", &rows, SL_ARGS(id)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

static int tidak_ditemukan(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, "OPD tidak ditemukan",
                                 "Periksa kembali alamat yang Anda buka.");
}

static int show_form(sl_ctx *c, int status, const apr_array_header_t *errors,
                     const sl_rows *row)
{
    sl_page *pg = sl_ctx_page(c, "admin-opd-formulir",
                              apr_pstrcat(c->r->pool, "OPD ",
                                          sl_rows_get(row, 0, O_NAMA), NULL),
                              "opd");
    xmlNodePtr res = pg->resource, isian = isian_xml(res);
    const char *id = sl_rows_get(row, 0, O_ID);

    sl_xml_attr(res, "id", id);
    sl_xml_attr(res, "aktif", sl_rows_get(row, 0, O_AKTIF));
    sl_xml_attr(res, "aksi", url_of(c, id));
    sl_xml_text(res, "kode", sl_rows_get(row, 0, O_KODE));
    isian_nilai(isian, "nama", errors ? sl_field(c, "nama") : sl_rows_get(row, 0, O_NAMA));
    isian_nilai(isian, "singkatan", errors ? sl_field(c, "singkatan")
                                           : sl_rows_get(row, 0, O_SINGKATAN));
    isian_galat_xml(res, errors);
    if (status == HTTP_OK && message_of(c)) {
        sl_xml_text(res, "pesan", message_of(c));
    }
    return sl_page_send(pg, status);
}

static int opd_lihat(sl_ctx *c)
{
    int failed;
    const sl_rows *row = muat(c, apr_table_get(c->params, "id"), &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    return show_form(c, HTTP_OK, NULL, row);
}

static int opd_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *nama, *singkatan;
    const sl_rows *row;
    sl_rows *locked;
    int failed;

    row = muat(c, id, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    validate_names(c, errors, &nama, &singkatan);
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, row);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "opd_kunci", &locked, SL_ARGS(id)) != 0
        || locked->nrows != 1) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "opd_ubah", NULL, SL_ARGS(nama, singkatan, id));
    sl_audit(c, &(sl_audit_entry){
        "ubah", "opd", id,
        isian_json(p, "nama", sl_rows_get(locked, 0, O_NAMA), "singkatan",
                   sl_rows_get(locked, 0, O_SINGKATAN), NULL),
        isian_json(p, "nama", nama, "singkatan", singkatan, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, id), "?pesan=disimpan", NULL));
}

static const isian_aktif_spec aktif_spec = {
    "opd_kunci", O_AKTIF, "opd_aktif", "opd", "OPD ini sudah aktif.",
    "OPD ini sudah nonaktif.", "OPD tidak ditemukan", "/admin/opd/"
};

static int set_active(sl_ctx *c, int active)
{
    return isian_set_aktif(c, &aktif_spec, active);
}

static int opd_nonaktifkan(sl_ctx *c)
{
    return set_active(c, 0);
}

static int opd_aktifkan(sl_ctx *c)
{
    return set_active(c, 1);
}

static const sl_route routes[] = {
    {"GET", "/admin/opd", opd_daftar, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/opd", opd_tambah, SL_ROLE_ADMIN, 0},
    {"GET", "/admin/opd/{id}", opd_lihat, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/opd/{id}", opd_ubah, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/opd/{id}/nonaktifkan", opd_nonaktifkan, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/opd/{id}/aktifkan", opd_aktifkan, SL_ROLE_ADMIN, 0},
    {NULL, NULL, NULL, 0, 0}
};

const sl_feature sialip_admin_opd_feature = {routes, statements};
