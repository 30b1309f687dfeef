/* The database for sialip-kirim: apr-util's DBD API directly (no
 * mod_dbd), the "mysql" driver, the DBDParams string, prepared statements
 * with %s placeholders prepared once after connecting.  Statements run
 * through the core's interface (common/dbi.h), which also holds the ones
 * the modules run the same way (holidays, outbox, audit): sk_db_dbi. */
#ifndef SK_DB_H
#define SK_DB_H

#include <apr_pools.h>
#include "dbi.h"

typedef struct sk_db sk_db;

typedef sl_stmt_def sk_stmt;
typedef sl_rows sk_rows;

/* Connects with the DBDParams string, sets utf8mb4 and UTC, and prepares
 * the statements of every list (NULL-terminated; each list ends with a NULL
 * label) and the core's (sl_dbi_stmts).  NULL with *error set on
 * failure. */
sk_db *sk_db_open(apr_pool_t *pool, const char *params,
                  const sk_stmt *const *lists, const char **error);
void sk_db_close(sk_db *db);

/* Each returns 0 or the driver's error number (MySQL's, e.g. 1213 for a
 * deadlock); sk_db_error() then says what went wrong.  Values are copied
 * into pool. */
int sk_db_select(sk_db *db, apr_pool_t *pool, const char *label, sk_rows **out,
                 int nargs, const char **args);
int sk_db_exec(sk_db *db, apr_pool_t *pool, const char *label, int *affected,
               int nargs, const char **args);

/* One transaction at a time: sk_db_end commits when every statement since
 * sk_db_begin succeeded and commit is true, and rolls back otherwise. */
int sk_db_begin(sk_db *db, apr_pool_t *pool);
int sk_db_end(sk_db *db, int commit);

const char *sk_db_error(const sk_db *db);
/* The connection for the core's functions (sl_dbi_calendar,
 * sl_dbi_outbox_add, ...); sk_db_error says why one failed. */
sl_dbi *sk_db_dbi(sk_db *db);
/* True for errors worth one more try: a deadlock or a lock wait timeout. */
int sk_db_retryable(int rv);
#define sk_rows_get sl_rows_get
/* Before try number `attempt` (1, 2, ...) of a statement or transaction
 * that met such an error: waits a short random while growing with the
 * attempt, so two runs that collided do not collide again in step.  0 while
 * another try is allowed (SK_DB_TRIES in all), -1 when they are used up. */
#define SK_DB_TRIES 8
int sk_db_backoff(int attempt);
/* sk_db_select / sk_db_exec for a statement on its own (outside a
 * transaction): retried after a deadlock or lock wait timeout. */
int sk_db_select_retry(sk_db *db, apr_pool_t *pool, const char *label, sk_rows **out,
                       int nargs, const char **args);
int sk_db_exec_retry(sk_db *db, apr_pool_t *pool, const char *label, int *affected,
                     int nargs, const char **args);

/* A whole transaction, retried (rolled back, then run again from the
 * start) after a deadlock or lock wait timeout: body runs its statements
 * and returns 0, or the failed statement's error number (or -1: the last
 * failure's number is then used).  body must be safe to run again.
 * Returns 0 once committed, or the error number of the last try. */
typedef int (*sk_db_body)(void *baton, apr_pool_t *pool);
int sk_db_transaction(sk_db *db, apr_pool_t *pool, sk_db_body body, void *baton);

#define SK_ARGS SL_ARGS
#define SK_NOARGS SL_NOARGS

#endif
