/* Unit tests for common/route.c: sl_route_match. */
#include "unit.h"

#include <string.h>

#include <apr_tables.h>

#include "route.h"

static apr_table_t *fresh(void **state)
{
    return apr_table_make(*state, 4);
}

static int count(const apr_table_t *t)
{
    return apr_table_elts(t)->nelts;
}

static void test_literal(void **state)
{
    apr_table_t *p = fresh(state);

    assert_true(sl_route_match("/permohonan/baru", "/permohonan/baru", p));
    assert_int_equal(count(p), 0);
    assert_true(sl_route_match("/lacak", "/lacak", NULL));
    assert_true(sl_route_match("/aset/sialip.css", "/aset/sialip.css", NULL));

    assert_false(sl_route_match("/lacak", "/lacaK", NULL));      /* case */
    assert_false(sl_route_match("/lacak", "/lacax", NULL));
    assert_false(sl_route_match("/permohonan/baru", "/permohonan/bar", NULL));
    assert_false(sl_route_match("/permohonan", "/permohonan/baru", NULL));
    assert_false(sl_route_match("/permohonan/baru", "permohonan/baru", NULL));
}

static void test_param_captured(void **state)
{
    apr_table_t *p = fresh(state);

    assert_true(sl_route_match("/permohonan/{nomor}",
                               "/permohonan/2026-000123", p));
    assert_int_equal(count(p), 1);
    assert_string_equal(apr_table_get(p, "nomor"), "2026-000123");

    /* Stored still percent-encoded: callers validate and decode. */
    p = fresh(state);
    assert_true(sl_route_match("/permohonan/{nomor}", "/permohonan/a%2Fb", p));
    assert_string_equal(apr_table_get(p, "nomor"), "a%2Fb");

    /* A param in the middle, followed by a literal. */
    p = fresh(state);
    assert_true(sl_route_match("/permohonan/{nomor}/keberatan",
                               "/permohonan/2026-000007/keberatan", p));
    assert_string_equal(apr_table_get(p, "nomor"), "2026-000007");

    /* A param as the whole pattern. */
    p = fresh(state);
    assert_true(sl_route_match("/{id}", "/42", p));
    assert_string_equal(apr_table_get(p, "id"), "42");

    /* A one-character segment is not empty. */
    p = fresh(state);
    assert_true(sl_route_match("/inovasi/{id}", "/inovasi/7", p));
    assert_string_equal(apr_table_get(p, "id"), "7");

    /* NULL params: match only, nothing stored. */
    assert_true(sl_route_match("/permohonan/{nomor}", "/permohonan/x", NULL));
}

static void test_trailing_slash(void **state)
{
    assert_true(sl_route_match("/admin/", "/admin/", NULL));
    assert_false(sl_route_match("/admin/", "/admin", NULL));
    assert_false(sl_route_match("/admin", "/admin/", NULL));

    assert_false(sl_route_match("/permohonan/{nomor}",
                                "/permohonan/2026-000123/", NULL));
    assert_true(sl_route_match("/permohonan/{nomor}/",
                               "/permohonan/2026-000123/", NULL));
    assert_false(sl_route_match("/permohonan/{nomor}/",
                                "/permohonan/2026-000123", NULL));
}

static void test_root_vs_empty(void **state)
{
    assert_true(sl_route_match("/", "/", NULL));
    assert_true(sl_route_match("", "", NULL));
    assert_false(sl_route_match("/", "", NULL));
    assert_false(sl_route_match("", "/", NULL));
    assert_false(sl_route_match("/", "/x", NULL));
    assert_false(sl_route_match("/", "//", NULL));
}

static void test_empty_segment_not_matched(void **state)
{
    apr_table_t *p = fresh(state);

    /* Nothing after the slash. */
    assert_false(sl_route_match("/permohonan/{nomor}", "/permohonan/", p));
    /* Empty segment between slashes. */
    assert_false(sl_route_match("/permohonan/{nomor}/keberatan",
                                "/permohonan//keberatan", p));
    /* The path stops before the param's slash. */
    assert_false(sl_route_match("/permohonan/{nomor}", "/permohonan", p));
    assert_false(sl_route_match("/{a}", "/", p));
    assert_false(sl_route_match("/{a}", "", p));
    assert_false(sl_route_match("/{a}/{b}", "/x/", p));
    assert_false(sl_route_match("/{a}/{b}", "//y", p));
}

static void test_param_does_not_span_slash(void **state)
{
    apr_table_t *p = fresh(state);

    assert_false(sl_route_match("/permohonan/{nomor}",
                                "/permohonan/2026/000123", p));
    assert_false(sl_route_match("/{a}", "/x/y", NULL));

    /* The capture stops at the first slash. */
    p = fresh(state);
    assert_true(sl_route_match("/{a}/y", "/x/y", p));
    assert_string_equal(apr_table_get(p, "a"), "x");
}

static void test_multiple_params(void **state)
{
    apr_table_t *p = fresh(state);

    assert_true(sl_route_match("/inovasi/{id}/laporan/{periode}",
                               "/inovasi/12/laporan/2026-03", p));
    assert_int_equal(count(p), 2);
    assert_string_equal(apr_table_get(p, "id"), "12");
    assert_string_equal(apr_table_get(p, "periode"), "2026-03");

    /* Adjacent params, one per segment. */
    p = fresh(state);
    assert_true(sl_route_match("/{a}/{b}/{c}", "/satu/dua/tiga", p));
    assert_int_equal(count(p), 3);
    assert_string_equal(apr_table_get(p, "a"), "satu");
    assert_string_equal(apr_table_get(p, "b"), "dua");
    assert_string_equal(apr_table_get(p, "c"), "tiga");

    assert_false(sl_route_match("/{a}/{b}/{c}", "/satu/dua", NULL));
    assert_false(sl_route_match("/{a}/{b}", "/satu/dua/tiga", NULL));
    assert_false(sl_route_match("/inovasi/{id}/laporan/{periode}",
                                "/inovasi/12/lapor/2026-03", NULL));
}

static void test_length_mismatch(void **state)
{
    /* Pattern longer than path. */
    assert_false(sl_route_match("/permohonan/baru", "/permohonan", NULL));
    assert_false(sl_route_match("/permohonan/baru", "/", NULL));
    assert_false(sl_route_match("/permohonan/baru", "", NULL));
    assert_false(sl_route_match("/permohonan/{nomor}/keberatan",
                                "/permohonan/2026-000001", NULL));
    /* Pattern shorter than path. */
    assert_false(sl_route_match("/permohonan", "/permohonan/baru", NULL));
    assert_false(sl_route_match("/lacak", "/lacak/", NULL));
    assert_false(sl_route_match("/lacak", "/lacak2", NULL));
    assert_false(sl_route_match("", "/lacak", NULL));
    assert_false(sl_route_match("/permohonan/{nomor}",
                                "/permohonan/2026-000001/keberatan", NULL));
}

static void test_unclosed_brace(void **state)
{
    /* A malformed pattern matches nothing rather than reading past it. */
    assert_false(sl_route_match("/permohonan/{nomor",
                                "/permohonan/2026-000001", NULL));
}

static void test_param_with_suffix(void **state)
{
    apr_table_t *p = fresh(state);
    assert_int_equal(sl_route_match("/permohonan/{nomor}.xml",
                                    "/permohonan/2026-000001.xml", p), 1);
    assert_string_equal(apr_table_get(p, "nomor"), "2026-000001");
    /* The suffix must be there, with something before it. */
    assert_int_equal(sl_route_match("/permohonan/{nomor}.xml",
                                    "/permohonan/2026-000001", NULL), 0);
    assert_int_equal(sl_route_match("/permohonan/{nomor}.xml",
                                    "/permohonan/.xml", NULL), 0);
    assert_int_equal(sl_route_match("/laporan/{tahun}.xml", "/laporan/2026.xml/x",
                                    NULL), 0);
    /* Without a suffix in the pattern, ".xml" is part of the value. */
    p = fresh(state);
    assert_int_equal(sl_route_match("/permohonan/{nomor}", "/permohonan/a.xml", p), 1);
    assert_string_equal(apr_table_get(p, "nomor"), "a.xml");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        UNIT_POOL_TEST(test_literal),
        UNIT_POOL_TEST(test_param_captured),
        UNIT_POOL_TEST(test_trailing_slash),
        UNIT_POOL_TEST(test_root_vs_empty),
        UNIT_POOL_TEST(test_empty_segment_not_matched),
        UNIT_POOL_TEST(test_param_does_not_span_slash),
        UNIT_POOL_TEST(test_multiple_params),
        UNIT_POOL_TEST(test_length_mismatch),
        UNIT_POOL_TEST(test_unclosed_brace),
        UNIT_POOL_TEST(test_param_with_suffix),
    };

    return UNIT_RUN(tests, NULL, NULL);
}
