-- The innovation profile of the Indeks Inovasi Daerah (PP 38/2017,
-- DOMAIN.md Part B): the fields 003_inovasi.sql left for this issue.
-- Replication (ATM): a source inside the regency is a link to another
-- innovation row; one outside is its name and region as text.

ALTER TABLE inovasi
  ADD COLUMN tanggal_uji_coba   DATE NULL AFTER tahapan,
  ADD COLUMN tanggal_penerapan  DATE NULL AFTER tanggal_uji_coba,
  ADD COLUMN inisiator          ENUM('kepala_daerah','dprd','asn',
                                     'perangkat_daerah','masyarakat')
                                NOT NULL DEFAULT 'perangkat_daerah',
  ADD COLUMN urusan             VARCHAR(255) NOT NULL DEFAULT '',
  ADD COLUMN rancang_bangun     TEXT NULL,
  ADD COLUMN tujuan             TEXT NULL,
  ADD COLUMN manfaat            TEXT NULL,
  ADD COLUMN hasil              TEXT NULL,
  ADD COLUMN anggaran           DECIMAL(15,2) NULL,          -- rupiah
  ADD COLUMN dasar_hukum_jenis  ENUM('sk_kepala_opd','perbup','perda') NULL,
  ADD COLUMN dasar_hukum_nomor  VARCHAR(255) NOT NULL DEFAULT '',
  ADD COLUMN kontak_nama        VARCHAR(255) NOT NULL DEFAULT '',
  ADD COLUMN kontak_telepon     VARCHAR(32)  NOT NULL DEFAULT '',
  ADD COLUMN kontak_email       VARCHAR(254) NOT NULL DEFAULT '',
  ADD COLUMN replikasi          ENUM('bukan','dalam_daerah','luar_daerah')
                                NOT NULL DEFAULT 'bukan',
  ADD COLUMN sumber_inovasi_id  INT UNSIGNED NULL,
  ADD COLUMN sumber_nama        VARCHAR(255) NOT NULL DEFAULT '',
  ADD COLUMN sumber_daerah      VARCHAR(255) NOT NULL DEFAULT '',
  ADD COLUMN replikasi_cara     ENUM('tiru_penuh','modifikasi') NULL,
  ADD COLUMN replikasi_perubahan TEXT NULL,
  ADD COLUMN terbit_pada        DATETIME NULL,               -- UTC
  ADD COLUMN dibuat_pada        DATETIME NULL,               -- UTC
  ADD COLUMN diubah_pada        DATETIME NULL,               -- UTC
  ADD KEY ix_inovasi_opd_tahun (opd_id, tahun),
  ADD KEY ix_inovasi_terbit (terbit, tahun),
  ADD CONSTRAINT fk_inovasi_sumber FOREIGN KEY (sumber_inovasi_id)
    REFERENCES inovasi (id);
