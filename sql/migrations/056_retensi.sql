-- Retention (UU 27/2022, issue 20): `sialip-kirim --retensi` erases the
-- contact data of cases closed longer than retensi_hari.  The address is
-- NOT NULL (registers list it), so it becomes the fixed placeholder
-- 'dihapus', which the views show as "(dihapus sesuai retensi)"; NIK,
-- phone and e-mail become NULL.  The two checks that demanded a NIK from a
-- person and a phone or an e-mail from everyone hold for every row whose
-- data was not erased.
ALTER TABLE permohonan DROP CONSTRAINT ck_permohonan_identitas;
ALTER TABLE permohonan DROP CONSTRAINT ck_permohonan_kontak;
ALTER TABLE permohonan
  ADD CONSTRAINT ck_permohonan_identitas CHECK
    (jenis_pemohon <> 'perorangan' OR nik IS NOT NULL OR alamat = 'dihapus'),
  ADD CONSTRAINT ck_permohonan_kontak CHECK
    (telepon IS NOT NULL OR email IS NOT NULL OR alamat = 'dihapus');
