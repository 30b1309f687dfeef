/* Unit tests for common/dbdparams.c: DBDParams read as the MySQL driver
 * reads them. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "dbdparams.h"

static void test_shipped_params_pass(void **state)
{
    char msg[256];
    assert_int_equal(sl_dbd_params_check("host=127.0.0.1 port=3306 user=sialip "
        "pass=Rahasia-123 dbname=sialip reconnect=0 flags=CLIENT_FOUND_ROWS "
        "fldsz=65536 connecttimeout=3", msg, sizeof(msg)), 0);
    /* ';' between pieces is the driver's syntax too; '=' in a value is read whole. */
    assert_int_equal(sl_dbd_params_check("host=db;user=s;pass=a=b", msg, sizeof(msg)), 0);
}

static void test_password_with_a_delimiter_is_refused(void **state)
{
    const char *bad[] = {"pass=ab cd dbname=x", "user=s pass=ab;cd", "pass=ab,cd",
                         "pass=ab|cd user=s", "pass=ab;c=d", NULL};
    char msg[256];
    int i;
    for (i = 0; bad[i]; i++) {
        assert_int_equal(sl_dbd_params_check(bad[i], msg, sizeof(msg)), -1);
        assert_non_null(strstr(msg, "password"));
        assert_null(strstr(msg, "cd"));        /* never the password */
    }
}

static void test_stray_pieces_and_unknown_keys(void **state)
{
    char msg[256];
    assert_int_equal(sl_dbd_params_check("host=x dbnme=sialip", msg, sizeof(msg)), -1);
    assert_non_null(strstr(msg, "dbnme"));
    assert_int_equal(sl_dbd_params_check("host=x sialip", msg, sizeof(msg)), -1);
    assert_non_null(strstr(msg, "not key=value"));
}

static void test_get_reads_as_the_driver(void **state)
{
    char v[16];
    assert_int_equal(sl_dbd_params_get("user=a pass=x=y dbname=d", "pass", v, sizeof(v)), 3);
    assert_string_equal(v, "x=y");
    assert_int_equal(sl_dbd_params_get("pass=a pass=bb", "pass", v, sizeof(v)), 2);
    assert_string_equal(v, "bb");
    assert_int_equal(sl_dbd_params_get("user=a", "pass", v, sizeof(v)), -1);
    assert_int_equal(sl_dbd_params_get("pass=0123456789abcdefg", "pass", v, sizeof(v)), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_params_pass),
        cmocka_unit_test(test_password_with_a_delimiter_is_refused),
        cmocka_unit_test(test_stray_pieces_and_unknown_keys),
        cmocka_unit_test(test_get_reads_as_the_driver),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
