-- Each innovation's latest verified report (mod_inovasi/umum.c, statement
-- "capaian") walks the periods newest first and probes the innovation's
-- report of each on uq_laporan; this index gives that order without a sort
-- (the statement's subquery built a temporary table and sorted it once per
-- innovation: 1,000 times per computed dashboard, BENCHMARKS.md).
CREATE INDEX ix_periode_selesai ON inovasi_periode (selesai, id);
