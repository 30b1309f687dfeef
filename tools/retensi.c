/* The retention job (`sialip-kirim --retensi`, daily; UU 27/2022).
 *
 * Erases what SIALIP no longer needs to keep:
 *   - of every case closed more than retensi_hari days ago, the applicant's
 *     NIK, address, phone and e-mail (on the request and its objections)
 *     and the identity scan: its berkas row, and the file in the upload
 *     store once no berkas row (nor an annual report copy) names the same
 *     content.  Closed means the request is 'selesai' and every objection
 *     on it, every dispute and every court case has ended, each more than
 *     the period ago; anything still open keeps the data.  Objections
 *     filed without a request (ground b) are erased the same way;
 *   - sent messages (surel_keluar 'terkirim') older than retensi_surel_hari;
 *   - sessions that expired or were ended more than a day ago, and rate
 *     limit counters whose window started more than a day ago (every
 *     window is shorter).
 * Each erasure is one transaction with its audit row (actor sialip-kirim,
 * action 'retensi'); a file is removed only after its transaction
 * committed.  Erased rows no longer match, so a second run does nothing.
 * Names, numbers, dates and outcomes stay: the registers and the
 * statistics count on them. */
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <apr_strings.h>
#include <apr_time.h>
#include "kirim.h"
#include "retensi.h"

#define RT_BATCH "500"

/* Everything about a request that must have ended before b.batas. */
#define RT_KASUS_SELESAI \
    "p.status = 'selesai' AND p.selesai_pada < b.batas AND p.alamat <> 'dihapus' " \
    "AND NOT EXISTS (SELECT 1 FROM keberatan k WHERE k.permohonan_id = p.id " \
    "AND NOT " RT_KEBERATAN_SELESAI ") " \
    "AND NOT EXISTS (SELECT 1 FROM keberatan k JOIN sengketa s ON s.keberatan_id = k.id " \
    "WHERE k.permohonan_id = p.id AND NOT " RT_SENGKETA_SELESAI ") " \
    "AND NOT EXISTS (SELECT 1 FROM keberatan k JOIN sengketa s ON s.keberatan_id = k.id " \
    "JOIN perkara pk ON pk.sengketa_id = s.id WHERE k.permohonan_id = p.id " \
    "AND NOT " RT_PERKARA_SELESAI ")"
#define RT_KEBERATAN_SELESAI \
    "((k.status = 'diputus' AND k.diputus_pada IS NOT NULL AND k.diputus_pada < b.batas) " \
    "OR (k.status = 'musyawarah' AND k.musyawarah_pada IS NOT NULL " \
    "AND k.musyawarah_pada < b.batas))"
#define RT_SENGKETA_SELESAI \
    "(s.tahap = 'selesai' AND s.diputus_pada IS NOT NULL AND s.diputus_pada < b.batas)"
#define RT_PERKARA_SELESAI \
    "(pk.hasil IS NOT NULL AND pk.diputus_pada IS NOT NULL AND pk.diputus_pada < b.batas)"
/* An objection without a request, ended with its dispute and court case. */
#define RT_KEBERATAN_LEPAS \
    "k.permohonan_id IS NULL AND k.alamat <> 'dihapus' AND " RT_KEBERATAN_SELESAI " " \
    "AND NOT EXISTS (SELECT 1 FROM sengketa s WHERE s.keberatan_id = k.id " \
    "AND NOT " RT_SENGKETA_SELESAI ") " \
    "AND NOT EXISTS (SELECT 1 FROM sengketa s JOIN perkara pk ON pk.sengketa_id = s.id " \
    "WHERE s.keberatan_id = k.id AND NOT " RT_PERKARA_SELESAI ")"

const sk_stmt sk_retensi_stmts[] = {
    {"retensi_kasus",
     "SELECT p.id FROM permohonan p JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "WHERE " RT_KASUS_SELESAI " ORDER BY p.id LIMIT " RT_BATCH},
    /* The same test again under the row lock, with the scan's content. */
    {"retensi_kasus_kunci",
     "SELECT p.nomor, p.identitas_berkas_id, bk.sha256 FROM permohonan p "
     "JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "LEFT JOIN berkas bk ON bk.id = p.identitas_berkas_id "
     "WHERE p.id = %s AND " RT_KASUS_SELESAI " FOR UPDATE"},
    {"retensi_permohonan_hapus",
     /* The profile codes (occupation, gender, kecamatan) stay: they name
      * no one and the statistics of past years count them.  The special
      * needs are health-related data and go with the contact data. */
     "UPDATE permohonan SET nik = NULL, alamat = 'dihapus', telepon = NULL, "
     "email = NULL, identitas_berkas_id = NULL, kebutuhan_khusus = NULL, "
     "kebutuhan_lainnya = NULL WHERE id = %s"},
    {"retensi_keberatan_permohonan_hapus",
     "UPDATE keberatan SET nik = NULL, telepon = NULL, email = NULL, "
     "alamat = IF(alamat IS NULL, NULL, 'dihapus') WHERE permohonan_id = %s"},
    {"retensi_lepas",
     "SELECT k.id FROM keberatan k JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "WHERE " RT_KEBERATAN_LEPAS " ORDER BY k.id LIMIT " RT_BATCH},
    {"retensi_lepas_kunci",
     "SELECT k.nomor FROM keberatan k JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "WHERE k.id = %s AND " RT_KEBERATAN_LEPAS " FOR UPDATE"},
    {"retensi_lepas_hapus",
     "UPDATE keberatan SET nik = NULL, alamat = 'dihapus', telepon = NULL, "
     "email = NULL WHERE id = %s"},
    /* Only an identity scan no other record uses (IGNORE: a row another
     * table still refers to is skipped, not an error). */
    {"retensi_berkas_hapus",
     "DELETE IGNORE FROM berkas WHERE id = %s AND NOT EXISTS "
     "(SELECT 1 FROM permohonan WHERE identitas_berkas_id = %s)"},
    {"retensi_isi_dipakai",
     "SELECT (SELECT COUNT(*) FROM berkas WHERE sha256 = %s) "
     "+ (SELECT COUNT(*) FROM laporan_tahunan WHERE salinan_sha256 = %s)"},
    {"retensi_surel",
     "DELETE FROM surel_keluar WHERE status = 'terkirim' "
     "AND terkirim_pada < UTC_TIMESTAMP() - INTERVAL %s DAY ORDER BY id LIMIT " RT_BATCH},
    {"retensi_sesi",
     "DELETE FROM sesi WHERE berakhir < UTC_TIMESTAMP() - INTERVAL 1 DAY "
     "OR diakhiri < UTC_TIMESTAMP() - INTERVAL 1 DAY LIMIT " RT_BATCH},
    {"retensi_pembatasan",
     "DELETE FROM pembatasan WHERE jendela_mulai < UTC_TIMESTAMP() - INTERVAL 1 DAY "
     "LIMIT " RT_BATCH},
    {NULL, NULL}
};

typedef struct {
    apr_pool_t *pool;
    const sk_conf *conf;
    sk_db *db;
    const char *batas;            /* UTC "YYYY-MM-DD HH:MM:SS" */
    int cases, files;
} run;

static int audit(run *r, apr_pool_t *pool, const char *object,
                 const char *object_id, const char *after)
{
    sl_audit_row a = {NULL, "sialip-kirim", "retensi", object, object_id,
                      NULL, after, 0, NULL};
    return sl_dbi_audit(sk_db_dbi(r->db), pool, &a);
}

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

/* Removes the store's file for sha (the layout of sl_store_put). */
static void remove_file(run *r, apr_pool_t *pool, const char *sha)
{
    const char *path;
    if (!is_hex64(sha)) {
        sk_log("retention: berkas content '%s' is not a SHA-256, file kept", sha);
        return;
    }
    path = apr_pstrcat(pool, r->conf->upload_dir, "/",
                       apr_pstrndup(pool, sha, 2), "/", sha, NULL);
    if (unlink(path) == 0) {
        r->files++;
    }
    else if (errno != ENOENT) {
        sk_log("retention: cannot remove %s: %s (remove it by hand)", path,
               strerror(errno));
    }
}

/* One closed case in its transaction: 1 erased, 0 no longer a candidate,
 * -1 on a database error (rolled back). */
static int erase_case(run *r, apr_pool_t *pool, const char *id)
{
    sk_rows *rows;
    const char *nomor, *berkas, *sha = NULL, *count;
    int rv, gone = 0;

    if ((rv = sk_db_begin(r->db, pool)) != 0) {
        return -1;
    }
    rv = sk_db_select(r->db, pool, "retensi_kasus_kunci", &rows,
                      SK_ARGS(r->batas, id));
    if (rv != 0 || rows->nrows == 0) {
        sk_db_end(r->db, 0);
        return rv != 0 ? -1 : 0;
    }
    nomor = sk_rows_get(rows, 0, 0);
    berkas = sk_rows_get(rows, 0, 1);
    rv = sk_db_exec(r->db, pool, "retensi_permohonan_hapus", NULL, SK_ARGS(id))
         || sk_db_exec(r->db, pool, "retensi_keberatan_permohonan_hapus", NULL,
                       SK_ARGS(id));
    if (rv == 0 && berkas) {
        sha = sk_rows_get(rows, 0, 2);
        rv = sk_db_exec(r->db, pool, "retensi_berkas_hapus", NULL,
                        SK_ARGS(berkas, berkas))
             || sk_db_select(r->db, pool, "retensi_isi_dipakai", &rows,
                             SK_ARGS(sha, sha));
        count = rv == 0 ? sk_rows_get(rows, 0, 0) : NULL;
        gone = count && strcmp(count, "0") == 0;
    }
    if (rv == 0) {
        rv = audit(r, pool, "permohonan", nomor,
                   apr_psprintf(pool, "{\"hapus\":\"nik, alamat, telepon, email%s\","
                                "\"retensi_hari\":%d}",
                                berkas ? ", dokumen identitas" : "",
                                r->conf->retensi_hari));
    }
    if (rv != 0 || sk_db_end(r->db, 1) != 0) {
        sk_log("retention: request %s: %s", nomor, sk_db_error(r->db));
        sk_db_end(r->db, 0);
        return -1;
    }
    /* After the commit: a rolled-back erasure keeps its file. */
    if (gone) {
        remove_file(r, pool, sha);
    }
    r->cases++;
    return 1;
}

/* An objection filed without a request. */
static int erase_objection(run *r, apr_pool_t *pool, const char *id)
{
    sk_rows *rows;
    const char *nomor;
    int rv;

    if (sk_db_begin(r->db, pool) != 0) {
        return -1;
    }
    rv = sk_db_select(r->db, pool, "retensi_lepas_kunci", &rows,
                      SK_ARGS(r->batas, id));
    if (rv != 0 || rows->nrows == 0) {
        sk_db_end(r->db, 0);
        return rv != 0 ? -1 : 0;
    }
    nomor = sk_rows_get(rows, 0, 0);
    rv = sk_db_exec(r->db, pool, "retensi_lepas_hapus", NULL, SK_ARGS(id))
         || audit(r, pool, "keberatan", nomor,
                  apr_psprintf(pool, "{\"hapus\":\"nik, alamat, telepon, email\","
                               "\"retensi_hari\":%d}", r->conf->retensi_hari));
    if (rv != 0 || sk_db_end(r->db, 1) != 0) {
        sk_log("retention: objection %s: %s", nomor, sk_db_error(r->db));
        sk_db_end(r->db, 0);
        return -1;
    }
    r->cases++;
    return 1;
}

/* Candidates in batches until a batch erases nothing new. */
static int erase_all(run *r, const char *label,
                     int (*erase)(run *, apr_pool_t *, const char *))
{
    for (;;) {
        apr_pool_t *batch;
        sk_rows *rows;
        int i, done = 0;

        apr_pool_create(&batch, r->pool);
        if (sk_db_select_retry(r->db, batch, label, &rows, SK_ARGS(r->batas)) != 0) {
            sk_log("retention: %s: %s", label, sk_db_error(r->db));
            return -1;
        }
        for (i = 0; i < rows->nrows; i++) {
            int rv = erase(r, batch, sk_rows_get(rows, i, 0));
            if (rv < 0) {
                return -1;
            }
            done += rv;
        }
        apr_pool_destroy(batch);
        if (done == 0) {
            return 0;
        }
    }
}

/* DELETE in batches, each with an audit row naming how many went. */
static int purge(run *r, const char *label, const char *object, int nargs,
                 const char **args, int *total)
{
    for (;;) {
        apr_pool_t *batch;
        int affected = 0, rv;

        apr_pool_create(&batch, r->pool);
        if (sk_db_begin(r->db, batch) != 0) {
            sk_log("retention: %s: %s", label, sk_db_error(r->db));
            return -1;
        }
        rv = sk_db_exec(r->db, batch, label, &affected, nargs, args);
        if (rv == 0 && affected > 0) {
            rv = audit(r, batch, object, apr_itoa(batch, affected),
                       apr_psprintf(batch, "{\"dihapus\":%d}", affected));
        }
        if (rv != 0 || sk_db_end(r->db, affected > 0) != 0) {
            sk_log("retention: %s: %s", label, sk_db_error(r->db));
            sk_db_end(r->db, 0);
            return -1;
        }
        apr_pool_destroy(batch);
        *total += affected;
        if (affected < atoi(RT_BATCH)) {
            return 0;
        }
    }
}

int sk_retensi(apr_pool_t *pool, const sk_conf *conf, sk_db *db)
{
    run r = {pool, conf, db, NULL, 0, 0};
    apr_time_exp_t t;
    char buf[32];
    apr_size_t len;
    const char *days = apr_itoa(pool, conf->retensi_surel_hari);
    int mail = 0, sessions = 0, counters = 0;

    apr_time_exp_gmt(&t, apr_time_now() - apr_time_from_sec(
                             (apr_int64_t)conf->retensi_hari * 86400));
    apr_strftime(buf, &len, sizeof(buf), "%Y-%m-%d %H:%M:%S", &t);
    r.batas = apr_pstrdup(pool, buf);

    if (erase_all(&r, "retensi_kasus", erase_case) != 0
        || erase_all(&r, "retensi_lepas", erase_objection) != 0
        || purge(&r, "retensi_surel", "surel_keluar", SK_ARGS(days), &mail) != 0
        || purge(&r, "retensi_sesi", "sesi", SK_NOARGS, &sessions) != 0
        || purge(&r, "retensi_pembatasan", "pembatasan", SK_NOARGS, &counters) != 0) {
        return SK_EXIT_FAILURE;
    }
    sk_log("retention: %d case(s) erased (closed before %s UTC), %d file(s) "
           "removed, %d sent message(s), %d session(s), %d counter(s) deleted",
           r.cases, r.batas, r.files, mail, sessions, counters);
    return SK_EXIT_OK;
}
