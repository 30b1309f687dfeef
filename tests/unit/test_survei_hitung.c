/* Unit tests for mod_sialip/survei_hitung.c: the SKM index of
 * PermenPANRB 14/2017 on a worked example and at the grade boundaries. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "survei_hitung.h"

/* Four questionnaires (rows), elements u1..u9 (columns). */
static const int ANSWERS[4][SL_SURVEI_UNSUR] = {
    {4, 4, 3, 4, 3, 3, 4, 3, 3},
    {3, 3, 3, 4, 3, 3, 3, 3, 3},
    {4, 3, 3, 4, 4, 4, 4, 3, 3},
    {3, 3, 2, 4, 3, 3, 3, 2, 3},
};

static sl_survei_rekap example(void)
{
    sl_survei_rekap r = {{0}, 4};
    for (int q = 0; q < 4; q++) {
        for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
            r.jumlah[i] += ANSWERS[q][i];
        }
    }
    return r;
}

static void test_worked_example(void **state)
{
    (void)state;
    sl_survei_rekap r = example();
    /* Per element: the mean of its four answers. */
    static const long nrr[SL_SURVEI_UNSUR] = {350, 325, 275, 400, 325, 325, 350, 275, 300};
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        assert_int_equal(sl_survei_nrr(&r, i), nrr[i]);
    }
    /* (3.50 + 3.25 + 2.75 + 4 + 3.25 + 3.25 + 3.50 + 2.75 + 3) / 9 x 25
     * = 29.25 / 9 x 25 = 81.25: grade B, baik. */
    assert_int_equal(sl_survei_ikm(&r), 8125);
    const char *mutu;
    assert_string_equal(sl_survei_grade(8125, &mutu), "B");
    assert_string_equal(mutu, "Baik");
}

static void test_all_fours_and_all_ones(void **state)
{
    (void)state;
    sl_survei_rekap r = {{0}, 3};
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        r.jumlah[i] = 12;
    }
    assert_int_equal(sl_survei_ikm(&r), 10000);
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        r.jumlah[i] = 3;
    }
    assert_int_equal(sl_survei_ikm(&r), 2500);
}

static void test_grade_boundaries(void **state)
{
    (void)state;
    const char *mutu;
    static const struct {
        long ikm;
        const char *grade, *mutu;
    } cases[] = {
        {10000, "A", "Sangat baik"}, {8831, "A", "Sangat baik"}, {8830, "B", "Baik"},
        {7661, "B", "Baik"}, {7660, "C", "Kurang baik"}, {6500, "C", "Kurang baik"},
        {6499, "D", "Tidak baik"}, {2500, "D", "Tidak baik"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        assert_string_equal(sl_survei_grade(cases[i].ikm, &mutu), cases[i].grade);
        assert_string_equal(mutu, cases[i].mutu);
    }
    assert_null(sl_survei_grade(0, &mutu));
    assert_null(mutu);
}

static void test_no_respondents(void **state)
{
    (void)state;
    sl_survei_rekap r = {{0}, 0};
    assert_int_equal(sl_survei_ikm(&r), 0);
    assert_int_equal(sl_survei_nrr(&r, 0), 0);
    sl_survei_rekap full = example();
    assert_int_equal(sl_survei_nrr(&full, SL_SURVEI_UNSUR), 0);
    assert_int_equal(sl_survei_nrr(&full, -1), 0);
}

static void test_rounding_half_up(void **state)
{
    (void)state;
    /* Three respondents, element sums 10: NRR 3.333... -> 3.33;
     * sums 11: 3.666... -> 3.67. */
    sl_survei_rekap r = {{10, 11, 10, 10, 10, 10, 10, 10, 10}, 3};
    assert_int_equal(sl_survei_nrr(&r, 0), 333);
    assert_int_equal(sl_survei_nrr(&r, 1), 367);
    /* 91 x 25 / 27 = 84.259... -> 84.26 */
    assert_int_equal(sl_survei_ikm(&r), 8426);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example),
        cmocka_unit_test(test_all_fours_and_all_ones),
        cmocka_unit_test(test_grade_boundaries),
        cmocka_unit_test(test_no_respondents),
        cmocka_unit_test(test_rounding_half_up),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
