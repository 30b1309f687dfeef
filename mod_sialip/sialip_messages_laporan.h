/* mod_sialip's user text, part: reports, the register, statistics,
 * compliance and the survey (included by sialip_messages.h; include that
 * one). */
#ifndef SIALIP_MESSAGES_LAPORAN_H
#define SIALIP_MESSAGES_LAPORAN_H

/* laporan.c */
#define SIALIP_MSG_LAPORAN_TIDAK_DITEMUKAN \
    "Laporan tidak ditemukan"
#define SIALIP_MSG_LAPORAN_PERIKSA_TAHUN_SEMESTER \
    "Periksa tahun (empat angka) dan semester (1 atau 2)."
#define SIALIP_MSG_LAPORAN_JUDUL_SEMESTER \
    "Ringkasan akses informasi publik semester %d tahun %d"
#define SIALIP_MSG_LAPORAN_JUDUL_TAHUNAN \
    "Laporan layanan informasi publik tahun %d"
#define SIALIP_MSG_LAPORAN_DAFTAR_JUDUL \
    "Laporan layanan informasi publik"

/* laporan_narasi.c */
#define SIALIP_MSG_NARASI_KEBIJAKAN_ORGANISASI \
    "Kebijakan dan organisasi PPID"
#define SIALIP_MSG_NARASI_SUMBER_DAYA_MANUSIA \
    "Sumber daya manusia"
#define SIALIP_MSG_NARASI_REKOMENDASI \
    "Rekomendasi dan tindak lanjut"
#define SIALIP_MSG_NARASI_PELAKSANAAN_PUTUSAN \
    "Pelaksanaan putusan keberatan, Komisi Informasi, dan pengadilan"
#define SIALIP_MSG_NARASI_JUDUL \
    "Narasi laporan tahunan %d"
#define SIALIP_MSG_NARASI_TERSIMPAN \
    "Narasi tersimpan."
#define SIALIP_MSG_NARASI_PALING_PANJANG \
    "Paling banyak 20000 karakter."
#define SIALIP_MSG_NARASI_BAGIAN_WAJIB \
    "Bagian ini wajib diisi sebelum laporan diajukan."
#define SIALIP_MSG_NARASI_AJUKAN_SETELAH_TAHUN_BERAKHIR \
    "Laporan tahunan diajukan setelah tahunnya berakhir."
#define SIALIP_MSG_NARASI_LAPORAN_SUDAH_DIAJUKAN \
    "Laporan ini sudah diajukan dan tidak dapat diubah lagi."
#define SIALIP_MSG_LAPORAN_BELUM_DIAJUKAN \
    "Laporan belum diajukan"
#define SIALIP_MSG_NARASI_SALINAN_GAGAL_SIMPAN \
    "Salinan laporan tidak dapat disimpan. Coba lagi nanti."
#define SIALIP_MSG_NARASI_AUDIT_DIAJUKAN \
    "Laporan tahunan diajukan%s; salinan %s"
/* The optional part of the one above. */
#define SIALIP_MSG_NARASI_TERLAMBAT \
    " (terlambat)"
#define SIALIP_MSG_NARASI_DISIMPAN \
    "Narasi disimpan"

/* register.c */
#define SIALIP_MSG_REGISTER_KEBERATAN \
    "Register keberatan"
#define SIALIP_MSG_REGISTER_PERMOHONAN_INFORMASI \
    "Register permohonan informasi"

/* register_baris.c */
#define SIALIP_MSG_REGISTER_DIKECUALIKAN_PASAL17 \
    "Dikecualikan UU 14/2008 Pasal 17 huruf %s%s%s"
#define SIALIP_MSG_REGISTER_SEBAGIAN_DIHITAMKAN \
    "Sebagian dihitamkan: %s"
#define SIALIP_MSG_REGISTER_DITERUSKAN_KEPADA \
    "Diteruskan kepada %s"
#define SIALIP_MSG_REGISTER_DIJANJIKAN_DALAM \
    "Dijanjikan dalam %s"
#define SIALIP_MSG_KOLOM_TANGGAL_DITERIMA \
    "Tanggal diterima (WIB)"
#define SIALIP_MSG_KOLOM_INFORMASI_DIMINTA \
    "Informasi yang diminta"
#define SIALIP_MSG_KOLOM_TUJUAN_PENGGUNAAN \
    "Tujuan penggunaan informasi"
#define SIALIP_MSG_KOLOM_STATUS_INFORMASI \
    "Status informasi"
#define SIALIP_MSG_KOLOM_BENTUK_INFORMASI \
    "Bentuk informasi"
#define SIALIP_MSG_KOLOM_JENIS_PERMOHONAN \
    "Jenis permohonan"
#define SIALIP_MSG_KOLOM_CARA_MEMPEROLEH \
    "Cara memperoleh"
#define SIALIP_MSG_KOLOM_ALASAN_PENOLAKAN \
    "Alasan penolakan"
#define SIALIP_MSG_KOLOM_NOMOR_PEMBERITAHUAN \
    "Nomor pemberitahuan"
#define SIALIP_MSG_KOLOM_TANGGAL_PEMBERITAHUAN \
    "Tanggal pemberitahuan tertulis"
#define SIALIP_MSG_KOLOM_BIAYA \
    "Biaya (Rp)"
#define SIALIP_MSG_KOLOM_JATUH_TEMPO \
    "Jatuh tempo"
#define SIALIP_MSG_KOLOM_PERPANJANGAN_SAMPAI \
    "Perpanjangan sampai"
#define SIALIP_MSG_KOLOM_ALASAN_PERPANJANGAN \
    "Alasan perpanjangan"
#define SIALIP_MSG_KOLOM_CARA_PENYAMPAIAN \
    "Cara penyampaian"
#define SIALIP_MSG_KOLOM_TANGGAL_PENYAMPAIAN \
    "Tanggal penyampaian"
#define SIALIP_MSG_KOLOM_NOMOR_PERMOHONAN \
    "Nomor permohonan"
#define SIALIP_MSG_KOLOM_ALASAN_KEBERATAN \
    "Alasan keberatan (Pasal 35 ayat 1)"
#define SIALIP_MSG_KOLOM_PUTUSAN_ATASAN \
    "Putusan Atasan PPID"
#define SIALIP_MSG_KOLOM_ALASAN_PUTUSAN \
    "Alasan putusan"
#define SIALIP_MSG_KOLOM_TANGGAL_TANGGAPAN \
    "Tanggal tanggapan"
#define SIALIP_MSG_KOLOM_NAMA_ATASAN \
    "Nama Atasan PPID"
#define SIALIP_MSG_KOLOM_JABATAN_ATASAN \
    "Jabatan Atasan PPID"
#define SIALIP_MSG_KOLOM_TANGGAPAN_PEMOHON \
    "Tanggapan pemohon"
#define SIALIP_MSG_KOLOM_MUSYAWARAH \
    "Musyawarah (Pasal 35 ayat 2)"
#define SIALIP_MSG_KOLOM_BATAS_SENGKETA \
    "Batas sengketa KI"
#define SIALIP_MSG_KOLOM_SENGKETA_REGISTER \
    "Sengketa KI (nomor register)"
#define SIALIP_MSG_KOLOM_TAHAP_SENGKETA \
    "Tahap sengketa"
#define SIALIP_MSG_KOLOM_HASIL_SENGKETA \
    "Hasil sengketa"
#define SIALIP_MSG_REGISTER_PUTUSAN_TERLAMBAT \
    " (Putusan terlambat)"
#define SIALIP_MSG_REGISTER_SENGKETA_TERLAMBAT \
    "%s (Sengketa didaftarkan setelah batas)"

/* statistik.c */
#define SIALIP_MSG_DIBERIKAN_SELURUHNYA \
    "Diberikan seluruhnya"
#define SIALIP_MSG_DIBERIKAN_SEBAGIAN \
    "Diberikan sebagian"
#define SIALIP_MSG_DITOLAK_DIKECUALIKAN \
    "Ditolak (dikecualikan)"
#define SIALIP_MSG_DITOLAK_PROSEDURAL \
    "Ditolak (prosedural)"
#define SIALIP_MSG_TIDAK_DIKUASAI \
    "Tidak dikuasai"
#define SIALIP_MSG_BELUM_DIKUASAI \
    "Belum dikuasai"
#define SIALIP_MSG_STATISTIK_TANPA_DISPOSISI \
    "Tanpa disposisi ke OPD"
#define SIALIP_MSG_STATISTIK_PER_BULAN \
    "Permohonan per bulan"
#define SIALIP_MSG_BELUM_DIJAWAB \
    "Belum dijawab"
#define SIALIP_MSG_STATISTIK_KEPUTUSAN \
    "Keputusan atas permohonan"
#define SIALIP_MSG_STATISTIK_MEDIAN_HARI_KERJA \
    "%s hari kerja"
#define SIALIP_MSG_STATISTIK_TEPAT_WAKTU_PER_OPD \
    "Pemberitahuan tepat waktu per OPD"
#define SIALIP_MSG_STATISTIK_MEDIAN_PER_OPD \
    "Median hari kerja sampai pemberitahuan, per OPD"
#define SIALIP_MSG_STATISTIK_JUDUL \
    "Statistik layanan informasi publik tahun %d"

/* kepatuhan.c */
#define SIALIP_MSG_STATISTIK_IKM_RINGKAS \
    "IKM %s, mutu %s (%s), %ld responden"
#define SIALIP_MSG_STATISTIK_BELUM_ADA_SURVEI \
    "belum ada data survei"
#define SIALIP_MSG_KEPATUHAN_JUDUL \
    "Rapor kepatuhan OPD tahun %s"

/* survei_hitung.c */
#define SIALIP_MSG_MUTU_SANGAT_BAIK \
    "Sangat baik"
#define SIALIP_MSG_MUTU_KURANG_BAIK \
    "Kurang baik"
#define SIALIP_MSG_MUTU_TIDAK_BAIK \
    "Tidak baik"

/* aksesibilitas.c */
#define SIALIP_MSG_PERNYATAAN_AKSESIBILITAS \
    "Pernyataan aksesibilitas"

#endif
