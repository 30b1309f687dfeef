/* Objections the law allows beyond the citizen's form on a request
 * (UU 14/2008 Pasal 35): ground b (periodic information not published)
 * needs no request, so anyone files it on a public form of its own and
 * gets a number and a tracking code; the PPID Utama records objections
 * received by letter or at the desk with their real time of receipt; an
 * objection on grounds b-g settled by agreement (musyawarah, Pasal 35(2))
 * is recorded as such.  Registration itself (number, grounds, e-mail,
 * audit) is here for every channel. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "trackcode.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "keberatan_rules.h"
#include "tenggat.h"
#include "alur.h"
#include "surel.h"
#include "admin_isian.h"
#include "sialip.h"
#include "sl_logno.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_keberatan_baru_stmts[] = {
    {"kbb_nomor_ambil",
     "INSERT INTO nomor_urut (jenis, tahun, terakhir) VALUES ('keberatan', %s, 1) "
     "ON DUPLICATE KEY UPDATE terakhir = terakhir + 1"},
    {"kbb_nomor_baca",
     "SELECT terakhir FROM nomor_urut WHERE jenis = 'keberatan' AND tahun = %s"},
    {"kbb_simpan",
     "INSERT INTO keberatan (nomor, tahun, permohonan_id, alasan, uraian, diterima_pada, "
     "hari_nol, jatuh_tempo, kanal, dicatat_oleh, kode_hash, nama, nik, nomor_badan_hukum, "
     "alamat, telepon, email, pekerjaan, informasi, tujuan) VALUES (%s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, SHA2(%s, 256), %s, %s, %s, %s, %s, %s, %s, %s, %s)"},
    {"kbb_id", "SELECT id FROM keberatan WHERE nomor = %s"},
    {"kbb_alasan",
     "INSERT INTO keberatan_alasan (keberatan_id, permohonan_id, alasan) VALUES (%s, %s, %s)"},
    {"kbb_permohonan",
     "SELECT p.id, p.nomor, COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo), "
     "n.diterbitkan_pada FROM permohonan p LEFT JOIN pemberitahuan n "
     "ON n.permohonan_id = p.id WHERE p.nomor = %s FOR UPDATE"},
    {"kbb_alasan_kunci",
     "SELECT alasan FROM keberatan_alasan WHERE permohonan_id = %s ORDER BY alasan "
     "FOR UPDATE"},
    {"kbb_musyawarah",
     "UPDATE keberatan SET status = 'musyawarah', musyawarah_pada = %s, "
     "musyawarah_catatan = %s, musyawarah_oleh = %s WHERE id = %s AND status = 'diterima'"},
    {"kbb_satu",
     "SELECT k.id, k.nomor, p.nomor, k.nama, k.nik, k.alamat, k.telepon, k.email, "
     "k.pekerjaan, k.tujuan FROM keberatan k LEFT JOIN permohonan p "
     "ON p.id = k.permohonan_id WHERE k.nomor = %s"},
    {NULL, NULL}
};

static const char *nullable(const char *v)
{
    return v && *v ? v : NULL;
}

const char *sialip_keberatan_daftar(sl_ctx *c, const sialip_keberatan_baru *k,
                                    int *duplicate)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    sl_rows *rows;
    sl_day day0, due;
    apr_time_exp_t wib;
    const char *year, *nomor, *id, *g, *link;

    *duplicate = 0;
    if (!cal) {
        return NULL;
    }
    day0 = sl_calendar_day_zero(cal, apr_time_sec(k->diterima), NULL);
    due = sl_calendar_add_working_days(cal, day0, SIALIP_HARI_PUTUS_KEBERATAN, NULL);
    apr_time_exp_tz(&wib, k->diterima, SL_WIB_OFFSET_SECONDS);
    year = apr_itoa(p, wib.tm_year + 1900);
    if (sl_db_exec(c->db, "kbb_nomor_ambil", NULL, SL_ARGS(year)) != 0
        || sl_db_select(c->db, "kbb_nomor_baca", &rows, SL_ARGS(year)) != 0
        || !sl_rows_get(rows, 0, 0)) {
        return NULL;
    }
    nomor = apr_psprintf(p, "K-%s-%04d", year, atoi(sl_rows_get(rows, 0, 0)));
    if (sl_db_exec(c->db, "kbb_simpan", NULL,
                   SL_ARGS(nomor, year, k->permohonan_id, k->alasan, k->uraian,
                           sl_utc_format(p, apr_time_sec(k->diterima)),
                           sl_day_iso(p, day0), sl_day_iso(p, due), k->kanal,
                           c->session ? c->session->user_id : NULL, k->kode_baru,
                           k->nama, nullable(k->nik), nullable(k->nomor_badan_hukum),
                           k->alamat, nullable(k->telepon),
                           nullable(k->email), k->pekerjaan, k->informasi,
                           k->tujuan)) != 0
        || sl_db_select(c->db, "kbb_id", &rows, SL_ARGS(nomor)) != 0
        || !(id = sl_rows_get(rows, 0, 0))) {
        return NULL;
    }
    /* One row per ground: the unique key (request, ground) is the last
     * word when two filings raced past the lock-free checks. */
    for (g = k->alasan; *g; g++) {
        if (*g >= 'a' && *g <= 'g'
            && sl_db_exec(c->db, "kbb_alasan", NULL,
                          SL_ARGS(id, k->permohonan_id, apr_pstrndup(p, g, 1))) != 0) {
            *duplicate = 1;
            return NULL;
        }
    }
    link = k->kode_cetak ? apr_pstrcat(p, c->mount, "/keberatan/", nomor, "?kode=",
                                       k->kode_cetak, NULL)
                         : apr_pstrcat(p, c->mount, "/lacak?nomor=",
                                       k->permohonan_nomor, NULL);
    {
        const char *body[] = {
            k->permohonan_nomor
                ? apr_psprintf(p, SIALIP_MSG_KEBERATAN_TANDA_TERIMA_PERMOHONAN, k->permohonan_nomor,
                               nomor)
                : apr_psprintf(p, SIALIP_MSG_KEBERATAN_TANDA_TERIMA_BERKALA, nomor,
                               k->kode_cetak),
            apr_psprintf(p, SIALIP_MSG_KEBERATAN_TANDA_TERIMA_BATAS, sl_day_long_id(p, due)),
            NULL
        };
        if (sialip_surel_keberatan(c, id, "keberatan_diterima",
                                   apr_psprintf(p, SIALIP_MSG_KEBERATAN_SUREL_SUBJEK, nomor),
                                   body, link) != 0) {
            return NULL;
        }
    }
    sl_audit(c, &(sl_audit_entry){"keberatan",
                                  k->permohonan_nomor ? "permohonan" : "keberatan",
                                  k->permohonan_nomor ? k->permohonan_nomor : nomor,
                                  NULL, apr_psprintf(p, SIALIP_MSG_KEBERATAN_AUDIT_DITERIMA, nomor,
                                                     sl_choice_label(sl_kanal_choices, k->kanal),
                                                     sl_day_long_id(p, due)), 1});
    return nomor;
}

/* ---- the forms: ground b by anyone, and the desk's record ---------------- */

static const char *const identity_fields[] = {
    "jenis_pemohon", "nama", "nik", "nomor_badan_hukum", "alamat", "telepon", "email",
    "pekerjaan", "rincian", "tujuan", "uraian", "kanal", "diterima",
    "nomor_permohonan", NULL
};

static int show_form(sl_ctx *c, int status, const apr_array_header_t *errors, int staff)
{
    sl_page *page = sl_ctx_page(c, "keberatan-baru", staff ? SIALIP_MSG_CATAT_KEBERATAN
                                : SIALIP_MSG_KEBERATAN_JUDUL_BERKALA,
                                "formulir");
    xmlNodePtr values = sl_xml_node(page->resource, "isian");
    const char *const *name;
    const sl_choice *g;
    int i;

    for (name = identity_fields; *name; name++) {
        sl_xml_attr(sl_xml_text(values, "nilai", c->form ? sl_field(c, *name) : ""),
                    "nama", *name);
    }
    for (i = 0; c->form && i < apr_table_elts(c->form->fields)->nelts; i++) {
        const apr_table_entry_t *e =
            &((const apr_table_entry_t *)apr_table_elts(c->form->fields)->elts)[i];
        if (strcmp(e->key, "alasan") == 0) {
            sl_xml_attr(sl_xml_text(values, "nilai", e->val), "nama", "alasan");
        }
    }
    if (staff) {
        sl_xml_attr(page->resource, "staf", "1");
        isian_pilihan_xml(page->resource, "kanal", sl_kanal_choices + 1);
        {
            xmlNodePtr list = sl_xml_node(page->resource, "pilihan");
            sl_xml_attr(list, "untuk", "alasan");
            for (g = sl_alasan_keberatan_choices; g->value; g++) {
                sl_xml_attr(sl_xml_text(list, "opsi", g->label), "nilai", g->value);
            }
        }
    }
    for (i = 0; errors && i < errors->nelts; i++) {
        sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        sl_xml_attr(sl_xml_text(page->resource, "galat", e->message), "untuk", e->field);
    }
    isian_pilihan_xml(page->resource, "jenis_pemohon", sl_jenis_pemohon_choices);
    return sl_page_send(page, status);
}

/* The objector's identity, checked as on the request form (the way of
 * obtaining a copy does not apply). */
static void check_identity(sl_ctx *c, apr_array_header_t *errors)
{
    sl_permohonan_input in = {
        sl_field(c, "jenis_pemohon"), sl_field(c, "nama"), sl_field(c, "nik"),
        sl_field(c, "nomor_badan_hukum"), sl_field(c, "alamat"), sl_field(c, "telepon"),
        sl_field(c, "email"), sl_field(c, "pekerjaan"), sl_field(c, "rincian"),
        sl_field(c, "tujuan"), "melihat", "mengambil_langsung"
    };
    sl_permohonan_validate(&in, errors);
}

static const char *check_text(sl_ctx *c, apr_array_header_t *errors)
{
    const char *text = sl_field(c, "uraian");
    if (!*text || sl_utf8_length(text, strlen(text)) > 5000) {
        isian_galat(errors, "uraian", SIALIP_MSG_KEBERATAN_URAIAN_WAJIB);
    }
    return text;
}

static const char *new_code(apr_pool_t *p)
{
    unsigned char bytes[10];
    if (apr_generate_random_bytes(bytes, sizeof(bytes)) != APR_SUCCESS) {
        return NULL;
    }
    return sl_trackcode_format(p, bytes);
}

/* Ground b without a request: registers it with the identity and a new
 * code; the receipt's URL, or NULL (503). */
static const char *file_ground_b(sl_ctx *c, const char *kanal, apr_time_t received)
{
    apr_pool_t *p = c->r->pool;
    sialip_keberatan_baru k;
    const char *code = new_code(p), *nomor;
    int duplicate;

    if (!code || sl_db_begin(c->db) != 0) {
        return NULL;
    }
    memset(&k, 0, sizeof(k));
    k.alasan = "b";
    k.uraian = sl_field(c, "uraian");
    k.kanal = kanal;
    k.diterima = received;
    k.kode_cetak = code;
    k.kode_baru = sl_trackcode_normalize(p, code);
    k.nama = sl_field(c, "nama");
    k.nik = strcmp(sl_field(c, "jenis_pemohon"), "badan_hukum") == 0
            ? NULL : sl_field(c, "nik");
    k.nomor_badan_hukum = k.nik ? NULL : sl_field(c, "nomor_badan_hukum");
    k.alamat = sl_field(c, "alamat");
    k.telepon = sl_field(c, "telepon");
    k.email = sl_field(c, "email");
    k.pekerjaan = sl_field(c, "pekerjaan");
    k.informasi = sl_field(c, "rincian");
    k.tujuan = sl_field(c, "tujuan");
    if (!(nomor = sialip_keberatan_daftar(c, &k, &duplicate)) || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return NULL;
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00067) "objection %s (ground b) filed (%s)",
                  nomor, kanal);
    return apr_pstrcat(p, c->mount, "/keberatan/", nomor, "?kode=", code, NULL);
}

int sialip_keberatan_baru_public_form(sl_ctx *c)
{
    return show_form(c, HTTP_OK, NULL, 0);
}

int sialip_keberatan_baru_public_file(sl_ctx *c)
{
    apr_array_header_t *errors = apr_array_make(c->r->pool, 8, sizeof(sl_field_error));
    const char *url;

    check_identity(c, errors);
    check_text(c, errors);
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, 0);
    }
    if (!(url = file_ground_b(c, "web", apr_time_now()))) {
        return alur_gangguan(c);
    }
    return sl_redirect(c, url);
}

int sialip_keberatan_baru_desk_form(sl_ctx *c)
{
    return show_form(c, HTTP_OK, NULL, 1);
}

/* An objection on a request, received by letter or at the desk: the same
 * checks as the citizen's form, on the day it was received. */
static int desk_on_request(sl_ctx *c, const char *kanal, apr_time_t received,
                           const char *grounds, apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *req, *rows;
    const char *raised = NULL, *window_text = NULL, *why, *nomor;
    sialip_keberatan_baru k;
    sl_day on;
    int i, duplicate;

    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, "kbb_permohonan", &req,
                        SL_ARGS(sl_field(c, "nomor_permohonan"))) != 0) {
        return alur_gangguan(c);
    }
    if (req->nrows != 1) {
        sl_db_rollback(c->db);
        isian_galat(errors, "nomor_permohonan", SIALIP_MSG_KEBERATAN_NOMOR_PERMOHONAN_TIDAK_ADA);
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, 1);
    }
    if (sl_db_select(c->db, "kbb_alasan_kunci", &rows,
                     SL_ARGS(sl_rows_get(req, 0, 0))) != 0) {
        return alur_gangguan(c);
    }
    for (i = 0; i < rows->nrows; i++) {
        raised = apr_pstrcat(p, raised ? raised : "", raised ? "," : "",
                             sl_rows_get(rows, i, 0), NULL);
    }
    sl_wib_day(sl_utc_format(p, apr_time_sec(received)), &on);
    if ((why = sialip_keberatan_jendela(c, sl_rows_get(req, 0, 2), sl_rows_get(req, 0, 3),
                                        on, &window_text)) != NULL) {
        isian_galat(errors, "nomor_permohonan", why);
    }
    else if ((why = sialip_keberatan_alasan_ulang(p, raised, grounds)) != NULL) {
        isian_galat(errors, "alasan", why);
    }
    if (errors->nelts > 0) {
        sl_db_rollback(c->db);
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, 1);
    }
    memset(&k, 0, sizeof(k));
    k.permohonan_id = sl_rows_get(req, 0, 0);
    k.permohonan_nomor = sl_rows_get(req, 0, 1);
    k.alasan = grounds;
    k.uraian = sl_field(c, "uraian");
    k.kanal = kanal;
    k.diterima = received;
    if (!(nomor = sialip_keberatan_daftar(c, &k, &duplicate))) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    return alur_simpan_lalu_tampil(c, k.permohonan_nomor, "#keberatan");
}

int sialip_keberatan_baru_desk_file(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = apr_array_make(p, 8, sizeof(sl_field_error));
    apr_array_header_t *letters = apr_array_make(p, 7, sizeof(const char *));
    const apr_array_header_t *f = apr_table_elts(c->form->fields);
    const char *kanal = sl_field(c, "kanal"), *grounds, *url;
    apr_time_t received = 0;
    int i;

    if (!sl_choice_known(sl_kanal_choices, kanal) || strcmp(kanal, "web") == 0) {
        isian_galat(errors, "kanal", SIALIP_MSG_KEBERATAN_PILIH_SALURAN);
    }
    if (sialip_waktu_wib(sl_field(c, "diterima"), &received) != 0) {
        isian_galat(errors, "diterima", SIALIP_MSG_WAKTU_DITERIMA_FORMAT);
    }
    else if (received > apr_time_now()) {
        isian_galat(errors, "diterima", SIALIP_MSG_WAKTU_DITERIMA_MASA_DEPAN);
    }
    for (i = 0; i < f->nelts; i++) {
        const apr_table_entry_t *e = &((const apr_table_entry_t *)f->elts)[i];
        if (strcmp(e->key, "alasan") == 0) {
            APR_ARRAY_PUSH(letters, const char *) = e->val;
        }
    }
    if (!(grounds = sl_keberatan_alasan(p, letters))) {
        isian_galat(errors, "alasan", SIALIP_MSG_PILIH_PALING_SEDIKIT_SATU);
    }
    check_text(c, errors);
    if (*sl_field(c, "nomor_permohonan")) {
        if (errors->nelts > 0) {
            return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, 1);
        }
        return desk_on_request(c, kanal, received, grounds, errors);
    }
    /* Without a request only ground b (Pasal 9 information) stands. */
    if (grounds && strcmp(grounds, "b") != 0) {
        isian_galat(errors, "alasan", SIALIP_MSG_KEBERATAN_TANPA_NOMOR_HANYA_B);
    }
    check_identity(c, errors);
    if (errors->nelts > 0) {
        return show_form(c, HTTP_UNPROCESSABLE_ENTITY, errors, 1);
    }
    if (!(url = file_ground_b(c, kanal, received))) {
        return alur_gangguan(c);
    }
    return sl_redirect(c, url);
}

/* ---- settled by agreement (musyawarah, Pasal 35(2)) ---------------------- */

int sialip_keberatan_settle(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *date = sl_field(c, "musyawarah_pada"), *note = sl_field(c, "catatan");
    sl_day day, received;
    const sialip_keberatan_kunci *k;
    int response, changed = 0;

    if (sl_day_parse_iso(date, &day) != 0 || day > sl_today_wib() || !*note
        || sl_utf8_length(note, strlen(note)) > 5000) {
        return alur_ditolak(c, SIALIP_MSG_MUSYAWARAH_ISI_TANGGAL_CATATAN);
    }
    if (!(k = sialip_keberatan_mulai(c, &response))) {
        return response;
    }
    if (!sl_keberatan_musyawarah_boleh(k->alasan)) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, "Keberatan dengan alasan huruf a (penolakan berdasarkan "
                               "pengecualian) tidak dapat diselesaikan secara musyawarah "
                               "(UU 14/2008 Pasal 35 ayat 2: hanya alasan b sampai g).");
    }
    if (sl_wib_day(k->diterima_pada, &received) != 0 || day < received) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_MUSYAWARAH_TANGGAL_SEBELUM_KEBERATAN);
    }
    sl_db_exec(c->db, "kbb_musyawarah", &changed,
               SL_ARGS(date, note, c->session->user_id, k->id));
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_MUSYAWARAH_HANYA_BELUM_DIPUTUS);
    }
    sl_audit(c, &(sl_audit_entry){"musyawarah", "keberatan",
                                  apr_table_get(c->params, "nomor"), "diterima",
                                  apr_psprintf(p, SIALIP_MSG_MUSYAWARAH_AUDIT,
                                               sl_day_long_id(p, day), note), 1});
    return sialip_keberatan_selesai(c, k);
}

/* ---- an objection's own staff page (ground b has no request page) -------- */

int sialip_keberatan_staf_tampil(sl_ctx *c, const char *nomor, int status,
                                 const char *aksi, const char *pesan)
{
    sl_rows *rows;
    sl_page *page;
    xmlNodePtr who;

    if (sl_db_select(c->db, "kbb_satu", &rows, SL_ARGS(nomor)) != 0) {
        return aksi ? -1 : alur_gangguan(c);
    }
    if (rows->nrows != 1) {
        return aksi ? -1 : sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_KEBERATAN_TIDAK_DITEMUKAN,
                                         SIALIP_MSG_PERIKSA_KEMBALI_NOMOR_KEBERATAN);
    }
    if (sl_rows_get(rows, 0, 2)) {
        return aksi ? -1 : sl_redirect(c, apr_pstrcat(c->r->pool, c->mount,
                                                      "/admin/permohonan/",
                                                      sl_rows_get(rows, 0, 2),
                                                      "#keberatan", NULL));
    }
    page = sl_ctx_page(c, "keberatan-staf", apr_pstrcat(c->r->pool, "Keberatan ", nomor,
                                                        NULL), "permohonan");
    who = sl_xml_node(page->resource, "pengaju");
    isian_teks_xml(who, "nama", sl_rows_get(rows, 0, 3), "nik", sl_rows_get(rows, 0, 4),
                   "alamat", sl_rows_get(rows, 0, 5), "telepon", sl_rows_get(rows, 0, 6),
                   "email", sl_rows_get(rows, 0, 7), "pekerjaan", sl_rows_get(rows, 0, 8),
                   "tujuan", sl_rows_get(rows, 0, 9), NULL);
    sialip_keberatan_satu_xml(c, page->resource, sl_rows_get(rows, 0, 0), 1);
    sialip_kotak_galat_xml(c, page->resource, aksi, pesan);
    return sl_page_send(page, status);
}

int sialip_keberatan_staff_view(sl_ctx *c)
{
    return sialip_keberatan_staf_tampil(c, apr_table_get(c->params, "nomor"), HTTP_OK,
                                        NULL, NULL);
}
