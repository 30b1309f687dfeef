/* Objections (keberatan, UU 14/2008 Pasal 35-37): the citizen files one
 * with the tracking code inside the 30-working-day window and gets its own
 * number (K-2026-0001) and receipt; the Atasan PPID decides with written
 * reasons; the applicant's reply to it and a dispute at the Komisi
 * Informasi are then recorded with their dates and outcome (a court case
 * after the dispute: perkara.c). */
#include <httpd.h>
#include <string.h>
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
#include "sialip.h"
#include "kode_kuki.h"
#include "sialip_messages.h"

#define KB_LIHAT \
    "SELECT k.id, k.nomor, k.alasan, k.uraian, k.diterima_pada, k.hari_nol, " \
    "k.jatuh_tempo, k.status, k.putusan, k.alasan_putusan, k.diputus_pada, u.nama, " \
    "p.nomor, s.nomor_register, s.didaftarkan_pada, s.tahap, s.hasil, s.uraian_hasil, " \
    "s.diputus_pada, k.tanggapan_pemohon, s.id, k.jabatan_pemutus, k.musyawarah_pada, " \
    "k.musyawarah_catatan, k.kanal, k.informasi " \
    "FROM keberatan k LEFT JOIN permohonan p ON p.id = k.permohonan_id " \
    "LEFT JOIN pengguna u ON u.id = k.diputus_oleh " \
    "LEFT JOIN sengketa s ON s.keberatan_id = k.id "

const sl_stmt_def sialip_keberatan_stmts[] = {
    /* The grounds already raised, read plainly for the form and under the
     * request's row lock when filing (kb_kunci, then kb_alasan_kunci: a
     * locking read sees every committed filing). */
    {"kb_dasar",
     "SELECT p.id, p.nomor, COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo), "
     "n.diterbitkan_pada, (SELECT GROUP_CONCAT(a.alasan ORDER BY a.alasan) "
     "FROM keberatan_alasan a WHERE a.permohonan_id = p.id) "
     "FROM permohonan p LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "WHERE p.id = %s"},
    {"kb_kunci", "SELECT id FROM permohonan WHERE id = %s FOR UPDATE"},
    {"kb_alasan_kunci",
     "SELECT a.alasan FROM keberatan_alasan a WHERE a.permohonan_id = %s "
     "ORDER BY a.alasan FOR UPDATE"},
    {"kb_lihat", KB_LIHAT "WHERE k.permohonan_id = %s ORDER BY k.id"},
    {"kb_lihat_satu", KB_LIHAT "WHERE k.id = %s"},
    {"kb_dengan_kode",
     "SELECT k.permohonan_id, k.id FROM keberatan k "
     "LEFT JOIN permohonan p ON p.id = k.permohonan_id "
     "WHERE k.nomor = %s AND COALESCE(k.kode_hash, p.kode_hash) = SHA2(%s, 256)"},
    {"kb_jabatan_terakhir",
     "SELECT jabatan_pemutus FROM keberatan WHERE diputus_oleh = %s "
     "AND jabatan_pemutus IS NOT NULL ORDER BY diputus_pada DESC LIMIT 1"},
    {NULL, NULL}
};

static void add_grounds(xmlNodePtr parent, const char *set)
{
    const sl_choice *g;
    xmlNodePtr list = sl_xml_node(parent, "alasan");
    for (g = sl_alasan_keberatan_choices; g->value; g++) {
        if (set && strstr(set, g->value)) {
            sl_xml_attr(sl_xml_text(list, "butir", g->label), "huruf", g->value);
        }
    }
}

/* The position this officer gave at the last decision, or NULL. */
const char *sialip_keberatan_jabatan_terakhir(sl_ctx *c)
{
    sl_rows *rows;
    if (!c->session || sl_db_select(c->db, "kb_jabatan_terakhir", &rows,
                                    SL_ARGS(c->session->user_id)) != 0) {
        return NULL;
    }
    return sl_rows_get(rows, 0, 0);
}


/* The Komisi Informasi window (Pasal 37(2)) of objection row i, a
 * settlement by agreement, and whether a recorded dispute came late. */
static void ki_window_xml(sl_ctx *c, xmlNodePtr node, const sl_rows *k, int i,
                          xmlNodePtr dispute)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    const char *status = sl_rows_get_or(k, i, 7, "");
    sl_day due, decided = 0, filed, last, today = sl_today_wib();
    int is_decided = strcmp(status, "diputus") == 0;
    sl_ki_jendela w;

    if (!cal || sl_day_parse_iso(sl_rows_get(k, i, 6), &due) != 0
        || (is_decided && sl_wib_day(sl_rows_get(k, i, 10), &decided) != 0)
        || strcmp(status, "musyawarah") == 0) {
        return;
    }
    w = sl_sengketa_batas(cal, is_decided, decided, due, today, &last);
    if (w != SL_KI_BELUM) {
        xmlNodePtr b = sl_xml_text(node, "batas_sengketa", sl_day_long_id(p, last));
        sl_xml_attr(b, "tanggal", sl_day_iso(p, last));
        sl_xml_attr(b, "dasar", w == SL_KI_SETELAH_PUTUSAN ? "putusan" : "putusan_terlambat");
        sl_xml_attr(b, "lewat", today > last ? "1" : NULL);
    }
    if (w == SL_KI_PUTUSAN_TERLAMBAT) {
        sl_xml_attr(node, "putusan_terlambat", "1");
    }
    if (dispute && sl_day_parse_iso(sl_rows_get(k, i, 14), &filed) == 0
        && sl_sengketa_terlambat(cal, is_decided, decided, due, filed)) {
        sl_xml_attr(dispute, "terlambat", "1");
    }
}

static void objections_xml(sl_ctx *c, xmlNodePtr parent, const char *label,
                           const char *id, int for_staff)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *k;
    int i;

    if (sl_db_select(c->db, label, &k, SL_ARGS(id)) != 0) {
        return;
    }
    if (for_staff && k->nrows > 0 && c->session
        && (c->session->roles & SL_ROLE_ATASAN_PPID)) {
        sl_xml_text(parent, "jabatan_saya", sialip_keberatan_jabatan_terakhir(c));
    }
    for (i = 0; i < k->nrows; i++) {
        xmlNodePtr node = sl_xml_node(parent, "keberatan"), s = NULL;
        sl_xml_attr(node, "nomor", sl_rows_get(k, i, 1));
        sl_xml_attr(node, "status", sl_rows_get(k, i, 7));
        sl_xml_attr(node, "permohonan", sl_rows_get(k, i, 12));
        sl_xml_attr(node, "kanal", sl_rows_get(k, i, 24));
        add_grounds(node, sl_rows_get(k, i, 2));
        sl_xml_text(node, "uraian", sl_rows_get(k, i, 3));
        sl_xml_text(node, "informasi", sl_rows_get(k, i, 25));
        sl_xml_text(node, "diterima", sl_wib_text(p, sl_rows_get(k, i, 4)));
        sl_xml_text(node, "jatuh_tempo", sl_rows_get(k, i, 6));
        {
            sl_day due;
            if (sl_day_parse_iso(sl_rows_get(k, i, 6), &due) == 0) {
                sl_xml_text(node, "jatuh_tempo_teks", sl_day_long_id(p, due));
            }
        }
        sl_xml_attr(node, "putusan", sl_rows_get(k, i, 8));
        sl_xml_text(node, "putusan_teks",
                    sl_rows_get(k, i, 8) ? sl_choice_label(sl_putusan_keberatan_choices,
                                                           sl_rows_get(k, i, 8)) : NULL);
        sl_xml_text(node, "alasan_putusan", sl_rows_get(k, i, 9));
        sl_xml_text(node, "diputus", sl_wib_text(p, sl_rows_get(k, i, 10)));
        sl_xml_text(node, "atasan", sl_rows_get(k, i, 11));
        sl_xml_text(node, "jabatan_atasan", sl_rows_get(k, i, 21));
        if (sl_rows_get(k, i, 22)) {
            sl_day d;
            xmlNodePtr m = sl_xml_text(node, "musyawarah", sl_rows_get(k, i, 23));
            sl_xml_attr(m, "tanggal", sl_rows_get(k, i, 22));
            if (sl_day_parse_iso(sl_rows_get(k, i, 22), &d) == 0) {
                sl_xml_attr(m, "teks", sl_day_long_id(p, d));
            }
        }
        if (sl_rows_get(k, i, 13)) {
            s = sl_xml_node(node, "sengketa");
            sl_xml_attr(s, "tahap", sl_rows_get(k, i, 15));
            sl_xml_text(s, "nomor_register", sl_rows_get(k, i, 13));
            sl_xml_text(s, "didaftarkan", sl_rows_get(k, i, 14));
            sl_xml_text(s, "tahap_teks", sl_choice_label(sl_tahap_sengketa_choices,
                                                         sl_rows_get(k, i, 15)));
            sl_xml_text(s, "hasil", sl_rows_get(k, i, 16)
                        ? sl_choice_label(sl_hasil_sengketa_choices, sl_rows_get(k, i, 16)) : NULL);
            sl_xml_text(s, "uraian_hasil", sl_rows_get(k, i, 17));
            sl_xml_text(s, "diputus", sl_rows_get(k, i, 18));
            sialip_perkara_xml(c, s, sl_rows_get(k, i, 20));
        }
        ki_window_xml(c, node, k, i, s);
        /* The applicant's own words, recorded by the desk: for the
         * registers and the officer's page. */
        if (for_staff && sl_rows_get(k, i, 19)) {
            sl_xml_text(node, "tanggapan_pemohon", sl_rows_get(k, i, 19));
        }
    }
}

void sialip_keberatan_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id,
                          int for_staff)
{
    objections_xml(c, parent, "kb_lihat", permohonan_id, for_staff);
}

void sialip_keberatan_satu_xml(sl_ctx *c, xmlNodePtr parent, const char *keberatan_id,
                               int for_staff)
{
    objections_xml(c, parent, "kb_lihat_satu", keberatan_id, for_staff);
}

/* ---- the citizen files an objection ----------------------------------- */

/* Whether an objection on a request can be filed on day on (today, or the
 * day the desk received it), with the explanation; NULL when it can (then
 * *window_text says until when). */
const char *sialip_keberatan_jendela(sl_ctx *c, const char *due_iso,
                                     const char *notice_utc, sl_day on,
                                     const char **window_text)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    sl_day due, notice = 0, ground, last;
    int has_notice = notice_utc != NULL;
    sl_keberatan_jendela w;

    if (!cal || sl_day_parse_iso(due_iso, &due) != 0
        || (has_notice && sl_wib_day(notice_utc, &notice) != 0)) {
        return SIALIP_MSG_LAYANAN_TIDAK_TERSEDIA_NANTI;
    }
    w = sl_keberatan_cek(cal, has_notice, notice, due, on, &ground, &last);
    if (w == SL_KEBERATAN_BELUM) {
        return apr_psprintf(p, SIALIP_MSG_KEBERATAN_DAPAT_DIAJUKAN_SETELAH,
                            sl_day_long_id(p, due));
    }
    if (w == SL_KEBERATAN_LEWAT) {
        return apr_psprintf(p, SIALIP_MSG_BATAS_WAKTU_PENGAJUAN_KEBERATAN,
                            sl_day_long_id(p, ground), sl_day_long_id(p, last));
    }
    *window_text = apr_psprintf(p, SIALIP_MSG_KEBERATAN_DAPAT_DIAJUKAN_SAMPAI,
                                sl_day_long_id(p, last), sl_day_long_id(p, ground));
    return NULL;
}

const char *sialip_keberatan_alasan_ulang(apr_pool_t *p, const char *raised,
                                          const char *grounds)
{
    char dup = sl_keberatan_alasan_ulang(raised, grounds);
    if (!dup) {
        return NULL;
    }
    return apr_psprintf(p, SIALIP_MSG_ALASAN_HURUF_PERNAH_DIAJUKAN,
                        dup, raised);
}

static int show_form(sl_ctx *c, const sl_rows *req, const char *raised,
                     const char *window_text, int status, const char *error_field,
                     const char *error)
{
    sl_page *page = sl_ctx_page(c, "keberatan-form", SIALIP_MSG_PENGAJUAN_KEBERATAN, "formulir");
    const sl_choice *g;
    xmlNodePtr list = sl_xml_node(page->resource, "pilihan");
    const apr_array_header_t *f = c->form ? apr_table_elts(c->form->fields) : NULL;

    sl_xml_attr(page->resource, "nomor", sl_rows_get(req, 0, 1));
    sl_xml_text(page->resource, "jendela", window_text);
    for (g = sl_alasan_keberatan_choices; g->value; g++) {
        xmlNodePtr o = sl_xml_text(list, "opsi", g->label);
        int i;
        sl_xml_attr(o, "nilai", g->value);
        if (raised && strchr(raised, g->value[0])) {
            sl_xml_attr(o, "diajukan", "1");
        }
        for (i = 0; f && i < f->nelts; i++) {
            const apr_table_entry_t *e = &((const apr_table_entry_t *)f->elts)[i];
            if (strcmp(e->key, "alasan") == 0 && strcmp(e->val, g->value) == 0) {
                sl_xml_attr(o, "dipilih", "1");
            }
        }
    }
    sl_xml_text(page->resource, "uraian", c->form ? sl_field(c, "uraian") : "");
    /* The objections already filed, each linked to its receipt: a ground
     * refused as already raised points to where it was raised. */
    if (raised) {
        objections_xml(c, sl_xml_node(page->resource, "sebelumnya"), "kb_lihat",
                       sl_rows_get(req, 0, 0), 0);
    }
    if (error) {
        sl_xml_attr(sl_xml_text(page->resource, "galat", error), "untuk", error_field);
    }
    return sl_page_send(page, status);
}

/* The request of the code in the URL and whether an objection may be filed
 * on it now; when filing (lock), the request's row is locked first and the
 * grounds already raised are read under that lock, so two filings at once
 * are serialised.  *raised: the letters already raised ("c,g") or NULL. */
static const sl_rows *eligible(sl_ctx *c, int *response, const char **window_text,
                               int lock, const char **raised)
{
    const sialip_permohonan_baris *req = sialip_permohonan_dengan_kode(c, response);
    sl_rows *base, *rows;
    const char *reason, *id;
    int i;

    if (!req) {
        return NULL;
    }
    id = req->id;
    if ((lock && sl_db_select(c->db, "kb_kunci", &rows, SL_ARGS(id)) != 0)
        || sl_db_select(c->db, "kb_dasar", &base, SL_ARGS(id)) != 0
        || base->nrows != 1) {
        *response = alur_gangguan(c);
        return NULL;
    }
    *raised = sl_rows_get(base, 0, 4);
    if (lock) {
        if (sl_db_select(c->db, "kb_alasan_kunci", &rows, SL_ARGS(id)) != 0) {
            *response = alur_gangguan(c);
            return NULL;
        }
        *raised = NULL;
        for (i = 0; i < rows->nrows; i++) {
            *raised = apr_pstrcat(c->r->pool, *raised ? *raised : "", *raised ? "," : "",
                                  sl_rows_get(rows, i, 0), NULL);
        }
    }
    if ((reason = sialip_keberatan_jendela(c, sl_rows_get(base, 0, 2),
                                           sl_rows_get(base, 0, 3), sl_today_wib(),
                                           window_text)) != NULL) {
        *response = alur_ditolak(c, reason);
        return NULL;
    }
    return base;
}

int sialip_keberatan_public_form(sl_ctx *c)
{
    const char *window_text = NULL, *raised = NULL;
    int response;
    const sl_rows *base = eligible(c, &response, &window_text, 0, &raised);
    return base ? show_form(c, base, raised, window_text, HTTP_OK, NULL, NULL) : response;
}

int sialip_keberatan_public_file(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *window_text = NULL, *grounds, *text = sl_field(c, "uraian");
    const char *raised = NULL, *dup, *nomor;
    apr_array_header_t *letters = apr_array_make(p, 7, sizeof(const char *));
    const apr_array_header_t *f = apr_table_elts(c->form->fields);
    const sl_rows *base;
    sialip_keberatan_baru k;
    int i, response, duplicate = 0;

    /* The code travels in the query string of the form's action. */
    if (sl_db_begin(c->db) != 0) {
        return alur_gangguan(c);
    }
    if (!(base = eligible(c, &response, &window_text, 1, &raised))) {
        sl_db_rollback(c->db);
        return response;
    }
    for (i = 0; i < f->nelts; i++) {
        const apr_table_entry_t *e = &((const apr_table_entry_t *)f->elts)[i];
        if (strcmp(e->key, "alasan") == 0) {
            APR_ARRAY_PUSH(letters, const char *) = e->val;
        }
    }
    if (!(grounds = sl_keberatan_alasan(p, letters))) {
        sl_db_rollback(c->db);
        return show_form(c, base, raised, window_text, HTTP_UNPROCESSABLE_ENTITY, "alasan",
                         SIALIP_MSG_PILIH_PALING_SEDIKIT_SATU);
    }
    if ((dup = sialip_keberatan_alasan_ulang(p, raised, grounds)) != NULL) {
        sl_db_rollback(c->db);
        return show_form(c, base, raised, window_text, HTTP_UNPROCESSABLE_ENTITY, "alasan",
                         dup);
    }
    if (!*text || sl_utf8_length(text, strlen(text)) > 5000) {
        sl_db_rollback(c->db);
        return show_form(c, base, raised, window_text, HTTP_UNPROCESSABLE_ENTITY, "uraian",
                         SIALIP_MSG_URAIKAN_KEBERATAN_PALING_BANYAK);
    }
    memset(&k, 0, sizeof(k));
    k.permohonan_id = sl_rows_get(base, 0, 0);
    k.permohonan_nomor = sl_rows_get(base, 0, 1);
    k.alasan = grounds;
    k.uraian = text;
    k.kanal = "web";
    k.diterima = apr_time_now();
    k.kode_cetak = sialip_kode(c, k.permohonan_nomor);
    if (!(nomor = sialip_keberatan_daftar(c, &k, &duplicate))) {
        sl_db_rollback(c->db);
        return duplicate ? show_form(c, base, raised, window_text, HTTP_CONFLICT, "alasan",
                                     SIALIP_MSG_KEBERATAN_ALASAN_SAMA_BARU)
                         : alur_gangguan(c);
    }
    if (sl_db_commit(c->db) != 0) {
        return alur_gangguan(c);
    }
    /* The receipt's GET exchanges the code for its own cookie. */
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/keberatan/", nomor, "?kode=",
                                      k.kode_cetak, NULL));
}

int sialip_keberatan_public_receipt(sl_ctx *c)
{
    sl_rows *rows;
    sl_page *page;
    const char *nomor = apr_table_get(c->params, "nomor");
    const char *code = sl_trackcode_normalize(c->r->pool, sialip_kode(c, nomor));

    /* The same lookup rules as the request's: counted, and the same answer
     * for a wrong number or a wrong code. */
    if (sialip_lacak_mulai(c)) {
        return OK;
    }
    if (!code) {
        return sialip_lacak_gagal(c);
    }
    if (sl_db_select(c->db, "kb_dengan_kode", &rows, SL_ARGS(nomor, code)) != 0) {
        return alur_gangguan(c);
    }
    if (rows->nrows != 1) {
        return sialip_lacak_gagal(c);
    }
    sialip_lacak_berhasil(c);
    if (sialip_kode_di_url(c)) {
        return sialip_kode_tukar(c, nomor, sl_trackcode_printed(c->r->pool, code));
    }
    page = sl_ctx_page(c, "keberatan", apr_pstrcat(c->r->pool, "Keberatan ", nomor,
                                                   NULL), "tanda_terima");
    if (!sl_rows_get(rows, 0, 0)) {      /* ground b: its own code, printed back */
        sl_xml_text(page->resource, "kode", sl_trackcode_printed(c->r->pool, code));
    }
    sialip_keberatan_satu_xml(c, page->resource, sl_rows_get(rows, 0, 1), 0);
    return sl_page_send(page, HTTP_OK);
}
