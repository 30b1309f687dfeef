-- Monitoring: periods per year (quarters or semesters, set by Bappeda) with
-- a due date; per innovation and period one report (draft -> submitted ->
-- verified, or returned to the officer) with each indicator's actual value
-- and its evidence (a stored file or a link).

CREATE TABLE inovasi_periode (
  id        INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tahun     SMALLINT UNSIGNED NOT NULL,
  jenis     ENUM('triwulan','semester') NOT NULL,
  nomor     TINYINT UNSIGNED NOT NULL,       -- 1-4 or 1-2
  mulai     DATE NOT NULL,
  selesai   DATE NOT NULL,
  tenggat   DATE NOT NULL,                   -- the report is due on this day (WIB)
  UNIQUE KEY uq_periode (tahun, jenis, nomor),
  CONSTRAINT ck_periode_tanggal CHECK (mulai <= selesai AND selesai <= tenggat)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inovasi_laporan (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inovasi_id       INT UNSIGNED NOT NULL,
  periode_id       INT UNSIGNED NOT NULL,
  status           ENUM('draf','diajukan','dikembalikan','diverifikasi')
                   NOT NULL DEFAULT 'draf',
  narasi           TEXT NULL,
  catatan_evaluator TEXT NULL,
  dibuat_pada      DATETIME NOT NULL,        -- UTC
  diubah_pada      DATETIME NOT NULL,
  diajukan_pada    DATETIME NULL,            -- last submission
  diverifikasi_pada DATETIME NULL,
  verifikator_id   INT UNSIGNED NULL,
  UNIQUE KEY uq_laporan (inovasi_id, periode_id),
  -- the latest verified report of an innovation (achievement everywhere)
  KEY ix_laporan_inovasi_status (inovasi_id, status),
  KEY ix_laporan_periode (periode_id, status),
  CONSTRAINT fk_laporan_inovasi FOREIGN KEY (inovasi_id) REFERENCES inovasi (id),
  CONSTRAINT fk_laporan_periode FOREIGN KEY (periode_id) REFERENCES inovasi_periode (id),
  CONSTRAINT fk_laporan_verifikator FOREIGN KEY (verifikator_id) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inovasi_laporan_nilai (
  laporan_id      INT UNSIGNED NOT NULL,
  indikator_id    INT UNSIGNED NOT NULL,
  nilai           DECIMAL(18,4) NULL,        -- NULL: not measured this period
  bukti_tautan    VARCHAR(1000) NULL,
  bukti_berkas_id BIGINT UNSIGNED NULL,
  PRIMARY KEY (laporan_id, indikator_id),
  KEY ix_nilai_indikator (indikator_id),
  CONSTRAINT fk_nilai_laporan FOREIGN KEY (laporan_id) REFERENCES inovasi_laporan (id),
  CONSTRAINT fk_nilai_indikator FOREIGN KEY (indikator_id) REFERENCES inovasi_indikator (id),
  CONSTRAINT fk_nilai_berkas FOREIGN KEY (bukti_berkas_id) REFERENCES berkas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
