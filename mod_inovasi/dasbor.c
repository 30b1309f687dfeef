/* The dashboard for Bappeda, leadership and OPD officers, for one year:
 * innovations per OPD and the OPDs without one (One Agency, One
 * Innovation), the stage funnel, achievement per dimension, monitoring
 * reports due and late, and the evaluation ranking.  The figures go out as
 * XML; the view draws them as SVG on the server (no script).  Officers see
 * their own OPD, evaluators and leadership every OPD.
 *
 * With a thousand innovations a year the figures took a quarter of a second
 * to compute; each innovation's achievement and scores are now kept
 * (ringkas.c) and only what changed is computed again.  Each process
 * keeps the page's resource (sl_pagecache) until any innovation data
 * changes (versi_data 'inovasi', bumped by triggers) or the day turns;
 * and the lists are cut to what a page can show: the most urgent reports,
 * the top of the ranking, the innovations a page at a time.
 * The complete data is in /ekspor.xml. */
#include <httpd.h>
#include <string.h>
#include <strings.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_module.h"
#include "sl_pagecache.h"
#include "sl_holidays.h"
#include "inovasi.h"
#include "inovasi_messages.h"

/* A report not yet submitted is "due" this many days before its date. */
#define HARI_JATUH_TEMPO 30
/* How much of each list a page shows. */
#define DASBOR_BUTIR 50
#define DASBOR_PERINGKAT 20
#define DASBOR_PER_HALAMAN 50

const sl_stmt_def inovasi_dasbor_stmts[] = {
    /* jumlah: the innovations that count for One Agency, One Innovation
     * under the year's setting (108_inovasi_oaoi.sql); semua: all. */
    {"db_per_opd",
     "SELECT o.id, o.kode, o.singkatan, o.nama, COALESCE(n.jumlah, 0) AS jumlah, "
     "COALESCE(n.semua, 0) "
     "FROM opd o LEFT JOIN (SELECT i.opd_id, SUM(s.tahun IS NULL OR "
     "(FIND_IN_SET(i.bentuk, s.bentuk) > 0 AND i.tahapan + 0 >= s.tahapan_min + 0)) "
     "AS jumlah, COUNT(*) AS semua FROM inovasi i LEFT JOIN inovasi_oaoi s ON s.tahun = "
     "(SELECT MAX(tahun) FROM inovasi_oaoi WHERE tahun <= %s) "
     "WHERE i.tahun = %s GROUP BY i.opd_id) n ON n.opd_id = o.id "
     "WHERE o.aktif = 1 AND (%s = '1' OR o.id = %s) "
     "ORDER BY jumlah DESC, o.singkatan, o.id"},
    {"db_inovasi",
     "SELECT i.id, i.nama, o.singkatan, i.tahapan, i.terbit FROM inovasi i "
     "JOIN opd o ON o.id = i.opd_id WHERE i.tahun = %s "
     "AND (%s = '1' OR i.opd_id = %s) ORDER BY o.singkatan, i.nama, i.id"},
    {"db_monitoring",
     "SELECT i.id, i.nama, o.singkatan, p.id, p.jenis, p.nomor, p.tenggat, "
     "l.status, DATE(l.diajukan_pada + INTERVAL 7 HOUR), "
     "p.tenggat < " HARI_INI ", DATEDIFF(p.tenggat, " HARI_INI "), "
     /* a period that ended before the innovation was registered is not
      * owed (rows from before 100_inovasi_profil.sql have no date) */
     "i.dibuat_pada IS NOT NULL AND p.tahun = YEAR(i.dibuat_pada + INTERVAL 7 HOUR) "
     "AND p.selesai < DATE(i.dibuat_pada + INTERVAL 7 HOUR) "
     "FROM inovasi i JOIN opd o ON o.id = i.opd_id "
     /* the year's periods of every innovation still running in it */
     "JOIN inovasi_periode p ON p.tahun >= i.tahun "
     "AND (i.berakhir IS NULL OR p.mulai <= i.berakhir) "
     "LEFT JOIN inovasi_laporan l ON l.inovasi_id = i.id AND l.periode_id = p.id "
     "WHERE p.tahun = %s AND i.tahun <= p.tahun AND (%s = '1' OR i.opd_id = %s) "
     "ORDER BY p.tenggat, o.singkatan, i.nama, i.id"},
    /* How many of the year's innovations reached each LAN lab stage. */
    {"db_lab",
     "SELECT l.tahap, COUNT(*) FROM inovasi_lab l JOIN inovasi i ON i.id = l.inovasi_id "
     "WHERE i.tahun = %s AND (%s = '1' OR i.opd_id = %s) GROUP BY l.tahap"},
    {"db_tahun",
     "SELECT DISTINCT tahun FROM inovasi WHERE (%s = '1' OR opd_id = %s) "
     "ORDER BY tahun DESC"},
    {NULL, NULL}
};

typedef struct {
    const char *id;
    const char *nama;
    const char *opd;
    const char *tahapan;
    int terbit;
} ringkas;

static const char *num(apr_pool_t *p, int n)
{
    return apr_itoa(p, n);
}

/* Most innovations first, then by abbreviation and id.  Sorted here:
 * MariaDB 10.11 was seen to drop the secondary keys of this statement's
 * ORDER BY on some executions of the prepared statement. */
static int compare_opd(const void *a, const void *b)
{
    const char *const *x = *(const char *const *const *)a;
    const char *const *y = *(const char *const *const *)b;
    int nx = atoi(x[4] ? x[4] : "0"), ny = atoi(y[4] ? y[4] : "0");
    int by_name;

    if (nx != ny) {
        return ny - nx;
    }
    by_name = strcasecmp(x[2] ? x[2] : "", y[2] ? y[2] : "");
    return by_name ? by_name : atoi(x[0] ? x[0] : "0") - atoi(y[0] ? y[0] : "0");
}

static void per_opd(sl_ctx *c, xmlNodePtr res, sl_rows *rows)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr chart = sl_xml_node(res, "per-opd");
    xmlNodePtr none = sl_xml_node(res, "tanpa-inovasi");
    int i, maks = 0, total = 0, without = 0;

    if (rows->nrows > 1) {
        qsort(rows->rows, (size_t)rows->nrows, sizeof(rows->rows[0]), compare_opd);
    }
    for (i = 0; i < rows->nrows; i++) {
        int n = atoi(sl_rows_get_or(rows, i, 4, "0"));
        xmlNodePtr o = sl_xml_text(chart, "opd", sl_rows_get(rows, i, 3));
        sl_xml_attr(o, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(o, "kode", sl_rows_get(rows, i, 1));
        sl_xml_attr(o, "singkatan", sl_rows_get(rows, i, 2));
        sl_xml_attr(o, "jumlah", num(p, n));
        sl_xml_attr(o, "semua", sl_rows_get(rows, i, 5));
        if (n > maks) {
            maks = n;
        }
        total += n;
        if (n == 0) {
            xmlNodePtr z = sl_xml_text(none, "opd", sl_rows_get(rows, i, 3));
            sl_xml_attr(z, "kode", sl_rows_get(rows, i, 1));
            sl_xml_attr(z, "singkatan", sl_rows_get(rows, i, 2));
            without++;
        }
    }
    sl_xml_attr(chart, "maks", num(p, maks));
    sl_xml_attr(chart, "jumlah", num(p, total));
    sl_xml_attr(chart, "opd", num(p, rows->nrows));
    sl_xml_attr(none, "jumlah", num(p, without));
}

/* LAN Laboratorium Inovasi stages beside the IID stages: how many of the
 * year's innovations recorded reaching each. */
static void funnel_lab(sl_ctx *c, xmlNodePtr res, const sl_rows *lab, int maks)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr f = sl_xml_node(res, "tahapan-lab");
    int k, i;

    sl_xml_attr(f, "maks", num(p, maks));
    for (k = 0; inovasi_tahap_lab[k].nilai; k++) {
        const char *n = "0";
        xmlNodePtr s = sl_xml_text(f, "tahap", inovasi_tahap_lab[k].label);
        for (i = 0; i < lab->nrows; i++) {
            if (strcmp(sl_rows_get_or(lab, i, 0, ""), inovasi_tahap_lab[k].nilai) == 0) {
                n = sl_rows_get_or(lab, i, 1, "0");
            }
        }
        sl_xml_attr(s, "kode", inovasi_tahap_lab[k].nilai);
        sl_xml_attr(s, "jumlah", n);
    }
}

/* The funnel: how many reached at least each stage; "tepat" is how many
 * are at exactly that stage now. */
static void funnel(sl_ctx *c, xmlNodePtr res, const sl_rows *inov)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr f = sl_xml_node(res, "tahapan");
    int at[3] = {0, 0, 0}, published = 0, i;
    static const char *const codes[3] = {"inisiatif", "uji_coba", "penerapan"};

    for (i = 0; i < inov->nrows; i++) {
        const char *t = sl_rows_get_or(inov, i, 3, "");
        int k;
        for (k = 0; k < 3; k++) {
            if (strcmp(t, codes[k]) == 0) {
                at[k]++;
            }
        }
        if (strcmp(sl_rows_get_or(inov, i, 4, "0"), "1") == 0) {
            published++;
        }
    }
    sl_xml_attr(f, "maks", num(p, inov->nrows));
    {
        int reached[3] = {at[0] + at[1] + at[2], at[1] + at[2], at[2]};
        for (i = 0; i < 3; i++) {
            xmlNodePtr s = sl_xml_text(f, "tahap", inovasi_label(inovasi_tahapan, codes[i]));
            sl_xml_attr(s, "kode", codes[i]);
            sl_xml_attr(s, "jumlah", num(p, reached[i]));
            sl_xml_attr(s, "tepat", num(p, at[i]));
        }
    }
    {
        xmlNodePtr s = sl_xml_text(f, "tahap", INOVASI_MSG_TAHAP_DIPUBLIKASIKAN);
        sl_xml_attr(s, "kode", "terbit");
        sl_xml_attr(s, "jumlah", num(p, published));
        sl_xml_attr(s, "tepat", num(p, published));
    }
}

/* Achievement per dimension: the mean over the innovations that have a
 * value in that dimension (from each one's latest verified report). */
static void achievement(sl_ctx *c, xmlNodePtr res, apr_hash_t *set,
                        const sl_rows *inov, const inovasi_pita_tahun *pita)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr node = sl_xml_node(res, "capaian-dimensi");
    double sum[CAPAIAN_DIMENSI + 1] = {0};
    int n[CAPAIAN_DIMENSI + 1] = {0};
    int i, d;

    for (i = 0; i < inov->nrows; i++) {
        const inovasi_capaian *cap = apr_hash_get(set, sl_rows_get(inov, i, 0),
                                                  APR_HASH_KEY_STRING);
        if (!cap) {
            continue;
        }
        for (d = 0; d < CAPAIAN_DIMENSI; d++) {
            if (cap->hasil.dimensi[d].ada) {
                sum[d] += cap->hasil.dimensi[d].nilai;
                n[d]++;
            }
        }
        if (cap->hasil.total.ada) {
            sum[CAPAIAN_DIMENSI] += cap->hasil.total.nilai;
            n[CAPAIAN_DIMENSI]++;
        }
    }
    sl_xml_attr(node, "inovasi", num(p, inov->nrows));
    for (d = 0; d <= CAPAIAN_DIMENSI; d++) {
        xmlNodePtr dn = sl_xml_node(node, "dimensi");
        sl_xml_attr(dn, "kode", d < CAPAIAN_DIMENSI ? capaian_dimensi_kode(d) : "total");
        sl_xml_attr(dn, "nama", d < CAPAIAN_DIMENSI ? capaian_dimensi_nama(d)
                                                    : "Keseluruhan");
        sl_xml_attr(dn, "dihitung", num(p, n[d]));
        if (n[d]) {
            sl_xml_attr(dn, "nilai", inovasi_dua(p, sum[d] / n[d]));
            if (d == CAPAIAN_DIMENSI) {
                capaian_skor s = {1, sum[d] / n[d]};
                sl_xml_attr(dn, "predikat", inovasi_predikat(pita, s));
            }
        }
    }
}

static void monitoring(sl_ctx *c, xmlNodePtr res, const sl_rows *rows)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr node = sl_xml_node(res, "monitoring");
    int late = 0, due = 0, later = 0, waiting = 0, verified = 0, late_sub = 0;
    int not_owed = 0, listed = 0, i;

    for (i = 0; i < rows->nrows; i++) {
        const char *status = sl_rows_get(rows, i, 7);
        const char *submitted_on = sl_rows_get(rows, i, 8);
        const char *tenggat = sl_rows_get(rows, i, 6);
        int lewat = strcmp(sl_rows_get_or(rows, i, 9, "0"), "1") == 0;
        int sisa = atoi(sl_rows_get_or(rows, i, 10, "0"));
        int submitted = status && (strcmp(status, "diajukan") == 0
                                   || strcmp(status, "diverifikasi") == 0);
        const char *kind = NULL;

        if (submitted) {
            if (strcmp(status, "diajukan") == 0) {
                waiting++;
            }
            else {
                verified++;
            }
            if (submitted_on && tenggat && strcmp(submitted_on, tenggat) > 0) {
                late_sub++;
            }
        }
        else if (strcmp(sl_rows_get_or(rows, i, 11, "0"), "1") == 0) {
            not_owed++;
        }
        else if (lewat) {
            late++;
            kind = "terlambat";
        }
        else if (sisa <= HARI_JATUH_TEMPO) {
            due++;
            kind = "jatuh_tempo";
        }
        else {
            later++;
        }
        if (kind && ++listed <= DASBOR_BUTIR) {
            xmlNodePtr item = sl_xml_text(node, "butir", sl_rows_get(rows, i, 1));
            sl_xml_attr(item, "jenis", kind);
            sl_xml_attr(item, "inovasi", sl_rows_get(rows, i, 0));
            sl_xml_attr(item, "opd", sl_rows_get(rows, i, 2));
            sl_xml_attr(item, "periode", sl_rows_get(rows, i, 3));
            sl_xml_attr(item, "periode_nama", inovasi_nama_periode(p,
                        sl_rows_get(rows, i, 4), sl_rows_get(rows, i, 5),
                        apr_pstrndup(p, tenggat ? tenggat : "", 4)));
            sl_xml_attr(item, "tenggat", tenggat);
            sl_xml_attr(item, "status", status ? status : "belum");
            sl_xml_attr(item, "sisa_hari", sl_rows_get(rows, i, 10));
        }
    }
    sl_xml_attr(node, "laporan", num(p, rows->nrows - not_owed));
    sl_xml_attr(node, "sebelum_daftar", num(p, not_owed));
    sl_xml_attr(node, "terlambat", num(p, late));
    sl_xml_attr(node, "jatuh_tempo", num(p, due));
    sl_xml_attr(node, "mendatang", num(p, later));
    sl_xml_attr(node, "menunggu_verifikasi", num(p, waiting));
    sl_xml_attr(node, "diverifikasi", num(p, verified));
    sl_xml_attr(node, "diajukan_terlambat", num(p, late_sub));
    sl_xml_attr(node, "hari_jatuh_tempo", num(p, HARI_JATUH_TEMPO));
    /* The rows come by due date: the most urgent are the ones listed. */
    sl_xml_attr(node, "butir_jumlah", num(p, late + due));
    {
        int maks = late;
        if (due > maks) maks = due;
        if (later > maks) maks = later;
        if (waiting > maks) maks = waiting;
        if (verified > maks) maks = verified;
        sl_xml_attr(node, "maks", num(p, maks));
    }
}

static int compare_rank(const void *a, const void *b)
{
    const inovasi_nilai *x = *(inovasi_nilai *const *)a;
    const inovasi_nilai *y = *(inovasi_nilai *const *)b;
    if (x->peringkat != y->peringkat) {
        return x->peringkat - y->peringkat;
    }
    return strcmp(x->id, y->id);
}

static void ranking(sl_ctx *c, xmlNodePtr res, apr_hash_t *scores, int scored,
                    const sl_rows *inov)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr node = sl_xml_node(res, "peringkat");
    apr_array_header_t *list = apr_array_make(p, 16, sizeof(inovasi_nilai *));
    apr_hash_t *names = apr_hash_make(p);
    int i;

    /* Only innovations in the user's scope; ranks stay regency-wide. */
    for (i = 0; i < inov->nrows; i++) {
        inovasi_nilai *n = apr_hash_get(scores, sl_rows_get(inov, i, 0),
                                        APR_HASH_KEY_STRING);
        apr_hash_set(names, sl_rows_get(inov, i, 0), APR_HASH_KEY_STRING,
                     apr_psprintf(p, "%d", i));
        if (n) {
            APR_ARRAY_PUSH(list, inovasi_nilai *) = n;
        }
    }
    qsort(list->elts, (size_t)list->nelts, sizeof(inovasi_nilai *), compare_rank);
    sl_xml_attr(node, "dinilai", num(p, scored));
    sl_xml_attr(node, "dalam_cakupan", num(p, list->nelts));
    for (i = 0; i < list->nelts && i < DASBOR_PERINGKAT; i++) {
        const inovasi_nilai *n = APR_ARRAY_IDX(list, i, inovasi_nilai *);
        int row = atoi(apr_hash_get(names, n->id, APR_HASH_KEY_STRING));
        xmlNodePtr item = sl_xml_text(node, "inovasi", sl_rows_get(inov, row, 1));
        sl_xml_attr(item, "id", n->id);
        sl_xml_attr(item, "opd", sl_rows_get(inov, row, 2));
        sl_xml_attr(item, "peringkat", num(p, n->peringkat));
        sl_xml_attr(item, "rata", inovasi_dua(p, n->sebaran.rata));
        sl_xml_attr(item, "simpangan", inovasi_dua(p, n->sebaran.simpangan));
        sl_xml_attr(item, "penilai", num(p, n->penilai));
    }
}

/* The innovations in scope, one page of them, each with its achievement. */
static void innovations(sl_ctx *c, xmlNodePtr res, const sl_rows *inov,
                        apr_hash_t *set, const inovasi_pita_tahun *pita,
                        long page)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr list = sl_xml_node(res, "daftar");
    long pages = inov->nrows > 0
                 ? (inov->nrows + DASBOR_PER_HALAMAN - 1) / DASBOR_PER_HALAMAN : 1;
    long i, last;

    if (page > pages) {
        page = pages;
    }
    last = page * DASBOR_PER_HALAMAN < inov->nrows ? page * DASBOR_PER_HALAMAN
                                                   : inov->nrows;
    sl_xml_attr(list, "halaman", apr_ltoa(p, page));
    sl_xml_attr(list, "halaman_jumlah", apr_ltoa(p, pages));
    for (i = (page - 1) * DASBOR_PER_HALAMAN; i < last; i++) {
        const char *id = sl_rows_get(inov, (int)i, 0);
        xmlNodePtr item = sl_xml_text(list, "inovasi", sl_rows_get(inov, (int)i, 1));
        const inovasi_capaian *cap = apr_hash_get(set, id, APR_HASH_KEY_STRING);
        sl_xml_attr(item, "id", id);
        sl_xml_attr(item, "opd", sl_rows_get(inov, (int)i, 2));
        sl_xml_attr(item, "tahapan", inovasi_label(inovasi_tahapan,
                                                   sl_rows_get(inov, (int)i, 3)));
        sl_xml_attr(item, "terbit", sl_rows_get(inov, (int)i, 4));
        if (cap && cap->hasil.total.ada) {
            sl_xml_attr(item, "capaian", inovasi_dua(p, cap->hasil.total.nilai));
            sl_xml_attr(item, "predikat", inovasi_predikat(pita, cap->hasil.total));
        }
    }
}

/* Fills res with the figures of the year for the user's scope. */
static int build(sl_ctx *c, xmlNodePtr res, const char *tahun, const char *semua,
                 const char *opd, long page)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *per, *inov, *mon, *years, *lab;
    inovasi_ringkas_tahun fig;
    inovasi_pita_tahun pita;
    xmlNodePtr yl;
    int i;

    if (sl_db_select(c->db, "db_per_opd", &per, SL_ARGS(tahun, tahun, semua, opd)) != 0
        || sl_db_select(c->db, "db_inovasi", &inov, SL_ARGS(tahun, semua, opd)) != 0
        || sl_db_select(c->db, "db_monitoring", &mon, SL_ARGS(tahun, semua, opd)) != 0
        || sl_db_select(c->db, "db_tahun", &years, SL_ARGS(semua, opd)) != 0
        || sl_db_select(c->db, "db_lab", &lab, SL_ARGS(tahun, semua, opd)) != 0
        /* each innovation's achievement and scores, kept (ringkas.c) */
        || inovasi_ringkas_baca(c, tahun, &fig) != 0
        || inovasi_pita(c, tahun, &pita) != 0) {
        return -1;
    }
    sl_xml_attr(res, "tahun", tahun);
    sl_xml_attr(res, "cakupan", strcmp(semua, "1") == 0 ? "semua" : "opd");
    sl_xml_attr(res, "inovasi", num(p, inov->nrows));
    yl = sl_xml_node(res, "tahun-ada");
    sl_xml_attr(yl, "sebelum", num(p, atoi(tahun) - 1));
    sl_xml_attr(yl, "sesudah", num(p, atoi(tahun) + 1));
    for (i = 0; i < years->nrows; i++) {
        sl_xml_text(yl, "tahun", sl_rows_get(years, i, 0));
    }
    per_opd(c, res, per);
    funnel(c, res, inov);
    funnel_lab(c, res, lab, inov->nrows);
    /* The simulated IID: the regency's, for Bappeda and leadership. */
    if (strcmp(semua, "1") == 0 && inovasi_iid_xml(c, res, tahun) != 0) {
        return -1;
    }
    achievement(c, res, fig.capaian, inov, &pita);
    monitoring(c, res, mon);
    ranking(c, res, fig.nilai, fig.dinilai, inov);
    innovations(c, res, inov, fig.capaian, &pita, page);
    return 0;
}

static long page_param(sl_ctx *c)
{
    const char *s = sl_query(c, "halaman");
    long n = *s && strlen(s) <= 6 && s[strspn(s, "0123456789")] == '\0'
             ? atol(s) : 1;
    return n >= 1 ? n : 1;
}

int inovasi_dasbor(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = inovasi_tahun_query(c);
    const char *semua = sl_scope_all(c, INOVASI_SEMUA_OPD);
    const char *opd = sl_scope_opd(c);
    long page = page_param(c);
    /* "Today" (WIB) decides what is due and late. */
    long today = (long)sl_today_wib();
    const sl_pagecache_ticket *ticket;
    const char *key = apr_psprintf(p, "%s %s %s %ld %ld", tahun, semua, opd, page, today);
    int evaluator = (c->session->roles & INOVASI_EVALUATOR) != 0;
    int petugas = (c->session->roles & INOVASI_PETUGAS) && c->session->opd_id;
    sl_page *pg;
    xmlNodePtr res;

    pg = sl_ctx_page(c, "dasbor", apr_psprintf(p, INOVASI_MSG_JUDUL_DASBOR, tahun),
                     "dasbor");
    res = pg->resource;
    /* The same user viewing the same figures again: the page as sent. */
    if (sl_pagecache_view(c, pg, "inovasi",
                          apr_psprintf(p, "%s %d %d", key, evaluator, petugas))) {
        return OK;
    }
    if (!sl_pagecache_resource(c, "inovasi", key, res, &ticket)) {
        if (build(c, res, tahun, semua, opd, page) != 0) {
            return inovasi_gangguan(c);
        }
        sl_pagecache_keep_resource(ticket, res);
    }
    if (evaluator) {
        sl_xml_attr(res, "evaluator", "1");
    }
    if (petugas) {
        sl_xml_attr(res, "petugas", "1");
    }
    return sl_page_send(pg, HTTP_OK);
}
