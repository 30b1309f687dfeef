/* The one way the retention job lets go of a stored file (retensi_berkas.c):
 * the identity scan of a filing and the attachments of its conversation
 * alike.  Inside the erasure's transaction the berkas row goes, unless
 * another record still names it, and the content is marked for removal
 * when no berkas row nor annual report copy names it any more; the file
 * itself is removed only after the transaction committed. */
#ifndef SK_RETENSI_BERKAS_H
#define SK_RETENSI_BERKAS_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "kirim.h"

extern const sk_stmt sk_retensi_berkas_stmts[];

/* Inside the caller's transaction: deletes berkas row id (no longer named
 * by the caller's rows) and, when its content sha is no longer used, adds
 * sha to gone (const char *).  0, or the failed statement's error. */
int sk_retensi_berkas_lepas(sk_db *db, apr_pool_t *pool, const char *id,
                            const char *sha, apr_array_header_t *gone);

/* After the commit: removes the files of gone from upload_dir (the layout
 * of sl_store_put), each in a short transaction of its own under the
 * content's lock (table berkas_kunci, which a filing holds from making
 * sure of its file until its commit) and only when no row names the
 * content then; a file already gone is no error, any other failure is
 * logged.  Returns how many were removed. */
int sk_retensi_berkas_buang(sk_db *db, apr_pool_t *pool, const char *upload_dir,
                            const apr_array_header_t *gone);

#endif
