/* Form and page helpers of the DIP, exempt-list and admin pages. */
#include <httpd.h>
#include <string.h>
#include <stdarg.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "validate.h"
#include "escape.h"
#include "sl_audit.h"
#include "sl_store.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "sialip.h"
#include "unggah.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_isian_stmts[] = {
    {"isian_opd_semua", "SELECT id, nama, aktif FROM opd ORDER BY nama"},
    {"isian_opd_cek", "SELECT aktif FROM opd WHERE id = %s"},
    {"isian_berkas_simpan",
     "INSERT INTO berkas (sha256, ukuran, mime, nama_asli, dibuat_pada) "
     "VALUES (%s, %s, %s, %s, UTC_TIMESTAMP())"},
    {"isian_id_terakhir", "SELECT LAST_INSERT_ID()"},
    {NULL, NULL}
};

apr_array_header_t *isian_galat_baru(sl_ctx *c)
{
    return apr_array_make(c->r->pool, 8, sizeof(sl_field_error));
}

void isian_galat(apr_array_header_t *errors, const char *field,
                 const char *message)
{
    sl_field_error *e = apr_array_push(errors);
    e->field = field;
    e->message = message;
}

int isian_ada_galat(const apr_array_header_t *errors, const char *field)
{
    int i;
    for (i = 0; i < errors->nelts; i++) {
        if (strcmp(APR_ARRAY_IDX(errors, i, sl_field_error).field, field) == 0) {
            return 1;
        }
    }
    return 0;
}

const char *isian_teks(sl_ctx *c, apr_array_header_t *errors,
                       const char *name, const char *label, int required,
                       apr_size_t max_chars)
{
    const char *v = sl_field(c, name);

    if (!*v) {
        if (required) {
            isian_galat(errors, name,
                        apr_psprintf(c->r->pool, SIALIP_MSG_ISIAN_WAJIB_DIISI, label));
        }
        return v;
    }
    if (sl_utf8_length(v, strlen(v)) > max_chars) {
        isian_galat(errors, name, apr_psprintf(c->r->pool, SIALIP_MSG_ISIAN_PALING_PANJANG,
                                               label, max_chars));
    }
    return v;
}

const char *isian_pilih(sl_ctx *c, apr_array_header_t *errors,
                        const char *name, const char *label,
                        const sl_choice *choices, int required)
{
    const char *v = sl_field(c, name);
    const sl_choice *ch;

    for (ch = choices; ch->value; ch++) {
        if (*v && strcmp(v, ch->value) == 0) {
            return ch->value;
        }
    }
    if (required) {
        isian_galat(errors, name, apr_pstrcat(c->r->pool, "Pilih ", label, ".",
                                              NULL));
    }
    return "";
}

int isian_centang(sl_ctx *c, const char *name)
{
    return strcmp(sl_field(c, name), "1") == 0;
}

typedef struct {
    const char *name;
    apr_array_header_t *out;
} collect_ctx;

static int collect_one(void *data, const char *key, const char *value)
{
    collect_ctx *cc = data;
    if (strcmp(key, cc->name) == 0 && value) {
        APR_ARRAY_PUSH(cc->out, const char *) = value;
    }
    return 1;
}

apr_array_header_t *isian_semua(sl_ctx *c, const char *name)
{
    collect_ctx cc = {name, apr_array_make(c->r->pool, 8, sizeof(const char *))};
    if (c->form) {
        apr_table_do(collect_one, &cc, c->form->fields, name, NULL);
    }
    return cc.out;
}

const char *isian_berkas_tulis(sl_ctx *c, const sl_upload *up)
{
    return sl_store_put(c->r, sialip_config_of(c->r)->upload_dir, up->data,
                        up->len);
}

const char *isian_id_terakhir(sl_ctx *c)
{
    sl_rows *rows;
    if (sl_db_select(c->db, "isian_id_terakhir", &rows, SL_NOARGS) != 0) {
        return NULL;
    }
    return sl_rows_get(rows, 0, 0);
}

const char *isian_berkas_catat(sl_ctx *c, const char *sha256,
                               const sl_upload *up, const sl_filetype *type)
{
    apr_pool_t *p = c->r->pool;
    const char *name = up->filename && *up->filename
                       ? sl_utf8_prefix(p, up->filename, 255)
                       : apr_pstrcat(p, "dokumen.", type->extension, NULL);
    if (sialip_berkas_pastikan(c, sha256, up) != 0
        || sl_db_exec(c->db, "isian_berkas_simpan", NULL,
                   SL_ARGS(sha256, apr_psprintf(p, "%" APR_SIZE_T_FMT, up->len),
                           type->mime, name)) != 0) {
        return NULL;
    }
    return isian_id_terakhir(c);
}

int isian_id_valid(const char *text)
{
    size_t n;
    if (!text || text[0] < '1' || text[0] > '9') {
        return 0;
    }
    for (n = 0; text[n]; n++) {
        if (!apr_isdigit(text[n]) || n >= 10) {
            return 0;
        }
    }
    return 1;
}

int isian_angka(const char *text, long *out)
{
    long v = 0;
    size_t n;
    if (!text || !*text) {
        return 0;
    }
    for (n = 0; text[n]; n++) {
        if (!apr_isdigit(text[n]) || n >= 9) {
            return 0;
        }
        v = v * 10 + (text[n] - '0');
    }
    *out = v;
    return 1;
}

xmlNodePtr isian_xml(xmlNodePtr parent)
{
    return sl_xml_node(parent, "isian");
}

void isian_nilai(xmlNodePtr isian, const char *name, const char *value)
{
    sl_xml_attr(sl_xml_text(isian, "nilai", value ? value : ""), "nama", name);
}

void isian_nilai_form(sl_ctx *c, xmlNodePtr isian, const char *const *names)
{
    for (; *names; names++) {
        isian_nilai(isian, *names, sl_field(c, *names));
    }
}

void isian_galat_xml(xmlNodePtr resource, const apr_array_header_t *errors)
{
    int i;
    for (i = 0; errors && i < errors->nelts; i++) {
        const sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        sl_xml_attr(sl_xml_text(resource, "galat", e->message), "untuk", e->field);
    }
}

void isian_pilihan_xml(xmlNodePtr parent, const char *name,
                       const sl_choice *choices)
{
    xmlNodePtr list = sl_xml_node(parent, "pilihan");
    sl_xml_attr(list, "untuk", name);
    for (; choices->value; choices++) {
        sl_xml_attr(sl_xml_text(list, "opsi", choices->label), "nilai",
                    choices->value);
    }
}

int isian_pilihan_opd(sl_ctx *c, xmlNodePtr parent, const char *name,
                      int aktif_saja, const char *keep_id)
{
    xmlNodePtr list = sl_xml_node(parent, "pilihan");
    sl_rows *rows;
    int i;

    sl_xml_attr(list, "untuk", name);
    if (sl_db_select(c->db, "isian_opd_semua", &rows, SL_NOARGS) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *id = sl_rows_get(rows, i, 0);
        int aktif = strcmp(sl_rows_get_or(rows, i, 2, "0"), "1") == 0;
        int kept = keep_id && id && strcmp(id, keep_id) == 0;
        if (aktif_saja && !aktif && !kept) {
            continue;
        }
        sl_xml_attr(sl_xml_text(list, "opsi",
                                aktif ? sl_rows_get(rows, i, 1)
                                      : apr_pstrcat(c->r->pool,
                                                    sl_rows_get_or(rows, i, 1, ""),
                                                    " (nonaktif)", NULL)),
                    "nilai", id);
    }
    return 0;
}

int isian_opd_aktif(sl_ctx *c, const char *id, const char *keep_id)
{
    sl_rows *rows;
    if (!isian_id_valid(id)) {
        return 0;
    }
    if (keep_id && strcmp(id, keep_id) == 0) {
        return 1;
    }
    if (sl_db_select(c->db, "isian_opd_cek", &rows, SL_ARGS(id)) != 0) {
        return -1;
    }
    return rows->nrows == 1 && strcmp(sl_rows_get_or(rows, 0, 0, "0"), "1") == 0;
}

const char *isian_query_part(apr_pool_t *p, const char *name, const char *value)
{
    if (!value || !*value) {
        return "";
    }
    return apr_pstrcat(p, "&", name, "=", ap_escape_urlencoded(p, value), NULL);
}

const char *isian_saring_xml(sl_ctx *c, xmlNodePtr res, const char *path,
                             const char *const *names, const char *const *values, int n)
{
    apr_pool_t *p = c->r->pool;
    const char *query = "";
    xmlNodePtr into;
    int k, xml = sl_wants_xml(c->r);

    for (k = 0; k < n; k++) {
        query = apr_pstrcat(p, query, isian_query_part(p, names[k], values[k]), NULL);
    }
    sl_xml_attr(res, "xml", apr_pstrcat(p, c->mount, path, ".xml", *query ? "?" : "",
                                        *query ? query + 1 : "", NULL));
    /* The export names its filters instead of carrying the form. */
    into = xml ? sl_xml_node(res, "saring") : isian_xml(res);
    for (k = 0; k < n; k++) {
        if (!xml) {
            isian_nilai(into, names[k], values[k]);
        }
        else if (*values[k]) {
            sl_xml_attr(into, names[k], values[k]);
        }
    }
    return query;
}

const char *isian_opd_isian(sl_ctx *c, apr_array_header_t *errors, int semua,
                            const char *keep_id)
{
    const char *id;
    int ok;

    if (!semua) {
        return keep_id;
    }
    id = sl_field(c, "opd_id");
    ok = isian_opd_aktif(c, id, keep_id);
    if (ok < 0) {
        isian_galat(errors, "opd_id", SIALIP_MSG_OPD_TIDAK_DAPAT_DIPERIKSA);
    }
    else if (!ok) {
        isian_galat(errors, "opd_id", SIALIP_MSG_PILIH_OPD_MASIH_AKTIF);
    }
    return id;
}

void isian_teks_xml(xmlNodePtr parent, ...)
{
    va_list ap;
    const char *name;

    va_start(ap, parent);
    while ((name = va_arg(ap, const char *))) {
        sl_xml_text(parent, name, va_arg(ap, const char *));
    }
    va_end(ap);
}

long isian_halaman(sl_ctx *c)
{
    long n;
    if (!isian_angka(sl_query(c, "halaman"), &n) || n < 1) {
        return 1;
    }
    return n;
}

long isian_halaman_jumlah(long total, long per_page, long *page)
{
    long pages = total > 0 ? (total + per_page - 1) / per_page : 1;
    if (*page > pages) {
        *page = pages;
    }
    return pages;
}

void isian_paging_xml(sl_ctx *c, xmlNodePtr parent, const char *base,
                      const char *query, long page, long pages, long total)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr nav = sl_xml_node(parent, "halaman_daftar");
    long i;

    sl_xml_attr(nav, "total", apr_ltoa(p, total));
    sl_xml_attr(nav, "halaman", apr_ltoa(p, page));
    sl_xml_attr(nav, "jumlah_halaman", apr_ltoa(p, pages));
    for (i = 1; i <= pages; i++) {
        xmlNodePtr link;
        /* Every page near the current one, the first and the last. */
        if (pages > 15 && i != 1 && i != pages && (i < page - 3 || i > page + 3)) {
            continue;
        }
        link = sl_xml_text(nav, "ke", apr_ltoa(p, i));
        sl_xml_attr(link, "href", apr_psprintf(p, "%s?halaman=%ld%s", base, i,
                                               query ? query : ""));
        if (i == page) {
            sl_xml_attr(link, "kini", "1");
        }
    }
}

static void json_string(apr_array_header_t *out, const char *s)
{
    APR_ARRAY_PUSH(out, char) = '"';
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            APR_ARRAY_PUSH(out, char) = '\\';
            APR_ARRAY_PUSH(out, char) = (char)ch;
        }
        else if (ch < 0x20) {
            char buf[8];
            int k;
            apr_snprintf(buf, sizeof(buf), "\\u%04x", ch);
            for (k = 0; buf[k]; k++) {
                APR_ARRAY_PUSH(out, char) = buf[k];
            }
        }
        else {
            APR_ARRAY_PUSH(out, char) = (char)ch;
        }
    }
    APR_ARRAY_PUSH(out, char) = '"';
}

static void json_pair(apr_array_header_t *out, int comma, const char *key,
                      const char *value)
{
    if (comma) {
        APR_ARRAY_PUSH(out, char) = ',';
    }
    json_string(out, key);
    APR_ARRAY_PUSH(out, char) = ':';
    if (value) {
        json_string(out, value);
    }
    else {
        const char *null = "null";
        for (; *null; null++) {
            APR_ARRAY_PUSH(out, char) = *null;
        }
    }
}

static const char *json_end(apr_array_header_t *out)
{
    APR_ARRAY_PUSH(out, char) = '}';
    APR_ARRAY_PUSH(out, char) = '\0';
    return out->elts;
}

const char *isian_json(apr_pool_t *p, ...)
{
    apr_array_header_t *out = apr_array_make(p, 128, sizeof(char));
    const char *key;
    int n = 0;
    va_list ap;

    APR_ARRAY_PUSH(out, char) = '{';
    va_start(ap, p);
    while ((key = va_arg(ap, const char *)) != NULL) {
        const char *value = va_arg(ap, const char *);
        json_pair(out, n++ > 0, key, value);
    }
    va_end(ap);
    return json_end(out);
}

const char *isian_json_kv(apr_pool_t *p, const char *const *keys,
                          const char *const *values, const char *extra_key,
                          const char *extra_value)
{
    apr_array_header_t *out = apr_array_make(p, 256, sizeof(char));
    int i;

    APR_ARRAY_PUSH(out, char) = '{';
    for (i = 0; keys[i]; i++) {
        json_pair(out, i > 0, keys[i], values[i]);
    }
    if (extra_key) {
        json_pair(out, i > 0, extra_key, extra_value);
    }
    return json_end(out);
}

void isian_waktu_xml(sl_ctx *c, xmlNodePtr parent, const char *name,
                     const char *utc)
{
    int64_t secs;
    xmlNodePtr node;

    if (!utc) {
        return;
    }
    node = sl_xml_text(parent, name, sl_wib_text(c->r->pool, utc));
    if (sl_utc_parse(utc, &secs) == 0) {
        apr_time_exp_t t;
        apr_time_exp_gmt(&t, apr_time_from_sec(secs));
        sl_xml_attr(node, "iso", apr_psprintf(c->r->pool,
                                              "%04d-%02d-%02dT%02d:%02d:%02dZ",
                                              t.tm_year + 1900, t.tm_mon + 1,
                                              t.tm_mday, t.tm_hour, t.tm_min,
                                              t.tm_sec));
    }
}

int isian_tidak_ditemukan(sl_ctx *c, const char *title, const char *message)
{
    return sl_error_page(c, HTTP_NOT_FOUND, title, message);
}

int isian_ditolak(sl_ctx *c, const char *message)
{
    return sl_error_page(c, HTTP_CONFLICT, SIALIP_MSG_TINDAKAN_TIDAK_DAPAT_DILAKUKAN,
                         message);
}

/* ISIAN_BERKAS_KOLOM's columns. */
enum { BERKAS_SHA256, BERKAS_MIME, BERKAS_NAMA };

int isian_berkas_kirim(sl_ctx *c, const sl_rows *rows)
{
    if (rows->nrows != 1) {
        return -1;
    }
    return sl_store_send(c->r, sialip_config_of(c->r)->upload_dir,
                         sl_rows_get(rows, 0, BERKAS_SHA256),
                         sl_rows_get(rows, 0, BERKAS_MIME),
                         sl_rows_get_or(rows, 0, BERKAS_NAMA, "dokumen"));
}

int isian_tanpa_opd(sl_ctx *c)
{
    return isian_ditolak(c, SIALIP_MSG_AKUN_BELUM_TERHUBUNG_OPD);
}

const sl_rows *isian_muat(sl_ctx *c, const char *statement, const char *id,
                          const char *scope_all, int *failed)
{
    sl_rows *rows;
    *failed = 0;
    if (!isian_id_valid(id)) {
        return NULL;
    }
    if (sl_db_select(c->db, statement, &rows,
                     SL_ARGS(id, scope_all, sl_scope_opd(c))) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

int isian_kunci(sl_ctx *c, const char *statement, const char *id,
                const char *scope_all, sl_rows **rows)
{
    if (sl_db_begin(c->db) != 0) {
        return -1;
    }
    if (sl_db_select(c->db, statement, rows,
                     SL_ARGS(id, scope_all, sl_scope_opd(c))) != 0) {
        sl_db_rollback(c->db);
        return -1;
    }
    if ((*rows)->nrows != 1) {
        sl_db_rollback(c->db);
        return 0;
    }
    return 1;
}

int isian_gangguan(sl_ctx *c)
{
    return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                         SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                         SIALIP_MSG_PERUBAHAN_BELUM_TERSIMPAN_COBA);
}
