-- The DIP and its admin pages (issue 3): an entry's number is unique within
-- its OPD's list, and the public list is searched by status, then filtered
-- by OPD and year.
ALTER TABLE dip
  ADD UNIQUE KEY uk_dip_opd_nomor (opd_id, nomor),
  ADD KEY ix_dip_terbit_opd (status, opd_id, tahun);

-- The public exempt list is read by OPD and expiry.
ALTER TABLE informasi_dikecualikan
  ADD COLUMN dimutakhirkan_pada DATETIME NULL AFTER dibuat_oleh,
  ADD KEY ix_dikecualikan_berlaku (berlaku_sampai);
