#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <ap_provider.h>
#include <ap_socache.h>
#include <util_mutex.h>
#include <apr_global_mutex.h>
#include <apr_atomic.h>
#include <apr_shm.h>
#include <apr_strings.h>
#include "sha256.h"
#include "sl_sharedcache.h"
#include "sl_db.h"
#include "sl_module.h"
#include "sl_logno.h"

/* "sialip-halaman" or "inovasi-halaman": each module has its cache. */
static const char *mutex_type(void)
{
    static char type[48];
    if (!type[0]) {
        apr_snprintf(type, sizeof(type), "%s-halaman", sl_module_name);
    }
    return type;
}

/* Notes (sl_sharedcache_note_*) live in a table of fixed size beside the
 * cache, not in it: shmcb appends every store to a ring per sub-cache and
 * reclaims a replaced entry only once every older one is gone, so a
 * page's check stored every SialipStatusRecheck filled the sub-caches'
 * indexes with dead records within a minute of steady views, pushed the
 * kept pages out to be rendered again and walked the ring through the
 * whole segment (the children's memory grew towards its size).  A note is
 * rewritten in place.  Four ways per set: a page whose slot another takes
 * only asks the database at its next view. */
#define NOTE_WAYS 4
#define NOTE_CACHE_BYTES 4096       /* a slot per 4 KB of cache (a page is 3-6 KB) */
#define NOTE_MIN_SETS 64

typedef struct {
    unsigned char id[32];
    apr_time_t written;                      /* 0: free */
    apr_uint32_t len;
    char value[SL_SHAREDCACHE_MAX_NOTE];
} note_slot;

typedef struct {
    volatile apr_uint32_t generation;
    apr_uint32_t sets;
    apr_time_t pad;                          /* slots start aligned */
} shared_head;

static struct {
    const ap_socache_provider_t *provider;   /* NULL: the cache is off */
    ap_socache_instance_t *instance;
    apr_global_mutex_t *lock;                /* the notes', and shmcb's */
    int provider_locks;                      /* the provider needs the lock */
    const char *directive;                   /* for messages */
    volatile apr_uint32_t *generation;       /* in shared memory */
    note_slot *notes;                        /* in shared memory, sets x ways */
    apr_uint32_t note_sets;
} cache;

apr_status_t sl_sharedcache_pre_config(apr_pool_t *pconf)
{
    return ap_mutex_register(pconf, mutex_type(), NULL, APR_LOCK_DEFAULT, 0);
}

const char *sl_sharedcache_check(apr_pool_t *p, const char *spec)
{
    const char *sep = strchr(spec, ':');
    const char *name = sep ? apr_pstrmemdup(p, spec, sep - spec) : spec;
    const ap_socache_provider_t *provider;
    ap_socache_instance_t *instance = NULL;
    apr_pool_t *trial;
    const char *err;

    if (strcmp(spec, "none") == 0) {
        return NULL;
    }
    provider = ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, name,
                                  AP_SOCACHE_PROVIDER_VERSION);
    if (!provider) {
        return apr_psprintf(p, "unknown cache type '%s' (is mod_socache_%s "
                            "loaded?)", name, name);
    }
    /* The provider parses its arguments in create() (shmcb: the file and
     * the size in brackets); run it now, in a pool thrown away at once, so
     * a typo fails configtest instead of the next restart. */
    if (apr_pool_create(&trial, p) != APR_SUCCESS) {
        return "cannot check the value (out of memory)";
    }
    err = provider->create(&instance, sep ? sep + 1 : NULL, trial, trial);
    err = err ? apr_psprintf(p, "'%s': %s", spec, err) : NULL;
    apr_pool_destroy(trial);
    return err;
}

static apr_status_t destroy(void *data)
{
    server_rec *s = data;
    if (cache.provider) {
        cache.provider->destroy(cache.instance, s);
    }
    memset(&cache, 0, sizeof(cache));
    return APR_SUCCESS;
}

/* The cache's size from shmcb's "(bytes)" or "file(bytes)", else the
 * default: the notes' table grows with it. */
static apr_size_t cache_bytes(const char *args, apr_size_t default_bytes)
{
    const char *open = args ? strrchr(args, '(') : NULL;
    apr_int64_t n = open ? apr_atoi64(open + 1) : 0;
    return n > 0 ? (apr_size_t)n : default_bytes;
}

apr_status_t sl_sharedcache_post_config(apr_pool_t *pconf, apr_pool_t *ptemp,
                                        server_rec *s, const char *directive,
                                        const char *spec, apr_size_t default_bytes)
{
    /* shmcb sizes its index from the average entry: a status page with
     * its layout is 3-6 KB (a dashboard is 20-30 KB, and far fewer); at
     * 2 KB the index has room for the pages and for the replaced ones
     * that wait in the ring to be reclaimed.  The key is a hash. */
    struct ap_socache_hints hints = {32, 2 * 1024, apr_time_from_sec(600)};
    const char *name = "shmcb", *args, *err;
    apr_shm_t *shm;
    apr_status_t rv;
    apr_size_t sets;
    shared_head *head;

    memset(&cache, 0, sizeof(cache));
    sl_db_on_commit(sl_sharedcache_written);
    cache.directive = directive;
    args = apr_psprintf(ptemp, "(%" APR_SIZE_T_FMT ")", default_bytes);
    if (spec) {
        const char *sep = strchr(spec, ':');
        if (strcmp(spec, "none") == 0) {
            return APR_SUCCESS;
        }
        name = sep ? apr_pstrmemdup(ptemp, spec, sep - spec) : spec;
        args = sep ? sep + 1 : NULL;
    }
    /* Anonymous: inherited by the children, gone with the generation.
     * The counter, then the notes' table (its pages are only touched as
     * notes are written). */
    sets = cache_bytes(args, default_bytes) / (NOTE_CACHE_BYTES * NOTE_WAYS);
    sets = sets < NOTE_MIN_SETS ? NOTE_MIN_SETS : sets;
    rv = apr_shm_create(&shm, sizeof(shared_head) + sets * NOTE_WAYS * sizeof(note_slot),
                        NULL, pconf);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, SL_LOGNO(00034) "%s: cannot create the "
                     "shared write counter", directive);
        return rv;
    }
    head = apr_shm_baseaddr_get(shm);
    head->sets = (apr_uint32_t)sets;
    cache.generation = &head->generation;
    apr_atomic_set32(cache.generation, 0);
    cache.notes = (note_slot *)(head + 1);
    cache.note_sets = head->sets;
    cache.provider = ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, name,
                                        AP_SOCACHE_PROVIDER_VERSION);
    if (!cache.provider) {
        /* Only the default can get here (the directive checks its value):
         * the pages are then rendered for every view. */
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, SL_LOGNO(00035) "pages are not shared "
                     "between children: mod_socache_shmcb is not loaded (load "
                     "it, or set %s none to silence this)", directive);
        return APR_SUCCESS;
    }
    if ((err = cache.provider->create(&cache.instance, args, ptemp, pconf))) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, SL_LOGNO(00036) "%s: %s", directive, err);
        cache.provider = NULL;
        return APR_EINVAL;
    }
    /* The notes need the lock whatever the provider. */
    cache.provider_locks = (cache.provider->flags & AP_SOCACHE_FLAG_NOTMPSAFE) != 0;
    rv = ap_global_mutex_create(&cache.lock, NULL, mutex_type(), NULL, s, pconf, 0);
    if (rv != APR_SUCCESS) {
        cache.provider = NULL;
        return rv;
    }
    rv = cache.provider->init(cache.instance, mutex_type(), &hints, s, pconf);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, SL_LOGNO(00037) "%s: cannot set up the %s "
                     "cache", directive, name);
        cache.provider = NULL;
        return rv;
    }
    apr_pool_cleanup_register(pconf, s, destroy, apr_pool_cleanup_null);
    return APR_SUCCESS;
}

void sl_sharedcache_child_init(apr_pool_t *pchild, server_rec *s)
{
    apr_status_t rv;

    if (!cache.lock) {
        return;
    }
    rv = apr_global_mutex_child_init(&cache.lock,
                                     apr_global_mutex_lockfile(cache.lock),
                                     pchild);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, SL_LOGNO(00038) "cannot attach to the "
                     "mutex of %s; pages are not shared by this process",
                     cache.directive);
        cache.provider = NULL;
    }
}

int sl_sharedcache_on(void)
{
    return cache.provider != NULL;
}

apr_uint32_t sl_sharedcache_generation(void)
{
    return cache.provider ? apr_atomic_read32(cache.generation) : 0;
}

void sl_sharedcache_written(void)
{
    if (cache.provider) {
        apr_atomic_inc32(cache.generation);
    }
}

/* Keys are hashed: shmcb picks its sub-cache from the first byte of the
 * id, and request numbers all start alike. */
static void id_of(const char *key, unsigned char id[32])
{
    sl_sha256_ctx h;
    sl_sha256_init(&h);
    sl_sha256_update(&h, key, strlen(key));
    sl_sha256_final(&h, id);
}

/* needed: 0 for the provider's calls (only shmcb wants the lock), 1 for
 * the notes. */
static int lock(request_rec *r, int needed)
{
    apr_status_t rv;
    if (!needed && !cache.provider_locks) {
        return 1;
    }
    if ((rv = apr_global_mutex_lock(cache.lock)) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, SL_LOGNO(00039) "cannot lock the %s "
                      "cache", cache.directive);
        return 0;
    }
    return 1;
}

static void unlock(int needed)
{
    if (needed || cache.provider_locks) {
        apr_global_mutex_unlock(cache.lock);
    }
}

const char *sl_sharedcache_get(request_rec *r, const char *key, apr_size_t *len)
{
    unsigned char id[32];
    unsigned int got = SL_SHAREDCACHE_MAX_VALUE;
    unsigned char *buf;
    apr_status_t rv;

    if (!cache.provider) {
        return NULL;
    }
    id_of(key, id);
    buf = apr_palloc(r->pool, SL_SHAREDCACHE_MAX_VALUE + 1);
    if (!lock(r, 0)) {
        return NULL;
    }
    rv = cache.provider->retrieve(cache.instance, r->server, id, sizeof(id),
                                  buf, &got, r->pool);
    unlock(0);
    if (rv != APR_SUCCESS) {
        return NULL;
    }
    buf[got] = '\0';
    *len = got;
    return (const char *)buf;
}

void sl_sharedcache_put(request_rec *r, const char *key, apr_time_t expiry,
                        const char *value, apr_size_t len)
{
    unsigned char id[32];
    apr_status_t rv;

    if (!cache.provider || len > SL_SHAREDCACHE_MAX_VALUE) {
        return;
    }
    id_of(key, id);
    if (!lock(r, 0)) {
        return;
    }
    rv = cache.provider->store(cache.instance, r->server, id, sizeof(id),
                               expiry, (unsigned char *)value,
                               (unsigned int)len, r->pool);
    unlock(0);
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, rv, r, SL_LOGNO(00040) "page not kept in the "
                      "%s cache", cache.directive);
    }
}

/* The slots of key's set; id is key's hash. */
static note_slot *note_set(const char *key, unsigned char id[32])
{
    apr_uint32_t h;

    id_of(key, id);
    memcpy(&h, id, sizeof(h));
    return cache.notes + (apr_size_t)(h % cache.note_sets) * NOTE_WAYS;
}

const char *sl_sharedcache_note_get(request_rec *r, const char *key, apr_size_t *len)
{
    unsigned char id[32];
    note_slot *set;
    char *got = NULL;
    int i;

    if (!cache.provider || !cache.notes) {
        return NULL;
    }
    set = note_set(key, id);
    if (!lock(r, 1)) {
        return NULL;
    }
    for (i = 0; i < NOTE_WAYS; i++) {
        if (set[i].written && memcmp(set[i].id, id, sizeof(id)) == 0) {
            *len = set[i].len;
            got = apr_pstrmemdup(r->pool, set[i].value, set[i].len);
            break;
        }
    }
    unlock(1);
    return got;
}

void sl_sharedcache_note_put(request_rec *r, const char *key, const char *value,
                             apr_size_t len)
{
    unsigned char id[32];
    note_slot *set, *slot = NULL;
    int i;

    if (!cache.provider || !cache.notes) {
        return;
    }
    set = note_set(key, id);
    if (!lock(r, 1)) {
        return;
    }
    /* key's own slot, else a free one, else the one written longest ago. */
    for (i = 0; i < NOTE_WAYS; i++) {
        if (set[i].written && memcmp(set[i].id, id, sizeof(id)) == 0) {
            slot = &set[i];
            break;
        }
        if (!slot || (slot->written && set[i].written < slot->written)) {
            slot = &set[i];
        }
    }
    if (len > SL_SHAREDCACHE_MAX_NOTE) {
        /* Too long to keep: no older note of key stays behind. */
        if (slot && memcmp(slot->id, id, sizeof(id)) == 0) {
            slot->written = 0;
        }
    }
    else {
        memcpy(slot->id, id, sizeof(id));
        memcpy(slot->value, value, len);
        slot->len = (apr_uint32_t)len;
        slot->written = apr_time_now();
    }
    unlock(1);
}
