/* Monitoring reports: per innovation and period the officer records each
 * indicator's actual value with its evidence (a file in the shared store,
 * typed by its first bytes, or a link) and a narrative, saves drafts and
 * submits; the evaluator verifies or returns the report with a note.  A
 * report not submitted by the period's due date is late; one submitted
 * after it is marked as submitted late. */
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
#include "inovasi.h"

/* Today in WIB, in SQL. */
#define HARI_INI "DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR)"

#define LAPORAN_PILIH \
    "SELECT id, status, narasi, catatan_evaluator, diubah_pada, diajukan_pada, " \
    "diverifikasi_pada, (SELECT username FROM pengguna WHERE id = verifikator_id), " \
    "DATE(diajukan_pada + INTERVAL 7 HOUR) FROM inovasi_laporan " \
    "WHERE inovasi_id = %s AND periode_id = %s"

static const sl_stmt_def statements[] = {
    {"lap_periode",
     "SELECT id, tahun, jenis, nomor, mulai, selesai, tenggat, "
     "tenggat < " HARI_INI " FROM inovasi_periode WHERE id = %s"},
    {"lap_muat", LAPORAN_PILIH},
    {"lap_muat_kunci", LAPORAN_PILIH " FOR UPDATE"},
    {"lap_kunci_inovasi", "SELECT id FROM inovasi WHERE id = %s FOR UPDATE"},
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
    /* A second officer saving the first draft at the same moment waits on
     * the unique key, then finds the row. */
    {"lap_buat",
     "INSERT INTO inovasi_laporan (inovasi_id, periode_id, status, narasi, "
     "dibuat_pada, diubah_pada) VALUES (%s, %s, 'draf', %s, UTC_TIMESTAMP(), "
     "UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE id = id"},
    {"lap_id_baru", "SELECT LAST_INSERT_ID()"},
    {"lap_simpan",
     "UPDATE inovasi_laporan SET narasi = %s, diubah_pada = UTC_TIMESTAMP() "
     "WHERE id = %s AND status IN ('draf', 'dikembalikan')"},
    {"lap_ajukan",
     "UPDATE inovasi_laporan SET status = 'diajukan', "
     "diajukan_pada = UTC_TIMESTAMP() WHERE id = %s "
     "AND status IN ('draf', 'dikembalikan')"},
    {"lap_nilai",
     "INSERT INTO inovasi_laporan_nilai (laporan_id, indikator_id, nilai, "
     "bukti_tautan, bukti_berkas_id) VALUES (%s, %s, %s, %s, %s) "
     "ON DUPLICATE KEY UPDATE nilai = VALUES(nilai), "
     "bukti_tautan = VALUES(bukti_tautan), bukti_berkas_id = VALUES(bukti_berkas_id)"},
    {"lap_berkas",
     "INSERT INTO berkas (sha256, ukuran, mime, nama_asli, dibuat_pada) "
     "VALUES (%s, %s, %s, %s, UTC_TIMESTAMP())"},
    {"lap_verifikasi",
     "UPDATE inovasi_laporan SET status = %s, catatan_evaluator = %s, "
     "verifikator_id = %s, diverifikasi_pada = IF(%s = 'diverifikasi', "
     "UTC_TIMESTAMP(), NULL) WHERE id = %s AND status = 'diajukan'"},
    {"lap_bukti",
     "SELECT b.sha256, b.mime, b.nama_asli FROM inovasi_laporan l "
     "JOIN inovasi_laporan_nilai v ON v.laporan_id = l.id "
     "JOIN berkas b ON b.id = v.bukti_berkas_id "
     "WHERE l.inovasi_id = %s AND l.periode_id = %s AND v.indikator_id = %s"},
    {"lap_daftar",
     "SELECT p.id, p.jenis, p.nomor, p.tahun, p.mulai, p.selesai, p.tenggat, "
     "l.status, DATE(l.diajukan_pada + INTERVAL 7 HOUR), "
     "p.tenggat < " HARI_INI ", "
     "DATEDIFF(p.tenggat, " HARI_INI "), "
     /* ended before the innovation was registered: not owed */
     "i.dibuat_pada IS NOT NULL AND p.tahun = YEAR(i.dibuat_pada + INTERVAL 7 HOUR) "
     "AND p.selesai < DATE(i.dibuat_pada + INTERVAL 7 HOUR) "
     "FROM inovasi_periode p JOIN inovasi i ON i.id = %s "
     "LEFT JOIN inovasi_laporan l ON l.periode_id = p.id AND l.inovasi_id = i.id "
     /* from the registration year on, while the innovation runs */
     "WHERE p.tahun >= %s AND p.mulai <= COALESCE(i.berakhir, '9999-12-31') "
     "ORDER BY p.mulai, p.id"},
    {NULL, NULL}
};

/* Whether a report in status may still be changed by the officer. */
static int editable(const char *status)
{
    return !status || strcmp(status, "draf") == 0
           || strcmp(status, "dikembalikan") == 0;
}

/* late: not submitted by the due date; submitted late: after it.  A
 * period that ended before the innovation was registered (sebelum) is not
 * owed: never late, though a report may still be sent. */
static void lateness(xmlNodePtr n, const char *status, const char *lewat,
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

int inovasi_laporan_daftar_xml(sl_ctx *c, xmlNodePtr parent, const char *id,
                               const char *tahun)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr list = sl_xml_node(parent, "laporan-periode");
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "lap_daftar", &rows, SL_ARGS(id, tahun)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *status = sl_rows_get(rows, i, 7);
        xmlNodePtr n = sl_xml_node(list, "periode");
        sl_xml_attr(n, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(n, "nama", inovasi_nama_periode(p, sl_rows_get(rows, i, 1),
                                                    sl_rows_get(rows, i, 2),
                                                    sl_rows_get(rows, i, 3)));
        sl_xml_attr(n, "mulai", sl_rows_get(rows, i, 4));
        sl_xml_attr(n, "selesai", sl_rows_get(rows, i, 5));
        sl_xml_attr(n, "tenggat", sl_rows_get(rows, i, 6));
        sl_xml_attr(n, "status", status ? status : "belum");
        sl_xml_attr(n, "status_label", inovasi_label(inovasi_status_laporan,
                                                     status ? status : "belum"));
        sl_xml_attr(n, "diajukan", sl_rows_get(rows, i, 8));
        sl_xml_attr(n, "sisa_hari", sl_rows_get(rows, i, 10));
        lateness(n, status, sl_rows_get(rows, i, 9), sl_rows_get(rows, i, 8),
                 sl_rows_get(rows, i, 6),
                 strcmp(sl_rows_get_or(rows, i, 11, "0"), "1") == 0);
    }
    return 0;
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

typedef struct {
    const char *id, *periode_id;
    const sl_rows *inovasi;
    sl_rows *periode;
    sl_rows *laporan;             /* 0 or 1 row */
    sl_rows *indikator;
} laporan_ctx;

static const char *lap_get(const laporan_ctx *l, int col)
{
    return sl_rows_get(l->laporan, 0, col);
}

/* Loads the innovation (within semua's scope), the period (of the
 * innovation's year) and the report with its values.  Returns OK when
 * loaded, else the response already sent. */
static int load(sl_ctx *c, laporan_ctx *l, unsigned semua, int *sent)
{
    int failed;
    const char *lap_id, *berakhir;

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
                     &l->laporan, SL_ARGS(l->id, l->periode_id)) != 0) {
        return inovasi_gangguan(c);
    }
    lap_id = l->laporan->nrows ? lap_get(l, 0) : "0";
    if (sl_db_select(c->db, "lap_indikator", &l->indikator,
                     SL_ARGS(lap_id, l->periode_id, l->id)) != 0) {
        return inovasi_gangguan(c);
    }
    *sent = 0;
    return OK;
}

static const char *status_of(const laporan_ctx *l)
{
    return l->laporan->nrows ? lap_get(l, 1) : NULL;
}

static const char *report_path(sl_ctx *c, const laporan_ctx *l)
{
    return apr_pstrcat(c->r->pool, c->mount, "/admin/inovasi/", l->id,
                       "/laporan/", l->periode_id, NULL);
}

static int show(sl_ctx *c, laporan_ctx *l, int status,
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
    page = sl_ctx_page(c, "laporan", apr_pstrcat(p, "Laporan monitoring ",
                       inovasi_nama_periode(p, sl_rows_get(l->periode, 0, 2),
                                            sl_rows_get(l->periode, 0, 3), tahun),
                       NULL), "laporan");
    res = page->resource;
    sl_xml_attr(res, "status", st ? st : "belum");
    sl_xml_attr(res, "status_label", inovasi_label(inovasi_status_laporan,
                                                   st ? st : "belum"));
    if (inovasi_milik_opd(c, l->inovasi) && editable(st)) {
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
    lateness(per, st, sl_rows_get(l->periode, 0, 7),
             l->laporan->nrows ? lap_get(l, 8) : NULL, sl_rows_get(l->periode, 0, 6),
             sebelum_daftar(l->inovasi, sl_rows_get(l->periode, 0, 5)));
    if (l->laporan->nrows) {
        sl_xml_text(res, "narasi", lap_get(l, 2));
        sl_xml_text(res, "catatan", lap_get(l, 3));
        sl_xml_text(res, "diubah_pada", sl_wib_text(p, lap_get(l, 4)));
        sl_xml_text(res, "diajukan_pada", sl_wib_text(p, lap_get(l, 5)));
        sl_xml_text(res, "diverifikasi_pada", sl_wib_text(p, lap_get(l, 6)));
        if (!inovasi_anonim(c)) {       /* evaluators stay anonymous to OPDs */
            sl_xml_text(res, "verifikator", lap_get(l, 7));
        }
    }

    /* The achievement these values give (a preview until verified). */
    memset(&cap, 0, sizeof(cap));
    cap.id = l->id;
    cap.tahun = tahun;
    cap.indikator = apr_array_make(p, 8, sizeof(inovasi_ind));
    memcpy(cap.bobot_dimensi, w.bobot, sizeof(cap.bobot_dimensi));
    for (i = 0; i < l->indikator->nrows; i++) {
        inovasi_ind *ind = apr_array_push(cap.indikator);
        ind->id = sl_rows_get(l->indikator, i, 0);
        ind->dimensi = sl_rows_get(l->indikator, i, 1);
        ind->nama = sl_rows_get(l->indikator, i, 2);
        ind->satuan = sl_rows_get(l->indikator, i, 3);
        ind->baseline = sl_rows_get(l->indikator, i, 4);
        ind->target = sl_rows_get(l->indikator, i, 5);
        ind->arah = sl_rows_get(l->indikator, i, 6);
        ind->bobot = sl_rows_get(l->indikator, i, 7);
        ind->nilai = sl_rows_get(l->indikator, i, 8);
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
            sl_xml_text(in, "tautan", sl_rows_get(l->indikator, i, 9));
            if (sl_rows_get(l->indikator, i, 10)) {
                xmlNodePtr b = sl_xml_text(in, "berkas", sl_rows_get(l->indikator, i, 11));
                sl_xml_attr(b, "mime", sl_rows_get(l->indikator, i, 12));
            }
            i++;
        }
    }

    /* The form as typed (after a refusal) or as stored. */
    isian = sl_xml_node(res, "isian");
    inovasi_isian(isian, "narasi", c->form ? sl_field(c, "narasi")
                  : (l->laporan->nrows ? lap_get(l, 2) : ""));
    for (i = 0; i < l->indikator->nrows; i++) {
        const char *iid = sl_rows_get(l->indikator, i, 0);
        const char *nn = apr_pstrcat(p, "nilai_", iid, NULL);
        const char *tn = apr_pstrcat(p, "tautan_", iid, NULL);
        inovasi_isian(isian, nn, c->form ? sl_field(c, nn)
                      : inovasi_desimal(p, sl_rows_get(l->indikator, i, 8)));
        inovasi_isian(isian, tn, c->form ? sl_field(c, tn)
                      : sl_rows_get(l->indikator, i, 9));
    }
    inovasi_galat_xml(res, errors);
    sl_xml_text(res, "batas_unggah", apr_psprintf(p, "%" APR_SIZE_T_FMT,
                c->settings->limits.max_file_bytes / (1024 * 1024)));
    return sl_page_send(page, status);
}

static int lihat(sl_ctx *c)
{
    laporan_ctx l;
    int sent, rv = load(c, &l, INOVASI_SEMUA_OPD, &sent);
    return sent ? rv : show(c, &l, HTTP_OK, NULL);
}

/* A link to evidence: http(s), no spaces, at most 1000 characters. */
static int valid_link(const char *v)
{
    const char *rest;
    const unsigned char *q;

    if (strncmp(v, "https://", 8) == 0) {
        rest = v + 8;
    }
    else if (strncmp(v, "http://", 7) == 0) {
        rest = v + 7;
    }
    else {
        return 0;
    }
    if (!*rest || *rest == '/' || strlen(v) > 1000) {
        return 0;
    }
    for (q = (const unsigned char *)v; *q; q++) {
        if (*q <= 0x20 || *q == 0x7f || *q == '"' || *q == '<' || *q == '>') {
            return 0;
        }
    }
    return 1;
}

static const sl_upload *upload_for(sl_ctx *c, const char *field)
{
    int i;
    for (i = 0; i < c->form->files->nelts; i++) {
        const sl_upload *up = &APR_ARRAY_IDX(c->form->files, i, sl_upload);
        if (strcmp(up->field, field) == 0 && up->len > 0) {
            return up;
        }
    }
    return NULL;
}

typedef struct {
    const char *indikator_id;
    const char *nilai;             /* normalised, or NULL */
    const char *tautan;            /* or NULL */
    const char *berkas_id;         /* kept or new, or NULL */
    const sl_upload *upload;
    const sl_filetype *type;
    const char *sha;
} nilai_baru;

static int simpan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *aksi = sl_field(c, "aksi");
    int ajukan = strcmp(aksi, "ajukan") == 0;
    const char *narasi, *lap_id, *status;
    nilai_baru *vals;
    laporan_ctx l;
    int sent, rv, i, n = 0, counted = 0;
    sl_rows *rows;

    rv = load(c, &l, 0, &sent);
    if (sent) {
        return rv;
    }
    if (!inovasi_milik_opd(c, l.inovasi)) {
        return inovasi_tidak_ada(c);
    }
    status = status_of(&l);
    if (!editable(status)) {
        return inovasi_ditolak(c, "Laporan ini sudah diajukan atau diverifikasi "
                               "dan tidak dapat diubah lagi.");
    }
    if (!ajukan && strcmp(aksi, "simpan") != 0) {
        return sl_error_page(c, HTTP_BAD_REQUEST, "Permintaan tidak valid",
                             "Pilih simpan draf atau ajukan laporan.");
    }
    if (l.indikator->nrows == 0) {
        return inovasi_ditolak(c, "Inovasi ini belum memiliki indikator. Susun "
                               "indikator rancangan lebih dahulu.");
    }

    narasi = inovasi_teks(c, errors, "narasi", "Narasi capaian", 10000, ajukan);
    vals = apr_pcalloc(p, sizeof(nilai_baru) * (size_t)l.indikator->nrows);
    for (i = 0; i < l.indikator->nrows; i++) {
        nilai_baru *v = &vals[i];
        const char *iid = sl_rows_get(l.indikator, i, 0);
        const char *nf = apr_pstrcat(p, "nilai_", iid, NULL);
        const char *tf = apr_pstrcat(p, "tautan_", iid, NULL);
        const char *bf = apr_pstrcat(p, "berkas_", iid, NULL);
        const char *raw = sl_field(c, nf), *link = sl_field(c, tf);
        const char *nama = sl_rows_get(l.indikator, i, 2);
        char norm[32];

        v->indikator_id = iid;
        if (*raw) {
            if (!capaian_angka(raw, NULL, norm, sizeof(norm))) {
                inovasi_galat_tambah(errors, nf, apr_pstrcat(p, "Nilai \"", nama,
                    "\" harus berupa angka, contoh 12 atau 12,5.", NULL));
            }
            else {
                v->nilai = apr_pstrdup(p, norm);
                counted++;
            }
        }
        if (*link) {
            if (!valid_link(link)) {
                inovasi_galat_tambah(errors, tf, "Tautan bukti harus alamat "
                                     "http:// atau https:// yang lengkap.");
            }
            else {
                v->tautan = link;
            }
        }
        if (strcmp(sl_field(c, apr_pstrcat(p, "hapus_berkas_", iid, NULL)), "1") != 0) {
            v->berkas_id = sl_rows_get(l.indikator, i, 10);
        }
        v->upload = upload_for(c, bf);
        if (v->upload) {
            v->type = sl_filetype_sniff((const unsigned char *)v->upload->data,
                                        v->upload->len);
            if (!v->type) {
                inovasi_galat_tambah(errors, bf, "Berkas bukti harus PDF, JPEG, "
                                     "atau PNG.");
                v->upload = NULL;
            }
        }
        if (ajukan && v->nilai && !v->tautan && !v->berkas_id && !v->upload) {
            inovasi_galat_tambah(errors, nf, apr_pstrcat(p, "Lampirkan bukti "
                                 "(berkas atau tautan) untuk nilai \"", nama,
                                 "\".", NULL));
        }
    }
    if (ajukan && counted == 0 && !errors->nelts) {
        inovasi_galat_tambah(errors, "narasi", "Isi nilai paling sedikit satu "
                             "indikator sebelum mengajukan laporan.");
    }
    if (errors->nelts) {
        return show(c, &l, HTTP_UNPROCESSABLE_ENTITY, errors);
    }

    /* Files are on disk (fsynced) before the rows that name them. */
    for (i = 0; i < l.indikator->nrows; i++) {
        if (vals[i].upload) {
            vals[i].sha = sl_store_put(c->r, inovasi_config_of(c->r)->upload_dir,
                                       vals[i].upload->data, vals[i].upload->len);
            if (!vals[i].sha) {
                return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                                     "Berkas tidak dapat disimpan",
                                     "Laporan belum tersimpan karena gangguan "
                                     "penyimpanan berkas. Silakan coba lagi nanti "
                                     "atau gunakan tautan sebagai bukti.");
            }
        }
    }

    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    /* Saves of one innovation's reports take turns on its row first: two
     * first drafts would otherwise both hold the gap lock of the missing
     * report row and deadlock on the insert. */
    if (sl_db_select(c->db, "lap_kunci_inovasi", &rows, SL_ARGS(l.id)) != 0) {
        return inovasi_gangguan(c);
    }
    /* The report row, locked (or created) for this change. */
    if (sl_db_select(c->db, "lap_muat_kunci", &rows, SL_ARGS(l.id, l.periode_id)) != 0) {
        return inovasi_gangguan(c);
    }
    if (rows->nrows == 0
        && (sl_db_exec(c->db, "lap_buat", NULL, SL_ARGS(l.id, l.periode_id, narasi)) != 0
            || sl_db_select(c->db, "lap_muat_kunci", &rows,
                            SL_ARGS(l.id, l.periode_id)) != 0
            || rows->nrows != 1)) {
        return inovasi_gangguan(c);
    }
    lap_id = sl_rows_get(rows, 0, 0);
    status = sl_rows_get(rows, 0, 1);
    if (!editable(status)) {
        return inovasi_ditolak(c, "Laporan ini baru saja diajukan dari tempat "
                               "lain dan tidak dapat diubah lagi.");
    }
    sl_db_exec(c->db, "lap_simpan", &n, SL_ARGS(narasi, lap_id));
    for (i = 0; i < l.indikator->nrows; i++) {
        nilai_baru *v = &vals[i];
        if (v->upload) {
            sl_rows *idr;
            sl_db_exec(c->db, "lap_berkas", NULL,
                       SL_ARGS(v->sha, apr_psprintf(p, "%" APR_SIZE_T_FMT, v->upload->len),
                               v->type->mime,
                               sl_utf8_prefix(p, v->upload->filename
                                              ? v->upload->filename : "bukti", 255)));
            if (sl_db_select(c->db, "lap_id_baru", &idr, SL_NOARGS) != 0) {
                return inovasi_gangguan(c);
            }
            v->berkas_id = sl_rows_get(idr, 0, 0);
        }
        sl_db_exec(c->db, "lap_nilai", NULL,
                   SL_ARGS(lap_id, v->indikator_id, v->nilai, v->tautan, v->berkas_id));
    }
    if (ajukan) {
        sl_db_exec(c->db, "lap_ajukan", &n, SL_ARGS(lap_id));
    }
    {
        /* The values as recorded, for the trail. */
        apr_array_header_t *parts = apr_array_make(p, 8, sizeof(const char *));
        for (i = 0; i < l.indikator->nrows; i++) {
            APR_ARRAY_PUSH(parts, const char *) = inovasi_json(p,
                "indikator", vals[i].indikator_id, "nilai", vals[i].nilai,
                "tautan", vals[i].tautan, "berkas", vals[i].berkas_id, NULL);
        }
        /* Actions named for reports ("ajukan" alone is a filed request's). */
        sl_audit(c, &(sl_audit_entry){ajukan ? "ajukan_laporan" : "simpan_laporan",
                 "laporan", lap_id,
                 inovasi_json(p, "status", status, NULL),
                 apr_pstrcat(p, "{\"status\":\"", ajukan ? "diajukan" : status,
                             "\",\"periode\":\"", l.periode_id, "\",\"nilai\":[",
                             apr_array_pstrcat(p, parts, ','), "]}", NULL), 0});
    }
    if (n != 1 || sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, report_path(c, &l));
}

/* ---- verification -------------------------------------------------------- */

static int verifikasi(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *aksi = sl_field(c, "aksi");
    const char *target, *catatan;
    laporan_ctx l;
    int sent, rv, n = 0;

    if (strcmp(aksi, "verifikasi") == 0) {
        target = "diverifikasi";
    }
    else if (strcmp(aksi, "kembalikan") == 0) {
        target = "dikembalikan";
    }
    else {
        return sl_error_page(c, HTTP_BAD_REQUEST, "Permintaan tidak valid",
                             "Pilih verifikasi atau kembalikan.");
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    rv = load(c, &l, INOVASI_EVALUATOR, &sent);
    if (sent) {
        return rv;
    }
    if (inovasi_opd_sendiri(c, l.inovasi)) {
        return inovasi_ditolak(c, "Anda tidak dapat memeriksa laporan inovasi OPD "
                               "Anda sendiri; evaluator lain yang memeriksanya.");
    }
    if (!status_of(&l) || strcmp(status_of(&l), "diajukan") != 0) {
        return inovasi_ditolak(c, "Hanya laporan yang sudah diajukan dan belum "
                               "diverifikasi yang dapat diperiksa.");
    }
    catatan = inovasi_teks(c, errors, "catatan", "Catatan evaluator", 5000,
                           strcmp(target, "dikembalikan") == 0);
    if (errors->nelts) {
        sl_db_rollback(c->db);
        return show(c, &l, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    sl_db_exec(c->db, "lap_verifikasi", &n,
               SL_ARGS(target, *catatan ? catatan : NULL, c->session->user_id,
                       target, lap_get(&l, 0)));
    sl_audit(c, &(sl_audit_entry){apr_pstrcat(p, aksi, "_laporan", NULL), "laporan",
             lap_get(&l, 0),
             inovasi_json(p, "status", "diajukan", NULL),
             inovasi_json(p, "status", target, "catatan", *catatan ? catatan : NULL,
                          NULL), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, report_path(c, &l));
}

/* ---- evidence download --------------------------------------------------- */

static int bukti(sl_ctx *c)
{
    const char *id = inovasi_param_id(c, "id");
    const char *periode = inovasi_param_id(c, "periode");
    const char *ind = inovasi_param_id(c, "indikator");
    const sl_rows *row;
    sl_rows *rows;
    int failed, rv;

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
    if (sl_db_select(c->db, "lap_bukti", &rows, SL_ARGS(id, periode, ind)) != 0) {
        return inovasi_gangguan(c);
    }
    if (rows->nrows != 1) {
        return inovasi_tidak_ada(c);
    }
    rv = sl_store_send(c->r, inovasi_config_of(c->r)->upload_dir,
                       sl_rows_get(rows, 0, 0), sl_rows_get(rows, 0, 1),
                       sl_rows_get(rows, 0, 2));
    return rv == HTTP_NOT_FOUND ? inovasi_tidak_ada(c) : rv;
}

static const sl_route routes[] = {
    {"GET", "/admin/inovasi/{id}/laporan/{periode}", lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/inovasi/{id}/laporan/{periode}", simpan, INOVASI_PETUGAS, 0, NULL},
    {"POST", "/admin/inovasi/{id}/laporan/{periode}/verifikasi", verifikasi,
     INOVASI_EVALUATOR, 0, NULL},
    {"GET", "/admin/inovasi/{id}/laporan/{periode}/bukti/{indikator}", bukti,
     INOVASI_STAF, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature inovasi_monitoring_feature = {routes, statements};
