/* libFuzzer harness of the form parsers (common/form.h): the urlencoded
 * parser and the multipart collector.
 *
 * Input: 5 control bytes, then for an urlencoded body (control byte 0 even)
 * the body; for a multipart body (odd) the Content-Type up to the first
 * '\n' and the body.  Control bytes: [0] bit 0 the encoding, the rest
 * max_fields; [1] max_field_bytes / 4; [2] max_file_bytes / 16; [3]
 * max_body_bytes / 64; [4] max_header_bytes / 4 and the chunk sizes.
 *
 * A form that parses must respect every limit and hold only acceptable
 * text; a failure must say why.  An urlencoded form written out again
 * parses to the same fields; a multipart body fed in chunks gives what it
 * gives fed whole (the same fields, or the same first problem). */
#include <string.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "form.h"
#include "fuzz_support.h"
#include "validate.h"

static void check_form(const sl_form *form, const sl_form_limits *limits)
{
    const apr_array_header_t *elts = apr_table_elts(form->fields);
    const apr_table_entry_t *e = (const apr_table_entry_t *)elts->elts;
    size_t count = (size_t)elts->nelts + (size_t)form->files->nelts;
    unsigned sum = 0;

    FZ_CHECK(count <= limits->max_fields);
    for (int i = 0; i < elts->nelts; i++) {
        FZ_CHECK(e[i].key != NULL && e[i].key[0] != '\0');
        FZ_CHECK(e[i].val != NULL);
        FZ_CHECK(sl_text_acceptable(e[i].key, strlen(e[i].key)));
        FZ_CHECK(sl_text_acceptable(e[i].val, strlen(e[i].val)));
        FZ_CHECK(strlen(e[i].val) <= limits->max_field_bytes);
    }
    for (int i = 0; i < form->files->nelts; i++) {
        const sl_upload *up = &APR_ARRAY_IDX(form->files, i, sl_upload);
        FZ_CHECK(up->field != NULL && up->field[0] != '\0');
        FZ_CHECK(up->filename != NULL && up->filename[0] != '\0');
        FZ_CHECK(sl_text_acceptable(up->filename, strlen(up->filename)));
        FZ_CHECK(up->len <= limits->max_file_bytes);
        FZ_CHECK(up->data != NULL);
        for (size_t j = 0; j < up->len; j++)   /* every byte readable */
            sum += (unsigned char)up->data[j];
    }
    (void)sum;
}

static void check_failure(sl_form_status st, const char *detail)
{
    FZ_CHECK(detail != NULL);
    FZ_CHECK(strlen(detail) < 4096);
    FZ_CHECK(sl_form_status_message(st) != NULL);
}

/* The fields of form, %XX-encoded throughout. */
static char *encode(apr_pool_t *pool, const sl_form *form, size_t *len)
{
    static const char hex[] = "0123456789ABCDEF";
    const apr_array_header_t *elts = apr_table_elts(form->fields);
    const apr_table_entry_t *e = (const apr_table_entry_t *)elts->elts;
    size_t need = 1;
    char *out, *o;

    for (int i = 0; i < elts->nelts; i++)
        need += 3 * (strlen(e[i].key) + strlen(e[i].val)) + 2;
    out = o = apr_palloc(pool, need);
    for (int i = 0; i < elts->nelts; i++) {
        if (i)
            *o++ = '&';
        for (const char *s = e[i].key; *s; s++) {
            *o++ = '%';
            *o++ = hex[(unsigned char)*s >> 4];
            *o++ = hex[(unsigned char)*s & 15];
        }
        *o++ = '=';
        for (const char *s = e[i].val; *s; s++) {
            /* Spaces as '+' now and then, to run that path too. */
            if (*s == ' ' && (i & 1)) {
                *o++ = '+';
                continue;
            }
            *o++ = '%';
            *o++ = hex[(unsigned char)*s >> 4];
            *o++ = hex[(unsigned char)*s & 15];
        }
    }
    *o = '\0';
    *len = (size_t)(o - out);
    return out;
}

static int same_fields(const sl_form *a, const sl_form *b)
{
    const apr_array_header_t *x = apr_table_elts(a->fields);
    const apr_array_header_t *y = apr_table_elts(b->fields);
    const apr_table_entry_t *ex = (const apr_table_entry_t *)x->elts;
    const apr_table_entry_t *ey = (const apr_table_entry_t *)y->elts;

    if (x->nelts != y->nelts)
        return 0;
    for (int i = 0; i < x->nelts; i++)
        if (strcmp(ex[i].key, ey[i].key) || strcmp(ex[i].val, ey[i].val))
            return 0;
    return 1;
}

static int same_files(const sl_form *a, const sl_form *b)
{
    if (a->files->nelts != b->files->nelts)
        return 0;
    for (int i = 0; i < a->files->nelts; i++) {
        const sl_upload *x = &APR_ARRAY_IDX(a->files, i, sl_upload);
        const sl_upload *y = &APR_ARRAY_IDX(b->files, i, sl_upload);
        if (strcmp(x->field, y->field) || strcmp(x->filename, y->filename)
            || x->len != y->len || memcmp(x->data, y->data, x->len))
            return 0;
    }
    return 1;
}

static void fuzz_urlencoded(apr_pool_t *pool, const char *body, size_t len,
                            const sl_form_limits *limits)
{
    sl_form *form = sl_form_make(pool), *again;
    const char *detail = NULL;
    sl_form_status st = sl_urlencoded_parse(pool, body, len, limits, form,
                                            &detail);
    sl_form_limits unlimited = *limits;
    char *text;
    size_t text_len;

    /* A NULL detail pointer is allowed too. */
    FZ_CHECK(sl_urlencoded_parse(pool, body, len, limits, sl_form_make(pool),
                                 NULL) == st);
    if (st != SL_FORM_OK) {
        check_failure(st, detail);
        return;
    }
    check_form(form, limits);
    FZ_CHECK(form->files->nelts == 0);

    text = encode(pool, form, &text_len);
    unlimited.max_body_bytes = text_len;
    again = sl_form_make(pool);
    st = sl_urlencoded_parse(pool, text, text_len, &unlimited, again, &detail);
    FZ_CHECK(st == SL_FORM_OK);
    FZ_CHECK(same_fields(form, again));
}

/* Collects body in chunks of up to max_chunk bytes (all of it at once when
 * max_chunk is 0). */
static sl_form_status collect(apr_pool_t *pool, const char *content_type,
                              const char *body, size_t len,
                              const sl_form_limits *limits, unsigned max_chunk,
                              sl_form **out)
{
    sl_form *form = sl_form_make(pool);
    sl_form_status st;
    const char *detail = NULL;
    sl_form_collector *c = sl_form_collector_create(pool, content_type, limits,
                                                    form, &st);
    uint32_t rng = (uint32_t)len * 2654435761u + max_chunk + 1;
    size_t pos = 0;

    *out = form;
    if (!c) {
        FZ_CHECK(st != SL_FORM_OK);
        return st;
    }
    FZ_CHECK(st == SL_FORM_OK);
    while (pos < len && st == SL_FORM_OK) {
        size_t n = len - pos;
        if (max_chunk)
            n = fz_chunk(&rng, n, max_chunk);
        st = sl_form_collector_feed(c, body + pos, n, &detail);
        pos += n;
    }
    if (st == SL_FORM_OK)
        st = sl_form_collector_finish(c, &detail);
    if (st != SL_FORM_OK) {
        check_failure(st, detail);
        /* The failure sticks. */
        FZ_CHECK(sl_form_collector_feed(c, "x", 1, NULL) == st);
        FZ_CHECK(sl_form_collector_finish(c, NULL) == st);
    } else {
        check_form(form, limits);
    }
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_input in = {data, size};
    unsigned c0 = fz_byte(&in), c1 = fz_byte(&in), c2 = fz_byte(&in),
             c3 = fz_byte(&in), c4 = fz_byte(&in);
    sl_form_limits limits = {
        .max_fields = 1 + (c0 >> 1) % 64,
        .max_field_bytes = (size_t)c1 * 4,
        .max_file_bytes = (size_t)c2 * 16,
        .max_body_bytes = (size_t)c3 * 64,
        .max_header_bytes = (size_t)c4 * 4,
    };
    apr_pool_t *pool;

    if (size < 5)
        return 0;
    pool = fz_begin();
    if ((c0 & 1) == 0) {
        size_t len;
        const char *body = fz_rest(&in, &len);
        fuzz_urlencoded(pool, body, len, &limits);
    } else {
        const char *content_type = fz_until(&in, '\n');
        size_t len;
        const char *body = fz_rest(&in, &len);
        sl_form *whole, *chunked;
        sl_form_status s_whole, s_chunked;

        s_whole = collect(pool, content_type ? content_type : "", body, len,
                          &limits, 0, &whole);
        s_chunked = collect(pool, content_type ? content_type : "", body,
                            len, &limits, 1 + c4 % 61, &chunked);
        /* The body limit is checked as each chunk arrives, before it is
         * parsed: a body over it may fail for another reason first when
         * fed in chunks.  Within it, the first problem is the same. */
        FZ_CHECK((s_whole == SL_FORM_OK) == (s_chunked == SL_FORM_OK));
        if (len <= limits.max_body_bytes)
            FZ_CHECK(s_whole == s_chunked);
        if (s_whole == SL_FORM_OK) {
            FZ_CHECK(same_fields(whole, chunked));
            FZ_CHECK(same_files(whole, chunked));
        }
    }
    fz_end(pool);
    return 0;
}
