#include <httpd.h>
#include <http_log.h>
#include <apr_global_mutex.h>
#include <apr_shm.h>
#include <util_mutex.h>
#include "ratelimit.h"
#include "sl_ratelimit.h"
#include "sl_module.h"
#include "sl_logno.h"

/* A counter is only needed for an address that looked something up within
 * the window (15 minutes by default).  A regency's public lookups are a few
 * hundred a day, so 4096 slots (88 bytes each, 352 KiB) leave room for a
 * guessing campaign from many addresses; when a probe finds no free slot,
 * the oldest window (one that has passed, if any) is reused. */
#define RATELIMIT_SLOTS 4096

/* Set in the parent and inherited by the children; a new generation
 * (restart) makes both again. */
static struct {
    const char *mutex_type;
    apr_global_mutex_t *lock;
    sl_ratelimit *table;
    int child_ok;                  /* this process is attached to lock */
} rl;

apr_status_t sl_ratelimit_pre_config(apr_pool_t *pconf, const char *mutex_type)
{
    rl.mutex_type = mutex_type;
    return ap_mutex_register(pconf, mutex_type, NULL, APR_LOCK_DEFAULT, 0);
}

int sl_ratelimit_post_config(apr_pool_t *pconf, server_rec *s)
{
    apr_shm_t *shm;
    apr_size_t size = sl_ratelimit_size(RATELIMIT_SLOTS);
    apr_status_t rv;

    rl.table = NULL;
    rl.lock = NULL;
    /* Anonymous: nothing on disk, gone with the last process. */
    rv = apr_shm_create(&shm, size, NULL, pconf);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, SL_LOGNO(00025) "cannot create the shared "
                     "memory (%" APR_SIZE_T_FMT " bytes) of the tracking-lookup "
                     "throttle", size);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    rv = ap_global_mutex_create(&rl.lock, NULL, rl.mutex_type, NULL, s, pconf, 0);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, SL_LOGNO(00026) "cannot create the mutex "
                     "'%s' of the tracking-lookup throttle (see Apache's Mutex "
                     "directive)", rl.mutex_type);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    rl.table = sl_ratelimit_init(apr_shm_baseaddr_get(shm), RATELIMIT_SLOTS);
    return OK;
}

apr_status_t sl_ratelimit_child_init(apr_pool_t *pchild, server_rec *s)
{
    apr_status_t rv = apr_global_mutex_child_init(
        &rl.lock, apr_global_mutex_lockfile(rl.lock), pchild);
    rl.child_ok = rv == APR_SUCCESS;
    return rv;
}

static int lock(request_rec *r)
{
    apr_status_t rv = rl.child_ok ? apr_global_mutex_lock(rl.lock) : APR_EINIT;
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, SL_LOGNO(00027) "cannot lock the "
                      "tracking-lookup throttle");
        return -1;
    }
    return 0;
}

int sl_ratelimit_attempt(request_rec *r, const char *key, int window)
{
    int count;

    if (lock(r) != 0) {
        return -1;
    }
    count = sl_ratelimit_hit(rl.table, key, apr_time_sec(apr_time_now()), window);
    apr_global_mutex_unlock(rl.lock);
    return count;
}

void sl_ratelimit_give_back(request_rec *r, const char *key)
{
    if (lock(r) == 0) {
        sl_ratelimit_forgive(rl.table, key);
        apr_global_mutex_unlock(rl.lock);
    }
}
