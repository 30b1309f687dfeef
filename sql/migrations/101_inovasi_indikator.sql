-- Design indicators (output, kemanfaatan, keberlanjutan) and the weight of
-- each dimension per year.  The weight rule (shown on the pages): within a
-- dimension the indicators' weights add up to 100; the three dimension
-- weights of a year add up to 100.  A year without its own row uses the
-- latest earlier year's, else equal weights.

CREATE TABLE inovasi_bobot_dimensi (
  tahun          SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  output         DECIMAL(5,2) NOT NULL,
  kemanfaatan    DECIMAL(5,2) NOT NULL,
  keberlanjutan  DECIMAL(5,2) NOT NULL,
  CONSTRAINT ck_bobot_dimensi_jumlah CHECK
    (output + kemanfaatan + keberlanjutan = 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inovasi_indikator (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inovasi_id  INT UNSIGNED NOT NULL,
  dimensi     ENUM('output','kemanfaatan','keberlanjutan') NOT NULL,
  nama        VARCHAR(255) NOT NULL,
  satuan      VARCHAR(64)  NOT NULL,
  baseline    DECIMAL(18,4) NOT NULL,
  target      DECIMAL(18,4) NOT NULL,
  arah        ENUM('naik','turun') NOT NULL,   -- naik: higher is better
  bobot       DECIMAL(5,2) NOT NULL,           -- within its dimension
  KEY ix_indikator_inovasi (inovasi_id, dimensi),
  CONSTRAINT fk_indikator_inovasi FOREIGN KEY (inovasi_id) REFERENCES inovasi (id),
  CONSTRAINT ck_indikator_bobot CHECK (bobot > 0 AND bobot <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
