/* Unit tests for common/escape.c. */
#include "unit.h"

#include <string.h>

#include "escape.h"

static void test_html_escape(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(
        sl_html_escape(p, "<script>alert(\"x\" & 'y')</script>"),
        "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    assert_string_equal(sl_html_escape(p, "Permohonan informasi"),
                        "Permohonan informasi");
    /* Already-escaped text is escaped again: no guessing. */
    assert_string_equal(sl_html_escape(p, "&amp;"), "&amp;amp;");
    /* UTF-8 passes through unchanged. */
    assert_string_equal(sl_html_escape(p, "Kabupaten \xc3\x9c <b>"),
                        "Kabupaten \xc3\x9c &lt;b&gt;");
    assert_string_equal(sl_html_escape(p, ""), "");
    assert_string_equal(sl_html_escape(p, NULL), "");
}

static void test_csv_plain(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sl_csv_field(p, "Dinas Kesehatan"), "Dinas Kesehatan");
    /* Quoted in every separator Excel may pick (; , tab): a file opened
     * with another list separator must not split "a,=cmd" into a cell
     * that starts with =. */
    assert_string_equal(sl_csv_field(p, "a,b"), "\"a,b\"");
    assert_string_equal(sl_csv_field(p, "a\tb"), "\"a\tb\"");
    assert_string_equal(sl_csv_field(p, ""), "");
    assert_string_equal(sl_csv_field(p, NULL), "");
}

static void test_csv_quoting(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sl_csv_field(p, "Serang; Banten"), "\"Serang; Banten\"");
    assert_string_equal(sl_csv_field(p, "kata \"rahasia\""),
                        "\"kata \"\"rahasia\"\"\"");
    assert_string_equal(sl_csv_field(p, "baris 1\nbaris 2"),
                        "\"baris 1\nbaris 2\"");
    assert_string_equal(sl_csv_field(p, "baris 1\r\nbaris 2"),
                        "\"baris 1\r\nbaris 2\"");
    assert_string_equal(sl_csv_field(p, "\""), "\"\"\"\"");
}

static void test_csv_formula(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sl_csv_field(p, "=1+1"), "'=1+1");
    assert_string_equal(sl_csv_field(p, "+62 812"), "'+62 812");
    assert_string_equal(sl_csv_field(p, "-5"), "'-5");
    assert_string_equal(sl_csv_field(p, "@SUM(A1)"), "'@SUM(A1)");
    assert_string_equal(sl_csv_field(p, "\t=1"), "\"'\t'=1\"");
    /* Prefix goes inside the quotes when both apply. */
    assert_string_equal(sl_csv_field(p, "=HYPERLINK(\"http://x\";\"y\")"),
                        "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    assert_string_equal(sl_csv_field(p, "\r\n=1"), "\"'\r\n=1\"");
    /* Only the leading character matters, and what follows a separator. */
    assert_string_equal(sl_csv_field(p, "1=1"), "1=1");
    assert_string_equal(sl_csv_field(p, " =1"), " =1");
    assert_string_equal(sl_csv_field(p, "\r=1"), "\"'\r=1\"");
}

/* A formula led by a comma, semicolon or tab inside the cell: a
 * spreadsheet splitting on that separator (a comma file opened in a
 * semicolon locale, or the other way) would start a cell with it. */
static void test_csv_separator_led_formula(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sl_csv_field(p, "x,=HYPERLINK(1)"), "\"x,'=HYPERLINK(1)\"");
    assert_string_equal(sl_csv_field(p, "x;=1+1"), "\"x;'=1+1\"");
    assert_string_equal(sl_csv_field(p, "x\t+1"), "\"x\t'+1\"");
    assert_string_equal(sl_csv_field(p, "a;@SUM(A1)"), "\"a;'@SUM(A1)\"");
    assert_string_equal(sl_csv_field(p, "a,-2+3"), "\"a,'-2+3\"");
    /* A quote between the separator and the formula does not hide it. */
    assert_string_equal(sl_csv_field(p, "a;\"=1"), "\"a;\"\"'=1\"");
    /* Led by both: the start and every separator. */
    assert_string_equal(sl_csv_field(p, "=1;=2,=3"), "\"'=1;'=2,'=3\"");
    /* Ordinary punctuation stays. */
    assert_string_equal(sl_csv_field(p, "a, b; c"), "\"a, b; c\"");
    assert_string_equal(sl_csv_field(p, "Rp 1.000,00"), "\"Rp 1.000,00\"");
}

static void test_safe_filename(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sl_safe_filename(p, "laporan-2026_v1.pdf"),
                        "laporan-2026_v1.pdf");
    assert_string_equal(sl_safe_filename(p, "Surat Keputusan (final).pdf"),
                        "Surat_Keputusan__final_.pdf");
    assert_string_equal(sl_safe_filename(p, "a\"b\r\nc;d.txt"),
                        "a_b__c_d.txt");
    assert_string_equal(sl_safe_filename(p, "../../etc/passwd"),
                        "_._.._etc_passwd");
    assert_string_equal(sl_safe_filename(p, "C:\\x\\y.doc"), "C__x_y.doc");
    assert_string_equal(sl_safe_filename(p, ".htaccess"), "_htaccess");
    assert_string_equal(sl_safe_filename(p, ".."), "_.");
    /* One _ per UTF-8 character: U+00DC (2 bytes), U+20AC (3), U+1F600 (4) */
    assert_string_equal(sl_safe_filename(p, "\xc3\x9c" "ber.pdf"), "_ber.pdf");
    assert_string_equal(sl_safe_filename(p, "\xe2\x82\xac" "5"), "_5");
    assert_string_equal(sl_safe_filename(p, "a\xf0\x9f\x98\x80.png"),
                        "a_.png");
    /* never empty */
    assert_string_equal(sl_safe_filename(p, ""), "berkas");
    assert_string_equal(sl_safe_filename(p, NULL), "berkas");
    assert_true(strlen(sl_safe_filename(p, "\x80\x80")) > 0);
}

static void test_utf8_prefix(void **state)
{
    apr_pool_t *pool;
    (void)state;
    apr_pool_create(&pool, NULL);
    assert_string_equal(sl_utf8_prefix(pool, "abcdef", 3), "abc");
    assert_string_equal(sl_utf8_prefix(pool, "ab", 5), "ab");
    /* Multi-byte characters are never cut in half. */
    assert_string_equal(sl_utf8_prefix(pool, "\xc3\xa9t\xc3\xa9", 1), "\xc3\xa9");
    assert_string_equal(sl_utf8_prefix(pool, "\xf0\x9f\x98\x80x", 1),
                        "\xf0\x9f\x98\x80");
    assert_string_equal(sl_utf8_prefix(pool, NULL, 4), "");
    assert_string_equal(sl_utf8_prefix(pool, "abc", 0), "");
    apr_pool_destroy(pool);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_escape),
        cmocka_unit_test(test_csv_plain),
        cmocka_unit_test(test_csv_quoting),
        cmocka_unit_test(test_csv_formula),
        cmocka_unit_test(test_csv_separator_led_formula),
        cmocka_unit_test(test_safe_filename),
        cmocka_unit_test(test_utf8_prefix),
    };
    return UNIT_RUN(tests, unit_pool_setup, unit_pool_teardown);
}
