/* The database interface the modules and sialip-kirim share.
 *
 * It is apr_dbd and nothing more: a driver, a connection, and statements
 * prepared at start-up under a label (mod_dbd's pool prepares the modules'
 * on every connection it opens, sialip-kirim prepares its own after
 * connecting).  On it, the statements both sides run the same way are
 * written once: the holiday calendar, the outbox and the audit trail.
 * The modules reach it through sl_db_dbi (common/httpd/sl_dbi.h), which
 * logs failures and marks the request's transaction failed; sialip-kirim
 * through tools/db.c. */
#ifndef SL_DBI_H
#define SL_DBI_H

#include <apr_pools.h>
#include <apr_hash.h>
#include <apr_dbd.h>
#include "calendar.h"

typedef struct {
    const char *label;   /* without the module prefix */
    const char *sql;     /* placeholders are %s; apr_dbd reads any '%' with a
                          * letter after it as one, so write a literal
                          * percent sign (LIKE, DATE_FORMAT) as %% */
} sl_stmt_def;

/* Result rows copied into a pool. */
typedef struct {
    int ncols;
    int nrows;
    const char **names;    /* column names */
    const char ***rows;    /* rows[i][j]; NULL for SQL NULL */
} sl_rows;

/* Statement arguments: SL_ARGS("a", b, NULL) expands to count, array.  A
 * NULL argument is SQL NULL. */
#define SL_ARGS(...) \
    (int)(sizeof((const char *[]){__VA_ARGS__}) / sizeof(const char *)), \
    (const char *[]){__VA_ARGS__}
#define SL_NOARGS 0, NULL

/* One connection with its prepared statements. */
typedef struct {
    const apr_dbd_driver_t *driver;
    apr_dbd_t *handle;
    apr_hash_t *prepared;   /* prefix + label -> apr_dbd_prepared_t */
    const char *prefix;     /* "sialip_", "inovasi_"; "" in sialip-kirim */
    const char *error;      /* what the last failure was, for the log */
    int errnum;             /* and its error number (as returned), for a retry */
} sl_dbi;

/* Each returns 0, or the driver's error number (MySQL's, e.g. 1213 for a
 * deadlock; -1 for a statement that is not prepared) with d->error set.
 * Rows and values are allocated in pool. */
int sl_dbi_select(sl_dbi *d, apr_pool_t *pool, const char *label,
                  sl_rows **out, int nargs, const char **args);
int sl_dbi_exec(sl_dbi *d, apr_pool_t *pool, const char *label, int *nrows,
                int nargs, const char **args);

/* Column value or NULL (for SQL NULL, a row or column out of range). */
const char *sl_rows_get(const sl_rows *rows, int row, int col);
/* Column by name; NULL when absent. */
const char *sl_rows_named(const sl_rows *rows, int row, const char *name);
/* Column value, or fallback when NULL. */
const char *sl_rows_get_or(const sl_rows *rows, int row, int col,
                           const char *fallback);

/* The shared statements (ending with {NULL, NULL}): prepare them on every
 * connection that calls the functions below. */
extern const sl_stmt_def sl_dbi_stmts[];

/* The working-day calendar: weekends and the hari_libur rows marked
 * libur = 1, with the office cut-off (WIB minutes after midnight),
 * allocated in pool.  Rows whose date cannot be read are left out and
 * named in *unreadable (NULL when there are none) for the caller's log. */
int sl_dbi_calendar(sl_dbi *d, apr_pool_t *pool, int cutoff_minutes,
                    const sl_calendar **cal, const char **unreadable);

/* One message for the outbox (surel_keluar), sent by sialip-kirim. */
typedef struct {
    const char *kepada;     /* the address */
    const char *subjek;     /* at most 255 bytes (sl_utf8_prefix) */
    const char *teks;       /* the text/plain and text/html bodies */
    const char *html;
    const char *jenis;      /* what it is about: "tanda_terima", "pengingat" */
    const char *objek;      /* the record it belongs to, for the admins */
    const char *objek_id;
    const char *kunci;      /* NULL, or a key that queues it only once */
} sl_outbox_msg;

/* Queues m, due now.  With a kunci already in the outbox nothing is added:
 * *added (may be NULL) is 1 when the row was added, else 0. */
int sl_dbi_outbox_add(sl_dbi *d, apr_pool_t *pool, const sl_outbox_msg *m,
                      int *added);

/* What one row of the audit trail records: what was done to which
 * record, before and after.  Pages fill it (sl_audit), so do programs. */
typedef struct {
    const char *action;     /* "ajukan", "masuk", ... */
    const char *object;     /* "permohonan", "sesi", ... */
    const char *object_id;
    const char *before;     /* a short text or JSON; may be NULL */
    const char *after;
    int is_public;          /* shown on the citizen's page */
} sl_audit_entry;

/* Who did it. */
typedef struct {
    const char *user_id;    /* NULL for the public and for programs */
    const char *actor;      /* the user name, "pemohon", "sialip-kirim" */
    const char *ip;         /* NULL when there is no client */
} sl_audit_who;

/* Writes the row inside the caller's transaction. */
int sl_dbi_audit(sl_dbi *d, apr_pool_t *pool, const sl_audit_who *who,
                 const sl_audit_entry *e);

/* The upload store's rows (docs/PENYIMPANAN_BERKAS.md), inside the
 * caller's transaction.  The content's lock (berkas_kunci, held until the
 * commit): under it nobody removes the file sha256 names. */
int sl_dbi_berkas_kunci(sl_dbi *d, apr_pool_t *pool, const char *sha256);
/* The berkas row of stored content (take its lock first); *id its id. */
int sl_dbi_berkas_catat(sl_dbi *d, apr_pool_t *pool, const char *sha256,
                        apr_size_t size, const char *mime, const char *name,
                        const char **id);

#endif
