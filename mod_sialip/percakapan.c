/* The conversation on a request (percakapan.h): what both sides share
 * (reading, storing and showing messages, the conversation's state, the
 * officers' e-mail) and the applicant's side, reached with the number and
 * the tracking code like the status page: a message, which answers an open
 * request for clarification, and its attachments. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_store.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "alur.h"
#include "surel.h"
#include "tenggat.h"
#include "unggah.h"
#include "percakapan.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_percakapan_stmts[] = {
    {"pcp_simpan",
     "INSERT INTO pesan (permohonan_id, pengirim, pengguna_id, jenis, isi, berkas_id, "
     "dikirim_pada) VALUES (%s, %s, %s, %s, %s, %s, UTC_TIMESTAMP())"},
    {"pcp_id", "SELECT LAST_INSERT_ID()"},
    /* The officer is shown to the applicant by office, to staff by name. */
    {"pcp_daftar",
     "SELECT m.id, m.pengirim, m.jenis, m.isi, m.dikirim_pada, u.nama, "
     "(SELECT o.singkatan FROM opd o WHERE o.id = u.opd_id), "
     "EXISTS (SELECT 1 FROM pengguna_peran pp WHERE pp.pengguna_id = u.id "
     " AND pp.peran = 'ppid_utama'), b.nama_asli, b.ukuran "
     "FROM pesan m LEFT JOIN pengguna u ON u.id = m.pengguna_id "
     "LEFT JOIN berkas b ON b.id = m.berkas_id WHERE m.permohonan_id = %s ORDER BY m.id"},
    {"pcp_keadaan",
     "SELECT k.id, k.diminta_pada, k.jeda, b.id, b.tindak_lanjut FROM permohonan p "
     "LEFT JOIN klarifikasi k ON k.permohonan_id = p.id AND k.terbuka = 1 "
     "LEFT JOIN permohonan_buka b ON b.permohonan_id = p.id AND b.terbuka = 1 "
     "WHERE p.id = %s"},
    {"pcp_kunci",
     "SELECT status, hari_nol, jatuh_tempo, jatuh_tempo_perpanjangan, hari_jeda "
     "FROM permohonan WHERE id = %s FOR UPDATE"},
    {"pcp_klarifikasi_jawab",
     "UPDATE klarifikasi SET terbuka = NULL, jawaban_id = %s, dijawab_pada = UTC_TIMESTAMP(), "
     "hari_jeda = %s WHERE id = %s AND terbuka = 1"},
    {"pcp_tempo_geser",
     "UPDATE permohonan SET hari_jeda = %s, jatuh_tempo = %s, jatuh_tempo_perpanjangan = %s "
     "WHERE id = %s"},
    /* PPID Utama, and the PPID Pelaksana of the OPDs the request is routed
     * to (the same scope as alur.c's). */
    {"pcp_petugas",
     "SELECT DISTINCT u.email FROM pengguna u JOIN pengguna_peran pp ON pp.pengguna_id = u.id "
     "WHERE u.aktif = 1 AND u.email IS NOT NULL AND (pp.peran = 'ppid_utama' "
     "OR (pp.peran = 'ppid_pelaksana' AND u.opd_id IN (SELECT d.opd_id FROM disposisi d "
     " WHERE d.permohonan_id = %s AND d.status <> 'dialihkan'))) ORDER BY u.email"},
    {"pcp_lampiran",
     "SELECT " ISIAN_BERKAS_KOLOM " FROM pesan m JOIN berkas b ON b.id = m.berkas_id "
     "WHERE m.id = %s AND m.permohonan_id = %s"},
    {NULL, NULL}
};

int percakapan_jam_berjalan(const char *status)
{
    return status && (strcmp(status, "diterima") == 0 || strcmp(status, "didisposisi") == 0);
}

static void refuse(apr_array_header_t *errors, const char *field, const char *message)
{
    sl_field_error *e = apr_array_push(errors);
    e->field = field;
    e->message = message;
}

apr_array_header_t *percakapan_baca(sl_ctx *c, percakapan_masuk *m, const char *name,
                                    const char *label)
{
    apr_array_header_t *errors = apr_array_make(c->r->pool, 4, sizeof(sl_field_error));
    const char *v = sl_field(c, name);

    memset(m, 0, sizeof(*m));
    m->isi = v;
    if (!sl_not_blank(v)) {
        refuse(errors, name, apr_psprintf(c->r->pool, SIALIP_MSG_ISIAN_WAJIB_DIISI, label));
    }
    else if (sl_utf8_length(v, strlen(v)) > PERCAKAPAN_MAKS) {
        refuse(errors, name,
               apr_psprintf(c->r->pool, SIALIP_MSG_PESAN_PALING_PANJANG, label,
                            PERCAKAPAN_MAKS,
                                          (unsigned long)sl_utf8_length(v, strlen(v))));
    }
    /* The identity document's path: size, then type by content. */
    m->up = sialip_unggah_periksa(c, errors, "lampiran", "Lampiran", &m->type);
    return errors;
}

int percakapan_tulis_berkas(sl_ctx *c, percakapan_masuk *m, apr_array_header_t *errors)
{
    if (!m->up) {
        return 0;
    }
    m->sha = sialip_unggah_tulis(c, m->up, &m->stored_new);
    if (!m->sha) {
        refuse(errors, "lampiran", SIALIP_MSG_PESAN_LAMPIRAN_GAGAL_SIMPAN);
        return -1;
    }
    return 0;
}

void percakapan_buang_berkas(sl_ctx *c, const percakapan_masuk *m)
{
    if (m->sha && m->stored_new) {
        sialip_berkas_buang(c, m->sha);
    }
}

const char *percakapan_simpan(sl_ctx *c, const char *permohonan_id, const char *nomor,
                              const char *pengirim, const char *jenis,
                              const percakapan_masuk *m)
{
    apr_pool_t *p = c->r->pool;
    const char *berkas_id = NULL, *id;
    sl_rows *rows;

    if (m->up && !(berkas_id = sialip_unggah_catat(c, m->sha, m->up, m->type))) {
        return NULL;
    }
    if (sl_db_exec(c->db, "pcp_simpan", NULL,
                   SL_ARGS(permohonan_id, pengirim,
                           strcmp(pengirim, "petugas") == 0 && c->session
                           ? c->session->user_id : NULL,
                           jenis, m->isi, berkas_id)) != 0
        || sl_db_select(c->db, "pcp_id", &rows, SL_NOARGS) != 0
        || !(id = sl_rows_get(rows, 0, 0))) {
        return NULL;
    }
    /* The text stays in its row; the audit says who wrote what kind of
     * message, when, and which file came with it. */
    if (sl_audit(c, &(sl_audit_entry){
            "pesan", "permohonan", nomor, NULL,
            apr_psprintf(p, "{\"pesan\":%s,\"jenis\":\"%s\",\"pengirim\":\"%s\","
                         "\"lampiran\":%s%s%s}", id, jenis, pengirim,
                         m->sha ? "\"" : "", m->sha ? m->sha : "null",
                         m->sha ? "\"" : ""), 0}) != 0) {
        return NULL;
    }
    return id;
}

void percakapan_keadaan_dari(percakapan_keadaan *k, const char *status,
                             const char *klarifikasi_id, const char *klarifikasi_diminta,
                             const char *klarifikasi_jeda, const char *buka_id,
                             const char *buka_tindak_lanjut)
{
    memset(k, 0, sizeof(*k));
    k->klarifikasi_id = klarifikasi_id;
    k->klarifikasi_diminta = klarifikasi_diminta;
    k->klarifikasi_jeda = klarifikasi_jeda && strcmp(klarifikasi_jeda, "1") == 0;
    k->buka_id = buka_id;
    k->buka_tindak_lanjut = buka_tindak_lanjut;
    k->terbuka = (status && strcmp(status, "selesai") != 0) || k->buka_id;
}

int percakapan_keadaan_baca(sl_ctx *c, const char *permohonan_id, const char *status,
                            percakapan_keadaan *k)
{
    sl_rows *rows;

    memset(k, 0, sizeof(*k));
    if (sl_db_select(c->db, "pcp_keadaan", &rows, SL_ARGS(permohonan_id)) != 0
        || rows->nrows != 1) {
        return -1;
    }
    percakapan_keadaan_dari(k, status, sl_rows_get(rows, 0, 0), sl_rows_get(rows, 0, 1),
                            sl_rows_get(rows, 0, 2), sl_rows_get(rows, 0, 3),
                            sl_rows_get(rows, 0, 4));
    return 0;
}

int percakapan_kabari_petugas(sl_ctx *c, const char *permohonan_id, const char *nomor,
                              const char *subjek, const char *paragraf)
{
    const char *body[] = {paragraf, SIALIP_MSG_PESAN_SUREL_CARA_BALAS_STAF, NULL};
    const char *path = apr_pstrcat(c->r->pool, c->mount, "/admin/permohonan/", nomor,
                                   "#percakapan", NULL);
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "pcp_petugas", &rows, SL_ARGS(permohonan_id)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        if (sialip_surel_ke(c, sl_rows_get(rows, i, 0), "pesan", "permohonan", nomor,
                            subjek, body, path) != 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- showing it ------------------------------------------------------- */

static const char *jenis_teks(const char *jenis)
{
    static const sl_choice labels[] = {
        {"pesan", "Pesan"}, {"klarifikasi", "Permintaan klarifikasi"},
        {"jawaban", "Jawaban atas permintaan klarifikasi"},
        {"buka", "Permohonan dibuka kembali"}, {"tutup", "Permohonan ditutup kembali"},
        {NULL, NULL}
    };
    return sl_choice_label(labels, jenis);
}

/* Who wrote a message, as the reader may see it. */
static const char *sender(apr_pool_t *p, const sl_rows *rows, int i, int for_staff)
{
    const char *opd = sl_rows_get(rows, i, 6);
    int utama = strcmp(sl_rows_get_or(rows, i, 7, "0"), "1") == 0;
    const char *office = utama || !opd ? SIALIP_MSG_PPID_UTAMA
                         : apr_psprintf(p, SIALIP_MSG_PPID_PELAKSANA_OPD, opd);

    if (strcmp(sl_rows_get_or(rows, i, 1, ""), "pemohon") == 0) {
        return "Pemohon";
    }
    /* An officer's name is not shown to the public, only the office. */
    return for_staff ? apr_pstrcat(p, sl_rows_get_or(rows, i, 5, "Petugas"), " (", office,
                                   ")", NULL)
                     : office;
}

void sialip_percakapan_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id,
                           const char *nomor, const char *status, int for_staff)
{
    percakapan_keadaan k;
    int read = percakapan_keadaan_baca(c, permohonan_id, status, &k) == 0;

    sialip_percakapan_xml_dengan(c, parent, permohonan_id, nomor, status, for_staff,
                                 read ? &k : NULL, 1);
}

void sialip_percakapan_xml_dengan(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id,
                                  const char *nomor, const char *status, int for_staff,
                                  const percakapan_keadaan *k, int ada_pesan)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr node = sl_xml_node(parent, "percakapan");
    const char *base = apr_pstrcat(p, c->mount, for_staff ? "/admin" : "", "/permohonan/",
                                   nomor, NULL);
    static const sl_rows none;     /* no row */
    const sl_rows *rows = &none;
    sl_rows *got;
    int i;

    sl_xml_attr(node, "jeda_berlaku", sialip_config_of(c->r)->klarifikasi_jeda ? "1" : "0");
    sl_xml_attr(node, "aksi", apr_pstrcat(p, base, "/pesan", NULL));
    sl_xml_attr(node, "batas", apr_itoa(p, PERCAKAPAN_MAKS));
    sl_xml_attr(node, "batas_mb", apr_psprintf(p, "%" APR_SIZE_T_FMT,
                                               sialip_config_of(c->r)->max_upload_bytes
                                               / (1024 * 1024)));
    if (for_staff && c->session
        && (c->session->roles & (SL_ROLE_PPID_UTAMA | SL_ROLE_PPID_PELAKSANA))) {
        sl_xml_attr(node, "boleh_tulis", "1");
    }
    /* Without a message on record (ada_pesan 0) the list is not asked for. */
    if (!k || (ada_pesan && sl_db_select(c->db, "pcp_daftar", &got,
                                         SL_ARGS(permohonan_id)) != 0)) {
        sl_xml_attr(node, "gangguan", "1");
        return;
    }
    if (ada_pesan) {
        rows = got;
    }
    sl_xml_attr(node, "terbuka", k->terbuka ? "1" : "0");
    sl_xml_attr(node, "jam_berjalan", percakapan_jam_berjalan(status) ? "1" : "0");
    if (k->klarifikasi_id) {
        xmlNodePtr kl = sl_xml_node(node, "klarifikasi");
        sl_xml_attr(kl, "jeda", k->klarifikasi_jeda ? "1" : "0");
        sl_xml_attr(kl, "diminta", sl_wib_text(p, k->klarifikasi_diminta));
    }
    if (k->buka_id) {
        sl_day d;
        xmlNodePtr b = sl_xml_node(node, "dibuka_kembali");
        if (k->buka_tindak_lanjut && sl_day_parse_iso(k->buka_tindak_lanjut, &d) == 0) {
            sl_xml_attr(b, "tindak_lanjut", sl_day_long_id(p, d));
        }
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr m = sl_xml_node(node, "pesan");
        sl_xml_attr(m, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(m, "pengirim", sl_rows_get(rows, i, 1));
        sl_xml_attr(m, "jenis", sl_rows_get(rows, i, 2));
        sl_xml_attr(m, "jenis_teks", jenis_teks(sl_rows_get_or(rows, i, 2, "pesan")));
        sl_xml_attr(m, "waktu", sl_wib_text(p, sl_rows_get(rows, i, 4)));
        sl_xml_attr(m, "oleh", sender(p, rows, i, for_staff));
        /* An empty text is the retention job's mark (a message is never
         * blank): who wrote it and when stay, so the history reads on. */
        if (*sl_rows_get_or(rows, i, 3, "")) {
            sl_xml_text(m, "isi", sl_rows_get(rows, i, 3));
        }
        else {
            sl_xml_attr(m, "dihapus", "1");
            sl_xml_text(m, "isi", SIALIP_MSG_PESAN_DIHAPUS_RETENSI);
        }
        if (sl_rows_get(rows, i, 8)) {
            xmlNodePtr l = sl_xml_text(m, "lampiran", sl_rows_get(rows, i, 8));
            sl_xml_attr(l, "href", apr_pstrcat(p, base, "/pesan/", sl_rows_get(rows, i, 0),
                                               "/lampiran", NULL));
            sl_xml_attr(l, "kb", apr_ltoa(p, (atol(sl_rows_get_or(rows, i, 9, "0")) + 1023)
                                              / 1024));
        }
    }
}

/* ---- the applicant's side ------------------------------------------------ */

static const char *working_days_text(apr_pool_t *p, int n)
{
    return apr_psprintf(p, SIALIP_MSG_KLARIFIKASI_HARI_KERJA, n);
}

/* The applicant's message answers the open request for clarification:
 * closed with its answer; when it stopped the clock and the notice is not
 * out yet, the due dates move by the working days after the day it was
 * asked up to the day of the answer (calendar.c); one public audit row. */
static int answer_clarification(sl_ctx *c, const char *permohonan_id, const char *nomor,
                                const percakapan_keadaan *k, const char *pesan_id,
                                const sl_rows *locked)
{
    apr_pool_t *p = c->r->pool;
    const char *status = sl_rows_get(locked, 0, 0);
    const char *due_iso = sl_rows_get(locked, 0, 2);
    const char *after, *ext_iso = NULL;
    int moved = 0, total;
    sl_day asked, day0, due;
    int n = 0;

    if (k->klarifikasi_jeda && percakapan_jam_berjalan(status)) {
        const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
        if (!cal || sl_wib_day(k->klarifikasi_diminta, &asked) != 0
            || sl_day_parse_iso(sl_rows_get_or(locked, 0, 1, ""), &day0) != 0) {
            return -1;
        }
        moved = sl_calendar_working_days_between(cal, asked, sl_today_wib());
        total = atoi(sl_rows_get_or(locked, 0, 4, "0")) + moved;
        due = sl_calendar_add_working_days(cal, day0, SIALIP_HARI_PEMBERITAHUAN + total, NULL);
        if (sl_rows_get(locked, 0, 3)) {
            ext_iso = sl_day_iso(p, sl_calendar_add_working_days(
                                        cal, due, SIALIP_HARI_PERPANJANGAN, NULL));
        }
        if (moved > 0
            && sl_db_exec(c->db, "pcp_tempo_geser", NULL,
                          SL_ARGS(apr_itoa(p, total), sl_day_iso(p, due), ext_iso,
                                  permohonan_id)) != 0) {
            return -1;
        }
        after = apr_psprintf(p, SIALIP_MSG_KLARIFIKASI_DIJAWAB_JEDA,
                             working_days_text(p, moved), sl_day_long_id(p, due),
                             ext_iso ? apr_psprintf(p, SIALIP_MSG_DENGAN_PERPANJANGAN, ext_iso)
                                     : "");
    }
    else {
        after = k->klarifikasi_jeda
                ? SIALIP_MSG_KLARIFIKASI_DIJAWAB
                : SIALIP_MSG_KLARIFIKASI_DIJAWAB_TANPA_JEDA;
    }
    if (sl_db_exec(c->db, "pcp_klarifikasi_jawab", &n,
                   SL_ARGS(pesan_id, apr_itoa(p, moved), k->klarifikasi_id)) != 0 || n != 1) {
        return -1;
    }
    return sl_audit(c, &(sl_audit_entry){
        "jawab_klarifikasi", "permohonan", nomor,
        due_iso ? apr_psprintf(p, SIALIP_MSG_JATUH_TEMPO_TANGGAL, due_iso) : NULL, after, 1});
}

static int refused(sl_ctx *c, const sialip_permohonan_baris *req, apr_array_header_t *errors, int status)
{
    return sialip_permohonan_tampil_galat(c, req, errors, status);
}

int sialip_percakapan_citizen_send(sl_ctx *c)
{
    int response;
    const sialip_permohonan_baris *req = sialip_permohonan_dengan_kode(c, &response);
    const char *id, *nomor, *pesan_id;
    percakapan_masuk m;
    percakapan_keadaan k;
    apr_array_header_t *errors;
    sl_rows *locked;

    if (!req) {
        return response;
    }
    nomor = req->nomor;
    id = req->id;
    errors = percakapan_baca(c, &m, "isi", "Pesan");
    if (percakapan_keadaan_baca(c, id, req->status, &k) != 0) {
        return alur_gangguan(c);
    }
    if (!k.terbuka) {
        refuse(errors, "isi", SIALIP_MSG_PESAN_PERCAKAPAN_DITUTUP_PEMOHON);
    }
    if (errors->nelts > 0) {
        return refused(c, req, errors, k.terbuka ? HTTP_UNPROCESSABLE_ENTITY : HTTP_CONFLICT);
    }
    if (percakapan_tulis_berkas(c, &m, errors) != 0) {
        apr_table_setn(c->r->err_headers_out, "Retry-After", "30");
        return refused(c, req, errors, HTTP_SERVICE_UNAVAILABLE);
    }
    /* The request row is locked first, as every step of the workflow does;
     * the state is read again under the lock. */
    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, "pcp_kunci", &locked, SL_ARGS(id)) != 0 || locked->nrows != 1
        || percakapan_keadaan_baca(c, id, sl_rows_get(locked, 0, 0), &k) != 0) {
        goto failed;
    }
    if (!k.terbuka) {
        sl_db_rollback(c->db);
        percakapan_buang_berkas(c, &m);
        refuse(errors, "isi", SIALIP_MSG_PESAN_PERMOHONAN_BARU_DITUTUP);
        return refused(c, req, errors, HTTP_CONFLICT);
    }
    pesan_id = percakapan_simpan(c, id, nomor, "pemohon",
                                 k.klarifikasi_id ? "jawaban" : "pesan", &m);
    if (!pesan_id
        || (k.klarifikasi_id && answer_clarification(c, id, nomor, &k, pesan_id, locked) != 0)
        || percakapan_kabari_petugas(c, id, nomor,
                                     apr_psprintf(c->r->pool, k.klarifikasi_id
                                                  ? SIALIP_MSG_SUBJEK_JAWABAN_KLARIFIKASI
                                                  : SIALIP_MSG_SUBJEK_PESAN_PEMOHON,
                                                  nomor),
                                     apr_psprintf(c->r->pool, SIALIP_MSG_PESAN_SUREL_DARI_PEMOHON,
                                                  nomor,
                                                  m.up ? SIALIP_MSG_PESAN_DENGAN_LAMPIRAN : "."))
           != 0
        || sl_db_commit(c->db) != 0) {
        goto failed;
    }
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/permohonan/", nomor,
                                      "#percakapan", NULL));
failed:
    if (c->db->in_transaction) {
        sl_db_rollback(c->db);
    }
    percakapan_buang_berkas(c, &m);
    return alur_gangguan(c);
}

int sialip_percakapan_citizen_attachment(sl_ctx *c)
{
    int response;
    sl_rows *doc;
    const sialip_permohonan_baris *req = sialip_permohonan_dengan_kode(c, &response);

    if (!req) {
        return response;
    }
    if (sl_db_select(c->db, "pcp_lampiran", &doc,
                     SL_ARGS(apr_table_get(c->params, "pesan"), req->id)) != 0
        || doc->nrows != 1) {
        return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_LAMPIRAN_TIDAK_DITEMUKAN,
                             SIALIP_MSG_LAMPIRAN_TIDAK_ADA);
    }
    return isian_berkas_kirim(c, doc);
}
