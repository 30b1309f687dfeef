/* JSON string escaping (json.h). */
#include <string.h>
#include <apr_strings.h>
#include "json.h"

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when invalid:
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
static int utf8_len(const unsigned char *s, unsigned long *cp)
{
    int n, i;
    unsigned long v;

    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        n = 2, v = s[0] & 0x1F;
    }
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        n = 3, v = s[0] & 0x0F;
    }
    else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        n = 4, v = s[0] & 0x07;
    }
    else {
        return 0;
    }
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if ((n == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF)))
        || (n == 4 && (v < 0x10000 || v > 0x10FFFF))) {
        return 0;
    }
    *cp = v;
    return n;
}

char *sl_json_string(apr_pool_t *pool, const char *text)
{
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    /* At most 6 output bytes per input byte, the quotes and the end. */
    char *out = apr_palloc(pool, strlen((const char *)s) * 6 + 3);
    char *o = out;
    unsigned long cp;
    int n;

    *o++ = '"';
    while (*s) {
        n = utf8_len(s, &cp);
        if (n == 0) {
            memcpy(o, "\\ufffd", 6);
            o += 6, s++;
            continue;
        }
        if (cp == '"' || cp == '\\') {
            *o++ = '\\', *o++ = (char)cp;
        }
        else if (cp == '\n') {
            *o++ = '\\', *o++ = 'n';
        }
        else if (cp < 0x20 || cp == '<' || cp == '>' || cp == '&'
                 || cp == 0x2028 || cp == 0x2029) {
            apr_snprintf(o, 7, "\\u%04lx", cp);
            o += 6;
        }
        else {
            memcpy(o, s, n);
            o += n;
        }
        s += n;
    }
    *o++ = '"';
    *o = '\0';
    return out;
}
