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

static const sl_stmt_def statements[] = {
    {"kb_dasar",
     "SELECT p.id, p.nomor, COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo), "
     "n.diterbitkan_pada, (SELECT k.nomor FROM keberatan k WHERE k.permohonan_id = p.id "
     "LIMIT 1) FROM permohonan p LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "WHERE p.id = %s"},
    {"kb_nomor_ambil",
     "INSERT INTO nomor_urut (jenis, tahun, terakhir) VALUES ('keberatan', %s, 1) "
     "ON DUPLICATE KEY UPDATE terakhir = terakhir + 1"},
    {"kb_nomor_baca",
     "SELECT terakhir FROM nomor_urut WHERE jenis = 'keberatan' AND tahun = %s"},
    {"kb_simpan",
     "INSERT INTO keberatan (nomor, tahun, permohonan_id, alasan, uraian, diterima_pada, "
     "hari_nol, jatuh_tempo) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"},
    {"kb_lihat",
     "SELECT k.id, k.nomor, k.alasan, k.uraian, k.diterima_pada, k.hari_nol, "
     "k.jatuh_tempo, k.status, k.putusan, k.alasan_putusan, k.diputus_pada, u.nama, "
     "p.nomor, s.nomor_register, s.didaftarkan_pada, s.tahap, s.hasil, s.uraian_hasil, "
     "s.diputus_pada, k.tanggapan_pemohon, s.id "
     "FROM keberatan k JOIN permohonan p ON p.id = k.permohonan_id "
     "LEFT JOIN pengguna u ON u.id = k.diputus_oleh "
     "LEFT JOIN sengketa s ON s.keberatan_id = k.id WHERE k.permohonan_id = %s"},
    {"kb_dengan_kode",
     "SELECT k.permohonan_id FROM keberatan k JOIN permohonan p ON p.id = k.permohonan_id "
     "WHERE k.nomor = %s AND p.kode_hash = SHA2(%s, 256)"},
    {"kb_daftar",
     "SELECT k.nomor, p.nomor, k.diterima_pada, k.jatuh_tempo, k.status, k.putusan, "
     "k.alasan FROM keberatan k JOIN permohonan p ON p.id = k.permohonan_id "
     "WHERE (%s = '' OR k.status = %s) ORDER BY k.status = 'diputus', k.jatuh_tempo, k.id "
     "LIMIT 200"},
    {"kb_staf",
     "SELECT k.id, k.permohonan_id, k.status, k.jatuh_tempo, k.diputus_pada, p.nomor "
     "FROM keberatan k JOIN permohonan p ON p.id = k.permohonan_id WHERE k.nomor = %s "
     "FOR UPDATE"},
    {"kb_putus",
     "UPDATE keberatan SET status = 'diputus', putusan = %s, alasan_putusan = %s, "
     "diputus_oleh = %s, diputus_pada = UTC_TIMESTAMP() WHERE id = %s AND status = 'diterima'"},
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

void sialip_keberatan_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id,
                          int for_staff)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *k;
    int i;

    if (sl_db_select(c->db, "kb_lihat", &k, SL_ARGS(permohonan_id)) != 0) {
        return;
    }
    for (i = 0; i < k->nrows; i++) {
        xmlNodePtr node = sl_xml_node(parent, "keberatan");
        sl_xml_attr(node, "nomor", sl_rows_get(k, i, 1));
        sl_xml_attr(node, "status", sl_rows_get(k, i, 7));
        sl_xml_attr(node, "permohonan", sl_rows_get(k, i, 12));
        add_grounds(node, sl_rows_get(k, i, 2));
        sl_xml_text(node, "uraian", sl_rows_get(k, i, 3));
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
        if (sl_rows_get(k, i, 13)) {
            xmlNodePtr s = sl_xml_node(node, "sengketa");
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
        /* The applicant's own words, recorded by the desk: for the
         * registers and the officer's page. */
        if (for_staff && sl_rows_get(k, i, 19)) {
            sl_xml_text(node, "tanggapan_pemohon", sl_rows_get(k, i, 19));
        }
    }
}

/* ---- the citizen files an objection ----------------------------------- */

/* Whether an objection can be filed now, with the explanation; NULL when
 * it can (then *ground_text says since when). */
static const char *why_not(sl_ctx *c, const sl_rows *base,
                           const char **window_text)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    sl_day due, notice = 0, ground, last, today = sl_today_wib();
    int has_notice = sl_rows_get(base, 0, 3) != NULL;
    sl_keberatan_jendela w;

    if (!cal || sl_day_parse_iso(sl_rows_get(base, 0, 2), &due) != 0
        || (has_notice && sl_wib_day(sl_rows_get(base, 0, 3), &notice) != 0)) {
        return "Layanan sedang tidak tersedia. Silakan coba lagi nanti.";
    }
    if (sl_rows_get(base, 0, 4)) {
        return apr_pstrcat(p, "Keberatan atas permohonan ini sudah diajukan dengan "
                           "nomor ", sl_rows_get(base, 0, 4), ".", NULL);
    }
    w = sl_keberatan_cek(cal, has_notice, notice, due, today, &ground, &last);
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

static int show_form(sl_ctx *c, const sl_rows *req, const char *window_text,
                     int status, const char *error_field, const char *error)
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

static const sl_rows *eligible(sl_ctx *c, int *response, const char **window_text)
{
    const sl_rows *req = sialip_permohonan_dengan_kode(c, response);
    sl_rows *base;
    const char *reason;

    if (!req) {
        return NULL;
    }
    if (sl_db_select(c->db, "kb_dasar", &base, SL_ARGS(sl_rows_get(req, 0, 12))) != 0
        || base->nrows != 1) {
        *response = alur_gangguan(c);
        return NULL;
    }
    if ((reason = why_not(c, base, window_text)) != NULL) {
        *response = alur_ditolak(c, reason);
        return NULL;
    }
    return base;
}

static int public_form(sl_ctx *c)
{
    const char *window_text = NULL;
    int response;
    const sl_rows *base = eligible(c, &response, &window_text);
    return base ? show_form(c, base, window_text, HTTP_OK, NULL, NULL) : response;
}

static int public_file(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *window_text = NULL, *grounds, *text = sl_field(c, "uraian");
    const sl_calendar *cal;
    apr_array_header_t *letters = apr_array_make(p, 7, sizeof(const char *));
    const apr_array_header_t *f = apr_table_elts(c->form->fields);
    const sl_rows *base;
    sl_rows *rows;
    apr_time_t now = apr_time_now();
    sl_day day0, due;
    const char *year, *nomor;
    int i, response;
    apr_time_exp_t wib;

    /* The code travels in the query string of the form's action. */
    if (sl_db_begin(c->db) != 0) {
        return alur_gangguan(c);
    }
    if (!(base = eligible(c, &response, &window_text))) {
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
        return show_form(c, base, window_text, HTTP_UNPROCESSABLE_ENTITY, "alasan",
                         "Pilih paling sedikit satu alasan keberatan.");
    }
    if (!*text || sl_utf8_length(text, strlen(text)) > 5000) {
        sl_db_rollback(c->db);
        return show_form(c, base, window_text, HTTP_UNPROCESSABLE_ENTITY, "uraian",
                         "Uraikan keberatan Anda (paling banyak 5000 karakter).");
    }
    cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    if (!cal) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    day0 = sl_calendar_day_zero(cal, apr_time_sec(now), NULL);
    due = sl_calendar_add_working_days(cal, day0, SIALIP_HARI_PUTUS_KEBERATAN, NULL);
    apr_time_exp_tz(&wib, now, SL_WIB_OFFSET_SECONDS);
    year = apr_itoa(p, wib.tm_year + 1900);
    sl_db_exec(c->db, "kb_nomor_ambil", NULL, SL_ARGS(year));
    if (sl_db_select(c->db, "kb_nomor_baca", &rows, SL_ARGS(year)) != 0
        || !sl_rows_get(rows, 0, 0)) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    nomor = apr_psprintf(p, "K-%s-%04d", year, atoi(sl_rows_get(rows, 0, 0)));
    sl_db_exec(c->db, "kb_simpan", NULL,
               SL_ARGS(nomor, year, sl_rows_get(base, 0, 0), grounds, text,
                       sl_utc_format(p, apr_time_sec(now)), sl_day_iso(p, day0),
                       sl_day_iso(p, due)));
    {
        const char *body[] = {
            apr_pstrcat(p, "Keberatan Anda atas permohonan nomor ",
                        sl_rows_get(base, 0, 1), " telah diterima dengan nomor ",
                        nomor, ".", NULL),
            apr_pstrcat(p, "Atasan PPID memberikan tanggapan paling lambat ",
                        sl_day_long_id(p, due), " (30 hari kerja).", NULL),
            NULL
        };
        sialip_surel_pemohon(c, sl_rows_get(base, 0, 0), "keberatan_diterima",
                             apr_pstrcat(p, "Keberatan ", nomor, " diterima", NULL),
                             body, apr_pstrcat(p, c->mount, "/keberatan/", nomor,
                                               "?kode=", sl_query(c, "kode"), NULL));
    }
    sl_audit(c, &(sl_audit_entry){"keberatan", "permohonan", sl_rows_get(base, 0, 1),
                                  NULL, apr_pstrcat(p, "Keberatan ", nomor,
                                                    " diterima; Atasan PPID memutus "
                                                    "paling lambat ",
                                                    sl_day_long_id(p, due), NULL), 1});
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
    sialip_keberatan_xml(c, page->resource, sl_rows_get(rows, 0, 0), 0);
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
            sl_xml_attr(k, "tanda", "lewat");
        }
        sl_xml_text(k, "diterima", sl_wib_text(c->r->pool, sl_rows_get(rows, i, 2)));
        sl_xml_text(k, "jatuh_tempo", sl_rows_get(rows, i, 3));
        sl_xml_text(k, "putusan", sl_rows_get(rows, i, 5));
        sl_xml_text(k, "alasan", sl_rows_get(rows, i, 6));
    }
    return sl_page_send(page, HTTP_OK);
}

/* Starts the transaction with the objection of the URL locked; NULL with
 * *response set (404, or the outage page) when there is none. */
static sl_rows *begin_with_objection(sl_ctx *c, int *response)
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

static int decide(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *verdict = sl_field(c, "putusan"), *reasons = sl_field(c, "alasan_putusan");
    sl_rows *k;
    int response;
    int changed = 0;

    if (!sl_choice_known(putusan_choices, verdict) || !*reasons
        || sl_utf8_length(reasons, strlen(reasons)) > 10000) {
        return alur_ditolak(c, "Pilih putusan dan tuliskan alasannya; putusan "
                               "Atasan PPID wajib disertai alasan tertulis.");
    }
    if (!(k = begin_with_objection(c, &response))) {
        return response;
    }
    sl_db_exec(c->db, "kb_putus", &changed,
               SL_ARGS(verdict, reasons, c->session->user_id, sl_rows_get(k, 0, 0)));
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
            "Jika Anda tidak puas, Anda dapat mengajukan sengketa ke Komisi "
            "Informasi Provinsi Banten paling lambat 14 hari kerja setelah "
            "tanggapan ini diterima (UU 14/2008 Pasal 37).",
            NULL
        };
        sialip_surel_pemohon(c, sl_rows_get(k, 0, 1), "keberatan_diputus",
                             apr_pstrcat(p, "Putusan keberatan ",
                                         apr_table_get(c->params, "nomor"), NULL),
                             body, apr_pstrcat(p, c->mount, "/lacak?nomor=",
                                               sl_rows_get(k, 0, 5), NULL));
    }
    sl_audit(c, &(sl_audit_entry){"putus_keberatan", "keberatan",
                                  apr_table_get(c->params, "nomor"), "diterima",
                                  apr_pstrcat(p, sl_choice_label(putusan_choices, verdict),
                                              ". Alasan: ", reasons, NULL), 1});
    return alur_simpan_lalu_tampil(c, sl_rows_get(k, 0, 5), "#keberatan");
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
    if (!(k = begin_with_objection(c, &response))) {
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
    return alur_simpan_lalu_tampil(c, sl_rows_get(k, 0, 5), "#keberatan");
}

static int record_dispute(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *reg = sl_field(c, "nomor_register"), *filed = sl_field(c, "didaftarkan_pada");
    const char *stage = sl_field(c, "tahap"), *result = sl_field(c, "hasil");
    const char *decided = sl_field(c, "diputus_pada");
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
    if (!(k = begin_with_objection(c, &response))) {
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
    sl_audit(c, &(sl_audit_entry){"sengketa", "keberatan",
                                  apr_table_get(c->params, "nomor"), NULL,
                                  apr_pstrcat(p, "Sengketa di Komisi Informasi dicatat: ",
                                              reg, ", tahap ",
                                              sl_choice_label(tahap_choices, stage),
                                              *result ? ", hasil " : "",
                                              *result ? sl_choice_label(hasil_choices,
                                                                        result) : "",
                                              NULL), 1});
    return alur_simpan_lalu_tampil(c, sl_rows_get(k, 0, 5), "#keberatan");
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
