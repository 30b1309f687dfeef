/* The figures of the annual report and the semester summary (laporan.c):
 * the requests of the period (read page by page, kept compact), the working
 * days to the notice and the decisions, and for the year the objections,
 * the disputes at the Komisi Informasi and the court cases with their
 * outcomes. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include <libxml/xmlwriter.h>
#include "calendar.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "profil.h"
#include "laporan.h"
#include "sialip.h"
#include "sl_logno.h"

#define LAP_BARIS_PER_AMBIL 1000

/* The requests of a period: 3 arguments (year, from, to as UTC) plus the
 * paging key and size. */
#define LAP_PERIODE \
    "p.tahun = %s AND p.diterima_pada >= %s AND p.diterima_pada < %s "

const sl_stmt_def sialip_laporan_isi_stmts[] = {
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

const char *sialip_waktu_sekarang(apr_pool_t *p)
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

xmlDocPtr sialip_xml_dok(apr_pool_t *p)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    apr_pool_cleanup_register(p, doc, free_doc, apr_pool_cleanup_null);
    return doc;
}

void sialip_ketepatan_xml(xmlNodePtr parent, const st_rekap *rk)
{
    sialip_angka_xml(parent, "tepat_waktu", rk->tepat_waktu);
    sialip_angka_xml(parent, "terlambat", rk->terlambat);
    sialip_angka_xml(parent, "lewat_tempo", rk->lewat_tempo);
    sialip_angka_xml(parent, "belum_jatuh_tempo", rk->belum_jatuh_tempo);
}

xmlNodePtr sialip_angka_xml(xmlNodePtr parent, const char *name, long n)
{
    char buf[24];
    apr_snprintf(buf, sizeof(buf), "%ld", n);
    return sl_xml_text(parent, name, buf);
}

void sialip_persepuluh_xml(apr_pool_t *p, xmlNodePtr parent, const char *name, long tenths)
{
    if (tenths >= 0) {
        sl_xml_text(parent, name, st_persepuluh_teks(p, tenths));
    }
}

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
    lap_rincian *b;
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

int sialip_laporan_rincian_atribut(const lap_rincian *b, lap_atribut_fn put, void *tujuan)
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

int sialip_laporan_atribut_pohon(void *node, const char *nama, const char *nilai)
{
    sl_xml_attr(node, nama, nilai);
    return 0;
}

int sialip_laporan_atribut_penulis(void *w, const char *nama, const char *nilai)
{
    return xmlTextWriterWriteAttribute(w, BAD_CAST nama, BAD_CAST nilai) < 0;
}

static void waktu_xml(apr_pool_t *p, xmlNodePtr parent, st_rekap *rk)
{
    xmlNodePtr w = sl_xml_node(parent, "waktu_layanan"), sebaran;
    int i;

    sl_xml_attr(w, "satuan", "hari_kerja");
    sialip_persepuluh_xml(p, w, "rata_rata", st_rekap_rata(rk));
    sialip_persepuluh_xml(p, w, "median", st_rekap_median(rk));
    if (rk->hari_min >= 0) {
        sialip_angka_xml(w, "tercepat", rk->hari_min);
        sialip_angka_xml(w, "terlama", rk->hari_maks);
    }
    sialip_ketepatan_xml(w, rk);
    sialip_persepuluh_xml(p, w, "persen_tepat_waktu", st_rekap_tepat_persen(rk));
    sialip_angka_xml(w, "diperpanjang", rk->diperpanjang);
    sebaran = sl_xml_node(w, "sebaran");
    for (i = 0; i < ST_KELOMPOK_N; i++) {
        xmlNodePtr g = sialip_angka_xml(sebaran, "kelompok", rk->kelompok[i]);
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

    sialip_angka_xml(k, "diberikan_seluruhnya", rk->keputusan[ST_DIBERIKAN_SELURUHNYA]);
    sialip_angka_xml(k, "diberikan_sebagian", rk->keputusan[ST_DIBERIKAN_SEBAGIAN]);
    tolak = sl_xml_node(k, "ditolak");
    sl_xml_attr(tolak, "jumlah", apr_itoa(p, rk->keputusan[ST_DITOLAK_DIKECUALIKAN]
                                             + rk->keputusan[ST_DITOLAK_PROSEDURAL]));
    kecuali = sl_xml_node(tolak, "dikecualikan");
    sl_xml_attr(kecuali, "jumlah", apr_itoa(p, rk->keputusan[ST_DITOLAK_DIKECUALIKAN]));
    for (i = 0; i < 10; i++) {
        char huruf[2] = {(char)('a' + i), '\0'};
        sl_xml_attr(sialip_angka_xml(kecuali, "pasal17", rk->pasal17[i]), "huruf", huruf);
    }
    sialip_angka_xml(tolak, "prosedural", rk->keputusan[ST_DITOLAK_PROSEDURAL]);
    sialip_angka_xml(k, "tidak_dikuasai", rk->keputusan[ST_TIDAK_DIKUASAI]);
    sialip_angka_xml(k, "belum_dikuasai", rk->keputusan[ST_BELUM_DIKUASAI]);
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
static int keberatan_xml(sl_ctx *c, xmlNodePtr parent, const lap_periode *pr)
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
        sl_xml_attr(sialip_angka_xml(list, "alasan", alasan[j]), "huruf", huruf);
    }
    sialip_angka_xml(k, "dikabulkan", kabul);
    sialip_angka_xml(k, "ditolak", tolak);
    sialip_angka_xml(k, "belum_diputus", belum);
    sialip_angka_xml(k, "musyawarah", musyawarah);
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
        sl_xml_attr(sialip_angka_xml(list, item, n), "kode", codes[k]);
    }
    if (none) {
        for (i = 0; i < rows->nrows; i++) {
            other += index_of(codes, sl_rows_get(rows, i, col)) < 0;
        }
        sl_xml_attr(sialip_angka_xml(list, item, other), "kode", none);
    }
}

/* Disputes at the KI over the period's requests, by stage and result. */
static int sengketa_xml(sl_ctx *c, xmlNodePtr parent, const lap_periode *pr)
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
static int perkara_xml(sl_ctx *c, xmlNodePtr parent, const lap_periode *pr)
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

int sialip_laporan_bangun(sl_ctx *c, xmlNodePtr root, const lap_periode *pr,
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
    k.rincian = apr_array_make(p, 4096, sizeof(lap_rincian));

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
    sialip_angka_xml(node, "jumlah", k.rekap.jumlah);
    sialip_angka_xml(node, "dijawab", k.rekap.dijawab);
    sialip_angka_xml(node, "belum_dijawab", k.rekap.jumlah - k.rekap.dijawab);
    months = sl_xml_node(node, "per_bulan");
    for (i = pr->bulan_dari; i <= pr->bulan_sampai; i++) {
        sl_xml_attr(sialip_angka_xml(months, "bulan", k.rekap.per_bulan[i - 1]), "ke", apr_itoa(p, i));
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
