-- Notifications (issue 6): every event that matters writes its e-mail into
-- this outbox in the same transaction as the event; sialip-kirim delivers
-- them over SMTP, retrying with backoff, never twice.

ALTER TABLE pengguna ADD COLUMN email VARCHAR(254) NULL AFTER nama;

CREATE TABLE surel_keluar (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kepada          VARCHAR(254) NOT NULL,
  subjek          VARCHAR(255) NOT NULL,
  isi_teks        TEXT NOT NULL,
  isi_html        MEDIUMTEXT NOT NULL,
  jenis           VARCHAR(32) NOT NULL,     -- tanda_terima, disposisi, ...
  objek           VARCHAR(32) NOT NULL,     -- permohonan, keberatan, ...
  objek_id        VARCHAR(32) NOT NULL,
  kunci           VARCHAR(190) NULL,        -- one message per key (reminders)
  status          ENUM('menunggu','terkirim','gagal') NOT NULL DEFAULT 'menunggu',
  percobaan       INT UNSIGNED NOT NULL DEFAULT 0,
  kirim_setelah   DATETIME NOT NULL,        -- next attempt (backoff)
  dikunci_oleh    CHAR(32) NULL,            -- the sender run holding it
  dikunci_sampai  DATETIME NULL,
  galat_terakhir  VARCHAR(1000) NULL,
  dibuat_pada     DATETIME NOT NULL,
  terkirim_pada   DATETIME NULL,
  UNIQUE KEY uq_surel_kunci (kunci),
  KEY ix_surel_antrian (status, kirim_setelah),
  KEY ix_surel_objek (objek, objek_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
