-- Conflicts of interest (DOMAIN.md Part B, Evaluation): nobody verifies or
-- scores an innovation of their own OPD, even when one account holds both
-- the OPD officer and the evaluator roles.  The handlers refuse with a
-- message (409); these triggers refuse whoever writes.

DELIMITER //
CREATE TRIGGER inovasi_penilaian_konflik_bi BEFORE INSERT ON inovasi_penilaian
FOR EACH ROW BEGIN
  IF EXISTS (SELECT 1 FROM inovasi i JOIN pengguna u ON u.opd_id = i.opd_id
             WHERE i.id = NEW.inovasi_id AND u.id = NEW.evaluator_id) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'inovasi_penilaian: penilai tidak boleh menilai inovasi OPD-nya sendiri';
  END IF;
END//
CREATE TRIGGER inovasi_penilaian_konflik_bu BEFORE UPDATE ON inovasi_penilaian
FOR EACH ROW BEGIN
  IF EXISTS (SELECT 1 FROM inovasi i JOIN pengguna u ON u.opd_id = i.opd_id
             WHERE i.id = NEW.inovasi_id AND u.id = NEW.evaluator_id) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'inovasi_penilaian: penilai tidak boleh menilai inovasi OPD-nya sendiri';
  END IF;
END//
CREATE TRIGGER inovasi_laporan_konflik_bu BEFORE UPDATE ON inovasi_laporan
FOR EACH ROW BEGIN
  IF NEW.status IN ('diverifikasi', 'dikembalikan') AND NEW.status <> OLD.status
     AND EXISTS (SELECT 1 FROM inovasi i JOIN pengguna u ON u.opd_id = i.opd_id
                 WHERE i.id = NEW.inovasi_id AND u.id = NEW.verifikator_id) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'inovasi_laporan: verifikator tidak boleh memeriksa laporan OPD-nya sendiri';
  END IF;
END//
DELIMITER ;
