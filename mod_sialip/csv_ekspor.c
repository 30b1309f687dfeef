/* CSV beside mod_sialip's public XML exports (sl_csvxml.c builds each
 * from the XML its export sends, so the two cannot drift): the DIP (one
 * row per entry; /dip/semua.csv every published entry), the exempt list
 * (one row per exemption), the survey (one row per unit), the archive
 * (one row per request), the statistics and the annual and semester
 * reports (one row each: every value by its path). */
#include "sl_csvxml.h"
#include "dip_lengkap.h"
#include "sialip.h"
#include "arsip.h"

static const sl_csvxml exports[] = {
    {&sialip_dip_feature, "/dip.xml", "entri"},
    {&sialip_statistik_feature, "/statistik.xml", NULL},
    {&sialip_laporan_feature, "/laporan/{tahun}.xml", NULL},
    {&sialip_laporan_feature, "/laporan/{tahun}/semester/{semester}.xml", NULL},
    {&sialip_dikecualikan_feature, "/dikecualikan.xml", "entri"},
    {&sialip_dip_lengkap_feature, "/dip/semua.xml", "entri"},
    {&sialip_survei_feature, "/survei.xml", "unit"},
    {&sialip_arsip_feature, "/arsip.xml", "permohonan"},
};

void sialip_csv_register(void)
{
    sl_csvxml_register("sialip");
}

static int dip_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[0]);
}

static int statistik_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[1]);
}

static int tahunan_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[2]);
}

static int semester_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[3]);
}

static int dikecualikan_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[4]);
}

static int dip_semua_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[5]);
}

static int survei_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[6]);
}

static int arsip_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[7]);
}

static const sl_route routes[] = {
    {"GET", "/arsip.csv", arsip_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/dip/semua.csv", dip_semua_csv, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/dikecualikan.csv", dikecualikan_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/dip.csv", dip_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/survei.csv", survei_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/statistik.csv", statistik_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/laporan/{tahun}.csv", tahunan_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/laporan/{tahun}/semester/{semester}.csv", semester_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature sialip_csv_feature = {routes, NULL};
