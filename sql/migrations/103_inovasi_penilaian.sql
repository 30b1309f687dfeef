-- Evaluation: criteria and their weights per year, several evaluators'
-- scores (0-100) per innovation and criterion with a note on the evidence;
-- and the bands that turn a 0-100 score into a word, per year.  Seeds: the
-- KIPP 2023 criteria weights and the Indeks Inovasi Daerah 2023 bands.

CREATE TABLE inovasi_kriteria (
  id      INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tahun   SMALLINT UNSIGNED NOT NULL,
  urutan  TINYINT UNSIGNED NOT NULL,
  nama    VARCHAR(255) NOT NULL,
  bobot   DECIMAL(5,2) NOT NULL,             -- the year's weights add up to 100
  UNIQUE KEY uq_kriteria (tahun, urutan),
  CONSTRAINT ck_kriteria_bobot CHECK (bobot > 0 AND bobot <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO inovasi_kriteria (tahun, urutan, nama, bobot) VALUES
  (2023, 1, 'Latar belakang dan tujuan', 10),
  (2023, 2, 'Kebaruan', 15),
  (2023, 3, 'Implementasi', 5),
  (2023, 4, 'Signifikansi', 30),
  (2023, 5, 'Adaptabilitas', 20),
  (2023, 6, 'Sumber daya', 5),
  (2023, 7, 'Strategi keberlanjutan', 15);

CREATE TABLE inovasi_penilaian (
  inovasi_id    INT UNSIGNED NOT NULL,
  kriteria_id   INT UNSIGNED NOT NULL,
  evaluator_id  INT UNSIGNED NOT NULL,
  skor          DECIMAL(5,2) NOT NULL,
  catatan       TEXT NOT NULL,               -- the evidence the score rests on
  diubah_pada   DATETIME NOT NULL,           -- UTC
  PRIMARY KEY (inovasi_id, kriteria_id, evaluator_id),
  KEY ix_penilaian_kriteria (kriteria_id),
  CONSTRAINT fk_penilaian_inovasi FOREIGN KEY (inovasi_id) REFERENCES inovasi (id),
  CONSTRAINT fk_penilaian_kriteria FOREIGN KEY (kriteria_id) REFERENCES inovasi_kriteria (id),
  CONSTRAINT fk_penilaian_evaluator FOREIGN KEY (evaluator_id) REFERENCES pengguna (id),
  CONSTRAINT ck_penilaian_skor CHECK (skor >= 0 AND skor <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Bands on the two-decimal score: a score is rounded to 0.01 first, so the
-- 0.01 gaps between the IID 2023 bands hold no score.
CREATE TABLE inovasi_pita (
  tahun        SMALLINT UNSIGNED NOT NULL,
  urutan       TINYINT UNSIGNED NOT NULL,
  nama         VARCHAR(64) NOT NULL,
  batas_bawah  DECIMAL(5,2) NOT NULL,
  batas_atas   DECIMAL(5,2) NOT NULL,
  PRIMARY KEY (tahun, urutan),
  CONSTRAINT ck_pita_batas CHECK
    (batas_bawah >= 0 AND batas_bawah <= batas_atas AND batas_atas <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO inovasi_pita (tahun, urutan, nama, batas_bawah, batas_atas) VALUES
  (2023, 1, 'Sangat inovatif', 60.01, 100.00),
  (2023, 2, 'Inovatif', 35.00, 60.00),
  (2023, 3, 'Kurang inovatif', 0.01, 34.99),
  (2023, 4, 'Tidak dapat dinilai', 0.00, 0.00);
