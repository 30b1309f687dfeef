-- Core tables shared by both modules: OPDs, users and roles, sessions,
-- the holiday calendar, counters, uploaded files, throttling and audit.
-- Times are DATETIME in UTC (the pool sets time_zone '+00:00').

CREATE TABLE opd (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kode        VARCHAR(32)  NOT NULL UNIQUE,
  nama        VARCHAR(255) NOT NULL,
  singkatan   VARCHAR(64)  NOT NULL,
  aktif       TINYINT(1)   NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE peran (
  kode        VARCHAR(32)  NOT NULL PRIMARY KEY,
  nama        VARCHAR(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO peran (kode, nama) VALUES
  ('ppid_utama',     'PPID Utama (petugas layanan informasi)'),
  ('ppid_pelaksana', 'PPID Pelaksana OPD'),
  ('atasan_ppid',    'Atasan PPID'),
  ('admin',          'Administrator sistem'),
  ('opd_inovasi',    'Petugas inovasi OPD'),
  ('evaluator',      'Evaluator inovasi (Bappeda / tim penilai)'),
  ('pimpinan',       'Pimpinan');

CREATE TABLE pengguna (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL UNIQUE,
  nama          VARCHAR(255) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  opd_id        INT UNSIGNED NULL,
  aktif         TINYINT(1)   NOT NULL DEFAULT 1,
  dibuat_pada   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT fk_pengguna_opd FOREIGN KEY (opd_id) REFERENCES opd (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pengguna_peran (
  pengguna_id INT UNSIGNED NOT NULL,
  peran       VARCHAR(32)  NOT NULL,
  PRIMARY KEY (pengguna_id, peran),
  CONSTRAINT fk_pp_pengguna FOREIGN KEY (pengguna_id) REFERENCES pengguna (id),
  CONSTRAINT fk_pp_peran FOREIGN KEY (peran) REFERENCES peran (kode)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the SHA-256 of a session token is stored, so a copy of this table
-- cannot be replayed as cookies.
CREATE TABLE sesi (
  token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
  pengguna_id  INT UNSIGNED NOT NULL,
  csrf         CHAR(32)     NOT NULL,
  dibuat_pada  DATETIME     NOT NULL,
  berakhir     DATETIME     NOT NULL,
  diakhiri     DATETIME     NULL,
  KEY ix_sesi_pengguna (pengguna_id),
  CONSTRAINT fk_sesi_pengguna FOREIGN KEY (pengguna_id) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- The government's holiday list (SKB 3 Menteri), edited by the admin.
-- libur = 1 when the day is non-working for the clocks.
CREATE TABLE hari_libur (
  tanggal      DATE         NOT NULL PRIMARY KEY,
  jenis        ENUM('libur_nasional','cuti_bersama') NOT NULL,
  nama         VARCHAR(255) NOT NULL,
  dasar_hukum  VARCHAR(255) NOT NULL DEFAULT '',
  libur        TINYINT(1)   NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Version counters of read-mostly tables, so each Apache process can cache
-- them and notice a change with one primary-key lookup.
CREATE TABLE versi_data (
  nama   VARCHAR(32) NOT NULL PRIMARY KEY,
  versi  BIGINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
INSERT INTO versi_data (nama, versi) VALUES ('hari_libur', 1);

CREATE TRIGGER hari_libur_ai AFTER INSERT ON hari_libur FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'hari_libur';
CREATE TRIGGER hari_libur_au AFTER UPDATE ON hari_libur FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'hari_libur';
CREATE TRIGGER hari_libur_ad AFTER DELETE ON hari_libur FOR EACH ROW
  UPDATE versi_data SET versi = versi + 1 WHERE nama = 'hari_libur';

-- Gapless per-year sequences (registration numbers), taken with
-- SELECT ... FOR UPDATE inside the filing transaction.
CREATE TABLE nomor_urut (
  jenis     VARCHAR(16)  NOT NULL,
  tahun     SMALLINT UNSIGNED NOT NULL,
  terakhir  INT UNSIGNED NOT NULL,
  PRIMARY KEY (jenis, tahun)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Uploaded files; the bytes live in the content-addressed store on disk
-- under their SHA-256.
CREATE TABLE berkas (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sha256      CHAR(64)     NOT NULL,
  ukuran      BIGINT UNSIGNED NOT NULL,
  mime        VARCHAR(64)  NOT NULL,
  nama_asli   VARCHAR(255) NOT NULL,
  dibuat_pada DATETIME     NOT NULL,
  KEY ix_berkas_sha (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed attempts per key (login by IP and by user, tracking lookups by IP)
-- in a fixed window.
CREATE TABLE pembatasan (
  kunci         VARCHAR(160) NOT NULL PRIMARY KEY,
  jendela_mulai DATETIME     NOT NULL,
  jumlah        INT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every change of state, written in the same transaction as the change.
CREATE TABLE audit (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  waktu       DATETIME     NOT NULL,
  pengguna_id INT UNSIGNED NULL,
  aktor       VARCHAR(64)  NOT NULL,
  aksi        VARCHAR(64)  NOT NULL,
  objek       VARCHAR(32)  NOT NULL,
  objek_id    VARCHAR(32)  NOT NULL,
  sebelum     TEXT         NULL,
  sesudah     TEXT         NULL,
  publik      TINYINT(1)   NOT NULL DEFAULT 0,
  ip          VARCHAR(45)  NULL,
  KEY ix_audit_objek (objek, objek_id, waktu)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
