/* The content-addressed upload store: each file lives once on disk at
 * DIR/ab/abcdef... (its SHA-256), written to a temporary name, fsynced and
 * renamed, so a database row never points at a half-written file. */
#ifndef SL_STORE_H
#define SL_STORE_H

#include <httpd.h>

/* Stores data; returns its SHA-256 in hex, or NULL after logging why
 * (directory missing, unwritable, disk full). */
const char *sl_store_put(request_rec *r, const char *dir, const char *data,
                         apr_size_t len);

/* The same; *created tells whether this call wrote the file (0 when the
 * same content was there already). */
const char *sl_store_put_new(request_rec *r, const char *dir, const char *data,
                             apr_size_t len, int *created);

/* Removes a stored file: only one this request wrote (sl_store_put_new's
 * *created) and that no row names, e.g. after its filing failed. */
void sl_store_remove(request_rec *r, const char *dir, const char *sha256);

/* Sends the stored file sha256 (hex) as a download: Content-Type mime,
 * Content-Disposition attachment with a safe form of filename, sent with
 * sendfile.  Returns OK, or HTTP_NOT_FOUND when the file is missing
 * (logged). */
int sl_store_send(request_rec *r, const char *dir, const char *sha256,
                  const char *mime, const char *filename);

#endif
