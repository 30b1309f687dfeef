-- Replication as data (DOMAIN.md Part B): the other regions that replicated
-- an innovation, each with its evidence (a link or a stored file).  The IID
-- indicator "replikasi" scores 1 / 2 / 3+ regions; ATM links inside the
-- regency stay in inovasi.sumber_inovasi_id (100).

CREATE TABLE inovasi_replikasi_daerah (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inovasi_id    INT UNSIGNED NOT NULL,
  daerah        VARCHAR(255) NOT NULL,
  tahun         SMALLINT UNSIGNED NOT NULL,
  tautan        VARCHAR(1000) NULL,
  berkas_id     BIGINT UNSIGNED NULL,
  dicatat_oleh  INT UNSIGNED NOT NULL,
  dicatat_pada  DATETIME NOT NULL,                 -- UTC
  UNIQUE KEY uq_replikasi_daerah (inovasi_id, daerah),
  CONSTRAINT fk_replikasi_inovasi FOREIGN KEY (inovasi_id) REFERENCES inovasi (id),
  CONSTRAINT fk_replikasi_berkas FOREIGN KEY (berkas_id) REFERENCES berkas (id),
  CONSTRAINT ck_replikasi_bukti CHECK (tautan IS NOT NULL OR berkas_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER inovasi_replikasi_daerah_versi_inovasi_ai AFTER INSERT ON inovasi_replikasi_daerah FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_replikasi_daerah_versi_inovasi_au AFTER UPDATE ON inovasi_replikasi_daerah FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_replikasi_daerah_versi_inovasi_ad AFTER DELETE ON inovasi_replikasi_daerah FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
