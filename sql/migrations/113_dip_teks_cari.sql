-- The public DIP's word search (issue 17, mod_sialip/dip_cari.c) reads one
-- column per entry: its summary, its OPD's name and abbreviation, its
-- number and officials, joined with spaces.  Kept by triggers, on the
-- entry's own writes and on a rename of its OPD, so the search needs no
-- join and no CONCAT per row (a search costs what the old LIKE did).
ALTER TABLE dip ADD COLUMN teks_cari TEXT NULL;

UPDATE dip d JOIN opd o ON o.id = d.opd_id
  SET d.teks_cari = CONCAT_WS(' ', d.ringkasan, o.nama, o.singkatan, d.nomor,
                              d.pejabat_penguasa, d.penanggung_jawab);

CREATE TRIGGER dip_teks_cari_bi BEFORE INSERT ON dip FOR EACH ROW
  SET NEW.teks_cari = CONCAT_WS(' ', NEW.ringkasan,
    (SELECT CONCAT_WS(' ', o.nama, o.singkatan) FROM opd o WHERE o.id = NEW.opd_id),
    NEW.nomor, NEW.pejabat_penguasa, NEW.penanggung_jawab);

CREATE TRIGGER dip_teks_cari_bu BEFORE UPDATE ON dip FOR EACH ROW
  SET NEW.teks_cari = CONCAT_WS(' ', NEW.ringkasan,
    (SELECT CONCAT_WS(' ', o.nama, o.singkatan) FROM opd o WHERE o.id = NEW.opd_id),
    NEW.nomor, NEW.pejabat_penguasa, NEW.penanggung_jawab);

CREATE TRIGGER opd_teks_cari_au AFTER UPDATE ON opd FOR EACH ROW
  UPDATE dip SET teks_cari = CONCAT_WS(' ', ringkasan, NEW.nama, NEW.singkatan, nomor,
                                       pejabat_penguasa, penanggung_jawab)
  WHERE opd_id = NEW.id AND NOT (NEW.nama <=> OLD.nama AND NEW.singkatan <=> OLD.singkatan);
