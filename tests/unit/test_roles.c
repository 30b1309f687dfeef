/* Unit tests for common/roles.c: role codes to bits and back. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "roles.h"

static void test_parse(void **state)
{
    assert_int_equal(sl_roles_parse("admin,ppid_utama"),
                     SL_ROLE_ADMIN | SL_ROLE_PPID_UTAMA);
    assert_int_equal(sl_roles_parse("pimpinan"), SL_ROLE_PIMPINAN);
    assert_int_equal(sl_roles_parse("tamu,admin"), SL_ROLE_ADMIN);
    assert_int_equal(sl_roles_parse("admi"), 0);
    assert_int_equal(sl_roles_parse(""), 0);
    assert_int_equal(sl_roles_parse(NULL), 0);
}

static void test_code_of_every_bit_parses_back(void **state)
{
    unsigned bit, seen = 0;
    for (bit = 1; bit & SL_ROLE_ANY_STAFF; bit <<= 1) {
        const char *code = sl_role_code(bit);
        assert_non_null(code);
        assert_int_equal(sl_roles_parse(code), bit);
        seen |= bit;
    }
    assert_int_equal(seen, SL_ROLE_ANY_STAFF);
    assert_string_equal(sl_role_code(SL_ROLE_OPD_INOVASI), "opd_inovasi");
}

static void test_code_of_no_single_role(void **state)
{
    assert_null(sl_role_code(0));
    assert_null(sl_role_code(SL_ROLE_ADMIN | SL_ROLE_PIMPINAN));
    assert_null(sl_role_code(SL_ROLE_ANY_STAFF + 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_code_of_every_bit_parses_back),
        cmocka_unit_test(test_code_of_no_single_role),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
