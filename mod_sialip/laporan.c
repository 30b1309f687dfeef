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
 * numbers only. */
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
#include "statistik_hitung.h"
#include "alur.h"
#include "profil.h"
#include "sialip.h"
#include "sl_logno.h"

#define LAP_NS "urn:serangkab:ppid:laporan:1"
#define LAP_BARIS_PER_AMBIL 1000
/* Who reads the annual report page (the XML is public anyway). */
#define LAP_PEMBACA (ALUR_PETUGAS | SL_ROLE_PIMPINAN | SL_ROLE_ADMIN)

/* The requests of a period: 3 arguments (year, from, to as UTC) plus the
 * paging key and size. */
#define LAP_PERIODE \
    "p.tahun = %s AND p.diterima_pada >= %s AND p.diterima_pada < %s "

static const sl_stmt_def statements[] = {
    {"lap_permohonan",
     "SELECT p.id, p.nomor, p.diterima_pada, p.hari_nol, p.jatuh_tempo, "
     "p.jatuh_tempo_perpanjangan, n.keputusan, n.diterbitkan_pada, x.pasal17_huruf, "
     "p.diperpanjang_pada FROM permohonan p LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "LEFT JOIN informasi_dikecualikan x ON x.id = n.dikecualikan_id "
     "WHERE " LAP_PERIODE "AND p.id > %s ORDER BY p.id LIMIT %s"},
    /* An objection on ground b without a request counts by its own year
     * and time of receipt. */
    {"lap_keberatan",
     "SELECT k.alasan, k.status, k.putusan FROM keberatan k "
     "LEFT JOIN permohonan p ON p.id = k.permohonan_id WHERE COALESCE(p.tahun, k.tahun) "
     "= %s AND COALESCE(p.diterima_pada, k.diterima_pada) >= %s "
     "AND COALESCE(p.diterima_pada, k.diterima_pada) < %s"},
    {"lap_sengketa",
     "SELECT s.tahap, s.hasil FROM sengketa s JOIN keberatan k ON k.id = s.keberatan_id "
     "JOIN permohonan p ON p.id = k.permohonan_id WHERE " LAP_PERIODE},
    {"lap_perkara",
     "SELECT pk.pengadilan, pk.hasil FROM perkara pk "
     "JOIN sengketa s ON s.id = pk.sengketa_id JOIN keberatan k ON k.id = s.keberatan_id "
     "JOIN permohonan p ON p.id = k.permohonan_id WHERE " LAP_PERIODE},
    {"lap_tahun",
     "SELECT DISTINCT tahun FROM permohonan ORDER BY tahun DESC"},
    {NULL, NULL}
};

static const char *const ketepatan_kode[] = {
    "tepat_waktu", "terlambat", "belum_jatuh_tempo", "lewat_tempo"
};

static const char *const tahap_kode[] = {"mediasi", "ajudikasi", "selesai", NULL};
static const char *const hasil_kode[] = {
    "mediasi_berhasil", "dikabulkan", "dikabulkan_sebagian", "ditolak", "gugur", NULL
};
static const char *const pengadilan_kode[] = {"ptun", "pn", "ma", NULL};
static const char *const putusan_pengadilan_kode[] = {
    "dikabulkan", "dikabulkan_sebagian", "ditolak", "tidak_diterima", "dicabut", NULL
};

typedef struct {
    int tahun;
    int bulan_dari, bulan_sampai;
    int semester;               /* 0 for the annual report */
    const char *tahun_teks, *dari, *sampai;     /* arguments */
} periode;

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

static void set_periode(apr_pool_t *p, periode *pr, int tahun, int semester)
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

static xmlNodePtr angka(xmlNodePtr parent, const char *name, long n)
{
    char buf[24];
    apr_snprintf(buf, sizeof(buf), "%ld", n);
    return sl_xml_text(parent, name, buf);
}

/* An element with tenths as a decimal; nothing when there is no value. */
static void persepuluh(apr_pool_t *p, xmlNodePtr parent, const char *name, long tenths)
{
    if (tenths >= 0) {
        sl_xml_text(parent, name, st_persepuluh_teks(p, tenths));
    }
}

/* ---- the requests -------------------------------------------------------- */

/* One request of the per-request list, kept compact until it is written:
 * a year holds some 50,000, and as tree nodes they cost the child about
 * 100 MB of fresh memory (and its page faults) on every report. */
typedef struct {
    const char *nomor;
    st_permohonan pm;          /* keputusan: a static code or in the request pool */
    int hari;                  /* working days to the notice; -1 without one */
    st_ketepatan ket;
} rincian;

typedef struct {
    sl_ctx *c;
    const sl_calendar *cal;
    sl_day today;
    st_rekap rekap;
    apr_array_header_t *rincian;   /* of rincian, in request order */
    int buruk;                     /* rows that could not be read */
} kumpul;

static int tambah_permohonan(void *data, int ncols, const char *const *names,
                             const char *const *v, apr_pool_t *row_pool)
{
    kumpul *k = data;
    apr_pool_t *p = k->c->r->pool;
    rincian *b;
    st_permohonan pm;
    int i;

    if (ncols != 10 || !v[1]
        || st_permohonan_isi(&pm, v[2], v[3], v[4], v[5], v[6], v[7], v[8]) != 0) {
        k->buruk++;
        return 0;
    }
    st_permohonan_perpanjangan(&pm, v[4], v[9]);   /* a late extension is no excuse */
    b = apr_array_push(k->rincian);
    b->pm = pm;
    b->hari = st_rekap_tambah(&k->rekap, k->cal, k->today, &b->pm, &b->ket);
    b->nomor = apr_pstrdup(p, v[1]);
    if (pm.keputusan) {      /* it points into the row, which goes next */
        i = st_keputusan_indeks(pm.keputusan);
        b->pm.keputusan = i >= 0 ? st_keputusan_kode(i) : apr_pstrdup(p, pm.keputusan);
    }
    return 0;
}

typedef int (*atribut_fn)(void *tujuan, const char *nama, const char *nilai);

/* The attributes of b in the per-request list, in the schema's order,
 * handed to put one by one.  Returns 0, or -1 when put failed. */
static int rincian_atribut(const rincian *b, atribut_fn put, void *tujuan)
{
    char diterima[SL_DAY_ISO_LEN], hari_nol[SL_DAY_ISO_LEN], tempo[SL_DAY_ISO_LEN];
    char tanggal[SL_DAY_ISO_LEN], hari[12];
    const st_permohonan *pm = &b->pm;
    char huruf[2] = {pm->pasal17, '\0'};

    sl_day_iso_buf(pm->diterima, diterima);
    sl_day_iso_buf(pm->hari_nol, hari_nol);
    sl_day_iso_buf(pm->tempo, tempo);
    sl_day_iso_buf(pm->tanggal_pemberitahuan, tanggal);
    apr_snprintf(hari, sizeof(hari), "%d", b->hari);
    /* || keeps the order (and stops at the first failure). */
    if (put(tujuan, "nomor", b->nomor) || put(tujuan, "diterima", diterima)
        || put(tujuan, "hari_nol", hari_nol) || put(tujuan, "jatuh_tempo", tempo)
        || (pm->diperpanjang && put(tujuan, "diperpanjang", "1"))
        || (pm->dijawab && (put(tujuan, "pemberitahuan", tanggal)
                            || put(tujuan, "hari_kerja", hari)
                            || put(tujuan, "keputusan", pm->keputusan)
                            || (pm->pasal17 && put(tujuan, "pasal17", huruf))))
        || put(tujuan, "ketepatan", ketepatan_kode[b->ket])) {
        return -1;
    }
    return 0;
}

static int atribut_pohon(void *node, const char *nama, const char *nilai)
{
    sl_xml_attr(node, nama, nilai);
    return 0;
}

static int atribut_penulis(void *w, const char *nama, const char *nilai)
{
    return xmlTextWriterWriteAttribute(w, BAD_CAST nama, BAD_CAST nilai) < 0;
}

static void waktu_xml(apr_pool_t *p, xmlNodePtr parent, st_rekap *rk)
{
    xmlNodePtr w = sl_xml_node(parent, "waktu_layanan"), sebaran;
    int i;

    sl_xml_attr(w, "satuan", "hari_kerja");
    persepuluh(p, w, "rata_rata", st_rekap_rata(rk));
    persepuluh(p, w, "median", st_rekap_median(rk));
    if (rk->hari_min >= 0) {
        angka(w, "tercepat", rk->hari_min);
        angka(w, "terlama", rk->hari_maks);
    }
    angka(w, "tepat_waktu", rk->tepat_waktu);
    angka(w, "terlambat", rk->terlambat);
    angka(w, "lewat_tempo", rk->lewat_tempo);
    angka(w, "belum_jatuh_tempo", rk->belum_jatuh_tempo);
    persepuluh(p, w, "persen_tepat_waktu", st_rekap_tepat_persen(rk));
    angka(w, "diperpanjang", rk->diperpanjang);
    sebaran = sl_xml_node(w, "sebaran");
    for (i = 0; i < ST_KELOMPOK_N; i++) {
        xmlNodePtr g = angka(sebaran, "kelompok", rk->kelompok[i]);
        sl_xml_attr(g, "dari", apr_itoa(p, i == 0 ? 0 : st_kelompok_batas[i - 1] + 1));
        if (i < ST_KELOMPOK_N - 1) {
            sl_xml_attr(g, "sampai", apr_itoa(p, st_kelompok_batas[i]));
        }
    }
}

static void keputusan_xml(apr_pool_t *p, xmlNodePtr parent, const st_rekap *rk)
{
    xmlNodePtr k = sl_xml_node(parent, "keputusan"), tolak, kecuali;
    int i;

    angka(k, "diberikan_seluruhnya", rk->keputusan[ST_DIBERIKAN_SELURUHNYA]);
    angka(k, "diberikan_sebagian", rk->keputusan[ST_DIBERIKAN_SEBAGIAN]);
    tolak = sl_xml_node(k, "ditolak");
    sl_xml_attr(tolak, "jumlah", apr_itoa(p, rk->keputusan[ST_DITOLAK_DIKECUALIKAN]
                                             + rk->keputusan[ST_DITOLAK_PROSEDURAL]));
    kecuali = sl_xml_node(tolak, "dikecualikan");
    sl_xml_attr(kecuali, "jumlah", apr_itoa(p, rk->keputusan[ST_DITOLAK_DIKECUALIKAN]));
    for (i = 0; i < 10; i++) {
        char huruf[2] = {(char)('a' + i), '\0'};
        sl_xml_attr(angka(kecuali, "pasal17", rk->pasal17[i]), "huruf", huruf);
    }
    angka(tolak, "prosedural", rk->keputusan[ST_DITOLAK_PROSEDURAL]);
    angka(k, "tidak_dikuasai", rk->keputusan[ST_TIDAK_DIKUASAI]);
    angka(k, "belum_dikuasai", rk->keputusan[ST_BELUM_DIKUASAI]);
}

static int index_of(const char *const *codes, const char *v)
{
    int i;
    for (i = 0; v && codes[i]; i++) {
        if (strcmp(codes[i], v) == 0) {
            return i;
        }
    }
    return -1;
}

/* Objections against the period's requests and their outcomes. */
static int keberatan_xml(sl_ctx *c, xmlNodePtr parent, const periode *pr)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    int i, j, alasan[7] = {0}, kabul = 0, tolak = 0, belum = 0, musyawarah = 0;
    xmlNodePtr k, list;

    if (sl_db_select(c->db, "lap_keberatan", &rows,
                     SL_ARGS(pr->tahun_teks, pr->dari, pr->sampai)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *set = sl_rows_get_or(rows, i, 0, "");
        const char *putusan = sl_rows_get(rows, i, 2);
        for (j = 0; j < 7; j++) {
            char huruf[2] = {(char)('a' + j), '\0'};
            if (strstr(set, huruf)) {
                alasan[j]++;
            }
        }
        if (strcmp(sl_rows_get_or(rows, i, 1, ""), "musyawarah") == 0) {
            musyawarah++;       /* settled by agreement, Pasal 35(2) */
        }
        else if (strcmp(sl_rows_get_or(rows, i, 1, ""), "diputus") != 0 || !putusan) {
            belum++;
        }
        else if (strcmp(putusan, "dikabulkan") == 0) {
            kabul++;
        }
        else {
            tolak++;
        }
    }
    k = sl_xml_node(parent, "keberatan");
    sl_xml_attr(k, "jumlah", apr_itoa(p, rows->nrows));
    list = sl_xml_node(k, "per_alasan");
    for (j = 0; j < 7; j++) {
        char huruf[2] = {(char)('a' + j), '\0'};
        sl_xml_attr(angka(list, "alasan", alasan[j]), "huruf", huruf);
    }
    angka(k, "dikabulkan", kabul);
    angka(k, "ditolak", tolak);
    angka(k, "belum_diputus", belum);
    angka(k, "musyawarah", musyawarah);
    return 0;
}

/* Under parent, a list element holding one count per code of column col
 * of rows (in codes' order), and, when none is given, the rows whose
 * column is none of them (NULL: no result yet). */
static void per_kode(xmlNodePtr parent, const char *list_name,
                     const char *item, const char *const *codes,
                     const sl_rows *rows, int col, const char *none)
{
    xmlNodePtr list = sl_xml_node(parent, list_name);
    int i, k, n, other = 0;

    for (k = 0; codes[k]; k++) {
        for (i = 0, n = 0; i < rows->nrows; i++) {
            n += index_of(codes, sl_rows_get(rows, i, col)) == k;
        }
        sl_xml_attr(angka(list, item, n), "kode", codes[k]);
    }
    if (none) {
        for (i = 0; i < rows->nrows; i++) {
            other += index_of(codes, sl_rows_get(rows, i, col)) < 0;
        }
        sl_xml_attr(angka(list, item, other), "kode", none);
    }
}

/* Disputes at the KI over the period's requests, by stage and result. */
static int sengketa_xml(sl_ctx *c, xmlNodePtr parent, const periode *pr)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    xmlNodePtr s;

    if (sl_db_select(c->db, "lap_sengketa", &rows,
                     SL_ARGS(pr->tahun_teks, pr->dari, pr->sampai)) != 0) {
        return -1;
    }
    s = sl_xml_node(parent, "sengketa");
    sl_xml_attr(s, "jumlah", apr_itoa(p, rows->nrows));
    per_kode(s, "per_tahap", "tahap", tahap_kode, rows, 0, NULL);
    per_kode(s, "per_hasil", "hasil", hasil_kode, rows, 1, "belum_ada");
    return 0;
}

/* Court cases after those disputes (Perki 1/2021 Pasal 56), by court and
 * result. */
static int perkara_xml(sl_ctx *c, xmlNodePtr parent, const periode *pr)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;
    xmlNodePtr node;

    if (sl_db_select(c->db, "lap_perkara", &rows,
                     SL_ARGS(pr->tahun_teks, pr->dari, pr->sampai)) != 0) {
        return -1;
    }
    node = sl_xml_node(parent, "perkara_pengadilan");
    sl_xml_attr(node, "jumlah", apr_itoa(p, rows->nrows));
    per_kode(node, "per_pengadilan", "pengadilan", pengadilan_kode, rows, 0, NULL);
    per_kode(node, "per_hasil", "hasil", putusan_pengadilan_kode, rows, 1,
             "belum_ada");
    return 0;
}

/* Fills root (annual when pr->semester is 0) with the report's totals and
 * sets *daftar to its requests (rincian, in request order) for the caller
 * to write after them.  Returns 0, or -1 when the database failed. */
static int bangun(sl_ctx *c, xmlNodePtr root, const periode *pr,
                  apr_array_header_t **daftar)
{
    apr_pool_t *p = c->r->pool;
    kumpul k;
    xmlNodePtr per, node, months;
    int i;

    memset(&k, 0, sizeof(k));
    k.c = c;
    k.today = sl_today_wib();
    k.cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    if (!k.cal) {
        return -1;
    }
    st_rekap_init(&k.rekap, p);
    k.rincian = apr_array_make(p, 4096, sizeof(rincian));

    sl_xml_attr(root, "tahun", pr->tahun_teks);
    if (pr->semester) {
        sl_xml_attr(root, "semester", apr_itoa(p, pr->semester));
    }
    per = sl_xml_node(root, "periode");
    sl_xml_attr(per, "dari", sl_day_iso(p, sl_day_from_ymd(pr->tahun, pr->bulan_dari, 1)));
    sl_xml_attr(per, "sampai", sl_day_iso(p, (pr->bulan_sampai == 12
                                              ? sl_day_from_ymd(pr->tahun + 1, 1, 1)
                                              : sl_day_from_ymd(pr->tahun, pr->bulan_sampai + 1, 1))
                                             - 1));
    sl_xml_attr(per, "hari_ini", sl_day_iso(p, k.today));

    if (sl_db_begin(c->db) != 0) {
        return -1;
    }
    if (sl_db_each_page(c->db, "lap_permohonan", 0, LAP_BARIS_PER_AMBIL, "0",
                        tambah_permohonan, &k,
                        SL_ARGS(pr->tahun_teks, pr->dari, pr->sampai)) != 0) {
        sl_db_rollback(c->db);
        return -1;
    }
    if (k.buruk) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00069) "report %d: %d request "
                      "rows with unreadable dates left out", pr->tahun, k.buruk);
    }

    node = sl_xml_node(root, "permohonan");
    angka(node, "jumlah", k.rekap.jumlah);
    angka(node, "dijawab", k.rekap.dijawab);
    angka(node, "belum_dijawab", k.rekap.jumlah - k.rekap.dijawab);
    months = sl_xml_node(node, "per_bulan");
    for (i = pr->bulan_dari; i <= pr->bulan_sampai; i++) {
        sl_xml_attr(angka(months, "bulan", k.rekap.per_bulan[i - 1]), "ke", apr_itoa(p, i));
    }
    waktu_xml(p, root, &k.rekap);
    keputusan_xml(p, root, &k.rekap);
    if (!pr->semester) {
        if (keberatan_xml(c, root, pr) != 0 || sengketa_xml(c, root, pr) != 0
            || perkara_xml(c, root, pr) != 0
            || sialip_profil_statistik_xml(c, root, pr->tahun_teks, pr->dari,
                                           pr->sampai) != 0) {
            sl_db_rollback(c->db);
            return -1;
        }
    }
    sl_db_rollback(c->db);
    *daftar = k.rincian;
    return 0;
}

/* ---- responses ------------------------------------------------------------ */

static const char *waktu_sekarang(apr_pool_t *p)
{
    apr_time_exp_t t;
    apr_time_exp_tz(&t, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    return apr_psprintf(p, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", t.tm_year + 1900,
                        t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
}

static apr_status_t free_doc(void *data)
{
    xmlFreeDoc(data);
    return APR_SUCCESS;
}

/* The report as a document of its own in the report namespace: the totals
 * (a small tree), then the per-request list written row by row. */
static int kirim_xml(sl_ctx *c, const periode *pr)
{
    request_rec *r = c->r;
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root;
    apr_array_header_t *daftar;
    sl_xmlwriter *x;
    int i;

    apr_pool_cleanup_register(r->pool, doc, free_doc, apr_pool_cleanup_null);
    root = xmlNewDocNode(doc, NULL, BAD_CAST (pr->semester ? "ringkasan_semester"
                                                           : "laporan_tahunan"), NULL);
    xmlDocSetRootElement(doc, root);
    xmlSetNs(root, xmlNewNs(root, BAD_CAST LAP_NS, NULL));
    sl_xml_attr(root, "dibuat", waktu_sekarang(r->pool));
    if (bangun(c, root, pr, &daftar) != 0) {
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
            || rincian_atribut(&APR_ARRAY_IDX(daftar, i, rincian), atribut_penulis,
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
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root, list;
    apr_array_header_t *daftar;
    periode pr;
    int i;

    apr_pool_cleanup_register(p, doc, free_doc, apr_pool_cleanup_null);
    set_periode(p, &pr, tahun, 0);
    root = xmlNewDocNode(doc, NULL, BAD_CAST "laporan_tahunan", NULL);
    xmlDocSetRootElement(doc, root);
    xmlSetNs(root, xmlNewNs(root, BAD_CAST LAP_NS, NULL));
    sl_xml_attr(root, "dibuat", waktu_sekarang(p));
    if (bangun(c, root, &pr, &daftar) != 0) {
        return -1;
    }
    list = sl_xml_node(root, "rincian_waktu");
    for (i = 0; i < daftar->nelts; i++) {
        rincian_atribut(&APR_ARRAY_IDX(daftar, i, rincian), atribut_pohon,
                        sl_xml_node(list, "permohonan"));
    }
    *out = doc;
    return 0;
}

static int tidak_ada(sl_ctx *c)
{
    return sl_error_page(c, HTTP_NOT_FOUND, "Laporan tidak ditemukan",
                         "Periksa tahun (empat angka) dan semester (1 atau 2).");
}

static int semester_param(sl_ctx *c)
{
    const char *v = apr_table_get(c->params, "semester");
    return v && (strcmp(v, "1") == 0 || strcmp(v, "2") == 0) ? atoi(v) : 0;
}

static int tahunan_xml(sl_ctx *c)
{
    periode pr;
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

static int semester_xml(sl_ctx *c)
{
    periode pr;
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
    periode pr;
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
                       semester ? apr_psprintf(p, "Ringkasan akses informasi publik "
                                               "semester %d tahun %d", semester, tahun)
                                : apr_psprintf(p, "Laporan layanan informasi publik "
                                               "tahun %d", tahun),
                       semester ? "ringkasan_semester" : "laporan_tahunan");
    if (bangun(c, page->resource, &pr, &daftar) != 0) {
        return alur_gangguan(c);
    }
    /* The page lists the late ones; the whole list is in the XML. */
    terlambat = sl_xml_node(page->resource, "permohonan_terlambat");
    for (i = 0; i < daftar->nelts; i++) {
        const rincian *b = &APR_ARRAY_IDX(daftar, i, rincian);
        if (b->ket == ST_TERLAMBAT || b->ket == ST_LEWAT_TEMPO) {
            rincian_atribut(b, atribut_pohon, sl_xml_node(terlambat, "permohonan"));
        }
    }
    return sl_page_send(page, HTTP_OK);
}

static int tahunan_halaman(sl_ctx *c)
{
    return halaman(c, 0);
}

static int semester_halaman(sl_ctx *c)
{
    return halaman(c, 1);
}

/* The years there are requests for, with links to their reports. */
static int daftar(sl_ctx *c)
{
    sl_rows *rows;
    sl_page *page;
    int i;

    if (sl_db_select(c->db, "lap_tahun", &rows, SL_NOARGS) != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, "laporan-daftar", "Laporan layanan informasi publik",
                       "daftar_laporan");
    for (i = 0; i < rows->nrows; i++) {
        sl_xml_attr(sl_xml_node(page->resource, "tahun"), "nilai",
                    sl_rows_get(rows, i, 0));
    }
    return sl_page_send(page, HTTP_OK);
}

static const sl_route routes[] = {
    {"GET", "/admin/laporan", daftar, LAP_PEMBACA, 0, NULL},
    {"GET", "/admin/laporan/{tahun}", tahunan_halaman, LAP_PEMBACA, 0, NULL},
    {"GET", "/laporan", daftar, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/laporan/{tahun}.xml", tahunan_xml, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/laporan/{tahun}", tahunan_halaman, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/laporan/{tahun}/semester/{semester}.xml", semester_xml, SL_ROUTE_PUBLIC,
     SL_ROUTE_HEAVY, NULL},
    {"GET", "/laporan/{tahun}/semester/{semester}", semester_halaman, SL_ROUTE_PUBLIC,
     SL_ROUTE_HEAVY, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature sialip_laporan_feature = {routes, statements};
