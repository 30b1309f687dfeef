/* Rendered pages kept in memory shared by all children of the server,
 * through Apache's small-object cache providers (mod_socache_shmcb by
 * default).
 *
 * A page of one record (a request's status page) is viewed by its citizen
 * on whatever child the connection lands: a per-process cache would render
 * it once per child.  A page that is costly to compute (the innovation
 * dashboard) is computed once for all children.  Each module that uses it
 * has a cache of its own (the code is compiled into each).  Entries are keyed by a hash of the caller's key and
 * carry the caller's stamp (the record's versions); sl_pagecache.c decides
 * what goes in and when an entry is current.  The providers other than
 * shmcb work too, but only shmcb keeps the pages on this machine.
 *
 * The whole cache lives as long as one server generation: a restart (new
 * views, new configuration) starts it empty. */
#ifndef SL_SHAREDCACHE_H
#define SL_SHAREDCACHE_H

#include <httpd.h>
#include <http_config.h>

/* pre_config: registers the mutex "sialip-halaman" or "inovasi-halaman",
 * by module (Apache's Mutex directive can choose its mechanism). */
apr_status_t sl_sharedcache_pre_config(apr_pool_t *pconf);

/* The directive's check: "none", or "provider" / "provider:arguments" as
 * for SSLSessionCache, e.g. "shmcb:(67108864)". NULL when it is valid. */
const char *sl_sharedcache_check(apr_pool_t *p, const char *spec);

/* post_config: creates the cache from spec, the value of directive (NULL:
 * the default, shmcb of default_bytes).  A missing shmcb provider is logged
 * and leaves the cache off; a broken configuration is an error. */
apr_status_t sl_sharedcache_post_config(apr_pool_t *pconf, apr_pool_t *ptemp,
                                        server_rec *s, const char *directive,
                                        const char *spec, apr_size_t default_bytes);

/* child_init: attaches this child to the mutex. */
void sl_sharedcache_child_init(apr_pool_t *pchild, server_rec *s);

/* Whether the cache is on in this process. */
int sl_sharedcache_on(void);

/* The value stored under key, allocated in r->pool, or NULL. */
const char *sl_sharedcache_get(request_rec *r, const char *key,
                               apr_size_t *len);

/* Stores value under key until expiry; failures are only logged (the page
 * is rendered again next time). */
void sl_sharedcache_put(request_rec *r, const char *key, apr_time_t expiry,
                        const char *value, apr_size_t len);

/* A short note under key (at most SL_SHAREDCACHE_MAX_NOTE bytes), kept
 * beside the cache in a table of fixed size and rewritten in place: for
 * what changes often, such as when a kept page was last found current.
 * Not kept for long either: another key may take its slot, and a longer
 * value is not kept.  get returns it in r->pool (NUL-terminated), or NULL. */
#define SL_SHAREDCACHE_MAX_NOTE 112
const char *sl_sharedcache_note_get(request_rec *r, const char *key, apr_size_t *len);
void sl_sharedcache_note_put(request_rec *r, const char *key, const char *value,
                             apr_size_t len);

/* The write generation: a number shared by all children that changes
 * after every write this server's module commits (post_config registers
 * sl_sharedcache_written as the database layer's on-commit hook, run
 * after a commit or a write outside a transaction).  A page found current under generation g is still
 * current while the number is g, unless the database was changed some
 * other way (another server, SQL by hand): see SialipStatusRecheck.
 * Always 0 while the cache is off. */
apr_uint32_t sl_sharedcache_generation(void);
void sl_sharedcache_written(void);

/* The largest value kept: a bigger page is rendered each time. */
#define SL_SHAREDCACHE_MAX_VALUE (64 * 1024)

#endif
