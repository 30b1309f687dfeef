/* The dispute dossier (berkas sengketa): for a request whose objection
 * went to the Komisi Informasi, what the PPID brings to mediation or
 * adjudication on one printable page (/admin/permohonan/{nomor}/sengketa)
 * and as XML (.../sengketa.xml): the request and its receipt, the
 * dispositions and the OPDs' answers, the written notice, the objection
 * and its decision, the dispute, each with its date, its deadline and
 * whether the deadline was met, and the chronology from the audit trail.
 *
 * The applicant's identity and contact data are left out: the dossier is
 * about what the PPID did and when, and it is printed and handed on. */
#include <string.h>
#include <httpd.h>
#include <apr_strings.h>
#include "calendar.h"
#include "sl_xmlrow.h"
#include "alur.h"
#include "label.h"
#include "permohonan_rules.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_berkas_sengketa_stmts[] = {
    {"bs_permohonan",
     "SELECT p.id, p.nomor, p.jenis_pemohon, p.kanal, p.diterima_pada, p.hari_nol, "
     "p.jatuh_tempo, p.jatuh_tempo_perpanjangan, p.alasan_perpanjangan, "
     "p.diperpanjang_pada, p.status, p.rincian, p.tujuan "
     "FROM permohonan p WHERE p.nomor = %s"},
    {"bs_disposisi",
     "SELECT o.nama AS `<opd>`, d.status AS `@status`, d.catatan AS `<catatan>`, "
     "d.jawaban AS `<jawaban>`, d.dibuat_pada, d.dijawab_pada "
     "FROM disposisi d JOIN opd o ON o.id = d.opd_id WHERE d.permohonan_id = %s "
     "ORDER BY d.dibuat_pada, d.id"},
    {"bs_pemberitahuan",
     "SELECT pt.nomor, pt.keputusan, pt.diterbitkan_pada, "
     "DATE(pt.diterbitkan_pada + INTERVAL 7 HOUR) <= "
     "COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo), pt.biaya "
     "FROM pemberitahuan pt JOIN permohonan p ON p.id = pt.permohonan_id "
     "WHERE pt.permohonan_id = %s"},
    {"bs_keberatan",
     "SELECT k.nomor, k.alasan AS `<alasan>`, k.uraian AS `<uraian>`, k.diterima_pada, "
     "k.jatuh_tempo, k.putusan AS `<putusan>`, k.alasan_putusan AS `<alasan_putusan>`, "
     "k.diputus_pada, DATE(k.diputus_pada + INTERVAL 7 HOUR) <= k.jatuh_tempo, "
     "s.nomor_register AS `sengketa/<nomor_register>`, s.didaftarkan_pada, s.tahap, "
     "s.hasil AS `sengketa/<hasil>`, s.uraian_hasil AS `sengketa/<uraian_hasil>`, "
     "s.diputus_pada "
     "FROM keberatan k JOIN sengketa s ON s.keberatan_id = k.id "
     "WHERE k.permohonan_id = %s ORDER BY k.id"},
    /* Who did what when; the before/after texts stay on the request page. */
    {"bs_riwayat",
     "SELECT a.waktu AS `@iso`, a.aktor AS `@aktor`, a.aksi AS `@aksi`, "
     "a.objek AS `@objek`, a.objek_id AS `@objek_id` FROM audit a "
     "WHERE (a.objek = 'permohonan' AND a.objek_id = %s) "
     "OR (a.objek = 'keberatan' AND a.objek_id IN "
     " (SELECT k.nomor FROM keberatan k WHERE k.permohonan_id = %s)) "
     "ORDER BY a.waktu, a.id"},
    {NULL, NULL}
};

/* The aliased columns of bs_disposisi, bs_keberatan (the objection, then
 * its dispute) and bs_riwayat go to the XML as they are named (sl_xmlrow.h);
 * the times also as WIB text and the deadlines are added one by one. */

/* <name iso="UTC">WIB text</name> for a DATETIME. */
static void waktu(sl_ctx *c, xmlNodePtr parent, const char *name, const char *utc)
{
    if (utc) {
        sl_xml_attr(sl_xml_text(parent, name, sl_wib_text(c->r->pool, utc)), "iso", utc);
    }
}

/* <name iso="YYYY-MM-DD">Jumat, 13 Maret 2026</name> for a DATE. */
static void tanggal(sl_ctx *c, xmlNodePtr parent, const char *name, const char *iso)
{
    sl_day day;
    if (iso) {
        sl_xml_attr(sl_xml_text(parent, name, sl_day_parse_iso(iso, &day) == 0
                                ? sl_day_long_id(c->r->pool, day) : iso), "iso", iso);
    }
}

/* <tenggat tanggal="..." tepat="ya|tidak|belum">: a deadline and whether
 * the step it governs was done by then (belum: not done yet). */
static void tenggat(sl_ctx *c, xmlNodePtr parent, const char *due, const char *done,
                    const char *met)
{
    xmlNodePtr t = sl_xml_node(parent, "tenggat");
    sl_day day;
    sl_xml_attr(t, "tanggal", due);
    if (due && sl_day_parse_iso(due, &day) == 0) {
        sl_xml_attr(t, "teks", sl_day_long_id(c->r->pool, day));
    }
    sl_xml_attr(t, "tepat", !done ? "belum" : (met && strcmp(met, "1") == 0) ? "ya" : "tidak");
}

static void permohonan(sl_ctx *c, xmlNodePtr res, const sl_rows *p, const char *tempo)
{
    xmlNodePtr e = sl_xml_node(res, "permohonan");

    sl_xml_attr(e, "nomor", sl_rows_get(p, 0, 1));
    sl_xml_attr(e, "status", sl_rows_get(p, 0, 10));
    sl_xml_text(e, "jenis_pemohon", sl_choice_label(sl_jenis_pemohon_choices,
                                                    sl_rows_get(p, 0, 2)));
    sl_xml_text(e, "kanal", sl_choice_label(sl_kanal_choices, sl_rows_get(p, 0, 3)));
    waktu(c, e, "diterima", sl_rows_get(p, 0, 4));
    tanggal(c, e, "hari_nol", sl_rows_get(p, 0, 5));
    tanggal(c, e, "jatuh_tempo", sl_rows_get(p, 0, 6));
    if (sl_rows_get(p, 0, 7)) {
        xmlNodePtr x = sl_xml_node(e, "perpanjangan");
        waktu(c, x, "pada", sl_rows_get(p, 0, 9));
        tanggal(c, x, "jatuh_tempo", sl_rows_get(p, 0, 7));
        sl_xml_text(x, "alasan", sl_rows_get(p, 0, 8));
    }
    sl_xml_attr(e, "tempo", tempo);
    sl_xml_text(e, "rincian", sl_rows_get(p, 0, 11));
    sl_xml_text(e, "tujuan", sl_rows_get(p, 0, 12));
}

static int muat(sl_ctx *c, int *status)
{
    apr_pool_t *p = c->r->pool;
    const char *nomor = apr_table_get(c->params, "nomor");
    const char *id, *tempo;
    sl_rows *req, *disp, *pt, *kb, *aud;
    sl_page *page;
    xmlNodePtr res, list;
    int i;

    if (sl_db_select(c->db, "bs_permohonan", &req, SL_ARGS(nomor)) != 0) {
        *status = alur_gangguan(c);
        return -1;
    }
    if (req->nrows != 1) {
        *status = alur_tidak_ditemukan(c);
        return -1;
    }
    id = sl_rows_get(req, 0, 0);
    tempo = sl_rows_get(req, 0, 7) ? sl_rows_get(req, 0, 7) : sl_rows_get(req, 0, 6);
    if (sl_db_select(c->db, "bs_keberatan", &kb, SL_ARGS(id)) != 0
        || sl_db_select(c->db, "bs_disposisi", &disp, SL_ARGS(id)) != 0
        || sl_db_select(c->db, "bs_pemberitahuan", &pt, SL_ARGS(id)) != 0
        || sl_db_select(c->db, "bs_riwayat", &aud, SL_ARGS(nomor, id)) != 0) {
        *status = alur_gangguan(c);
        return -1;
    }
    if (kb->nrows == 0) {
        *status = sl_error_page(c, HTTP_NOT_FOUND, SIALIP_MSG_TIDAK_ADA_SENGKETA,
                                apr_psprintf(p, SIALIP_MSG_SENGKETA_TIDAK_DIAJUKAN,
                                             nomor));
        return -1;
    }

    page = sl_ctx_page(c, "berkas-sengketa",
                       apr_psprintf(p, SIALIP_MSG_SENGKETA_BERKAS_JUDUL,
                                    nomor), "berkas_sengketa");
    res = page->resource;
    sl_xml_attr(res, "nomor", nomor);
    waktu(c, res, "dicetak", sl_utc_format(p, apr_time_sec(apr_time_now())));
    permohonan(c, res, req, tempo);

    list = sl_xml_node(res, "disposisi_daftar");
    for (i = 0; i < disp->nrows; i++) {
        xmlNodePtr d = sl_xml_node(list, "disposisi");
        sl_xml_row(d, disp, i, NULL);
        waktu(c, d, "dibuat", sl_rows_get(disp, i, 4));
        waktu(c, d, "dijawab", sl_rows_get(disp, i, 5));
    }

    {
        xmlNodePtr n = sl_xml_node(res, "pemberitahuan");
        if (pt->nrows == 1) {
            sl_xml_attr(n, "nomor", sl_rows_get(pt, 0, 0));
            sl_xml_attr(n, "keputusan", sl_rows_get(pt, 0, 1));
            waktu(c, n, "diterbitkan", sl_rows_get(pt, 0, 2));
            sl_xml_text(n, "biaya", sl_rows_get(pt, 0, 4));
        }
        tenggat(c, n, tempo, pt->nrows == 1 ? sl_rows_get(pt, 0, 2) : NULL,
                pt->nrows == 1 ? sl_rows_get(pt, 0, 3) : NULL);
    }

    for (i = 0; i < kb->nrows; i++) {
        xmlNodePtr k = sl_xml_node(res, "keberatan"), s;
        sl_xml_attr(k, "nomor", sl_rows_get(kb, i, 0));
        sl_xml_row(k, kb, i, NULL);
        waktu(c, k, "diterima", sl_rows_get(kb, i, 3));
        waktu(c, k, "diputus", sl_rows_get(kb, i, 7));
        tenggat(c, k, sl_rows_get(kb, i, 4), sl_rows_get(kb, i, 7), sl_rows_get(kb, i, 8));
        s = sl_xml_node(k, "sengketa");
        sl_xml_attr(s, "tahap", sl_rows_get(kb, i, 11));
        sl_xml_row(s, kb, i, "sengketa");
        tanggal(c, s, "didaftarkan", sl_rows_get(kb, i, 10));
        tanggal(c, s, "diputus", sl_rows_get(kb, i, 14));
    }

    list = sl_xml_node(res, "kronologi");
    for (i = 0; i < aud->nrows; i++) {
        xmlNodePtr ev = sl_xml_node(list, "peristiwa");
        sl_xml_row(ev, aud, i, NULL);
        sl_xml_attr(ev, "aksi_teks", sl_choice_label(sialip_aksi_choices,
                                                     sl_rows_get(aud, i, 2)));
        xmlNodeAddContent(ev, BAD_CAST sl_wib_text(p, sl_rows_get(aud, i, 0)));
    }
    *status = sl_page_send(page, HTTP_OK);
    return 0;
}

int sialip_berkas_sengketa(sl_ctx *c)
{
    int status = OK;
    muat(c, &status);
    return status;
}
