/* What officers do to a request: PPID Utama records requests that came in
 * person, by letter, e-mail or phone; routes (disposes) a request to one or
 * more OPDs and re-routes parts; extends the deadline once; each OPD's PPID
 * Pelaksana answers its part.  Every step is one transaction with its audit
 * row, and only the transitions below are possible. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "keberatan_rules.h"
#include "tenggat.h"
#include "alur.h"
#include "surel.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_proses_stmts[] = {
    {"proses_opd_aktif", "SELECT id, singkatan FROM opd WHERE id = %s AND aktif = 1"},
    {"proses_disposisi_ada",
     "SELECT id FROM disposisi WHERE permohonan_id = %s AND opd_id = %s "
     "AND status <> 'dialihkan'"},
    {"proses_disposisi_buat",
     "INSERT INTO disposisi (permohonan_id, opd_id, catatan, dibuat_oleh, dibuat_pada) "
     "VALUES (%s, %s, %s, %s, UTC_TIMESTAMP())"},
    {"proses_id_terakhir", "SELECT LAST_INSERT_ID()"},
    {"proses_status", "UPDATE permohonan SET status = %s WHERE id = %s"},
    /* A part belongs to the request and, for a PPID Pelaksana, to its OPD:
     * both in the WHERE clause. */
    {"proses_bagian",
     "SELECT d.id, d.status, d.opd_id, o.singkatan FROM disposisi d "
     "JOIN opd o ON o.id = d.opd_id WHERE d.id = %s AND d.permohonan_id = %s "
     "AND (%s = '1' OR d.opd_id = %s) FOR UPDATE"},
    {"proses_jawab",
     "UPDATE disposisi SET status = 'dijawab', jawaban = %s, dijawab_oleh = %s, "
     "dijawab_pada = UTC_TIMESTAMP() WHERE id = %s AND status = 'menunggu'"},
    {"proses_alihkan",
     "UPDATE disposisi SET status = 'dialihkan', dialihkan_ke = %s WHERE id = %s"},
    {"proses_perpanjang",
     "UPDATE permohonan SET jatuh_tempo_perpanjangan = %s, alasan_perpanjangan = %s, "
     "diperpanjang_pada = UTC_TIMESTAMP() WHERE id = %s "
     "AND jatuh_tempo_perpanjangan IS NULL AND status <> 'selesai'"},
    {NULL, NULL}
};

/* ---- recording a walk-in, letter, e-mail or phone request ------------- */

int sialip_proses_catat_form(sl_ctx *c)
{
    return sialip_permohonan_formulir(c, HTTP_OK, NULL, 1);
}

/* "2026-03-13 10:00" (WIB) as Unix time; -1 when malformed. */
int sialip_waktu_wib(const char *text, apr_time_t *out)
{
    char date[11];
    int h, m;
    char end;
    sl_day day;

    if (strlen(text) < 16 || text[10] != ' ') {
        return -1;
    }
    memcpy(date, text, 10);
    date[10] = '\0';
    if (sl_day_parse_iso(date, &day) != 0
        || sscanf(text + 11, "%2d:%2d%c", &h, &m, &end) != 2 || h > 23 || m > 59) {
        return -1;
    }
    *out = apr_time_from_sec((apr_int64_t)day * 86400 + h * 3600 + m * 60
                             - SL_WIB_OFFSET_SECONDS);
    return 0;
}

/* Any channel but the web form, which files for itself. */
static int is_recorded_channel(const char *kanal)
{
    return strcmp(kanal, "web") != 0 && sl_choice_known(sl_kanal_choices, kanal);
}

int sialip_proses_catat_simpan(sl_ctx *c)
{
    apr_array_header_t *errors = apr_array_make(c->r->pool, 8, sizeof(sl_field_error));
    const char *kanal = sl_field(c, "kanal");
    apr_time_t received = 0;

    if (!is_recorded_channel(kanal)) {
        isian_galat(errors, "kanal", SIALIP_MSG_PILIH_SALURAN_PERMOHONAN);
    }
    if (sialip_waktu_wib(sl_field(c, "diterima"), &received) != 0) {
        isian_galat(errors, "diterima",
                    SIALIP_MSG_WAKTU_DITERIMA_FORMAT);
    }
    else if (received > apr_time_now()) {
        isian_galat(errors, "diterima",
                    SIALIP_MSG_WAKTU_DITERIMA_MASA_DEPAN);
    }
    return sialip_permohonan_simpan(c, kanal, received, errors, 1);
}

/* ---- disposition ------------------------------------------------------ */

/* Loads the request for a change (locked) inside a new transaction. */
static const sl_rows *begin_change(sl_ctx *c, int *response)
{
    const char *nomor = apr_table_get(c->params, "nomor");
    const sl_rows *r;
    int failed;

    if (sl_db_begin(c->db) != 0) {
        *response = alur_gangguan(c);
        return NULL;
    }
    r = alur_muat(c, nomor, &failed);
    if (failed) {
        *response = alur_gangguan(c);
        return NULL;
    }
    if (!r) {
        *response = alur_tidak_ditemukan(c);
        return NULL;
    }
    return r;
}

static int finish_change(sl_ctx *c, const sl_rows *r, const char *anchor)
{
    return alur_simpan_lalu_tampil(c, sl_rows_get(r, 0, ALUR_NOMOR), anchor);
}

/* E-mails about this request, in the step's transaction. */
static void tell_applicant(sl_ctx *c, const sl_rows *r, const char *jenis,
                           const char *subject, const char *paragraph)
{
    const char *nomor = sl_rows_get(r, 0, ALUR_NOMOR);
    const char *body[] = {paragraph, SIALIP_MSG_TANDA_TERIMA_CARA_LACAK, NULL};
    sialip_surel_pemohon(c, sl_rows_get(r, 0, ALUR_ID), jenis,
                         apr_pstrcat(c->r->pool, subject, " (", nomor, ")", NULL),
                         body, apr_pstrcat(c->r->pool, c->mount, "/lacak?nomor=",
                                           nomor, NULL));
}

static void tell_opd(sl_ctx *c, const sl_rows *r, const char *opd_id,
                     const char *note)
{
    apr_pool_t *p = c->r->pool;
    const char *nomor = sl_rows_get(r, 0, ALUR_NOMOR);
    const char *body[] = {
        apr_psprintf(p, SIALIP_MSG_DISPOSISI_SUREL_PEMBUKA, nomor),
        apr_psprintf(p, SIALIP_MSG_DISPOSISI_SUREL_INFORMASI, sl_rows_get(r, 0, ALUR_RINCIAN)),
        *note ? apr_psprintf(p, SIALIP_MSG_DISPOSISI_SUREL_CATATAN, note)
              : SIALIP_MSG_DISPOSISI_SUREL_CARA_JAWAB,
        NULL
    };
    sialip_surel_opd(c, opd_id, "disposisi", nomor,
                     apr_psprintf(p, SIALIP_MSG_DISPOSISI_SUREL_SUBJEK, nomor),
                     body, apr_pstrcat(p, c->mount, "/admin/permohonan/", nomor, NULL));
}

/* Routes the request to an OPD (a new part); used for dispositions and for
 * re-routing.  Returns the new part's id, or NULL. */
static const char *route_to(sl_ctx *c, const sl_rows *r, const char *opd_id,
                            const char *note, const char **opd_name)
{
    sl_rows *rows;
    const char *id = sl_rows_get(r, 0, ALUR_ID);

    if (sl_db_select(c->db, "proses_opd_aktif", &rows, SL_ARGS(opd_id)) != 0
        || rows->nrows != 1) {
        return NULL;
    }
    *opd_name = sl_rows_get(rows, 0, 1);
    if (sl_db_select(c->db, "proses_disposisi_ada", &rows, SL_ARGS(id, opd_id)) != 0
        || rows->nrows > 0) {
        return NULL;
    }
    sl_db_exec(c->db, "proses_disposisi_buat", NULL,
               SL_ARGS(id, opd_id, *note ? note : NULL, c->session->user_id));
    tell_opd(c, r, opd_id, note);
    if (sl_db_select(c->db, "proses_id_terakhir", &rows, SL_NOARGS) != 0) {
        return NULL;
    }
    return sl_rows_get(rows, 0, 0);
}

int sialip_proses_disposisi(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const apr_array_header_t *fields = apr_table_elts(c->form->fields);
    const apr_table_entry_t *e = (const apr_table_entry_t *)fields->elts;
    const char *note = sl_field(c, "catatan");
    const char *names = "";
    const sl_rows *r;
    int i, routed = 0, response;

    if (!(r = begin_change(c, &response))) {
        return response;
    }
    if (!alur_terbuka(r)) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_DISPOSISI_PERMOHONAN_SELESAI);
    }
    for (i = 0; i < fields->nelts; i++) {
        const char *opd_name;
        if (strcmp(e[i].key, "opd") != 0) {
            continue;
        }
        if (!route_to(c, r, e[i].val, note, &opd_name)) {
            sl_db_rollback(c->db);
            return alur_ditolak(c, SIALIP_MSG_DISPOSISI_OPD_TIDAK_AKTIF);
        }
        names = apr_pstrcat(p, names, *names ? ", " : "", opd_name, NULL);
        routed++;
    }
    if (routed == 0) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_DISPOSISI_PILIH_OPD);
    }
    sl_db_exec(c->db, "proses_status", NULL,
               SL_ARGS("didisposisi", sl_rows_get(r, 0, ALUR_ID)));
    tell_applicant(c, r, "disposisi", SIALIP_MSG_DISPOSISI_PEMOHON_SUBJEK,
                   apr_psprintf(p, SIALIP_MSG_DISPOSISI_PEMOHON_ISI,
                                sl_rows_get(r, 0, ALUR_NOMOR), names));
    sl_audit(c, &(sl_audit_entry){"disposisi", "permohonan",
                                  sl_rows_get(r, 0, ALUR_NOMOR),
                                  sl_rows_get(r, 0, ALUR_STATUS),
                                  apr_psprintf(p, SIALIP_MSG_DISPOSISI_AUDIT,
                                               names), 1});
    return finish_change(c, r, "#disposisi");
}

/* The part {bagian} of the request, within the officer's OPD scope. */
static sl_rows *load_part(sl_ctx *c, const sl_rows *r)
{
    sl_rows *rows;
    const char *part = apr_table_get(c->params, "bagian");
    if (sl_db_select(c->db, "proses_bagian", &rows,
                     SL_ARGS(part, sl_rows_get(r, 0, ALUR_ID),
                             sl_scope_all(c, SL_ROLE_PPID_UTAMA), sl_scope_opd(c)))
        != 0 || rows->nrows != 1) {
        return NULL;
    }
    return rows;
}

int sialip_proses_alihkan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *target = sl_field(c, "opd");
    const char *note = sl_field(c, "catatan");
    const char *new_part, *opd_name;
    const sl_rows *r;
    sl_rows *part;
    int response;

    if (!(r = begin_change(c, &response))) {
        return response;
    }
    if (!(part = load_part(c, r))) {
        sl_db_rollback(c->db);
        return alur_tidak_ditemukan(c);
    }
    if (!alur_terbuka(r) || strcmp(sl_rows_get(part, 0, 1), "menunggu") != 0) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_ALIH_HANYA_BAGIAN_TERBUKA);
    }
    if (!*note) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_ALIH_ALASAN_WAJIB);
    }
    if (!(new_part = route_to(c, r, target, note, &opd_name))) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_DISPOSISI_OPD_TIDAK_AKTIF);
    }
    sl_db_exec(c->db, "proses_alihkan", NULL,
               SL_ARGS(new_part, sl_rows_get(part, 0, 0)));
    sl_audit(c, &(sl_audit_entry){"alihkan", "permohonan", sl_rows_get(r, 0, ALUR_NOMOR),
                                  sl_rows_get(part, 0, 3),
                                  apr_psprintf(p, SIALIP_MSG_ALIH_AUDIT,
                                               sl_rows_get(part, 0, 3), opd_name, note), 0});
    return finish_change(c, r, "#disposisi");
}

int sialip_proses_jawab(sl_ctx *c)
{
    const char *answer = sl_field(c, "jawaban");
    const sl_rows *r;
    sl_rows *part;
    int response, changed = 0;

    if (!(r = begin_change(c, &response))) {
        return response;
    }
    if (!(part = load_part(c, r))) {
        sl_db_rollback(c->db);
        return alur_tidak_ditemukan(c);
    }
    if (!(c->session->roles & SL_ROLE_PPID_PELAKSANA) || !c->session->opd_id
        || strcmp(c->session->opd_id, sl_rows_get(part, 0, 2)) != 0) {
        sl_db_rollback(c->db);
        return sl_error_page(c, HTTP_FORBIDDEN, SL_MSG_AKSES_DITOLAK,
                             SIALIP_MSG_JAWAB_BAGIAN_HANYA_OPD_TUJUAN);
    }
    if (!*answer || sl_utf8_length(answer, strlen(answer)) > 10000) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_JAWAB_BAGIAN_ISI_JAWABAN);
    }
    sl_db_exec(c->db, "proses_jawab", &changed,
               SL_ARGS(answer, c->session->user_id, sl_rows_get(part, 0, 0)));
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_JAWAB_BAGIAN_SUDAH_DIJAWAB);
    }
    sl_audit(c, &(sl_audit_entry){"jawab_bagian", "permohonan",
                                  sl_rows_get(r, 0, ALUR_NOMOR), NULL,
                                  apr_pstrcat(c->r->pool, "Jawaban ",
                                              sl_rows_get(part, 0, 3), ": ",
                                              answer, NULL), 0});
    return finish_change(c, r, "#disposisi");
}

/* ---- extension -------------------------------------------------------- */

int sialip_proses_perpanjang(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *reason = sl_field(c, "alasan");
    const sl_calendar *cal;
    const sl_rows *r;
    sl_day due, extended;
    int response, changed = 0;

    if (!*reason || sl_utf8_length(reason, strlen(reason)) > 5000) {
        return alur_ditolak(c, SIALIP_MSG_PERPANJANG_ALASAN_WAJIB);
    }
    if (!(r = begin_change(c, &response))) {
        return response;
    }
    if (!alur_terbuka(r)) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_PERPANJANG_PERMOHONAN_SELESAI);
    }
    if (sl_rows_get(r, 0, ALUR_TEMPO_PERPANJANGAN)) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_PERPANJANG_SUDAH_PERNAH_PASAL22);
    }
    cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    if (!cal || sl_day_parse_iso(sl_rows_get(r, 0, ALUR_TEMPO), &due) != 0) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    /* Pasal 22(8): only before the first due date passes; after it the
     * applicant may already object for no answer. */
    if (!sl_perpanjangan_tepat(due, sl_today_wib())) {
        sl_db_rollback(c->db);
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00081) "extension of %s refused: "
                      "first due date %s has passed (status %d)",
                      sl_rows_get(r, 0, ALUR_NOMOR), sl_day_iso(p, due), HTTP_CONFLICT);
        return alur_ditolak(
            c, apr_psprintf(p, SIALIP_MSG_PERPANJANG_BATAS_SUDAH_LEWAT, sl_day_long_id(p, due)));
    }
    extended = sl_calendar_add_working_days(cal, due, SIALIP_HARI_PERPANJANGAN, NULL);
    /* Once only, and it moves the citizen's deadline: the officer sees the
     * new date and confirms (yakin=1) before anything changes. */
    if (strcmp(sl_field(c, "yakin"), "1") != 0) {
        return sialip_kotak_konfirmasi(c);
    }
    sl_db_exec(c->db, "proses_perpanjang", &changed,
               SL_ARGS(sl_day_iso(p, extended), reason, sl_rows_get(r, 0, ALUR_ID)));
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_PERPANJANG_SUDAH_PERNAH);
    }
    tell_applicant(c, r, "perpanjangan", SIALIP_MSG_PERPANJANG_SUREL_SUBJEK,
                   apr_psprintf(p, SIALIP_MSG_PERPANJANG_SUREL_ISI,
                                sl_rows_get(r, 0, ALUR_NOMOR), sl_day_long_id(p,
                                                                              extended), reason));
    sl_audit(c, &(sl_audit_entry){"perpanjang", "permohonan",
                                  sl_rows_get(r, 0, ALUR_NOMOR),
                                  apr_psprintf(p, SIALIP_MSG_JATUH_TEMPO_TANGGAL,
                                               sl_day_iso(p, due)),
                                  apr_psprintf(p, SIALIP_MSG_PERPANJANG_AUDIT,
                                               sl_day_long_id(p, extended), reason), 1});
    return finish_change(c, r, "#tenggat");
}
