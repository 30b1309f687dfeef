/* mod_inovasi's one route table: every route of the module, in the order
 * the dispatcher tries them (the first match wins), with the roles that may
 * open each.  `make routes` prints it for the access and menu tests
 * (scripts/rute.c), and the staff menu (common/views/_layout.xsl) shows a
 * link to the roles its route allows. */
#include "roles.h"
#include "sl_csvxml.h"
#include "sl_request.h"
#include "inovasi.h"

/* Every literal path (/dasbor, /ekspor.xml, /admin/...) comes before the
 * showcase's /{id}. */
const sl_route inovasi_routes[] = {
    /* dasbor.c */
    SL_ROUTE_PAGE("/dasbor", inovasi_dasbor, INOVASI_STAF, 0),
    /* ekspor.c; the public CSV is built from the XML (sl_csvxml.c: nested
     * lists such as the indicators become numbered columns,
     * "indikator[2]/nama"), one row per innovation */
    {"GET", "/ekspor.xml", inovasi_ekspor_semua, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/ekspor/{tahun}.xml", inovasi_ekspor_per_tahun, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY,
     NULL},
    {"GET", "/admin/ekspor.csv", inovasi_ekspor_staf_csv, INOVASI_STAF, 0, NULL},
    SL_ROUTE_CSV("/ekspor.csv", inovasi_ekspor_semua, "inovasi", 0),
    SL_ROUTE_CSV("/ekspor/{tahun}.csv", inovasi_ekspor_per_tahun, "inovasi", 0),
    /* tahun.c: the year's rules and periods */
    {"GET", "/admin/tahun/", inovasi_tahun_ke_tahun_ini, INOVASI_STAF, 0, NULL},
    {"GET", "/admin/tahun/{tahun}", inovasi_tahun_lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/tahun/{tahun}/bobot", inovasi_tahun_simpan_bobot, INOVASI_EVALUATOR, 0,
     NULL},
    {"POST", "/admin/tahun/{tahun}/pita", inovasi_tahun_simpan_pita, INOVASI_EVALUATOR, 0,
     NULL},
    {"POST", "/admin/tahun/{tahun}/kriteria", inovasi_tahun_simpan_kriteria, INOVASI_EVALUATOR,
     0, NULL},
    {"POST", "/admin/tahun/{tahun}/periode", inovasi_tahun_simpan_periode, INOVASI_EVALUATOR, 0,
     NULL},
    /* inovasi_data.c: profiles */
    {"GET", "/admin/inovasi/baru", inovasi_data_form_baru, INOVASI_PENDAFTAR, 0, NULL},
    {"POST", "/admin/inovasi", inovasi_data_buat, INOVASI_PENDAFTAR, 0, NULL},
    {"POST", "/admin/inovasi/{id}", inovasi_data_ubah, INOVASI_PETUGAS, 0, NULL},
    {"GET", "/admin/inovasi/{id}/ubah", inovasi_data_form_ubah, INOVASI_PETUGAS, 0, NULL},
    /* inovasi_daftar.c, inovasi_staf.c: the list, one innovation */
    {"GET", "/admin/", inovasi_daftar, INOVASI_STAF, 0, NULL},
    SL_ROUTE_PAGE("/admin/inovasi/{id}", inovasi_staf_lihat, INOVASI_STAF, 0),
    {"POST", "/admin/inovasi/{id}/terbit", inovasi_staf_terbit, INOVASI_EVALUATOR, 0, NULL},
    /* indikator.c: design indicators */
    {"GET", "/admin/inovasi/{id}/indikator", inovasi_indikator_form, INOVASI_PETUGAS, 0, NULL},
    {"POST", "/admin/inovasi/{id}/indikator", inovasi_indikator_simpan, INOVASI_PETUGAS, 0,
     NULL},
    /* monitoring.c, monitoring_isi.c: reports */
    {"GET", "/admin/inovasi/{id}/laporan/{periode}", inovasi_monitoring_lihat, INOVASI_STAF, 0,
     NULL},
    {"POST", "/admin/inovasi/{id}/laporan/{periode}/verifikasi", inovasi_monitoring_verifikasi,
     INOVASI_EVALUATOR, 0, NULL},
    {"GET", "/admin/inovasi/{id}/laporan/{periode}/bukti/{indikator}", inovasi_monitoring_bukti,
     INOVASI_STAF, 0, NULL},
    {"POST", "/admin/inovasi/{id}/laporan/{periode}", inovasi_monitoring_simpan,
     INOVASI_PETUGAS, 0, NULL},
    /* evaluasi.c: scores */
    {"GET", "/admin/inovasi/{id}/nilai", inovasi_evaluasi_lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/inovasi/{id}/nilai", inovasi_evaluasi_simpan, INOVASI_EVALUATOR, 0, NULL},
    /* siklus.c: lab stages, end, OAOI */
    {"GET", "/admin/inovasi/{id}/siklus", inovasi_siklus_lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/inovasi/{id}/siklus", inovasi_siklus_simpan,
     INOVASI_PETUGAS | INOVASI_EVALUATOR, 0, NULL},
    {"POST", "/admin/tahun/{tahun}/oaoi", inovasi_siklus_simpan_oaoi, INOVASI_EVALUATOR, 0,
     NULL},
    /* iid.c: the IID catalogue */
    {"GET", "/admin/iid/{tahun}", inovasi_iid_lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/iid/{tahun}/salin", inovasi_iid_salin, INOVASI_EVALUATOR, 0, NULL},
    {"POST", "/admin/iid/{tahun}/aturan", inovasi_iid_aturan, INOVASI_EVALUATOR, 0, NULL},
    {"POST", "/admin/iid/{tahun}/pita", inovasi_iid_simpan_pita, INOVASI_EVALUATOR, 0, NULL},
    {"POST", "/admin/iid/{tahun}/indikator/{nomor}", inovasi_iid_ubah, INOVASI_EVALUATOR, 0,
     NULL},
    /* iid_bukti.c: an innovation's IID evidence, and the regency's (spd) */
    {"GET", "/admin/inovasi/{id}/iid/{tahun}", inovasi_iid_bukti_lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/inovasi/{id}/iid/{tahun}/tolak", inovasi_iid_bukti_tolak,
     INOVASI_EVALUATOR, 0, NULL},
    {"POST", "/admin/inovasi/{id}/iid/{tahun}/{nomor}", inovasi_iid_bukti_ajukan,
     INOVASI_PETUGAS, 0, NULL},
    {"POST", "/admin/inovasi/{id}/iid/{tahun}/{nomor}/periksa", inovasi_iid_bukti_periksa,
     INOVASI_EVALUATOR, 0, NULL},
    {"GET", "/admin/inovasi/{id}/iid/{tahun}/{nomor}/{level}/berkas", inovasi_iid_bukti_unduh,
     INOVASI_STAF, 0, NULL},
    {"GET", "/admin/iid/{tahun}/spd", inovasi_iid_bukti_lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/iid/{tahun}/spd/{nomor}", inovasi_iid_bukti_ajukan, INOVASI_EVALUATOR, 0,
     NULL},
    {"POST", "/admin/iid/{tahun}/spd/{nomor}/periksa", inovasi_iid_bukti_periksa,
     INOVASI_EVALUATOR, 0, NULL},
    {"GET", "/admin/iid/{tahun}/spd/{nomor}/{level}/berkas", inovasi_iid_bukti_unduh,
     INOVASI_STAF, 0, NULL},
    /* iid_simulasi.c: index, recap */
    {"GET", "/admin/iid/{tahun}/rekap.csv", inovasi_iid_rekap_csv, INOVASI_SEMUA_OPD, 0, NULL},
    {"GET", "/admin/iid/{tahun}/rekap.xml", inovasi_iid_rekap_xml, INOVASI_SEMUA_OPD, 0, NULL},
    /* iid_ppid.c: PPID figures */
    {"GET", "/admin/iid/{tahun}/ppid", inovasi_iid_ppid_lihat, INOVASI_STAF, 0, NULL},
    /* replikasi.c: regions replicating */
    {"GET", "/admin/inovasi/{id}/replikasi", inovasi_replikasi_lihat, INOVASI_STAF, 0, NULL},
    {"POST", "/admin/inovasi/{id}/replikasi", inovasi_replikasi_tambah,
     INOVASI_PETUGAS | INOVASI_EVALUATOR, 0, NULL},
    {"POST", "/admin/inovasi/{id}/replikasi/{rid}/hapus", inovasi_replikasi_hapus,
     INOVASI_PETUGAS | INOVASI_EVALUATOR, 0, NULL},
    {"GET", "/admin/inovasi/{id}/replikasi/{rid}/berkas", inovasi_replikasi_unduh,
     INOVASI_STAF, 0, NULL},
    /* etalase.c: the public showcase; /{id} last */
    {"GET", "/", inovasi_etalase, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    SL_ROUTE_PAGE("/{id}", inovasi_etalase_profil, SL_ROUTE_PUBLIC, 0),
    /* common/httpd: the shared stylesheet */
    SL_ASSET_ROUTES,
    {NULL, NULL, NULL, 0, 0, NULL}
};
