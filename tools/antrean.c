/* Delivering the outbox.  A run claims due messages a batch at a time in
 * one short transaction: SELECT ... FOR UPDATE SKIP LOCKED reads up to
 * batch_size due, unclaimed messages and locks them, skipping any row
 * another run has locked at that moment, then each is marked with a fresh
 * random lock id and a lock expiry, and the transaction commits.  Two runs
 * never wait for each other there (so they cannot deadlock), and no two
 * runs ever hold one message.  Before each message the claim is renewed
 * and checked; the message's whole SMTP exchange is bounded well inside
 * the claim, so no other run can take the message while it is being sent.
 * Every statement of the claim, renewal and record paths is retried after
 * a deadlock (1213) or lock wait timeout (1205), the claim as a whole
 * transaction: a collision with a web request writing the outbox, or a
 * slow database, is not a failed run.
 *
 * Outcomes: accepted -> terkirim; network failure, timeout or 4xx ->
 * still menunggu, percobaan + 1, kirim_setelah pushed back (1, 2, 4 ...
 * minutes, at most 6 hours), galat_terakhir kept: never lost; 5xx to the
 * recipient or to the message -> gagal with the reason.
 *
 * What cannot be made exactly-once: if the process dies, or the database
 * goes away, after the server accepted a message but before terkirim is
 * written, the message is sent again once its claim expires (SMTP has no
 * way to ask whether a message arrived).  Its Message-ID stays the same,
 * so the recipient's mail system can recognise the copy. */
#include <string.h>
#include <apr_strings.h>
#include <apr_time.h>
#include "kirim.h"
#include "mime.h"
#include "jadwal.h"
#include "smtp.h"
#include "validate.h"

#define SK_BATAS_PESAN_DETIK 240        /* one message's SMTP budget (< the 5-minute claim) */
#define SK_JALAN_MAKS_DETIK 600         /* no new batch after this long */
#define SK_GALAT_MAKS 1000              /* galat_terakhir VARCHAR(1000) */

const sk_stmt sk_antrean_stmts[] = {
    /* The index (status, kirim_setelah) ends with the primary key, so it
     * hands out due rows in this order and the scan stops after LIMIT
     * rows: no sort that would lock every due row first.  Run with READ
     * COMMITTED (db.c): rows that do not match are not kept locked. */
    {"klaim",
     "SELECT id, kepada, subjek, isi_teks, isi_html, percobaan, dibuat_pada "
     "FROM surel_keluar FORCE INDEX (ix_surel_antrian) "
     "WHERE status = 'menunggu' AND kirim_setelah <= UTC_TIMESTAMP() "
     "AND (dikunci_sampai IS NULL OR dikunci_sampai < UTC_TIMESTAMP()) "
     "ORDER BY status, kirim_setelah, id LIMIT %s FOR UPDATE SKIP LOCKED"},
    {"tandai",
     "UPDATE surel_keluar SET dikunci_oleh = %s, "
     "dikunci_sampai = UTC_TIMESTAMP() + INTERVAL 5 MINUTE WHERE id = %s"},
    {"perbarui",
     "UPDATE surel_keluar SET dikunci_sampai = UTC_TIMESTAMP() + INTERVAL 5 MINUTE "
     "WHERE id = %s AND dikunci_oleh = %s AND status = 'menunggu'"},
    /* Still ours, for longer than one message's budget (checked apart from
     * the UPDATE so the answer does not depend on CLIENT_FOUND_ROWS). */
    {"masih_milik",
     "SELECT COUNT(*) FROM surel_keluar WHERE id = %s AND dikunci_oleh = %s "
     "AND status = 'menunggu' "
     "AND dikunci_sampai > UTC_TIMESTAMP() + INTERVAL 250 SECOND"},
    /* A delivered message that carries a tracking code (the receipts)
     * keeps no copy of it: its bodies are replaced (the HTML first, since
     * both tests read the text as it was). */
    {"terkirim",
     "UPDATE surel_keluar SET status = 'terkirim', terkirim_pada = UTC_TIMESTAMP(), "
     "percobaan = percobaan + 1, dikunci_oleh = NULL, dikunci_sampai = NULL, "
     "isi_html = IF(isi_teks LIKE '%%kode=%%' OR isi_teks LIKE '%%Kode pelacakan%%', "
     "'<p>(Isi dihapus setelah terkirim: memuat kode pelacakan.)</p>', isi_html), "
     "isi_teks = IF(isi_teks LIKE '%%kode=%%' OR isi_teks LIKE '%%Kode pelacakan%%', "
     "'(Isi dihapus setelah terkirim: memuat kode pelacakan.)', isi_teks) "
     "WHERE id = %s AND dikunci_oleh = %s"},
    {"tunda",
     "UPDATE surel_keluar SET percobaan = percobaan + 1, "
     "kirim_setelah = UTC_TIMESTAMP() + INTERVAL %s SECOND, galat_terakhir = %s, "
     "dikunci_oleh = NULL, dikunci_sampai = NULL "
     "WHERE id = %s AND dikunci_oleh = %s"},
    {"gagal",
     "UPDATE surel_keluar SET status = 'gagal', percobaan = percobaan + 1, "
     "galat_terakhir = %s, dikunci_oleh = NULL, dikunci_sampai = NULL "
     "WHERE id = %s AND dikunci_oleh = %s"},
    {"lepas",
     "UPDATE surel_keluar SET dikunci_oleh = NULL, dikunci_sampai = NULL "
     "WHERE id = %s AND dikunci_oleh = %s AND status = 'menunggu'"},
    {NULL, NULL}
};

enum { C_ID, C_KEPADA, C_SUBJEK, C_TEKS, C_HTML, C_PERCOBAAN, C_DIBUAT };

typedef struct {
    apr_pool_t *pool;           /* the run's */
    const sk_conf *conf;
    sk_db *db;
    sk_smtp *smtp;              /* open session, or NULL */
    const char *unreachable;    /* why the server could not be reached */
    int sent, deferred, failed;
} run;

static const char *random_hex(apr_pool_t *pool, int bytes)
{
    unsigned char raw[32];
    char *hex = apr_palloc(pool, (apr_size_t)bytes * 2 + 1);
    int i;

    if (bytes > (int)sizeof(raw)
        || apr_generate_random_bytes(raw, (apr_size_t)bytes) != APR_SUCCESS) {
        return NULL;
    }
    for (i = 0; i < bytes; i++) {
        apr_snprintf(hex + 2 * i, 3, "%02x", raw[i]);
    }
    return hex;
}

typedef struct {
    run *r;
    const char *lock;
    sk_rows **rows;
} claim_args;

/* The claim transaction's statements (sk_db_transaction retries them as a
 * whole): 0, or the error of the statement that failed. */
static int claim_body(void *baton, apr_pool_t *pool)
{
    claim_args *a = baton;
    const char *limit = apr_itoa(pool, a->r->conf->batch_size);
    int i, rv;

    rv = sk_db_select(a->r->db, pool, "klaim", a->rows, SK_ARGS(limit));
    for (i = 0; rv == 0 && i < (*a->rows)->nrows; i++) {
        rv = sk_db_exec(a->r->db, pool, "tandai", NULL,
                        SK_ARGS(a->lock, (*a->rows)->rows[i][C_ID]));
    }
    return rv;
}

/* Claims up to batch_size due messages under lock; -1 on a database error. */
static int claim(run *r, apr_pool_t *pool, const char *lock, sk_rows **rows)
{
    claim_args a = {r, lock, rows};

    if (sk_db_transaction(r->db, pool, claim_body, &a) != 0) {
        sk_log("cannot claim messages: %s", sk_db_error(r->db));
        return -1;
    }
    return 0;
}

/* Renews the claim on one message; 1 when it is still ours. */
static int still_ours(run *r, apr_pool_t *pool, const char *id, const char *lock)
{
    sk_rows *rows;
    const char *n;
    if (sk_db_exec_retry(r->db, pool, "perbarui", NULL, SK_ARGS(id, lock)) != 0
        || sk_db_select_retry(r->db, pool, "masih_milik", &rows, SK_ARGS(id, lock)) != 0) {
        return -1;
    }
    n = sk_rows_get(rows, 0, 0);
    return n && strcmp(n, "1") == 0;
}

/* One message over the session, opening it when needed. */
static sk_outcome deliver(run *r, apr_pool_t *pool, const char *const *row,
                          apr_time_t deadline, const char **error)
{
    const sk_conf *conf = r->conf;
    sk_message m;
    const char *err = NULL, *payload;
    sk_outcome outcome;

    if (r->unreachable) {
        *error = r->unreachable;
        return SK_TEMPORARY;
    }
    if (r->smtp && !sk_smtp_ready(r->smtp)) {
        sk_smtp_close(r->smtp);     /* dropped while idle: a new one */
        r->smtp = NULL;
    }
    if (!r->smtp) {
        r->smtp = sk_smtp_open(r->pool, conf, deadline, &err);
        if (!r->smtp) {
            /* The rest of this run's messages would fail the same way:
             * they are put back without another connection attempt. */
            r->unreachable = err;
            *error = err;
            return SK_TEMPORARY;
        }
    }
    memset(&m, 0, sizeof(m));
    m.from = conf->smtp_from;
    m.from_name = conf->smtp_from_name;
    m.to = row[C_KEPADA];
    m.subject = row[C_SUBJEK] ? row[C_SUBJEK] : "";
    m.text = row[C_TEKS] ? row[C_TEKS] : "";
    m.html = row[C_HTML] ? row[C_HTML] : "";
    m.message_id = sk_message_id(pool, row[C_ID], row[C_DIBUAT], conf->smtp_from);
    m.date = apr_time_sec(apr_time_now());
    m.boundary = apr_pstrcat(pool, "=_sialip_", random_hex(pool, 12), NULL);
    payload = sk_dot_stuff(pool, sk_message_format(pool, &m));
    outcome = sk_smtp_send(r->smtp, conf->smtp_from, m.to, payload, deadline, &err);
    *error = err ? apr_pstrdup(pool, err) : NULL;
    return outcome;
}

/* Records the outcome and logs it; -1 on a database error. */
static int record(run *r, apr_pool_t *pool, const char *const *row,
                  const char *lock, sk_outcome outcome, const char *error)
{
    const char *id = row[C_ID], *to = row[C_KEPADA] ? row[C_KEPADA] : "";
    const char *domain = sk_address_domain(pool, to);
    const char *stored = sk_smtp_printable(pool, error ? error : "", SK_GALAT_MAKS);
    const char *logged = sk_redact_address(pool, stored, to);
    int rv, n = 0;

    switch (outcome) {
    case SK_SENT:
        rv = sk_db_exec_retry(r->db, pool, "terkirim", &n, SK_ARGS(id, lock));
        if (rv == 0) {
            r->sent++;
            sk_log("message %s to %s: sent", id, domain);
        }
        break;
    case SK_TEMPORARY: {
        unsigned attempts = (unsigned)apr_atoi64(row[C_PERCOBAAN] ? row[C_PERCOBAAN] : "0") + 1;
        long wait = sk_backoff_seconds(attempts);
        rv = sk_db_exec_retry(r->db, pool, "tunda", &n,
                              SK_ARGS(apr_ltoa(pool, wait), stored, id, lock));
        if (rv == 0) {
            r->deferred++;
            sk_log("message %s to %s: deferred (attempt %u, next in %ld min): %s",
                   id, domain, attempts, wait / 60, logged);
        }
        break;
    }
    default:
        rv = sk_db_exec_retry(r->db, pool, "gagal", &n, SK_ARGS(stored, id, lock));
        if (rv == 0) {
            r->failed++;
            sk_log("message %s to %s: failed: %s", id, domain, logged);
        }
        break;
    }
    if (rv != 0) {
        sk_log("message %s: cannot record the outcome: %s", id, sk_db_error(r->db));
        return -1;
    }
    if (n == 0) {
        /* Only when a claim expired mid-batch (a very slow database). */
        sk_log("message %s: its claim had expired; the outcome above was not "
               "recorded", id);
    }
    return 0;
}

/* Sends one claimed batch; -1 when the run must stop (database error). */
static int send_batch(run *r, apr_pool_t *pool, const char *lock, sk_rows *rows)
{
    int i;

    for (i = 0; i < rows->nrows; i++) {
        const char *const *row = rows->rows[i];
        const char *error = NULL;
        apr_pool_t *msg_pool;
        sk_outcome outcome;
        int ours;

        apr_pool_create(&msg_pool, pool);
        if (!row[C_KEPADA] || !sl_valid_email(row[C_KEPADA])) {
            outcome = SK_PERMANENT;
            error = "invalid recipient address";
        }
        else if (r->unreachable) {
            outcome = deliver(r, msg_pool, row, 0, &error);
        }
        else {
            if ((ours = still_ours(r, msg_pool, row[C_ID], lock)) < 0) {
                sk_log("message %s: cannot renew its claim: %s", row[C_ID],
                       sk_db_error(r->db));
                return -1;
            }
            if (!ours) {
                sk_log("message %s: claimed by another run, skipped", row[C_ID]);
                apr_pool_destroy(msg_pool);
                continue;
            }
            outcome = deliver(r, msg_pool, row, apr_time_now()
                              + apr_time_from_sec(SK_BATAS_PESAN_DETIK), &error);
        }
        if (record(r, msg_pool, row, lock, outcome, error) != 0) {
            return -1;
        }
        apr_pool_destroy(msg_pool);
    }
    return 0;
}

/* After a database error midway, what was not recorded is released for
 * the next run (by id: no scan that would lock other runs' rows); if even
 * that fails the claim simply expires. */
static void release(run *r, apr_pool_t *pool, const char *lock, const sk_rows *rows)
{
    int i;
    for (i = 0; i < rows->nrows; i++) {
        sk_db_exec_retry(r->db, pool, "lepas", NULL, SK_ARGS(rows->rows[i][C_ID], lock));
    }
}

int sk_antrean_kirim(apr_pool_t *pool, const sk_conf *conf, sk_db *db)
{
    apr_time_t started = apr_time_now();
    run r;
    int rc = SK_EXIT_OK;

    memset(&r, 0, sizeof(r));
    r.pool = pool;
    r.conf = conf;
    r.db = db;
    for (;;) {
        apr_pool_t *batch;
        const char *lock;
        sk_rows *rows;
        int stop;

        if (apr_time_now() - started > apr_time_from_sec(SK_JALAN_MAKS_DETIK)) {
            sk_log("ran for %d seconds; the next run goes on", SK_JALAN_MAKS_DETIK);
            break;
        }
        apr_pool_create(&batch, pool);
        if (!(lock = random_hex(batch, 16))) {
            sk_log("no random bytes for the claim id");
            rc = SK_EXIT_FAILURE;
            apr_pool_destroy(batch);
            break;
        }
        if (claim(&r, batch, lock, &rows) != 0) {
            rc = SK_EXIT_FAILURE;
            apr_pool_destroy(batch);
            break;
        }
        if (rows->nrows == 0) {
            apr_pool_destroy(batch);
            break;
        }
        stop = send_batch(&r, batch, lock, rows) != 0;
        if (stop) {
            release(&r, batch, lock, rows);
        }
        apr_pool_destroy(batch);
        if (stop) {
            rc = SK_EXIT_FAILURE;
            break;
        }
        if (r.unreachable) {
            break;
        }
    }
    sk_smtp_close(r.smtp);
    if (r.sent || r.deferred || r.failed) {
        sk_log("%d sent, %d deferred, %d failed", r.sent, r.deferred, r.failed);
    }
    return rc;
}
