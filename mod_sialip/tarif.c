/* The published tariff (DOMAIN.md "Fees"): information is free; only
 * copying and delivery may be charged, at the prices of the tarif table
 * the admin keeps.  A citizen checks a notice's fee against this page
 * (objection ground f), so it is public, as HTML and as XML, and lists
 * only the lines in force (aktif). */
#include <httpd.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_module.h"
#include "pemberitahuan_rules.h"
#include "alur.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_tarif_stmts[] = {
    {"tarif_publik",
     "SELECT kode, nama, satuan, harga FROM tarif WHERE aktif = 1 ORDER BY nama"},
    {NULL, NULL}
};

int sialip_tarif_publik(sl_ctx *c)
{
    sl_rows *rows;
    sl_page *page;
    int i;

    if (sl_db_select(c->db, "tarif_publik", &rows, SL_NOARGS) != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, "tarif", SIALIP_MSG_TARIF_SALINAN_PENGIRIMAN_INFORMASI, "tarif");
    sl_xml_attr(page->resource, "jumlah", apr_itoa(c->r->pool, rows->nrows));
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr t = sl_xml_node(page->resource, "butir");
        const char *harga = sl_rows_get_or(rows, i, 3, "0");
        sl_xml_attr(t, "kode", sl_rows_get(rows, i, 0));
        sl_xml_text(t, "nama", sl_rows_get(rows, i, 1));
        sl_xml_text(t, "satuan", sl_rows_get(rows, i, 2));
        sl_xml_attr(sl_xml_text(t, "harga", sl_rupiah(c->r->pool, atol(harga))),
                    "rupiah", harga);
    }
    return sl_page_send(page, HTTP_OK);
}
