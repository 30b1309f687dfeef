-- Indexes for the hot queries measured by `make bench` (BENCHMARKS.md).
-- (mod_inovasi's tables come later, in 1xx; their index is proposed there.)
--
-- The staff inbox (mod_sialip/kotak.c, kotak_daftar) lists requests open
-- first, then by the effective due date (the extended one when there is
-- one), then by id, 25 a page.  Sorted on expressions, that is a full scan
-- and a filesort of every request in scope on every page view: 0.46 s with
-- 100,000 requests.  These two virtual columns name the sort key so an
-- index can hold it in order; a query that orders by
--   p.kotak_selesai, p.kotak_tempo, p.id
-- reads the first page straight from ix_permohonan_kotak and stops after
-- 25 rows.  Virtual columns take no space in the rows; only the index is
-- stored and maintained.
ALTER TABLE permohonan
  ADD COLUMN kotak_selesai TINYINT(1) AS (status = 'selesai') VIRTUAL,
  ADD COLUMN kotak_tempo DATE AS (COALESCE(jatuh_tempo_perpanjangan, jatuh_tempo)) VIRTUAL,
  ADD KEY ix_permohonan_kotak (kotak_selesai, kotak_tempo);
