/* The annual report's narrative and its submission (Perki 1/2021 Pasal
 * 56): the PPID Utama writes the sections staff own (policy and
 * organisation, facilities, staff, budget, obstacles, recommendations,
 * how objection/KI/court decisions were carried out) and submits the
 * report once, after the year ends; due 31 March, a later submission is
 * flagged.  Submitting freezes it: the rendered report with the narrative
 * is stored as XML in the content-addressed store, and from then on the
 * public and staff pages and the XML show that copy, whatever later edits
 * of the calendar or the data do. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_file_io.h>
#include <libxml/parser.h>
#include "calendar.h"
#include "validate.h"
#include "permohonan_rules.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_store.h"
#include "sl_module.h"
#include "laporan_rules.h"
#include "laporan.h"
#include "alur.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

#define NARASI_MAKS 20000

static const char *const bagian[] = {
    "kebijakan", "sarana", "sdm", "anggaran", "kendala", "rekomendasi",
    "pelaksanaan_putusan", NULL
};
static const char *const judul[] = {
    SIALIP_MSG_NARASI_KEBIJAKAN_ORGANISASI, SIALIP_MSG_SARANA_PRASARANA,
    SIALIP_MSG_NARASI_SUMBER_DAYA_MANUSIA,
    "Anggaran", "Kendala", SIALIP_MSG_NARASI_REKOMENDASI,
    SIALIP_MSG_NARASI_PELAKSANAAN_PUTUSAN
};
#define N_BAGIAN 7

const sl_stmt_def sialip_narasi_stmts[] = {
    {"narasi_muat",
     "SELECT kebijakan, sarana, sdm, anggaran, kendala, rekomendasi, "
     "pelaksanaan_putusan, diajukan_pada, terlambat, salinan_sha256, diubah_pada "
     "FROM laporan_tahunan WHERE tahun = %s"},
    {"narasi_kunci", "SELECT diajukan_pada FROM laporan_tahunan WHERE tahun = %s FOR UPDATE"},
    {"narasi_simpan",
     "INSERT INTO laporan_tahunan (tahun, kebijakan, sarana, sdm, anggaran, kendala, "
     "rekomendasi, pelaksanaan_putusan, diubah_oleh, diubah_pada) VALUES (%s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE "
     "kebijakan = VALUES(kebijakan), sarana = VALUES(sarana), sdm = VALUES(sdm), "
     "anggaran = VALUES(anggaran), kendala = VALUES(kendala), "
     "rekomendasi = VALUES(rekomendasi), pelaksanaan_putusan = VALUES(pelaksanaan_putusan), "
     "diubah_oleh = VALUES(diubah_oleh), diubah_pada = VALUES(diubah_pada)"},
    {"narasi_ajukan",
     "UPDATE laporan_tahunan SET diajukan_oleh = %s, diajukan_pada = %s, "
     "terlambat = %s, salinan_sha256 = %s WHERE tahun = %s AND diajukan_pada IS NULL"},
    {NULL, NULL}
};

enum { N_DIAJUKAN = N_BAGIAN, N_TERLAMBAT, N_SHA, N_DIUBAH };

static int year_of(sl_ctx *c)
{
    const char *v = apr_table_get(c->params, "tahun");
    int i;
    if (!v || strlen(v) != 4) {
        return 0;
    }
    for (i = 0; i < 4; i++) {
        if (v[i] < '0' || v[i] > '9') {
            return 0;
        }
    }
    return atoi(v) >= 2000 && atoi(v) <= 2100 ? atoi(v) : 0;
}

/* The stored row of tahun, NULL when none; *failed on a database error. */
static const sl_rows *muat(sl_ctx *c, int tahun, int *failed)
{
    sl_rows *rows;
    *failed = sl_db_select(c->db, "narasi_muat", &rows,
                           SL_ARGS(apr_itoa(c->r->pool, tahun))) != 0;
    return !*failed && rows->nrows == 1 ? rows : NULL;
}

/* The frozen copy's bytes from the store; NULL (logged) when unreadable. */
static char *read_copy(sl_ctx *c, const char *sha, apr_size_t *len)
{
    apr_pool_t *p = c->r->pool;
    const char *path = apr_pstrcat(p, sialip_config_of(c->r)->upload_dir, "/",
                                   apr_pstrndup(p, sha, 2), "/", sha, NULL);
    apr_file_t *f;
    apr_finfo_t fi;
    char *buf;

    if (apr_file_open(&f, path, APR_FOPEN_READ, 0, p) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, c->r, SL_LOGNO(00070) "frozen annual report %s "
                      "cannot be read", path);
        return NULL;
    }
    *len = (apr_size_t)fi.size;
    buf = apr_palloc(p, *len + 1);
    if (apr_file_read_full(f, buf, *len, NULL) != APR_SUCCESS) {
        apr_file_close(f);
        return NULL;
    }
    apr_file_close(f);
    buf[*len] = '\0';
    return buf;
}

static const char *frozen_sha(sl_ctx *c, int tahun, int *failed)
{
    const sl_rows *row = muat(c, tahun, failed);
    return row && sl_rows_get(row, 0, N_DIAJUKAN) ? sl_rows_get(row, 0, N_SHA) : NULL;
}

int sialip_laporan_beku_xml(sl_ctx *c, int tahun, int *response)
{
    int failed;
    const char *sha = frozen_sha(c, tahun, &failed);
    apr_size_t len;
    char *xml;

    if (failed || (sha && !(xml = read_copy(c, sha, &len)))) {
        *response = alur_gangguan(c);
        return 1;
    }
    if (!sha) {
        return 0;
    }
    ap_set_content_type(c->r, "application/xml; charset=utf-8");
    ap_rwrite(xml, (int)len, c->r);
    *response = OK;
    return 1;
}

/* Elements of the stored copy lose the report namespace, as the page's
 * own resource has none. */
static void strip_ns(xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            n->ns = NULL;
            strip_ns(n->children);
        }
    }
}

int sialip_laporan_beku_halaman(sl_ctx *c, int tahun, int *response)
{
    apr_pool_t *p = c->r->pool;
    int failed;
    const char *sha = frozen_sha(c, tahun, &failed);
    xmlDocPtr doc;
    xmlNodePtr root, n, next, late = NULL;
    sl_page *page;
    apr_size_t len;
    char *xml = NULL;

    if (failed || (sha && !(xml = read_copy(c, sha, &len)))) {
        *response = alur_gangguan(c);
        return 1;
    }
    if (!sha) {
        return 0;
    }
    doc = xmlReadMemory(xml, (int)len, NULL, "UTF-8", XML_PARSE_NONET);
    if (!doc || !(root = xmlDocGetRootElement(doc))) {
        if (doc) {
            xmlFreeDoc(doc);
        }
        *response = alur_gangguan(c);
        return 1;
    }
    page = sl_ctx_page(c, "laporan-tahunan",
                       apr_psprintf(p, SIALIP_MSG_LAPORAN_JUDUL_TAHUNAN, tahun),
                       "laporan_tahunan");
    strip_ns(root->children);
    for (xmlAttrPtr a = root->properties; a; a = a->next) {
        xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
        sl_xml_attr(page->resource, (const char *)a->name, (const char *)v);
        xmlFree(v);
    }
    /* The page lists the late requests; the whole list is in the XML. */
    for (n = root->children; n; n = next) {
        next = n->next;
        if (n->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (strcmp((const char *)n->name, "rincian_waktu") == 0) {
            xmlNodePtr r;
            late = sl_xml_node(page->resource, "permohonan_terlambat");
            for (r = n->children; r; r = r->next) {
                xmlChar *k = xmlGetProp(r, BAD_CAST "ketepatan");
                if (k && (xmlStrEqual(k, BAD_CAST "terlambat")
                          || xmlStrEqual(k, BAD_CAST "lewat_tempo"))) {
                    xmlAddChild(late, xmlDocCopyNode(r, page->doc, 1));
                }
                xmlFree(k);
            }
            continue;
        }
        xmlAddChild(page->resource, xmlDocCopyNode(n, page->doc, 1));
    }
    xmlFreeDoc(doc);
    *response = sl_page_send(page, HTTP_OK);
    return 1;
}

/* ---- the staff form ------------------------------------------------------ */

static int show(sl_ctx *c, int tahun, const sl_rows *row, int status,
                apr_array_header_t *errors, int from_form)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page = sl_ctx_page(c, "laporan-narasi",
                                apr_psprintf(p, SIALIP_MSG_NARASI_JUDUL, tahun),
                                "narasi");
    sl_day batas;
    int state = sl_laporan_batas(tahun, sl_today_wib(), &batas), i;

    sl_xml_attr(page->resource, "tahun", apr_itoa(p, tahun));
    sl_xml_attr(page->resource, "batas", sl_day_long_id(p, batas));
    sl_xml_attr(page->resource, "dapat_diajukan", state >= 0 ? "1" : NULL);
    if (row && sl_rows_get(row, 0, N_DIAJUKAN)) {
        sl_xml_attr(page->resource, "diajukan", sl_wib_text(p, sl_rows_get(row, 0, N_DIAJUKAN)));
        sl_xml_attr(page->resource, "terlambat", sl_rows_get(row, 0, N_TERLAMBAT));
    }
    for (i = 0; i < N_BAGIAN; i++) {
        const char *v = from_form ? sl_field(c, bagian[i])
                                  : row ? sl_rows_get_or(row, 0, i, "") : "";
        xmlNodePtr b = sl_xml_text(page->resource, "bagian", v);
        sl_xml_attr(b, "nama", bagian[i]);
        sl_xml_attr(b, "judul", judul[i]);
    }
    for (i = 0; errors && i < errors->nelts; i++) {
        sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        sl_xml_attr(sl_xml_text(page->resource, "galat", e->message), "untuk", e->field);
    }
    if (strcmp(sl_query(c, "pesan"), "disimpan") == 0) {
        sl_xml_text(page->resource, "pesan", SIALIP_MSG_NARASI_TERSIMPAN);
    }
    return sl_page_send(page, status);
}

int sialip_narasi_form(sl_ctx *c)
{
    int tahun = year_of(c), failed;
    const sl_rows *row;
    if (!tahun) {
        return alur_tidak_ditemukan(c);
    }
    row = muat(c, tahun, &failed);
    return failed ? alur_gangguan(c) : show(c, tahun, row, HTTP_OK, NULL, 0);
}

/* Saves the sections (action "simpan") or submits ("ajukan"): every
 * section filled, the year over; the frozen copy is written to the store
 * before the row that names it commits. */
int sialip_narasi_save(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = apr_array_make(p, 4, sizeof(sl_field_error));
    int tahun = year_of(c), submit = strcmp(sl_field(c, "aksi"), "ajukan") == 0;
    const char *v[N_BAGIAN], *ty, *sha = NULL;
    sl_rows *locked;
    const sl_rows *row;
    sl_day batas;
    int i, failed, state, changed = 0;

    if (!tahun) {
        return alur_tidak_ditemukan(c);
    }
    ty = apr_itoa(p, tahun);
    for (i = 0; i < N_BAGIAN; i++) {
        v[i] = sl_field(c, bagian[i]);
        if (sl_utf8_length(v[i], strlen(v[i])) > NARASI_MAKS) {
            isian_galat(errors, bagian[i], SIALIP_MSG_NARASI_PALING_PANJANG);
        }
        else if (submit && !*v[i]) {
            isian_galat(errors, bagian[i], SIALIP_MSG_NARASI_BAGIAN_WAJIB);
        }
    }
    state = sl_laporan_batas(tahun, sl_today_wib(), &batas);
    if (submit && state < 0) {
        isian_galat(errors, "aksi", SIALIP_MSG_NARASI_AJUKAN_SETELAH_TAHUN_BERAKHIR);
    }
    row = muat(c, tahun, &failed);
    if (failed) {
        return alur_gangguan(c);
    }
    if (row && sl_rows_get(row, 0, N_DIAJUKAN)) {
        isian_galat(errors, "aksi", SIALIP_MSG_NARASI_LAPORAN_SUDAH_DIAJUKAN);
        return show(c, tahun, row, HTTP_CONFLICT, errors, 1);
    }
    if (errors->nelts) {
        return show(c, tahun, row, HTTP_UNPROCESSABLE_ENTITY, errors, 1);
    }
    if (submit) {
        /* The report as it stands now, with the narrative, into the store. */
        xmlDocPtr doc;
        xmlNodePtr narasi;
        xmlChar *text;
        int len;
        if (sialip_laporan_tahunan_doc(c, tahun, &doc) != 0) {
            return alur_gangguan(c);
        }
        narasi = sl_xml_node(xmlDocGetRootElement(doc), "narasi");
        for (i = 0; i < N_BAGIAN; i++) {
            sl_xml_attr(sl_xml_text(narasi, "bagian", v[i]), "nama", bagian[i]);
        }
        sl_xml_attr(xmlDocGetRootElement(doc), "diajukan",
                    sl_utc_format(p, apr_time_sec(apr_time_now())));
        sl_xml_attr(xmlDocGetRootElement(doc), "terlambat", state > 0 ? "1" : "0");
        xmlDocDumpMemoryEnc(doc, &text, &len, "UTF-8");
        sha = text ? sl_store_put(c->r, sialip_config_of(c->r)->upload_dir,
                                  (const char *)text, (apr_size_t)len) : NULL;
        xmlFree(text);
        if (!sha) {
            return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE, SIALIP_MSG_LAPORAN_BELUM_DIAJUKAN,
                                 SIALIP_MSG_NARASI_SALINAN_GAGAL_SIMPAN);
        }
    }
    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, "narasi_kunci", &locked, SL_ARGS(ty)) != 0) {
        return alur_gangguan(c);
    }
    if (locked->nrows == 1 && sl_rows_get(locked, 0, 0)) {
        sl_db_rollback(c->db);
        isian_galat(errors, "aksi", SIALIP_MSG_NARASI_LAPORAN_SUDAH_DIAJUKAN);
        return show(c, tahun, row, HTTP_CONFLICT, errors, 1);
    }
    sl_db_exec(c->db, "narasi_simpan", NULL,
               SL_ARGS(ty, v[0], v[1], v[2], v[3], v[4], v[5], v[6], c->session->user_id));
    if (submit) {
        sl_db_exec(c->db, "narasi_ajukan", &changed,
                   SL_ARGS(c->session->user_id,
                           sl_utc_format(p, apr_time_sec(apr_time_now())),
                           state > 0 ? "1" : "0", sha, ty));
    }
    sl_audit(c, &(sl_audit_entry){submit ? "ajukan_laporan" : "narasi_laporan",
                                  "laporan", ty, NULL,
                                  submit ? apr_psprintf(p, SIALIP_MSG_NARASI_AUDIT_DIAJUKAN,
                                                        state > 0 ? SIALIP_MSG_NARASI_TERLAMBAT
                                                                  : "", sha)
                                         : SIALIP_MSG_NARASI_DISIMPAN, 0});
    if ((submit && changed != 1) || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/laporan/", ty,
                                      submit ? "" : "/narasi?pesan=disimpan", NULL));
}
