-- Each innovation's figures of its year, as the dashboard, the evaluation
-- pages and the export show them: achievement per dimension and in all
-- (mod_inovasi/capaian.c) and the spread of its evaluators' totals
-- (nilai_sebaran_hitung).  Computing them for a year read 10,000 indicator
-- values and 15,000 scores on every first view after a change (make bench,
-- iid_baru); now a view reads one row per innovation
-- (mod_inovasi/ringkas.c) and computes again only the innovations whose
-- data changed since their row was written.
--
-- Why the rows cannot be stale: every write to what the figures are made
-- of bumps, in a trigger below, so in the writer's own transaction, the
-- innovation's revision (inovasi_revisi), or the revision of rules that
-- affect every innovation (versi_data 'inovasi_ringkas': periods, dimension
-- weights, criteria).  A row counts only while both revisions it was
-- written with are current; the reader reads the revisions before the
-- data it computes from, so a row is never labelled newer than its data.
-- The figures are computed in C only (no second computation in SQL); rows
-- missing after this migration are written by the first view of each year.
CREATE TABLE inovasi_revisi (
  inovasi_id  INT UNSIGNED NOT NULL PRIMARY KEY,
  revisi      BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;

CREATE TABLE inovasi_ringkas (
  inovasi_id      INT UNSIGNED NOT NULL PRIMARY KEY,
  revisi          BIGINT UNSIGNED NOT NULL,     -- inovasi_revisi when written (0: none)
  revisi_umum     BIGINT UNSIGNED NOT NULL,     -- versi_data 'inovasi_ringkas' then
  ada_capaian     TINYINT(1) NOT NULL,          -- has indicators in force
  c_output        DOUBLE NULL,                  -- NULL: no value in the dimension
  c_kemanfaatan   DOUBLE NULL,
  c_keberlanjutan DOUBLE NULL,
  c_total         DOUBLE NULL,
  penilai         INT NULL,                     -- NULL: not scored
  n_rata          DOUBLE NULL,
  n_simpangan     DOUBLE NULL,
  n_min           DOUBLE NULL,
  n_max           DOUBLE NULL
) ENGINE=InnoDB;

INSERT INTO versi_data (nama, versi) VALUES ('inovasi_ringkas', 1);

DELIMITER //
CREATE PROCEDURE inovasi_revisi_naik(IN p_inovasi INT UNSIGNED)
BEGIN
  IF p_inovasi IS NOT NULL THEN
    INSERT INTO inovasi_revisi (inovasi_id, revisi) VALUES (p_inovasi, 1)
      ON DUPLICATE KEY UPDATE revisi = revisi + 1;
  END IF;
END//
CREATE TRIGGER inovasi_laporan_ringkas_ai AFTER INSERT ON inovasi_laporan FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(NEW.inovasi_id);
END//
CREATE TRIGGER inovasi_laporan_ringkas_au AFTER UPDATE ON inovasi_laporan FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(NEW.inovasi_id);
  IF OLD.inovasi_id <> NEW.inovasi_id THEN CALL inovasi_revisi_naik(OLD.inovasi_id); END IF;
END//
CREATE TRIGGER inovasi_laporan_ringkas_ad AFTER DELETE ON inovasi_laporan FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(OLD.inovasi_id);
END//
CREATE TRIGGER inovasi_indikator_ringkas_ai AFTER INSERT ON inovasi_indikator FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(NEW.inovasi_id);
END//
CREATE TRIGGER inovasi_indikator_ringkas_au AFTER UPDATE ON inovasi_indikator FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(NEW.inovasi_id);
  IF OLD.inovasi_id <> NEW.inovasi_id THEN CALL inovasi_revisi_naik(OLD.inovasi_id); END IF;
END//
CREATE TRIGGER inovasi_indikator_ringkas_ad AFTER DELETE ON inovasi_indikator FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(OLD.inovasi_id);
END//
CREATE TRIGGER inovasi_penilaian_ringkas_ai AFTER INSERT ON inovasi_penilaian FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(NEW.inovasi_id);
END//
CREATE TRIGGER inovasi_penilaian_ringkas_au AFTER UPDATE ON inovasi_penilaian FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(NEW.inovasi_id);
  IF OLD.inovasi_id <> NEW.inovasi_id THEN CALL inovasi_revisi_naik(OLD.inovasi_id); END IF;
END//
CREATE TRIGGER inovasi_penilaian_ringkas_ad AFTER DELETE ON inovasi_penilaian FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(OLD.inovasi_id);
END//
CREATE TRIGGER inovasi_laporan_nilai_ringkas_ai AFTER INSERT ON inovasi_laporan_nilai FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik((SELECT inovasi_id FROM inovasi_laporan WHERE id = NEW.laporan_id));
END//
CREATE TRIGGER inovasi_laporan_nilai_ringkas_au AFTER UPDATE ON inovasi_laporan_nilai FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik((SELECT inovasi_id FROM inovasi_laporan WHERE id = NEW.laporan_id));
  IF OLD.laporan_id <> NEW.laporan_id THEN CALL inovasi_revisi_naik((SELECT inovasi_id FROM inovasi_laporan WHERE id = OLD.laporan_id)); END IF;
END//
CREATE TRIGGER inovasi_laporan_nilai_ringkas_ad AFTER DELETE ON inovasi_laporan_nilai FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik((SELECT inovasi_id FROM inovasi_laporan WHERE id = OLD.laporan_id));
END//
CREATE TRIGGER inovasi_ringkas_au AFTER UPDATE ON inovasi FOR EACH ROW BEGIN
  CALL inovasi_revisi_naik(NEW.id);
END//
CREATE TRIGGER inovasi_ringkas_ad AFTER DELETE ON inovasi FOR EACH ROW BEGIN
  DELETE FROM inovasi_ringkas WHERE inovasi_id = OLD.id;
  DELETE FROM inovasi_revisi WHERE inovasi_id = OLD.id;
END//
CREATE TRIGGER inovasi_periode_ringkas_ai AFTER INSERT ON inovasi_periode FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_periode_ringkas_au AFTER UPDATE ON inovasi_periode FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_periode_ringkas_ad AFTER DELETE ON inovasi_periode FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_bobot_dimensi_ringkas_ai AFTER INSERT ON inovasi_bobot_dimensi FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_bobot_dimensi_ringkas_au AFTER UPDATE ON inovasi_bobot_dimensi FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_bobot_dimensi_ringkas_ad AFTER DELETE ON inovasi_bobot_dimensi FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_kriteria_ringkas_ai AFTER INSERT ON inovasi_kriteria FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_kriteria_ringkas_au AFTER UPDATE ON inovasi_kriteria FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
CREATE TRIGGER inovasi_kriteria_ringkas_ad AFTER DELETE ON inovasi_kriteria FOR EACH ROW BEGIN
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi_ringkas';
END//
DELIMITER ;
