/* Tracking codes in Crockford base 32: 10 bytes = 80 bits = 16 symbols of
 * 5 bits each, most significant bit first. */
#include "trackcode.h"

#include <apr_strings.h>

static const char ALPHABET[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/* The 5-bit group `index` (0..15) of the 80-bit big-endian number. */
static unsigned symbol_at(const unsigned char bytes[SL_TRACKCODE_BYTES],
                          int index)
{
    int bit = index * 5;            /* first bit, counted from the MSB */
    int byte = bit / 8;
    int shift = bit % 8;
    /* Two bytes always cover the 5 bits; the last group ends exactly on the
     * last byte, so never read past it. */
    unsigned pair = (unsigned)bytes[byte] << 8;
    if (byte + 1 < SL_TRACKCODE_BYTES)
        pair |= bytes[byte + 1];
    return (pair >> (11 - shift)) & 0x1f;
}

char *sl_trackcode_format(apr_pool_t *pool,
                          const unsigned char bytes[SL_TRACKCODE_BYTES])
{
    /* 16 symbols, 3 dashes, NUL */
    char *out = apr_palloc(pool, SL_TRACKCODE_SYMBOLS + 3 + 1);
    char *p = out;
    for (int i = 0; i < SL_TRACKCODE_SYMBOLS; i++) {
        if (i > 0 && i % 4 == 0)
            *p++ = '-';
        *p++ = ALPHABET[symbol_at(bytes, i)];
    }
    *p = '\0';
    return out;
}

/* The canonical symbol for a typed character, 0 for one that cannot be in
 * a code.  Crockford's decoding reads the look-alikes O, I and L; U is
 * excluded from the alphabet and has no reading. */
static char canonical_symbol(char c)
{
    if (c >= 'a' && c <= 'z')
        c = (char)(c - 'a' + 'A');
    switch (c) {
    case 'O':
        return '0';
    case 'I':
    case 'L':
        return '1';
    case 'U':
        return 0;
    default:
        break;
    }
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
        return c;
    return 0;
}

char *sl_trackcode_normalize(apr_pool_t *pool, const char *typed)
{
    char buf[SL_TRACKCODE_SYMBOLS + 1];
    int n = 0;

    if (typed == NULL)
        return NULL;
    for (const char *p = typed; *p; p++) {
        if (*p == ' ' || *p == '-')
            continue;
        char s = canonical_symbol(*p);
        if (s == 0 || n == SL_TRACKCODE_SYMBOLS)
            return NULL;
        buf[n++] = s;
    }
    if (n != SL_TRACKCODE_SYMBOLS)
        return NULL;
    buf[n] = '\0';
    return apr_pstrmemdup(pool, buf, (apr_size_t)n);
}

char *sl_trackcode_printed(apr_pool_t *pool, const char *canonical)
{
    char *out = apr_palloc(pool, SL_TRACKCODE_SYMBOLS + 3 + 1);
    char *p = out;
    for (int i = 0; i < SL_TRACKCODE_SYMBOLS; i++) {
        if (i > 0 && i % 4 == 0)
            *p++ = '-';
        *p++ = canonical[i];
    }
    *p = '\0';
    return out;
}
