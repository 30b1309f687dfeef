/* The header grammar of multipart/form-data, under the streaming parser
 * (multipart.c): internal to the two files. */
#ifndef SL_MULTIPART_HEADER_H
#define SL_MULTIPART_HEADER_H

#include <apr_pools.h>

/* What a part's headers say. */
typedef struct {
    char *name, *filename, *filename_ext, *content_type;
    int seen_disposition;
} sl_mp_part;

/* The boundary of a multipart/form-data Content-Type, or NULL. */
const char *sl_mp_boundary(apr_pool_t *pool, const char *ct);

/* One header line of a part (len bytes, no CRLF) into pi; 0 when it is
 * malformed or repeats what pi already holds. */
int sl_mp_header_line(apr_pool_t *pool, const char *line, size_t len,
                      sl_mp_part *pi);

#endif
