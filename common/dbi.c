#include <string.h>
#include <apr_strings.h>
#include <apr_tables.h>
#include "dbi.h"
#include "sl_messages.h"

const sl_stmt_def sl_dbi_stmts[] = {
    {"libur_semua", "SELECT tanggal, nama FROM hari_libur WHERE libur = 1"},
    {"surel_antre",
     "INSERT INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, objek, "
     "objek_id, kirim_setelah, dibuat_pada) VALUES (%s, %s, %s, %s, %s, %s, %s, "
     "UTC_TIMESTAMP(), UTC_TIMESTAMP())"},
    /* IGNORE only where a kunci makes a duplicate expected: elsewhere a
     * value the column refuses must stay an error, not a warning. */
    {"surel_antre_sekali",
     "INSERT IGNORE INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, "
     "objek, objek_id, kunci, kirim_setelah, dibuat_pada) VALUES (%s, %s, %s, %s, "
     "%s, %s, %s, %s, UTC_TIMESTAMP(), UTC_TIMESTAMP())"},
    {"audit_tulis",
     "INSERT INTO audit (waktu, pengguna_id, aktor, aksi, objek, objek_id, "
     "sebelum, sesudah, publik, ip) VALUES (UTC_TIMESTAMP(), %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s)"},
    /* A stored file's content lock (migration 121), held until the commit:
     * whoever names the content and whoever removes an unnamed file take
     * it first (docs/PENYIMPANAN_BERKAS.md). */
    {"berkas_kunci",
     "INSERT INTO berkas_kunci (sha256) VALUES (%s) ON DUPLICATE KEY UPDATE kali = kali + 1"},
    {"berkas_catat",
     "INSERT INTO berkas (sha256, ukuran, mime, nama_asli, dibuat_pada) "
     "VALUES (%s, %s, %s, %s, UTC_TIMESTAMP()) RETURNING id"},
    {NULL, NULL}
};

static int fail(sl_dbi *d, apr_pool_t *pool, const char *label, int rv)
{
    const char *msg = rv ? apr_dbd_error(d->driver, d->handle, rv) : NULL;
    d->error = apr_psprintf(pool, "statement %s%s failed: %s", d->prefix, label,
                            msg && *msg ? msg : "(no message)");
    d->errnum = rv ? rv : -1;
    return d->errnum;
}

static apr_dbd_prepared_t *find(sl_dbi *d, apr_pool_t *pool, const char *label)
{
    const char *full = *d->prefix ? apr_pstrcat(pool, d->prefix, label, NULL)
                                  : label;
    apr_dbd_prepared_t *stmt = d->prepared
        ? apr_hash_get(d->prepared, full, APR_HASH_KEY_STRING) : NULL;
    if (!stmt) {
        d->errnum = -1;
        d->error = apr_psprintf(pool, "statement %s is not prepared (is "
                                "sl_dbi_stmts in the list?)", full);
    }
    return stmt;
}

int sl_dbi_select(sl_dbi *d, apr_pool_t *pool, const char *label,
                  sl_rows **out, int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find(d, pool, label);
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    apr_array_header_t *rows;
    apr_pool_t *stmt_pool;
    sl_rows *result;
    int rv, j;

    if (!stmt) {
        return -1;
    }
    /* The driver's buffers live in a pool of their own, freed once the
     * values are copied (as in sl_db_select). */
    apr_pool_create(&stmt_pool, pool);
    rv = apr_dbd_pselect(d->driver, stmt_pool, d->handle, &res, stmt, 0,
                         nargs, args);
    if (rv != 0) {
        apr_pool_destroy(stmt_pool);
        return fail(d, pool, label, rv);
    }
    result = apr_pcalloc(pool, sizeof(*result));
    result->ncols = apr_dbd_num_cols(d->driver, res);
    result->names = apr_pcalloc(pool, sizeof(char *) * (result->ncols + 1));
    for (j = 0; j < result->ncols; j++) {
        result->names[j] = apr_pstrdup(pool, apr_dbd_get_name(d->driver, res, j));
    }
    rows = apr_array_make(pool, 16, sizeof(const char **));
    /* Sequential: every row is read, so the connection is ready for the
     * next statement; -1 is the end, anything else an error. */
    while ((rv = apr_dbd_get_row(d->driver, stmt_pool, res, &row, -1)) == 0) {
        const char **values = apr_pcalloc(pool,
                                          sizeof(char *) * (result->ncols + 1));
        for (j = 0; j < result->ncols; j++) {
            char *v = NULL;
            if (apr_dbd_datum_get(d->driver, row, j, APR_DBD_TYPE_STRING, &v)
                == APR_SUCCESS && v) {
                values[j] = apr_pstrdup(pool, v);
            }
        }
        APR_ARRAY_PUSH(rows, const char **) = values;
    }
    apr_pool_destroy(stmt_pool);
    if (rv != -1) {
        return fail(d, pool, label, rv);
    }
    result->nrows = rows->nelts;
    result->rows = (const char ***)rows->elts;
    *out = result;
    return 0;
}

int sl_dbi_exec(sl_dbi *d, apr_pool_t *pool, const char *label, int *nrows,
                int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = find(d, pool, label);
    int n = 0, rv;

    if (!stmt) {
        return -1;
    }
    rv = apr_dbd_pquery(d->driver, pool, d->handle, &n, stmt, nargs, args);
    if (rv != 0) {
        return fail(d, pool, label, rv);
    }
    if (nrows) {
        *nrows = n;
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
    if (!rows || !rows->names) {
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

int sl_dbi_calendar(sl_dbi *d, apr_pool_t *pool, int cutoff_minutes,
                    const sl_calendar **cal, const char **unreadable)
{
    sl_rows *rows;
    sl_holiday *list;
    apr_pool_t *tmp;
    const char *bad = NULL;
    int i, n = 0, rv;

    *unreadable = NULL;
    /* The rows are needed only until the calendar has copied them: a
     * cached calendar's pool keeps nothing else. */
    apr_pool_create(&tmp, pool);
    if ((rv = sl_dbi_select(d, tmp, "libur_semua", &rows, SL_NOARGS)) != 0) {
        d->error = apr_pstrdup(pool, d->error);
        apr_pool_destroy(tmp);
        return rv;
    }
    list = apr_pcalloc(tmp, sizeof(sl_holiday) * ((apr_size_t)rows->nrows + 1));
    for (i = 0; i < rows->nrows; i++) {
        const char *date = sl_rows_get(rows, i, 0);
        if (date && sl_day_parse_iso(date, &list[n].day) == 0) {
            list[n].name = sl_rows_get_or(rows, i, 1, SL_MSG_HARI_LIBUR);
            n++;
        }
        else {
            date = apr_psprintf(pool, "'%s'", date ? date : "NULL");
            bad = bad ? apr_pstrcat(pool, bad, ", ", date, NULL) : date;
        }
    }
    *unreadable = bad;
    *cal = sl_calendar_make(pool, list, n, cutoff_minutes);
    apr_pool_destroy(tmp);
    return 0;
}

int sl_dbi_outbox_add(sl_dbi *d, apr_pool_t *pool, const sl_outbox_msg *m,
                      int *added)
{
    int n = 0, rv;

    if (m->kunci) {
        rv = sl_dbi_exec(d, pool, "surel_antre_sekali", &n,
                         SL_ARGS(m->kepada, m->subjek, m->teks, m->html,
                                 m->jenis, m->objek, m->objek_id, m->kunci));
    }
    else {
        rv = sl_dbi_exec(d, pool, "surel_antre", &n,
                         SL_ARGS(m->kepada, m->subjek, m->teks, m->html,
                                 m->jenis, m->objek, m->objek_id));
    }
    if (added) {
        *added = rv == 0 && n > 0;
    }
    return rv;
}

int sl_dbi_audit(sl_dbi *d, apr_pool_t *pool, const sl_audit_who *who,
                 const sl_audit_entry *e)
{
    return sl_dbi_exec(d, pool, "audit_tulis", NULL,
                       SL_ARGS(who->user_id, who->actor, e->action, e->object,
                               e->object_id, e->before, e->after,
                               e->is_public ? "1" : "0", who->ip));
}

int sl_dbi_berkas_kunci(sl_dbi *d, apr_pool_t *pool, const char *sha256)
{
    return sl_dbi_exec(d, pool, "berkas_kunci", NULL, SL_ARGS(sha256));
}

int sl_dbi_berkas_catat(sl_dbi *d, apr_pool_t *pool, const char *sha256,
                        apr_size_t size, const char *mime, const char *name,
                        const char **id)
{
    sl_rows *rows;
    int rv;

    *id = NULL;
    if ((rv = sl_dbi_select(d, pool, "berkas_catat", &rows,
                            SL_ARGS(sha256, apr_psprintf(pool, "%" APR_SIZE_T_FMT, size),
                                    mime, name))) != 0) {
        return rv;
    }
    *id = sl_rows_get(rows, 0, 0);
    return 0;
}
