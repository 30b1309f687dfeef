-- Objections at the law's edges (UU 14/2008 Pasal 35-37):
-- * several objections per request, each Pasal 35(1) ground once per
--   request: keberatan_alasan holds one row per ground raised, and its
--   unique key (request, ground) stops two filings at the same instant;
-- * ground b (periodic information not published) needs no request: such an
--   objection carries the objector's identity and its own tracking code;
-- * objections received by letter or at the desk, with who recorded them;
-- * settled by agreement (musyawarah, Pasal 35(2)): outcome, date and note;
-- * the Atasan PPID's position as at the decision (objection register).
ALTER TABLE keberatan
  MODIFY permohonan_id BIGINT UNSIGNED NULL,
  MODIFY status ENUM('diterima','diputus','musyawarah') NOT NULL DEFAULT 'diterima',
  ADD COLUMN kanal ENUM('web','datang','surat','email','telepon') NOT NULL DEFAULT 'web',
  ADD COLUMN dicatat_oleh INT UNSIGNED NULL,
  ADD COLUMN jabatan_pemutus VARCHAR(255) NULL,
  ADD COLUMN musyawarah_pada DATE NULL,
  ADD COLUMN musyawarah_catatan TEXT NULL,
  ADD COLUMN musyawarah_oleh INT UNSIGNED NULL,
  ADD COLUMN kode_hash CHAR(64) NULL,
  ADD COLUMN nama VARCHAR(255) NULL,
  ADD COLUMN nik CHAR(16) NULL,
  ADD COLUMN nomor_badan_hukum VARCHAR(128) NULL,
  ADD COLUMN alamat VARCHAR(1000) NULL,
  ADD COLUMN telepon VARCHAR(32) NULL,
  ADD COLUMN email VARCHAR(254) NULL,
  ADD COLUMN pekerjaan VARCHAR(255) NULL,
  ADD COLUMN informasi TEXT NULL,
  ADD COLUMN tujuan TEXT NULL,
  ADD CONSTRAINT fk_keberatan_pencatat FOREIGN KEY (dicatat_oleh) REFERENCES pengguna (id),
  ADD CONSTRAINT fk_keberatan_musyawarah FOREIGN KEY (musyawarah_oleh) REFERENCES pengguna (id),
  ADD CONSTRAINT ck_keberatan_tanpa_permohonan CHECK
    (permohonan_id IS NOT NULL OR (alasan = 'b' AND kode_hash IS NOT NULL
                                   AND nama IS NOT NULL AND alamat IS NOT NULL));

CREATE TABLE keberatan_alasan (
  keberatan_id  BIGINT UNSIGNED NOT NULL,
  permohonan_id BIGINT UNSIGNED NULL,
  alasan        CHAR(1) NOT NULL,
  PRIMARY KEY (keberatan_id, alasan),
  UNIQUE KEY uq_keberatan_alasan_permohonan (permohonan_id, alasan),
  CONSTRAINT fk_ka_keberatan FOREIGN KEY (keberatan_id) REFERENCES keberatan (id),
  CONSTRAINT fk_ka_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO keberatan_alasan (keberatan_id, permohonan_id, alasan)
SELECT k.id, k.permohonan_id, g.huruf FROM keberatan k
JOIN (SELECT 'a' AS huruf UNION ALL SELECT 'b' UNION ALL SELECT 'c' UNION ALL
      SELECT 'd' UNION ALL SELECT 'e' UNION ALL SELECT 'f' UNION ALL SELECT 'g') g
  ON FIND_IN_SET(g.huruf, k.alasan) > 0;

-- The request page's version: an objection without a request has none.
DROP TRIGGER keberatan_versi_ai;
DROP TRIGGER keberatan_versi_au;
DROP TRIGGER keberatan_versi_ad;
DROP TRIGGER sengketa_versi_ai;
DROP TRIGGER sengketa_versi_au;
DROP TRIGGER sengketa_versi_ad;
CREATE TRIGGER keberatan_versi_ai AFTER INSERT ON keberatan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT NEW.permohonan_id, 1 FROM DUAL WHERE NEW.permohonan_id IS NOT NULL
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER keberatan_versi_au AFTER UPDATE ON keberatan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT NEW.permohonan_id, 1 FROM DUAL WHERE NEW.permohonan_id IS NOT NULL
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER keberatan_versi_ad AFTER DELETE ON keberatan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT OLD.permohonan_id, 1 FROM DUAL WHERE OLD.permohonan_id IS NOT NULL
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER sengketa_versi_ai AFTER INSERT ON sengketa FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM keberatan WHERE id = NEW.keberatan_id
  AND permohonan_id IS NOT NULL
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER sengketa_versi_au AFTER UPDATE ON sengketa FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM keberatan WHERE id = NEW.keberatan_id
  AND permohonan_id IS NOT NULL
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER sengketa_versi_ad AFTER DELETE ON sengketa FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT permohonan_id, 1 FROM keberatan WHERE id = OLD.keberatan_id
  AND permohonan_id IS NOT NULL
  ON DUPLICATE KEY UPDATE versi = versi + 1;
