/* The retention job (`sialip-kirim --retensi`, daily; UU 27/2022).
 *
 * Erases what SIALIP no longer needs to keep:
 *   - of every case closed more than retensi_hari days ago, the applicant's
 *     NIK, address, phone and e-mail (on the request and its objections),
 *     the identity scan, and the conversation's content: the text of every
 *     message (left empty, which the pages show as erased; who wrote it,
 *     its kind and time stay) and every attachment.  A file goes as its
 *     berkas row, and from the upload store once no berkas row (nor an
 *     annual report copy) names the same content (retensi_berkas.c).
 *     Closed means the request is 'selesai', every reopening of it closed
 *     again, and every objection on it, every dispute and every court case
 *     has ended, each more than the period ago; anything still open keeps
 *     the data.  Objections filed without a request (ground b) are erased
 *     the same way;
 *   - sent messages (surel_keluar 'terkirim') older than retensi_surel_hari;
 *   - sessions that expired or were ended more than a day ago, and rate
 *     limit counters whose window started more than a day ago (every
 *     window is shorter).
 * Each erasure is one transaction with its audit row (actor sialip-kirim,
 * action 'retensi'), tried again from the start after a deadlock or lock
 * wait timeout (sk_db_transaction: a web request or a delivery run writing
 * the same rows is not a failed run); a file is removed only after its
 * transaction committed.  Erased rows no longer match, so a second run
 * does nothing.
 * Names, numbers, dates and outcomes stay: the registers and the
 * statistics count on them. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_time.h>
#include "kirim.h"
#include "retensi.h"
#include "retensi_berkas.h"
#include "sk_messages.h"

#define RT_BATCH "500"

/* Everything about a request that must have ended before b.batas: the
 * notice, every reopening (closed again), objection, dispute and court
 * case. */
#define RT_KASUS_SELESAI \
    "p.status = 'selesai' AND p.selesai_pada < b.batas " \
    "AND NOT EXISTS (SELECT 1 FROM permohonan_buka pb WHERE pb.permohonan_id = p.id " \
    "AND (pb.ditutup_pada IS NULL OR pb.ditutup_pada >= b.batas)) " \
    "AND NOT EXISTS (SELECT 1 FROM keberatan k WHERE k.permohonan_id = p.id " \
    "AND NOT " RT_KEBERATAN_SELESAI ") " \
    "AND NOT EXISTS (SELECT 1 FROM keberatan k JOIN sengketa s ON s.keberatan_id = k.id " \
    "WHERE k.permohonan_id = p.id AND NOT " RT_SENGKETA_SELESAI ") " \
    "AND NOT EXISTS (SELECT 1 FROM keberatan k JOIN sengketa s ON s.keberatan_id = k.id " \
    "JOIN perkara pk ON pk.sengketa_id = s.id WHERE k.permohonan_id = p.id " \
    "AND NOT " RT_PERKARA_SELESAI ")"
/* ... and still holds something to erase: its contact data, or a message's
 * text or attachment (cases erased before the conversation was erased too
 * are taken up again for it). */
#define RT_KASUS_BERISI \
    "(p.alamat <> 'dihapus' OR EXISTS (SELECT 1 FROM pesan m WHERE m.permohonan_id = p.id " \
    "AND (m.isi <> '' OR m.berkas_id IS NOT NULL)))"
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
     "SELECT p.id, p.nomor FROM permohonan p JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "WHERE " RT_KASUS_SELESAI " AND " RT_KASUS_BERISI " ORDER BY p.id LIMIT " RT_BATCH},
    /* The same test again under the row lock, with the scan's content and
     * whether the contact data are still there. */
    {"retensi_kasus_kunci",
     "SELECT p.nomor, p.identitas_berkas_id, bk.sha256, p.alamat <> 'dihapus' "
     "FROM permohonan p JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "LEFT JOIN berkas bk ON bk.id = p.identitas_berkas_id "
     "WHERE p.id = %s AND " RT_KASUS_SELESAI " AND " RT_KASUS_BERISI " FOR UPDATE"},
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
     "SELECT k.id, k.nomor FROM keberatan k JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "WHERE " RT_KEBERATAN_LEPAS " ORDER BY k.id LIMIT " RT_BATCH},
    {"retensi_lepas_kunci",
     "SELECT k.nomor FROM keberatan k JOIN (SELECT CAST(%s AS DATETIME) AS batas) b "
     "WHERE k.id = %s AND " RT_KEBERATAN_LEPAS " FOR UPDATE"},
    {"retensi_lepas_hapus",
     "UPDATE keberatan SET nik = NULL, alamat = 'dihapus', telepon = NULL, "
     "email = NULL WHERE id = %s"},
    /* The conversation: its attachments, then the text of every message
     * (the empty text is the erased marker: a message is never blank). */
    {"retensi_lampiran",
     "SELECT m.berkas_id, bk.sha256 FROM pesan m JOIN berkas bk ON bk.id = m.berkas_id "
     "WHERE m.permohonan_id = %s ORDER BY m.id FOR UPDATE"},
    {"retensi_pesan_hapus",
     "UPDATE pesan SET isi = '', berkas_id = NULL WHERE permohonan_id = %s "
     "AND (isi <> '' OR berkas_id IS NOT NULL)"},
    /* The status page is kept rendered while its version stays (migration
     * 023); pesan has no trigger for an update. */
    {"retensi_versi",
     "INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (%s, 1) "
     "ON DUPLICATE KEY UPDATE versi = versi + 1"},
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
    int cases, files, messages, attachments;
} run;

/* One erasure in its transaction: the candidate, and what the last try
 * did (each try starts again from nothing). */
typedef struct {
    run *r;
    const char *id, *nomor;
    int erased, messages, attachments;
    apr_array_header_t *gone;     /* contents to remove once committed */
} erasure;

static int audit(run *r, apr_pool_t *pool, const char *object,
                 const char *object_id, const char *after)
{
    static const sl_audit_who program = {NULL, "sialip-kirim", NULL};
    sl_audit_entry a = {"retensi", object, object_id, NULL, after, 0};
    return sl_dbi_audit(sk_db_dbi(r->db), pool, &program, &a);
}

static const char *and_then(apr_pool_t *pool, const char *list, const char *item)
{
    return list ? apr_pstrcat(pool, list, ", ", item, NULL) : item;
}

/* The conversation of request id: every attachment let go, every text
 * emptied; the counts into e. */
static int erase_conversation(erasure *e, apr_pool_t *pool)
{
    sk_db *db = e->r->db;
    sk_rows *files;
    int rv, i, texts = 0;

    if ((rv = sk_db_select(db, pool, "retensi_lampiran", &files, SK_ARGS(e->id))) != 0
        || (rv = sk_db_exec(db, pool, "retensi_pesan_hapus", &texts, SK_ARGS(e->id))) != 0) {
        return rv;
    }
    for (i = 0; i < files->nrows; i++) {
        if ((rv = sk_retensi_berkas_lepas(db, pool, sk_rows_get(files, i, 0),
                                          sk_rows_get(files, i, 1), e->gone)) != 0) {
            return rv;
        }
    }
    e->messages = texts;
    e->attachments = files->nrows;
    return texts || files->nrows
           ? sk_db_exec(db, pool, "retensi_versi", NULL, SK_ARGS(e->id)) : 0;
}

/* One closed case's statements (sk_db_transaction runs them again from
 * the start after a deadlock or lock wait timeout). */
static int erase_case_body(void *baton, apr_pool_t *pool)
{
    erasure *e = baton;
    run *r = e->r;
    sk_rows *rows;
    const char *berkas, *what = NULL;
    int rv, contact;

    e->erased = e->messages = e->attachments = 0;
    apr_array_clear(e->gone);
    rv = sk_db_select(r->db, pool, "retensi_kasus_kunci", &rows, SK_ARGS(r->batas, e->id));
    if (rv != 0 || rows->nrows == 0) {
        return rv;              /* no longer a candidate: nothing to do */
    }
    e->nomor = sk_rows_get(rows, 0, 0);
    berkas = sk_rows_get(rows, 0, 1);
    contact = strcmp(sl_rows_get_or(rows, 0, 3, "0"), "1") == 0;
    if (contact) {
        if ((rv = sk_db_exec(r->db, pool, "retensi_permohonan_hapus", NULL,
                             SK_ARGS(e->id))) != 0
            || (rv = sk_db_exec(r->db, pool, "retensi_keberatan_permohonan_hapus", NULL,
                                SK_ARGS(e->id))) != 0
            || (berkas && (rv = sk_retensi_berkas_lepas(r->db, pool, berkas,
                                                        sk_rows_get(rows, 0, 2),
                                                        e->gone)) != 0)) {
            return rv;
        }
        what = berkas ? SK_MSG_RETENSI_DATA_PRIBADI_DOKUMEN
                      : SK_MSG_RETENSI_DATA_PRIBADI;
    }
    if ((rv = erase_conversation(e, pool)) != 0) {
        return rv;
    }
    if (e->messages) {
        what = and_then(pool, what, apr_psprintf(pool, SK_MSG_RETENSI_ISI_PESAN, e->messages));
    }
    if (e->attachments) {
        what = and_then(pool, what, apr_psprintf(pool, "%d lampiran", e->attachments));
    }
    if (!what) {
        return 0;
    }
    rv = audit(r, pool, "permohonan", e->nomor,
               apr_psprintf(pool, "{\"hapus\":\"%s\",\"retensi_hari\":%d}", what,
                            r->conf->retensi_hari));
    e->erased = rv == 0;
    return rv;
}

/* One closed case in its transaction: 1 erased, 0 no longer a candidate,
 * -1 on a database error (rolled back, logged). */
static int erase_case(run *r, apr_pool_t *pool, const char *id, const char *nomor)
{
    erasure e = {r, id, nomor, 0, 0, 0, apr_array_make(pool, 4, sizeof(const char *))};

    if (sk_db_transaction(r->db, pool, erase_case_body, &e) != 0) {
        sk_log("retention: request %s: %s", e.nomor, sk_db_error(r->db));
        return -1;
    }
    if (!e.erased) {
        return 0;
    }
    /* After the commit: a rolled-back erasure keeps its files. */
    r->files += sk_retensi_berkas_buang(r->db, pool, r->conf->upload_dir, e.gone);
    r->cases++;
    r->messages += e.messages;
    r->attachments += e.attachments;
    return 1;
}

/* An objection filed without a request. */
static int erase_objection_body(void *baton, apr_pool_t *pool)
{
    erasure *e = baton;
    run *r = e->r;
    sk_rows *rows;
    int rv;

    e->erased = 0;
    rv = sk_db_select(r->db, pool, "retensi_lepas_kunci", &rows, SK_ARGS(r->batas, e->id));
    if (rv != 0 || rows->nrows == 0) {
        return rv;
    }
    e->nomor = sk_rows_get(rows, 0, 0);
    if ((rv = sk_db_exec(r->db, pool, "retensi_lepas_hapus", NULL, SK_ARGS(e->id))) != 0
        || (rv = audit(r, pool, "keberatan", e->nomor,
                       apr_psprintf(pool, "{\"hapus\":\"nik, alamat, telepon, email\","
                                    "\"retensi_hari\":%d}", r->conf->retensi_hari))) != 0) {
        return rv;
    }
    e->erased = 1;
    return 0;
}

static int erase_objection(run *r, apr_pool_t *pool, const char *id, const char *nomor)
{
    erasure e = {r, id, nomor, 0, 0, 0, NULL};

    if (sk_db_transaction(r->db, pool, erase_objection_body, &e) != 0) {
        sk_log("retention: objection %s: %s", e.nomor, sk_db_error(r->db));
        return -1;
    }
    r->cases += e.erased;
    return e.erased;
}

/* Candidates in batches until a batch erases nothing new. */
static int erase_all(run *r, const char *label,
                     int (*erase)(run *, apr_pool_t *, const char *, const char *))
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
            int rv = erase(r, batch, sk_rows_get(rows, i, 0),
                           sl_rows_get_or(rows, i, 1, "?"));
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

typedef struct {
    run *r;
    const char *label, *object;
    int nargs;
    const char **args;
    int affected;
} batch_delete;

/* One batch's DELETE and its audit row naming how many went. */
static int purge_body(void *baton, apr_pool_t *pool)
{
    batch_delete *d = baton;
    int rv;

    d->affected = 0;
    rv = sk_db_exec(d->r->db, pool, d->label, &d->affected, d->nargs, d->args);
    if (rv == 0 && d->affected > 0) {
        rv = audit(d->r, pool, d->object, apr_itoa(pool, d->affected),
                   apr_psprintf(pool, "{\"dihapus\":%d}", d->affected));
    }
    return rv;
}

/* DELETE in batches, each its own transaction. */
static int purge(run *r, const char *label, const char *object, int nargs,
                 const char **args, int *total)
{
    batch_delete d = {r, label, object, nargs, args, 0};

    for (;;) {
        apr_pool_t *batch;

        apr_pool_create(&batch, r->pool);
        if (sk_db_transaction(r->db, batch, purge_body, &d) != 0) {
            sk_log("retention: %s: %s", label, sk_db_error(r->db));
            return -1;
        }
        apr_pool_destroy(batch);
        *total += d.affected;
        if (d.affected < atoi(RT_BATCH)) {
            return 0;
        }
    }
}

int sk_retensi(apr_pool_t *pool, const sk_conf *conf, sk_db *db)
{
    run r = {pool, conf, db, NULL, 0, 0, 0, 0};
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
    sk_log("retention: %d case(s) erased (closed before %s UTC; %d message text(s), "
           "%d attachment(s)), %d file(s) removed, %d sent message(s), %d session(s), "
           "%d counter(s) deleted", r.cases, r.batas, r.messages, r.attachments, r.files,
           mail, sessions, counters);
    return SK_EXIT_OK;
}
