/* Unit tests for common/filetype.c: sl_filetype_sniff decides from the
 * bytes only; a file's name or claimed type never enters into it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "filetype.h"

#define SNIFF(lit) sl_filetype_sniff((const unsigned char *)(lit), sizeof(lit) - 1)

static void assert_type(const sl_filetype *t, const char *mime,
                        const char *ext)
{
    assert_non_null(t);
    assert_string_equal(t->mime, mime);
    assert_string_equal(t->extension, ext);
}

static void test_pdf(void **state)
{
    assert_type(SNIFF("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
                "application/pdf", "pdf");
    assert_type(SNIFF("%PDF-1.4"), "application/pdf", "pdf");
    assert_type(SNIFF("%PDF-"), "application/pdf", "pdf");   /* exactly the magic */
}

static void test_jpeg(void **state)
{
    /* JFIF and Exif headers, and the bare minimum. */
    assert_type(SNIFF("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01"),
                "image/jpeg", "jpg");
    assert_type(SNIFF("\xff\xd8\xff\xe1\x00\x18" "Exif\x00\x00"),
                "image/jpeg", "jpg");
    assert_type(SNIFF("\xff\xd8\xff"), "image/jpeg", "jpg");
}

static void test_png(void **state)
{
    assert_type(SNIFF("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
                      "\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"),
                "image/png", "png");
    assert_type(SNIFF("\x89PNG\r\n\x1a\n"), "image/png", "png");
}

static void test_text_named_pdf_refused(void **state)
{
    /* "surat.pdf" that is really plain text: only the content counts. */
    assert_null(SNIFF("Ini surat permohonan, bukan PDF.\n"));
    assert_null(SNIFF("PDF-1.7\n"));
    assert_null(SNIFF("%pdf-1.7\n"));                 /* case matters */
    assert_null(SNIFF(" %PDF-1.7\n"));                /* magic must lead */
    assert_null(SNIFF("\xef\xbb\xbf%PDF-1.7\n"));     /* not after a BOM */
    assert_null(SNIFF("Lihat lampiran %PDF-1.7\n"));  /* not in the middle */
}

static void test_truncated_magic(void **state)
{
    assert_null(SNIFF("%PDF"));
    assert_null(SNIFF("%"));
    assert_null(SNIFF("\xff\xd8"));
    assert_null(SNIFF("\xff"));
    assert_null(SNIFF("\x89PNG\r\n\x1a"));
    assert_null(SNIFF("\x89PNG"));
    assert_null(SNIFF("\x89"));

    /* The length is honoured even when the buffer holds more. */
    static const unsigned char png[] = "\x89PNG\r\n\x1a\n\x00\x00";
    assert_null(sl_filetype_sniff(png, 7));
    assert_non_null(sl_filetype_sniff(png, 8));
    static const unsigned char pdf[] = "%PDF-1.7";
    assert_null(sl_filetype_sniff(pdf, 4));
    assert_non_null(sl_filetype_sniff(pdf, 5));
    static const unsigned char jpg[] = "\xff\xd8\xff\xe0";
    assert_null(sl_filetype_sniff(jpg, 2));
    assert_non_null(sl_filetype_sniff(jpg, 3));
}

static void test_corrupted_magic(void **state)
{
    /* A PNG sent through a text-mode transfer (CRLF -> LF) is damaged. */
    assert_null(SNIFF("\x89PNG\n\x1a\n\x00\x00\x00\rIHDR"));
    assert_null(SNIFF("\x88PNG\r\n\x1a\n"));
    assert_null(SNIFF("\xff\xd8\xfe\xe0"));
    assert_null(SNIFF("\xff\xd9\xff\xe0"));
    /* GIF and WebP are images, but not ones the form accepts. */
    assert_null(SNIFF("GIF89a\x01\x00\x01\x00"));
    assert_null(SNIFF("RIFF\x24\x00\x00\x00WEBPVP8 "));
    /* A ZIP (docx) is not a PDF. */
    assert_null(SNIFF("PK\x03\x04\x14\x00\x06\x00"));
}

static void test_empty(void **state)
{
    static const unsigned char nothing[1] = {0};
    assert_null(sl_filetype_sniff(nothing, 0));
    assert_null(sl_filetype_sniff(NULL, 0));
    assert_null(SNIFF(""));
    assert_null(SNIFF("\x00\x00\x00\x00\x00\x00\x00\x00"));
}

static void test_html_refused(void **state)
{
    assert_null(SNIFF("<!DOCTYPE html>\n<html><body>x</body></html>"));
    assert_null(SNIFF("<html><script>alert(1)</script></html>"));
    assert_null(SNIFF("\n\n  <HTML>"));
    assert_null(SNIFF("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    assert_null(SNIFF("<?xml version=\"1.0\"?><html/>"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pdf),
        cmocka_unit_test(test_jpeg),
        cmocka_unit_test(test_png),
        cmocka_unit_test(test_text_named_pdf_refused),
        cmocka_unit_test(test_truncated_magic),
        cmocka_unit_test(test_corrupted_magic),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_html_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
