#include <string.h>
#include <apr_strings.h>
#include "dip_kata.h"

#define KATA_BYTE_MAKS 40

static int word_byte(unsigned char b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
           || b == '_' || b >= 0x80;
}

int sl_dip_kata(apr_pool_t *pool, const char *q, const char **kata, int maks)
{
    const unsigned char *s = (const unsigned char *)(q ? q : "");
    int n = 0;

    while (*s && n < maks) {
        const unsigned char *start;
        size_t len, i;
        char *w;
        int j, seen = 0;

        while (*s && !word_byte(*s)) {
            s++;
        }
        start = s;
        while (*s && word_byte(*s)) {
            s++;
        }
        len = (size_t)(s - start);
        if (len == 0) {
            break;
        }
        if (len > KATA_BYTE_MAKS) {
            /* Cut before a continuation byte, never inside a character. */
            len = KATA_BYTE_MAKS;
            while (len > 0 && (start[len] & 0xC0) == 0x80) {
                len--;
            }
        }
        w = apr_pstrmemdup(pool, (const char *)start, len);
        for (i = 0; i < len; i++) {
            if (w[i] >= 'A' && w[i] <= 'Z') {
                w[i] = (char)(w[i] - 'A' + 'a');
            }
        }
        for (j = 0; j < n; j++) {
            seen |= strcmp(kata[j], w) == 0;
        }
        if (!seen) {
            kata[n++] = w;
        }
    }
    return n;
}

const char *sl_dip_pola_kata(apr_pool_t *pool, const char *kata)
{
    return apr_pstrcat(pool, "(?i)\\b", kata, NULL);
}

const char *sl_dip_pola_salah_satu(apr_pool_t *pool, const char *const *kata, int n)
{
    const char *out = "(?i)\\b(?:";
    int i;
    for (i = 0; i < n; i++) {
        out = apr_pstrcat(pool, out, i ? "|" : "", kata[i], NULL);
    }
    return apr_pstrcat(pool, out, ")", NULL);
}

const char *sl_dip_pola_frasa(apr_pool_t *pool, const char *const *kata, int n)
{
    const char *out = "(?i)\\b";
    int i;
    if (n < 2) {
        return "";
    }
    for (i = 0; i < n; i++) {
        out = apr_pstrcat(pool, out, i ? "\\W+" : "", kata[i], NULL);
    }
    return out;
}
