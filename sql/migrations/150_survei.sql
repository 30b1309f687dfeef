-- The Survei Kepuasan Masyarakat (PermenPANRB 14/2017) of the PPID
-- service (issue 18): nine elements scored 1-4.  A citizen answers once
-- per request, after its written notice (channel of the survey: 'web');
-- the desk enters paper questionnaires of walk-in service ('kertas').
-- Which unit served: the request's first OPD of disposition, or NULL for
-- the PPID Utama's own desk; the service channel is the request's kanal
-- (for paper, the one the desk chooses).
CREATE TABLE survei (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  permohonan_id  BIGINT UNSIGNED NULL UNIQUE,      -- once per request; NULL on paper
  opd_id         INT UNSIGNED NULL,                -- NULL: PPID Utama
  kanal          ENUM('web','datang','surat','email','telepon') NOT NULL,
  sumber         ENUM('web','kertas') NOT NULL,
  diisi_pada     DATETIME NOT NULL,                -- UTC
  tahun          SMALLINT UNSIGNED NOT NULL,       -- WIB year and semester of diisi_pada
  semester       TINYINT UNSIGNED NOT NULL,
  u1 TINYINT UNSIGNED NOT NULL, u2 TINYINT UNSIGNED NOT NULL, u3 TINYINT UNSIGNED NOT NULL,
  u4 TINYINT UNSIGNED NOT NULL, u5 TINYINT UNSIGNED NOT NULL, u6 TINYINT UNSIGNED NOT NULL,
  u7 TINYINT UNSIGNED NOT NULL, u8 TINYINT UNSIGNED NOT NULL, u9 TINYINT UNSIGNED NOT NULL,
  saran          TEXT NULL,
  dicatat_oleh   INT UNSIGNED NULL,                -- the officer who typed a paper form
  KEY ix_survei_periode (tahun, semester, opd_id),
  CONSTRAINT fk_survei_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_survei_opd FOREIGN KEY (opd_id) REFERENCES opd (id),
  CONSTRAINT ck_survei_nilai CHECK (u1 BETWEEN 1 AND 4 AND u2 BETWEEN 1 AND 4
    AND u3 BETWEEN 1 AND 4 AND u4 BETWEEN 1 AND 4 AND u5 BETWEEN 1 AND 4
    AND u6 BETWEEN 1 AND 4 AND u7 BETWEEN 1 AND 4 AND u8 BETWEEN 1 AND 4
    AND u9 BETWEEN 1 AND 4),
  CONSTRAINT ck_survei_semester CHECK (semester IN (1, 2))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The optional respondent profile, kept apart from the answers and the
-- request (no key leads from one to the other): only the period it was
-- given in, for the published profile of respondents.
CREATE TABLE survei_responden (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tahun          SMALLINT UNSIGNED NOT NULL,
  semester       TINYINT UNSIGNED NOT NULL,
  jenis_kelamin  ENUM('laki_laki','perempuan') NULL,
  pendidikan     ENUM('sd','smp','sma','d1_d3','s1_d4','s2','s3') NULL,
  pekerjaan      ENUM('pns','tni_polri','swasta','wirausaha','pelajar_mahasiswa',
                      'lainnya') NULL,
  KEY ix_responden_periode (tahun, semester)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The status page offers the survey until it is answered: an answer is a
-- new version of the request's page (see 023_versi_permohonan.sql).
CREATE TRIGGER survei_versi_ai AFTER INSERT ON survei FOR EACH ROW
  INSERT INTO permohonan_versi (permohonan_id, versi)
  SELECT NEW.permohonan_id, 1 FROM DUAL WHERE NEW.permohonan_id IS NOT NULL
  ON DUPLICATE KEY UPDATE versi = versi + 1;
