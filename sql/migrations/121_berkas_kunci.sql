-- The upload store keeps one file per content (its SHA-256) for every row
-- that names it (berkas, an annual report's copy).  Whoever names a file
-- and whoever removes an unnamed one first take this row's lock for the
-- content, in their transaction:
--   - a request that stores a document (mod_sialip/unggah.c) takes it,
--     makes sure the file is there (writing it again if it went), inserts
--     the berkas row and holds the lock until its commit;
--   - the retention job (tools/retensi_berkas.c) and a failed filing
--     cleaning up after itself take it, count the rows that name the
--     content and remove the file only when none does, before their commit.
-- So a file is never removed between a filing's check and its commit.  The
-- counter changes on every take, so that on Galera two nodes taking the same
-- row conflict at certification (a lock taken with no change would not).
CREATE TABLE berkas_kunci (
  sha256  CHAR(64)        NOT NULL PRIMARY KEY,
  kali    BIGINT UNSIGNED NOT NULL DEFAULT 1   -- times taken
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
