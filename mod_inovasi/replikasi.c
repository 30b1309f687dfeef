/* Replication as data: the regions outside the regency that replicated an
 * innovation, each with its evidence, and the IID level that gives
 * (1 / 2 / 3+ regions, 110_inovasi_replikasi_daerah.sql); beside them the
 * innovations inside the regency that name this one as their ATM source.
 * The OPD's officer or Bappeda records them. */
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

const sl_stmt_def inovasi_replikasi_stmts[] = {
    {"rp_daftar",
     "SELECT r.id, r.daerah, r.tahun, r.tautan, r.berkas_id, b.nama_asli "
     "FROM inovasi_replikasi_daerah r LEFT JOIN berkas b ON b.id = r.berkas_id "
     "WHERE r.inovasi_id = %s ORDER BY r.tahun, r.daerah"},
    {"rp_atm",
     "SELECT i.id, i.nama, o.singkatan, i.replikasi_cara FROM inovasi i "
     "JOIN opd o ON o.id = i.opd_id WHERE i.sumber_inovasi_id = %s ORDER BY i.id"},
    {"rp_ada",
     "SELECT 1 FROM inovasi_replikasi_daerah WHERE inovasi_id = %s AND daerah = %s"},
    {"rp_simpan",
     "INSERT INTO inovasi_replikasi_daerah (inovasi_id, daerah, tahun, tautan, berkas_id, "
     "dicatat_oleh, dicatat_pada) VALUES (%s, %s, %s, %s, %s, %s, UTC_TIMESTAMP())"},
    {"rp_hapus", "DELETE FROM inovasi_replikasi_daerah WHERE id = %s AND inovasi_id = %s"},
    {"rp_unduh",
     "SELECT b.sha256, b.mime, b.nama_asli FROM inovasi_replikasi_daerah r "
     "JOIN berkas b ON b.id = r.berkas_id WHERE r.id = %s AND r.inovasi_id = %s"},
    {NULL, NULL}
};

/* The innovation: any staff reads; the officer of its OPD or Bappeda
 * changes (scope INOVASI_EVALUATOR). */
static const sl_rows *muat(sl_ctx *c, unsigned semua, const char **id, int *failed)
{
    *failed = 0;
    *id = inovasi_param_id(c, "id");
    return *id ? inovasi_muat(c, *id, semua, failed) : NULL;
}

static int show(sl_ctx *c, const sl_rows *inov, const char *id, int status,
                apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows, *atm;
    sl_page *page;
    xmlNodePtr res, is;
    int i;

    if (sl_db_select(c->db, "rp_daftar", &rows, SL_ARGS(id)) != 0
        || sl_db_select(c->db, "rp_atm", &atm, SL_ARGS(id)) != 0) {
        return inovasi_gangguan(c);
    }
    page = sl_ctx_page(c, "replikasi", apr_pstrcat(p, "Replikasi: ",
                       sl_rows_named(inov, 0, "nama"), NULL), "replikasi");
    res = page->resource;
    sl_xml_attr(res, "id", id);
    sl_xml_text(res, "nama", sl_rows_named(inov, 0, "nama"));
    if (inovasi_milik_opd(c, inov) || (c->session->roles & INOVASI_EVALUATOR)) {
        sl_xml_attr(res, "boleh_ubah", "1");
    }
    sl_xml_attr(res, "daerah", apr_itoa(p, rows->nrows));
    /* The IID indicator: 1, 2, or 3 and more regions. */
    sl_xml_attr(res, "level_iid", apr_itoa(p, rows->nrows > 3 ? 3 : rows->nrows));
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr n = sl_xml_text(res, "replikasi", sl_rows_get(rows, i, 1));
        sl_xml_attr(n, "rid", sl_rows_get(rows, i, 0));
        sl_xml_attr(n, "tahun", sl_rows_get(rows, i, 2));
        sl_xml_attr(n, "tautan", sl_rows_get(rows, i, 3));
        if (sl_rows_get(rows, i, 4)) {
            sl_xml_attr(n, "berkas", sl_rows_get(rows, i, 5));
        }
    }
    for (i = 0; i < atm->nrows; i++) {
        xmlNodePtr n = sl_xml_text(res, "atm", sl_rows_get(atm, i, 1));
        sl_xml_attr(n, "inovasi", sl_rows_get(atm, i, 0));
        sl_xml_attr(n, "opd", sl_rows_get(atm, i, 2));
        sl_xml_attr(n, "cara", sl_rows_get(atm, i, 3));
    }
    is = sl_xml_node(res, "isian");
    inovasi_isian(is, "daerah", c->form ? sl_field(c, "daerah") : "");
    inovasi_isian(is, "tahun", c->form ? sl_field(c, "tahun") : "");
    inovasi_isian(is, "tautan", c->form ? sl_field(c, "tautan") : "");
    inovasi_galat_xml(res, errors);
    return sl_page_send(page, status);
}

int inovasi_replikasi_lihat(sl_ctx *c)
{
    const char *id;
    int failed;
    const sl_rows *inov = muat(c, INOVASI_SEMUA_OPD, &id, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    return inov ? show(c, inov, id, HTTP_OK, NULL) : inovasi_tidak_ada(c);
}

int inovasi_replikasi_tambah(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *errors = inovasi_galat_baru(p);
    const char *id, *daerah, *tahun = sl_field(c, "tahun"), *tautan = sl_field(c, "tautan");
    const char *sha = NULL, *berkas_id = NULL;
    const sl_filetype *type = NULL;
    const sl_upload *up = inovasi_unggahan(c, "berkas");
    const sl_rows *inov;
    sl_rows *ada;
    int failed;

    inov = muat(c, INOVASI_EVALUATOR, &id, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!inov) {
        return inovasi_tidak_ada(c);
    }
    daerah = inovasi_teks(c, errors, "daerah", INOVASI_MSG_LABEL_NAMA_DAERAH, 255, 1);
    if (!inovasi_tahun_valid(tahun)) {
        inovasi_galat_tambah(errors, "tahun", INOVASI_MSG_TAHUN_SALAH);
    }
    if (*tautan && (strncmp(tautan, "https://", 8) != 0 && strncmp(tautan, "http://", 7) != 0)) {
        inovasi_galat_tambah(errors, "tautan", INOVASI_MSG_TAUTAN_BUKTI_SALAH);
    }
    if (up && !(type = sl_filetype_sniff((const unsigned char *)up->data, up->len))) {
        inovasi_galat_tambah(errors, "berkas", INOVASI_MSG_JENIS_BERKAS_BUKTI_SALAH);
    }
    if (!up && !*tautan) {
        inovasi_galat_tambah(errors, "berkas", INOVASI_MSG_BUKTI_REPLIKASI_WAJIB);
    }
    if (!errors->nelts) {
        if (sl_db_select(c->db, "rp_ada", &ada, SL_ARGS(id, daerah)) != 0) {
            return inovasi_gangguan(c);
        }
        if (ada->nrows) {
            inovasi_galat_tambah(errors, "daerah", INOVASI_MSG_DAERAH_SUDAH_ADA);
        }
    }
    if (errors->nelts) {
        return show(c, inov, id, HTTP_UNPROCESSABLE_ENTITY, errors);
    }
    if (up && !(sha = sl_store_put(c->r, inovasi_config_of(c->r)->upload_dir, up->data,
                                   up->len))) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE, INOVASI_MSG_BERKAS_GAGAL_DISIMPAN,
                             INOVASI_MSG_BERKAS_GAGAL_SARAN);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    if (sha && !(berkas_id = inovasi_berkas_catat(c, sha, up, type))) {
        return inovasi_gangguan(c);
    }
    sl_db_exec(c->db, "rp_simpan", NULL, SL_ARGS(id, daerah, tahun, *tautan ? tautan : NULL,
                                                 berkas_id, c->session->user_id));
    sl_audit(c, &(sl_audit_entry){"tambah_replikasi", "inovasi", id, NULL,
             inovasi_json(p, "daerah", daerah, "tahun", tahun, "tautan",
                          *tautan ? tautan : NULL, "berkas", berkas_id, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/inovasi/", id, "/replikasi", NULL));
}

int inovasi_replikasi_hapus(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id, *rid = inovasi_param_id(c, "rid");
    const sl_rows *inov;
    int failed, n = 0;

    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    inov = muat(c, INOVASI_EVALUATOR, &id, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!inov || !rid) {
        sl_db_rollback(c->db);
        return inovasi_tidak_ada(c);
    }
    sl_db_exec(c->db, "rp_hapus", &n, SL_ARGS(rid, id));
    if (n != 1) {
        sl_db_rollback(c->db);
        return inovasi_tidak_ada(c);
    }
    sl_audit(c, &(sl_audit_entry){"hapus_replikasi", "inovasi", id,
             inovasi_json(p, "replikasi", rid, NULL), NULL, 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/inovasi/", id, "/replikasi", NULL));
}

int inovasi_replikasi_unduh(sl_ctx *c)
{
    const char *id, *rid = inovasi_param_id(c, "rid");
    int failed;
    const sl_rows *inov = muat(c, INOVASI_SEMUA_OPD, &id, &failed);

    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!inov || !rid) {
        return inovasi_tidak_ada(c);
    }
    return inovasi_berkas_kirim(c, "rp_unduh", SL_ARGS(rid, id));
}
