-- Requests for public information (DOMAIN.md Part A, "The request").

CREATE TABLE permohonan (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nomor            CHAR(11)     NOT NULL UNIQUE,        -- 2026-000123
  tahun            SMALLINT UNSIGNED NOT NULL,
  kode_hash        CHAR(64)     NOT NULL,               -- SHA-256 of the tracking code
  jenis_pemohon    ENUM('perorangan','kelompok','badan_hukum') NOT NULL,
  nama             VARCHAR(255) NOT NULL,
  nik              CHAR(16)     NULL,
  nomor_badan_hukum VARCHAR(128) NULL,
  alamat           VARCHAR(1000) NOT NULL,
  telepon          VARCHAR(32)  NULL,
  email            VARCHAR(254) NULL,
  pekerjaan        VARCHAR(255) NOT NULL,
  rincian          TEXT         NOT NULL,
  tujuan           TEXT         NOT NULL,
  cara_memperoleh  ENUM('melihat','membaca','mendengarkan','mencatat',
                        'salinan_softcopy','salinan_hardcopy') NOT NULL,
  cara_salinan     ENUM('mengambil_langsung','kurir','pos','faksimili',
                        'email','unduh') NOT NULL,
  kanal            ENUM('web','datang','surat','email','telepon') NOT NULL,
  diterima_pada    DATETIME     NOT NULL,               -- UTC
  hari_nol         DATE         NOT NULL,               -- day 0 of the clock
  jatuh_tempo      DATE         NOT NULL,               -- 10 working days
  status           VARCHAR(24)  NOT NULL DEFAULT 'diterima',
  identitas_berkas_id BIGINT UNSIGNED NULL,
  KEY ix_permohonan_status_tempo (status, jatuh_tempo),
  KEY ix_permohonan_tahun (tahun),
  CONSTRAINT fk_permohonan_berkas FOREIGN KEY (identitas_berkas_id)
    REFERENCES berkas (id),
  CONSTRAINT ck_permohonan_identitas CHECK
    (jenis_pemohon <> 'perorangan' OR nik IS NOT NULL),
  CONSTRAINT ck_permohonan_kontak CHECK
    (telepon IS NOT NULL OR email IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
