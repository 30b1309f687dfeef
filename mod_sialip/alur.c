/* Shared pieces of the request workflow. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_module.h"
#include "alur.h"
#include "tenggat.h"
#include "sialip.h"
#include "sialip_messages.h"

/* Scope in SQL: all requests for PPID Utama and the Atasan, otherwise only
 * those with a live disposition to the officer's OPD. */
#define ALUR_PILIH \
    "SELECT " ALUR_KOLOM " FROM permohonan p WHERE p.nomor = %s AND (%s = '1' OR " \
    "EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = p.id " \
    "AND d.opd_id = %s AND d.status <> 'dialihkan'))"

const sl_stmt_def sialip_alur_stmts[] = {
    {"alur_muat", ALUR_PILIH},
    {"alur_muat_kunci", ALUR_PILIH " FOR UPDATE"},
    {NULL, NULL}
};

const sl_rows *alur_muat(sl_ctx *c, const char *nomor, int *failed)
{
    sl_rows *rows;

    *failed = 0;
    if (!nomor || sl_db_select(c->db, c->db->in_transaction ? "alur_muat_kunci"
                                                             : "alur_muat",
                               &rows, SL_ARGS(nomor,
                                              sl_scope_all(c, ALUR_SEMUA_OPD),
                                              sl_scope_opd(c))) != 0) {
        *failed = nomor != NULL;
        return NULL;
    }
    return rows->nrows == 1 ? rows : NULL;
}

int alur_tidak_ditemukan(sl_ctx *c)
{
    return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_PERMOHONAN_TIDAK_DITEMUKAN,
                         SIALIP_MSG_PERMOHONAN_TIDAK_ADA_BUKAN);
}

int alur_gangguan(sl_ctx *c)
{
    return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                         SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                         SIALIP_MSG_PERUBAHAN_BELUM_TERSIMPAN_COBA);
}

int alur_ditolak(sl_ctx *c, const char *pesan)
{
    /* A refused step posted from a request's page comes back as that page,
     * the message beside the step's form and the input kept (kotak.c). */
    if (c->r->method_number == M_POST && c->session) {
        int rv = sialip_kotak_ditolak(c, pesan);
        if (rv >= 0) {
            return rv;
        }
    }
    return sl_error_page(c, HTTP_CONFLICT, SIALIP_MSG_TINDAKAN_TIDAK_DAPAT_DILAKUKAN, pesan);
}

int alur_simpan_lalu_tampil(sl_ctx *c, const char *nomor, const char *anchor)
{
    if (sl_db_commit(c->db) != 0) {
        return alur_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/admin/permohonan/",
                                      nomor, anchor, NULL));
}

int alur_terbuka(const sl_rows *p)
{
    /* menunggu_informasi, menunggu_penyerahan: the notice is out, only the
     * delivery is left. */
    const char *status = sl_rows_get(p, 0, ALUR_STATUS);
    return status && (strcmp(status, "diterima") == 0
                      || strcmp(status, "didisposisi") == 0);
}

sl_day alur_hitung_xml(sl_ctx *c, xmlNodePtr parent, const char *name,
                       const sl_calendar *cal, sl_day from, int n)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *skipped = apr_array_make(p, 16, sizeof(sl_skipped_day));
    xmlNodePtr node = sl_xml_node(parent, name);
    xmlNodePtr list;
    sl_day due = sl_calendar_add_working_days(cal, from, n, skipped);
    int i;

    sl_xml_attr(node, "hari_kerja", apr_itoa(p, n));
    /* Counted into a year whose holidays are not loaded yet: provisional
     * until an admin loads them (the count then follows the new rows). */
    if ((i = sl_calendar_unloaded_year(cal, from, due)) != 0) {
        sl_xml_attr(node, "sementara", apr_itoa(p, i));
    }
    sl_xml_text(node, "jatuh_tempo", sl_day_iso(p, due));
    sl_xml_text(node, "jatuh_tempo_teks", sl_day_long_id(p, due));
    list = sl_xml_node(node, "dilewati");
    for (i = 0; i < skipped->nelts; i++) {
        sl_skipped_day *sd = &APR_ARRAY_IDX(skipped, i, sl_skipped_day);
        xmlNodePtr day = sl_xml_text(list, "hari", sd->reason);
        sl_xml_attr(day, "tanggal", sl_day_iso(p, sd->day));
        sl_xml_attr(day, "teks", sl_day_long_id(p, sd->day));
    }
    return due;
}

void alur_tenggat_xml(sl_ctx *c, xmlNodePtr parent, const sl_calendar *cal,
                      const char *received_utc, const char *stored_day0,
                      const char *extension_reason)
{
    alur_tenggat_jeda_xml(c, parent, cal, received_utc, stored_day0, extension_reason, 0);
}

void alur_tenggat_jeda_xml(sl_ctx *c, xmlNodePtr parent, const sl_calendar *cal,
                           const char *received_utc, const char *stored_day0,
                           const char *extension_reason, int hari_jeda)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr node = sl_xml_node(parent, "tenggat");
    sl_day0_reason reason = SL_DAY0_SAME_DAY;
    int64_t received;
    sl_day day0, due;

    /* Day 0 on today's calendar: a holiday added on the day of receipt
     * moves it too. */
    if (sl_utc_parse(received_utc, &received) == 0) {
        day0 = sl_calendar_day_zero(cal, received, &reason);
    }
    else if (!stored_day0 || sl_day_parse_iso(stored_day0, &day0) != 0) {
        return;
    }
    sl_xml_attr(node, "alasan_hari_nol",
                reason == SL_DAY0_NON_WORKING ? "hari_libur"
                : reason == SL_DAY0_AFTER_CUTOFF ? "lewat_jam_layanan" : "sama");
    sl_xml_text(node, "hari_nol", sl_day_iso(p, day0));
    sl_xml_text(node, "hari_nol_teks", sl_day_long_id(p, day0));
    /* Working days a clarification stopped the clock (percakapan.c) come
     * after the ten: the notice is due that many working days later. */
    due = alur_hitung_xml(c, node, "pemberitahuan", cal, day0,
                          SIALIP_HARI_PEMBERITAHUAN + (hari_jeda > 0 ? hari_jeda : 0));
    if (hari_jeda > 0) {
        sl_xml_attr(node->last, "hari_jeda", apr_itoa(p, hari_jeda));
    }
    if (extension_reason) {
        xmlNodePtr ext;
        alur_hitung_xml(c, node, "perpanjangan", cal, due,
                        SIALIP_HARI_PERPANJANGAN);
        ext = node->last;
        sl_xml_text(ext, "alasan", extension_reason);
    }
}
