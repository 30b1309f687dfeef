#include <string.h>
#include <apr_strings.h>
#include "route.h"

static size_t segment_length(const char *s)
{
    const char *slash = strchr(s, '/');
    return slash ? (size_t)(slash - s) : strlen(s);
}

/* A {name} segment may end in a literal suffix ("{nomor}.xml"): the path
 * segment must then end in it, with at least one character before it. */
static int match_parameter(const char **pattern, const char **path,
                           apr_table_t *params)
{
    const char *close = strchr(*pattern, '}');
    size_t seglen = segment_length(*path);
    size_t suffix_len;

    if (!close) {
        return 0;
    }
    suffix_len = segment_length(close + 1);
    if (seglen <= suffix_len
        || strncmp(*path + seglen - suffix_len, close + 1, suffix_len) != 0) {
        return 0;
    }
    if (params) {
        apr_pool_t *pool = apr_table_elts(params)->pool;
        apr_table_setn(params,
                       apr_pstrmemdup(pool, *pattern + 1,
                                      (apr_size_t)(close - *pattern - 1)),
                       apr_pstrmemdup(pool, *path, seglen - suffix_len));
    }
    *pattern = close + 1 + suffix_len;
    *path += seglen;
    return 1;
}

int sl_route_match(const char *pattern, const char *path, apr_table_t *params)
{
    while (*pattern && *path) {
        if (*pattern == '{') {
            if (!match_parameter(&pattern, &path, params)) {
                return 0;
            }
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
