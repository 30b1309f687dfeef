/* Tracking codes: 80 random bits written as 16 Crockford base-32 symbols in
 * four groups (e.g. "7KQ2-M9XD-4HTB-R0VZ"): no I, L, O or U, so a code is
 * easy to copy from a printed receipt. Pure C. */
#ifndef SL_TRACKCODE_H
#define SL_TRACKCODE_H

#include <apr_pools.h>

#define SL_TRACKCODE_BYTES 10
#define SL_TRACKCODE_SYMBOLS 16

/* The printed form of 10 random bytes. */
char *sl_trackcode_format(apr_pool_t *pool,
                          const unsigned char bytes[SL_TRACKCODE_BYTES]);
/* The canonical form (16 upper-case symbols, no dashes) of what a person
 * typed: case-insensitive, spaces and dashes ignored, O read as 0 and I, L
 * as 1. Returns NULL when it cannot be a code. */
char *sl_trackcode_normalize(apr_pool_t *pool, const char *typed);

/* The printed form (with dashes) of a canonical code. */
char *sl_trackcode_printed(apr_pool_t *pool, const char *canonical);

#endif
