/* Unit tests for common/json.c. */
#include "unit.h"

#include <string.h>

#include "json.h"

static const unit_text_case strings[] = {
    /* plain, and nothing */
    {"Dinas Kesehatan", "\"Dinas Kesehatan\""},
    {NULL, "\"\""},
    {"", "\"\""},
    /* quotes, controls, markup */
    {"a\"b\\c", "\"a\\\"b\\\\c\""},
    {"x\ny\tz\r\x01", "\"x\\ny\\u0009z\\u000d\\u0001\""},
    {"</script>&", "\"\\u003c/script\\u003e\\u0026\""},
    /* Valid multi-byte text passes through; the JS line separators do not. */
    {"Rp 5.000 \xe2\x80\x94 \xf0\x9f\x98\x80", "\"Rp 5.000 \xe2\x80\x94 \xf0\x9f\x98\x80\""},
    {"a\xe2\x80\xa8" "b", "\"a\\u2028b\""},
    /* Invalid bytes, overlong forms and surrogates become U+FFFD, one each. */
    {"a\xff" "b", "\"a\\ufffdb\""},
    {"\xc0\xaf", "\"\\ufffd\\ufffd\""},
    {"\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""},
    /* A sequence cut off by the end of the text. */
    {"ab\xe2\x80", "\"ab\\ufffd\\ufffd\""},
};

static void test_json_string(void **state)
{
    unit_expect_texts(*state, sl_json_string, UNIT_CASES(strings));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_string),
    };
    return UNIT_RUN(tests, unit_pool_setup, unit_pool_teardown);
}
