/* Streaming multipart/form-data parser (RFC 7578, RFC 2046).
 *
 * The body is treated as if it began with CRLF, so every boundary, the
 * first included, is the delimiter "\r\n--" boundary.  CR occurs only at the
 * start of the delimiter (boundary characters exclude it), so a partial
 * match is always exactly a prefix of the delimiter: the bytes held back
 * between chunks need no buffer of their own, they are delim[0..match). */
#include "multipart.h"
#include "multipart_header.h"

#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_lib.h>

/* Transport padding allowed after a boundary, before its CRLF. */
#define SL_MP_MAX_PADDING 256

typedef enum {
    ST_PREAMBLE,    /* before the first boundary: discarded */
    ST_AFTER_DELIM, /* delimiter seen: "--", padding or CRLF follows */
    ST_AFTER_DASH,  /* one '-' of the closing "--" seen */
    ST_PADDING,     /* blanks after a boundary */
    ST_AFTER_CR,    /* CR of the boundary line's CRLF seen */
    ST_HEADERS,     /* a part's header block */
    ST_BODY,        /* a part's content */
    ST_EPILOGUE     /* after the closing boundary: discarded */
} mp_state;

struct sl_multipart {
    apr_pool_t *pool;
    sl_mp_limits limits;
    sl_mp_callbacks cb;
    void *ctx;
    sl_mp_status status;
    mp_state state;

    char *delim;          /* "\r\n--" boundary */
    size_t delim_len;
    size_t match;         /* delimiter bytes matched and held back */
    size_t padding;

    size_t parts;
    char *hbuf;           /* current header block, grows to the limit */
    size_t hlen, hcap;

    int is_file;          /* current part has a filename */
    size_t part_bytes;
};

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* Parses the complete header block in mp->hbuf (ending in CRLF CRLF, or a
 * lone CRLF when there are no headers) and starts the part. */
static sl_mp_status begin_part(sl_multipart *mp)
{
    sl_mp_part pi = {0};
    /* end is the final empty line; every header line before it ends in
     * CRLF, and the first CRLF CRLF is where the block was cut. */
    const char *p = mp->hbuf, *end = mp->hbuf + mp->hlen - 2;

    while (p < end) {
        const char *eol = p;
        while (!(eol[0] == '\r' && eol[1] == '\n'))
            eol++;
        if (memchr(p, '\r', eol - p) || memchr(p, '\n', eol - p))
            return SL_MP_MALFORMED;
        if (!sl_mp_header_line(mp->pool, p, eol - p, &pi))
            return SL_MP_MALFORMED;
        p = eol + 2;
    }
    if (!pi.name || !*pi.name)
        return SL_MP_MALFORMED;
    if (pi.filename_ext)
        pi.filename = pi.filename_ext;  /* RFC 6266: the extended form wins */

    mp->is_file = pi.filename != NULL;
    mp->part_bytes = 0;
    if (mp->cb.part_begin
        && mp->cb.part_begin(mp->ctx, pi.name, pi.filename, pi.content_type))
        return SL_MP_ABORTED;
    return SL_MP_OK;
}

/* Appends one header byte; the header block ends at an empty line. */
static sl_mp_status header_byte(sl_multipart *mp, char c)
{
    if (mp->hlen >= mp->limits.max_header_bytes)
        return SL_MP_HEADER_TOO_LARGE;
    if (c == '\0')
        return SL_MP_MALFORMED;
    if (mp->hlen == mp->hcap) {
        /* Grow by doubling up to the limit, so a small header block does
         * not cost a limit-sized buffer. */
        size_t cap = mp->hcap ? mp->hcap * 2 : 256;
        char *nbuf;
        if (cap > mp->limits.max_header_bytes)
            cap = mp->limits.max_header_bytes;
        nbuf = apr_palloc(mp->pool, cap);
        if (mp->hlen)
            memcpy(nbuf, mp->hbuf, mp->hlen);
        mp->hbuf = nbuf;
        mp->hcap = cap;
    }
    mp->hbuf[mp->hlen++] = c;

    if (c != '\n' || mp->hlen < 2 || mp->hbuf[mp->hlen - 2] != '\r')
        return SL_MP_OK;
    if (mp->hlen == 2
        || (mp->hlen >= 4 && memcmp(mp->hbuf + mp->hlen - 4, "\r\n\r\n", 4) == 0)) {
        sl_mp_status st = begin_part(mp);
        mp->state = ST_BODY;
        mp->match = 0;
        return st;
    }
    return SL_MP_OK;
}

/* ---- part content ------------------------------------------------------- */

static sl_mp_status emit(sl_multipart *mp, const char *data, size_t len)
{
    size_t limit;

    if (len == 0 || mp->state != ST_BODY)
        return SL_MP_OK;  /* preamble bytes are dropped */
    limit = mp->is_file ? mp->limits.max_file_bytes
                        : mp->limits.max_field_bytes;
    if (len > limit - mp->part_bytes)
        return mp->is_file ? SL_MP_FILE_TOO_LARGE : SL_MP_FIELD_TOO_LARGE;
    mp->part_bytes += len;
    if (mp->cb.part_data && mp->cb.part_data(mp->ctx, data, len))
        return SL_MP_ABORTED;
    return SL_MP_OK;
}

/* Scans for the delimiter in preamble or body; content before it is
 * emitted.  Returns the bytes consumed: up to and including the delimiter
 * when found (state then moves on), else all of them. */
static size_t scan(sl_multipart *mp, const char *data, size_t len,
                   sl_mp_status *st)
{
    size_t i = 0, run = 0;  /* data[run..i) is content not yet emitted */

    while (i < len) {
        if (mp->match == 0) {
            const char *cr = memchr(data + i, '\r', len - i);
            if (!cr)
                break;
            i = cr - data;
            if ((*st = emit(mp, data + run, i - run)) != SL_MP_OK)
                return i;
            mp->match = 1;
            run = ++i;
            continue;
        }
        if (data[i] == mp->delim[mp->match]) {
            run = ++i;
            if (++mp->match == mp->delim_len) {
                if (mp->state == ST_BODY && mp->cb.part_end
                    && mp->cb.part_end(mp->ctx)) {
                    *st = SL_MP_ABORTED;
                    return i;
                }
                mp->match = 0;
                mp->state = ST_AFTER_DELIM;
                return i;
            }
            continue;
        }
        /* Mismatch: the held bytes were content after all.  A new match
         * can only start at this byte, since CR begins the delimiter. */
        if ((*st = emit(mp, mp->delim, mp->match)) != SL_MP_OK)
            return i;
        mp->match = 0;
        run = i;
    }
    *st = emit(mp, data + run, len - run);
    return len;
}

/* ---- boundary line ------------------------------------------------------ */

static sl_mp_status start_headers(sl_multipart *mp)
{
    if (++mp->parts > mp->limits.max_parts)
        return SL_MP_TOO_MANY_PARTS;
    mp->hlen = 0;
    mp->state = ST_HEADERS;
    return SL_MP_OK;
}

/* One byte of what follows a delimiter: "--" closes the body, otherwise
 * optional blanks and CRLF start a part. */
static sl_mp_status boundary_line_byte(sl_multipart *mp, char c)
{
    switch (mp->state) {
    case ST_AFTER_DELIM:
        mp->padding = 0;
        if (c == '-') {
            mp->state = ST_AFTER_DASH;
            return SL_MP_OK;
        }
        /* fall through */
    case ST_PADDING:
        if (is_ows(c) && mp->padding++ < SL_MP_MAX_PADDING) {
            mp->state = ST_PADDING;
            return SL_MP_OK;
        }
        if (c == '\r') {
            mp->state = ST_AFTER_CR;
            return SL_MP_OK;
        }
        return SL_MP_MALFORMED;
    case ST_AFTER_DASH:
        if (c != '-')
            return SL_MP_MALFORMED;
        mp->state = ST_EPILOGUE;
        return SL_MP_OK;
    case ST_AFTER_CR:
        return c == '\n' ? start_headers(mp) : SL_MP_MALFORMED;
    default:
        return SL_MP_MALFORMED;
    }
}

/* ---- public interface --------------------------------------------------- */

sl_multipart *sl_multipart_create(apr_pool_t *pool, const char *content_type,
                                  const sl_mp_limits *limits,
                                  const sl_mp_callbacks *callbacks, void *ctx,
                                  sl_mp_status *status)
{
    const char *boundary = sl_mp_boundary(pool, content_type);
    sl_multipart *mp;

    if (!boundary) {
        if (status)
            *status = SL_MP_BAD_CONTENT_TYPE;
        return NULL;
    }
    mp = apr_pcalloc(pool, sizeof *mp);
    mp->pool = pool;
    mp->limits = *limits;
    if (callbacks)
        mp->cb = *callbacks;
    mp->ctx = ctx;
    mp->delim = apr_pstrcat(pool, "\r\n--", boundary, NULL);
    mp->delim_len = strlen(mp->delim);
    /* The body may open with "--boundary": act as if a CRLF came first. */
    mp->state = ST_PREAMBLE;
    mp->match = 2;
    if (status)
        *status = SL_MP_OK;
    return mp;
}

sl_mp_status sl_multipart_feed(sl_multipart *mp, const char *data, size_t len)
{
    size_t i = 0;

    while (mp->status == SL_MP_OK && i < len) {
        switch (mp->state) {
        case ST_PREAMBLE:
        case ST_BODY:
            i += scan(mp, data + i, len - i, &mp->status);
            break;
        case ST_HEADERS:
            mp->status = header_byte(mp, data[i++]);
            break;
        case ST_EPILOGUE:
            i = len;
            break;
        default:
            mp->status = boundary_line_byte(mp, data[i++]);
            break;
        }
    }
    return mp->status;
}

sl_mp_status sl_multipart_finish(sl_multipart *mp)
{
    if (mp->status == SL_MP_OK && mp->state != ST_EPILOGUE)
        mp->status = SL_MP_TRUNCATED;
    return mp->status;
}

const char *sl_mp_status_text(sl_mp_status status)
{
    switch (status) {
    case SL_MP_OK:               return "ok";
    case SL_MP_BAD_CONTENT_TYPE: return "not multipart/form-data or no usable boundary";
    case SL_MP_MALFORMED:        return "malformed multipart body";
    case SL_MP_TOO_MANY_PARTS:   return "too many parts";
    case SL_MP_HEADER_TOO_LARGE: return "part header block too large";
    case SL_MP_FIELD_TOO_LARGE:  return "text field too large";
    case SL_MP_FILE_TOO_LARGE:   return "file too large";
    case SL_MP_TRUNCATED:        return "body ended before the closing boundary";
    case SL_MP_ABORTED:          return "parsing stopped by the caller";
    }
    return "unknown multipart status";
}
