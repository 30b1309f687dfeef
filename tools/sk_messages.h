/* The tools' user text (sialip-kirim's reminders and retention job,
 * sialip-pengguna's prompts): every sentence a person reads in an e-mail,
 * an audit row or on the terminal, in Bahasa Indonesia, under a short
 * identifier (ARCHITECTURE.md "User text"), grouped by the file that first
 * used it.  Macros, so -Wformat checks a message with arguments where it is
 * used; pure C, so the reminders' unit tests include it too. */
#ifndef SK_MESSAGES_H
#define SK_MESSAGES_H

/* sialip_pengguna.c */
#define SK_MSG_TANYA_KATA_SANDI \
    "Kata sandi baru: "
#define SK_MSG_TANYA_ULANGI_KATA_SANDI \
    "Ulangi kata sandi: "

/* pengingat_dip.c */
#define SK_MSG_DIP_BASI_PEMBUKA \
    "Informasi berkala berikut di Daftar Informasi Publik %s belum " \
    "dimutakhirkan lebih dari enam bulan (UU 14/2008 Pasal 9: informasi " \
    "berkala diumumkan paling singkat enam bulan sekali). Mohon perbarui " \
    "isinya atau dokumennya:"
#define SK_MSG_PENUTUP_DIP \
    "Pesan ini dikirim otomatis oleh SIALIP, layanan informasi publik PPID " \
    "Kabupaten Serang, kepada PPID Pelaksana OPD, sekali seminggu selama ada " \
    "informasi berkala yang belum dimutakhirkan. Mohon tidak membalas pesan " \
    "ini."
#define SK_MSG_DIP_ENTRI_TERAKHIR_DIMUTAKHIRKAN \
    "%s: %s (terakhir dimutakhirkan %s)"
#define SK_MSG_DIP_ENTRI_LAINNYA \
    "dan %d entri lainnya"
#define SK_MSG_DIP_BASI_SUBJEK \
    "Informasi berkala DIP belum dimutakhirkan: %s"
#define SK_MSG_DIP_TAUTAN \
    "Daftar Informasi Publik OPD: %s"

/* pengingat_isi.c */
#define SK_MSG_PENUTUP_PERKARA \
    "Pesan ini dikirim otomatis oleh SIALIP, layanan informasi publik PPID " \
    "Kabupaten Serang, kepada petugas yang menangani perkara ini. Mohon " \
    "tidak membalas pesan ini."
#define SK_MSG_PENUTUP_INOVASI \
    "Pesan ini dikirim otomatis oleh SIALIP, sistem monitoring inovasi " \
    "daerah Kabupaten Serang, kepada petugas inovasi OPD. Mohon tidak " \
    "membalas pesan ini."
#define SK_MSG_HARI_KERJA_TERAKHIR \
    "Ini adalah hari kerja terakhir untuk menindaklanjutinya."
#define SK_MSG_SISA_HARI_KERJA \
    "Tersisa %d hari kerja lagi."
#define SK_MSG_TEMPO_DIPERPANJANG \
    "%s (setelah perpanjangan)"
#define SK_MSG_PERMOHONAN_TERLAMBAT_SUBJEK \
    "Terlambat: permohonan %s melewati jatuh tempo %s"
#define SK_MSG_PERMOHONAN_TERLAMBAT \
    "Permohonan informasi nomor %s belum dijawab dengan pemberitahuan " \
    "tertulis, padahal batas waktunya %s."
#define SK_MSG_PERMOHONAN_TERLAMBAT_AKIBAT \
    "Mohon segera ditindaklanjuti. Permohonan yang tidak ditanggapi dapat " \
    "menjadi alasan keberatan pemohon (UU 14/2008 Pasal 35 ayat 1 huruf c)."
#define SK_MSG_PERMOHONAN_PENGINGAT_SUBJEK \
    "Pengingat: permohonan %s jatuh tempo %s"
#define SK_MSG_PERMOHONAN_PENGINGAT \
    "Permohonan informasi nomor %s harus dijawab dengan pemberitahuan " \
    "tertulis paling lambat %s."
#define SK_MSG_KEBERATAN_ATAS_PERMOHONAN \
    " atas permohonan informasi nomor %s"
#define SK_MSG_KEBERATAN_TANPA_PERMOHONAN \
    " (informasi berkala tidak disediakan, tanpa permohonan)"
#define SK_MSG_KEBERATAN_TERLAMBAT_SUBJEK \
    "Terlambat: keberatan %s melewati jatuh tempo %s"
#define SK_MSG_KEBERATAN_TERLAMBAT \
    "Keberatan nomor %s%s belum diputus Atasan PPID, padahal batas waktunya " \
    "%s."
#define SK_MSG_KEBERATAN_TERLAMBAT_AKIBAT \
    "Mohon segera ditindaklanjuti. Pemohon dapat mengajukan sengketa " \
    "informasi ke Komisi Informasi Provinsi Banten (UU 14/2008 Pasal 37)."
#define SK_MSG_KEBERATAN_PENGINGAT_SUBJEK \
    "Pengingat: keberatan %s jatuh tempo %s"
#define SK_MSG_KEBERATAN_PENGINGAT \
    "Keberatan nomor %s%s harus ditanggapi secara tertulis oleh Atasan PPID " \
    "paling lambat %s (UU 14/2008 Pasal 36 ayat 2)."
#define SK_MSG_BUKA_PERMOHONAN \
    "Buka permohonan di SIALIP:"
#define SK_MSG_LAPORAN_BELUM_DIBUAT \
    "belum dibuat"
#define SK_MSG_LAPORAN_DRAF \
    "masih draf"
#define SK_MSG_LAPORAN_DIKEMBALIKAN \
    "dikembalikan untuk diperbaiki"
#define SK_MSG_LAPORAN_BELUM_DIAJUKAN \
    "belum diajukan"
#define SK_MSG_LAPORAN_TERLAMBAT_SUBJEK \
    "Terlambat: laporan monitoring inovasi %s melewati batas %s"
#define SK_MSG_LAPORAN_TERLAMBAT \
    "Batas pengajuan laporan monitoring %s sudah lewat (%s). Laporan inovasi " \
    "%s berikut belum diajukan:"
#define SK_MSG_LAPORAN_TERLAMBAT_AKIBAT \
    "Mohon segera lengkapi dan ajukan laporannya agar dapat diverifikasi " \
    "Bappeda. Laporan yang diajukan setelah batas tercatat terlambat."
#define SK_MSG_LAPORAN_PENGINGAT_SUBJEK \
    "Pengingat: laporan monitoring inovasi %s jatuh tempo %s"
#define SK_MSG_LAPORAN_PENGINGAT \
    "Laporan monitoring %s harus diajukan paling lambat %s. Laporan inovasi " \
    "%s berikut belum diajukan:"
#define SK_MSG_LAPORAN_LAINNYA \
    "... dan %d inovasi lainnya."
#define SK_MSG_LAPORAN_DI_DASBOR \
    "Semua laporan monitoring OPD Anda ada di dasbor inovasi:"

/* pengingat_kalender.c */
#define SK_MSG_KALENDER_BELUM_DIMUAT_SUBJEK \
    "Kalender hari libur %s belum dimuat"
#define SK_MSG_KALENDER_BELUM_DIMUAT \
    "Hari libur nasional dan cuti bersama tahun %s (SKB 3 Menteri) belum " \
    "dimuat di SIALIP. Sampai dimuat, batas waktu yang jatuh pada tahun %s " \
    "hanya melewati Sabtu dan Minggu dan ditandai sementara."
#define SK_MSG_KALENDER_MUAT_DI \
    "Muat di: %s"
#define SK_MSG_KALENDER_MUAT \
    "Muat kalender %s"

/* retensi.c */
#define SK_MSG_RETENSI_DATA_PRIBADI_DOKUMEN \
    "nik, alamat, telepon, email, dokumen identitas"
#define SK_MSG_RETENSI_DATA_PRIBADI \
    "nik, alamat, telepon, email"
#define SK_MSG_RETENSI_ISI_PESAN \
    "isi %d pesan"

#endif
