/* Unit tests for common/password.c: one bcrypt cost, weak formats named. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#include <apr_general.h>
#include <apr_md5.h>

#include "password.h"

static void test_dummy_hash_has_the_projects_cost(void **state)
{
    assert_int_equal(sl_password_cost(sl_dummy_hash), SL_BCRYPT_COST);
    assert_true(sl_password_is_bcrypt(sl_dummy_hash));
}

static void test_new_hashes_have_the_cost_and_verify(void **state)
{
    apr_pool_t *p;
    const char *h;
    apr_pool_create(&p, NULL);
    h = sl_password_hash(p, "kata-sandi-uji");
    assert_non_null(h);
    assert_int_equal(sl_password_cost(h), SL_BCRYPT_COST);
    assert_int_equal(apr_password_validate("kata-sandi-uji", h), APR_SUCCESS);
    assert_int_not_equal(apr_password_validate("salah", h), APR_SUCCESS);
    apr_pool_destroy(p);
}

static void test_weak_formats_are_named(void **state)
{
    assert_null(sl_password_weak_kind(sl_dummy_hash));
    assert_string_equal(sl_password_weak_kind("$apr1$abcdefgh$0123456789012345678901"),
                        "apr1 (MD5)");
    assert_string_equal(sl_password_weak_kind("{SHA}qUqP5cyxm6YcTAhz05Hph5gvu9M="),
                        "SHA-1");
    assert_string_equal(sl_password_weak_kind("ab01FAX.bQRSU"), "crypt");
    assert_string_equal(sl_password_weak_kind("rahasia"), "plain text or unknown");
    assert_string_equal(sl_password_weak_kind(""), "plain text or unknown");
    assert_int_equal(sl_password_cost("$2y$5$short"), -1);
    assert_int_equal(sl_password_cost(NULL), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dummy_hash_has_the_projects_cost),
        cmocka_unit_test(test_new_hashes_have_the_cost_and_verify),
        cmocka_unit_test(test_weak_formats_are_named),
    };
    apr_initialize();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
