/* The whole Daftar Informasi Publik for harvesters: /dip/semua.xml (and
 * /dip/semua.csv, SL_ROUTE_CSV in routes.c) holds every published entry in one
 * document, where /dip.xml is one page of 20.  The catalogue's DIP
 * distributions point here, so a harvester that downloads a distribution
 * gets the whole dataset.
 *
 * Same document as /dip.xml (schema dip.xsd): no filter, one page of all
 * entries, ordered by id (keyset paging over the database, read in one
 * snapshot). */
#include <httpd.h>
#include <stdlib.h>
#include <apr_strings.h>
#include "admin_isian.h"
#include "dip.h"
#include "dip_lengkap.h"
#include "sialip.h"
#include "sialip_messages.h"

#define DIP_LENGKAP_AMBIL 500

const sl_stmt_def sialip_dip_lengkap_stmts[] = {
    {"dipl_jumlah", "SELECT COUNT(*) FROM dip WHERE status = 'terbit'"},
    /* The entry's columns (dip.h), keyed by id. */
    {"dipl_entri",
     "SELECT " SIALIP_DIP_KOLOM SIALIP_DIP_DARI "WHERE d.status = 'terbit' "
     "AND d.id > %s ORDER BY d.id LIMIT %s"},
    {NULL, NULL}
};

typedef struct {
    sl_ctx *c;
    xmlNodePtr res;
    long n;
} kumpul;

static int satu(void *data, int ncols, const char *const *names,
                const char *const *values, apr_pool_t *row_pool)
{
    kumpul *k = data;
    sialip_dip_baris b;

    sialip_dip_baris_dari(&b, values, ncols);
    sialip_dip_entri_xml(k->c, k->res, &b);
    k->n++;
    return 0;
}

int sialip_dip_semua_xml(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *xml = apr_pstrcat(p, c->mount, "/dip/semua.xml", NULL);
    sl_page *pg;
    sl_rows *rows;
    kumpul k;
    int rv;

    /* One snapshot: the count and the entries agree. */
    if (sl_db_begin(c->db) != 0) {
        return isian_gangguan(c);
    }
    if (sl_db_select(c->db, "dipl_jumlah", &rows, SL_NOARGS) != 0) {
        sl_db_rollback(c->db);
        return isian_gangguan(c);
    }
    pg = sl_ctx_page(c, "dip-daftar", SIALIP_MSG_DAFTAR_INFORMASI_PUBLIK_LENGKAP, "dip");
    k.c = c;
    k.res = pg->resource;
    k.n = 0;
    sl_xml_attr(k.res, "total", sl_rows_get_or(rows, 0, 0, "0"));
    sl_xml_attr(k.res, "xml", xml);
    sl_xml_node(k.res, "saring");
    rv = sl_db_each_page(c->db, "dipl_entri", 0, DIP_LENGKAP_AMBIL, "0", satu, &k,
                         SL_NOARGS);
    sl_db_rollback(c->db);
    if (rv != 0) {
        return isian_gangguan(c);
    }
    isian_paging_xml(c, k.res, xml, "", 1, 1, k.n);
    return sl_page_send(pg, HTTP_OK);
}
