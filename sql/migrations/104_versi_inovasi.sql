-- The innovation dashboard's figures are kept per Apache process
-- (mod_inovasi/dasbor.c through common/httpd/sl_pagecache.c) while this
-- version stays the same.  Every write to a table the dashboard reads bumps
-- it, in the writer's transaction, so a reader that sees the new number
-- also sees the new data.  (The bump locks this one row until the writer
-- commits: innovation writes queue on it, which at a few a minute costs
-- nothing.)
INSERT INTO versi_data (nama, versi) VALUES ('inovasi', 1);

CREATE TRIGGER inovasi_versi_inovasi_ai AFTER INSERT ON inovasi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_versi_inovasi_au AFTER UPDATE ON inovasi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_versi_inovasi_ad AFTER DELETE ON inovasi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_bobot_dimensi_versi_inovasi_ai AFTER INSERT ON inovasi_bobot_dimensi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_bobot_dimensi_versi_inovasi_au AFTER UPDATE ON inovasi_bobot_dimensi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_bobot_dimensi_versi_inovasi_ad AFTER DELETE ON inovasi_bobot_dimensi FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_indikator_versi_inovasi_ai AFTER INSERT ON inovasi_indikator FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_indikator_versi_inovasi_au AFTER UPDATE ON inovasi_indikator FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_indikator_versi_inovasi_ad AFTER DELETE ON inovasi_indikator FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_periode_versi_inovasi_ai AFTER INSERT ON inovasi_periode FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_periode_versi_inovasi_au AFTER UPDATE ON inovasi_periode FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_periode_versi_inovasi_ad AFTER DELETE ON inovasi_periode FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_laporan_versi_inovasi_ai AFTER INSERT ON inovasi_laporan FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_laporan_versi_inovasi_au AFTER UPDATE ON inovasi_laporan FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_laporan_versi_inovasi_ad AFTER DELETE ON inovasi_laporan FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_laporan_nilai_versi_inovasi_ai AFTER INSERT ON inovasi_laporan_nilai FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_laporan_nilai_versi_inovasi_au AFTER UPDATE ON inovasi_laporan_nilai FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_laporan_nilai_versi_inovasi_ad AFTER DELETE ON inovasi_laporan_nilai FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_kriteria_versi_inovasi_ai AFTER INSERT ON inovasi_kriteria FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_kriteria_versi_inovasi_au AFTER UPDATE ON inovasi_kriteria FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_kriteria_versi_inovasi_ad AFTER DELETE ON inovasi_kriteria FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_penilaian_versi_inovasi_ai AFTER INSERT ON inovasi_penilaian FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_penilaian_versi_inovasi_au AFTER UPDATE ON inovasi_penilaian FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_penilaian_versi_inovasi_ad AFTER DELETE ON inovasi_penilaian FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_pita_versi_inovasi_ai AFTER INSERT ON inovasi_pita FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_pita_versi_inovasi_au AFTER UPDATE ON inovasi_pita FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER inovasi_pita_versi_inovasi_ad AFTER DELETE ON inovasi_pita FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER opd_versi_inovasi_ai AFTER INSERT ON opd FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER opd_versi_inovasi_au AFTER UPDATE ON opd FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
CREATE TRIGGER opd_versi_inovasi_ad AFTER DELETE ON opd FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';
