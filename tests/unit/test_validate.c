/* Unit tests for common/validate.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "validate.h"

/* Byte strings may hold NUL, so lengths are explicit. */
#define UTF8_OK(lit) assert_true(sl_utf8_valid(lit, sizeof(lit) - 1))
#define UTF8_BAD(lit) assert_false(sl_utf8_valid(lit, sizeof(lit) - 1))
#define TEXT_OK(lit) assert_true(sl_text_acceptable(lit, sizeof(lit) - 1))
#define TEXT_BAD(lit) assert_false(sl_text_acceptable(lit, sizeof(lit) - 1))

static void test_utf8_valid(void **state)
{
    UTF8_OK("");
    UTF8_OK("Permohonan informasi publik");
    UTF8_OK("\xc2\x80");                 /* U+0080, smallest 2-byte */
    UTF8_OK("\xdf\xbf");                 /* U+07FF */
    UTF8_OK("\xe0\xa0\x80");             /* U+0800, smallest 3-byte */
    UTF8_OK("\xed\x9f\xbf");             /* U+D7FF, just below surrogates */
    UTF8_OK("\xee\x80\x80");             /* U+E000, just above */
    UTF8_OK("\xef\xbf\xbd");             /* U+FFFD */
    UTF8_OK("\xf0\x90\x80\x80");         /* U+10000, smallest 4-byte */
    UTF8_OK("\xf0\x9f\x98\x80");         /* U+1F600 emoji */
    UTF8_OK("Terima kasih \xf0\x9f\x99\x8f!");
    UTF8_OK("\xf4\x8f\xbf\xbf");         /* U+10FFFF, the last */
    UTF8_OK("a\0b");                     /* NUL is well-formed UTF-8 */
}

static void test_utf8_invalid(void **state)
{
    UTF8_BAD("\xc0\x80");                /* overlong NUL */
    UTF8_BAD("\xc1\xbf");                /* overlong */
    UTF8_BAD("\xe0\x80\x80");            /* overlong 3-byte */
    UTF8_BAD("\xe0\x9f\xbf");            /* overlong U+07FF */
    UTF8_BAD("\xf0\x80\x80\x80");        /* overlong 4-byte */
    UTF8_BAD("\xf0\x8f\xbf\xbf");        /* overlong U+FFFF */
    UTF8_BAD("\xed\xa0\x80");            /* U+D800 surrogate */
    UTF8_BAD("\xed\xbf\xbf");            /* U+DFFF surrogate */
    UTF8_BAD("\xed\xa0\xbd\xed\xb8\x80"); /* CESU-8 surrogate pair */
    UTF8_BAD("\xf4\x90\x80\x80");        /* U+110000 */
    UTF8_BAD("\xf5\x80\x80\x80");
    UTF8_BAD("\xff");
    UTF8_BAD("\xfe");
    UTF8_BAD("\x80");                    /* lone continuation */
    UTF8_BAD("a\xbf" "b");
    /* truncated sequences, alone and before more text */
    UTF8_BAD("\xc3");
    UTF8_BAD("\xe2\x82");
    UTF8_BAD("\xf0\x9f\x98");
    UTF8_BAD("\xf0\x9f");
    UTF8_BAD("\xf0");
    UTF8_BAD("\xe2\x82" "A");
    UTF8_BAD("\xf0\x9f\x98" "A");
    UTF8_BAD("\xc3" "A");
    /* a continuation byte where a lead was needed after valid text */
    UTF8_BAD("ok \xc3\xa9\xa9");
}

static void test_utf8_length_bound(void **state)
{
    /* The length argument is honoured: a valid prefix of a longer buffer
     * is valid, a cut through a character is not. */
    const char *emoji = "\xf0\x9f\x98\x80";
    assert_true(sl_utf8_valid(emoji, 4));
    assert_false(sl_utf8_valid(emoji, 3));
    assert_true(sl_utf8_valid(emoji, 0));
    assert_true(sl_utf8_valid(NULL, 0));

    assert_int_equal(sl_utf8_length("", 0), 0);
    assert_int_equal(sl_utf8_length("abc", 3), 3);
    assert_int_equal(sl_utf8_length("Jalan \xc3\x9c \xe2\x82\xac \xf0\x9f\x98\x80",
                                    17), 11);
}

static void test_text_acceptable(void **state)
{
    TEXT_OK("");
    TEXT_OK("Baris satu\r\nBaris dua\tkolom");
    TEXT_OK("Caf\xc3\xa9 \xf0\x9f\x98\x80");
    TEXT_OK("\xc2\xa0");                 /* U+00A0 is not a control */
    TEXT_BAD("a\0b");
    TEXT_BAD("bel\x07");
    TEXT_BAD("esc\x1b[31m");
    TEXT_BAD("\x0b");                    /* vertical tab */
    TEXT_BAD("\x0c");                    /* form feed */
    TEXT_BAD("del\x7f");
    TEXT_BAD("\xc2\x85");                /* U+0085 NEL (C1) */
    TEXT_BAD("\xc2\x9f");                /* U+009F (C1) */
    TEXT_BAD("\xef\xbf\xbe");            /* U+FFFE, not an XML Char */
    TEXT_BAD("\xef\xbf\xbf");            /* U+FFFF */
    TEXT_BAD("\xc0\x8a");                /* overlong LF */
    TEXT_BAD("\xed\xa0\x80");            /* invalid UTF-8 */
}

static void test_nik(void **state)
{
    assert_true(sl_valid_nik("3604011203850001"));
    assert_true(sl_valid_nik("0000000000000000"));
    assert_false(sl_valid_nik("360401120385000"));     /* 15 */
    assert_false(sl_valid_nik("36040112038500012"));   /* 17 */
    assert_false(sl_valid_nik("36040112038500A1"));
    assert_false(sl_valid_nik("3604 0112 0385 0001"));
    assert_false(sl_valid_nik(" 3604011203850001"));
    assert_false(sl_valid_nik("3604011203850001 "));
    assert_false(sl_valid_nik("3604-0112-0385-0001"));
    assert_false(sl_valid_nik("\xd9\xa3" "604011203850001"));  /* Arabic 3 */
    assert_false(sl_valid_nik(""));
    assert_false(sl_valid_nik(NULL));
}

static void test_email(void **state)
{
    assert_true(sl_valid_email("ppid@serangkab.go.id"));
    assert_true(sl_valid_email("nama.belakang+ppid@mail.example.co.id"));
    assert_true(sl_valid_email("a_b-c@x-y.id"));
    assert_true(sl_valid_email("o'brien@example.com"));
    assert_false(sl_valid_email(""));
    assert_false(sl_valid_email(NULL));
    assert_false(sl_valid_email("ppid"));
    assert_false(sl_valid_email("ppid@"));
    assert_false(sl_valid_email("@serangkab.go.id"));
    assert_false(sl_valid_email("ppid@localhost"));       /* no dot */
    assert_false(sl_valid_email("ppid@@serangkab.go.id"));
    assert_false(sl_valid_email("a@b@serangkab.go.id"));
    assert_false(sl_valid_email("pp id@serangkab.go.id"));
    assert_false(sl_valid_email("ppid@serang kab.go.id"));
    assert_false(sl_valid_email(" ppid@serangkab.go.id"));
    assert_false(sl_valid_email("ppid@serangkab.go.id\n"));
    assert_false(sl_valid_email(".ppid@serangkab.go.id"));
    assert_false(sl_valid_email("ppid.@serangkab.go.id"));
    assert_false(sl_valid_email("pp..id@serangkab.go.id"));
    assert_false(sl_valid_email("ppid@serangkab..go.id"));
    assert_false(sl_valid_email("ppid@.serangkab.go.id"));
    assert_false(sl_valid_email("ppid@serangkab.go.id."));
    assert_false(sl_valid_email("ppid@-serang.go.id"));
    assert_false(sl_valid_email("ppid@serang-.go.id"));
    assert_false(sl_valid_email("\"a b\"@example.com"));
    assert_false(sl_valid_email("<x>@example.com"));

    /* at most 254 bytes in all */
    char addr[300];
    char label[64];
    memset(label, 'a', 63);
    label[63] = '\0';
    /* 64-byte local part + "@" + three 63-byte labels + ".id" = 259 */
    snprintf(addr, sizeof addr, "%.64s@%s.%s.%s.id",
             "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
             label, label, label);
    assert_int_equal(strlen(addr), 259);
    assert_false(sl_valid_email(addr));
    /* 254 exactly is fine: a 59-byte local part */
    snprintf(addr, sizeof addr, "%.59s@%s.%s.%s.id",
             "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
             label, label, label);
    assert_int_equal(strlen(addr), 254);
    assert_true(sl_valid_email(addr));
    /* a local part over 64 bytes or a label over 63 is refused */
    assert_false(sl_valid_email(
        "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        "@example.com"));
    snprintf(addr, sizeof addr, "x@%sa.id", label);
    assert_false(sl_valid_email(addr));
}

static void test_phone(void **state)
{
    assert_true(sl_valid_phone("081234567890"));
    assert_true(sl_valid_phone("+6281234567890"));
    assert_true(sl_valid_phone("+62 812-3456-7890"));
    assert_true(sl_valid_phone("0254.200.123"));
    assert_true(sl_valid_phone("0254 200123"));
    assert_true(sl_valid_phone("12345678"));              /* 8 digits */
    assert_true(sl_valid_phone("123456789012345"));       /* 15 digits */
    assert_false(sl_valid_phone("1234567"));              /* 7 digits */
    assert_false(sl_valid_phone("1234567890123456"));     /* 16 digits */
    assert_false(sl_valid_phone("1234-567"));             /* 7, separators */
    assert_false(sl_valid_phone(""));
    assert_false(sl_valid_phone(NULL));
    assert_false(sl_valid_phone("+"));
    assert_false(sl_valid_phone("++6281234567890"));
    assert_false(sl_valid_phone("62+81234567890"));
    assert_false(sl_valid_phone("0812 3456 789a"));
    assert_false(sl_valid_phone("(0254) 200123"));
    assert_false(sl_valid_phone("0812/3456/7890"));
    assert_false(sl_valid_phone(" 081234567890"));
    assert_false(sl_valid_phone("081234567890 "));
    assert_false(sl_valid_phone("0812--34567890"));
    assert_false(sl_valid_phone("+ 6281234567890"));
    assert_false(sl_valid_phone("081234567890\n"));
}

static void test_not_blank(void **state)
{
    assert_true(sl_not_blank("a"));
    assert_true(sl_not_blank("  x  "));
    assert_true(sl_not_blank("\xc3\xa9"));
    assert_true(sl_not_blank("\xff"));       /* garbage is not blank */
    assert_false(sl_not_blank(""));
    assert_false(sl_not_blank(NULL));
    assert_false(sl_not_blank(" \t\r\n\v\f"));
    assert_false(sl_not_blank("\xc2\xa0"));               /* NBSP */
    assert_false(sl_not_blank(" \xe3\x80\x80 "));         /* U+3000 */
    assert_false(sl_not_blank("\xe2\x80\x8b\xef\xbb\xbf")); /* ZWSP, BOM */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_valid),
        cmocka_unit_test(test_utf8_invalid),
        cmocka_unit_test(test_utf8_length_bound),
        cmocka_unit_test(test_text_acceptable),
        cmocka_unit_test(test_nik),
        cmocka_unit_test(test_email),
        cmocka_unit_test(test_phone),
        cmocka_unit_test(test_not_blank),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
