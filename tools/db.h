/* The database for sialip-kirim: apr-util's DBD API directly (no
 * mod_dbd), the "mysql" driver, the DBDParams string, prepared statements
 * with %s placeholders prepared once after connecting. */
#ifndef SK_DB_H
#define SK_DB_H

#include <apr_pools.h>

typedef struct sk_db sk_db;

typedef struct {
    const char *label;
    const char *sql;
} sk_stmt;

typedef struct {
    int nrows, ncols;
    const char ***rows;     /* rows[i][j]; NULL for SQL NULL */
} sk_rows;

/* Connects with the DBDParams string, sets utf8mb4 and UTC, and prepares
 * the statements of every list (NULL-terminated; each list ends with a NULL
 * label).  NULL with *error set on failure. */
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
/* True for errors worth one more try: a deadlock or a lock wait timeout. */
int sk_db_retryable(int rv);
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
const char *sk_rows_get(const sk_rows *rows, int row, int col);

#define SK_ARGS(...) \
    (int)(sizeof((const char *[]){__VA_ARGS__}) / sizeof(const char *)), \
    (const char *[]){__VA_ARGS__}
#define SK_NOARGS 0, NULL

#endif
