-- One Agency, One Innovation (DOMAIN.md Part B): which innovations count
-- for an OPD's yearly innovation is a per-year setting (forms, lowest
-- stage), not a constant.  A year without a row uses the latest earlier
-- year's; with none at all, every innovation counts.  Monitoring continues
-- in the years after registration while the innovation runs: berakhir is
-- the day it stopped (NULL: still running).

CREATE TABLE inovasi_oaoi (
  tahun        SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  bentuk       SET('tata_kelola','pelayanan_publik','lainnya') NOT NULL,
  tahapan_min  ENUM('inisiatif','uji_coba','penerapan') NOT NULL,  -- same order as inovasi.tahapan
  CONSTRAINT ck_oaoi_bentuk CHECK (bentuk <> '')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE inovasi ADD COLUMN berakhir DATE NULL;

CREATE TRIGGER inovasi_oaoi_versi_inovasi_ai AFTER INSERT ON inovasi_oaoi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_oaoi_versi_inovasi_au AFTER UPDATE ON inovasi_oaoi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_oaoi_versi_inovasi_ad AFTER DELETE ON inovasi_oaoi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';

-- LAN's Laboratorium Inovasi stages with the day each was reached.
CREATE TABLE inovasi_lab (
  inovasi_id  INT UNSIGNED NOT NULL,
  tahap       ENUM('drum_up','diagnose','design','deliver','display') NOT NULL,
  tanggal     DATE NOT NULL,
  PRIMARY KEY (inovasi_id, tahap),
  CONSTRAINT fk_lab_inovasi FOREIGN KEY (inovasi_id) REFERENCES inovasi (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER inovasi_lab_versi_inovasi_ai AFTER INSERT ON inovasi_lab FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_lab_versi_inovasi_au AFTER UPDATE ON inovasi_lab FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_lab_versi_inovasi_ad AFTER DELETE ON inovasi_lab FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
