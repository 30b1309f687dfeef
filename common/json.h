/* JSON text for the few answers that are JSON (the DCAT catalogue in
 * JSON-LD).  Pure C. */
#ifndef SL_JSON_H
#define SL_JSON_H

#include <apr_pools.h>

/* text as one JSON string, with its quotes: " and \ escaped, control
 * characters, U+2028/U+2029 and < > & as \uXXXX (so the text is also safe
 * inside an HTML script element), every byte that is not part of valid
 * UTF-8 replaced by U+FFFD.  NULL gives "". */
char *sl_json_string(apr_pool_t *pool, const char *text);

#endif
