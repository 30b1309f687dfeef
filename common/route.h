/* Route patterns: "/permohonan/{nomor}" matched against a path relative to
 * the module's mount point. Pure C. */
#ifndef SL_ROUTE_H
#define SL_ROUTE_H

#include <apr_pools.h>
#include <apr_tables.h>

/* Returns 1 when path matches pattern.  A {name} segment matches one
 * non-empty path segment, stored (still percent-encoded; callers validate)
 * in params when params is not NULL; "{name}.xml" matches a segment ending
 * in ".xml" and stores what comes before it.  A trailing slash is
 * significant, so "/" and "" are different routes. */
int sl_route_match(const char *pattern, const char *path, apr_table_t *params);

#endif
