/* A per-process cache of rendered public pages.
 *
 * A public page that changes only when staff change its data (the DIP list
 * changes when PPID Utama publishes) is rendered once per process and sent
 * again while the versi_data row of that data keeps its number: one
 * primary-key read instead of the page's queries and its XSLT.  Triggers
 * bump the number on every write to the tables behind it, so any writer
 * (the modules, an admin's SQL) invalidates it.
 *
 * Only pages for visitors without a session are kept: a staff page carries
 * the user's name and CSRF token.  The key is the URI, the query string and
 * the format (HTML or XML); only 200 responses are kept.  At most a few
 * dozen pages are kept per process: when full, one kept page makes room
 * (so a flood of new keys cannot empty the cache at once). */
#ifndef SL_PAGECACHE_H
#define SL_PAGECACHE_H

#include "sl_request.h"

/* A page or resource this request may keep; it is the sl_page_keeper
 * (sl_render.h) of the page it is handed to. */
typedef struct sl_pagecache_ticket sl_pagecache_ticket;

/* Its prepared statement, for a module's statement list. */
extern const sl_stmt_def sl_pagecache_stmts[];

/* child_init: sets up the cache of this process. */
apr_status_t sl_pagecache_child_init(apr_pool_t *pchild);

/* Sends the cached page for this request if it is current and returns 1.
 * Otherwise returns 0, and the page this request renders next (through
 * sl_ctx_page and sl_page_send) is kept for the next visitor. data names
 * the versi_data row the page depends on. */
int sl_pagecache_serve(sl_ctx *c, const char *data);
/* The same, keyed by query (the parameters as the handler understood
 * them) instead of the request's query string. */
int sl_pagecache_serve_as(sl_ctx *c, const char *data, const char *query);
/* The same for pages of which there are too many to keep them all
 * (searches: any words, any filters, any page).  They are kept in a share
 * of their own, at most SL_PAGECACHE_MANY_ENTRIES pages and
 * SL_PAGECACHE_MANY_BYTES per process, so a flood of new searches can
 * neither grow the process nor push out the pages served by
 * sl_pagecache_serve_as; when the share is full, a page of an older
 * version makes room first, then any. */
#define SL_PAGECACHE_MANY_ENTRIES 128
#define SL_PAGECACHE_MANY_BYTES (4L * 1024 * 1024)
int sl_pagecache_serve_many(sl_ctx *c, const char *data, const char *query);

/* The same for a page of one record, kept in memory shared by all
 * children (sl_sharedcache.h) under key (plus the format), in two steps.
 *
 * First, before the database is asked: if the page kept under key was
 * found current less than recheck ago, no write of this server has been
 * committed since (sl_sharedcache_generation) and it was made on day, it
 * is sent and 1 returned.  The caller has checked that the visitor may see
 * the record whenever key was stored, so key must name what grants access
 * (for a status page, the tracking code as well as the number).
 *
 * Otherwise 0; the caller reads the record's stamp, which names everything
 * the page depends on (the record's versions, the day), and calls
 * sl_pagecache_shared_serve: the kept page is sent (and marked as checked
 * now) if it carries stamp, else the page rendered next is kept until
 * expiry. */
int sl_pagecache_shared_recent(sl_ctx *c, const char *key, long day,
                               apr_interval_time_t recheck);
int sl_pagecache_shared_serve(sl_ctx *c, const char *stamp, apr_time_t expiry);
/* After sl_pagecache_shared_recent returned 0: 1 if a check of the page
 * was on record (the page is likely kept, and its stamp alone may be worth
 * asking for first), 0 if none was (never kept, pushed out, the cache off:
 * the caller may read everything the page needs at once). */
int sl_pagecache_shared_noted(const sl_ctx *c);

/* For a page that carries the visitor's name (staff pages), its resource
 * element is kept instead of the rendering, and the view runs each time.
 * key says what, besides the URI, the resource depends on (the scope of the
 * user, a page number, today's date).  Copies the cached resource's
 * attributes and children into resource and returns 1 if it is current;
 * otherwise returns 0 and sets *ticket (NULL when it cannot be kept) for
 * sl_pagecache_keep_resource once the handler has built resource.  When
 * the module's shared cache is on (InovasiCache), the resource is kept
 * there too, serialised with its version: one child computes it and the
 * others read it. */
int sl_pagecache_resource(sl_ctx *c, const char *data, const char *key,
                          xmlNodePtr resource, const sl_pagecache_ticket **ticket);
void sl_pagecache_keep_resource(const sl_pagecache_ticket *ticket,
                                xmlNodePtr resource);

/* For such a page, its rendering too is kept in this process, under the
 * page as it stands when this is called (title and context: the user, the
 * roles, the CSRF token), key and the version of data: a user who views
 * the same figures again gets the same bytes without copying the resource
 * and running the view.  Call it after sl_ctx_page, before the resource is
 * filled; key must name everything the handler adds to the resource
 * besides the kept part.  Sends the kept rendering and returns 1, or
 * returns 0 and the page sent next is kept. */
int sl_pagecache_view(sl_ctx *c, sl_page *page, const char *data, const char *key);

#endif
