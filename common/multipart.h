/* Streaming multipart/form-data parser (RFC 7578), pure C.  Feed it the body
 * in chunks of any size: boundaries split across chunks are found, binary
 * content passes untouched, and the limits are enforced while reading so an
 * oversized body is refused before it is held in memory. */
#ifndef SL_MULTIPART_H
#define SL_MULTIPART_H

#include <stddef.h>
#include <apr_pools.h>

typedef struct {
    size_t max_parts;         /* parts in the body */
    size_t max_header_bytes;  /* bytes in one part's header block */
    size_t max_field_bytes;   /* bytes in one text field (no filename) */
    size_t max_file_bytes;    /* bytes in one file part */
} sl_mp_limits;

typedef enum {
    SL_MP_OK = 0,
    SL_MP_BAD_CONTENT_TYPE,   /* no multipart/form-data or no boundary */
    SL_MP_MALFORMED,          /* syntax error in boundaries or headers */
    SL_MP_TOO_MANY_PARTS,
    SL_MP_HEADER_TOO_LARGE,
    SL_MP_FIELD_TOO_LARGE,
    SL_MP_FILE_TOO_LARGE,
    SL_MP_TRUNCATED,          /* body ended before the closing boundary */
    SL_MP_ABORTED             /* a callback returned non-zero */
} sl_mp_status;

/* Called for each part.  name is the form field name; filename is NULL for
 * a plain field and "" or the client's name for a file; content_type is the
 * part's Content-Type or NULL.  Strings live in the parser's pool.  A
 * non-zero return stops parsing with SL_MP_ABORTED. */
typedef struct {
    int (*part_begin)(void *ctx, const char *name, const char *filename,
                      const char *content_type);
    int (*part_data)(void *ctx, const char *data, size_t len);
    int (*part_end)(void *ctx);
} sl_mp_callbacks;

typedef struct sl_multipart sl_multipart;

/* Creates a parser for the request's Content-Type header value; returns
 * NULL (and sets *status to SL_MP_BAD_CONTENT_TYPE) when it is not
 * multipart/form-data with a usable boundary. */
sl_multipart *sl_multipart_create(apr_pool_t *pool, const char *content_type,
                                  const sl_mp_limits *limits,
                                  const sl_mp_callbacks *callbacks, void *ctx,
                                  sl_mp_status *status);
/* Feeds the next chunk. Once an error is returned every later call returns
 * it again. */
sl_mp_status sl_multipart_feed(sl_multipart *mp, const char *data, size_t len);
/* Ends the body: SL_MP_TRUNCATED unless the closing boundary was seen. */
sl_mp_status sl_multipart_finish(sl_multipart *mp);
/* An English description of a status for the error log. */
const char *sl_mp_status_text(sl_mp_status status);

#endif
