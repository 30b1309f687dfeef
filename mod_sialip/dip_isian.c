/* An entry of the Daftar Informasi Publik written from its form
 * (dip_kelola.c shows it): every field checked with a message beside it,
 * the number unique within the OPD, the document stored before the
 * transaction, the entry locked and its state checked again, and an audit
 * row with the values before and after. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "admin_isian.h"
#include "dip.h"
#include "unggah.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_dip_isian_stmts[] = {
    /* Locks only the entry (not its OPD or document rows); from the
     * fourth column on, the fields in sialip_dip_isian order. */
    {"dip_kunci",
     "SELECT d.status, d.catatan_tinjauan, d.berkas_id, d.opd_id, d.nomor, "
     "d.kategori, d.ringkasan, d.pejabat_penguasa, d.penanggung_jawab, "
     "d.waktu_tempat, d.bentuk, d.retensi, d.tahun, d.tautan "
     "FROM dip d WHERE d.id = %s AND " DIP_LINGKUP " FOR UPDATE"},
    {"dip_nomor_ada",
     "SELECT id FROM dip WHERE opd_id = %s AND nomor = %s AND id <> %s"},
    {"dip_simpan",
     "INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
     "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, tautan, berkas_id, "
     "status, dimutakhirkan_pada, dibuat_oleh) VALUES (%s, %s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, 'draf', UTC_TIMESTAMP(), %s)"},
    {"dip_ubah",
     "UPDATE dip SET opd_id = %s, nomor = %s, kategori = %s, ringkasan = %s, "
     "pejabat_penguasa = %s, penanggung_jawab = %s, waktu_tempat = %s, "
     "bentuk = %s, retensi = %s, tahun = %s, tautan = %s, berkas_id = %s, "
     "dimutakhirkan_pada = UTC_TIMESTAMP() "
     "WHERE id = %s AND status IN ('draf', 'ditolak')"},
    {NULL, NULL}
};

/* Columns of dip_kunci: then the fields in sialip_dip_isian order. */
enum { K_STATUS, K_CATATAN, K_BERKAS_ID, K_ISIAN };

/* The form's fields, in the order of the statements' columns (dip_simpan,
 * dip_ubah, and dip_kunci from K_ISIAN on). */
const char *const sialip_dip_isian[] = {
    "opd_id", "nomor", "kategori", "ringkasan", "pejabat_penguasa",
    "penanggung_jawab", "waktu_tempat", "bentuk", "retensi", "tahun",
    "tautan", NULL
};

long sialip_dip_tahun_ini(void)
{
    int y, m, d;
    sl_day_to_ymd(sl_today_wib(), &y, &m, &d);
    return y;
}

static int valid_url(const char *s)
{
    const char *q;
    if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0) {
        return 0;
    }
    for (q = s; *q; q++) {
        if ((unsigned char)*q <= 0x20 || *q == '"' || *q == '<' || *q == '>'
            || *q == '\\') {
            return 0;
        }
    }
    return strlen(s) > 10;
}

typedef struct {
    const char *opd_id;
    const char *values[11];    /* sialip_dip_isian order; tautan NULL when empty */
    const sl_upload *doc;
    const sl_filetype *type;
} dip_input;

/* Checks every field; the OPD is the officer's own (own_opd: the entry's
 * OPD when editing, else the officer's) unless PPID Utama chose one, which
 * must be active or the entry's current OPD. */
static void validate(sl_ctx *c, apr_array_header_t *errors, dip_input *in,
                     const char *own_opd)
{
    long tahun = 0;
    const char *v;

    in->opd_id = isian_opd_isian(c, errors, sialip_dip_semua_opd(c), own_opd);
    in->values[0] = in->opd_id;
    in->values[1] = isian_teks(c, errors, "nomor", "Nomor", 1, 32);
    in->values[2] = isian_pilih(c, errors, "kategori", SIALIP_MSG_DIP_KATEGORI_INFORMASI,
                                sialip_dip_kategori, 1);
    in->values[3] = isian_teks(c, errors, "ringkasan", SIALIP_MSG_DIP_RINGKASAN_ISI,
                               1, 5000);
    in->values[4] = isian_teks(c, errors, "pejabat_penguasa",
                               SIALIP_MSG_DIP_PENGUASA_INFORMASI, 1,
                               255);
    in->values[5] = isian_teks(c, errors, "penanggung_jawab",
                               SIALIP_MSG_DIP_PENANGGUNG_JAWAB, 1,
                               255);
    in->values[6] = isian_teks(c, errors, "waktu_tempat",
                               SIALIP_MSG_DIP_WAKTU_TEMPAT_PEMBUATAN, 1, 255);
    in->values[7] = isian_teks(c, errors, "bentuk", SIALIP_MSG_DIP_BENTUK_FORMAT, 1, 64);
    in->values[8] = isian_teks(c, errors, "retensi", SIALIP_MSG_DIP_JANGKA_WAKTU_PENYIMPANAN,
                               1, 128);
    v = sl_field(c, "tahun");
    if (!isian_angka(v, &tahun) || tahun < 1945 || tahun > sialip_dip_tahun_ini() + 1) {
        isian_galat(errors, "tahun",
                    apr_psprintf(c->r->pool, SIALIP_MSG_DIP_TAHUN_EMPAT_ANGKA,
                                 sialip_dip_tahun_ini() + 1));
    }
    in->values[9] = v;
    v = isian_teks(c, errors, "tautan", "Tautan", 0, 1000);
    if (*v && !isian_ada_galat(errors, "tautan") && !valid_url(v)) {
        isian_galat(errors, "tautan", SIALIP_MSG_DIP_TAUTAN_HARUS_URL);
    }
    in->values[10] = *v ? v : NULL;
    in->doc = sialip_unggah_periksa(c, errors, "berkas", "Dokumen", &in->type);
}

/* Another entry of the OPD with this number: 1, 0, or -1 (failed). */
static int nomor_dipakai(sl_ctx *c, const char *opd_id, const char *nomor,
                         const char *id)
{
    sl_rows *rows;
    if (sl_db_select(c->db, "dip_nomor_ada", &rows,
                     SL_ARGS(opd_id, nomor, id ? id : "0")) != 0) {
        return -1;
    }
    return rows->nrows > 0;
}

/* The checks of the form (every field, then the number's uniqueness
 * within the OPD; id NULL for a new entry) and the document written to the
 * store before any transaction.  Returns 1 to go on, with *sha the stored
 * document's hash or NULL; otherwise 0 with *response the form with its
 * errors or the error page. */
static int terima(sl_ctx *c, dip_input *in, const char *own_opd, const char *id,
                  const sialip_dip_entri *row, const char **sha, int *response)
{
    apr_array_header_t *errors = isian_galat_baru(c);
    int used;

    memset(in, 0, sizeof(*in));
    validate(c, errors, in, own_opd);
    if (errors->nelts == 0) {
        used = nomor_dipakai(c, in->opd_id, in->values[1], id);
        if (used < 0) {
            *response = isian_gangguan(c);
            return 0;
        }
        if (used) {
            isian_galat(errors, "nomor", SIALIP_MSG_DIP_NOMOR_SUDAH_DIPAKAI);
        }
    }
    if (errors->nelts > 0) {
        *response = sialip_dip_formulir(c, HTTP_UNPROCESSABLE_ENTITY, errors, row, 1);
        return 0;
    }
    *sha = NULL;
    if (in->doc && !(*sha = isian_berkas_tulis(c, in->doc))) {
        *response = sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                                  SIALIP_MSG_DOKUMEN_TIDAK_DAPAT_DISIMPAN,
                                  SIALIP_MSG_DIP_ENTRI_GAGAL_SIMPAN_BERKAS);
        return 0;
    }
    return 1;
}

int sialip_dip_buat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    dip_input in;
    const char *sha, *berkas_id = NULL, *id;
    int response;

    if (!sialip_dip_semua_opd(c) && !c->session->opd_id) {
        return isian_tanpa_opd(c);
    }
    if (!terima(c, &in, sialip_dip_semua_opd(c) ? NULL : c->session->opd_id, NULL, NULL, &sha,
                &response)) {
        return response;
    }
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sha && !(berkas_id = isian_berkas_catat(c, sha, in.doc, in.type))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "dip_simpan", NULL,
               SL_ARGS(in.values[0], in.values[1], in.values[2], in.values[3],
                       in.values[4], in.values[5], in.values[6], in.values[7],
                       in.values[8], in.values[9], in.values[10], berkas_id,
                       c->session->user_id));
    id = isian_id_terakhir(c);
    if (!id) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_audit(c, &(sl_audit_entry){
        "buat", "dip", id, NULL,
        isian_json_kv(p, sialip_dip_isian, in.values, "berkas_id", berkas_id), 0});
    if (sl_db_commit(c->db) != 0) {
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, sialip_dip_url(c, id), "?pesan=disimpan",
                                      NULL));
}

int sialip_dip_ubah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = apr_table_get(c->params, "id");
    const sialip_dip_entri *row;
    sl_rows *locked;
    dip_input in;
    const char *sha, *berkas_id;
    int failed, response, k, n = 0;

    row = sialip_dip_muat(c, id, &failed);
    if (!row) {
        return failed ? isian_gangguan(c) : sialip_dip_tidak_ditemukan(c);
    }
    if (!sialip_dip_dapat_diubah(row->status)) {
        return isian_ditolak(c, strcmp(row->status, "terbit") == 0
                             ? SIALIP_MSG_DIP_ENTRI_TERBIT_TIDAK_DAPAT_DIUBAH
                             : SIALIP_MSG_DIP_ENTRI_SEDANG_DITINJAU);
    }
    if (!terima(c, &in, row->opd_id, id, row, &sha, &response)) {
        return response;
    }
    k = isian_kunci(c, "dip_kunci", id, sialip_dip_semua(c), &locked);
    if (k <= 0) {
        return k < 0 ? isian_gangguan(c) : sialip_dip_tidak_ditemukan(c);
    }
    if (!sialip_dip_dapat_diubah(sl_rows_get(locked, 0, K_STATUS))) {
        sl_db_rollback(c->db);
        return isian_ditolak(c, SIALIP_MSG_DIP_STATUS_ENTRI_BERUBAH);
    }
    berkas_id = sl_rows_get(locked, 0, K_BERKAS_ID);
    if (isian_centang(c, "hapus_berkas")) {
        berkas_id = NULL;
    }
    if (sha && !(berkas_id = isian_berkas_catat(c, sha, in.doc, in.type))) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    sl_db_exec(c->db, "dip_ubah", &n,
               SL_ARGS(in.values[0], in.values[1], in.values[2], in.values[3],
                       in.values[4], in.values[5], in.values[6], in.values[7],
                       in.values[8], in.values[9], in.values[10], berkas_id, id));
    sl_audit(c, &(sl_audit_entry){
        "ubah", "dip", id,
        isian_json_kv(p, sialip_dip_isian, locked->rows[0] + K_ISIAN, "berkas_id",
                      sl_rows_get(locked, 0, K_BERKAS_ID)),
        isian_json_kv(p, sialip_dip_isian, in.values, "berkas_id", berkas_id), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, sialip_dip_url(c, id), "?pesan=disimpan",
                                      NULL));
}
