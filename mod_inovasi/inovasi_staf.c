/* The staff page of one innovation (its profile, achievement, reports,
 * scores and history) and publishing it to the showcase (Bappeda's
 * evaluator). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_audit.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_staf_stmts[] = {
    {"terbit",
     "UPDATE inovasi SET terbit = %s, terbit_pada = IF(%s = '1', UTC_TIMESTAMP(), "
     "NULL) WHERE id = %s"},
    {NULL, NULL}
};

/* ---- the staff page of one innovation ---------------------------------- */

int inovasi_staf_lihat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = inovasi_param_id(c, "id");
    apr_hash_t *capaian, *nilai, *bands = apr_hash_make(p);
    const inovasi_pita_tahun *pita;
    const inovasi_nilai *mine;
    const sl_rows *row;
    const char *tahun;
    sl_page *page;
    xmlNodePtr res, boleh;
    int failed, scored;

    row = inovasi_muat(c, id, INOVASI_SEMUA_OPD, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!row) {
        return inovasi_tidak_ada(c);
    }
    tahun = sl_rows_named(row, 0, "tahun");
    page = sl_ctx_page(c, "inovasi-staf", sl_rows_named(row, 0, "nama"), "inovasi");
    res = page->resource;
    inovasi_profil_xml(c, res, row, 0);
    if (!(capaian = inovasi_capaian_set(c, "0", id, 0))
        || !(pita = inovasi_pita_untuk(c, bands, tahun))
        || !(nilai = inovasi_nilai_tahun(c, tahun, &scored))
        || inovasi_laporan_daftar_xml(c, res, id, tahun) != 0) {
        return inovasi_gangguan(c);
    }
    inovasi_capaian_xml(c, res, apr_hash_get(capaian, id, APR_HASH_KEY_STRING),
                        pita, 1);
    mine = apr_hash_get(nilai, id, APR_HASH_KEY_STRING);
    if (mine) {
        inovasi_nilai_xml(c, sl_xml_node(res, "penilaian"), mine, scored);
    }
    boleh = sl_xml_node(res, "boleh");
    if (inovasi_milik_opd(c, row)) {
        sl_xml_attr(boleh, "ubah", "1");
    }
    if ((c->session->roles & INOVASI_EVALUATOR) && !inovasi_opd_sendiri(c, row)) {
        sl_xml_attr(boleh, "evaluasi", "1");
    }
    if (inovasi_riwayat_xml(c, res, id) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_page_send(page, HTTP_OK);
}

/* ---- publishing (Display) ---------------------------------------------- */

int inovasi_staf_terbit(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *id = inovasi_param_id(c, "id");
    const char *want = sl_field(c, "terbit");
    const sl_rows *row;
    int failed;

    if (!id) {
        return inovasi_tidak_ada(c);
    }
    if (strcmp(want, "1") != 0 && strcmp(want, "0") != 0) {
        return sl_error_page(c, HTTP_BAD_REQUEST, INOVASI_MSG_PERMINTAAN_TIDAK_VALID,
                             INOVASI_MSG_PILIH_TERBIT_TARIK);
    }
    if (sl_db_begin(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    row = inovasi_muat(c, id, INOVASI_EVALUATOR, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!row) {
        return inovasi_tidak_ada(c);
    }
    sl_db_exec(c->db, "terbit", NULL, SL_ARGS(want, want, id));
    sl_audit(c, &(sl_audit_entry){strcmp(want, "1") == 0 ? "terbitkan" : "tarik",
                                  "inovasi", id,
                                  inovasi_json(p, "terbit", sl_rows_named(row, 0, "terbit"), NULL),
                                  inovasi_json(p, "terbit", want, NULL), 0});
    if (sl_db_commit(c->db) != 0) {
        return inovasi_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(p, c->mount, "/admin/inovasi/", id, NULL));
}
