/* mod_sialip's user text: every sentence a person reads on its pages (field
 * errors, refusals, titles, notices), in Bahasa Indonesia, under a short
 * identifier (ARCHITECTURE.md "User text"), grouped by the file that first
 * used it.  Macros, so -Wformat checks a message with arguments where it is
 * used; pure C, so the *_rules.c files and their unit tests include it too.
 * The shared kit's messages (SL_MSG_*) come with it. */
#ifndef SIALIP_MESSAGES_H
#define SIALIP_MESSAGES_H

#include "sl_messages.h"

/* alur.c */
#define SIALIP_MSG_PERMOHONAN_TIDAK_DITEMUKAN \
    "Permohonan tidak ditemukan"
#define SIALIP_MSG_PERMOHONAN_TIDAK_ADA_BUKAN \
    "Permohonan ini tidak ada atau bukan wewenang OPD Anda."
#define SIALIP_MSG_PERUBAHAN_BELUM_TERSIMPAN_COBA \
    "Perubahan belum tersimpan. Silakan coba lagi beberapa saat lagi."
#define SIALIP_MSG_TINDAKAN_TIDAK_DAPAT_DILAKUKAN \
    "Tindakan tidak dapat dilakukan"
#define SIALIP_MSG_STATUS_DITERIMA_DIPERPANJANG \
    "Diterima; waktu jawaban diperpanjang"
#define SIALIP_MSG_STATUS_DITERIMA \
    "Diterima, menunggu diproses"
#define SIALIP_MSG_STATUS_DIDISPOSISI_DIPERPANJANG \
    "Diproses PPID Pelaksana; waktu jawaban diperpanjang"
#define SIALIP_MSG_STATUS_DIDISPOSISI \
    "Diteruskan ke PPID Pelaksana"
#define SIALIP_MSG_STATUS_SELESAI \
    "Selesai: pemberitahuan tertulis sudah diberikan"
#define SIALIP_MSG_STATUS_MENUNGGU_PENYERAHAN \
    "Pemberitahuan tertulis sudah diberikan; informasi menunggu diserahkan " \
    "kepada pemohon"
#define SIALIP_MSG_STATUS_MENUNGGU_INFORMASI \
    "Pemberitahuan tertulis sudah diberikan; informasi belum dikuasai dan " \
    "akan diserahkan pada tanggal yang dijanjikan"

/* label.c */
/* Also how the audit rows of a recounted due date start their "before"
 * value (tenggat.c), which label.c recognises. */
#define SIALIP_MSG_JATUH_TEMPO \
    "jatuh tempo "

/* staf.c */
#define SIALIP_MSG_PPID_UTAMA \
    "PPID Utama"
#define SIALIP_MSG_MENUNGGU_DISPOSISI_OPD \
    "Menunggu disposisi ke OPD"
#define SIALIP_MSG_JATUH_TEMPO_DALAM_HARI \
    "Jatuh tempo dalam 2 hari kerja"
#define SIALIP_MSG_MELEWATI_BATAS_WAKTU \
    "Melewati batas waktu"
#define SIALIP_MSG_KEBERATAN_MENUNGGU_PUTUSAN_ATASAN \
    "Keberatan menunggu putusan Atasan PPID"
#define SIALIP_MSG_PPID_PELAKSANA \
    "PPID Pelaksana"
#define SIALIP_MSG_BAGIAN_OPD_PERLU_DIJAWAB \
    "Bagian OPD Anda yang perlu dijawab"
#define SIALIP_MSG_ANTARANYA_JATUH_TEMPO_DALAM \
    "Di antaranya jatuh tempo dalam 2 hari kerja"
#define SIALIP_MSG_ANTARANYA_MELEWATI_BATAS_WAKTU \
    "Di antaranya melewati batas waktu"
#define SIALIP_MSG_ATASAN_PPID \
    "Atasan PPID"
#define SIALIP_MSG_KEBERATAN_MENUNGGU_PUTUSAN \
    "Keberatan menunggu putusan Anda"
#define SIALIP_MSG_ANTARANYA_MELEWATI_BATAS_HARI \
    "Di antaranya melewati batas 30 hari kerja"
#define SIALIP_MSG_EVALUATOR_BAPPEDA \
    "Evaluator (Bappeda)"
#define SIALIP_MSG_LAPORAN_MONITORING_MENUNGGU_VERIFIKASI \
    "Laporan monitoring menunggu verifikasi"
#define SIALIP_MSG_PETUGAS_INOVASI_OPD \
    "Petugas inovasi OPD"
#define SIALIP_MSG_LAPORAN_MONITORING_DIKEMBALIKAN_DIPERBAIKI \
    "Laporan monitoring dikembalikan untuk diperbaiki"
#define SIALIP_MSG_LAPORAN_MONITORING_MASIH_DRAF \
    "Laporan monitoring masih draf (belum diajukan)"
#define SIALIP_MSG_OPD_AKTIF_TANPA_PPID \
    "OPD aktif tanpa PPID Pelaksana aktif ber-e-mail (disposisi tidak " \
    "terkirim)"
#define SIALIP_MSG_PENGGUNA_AKTIF \
    "Pengguna aktif"
#define SIALIP_MSG_OPD_AKTIF \
    "OPD aktif"
#define SIALIP_MSG_HARI_LIBUR_TAHUN_BELUM \
    "Hari libur tahun %d belum dimuat"
#define SIALIP_MSG_TARIF_SALINAN_PENGIRIMAN \
    "Tarif salinan dan pengiriman"
#define SIALIP_MSG_BERANDA_PETUGAS \
    "Beranda petugas"

/* keberatan.c */
#define SIALIP_MSG_LAYANAN_TIDAK_TERSEDIA_NANTI \
    "Layanan sedang tidak tersedia. Silakan coba lagi nanti."
#define SIALIP_MSG_KEBERATAN_DAPAT_DIAJUKAN_SETELAH \
    "Keberatan dapat diajukan setelah pemberitahuan tertulis diterima atau " \
    "setelah batas waktu jawaban (%s) lewat tanpa jawaban."
#define SIALIP_MSG_BATAS_WAKTU_PENGAJUAN_KEBERATAN \
    "Batas waktu pengajuan keberatan, 30 hari kerja sejak %s, telah berakhir " \
    "pada %s (UU 14/2008 Pasal 36 ayat 1)."
#define SIALIP_MSG_KEBERATAN_DAPAT_DIAJUKAN_SAMPAI \
    "Keberatan dapat diajukan sampai %s (30 hari kerja sejak %s)."
#define SIALIP_MSG_ALASAN_HURUF_PERNAH_DIAJUKAN \
    "Alasan huruf %c sudah pernah diajukan untuk permohonan ini (alasan yang " \
    "sudah diajukan: %s). Setiap alasan keberatan dapat diajukan satu kali; " \
    "pilih alasan lain yang baru timbul."
#define SIALIP_MSG_PENGAJUAN_KEBERATAN \
    "Pengajuan keberatan"
#define SIALIP_MSG_PILIH_PALING_SEDIKIT_SATU \
    "Pilih paling sedikit satu alasan keberatan."
#define SIALIP_MSG_URAIKAN_KEBERATAN_PALING_BANYAK \
    "Uraikan keberatan Anda (paling banyak 5000 karakter)."
#define SIALIP_MSG_KEBERATAN_ALASAN_SAMA_BARU \
    "Keberatan dengan alasan yang sama baru saja diajukan untuk permohonan " \
    "ini."

/* keberatan_putus.c */
#define SIALIP_MSG_KEBERATAN_TIDAK_DITEMUKAN \
    "Keberatan tidak ditemukan"
#define SIALIP_MSG_PERIKSA_KEMBALI_NOMOR_KEBERATAN \
    "Periksa kembali nomor keberatan."
#define SIALIP_MSG_PILIH_PUTUSAN_TULISKAN_ALASANNYA \
    "Pilih putusan dan tuliskan alasannya; putusan Atasan PPID wajib " \
    "disertai alasan tertulis."
#define SIALIP_MSG_JABATAN_ATASAN_PPID_PALING \
    "Jabatan Atasan PPID paling banyak 255 karakter."
#define SIALIP_MSG_KEBERATAN_SUDAH_DIPUTUS \
    "Keberatan ini sudah diputus."
#define SIALIP_MSG_ATASAN_PPID_TELAH_MEMUTUS \
    "Atasan PPID telah memutus keberatan %s: %s."
#define SIALIP_MSG_JIKA_TIDAK_PUAS_DAPAT \
    "Jika Anda tidak puas, Anda dapat mengajukan sengketa ke Komisi " \
    "Informasi Provinsi Banten paling lambat %s (14 hari kerja setelah " \
    "tanggapan ini, UU 14/2008 Pasal 37 ayat 2)."
#define SIALIP_MSG_PUTUSAN_KEBERATAN \
    "Putusan keberatan %s"
/* The audit text of a decision: its label, SIALIP_MSG_OLEH or nothing, the
 * reasons and the last day to go to the Komisi Informasi. */
#define SIALIP_MSG_PUTUSAN_DICATAT \
    "%s%s. Alasan: %s. Batas pengajuan sengketa ke Komisi Informasi: %s"
#define SIALIP_MSG_OLEH \
    " oleh %s"
#define SIALIP_MSG_TULISKAN_TANGGAPAN_PEMOHON_PUTUSAN \
    "Tuliskan tanggapan pemohon atas putusan (paling banyak 2000 karakter)."
#define SIALIP_MSG_TANGGAPAN_PEMOHON_DICATAT_SETELAH \
    "Tanggapan pemohon dicatat setelah Atasan PPID memutus keberatan."
#define SIALIP_MSG_TANGGAPAN_PEMOHON \
    "Tanggapan pemohon: %s"
#define SIALIP_MSG_ISI_NOMOR_REGISTER_KI \
    "Isi nomor register KI, tanggal pendaftaran (tidak lebih dari hari ini), " \
    "tahap, dan bila ada hasil serta tanggal putusan (tidak sebelum " \
    "pendaftaran)."
#define SIALIP_MSG_SENGKETA_BARU_DAPAT_DICATAT \
    "Sengketa baru dapat dicatat setelah Atasan PPID memutus keberatan atau " \
    "batas waktu putusannya lewat."
#define SIALIP_MSG_DIDAFTARKAN_SETELAH_BATAS_HARI \
    " (didaftarkan setelah batas 14 hari kerja, UU 14/2008 Pasal 37 ayat 2)"
/* The register number, SIALIP_MSG_DIDAFTARKAN_SETELAH_BATAS_HARI or nothing,
 * the stage and SIALIP_MSG_HASIL or nothing. */
#define SIALIP_MSG_SENGKETA_DICATAT \
    "Sengketa di Komisi Informasi dicatat: %s%s, tahap %s%s"
/* The outcome of a dispute or a court case, after the rest. */
#define SIALIP_MSG_HASIL \
    ", hasil %s"

/* admin_libur.c */
#define SIALIP_MSG_HARI_LIBUR_TAHUN \
    "Hari libur %s"
#define SIALIP_MSG_BATAS_WAKTU_PERMOHONAN_KEBERATAN \
    "%s Batas waktu %ld permohonan/keberatan yang masih berjalan dihitung " \
    "ulang."
#define SIALIP_MSG_TIDAK_ADA_BATAS_WAKTU \
    "%s Tidak ada batas waktu yang berubah."
#define SIALIP_MSG_JENIS_HARI_LIBUR \
    "jenis hari libur"
#define SIALIP_MSG_NAMA_HARI_LIBUR \
    "Nama hari libur"
#define SIALIP_MSG_DASAR_HUKUM \
    "Dasar hukum"
#define SIALIP_MSG_TIDAK_BEKERJA \
    "Tidak bekerja"
#define SIALIP_MSG_HARI_LIBUR \
    "Hari libur"
#define SIALIP_MSG_TANGGAL_WAJIB_DIISI \
    "Tanggal wajib diisi."
#define SIALIP_MSG_TANGGAL_DIISI_FORMAT_TTTT \
    "Tanggal diisi dengan format TTTT-BB-HH, misalnya 2026-03-20."
#define SIALIP_MSG_TANGGAL_ADA_KALENDER_UBAH \
    "Tanggal ini sudah ada di kalender; ubah entrinya bila perlu."
#define SIALIP_MSG_HARI_LIBUR_DIHAPUS \
    "Hari libur dihapus."
#define SIALIP_MSG_TANGGAL_TIDAK_ADA_KALENDER \
    "Tanggal ini tidak ada di kalender hari libur."

/* admin_opd.c */
#define SIALIP_MSG_NAMA_OPD \
    "Nama OPD"
#define SIALIP_MSG_PERANGKAT_DAERAH_OPD \
    "Perangkat daerah (OPD)"
#define SIALIP_MSG_KODE_DIPAKAI_OPD_LAIN \
    "Kode ini sudah dipakai OPD lain."
#define SIALIP_MSG_OPD_DINONAKTIFKAN_OPD_TIDAK \
    "OPD dinonaktifkan; OPD ini tidak lagi ditawarkan di formulir."

/* admin_pengguna.c */
#define SIALIP_MSG_ALAMAT_E_MAIL_TIDAK \
    "Alamat e-mail tidak valid; contoh: nama@serangkab.go.id."
#define SIALIP_MSG_PERAN_PPID_PELAKSANA_PETUGAS \
    "Peran PPID Pelaksana dan petugas inovasi OPD memerlukan OPD."
#define SIALIP_MSG_TIDAK_DAPAT_MENCABUT_PERAN \
    "Anda tidak dapat mencabut peran administrator dari akun Anda sendiri."
#define SIALIP_MSG_KATA_SANDI_WAJIB_DIISI \
    "Kata sandi wajib diisi."
#define SIALIP_MSG_KATA_SANDI_PALING_SEDIKIT \
    "Kata sandi paling sedikit %d karakter."
#define SIALIP_MSG_KATA_SANDI_PALING_PANJANG \
    "Kata sandi paling panjang %d byte."
#define SIALIP_MSG_ULANGI_KATA_SANDI_SAMA \
    "Ulangi kata sandi yang sama persis."
#define SIALIP_MSG_KATA_SANDI_TIDAK_DAPAT \
    "Kata sandi tidak dapat disimpan saat ini; coba lagi."
#define SIALIP_MSG_TIDAK_DAPAT_MENONAKTIFKAN_AKUN \
    "Anda tidak dapat menonaktifkan akun Anda sendiri."
#define SIALIP_MSG_NAMA_LENGKAP \
    "Nama lengkap"
#define SIALIP_MSG_NAMA_PENGGUNA_SAMPAI_KARAKTER \
    "Nama pengguna 3 sampai 64 karakter: huruf kecil, angka, titik, garis " \
    "bawah, atau tanda hubung."
#define SIALIP_MSG_NAMA_PENGGUNA_DIPAKAI \
    "Nama pengguna ini sudah dipakai."
#define SIALIP_MSG_PENGGUNA_TERSIMPAN \
    "Pengguna tersimpan."
#define SIALIP_MSG_PENGGUNA_DINONAKTIFKAN_SESINYA_DIAKHIRI \
    "Pengguna dinonaktifkan; sesinya diakhiri."

/* admin_tarif.c */
#define SIALIP_MSG_HARGA_DIISI_ANGKA_RUPIAH \
    "Harga diisi angka rupiah tanpa desimal, misalnya 500 atau 15.000, " \
    "paling besar 100.000.000."
#define SIALIP_MSG_HARGA_WAJIB_DIISI_TANPA \
    "Harga wajib diisi (0 bila tanpa biaya)."
#define SIALIP_MSG_NAMA_LAYANAN \
    "Nama layanan"
#define SIALIP_MSG_KODE_DIPAKAI_TARIF_LAIN \
    "Kode ini sudah dipakai tarif lain."
#define SIALIP_MSG_TARIF_DINONAKTIFKAN_TIDAK_LAGI \
    "Tarif dinonaktifkan dan tidak lagi dikenakan."

/* admin_tabel.c: the notices and refusals of every admin table that name
 * only the row's noun (sialip_tabel.benda) */
#define SIALIP_MSG_TABEL_KODE_FORMAT \
    "Kode 2 sampai 32 karakter: huruf kecil, angka, atau tanda hubung, " \
    "misalnya %s."
#define SIALIP_MSG_TABEL_DITAMBAHKAN \
    "%s ditambahkan."
#define SIALIP_MSG_TABEL_DIAKTIFKAN_KEMBALI \
    "%s diaktifkan kembali."
#define SIALIP_MSG_TABEL_TIDAK_DITEMUKAN \
    "%s tidak ditemukan"
#define SIALIP_MSG_TABEL_SUDAH_AKTIF \
    "%s ini sudah aktif."
#define SIALIP_MSG_TABEL_SUDAH_NONAKTIF \
    "%s ini sudah nonaktif."
#define SIALIP_MSG_PERUBAHAN_TERSIMPAN \
    "Perubahan tersimpan."

/* admin_tabel_kolom.c */
#define SIALIP_MSG_DIPILIH_TIDAK_DIKENAL \
    "%s yang dipilih tidak dikenal."
#define SIALIP_MSG_PILIH_SEKURANG_KURANGNYA_SATU \
    "Pilih sekurang-kurangnya satu %s."
#define SIALIP_MSG_PILIH_OPD \
    "Pilih OPD."
#define SIALIP_MSG_OPD_TIDAK_DAPAT_DIPERIKSA \
    "OPD tidak dapat diperiksa saat ini; coba lagi."
#define SIALIP_MSG_PILIH_OPD_MASIH_AKTIF \
    "Pilih OPD yang masih aktif."

/* survei.c */
#define SIALIP_MSG_PILIH_SATU_JAWABAN \
    "Pilih satu jawaban untuk \"%s\"."
#define SIALIP_MSG_SARAN_PALING_PANJANG_KARAKTER \
    "Saran paling panjang 2000 karakter."
#define SIALIP_MSG_PILIHAN_TIDAK_DIKENAL \
    "Pilihan tidak dikenal."
#define SIALIP_MSG_SURVEI_KEPUASAN_LAYANAN_INFORMASI \
    "Survei kepuasan layanan informasi"
#define SIALIP_MSG_SURVEI_KEPUASAN_KUESIONER_KERTAS \
    "Survei kepuasan: kuesioner kertas"
#define SIALIP_MSG_KUESIONER_TERSIMPAN_TERIMA_KASIH \
    "Kuesioner tersimpan. Terima kasih."
#define SIALIP_MSG_PILIH_SALURAN_LAYANAN_DINILAI \
    "Pilih saluran layanan yang dinilai."
#define SIALIP_MSG_PILIH_OPD_MASIH_AKTIF_PPID \
    "Pilih OPD yang masih aktif, atau PPID Utama."
#define SIALIP_MSG_BELUM_ADA_RESPONDEN \
    "Belum ada responden"
#define SIALIP_MSG_PERIODE_TIDAK_DIKENAL \
    "Periode tidak dikenal"
#define SIALIP_MSG_PILIH_TAHUN_MISALNYA_SEMESTER \
    "Pilih tahun (misalnya 2026) dan semester 1 atau 2, atau kosongkan " \
    "semester untuk setahun penuh."
#define SIALIP_MSG_SURVEI_KEPUASAN_MASYARAKAT \
    "Survei kepuasan masyarakat"
#define SIALIP_MSG_SELURUH_LAYANAN_PPID \
    "Seluruh layanan PPID"

/* profil.c */
#define SIALIP_MSG_TIDAK_TERCATAT_PERMOHONAN_LAMA \
    "Tidak tercatat (permohonan lama)"
#define SIALIP_MSG_TIDAK_DIISI \
    "Tidak diisi"

/* profil_rules.c */
#define SIALIP_MSG_PILIH_PEKERJAAN_DAFTAR \
    "Pilih pekerjaan dari daftar."
#define SIALIP_MSG_MEMILIH_PEKERJAAN_LAINNYA_TULISKAN \
    "Anda memilih pekerjaan \"Lainnya\": tuliskan pekerjaan Anda."
#define SIALIP_MSG_PILIH_LAKI_LAKI_PEREMPUAN \
    "Pilih laki-laki, perempuan, atau biarkan tidak diisi."
#define SIALIP_MSG_PILIH_KECAMATAN_DAFTAR_LUAR \
    "Pilih kecamatan dari daftar, atau \"Luar daerah\"."
#define SIALIP_MSG_KETERANGAN_KEBUTUHAN_KHUSUS_PALING \
    "Keterangan kebutuhan khusus paling banyak 255 karakter."
#define SIALIP_MSG_MENCENTANG_LAINNYA_JELASKAN_KEBUTUHAN \
    "Anda mencentang \"Lainnya\": jelaskan kebutuhan khusus Anda."

/* emonev.c */
#define SIALIP_MSG_BUKTI_E_MONEV_KI \
    "Bukti e-Monev KI tahun %s"
#define SIALIP_MSG_KUALITAS_INFORMASI \
    "Kualitas informasi"
#define SIALIP_MSG_DAFTAR_INFORMASI_PUBLIK \
    "Daftar Informasi Publik"
#define SIALIP_MSG_INFORMASI_BERKALA_BELUM_DIMUTAKHIRKAN \
    "%ld informasi berkala belum dimutakhirkan lebih dari 6 bulan."
#define SIALIP_MSG_INFORMASI_BERKALA_MUTAKHIR_BULAN \
    "Informasi berkala mutakhir (6 bulan terakhir)."
#define SIALIP_MSG_BELUM_ADA_INFORMASI_BERKALA \
    "Belum ada informasi berkala yang terbit."
#define SIALIP_MSG_KATALOG_DATA_TERBUKA_METADATA \
    "Katalog data terbuka (metadata Satu Data)"
#define SIALIP_MSG_SETIAP_DATA_PENERBIT_PEMBARUAN \
    "Setiap data dengan penerbit, pembaruan, lisensi dan format terbuka."
#define SIALIP_MSG_SARANA_PRASARANA \
    "Sarana dan prasarana"
#define SIALIP_MSG_DIP_LAMAN \
    "DIP di laman"
#define SIALIP_MSG_DAFTAR_INFORMASI_DIKECUALIKAN_LAMAN \
    "Daftar Informasi yang Dikecualikan di laman"
#define SIALIP_MSG_UJI_KONSEKUENSI_TIAP_INFORMASI \
    "Dengan uji konsekuensi tiap informasi."
#define SIALIP_MSG_BELUM_ADA_HASIL_UJI \
    "Belum ada hasil uji konsekuensi."
#define SIALIP_MSG_PERNYATAAN_AKSESIBILITAS_BAGI_PENYANDANG \
    "Pernyataan aksesibilitas bagi penyandang disabilitas"
#define SIALIP_MSG_BELUM_TERSEDIA_SIALIP \
    "Belum tersedia di SIALIP."
#define SIALIP_MSG_JENIS_INFORMASI \
    "Jenis informasi"
#define SIALIP_MSG_INFORMASI_BERKALA \
    "Informasi berkala"
#define SIALIP_MSG_INFORMASI_SERTA_MERTA \
    "Informasi serta merta"
#define SIALIP_MSG_INFORMASI_SETIAP_SAAT \
    "Informasi setiap saat"
#define SIALIP_MSG_ENTRI_TERBIT \
    "%ld entri terbit."
#define SIALIP_MSG_PELAYANAN_INFORMASI \
    "Pelayanan informasi"
#define SIALIP_MSG_STANDAR_LAYANAN_MAKLUMAT_PELAYANAN \
    "Standar layanan dan maklumat pelayanan"
#define SIALIP_MSG_MAKLUMAT_TATA_CARA_JANGKA \
    "Maklumat, tata cara, jangka waktu dan biaya."
#define SIALIP_MSG_STATISTIK_LAYANAN \
    "Statistik layanan"
#define SIALIP_MSG_LAPORAN_LAYANAN_INFORMASI \
    "Laporan layanan informasi %s"
#define SIALIP_MSG_PERMOHONAN_TAHUN \
    "%s permohonan tahun %s."
#define SIALIP_MSG_RAPOR_KEPATUHAN_OPD \
    "Rapor kepatuhan OPD"
#define SIALIP_MSG_DIP_KETEPATAN_WAKTU_LAMA \
    "DIP, ketepatan waktu dan lama jawaban tiap OPD."
#define SIALIP_MSG_HASIL_SURVEI_KEPUASAN_MASYARAKAT \
    "Hasil survei kepuasan masyarakat"
#define SIALIP_MSG_SURVEI_BELUM_TERSEDIA_SIALIP \
    "Survei belum tersedia di SIALIP."
#define SIALIP_MSG_SK_PPID_ANGGARAN_RENCANA \
    "SK PPID, anggaran dan rencana kerja"
#define SIALIP_MSG_TERBITKAN_SEBAGAI_INFORMASI_SETIAP \
    "Terbitkan sebagai informasi setiap saat di DIP; SIALIP tidak memeriksa " \
    "isinya."
#define SIALIP_MSG_DIGITALISASI_INOVASI \
    "Digitalisasi dan inovasi"
#define SIALIP_MSG_PERMOHONAN_INFORMASI_DARING \
    "Permohonan informasi daring"
#define SIALIP_MSG_PELACAKAN_PERMOHONAN \
    "Pelacakan permohonan"
#define SIALIP_MSG_UMPAN_ATOM_DIP \
    "Umpan Atom DIP"
#define SIALIP_MSG_DATA_TERBUKA_DCAT_CSV \
    "Data terbuka (DCAT, CSV)"
#define SIALIP_MSG_ETALASE_INOVASI_DAERAH \
    "Etalase inovasi daerah"

/* perkara.c */
#define SIALIP_MSG_PILIH_PENGADILAN_ISI_NOMOR \
    "Pilih pengadilan, isi nomor perkara dan tanggal pendaftaran (tidak " \
    "lebih dari hari ini), dan bila ada hasil serta tanggal putusan (tidak " \
    "sebelum pendaftaran)."
#define SIALIP_MSG_PERKARA_PENGADILAN_DICATAT_SETELAH \
    "Perkara pengadilan dicatat setelah Komisi Informasi memutus sengketanya " \
    "(tahap selesai)."
#define SIALIP_MSG_TANGGAL_PENDAFTARAN_PERKARA_TIDAK \
    "Tanggal pendaftaran perkara tidak boleh sebelum sengketa didaftarkan di " \
    "Komisi Informasi."
#define SIALIP_MSG_PERKARA_PENGADILAN_DICATAT \
    "Perkara pengadilan dicatat: %s di %s%s"

/* tarif.c */
#define SIALIP_MSG_TARIF_SALINAN_PENGIRIMAN_INFORMASI \
    "Tarif salinan dan pengiriman informasi"

/* arsip.c */
#define SIALIP_MSG_ARSIP_JAWABAN_PERMOHONAN_INFORMASI \
    "Arsip jawaban permohonan informasi"
#define SIALIP_MSG_TIDAK_ADA_ARSIP \
    "Tidak ada di arsip"
#define SIALIP_MSG_PERMOHONAN_TIDAK_ADA_ARSIP \
    "Permohonan ini tidak ada di arsip publik. Cari permohonan lain di arsip " \
    "jawaban."
#define SIALIP_MSG_ARSIP_PERMOHONAN \
    "Arsip permohonan %s"
#define SIALIP_MSG_DOKUMEN_TIDAK_DITEMUKAN \
    "Dokumen tidak ditemukan"
#define SIALIP_MSG_DOKUMEN_TIDAK_ADA_ARSIP \
    "Dokumen ini tidak ada di arsip publik."
#define SIALIP_MSG_DOKUMEN_TIDAK_TERSEDIA \
    "Dokumen tidak tersedia"
#define SIALIP_MSG_BERKAS_DOKUMEN_TIDAK_DITEMUKAN \
    "Berkas dokumen ini tidak ditemukan di penyimpanan. Hubungi PPID."

/* layanan.c */
#define SIALIP_MSG_LAYANAN_INFORMASI_PUBLIK_PPID \
    "Layanan Informasi Publik PPID Kabupaten Serang"

/* permohonan_rules.c */
#define SIALIP_MSG_NOMOR_SK_PENGESAHAN_BADAN \
    "Nomor SK pengesahan badan hukum (Kemenkumham) wajib diisi."
#define SIALIP_MSG_NOMOR_SK_PALING_BANYAK \
    "Nomor SK paling banyak 128 karakter."
#define SIALIP_MSG_NIK_WAJIB_DIISI \
    "NIK wajib diisi."
#define SIALIP_MSG_NIK_HARUS_TERDIRI_ANGKA \
    "NIK harus terdiri dari 16 angka."
#define SIALIP_MSG_ISI_NOMOR_TELEPON_ALAMAT \
    "Isi nomor telepon atau alamat e-mail (salah satu wajib)."
#define SIALIP_MSG_NOMOR_TELEPON_TIDAK_VALID \
    "Nomor telepon tidak valid: gunakan 8 sampai 15 angka."
#define SIALIP_MSG_ALAMAT_E_MAIL_TIDAK_VALID \
    "Alamat e-mail tidak valid."
#define SIALIP_MSG_PILIH_JENIS_PEMOHON \
    "Pilih jenis pemohon."
#define SIALIP_MSG_NAMA_LENGKAP_WAJIB_DIISI \
    "Nama lengkap wajib diisi."
#define SIALIP_MSG_NAMA_LENGKAP_PALING_BANYAK \
    "Nama lengkap paling banyak 255 karakter."
#define SIALIP_MSG_ALAMAT_WAJIB_DIISI \
    "Alamat wajib diisi."
#define SIALIP_MSG_ALAMAT_PALING_BANYAK_KARAKTER \
    "Alamat paling banyak 1000 karakter."
#define SIALIP_MSG_PEKERJAAN_WAJIB_DIISI \
    "Pekerjaan wajib diisi."
#define SIALIP_MSG_PEKERJAAN_PALING_BANYAK_KARAKTER \
    "Pekerjaan paling banyak 255 karakter."
#define SIALIP_MSG_RINCIAN_INFORMASI_DIMINTA_WAJIB \
    "Rincian informasi yang diminta wajib diisi."
#define SIALIP_MSG_RINCIAN_INFORMASI_PALING_BANYAK \
    "Rincian informasi paling banyak 5000 karakter."
#define SIALIP_MSG_TUJUAN_PENGGUNAAN_INFORMASI_WAJIB \
    "Tujuan penggunaan informasi wajib diisi."
#define SIALIP_MSG_TUJUAN_PENGGUNAAN_PALING_BANYAK \
    "Tujuan penggunaan paling banyak 5000 karakter."
#define SIALIP_MSG_PILIH_CARA_MEMPEROLEH_INFORMASI \
    "Pilih cara memperoleh informasi."
#define SIALIP_MSG_PILIH_CARA_MENDAPATKAN_SALINAN \
    "Pilih cara mendapatkan salinan."
#define SIALIP_MSG_LAMPIRKAN_SALINAN_KTP \
    "Lampirkan salinan KTP Anda."
#define SIALIP_MSG_LAMPIRKAN_SALINAN_AKTA_PENDIRIAN \
    "Lampirkan salinan akta pendirian atau anggaran dasar badan hukum."
#define SIALIP_MSG_LAMPIRKAN_SURAT_KUASA_KHUSUS \
    "Lampirkan surat kuasa khusus dari kelompok beserta salinan KTP pemberi " \
    "dan penerima kuasa."

/* pemberitahuan_rules.c */
#define SIALIP_MSG_PILIH_KEPUTUSAN_PERMOHONAN \
    "Pilih keputusan atas permohonan."
#define SIALIP_MSG_SEBUTKAN_INFORMASI_DIBERIKAN \
    "Sebutkan informasi yang diberikan."
#define SIALIP_MSG_PILIH_BENTUK_INFORMASI_DIBERIKAN \
    "Pilih bentuk informasi yang diberikan."
#define SIALIP_MSG_PILIH_CARA_PENYAMPAIAN_INFORMASI \
    "Pilih cara penyampaian informasi."
#define SIALIP_MSG_SEBUTKAN_BAGIAN_INFORMASI_DIHITAMKAN \
    "Sebutkan bagian informasi yang dihitamkan."
#define SIALIP_MSG_TULISKAN_ALASAN_PENGHITAMAN \
    "Tuliskan alasan penghitaman."
#define SIALIP_MSG_PILIH_UJI_KONSEKUENSI_DAFTAR \
    "Pilih uji konsekuensi (Daftar Informasi yang Dikecualikan) yang menjadi " \
    "dasar penolakan."
#define SIALIP_MSG_SEBUTKAN_BADAN_PUBLIK_MENGUASAI \
    "Sebutkan badan publik yang menguasai informasi."
#define SIALIP_MSG_SEBUTKAN_KAPAN_INFORMASI_AKAN \
    "Sebutkan kapan informasi akan tersedia."
#define SIALIP_MSG_SEBUTKAN_PERSYARATAN_BELUM_DIPENUHI \
    "Sebutkan persyaratan yang belum dipenuhi."
#define SIALIP_MSG_ISI_TANGGAL_INFORMASI_AKAN \
    "Isi tanggal informasi akan disediakan; permohonan tetap terbuka sampai " \
    "informasi diserahkan."
#define SIALIP_MSG_TANGGAL_PENYEDIAAN_DIISI_FORMAT \
    "Tanggal penyediaan diisi dengan format TTTT-BB-HH, misalnya 2026-04-30."
#define SIALIP_MSG_TANGGAL_PENYEDIAAN_TIDAK_BOLEH \
    "Tanggal penyediaan tidak boleh sebelum hari ini."
#define SIALIP_MSG_PILIH_CARA_PEMBAYARAN_BIAYA \
    "Pilih cara pembayaran biaya (UU 14/2008 Pasal 22 ayat 7 huruf g)."

/* pemberitahuan_serah.c */
#define SIALIP_MSG_TANPA_BIAYA \
    "Tanpa biaya"
#define SIALIP_MSG_SUDAH_DIBAYAR \
    "Sudah dibayar, %s"
#define SIALIP_MSG_BELUM_DIBAYAR \
    "Belum dibayar"
#define SIALIP_MSG_PEMBERITAHUAN_TERTULIS_PERMOHONAN_BELUM \
    "Pemberitahuan tertulis untuk permohonan ini belum diterbitkan."
#define SIALIP_MSG_PENYERAHAN_INFORMASI \
    "Penyerahan informasi %s"
#define SIALIP_MSG_PEMBERITAHUAN_TIDAK_MENYERAHKAN_INFORMASI \
    "Pemberitahuan ini tidak menyerahkan informasi (permohonan ditolak atau " \
    "informasi tidak dikuasai)."
#define SIALIP_MSG_PENYERAHAN_INFORMASI_PEMBERITAHUAN_DICATAT \
    "Penyerahan informasi untuk pemberitahuan ini sudah dicatat."
#define SIALIP_MSG_ISI_WAKTU_PENYERAHAN_FORMAT \
    "Isi waktu penyerahan dengan format 2026-04-06 10:00 (WIB)."
#define SIALIP_MSG_WAKTU_PENYERAHAN_TIDAK_BOLEH \
    "Waktu penyerahan tidak boleh lebih dari sekarang."
#define SIALIP_MSG_WAKTU_PENYERAHAN_TIDAK_BOLEH_SEBELUM \
    "Waktu penyerahan tidak boleh sebelum pemberitahuan tertulis diterbitkan."
#define SIALIP_MSG_INFORMASI_DISERAHKAN_KEPADA_PEMOHON \
    "Informasi diserahkan kepada pemohon: %s"
#define SIALIP_MSG_PEMBAYARAN_DICATAT \
    "Pembayaran sudah dicatat."
#define SIALIP_MSG_PEMBERITAHUAN_TANPA_BIAYA \
    "Pemberitahuan ini tanpa biaya."
#define SIALIP_MSG_BIAYA_DIBAYAR \
    "Biaya %s sudah dibayar"

/* A message whose text and attachment the retention job erased. */
#define SIALIP_MSG_PESAN_DIHAPUS_RETENSI \
    "Pesan dihapus karena masa simpan data pribadi berakhir."

/* The parts, by concern. */
#include "sialip_messages_dip.h"
#include "sialip_messages_permohonan.h"
#include "sialip_messages_laporan.h"

#endif
