-- The annual report's narrative sections that staff write (Perki 1/2021
-- Pasal 56) and its one submission: once submitted (due 31 March of the
-- next year; a later submission is flagged terlambat) the report is frozen.
-- The submitted version is kept as the rendered XML in the content-addressed
-- upload store (salinan_sha256: a year's report exceeds what the database
-- driver reads back in one column), with its date, so it stays reproducible
-- whatever later edits of the calendar or the data do.
CREATE TABLE laporan_tahunan (
  tahun               SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  kebijakan           TEXT NULL,   -- the PPID's policy and organisation
  sarana              TEXT NULL,   -- facilities
  sdm                 TEXT NULL,   -- staff
  anggaran            TEXT NULL,   -- budget
  kendala             TEXT NULL,   -- obstacles
  rekomendasi         TEXT NULL,   -- recommendations and follow-up
  pelaksanaan_putusan TEXT NULL,   -- how objection, KI and court decisions were carried out
  diubah_oleh         INT UNSIGNED NULL,
  diubah_pada         DATETIME NULL,
  diajukan_oleh       INT UNSIGNED NULL,
  diajukan_pada       DATETIME NULL,
  terlambat           TINYINT(1) NOT NULL DEFAULT 0,
  salinan_sha256      CHAR(64) NULL,
  CONSTRAINT fk_lt_pengubah FOREIGN KEY (diubah_oleh) REFERENCES pengguna (id),
  CONSTRAINT fk_lt_pengaju FOREIGN KEY (diajukan_oleh) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
