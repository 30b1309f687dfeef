-- The conversation on a request (issue 18): messages between the applicant
-- (with the number and the tracking code) and the officers who may see the
-- request (PPID Utama, the PPID Pelaksana of an OPD it is routed to), each
-- with an optional attachment from the upload store (berkas).
CREATE TABLE pesan (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  permohonan_id  BIGINT UNSIGNED NOT NULL,
  pengirim       ENUM('pemohon','petugas') NOT NULL,
  pengguna_id    INT UNSIGNED NULL,                -- the officer who wrote it
  -- pesan: a message; klarifikasi: the PPID asks for clarification;
  -- jawaban: the applicant's message that answered one; buka: the reason
  -- a closed request was reopened; tutup: the note closing it again.
  jenis          ENUM('pesan','klarifikasi','jawaban','buka','tutup') NOT NULL DEFAULT 'pesan',
  isi            TEXT NOT NULL,
  berkas_id      BIGINT UNSIGNED NULL,
  dikirim_pada   DATETIME NOT NULL,                -- UTC
  KEY ix_pesan_permohonan (permohonan_id, id),
  CONSTRAINT fk_pesan_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_pesan_pengguna FOREIGN KEY (pengguna_id) REFERENCES pengguna (id),
  CONSTRAINT fk_pesan_berkas FOREIGN KEY (berkas_id) REFERENCES berkas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A request for clarification and its answer.  jeda: whether the legal
-- clock stops while it waits (SialipKlarifikasiJeda when it was asked: a
-- later change of the setting does not rewrite what was promised).
-- hari_jeda: the working days the due date moved when it was answered.
-- terbuka is 1 while it waits and NULL after, so the unique key allows one
-- open request for clarification per request.
CREATE TABLE klarifikasi (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  permohonan_id  BIGINT UNSIGNED NOT NULL,
  pesan_id       BIGINT UNSIGNED NOT NULL,
  diminta_pada   DATETIME NOT NULL,
  jeda           TINYINT(1) NOT NULL,
  jawaban_id     BIGINT UNSIGNED NULL,
  dijawab_pada   DATETIME NULL,
  hari_jeda      SMALLINT UNSIGNED NULL,
  terbuka        TINYINT(1) NULL DEFAULT 1,
  UNIQUE KEY uq_klarifikasi_terbuka (permohonan_id, terbuka),
  CONSTRAINT fk_klarifikasi_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_klarifikasi_pesan FOREIGN KEY (pesan_id) REFERENCES pesan (id),
  CONSTRAINT fk_klarifikasi_jawaban FOREIGN KEY (jawaban_id) REFERENCES pesan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A closed request reopened by the PPID (the reason is its 'buka' message),
-- with the follow-up date, until an officer closes it again.
CREATE TABLE permohonan_buka (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  permohonan_id  BIGINT UNSIGNED NOT NULL,
  pesan_id       BIGINT UNSIGNED NOT NULL,
  dibuka_pada    DATETIME NOT NULL,
  tindak_lanjut  DATE NOT NULL,                    -- 10 working days after the reopening
  ditutup_pada   DATETIME NULL,
  terbuka        TINYINT(1) NULL DEFAULT 1,
  UNIQUE KEY uq_buka_terbuka (permohonan_id, terbuka),
  CONSTRAINT fk_buka_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_buka_pesan FOREIGN KEY (pesan_id) REFERENCES pesan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Working days the notice's due date moved for clarifications answered
-- while the clock was stopped: a recount on a new holiday calendar
-- (tenggat.c) keeps them.
ALTER TABLE permohonan ADD COLUMN hari_jeda SMALLINT UNSIGNED NOT NULL DEFAULT 0;

-- The status page shows the conversation: a message, a clarification
-- asked or answered, a reopening is a new version of it (023).
CREATE TRIGGER pesan_versi_ai AFTER INSERT ON pesan FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER klarifikasi_versi_au AFTER UPDATE ON klarifikasi FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;
CREATE TRIGGER permohonan_buka_versi_au AFTER UPDATE ON permohonan_buka FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi) VALUES (NEW.permohonan_id, 1)
  ON DUPLICATE KEY UPDATE versi = versi + 1;
