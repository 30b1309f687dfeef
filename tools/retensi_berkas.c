/* Letting go of stored files in the retention job (retensi_berkas.h). */
#include <errno.h>
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

int sk_retensi_berkas_buang(apr_pool_t *pool, const char *upload_dir,
                            const apr_array_header_t *gone)
{
    int i, removed = 0;

    for (i = 0; i < gone->nelts; i++) {
        const char *sha = APR_ARRAY_IDX(gone, i, const char *), *path;
        if (!is_hex64(sha)) {
            sk_log("retention: berkas content '%s' is not a SHA-256, file kept", sha);
            continue;
        }
        path = apr_pstrcat(pool, upload_dir, "/", apr_pstrndup(pool, sha, 2), "/", sha,
                           NULL);
        if (unlink(path) == 0) {
            removed++;
        }
        else if (errno != ENOENT) {
            sk_log("retention: cannot remove %s: %s (remove it by hand)", path,
                   strerror(errno));
        }
    }
    return removed;
}
