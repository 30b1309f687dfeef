/* Escaping outside XSLT: HTML text, Excel CSV fields, download filenames.
 * Each function measures first and writes once into a pool buffer. */
#include "escape.h"

#include <string.h>
#include <apr_strings.h>

/* ---- HTML ---------------------------------------------------------------- */

/* The entity for c, or NULL when c stands for itself.  &#39; rather than
 * &apos; because HTML 4 and older readers lack the latter. */
static const char *html_entity(char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return NULL;
    }
}

char *sl_html_escape(apr_pool_t *pool, const char *text)
{
    if (text == NULL)
        return apr_pstrdup(pool, "");

    size_t need = 0;
    for (const char *p = text; *p; p++) {
        const char *e = html_entity(*p);
        need += e ? strlen(e) : 1;
    }

    char *out = apr_palloc(pool, need + 1);
    char *w = out;
    for (const char *p = text; *p; p++) {
        const char *e = html_entity(*p);
        if (e) {
            size_t n = strlen(e);
            memcpy(w, e, n);
            w += n;
        } else {
            *w++ = *p;
        }
    }
    *w = '\0';
    return out;
}

/* ---- CSV ----------------------------------------------------------------- */

/* Characters that make a spreadsheet read a cell as a formula.  Tab and CR
 * are on the list too (OWASP "CSV injection"): Excel strips them and then
 * sees the next character. */
static int starts_formula(const char *text)
{
    return text[0] != '\0' && strchr("=+-@\t\r", text[0]) != NULL;
}

/* Quoted when it holds any separator a spreadsheet may use (";" ours,
 * "," and tab in other locales): split unquoted, the part after one could
 * be a cell starting with a formula character. */
static int needs_quotes(const char *text)
{
    return strpbrk(text, ";,\t\"\r\n") != NULL;
}

/* A formula character right after a separator inside the cell: opened
 * with another list separator than the file's (a comma file in a
 * semicolon locale), the spreadsheet may split the cell there, and the
 * part after it would start a formula.  Quotes in between do not help. */
static int after_separator(const char *text, const char *p)
{
    while (p > text && p[-1] == '"') {
        p--;
    }
    return p > text && strchr(",;\t", p[-1]) != NULL;
}

static int formula_char(char c)
{
    return c != '\0' && strchr("=+-@", c) != NULL;
}

char *sl_csv_field(apr_pool_t *pool, const char *text)
{
    if (text == NULL)
        return apr_pstrdup(pool, "");

    int prefix = starts_formula(text);
    int quote = needs_quotes(text);
    size_t need = strlen(text) + (prefix ? 1 : 0) + (quote ? 2 : 0);
    for (const char *p = text; *p; p++)
        if (*p == '"' || (formula_char(*p) && after_separator(text, p)))
            need++;

    char *out = apr_palloc(pool, need + 1);
    char *w = out;
    if (quote)
        *w++ = '"';
    if (prefix)
        *w++ = '\'';
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            *w++ = '"';
        else if (formula_char(*p) && after_separator(text, p))
            *w++ = '\'';
        *w++ = *p;
    }
    if (quote)
        *w++ = '"';
    *w = '\0';
    return out;
}

/* ---- filenames ----------------------------------------------------------- */

static int filename_char_kept(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

char *sl_safe_filename(apr_pool_t *pool, const char *name)
{
    if (name == NULL || name[0] == '\0')
        return apr_pstrdup(pool, "berkas");

    char *out = apr_palloc(pool, strlen(name) + 1);
    char *w = out;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        /* One _ per UTF-8 character, not per byte: skip continuation
         * bytes so "ü" becomes "_" rather than "__". */
        if ((*p & 0xC0) == 0x80 && p != (const unsigned char *)name)
            continue;
        *w++ = filename_char_kept(*p) ? (char)*p : '_';
    }
    *w = '\0';
    /* No hidden files and no "." or ".." on the user's disk. */
    if (out[0] == '.')
        out[0] = '_';
    return out;
}

char *sl_utf8_prefix(apr_pool_t *pool, const char *text, apr_size_t max_chars)
{
    const char *src = text ? text : "";
    const unsigned char *p = (const unsigned char *)src;
    apr_size_t chars = 0;

    /* Count lead bytes; continuation bytes (10xxxxxx) belong to the
     * character before them. */
    while (*p && (chars < max_chars || (*p & 0xc0) == 0x80)) {
        if ((*p & 0xc0) != 0x80) {
            chars++;
        }
        p++;
    }
    return apr_pstrmemdup(pool, src, (apr_size_t)((const char *)p - src));
}
