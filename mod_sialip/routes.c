/* mod_sialip's one route table: every route of the module, in the order
 * the dispatcher tries them (the first match wins, so a literal path comes
 * before a {pattern} that would take it), with the roles that may open
 * each.  `make routes` prints it for the access and menu tests
 * (scripts/rute.c), and the staff menu (common/views/_layout.xsl) shows a
 * link to the roles its route allows. */
#include "roles.h"
#include "sl_csvxml.h"
#include "sl_request.h"
#include "sl_session.h"
#include "admin_tabel.h"
#include "alur.h"
#include "dip.h"
#include "emonev.h"
#include "laporan.h"
#include "register.h"
#include "sialip.h"

/* The officers of the PPID (Utama and Pelaksana), where no narrower set
 * of its own is named. */
#define PPID_PETUGAS (SL_ROLE_PPID_UTAMA | SL_ROLE_PPID_PELAKSANA)

/* What each register route lists or exports: {keberatan, xml}. */
static const reg_jenis reg_permohonan = {0, 0}, reg_permohonan_xml = {0, 1},
                       reg_keberatan = {1, 0}, reg_keberatan_xml = {1, 1};

const sl_route sialip_routes[] = {
    /* layanan.c, permohonan.c: the service page, a request and its status */
    {"GET", "/", sialip_layanan, SL_ROUTE_PUBLIC, SL_ROUTE_NO_DB, NULL},
    {"GET", "/permohonan/baru", sialip_permohonan_baru, SL_ROUTE_PUBLIC, SL_ROUTE_NO_DB,
     NULL},
    {"POST", "/permohonan", sialip_permohonan_ajukan, SL_ROUTE_PUBLIC, 0, NULL},
    SL_ROUTE_PAGE("/permohonan/{nomor}", sialip_permohonan_lihat, SL_ROUTE_PUBLIC, 0),
    {"GET", "/lacak", sialip_permohonan_lacak, SL_ROUTE_PUBLIC, 0, NULL},
    {"POST", "/lacak", sialip_permohonan_lacak, SL_ROUTE_PUBLIC, 0, NULL},
    /* staf.c: the staff home page */
    {"GET", "/admin/", sialip_staf_beranda, SL_ROLE_ANY_STAFF, 0, NULL},
    /* proses.c: record, route, answer, extend */
    {"GET", "/admin/permohonan/baru", sialip_proses_catat_form, SL_ROLE_PPID_UTAMA, 0, NULL},
    {"POST", "/admin/permohonan/baru", sialip_proses_catat_simpan, SL_ROLE_PPID_UTAMA, 0,
     NULL},
    {"POST", "/admin/permohonan/{nomor}/disposisi", sialip_proses_disposisi,
     SL_ROLE_PPID_UTAMA, 0, NULL},
    {"POST", "/admin/permohonan/{nomor}/disposisi/{bagian}/alihkan", sialip_proses_alihkan,
     SL_ROLE_PPID_UTAMA, 0, NULL},
    {"POST", "/admin/permohonan/{nomor}/disposisi/{bagian}/jawab", sialip_proses_jawab,
     SL_ROLE_PPID_PELAKSANA, 0, NULL},
    {"POST", "/admin/permohonan/{nomor}/perpanjang", sialip_proses_perpanjang,
     SL_ROLE_PPID_UTAMA, 0, NULL},
    /* berkas_sengketa.c: a dispute's dossier */
    SL_ROUTE_PAGE("/admin/permohonan/{nomor}/sengketa", sialip_berkas_sengketa,
                  ALUR_SEMUA_OPD, 0),
    /* kotak.c: the inbox, a request's page */
    {"GET", "/admin/permohonan", sialip_kotak_daftar, ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/permohonan/{nomor}", sialip_kotak_lihat, ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/permohonan/{nomor}/identitas", sialip_kotak_identitas, ALUR_PETUGAS, 0,
     NULL},
    /* pemberitahuan_terbit.c, pemberitahuan.c: issuing the written notice,
     * the notice and its documents */
    {"GET", "/admin/permohonan/{nomor}/pemberitahuan", sialip_pemberitahuan_terbit_form,
     PPID_PETUGAS, 0, NULL},
    {"POST", "/admin/permohonan/{nomor}/pemberitahuan", sialip_pemberitahuan_terbit_issue,
     PPID_PETUGAS, 0, NULL},
    {"GET", "/admin/permohonan/{nomor}/pemberitahuan/cetak", sialip_pemberitahuan_staff_print,
     ALUR_PETUGAS, 0, NULL},
    {"GET", "/admin/permohonan/{nomor}/dokumen/{berkas}", sialip_pemberitahuan_staff_document,
     ALUR_PETUGAS, 0, NULL},
    {"GET", "/permohonan/{nomor}/pemberitahuan", sialip_pemberitahuan_public_print,
     SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/permohonan/{nomor}/dokumen/{berkas}", sialip_pemberitahuan_public_document,
     SL_ROUTE_PUBLIC, 0, NULL},
    /* pemberitahuan_serah.c: delivery, payment */
    {"GET", "/admin/permohonan/{nomor}/penyerahan", sialip_serah_form, PPID_PETUGAS, 0, NULL},
    {"POST", "/admin/permohonan/{nomor}/penyerahan", sialip_serah_record, PPID_PETUGAS, 0,
     NULL},
    {"POST", "/admin/permohonan/{nomor}/pembayaran", sialip_serah_paid, PPID_PETUGAS, 0, NULL},
    /* disposisi_tutup.c: closing a silent part */
    {"GET", "/admin/permohonan/{nomor}/disposisi/{bagian}/tutup", sialip_tutup_form,
     SL_ROLE_PPID_UTAMA, 0, NULL},
    {"POST", "/admin/permohonan/{nomor}/disposisi/{bagian}/tutup", sialip_tutup_close_part,
     SL_ROLE_PPID_UTAMA, 0, NULL},
    /* keberatan_baru.c (ground b, the desk, musyawarah), before keberatan.c:
     * /keberatan/baru before /keberatan/{nomor} */
    {"GET", "/keberatan/baru", sialip_keberatan_baru_public_form, SL_ROUTE_PUBLIC, 0, NULL},
    {"POST", "/keberatan/baru", sialip_keberatan_baru_public_file, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/admin/keberatan/baru", sialip_keberatan_baru_desk_form, SL_ROLE_PPID_UTAMA, 0,
     NULL},
    {"POST", "/admin/keberatan/baru", sialip_keberatan_baru_desk_file, SL_ROLE_PPID_UTAMA, 0,
     NULL},
    {"GET", "/admin/keberatan/{nomor}", sialip_keberatan_staff_view, ALUR_SEMUA_OPD, 0, NULL},
    {"POST", "/admin/keberatan/{nomor}/musyawarah", sialip_keberatan_settle, ALUR_SEMUA_OPD,
     0, NULL},
    /* keberatan.c: an objection against a request */
    {"GET", "/permohonan/{nomor}/keberatan", sialip_keberatan_public_form, SL_ROUTE_PUBLIC, 0,
     NULL},
    {"POST", "/permohonan/{nomor}/keberatan", sialip_keberatan_public_file, SL_ROUTE_PUBLIC, 0,
     NULL},
    {"GET", "/keberatan/{nomor}", sialip_keberatan_public_receipt, SL_ROUTE_PUBLIC, 0, NULL},
    /* keberatan_putus.c, perkara.c: decision, dispute, court case */
    {"GET", "/admin/keberatan", sialip_keberatan_staff_list, ALUR_SEMUA_OPD, 0, NULL},
    {"POST", "/admin/keberatan/{nomor}/putusan", sialip_keberatan_decide, SL_ROLE_ATASAN_PPID,
     0, NULL},
    {"POST", "/admin/keberatan/{nomor}/tanggapan", sialip_keberatan_record_reply,
     ALUR_SEMUA_OPD, 0, NULL},
    {"POST", "/admin/keberatan/{nomor}/sengketa", sialip_keberatan_record_dispute,
     ALUR_SEMUA_OPD, 0, NULL},
    {"POST", "/admin/keberatan/{nomor}/perkara", sialip_perkara_record_case, ALUR_SEMUA_OPD, 0,
     NULL},
    /* register.c, register_ekspor.c: the registers and their exports */
    {"GET", "/admin/register/permohonan.csv", sialip_register_ekspor, ALUR_PETUGAS, 0,
     &reg_permohonan},
    {"GET", "/admin/register/permohonan.xml", sialip_register_ekspor, ALUR_PETUGAS, 0,
     &reg_permohonan_xml},
    {"GET", "/admin/register/permohonan", sialip_register_halaman, ALUR_PETUGAS, 0,
     &reg_permohonan},
    {"GET", "/admin/register/keberatan.csv", sialip_register_ekspor, ALUR_PETUGAS, 0,
     &reg_keberatan},
    {"GET", "/admin/register/keberatan.xml", sialip_register_ekspor, ALUR_PETUGAS, 0,
     &reg_keberatan_xml},
    {"GET", "/admin/register/keberatan", sialip_register_halaman, ALUR_PETUGAS, 0,
     &reg_keberatan},
    /* CSV beside the public XML exports, built from the XML each sends
     * (sl_csvxml.c), so the two cannot drift: the archive (one row per
     * request), the DIP (one row per entry; /dip/semua.csv every published
     * one), the exempt list (one row per exemption), the survey (one row
     * per unit), the statistics and the annual and semester reports (one
     * row each: every value by its path).  Before laporan.c: {semester}
     * would take "1.csv". */
    SL_ROUTE_CSV("/arsip.csv", sialip_arsip_daftar, "permohonan", 0),
    SL_ROUTE_CSV("/dip/semua.csv", sialip_dip_semua_xml, "entri", SL_ROUTE_HEAVY),
    SL_ROUTE_CSV("/dikecualikan.csv", sialip_dikecualikan_publik, "entri", 0),
    SL_ROUTE_CSV("/dip.csv", sialip_dip_publik, "entri", 0),
    SL_ROUTE_CSV("/survei.csv", sialip_survei_results, "unit", 0),
    SL_ROUTE_CSV("/statistik.csv", sialip_statistik_xml, NULL, 0),
    SL_ROUTE_CSV("/laporan/{tahun}.csv", sialip_laporan_tahunan_xml, NULL, 0),
    SL_ROUTE_CSV("/laporan/{tahun}/semester/{semester}.csv", sialip_laporan_semester_xml, NULL,
                 0),
    /* laporan.c, laporan_narasi.c: the annual and semester reports */
    {"GET", "/admin/laporan", sialip_laporan_daftar, LAP_PEMBACA, 0, NULL},
    {"GET", "/admin/laporan/{tahun}", sialip_laporan_tahunan_halaman, LAP_PEMBACA, 0, NULL},
    {"GET", "/laporan", sialip_laporan_daftar, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/laporan/{tahun}.xml", sialip_laporan_tahunan_xml, SL_ROUTE_PUBLIC,
     SL_ROUTE_HEAVY, NULL},
    {"GET", "/laporan/{tahun}", sialip_laporan_tahunan_halaman, SL_ROUTE_PUBLIC,
     SL_ROUTE_HEAVY, NULL},
    {"GET", "/laporan/{tahun}/semester/{semester}.xml", sialip_laporan_semester_xml,
     SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/laporan/{tahun}/semester/{semester}", sialip_laporan_semester_halaman,
     SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/admin/laporan/{tahun}/narasi", sialip_narasi_form, LAP_PEMBACA, 0, NULL},
    {"POST", "/admin/laporan/{tahun}/narasi", sialip_narasi_save, SL_ROLE_PPID_UTAMA, 0,
     NULL},
    /* statistik.c: the public statistics */
    {"GET", "/statistik.xml", sialip_statistik_xml, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/statistik", sialip_statistik_halaman, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    /* dip_atom.c, katalog.c: the DIP's Atom feed, the DCAT catalogue */
    {"GET", "/dip.atom", sialip_dip_atom, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/katalog.jsonld", sialip_katalog_kirim_jsonld, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/katalog.rdf", sialip_katalog_kirim_rdf, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/skema/{nama}.xsd", sialip_katalog_skema, SL_ROUTE_PUBLIC, SL_ROUTE_NO_DB, NULL},
    /* emonev.c, emonev_arsip.c: the e-Monev evidence and its archive */
    {"GET", "/admin/emonev", sialip_emonev_kini, ALUR_SEMUA_OPD, 0, NULL},
    {"GET", "/admin/emonev/{tahun}.zip", sialip_emonev_arsip, ALUR_SEMUA_OPD, 0, NULL},
    SL_ROUTE_PAGE("/admin/emonev/{tahun}", sialip_emonev, ALUR_SEMUA_OPD, 0),
    /* kepatuhan.c: compliance */
    SL_ROUTE_PAGE("/kepatuhan", sialip_kepatuhan_publik, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY),
    {"GET", "/admin/kepatuhan", sialip_kepatuhan_staf, ALUR_SEMUA_OPD, 0, NULL},
    SL_ROUTE_PAGE("/admin/kepatuhan/{tahun}", sialip_kepatuhan_staf, ALUR_SEMUA_OPD, 0),
    /* The DIP: dip_lengkap.c, then dip_cari.c (/dip/{id} after
     * /dip/semua.xml), dip.c, and the officers' dip_kelola.c, dip_tinjau.c */
    {"GET", "/dip/semua.xml", sialip_dip_semua_xml, SL_ROUTE_PUBLIC, SL_ROUTE_HEAVY, NULL},
    {"GET", "/dip/{id}", sialip_dip_satu, SL_ROUTE_PUBLIC, 0, NULL},
    SL_ROUTE_PAGE("/dip", sialip_dip_publik, SL_ROUTE_PUBLIC, 0),
    {"GET", "/dip/{id}/berkas", sialip_dip_berkas_publik, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/admin/dip", sialip_dip_kelola, DIP_PETUGAS, 0, NULL},
    {"GET", "/admin/dip/baru", sialip_dip_baru, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip", sialip_dip_buat, DIP_PETUGAS, 0, NULL},
    {"GET", "/admin/dip/{id}", sialip_dip_lihat, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}", sialip_dip_ubah, DIP_PETUGAS, 0, NULL},
    {"GET", "/admin/dip/{id}/berkas", sialip_dip_berkas_staf, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}/ajukan", sialip_dip_ajukan, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}/tarik", sialip_dip_tarik, DIP_PETUGAS, 0, NULL},
    {"POST", "/admin/dip/{id}/terbitkan", sialip_dip_terbitkan, SL_ROLE_PPID_UTAMA, 0, NULL},
    {"POST", "/admin/dip/{id}/tolak", sialip_dip_tolak, SL_ROLE_PPID_UTAMA, 0, NULL},
    /* dikecualikan.c: the exempt list */
    SL_ROUTE_PAGE("/dikecualikan", sialip_dikecualikan_publik, SL_ROUTE_PUBLIC, 0),
    {"GET", "/admin/dikecualikan", sialip_dikecualikan_kelola, PPID_PETUGAS, 0, NULL},
    {"GET", "/admin/dikecualikan/baru", sialip_dikecualikan_baru, PPID_PETUGAS, 0, NULL},
    {"POST", "/admin/dikecualikan", sialip_dikecualikan_buat, PPID_PETUGAS, 0, NULL},
    {"GET", "/admin/dikecualikan/{id}", sialip_dikecualikan_lihat, PPID_PETUGAS, 0, NULL},
    {"POST", "/admin/dikecualikan/{id}", sialip_dikecualikan_ubah, PPID_PETUGAS, 0, NULL},
    /* The admin tables (admin_tabel.c), each described in its own file */
    {"GET", "/admin/pengguna", sialip_tabel_daftar, SL_ROLE_ADMIN, 0, &sialip_tabel_pengguna},
    {"GET", "/admin/pengguna/baru", sialip_tabel_baru, SL_ROLE_ADMIN, 0,
     &sialip_tabel_pengguna},
    {"POST", "/admin/pengguna", sialip_tabel_tambah, SL_ROLE_ADMIN, 0, &sialip_tabel_pengguna},
    {"GET", "/admin/pengguna/{id}", sialip_tabel_lihat, SL_ROLE_ADMIN, 0,
     &sialip_tabel_pengguna},
    {"POST", "/admin/pengguna/{id}", sialip_tabel_ubah, SL_ROLE_ADMIN, 0,
     &sialip_tabel_pengguna},
    {"POST", "/admin/pengguna/{id}/nonaktifkan", sialip_tabel_nonaktifkan, SL_ROLE_ADMIN, 0,
     &sialip_tabel_pengguna},
    {"POST", "/admin/pengguna/{id}/aktifkan", sialip_tabel_aktifkan, SL_ROLE_ADMIN, 0,
     &sialip_tabel_pengguna},
    {"GET", "/admin/opd", sialip_tabel_daftar, SL_ROLE_ADMIN, 0, &sialip_tabel_opd},
    {"POST", "/admin/opd", sialip_tabel_tambah, SL_ROLE_ADMIN, 0, &sialip_tabel_opd},
    {"GET", "/admin/opd/{id}", sialip_tabel_lihat, SL_ROLE_ADMIN, 0, &sialip_tabel_opd},
    {"POST", "/admin/opd/{id}", sialip_tabel_ubah, SL_ROLE_ADMIN, 0, &sialip_tabel_opd},
    {"POST", "/admin/opd/{id}/nonaktifkan", sialip_tabel_nonaktifkan, SL_ROLE_ADMIN, 0,
     &sialip_tabel_opd},
    {"POST", "/admin/opd/{id}/aktifkan", sialip_tabel_aktifkan, SL_ROLE_ADMIN, 0,
     &sialip_tabel_opd},
    {"GET", "/admin/libur", sialip_tabel_daftar, SL_ROLE_ADMIN, 0, &sialip_tabel_libur},
    {"POST", "/admin/libur", sialip_tabel_tambah, SL_ROLE_ADMIN, 0, &sialip_tabel_libur},
    {"GET", "/admin/libur/{tanggal}", sialip_tabel_lihat, SL_ROLE_ADMIN, 0,
     &sialip_tabel_libur},
    {"POST", "/admin/libur/{tanggal}", sialip_tabel_ubah, SL_ROLE_ADMIN, 0,
     &sialip_tabel_libur},
    {"POST", "/admin/libur/{tanggal}/hapus", sialip_tabel_hapus, SL_ROLE_ADMIN, 0,
     &sialip_tabel_libur},
    {"GET", "/admin/tarif", sialip_tabel_daftar, SL_ROLE_ADMIN, 0, &sialip_tabel_tarif},
    {"POST", "/admin/tarif", sialip_tabel_tambah, SL_ROLE_ADMIN, 0, &sialip_tabel_tarif},
    {"GET", "/admin/tarif/{id}", sialip_tabel_lihat, SL_ROLE_ADMIN, 0, &sialip_tabel_tarif},
    {"POST", "/admin/tarif/{id}", sialip_tabel_ubah, SL_ROLE_ADMIN, 0, &sialip_tabel_tarif},
    {"POST", "/admin/tarif/{id}/nonaktifkan", sialip_tabel_nonaktifkan, SL_ROLE_ADMIN, 0,
     &sialip_tabel_tarif},
    {"POST", "/admin/tarif/{id}/aktifkan", sialip_tabel_aktifkan, SL_ROLE_ADMIN, 0,
     &sialip_tabel_tarif},
    /* tarif.c, aksesibilitas.c: the published tariff, the accessibility
     * statement */
    SL_ROUTE_PAGE("/tarif", sialip_tarif_publik, SL_ROUTE_PUBLIC, 0),
    {"GET", "/aksesibilitas", sialip_aksesibilitas, SL_ROUTE_PUBLIC, SL_ROUTE_NO_DB, NULL},
    /* survei.c: the satisfaction survey */
    SL_ROUTE_PAGE("/survei", sialip_survei_results, SL_ROUTE_PUBLIC, 0),
    {"GET", "/permohonan/{nomor}/survei", sialip_survei_citizen_form, SL_ROUTE_PUBLIC, 0,
     NULL},
    {"POST", "/permohonan/{nomor}/survei", sialip_survei_citizen_answer, SL_ROUTE_PUBLIC, 0,
     NULL},
    {"GET", "/admin/survei", sialip_survei_desk_form, SL_ROLE_PPID_UTAMA, 0, NULL},
    {"POST", "/admin/survei", sialip_survei_desk_enter, SL_ROLE_PPID_UTAMA, 0, NULL},
    /* percakapan.c, percakapan_staf.c: messages, clarification */
    {"POST", "/permohonan/{nomor}/pesan", sialip_percakapan_citizen_send, SL_ROUTE_PUBLIC, 0,
     NULL},
    {"GET", "/permohonan/{nomor}/pesan/{pesan}/lampiran", sialip_percakapan_citizen_attachment,
     SL_ROUTE_PUBLIC, 0, NULL},
    {"POST", "/admin/permohonan/{nomor}/pesan", sialip_percakapan_officer_send, PPID_PETUGAS,
     0, NULL},
    {"POST", "/admin/permohonan/{nomor}/buka", sialip_percakapan_reopen, PPID_PETUGAS, 0,
     NULL},
    {"POST", "/admin/permohonan/{nomor}/tutup-kembali", sialip_percakapan_close_again,
     PPID_PETUGAS, 0, NULL},
    {"GET", "/admin/permohonan/{nomor}/pesan/{pesan}/lampiran",
     sialip_percakapan_officer_attachment, ALUR_PETUGAS, 0, NULL},
    /* arsip.c, arsip_kelola.c, arsip_cari_dulu.c: the archive of answered
     * requests, its officers' side, "search first" */
    SL_ROUTE_PAGE("/arsip", sialip_arsip_daftar, SL_ROUTE_PUBLIC, 0),
    SL_ROUTE_PAGE("/arsip/{nomor}", sialip_arsip_satu, SL_ROUTE_PUBLIC, 0),
    {"GET", "/arsip/{nomor}/dokumen/{id}", sialip_arsip_dokumen, SL_ROUTE_PUBLIC, 0, NULL},
    {"GET", "/admin/arsip", sialip_arsip_kelola_daftar, PPID_PETUGAS, 0, NULL},
    {"GET", "/admin/arsip/{nomor}", sialip_arsip_kelola_lihat, PPID_PETUGAS, 0, NULL},
    {"POST", "/admin/arsip/{nomor}/terbitkan", sialip_arsip_kelola_terbitkan, PPID_PETUGAS, 0,
     NULL},
    {"POST", "/admin/arsip/{nomor}/tahan", sialip_arsip_kelola_tahan, PPID_PETUGAS, 0, NULL},
    SL_ROUTE_PAGE("/cari-dulu", sialip_cari_dulu, SL_ROUTE_PUBLIC, 0),
    {"GET", "/aset/cari-dulu.js", sialip_cari_dulu_skrip, SL_ROUTE_PUBLIC, SL_ROUTE_NO_DB,
     NULL},
    {"GET", "/aset/cetak.js", sialip_cari_dulu_skrip, SL_ROUTE_PUBLIC, SL_ROUTE_NO_DB,
     "cetak.js"},
    /* common/httpd: the staff login (shared with mod_inovasi, which links
     * here) and the stylesheet */
    SL_LOGIN_ROUTES,
    SL_ASSET_ROUTES,
    {NULL, NULL, NULL, 0, 0, NULL}
};
