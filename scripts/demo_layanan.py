"""Demo data of the citizens' side of the service (issue 18), on top of the
history scripts/demo.py loads: answered requests published in the public
archive (a few withheld with a reason), satisfaction-survey answers (from
the status pages and typed in from paper at the desk, with the optional
respondent profile kept apart), and one conversation between an applicant
and the officers, with a request for clarification and its answer.

The conversation's request gets a fresh tracking code at every start
(printed with the passwords; only its SHA-256 is stored), so a newcomer
can open its status page as the applicant would."""
import datetime as dt
import hashlib
import random
import secrets

import gen_arsip
from gen_data import CROCKFORD, UTAMA, Loader, connect, printed, weighted

WIB = dt.timedelta(hours=7)
NILAI = [(4, 42), (3, 43), (2, 12), (1, 3)]
SARAN = ["Pelayanan cepat, terima kasih.", "Mohon formulir di situs dibuat lebih sederhana.",
         "Petugas ramah dan membantu.", "Biaya salinan sebaiknya diumumkan di loket.",
         "Ruang tunggu perlu kursi tambahan."]
JK = ["laki_laki", "perempuan"]
PENDIDIKAN = [("sma", 35), ("s1_d4", 35), ("d1_d3", 10), ("s2", 8), ("smp", 8), ("sd", 3),
              ("s3", 1)]
PEKERJAAN = [("swasta", 30), ("wirausaha", 20), ("pelajar_mahasiswa", 25), ("pns", 12),
             ("tni_polri", 3), ("lainnya", 10)]
# Whose status page shows the conversation: found again at every start.
PERCAKAPAN_PENANDA = "Apakah data yang saya minta bisa dipisah per kecamatan?"


def arsip(socket, log):
    """Publishes about four in five answered requests (a few withheld with
    a reason), through the benchmark's archive generator."""
    conn = connect(socket, "sialip")
    try:
        answered = Loader(conn).scalar("SELECT COUNT(*) FROM pemberitahuan")
    finally:
        conn.close()
    return gen_arsip.generate(socket, target=int(answered * 0.8), seed=18,
                              log=lambda *a: None)


def period(when_utc):
    wib = when_utc + WIB
    return wib.year, 1 if wib.month <= 6 else 2


def survei(socket, rng, log):
    """About a third of the answered requests rated from their status page
    a few days after the notice; paper questionnaires at the desk."""
    conn = connect(socket, "sialip")
    db = Loader(conn)
    now = dt.datetime.utcnow().replace(microsecond=0)
    try:
        utama = db.scalar("SELECT id FROM pengguna WHERE username = %s", (UTAMA,))
        answered = db.rows(
            "SELECT p.id, p.kanal, (SELECT MIN(d.opd_id) FROM disposisi d "
            "WHERE d.permohonan_id = p.id), n.diterbitkan_pada FROM permohonan p "
            "JOIN pemberitahuan n ON n.permohonan_id = p.id ORDER BY p.id")
        rows, profiles = [], []

        def one(pid, opd, kanal, sumber, when, officer):
            tahun, semester = period(when)
            # Each unit serves a little better or worse than the others.
            bias = ((opd or 0) * 7919) % 5 - 2
            nilai = [max(1, min(4, weighted(rng, NILAI) + (1 if bias > 1 and rng.random() < .3
                                                         else -1 if bias < -1
                                                         and rng.random() < .3 else 0)))
                     for _ in range(9)]
            rows.append((pid, opd, kanal, sumber, when, tahun, semester, *nilai,
                         rng.choice(SARAN) if rng.random() < 0.15 else None, officer))
            if rng.random() < 0.6:
                profiles.append((tahun, semester, rng.choice(JK) if rng.random() < .9 else None,
                                 weighted(rng, PENDIDIKAN), weighted(rng, PEKERJAAN)))

        for pid, kanal, opd, notice in answered:
            when = notice + dt.timedelta(hours=rng.uniform(2, 240))
            if rng.random() < 0.35 and when < now:
                one(pid, opd, kanal, "web", when, None)
        opds = [r[0] for r in db.rows("SELECT id FROM opd WHERE aktif = 1")]
        for _ in range(max(40, len(rows) // 5)):
            when = now - dt.timedelta(days=rng.uniform(1, 540))
            one(None, rng.choice(opds + [None]), "datang", "kertas", when, utama)
        db.insert("survei", ["permohonan_id", "opd_id", "kanal", "sumber", "diisi_pada",
                             "tahun", "semester", "u1", "u2", "u3", "u4", "u5", "u6", "u7",
                             "u8", "u9", "saran", "dicatat_oleh"], rows)
        # Shuffled: no order leads from a profile back to an answer.
        rng.shuffle(profiles)
        db.insert("survei_responden", ["tahun", "semester", "jenis_kelamin", "pendidikan",
                                       "pekerjaan"], profiles)
        conn.commit()
        return len(rows)
    finally:
        conn.close()


def percakapan(socket, log):
    """One request still with its OPD: the applicant asks, the PPID asks
    for clarification, the applicant answers, the OPD's officer replies.
    Each message with its audit row, as the application writes them."""
    conn = connect(socket, "sialip")
    db = Loader(conn)
    try:
        row = db.rows(
            "SELECT p.id, p.nomor, p.diterima_pada, d.opd_id FROM permohonan p "
            "JOIN disposisi d ON d.permohonan_id = p.id AND d.status = 'menunggu' "
            "WHERE p.status = 'didisposisi' AND p.diterima_pada < UTC_TIMESTAMP() - "
            "INTERVAL 2 DAY ORDER BY p.diterima_pada DESC LIMIT 1")
        if not row:
            return None
        pid, nomor, received, opd = row[0]
        utama = db.scalar("SELECT id FROM pengguna WHERE username = %s", (UTAMA,))
        t = [received + dt.timedelta(hours=h) for h in (3, 5, 20, 26)]
        talk = [("pemohon", None, "pesan", PERCAKAPAN_PENANDA),
                ("petugas", utama, "klarifikasi",
                 "Bisa. Mohon sebutkan tahun anggaran yang Anda maksud: 2025 atau 2026?"),
                ("pemohon", None, "jawaban", "Tahun anggaran 2025 saja, terima kasih."),
                ("petugas", utama, "pesan",
                 "Terima kasih. Data per kecamatan tahun 2025 sedang disiapkan OPD.")]
        ids = []
        for (who, user, jenis, isi), when in zip(talk, t):
            db.cur.execute("INSERT INTO pesan (permohonan_id, pengirim, pengguna_id, jenis, "
                           "isi, dikirim_pada) VALUES (%s, %s, %s, %s, %s, %s)",
                           (pid, who, user, jenis, isi, when))
            ids.append(db.cur.lastrowid)
            db.cur.execute("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, sesudah, "
                           "publik) VALUES (%s, %s, 'pesan', 'permohonan', %s, %s, 0)",
                           (when, "pemohon" if who == "pemohon" else UTAMA, nomor,
                            '{"pesan":%d,"jenis":"%s","pengirim":"%s","lampiran":null}'
                            % (ids[-1], jenis, who)))
        db.cur.execute("INSERT INTO klarifikasi (permohonan_id, pesan_id, diminta_pada, jeda, "
                       "jawaban_id, dijawab_pada, hari_jeda, terbuka) VALUES "
                       "(%s, %s, %s, 0, %s, %s, 0, NULL)", (pid, ids[1], t[1], ids[2], t[2]))
        for when, aksi, teks in (
                (t[1], "minta_klarifikasi", "PPID meminta klarifikasi. Waktu jawaban tetap "
                                            "berjalan selama menunggu jawaban pemohon."),
                (t[2], "jawab_klarifikasi", "Pemohon menjawab permintaan klarifikasi. Waktu "
                                            "jawaban tetap berjalan selama menunggu; batas "
                                            "waktu tidak berubah.")):
            db.cur.execute("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, sesudah, "
                           "publik) VALUES (%s, %s, %s, 'permohonan', %s, %s, 1)",
                           (when, UTAMA if aksi.startswith("minta") else "pemohon", aksi,
                            nomor, teks))
        conn.commit()
        return nomor
    finally:
        conn.close()


def kode_percakapan(socket):
    """A new tracking code for the conversation's request (its number and
    the printed code), or None when the demo has none."""
    conn = connect(socket, "sialip")
    db = Loader(conn)
    try:
        nomor = db.scalar("SELECT p.nomor FROM pesan m JOIN permohonan p "
                          "ON p.id = m.permohonan_id WHERE m.isi = %s LIMIT 1",
                          (PERCAKAPAN_PENANDA,))
        if not nomor:
            return None
        code = "".join(secrets.choice(CROCKFORD) for _ in range(16))
        db.cur.execute("UPDATE permohonan SET kode_hash = %s WHERE nomor = %s",
                       (hashlib.sha256(code.encode()).hexdigest(), nomor))
        conn.commit()
        return nomor, printed(code)
    finally:
        conn.close()


def load(socket, log=print):
    rng = random.Random(2094)
    published = arsip(socket, log)
    rated = survei(socket, rng, log)
    nomor = percakapan(socket, log)
    log("Demo data: %d permohonan di arsip, %d jawaban survei, percakapan contoh pada %s."
        % (published, rated, nomor or "-"))
