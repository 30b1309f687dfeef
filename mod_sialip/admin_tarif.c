/* The published copying and delivery tariff (admin only; DOMAIN.md: the
 * information is free, only copying and delivery may be charged): list,
 * add, edit the price, deactivate and reactivate.  A tariff row is never
 * deleted, since notices refer to the fees charged under it. */
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

#define TARIF_HARGA_MAKS 100000000L   /* Rp 100 juta: a typo guard */

static const sl_stmt_def statements[] = {
    {"tarif_daftar",
     "SELECT id, kode, nama, satuan, harga, aktif FROM tarif "
     "ORDER BY aktif DESC, nama"},
    {"tarif_muat", "SELECT id, kode, nama, satuan, harga, aktif FROM tarif WHERE id = %s"},
    {"tarif_kunci",
     "SELECT id, kode, nama, satuan, harga, aktif FROM tarif WHERE id = %s FOR UPDATE"},
    {"tarif_kode_ada", "SELECT id FROM tarif WHERE kode = %s"},
    {"tarif_simpan",
     "INSERT INTO tarif (kode, nama, satuan, harga, aktif) VALUES (%s, %s, %s, %s, 1)"},
    {"tarif_ubah", "UPDATE tarif SET nama = %s, satuan = %s, harga = %s WHERE id = %s"},
    {"tarif_aktif", "UPDATE tarif SET aktif = %s WHERE id = %s AND aktif <> %s"},
    {NULL, NULL}
};

enum { T_ID, T_KODE, T_NAMA, T_SATUAN, T_HARGA, T_AKTIF };

static const char *const add_fields[] = {"kode", "nama", "satuan", "harga", NULL};

static const char *url_of(sl_ctx *c, const char *id)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/tarif/", id, NULL);
}

/* "15000" as "Rp15.000". */
static const char *rupiah(apr_pool_t *p, const char *digits)
{
    size_t n = digits ? strlen(digits) : 0, i;
    char *out = apr_palloc(p, n + n / 3 + 4), *o = out;

    *o++ = 'R';
    *o++ = 'p';
    for (i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) {
            *o++ = '.';
        }
        *o++ = digits[i];
    }
    *o = '\0';
    return out;
}

static const char *message_of(sl_ctx *c)
{
    const char *pesan = sl_query(c, "pesan");
    if (strcmp(pesan, "disimpan") == 0) {
        return "Perubahan tersimpan.";
    }
    if (strcmp(pesan, "ditambah") == 0) {
        return "Tarif ditambahkan.";
    }
    if (strcmp(pesan, "nonaktifkan") == 0) {
        return "Tarif dinonaktifkan dan tidak lagi dikenakan.";
    }
    if (strcmp(pesan, "aktifkan") == 0) {
        return "Tarif diaktifkan kembali.";
    }
    return NULL;
}

static int show_list(sl_ctx *c, int status, const apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr isian;
    int i;

    if (sl_db_select(c->db, "tarif_daftar", &rows, SL_NOARGS) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "admin-tarif", "Tarif salinan dan pengiriman", "tarif_daftar");
    isian = isian_xml(pg->resource);
    if (errors) {
        isian_nilai_form(c, isian, add_fields);
    }
    isian_galat_xml(pg->resource, errors);
    if (status == HTTP_OK && message_of(c)) {
        sl_xml_text(pg->resource, "pesan", message_of(c));
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr t = sl_xml_node(pg->resource, "tarif");
        sl_xml_attr(t, "id", sl_rows_get(rows, i, T_ID));
        sl_xml_attr(t, "aktif", sl_rows_get(rows, i, T_AKTIF));
        sl_xml_text(t, "kode", sl_rows_get(rows, i, T_KODE));
        sl_xml_text(t, "nama", sl_rows_get(rows, i, T_NAMA));
        sl_xml_text(t, "satuan", sl_rows_get(rows, i, T_SATUAN));
        sl_xml_attr(sl_xml_text(t, "harga", rupiah(p, sl_rows_get(rows, i, T_HARGA))),
                    "rupiah", sl_rows_get(rows, i, T_HARGA));
    }
    return sl_page_send(pg, status);
}

static int tarif_daftar(sl_ctx *c)
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

typedef struct {
    const char *nama, *satuan, *harga;
} tarif_input;

/* The price in whole rupiah; dots as thousands separators are accepted. */
static const char *parse_price(apr_pool_t *p, const char *text)
{
    char *digits = apr_palloc(p, strlen(text) + 1), *o = digits;
    const char *s;
    long v;

    for (s = text; *s; s++) {
        if (*s != '.') {
            *o++ = *s;
        }
    }
    *o = '\0';
    if (!isian_angka(digits, &v) || v > TARIF_HARGA_MAKS) {
        return NULL;
    }
    return apr_ltoa(p, v);
}

static void validate(sl_ctx *c, apr_array_header_t *errors, tarif_input *in)
{
    const char *harga = sl_field(c, "harga");

    in->nama = isian_teks(c, errors, "nama", "Nama layanan", 1, 255);
    in->satuan = isian_teks(c, errors, "satuan", "Satuan", 1, 64);
    in->harga = parse_price(c->r->pool, harga);
    if (!*harga) {
        isian_galat(errors, "harga", "Harga wajib diisi (0 bila tanpa biaya).");
    }
    else if (!in->harga) {
        isian_galat(errors, "harga", "Harga diisi angka rupiah tanpa desimal, "
                    "misalnya 500 atau 15.000, paling besar 100.000.000.");
    }
}

static int tarif_tambah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *kode = sl_field(c, "kode"), *id;
    tarif_input in;
    sl_rows *rows;

    if (!valid_code(kode)) {
        isian_galat(errors, "kode", "Kode 2 sampai 32 karakter: huruf kecil, angka, "
                    "atau tanda hubung, misalnya fotokopi-a4.");
    }
    else if (sl_db_select(c->db, "tarif_kode_ada", &rows, SL_ARGS(kode)) != 0) {
        return isian_gangguan(c);
    }
    else if (rows->nrows > 0) {
        isian_galat(errors, "kode", "Kode ini sudah dipakai tarif lain.");
    }
    validate(c, errors, &in);
    if (errors->nelts > 0) {
        return show_list(c, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "tarif_simpan", NULL, SL_ARGS(kode, in.nama, in.satuan, in.harga));
    if (!(id = isian_id_terakhir(c))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_audit(c, &(sl_audit_entry){
        "buat", "tarif", id, NULL,
        isian_json(p, "kode", kode, "nama", in.nama, "satuan", in.satuan, "harga",
                   in.harga, "aktif", "1", NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/tarif?pesan=ditambah",
                                      NULL));
}

static const sl_rows *muat(sl_ctx *c, const char *id, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!isian_id_valid(id)) {
        return NULL;
    }
    if (sl_db_select(c->db, "tarif_muat", &rows, SL_ARGS(id)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

static int tidak_ditemukan(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, "Tarif tidak ditemukan",
                                 "Periksa kembali alamat yang Anda buka.");
}

static int show_form(sl_ctx *c, int status, const apr_array_header_t *errors,
                     const sl_rows *row)
{
    apr_pool_t *p = c->r->pool;
    sl_page *pg = sl_ctx_page(c, "admin-tarif-formulir",
                              apr_pstrcat(p, "Tarif ", sl_rows_get(row, 0, T_NAMA),
                                          NULL), "tarif");
    xmlNodePtr res = pg->resource, isian = isian_xml(res);
    const char *id = sl_rows_get(row, 0, T_ID);

    sl_xml_attr(res, "id", id);
    sl_xml_attr(res, "aktif", sl_rows_get(row, 0, T_AKTIF));
    sl_xml_attr(res, "aksi", url_of(c, id));
    sl_xml_text(res, "kode", sl_rows_get(row, 0, T_KODE));
    isian_nilai(isian, "nama", errors ? sl_field(c, "nama") : sl_rows_get(row, 0, T_NAMA));
    isian_nilai(isian, "satuan", errors ? sl_field(c, "satuan")
                                        : sl_rows_get(row, 0, T_SATUAN));
    isian_nilai(isian, "harga", errors ? sl_field(c, "harga")
                                       : sl_rows_get(row, 0, T_HARGA));
    isian_galat_xml(res, errors);
    if (status == HTTP_OK && message_of(c)) {
        sl_xml_text(res, "pesan", message_of(c));
    }
    return sl_page_send(pg, status);
}

static int tarif_lihat(sl_ctx *c)
{
    int failed;
    const sl_rows *row = muat(c, apr_table_get(c->params, "id"), &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    return show_form(c, HTTP_OK, NULL, row);
}

static int tarif_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    apr_array_header_t *errors = isian_galat_baru(c);
    const sl_rows *row;
    sl_rows *locked;
    tarif_input in;
    int failed;

    row = muat(c, id, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : tidak_ditemukan(c);
    }
    validate(c, errors, &in);
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, row);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "tarif_kunci", &locked, SL_ARGS(id)) != 0
        || locked->nrows != 1) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "tarif_ubah", NULL, SL_ARGS(in.nama, in.satuan, in.harga, id));
    sl_audit(c, &(sl_audit_entry){
        "ubah", "tarif", id,
        isian_json(p, "nama", sl_rows_get(locked, 0, T_NAMA), "satuan",
                   sl_rows_get(locked, 0, T_SATUAN), "harga",
                   sl_rows_get(locked, 0, T_HARGA), NULL),
        isian_json(p, "nama", in.nama, "satuan", in.satuan, "harga", in.harga,
                   NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, id), "?pesan=disimpan", NULL));
}

static const isian_aktif_spec aktif_spec = {
    "tarif_kunci", T_AKTIF, "tarif_aktif", "tarif", "Tarif ini sudah aktif.",
    "Tarif ini sudah nonaktif.", "Tarif tidak ditemukan", "/admin/tarif/"
};

static int set_active(sl_ctx *c, int active)
{
    return isian_set_aktif(c, &aktif_spec, active);
}

static int tarif_nonaktifkan(sl_ctx *c)
{
    return set_active(c, 0);
}

static int tarif_aktifkan(sl_ctx *c)
{
    return set_active(c, 1);
}

static const sl_route routes[] = {
    {"GET", "/admin/tarif", tarif_daftar, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/tarif", tarif_tambah, SL_ROLE_ADMIN, 0},
    {"GET", "/admin/tarif/{id}", tarif_lihat, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/tarif/{id}", tarif_ubah, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/tarif/{id}/nonaktifkan", tarif_nonaktifkan, SL_ROLE_ADMIN, 0},
    {"POST", "/admin/tarif/{id}/aktifkan", tarif_aktifkan, SL_ROLE_ADMIN, 0},
    {NULL, NULL, NULL, 0, 0}
};

const sl_feature sialip_admin_tarif_feature = {routes, statements};
