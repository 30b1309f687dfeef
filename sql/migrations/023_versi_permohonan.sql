-- A request's status page is kept rendered in shared memory
-- (common/httpd/sl_pagecache.c, SialipStatusCache) while the request's
-- version stays the same.  Every write to what the page shows bumps it, in
-- the writer's transaction: the request row itself, its notice and the
-- notice's documents, its objections, their dispute and court case, and
-- the public entries of its history.  The names of officers and the
-- exemption register that a notice quotes change for many requests at
-- once: they bump the one row 'status_rujukan' instead.  (The holiday
-- calendar has its own row, 'hari_libur'.)  The workflow already locks
-- the request row when it writes these, so the bump adds no new waiting.
--
-- The versions live in a table of their own, not in permohonan: MariaDB
-- refuses a trigger that updates a table its statement reads, and
-- statements such as "INSERT INTO pemberitahuan ... SELECT ... FROM
-- permohonan" (an admin's data fix) must keep working.  A request without
-- a row has version 0; its first change inserts 1.
CREATE TABLE permohonan_versi (
  permohonan_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  versi         BIGINT UNSIGNED NOT NULL,
  CONSTRAINT fk_pv_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id)
    ON DELETE CASCADE
) ENGINE=InnoDB;
INSERT INTO versi_data (nama, versi) VALUES ('status_rujukan', 1);

CREATE TRIGGER permohonan_versi_au AFTER UPDATE ON permohonan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;

CREATE TRIGGER pemberitahuan_versi_ai AFTER INSERT ON pemberitahuan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER pemberitahuan_versi_au AFTER UPDATE ON pemberitahuan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER pemberitahuan_versi_ad AFTER DELETE ON pemberitahuan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (OLD.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;

CREATE TRIGGER pemberitahuan_berkas_versi_ai AFTER INSERT ON pemberitahuan_berkas FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM pemberitahuan WHERE id = NEW.pemberitahuan_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER pemberitahuan_berkas_versi_ad AFTER DELETE ON pemberitahuan_berkas FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM pemberitahuan WHERE id = OLD.pemberitahuan_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;

CREATE TRIGGER keberatan_versi_ai AFTER INSERT ON keberatan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER keberatan_versi_au AFTER UPDATE ON keberatan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER keberatan_versi_ad AFTER DELETE ON keberatan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (OLD.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;

CREATE TRIGGER sengketa_versi_ai AFTER INSERT ON sengketa FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM keberatan WHERE id = NEW.keberatan_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER sengketa_versi_au AFTER UPDATE ON sengketa FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM keberatan WHERE id = NEW.keberatan_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER sengketa_versi_ad AFTER DELETE ON sengketa FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM keberatan WHERE id = OLD.keberatan_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;

CREATE TRIGGER perkara_versi_ai AFTER INSERT ON perkara FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT k.permohonan_id, 1 FROM sengketa s JOIN keberatan k ON k.id = s.keberatan_id
  WHERE s.id = NEW.sengketa_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER perkara_versi_au AFTER UPDATE ON perkara FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT k.permohonan_id, 1 FROM sengketa s JOIN keberatan k ON k.id = s.keberatan_id
  WHERE s.id = NEW.sengketa_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER perkara_versi_ad AFTER DELETE ON perkara FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT k.permohonan_id, 1 FROM sengketa s JOIN keberatan k ON k.id = s.keberatan_id
  WHERE s.id = OLD.sengketa_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;

-- The history shows a request's public audit entries (objek_id is its
-- number); the audit is append-only.
CREATE TRIGGER audit_versi_permohonan_ai AFTER INSERT ON audit FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT id, 1 FROM permohonan
  WHERE NEW.objek = 'permohonan' AND NEW.publik = 1 AND nomor = NEW.objek_id
  ON DUPLICATE KEY UPDATE versi = versi + 1;

CREATE TRIGGER pengguna_versi_status_au AFTER UPDATE ON pengguna FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1
  WHERE nama = 'status_rujukan' AND NOT (NEW.nama <=> OLD.nama);
CREATE TRIGGER informasi_dikecualikan_versi_status_au AFTER UPDATE ON informasi_dikecualikan
  FOR EACH ROW UPDATE versi_data SET versi = versi + 1 WHERE nama = 'status_rujukan';
CREATE TRIGGER informasi_dikecualikan_versi_status_ad AFTER DELETE ON informasi_dikecualikan
  FOR EACH ROW UPDATE versi_data SET versi = versi + 1 WHERE nama = 'status_rujukan';
