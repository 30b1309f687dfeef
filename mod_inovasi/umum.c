/* What the concern files of mod_inovasi share: error pages, parameter and
 * field checks, formatting and the audit JSON.  The choices and their
 * labels are in pilihan.c, one innovation's profile in profil.c, the
 * year's weights and bands in tahun_aturan.c, achievement in
 * capaian_inovasi.c and the evaluators' scores in nilai.c. */
#include <httpd.h>
#include <string.h>
#include <stdarg.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "validate.h"
#include "inovasi.h"
#include "inovasi_messages.h"

/* ---- errors -------------------------------------------------------------- */

int inovasi_gangguan(sl_ctx *c)
{
    if (c->db) {
        sl_db_rollback(c->db);
    }
    return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                         SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                         INOVASI_MSG_BASIS_DATA_MATI);
}

int inovasi_tidak_ada(sl_ctx *c)
{
    if (c->db) {
        sl_db_rollback(c->db);
    }
    return sl_error_page(c, HTTP_NOT_FOUND, SL_MSG_HALAMAN_TIDAK_DITEMUKAN,
                         INOVASI_MSG_DATA_TIDAK_ADA);
}

int inovasi_ditolak(sl_ctx *c, const char *pesan)
{
    if (c->db) {
        sl_db_rollback(c->db);
    }
    return sl_error_page(c, HTTP_CONFLICT, INOVASI_MSG_TINDAKAN_DITOLAK,
                         pesan);
}

int inovasi_aksi_salah(sl_ctx *c, const char *pesan)
{
    if (c->db) {
        sl_db_rollback(c->db);
    }
    return sl_error_page(c, HTTP_BAD_REQUEST, INOVASI_MSG_PERMINTAAN_TIDAK_VALID, pesan);
}

/* ---- parameters ----------------------------------------------------------- */

static int digits(const char *s, size_t min, size_t max)
{
    size_t n = 0;
    if (!s) {
        return 0;
    }
    for (; s[n]; n++) {
        if (!apr_isdigit(s[n])) {
            return 0;
        }
    }
    return n >= min && n <= max;
}

const char *inovasi_param_id(sl_ctx *c, const char *name)
{
    const char *v = apr_table_get(c->params, name);
    return digits(v, 1, 9) && v[0] != '0' ? v : NULL;
}

const char *inovasi_tahun_valid(const char *text)
{
    int y;
    if (!digits(text, 4, 4)) {
        return NULL;
    }
    y = atoi(text);
    return y >= 2000 && y <= 2100 ? text : NULL;
}

const char *inovasi_tahun_ini(apr_pool_t *p)
{
    apr_time_exp_t wib;
    apr_time_exp_tz(&wib, apr_time_now(), 7 * 3600);
    return apr_itoa(p, wib.tm_year + 1900);
}

const char *inovasi_tahun_query(sl_ctx *c)
{
    const char *t = inovasi_tahun_valid(sl_query(c, "tahun"));
    return t ? t : inovasi_tahun_ini(c->r->pool);
}

void inovasi_tahun_xml(sl_ctx *c, xmlNodePtr res, const char *attr, const char *tahun)
{
    apr_pool_t *p = c->r->pool;
    sl_xml_attr(res, attr, tahun);
    sl_xml_attr(res, "sebelum", apr_itoa(p, atoi(tahun) - 1));
    sl_xml_attr(res, "sesudah", apr_itoa(p, atoi(tahun) + 1));
    if (c->session->roles & INOVASI_EVALUATOR) {
        sl_xml_attr(res, "boleh_ubah", "1");
    }
}

const char *inovasi_status_periksa(const char *aksi)
{
    return strcmp(aksi, "verifikasi") == 0 ? "diverifikasi"
           : strcmp(aksi, "kembalikan") == 0 ? "dikembalikan" : NULL;
}

/* ---- formatting ------------------------------------------------------------ */

const char *inovasi_desimal(apr_pool_t *p, const char *dec)
{
    char *s, *end;
    if (!dec) {
        return NULL;
    }
    s = apr_pstrdup(p, dec);
    if (strchr(s, '.')) {
        end = s + strlen(s) - 1;
        while (*end == '0') {
            *end-- = '\0';
        }
        if (*end == '.') {
            *end = '\0';
        }
    }
    if (strcmp(s, "-0") == 0) {
        return "0";
    }
    return s;
}

const char *inovasi_dua(apr_pool_t *p, double v)
{
    return apr_psprintf(p, "%.2f", capaian_bulat(v));
}

const char *inovasi_tanggal_wib(apr_pool_t *p, const char *utc)
{
    apr_time_exp_t t = {0}, wib;
    apr_time_t at;

    if (!utc || strlen(utc) < 19) {
        return utc;
    }
    t.tm_year = atoi(utc) - 1900;
    t.tm_mon = atoi(utc + 5) - 1;
    t.tm_mday = atoi(utc + 8);
    t.tm_hour = atoi(utc + 11);
    t.tm_min = atoi(utc + 14);
    t.tm_sec = atoi(utc + 17);
    if (apr_time_exp_gmt_get(&at, &t) != APR_SUCCESS) {
        return utc;
    }
    apr_time_exp_tz(&wib, at, 7 * 3600);
    return apr_psprintf(p, "%04d-%02d-%02d", wib.tm_year + 1900, wib.tm_mon + 1,
                        wib.tm_mday);
}

/* ---- forms ------------------------------------------------------------------- */

apr_array_header_t *inovasi_galat_baru(apr_pool_t *p)
{
    return apr_array_make(p, 8, sizeof(inovasi_galat));
}

void inovasi_galat_tambah(apr_array_header_t *e, const char *field,
                          const char *message)
{
    inovasi_galat *g = apr_array_push(e);
    g->field = field;
    g->message = message;
}

void inovasi_galat_xml(xmlNodePtr parent, const apr_array_header_t *e)
{
    int i;
    for (i = 0; e && i < e->nelts; i++) {
        const inovasi_galat *g = &APR_ARRAY_IDX(e, i, inovasi_galat);
        sl_xml_attr(sl_xml_text(parent, "galat", g->message), "untuk", g->field);
    }
}

void inovasi_isian(xmlNodePtr isian, const char *name, const char *value)
{
    sl_xml_attr(sl_xml_text(isian, "nilai", value ? value : ""), "nama", name);
}

const char *inovasi_teks(sl_ctx *c, apr_array_header_t *e, const char *field,
                         const char *label, apr_size_t max, int wajib)
{
    const char *v = sl_field(c, field);
    apr_size_t n = strlen(v);

    if (!sl_text_acceptable(v, n)) {
        inovasi_galat_tambah(e, field,
                             apr_psprintf(c->r->pool, INOVASI_MSG_ISIAN_KARAKTER_TIDAK_SAH,
                                          label));
    }
    else if (wajib && !sl_not_blank(v)) {
        inovasi_galat_tambah(e, field, apr_psprintf(c->r->pool, INOVASI_MSG_ISIAN_WAJIB, label));
    }
    else if (sl_utf8_length(v, n) > max) {
        inovasi_galat_tambah(e, field, apr_psprintf(c->r->pool, INOVASI_MSG_ISIAN_TERLALU_PANJANG,
                                                    label, (unsigned long)max));
    }
    return v;
}

/* ---- audit JSON ------------------------------------------------------------------ */

static void json_string(apr_pool_t *p, apr_array_header_t *out, const char *s)
{
    APR_ARRAY_PUSH(out, const char *) = "\"";
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            APR_ARRAY_PUSH(out, const char *) = ch == '"' ? "\\\"" : "\\\\";
        }
        else if (ch < 0x20) {
            APR_ARRAY_PUSH(out, const char *) = apr_psprintf(p, "\\u%04x", ch);
        }
        else {
            APR_ARRAY_PUSH(out, const char *) = apr_pstrndup(p, s, 1);
        }
    }
    APR_ARRAY_PUSH(out, const char *) = "\"";
}

const char *inovasi_json(apr_pool_t *p, ...)
{
    apr_array_header_t *out = apr_array_make(p, 64, sizeof(const char *));
    const char *name;
    int first = 1;
    va_list ap;

    APR_ARRAY_PUSH(out, const char *) = "{";
    va_start(ap, p);
    while ((name = va_arg(ap, const char *)) != NULL) {
        const char *value = va_arg(ap, const char *);
        if (!first) {
            APR_ARRAY_PUSH(out, const char *) = ",";
        }
        first = 0;
        json_string(p, out, name);
        APR_ARRAY_PUSH(out, const char *) = ":";
        if (value) {
            json_string(p, out, value);
        }
        else {
            APR_ARRAY_PUSH(out, const char *) = "null";
        }
    }
    va_end(ap);
    APR_ARRAY_PUSH(out, const char *) = "}";
    return apr_array_pstrcat(p, out, 0);
}
