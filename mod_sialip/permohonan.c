/* Requests for information: the receipt and tracking by number and code
 * (the form and filing are in permohonan_ajuan.c; their routes are here,
 * with the rest of the request's public pages). */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "escape.h"
#include "filetype.h"
#include "trackcode.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_pagecache.h"
#include "sl_ratelimit.h"
#include "sl_store.h"
#include "sl_module.h"
#include "alur.h"
#include "surel.h"
#include "tenggat.h"
#include "permohonan_rules.h"
#include "profil.h"
#include "sialip.h"
#include "label.h"
#include "kode_kuki.h"
#include "unggah.h"
#include "percakapan.h"
#include "sl_logno.h"
#include "sialip_messages.h"


/* The request as the citizen's pages read it (baris_of), with what the
 * status page's parts would otherwise each ask for: special needs, the
 * survey's state, whether there is a notice, an objection, a message, and
 * the conversation's open clarification and reopening (at most one of each
 * is open: uq_klarifikasi_terbuka, uq_buka_terbuka).  A part that is empty
 * for most requests runs no statement of its own then. */
#define PERMOHONAN_BARIS \
    "SELECT p.nomor, p.nama, p.rincian, p.tujuan, p.cara_memperoleh, p.cara_salinan, " \
    "p.kanal, p.diterima_pada, p.hari_nol, p.status, p.jenis_pemohon, " \
    "p.alasan_perpanjangan, p.id, p.hari_jeda, p.kebutuhan_khusus, p.kebutuhan_lainnya, " \
    "(SELECT COUNT(*) FROM pemberitahuan n WHERE n.permohonan_id = p.id), " \
    "(SELECT COUNT(*) FROM survei s WHERE s.permohonan_id = p.id), " \
    "EXISTS (SELECT 1 FROM keberatan kb WHERE kb.permohonan_id = p.id), " \
    "EXISTS (SELECT 1 FROM pesan m WHERE m.permohonan_id = p.id), " \
    "k.id, k.diminta_pada, k.jeda, b.id, b.tindak_lanjut"
#define PERMOHONAN_DARI \
    " FROM permohonan p " \
    "LEFT JOIN klarifikasi k ON k.permohonan_id = p.id AND k.terbuka = 1 " \
    "LEFT JOIN permohonan_buka b ON b.permohonan_id = p.id AND b.terbuka = 1 "
#define PERMOHONAN_KODE "WHERE p.nomor = %s AND p.kode_hash = SHA2(%s, 256)"

const sl_stmt_def sialip_permohonan_stmts[] = {
    {"permohonan_cari", PERMOHONAN_BARIS PERMOHONAN_DARI PERMOHONAN_KODE},
    /* A first view (no check of the page on record, or no cache): the row
     * and permohonan_versi's three columns in one statement. */
    {"permohonan_cari_versi",
     PERMOHONAN_BARIS ", COALESCE(v.versi, 0), "
     "(SELECT versi FROM versi_data WHERE nama = 'hari_libur'), "
     "(SELECT versi FROM versi_data WHERE nama = 'status_rujukan')"
     PERMOHONAN_DARI "LEFT JOIN permohonan_versi v ON v.permohonan_id = p.id "
     PERMOHONAN_KODE},
    /* What the status page depends on, without the text columns (each
     * costs the driver a buffer of fldsz): enough to send a kept page. */
    {"permohonan_versi",
     "SELECT COALESCE(v.versi, 0), "
     "(SELECT versi FROM versi_data WHERE nama = 'hari_libur'), "
     "(SELECT versi FROM versi_data WHERE nama = 'status_rujukan') "
     "FROM permohonan p LEFT JOIN permohonan_versi v ON v.permohonan_id = p.id "
     "WHERE p.nomor = %s AND p.kode_hash = SHA2(%s, 256)"},
    /* The public entries of the request and of its objections (the
     * Atasan's decision, a dispute at the KI: audited on the objection).
     * Two index lookups joined by UNION ALL: written with OR and IN, the
     * objection part read every objection's audit rows (2,800 on the
     * bench data) for each first view of a status page.  No ORDER BY:
     * sorting a union with a TEXT column takes an on-disk temporary table
     * per view; add_history sorts the few rows by (waktu, id). */
    {"permohonan_riwayat",
     "SELECT waktu, aksi, sesudah, objek, objek_id, id FROM audit "
     "WHERE objek = 'permohonan' AND objek_id = %s AND publik = 1 "
     "UNION ALL SELECT a.waktu, a.aksi, a.sesudah, a.objek, a.objek_id, a.id "
     "FROM permohonan p JOIN keberatan k ON k.permohonan_id = p.id "
     "JOIN audit a ON a.objek = 'keberatan' AND a.objek_id = k.nomor "
     "WHERE p.nomor = %s AND a.publik = 1"},
    {NULL, NULL}
};

/* ---- receipt and tracking ------------------------------------------- */

static int valid_number(const char *n)
{
    int i;
    if (strlen(n) != 11 || n[4] != '-') {
        return 0;
    }
    for (i = 0; i < 11; i++) {
        if (i != 4 && !apr_isdigit(n[i])) {
            return 0;
        }
    }
    return 1;
}

static const char *lookup_key(sl_ctx *c)
{
    return apr_pstrcat(c->r->pool, "lacak-ip:", sl_client_ip(c), NULL);
}

int sialip_lacak_mulai(sl_ctx *c)
{
    int count = sl_ratelimit_attempt(c->r, lookup_key(c),
                                     c->settings->limit_window_seconds);
    if (count < 0) {
        sl_error_page(c, HTTP_SERVICE_UNAVAILABLE, SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                      SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
        return 1;
    }
    if (count > c->settings->lookup_limit) {
        apr_table_setn(c->r->err_headers_out, "Retry-After",
                       apr_itoa(c->r->pool, c->settings->limit_window_seconds));
        sl_error_page(c, HTTP_TOO_MANY_REQUESTS, SL_MSG_TERLALU_BANYAK_PERCOBAAN,
                      apr_psprintf(c->r->pool, SIALIP_MSG_LACAK_TERLALU_BANYAK_GAGAL,
                                   (c->settings->limit_window_seconds + 59) / 60));
        return 1;
    }
    return 0;
}

void sialip_lacak_berhasil(sl_ctx *c)
{
    sl_ratelimit_give_back(c->r, lookup_key(c));
}

int sialip_lacak_gagal(sl_ctx *c)
{
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00079) "tracking lookup for %s did "
                  "not match (status %d)", c->r->uri, HTTP_NOT_FOUND);
    return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_TIDAK_DITEMUKAN,
                         SIALIP_MSG_LACAK_TIDAK_COCOK);
}

/* The request {nomor} with the code, through statement (two arguments:
 * the number and the normalised code), or NULL with the response sent. */
static const sl_rows *cari_dengan_kode(sl_ctx *c, const char *statement,
                                       const char *number, const char *code,
                                       int *response)
{
    sl_rows *rows;

    if (sl_db_select(c->db, statement, &rows, SL_ARGS(number, code)) != 0) {
        *response = sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                                  SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                                  SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
        return NULL;
    }
    if (rows->nrows != 1) {
        *response = sialip_lacak_gagal(c);
        return NULL;
    }
    sialip_lacak_berhasil(c);
    return rows;
}

/* Counts the lookup and checks the form of {nomor} and the code (?kode=
 * or its cookie, kode_kuki.c); sets *number and *code (normalised) and
 * returns 1, or sends the response. */
static int lacak_diterima(sl_ctx *c, const char **number, const char **code,
                          int *response)
{
    *number = apr_table_get(c->params, "nomor");
    *code = sl_trackcode_normalize(c->r->pool, sialip_kode(c, *number));
    if (sialip_lacak_mulai(c)) {
        *response = OK;
        return 0;
    }
    if (!valid_number(*number) || !*code) {
        *response = sialip_lacak_gagal(c);
        return 0;
    }
    return 1;
}

/* A GET that brought the code in its URL and matched is answered with the
 * code's cookie and a 303 to the same page without it. */
static const sl_rows *dengan_kode(sl_ctx *c, const char *statement,
                                  int *response)
{
    const char *number, *code;
    const sl_rows *rows;

    if (!lacak_diterima(c, &number, &code, response)
        || !(rows = cari_dengan_kode(c, statement, number, code, response))) {
        return NULL;
    }
    if (sialip_kode_di_url(c)) {
        *response = sialip_kode_tukar(c, number,
                                      sl_trackcode_printed(c->r->pool, code));
        return NULL;
    }
    return rows;
}

/* Row 0 of a permohonan_cari (or permohonan_cari_versi) result: the one
 * place its columns are read by their position; the versions follow. */
enum { BARIS_KOLOM = 25 };

static const sialip_permohonan_baris *baris_of(apr_pool_t *p, const sl_rows *rows)
{
    sialip_permohonan_baris *b = apr_palloc(p, sizeof(*b));
    const char **col[BARIS_KOLOM] = {
        &b->nomor, &b->nama, &b->rincian, &b->tujuan, &b->cara_memperoleh,
        &b->cara_salinan, &b->kanal, &b->diterima_pada, &b->hari_nol, &b->status,
        &b->jenis_pemohon, &b->alasan_perpanjangan, &b->id, &b->hari_jeda,
        &b->kebutuhan_khusus, &b->kebutuhan_lainnya, &b->ada_pemberitahuan,
        &b->sudah_disurvei, &b->ada_keberatan, &b->ada_pesan,
        &b->klarifikasi_id, &b->klarifikasi_diminta, &b->klarifikasi_jeda,
        &b->buka_id, &b->buka_tindak_lanjut
    };
    for (size_t i = 0; i < sizeof(col) / sizeof(col[0]); i++) {
        *col[i] = sl_rows_get(rows, 0, (int)i);
    }
    return b;
}

const sialip_permohonan_baris *sialip_permohonan_dengan_kode(sl_ctx *c, int *response)
{
    const sl_rows *rows = dengan_kode(c, "permohonan_cari", response);
    return rows ? baris_of(c->r->pool, rows) : NULL;
}

/* History rows by time, then by audit id (equal times keep the order
 * they were written in). */
static int riwayat_urut(const void *a, const void *b)
{
    const char *const *x = *(const char *const *const *)a;
    const char *const *y = *(const char *const *const *)b;
    int d = strcmp(x[0] ? x[0] : "", y[0] ? y[0] : "");
    size_t lx = x[5] ? strlen(x[5]) : 0, ly = y[5] ? strlen(y[5]) : 0;

    if (d != 0) {
        return d;
    }
    if (lx != ly) {
        return lx < ly ? -1 : 1;
    }
    return strcmp(x[5] ? x[5] : "", y[5] ? y[5] : "");
}

static void add_history(sl_ctx *c, xmlNodePtr parent, const char *number)
{
    sl_rows *rows;
    xmlNodePtr list = sl_xml_node(parent, "riwayat");
    int i;

    if (sl_db_select(c->db, "permohonan_riwayat", &rows, SL_ARGS(number, number)) != 0) {
        return;
    }
    if (rows->nrows > 1) {
        qsort(rows->rows, (size_t)rows->nrows, sizeof(*rows->rows), riwayat_urut);
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr ev = sl_xml_text(list, "peristiwa", sl_rows_get(rows, i, 2));
        sl_xml_attr(ev, "aksi", sl_rows_get(rows, i, 1));
        if (strcmp(sl_rows_get_or(rows, i, 3, ""), "keberatan") == 0) {
            sl_xml_attr(ev, "keberatan", sl_rows_get(rows, i, 4));
            sl_xml_attr(ev, "aksi_teks", sl_choice_label(sialip_aksi_choices,
                                                         sl_rows_get(rows, i, 1)));
        }
        sl_xml_attr(ev, "waktu", sl_wib_text(c->r->pool, sl_rows_get(rows, i, 0)));
    }
}

/* A count or flag of permohonan_cari's row: anything but "0" (or NULL). */
static int ada(const char *v)
{
    return v && strcmp(v, "0") != 0;
}

/* The receipt and status page of a request whose code matched: rows is
 * permohonan_cari's row, code the normalised code; errors (or NULL) are a
 * refused message of the conversation, shown beside its form. */
static int status_page(sl_ctx *c, const sialip_permohonan_baris *req, const char *code,
                       const sl_calendar *cal, int status,
                       const apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    const char *number = req->nomor;
    sl_page *page;
    xmlNodePtr res;
    percakapan_keadaan k;
    int i;

    page = sl_ctx_page(c, "permohonan", apr_pstrcat(p, "Permohonan ", number,
                                                    NULL), "permohonan");
    res = page->resource;
    sl_xml_attr(res, "nomor", number);
    sl_xml_text(res, "kode", sl_trackcode_printed(p, code));
    sl_xml_text(res, "alamat_lacak",
                sialip_absolute_url(c, apr_pstrcat(p, c->mount, "/lacak", NULL)));
    sl_xml_text(res, "nama", req->nama);
    sl_xml_text(res, "rincian", req->rincian);
    sl_xml_text(res, "tujuan", req->tujuan);
    sl_xml_text(res, "cara_memperoleh",
                sl_choice_label(sl_cara_memperoleh_choices, req->cara_memperoleh));
    sl_xml_text(res, "cara_salinan",
                sl_choice_label(sl_cara_salinan_choices, req->cara_salinan));
    sl_xml_text(res, "kanal", sl_choice_label(sl_kanal_choices,
                                              req->kanal));
    sl_xml_text(res, "diterima", sl_wib_text(p, req->diterima_pada));
    sl_xml_attr(sl_xml_text(res, "status",
                            sialip_label_status(req->status,
                                              req->alasan_perpanjangan != NULL)),
                "kode", req->status);
    sl_xml_text(res, "jenis_pemohon", sl_choice_label(sl_jenis_pemohon_choices,
                                                      req->jenis_pemohon));
    alur_tenggat_jeda_xml(c, res, cal, req->diterima_pada, req->hari_nol,
                          req->alasan_perpanjangan, atoi(req->hari_jeda ? req->hari_jeda : "0"));
    /* The parts the row says are empty run no statement (and would add
     * nothing to the page). */
    if (ada(req->ada_pemberitahuan)) {
        sialip_pemberitahuan_xml(c, res, req->id, 0);
    }
    if (ada(req->ada_keberatan)) {
        sialip_keberatan_xml(c, res, req->id, 0);
    }
    sialip_survei_xml_keadaan(c, res, number, req->ada_pemberitahuan, req->sudah_disurvei);
    /* The applicant's own page: the only public one showing the needs. */
    sialip_kebutuhan_xml_nilai(c, res, req->kebutuhan_khusus, req->kebutuhan_lainnya);
    percakapan_keadaan_dari(&k, req->status, req->klarifikasi_id, req->klarifikasi_diminta,
                            req->klarifikasi_jeda, req->buka_id, req->buka_tindak_lanjut);
    sialip_percakapan_xml_dengan(c, res, req->id, number, req->status, 0, &k,
                                 ada(req->ada_pesan));
    for (i = 0; errors && i < errors->nelts; i++) {
        const sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        sl_xml_attr(sl_xml_text(res, "galat", e->message), "untuk", e->field);
    }
    if (errors) {
        /* The message as typed, beside its refusal (never a file). */
        sl_xml_attr(sl_xml_text(sl_xml_node(res, "isian"), "nilai", sl_field(c, "isi")),
                    "nama", "isi");
    }
    add_history(c, res, number);
    return sl_page_send(page, status);
}


int sialip_permohonan_lihat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal;
    const sl_rows *rows, *full;
    sl_rows *got;
    const char *number, *code, *stamp, *holidays;
    sl_day today = sl_today_wib();
    int response, first, v;

    /* The page is never answered at a URL holding the code (a ?kode= link
     * is exchanged for its cookie with a 303 first), so it keeps the
     * same-origin policy of other pages: the conversation's form posts
     * from it, and under no-referrer a browser sends "Origin: null",
     * which the public forms' Origin check refuses. */
    if (!lacak_diterima(c, &number, &code, &response)) {
        return response;
    }
    if (sialip_kode_di_url(c)) {
        if (!cari_dengan_kode(c, "permohonan_versi", number, code, &response)) {
            return response;
        }
        return sialip_kode_tukar(c, number, sl_trackcode_printed(p, code));
    }
    /* Kept under the code as well as the number: a page comes from memory
     * only for the code it was rendered for. */
    if (sl_pagecache_shared_recent(c, apr_pstrcat(p, c->r->uri, " ", code, NULL),
                                   today, sialip_config_of(c->r)->status_recheck)) {
        sialip_lacak_berhasil(c);
        return OK;
    }
    /* A page with no check on record is most likely not kept (a first
     * view, the cache off): the row and its versions in one statement.
     * Otherwise its stamp alone first (no text columns), the row only if
     * the kept page is not current. */
    first = !sl_pagecache_shared_noted(c);
    if (!(rows = cari_dengan_kode(c, first ? "permohonan_cari_versi" : "permohonan_versi",
                                  number, code, &response))) {
        return response;
    }
    /* The page changes with the request (its versi), the calendar, the
     * names and exemptions a notice quotes, and the day (the days left). */
    v = first ? BARIS_KOLOM : 0;
    holidays = sl_rows_get(rows, 0, v + 1);
    stamp = apr_psprintf(p, "%s %s %s %ld", sl_rows_get_or(rows, 0, v, "-"),
                         holidays ? holidays : "-",
                         sl_rows_get_or(rows, 0, v + 2, "-"), (long)today);
    if (sl_pagecache_shared_serve(c, stamp, apr_time_from_sec(
            (apr_time_t)(today + 1) * 86400 - SL_WIB_OFFSET_SECONDS))) {
        return OK;
    }
    /* The code matched a moment ago: no second count against it. */
    if ((!first && sl_db_select(c->db, "permohonan_cari", &got, SL_ARGS(number, code)) != 0)
        || !(cal = sl_holidays_at(c, holidays,
                                  sialip_config_of(c->r)->cutoff_minutes))) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                             SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                             SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
    }
    full = first ? rows : got;
    if (full->nrows != 1) {
        return sialip_lacak_gagal(c);
    }
    return status_page(c, baris_of(p, full), code, cal, HTTP_OK, NULL);
}

int sialip_permohonan_tampil_galat(sl_ctx *c, const sialip_permohonan_baris *req,
                                   const apr_array_header_t *errors, int status)
{
    const char *number = req->nomor;
    const char *code = sl_trackcode_normalize(c->r->pool, sialip_kode(c, number));
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);

    if (!cal || !code) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                             SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                             SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
    }
    return status_page(c, req, code, cal, status, errors);
}

/* The tracking form again with what was typed and why it was refused:
 * a message beside the field it concerns (galat untuk="nomor"/"kode"), or
 * for both when the pair does not match. */
static int lacak_ulang(sl_ctx *c, const char *number, const char *typed,
                       const char *untuk, const char *message, int status)
{
    sl_page *page = sl_ctx_page(c, "lacak", SIALIP_MSG_LACAK_PERMOHONAN, "lacak");

    sl_xml_text(page->resource, "nomor", number);
    sl_xml_text(page->resource, "kode", typed);
    sl_xml_attr(sl_xml_text(page->resource, "galat", message), "untuk", untuk);
    return sl_page_send(page, status);
}

/* The tracking form posts the number and the code (never in a URL); a
 * GET with both (an old bookmark) is taken the same way.  A match gets
 * the code's cookie and a 303 to the request's page without the code. */
int sialip_permohonan_lacak(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    int post = c->r->method_number == M_POST;
    const char *number = post ? sl_field(c, "nomor") : sl_query(c, "nomor");
    const char *typed = post ? sl_field(c, "kode") : sialip_kode(c, NULL);
    const char *code;
    sl_page *page;
    sl_rows *rows;

    if (!post && (!c->r->args || !*c->r->args)) {
        page = sl_ctx_page(c, "lacak", SIALIP_MSG_LACAK_PERMOHONAN, "lacak");
        return sl_page_send(page, HTTP_OK);
    }
    if (!*number) {
        return lacak_ulang(c, number, typed, "nomor", *typed
                           ? SIALIP_MSG_LACAK_ISI_NOMOR
                           : SIALIP_MSG_LACAK_ISI_NOMOR_DAN_KODE,
                           HTTP_UNPROCESSABLE_ENTITY);
    }
    if (!valid_number(number)) {
        return lacak_ulang(c, number, typed, "nomor",
                           SIALIP_MSG_LACAK_FORMAT_NOMOR,
                           HTTP_UNPROCESSABLE_ENTITY);
    }
    code = sl_trackcode_normalize(p, typed);
    if (!code) {
        return lacak_ulang(c, number, typed, "kode", *typed
                           ? SIALIP_MSG_LACAK_FORMAT_KODE
                           : SIALIP_MSG_LACAK_ISI_KODE,
                           HTTP_UNPROCESSABLE_ENTITY);
    }
    /* A pair that does not match comes back to this form with both kept
     * (counted like any lookup), not to a dead-end page. */
    if (sialip_lacak_mulai(c)) {
        return OK;
    }
    if (sl_db_select(c->db, "permohonan_cari", &rows, SL_ARGS(number, code)) != 0) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                             SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                             SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
    }
    if (rows->nrows != 1) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00080) "tracking lookup for %s did "
                      "not match (status %d)", number, HTTP_NOT_FOUND);
        return lacak_ulang(c, number, typed, "keduanya",
                           SIALIP_MSG_LACAK_TIDAK_COCOK, HTTP_NOT_FOUND);
    }
    sialip_lacak_berhasil(c);
    c->r->uri = apr_pstrcat(p, c->mount, "/permohonan/", number, NULL);
    return sialip_kode_tukar(c, number, sl_trackcode_printed(p, code));
}
