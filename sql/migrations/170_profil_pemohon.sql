-- Requester profile for statistics and special needs (issue 18, items 5-6).
--
-- pekerjaan_kode: the occupation from the coded list (profil_rules.c); the
-- old free-text `pekerjaan` column stays what registers print: the code's
-- label, or the applicant's own words for 'lainnya'.  Rows filed before
-- this migration (and clients that post only the text) have a NULL code
-- and count as "tidak tercatat" in the statistics.
-- jenis_kelamin NULL: not given (optional).  kecamatan_kode: one of the
-- regency's 29 kecamatan below, 'luar_daerah', or NULL (not given).
-- None of these identifies a person, so retention keeps them; the special
-- needs (health-related data) are erased with the contact data.
CREATE TABLE kecamatan (
  kode   VARCHAR(32)  NOT NULL PRIMARY KEY,
  nama   VARCHAR(64)  NOT NULL,
  urutan SMALLINT     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The 29 kecamatan of Kabupaten Serang (the public list of the regency's
-- kecamatan: the 28 older ones plus Lebakwangi; names as BPS spells them,
-- "Anyar" not "Anyer"), then "luar daerah" for applicants living outside
-- the regency.  Check against the official list before production.
INSERT INTO kecamatan (kode, nama, urutan) VALUES
  ('anyar', 'Anyar', 1), ('bandung', 'Bandung', 2), ('baros', 'Baros', 3),
  ('binuang', 'Binuang', 4), ('bojonegara', 'Bojonegara', 5),
  ('carenang', 'Carenang', 6), ('cikande', 'Cikande', 7),
  ('cikeusal', 'Cikeusal', 8), ('cinangka', 'Cinangka', 9),
  ('ciomas', 'Ciomas', 10), ('ciruas', 'Ciruas', 11),
  ('gunungsari', 'Gunungsari', 12), ('jawilan', 'Jawilan', 13),
  ('kibin', 'Kibin', 14), ('kopo', 'Kopo', 15), ('kragilan', 'Kragilan', 16),
  ('kramatwatu', 'Kramatwatu', 17), ('lebakwangi', 'Lebakwangi', 18),
  ('mancak', 'Mancak', 19), ('pabuaran', 'Pabuaran', 20),
  ('padarincang', 'Padarincang', 21), ('pamarayan', 'Pamarayan', 22),
  ('petir', 'Petir', 23), ('pontang', 'Pontang', 24),
  ('pulo_ampel', 'Pulo Ampel', 25), ('tanara', 'Tanara', 26),
  ('tirtayasa', 'Tirtayasa', 27), ('tunjung_teja', 'Tunjung Teja', 28),
  ('waringinkurung', 'Waringinkurung', 29),
  ('luar_daerah', 'Luar daerah (di luar Kabupaten Serang)', 99);

ALTER TABLE permohonan
  ADD COLUMN pekerjaan_kode VARCHAR(32) NULL AFTER pekerjaan,
  ADD COLUMN jenis_kelamin ENUM('laki_laki', 'perempuan') NULL AFTER pekerjaan_kode,
  ADD COLUMN kecamatan_kode VARCHAR(32) NULL AFTER jenis_kelamin,
  ADD COLUMN kebutuhan_khusus SET('braille', 'huruf_besar', 'audio', 'isyarat',
                                  'bantuan_formulir', 'lainnya') NULL AFTER kecamatan_kode,
  ADD COLUMN kebutuhan_lainnya VARCHAR(255) NULL AFTER kebutuhan_khusus,
  ADD CONSTRAINT fk_permohonan_kecamatan FOREIGN KEY (kecamatan_kode)
    REFERENCES kecamatan (kode),
  ADD CONSTRAINT ck_permohonan_pekerjaan_kode CHECK (pekerjaan_kode IS NULL OR
    pekerjaan_kode IN ('pelajar', 'pns', 'tni_polri', 'swasta', 'wiraswasta',
                       'petani_nelayan', 'media', 'lsm', 'akademisi', 'advokat',
                       'irt', 'tidak_bekerja', 'lainnya'));
