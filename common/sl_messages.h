/* The shared kit's user text (common/ and common/httpd/): every sentence a
 * person reads on a page of either module, in Bahasa Indonesia, under a
 * short identifier (ARCHITECTURE.md "User text").  Macros, not variables,
 * so a message with printf-style arguments is checked by -Wformat where it
 * is used (apr_psprintf(p, SL_MSG_X, n)).  Pure C: linked by nothing,
 * included by the core, the httpd layer, the modules and the unit tests. */
#ifndef SL_MESSAGES_H
#define SL_MESSAGES_H

/* form.c */
#define SL_MSG_FORMULIR_BERHASIL_DITERIMA \
    "Formulir berhasil diterima."
#define SL_MSG_UKURAN_KIRIMAN_MELEBIHI_BATAS \
    "Ukuran kiriman melebihi batas yang diizinkan."
#define SL_MSG_KIRIMAN_BERISI_TERLALU_BANYAK \
    "Kiriman berisi terlalu banyak isian."
#define SL_MSG_KIRIMAN_BERISI_KARAKTER_TIDAK \
    "Kiriman berisi karakter yang tidak sah. Periksa kembali isian Anda."
#define SL_MSG_KIRIMAN_FORMULIR_RUSAK_TIDAK \
    "Kiriman formulir rusak atau tidak lengkap. Silakan kirim ulang."
#define SL_MSG_KIRIMAN_FORMULIR_TIDAK_DAPAT \
    "Kiriman formulir tidak dapat diproses."

/* sl_request.c */
#define SL_MSG_KIRIMAN_TERLALU_BESAR \
    "Kiriman terlalu besar"
#define SL_MSG_KIRIMAN_TIDAK_LENGKAP \
    "Kiriman tidak lengkap"
#define SL_MSG_KIRIMAN_TERPUTUS_SEBELUM_SELESAI \
    "Kiriman terputus sebelum selesai. Silakan kirim ulang."
#define SL_MSG_KIRIMAN_TIDAK_DAPAT_DIPROSES \
    "Kiriman tidak dapat diproses"
#define SL_MSG_HALAMAN_PETUGAS \
    "Halaman petugas"
#define SL_MSG_HALAMAN_PETUGAS_TIDAK_DILAYANI \
    "Halaman petugas tidak dilayani di situs ini."
#define SL_MSG_SESI_BERAKHIR \
    "Sesi berakhir"
#define SL_MSG_MASUK_KEMBALI_ULANGI_TINDAKAN \
    "Silakan masuk kembali, lalu ulangi tindakan Anda."
#define SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA \
    "Layanan sedang tidak tersedia"
#define SL_MSG_BASIS_DATA_MATI_BELUM_TERSIMPAN \
    "Basis data sedang tidak dapat dihubungi. Data Anda belum tersimpan; " \
    "silakan coba lagi beberapa saat lagi."
#define SL_MSG_BASIS_DATA_MATI \
    "Basis data sedang tidak dapat dihubungi. Silakan coba lagi beberapa " \
    "saat lagi."
#define SL_MSG_AKSES_DITOLAK \
    "Akses ditolak"
#define SL_MSG_PERAN_TIDAK_MENGIZINKAN_HALAMAN \
    "Peran Anda tidak mengizinkan halaman ini."
#define SL_MSG_METODE_TIDAK_DIDUKUNG \
    "Metode tidak didukung"
#define SL_MSG_ALAMAT_TIDAK_MENERIMA_PERMINTAAN \
    "Alamat ini tidak menerima permintaan seperti itu."
#define SL_MSG_HALAMAN_TIDAK_DITEMUKAN \
    "Halaman tidak ditemukan"
#define SL_MSG_PERIKSA_KEMBALI_ALAMAT_BUKA \
    "Periksa kembali alamat yang Anda buka."
#define SL_MSG_FORMULIR_TIDAK_SAH \
    "Formulir tidak sah"
#define SL_MSG_FORMULIR_KEDALUWARSA_DIKIRIM_SITUS \
    "Formulir ini kedaluwarsa atau dikirim dari situs lain. Muat ulang " \
    "halaman lalu kirim kembali."

/* sl_login.c */
#define SL_MSG_MASUK_PETUGAS \
    "Masuk petugas"
#define SL_MSG_TERLALU_BANYAK_PERCOBAAN \
    "Terlalu banyak percobaan"
#define SL_MSG_TERLALU_BANYAK_PERCOBAAN_MASUK \
    "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %d menit."
#define SL_MSG_COBA_LAGI_BEBERAPA_SAAT \
    "Silakan coba lagi beberapa saat lagi."
#define SL_MSG_ISI_NAMA_PENGGUNA_KATA \
    "Isi nama pengguna dan kata sandi."
#define SL_MSG_NAMA_PENGGUNA_KATA_SANDI \
    "Nama pengguna atau kata sandi salah."

/* calendar.c: a holiday stored without a name */
#define SL_MSG_HARI_LIBUR \
    "Hari libur"

/* sl_csvxml.c */
#define SL_MSG_DATA_TIDAK_TERSEDIA \
    "Data tidak tersedia"
#define SL_MSG_CSV_TIDAK_DAPAT_DISAJIKAN \
    "Data yang diminta tidak dapat disajikan sebagai CSV."

/* sl_heavycache.c */
#define SL_MSG_TERLALU_BANYAK_PERMINTAAN \
    "Terlalu banyak permintaan"
#define SL_MSG_TUNGGU_PERMINTAAN_LAIN_SELESAI \
    "Halaman ini sedang disusun untuk permintaan Anda yang lain. Tunggu " \
    "sampai selesai, lalu muat ulang dalam beberapa detik."
#define SL_MSG_SERVER_SEDANG_SIBUK \
    "Server sedang sibuk"
#define SL_MSG_HALAMAN_DISUSUN_PENGUNJUNG_LAIN \
    "Halaman ini sedang disusun untuk pengunjung lain. Muat ulang dalam " \
    "beberapa detik."

#endif
