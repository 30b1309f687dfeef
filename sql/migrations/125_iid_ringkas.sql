-- The simulated IID (mod_inovasi/iid_simulasi.c) reads, per subject (0: the
-- regency's SPD, else an innovation), every evidence level of the year as
-- "nomor v|k|x level" triples.  Folding the year's 16,000 evidence rows on
-- every computed view cost MariaDB 20-25 ms (make bench); this table holds
-- each subject's triples, rewritten by the triggers below in the same
-- statement (so the same transaction) as the evidence row's change, so it
-- can never be behind iid_bukti.  The index itself is still computed in C
-- (iid_hitung.c) from these levels.
CREATE TABLE iid_ringkas (
  tahun   SMALLINT UNSIGNED NOT NULL,
  subjek  INT UNSIGNED NOT NULL,            -- 0: the regency (SPD)
  isian   TEXT NOT NULL,                    -- "nomor s level ..." (s: v, k, x)
  PRIMARY KEY (tahun, subjek)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One subject's triples again from iid_bukti (ix_iid_bukti_subjek).
DELIMITER //
CREATE PROCEDURE iid_ringkas_isi(IN p_tahun SMALLINT UNSIGNED, IN p_subjek INT UNSIGNED)
BEGIN
  DELETE FROM iid_ringkas WHERE tahun = p_tahun AND subjek = p_subjek;
  INSERT INTO iid_ringkas (tahun, subjek, isian)
    SELECT tahun, subjek, GROUP_CONCAT(nomor, IF(status = 'diverifikasi', ' v ',
           IF(status = 'diajukan', ' k ', ' x ')), level SEPARATOR ' ')
    FROM iid_bukti WHERE tahun = p_tahun AND subjek = p_subjek
    GROUP BY tahun, subjek;
END//

CREATE TRIGGER iid_bukti_ringkas_ai AFTER INSERT ON iid_bukti FOR EACH ROW BEGIN
  CALL iid_ringkas_isi(NEW.tahun, COALESCE(NEW.inovasi_id, 0));
END//
CREATE TRIGGER iid_bukti_ringkas_au AFTER UPDATE ON iid_bukti FOR EACH ROW BEGIN
  CALL iid_ringkas_isi(NEW.tahun, COALESCE(NEW.inovasi_id, 0));
  IF OLD.tahun <> NEW.tahun OR NOT (OLD.inovasi_id <=> NEW.inovasi_id) THEN
    CALL iid_ringkas_isi(OLD.tahun, COALESCE(OLD.inovasi_id, 0));
  END IF;
END//
CREATE TRIGGER iid_bukti_ringkas_ad AFTER DELETE ON iid_bukti FOR EACH ROW BEGIN
  CALL iid_ringkas_isi(OLD.tahun, COALESCE(OLD.inovasi_id, 0));
END//
DELIMITER ;

-- The evidence already stored.
INSERT INTO iid_ringkas (tahun, subjek, isian)
  SELECT tahun, subjek, GROUP_CONCAT(nomor, IF(status = 'diverifikasi', ' v ',
         IF(status = 'diajukan', ' k ', ' x ')), level SEPARATOR ' ')
  FROM iid_bukti GROUP BY tahun, subjek;
