/* Pages and resources kept per process, current while their data's row in
 * versi_data keeps its number (sl_pagecache.h); the pages kept in the
 * memory the children share are sl_pagecache_shared.c. */
#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_hash.h>
#include <apr_strings.h>
#include <apr_thread_mutex.h>
#include <libxml/parser.h>
#include "sha256.h"
#include "sl_pagecache_int.h"
#include "sl_sharedcache.h"
#include "sl_module.h"

/* Enough for every filter combination of a public list's first pages; when
 * full, the cache starts again empty rather than tracking use. */
#define PAGECACHE_ENTRIES 64
/* A bigger page is rendered each time: it is not what visitors browse. */
#define PAGECACHE_MAX_BODY (512 * 1024)

const sl_stmt_def sl_pagecache_stmts[] = {
    {"halaman_versi", "SELECT versi FROM versi_data WHERE nama = %s"},
    {NULL, NULL}
};

/* Entries are malloc'd so that a replaced page is freed at once; a request
 * that serves one copies the body (or the resource) out under the lock. */
typedef struct {
    char *key;
    apr_uint64_t version;           /* only 200 responses are kept */
    char *content_type;
    char *body;
    apr_size_t len;
    xmlDocPtr resource;            /* instead of a body: see sl_pagecache_resource */
    int many;                      /* in sl_pagecache_serve_many's share */
} entry;

static struct {
    apr_thread_mutex_t *lock;      /* NULL: the cache is off */
    apr_hash_t *entries;           /* key -> entry * */
    unsigned many;                 /* entries in the share of many pages */
    apr_size_t many_bytes;         /* ... and their bodies' bytes */
} cache;

static void entry_free(entry *e)
{
    if (e->resource) {
        xmlFreeDoc(e->resource);
    }
    free(e->key);
    free(e->content_type);
    free(e->body);
    free(e);
}

static apr_status_t clear_all(void *unused)
{
    apr_hash_index_t *hi;
    (void)unused;
    if (!cache.entries) {
        return APR_SUCCESS;
    }
    /* Each entry leaves the hash before its key (the hash's own) is freed;
     * APR allows deleting the current entry while iterating. */
    for (hi = apr_hash_first(NULL, cache.entries); hi; hi = apr_hash_next(hi)) {
        entry *e = apr_hash_this_val(hi);
        apr_hash_set(cache.entries, e->key, APR_HASH_KEY_STRING, NULL);
        entry_free(e);
    }
    cache.many = 0;
    cache.many_bytes = 0;
    return APR_SUCCESS;
}

apr_status_t sl_pagecache_child_init(apr_pool_t *pchild)
{
    apr_status_t rv;
    apr_thread_mutex_t *lock;

    cache.lock = NULL;
    cache.entries = apr_hash_make(pchild);
    apr_pool_cleanup_register(pchild, NULL, clear_all, apr_pool_cleanup_null);
    rv = apr_thread_mutex_create(&lock, APR_THREAD_MUTEX_DEFAULT, pchild);
    if (rv == APR_SUCCESS) {
        cache.lock = lock;
    }
    return rv;
}

static const char *key_of(sl_ctx *c, const char *query)
{
    request_rec *r = c->r;
    /* The host too: its menu links only the modules it serves. */
    return apr_psprintf(r->pool, "%s %s:%u %s?%s", sl_wants_xml(r) ? "xml" : "html",
                        r->server->server_hostname, r->server->port, r->uri,
                        query ? query : "");
}

static int read_version(sl_ctx *c, const char *data, apr_uint64_t *version)
{
    sl_rows *rows;
    const char *v;

    if (sl_db_select(c->db, "halaman_versi", &rows, SL_ARGS(data)) != 0
        || !(v = sl_rows_get(rows, 0, 0))) {
        return -1;
    }
    *version = apr_strtoi64(v, NULL, 10);
    return 0;
}

int sl_pagecache_serve(sl_ctx *c, const char *data)
{
    return sl_pagecache_serve_as(c, data, c->r->args);
}

static int serve(sl_ctx *c, const char *data, const char *query, int many);

int sl_pagecache_serve_as(sl_ctx *c, const char *data, const char *query)
{
    return serve(c, data, query, 0);
}

int sl_pagecache_serve_many(sl_ctx *c, const char *data, const char *query)
{
    return serve(c, data, query, 1);
}

static int serve(sl_ctx *c, const char *data, const char *query, int many)
{
    request_rec *r = c->r;
    sl_pagecache_ticket *ticket;
    apr_uint64_t version;
    const entry *e;
    char *body = NULL, *content_type = NULL;
    apr_size_t len = 0;

    if (!cache.lock || c->session || read_version(c, data, &version) != 0) {
        return 0;
    }
    ticket = apr_pcalloc(r->pool, sizeof(*ticket));
    ticket->keeper.store = sl_pagecache_store;
    ticket->key = key_of(c, query);
    ticket->version = version;
    ticket->many = many;

    apr_thread_mutex_lock(cache.lock);
    e = apr_hash_get(cache.entries, ticket->key, APR_HASH_KEY_STRING);
    if (e && e->version == version) {
        body = apr_pmemdup(r->pool, e->body, e->len);
        len = e->len;
        content_type = apr_pstrdup(r->pool, e->content_type);
    }
    apr_thread_mutex_unlock(cache.lock);

    if (!body) {
        c->pagecache = &ticket->keeper;
        return 0;
    }
    ap_set_content_type(r, content_type);
    ap_rwrite(body, (int)len, r);
    return 1;
}

/* Takes e out of the cache (under the lock). */
static void drop(entry *e)
{
    apr_hash_set(cache.entries, e->key, APR_HASH_KEY_STRING, NULL);
    if (e->many) {
        cache.many--;
        cache.many_bytes -= e->len;
    }
    entry_free(e);
}

/* An entry of the share many (or of the others) to make room: one of an
 * older version than e's when there is one, else the first in hash order,
 * i.e. an arbitrary one.  NULL when the share is empty. */
static entry *victim(const entry *e, int many)
{
    apr_hash_index_t *hi;
    entry *any = NULL;

    for (hi = apr_hash_first(NULL, cache.entries); hi; hi = apr_hash_next(hi)) {
        entry *v = apr_hash_this_val(hi);
        if (v->many != many) {
            continue;
        }
        if (!many || v->version < e->version) {
            return v;
        }
        if (!any) {
            any = v;
        }
    }
    return any;
}

/* Takes e into the cache, replacing an older entry of its key. */
static void insert(entry *e)
{
    entry *old, *v;

    apr_thread_mutex_lock(cache.lock);
    old = apr_hash_get(cache.entries, e->key, APR_HASH_KEY_STRING);
    if (old && old->version > e->version) {
        /* Another thread kept a newer one meanwhile. */
        apr_thread_mutex_unlock(cache.lock);
        entry_free(e);
        return;
    }
    if (old) {
        drop(old);
    }
    if (e->many) {
        /* As many pages as it takes, within the share's two bounds. */
        while ((cache.many >= SL_PAGECACHE_MANY_ENTRIES
                || cache.many_bytes + e->len > SL_PAGECACHE_MANY_BYTES)
               && (v = victim(e, 1))) {
            drop(v);
        }
        cache.many++;
        cache.many_bytes += e->len;
    }
    else if (apr_hash_count(cache.entries) - cache.many >= PAGECACHE_ENTRIES
             && (v = victim(e, 0))) {
        drop(v);                  /* one page makes room */
    }
    apr_hash_set(cache.entries, e->key, APR_HASH_KEY_STRING, e);
    apr_thread_mutex_unlock(cache.lock);
}

int sl_pagecache_view(sl_ctx *c, sl_page *page, const char *data, const char *key)
{
    request_rec *r = c->r;
    sl_pagecache_ticket *t;
    apr_uint64_t version;
    xmlBufferPtr page_now;
    sl_sha256_ctx h;
    unsigned char digest[32];
    char hex[65];
    const entry *e;
    char *body = NULL, *content_type = NULL;
    apr_size_t len = 0;
    int i;

    if (!cache.lock || !(page_now = xmlBufferCreate())) {
        return 0;
    }
    /* The page as it stands (title, context: user, roles, CSRF token),
     * with the key, the view and the format: what else the rendering of
     * the kept resource depends on.  Hashed, so the key stays short. */
    xmlNodeDump(page_now, page->doc, page->root, 0, 0);
    sl_sha256_init(&h);
    sl_sha256_update(&h, key, strlen(key) + 1);
    sl_sha256_update(&h, page->view, strlen(page->view) + 1);
    sl_sha256_update(&h, sl_wants_xml(r) ? "xml" : "html", 4);
    sl_sha256_update(&h, xmlBufferContent(page_now), (size_t)xmlBufferLength(page_now));
    xmlBufferFree(page_now);
    sl_sha256_final(&h, digest);
    if (read_version(c, data, &version) != 0) {
        return 0;
    }
    for (i = 0; i < 32; i++) {
        apr_snprintf(hex + 2 * i, 3, "%02x", digest[i]);
    }
    t = apr_pcalloc(r->pool, sizeof(*t));
    t->keeper.store = sl_pagecache_store;
    t->key = apr_pstrcat(r->pool, "view ", r->uri, " ", hex, NULL);
    t->version = version;

    apr_thread_mutex_lock(cache.lock);
    e = apr_hash_get(cache.entries, t->key, APR_HASH_KEY_STRING);
    if (e && e->body && e->version == version) {
        body = apr_pmemdup(r->pool, e->body, e->len);
        len = e->len;
        content_type = apr_pstrdup(r->pool, e->content_type);
    }
    apr_thread_mutex_unlock(cache.lock);

    if (!body) {
        page->keep = &t->keeper;
        return 0;
    }
    ap_set_content_type(r, content_type);
    ap_rwrite(body, (int)len, r);
    return 1;
}

static entry *entry_new(const sl_pagecache_ticket *ticket)
{
    entry *e = calloc(1, sizeof(*e));
    if (e && !(e->key = strdup(ticket->key))) {
        free(e);
        return NULL;
    }
    if (e) {
        e->version = ticket->version;
        e->many = ticket->many;
    }
    return e;
}

void sl_pagecache_store(const sl_page_keeper *keeper, int status,
                        const char *content_type, const char *body, apr_size_t len)
{
    const sl_pagecache_ticket *ticket = (const sl_pagecache_ticket *)keeper;
    entry *e;

    if (ticket->check_key) {
        if (status == HTTP_OK && ticket->stamp) {
            sl_pagecache_shared_store(ticket, content_type, body, len);
        }
        return;
    }
    if (status != HTTP_OK || len > PAGECACHE_MAX_BODY || !cache.lock) {
        return;
    }
    if (!(e = entry_new(ticket))
        || !(e->content_type = strdup(content_type))
        || !(e->body = malloc(len ? len : 1))) {
        if (e) {
            entry_free(e);
        }
        return;
    }
    memcpy(e->body, body, len);
    e->len = len;
    insert(e);
}

/* Copies the attributes and children of from into to (another document). */
static void copy_resource(xmlNodePtr to, xmlNodePtr from)
{
    xmlAttrPtr a;
    for (a = from->properties; a; a = a->next) {
        xmlChar *v = xmlNodeListGetString(from->doc, a->children, 1);
        xmlSetProp(to, a->name, v);
        xmlFree(v);
    }
    xmlAddChildList(to, xmlDocCopyNodeList(to->doc, from->children));
}

static void keep_resource(const sl_pagecache_ticket *ticket, xmlNodePtr resource,
                          int share);

/* A resource kept in the shared cache (when it is on) is "version\n" and
 * the resource element serialised: computed in one child, it is read by
 * the others instead of computed again. */
static int shared_resource(sl_pagecache_ticket *t, xmlNodePtr resource)
{
    apr_size_t len;
    const char *v = sl_sharedcache_get(t->r, t->shared_key, &len), *nl;
    xmlDocPtr doc;
    char *end;

    if (!v || !(nl = memchr(v, '\n', len))
        || apr_strtoi64(v, &end, 10) != (apr_int64_t)t->version || end != nl) {
        return 0;
    }
    doc = xmlReadMemory(nl + 1, (int)(len - (nl + 1 - v)), NULL, "UTF-8",
                        XML_PARSE_NONET);
    if (!doc) {
        return 0;
    }
    copy_resource(resource, xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);
    return 1;
}

static void shared_resource_put(const sl_pagecache_ticket *t, xmlDocPtr doc)
{
    xmlChar *xml = NULL;
    int size = 0;
    const char *v;

    xmlDocDumpMemoryEnc(doc, &xml, &size, "UTF-8");
    if (!xml) {
        return;
    }
    v = apr_psprintf(t->r->pool, "%" APR_UINT64_T_FMT "\n%s", t->version,
                     (const char *)xml);
    xmlFree(xml);
    /* The key names the day where the figures depend on it; a day is the
     * longest any entry is useful. */
    sl_sharedcache_put(t->r, t->shared_key, apr_time_now() + apr_time_from_sec(86400),
                       v, strlen(v));
}

int sl_pagecache_resource(sl_ctx *c, const char *data, const char *key,
                          xmlNodePtr resource, const sl_pagecache_ticket **ticket)
{
    request_rec *r = c->r;
    apr_uint64_t version;
    sl_pagecache_ticket *t;
    const entry *e;
    int found = 0;

    *ticket = NULL;
    if (!cache.lock || read_version(c, data, &version) != 0) {
        return 0;
    }
    t = apr_pcalloc(r->pool, sizeof(*t));
    t->keeper.store = sl_pagecache_store;
    t->key = apr_pstrcat(r->pool, "resource ", r->uri, " ", key, NULL);
    t->version = version;

    apr_thread_mutex_lock(cache.lock);
    e = apr_hash_get(cache.entries, t->key, APR_HASH_KEY_STRING);
    if (e && e->resource && e->version == version) {
        copy_resource(resource, xmlDocGetRootElement(e->resource));
        found = 1;
    }
    apr_thread_mutex_unlock(cache.lock);
    if (found) {
        return 1;
    }
    if (sl_sharedcache_on()) {
        t->r = r;
        /* Virtual hosts may have databases of their own. */
        t->shared_key = apr_psprintf(r->pool, "%s:%u %s", r->server->server_hostname,
                                     r->server->port, t->key);
        if (shared_resource(t, resource)) {
            keep_resource(t, resource, 0);
            return 1;
        }
    }
    *ticket = t;
    return 0;
}

/* Keeps resource in this process and, when share is set, in the shared
 * cache. */
static void keep_resource(const sl_pagecache_ticket *ticket, xmlNodePtr resource,
                          int share)
{
    entry *e;

    if (!ticket || !cache.lock || !(e = entry_new(ticket))) {
        return;
    }
    if (!(e->resource = xmlNewDoc((const xmlChar *)"1.0"))) {
        entry_free(e);
        return;
    }
    xmlDocSetRootElement(e->resource, xmlDocCopyNode(resource, e->resource, 1));
    if (share && ticket->shared_key) {
        shared_resource_put(ticket, e->resource);
    }
    insert(e);
}

void sl_pagecache_keep_resource(const sl_pagecache_ticket *ticket,
                                xmlNodePtr resource)
{
    keep_resource(ticket, resource, 1);
}
