/* An Atom feed (RFC 4287) of newly published Daftar Informasi Publik
 * entries at /dip.atom, newest first by publication time: only entries
 * with status 'terbit', so drafts, submissions and withdrawn entries never
 * appear.  Written with the streaming writer (sl_xmlwriter). */
#include <httpd.h>
#include <string.h>
#include <http_core.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "escape.h"
#include "sl_xmlwriter.h"
#include "sl_module.h"
#include "sialip.h"
#include "sialip_messages.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"
#define ATOM_ENTRI 50

const sl_stmt_def sialip_dip_atom_stmts[] = {
    {"atom_dip",
     "SELECT d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.opd_id, d.tahun, "
     "d.tautan, d.berkas_id, b.mime, d.dimutakhirkan_pada, d.diterbitkan_pada "
     "FROM dip d JOIN opd o ON o.id = d.opd_id LEFT JOIN berkas b ON b.id = d.berkas_id "
     "WHERE d.status = 'terbit' AND d.diterbitkan_pada IS NOT NULL "
     "ORDER BY d.diterbitkan_pada DESC, d.id DESC LIMIT %s"},
    {NULL, NULL}
};

enum {
    A_ID, A_NOMOR, A_KATEGORI, A_RINGKASAN, A_OPD, A_OPD_ID, A_TAHUN, A_TAUTAN,
    A_BERKAS, A_MIME, A_MUTAKHIR, A_TERBIT
};

static const char *label_kategori(const char *k)
{
    if (!k) {
        return "";
    }
    if (strcmp(k, "berkala") == 0) {
        return SIALIP_MSG_INFORMASI_BERKALA;
    }
    if (strcmp(k, "serta_merta") == 0) {
        return SIALIP_MSG_INFORMASI_SERTA_MERTA;
    }
    if (strcmp(k, "setiap_saat") == 0) {
        return SIALIP_MSG_INFORMASI_TERSEDIA_SETIAP_SAAT;
    }
    return k;
}

/* A stored UTC time as RFC 3339 ("2026-03-13T03:00:00Z"); NULL when
 * malformed. */
static const char *rfc3339(apr_pool_t *p, const char *utc)
{
    int64_t secs;
    apr_time_exp_t t;
    if (!utc || sl_utc_parse(utc, &secs) != 0) {
        return NULL;
    }
    apr_time_exp_gmt(&t, apr_time_from_sec(secs));
    return apr_psprintf(p, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.tm_year + 1900,
                        t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
}

/* The later of two stored UTC times ("YYYY-MM-DD HH:MM:SS" sorts as text). */
static const char *later(const char *a, const char *b)
{
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    return strcmp(a, b) >= 0 ? a : b;
}

static void element(xmlTextWriterPtr w, const char *name, const char *text)
{
    xmlTextWriterWriteElement(w, BAD_CAST name, BAD_CAST (text ? text : ""));
}

static void link_to(xmlTextWriterPtr w, const char *rel, const char *type,
                    const char *href)
{
    xmlTextWriterStartElement(w, BAD_CAST "link");
    xmlTextWriterWriteAttribute(w, BAD_CAST "rel", BAD_CAST rel);
    if (type) {
        xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST type);
    }
    xmlTextWriterWriteAttribute(w, BAD_CAST "href", BAD_CAST href);
    xmlTextWriterEndElement(w);
}

static void entry(sl_ctx *c, xmlTextWriterPtr w, const sl_rows *rows, int i)
{
    apr_pool_t *p = c->r->pool;
    const char *const *v = (const char *const *)rows->rows[i];
    const char *ringkasan = v[A_RINGKASAN] ? v[A_RINGKASAN] : "";
    const char *title = sl_utf8_prefix(p, ringkasan, 120);

    if (strlen(title) < strlen(ringkasan)) {
        title = apr_pstrcat(p, title, "…", NULL);
    }
    xmlTextWriterStartElement(w, BAD_CAST "entry");
    element(w, "id", apr_pstrcat(p, "urn:serangkab:ppid:dip:", v[A_ID], NULL));
    element(w, "title", apr_pstrcat(p, v[A_NOMOR], ": ", title, NULL));
    element(w, "published", rfc3339(p, v[A_TERBIT]));
    element(w, "updated", rfc3339(p, later(v[A_MUTAKHIR], v[A_TERBIT])));
    xmlTextWriterStartElement(w, BAD_CAST "author");
    element(w, "name", v[A_OPD]);
    xmlTextWriterEndElement(w);
    xmlTextWriterStartElement(w, BAD_CAST "category");
    xmlTextWriterWriteAttribute(w, BAD_CAST "term", BAD_CAST (v[A_KATEGORI] ? v[A_KATEGORI] : ""));
    xmlTextWriterWriteAttribute(w, BAD_CAST "label", BAD_CAST label_kategori(v[A_KATEGORI]));
    xmlTextWriterEndElement(w);
    /* The public list narrowed to the entry's OPD and year. */
    link_to(w, "alternate", "text/html",
            sialip_absolute_url(c, apr_psprintf(p, "%s/dip?opd=%s&tahun=%s", c->mount,
                                             v[A_OPD_ID], v[A_TAHUN])));
    if (v[A_BERKAS]) {
        link_to(w, "enclosure", v[A_MIME],
                sialip_absolute_url(c, apr_pstrcat(p, c->mount, "/dip/", v[A_ID],
                                                "/berkas", NULL)));
    }
    if (v[A_TAUTAN]) {
        link_to(w, "related", NULL, v[A_TAUTAN]);
    }
    xmlTextWriterStartElement(w, BAD_CAST "summary");
    xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST "text");
    xmlTextWriterWriteString(w, BAD_CAST apr_pstrcat(p, ringkasan, " (",
                                                     label_kategori(v[A_KATEGORI]), ", ",
                                                     v[A_OPD] ? v[A_OPD] : "", ", tahun ",
                                                     v[A_TAHUN] ? v[A_TAHUN] : "", ")",
                                                     NULL));
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
}

int sialip_dip_atom(sl_ctx *c)
{
    request_rec *r = c->r;
    apr_pool_t *p = r->pool;
    const char *updated = NULL;
    sl_xmlwriter *x;
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "atom_dip", &rows, SL_ARGS(apr_itoa(p, ATOM_ENTRI))) != 0) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE, SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                             SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
    }
    for (i = 0; i < rows->nrows; i++) {
        updated = later(updated, later(sl_rows_get(rows, i, A_MUTAKHIR),
                                       sl_rows_get(rows, i, A_TERBIT)));
    }
    ap_set_content_type(r, "application/atom+xml; charset=utf-8");
    if (r->header_only) {
        return OK;
    }
    if (!(x = sl_xmlwriter_new(r))) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    xmlTextWriterStartElementNS(x->w, NULL, BAD_CAST "feed", BAD_CAST ATOM_NS);
    xmlTextWriterWriteAttribute(x->w, BAD_CAST "xml:lang", BAD_CAST "id");
    element(x->w, "id", "urn:serangkab:ppid:dip");
    element(x->w, "title", SIALIP_MSG_ATOM_JUDUL_DIP);
    element(x->w, "subtitle", SIALIP_MSG_ATOM_SUBJUDUL_DIP);
    element(x->w, "updated", updated ? rfc3339(p, updated)
                                     : rfc3339(p, sl_utc_format(p, apr_time_sec(apr_time_now()))));
    xmlTextWriterStartElement(x->w, BAD_CAST "author");
    element(x->w, "name", SIALIP_MSG_ATOM_PENULIS);
    xmlTextWriterEndElement(x->w);
    link_to(x->w, "self", "application/atom+xml",
            sialip_absolute_url(c, apr_pstrcat(p, c->mount, "/dip.atom", NULL)));
    link_to(x->w, "alternate", "text/html",
            sialip_absolute_url(c, apr_pstrcat(p, c->mount, "/dip", NULL)));
    for (i = 0; i < rows->nrows; i++) {
        entry(c, x->w, rows, i);
    }
    sl_xmlwriter_finish(x);
    return OK;
}
