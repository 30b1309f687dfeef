/* sl_db_each_page (sl_db.h): keyset paging over sl_db_each, in memory
 * bounded by the page size whatever the size of the result. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include "sl_db.h"
#include "sl_module.h"
#include "sl_logno.h"

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
