/* Daily deadline reminders (`sialip-kirim --pengingat`, run at 07:00 WIB).
 *
 * On the working-day calendar (hari_libur rows with libur = 1, weekends,
 * the office cut-off), finds what is due within SK_PENGINGAT_HARI_KERJA
 * working days or overdue, and queues one message per item, kind, due date
 * and officer in the outbox:
 *   requests:   unanswered ones (diterima or didisposisi; due on the extended date
 *               when there is one), to every active PPID Utama with an
 *               e-mail and the PPID Pelaksana of each OPD whose disposition
 *               is still 'menunggu'; none while a request for clarification
 *               that stops the clock waits for the applicant;
 *   objections: those awaiting the Atasan PPID (keberatan status
 *               'diterima'), to every PPID Utama and every Atasan PPID;
 *   innovation monitoring reports (pengingat_inovasi.c): per period and
 *               OPD, to the OPD's innovation officers (opd_inovasi), one
 *               message listing the innovations without a submitted report;
 *   berkala DIP entries not updated for six months (pengingat_dip.c): a
 *               weekly digest per OPD to its PPID Pelaksana.
 * The outbox's unique kunci ("pengingat:<nomor>:<due>:<kind>:<user id>",
 * "pengingat-inovasi:<period id>:<due>:<kind>:<user id>") with INSERT
 * IGNORE makes a second run the same day, or the next day for the same due
 * date and kind, add nothing; a new due date (an extension, a recomputed
 * calendar, a period's date moved) reminds again.  All of a run's rows are
 * written in one transaction, tried again from the start after a deadlock
 * or lock wait timeout (sk_db_transaction); the reads before it are
 * retried the same way, so runs at once all exit 0. */
#include <string.h>
#include <apr_strings.h>
#include <apr_time.h>
#include "kirim.h"
#include "calendar.h"
#include "dbrow.h"
#include "jadwal.h"
#include "pengingat.h"
#include "validate.h"

const sk_stmt sk_pengingat_stmts[] = {
    /* Not while a request for clarification that stops the clock waits
     * (klarifikasi.jeda, kept when it was asked): no deadline runs then,
     * and the answer rewrites the due dates, which the next run reminds
     * of under their own key. */
    {"permohonan",
     "SELECT p.id, p.nomor, COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo), "
     "p.jatuh_tempo_perpanjangan IS NOT NULL FROM permohonan p "
     "WHERE p.status IN ('diterima', 'didisposisi') "
     "AND COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo) <= %s "
     "AND NOT EXISTS (SELECT 1 FROM klarifikasi k WHERE k.permohonan_id = p.id "
     "AND k.terbuka = 1 AND k.jeda = 1) ORDER BY p.id"},
    {"keberatan",
     "SELECT k.nomor, k.jatuh_tempo, p.nomor FROM keberatan k "
     "LEFT JOIN permohonan p ON p.id = k.permohonan_id "
     "WHERE k.status = 'diterima' AND k.jatuh_tempo <= %s ORDER BY k.id"},
    {"petugas_peran",
     "SELECT DISTINCT u.id, u.email FROM pengguna u "
     "JOIN pengguna_peran pp ON pp.pengguna_id = u.id "
     "WHERE pp.peran = %s AND u.aktif = 1 AND u.email IS NOT NULL ORDER BY u.id"},
    {"petugas_disposisi",
     "SELECT DISTINCT u.id, u.email FROM disposisi d "
     "JOIN pengguna u ON u.opd_id = d.opd_id "
     "JOIN pengguna_peran pp ON pp.pengguna_id = u.id AND pp.peran = 'ppid_pelaksana' "
     "WHERE d.permohonan_id = %s AND d.status = 'menunggu' AND u.aktif = 1 "
     "AND u.email IS NOT NULL ORDER BY u.id"},
    {NULL, NULL}
};

/* The columns of petugas_peran and petugas_disposisi, in order. */
static const size_t petugas_kolom[] = {
    SL_COLUMN(sk_petugas, id), SL_COLUMN(sk_petugas, email)
};

void sk_petugas_baca(const sk_rows *rows, int i, sk_petugas *out)
{
    sl_rows_read(rows, i, out, petugas_kolom, sizeof(petugas_kolom) / sizeof(size_t));
}

typedef struct {
    sk_pengingat_run run;
    sk_rows *utama, *atasan;
} job;

/* The calendar the modules count on (common/dbi.h), read again after a
 * deadlock or lock wait timeout like every statement of the run. */
static const sl_calendar *load_calendar(sk_pengingat_run *r)
{
    const sl_calendar *cal = NULL;
    const char *unreadable = NULL;
    sl_dbi *dbi = sk_db_dbi(r->db);
    int attempt = 0;

    while (sl_dbi_calendar(dbi, r->pool, r->conf->cutoff_minutes, &cal, &unreadable) != 0) {
        if (!sk_db_retryable(dbi->errnum) || sk_db_backoff(++attempt) != 0) {
            return NULL;
        }
    }
    if (unreadable) {
        sk_log("hari_libur rows with unreadable dates ignored: %s", unreadable);
    }
    return cal;
}

/* Adds the officers of rows (id, email) not yet in the list. */
static void add_officers(apr_array_header_t *ids, apr_array_header_t *emails,
                         const sk_rows *rows)
{
    int i, k;
    for (i = 0; rows && i < rows->nrows; i++) {
        sk_petugas o;
        int seen = 0;
        sk_petugas_baca(rows, i, &o);
        if (!o.id || !o.email) {
            continue;
        }
        for (k = 0; k < ids->nelts; k++) {
            if (strcmp(APR_ARRAY_IDX(ids, k, const char *), o.id) == 0) {
                seen = 1;
                break;
            }
        }
        if (!seen) {
            APR_ARRAY_PUSH(ids, const char *) = o.id;
            APR_ARRAY_PUSH(emails, const char *) = o.email;
        }
    }
}

int sk_pengingat_simpan(sk_pengingat_run *run, apr_pool_t *pool,
                        const char *user_id, const char *email,
                        const sk_surel *s, const char *jenis,
                        const char *objek, const char *objek_id,
                        const char *kunci)
{
    sl_outbox_msg m = {email, s->subjek, s->teks, s->html, jenis, objek,
                       objek_id, kunci};
    int added = 0;

    if (!sl_valid_email(email)) {
        sk_log("user %s: e-mail address is not valid, no reminder", user_id);
        return 0;
    }
    /* The kunci makes a second run add nothing (INSERT IGNORE). */
    if (sl_dbi_outbox_add(sk_db_dbi(run->db), pool, &m, &added) != 0) {
        return -1;
    }
    if (added) {
        run->queued++;
        return 1;
    }
    run->known++;
    return 0;
}

/* Queues the reminder for every officer; -1 on a database error. */
static int queue(job *j, apr_pool_t *pool, const sk_pengingat *p,
                 const char *due_iso, const sk_rows *a, const sk_rows *b)
{
    apr_array_header_t *ids = apr_array_make(pool, 8, sizeof(const char *));
    apr_array_header_t *emails = apr_array_make(pool, 8, sizeof(const char *));
    const char *kind = sk_pengingat_nama(p->jenis);
    const char *jenis = apr_pstrcat(pool, "pengingat_", kind, NULL);
    const char *objek = p->objek == SK_OBJEK_PERMOHONAN ? "permohonan" : "keberatan";
    sk_surel s;
    int k, added = 0;

    add_officers(ids, emails, a);
    add_officers(ids, emails, b);
    sk_pengingat_susun(pool, p, &s);
    for (k = 0; k < ids->nelts; k++) {
        const char *id = APR_ARRAY_IDX(ids, k, const char *);
        const char *kunci = apr_pstrcat(pool, "pengingat:", p->nomor, ":", due_iso,
                                        ":", kind, ":", id, NULL);
        int rv = sk_pengingat_simpan(&j->run, pool, id,
                                     APR_ARRAY_IDX(emails, k, const char *), &s,
                                     jenis, objek, p->nomor, kunci);
        if (rv < 0) {
            return -1;
        }
        added += rv;
    }
    if (added) {
        sk_log("%s %s due %s (%s): %d reminder(s) queued", objek, p->nomor,
               due_iso, kind, added);
    }
    return 0;
}

/* Whether the item nomor, due on due_iso, is reminded today: then p holds
 * the kind, the days left, the number and the due date, and it counts. */
static int due_today(job *j, const char *nomor, const char *due_iso, sk_pengingat *p)
{
    sl_day due;

    if (!nomor || !due_iso || sl_day_parse_iso(due_iso, &due) != 0) {
        return 0;
    }
    memset(p, 0, sizeof(*p));
    p->jenis = sk_pengingat_untuk(j->run.cal, j->run.now, due, &p->sisa);
    if (p->jenis == SK_PENGINGAT_TIDAK) {
        return 0;
    }
    p->nomor = nomor;
    p->jatuh_tempo = due;
    j->run.items++;
    return 1;
}

/* The staff page path + key (+ anchor, may be NULL) in the mail. */
static const char *staff_link(const job *j, apr_pool_t *pool, const char *path,
                              const char *key, const char *anchor)
{
    return apr_pstrcat(pool, j->run.conf->base_url, j->run.conf->sialip_mount, path, key,
                       anchor, NULL);
}

static int requests(job *j)
{
    sk_rows *rows;
    int i;

    if (sk_db_select(j->run.db, j->run.pool, "permohonan", &rows,
                     SK_ARGS(j->run.limit)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *id = sk_rows_get(rows, i, 0), *nomor = sk_rows_get(rows, i, 1);
        const char *due_iso = sk_rows_get(rows, i, 2);
        const char *extended = sk_rows_get(rows, i, 3);
        apr_pool_t *pool;
        sk_pengingat p;
        sk_rows *opd;
        int rv;

        if (!id || !due_today(j, nomor, due_iso, &p)) {
            continue;
        }
        apr_pool_create(&pool, j->run.pool);
        p.objek = SK_OBJEK_PERMOHONAN;
        p.diperpanjang = extended && strcmp(extended, "1") == 0;
        p.tautan = staff_link(j, pool, "/admin/permohonan/", nomor, NULL);
        rv = sk_db_select(j->run.db, pool, "petugas_disposisi", &opd, SK_ARGS(id));
        if (rv == 0) {
            rv = queue(j, pool, &p, due_iso, j->utama, opd);
        }
        apr_pool_destroy(pool);
        if (rv != 0) {
            return -1;
        }
    }
    return 0;
}

static int objections(job *j)
{
    sk_rows *rows;
    int i;

    if (sk_db_select(j->run.db, j->run.pool, "keberatan", &rows,
                     SK_ARGS(j->run.limit)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *nomor = sk_rows_get(rows, i, 0), *due_iso = sk_rows_get(rows, i, 1);
        const char *request = sk_rows_get(rows, i, 2);
        apr_pool_t *pool;
        sk_pengingat p;
        int rv;

        if (!due_today(j, nomor, due_iso, &p)) {
            continue;
        }
        apr_pool_create(&pool, j->run.pool);
        p.objek = SK_OBJEK_KEBERATAN;
        p.nomor_permohonan = request;
        /* The objection and its decision live on the request's page, or
         * on its own for ground b without a request. */
        p.tautan = request ? staff_link(j, pool, "/admin/permohonan/", request, "#keberatan")
                           : staff_link(j, pool, "/admin/keberatan/", nomor, NULL);
        rv = queue(j, pool, &p, due_iso, j->utama, j->atasan);
        apr_pool_destroy(pool);
        if (rv != 0) {
            return -1;
        }
    }
    return 0;
}

/* The run's writes, one transaction that sk_db_transaction tries again
 * from the start after a deadlock or lock wait timeout (another run at the
 * same time, a web request writing the outbox): a retry after a rollback
 * queues what the rolled-back try would have, and the kunci keeps what
 * another run committed meanwhile from being queued twice. */
static int queue_all(void *baton, apr_pool_t *pool)
{
    job *j = baton;

    (void)pool;
    j->run.items = j->run.queued = j->run.known = 0;
    if (requests(j) != 0 || objections(j) != 0
        || sk_pengingat_inovasi_antre(&j->run) != 0
        || sk_pengingat_kalender_antre(&j->run) != 0
        || sk_pengingat_dip_antre(&j->run) != 0) {
        return -1;
    }
    return 0;
}

int sk_pengingat_antre(apr_pool_t *pool, const sk_conf *conf, sk_db *db)
{
    job j;
    sk_pengingat_run *r = &j.run;

    memset(&j, 0, sizeof(j));
    r->pool = pool;
    r->conf = conf;
    r->db = db;
    r->now = apr_time_sec(apr_time_now());
    if (!(r->cal = load_calendar(r))
        || sk_db_select_retry(db, pool, "petugas_peran", &j.utama,
                              SK_ARGS("ppid_utama")) != 0
        || sk_db_select_retry(db, pool, "petugas_peran", &j.atasan,
                              SK_ARGS("atasan_ppid")) != 0) {
        sk_log("reminders: cannot read the calendar or the officers: %s",
               sk_db_error(db));
        return SK_EXIT_FAILURE;
    }
    r->limit = sl_day_iso(pool, sk_pengingat_batas(r->cal, r->now));
    if (sk_db_transaction(db, pool, queue_all, &j) != 0) {
        sk_log("reminders: nothing queued, the database failed: %s", sk_db_error(db));
        return SK_EXIT_FAILURE;
    }
    sk_log("reminders: %d item(s) due by %s or overdue, %d reminder(s) queued, "
           "%d already queued before", r->items, r->limit, r->queued, r->known);
    return SK_EXIT_OK;
}
