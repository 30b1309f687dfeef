/* Unit tests for mod_inovasi/iid_hitung.c: the simulated Indeks Inovasi
 * Daerah on the worked example of docs/iid.md, the divisor rule with
 * rejected innovations, and the what-if. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "iid_hitung.h"
#include "capaian.h"

#define EPS 1e-6

/* Two SPD indicators (1, 2) and two SID (16, 17), levels scored 1/2/3;
 * 2, 16 and 17 mandatory. */
static const iid_indikator katalog[] = {
    {1, IID_SPD, {1, 2, 3}, 0},
    {2, IID_SPD, {1, 2, 3}, 1},
    {16, IID_SID, {1, 2, 3}, 1},
    {17, IID_SID, {1, 2, 3}, 1},
};

static const iid_indikator *k = katalog;
#define NK (sizeof(katalog) / sizeof(katalog[0]))

/* The worked example (docs/iid.md): SPD 1 verified at level 3, SPD 2 at 1
 * with level 2 claimed; innovation A: 16 at 3, 17 at 2; B: 16 at 2, 17
 * claimed at 3 and not verified; C rejected. 2023 rule: MAX(10, n). */
static void contoh(iid_masukan *m, int pembagi_min)
{
    static const iid_isian spd[] = {{1, 3, 3}, {2, 1, 2}};
    static const iid_isian a[] = {{16, 3, 3}, {17, 2, 2}};
    static const iid_isian b[] = {{16, 2, 2}, {17, 0, 3}};
    static const iid_isian c[] = {{16, 3, 3}};
    static iid_inovasi inov[3];
    inov[0] = (iid_inovasi){1, 0, a, 2};
    inov[1] = (iid_inovasi){2, 0, b, 2};
    inov[2] = (iid_inovasi){3, 1, c, 1};
    memset(m, 0, sizeof(*m));
    m->ind = k;
    m->n_ind = NK;
    m->spd = spd;
    m->n_spd = 2;
    m->inov = inov;
    m->n_inov = 3;
    m->pembagi_min = pembagi_min;
}

static void test_worked_example(void **state)
{
    iid_masukan m;
    iid_hasil h;
    (void)state;
    contoh(&m, 10);
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_true(h.spd == 4.0 && h.spd_maks == 6.0 && h.sid_maks == 6.0);
    assert_true(h.sid_jumlah == 7.0);          /* A 5 + B 2 + C (rejected) 0 */
    assert_int_equal(h.pembagi, 10);           /* MAX(10, 3) */
    assert_true(h.total > 4.7 - EPS && h.total < 4.7 + EPS);
    assert_true(h.maks == 12.0);
    /* 4.7 / 12 x 100 = 39.17: "Inovatif" on the 2023 bands. */
    assert_true(h.indeks > 39.1666666 && h.indeks < 39.1666667);
    /* Claims: SPD 2 from 1 to 2 adds 1/12 x 100; B's 17 adds 3/10/12 x 100. */
    assert_true(h.potensi_klaim > 10.8333333 && h.potensi_klaim < 10.8333334);
    /* C out of the count leaves the divisor at 10: nothing lost. */
    assert_true(h.rugi_ditolak > -EPS && h.rugi_ditolak < EPS);
    assert_int_equal(h.wajib_kurang, 1);       /* B's 17 */
    /* What-if: SPD 2 to level 3 (+16.67), B's 17 (+2.5), A's 17 (+0.83,
     * ahead of B's 16 with the same gain). */
    assert_int_equal(h.n_aksi, 3);
    assert_int_equal(h.aksi[0].inovasi, 0);
    assert_int_equal(h.aksi[0].nomor, 2);
    assert_int_equal(h.aksi[0].dari, 1);
    assert_true(h.aksi[0].tambah > 16.6666666 && h.aksi[0].tambah < 16.6666667);
    assert_int_equal(h.aksi[1].inovasi, 2);
    assert_int_equal(h.aksi[1].nomor, 17);
    assert_true(h.aksi[1].tambah > 2.5 - EPS && h.aksi[1].tambah < 2.5 + EPS);
    assert_int_equal(h.aksi[2].inovasi, 1);
    assert_int_equal(h.aksi[2].nomor, 17);
    assert_true(h.aksi[2].tambah > 0.8333333 && h.aksi[2].tambah < 0.8333334);
}

static void test_band_of_the_example(void **state)
{
    static const capaian_pita iid2023[] = {
        {"Sangat inovatif", 60.01, 100}, {"Inovatif", 35, 60},
        {"Kurang inovatif", 0.01, 34.99}, {"Tidak dapat dinilai", 0, 0},
    };
    static const capaian_pita iid2025[] = {
        {"Sangat inovatif", 65.01, 100}, {"Inovatif", 35, 65},
        {"Kurang inovatif", 0.01, 34.99}, {"Tidak dapat dinilai", 0, 0},
    };
    iid_masukan m;
    iid_hasil h;
    (void)state;
    contoh(&m, 10);
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_string_equal(capaian_pita_cari(iid2023, 4, h.indeks)->nama, "Inovatif");
    assert_string_equal(capaian_pita_cari(iid2023, 4, 62.5)->nama, "Sangat inovatif");
    assert_string_equal(capaian_pita_cari(iid2025, 4, 62.5)->nama, "Inovatif");
    assert_string_equal(capaian_pita_cari(iid2025, 4, 0)->nama, "Tidak dapat dinilai");
}

/* The documented formula (docs/iid.md), written out here independently of
 * iid_hitung.c: SPD = the sum of the scores of the highest verified levels of
 * the SPD indicators; SID_i the same over innovation i's SID indicators (0
 * when rejected); total = SPD + sum(SID_i) / MAX(pembagi_min, n);
 * IID = total / (SPD maximum + SID maximum of one innovation) x 100. */
static double rumus(const iid_masukan *m)
{
    double spd = 0, sid = 0, maks = 0;
    size_t i, j, k;
    int n = (int)m->n_inov;

    for (k = 0; k < m->n_ind; k++) {
        maks += m->ind[k].skor[2];
        for (i = 0; i < m->n_spd; i++) {
            if (m->ind[k].aspek == IID_SPD && m->spd[i].nomor == m->ind[k].nomor
                && m->spd[i].terverifikasi > 0) {
                spd += m->ind[k].skor[m->spd[i].terverifikasi - 1];
            }
        }
        for (j = 0; j < m->n_inov; j++) {
            for (i = 0; !m->inov[j].ditolak && i < m->inov[j].n; i++) {
                const iid_isian *s = &m->inov[j].isian[i];
                if (m->ind[k].aspek == IID_SID && s->nomor == m->ind[k].nomor
                    && s->terverifikasi > 0) {
                    sid += m->ind[k].skor[s->terverifikasi - 1];
                }
            }
        }
    }
    return (spd + sid / (n > m->pembagi_min ? n : m->pembagi_min)) / maks * 100.0;
}

static const capaian_pita pita2023[] = {
    {"Sangat inovatif", 60.01, 100}, {"Inovatif", 35, 60},
    {"Kurang inovatif", 0.01, 34.99}, {"Tidak dapat dinilai", 0, 0},
};
static const capaian_pita pita2025[] = {
    {"Sangat inovatif", 65.01, 100}, {"Inovatif", 35, 65},
    {"Kurang inovatif", 0.01, 34.99}, {"Tidak dapat dinilai", 0, 0},
};

/* The worked example of docs/iid.md (our own: no source publishes one with
 * complete figures) computed by the formula with 2023's MAX(10, n) and graded
 * on the 2025 bands; then ten innovations, where the 2023 and 2025 bands
 * part: 61.67 is "sangat inovatif" in 2023 and "inovatif" in 2025. */
static void test_example_by_the_documented_formula(void **state)
{
    static const iid_isian spd[] = {{1, 3, 3}, {2, 1, 1}};
    static const iid_isian empat[] = {{16, 3, 3}, {17, 1, 1}};
    static const iid_isian tiga[] = {{16, 3, 3}};
    iid_inovasi sepuluh[10];
    iid_masukan m;
    iid_hasil h;
    double rumus_contoh;
    int i;
    (void)state;

    contoh(&m, 10);
    rumus_contoh = rumus(&m);
    /* By hand: SPD 3 + 1 = 4; SID A 3 + 2, B 2, C rejected: 7; n = 3 so
     * MAX(10, 3) = 10; total 4 + 7 / 10 = 4.7; maximum 6 + 6 = 12. */
    assert_true(rumus_contoh > 4.7 / 12 * 100 - EPS && rumus_contoh < 4.7 / 12 * 100 + EPS);
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_true(h.indeks > rumus_contoh - EPS && h.indeks < rumus_contoh + EPS);
    assert_true(capaian_bulat(h.indeks) == 39.17);
    assert_string_equal(capaian_pita_cari(pita2025, 4, h.indeks)->nama, "Inovatif");

    /* Ten innovations: four score 3 + 1, six score 3: 34 / MAX(10, 10);
     * total 4 + 3.4 = 7.4 of 12. */
    for (i = 0; i < 10; i++) {
        sepuluh[i] = i < 4 ? (iid_inovasi){i + 1, 0, empat, 2} : (iid_inovasi){i + 1, 0, tiga, 1};
    }
    m.spd = spd;
    m.inov = sepuluh;
    m.n_inov = 10;
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_int_equal(h.pembagi, 10);
    assert_true(h.indeks > rumus(&m) - EPS && h.indeks < rumus(&m) + EPS);
    assert_true(capaian_bulat(h.indeks) == 61.67);
    assert_string_equal(capaian_pita_cari(pita2023, 4, h.indeks)->nama, "Sangat inovatif");
    assert_string_equal(capaian_pita_cari(pita2025, 4, h.indeks)->nama, "Inovatif");
}

/* Thirteen innovations with a full SID score, one rejected: the divisor is
 * 13, not 12, and the loss is what leaving it out would give back. */
static void test_rejected_innovation_lowers_the_index(void **state)
{
    static const iid_isian penuh[] = {{16, 3, 3}, {17, 3, 3}};
    iid_inovasi inov[13];
    iid_masukan m;
    iid_hasil h;
    int i;
    (void)state;
    for (i = 0; i < 13; i++) {
        inov[i] = (iid_inovasi){i + 1, i == 12, penuh, 2};
    }
    memset(&m, 0, sizeof(m));
    m.ind = k;
    m.n_ind = NK;
    m.inov = inov;
    m.n_inov = 13;
    m.pembagi_min = 12;
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_int_equal(h.pembagi, 13);
    assert_true(h.sid_jumlah == 72.0 && h.spd == 0.0);
    assert_true(h.indeks > 46.1538461 && h.indeks < 46.1538462);   /* 72/13/12 */
    assert_true(h.rugi_ditolak > 3.8461538 && h.rugi_ditolak < 3.8461539);
    /* SPD 2 is mandatory and missing; the best action is an SPD one. */
    assert_int_equal(h.wajib_kurang, 1);
    assert_int_equal(h.aksi[0].inovasi, 0);
    assert_int_equal(h.aksi[0].nomor, 1);
    assert_true(h.aksi[0].tambah > 25.0 - EPS && h.aksi[0].tambah < 25.0 + EPS);
    /* 2023's MAX(10, n) gives the same here: 13 innovations exceed both. */
    m.pembagi_min = 10;
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_int_equal(h.pembagi, 13);
    /* With 12 innovations and MAX(12, n), one rejected costs nothing more. */
    m.n_inov = 12;
    m.pembagi_min = 12;
    inov[11].ditolak = 1;
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_int_equal(h.pembagi, 12);
    assert_true(h.rugi_ditolak > -EPS && h.rugi_ditolak < EPS);
}

static void test_nothing_verified_is_zero(void **state)
{
    iid_masukan m;
    iid_hasil h;
    (void)state;
    memset(&m, 0, sizeof(m));
    m.ind = k;
    m.n_ind = NK;
    m.pembagi_min = 10;
    assert_int_equal(iid_hitung(&m, &h), 0);
    assert_true(h.indeks == 0.0 && h.total == 0.0);
    assert_int_equal(h.pembagi, 10);
    assert_int_equal(h.wajib_kurang, 1);       /* SPD 2 */
    assert_int_equal(h.n_aksi, 2);             /* the two SPD indicators */
}

static void test_bad_input_is_refused(void **state)
{
    static const iid_isian salah[] = {{1, 4, 0}};
    iid_masukan m;
    iid_hasil h;
    (void)state;
    memset(&m, 0, sizeof(m));
    assert_int_equal(iid_hitung(&m, &h), -1);  /* no catalogue */
    m.ind = k;
    m.n_ind = NK;
    assert_int_equal(iid_hitung(&m, &h), -1);  /* no divisor rule */
    m.pembagi_min = 10;
    m.spd = salah;
    m.n_spd = 1;
    assert_int_equal(iid_hitung(&m, &h), -1);  /* level 4 */
    assert_true(iid_skor(&katalog[0], 0) == 0.0 && iid_skor(&katalog[0], 3) == 3.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example),
        cmocka_unit_test(test_band_of_the_example),
        cmocka_unit_test(test_example_by_the_documented_formula),
        cmocka_unit_test(test_rejected_innovation_lowers_the_index),
        cmocka_unit_test(test_nothing_verified_is_zero),
        cmocka_unit_test(test_bad_input_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
