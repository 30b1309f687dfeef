/* The public showcase: innovations Bappeda has published (the Display
 * stage), filterable by OPD, form and year, each with its achievement; and
 * one innovation's public profile.  Contact phone and e-mail stay on the
 * staff pages. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_etalase_stmts[] = {
    {"etalase",
     "SELECT i.id, i.nama, i.tahun, o.nama, o.singkatan, i.bentuk, i.jenis, "
     "i.tahapan, i.ringkasan, o.id FROM inovasi i JOIN opd o ON o.id = i.opd_id "
     "WHERE i.terbit = 1 AND (%s = '0' OR i.opd_id = %s) "
     "AND (%s = '' OR i.bentuk = %s) AND (%s = '0' OR i.tahun = %s) "
     "ORDER BY i.tahun DESC, i.nama, i.id LIMIT 500"},
    {"etalase_opd",
     "SELECT o.id, o.nama, o.singkatan FROM opd o WHERE EXISTS (SELECT 1 FROM "
     "inovasi i WHERE i.opd_id = o.id AND i.terbit = 1) ORDER BY o.nama"},
    {"etalase_tahun",
     "SELECT DISTINCT tahun FROM inovasi WHERE terbit = 1 ORDER BY tahun DESC"},
    {NULL, NULL}
};

int inovasi_etalase(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *opd = sl_query(c, "opd");
    const char *bentuk = sl_query(c, "bentuk");
    const char *tahun = inovasi_tahun_valid(sl_query(c, "tahun"));
    sl_page *page = sl_ctx_page(c, "etalase", INOVASI_MSG_JUDUL_ETALASE,
                                "inovasi");
    apr_hash_t *capaian, *bands = apr_hash_make(p);
    xmlNodePtr filter, list;
    sl_rows *rows, *opds, *years;
    int i;

    /* An unknown filter value filters nothing. */
    if (strlen(opd) > 9 || strspn(opd, "0123456789") != strlen(opd) || !*opd) {
        opd = "0";
    }
    if (!inovasi_pilihan_ada(inovasi_bentuk, bentuk)) {
        bentuk = "";
    }
    if (sl_db_select(c->db, "etalase", &rows,
                     SL_ARGS(opd, opd, bentuk, bentuk, tahun ? tahun : "0",
                             tahun ? tahun : "0")) != 0
        || sl_db_select(c->db, "etalase_opd", &opds, SL_NOARGS) != 0
        || sl_db_select(c->db, "etalase_tahun", &years, SL_NOARGS) != 0
        || !(capaian = inovasi_capaian_set(c, tahun ? tahun : "0", NULL, 1))) {
        return inovasi_gangguan(c);
    }
    filter = sl_xml_node(page->resource, "saring");
    sl_xml_attr(filter, "opd", opd);
    sl_xml_attr(filter, "bentuk", bentuk);
    sl_xml_attr(filter, "tahun", tahun);
    for (i = 0; i < opds->nrows; i++) {
        xmlNodePtr o = sl_xml_text(filter, "opd", sl_rows_get(opds, i, 1));
        sl_xml_attr(o, "id", sl_rows_get(opds, i, 0));
        sl_xml_attr(o, "singkatan", sl_rows_get(opds, i, 2));
    }
    for (i = 0; i < years->nrows; i++) {
        sl_xml_text(filter, "tahun", sl_rows_get(years, i, 0));
    }
    inovasi_pilihan_xml(filter, "bentuk", inovasi_bentuk);

    list = sl_xml_node(page->resource, "daftar");
    for (i = 0; i < rows->nrows; i++) {
        const char *id = sl_rows_get(rows, i, 0);
        const char *year = sl_rows_get(rows, i, 2);
        const inovasi_pita_tahun *pita = inovasi_pita_untuk(c, bands, year);
        xmlNodePtr item = sl_xml_node(list, "item"), o;
        if (!pita) {
            return inovasi_gangguan(c);
        }
        sl_xml_attr(item, "id", id);
        sl_xml_text(item, "nama", sl_rows_get(rows, i, 1));
        sl_xml_text(item, "tahun", year);
        o = sl_xml_text(item, "opd", sl_rows_get(rows, i, 3));
        sl_xml_attr(o, "singkatan", sl_rows_get(rows, i, 4));
        sl_xml_attr(o, "id", sl_rows_get(rows, i, 9));
        sl_xml_attr(sl_xml_text(item, "bentuk", inovasi_label(inovasi_bentuk,
                    sl_rows_get(rows, i, 5))), "kode", sl_rows_get(rows, i, 5));
        sl_xml_attr(sl_xml_text(item, "jenis", inovasi_label(inovasi_jenis,
                    sl_rows_get(rows, i, 6))), "kode", sl_rows_get(rows, i, 6));
        sl_xml_attr(sl_xml_text(item, "tahapan", inovasi_label(inovasi_tahapan,
                    sl_rows_get(rows, i, 7))), "kode", sl_rows_get(rows, i, 7));
        sl_xml_text(item, "ringkasan", sl_rows_get(rows, i, 8));
        inovasi_capaian_xml(c, item, apr_hash_get(capaian, id, APR_HASH_KEY_STRING),
                            pita, 0);
    }
    sl_xml_attr(list, "jumlah", apr_itoa(p, rows->nrows));
    return sl_page_send(page, HTTP_OK);
}

/* /{id}: digits only, so nothing else under the mount point is taken for
 * an innovation. */
int inovasi_etalase_profil(sl_ctx *c)
{
    const char *id = inovasi_param_id(c, "id");
    apr_hash_t *capaian, *bands = apr_hash_make(c->r->pool);
    const inovasi_pita_tahun *pita;
    const sl_rows *row;
    sl_page *page;
    int failed;

    if (!id) {
        return inovasi_tidak_ada(c);
    }
    row = inovasi_muat_publik(c, id, &failed);
    if (failed) {
        return inovasi_gangguan(c);
    }
    if (!row) {
        return inovasi_tidak_ada(c);
    }
    if (!(capaian = inovasi_capaian_set(c, "0", id, 1))
        || !(pita = inovasi_pita_untuk(c, bands, sl_rows_named(row, 0, "tahun")))) {
        return inovasi_gangguan(c);
    }
    page = sl_ctx_page(c, "profil", sl_rows_named(row, 0, "nama"), "inovasi");
    inovasi_profil_xml(c, page->resource, row, 1);
    inovasi_capaian_xml(c, page->resource,
                        apr_hash_get(capaian, id, APR_HASH_KEY_STRING), pita, 1);
    return sl_page_send(page, HTTP_OK);
}
