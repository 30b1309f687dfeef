/* File type from content (magic bytes), never from the client's claim.
 * Pure C. */
#ifndef SL_FILETYPE_H
#define SL_FILETYPE_H

#include <stddef.h>

typedef struct {
    const char *mime;        /* "application/pdf" */
    const char *extension;   /* "pdf" */
} sl_filetype;

/* The identity-document types the request form accepts: PDF, JPEG, PNG.
 * Returns NULL for anything else. */
const sl_filetype *sl_filetype_sniff(const unsigned char *data, size_t len);

#endif
