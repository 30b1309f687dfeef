-- An exemption per PP 61/2010 and UU 14/2008 Pasal 2(4): the consequence
-- test records the public-interest consideration beside the harm, and the
-- written classification decision its fields: which PPID decided, the unit
-- (unit pengolah), the reasons, the place (the date is ditetapkan_pada and
-- the term jangka_waktu/berlaku_sampai).  An entry of one OPD is cited only
-- on notices for requests routed to that OPD, unless it applies to the
-- whole regency (seluruh_kabupaten).  Older entries keep NULLs until edited.
ALTER TABLE informasi_dikecualikan
  ADD COLUMN kepentingan_publik TEXT NULL AFTER konsekuensi,
  ADD COLUMN diputuskan_oleh VARCHAR(255) NULL AFTER kepentingan_publik,
  ADD COLUMN unit_pengolah VARCHAR(255) NULL AFTER diputuskan_oleh,
  ADD COLUMN alasan_penetapan TEXT NULL AFTER unit_pengolah,
  ADD COLUMN tempat_penetapan VARCHAR(255) NULL AFTER alasan_penetapan,
  ADD COLUMN seluruh_kabupaten TINYINT(1) NOT NULL DEFAULT 0 AFTER tempat_penetapan;
