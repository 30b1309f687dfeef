/* A ZIP archive (PKWARE APPNOTE 6.3, no ZIP64) written in memory: each
 * file deflated with zlib (or stored when that does not make it smaller),
 * names in UTF-8 (general purpose flag bit 11).  Pure C on APR and zlib;
 * for archives of a few megabytes (the e-Monev evidence pack). */
#ifndef SL_ZIP_H
#define SL_ZIP_H

#include <apr_pools.h>
#include <apr_time.h>

typedef struct sl_zip sl_zip;

/* An empty archive whose memory comes from pool. */
sl_zip *sl_zip_new(apr_pool_t *pool);

/* Adds a file named name ("dir/file.xml": relative, '/' separated, no
 * "..") with its modification time (shown in local time with offset
 * seconds east of UTC: ZIP keeps no zone).  Returns 0, or -1 when the name
 * is refused, the archive would pass ZIP's 4 GiB or 65535-entry limits, or
 * zlib failed. */
int sl_zip_add(sl_zip *z, const char *name, const void *data, apr_size_t len,
               apr_time_t mtime, int offset_seconds);

/* The finished archive (central directory and end record appended; no file
 * may be added after).  Returns 0, or -1. */
int sl_zip_finish(sl_zip *z, const char **bytes, apr_size_t *len);

/* How many files were added. */
int sl_zip_count(const sl_zip *z);

#endif
