/* Letting go of stored files in the retention job (retensi_berkas.h). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <apr_strings.h>
#include "retensi_berkas.h"

const sk_stmt sk_retensi_berkas_stmts[] = {
    /* IGNORE: a row another table still refers to (a foreign key) is
     * skipped, not an error; the NOT EXISTS say the same for the two
     * tables the job itself empties. */
    {"retensi_berkas_hapus",
     "DELETE IGNORE FROM berkas WHERE id = %s "
     "AND NOT EXISTS (SELECT 1 FROM permohonan WHERE identitas_berkas_id = %s) "
     "AND NOT EXISTS (SELECT 1 FROM pesan WHERE berkas_id = %s)"},
    {"retensi_isi_dipakai",
     "SELECT (SELECT COUNT(*) FROM berkas WHERE sha256 = %s) "
     "+ (SELECT COUNT(*) FROM laporan_tahunan WHERE salinan_sha256 = %s)"},
    {"retensi_isi_kunci_hapus", "DELETE FROM berkas_kunci WHERE sha256 = %s"},
    {NULL, NULL}
};

static int is_hex64(const char *s)
{
    int i;
    for (i = 0; s && i < 64; i++) {
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) {
            return 0;
        }
    }
    return s && s[64] == '\0';
}

int sk_retensi_berkas_lepas(sk_db *db, apr_pool_t *pool, const char *id,
                            const char *sha, apr_array_header_t *gone)
{
    sk_rows *rows;
    const char *count;
    int rv;

    if ((rv = sk_db_exec(db, pool, "retensi_berkas_hapus", NULL,
                         SK_ARGS(id, id, id))) != 0
        || !sha
        || (rv = sk_db_select(db, pool, "retensi_isi_dipakai", &rows,
                              SK_ARGS(sha, sha))) != 0) {
        return rv;
    }
    count = sk_rows_get(rows, 0, 0);
    if (count && strcmp(count, "0") == 0) {
        APR_ARRAY_PUSH(gone, const char *) = apr_pstrdup(gone->pool, sha);
    }
    return 0;
}

/* Under the content's lock: whether no row names sha any more.  1 unused,
 * 0 used, or the failed statement's error (negative: -rv). */
static int unused(sk_db *db, apr_pool_t *pool, const char *sha)
{
    sk_rows *rows;
    const char *count;
    int rv;

    /* The content's lock (migration 121), the statement every upload of
     * both modules takes (sl_dbi_berkas_kunci): a filing holds it from the
     * moment it makes sure of the file until its commit. */
    if ((rv = sl_dbi_berkas_kunci(sk_db_dbi(db), pool, sha)) != 0
        || (rv = sk_db_select(db, pool, "retensi_isi_dipakai", &rows,
                              SK_ARGS(sha, sha))) != 0) {
        return rv > 0 ? -rv : -1;
    }
    count = sk_rows_get(rows, 0, 0);
    if (!count || strcmp(count, "0") != 0) {
        return 0;
    }
    rv = sk_db_exec(db, pool, "retensi_isi_kunci_hapus", NULL, SK_ARGS(sha));
    return rv ? -rv : 1;
}

/* One content: 1 removed, 0 kept (named again, already gone, or in doubt). */
static int remove_one(sk_db *db, apr_pool_t *pool, const char *path, const char *sha)
{
    const char *aside = apr_pstrcat(pool, path, ".retensi", NULL);
    int rv, attempt = 0;

    /* The check and the file's removal happen under the lock: a filing
     * that names the same content either committed before (the count
     * sees it) or waits and writes the file again.  The file is set
     * aside before the commit and removed after it; a failed commit
     * (on Galera: another node's filing took the content first) puts it
     * back. */
    for (;;) {
        if (sk_db_begin(db, pool) != 0) {
            rv = -1;
        }
        else if ((rv = unused(db, pool, sha)) != 1) {
            sk_db_end(db, 0);
        }
        if (rv >= 0 || !sk_db_retryable(-rv) || sk_db_backoff(++attempt) != 0) {
            break;
        }
    }
    if (rv < 0) {
        sk_log("retention: cannot check whether %s is still used: %s; the file is kept "
               "(remove it by hand once no row names it)", path, sk_db_error(db));
        return 0;
    }
    if (rv == 0) {
        return 0;               /* a row names it again */
    }
    if (rename(path, aside) != 0) {
        if (errno != ENOENT) {
            sk_log("retention: cannot remove %s: %s (remove it by hand)", path,
                   strerror(errno));
        }
        sk_db_end(db, 1);
        return 0;
    }
    if (sk_db_end(db, 1) != 0) {
        sk_log("retention: %s kept: the check of its use did not commit (%s)", path,
               sk_db_error(db));
        if (rename(aside, path) != 0) {
            sk_log("retention: cannot put back %s: %s (rename %s to it by hand)", path,
                   strerror(errno), aside);
        }
        return 0;
    }
    if (unlink(aside) != 0) {
        sk_log("retention: cannot remove %s: %s (remove it by hand)", aside,
               strerror(errno));
        return 0;
    }
    return 1;
}

int sk_retensi_berkas_buang(sk_db *db, apr_pool_t *pool, const char *upload_dir,
                            const apr_array_header_t *gone)
{
    int i, removed = 0;

    for (i = 0; i < gone->nelts; i++) {
        const char *sha = APR_ARRAY_IDX(gone, i, const char *);
        if (!is_hex64(sha)) {
            sk_log("retention: berkas content '%s' is not a SHA-256, file kept", sha);
            continue;
        }
        removed += remove_one(db, pool, apr_pstrcat(pool, upload_dir, "/",
                                                    apr_pstrndup(pool, sha, 2), "/", sha,
                                                    NULL), sha);
    }
    return removed;
}
