/* A submitted form, whichever encoding it came in: text fields (valid UTF-8,
 * size-limited) and uploaded files held in memory up to their limit.  Pure C:
 * the httpd layer (httpd/body.c) reads the body and feeds these parsers. */
#ifndef SL_FORM_H
#define SL_FORM_H

#include <stddef.h>
#include <apr_pools.h>
#include <apr_tables.h>
#include "multipart.h"

typedef struct {
    size_t max_body_bytes;
    size_t max_fields;        /* urlencoded pairs or multipart parts */
    size_t max_header_bytes;  /* one multipart part's headers */
    size_t max_field_bytes;   /* one text field */
    size_t max_file_bytes;    /* one uploaded file */
} sl_form_limits;

typedef struct {
    const char *field;        /* form field name */
    const char *filename;     /* as the client sent it; never trusted */
    const char *data;
    size_t len;
} sl_upload;

typedef struct {
    apr_table_t *fields;      /* name -> value; repeated names kept */
    apr_array_header_t *files;  /* of sl_upload; empty file inputs skipped */
} sl_form;

typedef enum {
    SL_FORM_OK = 0,
    SL_FORM_TOO_LARGE,        /* body, field or file over its limit */
    SL_FORM_TOO_MANY_FIELDS,
    SL_FORM_BAD_ENCODING,     /* invalid UTF-8, control characters, bad % */
    SL_FORM_MALFORMED         /* broken multipart syntax or truncated body */
} sl_form_status;

sl_form *sl_form_make(apr_pool_t *pool);

/* application/x-www-form-urlencoded: '+' is a space, %XX decoded; a bad
 * escape, invalid UTF-8 or a control character other than tab/CR/LF in a
 * name or value fails with SL_FORM_BAD_ENCODING. On failure *detail (may be
 * NULL) names the problem for the error log. */
sl_form_status sl_urlencoded_parse(apr_pool_t *pool, const char *body,
                                   size_t len, const sl_form_limits *limits,
                                   sl_form *form, const char **detail);

/* Streaming collector for multipart bodies: create, feed chunks, finish. */
typedef struct sl_form_collector sl_form_collector;
sl_form_collector *sl_form_collector_create(apr_pool_t *pool,
                                            const char *content_type,
                                            const sl_form_limits *limits,
                                            sl_form *form,
                                            sl_form_status *status);
sl_form_status sl_form_collector_feed(sl_form_collector *c, const char *data,
                                      size_t len, const char **detail);
sl_form_status sl_form_collector_finish(sl_form_collector *c,
                                        const char **detail);

/* Indonesian message for a person, for a failed status. */
const char *sl_form_status_message(sl_form_status status);

#endif
