/* The arithmetic of innovation monitoring and evaluation (DOMAIN.md Part
 * B), in pure C: no httpd or APR headers, so every rule is unit-tested on
 * its own (tests/unit/test_capaian.c, tests/unit/test_nilai.c).
 *
 * Achievement (capaian)
 *   - Per indicator: progress from the baseline toward the target in the
 *     indicator's direction, as a percentage floored at 0 and capped at 100.
 *   - Target equal to the baseline ("keep it where it is"): 100 when the
 *     actual value is at least as good as the target in the indicator's
 *     direction, else 0.  A target on the wrong side of the baseline (the
 *     forms refuse it) is treated the same way: met or not met.
 *   - No value: the indicator is not counted.  Its dimension's weighted
 *     mean is taken over the indicators that have a value, with their
 *     weights renormalised to their own sum; a dimension with no counted
 *     indicator has no value, and the overall score is the weighted mean of
 *     the dimensions that have one, their weights renormalised the same
 *     way.  Nothing counted at all: no score ("tidak dapat dinilai").
 *
 * Weight rule: within each dimension the indicators' weights add up to
 * 100, and the three dimension weights of a year add up to 100 (both to
 * the hundredth); every weight is above 0.
 *
 * Bands: a score is rounded to two decimals, then matched against the
 * year's bands, inclusive at both ends (the IID 2023 bands leave 0.01 gaps
 * that a two-decimal score never falls into).
 *
 * Evaluation (nilai): each evaluator scores every criterion 0-100; the
 * evaluator's total is the weighted mean over the criteria scored (weights
 * renormalised like the indicators'); an innovation's score is the mean of
 * its evaluators' totals, its spread the population standard deviation
 * (divided by n: the evaluators are the whole panel, not a sample) with
 * the minimum and maximum beside it; its rank among the year's innovations
 * is the competition rank ("1, 2, 2, 4") of the means rounded to two
 * decimals, highest first. */
#ifndef INOVASI_CAPAIAN_H
#define INOVASI_CAPAIAN_H

#include <stddef.h>

enum {
    CAPAIAN_OUTPUT = 0,
    CAPAIAN_KEMANFAATAN = 1,
    CAPAIAN_KEBERLANJUTAN = 2,
    CAPAIAN_DIMENSI = 3
};

typedef enum {
    CAPAIAN_NAIK = 0,        /* higher is better */
    CAPAIAN_TURUN = 1        /* lower is better */
} capaian_arah;

typedef struct {
    int dimensi;             /* CAPAIAN_OUTPUT ... */
    capaian_arah arah;
    double baseline;
    double target;
    double bobot;            /* within the dimension */
    int ada_nilai;           /* 0: no value reported */
    double nilai;
} capaian_indikator;

/* A score that may be absent. */
typedef struct {
    int ada;
    double nilai;
} capaian_skor;

typedef struct {
    capaian_skor dimensi[CAPAIAN_DIMENSI];
    capaian_skor total;
    int dihitung;            /* indicators counted */
    int jumlah;              /* indicators given */
} capaian_hasil;

/* Dimension codes as stored ("output", "kemanfaatan", "keberlanjutan") and
 * their names for people; -1 / NULL for anything else. */
int capaian_dimensi_dari_kode(const char *kode);
const char *capaian_dimensi_kode(int dimensi);
const char *capaian_dimensi_nama(int dimensi);

/* One indicator's progress in percent (0-100), absent without a value. */
capaian_skor capaian_indikator_persen(const capaian_indikator *ind);

/* Per dimension and overall; bobot_dimensi are the year's dimension
 * weights (any positive scale: they are renormalised). */
void capaian_hitung(const capaian_indikator *ind, size_t n,
                    const double bobot_dimensi[CAPAIAN_DIMENSI],
                    capaian_hasil *out);

/* v rounded to two decimals, halves away from zero. */
double capaian_bulat(double v);

/* The weight rule for one group (a dimension's indicators, the three
 * dimensions, a year's criteria): NULL when every weight is above 0 and
 * they add up to 100 to the hundredth, else a message in Indonesian that
 * names the sum. buf (at least 128 bytes) holds the message. */
const char *capaian_bobot_periksa(const double *bobot, size_t n, char *buf,
                                  size_t bufsize);

typedef struct {
    const char *nama;
    double bawah;            /* inclusive */
    double atas;             /* inclusive */
} capaian_pita;

/* The band of score (rounded to two decimals first), or NULL when none
 * holds it. */
const capaian_pita *capaian_pita_cari(const capaian_pita *pita, size_t n,
                                      double skor);
/* NULL when the bands are usable (names given, 0 <= bawah <= atas <= 100,
 * no two overlapping), else a message; buf as above. */
const char *capaian_pita_periksa(const capaian_pita *pita, size_t n,
                                 char *buf, size_t bufsize);

/* A decimal number as people type it: optional minus, up to 14 digits, then
 * optionally "." or "," and up to 4 decimals (no thousands separators, no
 * exponent).  Returns 1 and sets *out (and norm, at least 24 bytes, to the
 * same number with a "." for SQL) when valid, else 0. */
int capaian_angka(const char *text, double *out, char *norm, size_t normsize);

/* An amount in rupiah as people type it (issue 17): an optional "Rp" or
 * "Rp.", spaces around, then whole rupiah with or without thousands dots in
 * groups of three ("150.000.000", "150000000") and optionally "," and one or
 * two digits of sen (or ",-"); a lone "." before one or two digits is also
 * taken as the decimal point ("1500000.50").  Not negative, below 10^13.  Returns 1
 * and sets norm (at least 24 bytes) to the plain number ("150000000",
 * "1500000.5") when valid, else 0. */
int capaian_rupiah(const char *text, char *norm, size_t normsize);

/* A calendar date "YYYY-MM-DD" (1900-9999). Returns 1 when valid. */
int capaian_tanggal(const char *text, int *y, int *m, int *d);

/* The first and last day of a period: jenis "triwulan" (nomor 1-4) or
 * "semester" (nomor 1-2) of year.  Returns 1 and fills "YYYY-MM-DD"
 * strings (11 bytes each), or 0 for an unknown period. */
int capaian_periode_rentang(const char *jenis, int nomor, int tahun,
                            char mulai[11], char selesai[11]);

/* ---- evaluation ------------------------------------------------------- */

/* The weighted mean of the scored criteria (ada[i] != 0), weights
 * renormalised over them; absent when none is scored. */
capaian_skor nilai_total(const double *bobot, const double *skor,
                         const int *ada, size_t n);

typedef struct {
    size_t n;
    double rata;             /* mean */
    double simpangan;        /* population standard deviation */
    double min;
    double max;
} nilai_sebaran;

/* Mean, spread, minimum and maximum of x[0..n-1]; all 0 when n is 0. */
void nilai_sebaran_hitung(const double *x, size_t n, nilai_sebaran *out);

/* Competition ranks (1 = best) of skor[0..n-1], highest first, ties (equal
 * to two decimals) sharing the better rank. */
void nilai_peringkat(const double *skor, size_t n, int *peringkat);

#endif
