/* Unit tests for mod_sialip/dip_kata.c: the DIP search's words and the
 * regular expressions MariaDB checks them with. */
#include "unit.h"
#include <string.h>

#include <apr_strings.h>

#include "dip_kata.h"

static const char *joined(const char *q, int maks)
{
    const char *kata[SL_DIP_KATA_MAKS + 2];
    const char *out = "";
    int i, n = sl_dip_kata(unit_pool, q, kata, maks);
    for (i = 0; i < n; i++) {
        out = apr_pstrcat(unit_pool, out, i ? "|" : "", kata[i], NULL);
    }
    return out;
}

static void words_are_split_lowered_and_deduplicated(void **state)
{
    (void)state;
    assert_string_equal(joined("Kesehatan  IBU", 6), "kesehatan|ibu");
    assert_string_equal(joined("  ibu, ibu; (KB) air/bersih ", 6), "ibu|kb|air|bersih");
    assert_string_equal(joined("DIP-DINKES-007", 6), "dip|dinkes|007");
    assert_string_equal(joined("CariZ_ta", 6), "cariz_ta");
    assert_string_equal(joined("%", 6), "");
    assert_string_equal(joined("", 6), "");
    assert_string_equal(joined(NULL, 6), "");
    assert_string_equal(joined("a b c d e f g h", 6), "a|b|c|d|e|f");
    /* Regex characters never reach a word. */
    assert_string_equal(joined("ibu.*(|)[]\\+?{}^$", 6), "ibu");
}

static void long_words_are_cut_on_a_character_boundary(void **state)
{
    const char *kata[2];
    /* 39 ASCII letters then "é" (2 bytes): cut before the é. */
    char q[64];
    (void)state;
    memset(q, 'x', 39);
    strcpy(q + 39, "\xc3\xa9zz");
    assert_int_equal(sl_dip_kata(unit_pool, q, kata, 2), 1);
    assert_int_equal(strlen(kata[0]), 39);
    assert_string_equal(joined("caf\xc3\xa9 kopi", 6), "caf\xc3\xa9|kopi");
}

static void patterns(void **state)
{
    const char *kata[] = {"kesehatan", "ibu"};
    (void)state;
    assert_string_equal(sl_dip_pola_kata(unit_pool, "ibu"), "(?i)\\bibu");
    assert_string_equal(sl_dip_pola_salah_satu(unit_pool, kata, 2), "(?i)\\b(?:kesehatan|ibu)");
    assert_string_equal(sl_dip_pola_frasa(unit_pool, kata, 2), "(?i)\\bkesehatan\\W+ibu");
    assert_string_equal(sl_dip_pola_frasa(unit_pool, kata, 1), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_are_split_lowered_and_deduplicated),
        cmocka_unit_test(long_words_are_cut_on_a_character_boundary),
        cmocka_unit_test(patterns),
    };
    return UNIT_RUN(tests, unit_group_pool_setup, unit_group_pool_teardown);
}
