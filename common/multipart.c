/* Streaming multipart/form-data parser (RFC 7578, RFC 2046).
 *
 * The body is treated as if it began with CRLF, so every boundary, the
 * first included, is the delimiter "\r\n--" boundary.  CR occurs only at the
 * start of the delimiter (boundary characters exclude it), so a partial
 * match is always exactly a prefix of the delimiter: the bytes held back
 * between chunks need no buffer of their own, they are delim[0..match). */
#include "multipart.h"

#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_lib.h>

#define SL_MP_MAX_BOUNDARY 70
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

/* ---- small lexical helpers ---------------------------------------------- */

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* RFC 2045 token character. */
static int is_token_char(char c)
{
    unsigned char u = (unsigned char)c;
    return u > 32 && u < 127 && !strchr("()<>@,;:\\\"/[]?=", c);
}

/* RFC 2046 bchars; CR is excluded, which the matcher relies on. */
static int is_bchar(char c)
{
    return apr_isalnum((unsigned char)c) || (c && strchr("'()+_,-./:=? ", c));
}

static const char *skip_ows(const char *p)
{
    while (is_ows(*p))
        p++;
    return p;
}

/* A token at *pp; NULL when there is none. */
static char *read_token(apr_pool_t *pool, const char **pp)
{
    const char *start = *pp, *p = start;
    while (is_token_char(*p))
        p++;
    if (p == start)
        return NULL;
    *pp = p;
    return apr_pstrmemdup(pool, start, p - start);
}

/* A quoted-string at *pp (which points at the opening quote).  A backslash
 * escapes only '"' and '\\'; before anything else it is kept, because old
 * browsers send Windows paths such as "C:\dir\a.txt" unescaped. */
static char *read_quoted(apr_pool_t *pool, const char **pp)
{
    const char *p = *pp + 1;
    char *out = apr_palloc(pool, strlen(p) + 1), *o = out;
    for (;;) {
        if (*p == '\0')
            return NULL;
        if (*p == '"')
            break;
        if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
            p++;
        *o++ = *p++;
    }
    *o = '\0';
    *pp = p + 1;
    return out;
}

/* A parameter value: a quoted-string, or an unquoted run up to ';' or
 * blank (clients are loose about token characters in unquoted values). */
static char *read_value(apr_pool_t *pool, const char **pp)
{
    const char *start = *pp, *p = start;
    if (*p == '"')
        return read_quoted(pool, pp);
    while (*p && *p != ';' && *p != '"' && !is_ows(*p))
        p++;
    if (p == start)
        return NULL;
    *pp = p;
    return apr_pstrmemdup(pool, start, p - start);
}

/* Reads "; name=value" at *pp.  Returns 1 with a parameter, 0 at the end of
 * the string, -1 on a syntax error.  The name is lower-cased. */
static int read_param(apr_pool_t *pool, const char **pp, char **name,
                      char **value)
{
    const char *p = skip_ows(*pp);
    if (*p == '\0')
        return 0;
    if (*p != ';')
        return -1;
    p = skip_ows(p + 1);
    if (*p == '\0')
        return 0;  /* a trailing ';' is harmless */
    *name = read_token(pool, &p);
    if (!*name)
        return -1;
    for (char *c = *name; *c; c++)
        *c = (char)apr_tolower((unsigned char)*c);
    p = skip_ows(p);
    if (*p != '=')
        return -1;
    p = skip_ows(p + 1);
    *value = read_value(pool, &p);
    if (!*value)
        return -1;
    *pp = p;
    return 1;
}

/* ---- Content-Type of the request ---------------------------------------- */

static int boundary_ok(const char *b)
{
    size_t n = strlen(b);
    if (n < 1 || n > SL_MP_MAX_BOUNDARY || b[n - 1] == ' ')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_bchar(b[i]))
            return 0;
    return 1;
}

/* The boundary of a multipart/form-data Content-Type, or NULL. */
static const char *parse_boundary(apr_pool_t *pool, const char *ct)
{
    static const char type[] = "multipart/form-data";
    const char *p, *boundary = NULL;
    char *name, *value;
    int r;

    if (!ct)
        return NULL;
    p = skip_ows(ct);
    if (strncasecmp(p, type, sizeof type - 1) != 0)
        return NULL;
    p += sizeof type - 1;
    if (*p && *p != ';' && !is_ows(*p))
        return NULL;
    while ((r = read_param(pool, &p, &name, &value)) == 1) {
        if (strcmp(name, "boundary") == 0) {
            if (boundary)
                return NULL;  /* two boundaries: ambiguous */
            boundary = value;
        }
    }
    if (r < 0 || !boundary || !boundary_ok(boundary))
        return NULL;
    return boundary;
}

/* ---- part headers ------------------------------------------------------- */

typedef struct {
    char *name, *filename, *filename_ext, *content_type;
    int seen_disposition;
} part_info;

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)apr_tolower((unsigned char)c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* RFC 8187 ext-value charset'lang'pct-encoded.  Sets *out to the decoded
 * UTF-8 bytes, or NULL for a charset other than UTF-8 (then ignored).
 * Returns 0 on a syntax error or an encoded NUL. */
static int decode_ext_value(apr_pool_t *pool, const char *v, char **out)
{
    const char *q1 = strchr(v, '\''), *q2, *p;
    char *o;

    *out = NULL;
    if (!q1 || !(q2 = strchr(q1 + 1, '\'')))
        return 0;
    if (q1 - v != 5 || strncasecmp(v, "utf-8", 5) != 0)
        return 1;
    *out = o = apr_palloc(pool, strlen(q2 + 1) + 1);
    for (p = q2 + 1; *p; p++) {
        if (*p == '%') {
            int hi = hexval(p[1]), lo = hi < 0 ? -1 : hexval(p[2]);
            if (lo < 0 || (hi == 0 && lo == 0))
                return 0;
            *o++ = (char)(hi * 16 + lo);
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return 1;
}

static int store_once(char **slot, char *value)
{
    if (*slot)
        return 0;  /* a repeated parameter could smuggle a second name */
    *slot = value;
    return 1;
}

static int parse_disposition(apr_pool_t *pool, const char *v, part_info *pi)
{
    const char *p = v;
    char *type = read_token(pool, &p), *name, *value;
    int r;

    if (pi->seen_disposition || !type || strcasecmp(type, "form-data") != 0)
        return 0;
    pi->seen_disposition = 1;
    while ((r = read_param(pool, &p, &name, &value)) == 1) {
        int ok = 1;
        if (strcmp(name, "name") == 0)
            ok = store_once(&pi->name, value);
        else if (strcmp(name, "filename") == 0)
            ok = store_once(&pi->filename, value);
        else if (strcmp(name, "filename*") == 0)
            ok = !pi->filename_ext && decode_ext_value(pool, value,
                                                       &pi->filename_ext);
        if (!ok)
            return 0;
    }
    return r == 0;
}

/* One "Name: value" line (without its CRLF). */
static int parse_header_line(apr_pool_t *pool, const char *line, size_t len,
                             part_info *pi)
{
    const char *colon = memchr(line, ':', len);
    const char *v, *end = line + len;
    char *value;

    if (!colon || colon == line)
        return 0;
    for (const char *p = line; p < colon; p++)
        if (!is_token_char(*p))
            return 0;  /* also rejects folded continuation lines */
    for (v = colon + 1; v < end && is_ows(*v); v++)
        ;
    while (end > v && is_ows(end[-1]))
        end--;
    for (const char *p = v; p < end; p++)
        if ((unsigned char)*p < 32 && *p != '\t')
            return 0;
    value = apr_pstrmemdup(pool, v, end - v);

    if ((size_t)(colon - line) == 19
        && strncasecmp(line, "Content-Disposition", 19) == 0)
        return parse_disposition(pool, value, pi);
    if ((size_t)(colon - line) == 12
        && strncasecmp(line, "Content-Type", 12) == 0) {
        if (pi->content_type)
            return 0;
        pi->content_type = value;
    }
    return 1;  /* other headers (Content-Transfer-Encoding...) are ignored */
}

/* Parses the complete header block in mp->hbuf (ending in CRLF CRLF, or a
 * lone CRLF when there are no headers) and starts the part. */
static sl_mp_status begin_part(sl_multipart *mp)
{
    part_info pi = {0};
    /* end is the final empty line; every header line before it ends in
     * CRLF, and the first CRLF CRLF is where the block was cut. */
    const char *p = mp->hbuf, *end = mp->hbuf + mp->hlen - 2;

    while (p < end) {
        const char *eol = p;
        while (!(eol[0] == '\r' && eol[1] == '\n'))
            eol++;
        if (memchr(p, '\r', eol - p) || memchr(p, '\n', eol - p))
            return SL_MP_MALFORMED;
        if (!parse_header_line(mp->pool, p, eol - p, &pi))
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
    const char *boundary = parse_boundary(pool, content_type);
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
