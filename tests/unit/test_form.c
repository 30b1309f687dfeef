/* Unit tests for form parsing: urlencoded bodies and the multipart
 * collector. */
#include "unit.h"

#include <string.h>

#include <apr_strings.h>
#include <apr_tables.h>

#include "form.h"

#define CT "multipart/form-data; boundary=----sialip7MA4YWxk"
#define B "------sialip7MA4YWxk"
#define CRLF "\r\n"

static const sl_form_limits limits = {
    .max_body_bytes = 65536,
    .max_fields = 8,
    .max_header_bytes = 1024,
    .max_field_bytes = 64,
    .max_file_bytes = 1024,
};

/* ---- urlencoded --------------------------------------------------------- */

static sl_form_status url(apr_pool_t *pool, const char *body,
                          const sl_form_limits *lim, sl_form **form,
                          const char **detail)
{
    *form = sl_form_make(pool);
    *detail = NULL;
    return sl_urlencoded_parse(pool, body, strlen(body), lim, *form, detail);
}

static void test_urlencoded_decoding(void **state)
{
    sl_form_limits lim = limits;
    sl_form *form;
    const char *detail;
    const apr_array_header_t *all;

    lim.max_fields = 9;
    assert_int_equal(url(*state,
        "nama=Siti+Aminah&kota=Kota%20Bandung&harga=10%E2%82%AC"
        "&kosong=&tanda&a%2Bb=1%2B1%3D2&&multi=1&multi=2&baris=a%0D%0Ab%09c&",
        &lim, &form, &detail), SL_FORM_OK);
    assert_string_equal(apr_table_get(form->fields, "nama"), "Siti Aminah");
    assert_string_equal(apr_table_get(form->fields, "kota"), "Kota Bandung");
    assert_string_equal(apr_table_get(form->fields, "harga"),
                        "10\xE2\x82\xAC");
    assert_string_equal(apr_table_get(form->fields, "kosong"), "");
    assert_string_equal(apr_table_get(form->fields, "tanda"), "");
    assert_string_equal(apr_table_get(form->fields, "a+b"), "1+1=2");
    assert_string_equal(apr_table_get(form->fields, "baris"), "a\r\nb\tc");
    all = apr_table_elts(form->fields);
    assert_int_equal(all->nelts, 9);   /* both "multi" values kept */
    assert_int_equal(form->files->nelts, 0);
}

static void test_urlencoded_empty(void **state)
{
    sl_form *form = sl_form_make(*state);
    assert_int_equal(sl_urlencoded_parse(*state, NULL, 0, &limits, form,
                                         NULL), SL_FORM_OK);
    assert_int_equal(apr_table_elts(form->fields)->nelts, 0);
}

static void test_urlencoded_bad_escapes(void **state)
{
    static const char *const bad[] = {
        "a=%G1", "a=%1G", "a=%", "a=1%", "a=%4", "a%=1", "%zz=1", "a=%%41",
    };
    sl_form *form;
    const char *detail;

    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(url(*state, bad[i], &limits, &form, &detail),
                         SL_FORM_BAD_ENCODING);
        assert_non_null(detail);
    }
}

static void test_urlencoded_invalid_utf8(void **state)
{
    static const char *const bad[] = {
        "a=%C0%80",      /* overlong NUL */
        "a=%FF",
        "a=%E2%82",      /* cut short */
        "a=%ED%A0%80",   /* surrogate */
        "%C3=1",         /* in the name */
        "a=\xC3",        /* raw, not escaped */
    };
    sl_form *form;
    const char *detail;

    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(url(*state, bad[i], &limits, &form, &detail),
                         SL_FORM_BAD_ENCODING);
}

static void test_urlencoded_control_chars(void **state)
{
    sl_form *form;
    const char *detail;

    assert_int_equal(url(*state, "a=x%01y", &limits, &form, &detail),
                     SL_FORM_BAD_ENCODING);
    assert_non_null(strstr(detail, "\"a\""));
    assert_int_equal(url(*state, "a=%00", &limits, &form, &detail),
                     SL_FORM_BAD_ENCODING);
    assert_int_equal(url(*state, "a=%7F", &limits, &form, &detail),
                     SL_FORM_BAD_ENCODING);
    assert_int_equal(url(*state, "a%01=1", &limits, &form, &detail),
                     SL_FORM_BAD_ENCODING);
    assert_int_equal(url(*state, "a=%09%0A%0D", &limits, &form, &detail),
                     SL_FORM_OK);
}

static void test_urlencoded_limits(void **state)
{
    sl_form_limits lim = limits;
    sl_form *form;
    const char *detail;
    char value[80];

    lim.max_fields = 3;
    assert_int_equal(url(*state, "a=1&b=2&c=3", &lim, &form, &detail),
                     SL_FORM_OK);
    assert_int_equal(url(*state, "a=1&b=2&c=3&d=4", &lim, &form, &detail),
                     SL_FORM_TOO_MANY_FIELDS);
    assert_non_null(strstr(detail, "max_fields"));

    memset(value, 'x', sizeof value);
    assert_int_equal(url(*state, apr_pstrcat(*state, "v=",
                         apr_pstrndup(*state, value, 64), NULL),
                         &limits, &form, &detail), SL_FORM_OK);
    assert_int_equal(url(*state, apr_pstrcat(*state, "v=",
                         apr_pstrndup(*state, value, 65), NULL),
                         &limits, &form, &detail), SL_FORM_TOO_LARGE);
    UNIT_EXPECT_IN(detail,
        "\"v\"",
        "max_field_bytes");
    /* max_field_bytes counts decoded bytes: 64 "%41" escapes are fine. */
    {
        char *esc = "v=";
        for (int i = 0; i < 64; i++)
            esc = apr_pstrcat(*state, esc, "%41", NULL);
        assert_int_equal(url(*state, esc, &limits, &form, &detail),
                         SL_FORM_OK);
        assert_int_equal(strlen(apr_table_get(form->fields, "v")), 64);
    }

    lim = limits;
    lim.max_body_bytes = 10;
    assert_int_equal(url(*state, "a=123456789", &lim, &form, &detail),
                     SL_FORM_TOO_LARGE);
    assert_non_null(strstr(detail, "max_body_bytes"));
    assert_int_equal(url(*state, "a=12345678", &lim, &form, &detail),
                     SL_FORM_OK);
}

static void test_urlencoded_no_name(void **state)
{
    sl_form *form;
    const char *detail;
    assert_int_equal(url(*state, "=x", &limits, &form, &detail),
                     SL_FORM_MALFORMED);
}

/* ---- multipart collector ------------------------------------------------ */

/* Binary, with a line that starts like the boundary but stops short. */
static const char file_data[] =
    "%PDF-1.4\0\r\n--\r\n------sialip7MA4YW\0\xff\r";

static char *normal_body(apr_pool_t *pool, size_t *len)
{
    static const char head[] =
        "preamble" CRLF
        B CRLF
        "Content-Disposition: form-data; name=\"nama\"" CRLF CRLF
        "Siti Aminah" CRLF
        B CRLF
        "Content-Disposition: form-data; name=\"pesan\"" CRLF CRLF
        "Terima kasih \xE2\x82\xAC\r\nbaris dua" CRLF
        B CRLF
        "Content-Disposition: form-data; name=\"kosong\"; filename=\"\"" CRLF
        "Content-Type: application/octet-stream" CRLF CRLF
        CRLF
        B CRLF
        "Content-Disposition: form-data; name=\"lampiran\"; "
        "filename=\"surat.pdf\"" CRLF
        "Content-Type: application/pdf" CRLF CRLF;
    static const char tail[] = CRLF B "--" CRLF;
    char *body = apr_palloc(pool, sizeof head + sizeof file_data + sizeof tail);
    size_t n = 0;

    memcpy(body, head, sizeof head - 1);
    n += sizeof head - 1;
    memcpy(body + n, file_data, sizeof file_data - 1);
    n += sizeof file_data - 1;
    memcpy(body + n, tail, sizeof tail - 1);
    n += sizeof tail - 1;
    *len = n;
    return body;
}

/* Feeds body in chunks of the given size (0: all at once). */
static sl_form_status collect(apr_pool_t *pool, const char *ct,
                              const sl_form_limits *lim, const char *body,
                              size_t len, size_t chunk, sl_form **form,
                              const char **detail)
{
    sl_form_status st = SL_FORM_MALFORMED;
    sl_form_collector *c;
    size_t pos = 0;

    *form = sl_form_make(pool);
    *detail = NULL;
    c = sl_form_collector_create(pool, ct, lim, *form, &st);
    if (!c)
        return st;
    assert_int_equal(st, SL_FORM_OK);
    if (chunk == 0)
        chunk = len ? len : 1;
    while (pos < len) {
        size_t n = len - pos < chunk ? len - pos : chunk;
        st = sl_form_collector_feed(c, body + pos, n, detail);
        if (st != SL_FORM_OK)
            return st;
        pos += n;
    }
    return sl_form_collector_finish(c, detail);
}

static void check_normal(const sl_form *form)
{
    const sl_upload *up;

    assert_int_equal(apr_table_elts(form->fields)->nelts, 2);
    assert_string_equal(apr_table_get(form->fields, "nama"), "Siti Aminah");
    assert_string_equal(apr_table_get(form->fields, "pesan"),
                        "Terima kasih \xE2\x82\xAC\r\nbaris dua");
    /* The empty file input "kosong" is skipped. */
    assert_int_equal(form->files->nelts, 1);
    up = &APR_ARRAY_IDX(form->files, 0, sl_upload);
    assert_string_equal(up->field, "lampiran");
    assert_string_equal(up->filename, "surat.pdf");
    assert_int_equal(up->len, sizeof file_data - 1);
    assert_memory_equal(up->data, file_data, up->len);
}

static void test_collector_normal(void **state)
{
    size_t len;
    char *body = normal_body(*state, &len);
    sl_form *form;
    const char *detail;

    assert_int_equal(collect(*state, CT, &limits, body, len, 0, &form,
                             &detail), SL_FORM_OK);
    check_normal(form);
    assert_null(detail);
}

static void test_collector_every_chunk_size(void **state)
{
    size_t len;
    char *body = normal_body(*state, &len);
    apr_pool_t *sub;
    sl_form *form;
    const char *detail;

    assert_int_equal(apr_pool_create(&sub, *state), APR_SUCCESS);
    for (size_t chunk = 1; chunk <= len; chunk++) {
        apr_pool_clear(sub);
        assert_int_equal(collect(sub, CT, &limits, body, len, chunk, &form,
                                 &detail), SL_FORM_OK);
        check_normal(form);
    }
}

static void test_collector_empty_file_input(void **state)
{
    static const char body[] =
        B CRLF
        "Content-Disposition: form-data; name=\"berkas\"; filename=\"\"" CRLF
        "Content-Type: application/octet-stream" CRLF CRLF
        CRLF B CRLF
        "Content-Disposition: form-data; name=\"kosong\"; filename=\"a.txt\"" CRLF
        CRLF CRLF B "--";
    sl_form *form;
    const char *detail;
    const sl_upload *up;

    assert_int_equal(collect(*state, CT, &limits, body, sizeof body - 1, 0,
                             &form, &detail), SL_FORM_OK);
    /* A named but empty file is kept: the person chose it. */
    assert_int_equal(form->files->nelts, 1);
    up = &APR_ARRAY_IDX(form->files, 0, sl_upload);
    assert_string_equal(up->field, "kosong");
    assert_int_equal(up->len, 0);
    assert_non_null(up->data);
    assert_int_equal(apr_table_elts(form->fields)->nelts, 0);
}

static void test_collector_bad_text(void **state)
{
    static const char bad_utf8[] =
        B CRLF "Content-Disposition: form-data; name=\"alamat\"" CRLF CRLF
        "Jl. \xC0\x80" CRLF B "--";
    static const char ctrl[] =
        B CRLF "Content-Disposition: form-data; name=\"alamat\"" CRLF CRLF
        "Jl.\x01" CRLF B "--";
    static const char bad_name[] =
        B CRLF "Content-Disposition: form-data; name=\"al\xFF\"" CRLF CRLF
        "x" CRLF B "--";
    static const char bad_filename[] =
        B CRLF "Content-Disposition: form-data; name=\"f\"; "
        "filename=\"a\xFF.txt\"" CRLF CRLF "x" CRLF B "--";
    static const char binary_file[] =
        B CRLF "Content-Disposition: form-data; name=\"f\"; "
        "filename=\"a.bin\"" CRLF CRLF "\xFF\x01\0" CRLF B "--";
    sl_form *form;
    const char *detail;

    assert_int_equal(collect(*state, CT, &limits, bad_utf8,
                             sizeof bad_utf8 - 1, 0, &form, &detail),
                     SL_FORM_BAD_ENCODING);
    assert_non_null(strstr(detail, "\"alamat\""));
    assert_int_equal(collect(*state, CT, &limits, ctrl, sizeof ctrl - 1, 3,
                             &form, &detail), SL_FORM_BAD_ENCODING);
    assert_int_equal(collect(*state, CT, &limits, bad_name,
                             sizeof bad_name - 1, 0, &form, &detail),
                     SL_FORM_BAD_ENCODING);
    /* The log gets the raw byte escaped, not the byte itself. */
    assert_non_null(strstr(detail, "al\\xFF"));
    assert_int_equal(collect(*state, CT, &limits, bad_filename,
                             sizeof bad_filename - 1, 0, &form, &detail),
                     SL_FORM_BAD_ENCODING);
    /* File content is binary and never checked. */
    assert_int_equal(collect(*state, CT, &limits, binary_file,
                             sizeof binary_file - 1, 0, &form, &detail),
                     SL_FORM_OK);
    assert_int_equal(APR_ARRAY_IDX(form->files, 0, sl_upload).len, 3);
}

/* One limit of the normal body lowered at a time: what the collector says
 * (fed in chunks of the given size, 0: whole) and what the log detail
 * names. */
static void test_collector_limits(void **state)
{
    size_t len;
    char *body = normal_body(*state, &len);
    const struct {
        size_t offset, value, chunk;
        sl_form_status want;
        const char *detail[3];
    } cases[] = {
        /* the body has four parts */
        {offsetof(sl_form_limits, max_fields), 3, 0, SL_FORM_TOO_MANY_FIELDS,
         {"max_fields"}},
        {offsetof(sl_form_limits, max_field_bytes), 20, 7, SL_FORM_TOO_LARGE,
         {"\"pesan\"", "max_field_bytes"}},
        {offsetof(sl_form_limits, max_file_bytes), 10, 0, SL_FORM_TOO_LARGE,
         {"\"lampiran\"", "max_file_bytes"}},
        {offsetof(sl_form_limits, max_header_bytes), 40, 0, SL_FORM_TOO_LARGE,
         {"max_header_bytes"}},
        {offsetof(sl_form_limits, max_body_bytes), len - 1, 16, SL_FORM_TOO_LARGE,
         {"max_body_bytes"}},
        {offsetof(sl_form_limits, max_body_bytes), len, 16, SL_FORM_OK, {NULL}},
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sl_form_limits lim = limits;
        sl_form *form;
        const char *detail;
        *(size_t *)((char *)&lim + cases[i].offset) = cases[i].value;
        sl_form_status st = collect(*state, CT, &lim, body, len, cases[i].chunk,
                                    &form, &detail);
        if (st != cases[i].want)
            fail_msg("case %zu: status %d, want %d", i, (int)st, (int)cases[i].want);
        for (int k = 0; cases[i].detail[k] != NULL; k++)
            UNIT_EXPECT_IN(detail, cases[i].detail[k]);
    }
}

static void test_collector_file_too_large_early(void **state)
{
    static const char head[] =
        B CRLF "Content-Disposition: form-data; name=\"foto\"; "
        "filename=\"foto.jpg\"" CRLF CRLF;
    sl_form_limits lim = limits;
    sl_form *form = sl_form_make(*state);
    sl_form_status st;
    sl_form_collector *c;
    const char *detail = NULL;
    char chunk[256];
    int sent;

    lim.max_body_bytes = 1u << 30;
    c = sl_form_collector_create(*state, CT, &lim, form, &st);
    assert_non_null(c);
    assert_int_equal(sl_form_collector_feed(c, head, sizeof head - 1,
                                            &detail), SL_FORM_OK);
    memset(chunk, 0, sizeof chunk);
    st = SL_FORM_OK;
    for (sent = 0; sent < 4096 && st == SL_FORM_OK; sent++)
        st = sl_form_collector_feed(c, chunk, sizeof chunk, &detail);
    assert_int_equal(st, SL_FORM_TOO_LARGE);
    assert_int_equal(sent, 5);   /* 4 * 256 = 1024 fits, the 5th does not */
    assert_non_null(strstr(detail, "\"foto\""));
    /* It stays failed. */
    detail = NULL;
    assert_int_equal(sl_form_collector_feed(c, "x", 1, &detail),
                     SL_FORM_TOO_LARGE);
    assert_non_null(detail);
    assert_int_equal(sl_form_collector_finish(c, &detail), SL_FORM_TOO_LARGE);
}

static void test_collector_malformed(void **state)
{
    size_t len;
    char *body = normal_body(*state, &len);
    static const char no_name[] =
        B CRLF "Content-Disposition: form-data" CRLF CRLF "x" CRLF B "--";
    sl_form *form;
    const char *detail;
    sl_form_status st = SL_FORM_OK;

    /* Truncated: no closing boundary. */
    assert_int_equal(collect(*state, CT, &limits, body, len - 10, 0, &form,
                             &detail), SL_FORM_MALFORMED);
    assert_non_null(strstr(detail, "closing boundary"));
    assert_int_equal(collect(*state, CT, &limits, no_name,
                             sizeof no_name - 1, 0, &form, &detail),
                     SL_FORM_MALFORMED);
    assert_non_null(detail);

    assert_null(sl_form_collector_create(*state, "multipart/form-data",
                                         &limits, sl_form_make(*state), &st));
    assert_int_equal(st, SL_FORM_MALFORMED);
    assert_null(sl_form_collector_create(*state, "text/plain", &limits,
                                         sl_form_make(*state), &st));
}

static void test_status_messages(void **state)
{
    assert_string_equal(sl_form_status_message(SL_FORM_TOO_LARGE),
                        "Ukuran kiriman melebihi batas yang diizinkan.");
    for (int s = SL_FORM_OK; s <= SL_FORM_MALFORMED; s++) {
        const char *m = sl_form_status_message((sl_form_status)s);
        assert_non_null(m);
        assert_true(strlen(m) > 10);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        UNIT_POOL_TEST(test_urlencoded_decoding),
        UNIT_POOL_TEST(test_urlencoded_empty),
        UNIT_POOL_TEST(test_urlencoded_bad_escapes),
        UNIT_POOL_TEST(test_urlencoded_invalid_utf8),
        UNIT_POOL_TEST(test_urlencoded_control_chars),
        UNIT_POOL_TEST(test_urlencoded_limits),
        UNIT_POOL_TEST(test_urlencoded_no_name),
        UNIT_POOL_TEST(test_collector_normal),
        UNIT_POOL_TEST(test_collector_every_chunk_size),
        UNIT_POOL_TEST(test_collector_empty_file_input),
        UNIT_POOL_TEST(test_collector_bad_text),
        UNIT_POOL_TEST(test_collector_limits),
        UNIT_POOL_TEST(test_collector_file_too_large_early),
        UNIT_POOL_TEST(test_collector_malformed),
        UNIT_POOL_TEST(test_status_messages),
    };

    return UNIT_RUN(tests, NULL, NULL);
}
