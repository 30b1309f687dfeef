/* Unit tests for the streaming multipart/form-data parser: its limits,
 * bodies that end badly, and callbacks that refuse a part. */
#include "unit_multipart.h"

#include <apr_strings.h>

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

/* Bodies whose delimiter lines go wrong near the end, and what the parser
 * says of each. */
static const struct {
    const char *body;
    sl_mp_status want;
} endings[] = {
    /* Some padding before the CRLF is allowed (RFC 2046). */
    {B " \t " CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
     "v" CRLF B "-- " CRLF, SL_MP_OK},
    /* Closing boundary with one dash, then the body ends. */
    {B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
     "v" CRLF B "-", SL_MP_TRUNCATED},
    /* A line that starts like the boundary but goes on is not one. */
    {B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
     "v" CRLF B "XYZ" CRLF, SL_MP_MALFORMED},
    /* Body cut inside the delimiter: the part is left open. */
    {B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
     "v" CRLF "--XyZz", SL_MP_TRUNCATED},
};

static void test_boundary_that_never_ends(void **state)
{
    recorder r;

    /* A boundary line padded with blanks forever. */
    char *body = apr_pstrcat(*state, B, apr_psprintf(*state, "%2000s", ""), NULL);
    assert_int_equal(run_bytewise(*state, CT, &big_limits, &r, body,
                                  strlen(body)), SL_MP_MALFORMED);
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++)
        assert_int_equal(run_whole(*state, CT, &big_limits, &r, endings[i].body,
                                   strlen(endings[i].body)), endings[i].want);
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
