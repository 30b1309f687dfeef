#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include "sl_db.h"
#include "sl_sharedcache.h"
#include "sl_heavycache.h"
#include "sl_module.h"
#include "sl_logno.h"

/* After the database restarts, every idle pooled connection is dead and
 * mod_dbd discards one per acquire (its mysql_ping fails with 2006/2013):
 * a pool of DBDMax connections needs up to DBDMax + 1 acquires, each a few
 * microseconds.  While the database is really down each acquire is a
 * refused connect.  So ask quickly at first, then back off, and give up
 * (503) only after SL_DB_WAIT_MS: a restart of MariaDB takes a few seconds
 * and nothing a citizen sends meanwhile should fail because of it. */
#define SL_DB_QUICK_TRIES 64
#define SL_DB_WAIT_MS 10000
#define SL_DB_BACKOFF_MAX_MS 500

/* mod_dbd's functions, looked up rather than linked: without mod_dbd the
 * module still loads, and configtest says "a2enmod dbd" (sl_startcheck)
 * instead of failing on an undefined symbol. */
static APR_OPTIONAL_FN_TYPE(ap_dbd_prepare) *dbd_prepare;
static APR_OPTIONAL_FN_TYPE(ap_dbd_acquire) *dbd_acquire;

/* Label -> number of %s placeholders, filled in the parent at startup and
 * only read afterwards: the driver reads as many arguments as the
 * statement has, whatever count it is given, so a mismatch is refused
 * before it becomes an out-of-bounds read. */
static apr_hash_t *placeholder_counts;
static apr_pool_t *placeholder_pool;

/* apr_dbd reads every '%' followed by a letter as a placeholder ("%s",
 * but also the "%Y" of a DATE_FORMAT); "%%" is a literal percent sign. */
static int count_placeholders(const char *sql)
{
    int n = 0;
    for (; (sql = strchr(sql, '%')) != NULL; sql++) {
        if (sql[1] == '%') {
            sql++;
        }
        else if ((sql[1] >= 'a' && sql[1] <= 'z') || (sql[1] >= 'A' && sql[1] <= 'Z')) {
            n++;
        }
    }
    return n;
}

/* Statements go to the main server only: mod_dbd merges them into the pool
 * of every virtual host that uses the same DBDParams (the shared-pool
 * set-up this project documents), and registering them per host would
 * only produce "conflicting SQL statements" warnings. */
void sl_db_register(server_rec *s, const char *prefix, const sl_stmt_def *defs)
{
    apr_pool_t *pconf = s->process->pconf;
    const sl_stmt_def *d;

    dbd_prepare = APR_RETRIEVE_OPTIONAL_FN(ap_dbd_prepare);
    dbd_acquire = APR_RETRIEVE_OPTIONAL_FN(ap_dbd_acquire);
    if (!dbd_prepare || !dbd_acquire) {
        return;             /* sl_startcheck_dbd has refused to start */
    }
    if (placeholder_pool != pconf) {
        placeholder_counts = apr_hash_make(pconf);
        placeholder_pool = pconf;
    }
    for (d = defs; d->label; d++) {
        const char *label = apr_pstrcat(pconf, prefix, d->label, NULL);
        int *count = apr_palloc(pconf, sizeof(int));
        *count = count_placeholders(d->sql);
        apr_hash_set(placeholder_counts, label, APR_HASH_KEY_STRING, count);
        dbd_prepare(s, d->sql, label);
    }
}

sl_db *sl_db_acquire(request_rec *r, const char *prefix)
{
    ap_dbd_t *dbd = NULL;
    apr_time_t start = apr_time_now();
    apr_interval_time_t pause = apr_time_from_msec(20);
    sl_db *db;
    int tries = 0;

    /* ap_dbd_acquire keeps a connection in the request only when it got
     * one, so asking again after a NULL really asks the pool again. */
    while (!dbd_acquire || !(dbd = dbd_acquire(r))) {
        apr_time_t waited = apr_time_now() - start;
        tries++;
        if (waited >= apr_time_from_msec(SL_DB_WAIT_MS)) {
            ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                          SL_LOGNO(00005) "%s: no database connection after %d tries in "
                          "%d ms", prefix, tries,
                          (int)apr_time_as_msec(waited));
            return NULL;
        }
        if (tries >= SL_DB_QUICK_TRIES) {
            apr_sleep(pause);
            pause = pause * 2 > apr_time_from_msec(SL_DB_BACKOFF_MAX_MS)
                    ? apr_time_from_msec(SL_DB_BACKOFF_MAX_MS) : pause * 2;
        }
    }
    if (tries > 0) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00006) "%s: database connection "
                      "after %d failed tries (dead pooled connections "
                      "discarded, or the database was restarting)", prefix,
                      tries);
    }
    db = apr_pcalloc(r->pool, sizeof(*db));
    db->r = r;
    db->dbd = dbd;
    db->prefix = prefix;
    return db;
}

/* The prepared statement for label with nargs arguments, or NULL (logged,
 * and the transaction marked failed so nothing half-done is committed). */
static apr_dbd_prepared_t *find_statement(sl_db *db, const char *label,
                                          int nargs)
{
    const char *full = apr_pstrcat(db->r->pool, db->prefix, label, NULL);
    apr_dbd_prepared_t *stmt = apr_hash_get(db->dbd->prepared, full,
                                            APR_HASH_KEY_STRING);
    const int *expected = placeholder_counts
                          ? apr_hash_get(placeholder_counts, full,
                                         APR_HASH_KEY_STRING)
                          : NULL;
    if (!stmt || !expected) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r,
                      SL_LOGNO(00007) "prepared statement '%s' is not registered (is it in "
                      "the feature's statement table?)", full);
        db->failed = 1;
        return NULL;
    }
    if (*expected != nargs) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r,
                      SL_LOGNO(00008) "statement '%s' takes %d arguments, given %d", full,
                      *expected, nargs);
        db->failed = 1;
        return NULL;
    }
    return stmt;
}

static void log_db_error(sl_db *db, const char *label, int rv)
{
    db->failed = 1;
    const char *msg = apr_dbd_error(db->dbd->driver, db->dbd->handle, rv);
    /* ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT end so; apr_dbd gives no
     * error number for a failed commit. */
    if (msg && strstr(msg, "try restarting transaction")) {
        db->conflict = 1;
    }
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r, SL_LOGNO(00009) "%s: statement %s%s "
                  "failed: %s", db->prefix, db->prefix, label,
                  msg ? msg : "(no message)");
}

int sl_db_select(sl_db *db, const char *label, sl_rows **out,
                 int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find_statement(db, label, nargs);
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    apr_pool_t *pool = db->r->pool, *stmt_pool;
    const apr_dbd_driver_t *drv = db->dbd->driver;
    apr_array_header_t *rows;
    sl_rows *result;
    int rv, j;

    if (!stmt) {
        return -1;
    }
    /* The driver's buffers (up to fldsz per column) live in a pool of
     * their own, as in sl_db_each, and go back to the thread's allocator
     * when the values are copied: a page's queries reuse one statement's
     * worth of buffers instead of adding them all up. */
    apr_pool_create(&stmt_pool, pool);
    rv = apr_dbd_pselect(drv, stmt_pool, db->dbd->handle, &res, stmt, 0, nargs,
                         args);
    if (rv != 0) {
        log_db_error(db, label, rv);
        apr_pool_destroy(stmt_pool);
        return -1;
    }
    result = apr_pcalloc(pool, sizeof(*result));
    result->ncols = apr_dbd_num_cols(drv, res);
    result->names = apr_pcalloc(pool, sizeof(char *) * (result->ncols + 1));
    for (j = 0; j < result->ncols; j++) {
        result->names[j] = apr_pstrdup(pool, apr_dbd_get_name(drv, res, j));
    }
    rows = apr_array_make(pool, 16, sizeof(const char **));
    /* Sequential access: every row must be read so the connection is
     * ready for the next statement.  -1 is the end; anything else an
     * error, never a silently shorter result. */
    while ((rv = apr_dbd_get_row(drv, stmt_pool, res, &row, -1)) == 0) {
        const char **values = apr_pcalloc(pool,
                                          sizeof(char *) * (result->ncols + 1));
        for (j = 0; j < result->ncols; j++) {
            /* datum_get points into the driver's row buffer (reused for the
             * next row), terminated even when the value filled it; SQL NULL
             * is APR_ENOENT. */
            char *v = NULL;
            if (apr_dbd_datum_get(drv, row, j, APR_DBD_TYPE_STRING, &v)
                == APR_SUCCESS && v) {
                values[j] = apr_pstrdup(pool, v);
            }
        }
        APR_ARRAY_PUSH(rows, const char **) = values;
    }
    apr_pool_destroy(stmt_pool);
    if (rv != -1) {
        log_db_error(db, label, rv);
        return -1;
    }
    result->nrows = rows->nelts;
    result->rows = (const char ***)rows->elts;
    *out = result;
    return 0;
}

int sl_db_each(sl_db *db, const char *label, sl_row_fn each_row, void *ctx,
               int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find_statement(db, label, nargs);
    const apr_dbd_driver_t *drv = db->dbd->driver;
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    apr_pool_t *stmt_pool, *row_pool;
    const char **names, **values;
    int rv, j, ncols, stop = 0;

    if (!stmt) {
        return -1;
    }
    /* One pool for everything the driver allocates for this statement
     * (argument binds, result binds sized by the column types: up to fldsz
     * each), destroyed on return, so calling this page after page does not
     * grow the request pool.  apr_dbd_get_row gets the same pool: after
     * the last row the mysql driver runs the result's cleanup with
     * apr_pool_cleanup_run, on res->pool in apr-util 1.6 but on the pool
     * given to get_row in some other versions, where a different pool
     * would leave pselect's cleanup to free the result a second time. */
    apr_pool_create(&stmt_pool, db->r->pool);
    rv = apr_dbd_pselect(drv, stmt_pool, db->dbd->handle, &res, stmt, 0,
                         nargs, args);
    if (rv != 0) {
        log_db_error(db, label, rv);
        apr_pool_destroy(stmt_pool);
        return -1;
    }
    ncols = apr_dbd_num_cols(drv, res);
    names = apr_pcalloc(stmt_pool, sizeof(char *) * (ncols + 1));
    values = apr_pcalloc(stmt_pool, sizeof(char *) * (ncols + 1));
    for (j = 0; j < ncols; j++) {
        names[j] = apr_pstrdup(stmt_pool, apr_dbd_get_name(drv, res, j));
    }
    apr_pool_create(&row_pool, stmt_pool);
    /* One row handle, allocated by the driver on the first row and reused
     * (a fresh one per row would grow the pool with the row count). */
    while ((rv = apr_dbd_get_row(drv, stmt_pool, res, &row, -1)) == 0) {
        for (j = 0; j < ncols; j++) {
            char *v = NULL;
            values[j] = apr_dbd_datum_get(drv, row, j, APR_DBD_TYPE_STRING, &v)
                        == APR_SUCCESS ? v : NULL;
        }
        if (!stop) {
            stop = each_row(ctx, ncols, names, values, row_pool);
        }
        apr_pool_clear(row_pool);
    }
    apr_pool_destroy(stmt_pool);
    if (rv != -1) {
        log_db_error(db, label, rv);
        return -1;
    }
    return 0;
}

/* State of sl_db_each_page between pages. */
typedef struct {
    sl_row_fn each_row;
    void *ctx;
    int key_col;
    int rows;             /* rows of the current page */
    int stop;
    char key[64];         /* the last key seen */
    int key_too_long;
} page_state;

static int page_row(void *data, int ncols, const char *const *names,
                    const char *const *values, apr_pool_t *row_pool)
{
    page_state *st = data;
    const char *key = st->key_col < ncols ? values[st->key_col] : NULL;
    size_t n = key ? strlen(key) : 0;

    st->rows++;
    if (!key || n >= sizeof(st->key)) {
        st->key_too_long = 1;
        return 1;
    }
    memcpy(st->key, key, n + 1);
    if (!st->stop) {
        st->stop = st->each_row(st->ctx, ncols, names, values, row_pool);
    }
    return st->stop;
}

int sl_db_each_page(sl_db *db, const char *label, int key_col, int page_rows,
                    const char *first_key, sl_row_fn each_row, void *ctx,
                    int nargs, const char **args)
{
    page_state st;
    const char **all = apr_palloc(db->r->pool, sizeof(char *) * (nargs + 2));
    char limit[16];
    size_t n = strlen(first_key);

    if (page_rows < 1 || n >= sizeof(st.key)) {
        return -1;
    }
    memset(&st, 0, sizeof(st));
    st.each_row = each_row;
    st.ctx = ctx;
    st.key_col = key_col;
    memcpy(st.key, first_key, n + 1);
    apr_snprintf(limit, sizeof(limit), "%d", page_rows);
    if (nargs > 0) {
        memcpy(all, args, sizeof(char *) * nargs);
    }
    all[nargs] = st.key;      /* read by the driver when each page runs */
    all[nargs + 1] = limit;
    do {
        st.rows = 0;
        if (sl_db_each(db, label, page_row, &st, nargs + 2, all) != 0) {
            return -1;
        }
        if (st.key_too_long) {
            ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r, SL_LOGNO(00010) "%s%s: paging key "
                          "column %d is NULL or too long", db->prefix, label,
                          key_col);
            return -1;
        }
    } while (st.rows == page_rows && !st.stop);
    return 0;
}

int sl_db_exec(sl_db *db, const char *label, int *nrows,
               int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find_statement(db, label, nargs);
    int affected = 0;
    int rv;

    if (!stmt) {
        return -1;
    }
    rv = apr_dbd_pquery(db->dbd->driver, db->r->pool, db->dbd->handle,
                        &affected, stmt, nargs, args);
    if (!db->in_transaction) {
        sl_sharedcache_written();     /* committed by itself */
        sl_heavy_written();
    }
    if (rv != 0) {
        log_db_error(db, label, rv);
        return -1;
    }
    if (nrows) {
        *nrows = affected;
    }
    return 0;
}

/* Ends a transaction the handler left open (an early return, an error):
 * rolled back, never committed by accident. */
static apr_status_t end_open_transaction(void *data)
{
    sl_db *db = data;
    if (db->in_transaction) {
        sl_db_rollback(db);
    }
    return APR_SUCCESS;
}

int sl_db_begin(sl_db *db)
{
    int rv;

    if (db->in_transaction) {
        /* The driver would silently commit the open one. */
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r, SL_LOGNO(00011) "nested transaction "
                      "refused");
        return -1;
    }
    rv = apr_dbd_transaction_start(db->dbd->driver, db->r->pool,
                                   db->dbd->handle, &db->trans);
    if (rv != 0) {
        log_db_error(db, "(begin)", rv);
        if (db->trans) {
            /* The driver keeps a pointer into this request's pool on the
             * pooled connection; end it so the next request cannot use it. */
            apr_dbd_transaction_mode_set(db->dbd->driver, db->trans,
                                         APR_DBD_TRANSACTION_ROLLBACK);
            apr_dbd_transaction_end(db->dbd->driver, db->r->pool, db->trans);
            db->trans = NULL;
        }
        return -1;
    }
    db->in_transaction = 1;
    db->failed = 0;
    db->conflict = 0;
    apr_pool_cleanup_register(db->r->pool, db, end_open_transaction,
                              apr_pool_cleanup_null);
    return 0;
}

int sl_db_commit(sl_db *db)
{
    int rv;

    if (!db->in_transaction) {
        return -1;
    }
    if (db->failed) {
        /* A statement failed: the driver would roll back anyway; say so. */
        sl_db_rollback(db);
        return -1;
    }
    rv = apr_dbd_transaction_end(db->dbd->driver, db->r->pool, db->trans);
    db->in_transaction = 0;
    db->trans = NULL;
    apr_pool_cleanup_kill(db->r->pool, db, end_open_transaction);
    /* After the commit (a page checked from now on sees it); a failed
     * commit too, as it may have reached the server. */
    sl_sharedcache_written();
    sl_heavy_written();
    if (rv != 0) {
        log_db_error(db, "(commit)", rv);
        return -1;
    }
    return 0;
}

void sl_db_rollback(sl_db *db)
{
    if (!db->in_transaction) {
        return;
    }
    apr_dbd_transaction_mode_set(db->dbd->driver, db->trans,
                                 APR_DBD_TRANSACTION_ROLLBACK);
    apr_dbd_transaction_end(db->dbd->driver, db->r->pool, db->trans);
    db->in_transaction = 0;
    db->trans = NULL;
    apr_pool_cleanup_kill(db->r->pool, db, end_open_transaction);
}
