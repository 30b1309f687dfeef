/* Unit tests for common/escape.c. */
#include "unit.h"

#include <string.h>

#include "escape.h"

static const unit_text_case html[] = {
    {"<script>alert(\"x\" & 'y')</script>",
     "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"},
    {"Permohonan informasi", "Permohonan informasi"},
    /* Already-escaped text is escaped again: no guessing. */
    {"&amp;", "&amp;amp;"},
    /* UTF-8 passes through unchanged. */
    {"Kabupaten \xc3\x9c <b>", "Kabupaten \xc3\x9c &lt;b&gt;"},
    {"", ""},
    {NULL, ""},
};

static void test_html_escape(void **state)
{
    unit_expect_texts(*state, sl_html_escape, UNIT_CASES(html));
}

static const unit_text_case csv[] = {
    /* plain */
    {"Dinas Kesehatan", "Dinas Kesehatan"},
    /* Quoted in every separator Excel may pick (; , tab): a file opened
     * with another list separator must not split "a,=cmd" into a cell
     * that starts with =. */
    {"a,b", "\"a,b\""},
    {"a\tb", "\"a\tb\""},
    {"", ""},
    {NULL, ""},
    /* quoting */
    {"Serang; Banten", "\"Serang; Banten\""},
    {"kata \"rahasia\"", "\"kata \"\"rahasia\"\"\""},
    {"baris 1\nbaris 2", "\"baris 1\nbaris 2\""},
    {"baris 1\r\nbaris 2", "\"baris 1\r\nbaris 2\""},
    {"\"", "\"\"\"\""},
    /* formulas */
    {"=1+1", "'=1+1"},
    {"+62 812", "'+62 812"},
    {"-5", "'-5"},
    {"@SUM(A1)", "'@SUM(A1)"},
    {"\t=1", "\"'\t'=1\""},
    /* Prefix goes inside the quotes when both apply. */
    {"=HYPERLINK(\"http://x\";\"y\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""},
    {"\r\n=1", "\"'\r\n=1\""},
    /* Only the leading character matters, and what follows a separator. */
    {"1=1", "1=1"},
    {" =1", " =1"},
    {"\r=1", "\"'\r=1\""},
    /* A formula led by a comma, semicolon or tab inside the cell: a
     * spreadsheet splitting on that separator (a comma file opened in a
     * semicolon locale, or the other way) would start a cell with it. */
    {"x,=HYPERLINK(1)", "\"x,'=HYPERLINK(1)\""},
    {"x;=1+1", "\"x;'=1+1\""},
    {"x\t+1", "\"x\t'+1\""},
    {"a;@SUM(A1)", "\"a;'@SUM(A1)\""},
    {"a,-2+3", "\"a,'-2+3\""},
    /* A quote between the separator and the formula does not hide it. */
    {"a;\"=1", "\"a;\"\"'=1\""},
    /* Led by both: the start and every separator. */
    {"=1;=2,=3", "\"'=1;'=2,'=3\""},
    /* Ordinary punctuation stays. */
    {"a, b; c", "\"a, b; c\""},
    {"Rp 1.000,00", "\"Rp 1.000,00\""},
};

static void test_csv_field(void **state)
{
    unit_expect_texts(*state, sl_csv_field, UNIT_CASES(csv));
}

static const unit_text_case filenames[] = {
    {"laporan-2026_v1.pdf", "laporan-2026_v1.pdf"},
    {"Surat Keputusan (final).pdf", "Surat_Keputusan__final_.pdf"},
    {"a\"b\r\nc;d.txt", "a_b__c_d.txt"},
    {"../../etc/passwd", "_._.._etc_passwd"},
    {"C:\\x\\y.doc", "C__x_y.doc"},
    {".htaccess", "_htaccess"},
    {"..", "_."},
    /* One _ per UTF-8 character: U+00DC (2 bytes), U+20AC (3), U+1F600 (4) */
    {"\xc3\x9c" "ber.pdf", "_ber.pdf"},
    {"\xe2\x82\xac" "5", "_5"},
    {"a\xf0\x9f\x98\x80.png", "a_.png"},
    /* never empty */
    {"", "berkas"},
    {NULL, "berkas"},
};

static void test_safe_filename(void **state)
{
    unit_expect_texts(*state, sl_safe_filename, UNIT_CASES(filenames));
    assert_true(strlen(sl_safe_filename(*state, "\x80\x80")) > 0);
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
        cmocka_unit_test(test_csv_field),
        cmocka_unit_test(test_safe_filename),
        cmocka_unit_test(test_utf8_prefix),
    };
    return UNIT_RUN(tests, unit_pool_setup, unit_pool_teardown);
}
