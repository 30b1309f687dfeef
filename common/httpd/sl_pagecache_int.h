/* What sl_pagecache.c (pages and resources kept per process) and
 * sl_pagecache_shared.c (pages kept in shared memory) share. */
#ifndef SL_PAGECACHE_INT_H
#define SL_PAGECACHE_INT_H

#include "sl_pagecache.h"

struct sl_pagecache_ticket {
    sl_page_keeper keeper;      /* first: c->pagecache points at it */
    const char *key;
    apr_uint64_t version;
    int many;                   /* sl_pagecache_serve_many's share */
    /* Set for a page kept in the shared cache (sl_pagecache_shared_*, the
     * ones with a check_key) and for a resource also kept there. */
    request_rec *r;
    const char *shared_key;
    const char *stamp;
    apr_time_t expiry;
    const char *check_key;
    int noted;                  /* a check of the page was on record */
    long day;
    apr_uint32_t generation;    /* read before the database was asked */
    apr_time_t asked;           /* when, roughly, it was asked */
};

/* The keeper's store: sl_page_send hands it the rendered body of a page
 * that carries a ticket. */
void sl_pagecache_store(const sl_page_keeper *keeper, int status,
                        const char *content_type, const char *body, apr_size_t len);
/* Keeps a page of a shared ticket (one with a check_key) and its check. */
void sl_pagecache_shared_store(const sl_pagecache_ticket *t, const char *content_type,
                               const char *body, apr_size_t len);

#endif
