-- Achievement bands of their own (DOMAIN.md Part B): progress toward the
-- design's targets gets words such as tercapai / sesuai rencana /
-- tertinggal, per year and edited by Bappeda under /admin/tahun/{tahun}.
-- inovasi_pita (103) keeps the Indeks Inovasi Daerah bands, which grade an
-- IID score only.  A year without rows uses the latest earlier year's.

CREATE TABLE inovasi_pita_capaian (
  tahun        SMALLINT UNSIGNED NOT NULL,
  urutan       TINYINT UNSIGNED NOT NULL,
  nama         VARCHAR(64) NOT NULL,
  batas_bawah  DECIMAL(5,2) NOT NULL,
  batas_atas   DECIMAL(5,2) NOT NULL,
  PRIMARY KEY (tahun, urutan),
  CONSTRAINT ck_pita_capaian_batas CHECK
    (batas_bawah >= 0 AND batas_bawah <= batas_atas AND batas_atas <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The regency's starting point, not a national rule: Bappeda edits it.
INSERT INTO inovasi_pita_capaian (tahun, urutan, nama, batas_bawah, batas_atas) VALUES
  (2023, 1, 'Tercapai', 100.00, 100.00),
  (2023, 2, 'Sesuai rencana', 60.00, 99.99),
  (2023, 3, 'Tertinggal', 0.00, 59.99);

CREATE TRIGGER inovasi_pita_capaian_versi_inovasi_ai AFTER INSERT ON inovasi_pita_capaian FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_pita_capaian_versi_inovasi_au AFTER UPDATE ON inovasi_pita_capaian FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_pita_capaian_versi_inovasi_ad AFTER DELETE ON inovasi_pita_capaian FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
