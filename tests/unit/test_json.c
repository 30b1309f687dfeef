/* Unit tests for common/json.c. */
#include "unit.h"

#include <string.h>

#include "json.h"

static void test_plain_and_null(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sl_json_string(p, "Dinas Kesehatan"), "\"Dinas Kesehatan\"");
    assert_string_equal(sl_json_string(p, NULL), "\"\"");
    assert_string_equal(sl_json_string(p, ""), "\"\"");
}

static void test_quotes_controls_markup(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sl_json_string(p, "a\"b\\c"), "\"a\\\"b\\\\c\"");
    assert_string_equal(sl_json_string(p, "x\ny\tz\r\x01"),
                        "\"x\\ny\\u0009z\\u000d\\u0001\"");
    assert_string_equal(sl_json_string(p, "</script>&"),
                        "\"\\u003c/script\\u003e\\u0026\"");
}

static void test_utf8(void **state)
{
    apr_pool_t *p = *state;
    /* Valid multi-byte text passes through; the JS line separators do not. */
    assert_string_equal(sl_json_string(p, "Rp 5.000 \xe2\x80\x94 \xf0\x9f\x98\x80"),
                        "\"Rp 5.000 \xe2\x80\x94 \xf0\x9f\x98\x80\"");
    assert_string_equal(sl_json_string(p, "a\xe2\x80\xa8" "b"), "\"a\\u2028b\"");
    /* Invalid bytes, overlong forms and surrogates become U+FFFD, one each. */
    assert_string_equal(sl_json_string(p, "a\xff" "b"), "\"a\\ufffdb\"");
    assert_string_equal(sl_json_string(p, "\xc0\xaf"), "\"\\ufffd\\ufffd\"");
    assert_string_equal(sl_json_string(p, "\xed\xa0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");
    /* A sequence cut off by the end of the text. */
    assert_string_equal(sl_json_string(p, "ab\xe2\x80"), "\"ab\\ufffd\\ufffd\"");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_and_null),
        cmocka_unit_test(test_quotes_controls_markup),
        cmocka_unit_test(test_utf8),
    };
    return UNIT_RUN(tests, unit_pool_setup, unit_pool_teardown);
}
