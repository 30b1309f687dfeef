/* Escaping for the few places that do not go through XSLT (plain-text
 * fallback error pages, CSV, HTTP headers). Pure C. */
#ifndef SL_ESCAPE_H
#define SL_ESCAPE_H

#include <apr_pools.h>

/* & < > " ' escaped for HTML text and attribute values. */
char *sl_html_escape(apr_pool_t *pool, const char *text);
/* One CSV field, the one writer of every CSV (the registers' semicolon
 * files and the open-data RFC 4180 comma files): quoted when it holds
 * ; , tab " CR or LF, quotes doubled; a leading = + - @ tab or CR is
 * prefixed with ', and so is = + - @ right after a , ; or tab inside the
 * cell, so a spreadsheet never runs it as a formula whatever separator it
 * splits on. */
char *sl_csv_field(apr_pool_t *pool, const char *text);
/* RFC 6266 filename for Content-Disposition: ASCII letters, digits, - _ .
 * kept, everything else replaced by _ ; never empty. */
char *sl_safe_filename(apr_pool_t *pool, const char *name);

/* The first max_chars code points of valid UTF-8 text (all of it when
 * shorter), for columns with a length limit. */
char *sl_utf8_prefix(apr_pool_t *pool, const char *text, apr_size_t max_chars);

#endif
