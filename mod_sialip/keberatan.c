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

#define KB_LIHAT \
    "SELECT k.id, k.nomor, k.alasan, k.uraian, k.diterima_pada, k.hari_nol, " \
    "k.jatuh_tempo, k.status, k.putusan, k.alasan_putusan, k.diputus_pada, u.nama, " \
    "p.nomor, s.nomor_register, s.didaftarkan_pada, s.tahap, s.hasil, s.uraian_hasil, " \
    "s.diputus_pada, k.tanggapan_pemohon, s.id, k.jabatan_pemutus, k.musyawarah_pada, " \
    "k.musyawarah_catatan, k.kanal, k.informasi " \
    "FROM keberatan k LEFT JOIN permohonan p ON p.id = k.permohonan_id " \
    "LEFT JOIN pengguna u ON u.id = k.diputus_oleh " \
    "LEFT JOIN sengketa s ON s.keberatan_id = k.id "

static const sl_stmt_def statements[] = {
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
    {"kb_daftar",
     "SELECT k.nomor, p.nomor, k.diterima_pada, k.jatuh_tempo, k.status, k.putusan, "
     "k.alasan, k.diputus_pada, s.didaftarkan_pada FROM keberatan k "
     "LEFT JOIN permohonan p ON p.id = k.permohonan_id "
     "LEFT JOIN sengketa s ON s.keberatan_id = k.id "
     "WHERE (%s = '' OR k.status = %s) ORDER BY k.status <> 'diterima', k.jatuh_tempo, k.id "
     "LIMIT 200"},
    {"kb_staf",
     "SELECT k.id, k.permohonan_id, k.status, k.jatuh_tempo, k.diputus_pada, p.nomor, "
     "k.alasan, k.diterima_pada FROM keberatan k "
     "LEFT JOIN permohonan p ON p.id = k.permohonan_id WHERE k.nomor = %s FOR UPDATE"},
    {"kb_jabatan_terakhir",
     "SELECT jabatan_pemutus FROM keberatan WHERE diputus_oleh = %s "
     "AND jabatan_pemutus IS NOT NULL ORDER BY diputus_pada DESC LIMIT 1"},
    {"kb_putus",
     "UPDATE keberatan SET status = 'diputus', putusan = %s, alasan_putusan = %s, "
     "jabatan_pemutus = %s, diputus_oleh = %s, diputus_pada = UTC_TIMESTAMP() "
     "WHERE id = %s AND status = 'diterima'"},
    {"kb_tanggapan",
     "UPDATE keberatan SET tanggapan_pemohon = %s WHERE id = %s AND status = 'diputus'"},
    {"kb_sengketa",
     "INSERT INTO sengketa (keberatan_id, nomor_register, didaftarkan_pada, tahap, hasil, "
     "uraian_hasil, diputus_pada, dicatat_oleh) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
     "ON DUPLICATE KEY UPDATE nomor_register = VALUES(nomor_register), "
     "didaftarkan_pada = VALUES(didaftarkan_pada), tahap = VALUES(tahap), "
     "hasil = VALUES(hasil), uraian_hasil = VALUES(uraian_hasil), "
     "diputus_pada = VALUES(diputus_pada), dicatat_oleh = VALUES(dicatat_oleh)"},
    {NULL, NULL}
};

static const sl_choice putusan_choices[] = {
    {"dikabulkan", "Keberatan dikabulkan"},
    {"ditolak", "Keberatan ditolak"},
    {NULL, NULL}
};

static const sl_choice tahap_choices[] = {
    {"mediasi", "Mediasi"},
    {"ajudikasi", "Ajudikasi"},
    {"selesai", "Selesai"},
    {NULL, NULL}
};

static const sl_choice hasil_choices[] = {
    {"mediasi_berhasil", "Mediasi berhasil (kesepakatan)"},
    {"dikabulkan", "Putusan: permohonan dikabulkan"},
    {"dikabulkan_sebagian", "Putusan: dikabulkan sebagian"},
    {"ditolak", "Putusan: permohonan ditolak"},
    {"gugur", "Gugur"},
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

static const char *last_position(sl_ctx *c);

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
        sl_xml_text(parent, "jabatan_saya", last_position(c));
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
                    sl_rows_get(k, i, 8) ? sl_choice_label(putusan_choices,
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
            sl_xml_text(s, "tahap_teks", sl_choice_label(tahap_choices,
                                                         sl_rows_get(k, i, 15)));
            sl_xml_text(s, "hasil", sl_rows_get(k, i, 16)
                        ? sl_choice_label(hasil_choices, sl_rows_get(k, i, 16)) : NULL);
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
        return "Layanan sedang tidak tersedia. Silakan coba lagi nanti.";
    }
    w = sl_keberatan_cek(cal, has_notice, notice, due, on, &ground, &last);
    if (w == SL_KEBERATAN_BELUM) {
        return apr_pstrcat(p, "Keberatan dapat diajukan setelah pemberitahuan "
                           "tertulis diterima atau setelah batas waktu jawaban (",
                           sl_day_long_id(p, due), ") lewat tanpa jawaban.", NULL);
    }
    if (w == SL_KEBERATAN_LEWAT) {
        return apr_pstrcat(p, "Batas waktu pengajuan keberatan, 30 hari kerja sejak ",
                           sl_day_long_id(p, ground), ", telah berakhir pada ",
                           sl_day_long_id(p, last), " (UU 14/2008 Pasal 36 ayat 1).",
                           NULL);
    }
    *window_text = apr_pstrcat(p, "Keberatan dapat diajukan sampai ",
                               sl_day_long_id(p, last), " (30 hari kerja sejak ",
                               sl_day_long_id(p, ground), ").", NULL);
    return NULL;
}

const char *sialip_keberatan_alasan_ulang(apr_pool_t *p, const char *raised,
                                          const char *grounds)
{
    char dup = sl_keberatan_alasan_ulang(raised, grounds);
    if (!dup) {
        return NULL;
    }
    return apr_psprintf(p, "Alasan huruf %c sudah pernah diajukan untuk permohonan ini "
                        "(alasan yang sudah diajukan: %s). Setiap alasan keberatan "
                        "dapat diajukan satu kali; pilih alasan lain yang baru timbul.",
                        dup, raised);
}

static int show_form(sl_ctx *c, const sl_rows *req, const char *raised,
                     const char *window_text, int status, const char *error_field,
                     const char *error)
{
    sl_page *page = sl_ctx_page(c, "keberatan-form", "Pengajuan keberatan", "formulir");
    const sl_choice *g;
    xmlNodePtr list = sl_xml_node(page->resource, "pilihan");
    const apr_array_header_t *f = c->form ? apr_table_elts(c->form->fields) : NULL;

    sl_xml_attr(page->resource, "nomor", sl_rows_get(req, 0, 1));
    sl_xml_text(page->resource, "kode", sl_query(c, "kode"));
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
    const sl_rows *req = sialip_permohonan_dengan_kode(c, response);
    sl_rows *base, *rows;
    const char *reason, *id;
    int i;

    if (!req) {
        return NULL;
    }
    id = sl_rows_get(req, 0, 12);
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

static int public_form(sl_ctx *c)
{
    const char *window_text = NULL, *raised = NULL;
    int response;
    const sl_rows *base = eligible(c, &response, &window_text, 0, &raised);
    return base ? show_form(c, base, raised, window_text, HTTP_OK, NULL, NULL) : response;
}

static int public_file(sl_ctx *c)
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
                         "Pilih paling sedikit satu alasan keberatan.");
    }
    if ((dup = sialip_keberatan_alasan_ulang(p, raised, grounds)) != NULL) {
        sl_db_rollback(c->db);
        return show_form(c, base, raised, window_text, HTTP_UNPROCESSABLE_ENTITY, "alasan",
                         dup);
    }
    if (!*text || sl_utf8_length(text, strlen(text)) > 5000) {
        sl_db_rollback(c->db);
        return show_form(c, base, raised, window_text, HTTP_UNPROCESSABLE_ENTITY, "uraian",
                         "Uraikan keberatan Anda (paling banyak 5000 karakter).");
    }
    memset(&k, 0, sizeof(k));
    k.permohonan_id = sl_rows_get(base, 0, 0);
    k.permohonan_nomor = sl_rows_get(base, 0, 1);
    k.alasan = grounds;
    k.uraian = text;
    k.kanal = "web";
    k.diterima = apr_time_now();
    k.kode_cetak = sl_query(c, "kode");
    if (!(nomor = sialip_keberatan_daftar(c, &k, &duplicate))) {
        sl_db_rollback(c->db);
        return duplicate ? show_form(c, base, raised, window_text, HTTP_CONFLICT, "alasan",
                                     "Keberatan dengan alasan yang sama baru saja "
                                     "diajukan untuk permohonan ini.")
                         : alur_gangguan(c);
    }
    if (sl_db_commit(c->db) != 0) {
        return alur_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/keberatan/", nomor, "?kode=",
                                      sl_query(c, "kode"), NULL));
}

static int public_receipt(sl_ctx *c)
{
    sl_rows *rows;
    sl_page *page;
    const char *code = sl_trackcode_normalize(c->r->pool, sl_query(c, "kode"));
    const char *nomor = apr_table_get(c->params, "nomor");

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
    page = sl_ctx_page(c, "keberatan", apr_pstrcat(c->r->pool, "Keberatan ", nomor,
                                                   NULL), "tanda_terima");
    if (!sl_rows_get(rows, 0, 0)) {      /* ground b: its own code, printed back */
        sl_xml_text(page->resource, "kode", sl_trackcode_printed(c->r->pool, code));
    }
    sialip_keberatan_satu_xml(c, page->resource, sl_rows_get(rows, 0, 1), 0);
    return sl_page_send(page, HTTP_OK);
}

/* ---- the Atasan PPID decides; disputes are recorded ------------------- */

static int staff_list(sl_ctx *c)
{
    const char *status = sl_query(c, "status");
    sl_rows *rows;
    sl_page *page;
    xmlNodePtr list;
    sl_day today = sl_today_wib();
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    int i;

    if (sl_db_select(c->db, "kb_daftar", &rows, SL_ARGS(status, status)) != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, "kotak-keberatan", "Keberatan", "daftar");
    sl_xml_attr(page->resource, "status", status);
    list = page->resource;
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr k = sl_xml_node(list, "keberatan");
        sl_day due;
        sl_xml_attr(k, "nomor", sl_rows_get(rows, i, 0));
        sl_xml_attr(k, "permohonan", sl_rows_get(rows, i, 1));
        sl_xml_attr(k, "status", sl_rows_get(rows, i, 4));
        if (strcmp(sl_rows_get_or(rows, i, 4, ""), "diterima") == 0
            && sl_day_parse_iso(sl_rows_get(rows, i, 3), &due) == 0 && due < today) {
            sl_day last;
            sl_xml_attr(k, "tanda", "lewat");
            /* The applicant may now go to the KI without a decision. */
            if (cal && sl_sengketa_batas(cal, 0, 0, due, today, &last)
                == SL_KI_PUTUSAN_TERLAMBAT) {
                sl_xml_text(k, "batas_sengketa", sl_day_long_id(c->r->pool, last));
            }
        }
        sl_xml_text(k, "diterima", sl_wib_text(c->r->pool, sl_rows_get(rows, i, 2)));
        sl_xml_text(k, "jatuh_tempo", sl_rows_get(rows, i, 3));
        sl_xml_text(k, "putusan", sl_rows_get(rows, i, 5));
        sl_xml_text(k, "alasan", sl_rows_get(rows, i, 6));
    }
    return sl_page_send(page, HTTP_OK);
}

/* Commits and goes back to the request's page, or to the objection's own
 * staff page when it has no request (ground b). */
int sialip_keberatan_selesai(sl_ctx *c, const sl_rows *k)
{
    if (sl_rows_get(k, 0, 5)) {
        return alur_simpan_lalu_tampil(c, sl_rows_get(k, 0, 5), "#keberatan");
    }
    if (sl_db_commit(c->db) != 0) {
        return alur_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/admin/keberatan/",
                                      apr_table_get(c->params, "nomor"), NULL));
}

/* Starts the transaction with the objection of the URL locked; NULL with
 * *response set (404, or the outage page) when there is none. */
sl_rows *sialip_keberatan_mulai(sl_ctx *c, int *response)
{
    sl_rows *rows;

    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, "kb_staf", &rows,
                        SL_ARGS(apr_table_get(c->params, "nomor"))) != 0) {
        *response = alur_gangguan(c);
        return NULL;
    }
    if (rows->nrows != 1) {
        sl_db_rollback(c->db);
        *response = sl_error_page(c, HTTP_NOT_FOUND, "Keberatan tidak ditemukan",
                                  "Periksa kembali nomor keberatan.");
        return NULL;
    }
    return rows;
}

/* The position this officer gave at the last decision, or NULL. */
static const char *last_position(sl_ctx *c)
{
    sl_rows *rows;
    if (!c->session || sl_db_select(c->db, "kb_jabatan_terakhir", &rows,
                                    SL_ARGS(c->session->user_id)) != 0) {
        return NULL;
    }
    return sl_rows_get(rows, 0, 0);
}

static int decide(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *verdict = sl_field(c, "putusan"), *reasons = sl_field(c, "alasan_putusan");
    const char *position = sl_field(c, "jabatan");
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    sl_day ki_last = 0;
    sl_rows *k;
    int response;
    int changed = 0;

    if (!sl_choice_known(putusan_choices, verdict) || !*reasons
        || sl_utf8_length(reasons, strlen(reasons)) > 10000) {
        return alur_ditolak(c, "Pilih putusan dan tuliskan alasannya; putusan "
                               "Atasan PPID wajib disertai alasan tertulis.");
    }
    if (sl_utf8_length(position, strlen(position)) > 255) {
        return alur_ditolak(c, "Jabatan Atasan PPID paling banyak 255 karakter.");
    }
    if (!*position) {
        position = last_position(c);     /* as at this officer's last decision */
    }
    if (!cal) {
        return alur_gangguan(c);
    }
    /* Pasal 37(2): 14 working days from the decision, given today. */
    sl_sengketa_batas(cal, 1, sl_today_wib(), 0, 0, &ki_last);
    if (!(k = sialip_keberatan_mulai(c, &response))) {
        return response;
    }
    sl_db_exec(c->db, "kb_putus", &changed,
               SL_ARGS(verdict, reasons, position, c->session->user_id,
                       sl_rows_get(k, 0, 0)));
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, "Keberatan ini sudah diputus.");
    }
    {
        const char *body[] = {
            apr_pstrcat(p, "Atasan PPID telah memutus keberatan ",
                        apr_table_get(c->params, "nomor"), ": ",
                        sl_choice_label(putusan_choices, verdict), ".", NULL),
            apr_pstrcat(p, "Alasan: ", reasons, NULL),
            apr_pstrcat(p, "Jika Anda tidak puas, Anda dapat mengajukan sengketa "
                        "ke Komisi Informasi Provinsi Banten paling lambat ",
                        sl_day_long_id(p, ki_last), " (14 hari kerja setelah "
                        "tanggapan ini, UU 14/2008 Pasal 37 ayat 2).", NULL),
            NULL
        };
        sialip_surel_keberatan(c, sl_rows_get(k, 0, 0), "keberatan_diputus",
                               apr_pstrcat(p, "Putusan keberatan ",
                                           apr_table_get(c->params, "nomor"), NULL),
                               body, sl_rows_get(k, 0, 5)
                               ? apr_pstrcat(p, c->mount, "/lacak?nomor=",
                                             sl_rows_get(k, 0, 5), NULL)
                               : apr_pstrcat(p, c->mount, "/", NULL));
    }
    sl_audit(c, &(sl_audit_entry){"putus_keberatan", "keberatan",
                                  apr_table_get(c->params, "nomor"), "diterima",
                                  apr_pstrcat(p, sl_choice_label(putusan_choices, verdict),
                                              position ? " oleh " : "",
                                              position ? position : "", ". Alasan: ", reasons,
                                              ". Batas pengajuan sengketa ke Komisi "
                                              "Informasi: ", sl_day_long_id(p, ki_last),
                                              NULL), 1});
    return sialip_keberatan_selesai(c, k);
}

/* The applicant's reply to the Atasan PPID's decision (accepted, or going
 * to the Komisi Informasi), for the objection register's last column. */
static int record_reply(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *reply = sl_field(c, "tanggapan_pemohon");
    sl_rows *k;
    int response;
    int changed = 0;

    if (!*reply || sl_utf8_length(reply, strlen(reply)) > 2000) {
        return alur_ditolak(c, "Tuliskan tanggapan pemohon atas putusan "
                               "(paling banyak 2000 karakter).");
    }
    if (!(k = sialip_keberatan_mulai(c, &response))) {
        return response;
    }
    sl_db_exec(c->db, "kb_tanggapan", &changed, SL_ARGS(reply, sl_rows_get(k, 0, 0)));
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, "Tanggapan pemohon dicatat setelah Atasan PPID "
                               "memutus keberatan.");
    }
    sl_audit(c, &(sl_audit_entry){"tanggapan_pemohon", "keberatan",
                                  apr_table_get(c->params, "nomor"), NULL,
                                  apr_pstrcat(p, "Tanggapan pemohon: ", reply, NULL), 0});
    return sialip_keberatan_selesai(c, k);
}

static int record_dispute(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *reg = sl_field(c, "nomor_register"), *filed = sl_field(c, "didaftarkan_pada");
    const char *stage = sl_field(c, "tahap"), *result = sl_field(c, "hasil");
    const char *decided = sl_field(c, "diputus_pada"), *reg_note = "";
    sl_day filed_day, decided_day, due, today = sl_today_wib();
    sl_rows *k;
    int response;

    if (!*reg || strlen(reg) > 64 || sl_day_parse_iso(filed, &filed_day) != 0
        || filed_day > today || !sl_choice_known(tahap_choices, stage)
        || (*result && !sl_choice_known(hasil_choices, result))
        || (*decided && (sl_day_parse_iso(decided, &decided_day) != 0
                         || decided_day < filed_day || decided_day > today))) {
        return alur_ditolak(c, "Isi nomor register KI, tanggal pendaftaran (tidak "
                               "lebih dari hari ini), tahap, dan bila ada hasil serta "
                               "tanggal putusan (tidak sebelum pendaftaran).");
    }
    if (!(k = sialip_keberatan_mulai(c, &response))) {
        return response;
    }
    /* Pasal 37: a dispute follows the Atasan's answer, or its due date
     * passing unanswered. */
    if (strcmp(sl_rows_get_or(k, 0, 2, ""), "diputus") != 0
        && (sl_day_parse_iso(sl_rows_get(k, 0, 3), &due) != 0 || due >= today)) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, "Sengketa baru dapat dicatat setelah Atasan PPID "
                               "memutus keberatan atau batas waktu putusannya lewat.");
    }
    sl_db_exec(c->db, "kb_sengketa", NULL,
               SL_ARGS(sl_rows_get(k, 0, 0), reg, filed, stage, *result ? result : NULL,
                       *sl_field(c, "uraian_hasil") ? sl_field(c, "uraian_hasil") : NULL,
                       *decided ? decided : NULL, c->session->user_id));
    {
        const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
        sl_day decided_day = 0;
        int decided = strcmp(sl_rows_get_or(k, 0, 2, ""), "diputus") == 0
                      && sl_wib_day(sl_rows_get(k, 0, 4), &decided_day) == 0;
        if (cal && sl_day_parse_iso(sl_rows_get(k, 0, 3), &due) == 0
            && sl_sengketa_terlambat(cal, decided, decided_day, due, filed_day)) {
            reg_note = " (didaftarkan setelah batas 14 hari kerja, UU 14/2008 Pasal 37 "
                       "ayat 2)";
        }
    }
    sl_audit(c, &(sl_audit_entry){"sengketa", "keberatan",
                                  apr_table_get(c->params, "nomor"), NULL,
                                  apr_pstrcat(p, "Sengketa di Komisi Informasi dicatat: ",
                                              reg, reg_note, ", tahap ",
                                              sl_choice_label(tahap_choices, stage),
                                              *result ? ", hasil " : "",
                                              *result ? sl_choice_label(hasil_choices,
                                                                        result) : "",
                                              NULL), 1});
    return sialip_keberatan_selesai(c, k);
}

static const sl_route routes[] = {
    {"GET", "/permohonan/{nomor}/keberatan", public_form, SL_ROUTE_PUBLIC, 0},
    {"POST", "/permohonan/{nomor}/keberatan", public_file, SL_ROUTE_PUBLIC, 0},
    {"GET", "/keberatan/{nomor}", public_receipt, SL_ROUTE_PUBLIC, 0},
    {"GET", "/admin/keberatan", staff_list, ALUR_SEMUA_OPD, 0},
    {"POST", "/admin/keberatan/{nomor}/putusan", decide, SL_ROLE_ATASAN_PPID, 0},
    {"POST", "/admin/keberatan/{nomor}/tanggapan", record_reply, ALUR_SEMUA_OPD, 0},
    {"POST", "/admin/keberatan/{nomor}/sengketa", record_dispute, ALUR_SEMUA_OPD, 0},
    {NULL, NULL, NULL, 0, 0}
};

const sl_feature sialip_keberatan_feature = {routes, statements};
