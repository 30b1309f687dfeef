-- Innovations (DOMAIN.md Part B); the registry issue extends this table.

CREATE TABLE inovasi (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  opd_id        INT UNSIGNED NOT NULL,
  tahun         SMALLINT UNSIGNED NOT NULL,
  nama          VARCHAR(255) NOT NULL,
  bentuk        ENUM('tata_kelola','pelayanan_publik','lainnya') NOT NULL,
  jenis         ENUM('digital','non_digital') NOT NULL,
  tahapan       ENUM('inisiatif','uji_coba','penerapan') NOT NULL,
  ringkasan     TEXT         NOT NULL,
  terbit        TINYINT(1)   NOT NULL DEFAULT 0,
  KEY ix_inovasi_tahun_opd (tahun, opd_id),
  CONSTRAINT fk_inovasi_opd FOREIGN KEY (opd_id) REFERENCES opd (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
