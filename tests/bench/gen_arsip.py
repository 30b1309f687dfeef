#!/usr/bin/python3
"""The public archive of the benchmark data set (issue 18): every answered
request of the set is published (3% withheld with a reason), its text the
request's details with a village and a kecamatan added, as an officer would
leave it; then, when that is fewer than --target published requests,
answered requests of 2024 (before the set's two years) are added and
published until the archive holds the target.  The 2024 requests are
finished, so no other scenario (the inbox, the register of the current
year, the 2025 report) sees them.

Working days taken are counted from day 0 to the notice's WIB day on the
hari_libur table, as the officer's publication step does.

usage: gen_arsip.py --socket /path/mysqld.sock [--database sialip] [--target 100000]
"""
import argparse
import datetime as dt
import hashlib
import random
import re
import time

import gen_data
from gen_data import (KECAMATAN, KEPUTUSAN, NAMA_BELAKANG, NAMA_DEPAN, OPD_WEIGHT,
                      PEKERJAAN, TOPIK, TUJUAN, UTAMA, WIB, Calendar, Loader, connect,
                      weighted)

# gen_data's decisions; a procedural refusal's possession is not weighed here.
PENGUASAAN = dict(gen_data.PENGUASAAN, ditolak_prosedural="tidak_dinilai")
# The words the archive's search finds a text by, split as
# mod_sialip/arsip_rules.c arsip_kata() does (keep the two in step).
UMUM = {b"saya", b"kami", b"ingin", b"mohon", b"meminta", b"minta", b"memohon", b"data",
        b"informasi", b"tentang", b"mengenai", b"yang", b"dan", b"atau", b"untuk", b"dari",
        b"dengan", b"pada", b"tahun", b"salinan", b"dokumen", b"terkait", b"serta", b"atas",
        b"bapak", b"ibu", b"terima", b"kasih"}
HURUF = re.compile(rb"[A-Za-z0-9\x80-\xff]+")


def kata(text):
    out = []
    for m in HURUF.finditer(text.encode("utf-8")):
        w = m.group(0).lower()
        if 3 <= len(w) <= 40 and w not in UMUM and w not in out:
            out.append(w)
    return [w.decode("utf-8") for w in out]


SUKU = ["Sindang", "Suka", "Cikeu", "Pasir", "Kadu", "Lebak", "Tegal", "Pancur",
        "Bojong", "Mekar", "Sinar", "Kramat", "Cibe", "Gunung", "Rawa", "Teluk",
        "Margasari", "Jaya", "Mulya", "Sari", "Asih", "Laksana", "Baru", "Wangi"]


def desa_names(rng, n=400):
    names = set()
    while len(names) < n:
        names.add(rng.choice(SUKU) + rng.choice(SUKU).lower())
    return sorted(names)


def working_days(cal, frm, to):
    n, d = 0, frm
    while d < to:
        d += dt.timedelta(days=1)
        n += cal.working(d)
    return n


def published_text(rng, rincian, desa):
    return "%s Lokasi: Desa %s, Kecamatan %s." % (rincian, rng.choice(desa),
                                                 rng.choice(KECAMATAN))


def top_up(db, rng, cal, n, utama, log):
    """n answered requests of 2024 (all finished), like the set's."""
    opds = {kode: oid for oid, kode in db.rows("SELECT id, kode FROM opd")}
    opd_pairs = [(opds[k], w) for k, w in OPD_WEIGHT.items() if k in opds]
    exempt = [r[0] for r in db.rows("SELECT pasal17_huruf FROM informasi_dikecualikan")] or ["h"]
    first = (db.scalar("SELECT COALESCE(MAX(id), 0) FROM permohonan") or 0) + 1
    seq0 = db.scalar("SELECT COALESCE(MAX(CAST(SUBSTRING(nomor, 6) AS UNSIGNED)), 0) "
                     "FROM permohonan WHERE tahun = 2024") or 0
    start = dt.datetime(2024, 1, 2, 1, 0)
    span = (dt.datetime(2024, 12, 20) - start).total_seconds()
    times = sorted(start + dt.timedelta(seconds=rng.uniform(0, span)) for _ in range(n))
    perm, disp, notice, out = [], [], [], []
    for i, received in enumerate(times):
        pid = first + i
        nomor = "2024-%06d" % (seq0 + i + 1)
        day0 = cal.day_zero(received)
        finished = received + dt.timedelta(days=rng.uniform(3, 14))
        nama = "%s %s" % (rng.choice(NAMA_DEPAN), rng.choice(NAMA_BELAKANG))
        topik = rng.choice(TOPIK)
        rincian = ("Mohon salinan %s tahun %d, rincian per kecamatan, termasuk dokumen "
                   "pendukung dan data %s." % (topik, 2024 - rng.randrange(0, 3),
                                               rng.choice(TOPIK)))
        perm.append((pid, nomor, 2024, hashlib.sha256(nomor.encode()).hexdigest(),
                     "perorangan", nama, "3604%012d" % rng.randrange(10 ** 12),
                     "Kp. %s, Kabupaten Serang" % rng.choice(KECAMATAN),
                     "0812%08d" % rng.randrange(10 ** 8), None, rng.choice(PEKERJAAN),
                     rincian, rng.choice(TUJUAN), "salinan_softcopy", "email", "web",
                     received, day0, cal.add(day0, 10), finished, "selesai"))
        oid = weighted(rng, opd_pairs)
        disp.append((pid, oid, "dijawab", "Data terlampir", utama, received, utama, finished))
        kep = weighted(rng, KEPUTUSAN)
        notice.append((pid, "PT-" + nomor, kep, PENGUASAAN[kep],
                       rng.choice(exempt) if kep == "ditolak_dikecualikan" else None,
                       utama, finished))
        out.append((pid, nomor, 2024, rincian, received, day0, kep,
                    rng.choice(exempt) if kep == "ditolak_dikecualikan" else None, finished))
    db.insert("permohonan",
              ["id", "nomor", "tahun", "kode_hash", "jenis_pemohon", "nama", "nik", "alamat",
               "telepon", "email", "pekerjaan", "rincian", "tujuan", "cara_memperoleh",
               "cara_salinan", "kanal", "diterima_pada", "hari_nol", "jatuh_tempo",
               "selesai_pada", "status"], perm)
    db.insert("disposisi",
              ["permohonan_id", "opd_id", "status", "jawaban", "dibuat_oleh", "dibuat_pada",
               "dijawab_oleh", "dijawab_pada"], disp)
    db.insert("pemberitahuan",
              ["permohonan_id", "nomor", "keputusan", "penguasaan", "kutip_pasal17",
               "diterbitkan_oleh", "diterbitkan_pada"], notice)
    db.cur.execute("INSERT INTO nomor_urut (jenis, tahun, terakhir) VALUES ('permohonan', "
                   "2024, %s) ON DUPLICATE KEY UPDATE terakhir = GREATEST(terakhir, "
                   "VALUES(terakhir))", (seq0 + n,))
    log("  archive: %d answered requests of 2024 added" % n)
    return out


def generate(socket, database="sialip", target=100000, seed=18, log=print):
    rng = random.Random(seed)
    conn = connect(socket, database)
    db = Loader(conn)
    t0 = time.time()
    try:
        cal = Calendar(d for (d,) in db.rows("SELECT tanggal FROM hari_libur WHERE libur = 1"))
        utama = db.scalar("SELECT id FROM pengguna WHERE username = %s", (UTAMA,))
        desa = desa_names(rng)
        answered = list(db.rows(
            "SELECT p.id, p.nomor, p.tahun, p.rincian, p.diterima_pada, p.hari_nol, "
            "n.keputusan, COALESCE(n.kutip_pasal17, k.pasal17_huruf), n.diterbitkan_pada "
            "FROM permohonan p JOIN pemberitahuan n ON n.permohonan_id = p.id "
            "LEFT JOIN informasi_dikecualikan k ON k.id = n.dikecualikan_id "
            "LEFT JOIN arsip a ON a.permohonan_id = p.id WHERE a.permohonan_id IS NULL"))
        have = db.scalar("SELECT COUNT(*) FROM arsip WHERE status = 'terbit'") or 0
        if have + int(len(answered) * 0.97) < target:
            answered += top_up(db, rng, cal, int((target - have) / 0.97) - len(answered) + 1,
                               utama, log)
        rows, published = [], 0
        for pid, nomor, tahun, rincian, received, day0, kep, huruf, notice in answered:
            if published + have >= target:
                status = "ditahan" if rng.random() < 0.5 else "terbit"
            else:
                status = "ditahan" if rng.random() < 0.03 else "terbit"
            published += status == "terbit"
            rows.append((pid, nomor, tahun, status,
                         published_text(rng, rincian, desa) if status == "terbit" else None,
                         "Memuat data pribadi pihak ketiga" if status == "ditahan" else None,
                         kep, huruf if kep == "ditolak_dikecualikan" else None,
                         (received + WIB).date(), (notice + WIB).date(),
                         working_days(cal, day0, (notice + WIB).date()), utama, notice))
        words = [(w, r[9], r[0]) for r in rows if r[4] for w in kata(r[4])]
        db.insert("arsip", ["permohonan_id", "nomor", "tahun", "status", "teks",
                            "alasan_tahan", "keputusan", "pasal17", "diterima", "diputus",
                            "hari_kerja", "diubah_oleh", "diubah_pada"], rows)
        db.insert("arsip_kata", ["kata", "diputus", "permohonan_id"], words)
        log("  archive: %d words indexed" % len(words))
        db.cur.execute("INSERT IGNORE INTO arsip_opd (permohonan_id, opd_id) "
                       "SELECT DISTINCT d.permohonan_id, d.opd_id FROM disposisi d "
                       "JOIN arsip a ON a.permohonan_id = d.permohonan_id "
                       "AND a.status = 'terbit' WHERE d.status <> 'dialihkan'")
        conn.commit()
        db.cur.execute("ANALYZE TABLE arsip, arsip_opd, arsip_kata")
        db.cur.fetchall()
        total = db.scalar("SELECT COUNT(*) FROM arsip WHERE status = 'terbit'")
        log("  archive: %d requests published, %d withheld, in %.1fs"
            % (total, db.scalar("SELECT COUNT(*) FROM arsip WHERE status = 'ditahan'"),
               time.time() - t0))
        return total
    finally:
        conn.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--socket", required=True)
    ap.add_argument("--database", default="sialip")
    ap.add_argument("--target", type=int, default=100000)
    a = ap.parse_args()
    generate(a.socket, a.database, a.target)


if __name__ == "__main__":
    main()
