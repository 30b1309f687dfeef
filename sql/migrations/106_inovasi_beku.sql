-- Verified figures cannot change (DOMAIN.md Part B): once a period's report
-- is verified, the design it was measured against is frozen for it.  An
-- indicator row is one version of the design, valid for the periods that
-- end within [berlaku_mulai, berlaku_sampai] (NULL: open).  A change of
-- baseline, target, direction or weight after a verified period closes the
-- row at that period's end and starts a new row (versi_dari: the one it
-- replaces) the day after (mod_inovasi/indikator.c).  The triggers refuse
-- what would still rewrite a verified figure, whoever writes.

ALTER TABLE inovasi_indikator
  ADD COLUMN berlaku_mulai   DATE NULL,
  ADD COLUMN berlaku_sampai  DATE NULL,
  ADD COLUMN versi_dari      INT UNSIGNED NULL,
  ADD KEY ix_indikator_berlaku (inovasi_id, berlaku_sampai),
  ADD CONSTRAINT fk_indikator_versi FOREIGN KEY (versi_dari)
    REFERENCES inovasi_indikator (id);

DELIMITER //
CREATE TRIGGER inovasi_indikator_beku BEFORE UPDATE ON inovasi_indikator
FOR EACH ROW BEGIN
  IF (NEW.baseline <> OLD.baseline OR NEW.target <> OLD.target
      OR NEW.arah <> OLD.arah OR NEW.bobot <> OLD.bobot
      OR NEW.dimensi <> OLD.dimensi OR NEW.inovasi_id <> OLD.inovasi_id
      OR NOT (NEW.berlaku_mulai <=> OLD.berlaku_mulai))
     AND EXISTS (SELECT 1 FROM inovasi_laporan l
                 JOIN inovasi_periode p ON p.id = l.periode_id
                 WHERE l.inovasi_id = OLD.inovasi_id AND l.status = 'diverifikasi'
                 AND (OLD.berlaku_mulai IS NULL OR p.selesai >= OLD.berlaku_mulai)
                 AND (OLD.berlaku_sampai IS NULL OR p.selesai <= OLD.berlaku_sampai)) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'inovasi_indikator: rancangan periode yang sudah diverifikasi dibekukan';
  END IF;
END//

CREATE TRIGGER inovasi_tahun_beku BEFORE UPDATE ON inovasi
FOR EACH ROW BEGIN
  IF NEW.tahun <> OLD.tahun
     AND (EXISTS (SELECT 1 FROM inovasi_laporan WHERE inovasi_id = OLD.id)
          OR EXISTS (SELECT 1 FROM inovasi_penilaian WHERE inovasi_id = OLD.id)) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'inovasi: tahun inovasi yang sudah berlaporan atau bernilai dibekukan';
  END IF;
END//
DELIMITER ;
