#include <string.h>
#include <apr_strings.h>
#include "route.h"

static size_t segment_length(const char *s)
{
    const char *slash = strchr(s, '/');
    return slash ? (size_t)(slash - s) : strlen(s);
}

int sl_route_match(const char *pattern, const char *path, apr_table_t *params)
{
    while (*pattern && *path) {
        if (*pattern == '{') {
            const char *close = strchr(pattern, '}');
            size_t seglen = segment_length(path);
            if (!close || seglen == 0) {
                return 0;
            }
            if (params) {
                apr_pool_t *pool = apr_table_elts(params)->pool;
                apr_table_setn(params,
                               apr_pstrmemdup(pool, pattern + 1,
                                              (apr_size_t)(close - pattern - 1)),
                               apr_pstrmemdup(pool, path, seglen));
            }
            pattern = close + 1;
            path += seglen;
            continue;
        }
        if (*pattern != *path) {
            return 0;
        }
        pattern++;
        path++;
    }
    return *pattern == '\0' && *path == '\0';
}
