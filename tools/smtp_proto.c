#include <string.h>
#include <apr_base64.h>
#include <apr_lib.h>
#include <apr_strings.h>
#include "smtp_proto.h"

int sk_smtp_parse_line(const char *line, int *code, int *more,
                       const char **text)
{
    if (!apr_isdigit(line[0]) || !apr_isdigit(line[1]) || !apr_isdigit(line[2])
        || line[0] < '2' || line[0] > '5') {
        return -1;
    }
    *code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (line[3] == '\0') {
        *more = 0;
        *text = line + 3;
        return 0;
    }
    if (line[3] != '-' && line[3] != ' ') {
        return -1;
    }
    *more = line[3] == '-';
    *text = line + 4;
    return 0;
}

/* The line of the EHLO text that starts with keyword, or NULL; *len its
 * length. */
static const char *ext_line(const char *ehlo_text, const char *keyword,
                            size_t *len)
{
    size_t k = strlen(keyword);
    const char *line = ehlo_text;

    /* The first line is the server's greeting name, not an extension. */
    if (!(line = strchr(line, '\n'))) {
        return NULL;
    }
    for (line++; *line; ) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        if (n >= k && strncasecmp(line, keyword, k) == 0
            && (n == k || line[k] == ' ')) {
            *len = n;
            return line;
        }
        if (!end) {
            break;
        }
        line = end + 1;
    }
    return NULL;
}

int sk_smtp_has_ext(const char *ehlo_text, const char *keyword)
{
    size_t n;
    return ext_line(ehlo_text, keyword, &n) != NULL;
}

/* Whether the space-separated words of line[0..n) include word. */
static int has_word(const char *line, size_t n, const char *word)
{
    size_t w = strlen(word), i = 0;

    while (i < n) {
        size_t start;
        while (i < n && line[i] == ' ') {
            i++;
        }
        start = i;
        while (i < n && line[i] != ' ') {
            i++;
        }
        if (i - start == w && strncasecmp(line + start, word, w) == 0) {
            return 1;
        }
    }
    return 0;
}

const char *sk_smtp_auth_mech(const char *ehlo_text)
{
    size_t n;
    const char *line = ext_line(ehlo_text, "AUTH", &n);

    if (!line) {
        return NULL;
    }
    if (has_word(line + 4, n - 4, "PLAIN")) {
        return "PLAIN";
    }
    return has_word(line + 4, n - 4, "LOGIN") ? "LOGIN" : NULL;
}

char *sk_base64(apr_pool_t *pool, const char *data, size_t len)
{
    char *out = apr_palloc(pool, (apr_size_t)apr_base64_encode_len((int)len));
    apr_base64_encode(out, data, (int)len);
    return out;
}

char *sk_smtp_auth_plain(apr_pool_t *pool, const char *user,
                         const char *password)
{
    size_t u = strlen(user), p = strlen(password);
    char *raw = apr_palloc(pool, u + p + 2);

    raw[0] = '\0';
    memcpy(raw + 1, user, u);
    raw[u + 1] = '\0';
    memcpy(raw + u + 2, password, p);
    return sk_base64(pool, raw, u + p + 2);
}

char *sk_smtp_printable(apr_pool_t *pool, const char *text, size_t max)
{
    size_t n = strlen(text), i, o = 0;
    char *out = apr_palloc(pool, (n < max ? n : max) + 1);
    int space = 0;

    for (i = 0; i < n && o < max; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = 1;
            continue;
        }
        if (space && o > 0) {
            out[o++] = ' ';
            if (o >= max) {
                break;
            }
        }
        space = 0;
        out[o++] = (c > 32 && c < 127) ? (char)c : '?';
    }
    out[o] = '\0';
    return out;
}

char *sk_redact_address(apr_pool_t *pool, const char *text,
                        const char *address)
{
    size_t alen = address ? strlen(address) : 0;
    const char *at = address ? strrchr(address, '@') : NULL;
    const char *masked = apr_pstrcat(pool, "...", at ? at : "@?", NULL);
    char *out = "";
    const char *p = text, *from = text;

    if (alen == 0) {
        return apr_pstrdup(pool, text);
    }
    while (*p) {
        if (strncasecmp(p, address, alen) == 0) {
            out = apr_pstrcat(pool, out, apr_pstrndup(pool, from, p - from),
                              masked, NULL);
            p += alen;
            from = p;
        }
        else {
            p++;
        }
    }
    return apr_pstrcat(pool, out, from, NULL);
}
