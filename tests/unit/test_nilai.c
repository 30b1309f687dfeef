/* Unit tests for the evaluation arithmetic in mod_inovasi/capaian.c: an
 * evaluator's weighted total over the year's criteria, the mean and spread
 * of several evaluators, and the rank among the year's innovations. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "capaian.h"

/* The KIPP 2023 weights (DOMAIN.md): latar belakang & tujuan, kebaruan,
 * implementasi, signifikansi, adaptabilitas, sumber daya, strategi
 * keberlanjutan. */
static const double kipp2023[7] = {10, 15, 5, 30, 20, 5, 15};

static void test_kipp_2023_weights_follow_the_rule(void **state)
{
    char buf[128];
    (void)state;
    assert_null(capaian_bobot_periksa(kipp2023, 7, buf, sizeof(buf)));
}

static void test_weighted_total_of_one_evaluator(void **state)
{
    const double skor[7] = {80, 70, 90, 60, 75, 100, 50};
    const int ada[7] = {1, 1, 1, 1, 1, 1, 1};
    capaian_skor t;
    (void)state;

    t = nilai_total(kipp2023, skor, ada, 7);
    assert_true(t.ada);
    /* 8 + 10.5 + 4.5 + 18 + 15 + 5 + 7.5 */
    assert_float_equal(t.nilai, 68.5, 1e-9);
}

static void test_unscored_criteria_renormalise(void **state)
{
    const double skor[7] = {80, 0, 0, 60, 0, 0, 0};
    const int ada[7] = {1, 0, 0, 1, 0, 0, 0};
    const int none[7] = {0};
    capaian_skor t;
    (void)state;

    t = nilai_total(kipp2023, skor, ada, 7);
    assert_float_equal(t.nilai, (10 * 80 + 30 * 60) / 40.0, 1e-9);
    assert_false(nilai_total(kipp2023, skor, none, 7).ada);
}

static void test_mean_and_population_spread(void **state)
{
    const double x[] = {60, 70, 80};
    nilai_sebaran s;
    (void)state;

    nilai_sebaran_hitung(x, 3, &s);
    assert_int_equal(s.n, 3);
    assert_float_equal(s.rata, 70, 1e-9);
    /* sqrt(((-10)^2 + 0 + 10^2) / 3) */
    assert_float_equal(s.simpangan, 8.16496580927726, 1e-9);
    assert_float_equal(s.min, 60, 1e-9);
    assert_float_equal(s.max, 80, 1e-9);
}

static void test_spread_of_one_and_of_none(void **state)
{
    const double one[] = {42.5};
    nilai_sebaran s;
    (void)state;

    nilai_sebaran_hitung(one, 1, &s);
    assert_float_equal(s.rata, 42.5, 1e-9);
    assert_float_equal(s.simpangan, 0, 1e-12);
    assert_float_equal(s.min, 42.5, 1e-9);
    nilai_sebaran_hitung(NULL, 0, &s);
    assert_int_equal(s.n, 0);
    assert_float_equal(s.rata, 0, 1e-12);
}

static void test_spread_of_equal_scores_is_zero(void **state)
{
    const double x[] = {73.1, 73.1, 73.1, 73.1};
    nilai_sebaran s;
    (void)state;
    nilai_sebaran_hitung(x, 4, &s);
    assert_float_equal(s.simpangan, 0, 1e-9);
}

static void test_competition_ranking_with_ties(void **state)
{
    const double skor[] = {70, 85.5, 70.001, 90, 60};
    int r[5];
    (void)state;

    nilai_peringkat(skor, 5, r);
    assert_int_equal(r[3], 1);   /* 90 */
    assert_int_equal(r[1], 2);   /* 85.5 */
    assert_int_equal(r[0], 3);   /* 70 and 70.001 tie to two decimals */
    assert_int_equal(r[2], 3);
    assert_int_equal(r[4], 5);   /* 60: after two thirds, fifth */
}

static void test_ranking_of_one(void **state)
{
    const double skor[] = {12};
    int r[1] = {0};
    (void)state;
    nilai_peringkat(skor, 1, r);
    assert_int_equal(r[0], 1);
}

/* A year with no scored innovation: nothing is written (and no NULL reaches
 * qsort, which UBSan's run of the dashboard tests reported). */
static void test_ranking_of_none(void **state)
{
    int r[1] = {-7};
    (void)state;
    nilai_peringkat(NULL, 0, r);
    assert_int_equal(r[0], -7);
}

/* The sorted ranking gives what comparing every pair gives, ties to two
 * decimals included, on many scores. */
static void test_ranking_matches_pairwise_definition(void **state)
{
    enum { N = 997 };
    static double skor[N];
    static int r[N];
    unsigned x = 12345;
    size_t i, j;
    (void)state;

    for (i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        skor[i] = (double)((x >> 8) % 4000) / 40.0 + ((x >> 4) % 3) * 0.001;
    }
    nilai_peringkat(skor, N, r);
    for (i = 0; i < N; i++) {
        int better = 0;
        for (j = 0; j < N; j++) {
            better += capaian_bulat(skor[j]) > capaian_bulat(skor[i]) + 1e-9;
        }
        assert_int_equal(r[i], better + 1);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kipp_2023_weights_follow_the_rule),
        cmocka_unit_test(test_ranking_matches_pairwise_definition),
        cmocka_unit_test(test_weighted_total_of_one_evaluator),
        cmocka_unit_test(test_unscored_criteria_renormalise),
        cmocka_unit_test(test_mean_and_population_spread),
        cmocka_unit_test(test_spread_of_one_and_of_none),
        cmocka_unit_test(test_spread_of_equal_scores_is_zero),
        cmocka_unit_test(test_competition_ranking_with_ties),
        cmocka_unit_test(test_ranking_of_one),
        cmocka_unit_test(test_ranking_of_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
