/* Court cases (UU 14/2008 Pasal 47-50): after the Komisi Informasi decides a
 * dispute, a party may sue at the PTUN (a public body is the respondent) or
 * the district court, and appeal to the Supreme Court.  The PPID desk
 * records the case with its court's last stage; the request page shows it
 * and the annual report counts it. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "alur.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_perkara_stmts[] = {
    /* The objection and its dispute, locked while the case is written. */
    {"pk_kunci",
     "SELECT s.id, s.tahap, s.didaftarkan_pada, p.nomor FROM keberatan k "
     "JOIN permohonan p ON p.id = k.permohonan_id "
     "LEFT JOIN sengketa s ON s.keberatan_id = k.id WHERE k.nomor = %s "
     "FOR UPDATE"},
    {"pk_simpan",
     "INSERT INTO perkara (sengketa_id, pengadilan, nomor_perkara, didaftarkan_pada, "
     "hasil, diputus_pada, dicatat_oleh) VALUES (%s, %s, %s, %s, %s, %s, %s) "
     "ON DUPLICATE KEY UPDATE pengadilan = VALUES(pengadilan), "
     "nomor_perkara = VALUES(nomor_perkara), "
     "didaftarkan_pada = VALUES(didaftarkan_pada), hasil = VALUES(hasil), "
     "diputus_pada = VALUES(diputus_pada), dicatat_oleh = VALUES(dicatat_oleh)"},
    {"pk_lihat",
     "SELECT pengadilan, nomor_perkara, didaftarkan_pada, hasil, diputus_pada "
     "FROM perkara WHERE sengketa_id = %s"},
    {NULL, NULL}
};

static const sl_choice pengadilan_choices[] = {
    {"ptun", "Pengadilan Tata Usaha Negara"},
    {"pn", "Pengadilan Negeri"},
    {"ma", "Mahkamah Agung (kasasi)"},
    {NULL, NULL}
};

static const sl_choice hasil_choices[] = {
    {"dikabulkan", "Gugatan dikabulkan"},
    {"dikabulkan_sebagian", "Gugatan dikabulkan sebagian"},
    {"ditolak", "Gugatan ditolak"},
    {"tidak_diterima", "Gugatan tidak dapat diterima"},
    {"dicabut", "Gugatan dicabut"},
    {NULL, NULL}
};

void sialip_perkara_xml(sl_ctx *c, xmlNodePtr sengketa, const char *sengketa_id)
{
    sl_rows *rows;
    xmlNodePtr node;

    if (sl_db_select(c->db, "pk_lihat", &rows, SL_ARGS(sengketa_id)) != 0
        || rows->nrows != 1) {
        return;
    }
    node = sl_xml_node(sengketa, "perkara");
    sl_xml_attr(node, "pengadilan", sl_rows_get(rows, 0, 0));
    sl_xml_text(node, "pengadilan_teks", sl_choice_label(pengadilan_choices,
                                                         sl_rows_get(rows, 0, 0)));
    sl_xml_text(node, "nomor_perkara", sl_rows_get(rows, 0, 1));
    sl_xml_text(node, "didaftarkan", sl_rows_get(rows, 0, 2));
    sl_xml_attr(node, "hasil", sl_rows_get(rows, 0, 3));
    sl_xml_text(node, "hasil_teks", sl_rows_get(rows, 0, 3)
                ? sl_choice_label(hasil_choices, sl_rows_get(rows, 0, 3))
                : NULL);
    sl_xml_text(node, "diputus", sl_rows_get(rows, 0, 4));
}

int sialip_perkara_record_case(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *court = sl_field(c, "pengadilan"), *number = sl_field(c, "nomor_perkara");
    const char *filed = sl_field(c, "didaftarkan_pada"), *result = sl_field(c, "hasil");
    const char *decided = sl_field(c, "diputus_pada");
    sl_day filed_day, decided_day, dispute_day, today = sl_today_wib();
    sl_rows *k;

    if (!sl_choice_known(pengadilan_choices, court) || !*number || strlen(number) > 64
        || sl_day_parse_iso(filed, &filed_day) != 0 || filed_day > today
        || (*result && !sl_choice_known(hasil_choices, result))
        || (*decided && (sl_day_parse_iso(decided, &decided_day) != 0
                         || decided_day < filed_day || decided_day > today))) {
        return alur_ditolak(c, SIALIP_MSG_PILIH_PENGADILAN_ISI_NOMOR);
    }
    if (sl_db_begin(c->db) != 0) {
        return alur_gangguan(c);
    }
    if (sl_db_select(c->db, "pk_kunci", &k,
                     SL_ARGS(apr_table_get(c->params, "nomor"))) != 0) {
        return alur_gangguan(c);
    }
    if (k->nrows != 1) {
        sl_db_rollback(c->db);
        return sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_KEBERATAN_TIDAK_DITEMUKAN,
                             SIALIP_MSG_PERIKSA_KEMBALI_NOMOR_KEBERATAN);
    }
    /* Pasal 47: a court case follows the Komisi Informasi's decision. */
    if (strcmp(sl_rows_get_or(k, 0, 1, ""), "selesai") != 0) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_PERKARA_PENGADILAN_DICATAT_SETELAH);
    }
    if (sl_day_parse_iso(sl_rows_get(k, 0, 2), &dispute_day) == 0
        && filed_day < dispute_day) {
        sl_db_rollback(c->db);
        return alur_ditolak(c, SIALIP_MSG_TANGGAL_PENDAFTARAN_PERKARA_TIDAK);
    }
    sl_db_exec(c->db, "pk_simpan", NULL,
               SL_ARGS(sl_rows_get(k, 0, 0), court, number, filed,
                       *result ? result : NULL, *decided ? decided : NULL,
                       c->session->user_id));
    sl_audit(c, &(sl_audit_entry){"perkara", "keberatan",
                                  apr_table_get(c->params, "nomor"), NULL,
                                  apr_psprintf(p, SIALIP_MSG_PERKARA_PENGADILAN_DICATAT, number,
                                               sl_choice_label(pengadilan_choices, court),
                                               *result ? apr_psprintf(p, SIALIP_MSG_HASIL,
                                                   sl_choice_label(hasil_choices, result))
                                                       : ""), 1});
    return alur_simpan_lalu_tampil(c, sl_rows_get(k, 0, 3), "#keberatan");
}
