/* Public service statistics (/statistik, /statistik.xml): for a year
 * (?tahun=, the current one by default) the requests per month, the
 * outcomes of the written notices, and per OPD the on-time rate and the
 * median working days from day 0 to the notice.  The page draws its charts
 * as SVG on the server (no script; presentation attributes only, as the
 * Content-Security-Policy forbids inline styles); the XML carries the same
 * figures in urn:serangkab:ppid:statistik:1 (schema/statistik.xsd).
 *
 * A request routed to several OPDs counts for each of them; one answered
 * by PPID Utama without a (live) disposition counts under "PPID Utama".
 * The on-time rate is the share of notices issued by the due date among
 * the requests whose due date has come (answered, or open and overdue).
 * No personal data. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_lib.h>
#include "calendar.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "sl_xmlwriter.h"
#include "statistik_hitung.h"
#include "alur.h"
#include "profil.h"
#include "laporan.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

#define STAT_NS "urn:serangkab:ppid:statistik:1"
#define STAT_BARIS_PER_AMBIL 1000

const sl_stmt_def sialip_statistik_stmts[] = {
    {"stat_permohonan",
     "SELECT p.id, p.diterima_pada, p.hari_nol, p.jatuh_tempo, p.jatuh_tempo_perpanjangan, "
     "n.keputusan, n.diterbitkan_pada, x.pasal17_huruf, "
     "EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = p.id "
     " AND d.status <> 'dialihkan'), p.diperpanjang_pada, p.status "
     "FROM permohonan p LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "LEFT JOIN informasi_dikecualikan x ON x.id = n.dikecualikan_id "
     "WHERE p.tahun = %s AND p.id > %s ORDER BY p.id LIMIT %s"},
    /* STRAIGHT_JOIN: the page is read along disposisi's primary key.
     * Left to itself MariaDB started from the 16 OPDs and sorted each
     * OPD's dispositions for every page of 1,000: 300,000 rows read per
     * page, 28 s of MariaDB CPU for one statistics page on the bench
     * data (100,000 requests). */
    {"stat_opd",
     "SELECT d.id, d.opd_id, o.singkatan, o.nama, p.diterima_pada, p.hari_nol, "
     "p.jatuh_tempo, p.jatuh_tempo_perpanjangan, n.keputusan, n.diterbitkan_pada, "
     "p.diperpanjang_pada, d.ditutup_utama FROM disposisi d "
     "STRAIGHT_JOIN permohonan p ON p.id = d.permohonan_id "
     "STRAIGHT_JOIN opd o ON o.id = d.opd_id "
     "LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "WHERE d.status <> 'dialihkan' AND p.tahun = %s AND d.id > %s ORDER BY d.id LIMIT %s"},
    {"stat_tahun", "SELECT DISTINCT tahun FROM permohonan ORDER BY tahun DESC"},
    /* Published berkala DIP entries older than six months, per OPD (as
     * dip.c flags them), counted against their OPD. */
    {"stat_dip_usang",
     "SELECT o.id, o.singkatan, o.nama, COUNT(*) FROM dip d JOIN opd o ON o.id = d.opd_id "
     "WHERE d.kategori = 'berkala' AND d.status = 'terbit' "
     "AND d.dimutakhirkan_pada < UTC_TIMESTAMP() - INTERVAL 6 MONTH "
     "GROUP BY o.id, o.singkatan, o.nama ORDER BY o.singkatan"},
    {NULL, NULL}
};

static const char *const nama_bulan[12] = {
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"
};

static const char *const label_keputusan[ST_KEPUTUSAN_N] = {
    SIALIP_MSG_DIBERIKAN_SELURUHNYA, SIALIP_MSG_DIBERIKAN_SEBAGIAN,
    SIALIP_MSG_DITOLAK_DIKECUALIKAN, SIALIP_MSG_DITOLAK_PROSEDURAL, SIALIP_MSG_TIDAK_DIKUASAI, SIALIP_MSG_BELUM_DIKUASAI
};

/* An OPD's figures (id "0": answered by PPID Utama without disposition). */
typedef struct {
    const char *id, *singkatan, *nama;
    st_rekap rekap;
    long tidak_dijawab;         /* parts PPID Utama closed for the silent OPD */
} opd_rekap;

typedef struct {
    sl_ctx *c;
    const sl_calendar *cal;
    sl_day today;
    st_rekap semua;
    opd_rekap *langsung;
    apr_hash_t *opd;            /* id -> opd_rekap */
    int buruk;
    /* Finished (handed over, or nothing to hand over), and answered but
     * waiting for the delivery (docs/STATUS_PERMOHONAN.md). */
    long selesai, menunggu_penyerahan;
} hitung;

static int tambah_permohonan(void *data, int ncols, const char *const *names,
                             const char *const *v, apr_pool_t *row_pool)
{
    hitung *h = data;
    st_permohonan pm;

    if (ncols != 11 || st_permohonan_isi(&pm, v[1], v[2], v[3], v[4], v[5], v[6], v[7]) != 0) {
        h->buruk++;
        return 0;
    }
    if (v[10] && strcmp(v[10], "selesai") == 0) {
        h->selesai++;
    }
    else if (v[10] && strncmp(v[10], "menunggu_", 9) == 0) {
        h->menunggu_penyerahan++;
    }
    st_permohonan_perpanjangan(&pm, v[3], v[9]);
    st_rekap_tambah(&h->semua, h->cal, h->today, &pm, NULL);
    if (!v[8] || strcmp(v[8], "0") == 0) {
        st_rekap_tambah(&h->langsung->rekap, h->cal, h->today, &pm, NULL);
    }
    return 0;
}

static int tambah_opd(void *data, int ncols, const char *const *names,
                      const char *const *v, apr_pool_t *row_pool)
{
    hitung *h = data;
    apr_pool_t *p = h->c->r->pool;
    st_permohonan pm;
    opd_rekap *o;

    /* Columns of stat_opd: ..., 10 diperpanjang_pada, 11 ditutup_utama. */
    if (ncols != 12 || !v[1]
        || st_permohonan_isi(&pm, v[4], v[5], v[6], v[7], v[8], v[9], NULL) != 0) {
        h->buruk++;
        return 0;
    }
    st_permohonan_perpanjangan(&pm, v[6], v[10]);
    if (!(o = apr_hash_get(h->opd, v[1], APR_HASH_KEY_STRING))) {
        o = apr_pcalloc(p, sizeof(*o));
        o->id = apr_pstrdup(p, v[1]);
        o->singkatan = apr_pstrdup(p, v[2] ? v[2] : v[1]);
        o->nama = apr_pstrdup(p, v[3] ? v[3] : "");
        st_rekap_init(&o->rekap, p);
        apr_hash_set(h->opd, o->id, APR_HASH_KEY_STRING, o);
    }
    st_rekap_tambah(&o->rekap, h->cal, h->today, &pm, NULL);
    if (v[11] && strcmp(v[11], "1") == 0) {
        o->tidak_dijawab++;
    }
    return 0;
}

static int by_singkatan(const void *a, const void *b)
{
    const opd_rekap *x = *(opd_rekap *const *)a, *y = *(opd_rekap *const *)b;
    return strcmp(x->singkatan, y->singkatan);
}

/* The OPDs with requests, by short name, then PPID Utama's own when it
 * has any. */
static apr_array_header_t *urut_opd(hitung *h)
{
    apr_pool_t *p = h->c->r->pool;
    apr_array_header_t *list = apr_array_make(p, 16, sizeof(opd_rekap *));
    apr_hash_index_t *hi;

    for (hi = apr_hash_first(p, h->opd); hi; hi = apr_hash_next(hi)) {
        void *val;
        apr_hash_this(hi, NULL, NULL, &val);
        APR_ARRAY_PUSH(list, opd_rekap *) = val;
    }
    qsort(list->elts, (size_t)list->nelts, sizeof(opd_rekap *), by_singkatan);
    if (h->langsung->rekap.jumlah > 0) {
        APR_ARRAY_PUSH(list, opd_rekap *) = h->langsung;
    }
    return list;
}

static int kumpulkan(sl_ctx *c, hitung *h, const char *tahun)
{
    apr_pool_t *p = c->r->pool;
    int rv;

    memset(h, 0, sizeof(*h));
    h->c = c;
    h->today = sl_today_wib();
    h->cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    if (!h->cal) {
        return -1;
    }
    st_rekap_init(&h->semua, p);
    h->opd = apr_hash_make(p);
    h->langsung = apr_pcalloc(p, sizeof(opd_rekap));
    h->langsung->id = "0";
    h->langsung->singkatan = SIALIP_MSG_PPID_UTAMA;
    h->langsung->nama = SIALIP_MSG_STATISTIK_TANPA_DISPOSISI;
    st_rekap_init(&h->langsung->rekap, p);
    if (sl_db_begin(c->db) != 0) {
        return -1;
    }
    rv = sl_db_each_page(c->db, "stat_permohonan", 0, STAT_BARIS_PER_AMBIL, "0",
                         tambah_permohonan, h, SL_ARGS(tahun));
    if (rv == 0) {
        rv = sl_db_each_page(c->db, "stat_opd", 0, STAT_BARIS_PER_AMBIL, "0",
                             tambah_opd, h, SL_ARGS(tahun));
    }
    sl_db_rollback(c->db);
    if (h->buruk) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00084) "statistics %s: %d rows "
                      "with unreadable dates left out", tahun, h->buruk);
    }
    return rv;
}

/* ---- the figures as XML ---------------------------------------------------- */

static void ketepatan_xml(apr_pool_t *p, xmlNodePtr parent, st_rekap *rk)
{
    sialip_persepuluh_xml(p, parent, "median_hari_kerja", st_rekap_median(rk));
    sialip_persepuluh_xml(p, parent, "persen_tepat_waktu", st_rekap_tepat_persen(rk));
    sialip_ketepatan_xml(parent, rk);
}

static void angka_xml(apr_pool_t *p, xmlNodePtr root, hitung *h,
                      const apr_array_header_t *opds)
{
    xmlNodePtr node, list;
    int i;

    node = sl_xml_node(root, "permohonan");
    sialip_angka_xml(node, "jumlah", h->semua.jumlah);
    sialip_angka_xml(node, "dijawab", h->semua.dijawab);
    sialip_angka_xml(node, "selesai", h->selesai);
    sialip_angka_xml(node, "menunggu_penyerahan", h->menunggu_penyerahan);
    list = sl_xml_node(node, "per_bulan");
    for (i = 0; i < 12; i++) {
        sl_xml_attr(sialip_angka_xml(list, "bulan", h->semua.per_bulan[i]), "ke", apr_itoa(p, i + 1));
    }
    list = sl_xml_node(root, "keputusan");
    for (i = 0; i < ST_KEPUTUSAN_N; i++) {
        sl_xml_attr(sialip_angka_xml(list, "hasil", h->semua.keputusan[i]), "kode",
                    st_keputusan_kode(i));
    }
    sl_xml_attr(sialip_angka_xml(list, "hasil", h->semua.jumlah - h->semua.dijawab), "kode",
                "belum_dijawab");
    node = sl_xml_node(root, "waktu_layanan");
    sl_xml_attr(node, "satuan", "hari_kerja");
    ketepatan_xml(p, node, &h->semua);
    list = sl_xml_node(root, "per_opd");
    for (i = 0; i < opds->nelts; i++) {
        opd_rekap *o = APR_ARRAY_IDX(opds, i, opd_rekap *);
        node = sl_xml_node(list, "opd");
        sl_xml_attr(node, "id", o->id);
        sl_xml_attr(node, "singkatan", o->singkatan);
        sl_xml_attr(node, "nama", o->nama);
        sialip_angka_xml(node, "jumlah", o->rekap.jumlah);
        sialip_angka_xml(node, "dijawab", o->rekap.dijawab);
        ketepatan_xml(p, node, &o->rekap);
        sialip_angka_xml(node, "tidak_dijawab_opd", o->tidak_dijawab);
    }
}

/* ---- the charts (page only) ------------------------------------------------ */

static void attr_int(xmlNodePtr n, const char *name, int v)
{
    char buf[16];
    apr_snprintf(buf, sizeof(buf), "%d", v);
    sl_xml_attr(n, name, buf);
}

static xmlNodePtr grafik(xmlNodePtr parent, const char *nama, const char *judul,
                         int lebar, int tinggi)
{
    xmlNodePtr g = sl_xml_node(parent, "grafik");
    sl_xml_attr(g, "nama", nama);
    sl_xml_attr(g, "judul", judul);
    attr_int(g, "lebar", lebar);
    attr_int(g, "tinggi", tinggi);
    return g;
}

static void teks(xmlNodePtr g, int x, int y, const char *anchor, const char *text)
{
    xmlNodePtr t = sl_xml_text(g, "teks", text);
    attr_int(t, "x", x);
    attr_int(t, "y", y);
    sl_xml_attr(t, "jangkar", anchor);
}

static void garis(xmlNodePtr g, int x1, int y1, int x2, int y2)
{
    xmlNodePtr l = sl_xml_node(g, "garis");
    attr_int(l, "x1", x1);
    attr_int(l, "y1", y1);
    attr_int(l, "x2", x2);
    attr_int(l, "y2", y2);
}

static void batang(xmlNodePtr g, const st_kotak *k, const char *keterangan)
{
    xmlNodePtr b = sl_xml_text(g, "batang", keterangan);
    attr_int(b, "x", k->x);
    attr_int(b, "y", k->y);
    attr_int(b, "lebar", k->lebar);
    attr_int(b, "tinggi", k->tinggi);
}

/* Requests per month: vertical bars with a scale on the left. */
static void grafik_bulan(apr_pool_t *p, xmlNodePtr parent, const st_rekap *rk)
{
    st_bidang area = {48, 20, 576, 170};
    st_kotak bars[12];
    int i, max = 0, skala;
    xmlNodePtr g = grafik(parent, "per_bulan", SIALIP_MSG_STATISTIK_PER_BULAN, 640, 230);

    for (i = 0; i < 12; i++) {
        max = rk->per_bulan[i] > max ? rk->per_bulan[i] : max;
    }
    skala = st_skala(max);
    for (i = 0; i <= 2; i++) {
        int v = skala * i / 2, y = st_sumbu_y(v, skala, &area);
        garis(g, area.x, y, area.x + area.lebar, y);
        teks(g, area.x - 6, y + 4, "end", apr_itoa(p, v));
    }
    st_batang_tegak(rk->per_bulan, 12, skala, &area, bars);
    for (i = 0; i < 12; i++) {
        batang(g, &bars[i], apr_psprintf(p, "%s: %d permohonan", nama_bulan[i],
                                         rk->per_bulan[i]));
        teks(g, bars[i].x + bars[i].lebar / 2, area.y + area.tinggi + 18, "middle",
             nama_bulan[i]);
        if (rk->per_bulan[i] > 0) {
            teks(g, bars[i].x + bars[i].lebar / 2, bars[i].y - 4, "middle",
                 apr_itoa(p, rk->per_bulan[i]));
        }
    }
}

/* Horizontal bars with labels on the left and the value at the bar's end.
 * values < 0 have no bar ("-"). */
static void grafik_datar(apr_pool_t *p, xmlNodePtr parent, const char *nama,
                         const char *judul, int n, const char *const *labels,
                         const int *values, const char *const *value_texts, int skala)
{
    const int baris = 26;
    st_bidang area = {200, 8, 360, n * baris};
    st_kotak *bars = apr_pcalloc(p, sizeof(st_kotak) * (n > 0 ? n : 1));
    int *clamped = apr_pcalloc(p, sizeof(int) * (n > 0 ? n : 1));
    xmlNodePtr g = grafik(parent, nama, judul, 640, area.tinggi + 16);
    int i;

    for (i = 0; i < n; i++) {
        clamped[i] = values[i] > 0 ? values[i] : 0;
    }
    st_batang_datar(clamped, n, skala, &area, bars);
    garis(g, area.x, area.y, area.x, area.y + area.tinggi);
    for (i = 0; i < n; i++) {
        int mid = bars[i].y + bars[i].tinggi / 2 + 4;
        teks(g, area.x - 8, mid, "end", labels[i]);
        if (values[i] > 0) {
            batang(g, &bars[i], apr_pstrcat(p, labels[i], ": ", value_texts[i], NULL));
        }
        teks(g, area.x + bars[i].lebar + 6, mid, "start", value_texts[i]);
    }
}

static void grafik_xml(apr_pool_t *p, xmlNodePtr parent, hitung *h,
                       const apr_array_header_t *opds)
{
    const char *labels[ST_KEPUTUSAN_N + 1], *texts[ST_KEPUTUSAN_N + 1];
    int values[ST_KEPUTUSAN_N + 1], i, max = 0, n = opds->nelts;
    const char **opd_labels = apr_pcalloc(p, sizeof(char *) * (n + 1));
    const char **rate_texts = apr_pcalloc(p, sizeof(char *) * (n + 1));
    const char **median_texts = apr_pcalloc(p, sizeof(char *) * (n + 1));
    int *rates = apr_pcalloc(p, sizeof(int) * (n + 1));
    int *medians = apr_pcalloc(p, sizeof(int) * (n + 1));

    grafik_bulan(p, parent, &h->semua);

    for (i = 0; i < ST_KEPUTUSAN_N; i++) {
        labels[i] = label_keputusan[i];
        values[i] = h->semua.keputusan[i];
    }
    labels[ST_KEPUTUSAN_N] = SIALIP_MSG_BELUM_DIJAWAB;
    values[ST_KEPUTUSAN_N] = h->semua.jumlah - h->semua.dijawab;
    for (i = 0; i <= ST_KEPUTUSAN_N; i++) {
        texts[i] = apr_itoa(p, values[i]);
        max = values[i] > max ? values[i] : max;
    }
    grafik_datar(p, parent, "keputusan", SIALIP_MSG_STATISTIK_KEPUTUSAN, ST_KEPUTUSAN_N + 1,
                 labels, values, texts, st_skala(max));

    max = 0;
    for (i = 0; i < n; i++) {
        opd_rekap *o = APR_ARRAY_IDX(opds, i, opd_rekap *);
        long rate = st_rekap_tepat_persen(&o->rekap);
        long median = st_rekap_median(&o->rekap);
        opd_labels[i] = o->singkatan;
        rates[i] = (int)rate;
        rate_texts[i] = rate < 0 ? "-" : apr_pstrcat(p, st_persepuluh_teks(p, rate), "%", NULL);
        medians[i] = (int)median;
        median_texts[i] = median < 0 ? "-"
                          : apr_psprintf(p, SIALIP_MSG_STATISTIK_MEDIAN_HARI_KERJA,
                                         st_persepuluh_teks(p, median));
        max = median > max ? (int)median : max;
    }
    if (n > 0) {
        grafik_datar(p, parent, "tepat_waktu_opd", SIALIP_MSG_STATISTIK_TEPAT_WAKTU_PER_OPD,
                     n, opd_labels, rates, rate_texts, 1000);
        grafik_datar(p, parent, "median_opd", SIALIP_MSG_STATISTIK_MEDIAN_PER_OPD,
                     n, opd_labels, medians, median_texts, st_skala(max));
    }
}

/* ---- responses ------------------------------------------------------------- */

/* ?tahun= when it is a year 2000-2100, else the current WIB year. */
static int tahun_diminta(sl_ctx *c)
{
    const char *v = sl_query(c, "tahun"), *q;
    int y, m, d, ok = strlen(v) == 4;
    for (q = v; ok && *q; q++) {
        ok = apr_isdigit(*q);
    }
    if (ok && atoi(v) >= 2000 && atoi(v) <= 2100) {
        return atoi(v);
    }
    sl_day_to_ymd(sl_today_wib(), &y, &m, &d);
    return y;
}

/* <dip_berkala_usang total="n">: today's stale berkala entries per OPD. */
static int usang_xml(sl_ctx *c, xmlNodePtr root)
{
    sl_rows *rows;
    xmlNodePtr node;
    long total = 0;
    int i;

    if (sl_db_select(c->db, "stat_dip_usang", &rows, SL_NOARGS) != 0) {
        return -1;
    }
    node = sl_xml_node(root, "dip_berkala_usang");
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr o = sialip_angka_xml(node, "opd", atol(sl_rows_get_or(rows, i, 3, "0")));
        sl_xml_attr(o, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(o, "singkatan", sl_rows_get(rows, i, 1));
        sl_xml_attr(o, "nama", sl_rows_get(rows, i, 2));
        total += atol(sl_rows_get_or(rows, i, 3, "0"));
    }
    sl_xml_attr(node, "total", apr_ltoa(c->r->pool, total));
    return 0;
}

int sialip_statistik_xml(sl_ctx *c)
{
    request_rec *r = c->r;
    int tahun = tahun_diminta(c);
    const char *tahun_teks = apr_itoa(r->pool, tahun);
    xmlDocPtr doc;
    xmlNodePtr root;
    hitung h;

    if (kumpulkan(c, &h, tahun_teks) != 0) {
        return alur_gangguan(c);
    }
    doc = sialip_xml_dok(r->pool);
    root = xmlNewDocNode(doc, NULL, BAD_CAST "statistik", NULL);
    xmlDocSetRootElement(doc, root);
    xmlSetNs(root, xmlNewNs(root, BAD_CAST STAT_NS, NULL));
    sl_xml_attr(root, "tahun", tahun_teks);
    sl_xml_attr(root, "dibuat", sialip_waktu_sekarang(r->pool));
    angka_xml(r->pool, root, &h, urut_opd(&h));
    if (usang_xml(c, root) != 0
        || sialip_profil_statistik_xml(c, root, tahun_teks, NULL, NULL) != 0) {
        return alur_gangguan(c);
    }
    return sl_xml_send_doc(r, doc);
}

int sialip_statistik_halaman(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    int tahun = tahun_diminta(c), i;
    const char *tahun_teks = apr_itoa(p, tahun);
    const apr_array_header_t *opds;
    sl_page *page;
    sl_rows *years;
    xmlNodePtr list;
    hitung h;

    if (kumpulkan(c, &h, tahun_teks) != 0
        || sl_db_select(c->db, "stat_tahun", &years, SL_NOARGS) != 0) {
        return alur_gangguan(c);
    }
    opds = urut_opd(&h);
    page = sl_ctx_page(c, "statistik",
                       apr_psprintf(p, SIALIP_MSG_STATISTIK_JUDUL, tahun),
                       "statistik");
    sl_xml_attr(page->resource, "tahun", tahun_teks);
    angka_xml(p, page->resource, &h, opds);
    if (usang_xml(c, page->resource) != 0
        || sialip_profil_statistik_xml(c, page->resource, tahun_teks, NULL, NULL) != 0) {
        return alur_gangguan(c);
    }
    list = sl_xml_node(page->resource, "tahun_tersedia");
    for (i = 0; i < years->nrows; i++) {
        sl_xml_text(list, "tahun", sl_rows_get(years, i, 0));
    }
    grafik_xml(p, sl_xml_node(page->resource, "diagram"), &h, opds);
    return sl_page_send(page, HTTP_OK);
}
