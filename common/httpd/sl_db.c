#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include "sl_db.h"
#include "sl_module.h"

/* How often to ask the pool again when it hands back a dead connection:
 * after the database restarts every idle pooled connection is dead, and
 * mod_dbd discards one per failed acquire. */
#define SL_DB_ACQUIRE_TRIES 4

void sl_db_register(server_rec *s, const char *prefix, const sl_stmt_def *defs)
{
    server_rec *sp;
    const sl_stmt_def *d;

    for (sp = s; sp; sp = sp->next) {
        for (d = defs; d->label; d++) {
            ap_dbd_prepare(sp, d->sql,
                           apr_pstrcat(s->process->pconf, prefix, d->label,
                                       NULL));
        }
    }
}

sl_db *sl_db_acquire(request_rec *r, const char *prefix)
{
    ap_dbd_t *dbd = NULL;
    sl_db *db;
    int i;

    for (i = 0; i < SL_DB_ACQUIRE_TRIES && !dbd; i++) {
        dbd = ap_dbd_acquire(r);
    }
    if (!dbd) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      "%s: no database connection after %d tries",
                      prefix, SL_DB_ACQUIRE_TRIES);
        return NULL;
    }
    db = apr_pcalloc(r->pool, sizeof(*db));
    db->r = r;
    db->dbd = dbd;
    db->prefix = prefix;
    return db;
}

static apr_dbd_prepared_t *find_statement(sl_db *db, const char *label)
{
    const char *full = apr_pstrcat(db->r->pool, db->prefix, label, NULL);
    apr_dbd_prepared_t *stmt = apr_hash_get(db->dbd->prepared, full,
                                            APR_HASH_KEY_STRING);
    if (!stmt) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r,
                      "%s: prepared statement '%s' is not registered "
                      "(is it in the module's statement table?)",
                      db->prefix, full);
    }
    return stmt;
}

static void log_db_error(sl_db *db, const char *label, int rv)
{
    db->failed = 1;
    const char *msg = apr_dbd_error(db->dbd->driver, db->dbd->handle, rv);
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r, "%s: statement %s%s "
                  "failed: %s", db->prefix, db->prefix, label,
                  msg ? msg : "(no message)");
}

int sl_db_select(sl_db *db, const char *label, sl_rows **out,
                 int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find_statement(db, label);
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    apr_pool_t *pool = db->r->pool;
    const apr_dbd_driver_t *drv = db->dbd->driver;
    apr_array_header_t *rows;
    sl_rows *result;
    int rv, j;

    if (!stmt) {
        return -1;
    }
    rv = apr_dbd_pselect(drv, pool, db->dbd->handle, &res, stmt, 0, nargs,
                         args);
    if (rv != 0) {
        log_db_error(db, label, rv);
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
     * ready for the next statement. */
    while ((rv = apr_dbd_get_row(drv, pool, res, &row, -1)) == 0) {
        const char **values = apr_pcalloc(pool,
                                          sizeof(char *) * (result->ncols + 1));
        for (j = 0; j < result->ncols; j++) {
            const char *v = apr_dbd_get_entry(drv, row, j);
            values[j] = v ? apr_pstrdup(pool, v) : NULL;
        }
        APR_ARRAY_PUSH(rows, const char **) = values;
    }
    result->nrows = rows->nelts;
    result->rows = (const char ***)rows->elts;
    *out = result;
    return 0;
}

int sl_db_exec(sl_db *db, const char *label, int *nrows,
               int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find_statement(db, label);
    int affected = 0;
    int rv;

    if (!stmt) {
        return -1;
    }
    rv = apr_dbd_pquery(db->dbd->driver, db->r->pool, db->dbd->handle,
                        &affected, stmt, nargs, args);
    if (rv != 0) {
        log_db_error(db, label, rv);
        return -1;
    }
    if (nrows) {
        *nrows = affected;
    }
    return 0;
}

const char *sl_rows_get(const sl_rows *rows, int row, int col)
{
    if (!rows || row < 0 || row >= rows->nrows || col < 0
        || col >= rows->ncols) {
        return NULL;
    }
    return rows->rows[row][col];
}

const char *sl_rows_named(const sl_rows *rows, int row, const char *name)
{
    int j;
    if (!rows) {
        return NULL;
    }
    for (j = 0; j < rows->ncols; j++) {
        if (rows->names[j] && strcmp(rows->names[j], name) == 0) {
            return sl_rows_get(rows, row, j);
        }
    }
    return NULL;
}

const char *sl_rows_get_or(const sl_rows *rows, int row, int col,
                           const char *fallback)
{
    const char *v = sl_rows_get(rows, row, col);
    return v ? v : fallback;
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
    int rv = apr_dbd_transaction_start(db->dbd->driver, db->r->pool,
                                       db->dbd->handle, &db->trans);
    if (rv != 0) {
        log_db_error(db, "(begin)", rv);
        return -1;
    }
    db->in_transaction = 1;
    db->failed = 0;
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
