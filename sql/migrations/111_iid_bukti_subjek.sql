-- The simulated IID reads every evidence level of a year grouped by subject
-- (the regency, then each innovation) and indicator (mod_inovasi/
-- iid_simulasi.c is_level).  uq_iid_bukti leads with the indicator, so that
-- read took a temporary table and a sort of the whole year (16,000 rows at
-- 1,000 innovations, make bench); this index gives the rows in the
-- statement's order and covers it.
ALTER TABLE iid_bukti ADD KEY ix_iid_bukti_subjek (tahun, subjek, nomor, status, level);
