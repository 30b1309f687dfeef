/* Escaping for the few places that do not go through XSLT (plain-text
 * fallback error pages, CSV, HTTP headers). Pure C. */
#ifndef SL_ESCAPE_H
#define SL_ESCAPE_H

#include <apr_pools.h>

/* & < > " ' escaped for HTML text and attribute values. */
char *sl_html_escape(apr_pool_t *pool, const char *text);
/* One CSV field for Excel with semicolon separators: quoted when it holds
 * ; " CR or LF, quotes doubled; a leading = + - @ is prefixed with ' so a
 * spreadsheet never runs it as a formula. */
char *sl_csv_field(apr_pool_t *pool, const char *text);
/* RFC 6266 filename for Content-Disposition: ASCII letters, digits, - _ .
 * kept, everything else replaced by _ ; never empty. */
char *sl_safe_filename(apr_pool_t *pool, const char *name);

/* The first max_chars code points of valid UTF-8 text (all of it when
 * shorter), for columns with a length limit. */
char *sl_utf8_prefix(apr_pool_t *pool, const char *text, apr_size_t max_chars);

#endif
