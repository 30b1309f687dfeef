/* Field validators.  UTF-8 follows the Unicode well-formed byte sequences
 * table (Unicode 15, Table 3-7), which rules out overlong forms, surrogates
 * and code points above U+10FFFF by the allowed range of each second byte. */
#include "validate.h"

#include <stdint.h>
#include <string.h>

/* ---- UTF-8 ------------------------------------------------------------- */

static int in_range(unsigned char c, unsigned char lo, unsigned char hi)
{
    return c >= lo && c <= hi;
}

/* Decodes one character at text[*pos]; advances *pos and stores the code
 * point.  Returns 0 for an ill-formed or truncated sequence. */
static int utf8_next(const unsigned char *s, size_t len, size_t *pos,
                     uint32_t *cp)
{
    size_t i = *pos;
    unsigned char b0 = s[i];
    int extra;
    unsigned char lo = 0x80, hi = 0xBF;   /* allowed range of byte two */

    if (b0 < 0x80) {
        *cp = b0;
        *pos = i + 1;
        return 1;
    }
    if (in_range(b0, 0xC2, 0xDF)) {
        extra = 1;
        *cp = b0 & 0x1F;
    } else if (in_range(b0, 0xE0, 0xEF)) {
        extra = 2;
        *cp = b0 & 0x0F;
        if (b0 == 0xE0)
            lo = 0xA0;                    /* else overlong */
        else if (b0 == 0xED)
            hi = 0x9F;                    /* else a surrogate */
    } else if (in_range(b0, 0xF0, 0xF4)) {
        extra = 3;
        *cp = b0 & 0x07;
        if (b0 == 0xF0)
            lo = 0x90;                    /* else overlong */
        else if (b0 == 0xF4)
            hi = 0x8F;                    /* else above U+10FFFF */
    } else {
        return 0;   /* continuation byte, C0/C1 (overlong) or F5..FF */
    }

    if (len - i - 1 < (size_t)extra)
        return 0;
    for (int k = 1; k <= extra; k++) {
        unsigned char b = s[i + k];
        if (k == 1 ? !in_range(b, lo, hi) : !in_range(b, 0x80, 0xBF))
            return 0;
        *cp = (*cp << 6) | (b & 0x3F);
    }
    *pos = i + 1 + (size_t)extra;
    return 1;
}

/* XML 1.0 Char excludes C0 controls other than tab/LF/CR and the
 * noncharacters U+FFFE/U+FFFF; DEL and the C1 block are legal XML but are
 * never typed into a form, only pasted by accident or injected. */
static int code_point_acceptable(uint32_t cp)
{
    if (cp == '\t' || cp == '\n' || cp == '\r')
        return 1;
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
        return 0;
    return cp != 0xFFFE && cp != 0xFFFF;
}

/* Whether text is well-formed UTF-8 and, with xml_chars, every code
 * point acceptable. */
static int utf8_walk(const char *text, size_t len, int xml_chars)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t pos = 0;
    uint32_t cp;

    if (text == NULL)
        return len == 0;
    while (pos < len) {
        if (!utf8_next(s, len, &pos, &cp)
            || (xml_chars && !code_point_acceptable(cp)))
            return 0;
    }
    return 1;
}

int sl_utf8_valid(const char *text, size_t len)
{
    return utf8_walk(text, len, 0);
}

int sl_text_acceptable(const char *text, size_t len)
{
    return utf8_walk(text, len, 1);
}

size_t sl_utf8_length(const char *text, size_t len)
{
    size_t n = 0;
    /* In valid UTF-8 every character has exactly one non-continuation
     * byte. */
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* ---- identity and contact fields --------------------------------------- */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int sl_valid_nik(const char *text)
{
    if (text == NULL)
        return 0;
    for (int i = 0; i < 16; i++)
        if (!is_digit(text[i]))     /* also stops at a short string's NUL */
            return 0;
    return text[16] == '\0';
}

/* RFC 5322 atext plus the dot (dot placement is checked separately). */
static int email_local_char(char c)
{
    return is_alpha(c) || is_digit(c) ||
           (c != '\0' && strchr(".!#$%&'*+/=?^_`{|}~-", c) != NULL);
}

static int valid_local_part(const char *s, size_t len)
{
    if (len == 0 || len > 64 || s[0] == '.' || s[len - 1] == '.')
        return 0;
    for (size_t i = 0; i < len; i++) {
        if (!email_local_char(s[i]))
            return 0;
        if (s[i] == '.' && s[i + 1] == '.')
            return 0;
    }
    return 1;
}

/* One DNS label: letters, digits, inner hyphens, at most 63 bytes. */
static int valid_label(const char *s, size_t len)
{
    if (len == 0 || len > 63 || s[0] == '-' || s[len - 1] == '-')
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!is_alpha(s[i]) && !is_digit(s[i]) && s[i] != '-')
            return 0;
    return 1;
}

static int valid_domain(const char *s)
{
    int labels = 0;
    for (;;) {
        const char *dot = strchr(s, '.');
        size_t len = dot ? (size_t)(dot - s) : strlen(s);
        if (!valid_label(s, len))
            return 0;
        labels++;
        if (!dot)
            break;
        s = dot + 1;
    }
    return labels >= 2;
}

int sl_valid_email(const char *text)
{
    if (text == NULL || strlen(text) > 254)
        return 0;
    const char *at = strchr(text, '@');
    if (at == NULL || strchr(at + 1, '@') != NULL)
        return 0;
    return valid_local_part(text, (size_t)(at - text)) &&
           valid_domain(at + 1);
}

static int phone_separator(char c)
{
    return c == ' ' || c == '-' || c == '.';
}

int sl_valid_phone(const char *text)
{
    int digits = 0;

    if (text == NULL)
        return 0;
    const char *p = text;
    if (*p == '+')
        p++;
    /* Separators only between digits: "0812-3456-7890", "+62 812 3456". */
    if (!is_digit(*p))
        return 0;
    for (; *p; p++) {
        if (is_digit(*p)) {
            digits++;
        } else if (phone_separator(*p)) {
            if (!is_digit(p[1]))
                return 0;
        } else {
            return 0;
        }
    }
    return digits >= 8 && digits <= 15;
}

/* ---- blank ------------------------------------------------------------- */

/* Unicode white space that a paste from a word processor brings along:
 * NBSP, the U+2000 spaces, NNBSP, MMSP, ideographic space, and the
 * zero-width space and BOM which look like nothing at all. */
static int unicode_blank(uint32_t cp)
{
    return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

static int ascii_blank(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
           cp == '\v' || cp == '\f';
}

int sl_not_blank(const char *text)
{
    if (text == NULL)
        return 0;
    const unsigned char *s = (const unsigned char *)text;
    size_t len = strlen(text);
    size_t pos = 0;
    uint32_t cp;
    while (pos < len) {
        /* An undecodable byte is not white space: it is something. */
        if (!utf8_next(s, len, &pos, &cp))
            return 1;
        if (!ascii_blank(cp) && !unicode_blank(cp))
            return 1;
    }
    return 0;
}
