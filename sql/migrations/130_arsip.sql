-- The public archive of answered requests ("release to one, release to
-- all", mod_sialip/arsip*.c).  A request with a written notice is either
-- published (terbit) with the text the officer edited, or withheld
-- (ditahan) with a reason; the original request text stays in permohonan.
-- What the public pages show is copied here when the officer publishes,
-- so an archive page never reads the applicant's row: the number, the year,
-- the outcome and the Pasal 17 letter the notice cited, the day received,
-- the day of the notice and the working days between them (counted on the
-- calendar of that moment), and which OPDs answered.
CREATE TABLE arsip (
  permohonan_id  BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  nomor          CHAR(11)     NOT NULL UNIQUE,
  tahun          SMALLINT UNSIGNED NOT NULL,
  status         ENUM('terbit','ditahan') NOT NULL,
  teks           TEXT         NULL,          -- the published request text
  alasan_tahan   TEXT         NULL,          -- why it is withheld
  keputusan      VARCHAR(32)  NOT NULL,      -- pemberitahuan.keputusan
  pasal17        CHAR(1)      NULL,          -- the letter a refusal cited
  diterima       DATE         NOT NULL,      -- WIB day of receipt
  diputus        DATE         NOT NULL,      -- WIB day of the notice
  hari_kerja     SMALLINT UNSIGNED NOT NULL, -- working days from day 0 to the notice
  diubah_oleh    INT UNSIGNED NOT NULL,
  diubah_pada    DATETIME     NOT NULL,      -- UTC
  -- the public list: newest notice first, by outcome or year
  KEY ix_arsip_daftar (status, diputus, permohonan_id),
  KEY ix_arsip_keputusan (status, keputusan, diputus),
  KEY ix_arsip_tahun (status, tahun, diputus),
  CONSTRAINT fk_arsip_permohonan FOREIGN KEY (permohonan_id) REFERENCES permohonan (id),
  CONSTRAINT fk_arsip_pengubah FOREIGN KEY (diubah_oleh) REFERENCES pengguna (id),
  -- a withheld request keeps no text (nor words in arsip_kata)
  CONSTRAINT ck_arsip_isi CHECK
    ((status = 'terbit' AND teks IS NOT NULL AND alasan_tahan IS NULL)
     OR (status = 'ditahan' AND teks IS NULL AND alasan_tahan IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The OPDs that answered a published request (its live dispositions).
CREATE TABLE arsip_opd (
  permohonan_id  BIGINT UNSIGNED NOT NULL,
  opd_id         INT UNSIGNED NOT NULL,
  PRIMARY KEY (opd_id, permohonan_id),
  KEY ix_arsip_opd_permohonan (permohonan_id),
  CONSTRAINT fk_arsip_opd_arsip FOREIGN KEY (permohonan_id) REFERENCES arsip (permohonan_id)
    ON DELETE CASCADE,
  CONSTRAINT fk_arsip_opd_opd FOREIGN KEY (opd_id) REFERENCES opd (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The word index of the public search: each word of a published text
-- (mod_sialip/arsip_rules.c: letters or digits, 3-40 bytes, lower case,
-- without the words every request has), with the notice's day, so one
-- word's newest requests are a range of the primary key read backwards and
-- another word is checked by (kata, permohonan_id).  InnoDB's FULLTEXT
-- index ranks every match of a common word and took seconds at 100,000
-- requests (BENCHMARKS.md); these are plain B-tree reads.
CREATE TABLE arsip_kata (
  kata           VARCHAR(40)  NOT NULL,
  diputus        DATE         NOT NULL,
  permohonan_id  BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (kata, diputus, permohonan_id),
  UNIQUE KEY uk_arsip_kata (kata, permohonan_id),
  KEY ix_arsip_kata_permohonan (permohonan_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Documents released with the notice that the officer marked public.
CREATE TABLE arsip_berkas (
  permohonan_id  BIGINT UNSIGNED NOT NULL,
  berkas_id      BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (permohonan_id, berkas_id),
  CONSTRAINT fk_arsip_berkas_arsip FOREIGN KEY (permohonan_id) REFERENCES arsip (permohonan_id)
    ON DELETE CASCADE,
  CONSTRAINT fk_arsip_berkas_berkas FOREIGN KEY (berkas_id) REFERENCES berkas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Public archive pages are kept per process (sl_pagecache) while this
-- version stays the same; every write to what they show bumps it.
INSERT INTO versi_data (nama, versi) VALUES ('arsip', 1);

CREATE TRIGGER arsip_versi_ai AFTER INSERT ON arsip FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
CREATE TRIGGER arsip_versi_au AFTER UPDATE ON arsip FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
CREATE TRIGGER arsip_versi_ad AFTER DELETE ON arsip FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
CREATE TRIGGER arsip_opd_versi_ai AFTER INSERT ON arsip_opd FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
CREATE TRIGGER arsip_opd_versi_ad AFTER DELETE ON arsip_opd FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
CREATE TRIGGER arsip_berkas_versi_ai AFTER INSERT ON arsip_berkas FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
CREATE TRIGGER arsip_berkas_versi_ad AFTER DELETE ON arsip_berkas FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
CREATE TRIGGER opd_versi_arsip_au AFTER UPDATE ON opd FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'arsip';
