#!/usr/bin/python3
"""The status pages of two builds on one database, compared byte for byte:
a change meant to make the page cheaper must not change it.

    python3 tests/bench/status_banding.py TREE_A TREE_B

Each TREE is a source tree with `make all` and the bench's trivial handler
built; TREE_A's harness and data generator load N requests (default 3000),
then SQL adds what the generator does not make (messages with and without
an attachment, open clarifications with and without the clock stopped,
reopenings, per-part outcomes, documents with a notice) on some of the 600
listed pages.  Each build's Apache views every listed page with the cache
on and then off; the pages (their own address taken out) must be equal.
Not part of `make test`.
"""
import difflib
import os
import shutil
import sys
import tempfile
A, B = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
sys.path[:0] = [A + "/tests/bench", A + "/tests"]
import harness  # noqa: E402
import gen_data  # noqa: E402
import run_bench  # noqa: E402


def snap(tree, dest):
    os.makedirs(dest + "/bench")
    for so in ("mod_sialip.so", "mod_inovasi.so"):
        shutil.copy2(tree + "/build/" + so, dest)
    shutil.copytree(tree + "/build/views", dest + "/views")
    shutil.copy2(tree + "/build/bench/mod_bench_nol.so", dest + "/bench")
    return dest



def request_id(nomor):
    return "(SELECT id FROM permohonan WHERE nomor = '%s')" % nomor


w = tempfile.mkdtemp(prefix="sialip-banding-")
os.chmod(w, 0o755)
db = harness.MariaDB(w)
db.install()
db.start()
db.create_app_database()
pp = w + "/pairs.tsv"
gen_data.generate(db.socket, requests=int(os.environ.get("N", "3000")), pairs_path=pp,
                  pairs_n=600, log=lambda m: None)
pairs = [l.split() for l in open(pp) if l.strip()]


def ids(i):
    return request_id(pairs[i][0])


sql = []
# messages (with and without attachment), an open clarification, a reopening,
# per-part outcomes, documents with the notice, on some of the pairs
sql.append("INSERT INTO berkas (sha256, ukuran, mime, nama_asli, dibuat_pada) VALUES "
           "(REPEAT('a', 64), 2048, 'application/pdf', 'jawaban.pdf', UTC_TIMESTAMP());")
for i in range(1, 600, 7):
    sql.append("INSERT INTO pesan (permohonan_id, pengirim, jenis, isi, dikirim_pada, berkas_id) "
               "VALUES (%s, 'pemohon', 'pesan', 'Halo <b>&amp; pesan %d', UTC_TIMESTAMP(), %s);"
               % (ids(i), i, "NULL" if i % 2 else "(SELECT MAX(id) FROM berkas)"))
for i in range(3, 600, 11):
    sql.append("INSERT INTO pesan (permohonan_id, pengirim, pengguna_id, jenis, isi, dikirim_pada) "
               "VALUES (%s, 'petugas', (SELECT MIN(id) FROM pengguna), 'klarifikasi', 'Mohon jelaskan', "
               "UTC_TIMESTAMP());" % ids(i))
    sql.append("INSERT INTO klarifikasi (permohonan_id, pesan_id, diminta_pada, jeda) VALUES "
               "(%s, LAST_INSERT_ID(), UTC_TIMESTAMP(), %d);" % (ids(i), i % 2))
for i in range(5, 600, 13):
    sql.append("INSERT INTO pesan (permohonan_id, pengirim, pengguna_id, jenis, isi, dikirim_pada) "
               "VALUES (%s, 'petugas', (SELECT MIN(id) FROM pengguna), 'buka', 'Dibuka', "
               "UTC_TIMESTAMP());" % ids(i))
    sql.append("INSERT INTO permohonan_buka (permohonan_id, pesan_id, dibuka_pada, tindak_lanjut) "
               "VALUES (%s, LAST_INSERT_ID(), UTC_TIMESTAMP(), CURDATE() + INTERVAL 14 DAY);" % ids(i))
for i in range(2, 600, 9):
    sql.append("UPDATE disposisi SET keputusan_bagian = 'diberikan_sebagian', keterangan_bagian = "
               "'Sebagian' WHERE permohonan_id = %s AND status <> 'dialihkan' LIMIT 1;" % ids(i))
for i in range(4, 600, 10):
    sql.append("INSERT IGNORE INTO pemberitahuan_berkas (pemberitahuan_id, berkas_id) "
               "SELECT n.id, (SELECT MAX(id) FROM berkas) FROM pemberitahuan n "
               "WHERE n.permohonan_id = %s;" % ids(i))
db.sql("\n".join(sql))
print("states:", db.sql("SELECT (SELECT COUNT(*) FROM pesan), (SELECT COUNT(*) FROM klarifikasi), "
      "(SELECT COUNT(*) FROM permohonan_buka), (SELECT COUNT(*) FROM pemberitahuan_berkas), "
      "(SELECT COUNT(*) FROM keberatan), (SELECT COUNT(*) FROM disposisi WHERE keputusan_bagian IS NOT NULL);"))
pages = {}
for name, tree in (("A", A), ("B", B)):
    wd = w + "/" + name
    os.makedirs(wd)
    os.chmod(wd, 0o755)
    ap = run_bench.BenchApache(wd, db, snap(tree, wd + "/build"))
    ap.start()
    try:
        out = []
        for cache in ("", "SialipStatusCache none\n"):
            if cache:
                ap.reconfigure(cache)
            for nomor, kode in pairs:
                r = run_bench.requests.get(ap.url + "/ppid/permohonan/" + nomor,
                                           cookies={"sialip_kode_" + nomor: kode}, timeout=60)
                out.append((r.status_code, r.content.replace(ap.url.encode(), b"BASE")))
        pages[name] = out
    finally:
        ap.stop()
db.stop()
shutil.rmtree(w, ignore_errors=True)
diff = [i for i, (a, b) in enumerate(zip(pages["A"], pages["B"])) if a != b]
print("pages", len(pages["A"]), "different", len(diff),
      "statuses", sorted(set(s for s, _ in pages["A"])))
for i in diff[:3]:
    a, b = pages["A"][i][1].decode(), pages["B"][i][1].decode()
    print(pairs[i % len(pairs)][0], "".join(list(difflib.unified_diff(a.splitlines(1), b.splitlines(1)))[:40]))
sys.exit(1 if diff else 0)
