-- A procedural refusal (incomplete identity) is decided before anyone looks
-- for the information: the notice says nothing about holding it
-- (UU 14/2008 Pasal 22(7) a), so it is not "dikuasai".  Notices issued
-- before this change are corrected.
ALTER TABLE pemberitahuan
  MODIFY penguasaan ENUM('dikuasai','tidak_dikuasai','belum_didokumentasikan',
                         'tidak_dinilai') NOT NULL;
UPDATE pemberitahuan SET penguasaan = 'tidak_dinilai'
  WHERE keputusan = 'ditolak_prosedural';
