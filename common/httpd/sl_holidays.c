#include <httpd.h>
#include <stdlib.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include <apr_thread_mutex.h>
#include "sl_holidays.h"
#include "sl_module.h"

static const sl_stmt_def statements[] = {
    {"libur_versi", "SELECT versi FROM versi_data WHERE nama = 'hari_libur'"},
    {"libur_semua", "SELECT tanggal, nama FROM hari_libur WHERE libur = 1"},
    {NULL, NULL}
};

const sl_feature sl_holidays_feature = {NULL, statements};

/* The cached calendar and the version it was built from.  Each rebuild
 * gets its own pool; the one it replaces is kept until the process ends,
 * because a request in another thread may still be counting with it.
 * Rebuilds happen only when an admin edits holidays: a few times a year. */
static struct {
    apr_thread_mutex_t *lock;
    apr_pool_t *pool;
    const sl_calendar *calendar;
    apr_uint64_t version;
    int cutoff_minutes;
} cache;

apr_status_t sl_holidays_child_init(apr_pool_t *pchild, int cutoff_minutes)
{
    cache.pool = pchild;
    cache.calendar = NULL;
    cache.version = 0;
    cache.cutoff_minutes = cutoff_minutes;
    return apr_thread_mutex_create(&cache.lock, APR_THREAD_MUTEX_DEFAULT,
                                   pchild);
}

static const sl_calendar *build(sl_ctx *c, apr_pool_t *pool)
{
    sl_rows *rows;
    sl_holiday *list;
    int i, n = 0;

    if (sl_db_select(c->db, "libur_semua", &rows, SL_NOARGS) != 0) {
        return NULL;
    }
    list = apr_pcalloc(c->r->pool, sizeof(sl_holiday) * (rows->nrows + 1));
    for (i = 0; i < rows->nrows; i++) {
        const char *date = sl_rows_get(rows, i, 0);
        if (date && sl_day_parse_iso(date, &list[n].day) == 0) {
            list[n].name = sl_rows_get_or(rows, i, 1, "Hari libur");
            n++;
        }
        else {
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, "hari_libur row "
                          "with unreadable date '%s' ignored",
                          date ? date : "NULL");
        }
    }
    return sl_calendar_make(pool, list, n, cache.cutoff_minutes);
}

const sl_calendar *sl_holidays_current(sl_ctx *c)
{
    sl_rows *rows;
    const char *v;
    apr_uint64_t version;
    const sl_calendar *cal;

    if (sl_db_select(c->db, "libur_versi", &rows, SL_NOARGS) != 0) {
        return NULL;
    }
    v = sl_rows_get(rows, 0, 0);
    version = v ? apr_strtoi64(v, NULL, 10) : 0;

    apr_thread_mutex_lock(cache.lock);
    if (!cache.calendar || cache.version != version) {
        apr_pool_t *pool;
        apr_pool_create(&pool, cache.pool);
        cal = build(c, pool);
        if (cal) {
            cache.calendar = cal;
            cache.version = version;
        }
        else {
            apr_pool_destroy(pool);
        }
    }
    cal = cache.calendar;
    apr_thread_mutex_unlock(cache.lock);
    return cal;
}
