/* After the written notice: the fee's payment and the delivery of the
 * information (UU 14/2008 Pasal 22(7) f-g, the Perki 1/2021 notice form).
 * The notice states the way of payment and the date by which the
 * information will be provided; the desk records when the fee was paid
 * and when the information was really handed over.  A notice that hands
 * information over keeps the request from "selesai" until that delivery:
 * menunggu_penyerahan (given in full or in part) or menunggu_informasi
 * ("belum dikuasai");
 * once the promised date passes undelivered, the delivery is late
 * (objection ground g).  The register's delivery date is this one. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "pemberitahuan_rules.h"
#include "alur.h"
#include "profil.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_serah_stmts[] = {
    {"serah_muat",
     "SELECT n.id, n.keputusan, n.biaya, n.dibayar_pada, n.waktu_penyediaan, "
     "n.diserahkan_pada, n.diterbitkan_pada, n.nomor FROM pemberitahuan n "
     "WHERE n.permohonan_id = %s FOR UPDATE"},
    {"serah_simpan",
     "UPDATE pemberitahuan SET diserahkan_pada = %s WHERE id = %s "
     "AND diserahkan_pada IS NULL"},
    {"serah_selesai",
     "UPDATE permohonan SET status = 'selesai', selesai_pada = %s "
     "WHERE id = %s AND status IN ('menunggu_informasi', 'menunggu_penyerahan')"},
    {"serah_bayar",
     "UPDATE pemberitahuan SET dibayar_pada = UTC_TIMESTAMP() WHERE id = %s "
     "AND dibayar_pada IS NULL AND biaya > 0"},
    {NULL, NULL}
};

enum { S_ID, S_KEPUTUSAN, S_BIAYA, S_DIBAYAR, S_PENYEDIAAN, S_DISERAHKAN,
       S_DITERBITKAN, S_NOMOR };

static int hands_over(const char *keputusan)
{
    return sl_pemberitahuan_memberi(keputusan) || sl_pemberitahuan_menunggu(keputusan);
}

void sialip_pemberitahuan_lanjut_xml(sl_ctx *c, xmlNodePtr notice,
                                     const char *keputusan, const char *biaya,
                                     const char *cara_pembayaran,
                                     const char *dibayar_utc,
                                     const char *penyediaan,
                                     const char *diserahkan_utc)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr pay = sl_xml_node(notice, "pembayaran");
    sl_day promised;

    if (!biaya || atol(biaya) <= 0) {
        sl_xml_attr(pay, "status", "tanpa_biaya");
        sl_xml_text(pay, "keterangan", SIALIP_MSG_TANPA_BIAYA);
    }
    else {
        sl_xml_attr(pay, "status", dibayar_utc ? "lunas" : "belum");
        sl_xml_attr(pay, "cara", cara_pembayaran);
        sl_xml_text(pay, "cara_teks", sl_choice_label(sl_cara_pembayaran_choices,
                                                      cara_pembayaran));
        sl_xml_text(pay, "keterangan",
                    dibayar_utc ? apr_psprintf(p, SIALIP_MSG_SUDAH_DIBAYAR,
                                               sl_wib_text(p, dibayar_utc))
                                : SIALIP_MSG_BELUM_DIBAYAR);
    }
    if (!hands_over(keputusan) || !penyediaan
        || sl_day_parse_iso(penyediaan, &promised) != 0) {
        return;
    }
    {
        xmlNodePtr when = sl_xml_text(notice, "waktu_penyediaan",
                                      sl_day_long_id(p, promised));
        xmlNodePtr given;
        sl_xml_attr(when, "tanggal", penyediaan);
        if (diserahkan_utc) {
            sl_day real;
            given = sl_xml_text(notice, "diserahkan", sl_wib_text(p, diserahkan_utc));
            if (sl_wib_day(diserahkan_utc, &real) == 0) {
                sl_xml_attr(given, "tanggal", sl_day_iso(p, real));
                if (real > promised) {
                    sl_xml_attr(given, "terlambat", "1");
                }
            }
        }
        else if (sl_hari_wib(apr_time_sec(apr_time_now())) > promised) {
            /* Past the promised date and still not handed over: late. */
            sl_xml_attr(when, "terlambat", "1");
        }
    }
}

/* The request (in the officer's scope) and its notice, locked; or the
 * response already sent and NULL. */
static const sl_rows *load(sl_ctx *c, const sl_rows **req, int *response)
{
    int failed;
    sl_rows *n;

    if (sl_db_begin(c->db) != 0) {
        *response = alur_gangguan(c);
        return NULL;
    }
    *req = alur_muat(c, apr_table_get(c->params, "nomor"), &failed);
    if (failed || (*req && sl_db_select(c->db, "serah_muat", &n,
                                        SL_ARGS(sl_rows_get(*req, 0, ALUR_ID))) != 0)) {
        sl_db_rollback(c->db);
        *response = alur_gangguan(c);
        return NULL;
    }
    if (!*req) {
        sl_db_rollback(c->db);
        *response = alur_tidak_ditemukan(c);
        return NULL;
    }
    if (n->nrows != 1) {
        sl_db_rollback(c->db);
        *response = alur_ditolak(c, SIALIP_MSG_PEMBERITAHUAN_TERTULIS_PERMOHONAN_BELUM);
        return NULL;
    }
    return n;
}

/* The delivery form, with the message beside the field and the input kept. */
static int show_form(sl_ctx *c, const sl_rows *req, const sl_rows *n, int status,
                     const char *error)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "pemberitahuan-serah",
                                apr_psprintf(p, SIALIP_MSG_PENYERAHAN_INFORMASI,
                                             sl_rows_get(req, 0, ALUR_NOMOR)),
                                "penyerahan");
    const char *value = c->form ? sl_field(c, "diserahkan") : NULL;

    if (!value) {
        apr_time_exp_t t;
        apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
        value = apr_psprintf(p, "%04d-%02d-%02d %02d:%02d", t.tm_year + 1900,
                             t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min);
    }
    sl_xml_attr(page->resource, "nomor", sl_rows_get(req, 0, ALUR_NOMOR));
    sl_xml_attr(page->resource, "pemberitahuan", sl_rows_get(n, 0, S_NOMOR));
    sialip_kebutuhan_xml(c, page->resource, sl_rows_get(req, 0, ALUR_ID));
    sl_xml_text(page->resource, "keputusan",
                sl_choice_label(sl_keputusan_choices, sl_rows_get(n, 0, S_KEPUTUSAN)));
    sl_xml_text(page->resource, "diterbitkan",
                sl_wib_text(p, sl_rows_get(n, 0, S_DITERBITKAN)));
    sl_xml_attr(sl_xml_text(sl_xml_node(page->resource, "isian"), "nilai", value),
                "nama", "diserahkan");
    if (error) {
        sl_xml_attr(sl_xml_text(page->resource, "galat", error), "untuk", "diserahkan");
    }
    return sl_page_send(page, status);
}

/* Why this notice's information cannot be recorded as delivered, or NULL. */
static const char *why_not(const sl_rows *n)
{
    if (!hands_over(sl_rows_get(n, 0, S_KEPUTUSAN))) {
        return SIALIP_MSG_PEMBERITAHUAN_TIDAK_MENYERAHKAN_INFORMASI;
    }
    if (sl_rows_get(n, 0, S_DISERAHKAN)) {
        return SIALIP_MSG_PENYERAHAN_INFORMASI_PEMBERITAHUAN_DICATAT;
    }
    return NULL;
}

int sialip_serah_form(sl_ctx *c)
{
    const sl_rows *req, *n;
    int response;

    if (!(n = load(c, &req, &response))) {
        return response;
    }
    sl_db_rollback(c->db);
    if (why_not(n)) {
        return alur_ditolak(c, why_not(n));
    }
    return show_form(c, req, n, HTTP_OK, NULL);
}

int sialip_serah_record(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const sl_rows *req, *n;
    const char *error = NULL, *at;
    int64_t when, issued;
    int response, changed = 0;

    if (!(n = load(c, &req, &response))) {
        return response;
    }
    if (why_not(n)) {
        sl_db_rollback(c->db);
        return show_form(c, req, n, HTTP_CONFLICT, why_not(n));
    }
    if (sl_wib_waktu_parse(sl_field(c, "diserahkan"), &when) != 0) {
        error = SIALIP_MSG_ISI_WAKTU_PENYERAHAN_FORMAT;
    }
    else if (when > apr_time_sec(apr_time_now())) {
        error = SIALIP_MSG_WAKTU_PENYERAHAN_TIDAK_BOLEH;
    }
    else if (sl_utc_parse(sl_rows_get(n, 0, S_DITERBITKAN), &issued) == 0
             && when < issued - 59) {
        error = SIALIP_MSG_WAKTU_PENYERAHAN_TIDAK_BOLEH_SEBELUM;
    }
    if (error) {
        sl_db_rollback(c->db);
        return show_form(c, req, n, HTTP_UNPROCESSABLE_ENTITY, error);
    }
    at = sl_utc_format(p, when);
    sl_db_exec(c->db, "serah_simpan", &changed, SL_ARGS(at, sl_rows_get(n, 0, S_ID)));
    sl_db_exec(c->db, "serah_selesai", NULL, SL_ARGS(at, sl_rows_get(req, 0, ALUR_ID)));
    sl_audit(c, &(sl_audit_entry){"serahkan", "permohonan",
                                  sl_rows_get(req, 0, ALUR_NOMOR), NULL,
                                  apr_psprintf(p, SIALIP_MSG_INFORMASI_DISERAHKAN_KEPADA_PEMOHON,
                                               sl_wib_text(p, at)), 1});
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    return alur_simpan_lalu_tampil(c, sl_rows_get(req, 0, ALUR_NOMOR), "#pemberitahuan");
}

int sialip_serah_paid(sl_ctx *c)
{
    const sl_rows *req, *n;
    int response, changed = 0;

    if (!(n = load(c, &req, &response))) {
        return response;
    }
    if (atol(sl_rows_get_or(n, 0, S_BIAYA, "0")) <= 0 || sl_rows_get(n, 0, S_DIBAYAR)) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, sl_rows_get(n, 0, S_DIBAYAR)
                               ? SIALIP_MSG_PEMBAYARAN_DICATAT
                               : SIALIP_MSG_PEMBERITAHUAN_TANPA_BIAYA);
    }
    sl_db_exec(c->db, "serah_bayar", &changed, SL_ARGS(sl_rows_get(n, 0, S_ID)));
    sl_audit(c, &(sl_audit_entry){"bayar", "permohonan", sl_rows_get(req, 0, ALUR_NOMOR),
                                  NULL, apr_psprintf(c->r->pool, SIALIP_MSG_BIAYA_DIBAYAR,
                                                     sl_rupiah(c->r->pool,
                                                               atol(sl_rows_get(n, 0, S_BIAYA)))),
                                  1});
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    return alur_simpan_lalu_tampil(c, sl_rows_get(req, 0, ALUR_NOMOR), "#pemberitahuan");
}
