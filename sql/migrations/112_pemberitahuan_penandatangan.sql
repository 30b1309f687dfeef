-- The printed written notice (issue 17): who signs it (the PPID's name,
-- NIP and position) and where, kept on the notice as it was issued, so a
-- later change of the officer's account never rewrites a notice sent.
-- NULL on notices issued before: they print the issuing officer's name.
ALTER TABLE pemberitahuan
  ADD COLUMN penandatangan_nama VARCHAR(255) NULL AFTER diterbitkan_oleh,
  ADD COLUMN penandatangan_nip VARCHAR(32) NULL AFTER penandatangan_nama,
  ADD COLUMN penandatangan_jabatan VARCHAR(255) NULL AFTER penandatangan_nip,
  ADD COLUMN tempat VARCHAR(64) NULL AFTER penandatangan_jabatan;
