-- One notice may cover parts answered by several OPDs; when their outcomes
-- differ, each part states its own (DOMAIN.md, the written notice).  NULL:
-- the part follows the notice's outcome.
ALTER TABLE disposisi
  ADD COLUMN keputusan_bagian ENUM('diberikan_seluruhnya','diberikan_sebagian',
                                   'ditolak_dikecualikan','tidak_dikuasai',
                                   'belum_dikuasai','ditolak_prosedural') NULL
    AFTER alasan_tutup,
  ADD COLUMN keterangan_bagian TEXT NULL AFTER keputusan_bagian;
