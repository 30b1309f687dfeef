-- The Indeks Inovasi Daerah (IID, PP 38/2017, scored by BSKDN Kemendagri)
-- as data per year that Bappeda edits (DOMAIN.md Part B; docs/iid.md says
-- where each number comes from and that sources differ):
--   iid_tahun      the divisor rule of the innovation aspect, MAX(pembagi_min, n)
--   iid_indikator  the catalogue: aspect SPD (regional government, 1-15) and
--                  SID (each innovation, 16-35), three evidence levels with
--                  their scores, the mandatory flag and the evidence type
--   iid_inovasi    the innovations reported for the year; a rejected one
--                  stays in the divisor
--   iid_bukti      evidence (bukti dukung) per indicator and claimed level,
--                  verified or returned with a note by Bappeda; the highest
--                  verified level scores
-- The IID bands are inovasi_pita (103), seeded here for 2025 as well.

CREATE TABLE iid_tahun (
  tahun        SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  pembagi_min  TINYINT UNSIGNED NOT NULL,
  sumber       VARCHAR(500) NOT NULL DEFAULT '',
  CONSTRAINT ck_iid_pembagi CHECK (pembagi_min >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE iid_indikator (
  tahun        SMALLINT UNSIGNED NOT NULL,
  nomor        TINYINT UNSIGNED NOT NULL,
  aspek        ENUM('spd','sid') NOT NULL,
  nama         VARCHAR(255) NOT NULL,
  p1           VARCHAR(255) NOT NULL,
  p2           VARCHAR(255) NOT NULL,
  p3           VARCHAR(255) NOT NULL,
  skor_p1      DECIMAL(6,2) NOT NULL,
  skor_p2      DECIMAL(6,2) NOT NULL,
  skor_p3      DECIMAL(6,2) NOT NULL,
  wajib        TINYINT(1) NOT NULL DEFAULT 0,
  jenis_bukti  VARCHAR(64) NOT NULL,
  PRIMARY KEY (tahun, nomor),
  CONSTRAINT ck_iid_skor CHECK (0 <= skor_p1 AND skor_p1 <= skor_p2 AND skor_p2 <= skor_p3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE iid_inovasi (
  tahun       SMALLINT UNSIGNED NOT NULL,
  inovasi_id  INT UNSIGNED NOT NULL,
  ditolak     TINYINT(1) NOT NULL DEFAULT 0,
  catatan     TEXT NULL,
  PRIMARY KEY (tahun, inovasi_id),
  CONSTRAINT fk_iid_inovasi FOREIGN KEY (inovasi_id) REFERENCES inovasi (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE iid_bukti (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tahun          SMALLINT UNSIGNED NOT NULL,
  nomor          TINYINT UNSIGNED NOT NULL,
  inovasi_id     INT UNSIGNED NULL,                 -- NULL: the regency (SPD)
  subjek         INT UNSIGNED AS (COALESCE(inovasi_id, 0)) STORED,
  level          TINYINT UNSIGNED NOT NULL,         -- 1-3, the level claimed
  tautan         VARCHAR(1000) NULL,
  berkas_id      BIGINT UNSIGNED NULL,
  status         ENUM('diajukan','diverifikasi','dikembalikan') NOT NULL DEFAULT 'diajukan',
  catatan        TEXT NULL,                         -- Bappeda's note when returned
  diajukan_oleh  INT UNSIGNED NOT NULL,
  diperiksa_oleh INT UNSIGNED NULL,
  diubah_pada    DATETIME NOT NULL,                 -- UTC
  UNIQUE KEY uq_iid_bukti (tahun, nomor, subjek, level),
  KEY ix_iid_bukti_inovasi (inovasi_id),
  CONSTRAINT fk_iid_bukti_indikator FOREIGN KEY (tahun, nomor) REFERENCES iid_indikator (tahun, nomor),
  CONSTRAINT fk_iid_bukti_inovasi FOREIGN KEY (inovasi_id) REFERENCES inovasi (id),
  CONSTRAINT fk_iid_bukti_berkas FOREIGN KEY (berkas_id) REFERENCES berkas (id),
  CONSTRAINT ck_iid_level CHECK (level BETWEEN 1 AND 3),
  CONSTRAINT ck_iid_bukti_ada CHECK (tautan IS NOT NULL OR berkas_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO iid_tahun (tahun, pembagi_min, sumber) VALUES
  (2023, 10, 'Pedoman pengukuran IID 2023 (BSKDN Kemendagri): pembagi aspek SID MAX(10, n)'),
  (2025, 12, 'Aplikasi inovasi daerah beberapa daerah: pembagi MAX(12, n); periksa petunjuk teknis BSKDN tahun berjalan');

-- Indicator names and level wording as in the public IID guidance as far as
-- known (docs/iid.md); level scores 1/2/3 are the seed's convention, to be
-- checked by Bappeda against the year's technical guide.
INSERT INTO iid_indikator (tahun, nomor, aspek, nama, p1, p2, p3, skor_p1, skor_p2,
                           skor_p3, wajib, jenis_bukti) VALUES
  (2023, 1, 'spd', 'Dokumen perencanaan (RPJMD/RKPD) memuat inovasi daerah', 'Disebut dalam RPJMD', 'Dalam RPJMD dan Renstra', 'Dalam RPJMD, Renstra dan RKPD', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 2, 'spd', 'Regulasi inovasi daerah', 'SK kepala daerah', 'Peraturan kepala daerah', 'Peraturan daerah', 1.00, 2.00, 3.00, 1, 'dokumen'),
  (2023, 3, 'spd', 'Ketersediaan SDM pengelola inovasi daerah', '1-10 orang', '11-30 orang', 'Lebih dari 30 orang', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 4, 'spd', 'Anggaran inovasi daerah dalam APBD', '1 tahun anggaran', '2 tahun anggaran', '3 tahun anggaran', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 5, 'spd', 'Alat kerja pengelolaan inovasi', 'Manual', 'Elektronik', 'Daring (online)', 1.00, 2.00, 3.00, 0, 'tangkapan layar'),
  (2023, 6, 'spd', 'Bimbingan teknis inovasi', '1 kali setahun', '2 kali setahun', '3 kali atau lebih setahun', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 7, 'spd', 'Program inovasi dalam RKPD', '1-5 program', '6-10 program', 'Lebih dari 10 program', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 8, 'spd', 'Keterlibatan aktor inovasi', '1-2 aktor', '3-4 aktor', '5 aktor atau lebih', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 9, 'spd', 'Tim pelaksana inovasi daerah', 'SK kepala perangkat daerah', 'SK sekretaris daerah', 'SK kepala daerah', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 10, 'spd', 'Jejaring inovasi', '1-2 instansi', '3-4 instansi', '5 instansi atau lebih', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 11, 'spd', 'Sosialisasi inovasi daerah', 'Media cetak', 'Media elektronik', 'Media sosial dan daring', 1.00, 2.00, 3.00, 0, 'tautan'),
  (2023, 12, 'spd', 'Pedoman teknis inovasi daerah', 'Dokumen cetak', 'Dokumen elektronik', 'Daring, dapat diakses umum', 1.00, 2.00, 3.00, 0, 'tautan'),
  (2023, 13, 'spd', 'Kemudahan informasi layanan inovasi', '1 saluran', '2 saluran', '3 saluran atau lebih', 1.00, 2.00, 3.00, 0, 'tautan'),
  (2023, 14, 'spd', 'Penghargaan inovasi daerah', 'Tingkat kabupaten/kota', 'Tingkat provinsi', 'Tingkat nasional', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 15, 'spd', 'Pemanfaatan hasil penelitian dan pengembangan', '1-2 kajian', '3-4 kajian', '5 kajian atau lebih', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 16, 'sid', 'Regulasi inovasi', 'SK kepala perangkat daerah', 'Peraturan kepala daerah', 'Peraturan daerah', 1.00, 2.00, 3.00, 1, 'dokumen'),
  (2023, 17, 'sid', 'Ketersediaan SDM', '1-10 orang', '11-30 orang', 'Lebih dari 30 orang', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 18, 'sid', 'Dukungan anggaran', '1 tahun anggaran', '2 tahun anggaran', '3 tahun anggaran', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 19, 'sid', 'Alat kerja', 'Manual', 'Elektronik', 'Daring (online)', 1.00, 2.00, 3.00, 0, 'tangkapan layar'),
  (2023, 20, 'sid', 'Bimtek inovasi', '1 kali setahun', '2 kali setahun', '3 kali atau lebih setahun', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 21, 'sid', 'Integrasi program dalam RKPD', 'Dalam Renja perangkat daerah', 'Dalam RKPD', 'Dalam RKPD dan RPJMD', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 22, 'sid', 'Keterlibatan aktor', '1-2 aktor', '3-4 aktor', '5 aktor atau lebih', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 23, 'sid', 'Pelaksana inovasi', 'SK kepala perangkat daerah', 'SK sekretaris daerah', 'SK kepala daerah', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 24, 'sid', 'Jejaring inovasi', '1-2 instansi', '3-4 instansi', '5 instansi atau lebih', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 25, 'sid', 'Sosialisasi inovasi', 'Media cetak', 'Media elektronik', 'Media sosial dan daring', 1.00, 2.00, 3.00, 0, 'tautan'),
  (2023, 26, 'sid', 'Pedoman teknis', 'Dokumen cetak', 'Dokumen elektronik', 'Daring, dapat diakses umum', 1.00, 2.00, 3.00, 0, 'tautan'),
  (2023, 27, 'sid', 'Kemudahan informasi layanan', '1 saluran', '2 saluran', '3 saluran atau lebih', 1.00, 2.00, 3.00, 0, 'tautan'),
  (2023, 28, 'sid', 'Kecepatan penyelesaian layanan', 'Lebih dari 5 hari kerja', '2-5 hari kerja', 'Kurang dari 2 hari kerja', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 29, 'sid', 'Penyelesaian layanan pengaduan', 'Sampai 50% selesai', '51-80% selesai', 'Lebih dari 80% selesai', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 30, 'sid', 'Layanan terintegrasi', 'Satu perangkat daerah', 'Dua perangkat daerah', 'Tiga perangkat daerah atau lebih', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 31, 'sid', 'Replikasi', '1 daerah', '2 daerah', '3 daerah atau lebih', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 32, 'sid', 'Kecepatan penciptaan inovasi', 'Lebih dari 9 bulan', '5-9 bulan', 'Kurang dari 5 bulan', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 33, 'sid', 'Kemanfaatan inovasi', '1-100 penerima manfaat', '101-200 penerima manfaat', 'Lebih dari 200 penerima manfaat', 1.00, 2.00, 3.00, 1, 'dokumen'),
  (2023, 34, 'sid', 'Monitoring dan evaluasi inovasi', 'Monev internal perangkat daerah', 'Survei kepuasan masyarakat (SKM)', 'Kajian pihak independen', 1.00, 2.00, 3.00, 0, 'dokumen'),
  (2023, 35, 'sid', 'Video inovasi', 'Video kurang dari 2 menit', 'Video 2-5 menit', 'Video lebih dari 5 menit dengan testimoni', 1.00, 2.00, 3.00, 1, 'video');

INSERT INTO iid_indikator (tahun, nomor, aspek, nama, p1, p2, p3, skor_p1, skor_p2,
                           skor_p3, wajib, jenis_bukti)
  SELECT 2025, nomor, aspek, nama, p1, p2, p3, skor_p1, skor_p2, skor_p3, wajib,
         jenis_bukti FROM iid_indikator WHERE tahun = 2023;

INSERT INTO inovasi_pita (tahun, urutan, nama, batas_bawah, batas_atas) VALUES
  (2025, 1, 'Sangat inovatif', 65.01, 100.00),
  (2025, 2, 'Inovatif', 35.00, 65.00),
  (2025, 3, 'Kurang inovatif', 0.01, 34.99),
  (2025, 4, 'Tidak dapat dinilai', 0.00, 0.00);

CREATE TRIGGER iid_tahun_versi_inovasi_ai AFTER INSERT ON iid_tahun FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_tahun_versi_inovasi_au AFTER UPDATE ON iid_tahun FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_tahun_versi_inovasi_ad AFTER DELETE ON iid_tahun FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_indikator_versi_inovasi_ai AFTER INSERT ON iid_indikator FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_indikator_versi_inovasi_au AFTER UPDATE ON iid_indikator FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_indikator_versi_inovasi_ad AFTER DELETE ON iid_indikator FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_inovasi_versi_inovasi_ai AFTER INSERT ON iid_inovasi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_inovasi_versi_inovasi_au AFTER UPDATE ON iid_inovasi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_inovasi_versi_inovasi_ad AFTER DELETE ON iid_inovasi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_bukti_versi_inovasi_ai AFTER INSERT ON iid_bukti FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_bukti_versi_inovasi_au AFTER UPDATE ON iid_bukti FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER iid_bukti_versi_inovasi_ad AFTER DELETE ON iid_bukti FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
