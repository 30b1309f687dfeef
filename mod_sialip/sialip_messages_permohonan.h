/* mod_sialip's user text, part: requests and their processing, notices,
 * objections, disputes, the conversation and uploads (included by
 * sialip_messages.h; include that one). */
#ifndef SIALIP_MESSAGES_PERMOHONAN_H
#define SIALIP_MESSAGES_PERMOHONAN_H

/* permohonan.c */
#define SIALIP_MSG_LACAK_TERLALU_BANYAK_GAGAL \
    "Terlalu banyak pencarian yang tidak cocok dari alamat Anda. Silakan " \
    "coba lagi dalam %d menit."
#define SIALIP_MSG_TIDAK_DITEMUKAN \
    "Tidak ditemukan"
#define SIALIP_MSG_LACAK_TIDAK_COCOK \
    "Nomor atau kode pelacakan tidak cocok. Periksa kembali tanda bukti " \
    "penerimaan Anda."
#define SIALIP_MSG_LACAK_PERMOHONAN \
    "Lacak permohonan"
#define SIALIP_MSG_LACAK_ISI_NOMOR \
    "Isi nomor pendaftaran dari tanda bukti penerimaan (contoh 2026-000123)."
#define SIALIP_MSG_LACAK_ISI_NOMOR_DAN_KODE \
    "Isi nomor pendaftaran (contoh 2026-000123) dan kode pelacakan dari " \
    "tanda bukti penerimaan."
#define SIALIP_MSG_LACAK_FORMAT_NOMOR \
    "Nomor pendaftaran ditulis seperti contoh 2026-000123 (tahun, tanda " \
    "hubung, enam angka)."
#define SIALIP_MSG_LACAK_FORMAT_KODE \
    "Kode pelacakan terdiri dari 16 huruf dan angka, contoh " \
    "7K3M-Q9TZ-X2VB-8HRD."
#define SIALIP_MSG_LACAK_ISI_KODE \
    "Isi kode pelacakan 16 karakter dari tanda bukti penerimaan."

/* permohonan_ajuan.c */
#define SIALIP_MSG_CATAT_PERMOHONAN \
    "Catat permohonan (datang, surat, e-mail, telepon)"
#define SIALIP_MSG_FORMULIR_PERMOHONAN_INFORMASI_PUBLIK \
    "Formulir permohonan informasi publik"
#define SIALIP_MSG_DOKUMEN_IDENTITAS \
    "Dokumen identitas"
#define SIALIP_MSG_PERMOHONAN_BELUM_TERSIMPAN \
    "Permohonan Anda belum tersimpan. Silakan kirim ulang beberapa saat lagi."
#define SIALIP_MSG_PERMOHONAN_DITERIMA_MELALUI \
    "Permohonan diterima melalui %s"
#define SIALIP_MSG_TANDA_TERIMA_DITERIMA_PADA \
    "Permohonan informasi Anda telah kami terima pada %s."
#define SIALIP_MSG_TANDA_TERIMA_NOMOR \
    "Nomor pendaftaran: %s"
#define SIALIP_MSG_TANDA_TERIMA_KODE \
    "Kode pelacakan: %s (simpan; diperlukan untuk melacak dan mengajukan " \
    "keberatan)"
#define SIALIP_MSG_TANDA_TERIMA_BATAS_WAKTU \
    "Pemberitahuan tertulis paling lambat %s."
#define SIALIP_MSG_TANDA_TERIMA_SUBJEK \
    "Tanda terima permohonan informasi %s"
#define SIALIP_MSG_PERMOHONAN_DOKUMEN_GAGAL_SIMPAN \
    "Dokumen tidak dapat disimpan karena gangguan penyimpanan berkas. " \
    "Permohonan Anda belum tersimpan; isian lain tetap di formulir ini. " \
    "Pilih dokumen lagi dan kirim ulang beberapa saat lagi."

/* ajuan_batas.c */
#define SIALIP_MSG_PERMOHONAN_TERLALU_BANYAK_DARI_ALAMAT \
    "Permohonan belum terkirim: terlalu banyak permohonan dari alamat " \
    "jaringan Anda dalam waktu singkat. Isian Anda tetap di bawah ini; kirim " \
    "kembali dalam %s menit, atau datang/hubungi PPID."
#define SIALIP_MSG_PERMOHONAN_TERLALU_BANYAK_DARI_EMAIL \
    "Sudah terlalu banyak permohonan dengan alamat e-mail ini dalam waktu " \
    "singkat. Kirim kembali dalam %s menit."

/* proses.c */
#define SIALIP_MSG_PILIH_SALURAN_PERMOHONAN \
    "Pilih saluran permohonan."
#define SIALIP_MSG_WAKTU_DITERIMA_FORMAT \
    "Isi waktu diterima dengan format 2026-03-13 10:00."
#define SIALIP_MSG_WAKTU_DITERIMA_MASA_DEPAN \
    "Waktu diterima tidak boleh lebih dari sekarang."
#define SIALIP_MSG_TANDA_TERIMA_CARA_LACAK \
    "Lacak permohonan Anda dengan nomor dan kode pelacakan pada tanda terima:"
#define SIALIP_MSG_DISPOSISI_SUREL_PEMBUKA \
    "Permohonan informasi nomor %s didisposisikan kepada OPD Anda."
#define SIALIP_MSG_DISPOSISI_SUREL_INFORMASI \
    "Informasi yang diminta: %s"
#define SIALIP_MSG_DISPOSISI_SUREL_CATATAN \
    "Catatan PPID Utama: %s"
#define SIALIP_MSG_DISPOSISI_SUREL_CARA_JAWAB \
    "Jawab bagian OPD Anda melalui halaman permohonan:"
#define SIALIP_MSG_DISPOSISI_SUREL_SUBJEK \
    "Disposisi permohonan informasi %s"
#define SIALIP_MSG_DISPOSISI_PERMOHONAN_SELESAI \
    "Permohonan sudah selesai; pemberitahuan tertulis sudah diberikan, " \
    "sehingga tidak dapat didisposisi."
#define SIALIP_MSG_DISPOSISI_OPD_TIDAK_AKTIF \
    "OPD tujuan tidak aktif atau sudah menerima disposisi permohonan ini."
#define SIALIP_MSG_DISPOSISI_PILIH_OPD \
    "Pilih paling sedikit satu OPD tujuan disposisi."
#define SIALIP_MSG_DISPOSISI_PEMOHON_SUBJEK \
    "Permohonan Anda diteruskan"
#define SIALIP_MSG_DISPOSISI_PEMOHON_ISI \
    "Permohonan informasi Anda nomor %s telah diteruskan kepada PPID " \
    "Pelaksana %s."
#define SIALIP_MSG_DISPOSISI_AUDIT \
    "Permohonan diteruskan kepada PPID Pelaksana %s"
#define SIALIP_MSG_ALIH_HANYA_BAGIAN_TERBUKA \
    "Hanya bagian yang belum dijawab pada permohonan yang belum selesai " \
    "dapat dialihkan."
#define SIALIP_MSG_ALIH_ALASAN_WAJIB \
    "Tuliskan alasan pengalihan disposisi."
#define SIALIP_MSG_ALIH_AUDIT \
    "Disposisi dialihkan dari %s ke %s: %s"
#define SIALIP_MSG_JAWAB_BAGIAN_HANYA_OPD_TUJUAN \
    "Hanya PPID Pelaksana OPD yang menerima disposisi yang dapat menjawab " \
    "bagian ini."
#define SIALIP_MSG_JAWAB_BAGIAN_ISI_JAWABAN \
    "Isi jawaban OPD (paling banyak 10000 karakter)."
#define SIALIP_MSG_JAWAB_BAGIAN_SUDAH_DIJAWAB \
    "Bagian ini sudah dijawab atau sudah dialihkan."
#define SIALIP_MSG_PERPANJANG_ALASAN_WAJIB \
    "Perpanjangan wajib disertai alasan tertulis (paling banyak 5000 " \
    "karakter)."
#define SIALIP_MSG_PERPANJANG_PERMOHONAN_SELESAI \
    "Permohonan sudah selesai; waktu tidak dapat diperpanjang."
#define SIALIP_MSG_PERPANJANG_SUDAH_PERNAH_PASAL22 \
    "Waktu jawaban sudah pernah diperpanjang. UU 14/2008 Pasal 22 ayat 8 " \
    "hanya mengizinkan satu kali perpanjangan."
#define SIALIP_MSG_PERPANJANG_BATAS_SUDAH_LEWAT \
    "Waktu jawaban tidak dapat diperpanjang: batas waktu pertama, %s, sudah " \
    "lewat. UU 14/2008 Pasal 22 ayat 8 hanya mengizinkan perpanjangan " \
    "sebelum batas waktu itu berakhir; pemohon kini berhak mengajukan " \
    "keberatan karena permohonan tidak ditanggapi. Segera terbitkan " \
    "pemberitahuan tertulis."
#define SIALIP_MSG_PERPANJANG_SUDAH_PERNAH \
    "Waktu jawaban sudah pernah diperpanjang."
#define SIALIP_MSG_PERPANJANG_SUREL_SUBJEK \
    "Waktu jawaban permohonan diperpanjang"
#define SIALIP_MSG_PERPANJANG_SUREL_ISI \
    "Waktu jawaban atas permohonan nomor %s diperpanjang sampai %s. Alasan: " \
    "%s"
/* The "before" value of a moved due date: label.c recognises its start. */
#define SIALIP_MSG_JATUH_TEMPO_TANGGAL \
    SIALIP_MSG_JATUH_TEMPO "%s"
#define SIALIP_MSG_PERPANJANG_AUDIT \
    "Waktu jawaban diperpanjang sampai %s. Alasan: %s"

/* disposisi_tutup.c */
#define SIALIP_MSG_TUTUP_BAGIAN_JUDUL \
    "Tutup bagian %s pada permohonan %s"
#define SIALIP_MSG_TUTUP_BAGIAN_HANYA_TERBUKA \
    "Hanya bagian yang belum dijawab pada permohonan yang belum selesai " \
    "dapat ditutup."
#define SIALIP_MSG_TUTUP_BAGIAN_ISI_JAWABAN \
    "Isi jawaban atas nama OPD (paling banyak 10000 karakter)."
#define SIALIP_MSG_TUTUP_BAGIAN_ALASAN_WAJIB \
    "Tuliskan alasan PPID Utama menutup bagian ini, misalnya OPD tidak " \
    "menjawab sampai batas waktu."
#define SIALIP_MSG_TUTUP_BAGIAN_AUDIT \
    "Bagian %s ditutup PPID Utama atas nama OPD. Alasan: %s. Jawaban: %s"

/* tenggat.c */
#define SIALIP_MSG_JATUH_TEMPO_KALENDER_DIUBAH \
    "jatuh tempo %s%s (kalender hari libur diubah)"
#define SIALIP_MSG_DIPERPANJANG_SAMPAI \
    ", diperpanjang sampai %s"

/* pemberitahuan.c */
#define SIALIP_MSG_PEMBERITAHUAN_TERTULIS \
    "Pemberitahuan tertulis"
#define SIALIP_MSG_PEMBERITAHUAN_BELUM_ADA \
    "Pemberitahuan belum ada"
#define SIALIP_MSG_PEMBERITAHUAN_DOKUMEN_TIDAK_ADA \
    "Dokumen ini tidak ada pada pemberitahuan Anda."

/* pemberitahuan_bagian.c */
#define SIALIP_MSG_PEMBERITAHUAN_KEPUTUSAN_BAGIAN_SALAH \
    "Pilih keputusan bagian ini dari daftar (atau kosongkan bila sama dengan " \
    "keputusan pemberitahuan); keterangan paling banyak 5000 karakter."
#define SIALIP_MSG_PEMBERITAHUAN_KEPUTUSAN_SAMA \
    "Sama dengan keputusan pemberitahuan"

/* pemberitahuan_isi.c */
#define SIALIP_MSG_PPID_UTAMA_KABUPATEN_SERANG \
    "PPID Utama Kabupaten Serang"
#define SIALIP_MSG_PPID_PELAKSANA_OPD \
    "PPID Pelaksana %s"
#define SIALIP_MSG_PENANDATANGAN_ISI_NAMA \
    "Isi nama pejabat yang menandatangani pemberitahuan (paling banyak 255 " \
    "karakter)."
#define SIALIP_MSG_PENANDATANGAN_ISI_NIP \
    "Isi NIP penandatangan: 18 angka, boleh dengan spasi, misalnya 19800101 " \
    "200501 1 001."
#define SIALIP_MSG_PENANDATANGAN_ISI_JABATAN \
    "Isi jabatan penandatangan, misalnya PPID Utama Kabupaten Serang."
#define SIALIP_MSG_PENANDATANGAN_ISI_TEMPAT \
    "Isi tempat surat ditandatangani, misalnya Serang."
#define SIALIP_MSG_DIHAPUS_SESUAI_RETENSI \
    "(dihapus sesuai retensi)"

/* pemberitahuan_terbit.c */
#define SIALIP_MSG_PEMBERITAHUAN_TERTULIS_NOMOR \
    "Pemberitahuan tertulis %s"
#define SIALIP_MSG_PEMBERITAHUAN_SUDAH_TERBIT \
    "Pemberitahuan tertulis untuk permohonan ini sudah diterbitkan."
#define SIALIP_MSG_PEMBERITAHUAN_BAGIAN_BELUM_DIJAWAB \
    "Masih ada OPD yang belum menjawab disposisi. Pemberitahuan tertulis " \
    "diterbitkan setelah semua bagian dijawab."
#define SIALIP_MSG_PEMBERITAHUAN_JUMLAH_TARIF \
    "Jumlah pada tarif harus bilangan bulat 0 sampai 999999."
#define SIALIP_MSG_PEMBERITAHUAN_UJI_KONSEKUENSI_TIDAK_BERLAKU \
    "Uji konsekuensi itu tidak ada, masa berlakunya sudah habis, atau milik " \
    "OPD lain (pilih pengecualian OPD yang menguasai informasi atau yang " \
    "berlaku untuk seluruh kabupaten)."
#define SIALIP_MSG_PEMBERITAHUAN_GAGAL_SIMPAN_BERKAS \
    "Pemberitahuan belum diterbitkan karena gangguan penyimpanan berkas. " \
    "Silakan coba lagi nanti."
#define SIALIP_MSG_PEMBERITAHUAN_SUREL_ISI \
    "Pemberitahuan tertulis %s atas permohonan Anda telah diterbitkan: %s."
#define SIALIP_MSG_PEMBERITAHUAN_SUREL_CARA_LIHAT \
    "Lihat pemberitahuan dan unduh dokumen dengan nomor dan kode pelacakan " \
    "pada tanda terima:"
#define SIALIP_MSG_PEMBERITAHUAN_AUDIT \
    "Pemberitahuan tertulis %s diterbitkan: %s"
/* With a size_t argument (APR's format for it), then an int. */
#define SIALIP_MSG_DOKUMEN_JENIS_BESAR_BANYAK \
    "Dokumen harus berkas PDF, JPEG, atau PNG, paling besar %" APR_SIZE_T_FMT \
    " MB, paling banyak %d berkas."

/* keberatan_baru.c */
#define SIALIP_MSG_KEBERATAN_TANDA_TERIMA_PERMOHONAN \
    "Keberatan Anda atas permohonan nomor %s telah diterima dengan nomor %s."
#define SIALIP_MSG_KEBERATAN_TANDA_TERIMA_BERKALA \
    "Keberatan Anda karena informasi berkala tidak disediakan telah diterima " \
    "dengan nomor %s. Kode pelacakan: %s (simpan; diperlukan untuk melihat " \
    "status keberatan)."
#define SIALIP_MSG_KEBERATAN_TANDA_TERIMA_BATAS \
    "Atasan PPID memberikan tanggapan paling lambat %s (30 hari kerja)."
#define SIALIP_MSG_KEBERATAN_SUREL_SUBJEK \
    "Keberatan %s diterima"
#define SIALIP_MSG_KEBERATAN_AUDIT_DITERIMA \
    "Keberatan %s diterima melalui %s; Atasan PPID memutus paling lambat %s"
#define SIALIP_MSG_CATAT_KEBERATAN \
    "Catat keberatan"
#define SIALIP_MSG_KEBERATAN_JUDUL_BERKALA \
    "Keberatan: informasi berkala tidak disediakan"
#define SIALIP_MSG_KEBERATAN_URAIAN_WAJIB \
    "Uraikan keberatan (paling banyak 5000 karakter)."
#define SIALIP_MSG_KEBERATAN_NOMOR_PERMOHONAN_TIDAK_ADA \
    "Nomor permohonan tidak ditemukan."
#define SIALIP_MSG_KEBERATAN_PILIH_SALURAN \
    "Pilih saluran keberatan."
#define SIALIP_MSG_KEBERATAN_TANPA_NOMOR_HANYA_B \
    "Tanpa nomor permohonan, keberatan hanya dapat diajukan dengan alasan " \
    "huruf b (informasi berkala tidak disediakan). Isi nomor permohonan " \
    "untuk alasan lain."
#define SIALIP_MSG_MUSYAWARAH_ISI_TANGGAL_CATATAN \
    "Isi tanggal kesepakatan (YYYY-MM-DD, tidak lebih dari hari ini) dan " \
    "catatan hasil musyawarah (paling banyak 5000 karakter)."
#define SIALIP_MSG_MUSYAWARAH_TANGGAL_SEBELUM_KEBERATAN \
    "Tanggal kesepakatan tidak boleh sebelum keberatan diterima."
#define SIALIP_MSG_MUSYAWARAH_HANYA_BELUM_DIPUTUS \
    "Hanya keberatan yang belum diputus dapat dicatat selesai secara " \
    "musyawarah."
#define SIALIP_MSG_MUSYAWARAH_AUDIT \
    "Selesai secara musyawarah pada %s: %s"

/* berkas_sengketa.c */
#define SIALIP_MSG_TIDAK_ADA_SENGKETA \
    "Tidak ada sengketa"
#define SIALIP_MSG_SENGKETA_TIDAK_DIAJUKAN \
    "Keberatan atas permohonan %s tidak diajukan ke Komisi Informasi."
#define SIALIP_MSG_SENGKETA_BERKAS_JUDUL \
    "Berkas sengketa permohonan %s"

/* percakapan.c */
#define SIALIP_MSG_PESAN_PALING_PANJANG \
    "%s paling panjang %d karakter (sekarang %lu)."
#define SIALIP_MSG_PESAN_LAMPIRAN_GAGAL_SIMPAN \
    "Lampiran tidak dapat disimpan karena gangguan penyimpanan berkas. Pesan " \
    "belum terkirim; pilih lampiran lagi dan kirim ulang beberapa saat lagi."
#define SIALIP_MSG_PESAN_SUREL_CARA_BALAS_STAF \
    "Baca dan balas pada halaman permohonan:"
#define SIALIP_MSG_KLARIFIKASI_HARI_KERJA \
    "%d hari kerja"
#define SIALIP_MSG_KLARIFIKASI_DIJAWAB_JEDA \
    "Pemohon menjawab permintaan klarifikasi. Waktu jawaban berhenti selama " \
    "menunggu: %s; pemberitahuan tertulis paling lambat %s%s."
#define SIALIP_MSG_DENGAN_PERPANJANGAN \
    " (dengan perpanjangan %s)"
#define SIALIP_MSG_KLARIFIKASI_DIJAWAB \
    "Pemohon menjawab permintaan klarifikasi."
#define SIALIP_MSG_KLARIFIKASI_DIJAWAB_TANPA_JEDA \
    "Pemohon menjawab permintaan klarifikasi. Waktu jawaban tetap berjalan " \
    "selama menunggu; batas waktu tidak berubah."
#define SIALIP_MSG_PESAN_PERCAKAPAN_DITUTUP_PEMOHON \
    "Permohonan ini sudah selesai dan percakapannya ditutup. Bila jawaban " \
    "belum memuaskan, ajukan keberatan; PPID dapat membuka kembali " \
    "permohonan bila diperlukan."
#define SIALIP_MSG_PESAN_PERMOHONAN_BARU_DITUTUP \
    "Permohonan ini baru saja ditutup; pesan belum terkirim."
#define SIALIP_MSG_SUBJEK_JAWABAN_KLARIFIKASI \
    "Jawaban klarifikasi pemohon, permohonan %s"
#define SIALIP_MSG_SUBJEK_PESAN_PEMOHON \
    "Pesan baru dari pemohon, permohonan %s"
#define SIALIP_MSG_PESAN_SUREL_DARI_PEMOHON \
    "Pemohon menulis pesan pada permohonan informasi nomor %s%s"
#define SIALIP_MSG_PESAN_DENGAN_LAMPIRAN \
    " (dengan lampiran)."
#define SIALIP_MSG_LAMPIRAN_TIDAK_DITEMUKAN \
    "Lampiran tidak ditemukan"
#define SIALIP_MSG_LAMPIRAN_TIDAK_ADA \
    "Lampiran ini tidak ada pada percakapan permohonan Anda."

/* percakapan_staf.c */
#define SIALIP_MSG_PESAN_SUREL_CARA_BALAS_PEMOHON \
    "Baca dan balas di halaman status permohonan nomor %s: lacak dengan " \
    "nomor pendaftaran dan kode pelacakan Anda."
#define SIALIP_MSG_PESAN_PERCAKAPAN_DITUTUP_STAF \
    "Permohonan sudah selesai dan percakapannya ditutup. Buka kembali " \
    "permohonan dengan alasan untuk menulis kepada pemohon."
#define SIALIP_MSG_KLARIFIKASI_HANYA_SEBELUM_PEMBERITAHUAN \
    "Klarifikasi hanya dapat diminta sebelum pemberitahuan tertulis " \
    "diterbitkan."
#define SIALIP_MSG_KLARIFIKASI_SEBELUMNYA_BELUM_DIJAWAB \
    "Permintaan klarifikasi sebelumnya belum dijawab pemohon; kirim pesan " \
    "biasa atau tunggu jawabannya."
#define SIALIP_MSG_KLARIFIKASI_DIMINTA_JEDA \
    "PPID meminta klarifikasi. Waktu jawaban berhenti sampai pemohon " \
    "menjawab; batas waktu bergeser sebanyak hari kerja menunggu."
#define SIALIP_MSG_KLARIFIKASI_DIMINTA_TANPA_JEDA \
    "PPID meminta klarifikasi. Waktu jawaban tetap berjalan selama menunggu " \
    "jawaban pemohon."
#define SIALIP_MSG_SUBJEK_KLARIFIKASI_DIMINTA \
    "PPID meminta klarifikasi atas permohonan"
#define SIALIP_MSG_SUBJEK_PESAN_PPID \
    "Pesan baru dari PPID, permohonan"
#define SIALIP_MSG_KLARIFIKASI_SUREL_ISI \
    "PPID meminta klarifikasi atas permohonan informasi Anda nomor %s. %s"
#define SIALIP_MSG_KLARIFIKASI_SUREL_JEDA \
    "Waktu jawaban berhenti sampai Anda menjawab."
#define SIALIP_MSG_KLARIFIKASI_SUREL_TANPA_JEDA \
    "Waktu jawaban tetap berjalan; mohon segera dijawab."
#define SIALIP_MSG_PESAN_SUREL_DARI_PPID \
    "PPID menulis pesan pada permohonan informasi Anda nomor %s."
#define SIALIP_MSG_BUKA_KEMBALI_ALASAN \
    "Alasan membuka kembali"
#define SIALIP_MSG_BUKA_KEMBALI_HANYA_SELESAI \
    "Hanya permohonan yang sudah selesai yang dapat dibuka kembali; " \
    "permohonan ini masih berjalan."
#define SIALIP_MSG_BUKA_KEMBALI_SUDAH \
    "Permohonan ini sudah dibuka kembali."
#define SIALIP_MSG_BUKA_KEMBALI_AUDIT \
    "Permohonan dibuka kembali oleh PPID; alasannya ada di percakapan. " \
    "Tindak lanjut paling lambat %s; pemberitahuan tertulis yang sudah " \
    "terbit tetap berlaku."
#define SIALIP_MSG_SUBJEK_DIBUKA_KEMBALI \
    "Permohonan dibuka kembali,"
#define SIALIP_MSG_BUKA_KEMBALI_SUREL_ISI \
    "PPID membuka kembali permohonan informasi Anda nomor %s. Tindak lanjut " \
    "paling lambat %s."
#define SIALIP_MSG_TUTUP_KEMBALI_CATATAN \
    "Catatan penutupan"
#define SIALIP_MSG_TUTUP_KEMBALI_TIDAK_DIBUKA \
    "Permohonan ini tidak sedang dibuka kembali."
#define SIALIP_MSG_STATUS_DIBUKA_KEMBALI \
    "dibuka kembali"
#define SIALIP_MSG_TUTUP_KEMBALI_AUDIT \
    "Permohonan ditutup kembali oleh PPID; catatannya ada di percakapan."
#define SIALIP_MSG_SUBJEK_DITUTUP_KEMBALI \
    "Permohonan ditutup kembali,"
#define SIALIP_MSG_TUTUP_KEMBALI_SUREL_ISI \
    "PPID menutup kembali permohonan informasi Anda nomor %s."

/* unggah.c */
#define SIALIP_MSG_BERKAS_HARUS_PDF_JPEG_PNG \
    "%s harus berkas PDF, JPEG, atau PNG."
/* With a size_t argument: APR's format for it (apr.h). */
#define SIALIP_MSG_BERKAS_PALING_BESAR_MB \
    "%s paling besar %" APR_SIZE_T_FMT " MB."

/* surel.c */
#define SIALIP_MSG_SUREL_KAKI_OTOMATIS \
    "Pesan ini dikirim otomatis oleh SIALIP, layanan informasi publik PPID " \
    "Kabupaten Serang. Mohon tidak membalas pesan ini."

/* kotak.c */
#define SIALIP_MSG_KOTAK_JUDUL \
    "Permohonan informasi"

#endif
