/* Attempt counters in shared memory, shared by every child of one Apache
 * server (common/ratelimit.h is the table).  Quicker than the database's
 * pembatasan table (no round trip), but the counters belong to this server:
 * they are not shared with other web servers and start again at zero when
 * Apache starts or restarts (a graceful restart too).  So it serves the
 * tracking-code lookups, where that is enough; logins keep the database.
 *
 * The segment and a global mutex are made in post_config; the mutex type is
 * registered in pre_config so the admin can choose its mechanism with
 * Apache's Mutex directive. */
#ifndef SL_RATELIMIT_HTTPD_H
#define SL_RATELIMIT_HTTPD_H

#include <httpd.h>

/* pre_config: registers mutex_type (e.g. "sialip-lacak") for Mutex. */
apr_status_t sl_ratelimit_pre_config(apr_pool_t *pconf, const char *mutex_type);

/* post_config: creates the table and its mutex for this generation.
 * Returns OK, or an error status after logging why (the configuration then
 * fails: the server does not run without its throttle). */
int sl_ratelimit_post_config(apr_pool_t *pconf, server_rec *s);

/* child_init: attaches this process to the mutex.  On failure every
 * count fails (-1) and the caller answers 503. */
apr_status_t sl_ratelimit_child_init(apr_pool_t *pchild, server_rec *s);

/* Counts one attempt for key and returns the attempts in the current
 * window (window seconds from the first) including this one, or -1 when
 * the table cannot be locked (logged).  Count first, then refuse above the
 * limit: the lock makes concurrent attempts count one by one. */
int sl_ratelimit_attempt(request_rec *r, const char *key, int window);

/* Takes one attempt back (it succeeded). */
void sl_ratelimit_give_back(request_rec *r, const char *key);

#endif
