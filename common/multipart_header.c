/* The header grammar of multipart/form-data (multipart_header.h): the
 * boundary of the request's Content-Type and each part's header lines
 * (Content-Disposition with RFC 2231/5987 extended values, Content-Type). */
#include "multipart_header.h"

#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_lib.h>

#define SL_MP_MAX_BOUNDARY 70

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

const char *sl_mp_boundary(apr_pool_t *pool, const char *ct)
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

static int parse_disposition(apr_pool_t *pool, const char *v, sl_mp_part *pi)
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
int sl_mp_header_line(apr_pool_t *pool, const char *line, size_t len,
                      sl_mp_part *pi)
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
