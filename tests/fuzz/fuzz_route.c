/* libFuzzer harness of route patterns (common/route.h).
 *
 * Input: the pattern up to the first '\n', then the path.  A match must
 * give the same answer with and without a parameter table, every parameter
 * must be one non-empty path segment, and putting the parameters back into
 * the pattern must give the path again. */
#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "fuzz_support.h"
#include "route.h"

static size_t segment_length(const char *s)
{
    const char *slash = strchr(s, '/');
    return slash ? (size_t)(slash - s) : strlen(s);
}

/* The path the pattern stands for with params filled in; NULL when two
 * parameters share a name (the table keeps one value, case-insensitively)
 * or a parameter is missing. */
static char *rebuild(apr_pool_t *pool, const char *pattern,
                     apr_table_t *params)
{
    size_t cap = strlen(pattern) + 1;
    const apr_array_header_t *elts = apr_table_elts(params);
    const apr_table_entry_t *e = (const apr_table_entry_t *)elts->elts;
    const char *names[64];
    int nnames = 0;
    char *out, *o;
    const char *p = pattern;

    for (int i = 0; i < elts->nelts; i++)
        cap += strlen(e[i].val);
    out = o = apr_palloc(pool, cap);
    while (*p) {
        if (*p == '{') {
            const char *close = strchr(p, '}');
            size_t suffix;
            const char *name, *value;
            if (!close)
                return NULL;
            name = apr_pstrmemdup(pool, p + 1, (apr_size_t)(close - p - 1));
            for (int i = 0; i < nnames; i++)
                if (strcasecmp(names[i], name) == 0)
                    return NULL;
            if (nnames == 64)
                return NULL;
            names[nnames++] = name;
            value = apr_table_get(params, name);
            if (!value)
                return NULL;
            o = stpcpy(o, value);
            suffix = segment_length(close + 1);
            memcpy(o, close + 1, suffix);
            o += suffix;
            p = close + 1 + suffix;
            continue;
        }
        *o++ = *p++;
    }
    *o = '\0';
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_input in = {data, size};
    apr_pool_t *pool = fz_begin();
    const char *pattern = fz_until(&in, '\n');
    const char *path = fz_rest(&in, NULL);
    apr_table_t *params = apr_table_make(pool, 2);
    int matched;

    if (!pattern)
        pattern = "";
    matched = sl_route_match(pattern, path, params);
    FZ_CHECK(matched == sl_route_match(pattern, path, NULL));
    if (!strchr(pattern, '{'))
        FZ_CHECK(matched == (strcmp(pattern, path) == 0));
    if (matched) {
        const apr_array_header_t *elts = apr_table_elts(params);
        const apr_table_entry_t *e = (const apr_table_entry_t *)elts->elts;
        char *again;
        for (int i = 0; i < elts->nelts; i++) {
            FZ_CHECK(e[i].val[0] != '\0');
            FZ_CHECK(strchr(e[i].val, '/') == NULL);
        }
        again = rebuild(pool, pattern, params);
        if (again)
            FZ_CHECK(strcmp(again, path) == 0);
    }
    fz_end(pool);
    return 0;
}
