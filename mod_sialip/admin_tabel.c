/* The admin pages of a reference table, written once for every table
 * described by a sialip_tabel (admin_tabel.h). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "sl_audit.h"
#include "admin_tabel.h"
#include "label.h"
#include "sialip_messages.h"


const char *sialip_tabel_id(const sl_rows *rows, int i)
{
    return sl_rows_get(rows, i, TABEL_KOL_ID);
}

static const sialip_tabel *spec_of(sl_ctx *c)
{
    return c->route_data;
}

static int col_aktif(const sialip_tabel *t)
{
    return TABEL_KOL_PERTAMA + tabel_ncols(t);
}

static const char *kode_name(const sialip_tabel *t)
{
    return t->kode ? t->kode : "kode";
}

static const char *objek(const sialip_tabel *t)
{
    return t->objek ? t->objek : t->nama;
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
    const char *pesan = sl_query(c, "pesan"), *base = NULL;
    if (strcmp(pesan, "disimpan") == 0) {
        base = SIALIP_MSG_PERUBAHAN_TERSIMPAN;
    }
    else if (strcmp(pesan, "ditambah") == 0) {
        base = t->ditambah ? t->ditambah
               : apr_psprintf(c->r->pool, SIALIP_MSG_TABEL_DITAMBAHKAN, t->benda);
    }
    else if (strcmp(pesan, "nonaktifkan") == 0) {
        base = t->dinonaktifkan;
    }
    else if (strcmp(pesan, "aktifkan") == 0 && !t->dihapus) {
        base = apr_psprintf(c->r->pool, SIALIP_MSG_TABEL_DIAKTIFKAN_KEMBALI, t->benda);
    }
    else if (strcmp(pesan, "dihapus") == 0) {
        base = t->dihapus;
    }
    return base && t->pesan ? t->pesan(c, base) : base;
}

/* The notice after a redirect, or the errors of a refused form. */
static void outcome_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr res, int status,
                        const apr_array_header_t *errors)
{
    const char *message = status == HTTP_OK ? message_of(c, t) : NULL;
    isian_galat_xml(res, errors);
    if (message) {
        sl_xml_text(res, "pesan", message);
    }
}

/* The audit's keys: kode (when with_kode), then the columns. */
static const char **column_names(apr_pool_t *p, const sialip_tabel *t, int with_kode)
{
    int n = tabel_ncols(t), k = with_kode ? 1 : 0;
    const char **names = apr_pcalloc(p, sizeof(char *) * (n + k + 1));
    if (with_kode) {
        names[0] = kode_name(t);
    }
    for (int i = 0; i < n; i++) {
        names[i + k] = t->kolom[i].name;
    }
    return names;
}

/* The add form, on the list or on a page of its own. */
static int add_form_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr res,
                        const apr_array_header_t *errors)
{
    xmlNodePtr isian = isian_xml(res);
    isian_nilai(isian, kode_name(t), errors ? sl_field(c, kode_name(t)) : NULL);
    tabel_nilai_xml(c, t, isian, NULL, errors != NULL);
    return tabel_pilihan_xml(c, t, res, NULL);
}

/* The list, with the form to add one (shown again with errors). */
static int show_list(sl_ctx *c, const sialip_tabel *t, int status,
                     const apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    const char *judul = t->judul_daftar;
    const char *const *args = t->saring ? t->saring(c, &judul) : NULL;
    int aktif = col_aktif(t), n = 0;
    sl_rows *rows;
    sl_page *pg;

    while (args && args[n]) {
        n++;
    }
    if (sl_db_select(c->db, label(c, t, "daftar"), &rows, n, (const char **)args) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, apr_pstrcat(p, "admin-", t->nama, NULL), judul,
                     label(c, t, "daftar"));
    if ((t->daftar_xml && t->daftar_xml(c, pg->resource) != 0)
        || (!t->formulir_baru && add_form_xml(c, t, pg->resource, errors) != 0)) {
        return isian_gangguan(c);
    }
    outcome_xml(c, t, pg->resource, status, errors);
    for (int i = 0; i < rows->nrows; i++) {
        xmlNodePtr row = sl_xml_node(pg->resource, t->nama);
        sl_xml_attr(row, "id", sl_rows_get(rows, i, TABEL_KOL_ID));
        if (!t->dihapus) {
            sl_xml_attr(row, "aktif", sl_rows_get(rows, i, aktif));
        }
        sl_xml_text(row, "kode", sl_rows_get(rows, i, TABEL_KOL_KODE));
        tabel_kolom_xml(c, t, row, rows, i);
        for (int k = 0; t->kolom_daftar && t->kolom_daftar[k]; k++) {
            sl_xml_text(row, t->kolom_daftar[k],
                        sl_rows_get(rows, i, aktif + !t->dihapus + k));
        }
        if (t->baris_xml) {
            t->baris_xml(c, row, rows, i);
        }
    }
    return sl_page_send(pg, status);
}

/* A row's page, or with row NULL the add form's own page. */
static int show_row(sl_ctx *c, const sialip_tabel *t, int status,
                    const apr_array_header_t *errors, const sl_rows *row)
{
    apr_pool_t *p = c->r->pool;
    const char *id = row ? sl_rows_get(row, 0, TABEL_KOL_ID) : NULL;
    const char *title = row ? apr_pstrcat(p, t->benda, " ",
                                          sialip_label_tanggal(p, sl_rows_get(row, 0, t->judul_kode
                                                                    ? TABEL_KOL_KODE : TABEL_KOL_PERTAMA)),
                                          NULL)
                            : apr_pstrcat(p, t->judul_daftar, " baru", NULL);
    sl_page *pg = sl_ctx_page(c, apr_pstrcat(p, "admin-", t->nama, "-formulir", NULL),
                              title, t->nama);
    xmlNodePtr res = pg->resource;

    sl_xml_attr(res, "aksi", url_of(c, t, id));
    if (!row) {
        if (add_form_xml(c, t, res, errors) != 0) {
            return isian_gangguan(c);
        }
        outcome_xml(c, t, res, status, errors);
        return sl_page_send(pg, status);
    }
    sl_xml_attr(res, "id", id);
    if (!t->dihapus) {
        sl_xml_attr(res, "aktif", sl_rows_get(row, 0, col_aktif(t)));
    }
    sl_xml_text(res, "kode", sl_rows_get(row, 0, TABEL_KOL_KODE));
    tabel_nilai_xml(c, t, isian_xml(res), row, errors != NULL);
    if (tabel_pilihan_xml(c, t, res, row) != 0) {
        return isian_gangguan(c);
    }
    if (t->baris_xml) {
        t->baris_xml(c, res, row, 0);
    }
    outcome_xml(c, t, res, status, errors);
    return sl_page_send(pg, status);
}

int sialip_tabel_daftar(sl_ctx *c)
{
    return show_list(c, spec_of(c), HTTP_OK, NULL);
}

int sialip_tabel_baru(sl_ctx *c)
{
    return show_row(c, spec_of(c), HTTP_OK, NULL, NULL);
}

/* 2 to 32 of a-z, 0-9 and '-': it appears in URLs and exports. */
static const char *valid_code(apr_pool_t *p, const char *s)
{
    size_t n = strlen(s);
    (void)p;
    if (n < 2 || n > 32) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(apr_islower(s[i]) || apr_isdigit(s[i]) || s[i] == '-')) {
            return NULL;
        }
    }
    return s;
}

/* The stored columns (not the table's own) followed by last, or led by
 * first. */
static const char **stored(apr_pool_t *p, const sialip_tabel *t, const char *const *values,
                           const char *first, const char *last, int *n)
{
    const char **out = apr_pcalloc(p, sizeof(char *) * (tabel_ncols(t) + 2));
    *n = 0;
    if (first) {
        out[(*n)++] = first;
    }
    for (int k = 0; t->kolom[k].name; k++) {
        if (!(t->kolom[k].flags & TABEL_TERPISAH)) {
            out[(*n)++] = values[k];
        }
    }
    if (last) {
        out[(*n)++] = last;
    }
    return out;
}

/* Ends the change's transaction: the table's own writes, the audit row,
 * the commit, and the redirect to go (a path without its query). */
static int finish(sl_ctx *c, const sialip_tabel *t, sialip_tabel_ubahan *u,
                  const char *before, const char *after_key, const char *after_value,
                  const char *go, const char *pesan)
{
    apr_pool_t *p = c->r->pool;
    const char *after = NULL;

    if (t->tulis && t->tulis(c, u) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    if (u->nilai) {
        int with_kode = strcmp(u->aksi, "buat") == 0;
        const char **keys = column_names(p, t, with_kode), **values = (const char **)u->nilai;
        if (with_kode) {
            int n = tabel_ncols(t);
            values = apr_pcalloc(p, sizeof(char *) * (n + 2));
            values[0] = after_value;
            memcpy(values + 1, u->nilai, sizeof(char *) * n);
            after_key = t->dihapus ? NULL : "aktif";
            after_value = "1";
        }
        else {
            after_key = u->audit_kunci;
            after_value = u->audit_nilai;
        }
        after = isian_json_kv(p, keys, values, after_key, after_value);
    }
    else if (after_key) {
        after = isian_json(p, after_key, after_value, NULL);
    }
    sl_audit(c, &(sl_audit_entry){u->aksi, objek(t), u->id, before, after, 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (u->tujuan) {
        return sl_redirect(c, u->tujuan);
    }
    return sl_redirect(c, apr_pstrcat(p, go, "?pesan=", pesan, NULL));
}

int sialip_tabel_tambah(sl_ctx *c)
{
    const sialip_tabel *t = spec_of(c);
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = isian_galat_baru(c);
    const char *typed = sl_field(c, kode_name(t));
    const char *kode = (t->kode_valid ? t->kode_valid : valid_code)(p, typed);
    const char **values, **args, *id;
    sialip_tabel_ubahan u = {"buat", NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    int n;
    sl_rows *rows;

    if (!kode) {
        isian_galat(errors, kode_name(t),
                    !*typed && t->kode_kosong ? t->kode_kosong
                    : t->kode_salah ? t->kode_salah
                    : apr_psprintf(p, SIALIP_MSG_TABEL_KODE_FORMAT, t->contoh_kode));
    }
    else if (sl_db_select(c->db, label(c, t, "kode_ada"), &rows, SL_ARGS(kode)) != 0) {
        return isian_gangguan(c);
    }
    else if (rows->nrows > 0) {
        isian_galat(errors, kode_name(t), t->kode_dipakai);
    }
    values = tabel_baca(c, t, errors, NULL);
    u.data = t->periksa ? t->periksa(c, errors, NULL, values) : NULL;
    if (errors->nelts > 0) {
        return t->formulir_baru ? show_row(c, t, HTTP_UNPROCESSABLE_ENTITY, errors, NULL)
                                : show_list(c, t, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    args = stored(p, t, values, kode, NULL, &n);
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, label(c, t, "simpan"), NULL, n, args);
    if (!(id = t->id_kode ? kode : isian_id_terakhir(c))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    u.id = id;
    u.nilai = values;
    return finish(c, t, &u, NULL, NULL, kode, url_of(c, t, t->formulir_baru ? id : NULL),
                  "ditambah");
}

static int not_found(sl_ctx *c, const sialip_tabel *t)
{
    return isian_tidak_ditemukan(c, apr_psprintf(c->r->pool, SIALIP_MSG_TABEL_TIDAK_DITEMUKAN,
                                                 t->benda),
                                 t->tidak_ditemukan_teks ? t->tidak_ditemukan_teks
                                 : SL_MSG_PERIKSA_KEMBALI_ALAMAT_BUKA);
}

/* The URL's id when well formed, else NULL. */
static const char *id_param(sl_ctx *c, const sialip_tabel *t)
{
    const char *id = apr_table_get(c->params, t->param ? t->param : "id");
    if (!id) {
        return NULL;
    }
    if (t->id_kode) {
        return t->kode_valid(c->r->pool, id);
    }
    return isian_id_valid(id) ? id : NULL;
}

/* The row of the URL's id: NULL when there is none (or, *failed set, when
 * the database failed). */
static const sl_rows *load(sl_ctx *c, const sialip_tabel *t, const char *id, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!id) {
        return NULL;
    }
    if (sl_db_select(c->db, label(c, t, "muat"), &rows, SL_ARGS(id)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

int sialip_tabel_lihat(sl_ctx *c)
{
    const sialip_tabel *t = spec_of(c);
    int failed;
    const sl_rows *row = load(c, t, id_param(c, t), &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : not_found(c, t);
    }
    return show_row(c, t, HTTP_OK, NULL, row);
}

/* Begins the transaction and locks the row: 0, or an answer given. */
static int lock(sl_ctx *c, const sialip_tabel *t, const char *id, sl_rows **locked,
                int *answer)
{
    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, label(c, t, "kunci"), locked, SL_ARGS(id)) != 0) {
        *answer = isian_gangguan(c);
        return -1;
    }
    if ((*locked)->nrows != 1) {
        sl_db_rollback(c->db);
        *answer = not_found(c, t);
        return -1;
    }
    return 0;
}

int sialip_tabel_ubah(sl_ctx *c)
{
    const sialip_tabel *t = spec_of(c);
    apr_pool_t *p = c->r->pool;
    const char *id = id_param(c, t);
    apr_array_header_t *errors = isian_galat_baru(c);
    const char **values, **before, **args;
    const sl_rows *row;
    sl_rows *locked;
    sialip_tabel_ubahan u = {"ubah", id, NULL, NULL, NULL, NULL, NULL, NULL};
    int failed, answer, n = tabel_ncols(t), nargs;

    row = load(c, t, id, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : not_found(c, t);
    }
    values = tabel_baca(c, t, errors, row);
    u.data = t->periksa ? t->periksa(c, errors, row, values) : NULL;
    if (errors->nelts > 0) {
        return show_row(c, t, HTTP_UNPROCESSABLE_ENTITY, errors, row);
    }
    if (lock(c, t, id, &locked, &answer) != 0) {
        return answer;
    }
    args = stored(p, t, values, NULL, id, &nargs);
    sl_db_exec(c->db, label(c, t, "ubah"), NULL, nargs, args);
    before = apr_pcalloc(p, sizeof(char *) * (n + 1));
    for (int k = 0; k < n; k++) {
        before[k] = sl_rows_get(locked, 0, TABEL_KOL_PERTAMA + k);
    }
    u.nilai = values;
    u.lama = locked;
    return finish(c, t, &u, isian_json_kv(p, column_names(p, t, 0), before, NULL, NULL),
                  NULL, NULL, url_of(c, t, id), "disimpan");
}

/* Deactivating keeps the row for what points at it; it is no longer
 * offered in forms. */
static int set_active(sl_ctx *c, int active)
{
    const sialip_tabel *t = spec_of(c);
    const char *id = id_param(c, t), *refused;
    const char *flag = active ? "1" : "0";
    sialip_tabel_ubahan u = {active ? "aktifkan" : "nonaktifkan", id,
                             NULL, NULL, NULL, NULL, NULL, NULL};
    sl_rows *locked;
    int n = 0, answer;

    if (!id) {
        return not_found(c, t);
    }
    if (t->tolak && (refused = t->tolak(c, u.aksi, id))) {
        return isian_ditolak(c, refused);
    }
    if (lock(c, t, id, &locked, &answer) != 0) {
        return answer;
    }
    if (strcmp(sl_rows_get_or(locked, 0, col_aktif(t), "0"), flag) == 0) {
        sl_db_rollback(c->db);
        return isian_ditolak(c, apr_psprintf(c->r->pool, active ? SIALIP_MSG_TABEL_SUDAH_AKTIF
                                             : SIALIP_MSG_TABEL_SUDAH_NONAKTIF, t->benda));
    }
    if (sl_db_exec(c->db, label(c, t, "aktif"), &n, SL_ARGS(flag, id, flag)) != 0
        || n != 1) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    u.lama = locked;
    return finish(c, t, &u, isian_json(c->r->pool, "aktif", active ? "0" : "1", NULL),
                  "aktif", flag, url_of(c, t, id), u.aksi);
}

int sialip_tabel_nonaktifkan(sl_ctx *c)
{
    return set_active(c, 0);
}

int sialip_tabel_aktifkan(sl_ctx *c)
{
    return set_active(c, 1);
}

int sialip_tabel_hapus(sl_ctx *c)
{
    const sialip_tabel *t = spec_of(c);
    apr_pool_t *p = c->r->pool;
    const char *id = id_param(c, t);
    sialip_tabel_ubahan u = {"hapus", id, NULL, NULL, NULL, NULL, NULL, NULL};
    const char **before;
    sl_rows *locked;
    int answer, n = tabel_ncols(t);

    if (!id) {
        return not_found(c, t);
    }
    if (lock(c, t, id, &locked, &answer) != 0) {
        return answer;
    }
    sl_db_exec(c->db, label(c, t, "hapus"), NULL, SL_ARGS(id));
    before = apr_pcalloc(p, sizeof(char *) * (n + 2));
    before[0] = sl_rows_get(locked, 0, TABEL_KOL_KODE);
    for (int k = 0; k < n; k++) {
        before[k + 1] = sl_rows_get(locked, 0, TABEL_KOL_PERTAMA + k);
    }
    u.lama = locked;
    return finish(c, t, &u, isian_json_kv(p, column_names(p, t, 1), before, NULL, NULL),
                  NULL, NULL, url_of(c, t, NULL), "dihapus");
}
