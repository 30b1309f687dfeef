/* Evidence SIALIP already holds for the PPID service as an innovation:
 * several IID innovation-aspect indicators are measured by mod_sialip's own
 * tables, so they are computed, not typed in, and shown with their source:
 * the channels requests arrived by (kemudahan informasi layanan), the
 * median working days from day 0 to the written notice (kecepatan
 * layanan, on the holiday calendar of hari_libur), and the share of
 * objections decided (penyelesaian pengaduan).  The level each figure
 * reaches follows the seeded catalogue's wording (docs/iid.md); there is
 * no survey (SKM) table, so that indicator stays with typed evidence. */
#include <httpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "sl_module.h"
#include "inovasi.h"
#include "inovasi_messages.h"

const sl_stmt_def inovasi_iid_ppid_stmts[] = {
    {"ip_kanal",
     "SELECT kanal, COUNT(*) FROM permohonan "
     "WHERE YEAR(diterima_pada + INTERVAL 7 HOUR) = %s GROUP BY kanal ORDER BY kanal"},
    {"ip_layanan",
     "SELECT p.hari_nol, DATE(n.diterbitkan_pada + INTERVAL 7 HOUR) FROM permohonan p "
     "JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "WHERE YEAR(p.diterima_pada + INTERVAL 7 HOUR) = %s"},
    {"ip_libur",
     "SELECT tanggal, nama FROM hari_libur WHERE libur = 1 AND YEAR(tanggal) BETWEEN %s "
     "AND %s + 1"},
    {"ip_keberatan",
     "SELECT COUNT(*), COALESCE(SUM(status = 'diputus'), 0) FROM keberatan "
     "WHERE YEAR(diterima_pada + INTERVAL 7 HOUR) = %s"},
    {NULL, NULL}
};

static int banding(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static xmlNodePtr ukuran(xmlNodePtr res, const char *nomor, const char *nama,
                         const char *nilai, int level, const char *sumber)
{
    xmlNodePtr n = sl_xml_node(res, "ukuran");
    char lv[16];
    snprintf(lv, sizeof(lv), "%d", level);
    sl_xml_attr(n, "nomor", nomor);
    sl_xml_attr(n, "nilai", nilai);
    sl_xml_attr(n, "level", lv);
    sl_xml_text(n, "nama", nama);
    sl_xml_text(n, "sumber", sumber);
    return n;
}

int inovasi_iid_ppid_lihat(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun = inovasi_tahun_valid(apr_table_get(c->params, "tahun"));
    sl_rows *kanal, *lay, *libur, *keb;
    sl_holiday *hol;
    sl_calendar *cal;
    sl_page *page;
    xmlNodePtr res;
    int *hari, n = 0, i, total = 0, level;
    long med10 = -1;

    if (!tahun) {
        return inovasi_tidak_ada(c);
    }
    if (sl_db_select(c->db, "ip_kanal", &kanal, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "ip_layanan", &lay, SL_ARGS(tahun)) != 0
        || sl_db_select(c->db, "ip_libur", &libur, SL_ARGS(tahun, tahun)) != 0
        || sl_db_select(c->db, "ip_keberatan", &keb, SL_ARGS(tahun)) != 0) {
        return inovasi_gangguan(c);
    }
    page = sl_ctx_page(c, "iid-ppid", apr_psprintf(p, INOVASI_MSG_JUDUL_BUKTI_IID_PPID, tahun),
                       "iid-ppid");
    res = page->resource;
    sl_xml_attr(res, "tahun", tahun);

    /* Channels: each one that carried at least one request. */
    for (i = 0; i < kanal->nrows; i++) {
        xmlNodePtr k = sl_xml_text(res, "kanal", sl_rows_get(kanal, i, 0));
        sl_xml_attr(k, "jumlah", sl_rows_get(kanal, i, 1));
        total += atoi(sl_rows_get_or(kanal, i, 1, "0"));
    }
    level = kanal->nrows >= 3 ? 3 : kanal->nrows;
    ukuran(res, "27", INOVASI_MSG_IID_KEMUDAHAN_INFORMASI, apr_itoa(p, kanal->nrows), level,
           apr_psprintf(p, INOVASI_MSG_IID_SUMBER_KANAL, total, tahun, kanal->nrows));

    /* Service speed: working days from day 0 to the notice's WIB date. */
    hol = apr_pcalloc(p, sizeof(*hol) * (size_t)(libur->nrows + 1));
    for (i = 0; i < libur->nrows; i++) {
        sl_day_parse_iso(sl_rows_get_or(libur, i, 0, ""), &hol[i].day);
        hol[i].name = sl_rows_get_or(libur, i, 1, "");
    }
    cal = sl_calendar_make(p, hol, libur->nrows, 16 * 60);
    hari = apr_pcalloc(p, sizeof(int) * (size_t)(lay->nrows + 1));
    for (i = 0; i < lay->nrows; i++) {
        sl_day nol, beri;
        if (sl_day_parse_iso(sl_rows_get_or(lay, i, 0, ""), &nol) == 0
            && sl_day_parse_iso(sl_rows_get_or(lay, i, 1, ""), &beri) == 0) {
            hari[n++] = sl_calendar_working_days_between(cal, nol, beri);
        }
    }
    if (n) {
        qsort(hari, (size_t)n, sizeof(int), banding);
        med10 = n % 2 ? hari[n / 2] * 10L : (hari[n / 2 - 1] + hari[n / 2]) * 5L;
    }
    level = med10 < 0 ? 0 : med10 < 20 ? 3 : med10 <= 50 ? 2 : 1;
    ukuran(res, "28", INOVASI_MSG_IID_KECEPATAN_LAYANAN,
           med10 < 0 ? NULL : apr_psprintf(p, "%ld.%ld", med10 / 10, med10 % 10), level,
           apr_psprintf(p, INOVASI_MSG_IID_SUMBER_KECEPATAN, n, tahun));

    /* Objections decided. */
    {
        int masuk = atoi(sl_rows_get_or(keb, 0, 0, "0"));
        int putus = atoi(sl_rows_get_or(keb, 0, 1, "0"));
        double persen = masuk ? putus * 100.0 / masuk : 0;
        level = !masuk ? 0 : persen > 80 ? 3 : persen > 50 ? 2 : 1;
        ukuran(res, "29", INOVASI_MSG_IID_PENYELESAIAN_PENGADUAN,
               masuk ? inovasi_dua(p, persen) : NULL, level,
               apr_psprintf(p, INOVASI_MSG_IID_SUMBER_PENGADUAN,
                            putus, masuk, tahun));
    }
    return sl_page_send(page, HTTP_OK);
}
