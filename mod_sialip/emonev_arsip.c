/* The e-Monev evidence pack as one ZIP (/admin/emonev/{tahun}.zip, PPID
 * Utama and Atasan PPID): the page itself as indeks.html and indeks.xml
 * (each indicator, its evidence with the public URL, what is missing, and
 * the archive's file of each document), and every document the page
 * lists, in one folder per indicator.
 *
 * Each document is the answer the public gets at its URL: the public
 * route's handler runs inside this request with its output captured
 * (sl_capture), without the officer's session, so nothing in the archive
 * is more than anyone can download, and no applicant's personal data is
 * in it.  Pages of mod_inovasi are linked from the index, not copied. */
#include <string.h>
#include <httpd.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "calendar.h"
#include "zip.h"
#include "sl_csvxml.h"
#include "alur.h"
#include "dip_lengkap.h"
#include "emonev.h"
#include "katalog.h"
#include "kepatuhan.h"
#include "sialip.h"
#include "sl_logno.h"

static apr_status_t free_doc(void *data)
{
    xmlFreeDoc(data);
    return APR_SUCCESS;
}

/* Adds the document of every <berkas> under node to the archive. */
static int documents(sl_ctx *c, sl_zip *z, xmlNodePtr node, const char *folder,
                     const char *dasar, apr_time_t now)
{
    apr_size_t n = strlen(dasar);
    xmlNodePtr e;

    for (e = node->children; e; e = e->next) {
        xmlChar *nama, *url;
        sl_captured cap;
        int rv = 0;

        if (e->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (!xmlStrEqual(e->name, BAD_CAST "berkas")) {
            if (documents(c, z, e, folder, dasar, now) != 0) {
                return -1;
            }
            continue;
        }
        nama = xmlGetProp(e, BAD_CAST "nama");
        url = xmlGetProp(e, BAD_CAST "url");
        if (!nama || !url || strncmp((const char *)url, dasar, n) != 0
            || sl_capture_get(c, sialip_routes, (const char *)url + n, &cap) != 0
            || sl_zip_add(z, apr_pstrcat(c->r->pool, folder, "/", (const char *)nama, NULL),
                          cap.body, cap.len, now, SL_WIB_OFFSET_SECONDS) != 0) {
            ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, c->r, SL_LOGNO(00064) "emonev archive: document %s "
                          "(%s) could not be added", nama ? (const char *)nama : "?",
                          url ? (const char *)url : "?");
            rv = -1;
        }
        xmlFree(nama);
        xmlFree(url);
        if (rv != 0) {
            return -1;
        }
    }
    return 0;
}

int sialip_emonev_arsip(sl_ctx *c)
{
    request_rec *r = c->r;
    apr_pool_t *p = r->pool;
    const char *tahun = apr_table_get(c->params, "tahun");
    const char *folder, *zip, *dasar = apr_pstrcat(p, sialip_katalog_asal(r), c->mount, NULL);
    apr_table_t *params = apr_table_make(p, 1);
    apr_time_t now = apr_time_now();
    sl_captured xml, html;
    apr_size_t len;
    xmlDocPtr doc;
    sl_zip *z;

    if (!tahun || strlen(tahun) != 4 || strspn(tahun, "0123456789") != 4
        || atoi(tahun) < 2000 || atoi(tahun) > 2100) {
        return alur_tidak_ditemukan(c);
    }
    folder = apr_pstrcat(p, "bukti-emonev-", tahun, NULL);
    apr_table_set(params, "tahun", tahun);
    /* The index: the page as the archive's reader sees it, without the
     * officer's menu. */
    if (sl_capture(c, sialip_emonev, apr_pstrcat(p, "/admin/emonev/", tahun, ".xml", NULL),
                   params, NULL, &xml) != 0
        || sl_capture(c, sialip_emonev, apr_pstrcat(p, "/admin/emonev/", tahun, NULL),
                      params, NULL, &html) != 0) {
        return alur_gangguan(c);
    }
    if (!(doc = xmlReadMemory(xml.body, (int)xml.len, NULL, "UTF-8", XML_PARSE_NONET))) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00065) "emonev archive: the index does not "
                      "parse (status %d)", HTTP_SERVICE_UNAVAILABLE);
        return alur_gangguan(c);
    }
    apr_pool_cleanup_register(p, doc, free_doc, apr_pool_cleanup_null);
    z = sl_zip_new(p);
    if (sl_zip_add(z, apr_pstrcat(p, folder, "/indeks.xml", NULL), xml.body, xml.len, now,
                   SL_WIB_OFFSET_SECONDS) != 0
        || sl_zip_add(z, apr_pstrcat(p, folder, "/indeks.html", NULL), html.body, html.len,
                      now, SL_WIB_OFFSET_SECONDS) != 0
        || documents(c, z, xmlDocGetRootElement(doc), folder, dasar, now) != 0
        || sl_zip_finish(z, &zip, &len) != 0) {
        return alur_gangguan(c);
    }
    ap_set_content_type(r, "application/zip");
    apr_table_setn(r->headers_out, "Content-Disposition",
                   apr_pstrcat(p, "attachment; filename=\"", folder, ".zip\"", NULL));
    apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    ap_set_content_length(r, len);
    if (!r->header_only) {
        ap_rwrite(zip, (int)len, r);
    }
    return OK;
}
