/* The public showcase of innovations that reached the Display stage
 * (published by Bappeda). */
#include <httpd.h>
#include <http_protocol.h>
#include "inovasi.h"

static const sl_stmt_def statements[] = {
    {"etalase",
     "SELECT i.id, i.nama, i.tahun, o.nama, i.bentuk, i.jenis, i.tahapan, "
     "i.ringkasan FROM inovasi i JOIN opd o ON o.id = i.opd_id "
     "WHERE i.terbit = 1 ORDER BY i.tahun DESC, i.nama LIMIT 200"},
    {NULL, NULL}
};

static int etalase(sl_ctx *c)
{
    sl_page *page = sl_ctx_page(c, "etalase", "Inovasi Daerah Kabupaten Serang",
                                "inovasi");
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "etalase", &rows, SL_NOARGS) != 0) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                             "Layanan sedang tidak tersedia",
                             "Silakan coba lagi beberapa saat lagi.");
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr item = sl_xml_node(page->resource, "item");
        sl_xml_attr(item, "id", sl_rows_get(rows, i, 0));
        sl_xml_text(item, "nama", sl_rows_get(rows, i, 1));
        sl_xml_text(item, "tahun", sl_rows_get(rows, i, 2));
        sl_xml_text(item, "opd", sl_rows_get(rows, i, 3));
        sl_xml_text(item, "bentuk", sl_rows_get(rows, i, 4));
        sl_xml_text(item, "jenis", sl_rows_get(rows, i, 5));
        sl_xml_text(item, "tahapan", sl_rows_get(rows, i, 6));
        sl_xml_text(item, "ringkasan", sl_rows_get(rows, i, 7));
    }
    return sl_page_send(page, HTTP_OK);
}

static const sl_route routes[] = {
    {"GET", "/", etalase, SL_ROUTE_PUBLIC, 0},
    {NULL, NULL, NULL, 0, 0}
};

const sl_feature inovasi_etalase_feature = {routes, statements};
