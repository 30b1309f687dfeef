/* Monitoring reports: per innovation and period the officer records each
 * indicator's actual value with its evidence and a narrative, saves drafts
 * and submits (monitoring_isi.c); the evaluator verifies or returns the
 * report with a note.  Here: the report page, verification and the
 * evidence download.  A report not submitted by the period's due date is
 * late; one submitted after it is marked as submitted late. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "escape.h"
#include "filetype.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_store.h"
#include "sl_module.h"
#include "dbrow.h"
#include "monitoring.h"
#include "inovasi_messages.h"

#define LAPORAN_PILIH \
    "SELECT id, status, narasi, catatan_evaluator, diubah_pada, diajukan_pada, " \
    "diverifikasi_pada, (SELECT username FROM pengguna WHERE id = verifikator_id), " \
    "DATE(diajukan_pada + INTERVAL 7 HOUR) FROM inovasi_laporan " \
    "WHERE inovasi_id = %s AND periode_id = %s"

const sl_stmt_def inovasi_monitoring_stmts[] = {
    {"lap_periode",
     "SELECT id, tahun, jenis, nomor, mulai, selesai, tenggat, "
     "tenggat < " HARI_INI " FROM inovasi_periode WHERE id = %s"},
    {"lap_muat", LAPORAN_PILIH},
    {"lap_muat_kunci", LAPORAN_PILIH " FOR UPDATE"},
    {"lap_indikator",
     "SELECT ind.id, ind.dimensi, ind.nama, ind.satuan, ind.baseline, "
     "ind.target, ind.arah, ind.bobot, v.nilai, v.bukti_tautan, "
     "v.bukti_berkas_id, b.nama_asli, b.mime "
     "FROM inovasi_indikator ind LEFT JOIN inovasi_laporan_nilai v "
     "ON v.indikator_id = ind.id AND v.laporan_id = %s "
     "LEFT JOIN berkas b ON b.id = v.bukti_berkas_id "
     "JOIN inovasi_periode p ON p.id = %s "
     "WHERE ind.inovasi_id = %s "
     /* the design version valid for this period (106_inovasi_beku.sql) */
     "AND (ind.berlaku_mulai IS NULL OR ind.berlaku_mulai <= p.selesai) "
     "AND (ind.berlaku_sampai IS NULL OR ind.berlaku_sampai >= p.selesai) "
     "ORDER BY FIELD(ind.dimensi, 'output', "
     "'kemanfaatan', 'keberlanjutan'), ind.id"},
    {"lap_verifikasi",
     "UPDATE inovasi_laporan SET status = %s, catatan_evaluator = %s, "
     "verifikator_id = %s, diverifikasi_pada = IF(%s = 'diverifikasi', "
     "UTC_TIMESTAMP(), NULL) WHERE id = %s AND status = 'diajukan'"},
    {"lap_bukti",
     "SELECT b.sha256, b.mime, b.nama_asli FROM inovasi_laporan l "
     "JOIN inovasi_laporan_nilai v ON v.laporan_id = l.id "
     "JOIN berkas b ON b.id = v.bukti_berkas_id "
     "WHERE l.inovasi_id = %s AND l.periode_id = %s AND v.indikator_id = %s"},
    {NULL, NULL}
};

/* The columns of LAPORAN_PILIH and of lap_indikator, in order. */
#define L(m) SL_COLUMN(inovasi_laporan_baris, m)
static const size_t laporan_kolom[] = {
    L(id), L(status), L(narasi), L(catatan), L(diubah_pada), L(diajukan_pada),
    L(diverifikasi_pada), L(verifikator), L(diajukan_tanggal)
};
#undef L
#define N(m) SL_COLUMN(inovasi_laporan_nilai, m)
static const size_t nilai_kolom[] = {
    N(id), N(dimensi), N(nama), N(satuan), N(baseline), N(target), N(arah), N(bobot),
    N(nilai), N(tautan), N(berkas_id), N(berkas_nama), N(berkas_mime)
};
#undef N

int inovasi_laporan_terbuka(const char *status)
{
    return !status || strcmp(status, "draf") == 0
           || strcmp(status, "dikembalikan") == 0;
}

void inovasi_laporan_keterlambatan(xmlNodePtr n, const char *status, const char *lewat,
                                   const char *diajukan, const char *tenggat, int sebelum)
{
    int submitted = status && (strcmp(status, "diajukan") == 0
                               || strcmp(status, "diverifikasi") == 0);
    if (!submitted && sebelum) {
        sl_xml_attr(n, "sebelum_daftar", "1");
    }
    else if (!submitted && lewat && strcmp(lewat, "1") == 0) {
        sl_xml_attr(n, "terlambat", "1");
    }
    if (diajukan && tenggat && strcmp(diajukan, tenggat) > 0) {
        sl_xml_attr(n, "diajukan_terlambat", "1");
    }
}

/* ---- one report --------------------------------------------------------- */

/* Whether the period ending on selesai is one of the registration year's
 * that ended before the innovation (a profile row) was registered, as
 * lap_daftar decides in SQL.  A past year's innovation entered later still
 * owes its periods. */
static int sebelum_daftar(const sl_rows *inovasi, const char *selesai)
{
    sl_day made, end;
    int ym, ye, m, d;
    const char *dibuat = sl_rows_named(inovasi, 0, "dibuat_pada");
    if (!dibuat || !selesai || sl_wib_day(dibuat, &made) != 0
        || sl_day_parse_iso(selesai, &end) != 0) {
        return 0;
    }
    sl_day_to_ymd(made, &ym, &m, &d);
    sl_day_to_ymd(end, &ye, &m, &d);
    return ym == ye && end < made;
}

/* The report row of LAPORAN_PILIH, or NULL when there is none. */
static const inovasi_laporan_baris *laporan_baris(apr_pool_t *p, const sl_rows *rows)
{
    inovasi_laporan_baris *b;
    if (rows->nrows == 0) {
        return NULL;
    }
    b = apr_pcalloc(p, sizeof(*b));
    sl_rows_read(rows, 0, b, laporan_kolom, sizeof(laporan_kolom) / sizeof(size_t));
    return b;
}

int inovasi_laporan_kunci(sl_ctx *c, const char *id, const char *periode_id,
                          const inovasi_laporan_baris **out)
{
    sl_rows *rows;
    *out = NULL;
    if (sl_db_select(c->db, "lap_muat_kunci", &rows, SL_ARGS(id, periode_id)) != 0) {
        return -1;
    }
    *out = laporan_baris(c->r->pool, rows);
    return 0;
}

/* The rows of lap_indikator. */
static const inovasi_laporan_nilai *nilai_baris(apr_pool_t *p, const sl_rows *rows)
{
    inovasi_laporan_nilai *v = apr_pcalloc(p, sizeof(*v) * (size_t)(rows->nrows + 1));
    int i;
    for (i = 0; i < rows->nrows; i++) {
        sl_rows_read(rows, i, &v[i], nilai_kolom, sizeof(nilai_kolom) / sizeof(size_t));
    }
    return v;
}

int inovasi_laporan_muat(sl_ctx *c, inovasi_laporan_ctx *l, unsigned semua, int *sent)
{
    int failed;
    const char *lap_id, *berakhir;
    sl_rows *rows;

    *sent = 1;
    l->id = inovasi_param_id(c, "id");
    l->periode_id = inovasi_param_id(c, "periode");
    if (!l->id || !l->periode_id) {
        return inovasi_tidak_ada(c);
    }
    l->inovasi = inovasi_muat(c, l->id, semua, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!l->inovasi) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_select(c->db, "lap_periode", &l->periode, SL_ARGS(l->periode_id)) != 0) {
        return inovasi_gangguan(c);
    }
    /* Periods from the registration year on, while the innovation runs. */
    berakhir = sl_rows_named(l->inovasi, 0, "berakhir");
    if (l->periode->nrows != 1
        || atoi(sl_rows_get_or(l->periode, 0, 1, "0"))
           < atoi(sl_rows_named(l->inovasi, 0, "tahun"))
        || (berakhir && strcmp(sl_rows_get_or(l->periode, 0, 4, ""), berakhir) > 0)) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_select(c->db, c->db->in_transaction ? "lap_muat_kunci" : "lap_muat",
                     &rows, SL_ARGS(l->id, l->periode_id)) != 0) {
        return inovasi_gangguan(c);
    }
    l->laporan = laporan_baris(c->r->pool, rows);
    lap_id = l->laporan ? l->laporan->id : "0";
    if (sl_db_select(c->db, "lap_indikator", &rows,
                     SL_ARGS(lap_id, l->periode_id, l->id)) != 0) {
        return inovasi_gangguan(c);
    }
    l->indikator = nilai_baris(c->r->pool, rows);
    l->nindikator = rows->nrows;
    *sent = 0;
    return OK;
}

static const char *status_of(const inovasi_laporan_ctx *l)
{
    return l->laporan ? l->laporan->status : NULL;
}

const char *inovasi_laporan_alamat(sl_ctx *c, const inovasi_laporan_ctx *l)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/inovasi/", l->id,
                       "/laporan/", l->periode_id, NULL);
}

int inovasi_laporan_tampil(sl_ctx *c, const inovasi_laporan_ctx *l, int status,
                           apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    const char *st = status_of(l);
    const char *tahun = sl_rows_named(l->inovasi, 0, "tahun");
    sl_page *page;
    xmlNodePtr res, inov, per, isian;
    inovasi_capaian cap;
    inovasi_bobot_tahun w;
    inovasi_pita_tahun pita;
    int i;

    if (inovasi_bobot_dimensi(c, tahun, &w) != 0 || inovasi_pita(c, tahun, &pita) != 0) {
        return inovasi_gangguan(c);
    }
    page = sl_ctx_page(c, "laporan",
                       apr_psprintf(p, INOVASI_MSG_JUDUL_LAPORAN,
                                    inovasi_nama_periode(p, sl_rows_get(l->periode, 0, 2),
                                            sl_rows_get(l->periode, 0, 3), tahun)), "laporan");
    res = page->resource;
    sl_xml_attr(res, "status", st ? st : "belum");
    sl_xml_attr(res, "status_label", inovasi_label(inovasi_status_laporan,
                                                   st ? st : "belum"));
    if (inovasi_milik_opd(c, l->inovasi) && inovasi_laporan_terbuka(st)) {
        sl_xml_attr(res, "boleh_ubah", "1");
    }
    if ((c->session->roles & INOVASI_EVALUATOR) && st && strcmp(st, "diajukan") == 0) {
        sl_xml_attr(res, "boleh_verifikasi", "1");
    }
    inov = sl_xml_text(res, "inovasi", sl_rows_named(l->inovasi, 0, "nama"));
    sl_xml_attr(inov, "id", l->id);
    sl_xml_attr(inov, "opd", sl_rows_named(l->inovasi, 0, "opd_nama"));
    sl_xml_attr(inov, "tahun", tahun);
    per = sl_xml_text(res, "periode", inovasi_nama_periode(p,
                      sl_rows_get(l->periode, 0, 2), sl_rows_get(l->periode, 0, 3),
                      tahun));
    sl_xml_attr(per, "id", l->periode_id);
    sl_xml_attr(per, "mulai", sl_rows_get(l->periode, 0, 4));
    sl_xml_attr(per, "selesai", sl_rows_get(l->periode, 0, 5));
    sl_xml_attr(per, "tenggat", sl_rows_get(l->periode, 0, 6));
    inovasi_laporan_keterlambatan(per, st, sl_rows_get(l->periode, 0, 7),
             l->laporan ? l->laporan->diajukan_tanggal : NULL, sl_rows_get(l->periode, 0, 6),
             sebelum_daftar(l->inovasi, sl_rows_get(l->periode, 0, 5)));
    if (l->laporan) {
        sl_xml_text(res, "narasi", l->laporan->narasi);
        sl_xml_text(res, "catatan", l->laporan->catatan);
        sl_xml_text(res, "diubah_pada", sl_wib_text(p, l->laporan->diubah_pada));
        sl_xml_text(res, "diajukan_pada", sl_wib_text(p, l->laporan->diajukan_pada));
        sl_xml_text(res, "diverifikasi_pada", sl_wib_text(p, l->laporan->diverifikasi_pada));
        if (!inovasi_anonim(c)) {       /* evaluators stay anonymous to OPDs */
            sl_xml_text(res, "verifikator", l->laporan->verifikator);
        }
    }

    /* The achievement these values give (a preview until verified). */
    memset(&cap, 0, sizeof(cap));
    cap.id = l->id;
    cap.tahun = tahun;
    cap.indikator = apr_array_make(p, 8, sizeof(inovasi_ind));
    memcpy(cap.bobot_dimensi, w.bobot, sizeof(cap.bobot_dimensi));
    for (i = 0; i < l->nindikator; i++) {
        inovasi_ind *ind = apr_array_push(cap.indikator);
        ind->id = l->indikator[i].id;
        ind->dimensi = l->indikator[i].dimensi;
        ind->nama = l->indikator[i].nama;
        ind->satuan = l->indikator[i].satuan;
        ind->baseline = l->indikator[i].baseline;
        ind->target = l->indikator[i].target;
        ind->arah = l->indikator[i].arah;
        ind->bobot = l->indikator[i].bobot;
        ind->nilai = l->indikator[i].nilai;
    }
    inovasi_capaian_selesai(&cap);
    {
        xmlNodePtr capn = inovasi_capaian_xml(c, res, &cap, &pita, 1);
        xmlNodePtr in;
        /* Evidence beside each indicator's value. */
        for (in = capn->children, i = 0; in; in = in->next) {
            if (in->type != XML_ELEMENT_NODE
                || xmlStrcmp(in->name, (const xmlChar *)"indikator") != 0) {
                continue;
            }
            sl_xml_text(in, "tautan", l->indikator[i].tautan);
            if (l->indikator[i].berkas_id) {
                xmlNodePtr b = sl_xml_text(in, "berkas", l->indikator[i].berkas_nama);
                sl_xml_attr(b, "mime", l->indikator[i].berkas_mime);
            }
            i++;
        }
    }

    /* The form as typed (after a refusal) or as stored. */
    isian = sl_xml_node(res, "isian");
    inovasi_isian(isian, "narasi", c->form ? sl_field(c, "narasi")
                  : (l->laporan ? l->laporan->narasi : ""));
    for (i = 0; i < l->nindikator; i++) {
        const char *iid = l->indikator[i].id;
        const char *nn = apr_pstrcat(p, "nilai_", iid, NULL);
        const char *tn = apr_pstrcat(p, "tautan_", iid, NULL);
        inovasi_isian(isian, nn, c->form ? sl_field(c, nn)
                      : inovasi_desimal(p, l->indikator[i].nilai));
        inovasi_isian(isian, tn, c->form ? sl_field(c, tn)
                      : l->indikator[i].tautan);
    }
    inovasi_galat_xml(res, errors);
    sl_xml_text(res, "batas_unggah", apr_psprintf(p, "%" APR_SIZE_T_FMT,
                c->settings->limits.max_file_bytes / (1024 * 1024)));
    return sl_page_send(page, status);
}

int inovasi_monitoring_lihat(sl_ctx *c)
{
    inovasi_laporan_ctx l;
    int sent, rv = inovasi_laporan_muat(c, &l, INOVASI_SEMUA_OPD, &sent);
    return sent ? rv : inovasi_laporan_tampil(c, &l, HTTP_OK, NULL);
}

/* ---- verification -------------------------------------------------------- */

int inovasi_monitoring_verifikasi(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *aksi = sl_field(c, "aksi");
    const char *target, *catatan;
    inovasi_laporan_ctx l;
    int sent, rv, n = 0;

    if (!(target = inovasi_status_periksa(aksi))) {
        return inovasi_aksi_salah(c, INOVASI_MSG_PILIH_PERIKSA);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    rv = inovasi_laporan_muat(c, &l, INOVASI_EVALUATOR, &sent);
    if (sent) {
        return rv;
    }
    if (inovasi_opd_sendiri(c, l.inovasi)) {
        return inovasi_ditolak(c, INOVASI_MSG_PERIKSA_LAPORAN_OPD_SENDIRI);
    }
    if (!status_of(&l) || strcmp(status_of(&l), "diajukan") != 0) {
        return inovasi_ditolak(c, INOVASI_MSG_LAPORAN_BUKAN_MENUNGGU_PERIKSA);
    }
    catatan = inovasi_teks(c, errors, "catatan", INOVASI_MSG_LABEL_CATATAN_EVALUATOR, 5000,
                           strcmp(target, "dikembalikan") == 0);
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return inovasi_laporan_tampil(c, &l, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    sl_db_exec(c->db, "lap_verifikasi", &n,
               SL_ARGS(target, *catatan ? catatan : NULL, c->session->user_id,
                       target, l.laporan->id));
    sl_audit(c, &(sl_audit_entry){apr_pstrcat(p, aksi, "_laporan", NULL), "laporan",
             l.laporan->id,
             inovasi_json(p, "status", "diajukan", NULL),
             inovasi_json(p, "status", target, "catatan", *catatan ? catatan : NULL,
                          NULL), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, inovasi_laporan_alamat(c, &l));
}

/* ---- evidence download --------------------------------------------------- */

int inovasi_monitoring_bukti(sl_ctx *c)
{
    const char *id = inovasi_param_id(c, "id");
    const char *periode = inovasi_param_id(c, "periode");
    const char *ind = inovasi_param_id(c, "indikator");
    const sl_rows *row;
    int failed;

    if (!id || !periode || !ind) {
        return inovasi_tidak_ada(c);
    }
    row = inovasi_muat(c, id, INOVASI_SEMUA_OPD, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!row) {
        return inovasi_tidak_ada(c);
    }
    return inovasi_berkas_kirim(c, "lap_bukti", SL_ARGS(id, periode, ind));
}
