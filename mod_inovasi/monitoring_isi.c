/* The officer fills in a monitoring report: each indicator's value with
 * its evidence (a file in the shared store, typed by its first bytes, or a
 * link) and the narrative, saved as a draft or submitted for
 * verification. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "sl_store.h"
#include "monitoring.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_monitoring_isi_stmts[] = {
    {"lap_kunci_inovasi", "SELECT id FROM inovasi WHERE id = %s FOR UPDATE"},
    /* A second officer saving the first draft at the same moment waits on
     * the unique key, then finds the row. */
    {"lap_buat",
     "INSERT INTO inovasi_laporan (inovasi_id, periode_id, status, narasi, "
     "dibuat_pada, diubah_pada) VALUES (%s, %s, 'draf', %s, UTC_TIMESTAMP(), "
     "UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE id = id"},
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
    {NULL, NULL}
};

typedef struct {
    const char *indikator_id;
    const char *nilai;             /* normalised, or NULL */
    const char *tautan;            /* or NULL */
    const char *berkas_id;         /* kept or new, or NULL */
    const sl_upload *upload;
    const sl_filetype *type;
    const char *sha;
} nilai_baru;

int inovasi_monitoring_simpan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *aksi = sl_field(c, "aksi");
    int ajukan = strcmp(aksi, "ajukan") == 0;
    const char *narasi, *lap_id, *status;
    nilai_baru *vals;
    inovasi_laporan_ctx l;
    int sent, rv, i, n = 0, counted = 0;
    const inovasi_laporan_baris *row;
    sl_rows *rows;

    rv = inovasi_laporan_muat(c, &l, 0, &sent);
    if (sent) {
        return rv;
    }
    if (!inovasi_milik_opd(c, l.inovasi)) {
        return inovasi_tidak_ada(c);
    }
    status = l.laporan ? l.laporan->status : NULL;
    if (!inovasi_laporan_terbuka(status)) {
        return inovasi_ditolak(c, INOVASI_MSG_LAPORAN_TERKUNCI);
    }
    if (!ajukan && strcmp(aksi, "simpan") != 0) {
        return sl_error_page(c, HTTP_BAD_REQUEST, INOVASI_MSG_PERMINTAAN_TIDAK_VALID,
                             INOVASI_MSG_PILIH_SIMPAN_AJUKAN);
    }
    if (l.nindikator == 0) {
        return inovasi_ditolak(c, INOVASI_MSG_INOVASI_TANPA_INDIKATOR);
    }

    narasi = inovasi_teks(c, errors, "narasi", INOVASI_MSG_LABEL_NARASI, 10000, ajukan);
    vals = apr_pcalloc(p, sizeof(nilai_baru) * (size_t)l.nindikator);
    for (i = 0; i < l.nindikator; i++) {
        nilai_baru *v = &vals[i];
        const char *iid = l.indikator[i].id;
        const char *nf = apr_pstrcat(p, "nilai_", iid, NULL);
        const char *tf = apr_pstrcat(p, "tautan_", iid, NULL);
        const char *bf = apr_pstrcat(p, "berkas_", iid, NULL);
        const char *raw = sl_field(c, nf), *link = sl_field(c, tf);
        const char *nama = l.indikator[i].nama;
        char norm[32];

        v->indikator_id = iid;
        if (*raw) {
            if (!capaian_angka(raw, NULL, norm, sizeof(norm))) {
                inovasi_galat_tambah(errors, nf,
                                     apr_psprintf(p, INOVASI_MSG_NILAI_BUKAN_ANGKA, nama));
            }
            else {
                v->nilai = apr_pstrdup(p, norm);
                counted++;
            }
        }
        if (*link) {
            if (!inovasi_tautan_sah(link)) {
                inovasi_galat_tambah(errors, tf, INOVASI_MSG_TAUTAN_BUKTI_SALAH);
            }
            else {
                v->tautan = link;
            }
        }
        if (strcmp(sl_field(c, apr_pstrcat(p, "hapus_berkas_", iid, NULL)), "1") != 0) {
            v->berkas_id = l.indikator[i].berkas_id;
        }
        v->upload = inovasi_unggahan(c, bf);
        if (v->upload) {
            v->type = sl_filetype_sniff((const unsigned char *)v->upload->data,
                                        v->upload->len);
            if (!v->type) {
                inovasi_galat_tambah(errors, bf, INOVASI_MSG_JENIS_BERKAS_BUKTI_SALAH);
                v->upload = NULL;
            }
        }
        if (ajukan && v->nilai && !v->tautan && !v->berkas_id && !v->upload) {
            inovasi_galat_tambah(errors, nf,
                                 apr_psprintf(p, INOVASI_MSG_BUKTI_NILAI_WAJIB, nama));
        }
    }
    if (ajukan && counted == 0 && !errors->nelts) {
        inovasi_galat_tambah(errors, "narasi", INOVASI_MSG_NILAI_WAJIB);
    }
    if (errors->nelts) {
        return inovasi_laporan_tampil(c, &l, HTTP_UNPROCESSABLE_ENTITY, errors);
    }

    /* Files are on disk (fsynced) before the rows that name them. */
    for (i = 0; i < l.nindikator; i++) {
        if (vals[i].upload) {
            vals[i].sha = sl_store_put(c->r, inovasi_config_of(c->r)->upload_dir,
                                       vals[i].upload->data, vals[i].upload->len);
            if (!vals[i].sha) {
                return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                                     INOVASI_MSG_BERKAS_GAGAL_DISIMPAN,
                                     INOVASI_MSG_LAPORAN_GAGAL_DISIMPAN);
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
    if (inovasi_laporan_kunci(c, l.id, l.periode_id, &row) != 0) {
        return inovasi_gangguan(c);
    }
    if (!row
        && (sl_db_exec(c->db, "lap_buat", NULL, SL_ARGS(l.id, l.periode_id, narasi)) != 0
            || inovasi_laporan_kunci(c, l.id, l.periode_id, &row) != 0
            || !row)) {
        return inovasi_gangguan(c);
    }
    lap_id = row->id;
    status = row->status;
    if (!inovasi_laporan_terbuka(status)) {
        return inovasi_ditolak(c, INOVASI_MSG_LAPORAN_BARU_DIAJUKAN);
    }
    sl_db_exec(c->db, "lap_simpan", &n, SL_ARGS(narasi, lap_id));
    for (i = 0; i < l.nindikator; i++) {
        nilai_baru *v = &vals[i];
        if (v->upload
            && !(v->berkas_id = inovasi_berkas_catat(c, v->sha, v->upload, v->type))) {
            return inovasi_gangguan(c);
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
        for (i = 0; i < l.nindikator; i++) {
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
    return sl_redirect(c, inovasi_laporan_alamat(c, &l));
}
