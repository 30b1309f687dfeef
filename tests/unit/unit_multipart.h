/* What the multipart parser's unit tests share: a recorder of what the
 * callbacks saw, part by part, ways to feed a body (whole, cut, byte by
 * byte), and the ordinary body of three parts the tests start from. */
#ifndef SL_UNIT_MULTIPART_H
#define SL_UNIT_MULTIPART_H

#include <string.h>

#include "unit.h"
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

static inline int rec_begin(void *ctx, const char *name, const char *filename,
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

static inline int rec_data(void *ctx, const char *data, size_t len)
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

static inline int rec_end(void *ctx)
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

static inline sl_multipart *make(apr_pool_t *pool, const char *ct,
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
static inline sl_mp_status run_cuts(apr_pool_t *pool, const char *ct,
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

static inline sl_mp_status run_whole(apr_pool_t *pool, const char *ct,
                                     const sl_mp_limits *limits, recorder *r,
                                     const char *body, size_t len)
{
    return run_cuts(pool, ct, limits, r, body, len, NULL, 0);
}

static inline sl_mp_status run_bytewise(apr_pool_t *pool, const char *ct,
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

static inline void assert_part(const rec_part *p, const char *name,
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

/* Two fields and a file, the body every way of feeding must parse alike. */
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

#endif
