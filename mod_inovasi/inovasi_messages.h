/* mod_inovasi's user text: every sentence a person reads on its pages
 * (field errors, refusals, titles, notices, history), in Bahasa Indonesia,
 * under a short identifier (ARCHITECTURE.md "User text"), grouped by the
 * file that first used it.  Macros, so -Wformat checks a message with
 * arguments where it is used; pure C.  The shared kit's messages (SL_MSG_*)
 * come with it. */
#ifndef INOVASI_MESSAGES_H
#define INOVASI_MESSAGES_H

#include "sl_messages.h"

/* capaian.c */
#define INOVASI_MSG_BOBOT_LEBIH_DARI_NOL \
    "Setiap bobot harus lebih dari 0."
#define INOVASI_MSG_JUMLAH_BOBOT_BUKAN_100 \
    "Jumlah bobot harus 100; sekarang %.2f."
#define INOVASI_MSG_PREDIKAT_WAJIB \
    "Isi paling sedikit satu predikat."
#define INOVASI_MSG_PREDIKAT_TANPA_NAMA \
    "Setiap predikat harus bernama."
#define INOVASI_MSG_BATAS_PREDIKAT_SALAH \
    "Batas predikat \"%.60s\" harus di antara 0 dan 100, batas bawah tidak " \
    "melebihi batas atas."
#define INOVASI_MSG_PREDIKAT_TUMPANG_TINDIH \
    "Predikat \"%.40s\" dan \"%.40s\" tumpang tindih."

/* dasbor.c */
#define INOVASI_MSG_TAHAP_DIPUBLIKASIKAN \
    "Dipublikasikan di etalase"
#define INOVASI_MSG_JUDUL_DASBOR \
    "Dasbor inovasi daerah %s"

/* ekspor.c */
#define INOVASI_MSG_JUDUL_INOVASI_OPD \
    "Inovasi perangkat daerah Kabupaten Serang"
#define INOVASI_MSG_NAMA_DAERAH_KABUPATEN \
    "Kabupaten Serang"

/* etalase.c */
#define INOVASI_MSG_JUDUL_ETALASE \
    "Inovasi Daerah Kabupaten Serang"

/* evaluasi.c */
#define INOVASI_MSG_NILAI_OPD_SENDIRI \
    "Anda tidak dapat menilai inovasi OPD Anda sendiri; evaluator lain yang " \
    "menilainya."
#define INOVASI_MSG_KRITERIA_BELUM_DITETAPKAN \
    "Kriteria penilaian tahun ini belum ditetapkan. Tetapkan di halaman " \
    "aturan tahun lebih dahulu."
#define INOVASI_MSG_SKOR_KRITERIA_SALAH \
    "Skor \"%s\" harus angka 0 sampai 100, paling banyak 2 desimal."
#define INOVASI_MSG_LABEL_CATATAN_BUKTI \
    "Catatan bukti \"%s\""

/* iid.c */
#define INOVASI_MSG_JUDUL_KATALOG_IID \
    "Katalog Indeks Inovasi Daerah %s"
#define INOVASI_MSG_KATALOG_SUDAH_ADA \
    "Katalog tahun ini sudah ada."
#define INOVASI_MSG_KATALOG_LALU_TIDAK_ADA \
    "Belum ada katalog tahun sebelumnya untuk disalin."
#define INOVASI_MSG_PEMBAGI_MINIMUM_SALAH \
    "Pembagi minimum harus bilangan bulat 1 sampai 100 (2023: 10)."
#define INOVASI_MSG_LABEL_SUMBER_ATURAN \
    "Sumber aturan"
#define INOVASI_MSG_LABEL_NAMA_INDIKATOR \
    "Nama indikator"
#define INOVASI_MSG_LABEL_URAIAN_TINGKAT \
    "Uraian tingkat %d"
#define INOVASI_MSG_SKOR_TINGKAT_SALAH \
    "Skor harus angka 0 sampai 9999, contoh 3 atau 2,5."
#define INOVASI_MSG_SKOR_TINGKAT_MENURUN \
    "Skor tingkat 1, 2, 3 tidak boleh menurun."
#define INOVASI_MSG_LABEL_JENIS_BUKTI \
    "Jenis bukti"
#define INOVASI_MSG_BATAS_IID_BUKAN_ANGKA \
    "Batas bawah dan atas harus angka dengan paling banyak 2 desimal, contoh " \
    "65,01."

/* iid_bukti.c */
#define INOVASI_MSG_JUDUL_BUKTI_IID \
    "Bukti IID %s: %s"
#define INOVASI_MSG_JUDUL_BUKTI_IID_PEMDA \
    "Bukti IID %s: aspek pemerintah daerah"
#define INOVASI_MSG_TINGKAT_BUKTI_WAJIB \
    "Pilih tingkat (1, 2 atau 3) yang dibuktikan."
#define INOVASI_MSG_TAUTAN_BUKTI_SALAH \
    "Tautan bukti harus alamat http:// atau https:// yang lengkap."
#define INOVASI_MSG_JENIS_BERKAS_BUKTI_SALAH \
    "Berkas bukti harus PDF, JPEG, atau PNG."
#define INOVASI_MSG_BUKTI_DUKUNG_WAJIB \
    "Lampirkan bukti dukung: berkas atau tautan."
#define INOVASI_MSG_BERKAS_GAGAL_DISIMPAN \
    "Berkas tidak dapat disimpan"
#define INOVASI_MSG_BUKTI_GAGAL_DISIMPAN \
    "Bukti belum tersimpan karena gangguan penyimpanan berkas. Silakan coba " \
    "lagi nanti atau gunakan tautan."
#define INOVASI_MSG_PILIH_PERIKSA \
    "Pilih verifikasi atau kembalikan."
#define INOVASI_MSG_PERIKSA_BUKTI_OPD_SENDIRI \
    "Anda tidak dapat memeriksa bukti inovasi OPD Anda sendiri; evaluator " \
    "lain yang memeriksanya."
#define INOVASI_MSG_BUKTI_BUKAN_MENUNGGU_PERIKSA \
    "Hanya bukti yang diajukan dan belum diperiksa yang dapat diverifikasi " \
    "atau dikembalikan."
#define INOVASI_MSG_PERIKSA_BUKTI_SENDIRI \
    "Bukti yang Anda ajukan sendiri diperiksa oleh evaluator lain."
#define INOVASI_MSG_NILAI_OPD_SENDIRI_DITOLAK \
    "Anda tidak dapat menilai inovasi OPD Anda sendiri."

/* iid_ppid.c */
#define INOVASI_MSG_JUDUL_BUKTI_IID_PPID \
    "Bukti IID dari data PPID %s"
#define INOVASI_MSG_IID_KEMUDAHAN_INFORMASI \
    "Kemudahan informasi layanan"
#define INOVASI_MSG_IID_SUMBER_KANAL \
    "Tabel permohonan, kolom kanal: %d permohonan diterima tahun %s melalui " \
    "%d saluran."
#define INOVASI_MSG_IID_KECEPATAN_LAYANAN \
    "Kecepatan penyelesaian layanan"
#define INOVASI_MSG_IID_SUMBER_KECEPATAN \
    "Tabel permohonan (hari ke-0) dan pemberitahuan (tanggal terbit), hari " \
    "kerja menurut kalender hari libur: median dari %d permohonan yang " \
    "dijawab tahun %s."
#define INOVASI_MSG_IID_PENYELESAIAN_PENGADUAN \
    "Penyelesaian layanan pengaduan"
#define INOVASI_MSG_IID_SUMBER_PENGADUAN \
    "Tabel keberatan: %d dari %d keberatan tahun %s sudah diputus."

/* indikator.c */
#define INOVASI_MSG_INDIKATOR_TIDAK_DITEMUKAN \
    "Indikator ini tidak ditemukan; muat ulang halaman."
#define INOVASI_MSG_INDIKATOR_BERNILAI_TIDAK_DIHAPUS \
    "Indikator ini sudah memiliki nilai laporan dan tidak dapat dihapus."
#define INOVASI_MSG_DIMENSI_TIDAK_DIKENAL \
    "Dimensi tidak dikenal."
#define INOVASI_MSG_BASELINE_BUKAN_ANGKA \
    "Baseline harus berupa angka, contoh 12 atau 12,5."
#define INOVASI_MSG_TARGET_BUKAN_ANGKA \
    "Target harus berupa angka, contoh 12 atau 12,5."
#define INOVASI_MSG_ARAH_WAJIB \
    "Pilih arah indikator."
#define INOVASI_MSG_TARGET_DI_BAWAH_BASELINE \
    "Untuk indikator \"makin tinggi makin baik\", target tidak boleh di " \
    "bawah baseline."
#define INOVASI_MSG_TARGET_DI_ATAS_BASELINE \
    "Untuk indikator \"makin rendah makin baik\", target tidak boleh di atas " \
    "baseline."
#define INOVASI_MSG_BOBOT_SALAH \
    "Bobot harus angka lebih dari 0 sampai 100, paling banyak 2 desimal."
#define INOVASI_MSG_DIMENSI_TANPA_INDIKATOR \
    "Dimensi %s memerlukan paling sedikit satu indikator."

/* inovasi_daftar.c */
#define INOVASI_MSG_JUDUL_DAFTAR \
    "Daftar inovasi daerah"

/* inovasi_data.c */
#define INOVASI_MSG_JUDUL_UBAH_PROFIL \
    "Ubah profil inovasi"
#define INOVASI_MSG_JUDUL_INOVASI_BARU \
    "Inovasi baru"
#define INOVASI_MSG_AKUN_TANPA_OPD \
    "Akun belum terhubung ke OPD"
#define INOVASI_MSG_AKUN_TANPA_OPD_SARAN \
    "Minta administrator menghubungkan akun Anda ke perangkat daerah Anda."
#define INOVASI_MSG_TAHUN_SALAH \
    "Tahun harus 4 angka antara 2000 dan 2100."
#define INOVASI_MSG_LABEL_NAMA_INOVASI \
    "Nama inovasi"
#define INOVASI_MSG_LABEL_BENTUK \
    "bentuk inovasi"
#define INOVASI_MSG_LABEL_JENIS \
    "jenis inovasi (digital atau non-digital)"
#define INOVASI_MSG_LABEL_TAHAPAN \
    "tahapan inovasi"
#define INOVASI_MSG_LABEL_INISIATOR \
    "inisiator inovasi"
#define INOVASI_MSG_LABEL_URUSAN \
    "Urusan pemerintahan"
#define INOVASI_MSG_LABEL_RANCANG_BANGUN \
    "Rancang bangun"
#define INOVASI_MSG_LABEL_HASIL \
    "Hasil inovasi"
#define INOVASI_MSG_TANGGAL_UJI_COBA_SALAH \
    "Tanggal uji coba tidak valid (contoh 2026-03-13)."
#define INOVASI_MSG_TANGGAL_UJI_COBA_WAJIB \
    "Isi tanggal mulai uji coba untuk tahapan ini."
#define INOVASI_MSG_TANGGAL_PENERAPAN_SALAH \
    "Tanggal penerapan tidak valid (contoh 2026-03-13)."
#define INOVASI_MSG_TANGGAL_PENERAPAN_WAJIB \
    "Isi tanggal mulai penerapan untuk tahapan penerapan."
#define INOVASI_MSG_PENERAPAN_SEBELUM_UJI_COBA \
    "Penerapan tidak boleh mendahului uji coba."
#define INOVASI_MSG_ANGGARAN_SALAH \
    "Anggaran tidak terbaca: tulis jumlah rupiah dengan angka, boleh dengan " \
    "titik ribuan, contoh 150.000.000 atau Rp 150.000.000,50."
#define INOVASI_MSG_JENIS_DASAR_HUKUM_WAJIB \
    "Pilih jenis dasar hukum."
#define INOVASI_MSG_LABEL_NOMOR_DASAR_HUKUM \
    "Nomor dasar hukum"
#define INOVASI_MSG_JENIS_DASAR_HUKUM_UNTUK_NOMOR \
    "Pilih jenis dasar hukum untuk nomor ini."
#define INOVASI_MSG_LABEL_NAMA_NARAHUBUNG \
    "Nama narahubung"
#define INOVASI_MSG_KONTAK_NARAHUBUNG_WAJIB \
    "Isi telepon atau e-mail narahubung (salah satu wajib)."
#define INOVASI_MSG_TELEPON_SALAH \
    "Nomor telepon tidak valid: gunakan 8 sampai 15 angka."
#define INOVASI_MSG_EMAIL_SALAH \
    "Alamat e-mail tidak valid."
#define INOVASI_MSG_LABEL_REPLIKASI \
    "apakah inovasi ini replikasi"
#define INOVASI_MSG_SUMBER_WAJIB \
    "Pilih inovasi sumber di Kabupaten Serang."
#define INOVASI_MSG_SUMBER_TIDAK_TERSEDIA \
    "Inovasi sumber tidak tersedia; pilih dari daftar."
#define INOVASI_MSG_LABEL_NAMA_SUMBER \
    "Nama inovasi sumber"
#define INOVASI_MSG_LABEL_DAERAH_SUMBER \
    "Daerah asal inovasi sumber"
#define INOVASI_MSG_LABEL_CARA_REPLIKASI \
    "cara replikasi (tiru penuh atau modifikasi)"
#define INOVASI_MSG_LABEL_URAIAN_PERUBAHAN \
    "Uraian perubahan"
#define INOVASI_MSG_TAHUN_TERKUNCI \
    "Tahun tidak dapat diubah: inovasi ini sudah memiliki laporan atau nilai " \
    "tahun %s. Daftarkan sebagai inovasi baru bila perlu."
#define INOVASI_MSG_ALASAN_TARIK_DIUBAH_OPD \
    "diubah OPD; menunggu persetujuan"

/* inovasi_staf.c */
#define INOVASI_MSG_PERMINTAAN_TIDAK_VALID \
    "Permintaan tidak valid"
#define INOVASI_MSG_PILIH_TERBIT_TARIK \
    "Pilih terbitkan atau tarik dari etalase."

/* monitoring.c */
#define INOVASI_MSG_JUDUL_LAPORAN \
    "Laporan monitoring %s"
#define INOVASI_MSG_PERIKSA_LAPORAN_OPD_SENDIRI \
    "Anda tidak dapat memeriksa laporan inovasi OPD Anda sendiri; evaluator " \
    "lain yang memeriksanya."
#define INOVASI_MSG_LAPORAN_BUKAN_MENUNGGU_PERIKSA \
    "Hanya laporan yang sudah diajukan dan belum diverifikasi yang dapat " \
    "diperiksa."
#define INOVASI_MSG_LABEL_CATATAN_EVALUATOR \
    "Catatan evaluator"

/* monitoring_isi.c */
#define INOVASI_MSG_LAPORAN_TERKUNCI \
    "Laporan ini sudah diajukan atau diverifikasi dan tidak dapat diubah " \
    "lagi."
#define INOVASI_MSG_PILIH_SIMPAN_AJUKAN \
    "Pilih simpan draf atau ajukan laporan."
#define INOVASI_MSG_INOVASI_TANPA_INDIKATOR \
    "Inovasi ini belum memiliki indikator. Susun indikator rancangan lebih " \
    "dahulu."
#define INOVASI_MSG_LABEL_NARASI \
    "Narasi capaian"
#define INOVASI_MSG_NILAI_BUKAN_ANGKA \
    "Nilai \"%s\" harus berupa angka, contoh 12 atau 12,5."
#define INOVASI_MSG_BUKTI_NILAI_WAJIB \
    "Lampirkan bukti (berkas atau tautan) untuk nilai \"%s\"."
#define INOVASI_MSG_NILAI_WAJIB \
    "Isi nilai paling sedikit satu indikator sebelum mengajukan laporan."
#define INOVASI_MSG_LAPORAN_GAGAL_DISIMPAN \
    "Laporan belum tersimpan karena gangguan penyimpanan berkas. Silakan " \
    "coba lagi nanti atau gunakan tautan sebagai bukti."
#define INOVASI_MSG_LAPORAN_BARU_DIAJUKAN \
    "Laporan ini baru saja diajukan dari tempat lain dan tidak dapat diubah " \
    "lagi."

/* pendaftar.c */
#define INOVASI_MSG_OPD_WAJIB \
    "Pilih perangkat daerah pemilik inovasi."
#define INOVASI_MSG_OPD_TIDAK_AKTIF \
    "Perangkat daerah ini tidak aktif atau tidak ada; pilih dari daftar."

/* pita.c */
#define INOVASI_MSG_LABEL_NAMA_PREDIKAT \
    "Nama predikat"

/* replikasi.c */
#define INOVASI_MSG_LABEL_NAMA_DAERAH \
    "Nama daerah"
#define INOVASI_MSG_BUKTI_REPLIKASI_WAJIB \
    "Lampirkan bukti replikasi: berkas atau tautan (misalnya SK atau " \
    "perjanjian kerja sama daerah tersebut)."
#define INOVASI_MSG_DAERAH_SUDAH_ADA \
    "Daerah ini sudah tercatat."
#define INOVASI_MSG_BERKAS_GAGAL_SARAN \
    "Silakan coba lagi nanti atau gunakan tautan."

/* riwayat.c */
#define INOVASI_MSG_RIWAYAT_PERUBAHAN_LAIN \
    "Perubahan lain"
#define INOVASI_MSG_RIWAYAT_EVALUATOR \
    "Evaluator Bappeda"

/* siklus.c */
#define INOVASI_MSG_JUDUL_SIKLUS \
    "Tahap dan masa berjalan: %s"
#define INOVASI_MSG_TANGGAL_TAHAP_SALAH \
    "Tanggal harus berformat TTTT-BB-HH, contoh 2026-03-02."
#define INOVASI_MSG_TAHAP_MENDAHULUI \
    "Tahap %s tidak boleh lebih awal dari tahap sebelumnya."
#define INOVASI_MSG_TANGGAL_BERAKHIR_SALAH \
    "Tanggal harus berformat TTTT-BB-HH, contoh 2027-12-31; kosongkan bila " \
    "inovasi masih berjalan."
#define INOVASI_MSG_BENTUK_DIHITUNG_WAJIB \
    "Pilih paling sedikit satu bentuk inovasi yang dihitung."
#define INOVASI_MSG_TAHAP_AWAL_WAJIB \
    "Pilih tahap paling awal yang dihitung."

/* tahun.c */
#define INOVASI_MSG_JUDUL_ATURAN_TAHUN \
    "Aturan penilaian tahun %s"
#define INOVASI_MSG_PREDIKAT_IID_KHUSUS \
    "Kata predikat IID (\"inovatif\") hanya untuk nilai Indeks Inovasi " \
    "Daerah; pakai kata lain untuk capaian, misalnya tercapai atau " \
    "tertinggal."
#define INOVASI_MSG_BATAS_PREDIKAT_BUKAN_ANGKA \
    "Batas bawah dan atas harus angka dengan paling banyak 2 desimal."
#define INOVASI_MSG_KRITERIA_TIDAK_DITEMUKAN \
    "Kriteria ini tidak ditemukan; muat ulang halaman."
#define INOVASI_MSG_KRITERIA_DINILAI_TIDAK_DIHAPUS \
    "Kriteria yang sudah dinilai tidak dapat dihapus."
#define INOVASI_MSG_LABEL_NAMA_KRITERIA \
    "Nama kriteria"
#define INOVASI_MSG_JENIS_PERIODE_WAJIB \
    "Pilih triwulan atau semester."
#define INOVASI_MSG_NOMOR_PERIODE_WAJIB \
    "Pilih nomor periode."
#define INOVASI_MSG_HARI_KERJA_TENGGAT_SALAH \
    "Isi jumlah hari kerja setelah akhir periode (0 sampai 365)."
#define INOVASI_MSG_TENGGAT_WAJIB \
    "Isi tanggal batas laporan (contoh 2026-04-10)."
#define INOVASI_MSG_TENGGAT_SEBELUM_AKHIR_PERIODE \
    "Batas laporan tidak boleh sebelum akhir periode (%s)."
#define INOVASI_MSG_JENIS_PERIODE_BERBEDA \
    "Tahun %s sudah memakai periode %s; satu tahun memakai satu jenis " \
    "periode."

/* umum.c */
#define INOVASI_MSG_BASIS_DATA_MATI \
    "Basis data sedang tidak dapat dihubungi; perubahan belum tersimpan. " \
    "Silakan coba lagi beberapa saat lagi."
#define INOVASI_MSG_DATA_TIDAK_ADA \
    "Data ini tidak ada atau bukan wewenang Anda. Periksa kembali alamat " \
    "yang Anda buka."
#define INOVASI_MSG_TINDAKAN_DITOLAK \
    "Tindakan tidak dapat dilakukan"
#define INOVASI_MSG_ISIAN_KARAKTER_TIDAK_SAH \
    "%s memuat karakter yang tidak diizinkan."
#define INOVASI_MSG_ISIAN_WAJIB \
    "%s wajib diisi."
#define INOVASI_MSG_ISIAN_TERLALU_PANJANG \
    "%s paling banyak %lu karakter."

#endif
