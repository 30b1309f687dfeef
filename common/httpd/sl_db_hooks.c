/* What the database layer tells the layers above without knowing them
 * (sl_db.h): the caches' on-commit hooks, and the pacing of a heavy
 * page's statements. */
#include <httpd.h>
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

void sl_db_paced(apr_interval_time_t db_time)
{
    if (pacer) {
        pacer(db_time);
    }
}
