/* The officers' side of the conversation (percakapan.h): a message or a
 * request for clarification to the applicant, reopening a closed request
 * with a reason and closing it again, and the attachments.  PPID Utama and
 * the PPID Pelaksana of an OPD the request is routed to write (scope in
 * alur.c's SQL: another OPD's request is 404); the Atasan PPID reads. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "sl_audit.h"
#include "sl_store.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "alur.h"
#include "surel.h"
#include "tenggat.h"
#include "percakapan.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_percakapan_staf_stmts[] = {
    {"pcps_klarifikasi",
     "INSERT INTO klarifikasi (permohonan_id, pesan_id, diminta_pada, jeda) "
     "VALUES (%s, %s, UTC_TIMESTAMP(), %s)"},
    {"pcps_buka",
     "INSERT INTO permohonan_buka (permohonan_id, pesan_id, dibuka_pada, tindak_lanjut) "
     "VALUES (%s, %s, UTC_TIMESTAMP(), %s)"},
    {"pcps_tutup",
     "UPDATE permohonan_buka SET terbuka = NULL, ditutup_pada = UTC_TIMESTAMP() "
     "WHERE id = %s AND terbuka = 1"},
    {NULL, NULL}
};

/* A refused step comes back as the request's page, the message beside the
 * step's form and the text kept (kotak.c). */
static int refuse_first(sl_ctx *c, const apr_array_header_t *errors)
{
    const char *all = "";
    int i;
    for (i = 0; i < errors->nelts; i++) {
        all = apr_pstrcat(c->r->pool, all, i ? " " : "",
                          APR_ARRAY_IDX(errors, i, sl_field_error).message, NULL);
    }
    return alur_ditolak(c, all);
}

/* The request in the officer's scope, before anything is read from the
 * form: another OPD's request answers 404 whatever was posted. */
static const sl_rows *in_scope(sl_ctx *c, const char *nomor, int *response)
{
    int failed;
    const sl_rows *r = alur_muat(c, nomor, &failed);
    if (failed) {
        *response = alur_gangguan(c);
    }
    else if (!r) {
        *response = alur_tidak_ditemukan(c);
    }
    return r;
}

/* What a step of the officers holds from begin_step to its end. */
typedef struct {
    percakapan_masuk m;
    percakapan_keadaan k;
    const sl_rows *r;          /* the request, locked */
    const char *nomor;
} step;

/* One step: the scope, the form (text field name), the file stored, the
 * transaction begun with the request locked and the conversation's state
 * read under the lock.  Returns 1 with st filled, or 0 with *response. */
static int begin_step(sl_ctx *c, const char *name, const char *label, step *st,
                      int *response)
{
    const char *nomor = apr_table_get(c->params, "nomor");
    const sl_rows *r = in_scope(c, nomor, response);
    percakapan_masuk *m = &st->m;
    apr_array_header_t *errors;

    if (!r) {
        return 0;
    }
    errors = percakapan_baca(c, m, name, label);
    if (errors->nelts > 0) {
        *response = refuse_first(c, errors);
        return 0;
    }
    if (percakapan_tulis_berkas(c, m, errors) != 0) {
        *response = refuse_first(c, errors);
        return 0;
    }
    if (sl_db_begin(c->db) != 0 || !(r = alur_muat(c, nomor, &(int){0}))
        || percakapan_keadaan_baca(c, sl_rows_get(r, 0, ALUR_ID),
                                   sl_rows_get(r, 0, ALUR_STATUS), &st->k) != 0) {
        if (c->db->in_transaction) {
            sl_db_rollback(c->db);
        }
        percakapan_buang_berkas(c, m);
        *response = alur_gangguan(c);
        return 0;
    }
    st->r = r;
    st->nomor = sl_rows_get(r, 0, ALUR_NOMOR);
    return 1;
}

static int step_refused(sl_ctx *c, const percakapan_masuk *m, const char *message)
{
    sl_db_rollback(c->db);
    percakapan_buang_berkas(c, m);
    return alur_ditolak(c, message);
}

static int step_failed(sl_ctx *c, const percakapan_masuk *m)
{
    if (c->db->in_transaction) {
        sl_db_rollback(c->db);
    }
    percakapan_buang_berkas(c, m);
    return alur_gangguan(c);
}

/* The applicant's e-mail (when one was given): no text of the message,
 * which is read with the number and the code. */
static int tell_applicant(sl_ctx *c, const sl_rows *r, const char *subjek,
                          const char *kalimat)
{
    apr_pool_t *p = c->r->pool;
    const char *nomor = sl_rows_get(r, 0, ALUR_NOMOR);
    const char *body[] = {
        kalimat,
        apr_psprintf(p, SIALIP_MSG_PESAN_SUREL_CARA_BALAS_PEMOHON, nomor),
        NULL
    };
    return sialip_surel_pemohon(c, sl_rows_get(r, 0, ALUR_ID), "pesan",
                                apr_pstrcat(p, subjek, " ", nomor, NULL), body,
                                apr_pstrcat(p, c->mount, "/lacak", NULL));
}

/* The end of every step: the note to the applicant, then the request's
 * page at its conversation, committed. */
static int end_step(sl_ctx *c, const step *st, const char *subjek, const char *kalimat)
{
    if (tell_applicant(c, st->r, subjek, kalimat) != 0) {
        return step_failed(c, &st->m);
    }
    return alur_simpan_lalu_tampil(c, st->nomor, "#percakapan");
}

/* A message; with jenis=klarifikasi, a request for clarification: only
 * while the notice's clock runs and none is waiting.  Whether the clock
 * stops is SialipKlarifikasiJeda at this moment, kept with the request. */
int sialip_percakapan_officer_send(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    int ask = strcmp(sl_field(c, "jenis"), "klarifikasi") == 0, response;
    int jeda = sialip_config_of(c->r)->klarifikasi_jeda;
    step st;
    const char *pesan_id;

    if (!begin_step(c, "isi", "Pesan", &st, &response)) {
        return response;
    }
    if (!st.k.terbuka) {
        return step_refused(c, &st.m, SIALIP_MSG_PESAN_PERCAKAPAN_DITUTUP_STAF);
    }
    if (ask && !percakapan_jam_berjalan(sl_rows_get(st.r, 0, ALUR_STATUS))) {
        return step_refused(c, &st.m, SIALIP_MSG_KLARIFIKASI_HANYA_SEBELUM_PEMBERITAHUAN);
    }
    if (ask && st.k.klarifikasi_id) {
        return step_refused(c, &st.m, SIALIP_MSG_KLARIFIKASI_SEBELUMNYA_BELUM_DIJAWAB);
    }
    pesan_id = percakapan_simpan(c, sl_rows_get(st.r, 0, ALUR_ID), st.nomor, "petugas",
                                 ask ? "klarifikasi" : "pesan", &st.m);
    if (!pesan_id) {
        return step_failed(c, &st.m);
    }
    if (ask && (sl_db_exec(c->db, "pcps_klarifikasi", NULL,
                           SL_ARGS(sl_rows_get(st.r, 0, ALUR_ID), pesan_id,
                                   jeda ? "1" : "0")) != 0
                || sl_audit(c, &(sl_audit_entry){
                       "minta_klarifikasi", "permohonan", st.nomor, NULL,
                       jeda ? SIALIP_MSG_KLARIFIKASI_DIMINTA_JEDA
                            : SIALIP_MSG_KLARIFIKASI_DIMINTA_TANPA_JEDA, 1}) != 0)) {
        return step_failed(c, &st.m);
    }
    return end_step(c, &st, ask ? SIALIP_MSG_SUBJEK_KLARIFIKASI_DIMINTA
                                : SIALIP_MSG_SUBJEK_PESAN_PPID,
                    ask ? apr_psprintf(p, SIALIP_MSG_KLARIFIKASI_SUREL_ISI, st.nomor,
                                       jeda ? SIALIP_MSG_KLARIFIKASI_SUREL_JEDA
                                            : SIALIP_MSG_KLARIFIKASI_SUREL_TANPA_JEDA)
                        : apr_psprintf(p, SIALIP_MSG_PESAN_SUREL_DARI_PPID, st.nomor));
}

/* Reopening a closed request (status selesai): the written notice, its
 * date and the registers stay as they are; the conversation opens again
 * and the officers owe a follow-up within SIALIP_HARI_PEMBERITAHUAN
 * working days of today (docs/PERCAKAPAN.md). */
int sialip_percakapan_reopen(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    step st;
    const char *pesan_id;
    const sl_calendar *cal;
    sl_day follow;
    int response;

    if (!begin_step(c, "alasan", SIALIP_MSG_BUKA_KEMBALI_ALASAN, &st, &response)) {
        return response;
    }
    if (strcmp(sl_rows_get_or(st.r, 0, ALUR_STATUS, ""), "selesai") != 0) {
        return step_refused(c, &st.m, SIALIP_MSG_BUKA_KEMBALI_HANYA_SELESAI);
    }
    if (st.k.buka_id) {
        return step_refused(c, &st.m, SIALIP_MSG_BUKA_KEMBALI_SUDAH);
    }
    if (!(cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes))) {
        return step_failed(c, &st.m);
    }
    follow = sl_calendar_add_working_days(cal, sl_today_wib(), SIALIP_HARI_PEMBERITAHUAN,
                                          NULL);
    pesan_id = percakapan_simpan(c, sl_rows_get(st.r, 0, ALUR_ID), st.nomor, "petugas",
                                 "buka", &st.m);
    if (!pesan_id
        || sl_db_exec(c->db, "pcps_buka", NULL,
                      SL_ARGS(sl_rows_get(st.r, 0, ALUR_ID), pesan_id,
                              sl_day_iso(p, follow))) != 0
        || sl_audit(c, &(sl_audit_entry){
               "buka_kembali", "permohonan", st.nomor, "selesai",
               /* The reason stays in its message, which retention
                * erases; the append-only audit only points to it. */
               apr_psprintf(p, SIALIP_MSG_BUKA_KEMBALI_AUDIT, sl_day_long_id(p, follow)),
               1}) != 0) {
        return step_failed(c, &st.m);
    }
    return end_step(c, &st, SIALIP_MSG_SUBJEK_DIBUKA_KEMBALI,
                    apr_psprintf(p, SIALIP_MSG_BUKA_KEMBALI_SUREL_ISI, st.nomor,
                                 sl_day_long_id(p, follow)));
}

/* Closing a reopened request again, with a note to the applicant. */
int sialip_percakapan_close_again(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    step st;
    int response, n = 0;

    if (!begin_step(c, "catatan", SIALIP_MSG_TUTUP_KEMBALI_CATATAN, &st, &response)) {
        return response;
    }
    if (!st.k.buka_id) {
        return step_refused(c, &st.m, SIALIP_MSG_TUTUP_KEMBALI_TIDAK_DIBUKA);
    }
    if (!percakapan_simpan(c, sl_rows_get(st.r, 0, ALUR_ID), st.nomor, "petugas", "tutup",
                           &st.m)
        || sl_db_exec(c->db, "pcps_tutup", &n, SL_ARGS(st.k.buka_id)) != 0 || n != 1
        || sl_audit(c, &(sl_audit_entry){
               "tutup_kembali", "permohonan", st.nomor, SIALIP_MSG_STATUS_DIBUKA_KEMBALI,
               SIALIP_MSG_TUTUP_KEMBALI_AUDIT, 1}) != 0) {
        return step_failed(c, &st.m);
    }
    return end_step(c, &st, SIALIP_MSG_SUBJEK_DITUTUP_KEMBALI,
                    apr_psprintf(p, SIALIP_MSG_TUTUP_KEMBALI_SUREL_ISI, st.nomor));
}

int sialip_percakapan_officer_attachment(sl_ctx *c)
{
    int response;
    sl_rows *doc;
    const sl_rows *r = in_scope(c, apr_table_get(c->params, "nomor"), &response);

    if (!r) {
        return response;
    }
    if (sl_db_select(c->db, "pcp_lampiran", &doc,
                     SL_ARGS(apr_table_get(c->params, "pesan"),
                             sl_rows_get(r, 0, ALUR_ID))) != 0
        || doc->nrows != 1) {
        return alur_tidak_ditemukan(c);
    }
    return isian_berkas_kirim(c, doc);
}
