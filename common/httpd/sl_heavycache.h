/* The heavy public pages (annual and semester reports, statistics, the
 * innovation showcase and export: routes flagged SL_ROUTE_HEAVY), kept as
 * files for visitors without a session.
 *
 * An annual report's XML is about 10 MB on a year of data: too big for
 * shmcb, and computing it takes more than a second of CPU.  A page is
 * computed once, written to a file in the cache folder (a temporary name,
 * then rename(2): readers see a whole file or none, in every child and
 * thread, any MPM) with a gzip copy beside it, and sent from the file
 * (sendfile) while it is current:
 *   - it was computed under this server's start (a restart forgets all);
 *   - no write that changes data was committed through this server since
 *     its computation began (a counter in shared memory, bumped by the
 *     database layer's on-commit hook in either module; bookkeeping, such
 *     as a login or a throttled lookup, does not count: sl_db.h);
 *   - it is the same day (WIB): deadlines and "late" change at midnight;
 *   - it is younger than SialipHeavyRecheck seconds: a change made behind
 *     the server's back (another web server, sialip-kirim, SQL by hand)
 *     shows within that bound.
 * The key is the module, the virtual host, the format, the path and the
 * query parameters the heavy pages read (tahun, opd, bentuk), in that
 * order; any other parameter is ignored, and a value outside their form
 * is not kept.  The folder is bounded (SL_HEAVY_MAX_FILES files,
 * SL_HEAVY_MAX_BYTES in all); pages with parameters have a share of their
 * own, so a flood of queries can neither fill it nor push out the pages
 * without them; in a full share the page that was cheapest to compute
 * makes room for a costlier one only, so cheap pages asked for in bulk
 * (empty years) cannot push out the costly ones.
 *
 * The same file gives the per-address bound on computations
 * (SialipHeavyPerAddress) and the bound for the whole server
 * (SialipHeavyTotal): a page sent from the cache counts against neither. */
#ifndef SL_HEAVYCACHE_H
#define SL_HEAVYCACHE_H

#include <httpd.h>
#include <http_config.h>
#include "sl_ctx.h"

#define SL_HEAVY_MAX_FILES 96
#define SL_HEAVY_MAX_QUERY_FILES 32
#define SL_HEAVY_MAX_BYTES (512L * 1024 * 1024)
/* A bigger page is computed every time. */
#define SL_HEAVY_MAX_PAGE (64L * 1024 * 1024)

/* The directives, the same in both modules (global: one value for the
 * server, whichever module's table reads it). */
const char *sl_heavy_directive(cmd_parms *cmd, void *dummy, const char *arg);
/* Each a TAKE1 of the server config read by sl_heavy_directive, which
 * tells them apart by key. */
#define SL_HEAVY_DIRECTIVE(name, key, help) \
    AP_INIT_TAKE1(name, sl_heavy_directive, key, RSRC_CONF, help)
#define SL_HEAVY_DIRECTIVES \
    SL_HEAVY_DIRECTIVE("SialipHeavyCache", "dir", \
                       "Folder of the heavy public pages' cache (default " \
                       "sialip-halaman under the runtime directory), or none"), \
    SL_HEAVY_DIRECTIVE("SialipHeavyRecheck", "recheck", \
                       "Seconds a cached heavy page is sent while nothing is " \
                       "written through this server (default 60; 0: cache off)"), \
    SL_HEAVY_DIRECTIVE("SialipHeavyPerAddress", "address", \
                       "Heavy pages one client address may have computed at once " \
                       "(default 6)"), \
    SL_HEAVY_DIRECTIVE("SialipHeavyTotal", "total", \
                       "Heavy pages computed at once by the whole server " \
                       "(default 2)"), \
    SL_HEAVY_DIRECTIVE("SialipHeavyNice", "nice", \
                       "Nice value of the thread computing a heavy page (default " \
                       "10; 0: computed in the worker thread)"), \
    SL_HEAVY_DIRECTIVE("SialipHeavyWait", "wait", \
                       "Seconds a computation beyond SialipHeavyTotal waits for a " \
                       "place before 503 (default 2; 0: refused at once)"), \
    SL_HEAVY_DIRECTIVE("SialipHeavyPause", "pause", \
                       "After each statement of a computation, its thread sleeps " \
                       "this percentage of the time the database took (default " \
                       "100; 0: no pause)")

/* post_config of each module: the shared counter and the folder. */
int sl_heavy_post_config(apr_pool_t *pconf, server_rec *s);

/* The database layer's on-commit hook (registered by post_config): pages
 * computed before are not current. */
void sl_heavy_written(void);

/* For an anonymous request of a heavy route: sends the kept page and
 * returns its status (OK or 304), or returns -1 and, when the page may
 * be kept, arranges for the rendered page to be written to the cache. */
int sl_heavy_serve(sl_ctx *c);

/* SialipHeavyNice (sl_heavythread.h). */
#define SL_HEAVY_NICE_DEFAULT 10
int sl_heavy_nice(void);
/* SialipHeavyPause (sl_heavythread.h). */
#define SL_HEAVY_PAUSE_DEFAULT 100
int sl_heavy_pause(void);

/* The bounds on computations: -1 when it may start (its slots are given
 * back when the request ends), else the status the dispatcher answers
 * with its page (429: this address has too many running; 503: the
 * server has, and no place came free within SialipHeavyWait). */
int sl_heavy_admit(sl_ctx *c);

#endif
