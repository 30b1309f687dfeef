#include <httpd.h>
#include <http_log.h>
#include <ap_mpm.h>
#include <apr_atomic.h>
#include <apr_thread_proc.h>
#include <signal.h>
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "sl_heavycache.h"
#include "sl_heavycache_int.h"
#include "sl_heavythread.h"
#include "sl_module.h"
#include "sl_logno.h"

/* ---- the server-wide slots -------------------------------------------- */

typedef struct {
    volatile apr_uint64_t *slot;
    apr_uint64_t mine;
} taken;

static apr_status_t slot_give_back(void *data)
{
    taken *t = data;
    /* Unless another took it over as stale meanwhile. */
    apr_atomic_cas64(t->slot, 0, t->mine);
    return APR_SUCCESS;
}

static int stale(apr_uint64_t v, apr_uint32_t now)
{
    pid_t pid = (pid_t)(v >> 32);
    apr_uint32_t since = (apr_uint32_t)(v & 0xffffffffu);

    return (kill(pid, 0) != 0 && errno == ESRCH) || now - since > SL_HEAVY_STALE;
}

int sl_heavy_slot_take(request_rec *r, void *segment, int total)
{
    sl_heavy_segment *seg = segment;
    apr_uint32_t now = (apr_uint32_t)apr_time_sec(apr_time_now());
    apr_uint64_t mine = ((apr_uint64_t)(apr_uint32_t)getpid() << 32) | now;
    int i;

    if (!seg || total >= SL_HEAVY_SLOTS) {
        return 0;
    }
    for (i = 0; i < total; i++) {
        volatile apr_uint64_t *slot = &seg->slot[i];
        apr_uint64_t v = apr_atomic_read64(slot);

        if ((v == 0 || stale(v, now)) && apr_atomic_cas64(slot, mine, v) == v) {
            taken *t = apr_palloc(r->pool, sizeof(*t));
            if (v != 0) {
                ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, SL_LOGNO(00090) "heavy page slot %d taken "
                              "over from process %u (gone, or computing for %u s)", i,
                              (unsigned)(v >> 32), (unsigned)(now - (apr_uint32_t)v));
            }
            t->slot = slot;
            t->mine = mine;
            apr_pool_cleanup_register(r->pool, t, slot_give_back, apr_pool_cleanup_null);
            return 0;
        }
    }
    return -1;
}

/* This child's threads waiting for a slot. */
static apr_uint32_t waiting;

static apr_uint32_t waiting_cap(void)
{
    int threaded = AP_MPMQ_NOT_SUPPORTED, threads = 0;

    if (ap_mpm_query(AP_MPMQ_IS_THREADED, &threaded) != APR_SUCCESS
        || threaded == AP_MPMQ_NOT_SUPPORTED
        || ap_mpm_query(AP_MPMQ_MAX_THREADS, &threads) != APR_SUCCESS) {
        return 0;
    }
    return threads > 4 ? (apr_uint32_t)threads / 4 : 1;
}

int sl_heavy_slot_wait(request_rec *r, void *segment, int total, int seconds)
{
    apr_time_t end;
    int rv = sl_heavy_slot_take(r, segment, total);

    if (rv == 0 || seconds <= 0) {
        return rv;
    }
    if (apr_atomic_inc32(&waiting) >= waiting_cap()) {
        apr_atomic_dec32(&waiting);
        return rv;
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00091) "heavy page %s waits up to %d s for "
                  "a place (SialipHeavyTotal %d)", r->uri, seconds, total);
    end = apr_time_now() + apr_time_from_sec(seconds);
    while (rv != 0 && apr_time_now() < end && !r->connection->aborted) {
        apr_sleep(apr_time_from_msec(SL_HEAVY_POLL_MS));
        rv = sl_heavy_slot_take(r, segment, total);
    }
    apr_atomic_dec32(&waiting);
    return rv;
}

/* ---- pausing between statements ---------------------------------------- */

/* SialipHeavyPause in a computing thread, 0 in every other; the pauses
 * of its computation so far. */
static __thread int pause_percent;
static __thread apr_interval_time_t paused;
static __thread int pauses;

/* The thread's database pacer (sl_db_pace_with). */
static void pace(apr_interval_time_t db_time)
{
    apr_interval_time_t t;

    if (pause_percent <= 0 || db_time <= 0) {
        return;
    }
    t = db_time * pause_percent / 100;
    if (t > apr_time_from_msec(SL_HEAVY_PAUSE_MAX_MS)) {
        t = apr_time_from_msec(SL_HEAVY_PAUSE_MAX_MS);
    }
    apr_sleep(t);
    paused += t;
    pauses++;
}

/* ---- the low-priority thread ------------------------------------------ */

typedef struct {
    sl_ctx *c;
    int (*handler)(sl_ctx *);
    int nice;
    int pause;
    int rv;
} job;

/* The handler with the thread's pauses on. */
static int paced(job *j)
{
    apr_time_t start = apr_time_now();
    int rv;

    pause_percent = j->pause;
    paused = 0;
    pauses = 0;
    sl_db_pace_with(j->pause > 0 ? pace : NULL);
    rv = j->handler(j->c);
    sl_db_pace_with(NULL);
    pause_percent = 0;
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, j->c->r, SL_LOGNO(00092) "heavy page %s "
                  "computed in %" APR_TIME_T_FMT " ms, of which %d pauses %"
                  APR_TIME_T_FMT " ms (SialipHeavyPause %d)",
                  j->c->r->uri, apr_time_as_msec(apr_time_now() - start), pauses,
                  apr_time_as_msec(paused), j->pause);
    return rv;
}

static void *APR_THREAD_FUNC compute(apr_thread_t *thread, void *data)
{
    job *j = data;

    /* Linux: PRIO_PROCESS with a thread id sets that thread only. */
    if (setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), j->nice) != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, errno, j->c->r, SL_LOGNO(00088) "heavy page "
                      "%s computed at normal priority (setpriority failed)", j->c->r->uri);
    }
    j->rv = paced(j);
    apr_thread_exit(thread, APR_SUCCESS);
    return NULL;
}

int sl_heavy_run(sl_ctx *c, int (*handler)(sl_ctx *))
{
    job j = {c, handler, sl_heavy_nice(), sl_heavy_pause(), 0};
    apr_threadattr_t *attr;
    apr_thread_t *thread;
    apr_status_t rv, done;

    if (j.nice <= 0) {
        return paced(&j);
    }
    /* The request's pool, connection and database handle pass to the
     * new thread whole while this one waits: never used by two at once. */
    if ((rv = apr_threadattr_create(&attr, c->r->pool)) != APR_SUCCESS
        || (rv = apr_thread_create(&thread, attr, compute, &j, c->r->pool)) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, c->r, SL_LOGNO(00089) "heavy page %s "
                      "computed in the worker thread: no thread of its own", c->r->uri);
        return paced(&j);
    }
    apr_thread_join(&done, thread);
    return j.rv;
}
