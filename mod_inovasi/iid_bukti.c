/* Evidence (bukti dukung) per IID indicator: for an innovation (aspect SID)
 * its OPD's officer uploads a file or gives a link for the level it
 * claims; for the regency (aspect SPD) Bappeda does.  Bappeda verifies or
 * returns each with a note; the highest verified level scores
 * (iid_hitung.c).  Nobody checks their own OPD's evidence, nor SPD evidence
 * they submitted themselves.  Bappeda may mark an innovation's report as
 * rejected: it scores 0 and stays in the divisor. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "escape.h"
#include "filetype.h"
#include "sl_audit.h"
#include "sl_store.h"
#include "sl_module.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_iid_bukti_stmts[] = {
    {"ib_katalog",
     "SELECT nomor, nama, p1, p2, p3, skor_p1, skor_p2, skor_p3, wajib, jenis_bukti "
     "FROM iid_indikator WHERE tahun = %s AND aspek = %s ORDER BY nomor"},
    {"ib_bukti",
     "SELECT b.nomor, b.level, b.status, b.tautan, b.berkas_id, f.nama_asli, b.catatan, "
     "b.diajukan_oleh FROM iid_bukti b LEFT JOIN berkas f ON f.id = b.berkas_id "
     "WHERE b.tahun = %s AND b.subjek = %s ORDER BY b.nomor, b.level"},
    {"ib_indikator",
     "SELECT aspek FROM iid_indikator WHERE tahun = %s AND nomor = %s"},
    {"ib_simpan",
     "INSERT INTO iid_bukti (tahun, nomor, inovasi_id, level, tautan, berkas_id, status, "
     "diajukan_oleh, diubah_pada) VALUES (%s, %s, %s, %s, %s, %s, 'diajukan', %s, "
     "UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE tautan = VALUES(tautan), "
     "berkas_id = VALUES(berkas_id), status = 'diajukan', catatan = NULL, "
     "diajukan_oleh = VALUES(diajukan_oleh), diperiksa_oleh = NULL, "
     "diubah_pada = VALUES(diubah_pada)"},
    {"ib_lapor", "INSERT IGNORE INTO iid_inovasi (tahun, inovasi_id) VALUES (%s, %s)"},
    {"ib_satu",
     "SELECT id, status, diajukan_oleh FROM iid_bukti WHERE tahun = %s AND nomor = %s "
     "AND subjek = %s AND level = %s FOR UPDATE"},
    {"ib_periksa",
     "UPDATE iid_bukti SET status = %s, catatan = %s, diperiksa_oleh = %s, "
     "diubah_pada = UTC_TIMESTAMP() WHERE id = %s AND status = 'diajukan'"},
    {"ib_unduh",
     "SELECT f.sha256, f.mime, f.nama_asli FROM iid_bukti b JOIN berkas f "
     "ON f.id = b.berkas_id WHERE b.tahun = %s AND b.nomor = %s AND b.subjek = %s "
     "AND b.level = %s"},
    {"ib_status", "SELECT ditolak, catatan FROM iid_inovasi WHERE tahun = %s AND inovasi_id = %s"},
    {"ib_tolak",
     "INSERT INTO iid_inovasi (tahun, inovasi_id, ditolak, catatan) VALUES (%s, %s, %s, %s) "
     "ON DUPLICATE KEY UPDATE ditolak = VALUES(ditolak), catatan = VALUES(catatan)"},
    {NULL, NULL}
};

/* The subject: an innovation (SID) or the regency (SPD, inov NULL). */
typedef struct {
    const char *tahun;
    const char *id;                /* inovasi id, or NULL for SPD */
    const sl_rows *inov;
} subjek;

static const char *kunci(const subjek *s)
{
    return s->id ? s->id : "0";
}

static const char *dasar_url(sl_ctx *c, const subjek *s)
{
    return s->id ? apr_pstrcat(c->r->pool, c->mount, "/admin/inovasi/", s->id, "/iid/",
                               s->tahun, NULL)
                 : apr_pstrcat(c->r->pool, c->mount, "/admin/iid/", s->tahun, "/spd", NULL);
}

static int show(sl_ctx *c, const subjek *s, int status, const char *nomor_isian,
                apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_page *page;
    xmlNodePtr res;
    sl_rows *kat, *bukti, *st = NULL;
    int i, j;

    if (sl_db_select(c->db, "ib_katalog", &kat, SL_ARGS(s->tahun, s->id ? "sid" : "spd")) != 0
        || sl_db_select(c->db, "ib_bukti", &bukti, SL_ARGS(s->tahun, kunci(s))) != 0
        || (s->id && sl_db_select(c->db, "ib_status", &st, SL_ARGS(s->tahun, s->id)) != 0)) {
        return inovasi_gangguan(c);
    }
    page = sl_ctx_page(c, "iid-bukti", s->id
                       ? apr_psprintf(p, INOVASI_MSG_JUDUL_BUKTI_IID, s->tahun,
                                      sl_rows_named(s->inov, 0, "nama"))
                       : apr_psprintf(p, INOVASI_MSG_JUDUL_BUKTI_IID_PEMDA,
                                      s->tahun), "iid-bukti");
    res = page->resource;
    sl_xml_attr(res, "tahun", s->tahun);
    sl_xml_attr(res, "aspek", s->id ? "sid" : "spd");
    sl_xml_attr(res, "url", dasar_url(c, s));
    if (s->id) {
        sl_xml_attr(res, "id", s->id);
        sl_xml_text(res, "nama", sl_rows_named(s->inov, 0, "nama"));
        if (inovasi_milik_opd(c, s->inov)) {
            sl_xml_attr(res, "boleh_ajukan", "1");
        }
        if ((c->session->roles & INOVASI_EVALUATOR) && !inovasi_opd_sendiri(c, s->inov)) {
            sl_xml_attr(res, "boleh_periksa", "1");
        }
        if (st->nrows) {
            sl_xml_attr(res, "dilaporkan", "1");
            if (strcmp(sl_rows_get_or(st, 0, 0, "0"), "1") == 0) {
                sl_xml_attr(res, "ditolak", "1");
                sl_xml_text(res, "catatan-tolak", sl_rows_get(st, 0, 1));
            }
        }
    }
    else if (c->session->roles & INOVASI_EVALUATOR) {
        sl_xml_attr(res, "boleh_ajukan", "1");
        sl_xml_attr(res, "boleh_periksa", "1");
    }
    if (kat->nrows == 0) {
        sl_xml_attr(res, "tanpa_katalog", "1");
    }
    for (i = 0; i < kat->nrows; i++) {
        const char *nomor = sl_rows_get(kat, i, 0);
        xmlNodePtr n = sl_xml_node(res, "indikator");
        int best = 0;
        sl_xml_attr(n, "nomor", nomor);
        sl_xml_attr(n, "wajib", sl_rows_get(kat, i, 8));
        sl_xml_attr(n, "jenis_bukti", sl_rows_get(kat, i, 9));
        sl_xml_text(n, "nama", sl_rows_get(kat, i, 1));
        for (j = 1; j <= 3; j++) {
            xmlNodePtr lv = sl_xml_text(n, "level", sl_rows_get(kat, i, 1 + j));
            sl_xml_attr(lv, "no", apr_itoa(p, j));
            sl_xml_attr(lv, "skor", inovasi_desimal(p, sl_rows_get(kat, i, 4 + j)));
        }
        for (j = 0; j < bukti->nrows; j++) {
            xmlNodePtr b;
            const char *stt = sl_rows_get_or(bukti, j, 2, "");
            if (strcmp(sl_rows_get_or(bukti, j, 0, ""), nomor) != 0) {
                continue;
            }
            b = sl_xml_node(n, "bukti");
            sl_xml_attr(b, "level", sl_rows_get(bukti, j, 1));
            sl_xml_attr(b, "status", stt);
            sl_xml_attr(b, "tautan", sl_rows_get(bukti, j, 3));
            if (sl_rows_get(bukti, j, 4)) {
                sl_xml_attr(b, "berkas", sl_rows_get(bukti, j, 5));
            }
            if (!s->id && strcmp(sl_rows_get_or(bukti, j, 7, ""), c->session->user_id) == 0) {
                sl_xml_attr(b, "milik_saya", "1");
            }
            sl_xml_text(b, "catatan", sl_rows_get(bukti, j, 6));
            if (strcmp(stt, "diverifikasi") == 0 && atoi(sl_rows_get_or(bukti, j, 1, "0")) > best) {
                best = atoi(sl_rows_get_or(bukti, j, 1, "0"));
            }
        }
        sl_xml_attr(n, "terverifikasi", apr_itoa(p, best));
        if (nomor_isian && strcmp(nomor_isian, nomor) == 0) {
            xmlNodePtr is = sl_xml_node(n, "isian");
            inovasi_isian(is, "level", sl_field(c, "level"));
            inovasi_isian(is, "tautan", sl_field(c, "tautan"));
        }
    }
    inovasi_galat_xml(res, errors);
    return sl_page_send(page, status);
}

/* Loads the subject from the route: {id} and {tahun}, or {tahun} alone.
 * semua as inovasi_muat's.  Returns OK or the response sent (*sent). */
static int muat(sl_ctx *c, subjek *s, unsigned semua, int *sent)
{
    int failed;

    *sent = 1;
    memset(s, 0, sizeof(*s));
    s->tahun = inovasi_tahun_valid(apr_table_get(c->params, "tahun"));
    if (!s->tahun) {
        return inovasi_tidak_ada(c);
    }
    if (apr_table_get(c->params, "id")) {
        s->id = inovasi_param_id(c, "id");
        if (!s->id) {
            return inovasi_tidak_ada(c);
        }
        s->inov = inovasi_muat(c, s->id, semua, &failed);
        if (failed) {
            return inovasi_gangguan(c);
        }
        if (!s->inov) {
            return inovasi_tidak_ada(c);
        }
    }
    *sent = 0;
    return OK;
}

int inovasi_iid_bukti_lihat(sl_ctx *c)
{
    subjek s;
    int sent, rv = muat(c, &s, INOVASI_SEMUA_OPD, &sent);
    return sent ? rv : show(c, &s, HTTP_OK, NULL, NULL);
}

/* The indicator of the route, of the subject's aspect; NULL when absent. */
static const char *nomor_param(sl_ctx *c, const subjek *s, int *failed)
{
    const char *nomor = inovasi_param_id(c, "nomor");
    sl_rows *rows;
    *failed = 0;
    if (!nomor) {
        return NULL;
    }
    if (sl_db_select(c->db, "ib_indikator", &rows, SL_ARGS(s->tahun, nomor)) != 0) {
        *failed = 1;
        return NULL;
    }
    return rows->nrows == 1 && strcmp(sl_rows_get_or(rows, 0, 0, ""),
                                      s->id ? "sid" : "spd") == 0 ? nomor : NULL;
}

int inovasi_iid_bukti_ajukan(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *nomor, *level = sl_field(c, "level"), *tautan = sl_field(c, "tautan");
    const char *sha = NULL, *berkas_id = NULL;
    const sl_filetype *type = NULL;
    const sl_upload *up = inovasi_unggahan(c, "berkas");
    subjek s;
    int sent, failed, rv;

    /* SID: the officer of the innovation's OPD (scope 0); SPD: Bappeda. */
    rv = muat(c, &s, 0, &sent);
    if (sent) {
        return rv;
    }
    if (s.id ? !inovasi_milik_opd(c, s.inov) : !(c->session->roles & INOVASI_EVALUATOR)) {
        return inovasi_tidak_ada(c);
    }
    nomor = nomor_param(c, &s, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!nomor) {
        return inovasi_tidak_ada(c);
    }
    if (strcmp(level, "1") != 0 && strcmp(level, "2") != 0 && strcmp(level, "3") != 0) {
        inovasi_galat_tambah(errors, apr_pstrcat(p, "level_", nomor, NULL),
                             INOVASI_MSG_TINGKAT_BUKTI_WAJIB);
    }
    if (*tautan && !inovasi_tautan_sah(tautan)) {
        inovasi_galat_tambah(errors, apr_pstrcat(p, "tautan_", nomor, NULL),
                             INOVASI_MSG_TAUTAN_BUKTI_SALAH);
    }
    if (up && !(type = sl_filetype_sniff((const unsigned char *)up->data, up->len))) {
        inovasi_galat_tambah(errors, apr_pstrcat(p, "berkas_", nomor, NULL),
                             INOVASI_MSG_JENIS_BERKAS_BUKTI_SALAH);
    }
    if (!up && !*tautan && !errors->nelts) {
        inovasi_galat_tambah(errors, apr_pstrcat(p, "berkas_", nomor, NULL),
                             INOVASI_MSG_BUKTI_DUKUNG_WAJIB);
    }
    if (errors->nelts) {
        return show(c, &s, HTTP_UNPROCESSABLE_ENTITY, nomor, errors);
    }
    if (up && !(sha = sl_store_put(c->r, inovasi_config_of(c->r)->upload_dir, up->data,
                                   up->len))) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE, INOVASI_MSG_BERKAS_GAGAL_DISIMPAN,
                             INOVASI_MSG_BUKTI_GAGAL_DISIMPAN);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    if (sha && !(berkas_id = inovasi_berkas_catat(c, sha, up, type))) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "ib_simpan", NULL, SL_ARGS(s.tahun, nomor, s.id, level,
               *tautan ? tautan : NULL, berkas_id, c->session->user_id));
    if (s.id) {
        sl_db_exec(c->db, "ib_lapor", NULL, SL_ARGS(s.tahun, s.id));
    }
    sl_audit(c, &(sl_audit_entry){"ajukan_bukti_iid", s.id ? "inovasi" : "iid",
             s.id ? s.id : s.tahun, NULL,
             inovasi_json(p, "tahun", s.tahun, "nomor", nomor, "level", level,
                          "tautan", *tautan ? tautan : NULL, "berkas", berkas_id, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, dasar_url(c, &s));
}

int inovasi_iid_bukti_periksa(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *nomor, *level = sl_field(c, "level"), *aksi = sl_field(c, "aksi");
    const char *catatan, *target;
    sl_rows *row;
    subjek s;
    int sent, failed, rv, n = 0;

    rv = muat(c, &s, INOVASI_EVALUATOR, &sent);
    if (sent) {
        return rv;
    }
    nomor = nomor_param(c, &s, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!nomor || (strcmp(level, "1") != 0 && strcmp(level, "2") != 0
                   && strcmp(level, "3") != 0)) {
        return inovasi_tidak_ada(c);
    }
    if (!(target = inovasi_status_periksa(aksi))) {
        return inovasi_aksi_salah(c, INOVASI_MSG_PILIH_PERIKSA);
    }
    if (s.id && inovasi_opd_sendiri(c, s.inov)) {
        return inovasi_ditolak(c, INOVASI_MSG_PERIKSA_BUKTI_OPD_SENDIRI);
    }
    catatan = inovasi_teks(c, errors, apr_pstrcat(p, "catatan_", nomor, NULL),
                           "Catatan", 2000, strcmp(target, "dikembalikan") == 0);
    if (errors->nelts) {
        return show(c, &s, HTTP_UNPROCESSABLE_ENTITY, nomor, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    if (sl_db_select(c->db, "ib_satu", &row, SL_ARGS(s.tahun, nomor, kunci(&s), level)) != 0) {
        return inovasi_gangguan(c);
    }
    if (row->nrows != 1 || strcmp(sl_rows_get_or(row, 0, 1, ""), "diajukan") != 0) {
        return inovasi_ditolak(c, INOVASI_MSG_BUKTI_BUKAN_MENUNGGU_PERIKSA);
    }
    if (!s.id && strcmp(sl_rows_get_or(row, 0, 2, ""), c->session->user_id) == 0) {
        return inovasi_ditolak(c, INOVASI_MSG_PERIKSA_BUKTI_SENDIRI);
    }
    sl_db_exec(c->db, "ib_periksa", &n, SL_ARGS(target, *catatan ? catatan : NULL,
               c->session->user_id, sl_rows_get(row, 0, 0)));
    sl_audit(c, &(sl_audit_entry){apr_pstrcat(p, aksi, "_bukti_iid", NULL),
             s.id ? "inovasi" : "iid", s.id ? s.id : s.tahun,
             inovasi_json(p, "status", "diajukan", NULL),
             inovasi_json(p, "tahun", s.tahun, "nomor", nomor, "level", level,
                          "status", target, "catatan", *catatan ? catatan : NULL, NULL), 0});
    if (n != 1 || sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, dasar_url(c, &s));
}

int inovasi_iid_bukti_tolak(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *want = sl_field(c, "ditolak"), *catatan;
    subjek s;
    int sent, rv;

    rv = muat(c, &s, INOVASI_EVALUATOR, &sent);
    if (sent) {
        return rv;
    }
    if (!s.id || (strcmp(want, "1") != 0 && strcmp(want, "0") != 0)) {
        return inovasi_tidak_ada(c);
    }
    if (inovasi_opd_sendiri(c, s.inov)) {
        return inovasi_ditolak(c, INOVASI_MSG_NILAI_OPD_SENDIRI_DITOLAK);
    }
    catatan = inovasi_teks(c, errors, "catatan_tolak", "Alasan", 2000, strcmp(want, "1") == 0);
    if (errors->nelts) {
        return show(c, &s, HTTP_UNPROCESSABLE_ENTITY, NULL, errors);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "ib_tolak", NULL, SL_ARGS(s.tahun, s.id, want,
                                                *catatan ? catatan : NULL));
    sl_audit(c, &(sl_audit_entry){strcmp(want, "1") == 0 ? "tolak_iid" : "terima_iid",
             "inovasi", s.id, NULL, inovasi_json(p, "tahun", s.tahun, "ditolak", want,
                                                 "catatan", catatan, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, dasar_url(c, &s));
}

int inovasi_iid_bukti_unduh(sl_ctx *c)
{
    const char *nomor = inovasi_param_id(c, "nomor"), *level = inovasi_param_id(c, "level");
    subjek s;
    int sent, rv = muat(c, &s, INOVASI_SEMUA_OPD, &sent);

    if (sent) {
        return rv;
    }
    if (!nomor || !level) {
        return inovasi_tidak_ada(c);
    }
    return inovasi_berkas_kirim(c, "ib_unduh", SL_ARGS(s.tahun, nomor, kunci(&s), level));
}
