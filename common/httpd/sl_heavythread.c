#include <httpd.h>
#include <http_log.h>
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

/* ---- the low-priority thread ------------------------------------------ */

typedef struct {
    sl_ctx *c;
    int (*handler)(sl_ctx *);
    int nice;
    int rv;
} job;

static void *APR_THREAD_FUNC compute(apr_thread_t *thread, void *data)
{
    job *j = data;

    /* Linux: PRIO_PROCESS with a thread id sets that thread only. */
    if (setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), j->nice) != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, errno, j->c->r, SL_LOGNO(00088) "heavy page "
                      "%s computed at normal priority (setpriority failed)", j->c->r->uri);
    }
    j->rv = j->handler(j->c);
    apr_thread_exit(thread, APR_SUCCESS);
    return NULL;
}

int sl_heavy_run(sl_ctx *c, int (*handler)(sl_ctx *))
{
    job j = {c, handler, sl_heavy_nice(), 0};
    apr_threadattr_t *attr;
    apr_thread_t *thread;
    apr_status_t rv, done;

    if (j.nice <= 0) {
        return handler(c);
    }
    /* The request's pool, connection and database handle pass to the
     * new thread whole while this one waits: never used by two at once. */
    if ((rv = apr_threadattr_create(&attr, c->r->pool)) != APR_SUCCESS
        || (rv = apr_thread_create(&thread, attr, compute, &j, c->r->pool)) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, c->r, SL_LOGNO(00089) "heavy page %s "
                      "computed in the worker thread: no thread of its own", c->r->uri);
        return handler(c);
    }
    apr_thread_join(&done, thread);
    return j.rv;
}
