/* Unit tests for the streaming multipart/form-data parser: bodies that
 * parse, fed every way, and what it reads from the Content-Type and the
 * part headers (limits and endings: test_multipart_limits.c). */
#include "unit_multipart.h"

#include <stdio.h>

#include <apr_strings.h>

static void check_normal(const recorder *r)
{
    assert_int_equal(r->count, 3);
    assert_part(&r->parts[0], "nama", NULL, NULL, "Siti Aminah", 11);
    assert_part(&r->parts[1], "pesan", NULL, NULL,
                "Baris satu\r\nBaris dua", 21);
    assert_part(&r->parts[2], "lampiran", "surat.txt", "text/plain",
                "isi berkas\n", 11);
}

static void test_normal_body(void **state)
{
    recorder r;
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, normal_body,
                               sizeof normal_body - 1), SL_MP_OK);
    check_normal(&r);
}

/* A pool cleared on every round, so long loops do not pile up parsers. */
static apr_pool_t *round_pool(void **state)
{
    apr_pool_t *sub;
    assert_int_equal(apr_pool_create(&sub, *state), APR_SUCCESS);
    return sub;
}

static void test_normal_body_every_split(void **state)
{
    size_t len = sizeof normal_body - 1;
    apr_pool_t *sub = round_pool(state);
    recorder r;

    for (size_t i = 0; i <= len; i++) {
        apr_pool_clear(sub);
        assert_int_equal(run_cuts(sub, CT, &big_limits, &r, normal_body,
                                  len, &i, 1), SL_MP_OK);
        check_normal(&r);
    }
}

static void test_normal_body_every_two_splits(void **state)
{
    size_t len = sizeof normal_body - 1;
    apr_pool_t *sub = round_pool(state);
    recorder r;

    for (size_t i = 0; i <= len; i++)
        for (size_t j = i; j <= len; j++) {
            size_t cuts[2] = { i, j };
            apr_pool_clear(sub);
            assert_int_equal(run_cuts(sub, CT, &big_limits, &r,
                                      normal_body, len, cuts, 2), SL_MP_OK);
            check_normal(&r);
        }
}

static void test_normal_body_bytewise(void **state)
{
    recorder r;
    assert_int_equal(run_bytewise(*state, CT, &big_limits, &r, normal_body,
                                  sizeof normal_body - 1), SL_MP_OK);
    check_normal(&r);
}

/* ---- binary content ----------------------------------------------------- */

/* NULs, bare CR/LF, and fragments of the delimiter that stop short of it
 * or differ in the last character. */
static const char binary_content[] =
    "\0\x01\xff\xfe\0\0"
    "\r\n--\r\n-\r\r\n--XyZzy4\r\n--XyZzy4!\r\n--xyzzy42\r"
    "\n--XyZzy\r\r\r\n\r\n\r\n-"
    "\0--XyZzy42\0"                  /* the boundary without CRLF before it */
    "--XyZzy42"
    "\r";                            /* a CR right before the delimiter */

static void binary_body(char *out, size_t *len)
{
    static const char head[] =
        B CRLF
        "Content-Disposition: form-data; name=\"berkas\"; filename=\"a.bin\"" CRLF
        "Content-Type: application/octet-stream" CRLF
        CRLF;
    static const char tail[] = CRLF B "--";
    size_t n = 0;

    memcpy(out + n, head, sizeof head - 1);
    n += sizeof head - 1;
    memcpy(out + n, binary_content, sizeof binary_content - 1);
    n += sizeof binary_content - 1;
    memcpy(out + n, tail, sizeof tail - 1);
    n += sizeof tail - 1;
    *len = n;
}

static void test_binary_content(void **state)
{
    char body[512];
    size_t len;
    recorder r;

    binary_body(body, &len);
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body, len),
                     SL_MP_OK);
    assert_int_equal(r.count, 1);
    assert_part(&r.parts[0], "berkas", "a.bin", "application/octet-stream",
                binary_content, sizeof binary_content - 1);

    for (size_t i = 0; i <= len; i++) {
        assert_int_equal(run_cuts(*state, CT, &big_limits, &r, body, len,
                                  &i, 1), SL_MP_OK);
        assert_int_equal(r.count, 1);
        assert_part(&r.parts[0], "berkas", "a.bin",
                    "application/octet-stream", binary_content,
                    sizeof binary_content - 1);
    }
    assert_int_equal(run_bytewise(*state, CT, &big_limits, &r, body, len),
                     SL_MP_OK);
    assert_part(&r.parts[0], "berkas", "a.bin", "application/octet-stream",
                binary_content, sizeof binary_content - 1);
}

static void test_empty_part_content(void **state)
{
    static const char body[] =
        B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
        CRLF B CRLF "Content-Disposition: form-data; name=\"b\"" CRLF CRLF
        "x" CRLF B "--";
    recorder r;

    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body,
                               sizeof body - 1), SL_MP_OK);
    assert_int_equal(r.count, 2);
    assert_part(&r.parts[0], "a", NULL, NULL, "", 0);
    assert_part(&r.parts[1], "b", NULL, NULL, "x", 1);
}

static void test_no_parts(void **state)
{
    static const char body[] = B "--" CRLF;
    recorder r;
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body,
                               sizeof body - 1), SL_MP_OK);
    assert_int_equal(r.count, 0);
}

/* ---- Content-Type ------------------------------------------------------- */

static void test_quoted_boundary(void **state)
{
    static const char body[] =
        "--a b:c" CRLF "Content-Disposition: form-data; name=\"x\"" CRLF CRLF
        "1" CRLF "--a b:c--";
    recorder r;

    assert_int_equal(run_whole(*state,
                               "multipart/form-data; boundary=\"a b:c\"",
                               &big_limits, &r, body, sizeof body - 1),
                     SL_MP_OK);
    assert_int_equal(r.count, 1);
    assert_part(&r.parts[0], "x", NULL, NULL, "1", 1);
}

static void test_content_type_variants(void **state)
{
    static const char body[] =
        B CRLF "Content-Disposition: form-data; name=\"x\"" CRLF CRLF
        "1" CRLF B "--";
    static const char *const good[] = {
        "multipart/form-data; boundary=XyZzy42",
        "Multipart/Form-Data;BOUNDARY=XyZzy42",
        "  multipart/form-data ; charset=utf-8; boundary=\"XyZzy42\"",
        "multipart/form-data; boundary=XyZzy42; charset=\"utf-8\"",
    };
    recorder r;

    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        assert_int_equal(run_whole(*state, good[i], &big_limits, &r, body,
                                   sizeof body - 1), SL_MP_OK);
        assert_int_equal(r.count, 1);
    }
}

static void test_bad_content_type(void **state)
{
    char long_ct[128];
    char *ok_ct;
    const char *const bad[] = {
        "multipart/form-data",
        "multipart/form-data; charset=utf-8",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\"\"",
        "multipart/form-data; boundary=\"unterminated",
        "multipart/form-data; boundary=a; boundary=b",
        "multipart/form-data; boundary=\"ends with space \"",
        "multipart/form-data; boundary=\"tab\there\"",
        "multipart/form-datax; boundary=abc",
        "multipart/mixed; boundary=abc",
        "text/plain; boundary=abc",
        "application/x-www-form-urlencoded",
        "",
        NULL,
        long_ct,
    };
    recorder r;
    sl_mp_status st;

    /* 71 characters: one more than RFC 2046 allows. */
    snprintf(long_ct, sizeof long_ct, "multipart/form-data; boundary=%s",
             "12345678901234567890123456789012345678901234567890"
             "123456789012345678901");
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        st = SL_MP_OK;
        assert_null(sl_multipart_create(*state, bad[i], &big_limits,
                                        &rec_cb, &r, &st));
        assert_int_equal(st, SL_MP_BAD_CONTENT_TYPE);
    }
    /* 70 is fine. */
    ok_ct = apr_pstrcat(*state, "multipart/form-data; boundary=",
                        "12345678901234567890123456789012345678901234567890"
                        "12345678901234567890", NULL);
    assert_non_null(sl_multipart_create(*state, ok_ct, &big_limits, &rec_cb,
                                        &r, &st));
    assert_int_equal(st, SL_MP_OK);
}

/* ---- part headers ------------------------------------------------------- */

static sl_mp_status one_part(apr_pool_t *pool, recorder *r,
                             const char *headers)
{
    char *body = apr_pstrcat(pool, B CRLF, headers, CRLF "v" CRLF B "--",
                             NULL);
    return run_whole(pool, CT, &big_limits, r, body, strlen(body));
}

/* Disposition headers a browser may send for a file, and the name and
 * file name the parser hands on. */
static const struct {
    const char *headers, *name, *filename;
} filename_forms[] = {
    {"Content-Disposition: form-data; name=\"f\"; "
     "filename=\"say \\\"hi\\\".txt\"" CRLF, "f", "say \"hi\".txt"},
    /* Windows paths from old browsers keep their backslashes. */
    {"Content-Disposition: form-data; name=\"f\"; "
     "filename=\"C:\\dir\\a.txt\"" CRLF, "f", "C:\\dir\\a.txt"},
    {"Content-Disposition: form-data; name=\"f\"; filename=\"\"" CRLF, "f", ""},
    {"Content-Disposition: form-data; name=\"f\"; filename=\"euro.txt\"; "
     "filename*=UTF-8''%E2%82%AC.txt" CRLF, "f", "\xE2\x82\xAC.txt"},
    /* Unquoted values, odd spacing, parameter names in any case. */
    {"CONTENT-DISPOSITION:FORM-DATA ;NAME=plain ; FileName = x.txt" CRLF
     "X-Other: ignored" CRLF, "plain", "x.txt"},
    /* UTF-8 bytes pass through as the browser sent them. */
    {"Content-Disposition: form-data; name=\"n\xC3\xA9\"; "
     "filename=\"caf\xC3\xA9.pdf\"" CRLF, "n\xC3\xA9", "caf\xC3\xA9.pdf"},
};

static void test_filename_forms(void **state)
{
    recorder r;

    for (size_t i = 0; i < sizeof filename_forms / sizeof filename_forms[0]; i++) {
        assert_int_equal(one_part(*state, &r, filename_forms[i].headers), SL_MP_OK);
        assert_string_equal(r.parts[0].name, filename_forms[i].name);
        assert_string_equal(r.parts[0].filename, filename_forms[i].filename);
    }
}

static void test_malformed_headers(void **state)
{
    static const char *const bad[] = {
        "",                                            /* no headers */
        "Content-Type: text/plain" CRLF,                /* no disposition */
        "Content-Disposition: form-data" CRLF,          /* no name */
        "Content-Disposition: form-data; name=\"\"" CRLF,
        "Content-Disposition: form-data; filename=\"a.txt\"" CRLF,
        "Content-Disposition: attachment; name=\"a\"" CRLF,
        "Content-Disposition: form-data; name=\"a\"; name=\"b\"" CRLF,
        "Content-Disposition: form-data; name=\"a" CRLF,
        "Content-Disposition: form-data; name=" CRLF,
        "Content-Disposition: form-data; name=\"a\"" CRLF
            "Content-Disposition: form-data; name=\"b\"" CRLF,
        "Content-Disposition: form-data; name=\"a\"" CRLF " folded" CRLF,
        "Content-Disposition form-data; name=\"a\"" CRLF,
        "Content-Disposition: form-data; name=\"a\x01\"" CRLF,
        "Content-Disposition: form-data; name=\"a\"\rX: y" CRLF,
        "Content-Disposition: form-data; name=\"a\"\nX: y" CRLF,
        "Content-Disposition: form-data; name=\"a\"; "
            "filename*=UTF-8''%00.txt" CRLF,
        "Content-Disposition: form-data; name=\"a\"; "
            "filename*=UTF-8''%4.txt" CRLF,
    };
    recorder r;

    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(one_part(*state, &r, bad[i]), SL_MP_MALFORMED);
}

static void test_nul_in_headers(void **state)
{
    static const char body[] =
        B CRLF "Content-Disposition: form-data; name=\"a\0b\"" CRLF CRLF
        "v" CRLF B "--";
    recorder r;
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body,
                               sizeof body - 1), SL_MP_MALFORMED);
    assert_int_equal(r.count, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        UNIT_POOL_TEST(test_normal_body),
        UNIT_POOL_TEST(test_normal_body_every_split),
        UNIT_POOL_TEST(test_normal_body_every_two_splits),
        UNIT_POOL_TEST(test_normal_body_bytewise),
        UNIT_POOL_TEST(test_binary_content),
        UNIT_POOL_TEST(test_empty_part_content),
        UNIT_POOL_TEST(test_no_parts),
        UNIT_POOL_TEST(test_quoted_boundary),
        UNIT_POOL_TEST(test_content_type_variants),
        UNIT_POOL_TEST(test_bad_content_type),
        UNIT_POOL_TEST(test_filename_forms),
        UNIT_POOL_TEST(test_malformed_headers),
        UNIT_POOL_TEST(test_nul_in_headers),
    };

    return UNIT_RUN(tests, NULL, NULL);
}
