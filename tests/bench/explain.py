#!/usr/bin/python3
"""EXPLAIN and timing of the hot queries on the benchmark data set.

The SQL below is a copy of the modules' prepared statements (label in the
comment) with representative arguments filled in, as PPID Utama or the
public would send them; run_bench.py prints this after a run and
BENCHMARKS.md keeps one such output.  Keep the copies in step when a
statement changes.

usage: explain.py --socket /path/mysqld.sock [--database sialip]
"""
import argparse
import time

import pymysql

DIP_SARING = (
    "d.status = 'terbit' AND (%(kat)s = '' OR d.kategori = %(kat)s) "
    "AND ('' = '' OR d.opd_id = '') AND ('' = '' OR d.tahun = '') "
    "AND (%(q)s = '' OR d.ringkasan LIKE CONCAT('%%%%', %(q)s, '%%%%') ESCAPE '!' "
    " OR d.nomor LIKE CONCAT('%%%%', %(q)s, '%%%%') ESCAPE '!' "
    " OR d.pejabat_penguasa LIKE CONCAT('%%%%', %(q)s, '%%%%') ESCAPE '!' "
    " OR d.penanggung_jawab LIKE CONCAT('%%%%', %(q)s, '%%%%') ESCAPE '!')")

KOTAK = (
    "SELECT p.nomor, p.nama, p.kanal, p.status, p.diterima_pada, "
    "COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo) AS tempo, "
    "p.jatuh_tempo_perpanjangan IS NOT NULL, "
    "(SELECT GROUP_CONCAT(o.singkatan ORDER BY o.singkatan SEPARATOR ', ') "
    " FROM disposisi d JOIN opd o ON o.id = d.opd_id "
    " WHERE d.permohonan_id = p.id AND d.status <> 'dialihkan') "
    "FROM permohonan p WHERE ('1' = '1' OR EXISTS (SELECT 1 FROM disposisi d "
    " WHERE d.permohonan_id = p.id AND d.opd_id = '' AND d.status <> 'dialihkan')) "
    "AND ('' = '' OR p.status = '') "
    "AND ('' = '' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = p.id "
    " AND d.opd_id = '' AND d.status <> 'dialihkan')) "
    "AND ('' = '' OR p.kanal = '') AND ('' = '' OR p.tahun = '') "
    "ORDER BY %s LIMIT 25 OFFSET 0")

ARSIP_SARING = (
    "('' = '' OR a.keputusan = '') AND ('' = '' OR a.tahun = '') "
    "AND ('' = '' OR EXISTS (SELECT 1 FROM arsip_opd ao "
    "WHERE ao.permohonan_id = a.permohonan_id AND ao.opd_id = ''))")
# the other words are joined on (kata, permohonan_id) (arsip.c ARSIP_J)
ARSIP_J2 = (" %s arsip_kata k2 ON k2.kata = 'pontang' "
            "AND k2.permohonan_id = k.permohonan_id")
# each request's arsip row by its primary key, the published ones (ARSIP_A)
ARSIP_A = (" STRAIGHT_JOIN arsip a IGNORE INDEX (ix_arsip_daftar, ix_arsip_keputusan, "
           "ix_arsip_tahun) ON a.permohonan_id = k.permohonan_id")
ARSIP_KOLOM = (
    "SELECT a.nomor, LEFT(a.teks, 280), a.keputusan, a.pasal17, a.diterima, a.diputus, "
    "a.hari_kerja, (SELECT GROUP_CONCAT(o.nama ORDER BY o.nama SEPARATOR '; ') "
    "FROM arsip_opd ao JOIN opd o ON o.id = ao.opd_id "
    "WHERE ao.permohonan_id = a.permohonan_id), CHAR_LENGTH(a.teks)")

QUERIES = [
    ("status page, every view: permohonan_versi (mod_sialip/permohonan.c)",
     "SELECT COALESCE(v.versi, 0), "
     "(SELECT versi FROM versi_data WHERE nama = 'hari_libur'), "
     "(SELECT versi FROM versi_data WHERE nama = 'status_rujukan') "
     "FROM permohonan p LEFT JOIN permohonan_versi v ON v.permohonan_id = p.id "
     "WHERE p.nomor = %(nomor)s AND p.kode_hash = %(hash)s"),
    ("status page, first view: permohonan_cari_versi (mod_sialip/permohonan.c)",
     "SELECT p.nomor, p.nama, p.rincian, p.tujuan, p.cara_memperoleh, p.cara_salinan, "
     "p.kanal, p.diterima_pada, p.hari_nol, p.status, p.jenis_pemohon, "
     "p.alasan_perpanjangan, p.id, p.hari_jeda, p.kebutuhan_khusus, p.kebutuhan_lainnya, "
     "(SELECT COUNT(*) FROM pemberitahuan n WHERE n.permohonan_id = p.id), "
     "(SELECT COUNT(*) FROM survei s WHERE s.permohonan_id = p.id), "
     "EXISTS (SELECT 1 FROM keberatan kb WHERE kb.permohonan_id = p.id), "
     "EXISTS (SELECT 1 FROM pesan m WHERE m.permohonan_id = p.id), "
     "k.id, k.diminta_pada, k.jeda, b.id, b.tindak_lanjut, COALESCE(v.versi, 0), "
     "(SELECT versi FROM versi_data WHERE nama = 'hari_libur'), "
     "(SELECT versi FROM versi_data WHERE nama = 'status_rujukan') FROM permohonan p "
     "LEFT JOIN klarifikasi k ON k.permohonan_id = p.id AND k.terbuka = 1 "
     "LEFT JOIN permohonan_buka b ON b.permohonan_id = p.id AND b.terbuka = 1 "
     "LEFT JOIN permohonan_versi v ON v.permohonan_id = p.id "
     "WHERE p.nomor = %(nomor)s AND p.kode_hash = %(hash)s"),
    ("status page: permohonan_riwayat (mod_sialip/permohonan.c)",
     "SELECT waktu, aksi, sesudah FROM audit WHERE objek = 'permohonan' "
     "AND objek_id = %(nomor)s AND publik = 1 ORDER BY waktu, id"),
    ("status page: the notice of the request (mod_sialip/pemberitahuan.c)",
     "SELECT n.id, n.nomor, n.keputusan, u.nama, k.pasal17_huruf FROM pemberitahuan n "
     "JOIN pengguna u ON u.id = n.diterbitkan_oleh "
     "LEFT JOIN informasi_dikecualikan k ON k.id = n.dikecualikan_id "
     "WHERE n.permohonan_id = %(pid)s"),
    ("login: throttle batas_tambah (common/httpd/sl_session.c)",
     "INSERT INTO pembatasan (kunci, jendela_mulai, jumlah) "
     "VALUES ('masuk-ip:127.0.0.1', UTC_TIMESTAMP(), 1) ON DUPLICATE KEY UPDATE "
     "jumlah = jumlah + 1 RETURNING jumlah"),
    ("DIP first page: dip_publik_jumlah (mod_sialip/dip.c)",
     "SELECT COUNT(*) FROM dip d WHERE " + DIP_SARING % {"kat": "''", "q": "''"}),
    ("DIP first page: dip_publik (mod_sialip/dip.c)",
     "SELECT d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.tahun, b.mime "
     "FROM dip d JOIN opd o ON o.id = d.opd_id "
     "LEFT JOIN berkas b ON b.id = d.berkas_id WHERE " + DIP_SARING % {"kat": "''", "q": "''"}
     + " ORDER BY d.tahun DESC, o.nama, d.nomor, d.id LIMIT 20 OFFSET 0"),
    ("DIP search q=anggaran: dip_publik (mod_sialip/dip.c)",
     "SELECT d.id, d.nomor, d.kategori, d.ringkasan, o.nama, d.tahun, b.mime "
     "FROM dip d JOIN opd o ON o.id = d.opd_id "
     "LEFT JOIN berkas b ON b.id = d.berkas_id WHERE "
     + DIP_SARING % {"kat": "''", "q": "'anggaran'"}
     + " ORDER BY d.tahun DESC, o.nama, d.nomor, d.id LIMIT 20 OFFSET 0"),
    ("archive first page: arsip_jumlah (mod_sialip/arsip.c)",
     "SELECT COUNT(*) FROM arsip a WHERE a.status = 'terbit' AND " + ARSIP_SARING),
    ("archive first page: arsip_daftar (mod_sialip/arsip.c)",
     ARSIP_KOLOM + " FROM arsip a WHERE a.status = 'terbit' AND " + ARSIP_SARING
     + " ORDER BY a.diputus DESC, a.permohonan_id DESC LIMIT 20 OFFSET 0"),
    ("archive search q=vaksinasi pontang: arsip_cari_jumlah2 (mod_sialip/arsip.c)",
     "SELECT COUNT(*) FROM (SELECT 1 FROM arsip_kata k" + ARSIP_J2 % "JOIN" + ARSIP_A
     + " WHERE k.kata = 'vaksinasi' AND a.status = 'terbit' LIMIT 1001) t"),
    ("archive search q=vaksinasi pontang: arsip_cari2 (mod_sialip/arsip.c)",
     ARSIP_KOLOM + " FROM (SELECT k.permohonan_id, k.diputus FROM arsip_kata k"
     + ARSIP_J2 % "STRAIGHT_JOIN" + ARSIP_A + " WHERE k.kata = 'vaksinasi' "
     "AND a.status = 'terbit' "
     "ORDER BY k.diputus DESC, k.permohonan_id DESC LIMIT 20 OFFSET 0) h "
     "STRAIGHT_JOIN arsip a ON a.permohonan_id = h.permohonan_id "
     "ORDER BY h.diputus DESC, h.permohonan_id DESC"),
    ("archive search page: arsip_opd_pilihan (mod_sialip/arsip.c)",
     "SELECT o.id, o.nama FROM opd o WHERE (SELECT ao.opd_id FROM arsip_opd ao "
     "WHERE ao.opd_id = o.id LIMIT 1) IS NOT NULL ORDER BY o.nama"),
    ("archive search page: arsip_tahun_pilihan (mod_sialip/arsip.c)",
     "WITH RECURSIVE y (t) AS (SELECT MAX(tahun) FROM arsip WHERE status = 'terbit' "
     "UNION ALL SELECT y.t - 1 FROM y WHERE y.t > (SELECT MIN(tahun) FROM arsip "
     "WHERE status = 'terbit')) SELECT t FROM y WHERE (SELECT a.tahun FROM arsip a "
     "WHERE a.status = 'terbit' AND a.tahun = y.t LIMIT 1) IS NOT NULL ORDER BY t DESC"),
    ("staff inbox, PPID Utama: kotak_daftar before 020, ordered on expressions",
     KOTAK % "p.status = 'selesai', tempo, p.id"),
    ("staff inbox, PPID Utama: kotak_daftar (mod_sialip/kotak.c) on the 020 index",
     KOTAK % "p.kotak_selesai, p.kotak_tempo, p.id"),
    ("dashboard: capaian (mod_inovasi/capaian_inovasi.c)",
     "SELECT i.id, ind.id, v.nilai, p.jenis, p.nomor "
     "FROM inovasi i JOIN inovasi_indikator ind ON ind.inovasi_id = i.id "
     "LEFT JOIN inovasi_laporan l ON l.id = ("
     " SELECT l2.id FROM inovasi_laporan l2 JOIN inovasi_periode p2 "
     " ON p2.id = l2.periode_id WHERE l2.inovasi_id = i.id "
     " AND l2.status = 'diverifikasi' ORDER BY p2.selesai DESC, p2.id DESC LIMIT 1) "
     "LEFT JOIN inovasi_periode p ON p.id = l.periode_id "
     "LEFT JOIN inovasi_laporan_nilai v ON v.laporan_id = l.id AND v.indikator_id = ind.id "
     "WHERE i.tahun = %(tahun)s ORDER BY i.id, "
     "FIELD(ind.dimensi, 'output', 'kemanfaatan', 'keberlanjutan'), ind.id"),
    ("dashboard: db_monitoring (mod_inovasi/dasbor.c)",
     "SELECT i.id, i.nama, o.singkatan, p.id, p.tenggat, l.status "
     "FROM inovasi i JOIN opd o ON o.id = i.opd_id "
     "JOIN inovasi_periode p ON p.tahun = i.tahun "
     "LEFT JOIN inovasi_laporan l ON l.inovasi_id = i.id AND l.periode_id = p.id "
     "WHERE i.tahun = %(tahun)s ORDER BY p.tenggat, o.singkatan, i.nama, i.id"),
    ("register export page of 500: reg_p_ekspor (mod_sialip/register.c)",
     "SELECT p.id, p.nomor, n.nomor, x.pasal17_huruf, "
     "(SELECT CAST(GROUP_CONCAT(o.singkatan ORDER BY o.singkatan SEPARATOR ', ') "
     "AS CHAR(1000)) FROM disposisi d JOIN opd o ON o.id = d.opd_id "
     "WHERE d.permohonan_id = p.id AND d.status <> 'dialihkan') "
     "FROM permohonan p LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "LEFT JOIN informasi_dikecualikan x ON x.id = n.dikecualikan_id "
     "WHERE p.tahun = 2025 AND p.diterima_pada >= '2024-12-31 17:00:00' "
     "AND p.diterima_pada < '2025-12-31 17:00:00' AND p.id > 20000 ORDER BY p.id LIMIT 500"),
    ("annual report page of 1000: lap_permohonan (mod_sialip/laporan.c)",
     "SELECT p.id, p.nomor, p.diterima_pada, p.hari_nol, p.jatuh_tempo, "
     "p.jatuh_tempo_perpanjangan, n.keputusan, n.diterbitkan_pada, x.pasal17_huruf "
     "FROM permohonan p LEFT JOIN pemberitahuan n ON n.permohonan_id = p.id "
     "LEFT JOIN informasi_dikecualikan x ON x.id = n.dikecualikan_id "
     "WHERE p.tahun = 2025 AND p.diterima_pada >= '2024-12-31 17:00:00' "
     "AND p.diterima_pada < '2025-12-31 17:00:00' AND p.id > 20000 ORDER BY p.id LIMIT 1000"),
]

COLUMNS = ("id", "select_type", "table", "type", "key", "rows", "Extra")


def table(cur):
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    out = [[str(r.get(c, "")) if r.get(c) is not None else "" for c in COLUMNS] for r in rows]
    widths = [max(len(c), *(len(r[i]) for r in out)) for i, c in enumerate(COLUMNS)]
    line = lambda cells: "  " + " | ".join(v.ljust(w) for v, w in zip(cells, widths))
    return "\n".join([line(COLUMNS)] + [line(r) for r in out])


def explain(conn, log=print):
    cur = conn.cursor()
    cur.execute("SELECT nomor, id, kode_hash FROM permohonan WHERE status = 'selesai' "
                "ORDER BY id LIMIT 1 OFFSET 5000")
    nomor, pid, kode_hash = cur.fetchone()
    cur.execute("SELECT COALESCE(MAX(tahun), 2026) FROM inovasi")
    tahun = cur.fetchone()[0]
    args = {"nomor": conn.escape(nomor), "pid": pid, "tahun": tahun,
            "hash": conn.escape(kode_hash)}
    for title, sql in QUERIES:
        sql = sql % args
        cur.execute("EXPLAIN " + sql)
        plan = table(cur)
        times = []
        if not sql.startswith("INSERT"):
            for _ in range(3):
                t0 = time.time()
                cur.execute(sql)
                cur.fetchall()
                times.append((time.time() - t0) * 1000)
        log("-- %s%s" % (title, "; %.2f ms (median of 3)" % sorted(times)[1] if times else ""))
        log(plan)
    conn.rollback()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--socket", required=True)
    ap.add_argument("--database", default="sialip")
    a = ap.parse_args()
    conn = pymysql.connect(unix_socket=a.socket, user="root", database=a.database,
                           charset="utf8mb4", autocommit=False)
    try:
        explain(conn)
    finally:
        conn.close()


if __name__ == "__main__":
    main()
