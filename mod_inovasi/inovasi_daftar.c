/* The staff's list of innovations: those in the user's scope, by year,
 * with the years that have any. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_xmlrow.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_daftar_stmts[] = {
    {"daftar",
     "SELECT i.id AS `@id`, i.nama AS `<nama>`, i.tahun AS `<tahun>`, "
     "o.singkatan AS `<opd>`, i.bentuk, i.jenis, i.tahapan, i.terbit AS `@terbit`, "
     "(SELECT COUNT(*) FROM inovasi_indikator x WHERE x.inovasi_id = i.id "
     "AND x.berlaku_sampai IS NULL) AS `@indikator` "
     "FROM inovasi i JOIN opd o ON o.id = i.opd_id "
     "WHERE (%s = '1' OR i.opd_id = %s) AND (%s = '0' OR i.tahun = %s) "
     "ORDER BY i.tahun DESC, o.singkatan, i.nama, i.id LIMIT 1000"},
    {"daftar_tahun",
     "SELECT DISTINCT tahun FROM inovasi WHERE (%s = '1' OR opd_id = %s) "
     "ORDER BY tahun DESC"},
    {NULL, NULL}
};

int inovasi_daftar(sl_ctx *c)
{
    const char *semua = sl_scope_all(c, INOVASI_SEMUA_OPD);
    const char *tahun = inovasi_tahun_valid(sl_query(c, "tahun"));
    sl_page *page = sl_ctx_page(c, "admin-daftar", INOVASI_MSG_JUDUL_DAFTAR,
                                "daftar");
    sl_rows *rows, *years;
    xmlNodePtr res = page->resource, yl;
    int i;

    if (sl_db_select(c->db, "daftar", &rows,
                     SL_ARGS(semua, sl_scope_opd(c), tahun ? tahun : "0",
                             tahun ? tahun : "0")) != 0
        || sl_db_select(c->db, "daftar_tahun", &years,
                        SL_ARGS(semua, sl_scope_opd(c))) != 0) {
        return inovasi_gangguan(c);
    }
    sl_xml_attr(res, "tahun", tahun);
    sl_xml_attr(res, "cakupan", strcmp(semua, "1") == 0 ? "semua" : "opd");
    if ((c->session->roles & INOVASI_PETUGAS && c->session->opd_id)
        || inovasi_pendaftar_semua(c)) {
        sl_xml_attr(res, "boleh_buat", "1");
    }
    if (c->session->roles & INOVASI_EVALUATOR) {
        sl_xml_attr(res, "evaluator", "1");
    }
    yl = sl_xml_node(res, "tahun-ada");
    for (i = 0; i < years->nrows; i++) {
        sl_xml_text(yl, "tahun", sl_rows_get(years, i, 0));
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr item = sl_xml_node(res, "item");
        /* Its columns as daftar's aliases name them (sl_xmlrow.h); the
         * choices with their labels. */
        sl_xml_row(item, rows, i, NULL);
        sl_xml_text(item, "bentuk", inovasi_label(inovasi_bentuk, sl_rows_get(rows, i, 4)));
        sl_xml_text(item, "jenis", inovasi_label(inovasi_jenis, sl_rows_get(rows, i, 5)));
        sl_xml_attr(sl_xml_text(item, "tahapan", inovasi_label(inovasi_tahapan,
                    sl_rows_get(rows, i, 6))), "kode", sl_rows_get(rows, i, 6));
    }
    sl_xml_attr(res, "jumlah", apr_itoa(c->r->pool, rows->nrows));
    return sl_page_send(page, HTTP_OK);
}
