/* The regency's OPDs (admin only): list, add, rename, deactivate and
 * reactivate.  An OPD is never deleted: requests, DIP entries and users
 * keep pointing at it; a deactivated OPD is no longer offered in forms. */
#include "roles.h"
#include "admin_tabel.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_admin_opd_stmts[] = {
    {"opd_daftar",
     "SELECT o.id, o.kode, o.nama, o.singkatan, o.aktif, "
     "(SELECT COUNT(*) FROM pengguna p WHERE p.opd_id = o.id AND p.aktif = 1) "
     "FROM opd o ORDER BY o.aktif DESC, o.nama"},
    {"opd_muat", "SELECT id, kode, nama, singkatan, aktif FROM opd WHERE id = %s"},
    {"opd_kunci",
     "SELECT id, kode, nama, singkatan, aktif FROM opd WHERE id = %s FOR UPDATE"},
    {"opd_kode_ada", "SELECT id FROM opd WHERE kode = %s"},
    {"opd_simpan",
     "INSERT INTO opd (kode, nama, singkatan, aktif) VALUES (%s, %s, %s, 1)"},
    {"opd_ubah", "UPDATE opd SET nama = %s, singkatan = %s WHERE id = %s"},
    {"opd_aktif", "UPDATE opd SET aktif = %s WHERE id = %s AND aktif <> %s"},
    {NULL, NULL}
};

static const sialip_tabel_kolom columns[] = {
    {.name = "nama", .label = SIALIP_MSG_NAMA_OPD, .max_chars = 255},
    {.name = "singkatan", .label = "Singkatan", .max_chars = 64},
    {.name = NULL}
};

static const char *const list_columns[] = {"pengguna_aktif", NULL};

const sialip_tabel sialip_tabel_opd = {
    .nama = "opd", .benda = "OPD", .judul_daftar = SIALIP_MSG_PERANGKAT_DAERAH_OPD,
    .contoh_kode = "dinkes", .kode_dipakai = SIALIP_MSG_KODE_DIPAKAI_OPD_LAIN,
    .dinonaktifkan = SIALIP_MSG_OPD_DINONAKTIFKAN_OPD_TIDAK,
    .kolom = columns, .kolom_daftar = list_columns,
};
