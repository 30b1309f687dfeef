/* The Atasan PPID decides an objection with written reasons (and the
 * position the register shows); the desk records the applicant's reply to
 * the decision and a dispute at the Komisi Informasi with its dates and
 * outcome, flagging one registered after the 14-working-day window
 * (UU 14/2008 Pasal 36-37).  Split from keberatan.c (the citizen's side). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "keberatan_rules.h"
#include "tenggat.h"
#include "alur.h"
#include "surel.h"
#include "sialip.h"
#include "label.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_keberatan_putus_stmts[] = {
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

/* Columns of kb_staf. */
enum {
    KS_ID, KS_PERMOHONAN_ID, KS_STATUS, KS_JATUH_TEMPO, KS_DIPUTUS_PADA,
    KS_NOMOR_PERMOHONAN, KS_ALASAN, KS_DITERIMA_PADA
};

/* ---- the Atasan PPID decides; disputes are recorded ------------------- */

int sialip_keberatan_staff_list(sl_ctx *c)
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
        sl_xml_text(k, "status_teks", sl_choice_label(sialip_status_keberatan_choices,
                                                      sl_rows_get(rows, i, 4)));
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
        sl_xml_text(k, "jatuh_tempo", sialip_label_tanggal(c->r->pool,
                                                           sl_rows_get(rows, i, 3)));
        sl_xml_text(k, "putusan", sl_rows_get(rows, i, 5)
                    ? sl_choice_label(sl_putusan_keberatan_choices, sl_rows_get(rows, i, 5))
                    : NULL);
        {
            /* Each ground by its letter and words. */
            const sl_choice *g;
            const char *set = sl_rows_get(rows, i, 6);
            xmlNodePtr a = sl_xml_node(k, "alasan");
            for (g = sl_alasan_keberatan_choices; set && g->value; g++) {
                if (strstr(set, g->value)) {
                    sl_xml_attr(sl_xml_text(a, "butir", g->label), "huruf", g->value);
                }
            }
        }
    }
    return sl_page_send(page, HTTP_OK);
}

/* Commits and goes back to the request's page, or to the objection's own
 * staff page when it has no request (ground b). */
int sialip_keberatan_selesai(sl_ctx *c, const sialip_keberatan_kunci *k)
{
    if (k->nomor_permohonan) {
        return alur_simpan_lalu_tampil(c, k->nomor_permohonan, "#keberatan");
    }
    if (sl_db_commit(c->db) != 0) {
        return alur_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/admin/keberatan/",
                                      apr_table_get(c->params, "nomor"), NULL));
}

/* Starts the transaction with the objection of the URL locked; NULL with
 * *response set (404, or the outage page) when there is none. */
const sialip_keberatan_kunci *sialip_keberatan_mulai(sl_ctx *c, int *response)
{
    sialip_keberatan_kunci *k;
    sl_rows *rows;

    if (sl_db_begin(c->db) != 0
        || sl_db_select(c->db, "kb_staf", &rows,
                        SL_ARGS(apr_table_get(c->params, "nomor"))) != 0) {
        *response = alur_gangguan(c);
        return NULL;
    }
    if (rows->nrows != 1) {
        sl_db_rollback(c->db);
        *response = sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_KEBERATAN_TIDAK_DITEMUKAN,
                                  SIALIP_MSG_PERIKSA_KEMBALI_NOMOR_KEBERATAN);
        return NULL;
    }
    k = apr_palloc(c->r->pool, sizeof(*k));
    k->id = sl_rows_get(rows, 0, KS_ID);
    k->permohonan_id = sl_rows_get(rows, 0, KS_PERMOHONAN_ID);
    k->status = sl_rows_get(rows, 0, KS_STATUS);
    k->jatuh_tempo = sl_rows_get(rows, 0, KS_JATUH_TEMPO);
    k->diputus_pada = sl_rows_get(rows, 0, KS_DIPUTUS_PADA);
    k->nomor_permohonan = sl_rows_get(rows, 0, KS_NOMOR_PERMOHONAN);
    k->alasan = sl_rows_get(rows, 0, KS_ALASAN);
    k->diterima_pada = sl_rows_get(rows, 0, KS_DITERIMA_PADA);
    return k;
}

int sialip_keberatan_decide(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *verdict = sl_field(c, "putusan"), *reasons = sl_field(c, "alasan_putusan");
    const char *position = sl_field(c, "jabatan");
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    sl_day ki_last = 0;
    const sialip_keberatan_kunci *k;
    int response;
    int changed = 0;

    if (!sl_choice_known(sl_putusan_keberatan_choices, verdict) || !*reasons
        || sl_utf8_length(reasons, strlen(reasons)) > 10000) {
        return alur_ditolak(c, SIALIP_MSG_PILIH_PUTUSAN_TULISKAN_ALASANNYA);
    }
    if (sl_utf8_length(position, strlen(position)) > 255) {
        return alur_ditolak(c, SIALIP_MSG_JABATAN_ATASAN_PPID_PALING);
    }
    if (!*position) {
        position = sialip_keberatan_jabatan_terakhir(c);     /* as at this officer's last decision */
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
                       k->id));
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_KEBERATAN_SUDAH_DIPUTUS);
    }
    {
        const char *body[] = {
            apr_psprintf(p, SIALIP_MSG_ATASAN_PPID_TELAH_MEMUTUS,
                         apr_table_get(c->params, "nomor"),
                         sl_choice_label(sl_putusan_keberatan_choices, verdict)),
            apr_pstrcat(p, "Alasan: ", reasons, NULL),
            apr_psprintf(p, SIALIP_MSG_JIKA_TIDAK_PUAS_DAPAT, sl_day_long_id(p, ki_last)),
            NULL
        };
        sialip_surel_keberatan(c, k->id, "keberatan_diputus",
                               apr_psprintf(p, SIALIP_MSG_PUTUSAN_KEBERATAN,
                                            apr_table_get(c->params, "nomor")),
                               body, k->nomor_permohonan
                               ? apr_pstrcat(p, c->mount, "/lacak?nomor=",
                                             k->nomor_permohonan, NULL)
                               : apr_pstrcat(p, c->mount, "/", NULL));
    }
    sl_audit(c, &(sl_audit_entry){"putus_keberatan", "keberatan",
                                  apr_table_get(c->params, "nomor"), "diterima",
                                  apr_psprintf(p, SIALIP_MSG_PUTUSAN_DICATAT,
                                               sl_choice_label(sl_putusan_keberatan_choices,
                                                               verdict),
                                               position ? apr_psprintf(p, SIALIP_MSG_OLEH,
                                                                       position) : "",
                                               reasons, sl_day_long_id(p, ki_last)), 1});
    return sialip_keberatan_selesai(c, k);
}

/* The applicant's reply to the Atasan PPID's decision (accepted, or going
 * to the Komisi Informasi), for the objection register's last column. */
int sialip_keberatan_record_reply(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *reply = sl_field(c, "tanggapan_pemohon");
    const sialip_keberatan_kunci *k;
    int response;
    int changed = 0;

    if (!*reply || sl_utf8_length(reply, strlen(reply)) > 2000) {
        return alur_ditolak(c, SIALIP_MSG_TULISKAN_TANGGAPAN_PEMOHON_PUTUSAN);
    }
    if (!(k = sialip_keberatan_mulai(c, &response))) {
        return response;
    }
    sl_db_exec(c->db, "kb_tanggapan", &changed, SL_ARGS(reply, k->id));
    if (changed != 1) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_TANGGAPAN_PEMOHON_DICATAT_SETELAH);
    }
    sl_audit(c, &(sl_audit_entry){"tanggapan_pemohon", "keberatan",
                                  apr_table_get(c->params, "nomor"), NULL,
                                  apr_psprintf(p, SIALIP_MSG_TANGGAPAN_PEMOHON, reply), 0});
    return sialip_keberatan_selesai(c, k);
}

int sialip_keberatan_record_dispute(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *reg = sl_field(c, "nomor_register"), *filed = sl_field(c, "didaftarkan_pada");
    const char *stage = sl_field(c, "tahap"), *result = sl_field(c, "hasil");
    const char *decided = sl_field(c, "diputus_pada"), *reg_note = "";
    sl_day filed_day, decided_day, due, today = sl_today_wib();
    const sialip_keberatan_kunci *k;
    int response;

    if (!*reg || strlen(reg) > 64 || sl_day_parse_iso(filed, &filed_day) != 0
        || filed_day > today || !sl_choice_known(sl_tahap_sengketa_choices, stage)
        || (*result && !sl_choice_known(sl_hasil_sengketa_choices, result))
        || (*decided && (sl_day_parse_iso(decided, &decided_day) != 0
                         || decided_day < filed_day || decided_day > today))) {
        return alur_ditolak(c, SIALIP_MSG_ISI_NOMOR_REGISTER_KI);
    }
    if (!(k = sialip_keberatan_mulai(c, &response))) {
        return response;
    }
    /* Pasal 37: a dispute follows the Atasan's answer, or its due date
     * passing unanswered. */
    if (strcmp((k->status ? k->status : ""), "diputus") != 0
        && (sl_day_parse_iso(k->jatuh_tempo, &due) != 0 || due >= today)) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_SENGKETA_BARU_DAPAT_DICATAT);
    }
    sl_db_exec(c->db, "kb_sengketa", NULL,
               SL_ARGS(k->id, reg, filed, stage, *result ? result : NULL,
                       *sl_field(c, "uraian_hasil") ? sl_field(c, "uraian_hasil") : NULL,
                       *decided ? decided : NULL, c->session->user_id));
    {
        const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
        sl_day decided_day = 0;
        int decided = strcmp((k->status ? k->status : ""), "diputus") == 0
                      && sl_wib_day(k->diputus_pada, &decided_day) == 0;
        if (cal && sl_day_parse_iso(k->jatuh_tempo, &due) == 0
            && sl_sengketa_terlambat(cal, decided, decided_day, due, filed_day)) {
            reg_note = SIALIP_MSG_DIDAFTARKAN_SETELAH_BATAS_HARI;
        }
    }
    sl_audit(c, &(sl_audit_entry){"sengketa", "keberatan",
                                  apr_table_get(c->params, "nomor"), NULL,
                                  apr_psprintf(p, SIALIP_MSG_SENGKETA_DICATAT, reg, reg_note,
                                               sl_choice_label(sl_tahap_sengketa_choices, stage),
                                               *result ? apr_psprintf(p, SIALIP_MSG_HASIL,
                                                   sl_choice_label(sl_hasil_sengketa_choices,
                                                                   result)) : ""), 1});
    return sialip_keberatan_selesai(c, k);
}
