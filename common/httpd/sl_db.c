#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include "sl_db.h"
#include "sl_db_int.h"
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

/* mod_dbd's function, looked up rather than linked: without mod_dbd the
 * module still loads, and configtest says "a2enmod dbd" (sl_startcheck)
 * instead of failing on an undefined symbol. */
static APR_OPTIONAL_FN_TYPE(ap_dbd_acquire) *dbd_acquire;

/* Label -> its SQL and number of %s placeholders, filled in the parent at
 * startup and only read afterwards: the driver reads as many arguments as
 * the statement has, whatever count it is given, so a mismatch is refused
 * before it becomes an out-of-bounds read. */
typedef struct {
    const char *sql;
    int nargs;
    int kind;            /* what running it tells the caches (sl_db_int.h) */
} registered_stmt;
static apr_hash_t *registry;
static apr_pool_t *registry_pool;

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

/* The statements are not handed to mod_dbd (ap_dbd_prepare): it would
 * prepare all of them, some 350, on every connection it opens, and it
 * opens connections while holding its pool's lock, so every other thread
 * of the child waits, even one giving a connection back.  Under load that
 * was about a second per connection, and after the database failed over
 * (every pooled connection dead) a child's requests queued for tens of
 * seconds.  Each statement is prepared instead the first time a request
 * runs it on a connection (find_statement), and kept with the connection. */
void sl_db_register(server_rec *s, const char *prefix, const sl_stmt_def *defs)
{
    apr_pool_t *pconf = s->process->pconf;
    const sl_stmt_def *d;

    dbd_acquire = APR_RETRIEVE_OPTIONAL_FN(ap_dbd_acquire);
    if (registry_pool != pconf) {
        registry = apr_hash_make(pconf);
        registry_pool = pconf;
    }
    for (d = defs; d->label; d++) {
        registered_stmt *reg = apr_palloc(pconf, sizeof(*reg));
        reg->sql = d->sql;
        reg->nargs = count_placeholders(d->sql);
        reg->kind = sl_db_stmt_kind(d->sql);
        apr_hash_set(registry, apr_pstrcat(pconf, prefix, d->label, NULL),
                     APR_HASH_KEY_STRING, reg);
    }
}

void sl_db_check_statements(server_rec *s, apr_pool_t *p,
                            const apr_dbd_driver_t *driver, apr_dbd_t *handle)
{
    apr_hash_index_t *hi;
    apr_pool_t *stmts;

    if (!registry) {
        return;
    }
    /* Destroyed (the statements closed) before the caller closes handle. */
    apr_pool_create(&stmts, p);
    for (hi = apr_hash_first(p, registry); hi; hi = apr_hash_next(hi)) {
        const void *label;
        void *value;
        apr_dbd_prepared_t *stmt = NULL;
        int rv;

        apr_hash_this(hi, &label, NULL, &value);
        rv = apr_dbd_prepare(driver, stmts, handle,
                             ((registered_stmt *)value)->sql, label, &stmt);
        if (rv != 0) {
            const char *msg = apr_dbd_error(driver, handle, rv);
            ap_log_error(APLOG_MARK, APLOG_ERR, 0, s, SL_LOGNO(00085) "statement %s does not "
                         "prepare (its pages will answer 503): %s",
                         (const char *)label, msg ? msg : "(no message)");
        }
    }
    apr_pool_destroy(stmts);
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

static void log_db_error(sl_db *db, const char *label, int rv);

/* The prepared statement for label with nargs arguments, and its kind
 * (kind may be NULL), or NULL (logged, and the transaction marked failed
 * so nothing half-done is committed).
 * Prepared on this connection the first time it is asked for there, in
 * the connection's pool (closed with it).  A statement whose SQL the
 * server refuses is prepared again at each request on the connection, each
 * time leaving a closed handle in that pool until the connection ends:
 * sl_db_check_statements names such a statement when Apache starts. */
static apr_dbd_prepared_t *find_statement(sl_db *db, const char *label,
                                          int nargs, int *kind)
{
    const char *full = apr_pstrcat(db->r->pool, db->prefix, label, NULL);
    const registered_stmt *reg = registry
                                 ? apr_hash_get(registry, full,
                                                APR_HASH_KEY_STRING)
                                 : NULL;
    apr_dbd_prepared_t *stmt;
    int rv;

    if (!reg) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r,
                      SL_LOGNO(00007) "prepared statement '%s' is not registered (is its table in "
                      "the module's statement list?)", full);
        db->failed = 1;
        return NULL;
    }
    if (reg->nargs != nargs) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r,
                      SL_LOGNO(00008) "statement '%s' takes %d arguments, given %d", full,
                      reg->nargs, nargs);
        db->failed = 1;
        return NULL;
    }
    if (kind) {
        *kind = reg->kind;
    }
    stmt = apr_hash_get(db->dbd->prepared, full, APR_HASH_KEY_STRING);
    if (stmt) {
        return stmt;
    }
    full = apr_pstrdup(db->dbd->pool, full);
    rv = apr_dbd_prepare(db->dbd->driver, db->dbd->pool, db->dbd->handle,
                         reg->sql, full, &stmt);
    if (rv != 0) {
        log_db_error(db, apr_pstrcat(db->r->pool, label, " (prepare)", NULL), rv);
        return NULL;
    }
    apr_hash_set(db->dbd->prepared, full, APR_HASH_KEY_STRING, stmt);
    return stmt;
}

int sl_db_prepare(sl_db *db, const sl_stmt_def *defs)
{
    const sl_stmt_def *d;
    for (d = defs; d->label; d++) {
        if (!find_statement(db, d->label, count_placeholders(d->sql), NULL)) {
            return -1;
        }
    }
    return 0;
}

static void log_db_error(sl_db *db, const char *label, int rv)
{
    db->failed = 1;
    const char *msg = apr_dbd_error(db->dbd->driver, db->dbd->handle, rv);
    /* ER_LOCK_DEADLOCK (also Galera's conflict) and ER_LOCK_WAIT_TIMEOUT:
     * by number too, as inside a transaction the driver answers a failed
     * one's number again with no message. */
    if (rv == 1213 || rv == 1205
        || (msg && strstr(msg, "try restarting transaction"))) {
        db->conflict = 1;
    }
    /* rv is the server's or the client library's error number: the
     * message is the connection's, empty for an error only the statement
     * holds. */
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r, SL_LOGNO(00009) "%s: statement %s%s "
                  "failed (error %d): %s", db->prefix, db->prefix, label, rv,
                  msg && *msg ? msg : "(no message)");
}

/* A statement outside a transaction that InnoDB (or Galera, for a writer
 * that is not the only one) chose as a deadlock's victim was rolled back
 * whole, being its own transaction, so it is run again, a few times, apart:
 * the rows every filing bumps (the throttle counters) meet such deadlocks
 * under load, and on a cluster while the writer moves from one node to
 * another (for a few seconds both take writes: Galera aborts one of two
 * conflicting ones, and one node's statements keep losing while the
 * other node writes the same row).  So, as a filing's transaction (permohonan.c), for
 * up to SL_DB_DEADLOCK_SECONDS with growing pauses.  Inside a transaction
 * only the whole transaction may run again: the caller does it
 * (db->conflict). */
#define SL_DB_DEADLOCK_SECONDS 10

static int autocommit_again(sl_db *db, const char *label, int rv, int *tries,
                            apr_time_t start)
{
    const char *msg;

    if (db->in_transaction
        || apr_time_now() - start > apr_time_from_sec(SL_DB_DEADLOCK_SECONDS)) {
        return 0;
    }
    ++*tries;
    msg = apr_dbd_error(db->dbd->driver, db->dbd->handle, rv);
    if (rv != 1213 && !(msg && strstr(msg, "Deadlock found"))) {   /* ER_LOCK_DEADLOCK */
        return 0;
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, db->r, SL_LOGNO(00086) "%s: statement %s%s was a "
                  "deadlock's victim (attempt %d, up to %d s); running it again",
                  db->prefix, db->prefix, label, *tries, SL_DB_DEADLOCK_SECONDS);
    /* 5 ms doubling to 320 ms, plus up to 10 ms at random. */
    apr_sleep(apr_time_from_msec(5 << (*tries < 7 ? *tries - 1 : 6))
              + apr_time_now() % 10000);
    return 1;
}

int sl_db_select(sl_db *db, const char *label, sl_rows **out,
                 int nargs, const char **args)
{
    int rv, j, tries = 0, kind = SL_DB_READS;
    sl_db_pace_mark pace = sl_db_pace_start();     /* a first prepare too */
    apr_dbd_prepared_t *stmt = find_statement(db, label, nargs, &kind);
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    apr_pool_t *pool = db->r->pool, *stmt_pool;
    const apr_dbd_driver_t *drv = db->dbd->driver;
    apr_array_header_t *rows;
    sl_rows *result;
    apr_time_t start = apr_time_now();

    if (!stmt) {
        return -1;
    }
    /* The driver's buffers (up to fldsz per column) live in a pool of
     * their own, as in sl_db_each, and go back to the thread's allocator
     * when the values are copied: a page's queries reuse one statement's
     * worth of buffers instead of adding them all up. */
    apr_pool_create(&stmt_pool, pool);
    while ((rv = apr_dbd_pselect(drv, stmt_pool, db->dbd->handle, &res, stmt, 0,
                                 nargs, args)) != 0
           && autocommit_again(db, label, rv, &tries, start)) {
        /* The driver fills in a result it is given instead of making one:
         * res (in stmt_pool) is gone with the pool's clearing. */
        apr_pool_clear(stmt_pool);
        res = NULL;
    }
    if (kind == SL_DB_WRITES) {
        sl_db_wrote(db);     /* INSERT ... RETURNING */
    }
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
    /* In a heavy page's computation: the database's time, then a pause. */
    sl_db_pace_end(&pace, 0);
    return 0;
}

int sl_db_each(sl_db *db, const char *label, sl_row_fn each_row, void *ctx,
               int nargs, const char **args)
{
    int rv, j, ncols, stop = 0, tries = 0, pacing = sl_db_pacing(), kind = SL_DB_READS;
    sl_db_pace_mark pace = sl_db_pace_start();
    apr_dbd_prepared_t *stmt = find_statement(db, label, nargs, &kind);
    const apr_dbd_driver_t *drv = db->dbd->driver;
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    apr_pool_t *stmt_pool, *row_pool;
    const char **names, **values;
    apr_time_t start = apr_time_now(), in_rows = 0;

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
    while ((rv = apr_dbd_pselect(drv, stmt_pool, db->dbd->handle, &res, stmt, 0,
                                 nargs, args)) != 0
           && autocommit_again(db, label, rv, &tries, start)) {
        apr_pool_clear(stmt_pool);
        res = NULL;      /* as in sl_db_select */
    }
    if (kind == SL_DB_WRITES) {
        sl_db_wrote(db);
    }
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
            apr_time_t t = pacing ? apr_time_now() : 0;
            stop = each_row(ctx, ncols, names, values, row_pool);
            if (pacing) {
                in_rows += apr_time_now() - t;
            }
        }
        apr_pool_clear(row_pool);
    }
    apr_pool_destroy(stmt_pool);
    if (rv != -1) {
        log_db_error(db, label, rv);
        return -1;
    }
    /* The time spent in the database, not in each_row (the page's own
     * work, at the computing thread's nice value). */
    sl_db_pace_end(&pace, in_rows);
    return 0;
}

int sl_db_exec(sl_db *db, const char *label, int *nrows,
               int nargs, const char **args)
{
    int affected = 0, kind = SL_DB_WRITES;
    apr_dbd_prepared_t *stmt = find_statement(db, label, nargs, &kind);
    int rv, tries = 0;
    apr_time_t start = apr_time_now();

    if (!stmt) {
        return -1;
    }
    while ((rv = apr_dbd_pquery(db->dbd->driver, db->r->pool, db->dbd->handle,
                                &affected, stmt, nargs, args)) != 0
           && autocommit_again(db, label, rv, &tries, start)) {
    }
    if (kind != SL_DB_KEEPS_BOOKS) {
        sl_db_wrote(db);     /* whatever its SQL: run as a write */
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
    db->wrote = 0;
    apr_pool_cleanup_register(db->r->pool, db, end_open_transaction,
                              apr_pool_cleanup_null);
    return 0;
}

int sl_db_commit(sl_db *db)
{
    int rv, end, nrows = 0;

    if (!db->in_transaction) {
        return -1;
    }
    if (db->failed) {
        /* A statement failed: the driver would roll back anyway; say so. */
        sl_db_rollback(db);
        return -1;
    }
    /* COMMIT is sent here (a constant, as the driver's own): the driver's
     * commit returns 1 whatever failed and then sets autocommit again,
     * which clears the error, so a Galera certification failure (1213 at
     * COMMIT: nothing stored, the transaction may run again) looked like
     * a lost connection (the commit may have been stored).  The driver's
     * commit after it has nothing left to do, or rolls back after an error. */
    rv = apr_dbd_query(db->dbd->driver, db->dbd->handle, &nrows, "COMMIT");
    if (rv != 0) {
        log_db_error(db, "(commit)", rv);
    }
    end = apr_dbd_transaction_end(db->dbd->driver, db->r->pool, db->trans);
    db->in_transaction = 0;
    db->trans = NULL;
    apr_pool_cleanup_kill(db->r->pool, db, end_open_transaction);
    /* After the commit of a write that counts (a page checked from now
     * on sees it); a failed one too, as it may have reached the server. */
    if (db->wrote) {
        sl_db_written();
    }
    if (rv == 0 && end != 0) {
        log_db_error(db, "(end of transaction)", end);
    }
    return rv == 0 && end == 0 ? 0 : -1;
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
