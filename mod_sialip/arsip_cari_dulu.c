/* "Cari dulu": before a citizen asks, the published DIP entries and the
 * archived answers (arsip.c) that match what they mean to ask.  Without
 * JavaScript it is a page of its own, /cari-dulu?q=..., reached from the
 * request form's first step, which leads on to the form with the words
 * kept; with JavaScript, aset/cari-dulu.js (a static file the page's CSP
 * allows) asks /cari-dulu.xml while the citizen types the request.  Any of
 * the words counts for the DIP (the sentence's filler words left out),
 * best match first; the archive is searched by the two rarest of the words
 * it holds (arsip.c), newest first; no count, at most five of each. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <http_log.h>
#include <apr_strings.h>
#include <apr_file_io.h>
#include "escape.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "arsip_rules.h"
#include "pemberitahuan_rules.h"
#include "arsip.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

#define SARAN_MAKS "5"
#define SARAN_SKRIP_MAKS (64 * 1024)

const sl_stmt_def sialip_cari_dulu_stmts[] = {
    {"cd_dip",
     "SELECT d.id, d.nomor, LEFT(d.ringkasan, 200), o.nama, "
     "MATCH (d.ringkasan, d.pejabat_penguasa, d.penanggung_jawab) AGAINST (%s IN BOOLEAN MODE) AS skor FROM dip d "
     "JOIN opd o ON o.id = d.opd_id WHERE d.status = 'terbit' "
     "AND MATCH (d.ringkasan, d.pejabat_penguasa, d.penanggung_jawab) AGAINST (%s IN BOOLEAN MODE) "
     "ORDER BY skor DESC, d.id DESC LIMIT " SARAN_MAKS},
    {NULL, NULL}
};

/* <cari_dulu q=..> with <dip> and <arsip> suggestions; -1 when the
 * database failed. */
static int saran_xml(sl_ctx *c, xmlNodePtr parent, const char *q)
{
    apr_pool_t *p = c->r->pool;
    const char *kueri = arsip_kueri_saran(p, q);
    xmlNodePtr cd = sl_xml_node(parent, "cari_dulu");
    const char *kata[ARSIP_KATA_CARI];
    sl_rows *dip, *arsip = NULL;
    int i, n;

    sl_xml_attr(cd, "q", q);
    if (!*kueri) {
        sl_xml_attr(cd, "kosong", "1");
        return 0;
    }
    n = sialip_arsip_kata_pilih(c, q, 2, 0, kata);
    if (n < 0 || sl_db_select(c->db, "cd_dip", &dip, SL_ARGS(kueri, kueri)) != 0
        || (n > 0 && sialip_arsip_cari(c, kata, SARAN_MAKS, "0", &arsip) != 0)) {
        return -1;
    }
    for (i = 0; i < dip->nrows; i++) {
        xmlNodePtr e = sl_xml_node(cd, "dip");
        sl_xml_attr(e, "href", apr_pstrcat(p, c->mount, "/dip?q=",
                                           ap_escape_urlencoded(p, sl_rows_get(dip, i, 1)), NULL));
        sl_xml_attr(e, "nomor", sl_rows_get(dip, i, 1));
        sl_xml_text(e, "ringkasan", sl_rows_get(dip, i, 2));
        sl_xml_text(e, "opd", sl_rows_get(dip, i, 3));
    }
    for (i = 0; n > 0 && i < arsip->nrows; i++) {
        xmlNodePtr e = sl_xml_node(cd, "arsip");
        sialip_arsip_baris b;
        sialip_arsip_baris_baca(arsip, i, &b);
        sl_xml_attr(e, "href", apr_pstrcat(p, c->mount, "/arsip/", b.nomor, NULL));
        sl_xml_attr(e, "nomor", b.nomor);
        sl_xml_text(e, "teks", b.teks);
        sl_xml_attr(sl_xml_text(e, "keputusan", sl_choice_label(sl_keputusan_choices,
                                                                b.keputusan)),
                    "kode", b.keputusan);
    }
    return 0;
}

int sialip_cari_dulu(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *q = sl_utf8_prefix(p, sl_query(c, "q"), 500);
    sl_page *pg = sl_ctx_page(c, "cari-dulu", SIALIP_MSG_ARSIP_CARI_DULU,
                              "saran");

    sl_xml_attr(pg->resource, "lanjut",
                apr_pstrcat(p, c->mount, "/permohonan/baru",
                            *q ? "?rincian=" : "", *q ? ap_escape_urlencoded(p, q) : "", NULL));
    if (saran_xml(c, pg->resource, q) != 0) {
        return isian_gangguan(c);
    }
    return sl_page_send(pg, HTTP_OK);
}

/* The suggestion script, from the views' asset folder (installed with the
 * stylesheet); a day of caching like the stylesheet. */
int sialip_cari_dulu_skrip(sl_ctx *c)
{
    /* The route's data names another script (cetak.js: the print button). */
    const char *path = apr_pstrcat(c->r->pool, sialip_config_of(c->r)->view_dir, "/../aset/",
                                   c->route_data ? (const char *)c->route_data
                                                 : "cari-dulu.js", NULL);
    apr_file_t *f;
    apr_finfo_t fi;
    apr_size_t n;
    char *buf;

    if (apr_file_open(&f, path, APR_FOPEN_READ, 0, c->r->pool) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS
        || fi.size > SARAN_SKRIP_MAKS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, c->r, SL_LOGNO(00063) "cari dulu: %s missing or too "
                      "large (installed with the views; status %d)", path,
                      HTTP_NOT_FOUND);
        return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_BERKAS_TIDAK_DITEMUKAN,
                             SIALIP_MSG_BERKAS_TIDAK_ADA);
    }
    n = (apr_size_t)fi.size;
    buf = apr_palloc(c->r->pool, n + 1);
    if (apr_file_read_full(f, buf, n, &n) != APR_SUCCESS) {
        apr_file_close(f);
        return sl_error_page(c, HTTP_INTERNAL_SERVER_ERROR, "Gangguan",
                             SIALIP_MSG_COBA_LAGI);
    }
    apr_file_close(f);
    ap_set_content_type(c->r, "text/javascript; charset=utf-8");
    apr_table_setn(c->r->err_headers_out, "Cache-Control", "public, max-age=86400");
    ap_rwrite(buf, (int)n, c->r);
    return OK;
}
