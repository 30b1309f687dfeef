/* The admin pages of a code-keyed reference table, written once for every
 * table described by a sialip_tabel (admin_tabel.h). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "sl_audit.h"
#include "admin_tabel.h"

enum { COL_ID, COL_KODE, COL_FIRST };  /* then the editable columns, aktif */

static const sialip_tabel *spec_of(sl_ctx *c)
{
    return c->route_data;
}

static int ncols(const sialip_tabel *t)
{
    int n = 0;
    while (t->kolom[n].name) {
        n++;
    }
    return n;
}

static int col_aktif(const sialip_tabel *t)
{
    return COL_FIRST + ncols(t);
}

static const char *label(sl_ctx *c, const sialip_tabel *t, const char *suffix)
{
    return apr_pstrcat(c->r->pool, t->nama, "_", suffix, NULL);
}

static const char *url_of(sl_ctx *c, const sialip_tabel *t, const char *id)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/", t->nama,
                       id ? "/" : "", id ? id : "", NULL);
}

static const char *message_of(sl_ctx *c, const sialip_tabel *t)
{
    const char *pesan = sl_query(c, "pesan");
    if (strcmp(pesan, "disimpan") == 0) {
        return "Perubahan tersimpan.";
    }
    if (strcmp(pesan, "ditambah") == 0) {
        return t->ditambah;
    }
    if (strcmp(pesan, "nonaktifkan") == 0) {
        return t->dinonaktifkan;
    }
    if (strcmp(pesan, "aktifkan") == 0) {
        return t->diaktifkan;
    }
    return NULL;
}

/* The notice after a redirect, or the errors of a refused form. */
static void outcome_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr res, int status,
                        const apr_array_header_t *errors)
{
    isian_galat_xml(res, errors);
    if (status == HTTP_OK && message_of(c, t)) {
        sl_xml_text(res, "pesan", message_of(c, t));
    }
}

static const char **column_names(apr_pool_t *p, const sialip_tabel *t, int with_kode)
{
    int n = ncols(t), k = with_kode ? 1 : 0;
    const char **names = apr_pcalloc(p, sizeof(char *) * (n + k + 1));
    if (with_kode) {
        names[0] = "kode";
    }
    for (int i = 0; i < n; i++) {
        names[i + k] = t->kolom[i].name;
    }
    return names;
}

/* The list with the form to add one (shown again with errors). */
static int show_list(sl_ctx *c, const sialip_tabel *t, int status,
                     const apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    int n = ncols(t), aktif = col_aktif(t);
    sl_rows *rows;
    sl_page *pg;

    if (sl_db_select(c->db, label(c, t, "daftar"), &rows, SL_NOARGS) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, apr_pstrcat(p, "admin-", t->nama, NULL), t->judul_daftar,
                     label(c, t, "daftar"));
    xmlNodePtr isian = isian_xml(pg->resource);
    if (errors) {
        isian_nilai_form(c, isian, column_names(p, t, 1));
    }
    outcome_xml(c, t, pg->resource, status, errors);
    for (int i = 0; i < rows->nrows; i++) {
        xmlNodePtr row = sl_xml_node(pg->resource, t->nama);
        sl_xml_attr(row, "id", sl_rows_get(rows, i, COL_ID));
        sl_xml_attr(row, "aktif", sl_rows_get(rows, i, aktif));
        sl_xml_text(row, "kode", sl_rows_get(rows, i, COL_KODE));
        for (int k = 0; k < n; k++) {
            const sialip_tabel_kolom *col = &t->kolom[k];
            const char *value = sl_rows_get(rows, i, COL_FIRST + k);
            if (col->show) {
                col->show(p, row, col->name, value);
            }
            else {
                sl_xml_text(row, col->name, value);
            }
        }
        for (int k = 0; t->kolom_daftar && t->kolom_daftar[k]; k++) {
            sl_xml_text(row, t->kolom_daftar[k], sl_rows_get(rows, i, aktif + 1 + k));
        }
    }
    return sl_page_send(pg, status);
}

int sialip_tabel_daftar(sl_ctx *c)
{
    return show_list(c, spec_of(c), HTTP_OK, NULL);
}

/* 2 to 32 of a-z, 0-9 and '-': it appears in URLs and exports. */
static int valid_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 32) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(apr_islower(s[i]) || apr_isdigit(s[i]) || s[i] == '-')) {
            return 0;
        }
    }
    return 1;
}

/* The editable columns as they will be stored, errors added. */
static const char **read_columns(sl_ctx *c, const sialip_tabel *t,
                                 apr_array_header_t *errors)
{
    int n = ncols(t);
    const char **values = apr_pcalloc(c->r->pool, sizeof(char *) * (n + 1));
    for (int k = 0; k < n; k++) {
        const sialip_tabel_kolom *col = &t->kolom[k];
        if (col->parse) {
            const char *message = NULL;
            values[k] = col->parse(c->r->pool, sl_field(c, col->name), &message);
            if (!values[k]) {
                isian_galat(errors, col->name, message);
            }
        }
        else {
            values[k] = isian_teks(c, errors, col->name, col->label, 1, col->max_chars);
        }
    }
    return values;
}

/* args followed by one more. */
static const char **plus(apr_pool_t *p, const char *const *args, int n, const char *last)
{
    const char **out = apr_pcalloc(p, sizeof(char *) * (n + 2));
    memcpy(out, args, sizeof(char *) * n);
    out[n] = last;
    return out;
}

int sialip_tabel_tambah(sl_ctx *c)
{
    const sialip_tabel *t = spec_of(c);
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *kode = sl_field(c, "kode"), *id;
    const char **values;
    int n = ncols(t);
    sl_rows *rows;

    if (!valid_code(kode)) {
        isian_galat(errors, "kode", t->kode_salah);
    }
    else if (sl_db_select(c->db, label(c, t, "kode_ada"), &rows, SL_ARGS(kode)) != 0) {
        return isian_gangguan(c);
    }
    else if (rows->nrows > 0) {
        isian_galat(errors, "kode", t->kode_dipakai);
    }
    values = read_columns(c, t, errors);
    if (errors->nelts > 0) {
        return show_list(c, t, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    /* kode first, then the columns: the order of <nama>_simpan. */
    const char **args = apr_pcalloc(p, sizeof(char *) * (n + 2));
    args[0] = kode;
    memcpy(args + 1, values, sizeof(char *) * n);
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, label(c, t, "simpan"), NULL, n + 1, args);
    if (!(id = isian_id_terakhir(c))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_audit(c, &(sl_audit_entry){
        "buat", t->nama, id, NULL,
        isian_json_kv(p, column_names(p, t, 1), args, "aktif", "1"), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, t, NULL), "?pesan=ditambah", NULL));
}

static int not_found(sl_ctx *c, const sialip_tabel *t)
{
    return isian_tidak_ditemukan(c, t->tidak_ditemukan,
                                 "Periksa kembali alamat yang Anda buka.");
}

/* The row of the URL's id: NULL when there is none (or, *failed set, when
 * the database failed). */
static const sl_rows *load(sl_ctx *c, const sialip_tabel *t, const char *id, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!isian_id_valid(id)) {
        return NULL;
    }
    if (sl_db_select(c->db, label(c, t, "muat"), &rows, SL_ARGS(id)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

static int show_row(sl_ctx *c, const sialip_tabel *t, int status,
                    const apr_array_header_t *errors, const sl_rows *row)
{
    apr_pool_t *p = c->r->pool;
    const char *id = sl_rows_get(row, 0, COL_ID);
    sl_page *pg = sl_ctx_page(c, apr_pstrcat(p, "admin-", t->nama, "-formulir", NULL),
                              apr_pstrcat(p, t->judul_baris,
                                          sl_rows_get(row, 0, COL_FIRST), NULL),
                              t->nama);
    xmlNodePtr res = pg->resource, isian = isian_xml(res);

    sl_xml_attr(res, "id", id);
    sl_xml_attr(res, "aktif", sl_rows_get(row, 0, col_aktif(t)));
    sl_xml_attr(res, "aksi", url_of(c, t, id));
    sl_xml_text(res, "kode", sl_rows_get(row, 0, COL_KODE));
    for (int k = 0; t->kolom[k].name; k++) {
        const char *name = t->kolom[k].name;
        isian_nilai(isian, name, errors ? sl_field(c, name)
                                        : sl_rows_get(row, 0, COL_FIRST + k));
    }
    outcome_xml(c, t, res, status, errors);
    return sl_page_send(pg, status);
}

int sialip_tabel_lihat(sl_ctx *c)
{
    const sialip_tabel *t = spec_of(c);
    int failed;
    const sl_rows *row = load(c, t, apr_table_get(c->params, "id"), &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : not_found(c, t);
    }
    return show_row(c, t, HTTP_OK, NULL, row);
}

int sialip_tabel_ubah(sl_ctx *c)
{
    const sialip_tabel *t = spec_of(c);
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    apr_array_header_t *errors = isian_galat_baru(c);
    const char **values, **before;
    const sl_rows *row;
    sl_rows *locked;
    int failed, n = ncols(t);

    row = load(c, t, id, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : not_found(c, t);
    }
    values = read_columns(c, t, errors);
    if (errors->nelts > 0) {
        return show_row(c, t, HTTP_UNPROCESSABLE_ENTITY, errors, row);
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, label(c, t, "kunci"), &locked, SL_ARGS(id)) != 0
        || locked->nrows != 1) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    /* The columns, then the id: the order of <nama>_ubah. */
    sl_db_exec(c->db, label(c, t, "ubah"), NULL, n + 1, plus(p, values, n, id));
    before = apr_pcalloc(p, sizeof(char *) * (n + 1));
    for (int k = 0; k < n; k++) {
        before[k] = sl_rows_get(locked, 0, COL_FIRST + k);
    }
    sl_audit(c, &(sl_audit_entry){
        "ubah", t->nama, id, isian_json_kv(p, column_names(p, t, 0), before, NULL, NULL),
        isian_json_kv(p, column_names(p, t, 0), values, NULL, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, t, id), "?pesan=disimpan", NULL));
}

/* Deactivating keeps the row for what points at it; it is no longer
 * offered in forms. */
static int set_active(sl_ctx *c, int active)
{
    const sialip_tabel *t = spec_of(c);
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    const char *flag = active ? "1" : "0";
    sl_rows *locked;
    int n = 0;

    if (!isian_id_valid(id)) {
        return not_found(c, t);
    }
    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, label(c, t, "kunci"), &locked, SL_ARGS(id)) != 0) {
        return isian_gangguan(c);
    }
    if (locked->nrows != 1) {
        sl_db_rollback(c->db);
        return not_found(c, t);
    }
    if (strcmp(sl_rows_get_or(locked, 0, col_aktif(t), "0"), flag) == 0) {
        sl_db_rollback(c->db);
        return isian_ditolak(c, active ? t->sudah_aktif : t->sudah_nonaktif);
    }
    sl_db_exec(c->db, label(c, t, "aktif"), &n, SL_ARGS(flag, id, flag));
    sl_audit(c, &(sl_audit_entry){
        active ? "aktifkan" : "nonaktifkan", t->nama, id,
        isian_json(p, "aktif", active ? "0" : "1", NULL),
        isian_json(p, "aktif", flag, NULL), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, url_of(c, t, id), "?pesan=",
                                      active ? "aktifkan" : "nonaktifkan", NULL));
}

int sialip_tabel_nonaktifkan(sl_ctx *c)
{
    return set_active(c, 0);
}

int sialip_tabel_aktifkan(sl_ctx *c)
{
    return set_active(c, 1);
}
