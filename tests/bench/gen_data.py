#!/usr/bin/python3
"""Benchmark data set for SIALIP: 100,000 requests over 2025-2026, 500
published DIP entries and (when mod_inovasi's tables exist) 1,000
innovations with 10 indicators and 8 monitoring periods each.

Rows go in as multi-row INSERTs through PyMySQL (python3-pymysql) on the
MariaDB socket, with foreign and unique checks off during the load; the
whole set takes well under a minute.  The generator is deterministic for a
given --seed.

Requests are spread over the two years the way a regency PPID sees them:
mostly on working days in office hours (web also evenings and weekends),
growing a little from 2025 to 2026, over the five channels, three kinds of
applicant and sixteen OPDs (a few OPDs get most requests).  Finished
requests have their dispositions (answered), the written notice with its
outcome and audit rows; the ones still open are the recent ones plus a few
overdue.  Tracking codes are random 80-bit codes; only their SHA-256 is
stored, as the application does, and the codes of a known subset are
written to --pairs (number<TAB>code) for the status-page scenario.

usage: gen_data.py --socket /path/mysqld.sock [--database sialip]
                   [--requests 100000] [--pairs pairs.tsv] [--seed 7]
"""
import argparse
import bisect
import datetime as dt
import hashlib
import random
import sys
import tempfile
import time

import pymysql

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
WIB = dt.timedelta(hours=7)
CUTOFF_MINUTES = 16 * 60
NOTICE_DAYS = 10          # SIALIP_HARI_PEMBERITAHUAN
EXTENSION_DAYS = 7
START = dt.datetime(2025, 1, 1)

# Who the fixtures create (run_bench.py logs in with these).
UTAMA = "bench.utama"
EVALUATOR = "bench.evaluator"
PIMPINAN = "bench.pimpinan"

# Relative weight of each OPD (by kode) as a destination of requests.
OPD_WEIGHT = {
    "dindik": 14, "dinkes": 13, "dpupr": 12, "setda": 9, "bpkad": 8,
    "disdukcapil": 7, "dinsos": 7, "dpmptsp": 6, "dlh": 5, "dishub": 4,
    "bappeda": 4, "dpkp": 3, "distan": 3, "bkpsdm": 2, "inspektorat": 2,
    "diskominfo": 1,
}
KANAL = [("web", 55), ("datang", 20), ("surat", 10), ("email", 12), ("telepon", 3)]
JENIS = [("perorangan", 85), ("kelompok", 7), ("badan_hukum", 8)]
CARA_MEMPEROLEH = [("salinan_softcopy", 60), ("salinan_hardcopy", 15), ("melihat", 8),
                   ("membaca", 8), ("mencatat", 5), ("mendengarkan", 4)]
CARA_SALINAN = [("email", 45), ("unduh", 20), ("mengambil_langsung", 20),
                ("pos", 8), ("kurir", 5), ("faksimili", 2)]
KEPUTUSAN = [("diberikan_seluruhnya", 62), ("diberikan_sebagian", 14),
             ("ditolak_dikecualikan", 6), ("tidak_dikuasai", 10),
             ("belum_dikuasai", 5), ("ditolak_prosedural", 3)]
PENGUASAAN = {"diberikan_seluruhnya": "dikuasai", "diberikan_sebagian": "dikuasai",
              "ditolak_dikecualikan": "dikuasai", "tidak_dikuasai": "tidak_dikuasai",
              "belum_dikuasai": "belum_didokumentasikan",
              "ditolak_prosedural": "dikuasai"}

NAMA_DEPAN = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Nur", "Eko", "Sri",
              "Dedi", "Yuli", "Hendra", "Wati", "Asep", "Lina", "Iwan", "Fitri",
              "Rudi", "Ratna", "Joko", "Ayu", "Bambang", "Maya", "Ujang", "Euis"]
NAMA_BELAKANG = ["Aminah", "Hidayat", "Lestari", "Santoso", "Marlina", "Saputra",
                 "Hasanah", "Prasetyo", "Wahyuni", "Kurniawan", "Rahmawati",
                 "Setiawan", "Suryani", "Nugraha", "Permata", "Sulaeman", "Maulana"]
KECAMATAN = ["Ciruas", "Kramatwatu", "Cikande", "Kibin", "Anyar", "Pontang",
             "Tirtayasa", "Baros", "Petir", "Pabuaran", "Waringinkurung", "Cinangka",
             "Padarincang", "Pamarayan", "Kopo", "Tunjung Teja", "Jawilan"]
PEKERJAAN = ["Guru", "Mahasiswa", "Wiraswasta", "Petani", "Wartawan", "Peneliti",
             "Karyawan swasta", "Pengurus LSM", "Ibu rumah tangga", "Pedagang",
             "Advokat", "Aparat desa"]
TOPIK = ["anggaran pendidikan", "realisasi APBD", "data penerima bantuan sosial",
         "izin mendirikan bangunan", "rencana tata ruang wilayah",
         "pengadaan barang dan jasa", "jumlah tenaga kesehatan puskesmas",
         "pemeliharaan jalan kabupaten", "dana desa", "laporan keuangan daerah",
         "data kependudukan kecamatan", "hasil uji kualitas air sungai",
         "jadwal angkutan umum", "program vaksinasi", "rekrutmen PPPK",
         "laporan hasil pemeriksaan inspektorat", "izin usaha industri",
         "bantuan benih dan pupuk", "rumah tidak layak huni", "sampah dan TPA"]
TUJUAN = ["Bahan penelitian skripsi", "Bahan pemberitaan", "Pengawasan masyarakat",
          "Keperluan pribadi", "Bahan advokasi warga", "Perencanaan usaha",
          "Bahan diskusi forum warga", "Tugas kuliah"]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def new_code(rng):
    return "".join(rng.choice(CROCKFORD) for _ in range(16))


def printed(code):
    return "-".join(code[i:i + 4] for i in range(0, 16, 4))


class Calendar:
    """Working days as the application counts them: Monday to Friday minus
    the hari_libur rows with libur = 1."""

    def __init__(self, holidays):
        self.holidays = set(holidays)

    def working(self, d):
        return d.weekday() < 5 and d not in self.holidays

    def next_working(self, d):
        d += dt.timedelta(days=1)
        while not self.working(d):
            d += dt.timedelta(days=1)
        return d

    def day_zero(self, received_utc):
        wib = received_utc + WIB
        d = wib.date()
        if not self.working(d) or wib.hour * 60 + wib.minute >= CUTOFF_MINUTES:
            return self.next_working(d)
        return d

    def add(self, d, n):
        for _ in range(n):
            d = self.next_working(d)
        return d


def received_times(rng, cal, n, now):
    """n receipt times (UTC), sorted, spread over START..now: working days
    and office hours mostly; web requests also evenings and weekends; a
    slow rise over the two years."""
    days = []
    d = START.date()
    while dt.datetime.combine(d, dt.time()) < now:
        growth = 1.0 + 0.35 * (d - START.date()).days / 700.0
        days.append((d, (1.0 if cal.working(d) else 0.12) * growth))
        d += dt.timedelta(days=1)
    cum, acc = [], 0.0
    for _, w in days:
        acc += w
        cum.append(acc)
    out = []
    for _ in range(n):
        i = bisect.bisect_left(cum, rng.uniform(0, acc))
        day = days[min(i, len(days) - 1)][0]
        if rng.random() < 0.8:
            minute = int(rng.triangular(7 * 60 + 30, 16 * 60 + 30, 10 * 60))
        else:
            minute = rng.randrange(0, 24 * 60)
        wib = dt.datetime.combine(day, dt.time()) + dt.timedelta(
            minutes=minute, seconds=rng.randrange(60))
        utc = wib - WIB
        if utc >= now:
            utc = now - dt.timedelta(minutes=rng.randrange(1, 600))
        out.append(utc)
    out.sort()
    return out


def tsv_value(v):
    """One field in LOAD DATA's default format (tab-separated, backslash
    escapes, \\N for NULL)."""
    if v is None:
        return "\\N"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return (v.replace("\\", "\\\\").replace("\t", "\\t")
                .replace("\n", "\\n").replace("\r", "\\r"))
    return str(v)


class Loader:
    """Multi-row INSERTs for small tables; LOAD DATA LOCAL INFILE from a
    temporary tab-separated file for the big ones (several times faster
    than escaping every value through the client library)."""

    def __init__(self, conn, batch=2000, bulk=5000):
        self.conn = conn
        self.batch = batch
        self.bulk = bulk
        self.cur = conn.cursor()

    def insert(self, table, columns, rows):
        if len(rows) >= self.bulk:
            return self.load_data(table, columns, rows)
        sql = "INSERT INTO %s (%s) VALUES (%s)" % (
            table, ", ".join(columns), ", ".join(["%s"] * len(columns)))
        for i in range(0, len(rows), self.batch):
            # PyMySQL turns a plain INSERT ... VALUES into one multi-row
            # statement per call.
            self.cur.executemany(sql, rows[i:i + self.batch])

    def load_data(self, table, columns, rows):
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".tsv") as f:
            for row in rows:
                f.write("\t".join(tsv_value(v) for v in row))
                f.write("\n")
            f.flush()
            self.cur.execute(
                "LOAD DATA LOCAL INFILE %%s INTO TABLE %s CHARACTER SET utf8mb4 (%s)"
                % (table, ", ".join(columns)), (f.name,))
            if self.cur.rowcount != len(rows):
                raise RuntimeError("LOAD DATA into %s: %d of %d rows"
                                   % (table, self.cur.rowcount, len(rows)))

    def scalar(self, sql, args=None):
        self.cur.execute(sql, args)
        row = self.cur.fetchone()
        return row[0] if row else None

    def rows(self, sql, args=None):
        self.cur.execute(sql, args)
        return self.cur.fetchall()


def ensure_user(db, username, nama, roles, opd_id=None):
    """A staff user with a known bcrypt hash (cost 10, as htpasswd -B)."""
    from harness import bcrypt_hash  # noqa: E402 (tests/ is on sys.path)
    uid = db.scalar("SELECT id FROM pengguna WHERE username = %s", (username,))
    if uid is None:
        db.cur.execute("INSERT INTO pengguna (username, nama, password_hash, opd_id) "
                       "VALUES (%s, %s, %s, %s)",
                       (username, nama, bcrypt_hash(BENCH_PASSWORD), opd_id))
        uid = db.cur.lastrowid
        for r in roles:
            db.cur.execute("INSERT INTO pengguna_peran (pengguna_id, peran) "
                           "VALUES (%s, %s)", (uid, r))
    return uid


BENCH_PASSWORD = "bench-kata-sandi-2026"


def table_exists(db, name):
    return db.scalar("SELECT COUNT(*) FROM information_schema.tables "
                     "WHERE table_schema = DATABASE() AND table_name = %s",
                     (name,)) == 1


def gen_requests(db, rng, n, pairs_path, pairs_n, now, log):
    cal = Calendar(d for (d,) in db.rows("SELECT tanggal FROM hari_libur WHERE libur = 1"))
    opds = {kode: oid for oid, kode in db.rows("SELECT id, kode FROM opd")}
    opd_pairs = [(opds[k], w) for k, w in OPD_WEIGHT.items() if k in opds]
    utama = ensure_user(db, UTAMA, "PPID Utama (bench)", ["ppid_utama", "admin"])
    atasan = ensure_user(db, "bench.atasan", "Atasan PPID (bench)", ["atasan_ppid"])
    pelaksana = {}
    for kode, oid in opds.items():
        pelaksana[oid] = ensure_user(db, "bench.pelaksana." + kode,
                                     "PPID Pelaksana " + kode, ["ppid_pelaksana"], oid)
    # A few exempt-information decisions for the refusals to point at.
    if db.scalar("SELECT COUNT(*) FROM informasi_dikecualikan") == 0:
        db.insert("informasi_dikecualikan",
                  ["opd_id", "informasi", "pasal17_huruf", "dasar_hukum", "konsekuensi",
                   "jangka_waktu", "berlaku_sampai", "ditetapkan_pada", "dibuat_oleh"],
                  [(oid, "Dokumen %d yang dikecualikan" % i, "abcdefghij"[i % 10],
                    "UU 14/2008 Pasal 17", "Membahayakan kepentingan yang dilindungi",
                    "5 tahun", dt.date(2029, 12, 31), dt.date(2024, 6, 1), utama)
                   for i, oid in enumerate(list(opds.values())[:8])])
    exempt_ids = [r[0] for r in db.rows("SELECT id FROM informasi_dikecualikan")]

    t0 = time.time()
    times = received_times(rng, cal, n, now)
    today = (now + WIB).date()
    seq = {}
    perm, disp, notice, audit = [], [], [], []
    keberatan = []
    pairs = []
    next_perm_id = (db.scalar("SELECT COALESCE(MAX(id), 0) FROM permohonan") or 0) + 1
    next_disp_id = (db.scalar("SELECT COALESCE(MAX(id), 0) FROM disposisi") or 0) + 1
    for i, received in enumerate(times):
        pid = next_perm_id + i
        year = (received + WIB).year
        seq[year] = seq.get(year, 0) + 1
        nomor = "%d-%06d" % (year, seq[year])
        code = new_code(rng)
        if pairs_n and i % max(1, n // pairs_n) == 0 and len(pairs) < pairs_n:
            pairs.append((nomor, printed(code)))
        jenis = weighted(rng, JENIS)
        kanal = weighted(rng, KANAL)
        nama = "%s %s" % (rng.choice(NAMA_DEPAN), rng.choice(NAMA_BELAKANG))
        nik = "3604%012d" % rng.randrange(10 ** 12) if jenis != "badan_hukum" else None
        nbh = ("AHU-%07d.AH.01.07.%d" % (rng.randrange(10 ** 7), year - 1)
               if jenis == "badan_hukum" else None)
        if jenis == "badan_hukum":
            nama = rng.choice(["Yayasan", "CV", "PT", "Perkumpulan"]) + " " + \
                rng.choice(NAMA_BELAKANG) + " " + rng.choice(KECAMATAN)
        alamat = "Kp. %s RT %03d/RW %03d, Kec. %s, Kabupaten Serang" % (
            rng.choice(KECAMATAN), rng.randrange(1, 20), rng.randrange(1, 12),
            rng.choice(KECAMATAN))
        telepon = "08%d-%04d-%04d" % (rng.randrange(11, 99), rng.randrange(10000),
                                     rng.randrange(10000)) if rng.random() < 0.9 else None
        email = ("%s.%d@example.id" % (nama.split()[0].lower(), rng.randrange(1000))
                 if telepon is None or rng.random() < 0.6 else None)
        topik = rng.choice(TOPIK)
        rincian = "Mohon salinan %s tahun %d, rincian per kecamatan, termasuk " \
                  "dokumen pendukung dan data %s." % (topik, year - rng.randrange(0, 3),
                                                      rng.choice(TOPIK))
        tujuan = rng.choice(TUJUAN)
        day0 = cal.day_zero(received)
        due = cal.add(day0, NOTICE_DAYS)
        extended = rng.random() < 0.05
        due_ext = cal.add(due, EXTENSION_DAYS) if extended else None
        final_due = due_ext or due
        # How far along: old requests are finished (a few are overdue and
        # still open), recent ones are anywhere in the flow.
        age = (today - day0).days
        r = rng.random()
        if age > 25:
            status = "selesai" if r < 0.965 else ("didisposisi" if r < 0.99 else "diterima")
        elif age > 7:
            status = "selesai" if r < 0.6 else ("didisposisi" if r < 0.9 else "diterima")
        else:
            status = "selesai" if r < 0.1 else ("didisposisi" if r < 0.5 else "diterima")
        d_disp = received + dt.timedelta(hours=rng.uniform(2, 40))
        answered = min(received + dt.timedelta(days=rng.uniform(3, 13)),
                       now - dt.timedelta(minutes=5))
        finished = None
        if status == "selesai":
            finished = min(answered + dt.timedelta(hours=rng.uniform(1, 30)),
                           now - dt.timedelta(minutes=1))
        recorder = None if kanal == "web" else utama
        perm.append((pid, nomor, year, hashlib.sha256(code.encode()).hexdigest(),
                     jenis, nama, nik, nbh, alamat, telepon, email,
                     rng.choice(PEKERJAAN), rincian, tujuan,
                     weighted(rng, CARA_MEMPEROLEH), weighted(rng, CARA_SALINAN), kanal,
                     received, day0, due, due_ext,
                     "Informasi yang diminta tersebar di beberapa OPD" if extended else None,
                     d_disp + dt.timedelta(days=2) if extended else None,
                     finished, status, recorder))
        aktor = "pemohon" if recorder is None else UTAMA
        audit.append((received, recorder, aktor, "ajukan", "permohonan", nomor, None,
                      "Permohonan diterima melalui " + kanal, 1, "10.%d.%d.%d" % (
                          rng.randrange(256), rng.randrange(256), rng.randrange(256)),
                      pid))
        if status != "diterima":
            targets = [weighted(rng, opd_pairs)]
            if rng.random() < 0.2:
                other = weighted(rng, opd_pairs)
                if other not in targets:
                    targets.append(other)
            for oid in targets:
                done = status == "selesai" or rng.random() < 0.3
                disp.append((next_disp_id, pid, oid, "dijawab" if done else "menunggu",
                             "Mohon disiapkan bagian yang dikuasai OPD",
                             "Data terlampir" if done else None, utama, d_disp,
                             pelaksana[oid] if done else None, answered if done else None))
                next_disp_id += 1
                if done:
                    audit.append((answered, pelaksana[oid], "bench.pelaksana", "jawab_bagian",
                                  "permohonan", nomor, None, "Jawaban OPD", 0, "127.0.0.1", pid))
            audit.append((d_disp, utama, UTAMA, "disposisi", "permohonan", nomor, "diterima",
                          "Diteruskan ke PPID Pelaksana", 1, "127.0.0.1", pid))
            if extended:
                audit.append((d_disp + dt.timedelta(days=2), utama, UTAMA, "perpanjang",
                              "permohonan", nomor, "jatuh tempo %s" % due,
                              "jatuh tempo %s" % due_ext, 1, "127.0.0.1", pid))
        if status == "selesai":
            kep = weighted(rng, KEPUTUSAN)
            given = kep.startswith("diberikan")
            notice.append((pid, "PT-" + nomor, kep, PENGUASAAN[kep],
                           "Salinan %s" % topik if given else None,
                           "Data pribadi penerima" if kep == "diberikan_sebagian" else None,
                           "Pasal 17 huruf h" if kep == "diberikan_sebagian" else None,
                           rng.choice(exempt_ids) if kep == "ditolak_dikecualikan" else None,
                           "Pemerintah Provinsi Banten" if kep == "tidak_dikuasai" else None,
                           "30 hari kerja" if kep == "belum_dikuasai" else None,
                           "Permohonan tidak memuat rincian yang cukup"
                           if kep == "ditolak_prosedural" else None,
                           ("softcopy" if rng.random() < 0.8 else "hardcopy") if given else None,
                           "email" if given else None,
                           0 if not given or rng.random() < 0.85 else 500 * rng.randrange(4, 60),
                           utama, finished))
            audit.append((finished, utama, UTAMA, "pemberitahuan", "permohonan", nomor,
                          "didisposisi", "Pemberitahuan tertulis PT-%s diterbitkan" % nomor,
                          1, "127.0.0.1", pid))
            if kep in ("ditolak_dikecualikan", "diberikan_sebagian") and rng.random() < 0.15 \
                    and finished + dt.timedelta(days=3) < now:
                k_at = finished + dt.timedelta(days=rng.uniform(1, 10))
                k_at = min(k_at, now - dt.timedelta(minutes=1))
                keberatan.append((year, pid, k_at, cal.day_zero(k_at), nomor, kep))
    log("  requests generated in %.1fs" % (time.time() - t0))

    kseq, krows = {}, []
    for year, pid, k_at, k0, nomor, kep in sorted(keberatan, key=lambda k: k[2]):
        ky = (k_at + WIB).year
        kseq[ky] = kseq.get(ky, 0) + 1
        kno = "K-%d-%04d" % (ky, kseq[ky])
        decided = k_at + dt.timedelta(days=20) < now
        krows.append((kno, ky, pid, "a" if kep == "ditolak_dikecualikan" else "b",
                      "Saya keberatan atas keputusan tersebut", k_at, k0, cal.add(k0, 30),
                      "diputus" if decided else "diterima",
                      ("ditolak" if rng.random() < 0.7 else "dikabulkan") if decided else None,
                      "Pertimbangan Atasan PPID" if decided else None,
                      atasan if decided else None,
                      k_at + dt.timedelta(days=18) if decided else None))
        audit.append((k_at, None, "pemohon", "ajukan", "keberatan", kno, None,
                      "Keberatan diterima", 1, "127.0.0.1", pid))
    audit.sort(key=lambda a: a[0])
    if pairs_path:
        with open(pairs_path, "w") as f:
            for nomor, code in pairs:
                f.write("%s\t%s\n" % (nomor, code))
    rs = RequestSet(next_perm_id, perm, disp, notice, krows, audit)
    rs.pairs = pairs
    return rs


class RequestSet:
    """The generated requests and everything hanging off them, loaded in
    slices by request id (the oldest first), so a measurement can run on
    the first 10,000 before the rest goes in."""

    def __init__(self, first_id, perm, disp, notice, krows, audit):
        self.first_id = first_id
        self.perm, self.disp, self.notice = perm, disp, notice
        self.krows, self.audit = krows, audit
        self.loaded = 0

    def __len__(self):
        return len(self.perm)

    def load(self, db, upto, log):
        t0 = time.time()
        lo, hi = self.first_id + self.loaded, self.first_id + min(upto, len(self.perm))
        pick = lambda rows, k: [r for r in rows if lo <= r[k] < hi]
        perm = pick(self.perm, 0)
        disp = pick(self.disp, 1)
        notice = pick(self.notice, 0)
        krows = pick(self.krows, 2)
        audit = [r[:-1] for r in self.audit if lo <= r[-1] < hi]
        db.insert("permohonan",
                  ["id", "nomor", "tahun", "kode_hash", "jenis_pemohon", "nama", "nik",
                   "nomor_badan_hukum", "alamat", "telepon", "email", "pekerjaan",
                   "rincian", "tujuan", "cara_memperoleh", "cara_salinan", "kanal",
                   "diterima_pada", "hari_nol", "jatuh_tempo", "jatuh_tempo_perpanjangan",
                   "alasan_perpanjangan", "diperpanjang_pada", "selesai_pada", "status",
                   "dicatat_oleh"], perm)
        db.insert("disposisi",
                  ["id", "permohonan_id", "opd_id", "status", "catatan", "jawaban",
                   "dibuat_oleh", "dibuat_pada", "dijawab_oleh", "dijawab_pada"], disp)
        db.insert("pemberitahuan",
                  ["permohonan_id", "nomor", "keputusan", "penguasaan",
                   "informasi_diberikan", "bagian_dihitamkan", "alasan_penghitaman",
                   "dikecualikan_id", "diteruskan_ke", "janji_waktu", "alasan_prosedural",
                   "bentuk", "cara_penyampaian", "biaya", "diterbitkan_oleh",
                   "diterbitkan_pada"], notice)
        db.insert("keberatan",
                  ["nomor", "tahun", "permohonan_id", "alasan", "uraian", "diterima_pada",
                   "hari_nol", "jatuh_tempo", "status", "putusan", "alasan_putusan",
                   "diputus_oleh", "diputus_pada"], krows)
        db.insert("audit", ["waktu", "pengguna_id", "aktor", "aksi", "objek", "objek_id",
                            "sebelum", "sesudah", "publik", "ip"], audit)
        last = {}
        for row in perm:
            last[row[2]] = max(last.get(row[2], 0), int(row[1][5:]))
        for year, n in last.items():
            db.cur.execute("INSERT INTO nomor_urut (jenis, tahun, terakhir) VALUES "
                           "('permohonan', %s, %s) ON DUPLICATE KEY UPDATE "
                           "terakhir = GREATEST(terakhir, VALUES(terakhir))", (year, n))
        db.conn.commit()
        self.loaded = hi - self.first_id
        log("  loaded %d requests, %d dispositions, %d notices, %d objections, "
            "%d audit rows in %.1fs" % (len(perm), len(disp), len(notice), len(krows),
                                        len(audit), time.time() - t0))


DIP_JUDUL = ["Rencana Kerja", "Laporan Kinerja", "Daftar Aset", "Rencana Anggaran",
             "Laporan Realisasi Anggaran", "Profil", "Standar Pelayanan",
             "Data Statistik Sektoral", "Rencana Strategis", "Laporan Keuangan",
             "Daftar Pengadaan", "Peraturan dan Keputusan", "Jadwal Kegiatan",
             "Laporan Penyelenggaraan Pemerintahan", "Data Penerima Program"]


def gen_dip(db, rng, n, log):
    t0 = time.time()
    opds = [(oid, kode, singkatan) for oid, kode, singkatan in
            db.rows("SELECT id, kode, singkatan FROM opd ORDER BY id")]
    utama = db.scalar("SELECT id FROM pengguna WHERE username = %s", (UTAMA,))
    per_opd = {}
    rows = []
    now = dt.datetime.utcnow()
    for i in range(n):
        oid, kode, singkatan = opds[i % len(opds)]
        per_opd[oid] = per_opd.get(oid, 0) + 1
        tahun = rng.choice([2024, 2025, 2025, 2026, 2026, 2026])
        judul = rng.choice(DIP_JUDUL)
        topik = rng.choice(TOPIK)
        upd = now - dt.timedelta(days=rng.uniform(1, 600))
        rows.append((oid, "DIP-%s-%03d" % (kode.upper(), per_opd[oid]),
                     rng.choice(["berkala", "berkala", "setiap_saat", "serta_merta"]),
                     "%s %s tahun %d: %s" % (judul, singkatan, tahun, topik),
                     "Kepala " + singkatan, "Sekretaris " + singkatan,
                     "Kantor %s, Serang; sepanjang tahun" % singkatan,
                     rng.choice(["cetak", "elektronik", "cetak dan elektronik"]),
                     rng.choice(["5 tahun", "10 tahun", "permanen"]), tahun,
                     "https://serangkab.go.id/dip/%d" % i if rng.random() < 0.5 else None,
                     "terbit", upd, upd + dt.timedelta(days=1), utama))
    db.insert("dip", ["opd_id", "nomor", "kategori", "ringkasan", "pejabat_penguasa",
                      "penanggung_jawab", "waktu_tempat", "bentuk", "retensi", "tahun",
                      "tautan", "status", "dimutakhirkan_pada", "diterbitkan_pada",
                      "dibuat_oleh"], rows)
    log("  loaded %d DIP entries in %.1fs" % (len(rows), time.time() - t0))


INOVASI_TABLES = ("inovasi_indikator", "inovasi_periode", "inovasi_laporan",
                  "inovasi_laporan_nilai")


def gen_inovasi(db, rng, n, year, log):
    missing = [t for t in INOVASI_TABLES if not table_exists(db, t)]
    if missing:
        log("  innovations SKIPPED: mod_inovasi tables missing (%s)" % ", ".join(missing))
        return False
    t0 = time.time()
    opds = [oid for (oid,) in db.rows("SELECT id FROM opd ORDER BY id")]
    evaluators = [ensure_user(db, EVALUATOR, "Evaluator Bappeda (bench)", ["evaluator"])]
    ensure_user(db, PIMPINAN, "Pimpinan daerah (bench)", ["pimpinan"])
    for k in (2, 3):
        evaluators.append(ensure_user(db, "bench.evaluator%d" % k, "Evaluator %d" % k,
                                      ["evaluator"]))
    first = (db.scalar("SELECT COALESCE(MAX(id), 0) FROM inovasi") or 0) + 1
    now = dt.datetime.utcnow()
    inov = []
    for i in range(n):
        tahapan = rng.choice(["inisiatif", "uji_coba", "penerapan", "penerapan"])
        inov.append((first + i, opds[rng.randrange(len(opds))], year,
                     "Inovasi %s %d" % (rng.choice(TOPIK), i + 1),
                     rng.choice(["tata_kelola", "pelayanan_publik", "lainnya"]),
                     rng.choice(["digital", "non_digital"]), tahapan,
                     "Ringkasan inovasi %d: %s" % (i + 1, rng.choice(TOPIK)),
                     1 if rng.random() < 0.6 else 0,
                     dt.date(year - 1, rng.randrange(1, 13), 1) if tahapan != "inisiatif" else None,
                     dt.date(year - 1, 6, 1) if tahapan == "penerapan" else None,
                     "Pelayanan umum", now, now))
    db.insert("inovasi", ["id", "opd_id", "tahun", "nama", "bentuk", "jenis", "tahapan",
                          "ringkasan", "terbit", "tanggal_uji_coba", "tanggal_penerapan",
                          "urusan", "dibuat_pada", "diubah_pada"], inov)
    # 10 indicators: 4 output, 3 kemanfaatan, 3 keberlanjutan (weights add
    # up to 100 within each dimension).
    shape = [("output", 25)] * 4 + [("kemanfaatan", 40), ("kemanfaatan", 30),
                                    ("kemanfaatan", 30)] + \
            [("keberlanjutan", 50), ("keberlanjutan", 25), ("keberlanjutan", 25)]
    first_ind = (db.scalar("SELECT COALESCE(MAX(id), 0) FROM inovasi_indikator") or 0) + 1
    ind = []
    for k in range(n):
        for j, (dim, bobot) in enumerate(shape):
            base = rng.randrange(0, 50)
            ind.append((first_ind + len(ind), first + k, dim, "Indikator %d" % (j + 1),
                        rng.choice(["orang", "persen", "dokumen", "hari"]),
                        base, base + rng.randrange(10, 100),
                        "naik" if rng.random() < 0.85 else "turun", bobot))
    db.insert("inovasi_indikator", ["id", "inovasi_id", "dimensi", "nama", "satuan",
                                    "baseline", "target", "arah", "bobot"], ind)
    # 8 quarterly periods: the year before and this year.
    periods = []
    for y in (year - 1, year):
        for q in range(1, 5):
            pid = db.scalar("SELECT id FROM inovasi_periode WHERE tahun = %s AND "
                            "jenis = 'triwulan' AND nomor = %s", (y, q))
            start = dt.date(y, 3 * q - 2, 1)
            end = (dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1))
            due = end + dt.timedelta(days=15)
            if pid is None:
                db.cur.execute("INSERT INTO inovasi_periode (tahun, jenis, nomor, mulai, "
                               "selesai, tenggat) VALUES (%s, 'triwulan', %s, %s, %s, %s)",
                               (y, q, start, end, due))
                pid = db.cur.lastrowid
            periods.append((pid, end, due))
    first_lap = (db.scalar("SELECT COALESCE(MAX(id), 0) FROM inovasi_laporan") or 0) + 1
    lap, nilai = [], []
    for k in range(n):
        for pid, end, due in periods:
            lid = first_lap + len(lap)
            made = dt.datetime.combine(min(end, now.date()), dt.time(3))
            if due < now.date():
                status = "diverifikasi" if rng.random() < 0.85 else \
                    rng.choice(["diajukan", "dikembalikan"])
            else:
                status = rng.choice(["draf", "draf", "diajukan"])
            sub = made + dt.timedelta(days=rng.uniform(1, 20)) \
                if status != "draf" else None
            sub = min(sub, now) if sub else None
            lap.append((lid, first + k, pid, status, "Narasi capaian periode", made,
                        sub or made, sub, sub if status == "diverifikasi" else None,
                        evaluators[0] if status == "diverifikasi" else None))
            for j in range(10):
                row = ind[k * 10 + j]
                v = row[5] + (row[6] - row[5]) * rng.uniform(0.1, 1.2)
                nilai.append((lid, row[0], round(v, 2),
                              "https://serangkab.go.id/bukti/%d/%d" % (lid, j)
                              if rng.random() < 0.3 else None))
    db.insert("inovasi_laporan", ["id", "inovasi_id", "periode_id", "status", "narasi",
                                  "dibuat_pada", "diubah_pada", "diajukan_pada",
                                  "diverifikasi_pada", "verifikator_id"], lap)
    db.insert("inovasi_laporan_nilai", ["laporan_id", "indikator_id", "nilai",
                                        "bukti_tautan"], nilai)
    scored = 0
    if table_exists(db, "inovasi_penilaian") and table_exists(db, "inovasi_kriteria"):
        if not db.scalar("SELECT COUNT(*) FROM inovasi_kriteria WHERE tahun = %s", (year,)):
            db.cur.execute("INSERT INTO inovasi_kriteria (tahun, urutan, nama, bobot) "
                           "SELECT %s, urutan, nama, bobot FROM inovasi_kriteria "
                           "WHERE tahun = (SELECT MAX(tahun) FROM inovasi_kriteria)", (year,))
        crit = [c for (c,) in db.rows("SELECT id FROM inovasi_kriteria WHERE tahun = %s "
                                      "ORDER BY urutan", (year,))]
        pen = []
        for k in range(n):
            if rng.random() < 0.7:
                for ev in evaluators:
                    for cid in crit:
                        pen.append((first + k, cid, ev, rng.randrange(20, 96),
                                    "Bukti dokumen dan kunjungan lapangan", now))
                scored += 1
        db.insert("inovasi_penilaian", ["inovasi_id", "kriteria_id", "evaluator_id",
                                        "skor", "catatan", "diubah_pada"], pen)
    log("  loaded %d innovations, %d indicators, %d reports, %d values, %d scored, "
        "in %.1fs" % (len(inov), len(ind), len(lap), len(nilai), scored, time.time() - t0))
    gen_iid(db, rng, [row[0] for row in inov], year, evaluators[0], now, log)
    return True


def gen_iid(db, rng, ids, year, user, now, log):
    """The year's IID (109_iid.sql): the catalogue copied from the latest
    earlier year, every innovation reported (2% rejected) with evidence for
    each SID indicator (mostly verified, some only claimed), and the
    regency's SPD evidence: the dashboard's simulation at full size."""
    if not table_exists(db, "iid_bukti"):
        log("  IID SKIPPED: the IID tables are missing")
        return
    if not db.scalar("SELECT COUNT(*) FROM iid_indikator WHERE tahun = %s", (year,)):
        src = db.scalar("SELECT MAX(tahun) FROM iid_indikator WHERE tahun < %s", (year,))
        db.cur.execute("INSERT INTO iid_tahun (tahun, pembagi_min, sumber) SELECT %s, "
                       "pembagi_min, 'bench' FROM iid_tahun WHERE tahun = %s", (year, src))
        db.cur.execute("INSERT INTO iid_indikator (tahun, nomor, aspek, nama, p1, p2, p3, "
                       "skor_p1, skor_p2, skor_p3, wajib, jenis_bukti) SELECT %s, nomor, aspek, "
                       "nama, p1, p2, p3, skor_p1, skor_p2, skor_p3, wajib, jenis_bukti "
                       "FROM iid_indikator WHERE tahun = %s", (year, src))
    kat = db.rows("SELECT nomor, aspek FROM iid_indikator WHERE tahun = %s", (year,))
    spd = [nomor for nomor, aspek in kat if aspek == "spd"]
    sid = [nomor for nomor, aspek in kat if aspek == "sid"]
    lapor, bukti = [], []
    for nomor in spd:
        bukti.append((year, nomor, None, rng.randint(1, 3), "https://serangkab.go.id/iid/spd",
                      "diverifikasi", user, now))
    for iid in ids:
        lapor.append((year, iid, 1 if rng.random() < 0.02 else 0))
        for nomor in sid:
            if rng.random() < 0.8:
                bukti.append((year, nomor, iid, rng.randint(1, 3),
                              "https://serangkab.go.id/iid/%d/%d" % (iid, nomor),
                              "diverifikasi" if rng.random() < 0.8 else "diajukan", user, now))
    db.insert("iid_inovasi", ["tahun", "inovasi_id", "ditolak"], lapor)
    db.insert("iid_bukti", ["tahun", "nomor", "inovasi_id", "level", "tautan", "status",
                            "diajukan_oleh", "diubah_pada"], bukti)
    log("  IID %d: %d innovations reported, %d evidence rows" % (year, len(lapor), len(bukti)))


def connect(socket, database):
    return pymysql.connect(unix_socket=socket, user="root", database=database,
                           charset="utf8mb4", autocommit=False, local_infile=True,
                           init_command="SET time_zone = '+00:00', "
                                        "foreign_key_checks = 0, unique_checks = 0")


def generate(socket, database="sialip", requests=100000, dip=500, inovasi=1000,
             pairs_path=None, pairs_n=5000, seed=7, log=print, checkpoint=None):
    """Loads the whole set.  checkpoint=(n, fn): fn() is called once the
    oldest n requests (and their dispositions, notices, audit rows) are
    in, before the rest goes in.  Returns (pairs, innovations loaded)."""
    rng = random.Random(seed)
    conn = connect(socket, database)
    db = Loader(conn)
    now = dt.datetime.utcnow().replace(microsecond=0)
    try:
        rs = gen_requests(db, rng, requests, pairs_path, pairs_n, now, log)
        conn.commit()   # the users
        pairs = rs.pairs
        if checkpoint and checkpoint[0] < len(rs):
            rs.load(db, checkpoint[0], log)
            checkpoint[1]()
        rs.load(db, len(rs), log)
        gen_dip(db, rng, dip, log)
        has_inovasi = gen_inovasi(db, rng, inovasi, (now + WIB).year, log)
        conn.commit()
        t0 = time.time()
        db.cur.execute("ANALYZE TABLE permohonan, disposisi, pemberitahuan, audit, dip, "
                       "keberatan")
        db.cur.fetchall()
        log("  ANALYZE in %.1fs" % (time.time() - t0))
    finally:
        conn.close()
    return pairs, has_inovasi


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--socket", required=True)
    ap.add_argument("--database", default="sialip")
    ap.add_argument("--requests", type=int, default=100000)
    ap.add_argument("--dip", type=int, default=500)
    ap.add_argument("--inovasi", type=int, default=1000)
    ap.add_argument("--pairs", help="write number<TAB>printed code of a subset here")
    ap.add_argument("--pairs-count", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    generate(a.socket, a.database, a.requests, a.dip, a.inovasi, a.pairs, a.pairs_count,
             a.seed)


if __name__ == "__main__":
    sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(
        __import__("os").path.abspath(__file__))))
    main()
