#include <string.h>
#include <apr_dbd.h>
#include <apr_hash.h>
#include <apr_tables.h>
#include <apr_strings.h>
#include <apr_time.h>
#include "db.h"

#define SK_DB_DEADLOCK 1213
#define SK_DB_LOCK_WAIT 1205

struct sk_db {
    apr_pool_t *pool;
    const apr_dbd_driver_t *driver;
    apr_dbd_t *handle;
    apr_hash_t *stmts;              /* label -> apr_dbd_prepared_t */
    apr_dbd_transaction_t *trans;
    const char *error;
};

static int fail(sk_db *db, const char *label, int rv)
{
    const char *msg = apr_dbd_error(db->driver, db->handle, rv);
    db->error = apr_psprintf(db->pool, "%s: %s (error %d)", label,
                             msg && *msg ? msg : "database error", rv);
    return rv ? rv : -1;
}

sk_db *sk_db_open(apr_pool_t *pool, const char *params,
                  const sk_stmt *const *lists, const char **error)
{
    sk_db *db = apr_pcalloc(pool, sizeof(*db));
    const char *open_error = NULL;
    const sk_stmt *const *list;
    const sk_stmt *s;
    apr_status_t rv;
    int nrows, ret;
    char msg[120];

    db->pool = pool;
    db->stmts = apr_hash_make(pool);
    if ((rv = apr_dbd_init(pool)) != APR_SUCCESS) {
        *error = apr_psprintf(pool, "apr_dbd_init failed: %s",
                              apr_strerror(rv, msg, sizeof(msg)));
        return NULL;
    }
    rv = apr_dbd_get_driver(pool, "mysql", &db->driver);
    if (rv != APR_SUCCESS) {
        *error = apr_psprintf(pool, "cannot load the apr-util DBD driver "
                              "'mysql' (Debian: libaprutil1-dbd-mysql): %s",
                              apr_strerror(rv, msg, sizeof(msg)));
        return NULL;
    }
    rv = apr_dbd_open_ex(db->driver, pool, params, &db->handle, &open_error);
    if (rv != APR_SUCCESS || !db->handle) {
        *error = apr_psprintf(pool, "cannot connect to the database: %s",
                              open_error && *open_error ? open_error
                              : "check dbd_params (host, port, user, pass, dbname)");
        return NULL;
    }
    /* What mod_dbd's DBDInitSQL does for the modules. */
    if ((ret = apr_dbd_query(db->driver, db->handle, &nrows,
                             "SET NAMES utf8mb4")) != 0
        || (ret = apr_dbd_query(db->driver, db->handle, &nrows,
                                "SET time_zone = '+00:00'")) != 0
        /* Locking statements lock only the rows they match, and no gaps:
         * the outbox claim of one run does not hold rows another run or a
         * web request writes. */
        || (ret = apr_dbd_query(db->driver, db->handle, &nrows,
                                "SET SESSION TRANSACTION ISOLATION LEVEL "
                                "READ COMMITTED")) != 0) {
        fail(db, "session set-up", ret);
        *error = db->error;
        apr_dbd_close(db->driver, db->handle);
        return NULL;
    }
    for (list = lists; *list; list++) {
        for (s = *list; s->label; s++) {
            apr_dbd_prepared_t *stmt = NULL;
            ret = apr_dbd_prepare(db->driver, pool, db->handle, s->sql, s->label,
                                  &stmt);
            if (ret != 0 || !stmt) {
                fail(db, apr_pstrcat(pool, "preparing ", s->label, NULL), ret);
                *error = db->error;
                apr_dbd_close(db->driver, db->handle);
                return NULL;
            }
            apr_hash_set(db->stmts, s->label, APR_HASH_KEY_STRING, stmt);
        }
    }
    return db;
}

void sk_db_close(sk_db *db)
{
    if (db && db->handle) {
        apr_dbd_close(db->driver, db->handle);
        db->handle = NULL;
    }
}

static apr_dbd_prepared_t *find(sk_db *db, const char *label)
{
    apr_dbd_prepared_t *stmt = apr_hash_get(db->stmts, label, APR_HASH_KEY_STRING);
    if (!stmt) {
        db->error = apr_psprintf(db->pool, "statement %s is not prepared", label);
    }
    return stmt;
}

int sk_db_select(sk_db *db, apr_pool_t *pool, const char *label, sk_rows **out,
                 int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find(db, label);
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    apr_array_header_t *rows;
    sk_rows *result;
    int rv, j;

    if (!stmt) {
        return -1;
    }
    rv = apr_dbd_pselect(db->driver, pool, db->handle, &res, stmt, 0, nargs, args);
    if (rv != 0) {
        return fail(db, label, rv);
    }
    result = apr_pcalloc(pool, sizeof(*result));
    result->ncols = apr_dbd_num_cols(db->driver, res);
    rows = apr_array_make(pool, 16, sizeof(const char **));
    /* Sequential: every row is read, so the connection is ready for the
     * next statement; -1 is the end, anything else an error. */
    while ((rv = apr_dbd_get_row(db->driver, pool, res, &row, -1)) == 0) {
        const char **values = apr_pcalloc(pool, sizeof(char *) * (result->ncols + 1));
        for (j = 0; j < result->ncols; j++) {
            char *v = NULL;
            if (apr_dbd_datum_get(db->driver, row, j, APR_DBD_TYPE_STRING, &v)
                == APR_SUCCESS && v) {
                values[j] = apr_pstrdup(pool, v);
            }
        }
        APR_ARRAY_PUSH(rows, const char **) = values;
    }
    if (rv != -1) {
        return fail(db, label, rv);
    }
    result->nrows = rows->nelts;
    result->rows = (const char ***)rows->elts;
    *out = result;
    return 0;
}

int sk_db_exec(sk_db *db, apr_pool_t *pool, const char *label, int *affected,
               int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find(db, label);
    int n = 0, rv;

    if (!stmt) {
        return -1;
    }
    rv = apr_dbd_pquery(db->driver, pool, db->handle, &n, stmt, nargs, args);
    if (rv != 0) {
        return fail(db, label, rv);
    }
    if (affected) {
        *affected = n;
    }
    return 0;
}

int sk_db_begin(sk_db *db, apr_pool_t *pool)
{
    int rv;
    db->trans = NULL;
    rv = apr_dbd_transaction_start(db->driver, pool, db->handle, &db->trans);
    return rv ? fail(db, "starting a transaction", rv) : 0;
}

int sk_db_end(sk_db *db, int commit)
{
    int rv;
    if (!db->trans) {
        return 0;
    }
    if (!commit) {
        apr_dbd_transaction_mode_set(db->driver, db->trans,
                                     APR_DBD_TRANSACTION_ROLLBACK);
    }
    rv = apr_dbd_transaction_end(db->driver, db->pool, db->trans);
    db->trans = NULL;
    return rv ? fail(db, commit ? "commit" : "rollback", rv) : 0;
}

int sk_db_retryable(int rv)
{
    return rv == SK_DB_DEADLOCK || rv == SK_DB_LOCK_WAIT;
}

int sk_db_backoff(int attempt)
{
    unsigned char r = 0;
    apr_interval_time_t wait;

    if (attempt >= SK_DB_TRIES) {
        return -1;
    }
    apr_generate_random_bytes(&r, 1);
    /* 5-25 ms, 10-50 ms, ... at most some 0.7 s in all. */
    wait = apr_time_from_msec(5 * attempt + (attempt * 20 * r) / 255);
    apr_sleep(wait);
    return 0;
}

int sk_db_select_retry(sk_db *db, apr_pool_t *pool, const char *label, sk_rows **out,
                       int nargs, const char **args)
{
    int rv, attempt = 0;
    while (sk_db_retryable(rv = sk_db_select(db, pool, label, out, nargs, args))
           && sk_db_backoff(++attempt) == 0) {
    }
    return rv;
}

int sk_db_exec_retry(sk_db *db, apr_pool_t *pool, const char *label, int *affected,
                     int nargs, const char **args)
{
    int rv, attempt = 0;
    while (sk_db_retryable(rv = sk_db_exec(db, pool, label, affected, nargs, args))
           && sk_db_backoff(++attempt) == 0) {
    }
    return rv;
}

const char *sk_db_error(const sk_db *db)
{
    return db->error ? db->error : "no error";
}

const char *sk_rows_get(const sk_rows *rows, int row, int col)
{
    if (!rows || row < 0 || row >= rows->nrows || col < 0 || col >= rows->ncols) {
        return NULL;
    }
    return rows->rows[row][col];
}
