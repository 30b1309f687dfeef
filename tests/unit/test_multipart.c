/* Unit tests for the streaming multipart/form-data parser. */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include <apr_strings.h>

#include "multipart.h"

#define CT "multipart/form-data; boundary=XyZzy42"
#define B "--XyZzy42"
#define CRLF "\r\n"
#define MAX_PARTS 16

/* What the callbacks saw, part by part. */
typedef struct {
    const char *name, *filename, *content_type;
    char data[4096];
    size_t len;
    int ended;
} rec_part;

typedef struct {
    rec_part parts[MAX_PARTS];
    size_t count;
    size_t total_data;      /* bytes passed to part_data, all parts */
    int abort_on_begin;     /* make part_begin refuse */
    int data_calls;
} recorder;

static int rec_begin(void *ctx, const char *name, const char *filename,
                     const char *content_type)
{
    recorder *r = ctx;
    rec_part *p;

    assert_true(r->count < MAX_PARTS);
    if (r->count > 0)
        assert_true(r->parts[r->count - 1].ended);
    p = &r->parts[r->count++];
    memset(p, 0, sizeof *p);
    p->name = name;
    p->filename = filename;
    p->content_type = content_type;
    return r->abort_on_begin;
}

static int rec_data(void *ctx, const char *data, size_t len)
{
    recorder *r = ctx;
    rec_part *p;

    assert_true(r->count > 0);
    assert_true(len > 0);
    p = &r->parts[r->count - 1];
    assert_false(p->ended);
    r->total_data += len;
    r->data_calls++;
    /* Large test files are only counted, not kept. */
    if (p->len + len <= sizeof p->data)
        memcpy(p->data + p->len, data, len);
    p->len += len;
    return 0;
}

static int rec_end(void *ctx)
{
    recorder *r = ctx;
    assert_true(r->count > 0);
    assert_false(r->parts[r->count - 1].ended);
    r->parts[r->count - 1].ended = 1;
    return 0;
}

static const sl_mp_callbacks rec_cb = { rec_begin, rec_data, rec_end };

static const sl_mp_limits big_limits = {
    .max_parts = 10,
    .max_header_bytes = 1024,
    .max_field_bytes = 1024,
    .max_file_bytes = 4096,
};

static sl_multipart *make(apr_pool_t *pool, const char *ct,
                          const sl_mp_limits *limits, recorder *r)
{
    sl_mp_status st = SL_MP_MALFORMED;
    sl_multipart *mp;

    memset(r, 0, sizeof *r);
    mp = sl_multipart_create(pool, ct, limits, &rec_cb, r, &st);
    assert_non_null(mp);
    assert_int_equal(st, SL_MP_OK);
    return mp;
}

/* Feeds body cut at the given points (ascending, within len), then
 * finishes; returns the first error or the finish status. */
static sl_mp_status run_cuts(apr_pool_t *pool, const char *ct,
                             const sl_mp_limits *limits, recorder *r,
                             const char *body, size_t len,
                             const size_t *cuts, size_t ncuts)
{
    sl_multipart *mp = make(pool, ct, limits, r);
    size_t from = 0;
    sl_mp_status st;

    for (size_t i = 0; i <= ncuts; i++) {
        size_t to = i < ncuts ? cuts[i] : len;
        st = sl_multipart_feed(mp, body + from, to - from);
        if (st != SL_MP_OK)
            return st;
        from = to;
    }
    return sl_multipart_finish(mp);
}

static sl_mp_status run_whole(apr_pool_t *pool, const char *ct,
                              const sl_mp_limits *limits, recorder *r,
                              const char *body, size_t len)
{
    return run_cuts(pool, ct, limits, r, body, len, NULL, 0);
}

static sl_mp_status run_bytewise(apr_pool_t *pool, const char *ct,
                                 const sl_mp_limits *limits, recorder *r,
                                 const char *body, size_t len)
{
    sl_multipart *mp = make(pool, ct, limits, r);
    for (size_t i = 0; i < len; i++) {
        sl_mp_status st = sl_multipart_feed(mp, body + i, 1);
        if (st != SL_MP_OK)
            return st;
    }
    return sl_multipart_finish(mp);
}

static void assert_part(const rec_part *p, const char *name,
                        const char *filename, const char *ct,
                        const char *data, size_t len)
{
    assert_string_equal(p->name, name);
    if (filename)
        assert_string_equal(p->filename, filename);
    else
        assert_null(p->filename);
    if (ct)
        assert_string_equal(p->content_type, ct);
    else
        assert_null(p->content_type);
    assert_int_equal(p->len, len);
    assert_memory_equal(p->data, data, len);
    assert_true(p->ended);
}

/* ---- a normal body ------------------------------------------------------ */

static const char normal_body[] =
    B CRLF
    "Content-Disposition: form-data; name=\"nama\"" CRLF
    CRLF
    "Siti Aminah" CRLF
    B CRLF
    "content-disposition: form-data; name=\"pesan\"" CRLF
    CRLF
    "Baris satu\r\nBaris dua" CRLF
    B CRLF
    "Content-Disposition: form-data; name=\"lampiran\"; filename=\"surat.txt\"" CRLF
    "Content-Type: text/plain" CRLF
    CRLF
    "isi berkas\n" CRLF
    B "--" CRLF;

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

static void test_filename_forms(void **state)
{
    recorder r;

    assert_int_equal(one_part(*state, &r,
        "Content-Disposition: form-data; name=\"f\"; "
        "filename=\"say \\\"hi\\\".txt\"" CRLF), SL_MP_OK);
    assert_string_equal(r.parts[0].filename, "say \"hi\".txt");

    /* Windows paths from old browsers keep their backslashes. */
    assert_int_equal(one_part(*state, &r,
        "Content-Disposition: form-data; name=\"f\"; "
        "filename=\"C:\\dir\\a.txt\"" CRLF), SL_MP_OK);
    assert_string_equal(r.parts[0].filename, "C:\\dir\\a.txt");

    assert_int_equal(one_part(*state, &r,
        "Content-Disposition: form-data; name=\"f\"; filename=\"\"" CRLF),
        SL_MP_OK);
    assert_string_equal(r.parts[0].filename, "");

    assert_int_equal(one_part(*state, &r,
        "Content-Disposition: form-data; name=\"f\"; filename=\"euro.txt\"; "
        "filename*=UTF-8''%E2%82%AC.txt" CRLF), SL_MP_OK);
    assert_string_equal(r.parts[0].filename, "\xE2\x82\xAC.txt");

    /* Unquoted values, odd spacing, parameter names in any case. */
    assert_int_equal(one_part(*state, &r,
        "CONTENT-DISPOSITION:FORM-DATA ;NAME=plain ; FileName = x.txt" CRLF
        "X-Other: ignored" CRLF), SL_MP_OK);
    assert_string_equal(r.parts[0].name, "plain");
    assert_string_equal(r.parts[0].filename, "x.txt");

    /* UTF-8 bytes pass through as the browser sent them. */
    assert_int_equal(one_part(*state, &r,
        "Content-Disposition: form-data; name=\"n\xC3\xA9\"; "
        "filename=\"caf\xC3\xA9.pdf\"" CRLF), SL_MP_OK);
    assert_string_equal(r.parts[0].name, "n\xC3\xA9");
    assert_string_equal(r.parts[0].filename, "caf\xC3\xA9.pdf");
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

/* ---- limits ------------------------------------------------------------- */

static void test_too_many_parts(void **state)
{
    sl_mp_limits lim = big_limits;
    recorder r;
    sl_multipart *mp;

    lim.max_parts = 2;
    mp = make(*state, CT, &lim, &r);
    assert_int_equal(sl_multipart_feed(mp, normal_body,
                                       sizeof normal_body - 1),
                     SL_MP_TOO_MANY_PARTS);
    assert_int_equal(r.count, 2);
    /* The error sticks. */
    assert_int_equal(sl_multipart_feed(mp, "x", 1), SL_MP_TOO_MANY_PARTS);
    assert_int_equal(sl_multipart_finish(mp), SL_MP_TOO_MANY_PARTS);

    lim.max_parts = 3;
    assert_int_equal(run_whole(*state, CT, &lim, &r, normal_body,
                               sizeof normal_body - 1), SL_MP_OK);
}

static void test_header_too_large(void **state)
{
    sl_mp_limits lim = big_limits;
    char *body;
    recorder r;

    lim.max_header_bytes = 64;
    body = apr_pstrcat(*state, B CRLF
        "Content-Disposition: form-data; name=\"a\"; filename=\"",
        "0123456789012345678901234567890123456789", "\"" CRLF CRLF
        "v" CRLF B "--", NULL);
    assert_int_equal(run_whole(*state, CT, &lim, &r, body, strlen(body)),
                     SL_MP_HEADER_TOO_LARGE);
    assert_int_equal(r.count, 0);

    /* A header block that never ends is refused too. */
    body = apr_pstrcat(*state, B CRLF "X: ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                       NULL);
    assert_int_equal(run_bytewise(*state, CT, &lim, &r, body, strlen(body)),
                     SL_MP_HEADER_TOO_LARGE);

    /* Exactly at the limit is fine: 45 + CRLF + 13 + CRLF CRLF = 64. */
    body = apr_pstrcat(*state, B CRLF
        "Content-Disposition: form-data; name=\"abcdef\"" CRLF
        "X: 1234567890" CRLF CRLF "v" CRLF B "--", NULL);
    assert_int_equal(run_whole(*state, CT, &lim, &r, body, strlen(body)),
                     SL_MP_OK);
    lim.max_header_bytes = 63;
    assert_int_equal(run_whole(*state, CT, &lim, &r, body, strlen(body)),
                     SL_MP_HEADER_TOO_LARGE);
}

static void test_field_too_large(void **state)
{
    sl_mp_limits lim = big_limits;
    static const char at_limit[] =
        B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
        "0123456789" CRLF B "--";
    static const char over_limit[] =
        B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
        "0123456789X" CRLF B "--";
    recorder r;

    lim.max_field_bytes = 10;
    lim.max_file_bytes = 100;
    assert_int_equal(run_whole(*state, CT, &lim, &r, at_limit,
                               sizeof at_limit - 1), SL_MP_OK);
    assert_part(&r.parts[0], "a", NULL, NULL, "0123456789", 10);
    assert_int_equal(run_whole(*state, CT, &lim, &r, over_limit,
                               sizeof over_limit - 1), SL_MP_FIELD_TOO_LARGE);
    assert_int_equal(run_bytewise(*state, CT, &lim, &r, over_limit,
                                  sizeof over_limit - 1),
                     SL_MP_FIELD_TOO_LARGE);
    assert_true(r.total_data <= 10);
}

static void test_file_too_large_while_streaming(void **state)
{
    sl_mp_limits lim = big_limits;
    static const char head[] =
        B CRLF "Content-Disposition: form-data; name=\"f\"; "
        "filename=\"big.bin\"" CRLF CRLF;
    char chunk[100];
    recorder r;
    sl_multipart *mp;
    sl_mp_status st = SL_MP_OK;
    int sent = 0;

    lim.max_file_bytes = 1000;
    lim.max_field_bytes = 10;   /* the file limit applies, not this one */
    mp = make(*state, CT, &lim, &r);
    assert_int_equal(sl_multipart_feed(mp, head, sizeof head - 1), SL_MP_OK);
    memset(chunk, 'z', sizeof chunk);
    /* A "1 MB" upload, 100 bytes at a time; the parser must refuse it
     * long before the end. */
    for (sent = 0; sent < 10000 && st == SL_MP_OK; sent++)
        st = sl_multipart_feed(mp, chunk, sizeof chunk);
    assert_int_equal(st, SL_MP_FILE_TOO_LARGE);
    assert_true(sent <= 11);
    assert_true(r.total_data <= 1000);
    assert_int_equal(sl_multipart_finish(mp), SL_MP_FILE_TOO_LARGE);
}

/* ---- endings ------------------------------------------------------------ */

static void test_truncated(void **state)
{
    size_t len = sizeof normal_body - 1;
    recorder r;

    /* Every proper prefix of the body lacks the closing boundary. */
    for (size_t cut = 0; cut + 2 < len; cut++) {
        sl_mp_status st = run_whole(*state, CT, &big_limits, &r, normal_body,
                                    cut);
        assert_int_equal(st, SL_MP_TRUNCATED);
    }
    /* The trailing CRLF after "--" is optional. */
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, normal_body,
                               len - 2), SL_MP_OK);
}

static void test_boundary_that_never_ends(void **state)
{
    char *body;
    recorder r;

    /* A boundary line padded with blanks forever. */
    body = apr_pstrcat(*state, B, apr_psprintf(*state, "%2000s", ""), NULL);
    assert_int_equal(run_bytewise(*state, CT, &big_limits, &r, body,
                                  strlen(body)), SL_MP_MALFORMED);
    /* Some padding before the CRLF is allowed (RFC 2046). */
    body = apr_pstrcat(*state, B " \t " CRLF
                       "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
                       "v" CRLF B "-- " CRLF, NULL);
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body,
                               strlen(body)), SL_MP_OK);
    /* Closing boundary with one dash, then the body ends. */
    body = apr_pstrcat(*state, B CRLF
                       "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
                       "v" CRLF B "-", NULL);
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body,
                               strlen(body)), SL_MP_TRUNCATED);
    /* A line that starts like the boundary but goes on is not one. */
    body = apr_pstrcat(*state, B CRLF
                       "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
                       "v" CRLF B "XYZ" CRLF, NULL);
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body,
                               strlen(body)), SL_MP_MALFORMED);
    /* Body cut inside the delimiter. */
    body = apr_pstrcat(*state, B CRLF
                       "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
                       "v" CRLF "--XyZz", NULL);
    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body,
                               strlen(body)), SL_MP_TRUNCATED);
    assert_int_equal(r.count, 1);
    assert_false(r.parts[0].ended);
}

static void test_preamble_and_epilogue(void **state)
{
    static const char body[] =
        "This is a preamble.\r\n--XyZzy4 is not it\r\n"
        B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
        "satu" CRLF
        B "--" CRLF
        "Epilogue: ignored, even " B CRLF
        "Content-Disposition: form-data; name=\"b\"" CRLF CRLF "x" CRLF
        B "--" CRLF;
    size_t len = sizeof body - 1;
    recorder r;

    assert_int_equal(run_whole(*state, CT, &big_limits, &r, body, len),
                     SL_MP_OK);
    assert_int_equal(r.count, 1);
    assert_part(&r.parts[0], "a", NULL, NULL, "satu", 4);
    assert_int_equal(run_bytewise(*state, CT, &big_limits, &r, body, len),
                     SL_MP_OK);
    assert_int_equal(r.count, 1);
    for (size_t i = 0; i <= len; i++) {
        assert_int_equal(run_cuts(*state, CT, &big_limits, &r, body, len,
                                  &i, 1), SL_MP_OK);
        assert_int_equal(r.count, 1);
        assert_part(&r.parts[0], "a", NULL, NULL, "satu", 4);
    }
}

static void test_callback_abort(void **state)
{
    recorder r;
    sl_multipart *mp = make(*state, CT, &big_limits, &r);

    r.abort_on_begin = 1;
    assert_int_equal(sl_multipart_feed(mp, normal_body,
                                       sizeof normal_body - 1),
                     SL_MP_ABORTED);
    assert_int_equal(r.count, 1);
    assert_int_equal(sl_multipart_finish(mp), SL_MP_ABORTED);
}

static void test_status_text(void **state)
{
    for (int s = SL_MP_OK; s <= SL_MP_ABORTED; s++) {
        const char *t = sl_mp_status_text((sl_mp_status)s);
        assert_non_null(t);
        assert_true(strlen(t) > 0);
    }
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
        UNIT_POOL_TEST(test_too_many_parts),
        UNIT_POOL_TEST(test_header_too_large),
        UNIT_POOL_TEST(test_field_too_large),
        UNIT_POOL_TEST(test_file_too_large_while_streaming),
        UNIT_POOL_TEST(test_truncated),
        UNIT_POOL_TEST(test_boundary_that_never_ends),
        UNIT_POOL_TEST(test_preamble_and_epilogue),
        UNIT_POOL_TEST(test_callback_abort),
        UNIT_POOL_TEST(test_status_text),
    };

    return UNIT_RUN(tests, NULL, NULL);
}
