/* The public archive of answered requests ("release to one, release to
 * all"): /arsip lists the requests an officer published (arsip_kelola.c),
 * searchable by words (the word index arsip_kata), OPD, outcome and year, paged; /arsip/{nomor}
 * shows one: the published text, the OPDs, the dates and the working days
 * taken, the outcome with the Pasal 17 letter of a refusal, and the
 * released documents the officer marked public.  Both as HTML and XML
 * (schema/arsip.xsd).  They read only the arsip tables, never the
 * applicant's row, so no identity can reach them. */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "escape.h"
#include "sl_store.h"
#include "sl_pagecache.h"
#include "admin_isian.h"
#include "arsip_rules.h"
#include "pemberitahuan_rules.h"
#include "dbrow.h"
#include "arsip.h"
#include "sialip.h"
#include "sialip_messages.h"

#define ARSIP_PER_HALAMAN 20
#define ARSIP_CUPLIKAN 280       /* characters of the text in the list */

/* The filters besides the words; '' matches everything. */
#define ARSIP_SARING \
    "(%s = '' OR a.keputusan = %s) AND (%s = '' OR a.tahun = %s) " \
    "AND (%s = '' OR EXISTS (SELECT 1 FROM arsip_opd ao " \
    "WHERE ao.permohonan_id = a.permohonan_id AND ao.opd_id = %s))"
/* A search reads the word index (arsip_kata, migration 130).  Each other
 * word of the search is a join on its unique key (kata, permohonan_id): a
 * scalar subquery per request here cost MariaDB about ten times as much.
 * The page follows one word's newest requests (the rarest, read backwards
 * in the primary key) with the others joined in that order, takes its page
 * of ids first and only then reads their rows; the count lets MariaDB
 * drive from the rarest word (it estimates each word's range) and stops
 * past ARSIP_CARI_MAKS (the page says "more than").  One statement per
 * number of words, so no request pays for an absent word. */
#define ARSIP_CARI_MAKS 1000     /* the counts below stop at 1001 */
#define ARSIP_J(j, n) \
    " " j " arsip_kata k" n " ON k" n ".kata = %s AND k" n ".permohonan_id = k.permohonan_id"
#define ARSIP_J1(j) ""
#define ARSIP_J2(j) ARSIP_J(j, "2")
#define ARSIP_J3(j) ARSIP_J2(j) ARSIP_J(j, "3")
#define ARSIP_J4(j) ARSIP_J3(j) ARSIP_J(j, "4")
#define ARSIP_HALAMAN_CARI(joins, saring_join, saring) \
    ARSIP_KOLOM " FROM (SELECT k.permohonan_id, k.diputus FROM arsip_kata k" joins saring_join \
    " WHERE k.kata = %s" saring " ORDER BY k.diputus DESC, k.permohonan_id DESC " \
    "LIMIT %s OFFSET %s) h STRAIGHT_JOIN arsip a ON a.permohonan_id = h.permohonan_id " \
    "ORDER BY h.diputus DESC, h.permohonan_id DESC"
#define ARSIP_JUMLAH_CARI(joins, saring_join, saring) \
    "SELECT COUNT(*) FROM (SELECT 1 FROM arsip_kata k" joins saring_join \
    " WHERE k.kata = %s" saring " LIMIT 1001) t"
/* Every search reads each request's arsip row by its primary key and keeps
 * the published ones: a withheld request loses its words (arsip_kelola.c),
 * but one withheld by hand in SQL may keep them.  The row is read after
 * the words (its (status, ...) indexes are ignored: a status that nearly
 * every row has would otherwise tempt MariaDB to drive from arsip).  The
 * cost is a primary-key read per word entry read: on 100,000 entries about
 * 1-2 ms more for a count that reads 1,001, a few hundredths for a page;
 * only a search's first view in a process pays it (sl_pagecache). */
#define ARSIP_A " arsip a IGNORE INDEX (ix_arsip_daftar, ix_arsip_keputusan, ix_arsip_tahun)" \
    " ON a.permohonan_id = k.permohonan_id"
#define ARSIP_SJ " STRAIGHT_JOIN" ARSIP_A
#define ARSIP_JJ " JOIN" ARSIP_A
#define ARSIP_TERBIT " AND a.status = 'terbit'"
#define ARSIP_CARI_STMT(n) \
    {"arsip_cari" #n, ARSIP_HALAMAN_CARI(ARSIP_J##n("STRAIGHT_JOIN"), ARSIP_SJ, ARSIP_TERBIT)}, \
    {"arsip_cari_saring" #n, \
     ARSIP_HALAMAN_CARI(ARSIP_J##n("STRAIGHT_JOIN"), ARSIP_SJ, \
                        ARSIP_TERBIT " AND " ARSIP_SARING)}, \
    {"arsip_cari_jumlah" #n, ARSIP_JUMLAH_CARI(ARSIP_J##n("JOIN"), ARSIP_SJ, ARSIP_TERBIT)}, \
    {"arsip_cari_saring_jumlah" #n, \
     ARSIP_JUMLAH_CARI(ARSIP_J##n("JOIN"), ARSIP_JJ, ARSIP_TERBIT " AND " ARSIP_SARING)}
#define ARSIP_KOLOM \
    "SELECT a.nomor, LEFT(a.teks, " APR_STRINGIFY(ARSIP_CUPLIKAN) "), " \
    "a.keputusan, a.pasal17, a.diterima, a.diputus, a.hari_kerja, " \
    "(SELECT GROUP_CONCAT(o.nama ORDER BY o.nama SEPARATOR '; ') FROM arsip_opd ao " \
    "JOIN opd o ON o.id = ao.opd_id WHERE ao.permohonan_id = a.permohonan_id), " \
    "CHAR_LENGTH(a.teks)"
/* The columns of ARSIP_KOLOM, in order (arsip.h). */
#define K(m) SL_COLUMN(sialip_arsip_baris, m)
static const size_t arsip_kolom[] = {
    K(nomor), K(teks), K(keputusan), K(pasal17), K(diterima), K(diputus), K(hari_kerja),
    K(opd), K(panjang)
};
#undef K

void sialip_arsip_baris_baca(const sl_rows *rows, int i, sialip_arsip_baris *out)
{
    sl_rows_read(rows, i, out, arsip_kolom, sizeof(arsip_kolom) / sizeof(size_t));
}
/* Up to 1001: a search of one word takes its count from here. */
#define ARSIP_KIRA(n) \
    "(SELECT COUNT(*) FROM (SELECT 1 FROM arsip_kata WHERE kata = %s LIMIT 1001) t" n ")"

const sl_stmt_def sialip_arsip_stmts[] = {
    /* Browsing: newest notice first, through ix_arsip_daftar and the
     * other (status, ..., diputus) indexes. */
    {"arsip_daftar",
     ARSIP_KOLOM " FROM arsip a WHERE a.status = 'terbit' AND " ARSIP_SARING
     " ORDER BY a.diputus DESC, a.permohonan_id DESC LIMIT %s OFFSET %s"},
    {"arsip_jumlah", "SELECT COUNT(*) FROM arsip a WHERE a.status = 'terbit' AND "
     ARSIP_SARING},
    /* How many requests hold each search word, counted up to 1001: enough
     * to find the rarest (withheld ones may be among them: not a count of
     * results). */
    {"arsip_kata_kira",
     "SELECT " ARSIP_KIRA("1") ", " ARSIP_KIRA("2") ", " ARSIP_KIRA("3") ", "
     ARSIP_KIRA("4") ", " ARSIP_KIRA("5") ", " ARSIP_KIRA("6") ", " ARSIP_KIRA("7")
     ", " ARSIP_KIRA("8")},
    /* Searching (only published requests have words): newest first. */
    ARSIP_CARI_STMT(1), ARSIP_CARI_STMT(2), ARSIP_CARI_STMT(3), ARSIP_CARI_STMT(4),
    /* The choices, one index lookup per OPD and per year (an EXISTS here
     * was materialized over all of arsip_opd, a DISTINCT read every
     * published request's year: 50-100 ms per search between them). */
    {"arsip_opd_pilihan",
     "SELECT o.id, o.nama FROM opd o WHERE (SELECT ao.opd_id FROM arsip_opd ao "
     "WHERE ao.opd_id = o.id LIMIT 1) IS NOT NULL ORDER BY o.nama"},
    {"arsip_tahun_pilihan",
     "WITH RECURSIVE y (t) AS (SELECT MAX(tahun) FROM arsip WHERE status = 'terbit' "
     "UNION ALL SELECT y.t - 1 FROM y WHERE y.t > (SELECT MIN(tahun) FROM arsip "
     "WHERE status = 'terbit')) SELECT t FROM y WHERE (SELECT a.tahun FROM arsip a "
     "WHERE a.status = 'terbit' AND a.tahun = y.t LIMIT 1) IS NOT NULL ORDER BY t DESC"},
    {"arsip_satu",
     "SELECT a.permohonan_id, a.nomor, a.teks, a.keputusan, a.pasal17, a.diterima, "
     "a.diputus, a.hari_kerja, a.tahun FROM arsip a "
     "WHERE a.nomor = %s AND a.status = 'terbit'"},
    {"arsip_satu_opd",
     "SELECT o.id, o.nama FROM arsip_opd ao JOIN opd o ON o.id = ao.opd_id "
     "WHERE ao.permohonan_id = %s ORDER BY o.nama"},
    {"arsip_satu_berkas",
     "SELECT b.id, b.mime, b.ukuran FROM arsip_berkas ab JOIN berkas b ON b.id = ab.berkas_id "
     "WHERE ab.permohonan_id = %s ORDER BY b.id"},
    {"arsip_berkas_publik",
     "SELECT b.sha256, b.mime FROM arsip a JOIN arsip_berkas ab "
     "ON ab.permohonan_id = a.permohonan_id JOIN berkas b ON b.id = ab.berkas_id "
     "WHERE a.nomor = %s AND a.status = 'terbit' AND b.id = %s"},
    {NULL, NULL}
};

/* UU 14/2008 Pasal 17, as a refusal cites it. */
const sl_choice sialip_arsip_pasal17[] = {
    {"a", "menghambat proses penegakan hukum"},
    {"b", "mengganggu perlindungan hak atas kekayaan intelektual dan persaingan "
          "usaha tidak sehat"},
    {"c", "membahayakan pertahanan dan keamanan negara"},
    {"d", "mengungkapkan kekayaan alam Indonesia"},
    {"e", "merugikan ketahanan ekonomi nasional"},
    {"f", "merugikan kepentingan hubungan luar negeri"},
    {"g", "mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir "
          "ataupun wasiat seseorang"},
    {"h", "mengungkap rahasia pribadi"},
    {"i", "memorandum atau surat antar/intra Badan Publik yang menurut sifatnya "
          "dirahasiakan"},
    {"j", "informasi yang tidak boleh diungkapkan berdasarkan undang-undang"},
    {NULL, NULL}
};

int sialip_arsip_nomor_valid(const char *s)
{
    int i;
    if (!s || strlen(s) != 11 || s[4] != '-') {
        return 0;
    }
    for (i = 0; i < 11; i++) {
        if (i != 4 && !apr_isdigit(s[i])) {
            return 0;
        }
    }
    return 1;
}

static void tanggal_xml(sl_ctx *c, xmlNodePtr parent, const char *name, const char *iso)
{
    sl_day d;
    if (iso && sl_day_parse_iso(iso, &d) == 0) {
        sl_xml_attr(sl_xml_text(parent, name, sl_day_long_id(c->r->pool, d)), "iso", iso);
    }
}

/* The outcome and, for a refusal, the letter of Pasal 17 it cited. */
void sialip_arsip_hasil_xml(xmlNodePtr parent, const char *keputusan, const char *huruf)
{
    sl_xml_attr(sl_xml_text(parent, "keputusan",
                            sl_choice_label(sl_keputusan_choices, keputusan)),
                "kode", keputusan);
    if (huruf && *huruf) {
        sl_xml_attr(sl_xml_text(parent, "pasal17",
                                sl_choice_label(sialip_arsip_pasal17, huruf)),
                    "huruf", huruf);
    }
}

static long page_param(sl_ctx *c)
{
    long n;
    if (!isian_angka(sl_query(c, "halaman"), &n) || n < 1) {
        return 1;
    }
    return n;
}

static int four_digits(const char *s)
{
    return strlen(s) == 4 && apr_isdigit(s[0]) && apr_isdigit(s[1])
           && apr_isdigit(s[2]) && apr_isdigit(s[3]);
}

static void add_choices(sl_ctx *c, xmlNodePtr res)
{
    sl_rows *rows;
    xmlNodePtr list;
    int i;

    isian_pilihan_xml(res, "keputusan", sl_keputusan_choices);
    list = sl_xml_node(res, "pilihan");
    sl_xml_attr(list, "untuk", "opd");
    if (sl_db_select(c->db, "arsip_opd_pilihan", &rows, SL_NOARGS) == 0) {
        for (i = 0; i < rows->nrows; i++) {
            sl_xml_attr(sl_xml_text(list, "opsi", sl_rows_get(rows, i, 1)),
                        "nilai", sl_rows_get(rows, i, 0));
        }
    }
    list = sl_xml_node(res, "pilihan");
    sl_xml_attr(list, "untuk", "tahun");
    if (sl_db_select(c->db, "arsip_tahun_pilihan", &rows, SL_NOARGS) == 0) {
        for (i = 0; i < rows->nrows; i++) {
            sl_xml_attr(sl_xml_text(list, "opsi", sl_rows_get(rows, i, 0)),
                        "nilai", sl_rows_get(rows, i, 0));
        }
    }
}

static void entry_xml(sl_ctx *c, xmlNodePtr parent, const sl_rows *rows, int i)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr e = sl_xml_node(parent, "permohonan");
    sialip_arsip_baris b;

    sialip_arsip_baris_baca(rows, i, &b);
    sl_xml_attr(e, "nomor", b.nomor);
    sl_xml_attr(e, "href", apr_pstrcat(p, c->mount, "/arsip/", b.nomor, NULL));
    sl_xml_attr(sl_xml_text(e, "teks", b.teks ? b.teks : ""), "terpotong",
                b.panjang && atol(b.panjang) > ARSIP_CUPLIKAN ? "1" : NULL);
    sl_xml_text(e, "opd", b.opd ? b.opd : "");
    sialip_arsip_hasil_xml(e, b.keputusan, b.pasal17);
    tanggal_xml(c, e, "diterima", b.diterima);
    tanggal_xml(c, e, "diputus", b.diputus);
    sl_xml_text(e, "hari_kerja", b.hari_kerja);
}

int sialip_arsip_kata_pilih(sl_ctx *c, const char *q, int maks, int wajib,
                            const char *pilih[ARSIP_KATA_CARI])
{
    apr_array_header_t *words = arsip_kata(c->r->pool, q, 8);
    const char *args[8];
    long kira[8];
    int i, j, n = 0;
    sl_rows *rows;

    for (i = 0; i < ARSIP_KATA_CARI; i++) {
        pilih[i] = "";
    }
    if (words->nelts == 0) {
        return 0;
    }
    for (i = 0; i < 8; i++) {
        args[i] = i < words->nelts ? APR_ARRAY_IDX(words, i, const char *) : "";
    }
    if (sl_db_select(c->db, "arsip_kata_kira", &rows, 8, args) != 0 || rows->nrows != 1) {
        return -1;
    }
    for (i = 0; i < words->nelts; i++) {
        kira[i] = atol(sl_rows_get_or(rows, 0, i, "0"));
        if (kira[i] == 0 && wajib) {
            return -2;       /* a word no published request has */
        }
    }
    /* The rarest first, present ones only. */
    while (n < maks) {
        int best = -1;
        for (j = 0; j < words->nelts; j++) {
            if (kira[j] > 0 && (best < 0 || kira[j] < kira[best])) {
                best = j;
            }
        }
        if (best < 0) {
            break;
        }
        pilih[n++] = args[best];
        kira[best] = 0;
    }
    return n;
}

static int jumlah_kata(const char *const *kata)
{
    int n = 0;
    while (n < ARSIP_KATA_CARI && *kata[n]) {
        n++;
    }
    return n;
}

/* The search statement's arguments: the other words in their order, then
 * the rarest (the statement's WHERE). */
static int kata_args(const char *const *kata, const char **args)
{
    int n = jumlah_kata(kata), k, m = 0;
    for (k = 1; k < n; k++) {
        args[m++] = kata[k];
    }
    args[m++] = kata[0];
    return m;
}

int sialip_arsip_cari(sl_ctx *c, const char *const kata[ARSIP_KATA_CARI], const char *limit,
                      const char *offset, sl_rows **rows)
{
    const char *args[ARSIP_KATA_CARI + 2];
    int n = kata_args(kata, args);

    args[n++] = limit;
    args[n++] = offset;
    return sl_db_select(c->db, apr_psprintf(c->r->pool, "arsip_cari%d", jumlah_kata(kata)),
                        rows, n, args);
}

/* Reads (count: counts) the archive for the query as understood: the
 * chosen words (none: browsing), the filters when any is set, the page. */
static int baca(sl_ctx *c, int count, const char *const *kata, const char **filters,
                long page, sl_rows **rows)
{
    apr_pool_t *p = c->r->pool;
    const char *args[15], *label;
    int n = 0, k, saring = *filters[0] || *filters[2] || *filters[4];

    if (*kata[0]) {
        n = kata_args(kata, args);
    }
    if (!*kata[0] || saring) {
        for (k = 0; k < 6; k++) {
            args[n++] = filters[k];
        }
    }
    if (!count) {
        args[n++] = apr_ltoa(p, ARSIP_PER_HALAMAN);
        args[n++] = apr_ltoa(p, (page - 1) * ARSIP_PER_HALAMAN);
    }
    label = !*kata[0] ? (count ? "arsip_jumlah" : "arsip_daftar")
            : apr_psprintf(p, "%s%d", saring ? (count ? "arsip_cari_saring_jumlah"
                                                      : "arsip_cari_saring")
                                             : (count ? "arsip_cari_jumlah" : "arsip_cari"),
                           jumlah_kata(kata));
    return sl_db_select(c->db, label, rows, n, args);
}

int sialip_arsip_daftar(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *q = sl_utf8_prefix(p, sl_query(c, "q"), 200);
    const char *keputusan = sl_query(c, "keputusan");
    const char *opd = sl_query(c, "opd"), *tahun = sl_query(c, "tahun");
    const char *query, *filters[6], *kata[ARSIP_KATA_CARI];
    long page = page_param(c), total = 0, pages;
    int xml = sl_wants_xml(c->r), i, words = 0, lebih = 0;
    sl_rows *rows;
    sl_page *pg;
    xmlNodePtr res;

    if (!sl_choice_label(sl_keputusan_choices, keputusan)) {
        keputusan = "";
    }
    if (!isian_id_valid(opd)) {
        opd = "";
    }
    if (!four_digits(tahun)) {
        tahun = "";
    }
    if (!arsip_kata(p, q, 1)->nelts) {
        q = "";
    }
    /* Kept per process while the archive's version stays (every publish,
     * edit or withholding bumps it, whoever writes): browsing with the
     * pages of the lists, searches in a bounded share of their own, keyed
     * by the query as understood (q last: the others hold no '&'). */
    query = apr_psprintf(p, "keputusan=%s&opd=%s&tahun=%s&halaman=%ld", keputusan, opd,
                         tahun, page);
    if (!*q ? sl_pagecache_serve_as(c, "arsip", query)
            : sl_pagecache_serve_many(c, "arsip", apr_pstrcat(p, query, "&q=", q, NULL))) {
        return OK;
    }
    filters[0] = filters[1] = keputusan;
    filters[2] = filters[3] = tahun;
    filters[4] = filters[5] = opd;
    if (*q && (words = sialip_arsip_kata_pilih(c, q, ARSIP_KATA_CARI, 1, kata)) == -1) {
        return isian_gangguan(c);
    }
    if (!*q) {
        kata[0] = "";
    }
    if (words == -2) {
        rows = NULL;         /* a word no published request holds */
        pages = 1;
    }
    else {
        /* The word counts (kira) hold withheld requests whose words
         * were left behind, so a search counts its own published ones. */
        if (baca(c, 1, kata, filters, page, &rows) != 0) {
            return isian_gangguan(c);
        }
        else {
            total = atol(sl_rows_get_or(rows, 0, 0, "0"));
        }
        if (*kata[0] && total > ARSIP_CARI_MAKS) {
            total = ARSIP_CARI_MAKS;
            lebih = 1;
        }
        pages = total > 0 ? (total + ARSIP_PER_HALAMAN - 1) / ARSIP_PER_HALAMAN : 1;
        if (page > pages) {
            page = pages;
        }
        if (baca(c, 0, kata, filters, page, &rows) != 0) {
            return isian_gangguan(c);
        }
    }
    if (page > pages) {
        page = pages;
    }

    pg = sl_ctx_page(c, "arsip-daftar", SIALIP_MSG_ARSIP_JAWABAN_PERMOHONAN_INFORMASI, "arsip");
    res = pg->resource;
    sl_xml_attr(res, "total", apr_ltoa(p, total));
    sl_xml_attr(res, "lebih", lebih ? "true" : NULL);
    query = isian_saring_xml(c, res, "/arsip",
                             (const char *[]){"q", "keputusan", "opd", "tahun"},
                             (const char *[]){q, keputusan, opd, tahun}, 4);
    if (!xml) {
        add_choices(c, res);
    }
    for (i = 0; rows && i < rows->nrows; i++) {
        entry_xml(c, res, rows, i);
    }
    isian_paging_xml(c, res, apr_pstrcat(p, c->mount, xml ? "/arsip.xml" : "/arsip", NULL),
                     query, page, pages, total);
    return sl_page_send(pg, HTTP_OK);
}

static int tidak_ada(sl_ctx *c)
{
    return isian_tidak_ditemukan(c, SIALIP_MSG_TIDAK_ADA_ARSIP,
                                 SIALIP_MSG_PERMOHONAN_TIDAK_ADA_ARSIP);
}

int sialip_arsip_satu(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *nomor = apr_table_get(c->params, "nomor"), *id;
    sl_rows *rows, *opd, *docs;
    sl_page *pg;
    xmlNodePtr res, list;
    int i;

    if (!sialip_arsip_nomor_valid(nomor)) {
        return tidak_ada(c);
    }
    if (sl_pagecache_serve_as(c, "arsip", "")) {
        return OK;
    }
    if (sl_db_select(c->db, "arsip_satu", &rows, SL_ARGS(nomor)) != 0) {
        return isian_gangguan(c);
    }
    if (rows->nrows != 1) {
        return tidak_ada(c);
    }
    id = sl_rows_get(rows, 0, 0);
    if (sl_db_select(c->db, "arsip_satu_opd", &opd, SL_ARGS(id)) != 0
        || sl_db_select(c->db, "arsip_satu_berkas", &docs, SL_ARGS(id)) != 0) {
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "arsip-satu", apr_psprintf(p, SIALIP_MSG_ARSIP_PERMOHONAN, nomor),
                     "arsip_permohonan");
    res = pg->resource;
    sl_xml_attr(res, "nomor", nomor);
    sl_xml_attr(res, "tahun", sl_rows_get(rows, 0, 8));
    sl_xml_text(res, "teks", sl_rows_get_or(rows, 0, 2, ""));
    list = sl_xml_node(res, "opd_daftar");
    for (i = 0; i < opd->nrows; i++) {
        sl_xml_attr(sl_xml_text(list, "opd", sl_rows_get(opd, i, 1)), "id",
                    sl_rows_get(opd, i, 0));
    }
    sialip_arsip_hasil_xml(res, sl_rows_get(rows, 0, 3), sl_rows_get(rows, 0, 4));
    tanggal_xml(c, res, "diterima", sl_rows_get(rows, 0, 5));
    tanggal_xml(c, res, "diputus", sl_rows_get(rows, 0, 6));
    sl_xml_text(res, "hari_kerja", sl_rows_get(rows, 0, 7));
    list = sl_xml_node(res, "dokumen_daftar");
    for (i = 0; i < docs->nrows; i++) {
        xmlNodePtr d = sl_xml_node(list, "dokumen");
        sl_xml_attr(d, "href", apr_pstrcat(p, c->mount, "/arsip/", nomor, "/dokumen/",
                                           sl_rows_get(docs, i, 0), NULL));
        sl_xml_attr(d, "mime", sl_rows_get(docs, i, 1));
        sl_xml_attr(d, "ukuran", sl_rows_get(docs, i, 2));
    }
    return sl_page_send(pg, HTTP_OK);
}

static const char *extension_of(const char *mime)
{
    if (mime && strcmp(mime, "application/pdf") == 0) {
        return ".pdf";
    }
    if (mime && strcmp(mime, "image/png") == 0) {
        return ".png";
    }
    if (mime && strcmp(mime, "image/jpeg") == 0) {
        return ".jpg";
    }
    return "";
}

/* A released document the officer marked public, as an attachment named
 * after the request (the uploaded file's own name may name the applicant). */
int sialip_arsip_dokumen(sl_ctx *c)
{
    const char *nomor = apr_table_get(c->params, "nomor");
    const char *id = apr_table_get(c->params, "id");
    sl_rows *rows;
    int rv;

    if (!sialip_arsip_nomor_valid(nomor) || !isian_id_valid(id)) {
        return tidak_ada(c);
    }
    if (sl_db_select(c->db, "arsip_berkas_publik", &rows, SL_ARGS(nomor, id)) != 0) {
        return isian_gangguan(c);
    }
    if (rows->nrows != 1) {
        return isian_tidak_ditemukan(c, SIALIP_MSG_DOKUMEN_TIDAK_DITEMUKAN,
                                     SIALIP_MSG_DOKUMEN_TIDAK_ADA_ARSIP);
    }
    rv = sl_store_send(c->r, sialip_config_of(c->r)->upload_dir, sl_rows_get(rows, 0, 0),
                       sl_rows_get(rows, 0, 1),
                       apr_pstrcat(c->r->pool, "dokumen-", nomor, "-", id,
                                   extension_of(sl_rows_get(rows, 0, 1)), NULL));
    if (rv == HTTP_NOT_FOUND) {
        return isian_tidak_ditemukan(c, SIALIP_MSG_DOKUMEN_TIDAK_TERSEDIA,
                                     SIALIP_MSG_BERKAS_DOKUMEN_TIDAK_DITEMUKAN);
    }
    return rv;
}
