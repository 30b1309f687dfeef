/* What the database layer tells the layers above without knowing them
 * (sl_db.h): the caches' on-commit hooks, and the pacing of a heavy
 * page's statements. */
#include <httpd.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <apr_lib.h>
#include "sl_db.h"
#include "sl_db_int.h"

/* The on-commit hooks (sl_db.h): the status page cache and the heavy
 * pages' cache. */
#define SL_DB_COMMIT_HOOKS 4
static void (*commit_hooks[SL_DB_COMMIT_HOOKS])(void);

void sl_db_on_commit(void (*written)(void))
{
    int i;

    for (i = 0; i < SL_DB_COMMIT_HOOKS; i++) {
        if (commit_hooks[i] == written) {
            return;         /* post_config runs twice at start-up */
        }
        if (!commit_hooks[i]) {
            commit_hooks[i] = written;
            return;
        }
    }
}

void sl_db_written(void)
{
    int i;

    for (i = 0; i < SL_DB_COMMIT_HOOKS && commit_hooks[i]; i++) {
        commit_hooks[i]();
    }
}

int sl_db_stmt_kind(const char *sql)
{
    if (strncmp(sql, SL_DB_BOOKKEEPING, sizeof(SL_DB_BOOKKEEPING) - 1) == 0) {
        return SL_DB_KEEPS_BOOKS;
    }
    while (apr_isspace(*sql) || *sql == '(') {
        sql++;
    }
    /* Anything else (INSERT ... RETURNING run as a SELECT) counts. */
    return strncasecmp(sql, "SELECT", 6) == 0 || strncasecmp(sql, "WITH", 4) == 0
           ? SL_DB_READS : SL_DB_WRITES;
}

void sl_db_wrote(sl_db *db)
{
    if (db->in_transaction) {
        db->wrote = 1;       /* the hooks run at its commit */
    }
    else {
        sl_db_written();     /* committed by itself */
    }
}

/* The heavy pages' pacer of this thread (sl_db.h). */
static __thread sl_db_pacer pacer;

void sl_db_pace_with(sl_db_pacer each_statement)
{
    pacer = each_statement;
}

int sl_db_pacing(void)
{
    return pacer != NULL;
}

/* This thread's CPU time; 0 when it cannot be read (the wall time is
 * reported whole then, as before). */
static apr_interval_time_t thread_cpu(void)
{
    struct timespec ts;

    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) {
        return 0;
    }
    return (apr_interval_time_t)ts.tv_sec * APR_USEC_PER_SEC + ts.tv_nsec / 1000;
}

sl_db_pace_mark sl_db_pace_start(void)
{
    sl_db_pace_mark m = {0, 0};

    if (pacer) {
        m.wall = apr_time_now();
        m.cpu = thread_cpu();
    }
    return m;
}

void sl_db_pace_end(const sl_db_pace_mark *m, apr_interval_time_t in_rows)
{
    apr_interval_time_t own;

    if (!pacer || !m->wall) {
        return;
    }
    /* The thread's own CPU covers each_row's work and the conversion of
     * the rows; each_row's wall time, when longer, also its waits. */
    own = thread_cpu() - m->cpu;
    pacer(apr_time_now() - m->wall - (own > in_rows ? own : in_rows));
}
