/* mod_sialip's user text, part: the list of public information (DIP), its
 * documents, the exempted list, the catalogue and the archive (included by
 * sialip_messages.h; include that one). */
#ifndef SIALIP_MESSAGES_DIP_H
#define SIALIP_MESSAGES_DIP_H

/* admin_isian.c */
#define SIALIP_MSG_ISIAN_WAJIB_DIISI \
    "%s wajib diisi."
#define SIALIP_MSG_AKUN_BELUM_TERHUBUNG_OPD \
    "Akun Anda belum terhubung ke OPD mana pun. Hubungi administrator."
/* With a size_t argument: APR's format for it (apr.h). */
#define SIALIP_MSG_ISIAN_PALING_PANJANG \
    "%s paling panjang %" APR_SIZE_T_FMT " karakter."

/* dip.c */
#define SIALIP_MSG_DOKUMEN_TIDAK_ADA_ATAU_BELUM_TERBIT \
    "Dokumen ini tidak ada atau belum diterbitkan."

/* dip_atom.c */
#define SIALIP_MSG_INFORMASI_TERSEDIA_SETIAP_SAAT \
    "Informasi tersedia setiap saat"
#define SIALIP_MSG_ATOM_JUDUL_DIP \
    "Daftar Informasi Publik - PPID Kabupaten Serang"
#define SIALIP_MSG_ATOM_SUBJUDUL_DIP \
    "Informasi publik yang baru diterbitkan"
#define SIALIP_MSG_ATOM_PENULIS \
    "PPID Kabupaten Serang"

/* dip_cari.c */
#define SIALIP_MSG_ENTRI_DIP_TIDAK_DITEMUKAN \
    "Entri DIP tidak ditemukan"
#define SIALIP_MSG_ENTRI_TIDAK_ADA_ATAU_BELUM_TERBIT \
    "Entri ini tidak ada atau belum diterbitkan."

/* dip_isian.c */
#define SIALIP_MSG_DIP_KATEGORI_INFORMASI \
    "kategori informasi"
#define SIALIP_MSG_DIP_RINGKASAN_ISI \
    "Ringkasan isi informasi"
#define SIALIP_MSG_DIP_PENGUASA_INFORMASI \
    "Pejabat atau unit yang menguasai informasi"
#define SIALIP_MSG_DIP_PENANGGUNG_JAWAB \
    "Penanggung jawab pembuatan atau penerbitan"
#define SIALIP_MSG_DIP_WAKTU_TEMPAT_PEMBUATAN \
    "Waktu dan tempat pembuatan"
#define SIALIP_MSG_DIP_BENTUK_FORMAT \
    "Bentuk atau format"
#define SIALIP_MSG_DIP_JANGKA_WAKTU_PENYIMPANAN \
    "Jangka waktu penyimpanan"
#define SIALIP_MSG_DIP_TAHUN_EMPAT_ANGKA \
    "Tahun diisi empat angka antara 1945 dan %ld."
#define SIALIP_MSG_DIP_TAUTAN_HARUS_URL \
    "Tautan harus alamat lengkap yang diawali https:// atau http://, tanpa " \
    "spasi."
#define SIALIP_MSG_DIP_NOMOR_SUDAH_DIPAKAI \
    "Nomor ini sudah dipakai entri lain OPD yang sama."
#define SIALIP_MSG_DOKUMEN_TIDAK_DAPAT_DISIMPAN \
    "Dokumen tidak dapat disimpan"
#define SIALIP_MSG_DIP_ENTRI_GAGAL_SIMPAN_BERKAS \
    "Entri belum tersimpan karena gangguan penyimpanan berkas. Silakan coba " \
    "lagi nanti."
#define SIALIP_MSG_DIP_ENTRI_TERBIT_TIDAK_DAPAT_DIUBAH \
    "Entri yang sudah terbit tidak dapat diubah. Tarik kembali entri ini " \
    "lebih dulu untuk memperbaikinya."
#define SIALIP_MSG_DIP_ENTRI_SEDANG_DITINJAU \
    "Entri sedang ditinjau PPID Utama dan tidak dapat diubah sampai " \
    "disetujui atau ditolak."
#define SIALIP_MSG_DIP_STATUS_ENTRI_BERUBAH \
    "Status entri berubah sementara Anda mengisi formulir; entri ini tidak " \
    "dapat diubah sekarang."

/* dip_kelola.c */
#define SIALIP_MSG_DIP_ENTRI_BUKAN_WEWENANG \
    "Entri ini tidak ada atau bukan wewenang OPD Anda."
#define SIALIP_MSG_KELOLA_DAFTAR_INFORMASI_PUBLIK \
    "Kelola Daftar Informasi Publik"
#define SIALIP_MSG_ENTRI_DIP \
    "Entri DIP %s"
#define SIALIP_MSG_ENTRI_DIP_BARU \
    "Entri DIP baru"

/* dip_lengkap.c */
#define SIALIP_MSG_DAFTAR_INFORMASI_PUBLIK_LENGKAP \
    "Daftar Informasi Publik (lengkap)"

/* dip_tinjau.c */
#define SIALIP_MSG_AJUKAN_DITERBITKAN \
    "Ajukan untuk diterbitkan"
#define SIALIP_MSG_DIP_AJUKAN_HANYA_DRAF \
    "Hanya entri berstatus draf atau ditolak yang dapat diajukan untuk " \
    "diterbitkan."
#define SIALIP_MSG_DIP_ENTRI_DIAJUKAN \
    "Entri diajukan kepada PPID Utama untuk diterbitkan."
#define SIALIP_MSG_SETUJUI_TERBITKAN \
    "Setujui dan terbitkan"
#define SIALIP_MSG_DIP_TERBITKAN_HANYA_DIAJUKAN \
    "Hanya entri yang sudah diajukan yang dapat diterbitkan."
#define SIALIP_MSG_DIP_ENTRI_DITERBITKAN \
    "Entri diterbitkan dan tampil di Daftar Informasi Publik."
#define SIALIP_MSG_TOLAK_CATATAN \
    "Tolak dengan catatan"
#define SIALIP_MSG_DIP_TOLAK_HANYA_DIAJUKAN \
    "Hanya entri yang sudah diajukan yang dapat ditolak."
#define SIALIP_MSG_DIP_ENTRI_DITOLAK \
    "Entri ditolak; PPID Pelaksana dapat memperbaikinya lalu mengajukannya " \
    "kembali."
#define SIALIP_MSG_TARIK_KEMBALI_DIPERBAIKI \
    "Tarik kembali untuk diperbaiki"
#define SIALIP_MSG_DIP_TARIK_HANYA_TERBIT \
    "Hanya entri yang sudah terbit yang dapat ditarik kembali."
#define SIALIP_MSG_DIP_ENTRI_DITARIK \
    "Entri ditarik dari Daftar Informasi Publik dan kembali menjadi draf."
#define SIALIP_MSG_DIP_DITOLAK_STATUS_ENTRI \
    "%s Status entri ini: %s."
#define SIALIP_MSG_CATATAN_PENOLAKAN \
    "Catatan penolakan"

/* dikecualikan.c */
#define SIALIP_MSG_BERLAKU_TANPA_BATAS_WAKTU \
    "berlaku tanpa batas waktu"
#define SIALIP_MSG_BERLAKU_SAMPAI_KEDALUWARSA \
    "berlaku sampai %s; sudah kedaluwarsa"
#define SIALIP_MSG_BERLAKU_SAMPAI \
    "berlaku sampai %s"
#define SIALIP_MSG_DAFTAR_INFORMASI_DIKECUALIKAN \
    "Daftar Informasi yang Dikecualikan"
#define SIALIP_MSG_KELOLA_INFORMASI_DIKECUALIKAN \
    "Kelola informasi yang dikecualikan"
#define SIALIP_MSG_UBAH_INFORMASI_DIKECUALIKAN \
    "Ubah informasi yang dikecualikan"
#define SIALIP_MSG_TAMBAH_INFORMASI_DIKECUALIKAN \
    "Tambah informasi yang dikecualikan"
#define SIALIP_MSG_ENTRI_TIDAK_DITEMUKAN \
    "Entri tidak ditemukan"
#define SIALIP_MSG_INFORMASI_DIKECUALIKAN \
    "Informasi yang dikecualikan"
#define SIALIP_MSG_KECUALI_HURUF_PASAL17 \
    "huruf Pasal 17 yang menjadi dasar pengecualian"
#define SIALIP_MSG_KECUALI_KONSEKUENSI \
    "Konsekuensi bila informasi dibuka"
#define SIALIP_MSG_KECUALI_JANGKA_WAKTU \
    "Jangka waktu pengecualian"
#define SIALIP_MSG_KECUALI_KEPENTINGAN_PUBLIK \
    "Pertimbangan kepentingan publik (Pasal 2 ayat 4)"
#define SIALIP_MSG_KECUALI_PPID_MEMUTUSKAN \
    "PPID yang memutuskan"
#define SIALIP_MSG_KECUALI_UNIT_PENGOLAH \
    "Unit pengolah informasi"
#define SIALIP_MSG_KECUALI_ALASAN_PENETAPAN \
    "Alasan penetapan"
#define SIALIP_MSG_KECUALI_TEMPAT_PENETAPAN \
    "Tempat penetapan"
#define SIALIP_MSG_KECUALI_TANGGAL_PENETAPAN_WAJIB \
    "Tanggal penetapan wajib diisi."
#define SIALIP_MSG_KECUALI_TANGGAL_PENETAPAN_FORMAT \
    "Tanggal penetapan diisi dengan format TTTT-BB-HH, misalnya 2026-01-31."
#define SIALIP_MSG_KECUALI_TANGGAL_BERAKHIR_FORMAT \
    "Tanggal berakhir diisi dengan format TTTT-BB-HH, misalnya 2030-12-31."
#define SIALIP_MSG_KECUALI_TANGGAL_BERAKHIR_SESUDAH \
    "Tanggal berakhir harus sesudah tanggal penetapan."

/* katalog.c */
#define SIALIP_MSG_KATALOG_PENERBIT \
    "Dinas Komunikasi, Informatika, Sandi dan Statistik Kabupaten Serang"
#define SIALIP_MSG_KATA_KETERBUKAAN_INFORMASI_PUBLIK \
    "keterbukaan informasi publik"
#define SIALIP_MSG_KATALOG_URAIAN_DIP \
    "Informasi berkala, serta merta dan tersedia setiap saat yang " \
    "diterbitkan PPID Utama dan PPID Pelaksana (UU 14/2008 Pasal 9-11)."
#define SIALIP_MSG_KATA_DAFTAR_INFORMASI_PUBLIK \
    "daftar informasi publik"
#define SIALIP_MSG_KATALOG_URAIAN_DIKECUALIKAN \
    "Informasi yang dikecualikan berdasarkan uji konsekuensi (UU 14/2008 " \
    "Pasal 17): dasar hukum, konsekuensi dan jangka waktu."
#define SIALIP_MSG_KATA_INFORMASI_DIKECUALIKAN \
    "informasi dikecualikan"
#define SIALIP_MSG_KATA_UJI_KONSEKUENSI \
    "uji konsekuensi"
#define SIALIP_MSG_KATALOG_URAIAN_STATISTIK \
    "Jumlah permohonan, hasil dan ketepatan waktu per tahun dan per OPD, " \
    "tanpa data pribadi pemohon."
#define SIALIP_MSG_KATA_PERMOHONAN_INFORMASI \
    "permohonan informasi"
#define SIALIP_MSG_KATALOG_URAIAN_SURVEI \
    "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) dan mutu layanan, per " \
    "OPD dan per saluran, nilai rata-rata sembilan unsur layanan, tanpa data " \
    "pribadi."
#define SIALIP_MSG_KATA_SURVEI_KEPUASAN_MASYARAKAT \
    "survei kepuasan masyarakat"
#define SIALIP_MSG_KATA_INDEKS_KEPUASAN_MASYARAKAT \
    "indeks kepuasan masyarakat"
#define SIALIP_MSG_KATALOG_NAMA_SURVEI \
    "Survei kepuasan"
#define SIALIP_MSG_KATALOG_URAIAN_ARSIP \
    "Permohonan informasi yang sudah dijawab: teks permohonan yang " \
    "diterbitkan PPID, OPD, tanggal, lama penyelesaian dan hasilnya, tanpa " \
    "identitas pemohon (arsip.c)."
#define SIALIP_MSG_KATA_ARSIP_JAWABAN \
    "arsip jawaban"
#define SIALIP_MSG_KATALOG_NAMA_ARSIP \
    "Arsip jawaban"
#define SIALIP_MSG_KATALOG_URAIAN_INOVASI \
    "Profil, tahapan, indikator dan capaian inovasi daerah yang diterbitkan " \
    "(Indeks Inovasi Daerah, PP 38/2017)."
#define SIALIP_MSG_KATA_INOVASI_DAERAH \
    "inovasi daerah"
#define SIALIP_MSG_KATA_INDEKS_INOVASI_DAERAH \
    "indeks inovasi daerah"
#define SIALIP_MSG_KATALOG_NAMA_INOVASI \
    "Inovasi daerah"
#define SIALIP_MSG_KATA_INFORMASI_BERKALA \
    "informasi berkala"
#define SIALIP_MSG_KATA_INFORMASI_SERTA_MERTA \
    "informasi serta merta"
#define SIALIP_MSG_KATA_INFORMASI_SETIAP_SAAT \
    "informasi tersedia setiap saat"
#define SIALIP_MSG_KATALOG_JUDUL_LAPORAN_TAHUNAN \
    "Laporan tahunan layanan informasi publik %s"
#define SIALIP_MSG_KATALOG_URAIAN_LAPORAN_TAHUNAN \
    "Ringkasan permohonan dan keberatan tahun %s: jumlah, hasil, waktu " \
    "layanan, ketepatan waktu, alasan penolakan dan sengketa (Perki 1/2021)."
#define SIALIP_MSG_KATA_LAPORAN_LAYANAN_INFORMASI \
    "laporan layanan informasi"
#define SIALIP_MSG_KATA_LAPORAN_TAHUNAN \
    "laporan tahunan"
#define SIALIP_MSG_KATALOG_LAPORAN_XML \
    "Laporan %s (XML)"
#define SIALIP_MSG_KATALOG_LAPORAN_CSV \
    "Laporan %s (CSV)"
#define SIALIP_MSG_KATALOG_JUDUL_LAPORAN_SEMESTER \
    "Ringkasan layanan informasi publik semester %d tahun %s"
#define SIALIP_MSG_KATALOG_URAIAN_LAPORAN_SEMESTER \
    "Ringkasan permohonan dan keberatan semester %d tahun %s."
#define SIALIP_MSG_KATA_LAPORAN_SEMESTER \
    "laporan semester"
#define SIALIP_MSG_KATALOG_SEMESTER_XML \
    "Semester %d tahun %s (XML)"
#define SIALIP_MSG_KATALOG_SEMESTER_CSV \
    "Semester %d tahun %s (CSV)"
#define SIALIP_MSG_KATALOG_JUDUL \
    "Katalog data terbuka PPID Kabupaten Serang"
#define SIALIP_MSG_KATALOG_URAIAN \
    "Data dan informasi publik Pemerintah Kabupaten Serang yang diterbitkan " \
    "melalui SIALIP, dengan metadata Satu Data Indonesia."
#define SIALIP_MSG_SKEMA_TIDAK_DITEMUKAN \
    "Skema tidak ditemukan"
#define SIALIP_MSG_SKEMA_TIDAK_ADA \
    "Skema XML yang diminta tidak ada."

/* arsip_cari_dulu.c */
#define SIALIP_MSG_ARSIP_CARI_DULU \
    "Cari dulu sebelum mengajukan permohonan"
#define SIALIP_MSG_BERKAS_TIDAK_DITEMUKAN \
    "Berkas tidak ditemukan"
#define SIALIP_MSG_BERKAS_TIDAK_ADA \
    "Berkas yang diminta tidak ada."
#define SIALIP_MSG_COBA_LAGI \
    "Silakan coba lagi."

/* arsip_kelola.c */
#define SIALIP_MSG_ARSIP_TERBITKAN_JAWABAN \
    "Arsip publik: terbitkan jawaban"
#define SIALIP_MSG_ARSIP_BELUM_ADA_PEMBERITAHUAN \
    "Permohonan ini belum mendapat pemberitahuan tertulis; hanya permohonan " \
    "yang sudah dijawab yang dapat diterbitkan di arsip."
#define SIALIP_MSG_ARSIP_PUBLIK_PERMOHONAN \
    "Arsip publik: permohonan %s"
#define SIALIP_MSG_ARSIP_TEKS_DITERBITKAN \
    "Teks yang diterbitkan"
#define SIALIP_MSG_ARSIP_TEKS_MEMUAT_DATA_PRIBADI \
    "Teks masih memuat data pribadi pemohon (NIK, nomor telepon, alamat " \
    "e-mail atau nama): %s. Hapus atau samarkan sebelum diterbitkan."
#define SIALIP_MSG_ARSIP_ALASAN_MENAHAN \
    "Alasan menahan"

#endif
