/* Pages kept in the memory the children share (sl_sharedcache.c): found
 * current by their stamp, or by a recent check against the database. */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_pagecache_int.h"
#include "sl_sharedcache.h"

/* A page in the shared cache is the page itself, "stamp\ncontent-type\n
 * body" under the key, and a note of its last check against the database,
 * "generation checked day stamp" under "checked " + key: a check rewrites
 * those few bytes in place (sl_sharedcache_note_put), not the page, and
 * stores nothing in the cache's ring. */
typedef struct {
    const char *stamp;
    apr_size_t stamp_len;
    const char *type;
    apr_size_t type_len;
    const char *body;
    apr_size_t body_len;
} shared_page;

static int page_get(sl_pagecache_ticket *t, shared_page *pg)
{
    apr_size_t len;
    const char *v = sl_sharedcache_get(t->r, t->key, &len), *end, *nl;

    if (!v) {
        return -1;
    }
    end = v + len;
    if (!(nl = memchr(v, '\n', len))) {
        return -1;
    }
    pg->stamp = v;
    pg->stamp_len = nl - v;
    pg->type = nl + 1;
    if (!(nl = memchr(pg->type, '\n', end - pg->type))) {
        return -1;
    }
    pg->type_len = nl - pg->type;
    pg->body = nl + 1;
    pg->body_len = end - pg->body;
    return 0;
}

static int page_has_stamp(const shared_page *pg, const char *stamp, apr_size_t len)
{
    return pg->stamp_len == len && memcmp(pg->stamp, stamp, len) == 0;
}

static void page_send(request_rec *r, const shared_page *pg)
{
    ap_set_content_type(r, apr_pstrmemdup(r->pool, pg->type, pg->type_len));
    ap_rwrite(pg->body, (int)pg->body_len, r);
}

/* Records that the page with stamp was found current when t asked. */
static void check_put(const sl_pagecache_ticket *t, const char *stamp)
{
    const char *v = apr_psprintf(t->r->pool, "%u %" APR_TIME_T_FMT " %ld %s",
                                 t->generation, t->asked, t->day, stamp);
    sl_sharedcache_note_put(t->r, t->check_key, v, strlen(v));
}

int sl_pagecache_shared_recent(sl_ctx *c, const char *key, long day,
                               apr_interval_time_t recheck)
{
    request_rec *r = c->r;
    sl_pagecache_ticket *t;
    shared_page pg;
    const char *v, *stamp;
    apr_size_t len;
    unsigned long generation;
    apr_time_t checked;
    long checked_day;
    char *p;

    if (c->session || !sl_sharedcache_on()) {
        return 0;
    }
    t = apr_pcalloc(r->pool, sizeof(*t));
    t->keeper.store = sl_pagecache_store;
    t->r = r;
    t->day = day;
    /* Before the database is asked: a write committed while it answers
     * changes the number, and the next view asks again. */
    t->generation = sl_sharedcache_generation();
    t->asked = apr_time_now();
    /* Virtual hosts may have databases of their own. */
    t->key = apr_psprintf(r->pool, "%s %s:%u %s", sl_wants_xml(r) ? "xml" : "html",
                          r->server->server_hostname, r->server->port, key);
    t->check_key = apr_pstrcat(r->pool, "checked ", t->key, NULL);
    c->pagecache = &t->keeper;

    if (!(v = sl_sharedcache_note_get(r, t->check_key, &len))) {
        return 0;
    }
    t->noted = 1;
    if (recheck <= 0) {
        return 0;
    }
    generation = strtoul(v, &p, 10);
    checked = apr_strtoi64(p, &p, 10);
    checked_day = strtol(p, &p, 10);
    if (*p != ' ' || generation != t->generation || checked_day != day
        || t->asked < checked || t->asked >= checked + recheck) {
        return 0;
    }
    stamp = p + 1;
    if (page_get(t, &pg) != 0 || !page_has_stamp(&pg, stamp, strlen(stamp))) {
        return 0;
    }
    page_send(r, &pg);
    c->pagecache = NULL;
    return 1;
}

int sl_pagecache_shared_noted(const sl_ctx *c)
{
    const sl_pagecache_ticket *t = (const sl_pagecache_ticket *)c->pagecache;

    return t && t->check_key && t->noted;
}

int sl_pagecache_shared_serve(sl_ctx *c, const char *stamp, apr_time_t expiry)
{
    sl_pagecache_ticket *t = (sl_pagecache_ticket *)c->pagecache;
    shared_page pg;

    if (!t || !t->check_key) {
        return 0;
    }
    t->stamp = stamp;
    t->expiry = expiry;
    if (page_get(t, &pg) == 0 && page_has_stamp(&pg, stamp, strlen(stamp))) {
        page_send(c->r, &pg);
        check_put(t, stamp);
        c->pagecache = NULL;
        return 1;
    }
    return 0;
}

void sl_pagecache_shared_store(const sl_pagecache_ticket *t, const char *content_type,
                               const char *body, apr_size_t len)
{
    const char *head = apr_pstrcat(t->r->pool, t->stamp, "\n", content_type, "\n",
                                   NULL);
    apr_size_t head_len = strlen(head);
    char *value;

    if (head_len + len > SL_SHAREDCACHE_MAX_VALUE) {
        return;
    }
    value = apr_palloc(t->r->pool, head_len + len);
    memcpy(value, head, head_len);
    memcpy(value + head_len, body, len);
    sl_sharedcache_put(t->r, t->key, t->expiry, value, head_len + len);
    check_put(t, t->stamp);
}
