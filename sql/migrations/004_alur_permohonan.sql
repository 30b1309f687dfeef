-- The statutory workflow of a request (DOMAIN.md Part A): disposition to
-- OPDs, extension, the written notice with its documents, objections and
-- disputes, the DIP and the exempt list, and the copying tariff.

-- Who registered a walk-in/letter/e-mail/phone request, and the extension.
ALTER TABLE permohonan
  ADD COLUMN dicatat_oleh INT UNSIGNED NULL AFTER identitas_berkas_id,
  ADD COLUMN jatuh_tempo_perpanjangan DATE NULL AFTER jatuh_tempo,
  ADD COLUMN alasan_perpanjangan TEXT NULL AFTER jatuh_tempo_perpanjangan,
  ADD COLUMN diperpanjang_pada DATETIME NULL AFTER alasan_perpanjangan,
  ADD COLUMN selesai_pada DATETIME NULL AFTER diperpanjang_pada,
  ADD CONSTRAINT fk_permohonan_pencatat FOREIGN KEY (dicatat_oleh) REFERENCES pengguna (id);

-- One row per OPD a request was routed to.  A re-routed part keeps its row
-- (status dialihkan) and points at the row that replaced it.
CREATE TABLE disposisi (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  permohonan_id  BIGINT UNSIGNED NOT NULL,
  opd_id         INT UNSIGNED NOT NULL,
  status         ENUM('menunggu','dijawab','dialihkan') NOT NULL DEFAULT 'menunggu',
  catatan        TEXT NULL,                 -- PPID Utama's instruction
  jawaban        TEXT NULL,                 -- the OPD's answer for its part
  dibuat_oleh    INT UNSIGNED NOT NULL,
  dibuat_pada    DATETIME NOT NULL,
  dijawab_oleh   INT UNSIGNED NULL,
  dijawab_pada   DATETIME NULL,
  dialihkan_ke   BIGINT UNSIGNED NULL,
  KEY ix_disposisi_opd_status (opd_id, status),
  KEY ix_disposisi_permohonan (permohonan_id),
  CONSTRAINT fk_disposisi_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_disposisi_opd FOREIGN KEY (opd_id) REFERENCES opd (id),
  CONSTRAINT fk_disposisi_pembuat FOREIGN KEY (dibuat_oleh) REFERENCES pengguna (id),
  CONSTRAINT fk_disposisi_penjawab FOREIGN KEY (dijawab_oleh) REFERENCES pengguna (id),
  CONSTRAINT fk_disposisi_alih FOREIGN KEY (dialihkan_ke) REFERENCES disposisi (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Daftar Informasi yang Dikecualikan: each row is an uji konsekuensi
-- decision (Pasal 17 letter, legal basis, consequence, term).
CREATE TABLE informasi_dikecualikan (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  opd_id         INT UNSIGNED NOT NULL,
  informasi      VARCHAR(1000) NOT NULL,
  pasal17_huruf  CHAR(1) NOT NULL,
  dasar_hukum    VARCHAR(1000) NOT NULL,
  konsekuensi    TEXT NOT NULL,              -- the harm disclosure would cause
  jangka_waktu   VARCHAR(255) NOT NULL,      -- e.g. "5 tahun"
  berlaku_sampai DATE NULL,                  -- NULL: permanent (letters g-j)
  ditetapkan_pada DATE NOT NULL,
  dibuat_oleh    INT UNSIGNED NOT NULL,
  KEY ix_dikecualikan_opd (opd_id),
  CONSTRAINT fk_dikecualikan_opd FOREIGN KEY (opd_id) REFERENCES opd (id),
  CONSTRAINT fk_dikecualikan_pembuat FOREIGN KEY (dibuat_oleh) REFERENCES pengguna (id),
  CONSTRAINT ck_pasal17 CHECK (pasal17_huruf BETWEEN 'a' AND 'j')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The published copying and delivery tariff (information itself is free).
CREATE TABLE tarif (
  id        INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kode      VARCHAR(32) NOT NULL UNIQUE,
  nama      VARCHAR(255) NOT NULL,
  satuan    VARCHAR(64) NOT NULL,
  harga     INT UNSIGNED NOT NULL,           -- rupiah per unit
  aktif     TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tarif (kode, nama, satuan, harga) VALUES
  ('fotokopi-a4', 'Fotokopi A4 hitam putih', 'lembar', 500),
  ('cetak-a4', 'Cetak A4', 'lembar', 1000),
  ('cd', 'Salinan pada CD/DVD', 'keping', 10000),
  ('pos', 'Pengiriman pos dalam Kabupaten Serang', 'paket', 15000);

-- The written notice (pemberitahuan tertulis, UU 14/2008 Pasal 22(7)).
CREATE TABLE pemberitahuan (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  permohonan_id   BIGINT UNSIGNED NOT NULL UNIQUE,
  nomor           VARCHAR(32) NOT NULL UNIQUE,          -- PT-2026-000123
  keputusan       ENUM('diberikan_seluruhnya','diberikan_sebagian',
                       'ditolak_dikecualikan','tidak_dikuasai',
                       'belum_dikuasai','ditolak_prosedural') NOT NULL,
  penguasaan      ENUM('dikuasai','tidak_dikuasai','belum_didokumentasikan') NOT NULL,
  informasi_diberikan TEXT NULL,
  bagian_dihitamkan TEXT NULL,                          -- sebagian: what was redacted
  alasan_penghitaman TEXT NULL,                         -- sebagian: why
  dikecualikan_id INT UNSIGNED NULL,                    -- ditolak: the uji konsekuensi
  diteruskan_ke   VARCHAR(255) NULL,                    -- tidak dikuasai: who holds it
  janji_waktu     VARCHAR(255) NULL,                    -- belum dikuasai: promised period
  alasan_prosedural TEXT NULL,                          -- ditolak prosedural
  bentuk          ENUM('softcopy','hardcopy') NULL,
  cara_penyampaian ENUM('mengambil_langsung','kurir','pos','faksimili','email','unduh') NULL,
  biaya           INT UNSIGNED NOT NULL DEFAULT 0,      -- rupiah
  rincian_biaya   TEXT NULL,
  diterbitkan_oleh INT UNSIGNED NOT NULL,
  diterbitkan_pada DATETIME NOT NULL,
  CONSTRAINT fk_pemberitahuan_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_pemberitahuan_dikecualikan FOREIGN KEY (dikecualikan_id) REFERENCES informasi_dikecualikan (id),
  CONSTRAINT fk_pemberitahuan_penerbit FOREIGN KEY (diterbitkan_oleh) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents released with a notice; the citizen downloads them with the code.
CREATE TABLE pemberitahuan_berkas (
  pemberitahuan_id BIGINT UNSIGNED NOT NULL,
  berkas_id        BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (pemberitahuan_id, berkas_id),
  CONSTRAINT fk_pb_pemberitahuan FOREIGN KEY (pemberitahuan_id) REFERENCES pemberitahuan (id),
  CONSTRAINT fk_pb_berkas FOREIGN KEY (berkas_id) REFERENCES berkas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Objections (keberatan, Pasal 35-36) with their own per-year numbers.
CREATE TABLE keberatan (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nomor           VARCHAR(16) NOT NULL UNIQUE,          -- K-2026-0001
  tahun           SMALLINT UNSIGNED NOT NULL,
  permohonan_id   BIGINT UNSIGNED NOT NULL,
  alasan          SET('a','b','c','d','e','f','g') NOT NULL,   -- Pasal 35(1)
  uraian          TEXT NOT NULL,
  diterima_pada   DATETIME NOT NULL,
  hari_nol        DATE NOT NULL,
  jatuh_tempo     DATE NOT NULL,                        -- 30 working days
  status          ENUM('diterima','diputus') NOT NULL DEFAULT 'diterima',
  putusan         ENUM('dikabulkan','ditolak') NULL,
  alasan_putusan  TEXT NULL,
  diputus_oleh    INT UNSIGNED NULL,
  diputus_pada    DATETIME NULL,
  tanggapan_pemohon TEXT NULL,
  KEY ix_keberatan_status_tempo (status, jatuh_tempo),
  KEY ix_keberatan_permohonan (permohonan_id),
  CONSTRAINT fk_keberatan_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_keberatan_pemutus FOREIGN KEY (diputus_oleh) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A dispute at the Komisi Informasi (KI Provinsi Banten), Pasal 37.
CREATE TABLE sengketa (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  keberatan_id    BIGINT UNSIGNED NOT NULL UNIQUE,
  nomor_register  VARCHAR(64) NOT NULL,
  didaftarkan_pada DATE NOT NULL,
  tahap           ENUM('mediasi','ajudikasi','selesai') NOT NULL,
  hasil           ENUM('mediasi_berhasil','dikabulkan','dikabulkan_sebagian','ditolak','gugur') NULL,
  uraian_hasil    TEXT NULL,
  diputus_pada    DATE NULL,
  dicatat_oleh    INT UNSIGNED NOT NULL,
  CONSTRAINT fk_sengketa_keberatan FOREIGN KEY (keberatan_id) REFERENCES keberatan (id),
  CONSTRAINT fk_sengketa_pencatat FOREIGN KEY (dicatat_oleh) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Daftar Informasi Publik: every DOMAIN.md column, published after PPID
-- Utama's approval.
CREATE TABLE dip (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  opd_id          INT UNSIGNED NOT NULL,
  nomor           VARCHAR(32) NOT NULL,
  kategori        ENUM('berkala','serta_merta','setiap_saat') NOT NULL,
  ringkasan       TEXT NOT NULL,
  pejabat_penguasa VARCHAR(255) NOT NULL,
  penanggung_jawab VARCHAR(255) NOT NULL,
  waktu_tempat    VARCHAR(255) NOT NULL,
  bentuk          VARCHAR(64) NOT NULL,              -- cetak, elektronik, ...
  retensi         VARCHAR(128) NOT NULL,
  tahun           SMALLINT UNSIGNED NOT NULL,
  tautan          VARCHAR(1000) NULL,
  berkas_id       BIGINT UNSIGNED NULL,
  status          ENUM('draf','diajukan','terbit','ditolak') NOT NULL DEFAULT 'draf',
  catatan_tinjauan TEXT NULL,
  dimutakhirkan_pada DATETIME NOT NULL,
  diterbitkan_pada DATETIME NULL,
  dibuat_oleh     INT UNSIGNED NOT NULL,
  KEY ix_dip_terbit (status, tahun, kategori),
  KEY ix_dip_opd (opd_id, status),
  FULLTEXT KEY ft_dip (ringkasan, pejabat_penguasa, penanggung_jawab),
  CONSTRAINT fk_dip_opd FOREIGN KEY (opd_id) REFERENCES opd (id),
  CONSTRAINT fk_dip_berkas FOREIGN KEY (berkas_id) REFERENCES berkas (id),
  CONSTRAINT fk_dip_pembuat FOREIGN KEY (dibuat_oleh) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
