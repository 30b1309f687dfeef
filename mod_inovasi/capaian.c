/* Achievement, weights, bands and evaluation statistics (see capaian.h for
 * the rules).  Pure C without libm: the few roots and roundings it needs
 * are done here. */
#include "capaian.h"
#include "calendar.h"
#include "inovasi_messages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const dimensi_kode[CAPAIAN_DIMENSI] = {
    "output", "kemanfaatan", "keberlanjutan"
};
static const char *const dimensi_nama[CAPAIAN_DIMENSI] = {
    "Output", "Kemanfaatan", "Keberlanjutan"
};

/* Sums compared "to the hundredth" allow for binary fractions. */
#define TOLERANSI 0.005

int capaian_dimensi_dari_kode(const char *kode)
{
    int i;
    for (i = 0; kode && i < CAPAIAN_DIMENSI; i++) {
        if (strcmp(kode, dimensi_kode[i]) == 0) {
            return i;
        }
    }
    return -1;
}

const char *capaian_dimensi_kode(int dimensi)
{
    return dimensi >= 0 && dimensi < CAPAIAN_DIMENSI ? dimensi_kode[dimensi]
                                                     : NULL;
}

const char *capaian_dimensi_nama(int dimensi)
{
    return dimensi >= 0 && dimensi < CAPAIAN_DIMENSI ? dimensi_nama[dimensi]
                                                     : NULL;
}

static double batasi(double v, double lo, double hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

capaian_skor capaian_indikator_persen(const capaian_indikator *ind)
{
    capaian_skor s = {0, 0.0};
    double gain, span;

    if (!ind->ada_nilai) {
        return s;
    }
    /* Both measured in the good direction. */
    if (ind->arah == CAPAIAN_TURUN) {
        gain = ind->baseline - ind->nilai;
        span = ind->baseline - ind->target;
    }
    else {
        gain = ind->nilai - ind->baseline;
        span = ind->target - ind->baseline;
    }
    s.ada = 1;
    if (span <= 0.0) {
        /* Keep (or reach) the target: met or not met. */
        s.nilai = gain >= span ? 100.0 : 0.0;
    }
    else {
        s.nilai = batasi(gain / span * 100.0, 0.0, 100.0);
    }
    return s;
}

void capaian_hitung(const capaian_indikator *ind, size_t n,
                    const double bobot_dimensi[CAPAIAN_DIMENSI],
                    capaian_hasil *out)
{
    double jumlah[CAPAIAN_DIMENSI] = {0}, bobot[CAPAIAN_DIMENSI] = {0};
    double total = 0.0, bobot_total = 0.0;
    size_t i;
    int d;

    memset(out, 0, sizeof(*out));
    out->jumlah = (int)n;
    for (i = 0; i < n; i++) {
        capaian_skor s = capaian_indikator_persen(&ind[i]);
        d = ind[i].dimensi;
        if (!s.ada || d < 0 || d >= CAPAIAN_DIMENSI || !(ind[i].bobot > 0.0)) {
            continue;
        }
        jumlah[d] += ind[i].bobot * s.nilai;
        bobot[d] += ind[i].bobot;
        out->dihitung++;
    }
    for (d = 0; d < CAPAIAN_DIMENSI; d++) {
        if (bobot[d] > 0.0) {
            out->dimensi[d].ada = 1;
            out->dimensi[d].nilai = batasi(jumlah[d] / bobot[d], 0.0, 100.0);
            if (bobot_dimensi[d] > 0.0) {
                total += bobot_dimensi[d] * out->dimensi[d].nilai;
                bobot_total += bobot_dimensi[d];
            }
        }
    }
    if (bobot_total > 0.0) {
        out->total.ada = 1;
        out->total.nilai = batasi(total / bobot_total, 0.0, 100.0);
    }
}

double capaian_bulat(double v)
{
    /* The epsilon makes 34.995 (stored as 34.99499...) round as people
     * expect; scores are far below the magnitude where it would matter. */
    double s = v * 100.0;
    long long k = (long long)(s >= 0 ? s + 0.5 + 1e-7 : s - 0.5 - 1e-7);
    return (double)k / 100.0;
}

const char *capaian_bobot_periksa(const double *bobot, size_t n, char *buf,
                                  size_t bufsize)
{
    double sum = 0.0;
    size_t i;

    for (i = 0; i < n; i++) {
        if (!(bobot[i] > 0.0)) {
            snprintf(buf, bufsize, INOVASI_MSG_BOBOT_LEBIH_DARI_NOL);
            return buf;
        }
        sum += bobot[i];
    }
    if (n == 0 || sum < 100.0 - TOLERANSI || sum > 100.0 + TOLERANSI) {
        snprintf(buf, bufsize, INOVASI_MSG_JUMLAH_BOBOT_BUKAN_100,
                 capaian_bulat(sum));
        return buf;
    }
    return NULL;
}

const capaian_pita *capaian_pita_cari(const capaian_pita *pita, size_t n,
                                      double skor)
{
    double s = capaian_bulat(skor);
    size_t i;

    for (i = 0; i < n; i++) {
        if (s >= pita[i].bawah - 1e-9 && s <= pita[i].atas + 1e-9) {
            return &pita[i];
        }
    }
    return NULL;
}

const char *capaian_pita_periksa(const capaian_pita *pita, size_t n,
                                 char *buf, size_t bufsize)
{
    size_t i, j;

    if (n == 0) {
        snprintf(buf, bufsize, INOVASI_MSG_PREDIKAT_WAJIB);
        return buf;
    }
    for (i = 0; i < n; i++) {
        if (!pita[i].nama || !pita[i].nama[0]) {
            snprintf(buf, bufsize, INOVASI_MSG_PREDIKAT_TANPA_NAMA);
            return buf;
        }
        if (pita[i].bawah < 0.0 || pita[i].atas > 100.0
            || pita[i].bawah > pita[i].atas) {
            snprintf(buf, bufsize, INOVASI_MSG_BATAS_PREDIKAT_SALAH,
                     pita[i].nama);
            return buf;
        }
        for (j = 0; j < i; j++) {
            if (!(pita[i].atas < pita[j].bawah || pita[j].atas < pita[i].bawah)) {
                snprintf(buf, bufsize, INOVASI_MSG_PREDIKAT_TUMPANG_TINDIH, pita[j].nama,
                         pita[i].nama);
                return buf;
            }
        }
    }
    return NULL;
}

int capaian_angka(const char *text, double *out, char *norm, size_t normsize)
{
    char buf[32];
    size_t w = 0, whole = 0, frac = 0;
    const char *p = text;
    int dot = 0;

    if (!p) {
        return 0;
    }
    if (*p == '-') {
        buf[w++] = *p++;
    }
    for (; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (dot ? ++frac > 4 : ++whole > 14) {
                return 0;
            }
            buf[w++] = *p;
        }
        else if ((*p == '.' || *p == ',') && !dot && whole > 0) {
            dot = 1;
            buf[w++] = '.';
        }
        else {
            return 0;
        }
    }
    if (whole == 0 || (dot && frac == 0)) {
        return 0;
    }
    buf[w] = '\0';
    if (out) {
        *out = strtod(buf, NULL);
    }
    if (norm) {
        if (normsize <= w) {
            return 0;
        }
        memcpy(norm, buf, w + 1);
    }
    return 1;
}

static int hari_dalam_bulan(int y, int m)
{
    static const int hari[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int kabisat = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && kabisat ? 29 : hari[m - 1];
}

int capaian_tanggal(const char *text, int *y, int *m, int *d)
{
    int i, yy, mm, dd;

    if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-') {
        return 0;
    }
    for (i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && !(text[i] >= '0' && text[i] <= '9')) {
            return 0;
        }
    }
    yy = atoi(text);
    mm = atoi(text + 5);
    dd = atoi(text + 8);
    if (yy < 1900 || mm < 1 || mm > 12 || dd < 1 || dd > hari_dalam_bulan(yy, mm)) {
        return 0;
    }
    if (y) *y = yy;
    if (m) *m = mm;
    if (d) *d = dd;
    return 1;
}

int capaian_periode_rentang(const char *jenis, int nomor, int tahun,
                            char mulai[11], char selesai[11])
{
    int bulan;      /* months in the period */
    int awal, akhir;

    if (jenis && strcmp(jenis, "triwulan") == 0 && nomor >= 1 && nomor <= 4) {
        bulan = 3;
    }
    else if (jenis && strcmp(jenis, "semester") == 0 && nomor >= 1 && nomor <= 2) {
        bulan = 6;
    }
    else {
        return 0;
    }
    if (tahun < 1900 || tahun > 9999) {
        return 0;
    }
    awal = (nomor - 1) * bulan + 1;
    akhir = nomor * bulan;
    sl_day_iso_buf(sl_day_from_ymd(tahun, awal, 1), mulai);
    sl_day_iso_buf(sl_day_from_ymd(tahun, akhir, hari_dalam_bulan(tahun, akhir)), selesai);
    return 1;
}

/* ---- evaluation ------------------------------------------------------- */

capaian_skor nilai_total(const double *bobot, const double *skor,
                         const int *ada, size_t n)
{
    capaian_skor s = {0, 0.0};
    double sum = 0.0, w = 0.0;
    size_t i;

    for (i = 0; i < n; i++) {
        if (ada[i] && bobot[i] > 0.0) {
            sum += bobot[i] * skor[i];
            w += bobot[i];
        }
    }
    if (w > 0.0) {
        s.ada = 1;
        s.nilai = sum / w;
    }
    return s;
}

/* Newton's method; x >= 0. */
static double akar(double x)
{
    double g;
    int i;

    if (!(x > 0.0)) {
        return 0.0;
    }
    g = x > 1.0 ? x : 1.0;
    for (i = 0; i < 200; i++) {
        double next = 0.5 * (g + x / g);
        if (next == g) {
            break;
        }
        g = next;
    }
    return g;
}

void nilai_sebaran_hitung(const double *x, size_t n, nilai_sebaran *out)
{
    double sum = 0.0, sq = 0.0;
    size_t i;

    memset(out, 0, sizeof(*out));
    if (n == 0) {
        return;
    }
    out->n = n;
    out->min = out->max = x[0];
    for (i = 0; i < n; i++) {
        sum += x[i];
        if (x[i] < out->min) out->min = x[i];
        if (x[i] > out->max) out->max = x[i];
    }
    out->rata = sum / (double)n;
    for (i = 0; i < n; i++) {
        double d = x[i] - out->rata;
        sq += d * d;
    }
    out->simpangan = akar(sq / (double)n);
}

static int turun(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

void nilai_peringkat(const double *skor, size_t n, int *peringkat)
{
    double *urut;
    size_t i;

    if (n == 0) {
        return;     /* nothing to rank (and qsort must not get NULL) */
    }
    urut = malloc(n * sizeof(double));
    if (!urut) {
        /* Out of memory: compare every pair, as before (a year holds at
         * most a few thousand innovations). */
        size_t j;
        for (i = 0; i < n; i++) {
            double si = capaian_bulat(skor[i]);
            int lebih_baik = 0;
            for (j = 0; j < n; j++) {
                lebih_baik += capaian_bulat(skor[j]) > si + 1e-9;
            }
            peringkat[i] = lebih_baik + 1;
        }
        return;
    }
    /* Rounded once and sorted, highest first: a rank is one plus how many
     * are better, found by bisection (1,000 innovations compared pairwise
     * cost a million roundings per dashboard). */
    for (i = 0; i < n; i++) {
        urut[i] = capaian_bulat(skor[i]);
    }
    qsort(urut, n, sizeof(double), turun);
    for (i = 0; i < n; i++) {
        double si = capaian_bulat(skor[i]);
        size_t lo = 0, hi = n;       /* urut[0..lo) are better than si */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (urut[mid] > si + 1e-9) {
                lo = mid + 1;
            }
            else {
                hi = mid;
            }
        }
        peringkat[i] = (int)lo + 1;
    }
    free(urut);
}

/* Digits, with thousands dots when dots is set (groups of exactly three
 * after the first of one to three), into out; returns the characters read
 * or 0 when the form is wrong. */
static size_t rupiah_whole(const char *p, int dots, char *out, size_t *w, size_t max)
{
    size_t i = 0, group = 0, total = 0;
    int grouped = 0;

    for (;; i++) {
        if (p[i] >= '0' && p[i] <= '9') {
            if (++total > max) {
                return 0;
            }
            out[(*w)++] = p[i];
            group++;
        }
        else if (dots && p[i] == '.' && group > 0 && (grouped ? group == 3 : group <= 3)
                 && p[i + 1] >= '0' && p[i + 1] <= '9') {
            grouped = 1;
            group = 0;
        }
        else {
            break;
        }
    }
    return total > 0 && (!grouped || group == 3) ? i : 0;
}

int capaian_rupiah(const char *text, char *norm, size_t normsize)
{
    char buf[32];
    size_t w = 0, n, len, frac;
    const char *p = text, *end;

    if (!p || normsize < 24) {
        return 0;
    }
    while (*p == ' ') {
        p++;
    }
    if ((p[0] == 'R' || p[0] == 'r') && (p[1] == 'P' || p[1] == 'p')) {
        p += 2;
        if (*p == '.') {
            p++;
        }
        while (*p == ' ') {
            p++;
        }
    }
    len = strlen(p);
    while (len > 0 && p[len - 1] == ' ') {
        len--;
    }
    /* "Rp 150.000.000,-": no sen */
    if (len >= 2 && p[len - 1] == '-' && (p[len - 2] == ',' || p[len - 2] == '.')) {
        len -= 2;
    }
    end = p + len;
    /* "1500000.50": a dot before one or two final digits is a decimal point */
    n = 0;
    if (len >= 3 && (end[-2] == '.' || end[-3] == '.') && !memchr(p, ',', len)
        && (end[-2] == '.' ? 1 : end[-1] >= '0' && end[-1] <= '9')) {
        const char *dot = end[-2] == '.' ? end - 2 : end - 3;
        if (!memchr(p, '.', (size_t)(dot - p))) {
            n = rupiah_whole(p, 0, buf, &w, 13);
            if (n != (size_t)(dot - p)) {
                return 0;
            }
            p = dot;
        }
    }
    if (!n) {
        n = rupiah_whole(p, 1, buf, &w, 13);
        if (!n) {
            return 0;
        }
        p += n;
    }
    if (p < end) {
        if (*p != ',' && *p != '.') {
            return 0;
        }
        p++;
        frac = (size_t)(end - p);
        if (frac < 1 || frac > 2 || strspn(p, "0123456789") < frac) {
            return 0;
        }
        buf[w++] = '.';
        memcpy(buf + w, p, frac);
        w += frac;
        /* "1500000,50" is 1500000.5; ",00" nothing */
        while (buf[w - 1] == '0') {
            w--;
        }
        if (buf[w - 1] == '.') {
            w--;
        }
    }
    buf[w] = '\0';
    /* leading zeros: "000150" is 150 */
    {
        const char *s = buf;
        while (s[0] == '0' && s[1] >= '0' && s[1] <= '9') {
            s++;
        }
        if (strlen(s) >= normsize) {
            return 0;
        }
        memmove(norm, s, strlen(s) + 1);
    }
    return 1;
}
