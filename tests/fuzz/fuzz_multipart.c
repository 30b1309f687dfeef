/* libFuzzer harness of the streaming multipart parser (common/multipart.h).
 *
 * Input: 5 control bytes, the Content-Type up to the first '\n', then the
 * body.  Control bytes: [0] low nibble max_parts - 1, high nibble the part
 * whose part_begin aborts (0: none); [1] max_header_bytes / 4; [2]
 * max_field_bytes / 4; [3] max_file_bytes / 16 (small limits, so the limit
 * paths run); [4] seeds the chunk sizes.
 *
 * The body is parsed whole, in chunks split at positions derived from the
 * input, byte by byte (when short) and without callbacks.  Every way must
 * end in the same status, and a successful parse must report the same
 * parts with the same bytes: chunking never changes the result. */
#include <string.h>

#include "fuzz_support.h"
#include "multipart.h"

/* What the callbacks saw, as a byte string: begin and end events with
 * length-prefixed strings, each part's data merged across calls. */
typedef struct {
    unsigned char *buf;
    size_t len, cap;
    size_t pending;           /* data bytes since the last event */
    const sl_mp_limits *limits;
    unsigned abort_at;        /* 1-based part whose begin aborts; 0 none */
    size_t parts;
    int in_part, is_file;
    size_t part_bytes, total_bytes;
} transcript;

static void put(transcript *t, const void *data, size_t len)
{
    if (t->len + len > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + len)
            cap *= 2;
        t->buf = realloc(t->buf, cap);
        FZ_CHECK(t->buf != NULL);
        t->cap = cap;
    }
    memcpy(t->buf + t->len, data, len);
    t->len += len;
}

static void put_string(transcript *t, const char *s)
{
    size_t n = s ? strlen(s) : (size_t)-1;
    put(t, &n, sizeof n);
    if (s)
        put(t, s, n);
}

static void flush_data(transcript *t)
{
    if (t->pending) {
        put(t, "D", 1);
        put(t, &t->pending, sizeof t->pending);
        t->pending = 0;
    }
}

static int on_begin(void *ctx, const char *name, const char *filename,
                    const char *content_type)
{
    transcript *t = ctx;

    FZ_CHECK(!t->in_part);
    FZ_CHECK(name != NULL && *name != '\0');
    FZ_CHECK(++t->parts <= t->limits->max_parts);
    flush_data(t);
    put(t, "B", 1);
    put_string(t, name);
    put_string(t, filename);
    put_string(t, content_type);
    t->in_part = 1;
    t->is_file = filename != NULL;
    t->part_bytes = 0;
    return t->abort_at != 0 && t->parts == t->abort_at;
}

static int on_data(void *ctx, const char *data, size_t len)
{
    transcript *t = ctx;

    FZ_CHECK(t->in_part);
    FZ_CHECK(len > 0);
    t->part_bytes += len;
    t->total_bytes += len;
    FZ_CHECK(t->part_bytes <= (t->is_file ? t->limits->max_file_bytes
                                          : t->limits->max_field_bytes));
    /* The data itself, so the comparison sees the bytes; the pending count
     * is written once per run of data calls. */
    put(t, data, len);
    t->pending += len;
    return 0;
}

static int on_end(void *ctx)
{
    transcript *t = ctx;

    FZ_CHECK(t->in_part);
    t->in_part = 0;
    flush_data(t);
    put(t, "E", 1);
    return 0;
}

static int same(const transcript *a, const transcript *b)
{
    return a->len == b->len && (a->len == 0
                                || memcmp(a->buf, b->buf, a->len) == 0);
}

static const sl_mp_callbacks callbacks = {on_begin, on_data, on_end};

enum { WHOLE, CHUNKS, BYTES };

/* Parses body in the given way; returns the final status. */
static sl_mp_status run(apr_pool_t *pool, const char *content_type,
                        const char *body, size_t len,
                        const sl_mp_limits *limits, int how, unsigned seed,
                        const sl_mp_callbacks *cb, transcript *t)
{
    sl_mp_status st = SL_MP_OK, created;
    sl_multipart *mp = sl_multipart_create(pool, content_type, limits, cb, t,
                                           &created);
    size_t pos = 0;
    uint32_t rng = (seed << 16) ^ (uint32_t)len ^ 0x9e3779b9u;
    unsigned max_chunk = 1 + seed % 97;

    if (!mp) {
        FZ_CHECK(created == SL_MP_BAD_CONTENT_TYPE);
        return created;
    }
    FZ_CHECK(created == SL_MP_OK);
    if (rng == 0)
        rng = 1;
    while (pos < len) {
        size_t n = len - pos;
        if (how == BYTES)
            n = 1;
        else if (how == CHUNKS)
            n = fz_chunk(&rng, n, max_chunk);
        sl_mp_status s = sl_multipart_feed(mp, body + pos, n);
        pos += n;
        if (s != SL_MP_OK) {
            st = s;
            break;
        }
    }
    if (st == SL_MP_OK)
        st = sl_multipart_finish(mp);
    if (st != SL_MP_OK) {
        /* An error sticks. */
        FZ_CHECK(sl_multipart_feed(mp, "\r\n", 2) == st);
        FZ_CHECK(sl_multipart_finish(mp) == st);
    }
    FZ_CHECK(sl_mp_status_text(st) != NULL);
    if (t) {
        flush_data(t);
        FZ_CHECK(t->total_bytes <= len);
    }
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_input in = {data, size};
    unsigned c0 = fz_byte(&in), c1 = fz_byte(&in), c2 = fz_byte(&in),
             c3 = fz_byte(&in), seed = fz_byte(&in);
    sl_mp_limits limits = {
        .max_parts = 1 + (c0 & 0x0f),
        .max_header_bytes = (size_t)c1 * 4,
        .max_field_bytes = (size_t)c2 * 4,
        .max_file_bytes = (size_t)c3 * 16,
    };
    const char *content_type;
    const char *body;
    size_t len;
    apr_pool_t *pool;
    transcript whole = {0}, chunks = {0}, bytes = {0};
    sl_mp_status s_whole, s_chunks, s_bytes, s_plain;

    if (size < 5)
        return 0;
    pool = fz_begin();
    content_type = fz_until(&in, '\n');
    if (!content_type)
        content_type = "";
    body = fz_rest(&in, &len);

    whole.limits = chunks.limits = bytes.limits = &limits;
    whole.abort_at = chunks.abort_at = bytes.abort_at = c0 >> 4;

    s_whole = run(pool, content_type, body, len, &limits, WHOLE, seed,
                  &callbacks, &whole);
    s_chunks = run(pool, content_type, body, len, &limits, CHUNKS, seed,
                   &callbacks, &chunks);
    FZ_CHECK(s_whole == s_chunks);
    if (len <= 2048) {
        s_bytes = run(pool, content_type, body, len, &limits, BYTES, seed,
                      &callbacks, &bytes);
        FZ_CHECK(s_whole == s_bytes);
    }
    if (s_whole == SL_MP_OK) {
        FZ_CHECK(same(&whole, &chunks));
        if (len <= 2048)
            FZ_CHECK(same(&whole, &bytes));
    }
    /* No callbacks at all: the parser alone ends the same way, unless a
     * callback's abort decided the outcome. */
    s_plain = run(pool, content_type, body, len, &limits, CHUNKS, seed + 1,
                  NULL, NULL);
    if (s_whole != SL_MP_ABORTED)
        FZ_CHECK(s_plain == s_whole);

    free(whole.buf);
    free(chunks.buf);
    free(bytes.buf);
    fz_end(pool);
    return 0;
}
