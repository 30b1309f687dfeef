/* An innovation's reports: the periods it owes from its registration year
 * on, each with its report's status, due date and lateness (the staff page
 * of the innovation). */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "monitoring.h"

const sl_stmt_def inovasi_laporan_daftar_stmts[] = {
    {"lap_daftar",
     "SELECT p.id, p.jenis, p.nomor, p.tahun, p.mulai, p.selesai, p.tenggat, "
     "l.status, DATE(l.diajukan_pada + INTERVAL 7 HOUR), "
     "p.tenggat < " HARI_INI ", "
     "DATEDIFF(p.tenggat, " HARI_INI "), "
     /* ended before the innovation was registered: not owed */
     "i.dibuat_pada IS NOT NULL AND p.tahun = YEAR(i.dibuat_pada + INTERVAL 7 HOUR) "
     "AND p.selesai < DATE(i.dibuat_pada + INTERVAL 7 HOUR) "
     "FROM inovasi_periode p JOIN inovasi i ON i.id = %s "
     "LEFT JOIN inovasi_laporan l ON l.periode_id = p.id AND l.inovasi_id = i.id "
     /* from the registration year on, while the innovation runs */
     "WHERE p.tahun >= %s AND p.mulai <= COALESCE(i.berakhir, '9999-12-31') "
     "ORDER BY p.mulai, p.id"},
    {NULL, NULL}
};

int inovasi_laporan_daftar_xml(sl_ctx *c, xmlNodePtr parent, const char *id,
                               const char *tahun)
{
    apr_pool_t *p = c->r->pool;
    xmlNodePtr list = sl_xml_node(parent, "laporan-periode");
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "lap_daftar", &rows, SL_ARGS(id, tahun)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *status = sl_rows_get(rows, i, 7);
        xmlNodePtr n = sl_xml_node(list, "periode");
        sl_xml_attr(n, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(n, "nama", inovasi_nama_periode(p, sl_rows_get(rows, i, 1),
                                                    sl_rows_get(rows, i, 2),
                                                    sl_rows_get(rows, i, 3)));
        sl_xml_attr(n, "mulai", sl_rows_get(rows, i, 4));
        sl_xml_attr(n, "selesai", sl_rows_get(rows, i, 5));
        sl_xml_attr(n, "tenggat", sl_rows_get(rows, i, 6));
        sl_xml_attr(n, "status", status ? status : "belum");
        sl_xml_attr(n, "status_label", inovasi_label(inovasi_status_laporan,
                                                     status ? status : "belum"));
        sl_xml_attr(n, "diajukan", sl_rows_get(rows, i, 8));
        sl_xml_attr(n, "sisa_hari", sl_rows_get(rows, i, 10));
        inovasi_laporan_keterlambatan(n, status, sl_rows_get(rows, i, 9),
                                      sl_rows_get(rows, i, 8), sl_rows_get(rows, i, 6),
                                      strcmp(sl_rows_get_or(rows, i, 11, "0"), "1") == 0);
    }
    return 0;
}
