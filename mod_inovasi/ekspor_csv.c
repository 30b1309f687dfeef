/* CSV beside the public innovation export: /ekspor.csv and
 * /ekspor/{tahun}.csv, one row per innovation, built from the XML that
 * /ekspor.xml sends (sl_csvxml.c: nested lists such as the indicators
 * become numbered columns, "indikator[2]/nama"). */
#include "sl_csvxml.h"
#include "inovasi.h"

static const sl_csvxml exports[] = {
    {&inovasi_ekspor_feature, "/ekspor.xml", "inovasi"},
    {&inovasi_ekspor_feature, "/ekspor/{tahun}.xml", "inovasi"},
};

void inovasi_csv_register(void)
{
    sl_csvxml_register("inovasi");
}

static int semua_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[0]);
}

static int per_tahun_csv(sl_ctx *c)
{
    return sl_csvxml_send(c, &exports[1]);
}

static const sl_route routes[] = {
    {"GET", "/ekspor.csv", semua_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/ekspor/{tahun}.csv", per_tahun_csv, SL_ROUTE_PUBLIC, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature inovasi_ekspor_csv_feature = {routes, NULL};
