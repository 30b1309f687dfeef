/* The annual report (laporan tahunan layanan informasi publik, Perki
 * 1/2021 Pasal 56) and the semester summary (ringkasan akses informasi):
 * how many requests, the working days each took from day 0 to the written
 * notice (on the current calendar), granted in full or in part, refused
 * with reasons (each Pasal 17 letter, procedural), and for the year the
 * objections and disputes at the Komisi Informasi with their outcomes.
 *
 * A report covers the requests received (WIB) in its period, and the
 * objections and disputes filed against those requests, so a late-December
 * request and its January objection are reported together.
 *
 * Staff read the annual report at /admin/laporan/{tahun}; the public gets
 * the same page at /laporan/{tahun} (listed at /laporan), as XML at
 * /laporan/{tahun}.xml, and the semester summary as a page and XML at
 * /laporan/{tahun}/semester/{1|2}, in urn:serangkab:ppid:laporan:1
 * (schema/laporan.xsd).  No personal data: counts, dates and request
 * numbers only.  The figures are counted in laporan_isi.c. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "sl_xmlwriter.h"
#include "alur.h"
#include "laporan.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

#define LAP_NS "urn:serangkab:ppid:laporan:1"

const sl_stmt_def sialip_laporan_stmts[] = {
    {"lap_tahun",
     "SELECT DISTINCT tahun FROM permohonan ORDER BY tahun DESC"},
    {NULL, NULL}
};

/* Midnight WIB of day as a stored UTC time. */
static const char *wib_midnight_utc(apr_pool_t *p, sl_day day)
{
    return sl_utc_format(p, (int64_t)day * 86400 - SL_WIB_OFFSET_SECONDS);
}

/* The year in {tahun}: four digits, 2000-2100; 0 otherwise. */
static int year_param(sl_ctx *c)
{
    const char *v = apr_table_get(c->params, "tahun");
    const char *q;
    if (!v || strlen(v) != 4) {
        return 0;
    }
    for (q = v; *q; q++) {
        if (!apr_isdigit(*q)) {
            return 0;
        }
    }
    return atoi(v) >= 2000 && atoi(v) <= 2100 ? atoi(v) : 0;
}

static void set_periode(apr_pool_t *p, lap_periode *pr, int tahun, int semester)
{
    pr->tahun = tahun;
    pr->semester = semester;
    pr->bulan_dari = semester == 2 ? 7 : 1;
    pr->bulan_sampai = semester == 1 ? 6 : 12;
    pr->tahun_teks = apr_itoa(p, tahun);
    pr->dari = wib_midnight_utc(p, sl_day_from_ymd(tahun, pr->bulan_dari, 1));
    pr->sampai = wib_midnight_utc(p, pr->bulan_sampai == 12
                                     ? sl_day_from_ymd(tahun + 1, 1, 1)
                                     : sl_day_from_ymd(tahun, pr->bulan_sampai + 1, 1));
}

/* ---- responses ------------------------------------------------------------ */

/* The report as a document of its own in the report namespace: the totals
 * (a small tree), then the per-request list written row by row. */
static int kirim_xml(sl_ctx *c, const lap_periode *pr)
{
    request_rec *r = c->r;
    xmlDocPtr doc = sialip_xml_dok(r->pool);
    xmlNodePtr root;
    apr_array_header_t *daftar;
    sl_xmlwriter *x;
    int i;

    root = xmlNewDocNode(doc, NULL, BAD_CAST (pr->semester ? "ringkasan_semester"
                                                           : "laporan_tahunan"), NULL);
    xmlDocSetRootElement(doc, root);
    xmlSetNs(root, xmlNewNs(root, BAD_CAST LAP_NS, NULL));
    sl_xml_attr(root, "dibuat", sialip_waktu_sekarang(r->pool));
    if (sialip_laporan_bangun(c, root, pr, &daftar) != 0) {
        return alur_gangguan(c);
    }
    ap_set_content_type(r, "application/xml; charset=utf-8");
    if (!(x = sl_xmlwriter_new(r))) {
        return alur_gangguan(c);
    }
    if (sl_xmlwriter_open(x, root) != 0
        || xmlTextWriterStartElement(x->w, BAD_CAST "rincian_waktu") < 0) {
        sl_stream_abort(r, x);
        return OK;
    }
    for (i = 0; i < daftar->nelts; i++) {
        if (xmlTextWriterStartElement(x->w, BAD_CAST "permohonan") < 0
            || sialip_laporan_rincian_atribut(&APR_ARRAY_IDX(daftar, i, lap_rincian), sialip_laporan_atribut_penulis,
                               x->w) != 0
            || xmlTextWriterEndElement(x->w) < 0) {
            sl_stream_abort(r, x);
            return OK;
        }
    }
    sl_xmlwriter_finish(x);
    return OK;
}

/* The whole annual report of tahun as one document, per-request list
 * included, for the frozen copy (laporan_narasi.c): built once, when the
 * report is submitted, so its memory (a tree of the year's requests) is
 * spent once.  Returns 0, or -1 when the database failed. */
int sialip_laporan_tahunan_doc(sl_ctx *c, int tahun, xmlDocPtr *out)
{
    apr_pool_t *p = c->r->pool;
    xmlDocPtr doc = sialip_xml_dok(p);
    xmlNodePtr root, list;
    apr_array_header_t *daftar;
    lap_periode pr;
    int i;

    set_periode(p, &pr, tahun, 0);
    root = xmlNewDocNode(doc, NULL, BAD_CAST "laporan_tahunan", NULL);
    xmlDocSetRootElement(doc, root);
    xmlSetNs(root, xmlNewNs(root, BAD_CAST LAP_NS, NULL));
    sl_xml_attr(root, "dibuat", sialip_waktu_sekarang(p));
    if (sialip_laporan_bangun(c, root, &pr, &daftar) != 0) {
        return -1;
    }
    list = sl_xml_node(root, "rincian_waktu");
    for (i = 0; i < daftar->nelts; i++) {
        sialip_laporan_rincian_atribut(&APR_ARRAY_IDX(daftar, i, lap_rincian), sialip_laporan_atribut_pohon,
                        sl_xml_node(list, "permohonan"));
    }
    *out = doc;
    return 0;
}

static int tidak_ada(sl_ctx *c)
{
    return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_LAPORAN_TIDAK_DITEMUKAN,
                         SIALIP_MSG_LAPORAN_PERIKSA_TAHUN_SEMESTER);
}

static int semester_param(sl_ctx *c)
{
    const char *v = apr_table_get(c->params, "semester");
    return v && (strcmp(v, "1") == 0 || strcmp(v, "2") == 0) ? atoi(v) : 0;
}

int sialip_laporan_tahunan_xml(sl_ctx *c)
{
    lap_periode pr;
    int tahun = year_param(c), rv;
    if (!tahun) {
        return tidak_ada(c);
    }
    if (sialip_laporan_beku_xml(c, tahun, &rv)) {
        return rv;          /* submitted: the frozen copy */
    }
    set_periode(c->r->pool, &pr, tahun, 0);
    return kirim_xml(c, &pr);
}

int sialip_laporan_semester_xml(sl_ctx *c)
{
    lap_periode pr;
    int tahun = year_param(c), semester = semester_param(c);
    if (!tahun || !semester) {
        return tidak_ada(c);
    }
    set_periode(c->r->pool, &pr, tahun, semester);
    return kirim_xml(c, &pr);
}

static int halaman(sl_ctx *c, int semester)
{
    apr_pool_t *p = c->r->pool;
    lap_periode pr;
    sl_page *page;
    apr_array_header_t *daftar;
    xmlNodePtr terlambat;
    int i, tahun = year_param(c);

    if (!tahun || (semester && !(semester = semester_param(c)))) {
        return tidak_ada(c);
    }
    if (!semester && sialip_laporan_beku_halaman(c, tahun, &i)) {
        return i;           /* submitted: the frozen copy */
    }
    set_periode(p, &pr, tahun, semester);
    page = sl_ctx_page(c, semester ? "laporan-semester" : "laporan-tahunan",
                       semester ? apr_psprintf(p, SIALIP_MSG_LAPORAN_JUDUL_SEMESTER,
                                               semester, tahun)
                                : apr_psprintf(p, SIALIP_MSG_LAPORAN_JUDUL_TAHUNAN,
                                               tahun),
                       semester ? "ringkasan_semester" : "laporan_tahunan");
    if (sialip_laporan_bangun(c, page->resource, &pr, &daftar) != 0) {
        return alur_gangguan(c);
    }
    /* The page lists the late ones; the whole list is in the XML. */
    terlambat = sl_xml_node(page->resource, "permohonan_terlambat");
    for (i = 0; i < daftar->nelts; i++) {
        const lap_rincian *b = &APR_ARRAY_IDX(daftar, i, lap_rincian);
        if (b->ket == ST_TERLAMBAT || b->ket == ST_LEWAT_TEMPO) {
            sialip_laporan_rincian_atribut(b, sialip_laporan_atribut_pohon, sl_xml_node(terlambat, "permohonan"));
        }
    }
    return sl_page_send(page, HTTP_OK);
}

int sialip_laporan_tahunan_halaman(sl_ctx *c)
{
    return halaman(c, 0);
}

int sialip_laporan_semester_halaman(sl_ctx *c)
{
    return halaman(c, 1);
}

/* The years there are requests for, with links to their reports. */
int sialip_laporan_daftar(sl_ctx *c)
{
    sl_rows *rows;
    sl_page *page;
    int i;

    if (sl_db_select(c->db, "lap_tahun", &rows, SL_NOARGS) != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, "laporan-daftar", SIALIP_MSG_LAPORAN_DAFTAR_JUDUL,
                       "daftar_laporan");
    for (i = 0; i < rows->nrows; i++) {
        sl_xml_attr(sl_xml_node(page->resource, "tahun"), "nilai",
                    sl_rows_get(rows, i, 0));
    }
    return sl_page_send(page, HTTP_OK);
}
