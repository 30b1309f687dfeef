/* Naming a file of the content-addressed store (sl_store.h) in the
 * database: the one path every upload of both modules takes, so that the
 * retention job never removes a file a transaction is about to name
 * (docs/PENYIMPANAN_BERKAS.md). */
#ifndef SL_BERKAS_H
#define SL_BERKAS_H

#include "form.h"
#include "sl_ctx.h"

/* Inside the caller's transaction, before a row names stored content
 * sha256: takes the content's lock (berkas_kunci, held until the commit),
 * under which nobody removes the file (the retention job, a failed filing
 * cleaning up), and makes sure the file is in dir, writing data again if
 * it went meanwhile.  0, or -1 when a statement or the store failed
 * (logged). */
int sl_berkas_pastikan(sl_ctx *c, const char *dir, const char *sha256,
                       const char *data, apr_size_t len);

/* The lock alone: 0, or -1 (logged; the transaction is marked failed). */
int sl_berkas_kunci(sl_ctx *c, const char *sha256);

/* Inside the caller's transaction: sl_berkas_pastikan, then the berkas row
 * of up (its name cut to 255 bytes; unnamed when the client sent none).
 * Its id, or NULL when a statement or the store failed (logged). */
const char *sl_berkas_catat(sl_ctx *c, const char *dir, const char *sha256,
                            const sl_upload *up, const char *mime,
                            const char *unnamed);

#endif
