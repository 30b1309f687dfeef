#include <stdio.h>
#include <string.h>
#include <apr_dbd.h>
#include <apr_hash.h>
#include <apr_strings.h>
#include <apr_time.h>
#include "db.h"

#define SK_DB_DEADLOCK 1213
#define SK_DB_LOCK_WAIT 1205

struct sk_db {
    apr_pool_t *pool;
    sl_dbi dbi;                     /* driver, handle, prepared statements */
    apr_dbd_transaction_t *trans;
    /* The pool the transaction was started with: apr_dbd registers its
     * end there and unregisters it only from the pool given to
     * apr_dbd_transaction_end.  Another pool left the end registered, so a
     * rolled-back transaction was rolled back again when its pool went,
     * on a connection closed by then (a crash at exit after a retry). */
    apr_pool_t *trans_pool;
};

static int fail(sk_db *db, const char *what, int rv)
{
    const char *msg = apr_dbd_error(db->dbi.driver, db->dbi.handle, rv);
    db->dbi.error = apr_psprintf(db->pool, "%s: %s (error %d)", what,
                                 msg && *msg ? msg : "database error", rv);
    db->dbi.errnum = rv ? rv : -1;
    return db->dbi.errnum;
}

static int prepare(sk_db *db, const sk_stmt *s)
{
    for (; s->label; s++) {
        apr_dbd_prepared_t *stmt = NULL;
        int ret = apr_dbd_prepare(db->dbi.driver, db->pool, db->dbi.handle,
                                  s->sql, s->label, &stmt);
        if (ret != 0 || !stmt) {
            return fail(db, apr_pstrcat(db->pool, "preparing ", s->label, NULL),
                        ret);
        }
        apr_hash_set(db->dbi.prepared, s->label, APR_HASH_KEY_STRING, stmt);
    }
    return 0;
}

sk_db *sk_db_open(apr_pool_t *pool, const char *params,
                  const sk_stmt *const *lists, const char **error)
{
    sk_db *db = apr_pcalloc(pool, sizeof(*db));
    const char *open_error = NULL;
    const sk_stmt *const *list;
    apr_status_t rv;
    int nrows, ret;
    char msg[120];

    db->pool = pool;
    db->dbi.prepared = apr_hash_make(pool);
    db->dbi.prefix = "";
    if ((rv = apr_dbd_init(pool)) != APR_SUCCESS) {
        *error = apr_psprintf(pool, "apr_dbd_init failed: %s",
                              apr_strerror(rv, msg, sizeof(msg)));
        return NULL;
    }
    rv = apr_dbd_get_driver(pool, "mysql", &db->dbi.driver);
    if (rv != APR_SUCCESS) {
        *error = apr_psprintf(pool, "cannot load the apr-util DBD driver "
                              "'mysql' (Debian: libaprutil1-dbd-mysql): %s",
                              apr_strerror(rv, msg, sizeof(msg)));
        return NULL;
    }
    rv = apr_dbd_open_ex(db->dbi.driver, pool, params, &db->dbi.handle,
                         &open_error);
    if (rv != APR_SUCCESS || !db->dbi.handle) {
        *error = apr_psprintf(pool, "cannot connect to the database: %s",
                              open_error && *open_error ? open_error
                              : "check dbd_params (host, port, user, pass, dbname)");
        return NULL;
    }
    /* What mod_dbd's DBDInitSQL does for the modules. */
    if ((ret = apr_dbd_query(db->dbi.driver, db->dbi.handle, &nrows,
                             "SET NAMES utf8mb4")) != 0
        || (ret = apr_dbd_query(db->dbi.driver, db->dbi.handle, &nrows,
                                "SET time_zone = '+00:00'")) != 0
        /* Locking statements lock only the rows they match, and no gaps:
         * the outbox claim of one run does not hold rows another run or a
         * web request writes. */
        || (ret = apr_dbd_query(db->dbi.driver, db->dbi.handle, &nrows,
                                "SET SESSION TRANSACTION ISOLATION LEVEL "
                                "READ COMMITTED")) != 0) {
        fail(db, "session set-up", ret);
        *error = db->dbi.error;
        apr_dbd_close(db->dbi.driver, db->dbi.handle);
        return NULL;
    }
    ret = prepare(db, sl_dbi_stmts);
    for (list = lists; ret == 0 && *list; list++) {
        ret = prepare(db, *list);
    }
    if (ret != 0) {
        *error = db->dbi.error;
        apr_dbd_close(db->dbi.driver, db->dbi.handle);
        return NULL;
    }
    return db;
}

void sk_db_close(sk_db *db)
{
    if (db && db->dbi.handle) {
        apr_dbd_close(db->dbi.driver, db->dbi.handle);
        db->dbi.handle = NULL;
    }
}

sl_dbi *sk_db_dbi(sk_db *db)
{
    return &db->dbi;
}

int sk_db_select(sk_db *db, apr_pool_t *pool, const char *label, sk_rows **out,
                 int nargs, const char **args)
{
    return sl_dbi_select(&db->dbi, pool, label, out, nargs, args);
}

int sk_db_exec(sk_db *db, apr_pool_t *pool, const char *label, int *affected,
               int nargs, const char **args)
{
    return sl_dbi_exec(&db->dbi, pool, label, affected, nargs, args);
}

int sk_db_begin(sk_db *db, apr_pool_t *pool)
{
    int rv;
    db->trans = NULL;
    db->trans_pool = pool;
    rv = apr_dbd_transaction_start(db->dbi.driver, pool, db->dbi.handle,
                                   &db->trans);
    return rv ? fail(db, "starting a transaction", rv) : 0;
}

int sk_db_end(sk_db *db, int commit)
{
    int rv;
    if (!db->trans) {
        return 0;
    }
    if (!commit) {
        apr_dbd_transaction_mode_set(db->dbi.driver, db->trans,
                                     APR_DBD_TRANSACTION_ROLLBACK);
    }
    rv = apr_dbd_transaction_end(db->dbi.driver, db->trans_pool, db->trans);
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

/* One try: begin, the body, commit (or roll back when the body failed);
 * 0, or the error number of what failed. */
static int transaction_once(sk_db *db, apr_pool_t *pool, sk_db_body body,
                            void *baton)
{
    int rv;

    db->dbi.errnum = 0;
    if ((rv = sk_db_begin(db, pool)) != 0) {
        return rv;
    }
    if ((rv = body(baton, pool)) != 0) {
        /* -1 from a body that only knows it failed: the statement's own
         * number says whether another try may help. */
        if (rv == -1 && db->dbi.errnum) {
            rv = db->dbi.errnum;
        }
        sk_db_end(db, 0);
        return rv;
    }
    return sk_db_end(db, 1);
}

int sk_db_transaction(sk_db *db, apr_pool_t *pool, sk_db_body body, void *baton)
{
    int rv, attempt = 0;
    while (sk_db_retryable(rv = transaction_once(db, pool, body, baton))
           && sk_db_backoff(++attempt) == 0) {
        /* Said, so an admin (and a test) sees the run wait, not hang. */
        fprintf(stderr, "%s; trying again (attempt %d of %d)\n", sk_db_error(db),
                attempt + 1, SK_DB_TRIES);
    }
    return rv;
}

const char *sk_db_error(const sk_db *db)
{
    return db->dbi.error ? db->dbi.error : "no error";
}
