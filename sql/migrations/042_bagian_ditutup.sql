-- An OPD that never answers its part must not block the notice: the PPID
-- Utama closes the part on the OPD's behalf, with the reason recorded
-- (ditutup_utama = 1, alasan_tutup), and the part counts against the OPD
-- in its statistics.
ALTER TABLE disposisi
  ADD COLUMN ditutup_utama TINYINT(1) NOT NULL DEFAULT 0 AFTER dialihkan_ke,
  ADD COLUMN alasan_tutup TEXT NULL AFTER ditutup_utama;
