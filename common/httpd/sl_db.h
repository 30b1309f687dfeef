/* Database access through mod_dbd's shared pool: acquire with retry,
 * prepared statements by label, transactions that always end, NULL-safe
 * result access.  Every statement is registered at startup (sl_db_register)
 * with the module's label prefix; no SQL is ever built from strings. */
#ifndef SL_DB_H
#define SL_DB_H

#include <httpd.h>
#include <apr_dbd.h>
#include <mod_dbd.h>
#include "dbi.h"   /* sl_stmt_def, sl_rows, SL_ARGS, sl_rows_get */

/* Registers every statement of defs (ending with a {NULL, NULL} entry)
 * under prefix+label on every server, before mod_dbd's post_config. */
void sl_db_register(server_rec *s, const char *prefix, const sl_stmt_def *defs);

/* Written first in the SQL of a statement whose writes are bookkeeping:
 * rows no kept page shows (sessions, login and filing throttles, a
 * password hash brought to the current cost).  Its writes do not make the
 * kept pages stale (sl_db_on_commit).  Every other write does: a
 * statement run with sl_db_exec, or one run with sl_db_select or
 * sl_db_each whose SQL does not begin with SELECT or WITH (an INSERT ...
 * RETURNING). */
#define SL_DB_BOOKKEEPING "/* bookkeeping */ "

/* Prepares every registered statement once on handle (a short connection
 * when Apache starts) and logs each one the server refuses: connections of
 * the pool prepare a statement only when a request first runs it. */
void sl_db_check_statements(server_rec *s, apr_pool_t *p,
                            const apr_dbd_driver_t *driver, apr_dbd_t *handle);

typedef struct {
    request_rec *r;
    ap_dbd_t *dbd;
    const char *prefix;
    apr_dbd_transaction_t *trans;
    int in_transaction;
    int failed;          /* a statement failed inside the transaction */
    int conflict;        /* ... and the server said to restart it: a
                          * deadlock, a lock wait timeout, or a Galera
                          * certification conflict at commit */
    sl_dbi *dbi;         /* see sl_dbi.h; made when first asked for */
    int dbi_ready;       /* its statements are prepared on dbd */
    int wrote;           /* the transaction ran a write that is not
                          * bookkeeping (sl_db_on_commit) */
} sl_db;

/* A connection from the pool for this request, or NULL when the database
 * cannot be reached (the caller answers 503). Retries when the pool hands
 * back a connection that died while idle. */
sl_db *sl_db_acquire(request_rec *r, const char *prefix);

/* Prepares the statements of defs (registered with this db's prefix) on
 * db's connection, for code that finds them there itself (sl_dbi.c).
 * 0, or -1 (logged). */
int sl_db_prepare(sl_db *db, const sl_stmt_def *defs);

/* Runs a SELECT; returns 0 and sets *out, or -1 (logged). */
int sl_db_select(sl_db *db, const char *label, sl_rows **out,
                 int nargs, const char **args);
/* Runs a SELECT and calls each_row for every row, without keeping the
 * rows in the request pool: values[j] is NULL for SQL NULL and valid only
 * during the call; row_pool is cleared after each row, and everything the
 * driver allocates for the statement is freed on return.  each_row returns
 * 0 to go on, non-zero to stop (the remaining rows are still read, as the
 * driver requires).  Returns 0, or -1 (logged).
 *
 * Memory: apr_dbd_mysql stores the whole result in the client library
 * (mysql_stmt_store_result) before the first row, whatever the seek flag,
 * and keeps it until the statement runs again.  So this is flat in the
 * request pool but not in the process for an unbounded SELECT: page those
 * with sl_db_each_page.  each_row must not run the same statement. */
typedef int (*sl_row_fn)(void *ctx, int ncols, const char *const *names,
                         const char *const *values, apr_pool_t *row_pool);
int sl_db_each(sl_db *db, const char *label, sl_row_fn each_row, void *ctx,
               int nargs, const char **args);

/* A SELECT of any size in memory bounded by page_rows (keyset paging over
 * sl_db_each): the statement ends with "AND key > %s ORDER BY key LIMIT
 * %s", key a unique, non-NULL column compared as the column's type (an
 * integer id), returned as column key_col.  It runs with args plus the
 * key to start after (first_key, e.g. "0") and page_rows, then again after
 * the last key of each full page.  Rows arrive in key order, as in
 * sl_db_each; each_row returning non-zero stops after the current page's
 * remaining rows are read.  For one consistent snapshot across pages, call
 * it inside sl_db_begin ... sl_db_rollback (InnoDB repeatable read).
 * Returns 0, or -1 (logged). */
int sl_db_each_page(sl_db *db, const char *label, int key_col, int page_rows,
                    const char *first_key, sl_row_fn each_row, void *ctx,
                    int nargs, const char **args);

/* Runs an INSERT/UPDATE/DELETE; returns 0 and the affected row count in
 * *nrows (may be NULL), or -1 (logged). */
int sl_db_exec(sl_db *db, const char *label, int *nrows,
               int nargs, const char **args);

/* Transactions.  begin registers a request-pool cleanup that rolls back a
 * transaction still open when the request ends, so a pooled connection
 * never goes back mid-transaction.  commit returns 0 on success, -1 when
 * the transaction failed and was rolled back. */
int sl_db_begin(sl_db *db);
int sl_db_commit(sl_db *db);
void sl_db_rollback(sl_db *db);

/* The caches' on-commit hook: each page cache registers a function (at
 * post_config, once per module: each module links its own copy of this
 * layer) that sl_db_written runs after a write that changed data, so the
 * database layer does not know the caches.  The rule: the hooks run
 *   - after the commit of a transaction that ran a write which is not
 *     bookkeeping (SL_DB_BOOKKEEPING), a failed COMMIT too: it may have
 *     reached the server;
 *   - after such a write outside a transaction (its own commit), failed
 *     or not;
 * and never after a rollback, nor after the commit of a transaction that
 * only read (SELECT ... FOR UPDATE) or only kept the books.  So a login,
 * a logout or a throttled lookup leaves the kept pages current.  The
 * writes of dbi.h (sl_dbi.h) say themselves whether they count: the
 * outbox and stored files do; an audit row only when it is public (on the
 * status page's history): a private one goes with a write of its own, or
 * is bookkeeping itself (a login, a view of personal data). */
void sl_db_on_commit(void (*written)(void));
void sl_db_written(void);
/* db ran a write that counts, by a way of its own (sl_dbi.c): noted for
 * the commit of its transaction, or the hooks run now without one. */
void sl_db_wrote(sl_db *db);

/* A heavy page's computation (sl_heavythread.c) asks its thread's
 * statements to report the time the database took, after each one (a
 * page of rows), so it can pause as long: MariaDB runs them at normal
 * priority whatever the thread's nice value.  Per thread; NULL: none.
 * The time reported is the statement's wall time less the thread's own
 * CPU time over it (CLOCK_THREAD_CPUTIME_ID: converting the rows, and
 * sl_db_each's each_row, whose wall time is taken off instead when
 * longer).  What is left still includes the time the thread waited for
 * a CPU outside each_row (the run queue of a loaded machine, at the
 * thread's nice value): never less than the database's time.  The clocks
 * are read only while a pacer is set. */
typedef void (*sl_db_pacer)(apr_interval_time_t db_time);
void sl_db_pace_with(sl_db_pacer each_statement);

#endif
