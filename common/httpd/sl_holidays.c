#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include <apr_time.h>
#include <apr_thread_mutex.h>
#include "sl_holidays.h"
#include "sl_dbi.h"
#include "sl_module.h"
#include "sl_logno.h"

const sl_stmt_def sl_holidays_stmts[] = {
    {"libur_versi", "SELECT versi FROM versi_data WHERE nama = 'hari_libur'"},
    {NULL, NULL}
};

/* The cached calendar and the version (and cut-off) it was built for.
 * Each rebuild gets its own pool; the one it replaces is kept until the
 * process ends, because a request in another thread may still be counting
 * with it.  Rebuilds happen when an admin edits holidays: a few times a
 * year. */
static struct {
    apr_thread_mutex_t *lock;
    apr_pool_t *pool;
    const sl_calendar *calendar;
    apr_uint64_t version;
    int cutoff_minutes;
} cache;

apr_status_t sl_holidays_child_init(apr_pool_t *pchild)
{
    apr_status_t rv;

    cache.calendar = NULL;
    cache.version = 0;
    /* A pool of our own: only this cache creates sub-pools in it, under the
     * lock. */
    if ((rv = apr_pool_create(&cache.pool, pchild)) != APR_SUCCESS) {
        return rv;
    }
    return apr_thread_mutex_create(&cache.lock, APR_THREAD_MUTEX_DEFAULT,
                                   pchild);
}

/* Reads the table into a calendar allocated in pool (dbi.h: sialip-kirim
 * counts on the same rows). */
static const sl_calendar *build(sl_ctx *c, apr_pool_t *pool, int cutoff_minutes)
{
    const sl_calendar *cal = NULL;
    const char *unreadable = NULL;

    if (sl_db_dbi_end(c->db, sl_dbi_calendar(sl_db_dbi(c->db), pool,
                                             cutoff_minutes, &cal, &unreadable),
                      0) != 0) {
        return NULL;
    }
    if (unreadable) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00018) "hari_libur rows "
                      "with unreadable dates ignored: %s", unreadable);
    }
    return cal;
}

static const sl_calendar *cached(apr_uint64_t version, int cutoff_minutes)
{
    const sl_calendar *cal = NULL;
    apr_thread_mutex_lock(cache.lock);
    if (cache.calendar && cache.version == version
        && cache.cutoff_minutes == cutoff_minutes) {
        cal = cache.calendar;
    }
    apr_thread_mutex_unlock(cache.lock);
    return cal;
}

/* The calendar this request already read outside a transaction, kept on
 * its pool: a request is one moment, and the status page with a notice
 * asked for the version twice.  Inside a transaction (an admin editing
 * holidays) the version is always read again. */
#define HOLIDAYS_REQUEST_KEY "sl_holidays"

typedef struct {
    const sl_calendar *cal;
    int cutoff_minutes;
} seen;

static const sl_calendar *request_seen(sl_ctx *c, int cutoff_minutes)
{
    void *v = NULL;

    if (c->db && c->db->in_transaction) {
        return NULL;
    }
    apr_pool_userdata_get(&v, HOLIDAYS_REQUEST_KEY, c->r->pool);
    return v && ((seen *)v)->cutoff_minutes == cutoff_minutes ? ((seen *)v)->cal : NULL;
}

static const sl_calendar *request_keep(sl_ctx *c, const sl_calendar *cal, int cutoff_minutes)
{
    seen *s;

    if (cal && !(c->db && c->db->in_transaction)) {
        s = apr_palloc(c->r->pool, sizeof(*s));
        s->cal = cal;
        s->cutoff_minutes = cutoff_minutes;
        apr_pool_userdata_setn(s, HOLIDAYS_REQUEST_KEY, NULL, c->r->pool);
    }
    return cal;
}

static const sl_calendar *at(sl_ctx *c, const char *v, int cutoff_minutes);

const sl_calendar *sl_holidays_current(sl_ctx *c, int cutoff_minutes)
{
    const sl_calendar *cal = request_seen(c, cutoff_minutes);
    sl_rows *rows;

    if (cal) {
        return cal;
    }
    if (sl_db_select(c->db, "libur_versi", &rows, SL_NOARGS) != 0) {
        return NULL;
    }
    return sl_holidays_at(c, sl_rows_get(rows, 0, 0), cutoff_minutes);
}

const sl_calendar *sl_holidays_at(sl_ctx *c, const char *v, int cutoff_minutes)
{
    return request_keep(c, at(c, v, cutoff_minutes), cutoff_minutes);
}

static const sl_calendar *at(sl_ctx *c, const char *v, int cutoff_minutes)
{
    apr_uint64_t version = v ? (apr_uint64_t)apr_strtoi64(v, NULL, 10) : 0;
    const sl_calendar *cal;
    apr_pool_t *pool;

    if (!cache.lock) {
        ap_log_rerror(APLOG_MARK, APLOG_CRIT, 0, c->r, SL_LOGNO(00019) "holiday cache used "
                      "before child_init set it up");
        return NULL;
    }
    if ((cal = cached(version, cutoff_minutes)) != NULL) {
        return cal;
    }

    /* Inside a transaction the table may hold changes that are not
     * committed yet (an admin editing holidays): use them for this request
     * only, never cache them, since a rollback would leave the cache
     * ahead of the database. */
    if (c->db->in_transaction) {
        return build(c, c->r->pool, cutoff_minutes);
    }
    /* Built outside the lock, so a slow query holds up no other request;
     * an older version never replaces a newer one. */
    apr_thread_mutex_lock(cache.lock);
    apr_pool_create(&pool, cache.pool);
    apr_thread_mutex_unlock(cache.lock);
    cal = build(c, pool, cutoff_minutes);
    if (!cal) {
        return NULL;
    }
    apr_thread_mutex_lock(cache.lock);
    if (!cache.calendar || version >= cache.version) {
        cache.calendar = cal;
        cache.version = version;
        cache.cutoff_minutes = cutoff_minutes;
    }
    apr_thread_mutex_unlock(cache.lock);
    return cal;
}

sl_day sl_today_wib(void)
{
    return (sl_day)((apr_time_sec(apr_time_now()) + SL_WIB_OFFSET_SECONDS) / 86400);
}
