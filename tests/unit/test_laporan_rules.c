/* Unit tests for mod_sialip/laporan_rules.c: the annual report of a year
 * can be submitted once the year is over, on time through 31 March. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "laporan_rules.h"

static void test_batas(void **state)
{
    sl_day batas;
    assert_int_equal(sl_laporan_batas(2025, sl_day_from_ymd(2025, 12, 31), &batas), -1);
    assert_int_equal(batas, sl_day_from_ymd(2026, 3, 31));
    assert_int_equal(sl_laporan_batas(2025, sl_day_from_ymd(2026, 1, 1), &batas), 0);
    assert_int_equal(sl_laporan_batas(2025, sl_day_from_ymd(2026, 3, 31), &batas), 0);
    assert_int_equal(sl_laporan_batas(2025, sl_day_from_ymd(2026, 4, 1), &batas), 1);
    /* A leap year changes nothing: 31 March is fixed. */
    assert_int_equal(sl_laporan_batas(2027, sl_day_from_ymd(2028, 3, 31), &batas), 0);
    assert_int_equal(sl_laporan_batas(2027, sl_day_from_ymd(2030, 1, 1), &batas), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_batas),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
