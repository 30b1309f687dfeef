-- The public DIP list is kept rendered in each Apache process
-- (common/httpd/sl_pagecache.c) while this version stays the same.  Every
-- write to what the list shows bumps it: the entries themselves, and the
-- OPD names it prints and filters by.  (An entry's document rows are never
-- changed once written: the store is content-addressed.)
INSERT INTO versi_data (nama, versi) VALUES ('dip', 1);

CREATE TRIGGER dip_versi_ai AFTER INSERT ON dip FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'dip';
CREATE TRIGGER dip_versi_au AFTER UPDATE ON dip FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'dip';
CREATE TRIGGER dip_versi_ad AFTER DELETE ON dip FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'dip';
CREATE TRIGGER opd_versi_dip_au AFTER UPDATE ON opd FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'dip';
