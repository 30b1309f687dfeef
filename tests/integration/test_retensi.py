"""Retention (UU 27/2022): `sialip-kirim --retensi` against the real MariaDB
and the real Apache of the test session.  Requests filed on the web with
identity scans; one case closed long ago loses its NIK, address, phone,
e-mail and scan (from the database, the staff page and the upload store),
one with an objection still open keeps everything, a closed case whose scan
has the same content as an open one's loses its row but not the shared
file; sent messages older than the period go, newer ones stay, as do
expired sessions and counters; registers and statistics still answer and
count the erased case; a second run changes nothing."""
import os
import re
import subprocess
import uuid

import pytest
import requests
from lxml import etree

import harness
from client import (STAFF_PASSWORD, csrf_of, filed, login, status_recheck_passes,
                    write_kirim_conf)

KIRIM = os.path.join(harness.BUILD, "sialip-kirim")
ERASED = "(dihapus sesuai retensi)"


def write_conf(path, db, uploads):
    write_kirim_conf(path, db, uploads)
    os.chmod(path, 0o600)
    return path


@pytest.fixture(scope="module")
def conf(workdir, db, server):
    return write_conf(os.path.join(workdir, "retensi.conf"), db, server.uploads)


def retensi(conf_path):
    return subprocess.run([KIRIM, "-c", conf_path, "--retensi"], capture_output=True,
                          text=True, timeout=120)


def pdf(label):
    return b"%PDF-1.4\n% KTP " + label.encode() + b"\n"


def sha_of(db, number):
    rows = db.sql("SELECT b.sha256 FROM permohonan p JOIN berkas b "
                  "ON b.id = p.identitas_berkas_id WHERE p.nomor = '%s';" % number)
    return rows[0][0] if rows else None


def stored(server, sha):
    return os.path.exists(os.path.join(server.uploads, sha[:2], sha))


def contact(db, number):
    return tuple(db.sql("SELECT nik, alamat, telepon, email, identitas_berkas_id, nama "
                        "FROM permohonan WHERE nomor = '%s';" % number)[0])


def staff_post(server, session, path, data):
    token = csrf_of(session.get(server.url + "/ppid/admin/", timeout=10).text)
    return session.post(server.url + path, data=dict(data, csrf=token),
                        headers={"Origin": server.url}, allow_redirects=False, timeout=30)


def close(server, utama, db, number):
    """The written notice, which ends the request (status selesai)."""
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                   {"keputusan": "tidak_dikuasai", "diteruskan_ke": "Badan Pusat Statistik"})
    assert r.status_code == 303, r.text
    assert db.sql("SELECT status FROM permohonan WHERE nomor = '%s';" % number) == [["selesai"]]


def register_page_with(session, server, year, number):
    """The page of the request register that lists number: the register is
    paged, and other test files file requests in the same year."""
    for page in range(1, 200):
        r = session.get(server.url + "/ppid/admin/register/permohonan",
                        params={"tahun": year, "halaman": page}, timeout=30)
        assert r.status_code == 200
        if number in r.text or "halaman=%d" % (page + 1) not in r.text:
            return r
    return r


def outbox_row(db, subject, sent_days_ago, status="terkirim"):
    db.sql("INSERT INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, objek, "
           "objek_id, status, kirim_setelah, dibuat_pada, terkirim_pada) VALUES "
           "('pemohon.retensi@example.id', '%s', 'isi', '<p>isi</p>', 'tanda_terima', "
           "'permohonan', '0', '%s', UTC_TIMESTAMP() - INTERVAL %d DAY, "
           "UTC_TIMESTAMP() - INTERVAL %d DAY, %s);"
           % (subject, status, sent_days_ago, sent_days_ago,
              "UTC_TIMESTAMP() - INTERVAL %d DAY" % sent_days_ago
              if status == "terkirim" else "NULL"))


def subjects(db, tag):
    return sorted(r[0] for r in db.sql(
        "SELECT subjek FROM surel_keluar WHERE subjek LIKE '%s%%';" % tag))


def audit_count(db):
    return int(db.sql("SELECT COUNT(*) FROM audit WHERE aksi = 'retensi' "
                      "AND aktor = 'sialip-kirim';")[0][0])


def statistics_total(server, year):
    r = requests.get(server.url + "/ppid/statistik.xml", params={"tahun": year}, timeout=30)
    assert r.status_code == 200
    doc = etree.fromstring(r.content)
    return int(doc.findtext("s:permohonan/s:jumlah", namespaces={"s": doc.nsmap[None]}))


def test_retention_erases_closed_cases_and_old_mail_only(server, db, staff, conf,
                                                          clear_throttle):
    tag = uuid.uuid4().hex[:10]
    shared = pdf("bersama " + tag)
    closed, _, _ = filed(server, nik="3604015555500001", alamat="Jl. Retensi Tutup " + tag,
                         telepon="081255500001", email="tutup.%s@example.id" % tag,
                         files={"identitas": ("ktp.pdf", pdf("tutup " + tag),
                                              "application/pdf")})
    objected, code, _ = filed(server, nik="3604015555500002",
                              alamat="Jl. Retensi Keberatan " + tag,
                              telepon="081255500002", email="buka.%s@example.id" % tag,
                              files={"identitas": ("ktp.pdf", shared, "application/pdf")})
    twin, _, _ = filed(server, nik="3604015555500003", alamat="Jl. Retensi Kembar " + tag,
                       telepon="081255500003", email="kembar.%s@example.id" % tag,
                       files={"identitas": ("ktp.pdf", shared, "application/pdf")})
    closed_sha, shared_sha = sha_of(db, closed), sha_of(db, objected)
    assert closed_sha and shared_sha == sha_of(db, twin)
    assert stored(server, closed_sha) and stored(server, shared_sha)

    utama = login(server, "admin.uji", STAFF_PASSWORD)
    for number in (closed, objected, twin):
        close(server, utama, db, number)
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (objected, code),
                      data={"alasan": ["a"], "uraian": "Informasi ditolak."},
                      headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    # More than a year ago: the notice and the objection's filing.
    db.sql("UPDATE permohonan SET selesai_pada = selesai_pada - INTERVAL 400 DAY "
           "WHERE nomor IN ('%s', '%s', '%s');" % (closed, objected, twin))
    db.sql("UPDATE keberatan k JOIN permohonan p ON p.id = k.permohonan_id "
           "SET k.diterima_pada = k.diterima_pada - INTERVAL 390 DAY WHERE p.nomor = '%s';"
           % objected)

    outbox_row(db, tag + "-lama", 45)
    outbox_row(db, tag + "-baru", 5)
    outbox_row(db, tag + "-gagal", 45, status="gagal")
    admin_id = db.sql("SELECT id FROM pengguna WHERE username = 'admin.uji';")[0][0]
    db.sql("INSERT INTO sesi (token_hash, pengguna_id, csrf, dibuat_pada, berakhir) VALUES "
           "(SHA2('%s-lama', 256), %s, REPEAT('a', 32), UTC_TIMESTAMP() - INTERVAL 10 DAY, "
           "UTC_TIMESTAMP() - INTERVAL 3 DAY);" % (tag, admin_id))
    db.sql("INSERT INTO pembatasan (kunci, jendela_mulai, jumlah) VALUES "
           "('retensi:%s', UTC_TIMESTAMP() - INTERVAL 3 DAY, 4);" % tag)

    year = closed[:4]
    register_before = register_page_with(utama, server, year, closed)
    assert register_before.status_code == 200 and closed in register_before.text
    total_before = statistics_total(server, year)

    r = retensi(conf)
    assert r.returncode == 0, r.stderr
    assert "retention:" in r.stderr

    # The closed case: contact data and scan gone, the name and the case kept.
    nik, alamat, telepon, email, berkas, nama = contact(db, closed)
    assert (nik, alamat, telepon, email, berkas) == ("NULL", "dihapus", "NULL", "NULL", "NULL")
    assert nama == "Siti Aminah"
    assert db.sql("SELECT COUNT(*) FROM berkas WHERE sha256 = '%s';" % closed_sha) == [["0"]]
    assert not stored(server, closed_sha)
    page = utama.get(server.url + "/ppid/admin/permohonan/" + closed, timeout=30)
    assert page.status_code == 200
    for private in ("3604015555500001", "Jl. Retensi Tutup", "081255500001",
                    "tutup.%s@example.id" % tag, "/identitas"):
        assert private not in page.text, private
    assert ERASED in page.text
    assert db.sql("SELECT sesudah FROM audit WHERE aksi = 'retensi' AND objek = 'permohonan' "
                  "AND objek_id = '%s';" % closed)[0][0].startswith('{"hapus":')

    # Its twin is erased too, but the open case still needs the shared file.
    assert contact(db, twin)[:5] == ("NULL", "dihapus", "NULL", "NULL", "NULL")
    assert stored(server, shared_sha)
    assert sha_of(db, objected) == shared_sha

    # The open objection keeps its case whole.
    assert contact(db, objected)[:4] == ("3604015555500002", "Jl. Retensi Keberatan " + tag,
                                         "081255500002", "buka.%s@example.id" % tag)
    page = utama.get(server.url + "/ppid/admin/permohonan/" + objected, timeout=30).text
    assert "3604015555500002" in page and ERASED not in page

    # Registers and statistics still answer and still count the case.
    register = register_page_with(utama, server, year, closed)
    assert register.status_code == 200
    assert closed in register.text and ERASED in register.text
    assert "Jl. Retensi Tutup" not in register.text
    csv = utama.get(server.url + "/ppid/admin/register/permohonan.csv",
                    params={"tahun": year}, timeout=30)
    assert csv.status_code == 200 and closed in csv.text
    assert "3604015555500001" not in csv.text and "tutup.%s" % tag not in csv.text
    assert utama.get(server.url + "/ppid/admin/register/keberatan", timeout=30).status_code == 200
    assert statistics_total(server, year) == total_before
    assert requests.get(server.url + "/ppid/statistik", params={"tahun": year},
                        timeout=30).status_code == 200

    # Sent messages past 30 days go; newer ones and unsent ones stay.
    assert subjects(db, tag) == [tag + "-baru", tag + "-gagal"]
    assert db.sql("SELECT COUNT(*) FROM sesi WHERE token_hash = SHA2('%s-lama', 256);"
                  % tag) == [["0"]]
    assert db.sql("SELECT COUNT(*) FROM pembatasan WHERE kunci = 'retensi:%s';"
                  % tag) == [["0"]]
    # The logged-in session is alive and well.
    assert utama.get(server.url + "/ppid/admin/", timeout=30).status_code == 200

    # A second run finds nothing to do.
    audits = audit_count(db)
    again = retensi(conf)
    assert again.returncode == 0, again.stderr
    assert "0 case(s) erased" in again.stderr and "0 sent message(s)" in again.stderr
    assert audit_count(db) == audits
    assert contact(db, objected)[0] == "3604015555500002"


def old_objection(db, number, tag, **columns):
    """An objection decided by agreement 400 days ago, on request number
    (None: one filed without a request, ground b, with its own contact
    data)."""
    values = {"nomor": "'K-R%s'" % tag[:8], "tahun": "2025", "alasan": "'b'",
              "uraian": "'Lama.'", "diterima_pada": "UTC_TIMESTAMP() - INTERVAL 420 DAY",
              "hari_nol": "CURDATE() - INTERVAL 420 DAY",
              "jatuh_tempo": "CURDATE() - INTERVAL 410 DAY", "status": "'musyawarah'",
              "musyawarah_pada": "CURDATE() - INTERVAL 400 DAY"}
    if number:
        values["permohonan_id"] = "(SELECT id FROM permohonan WHERE nomor = '%s')" % number
    values.update(columns)
    db.sql("INSERT INTO keberatan (%s) VALUES (%s);"
           % (", ".join(values), ", ".join(values.values())))
    return db.sql("SELECT id FROM keberatan WHERE nomor = %s;" % values["nomor"])[0][0]


def test_an_open_dispute_keeps_the_case_until_it_ends(server, db, staff, conf, clear_throttle):
    tag = uuid.uuid4().hex[:10]
    number, _, _ = filed(server, nik="3604015555500004", alamat="Jl. Sengketa " + tag,
                         telepon="081255500004", email="sengketa.%s@example.id" % tag)
    utama = login(server, "admin.uji", STAFF_PASSWORD)
    close(server, utama, db, number)
    db.sql("UPDATE permohonan SET selesai_pada = selesai_pada - INTERVAL 430 DAY "
           "WHERE nomor = '%s';" % number)
    kid = old_objection(db, number, tag, alasan="'a'")
    admin_id = db.sql("SELECT id FROM pengguna WHERE username = 'admin.uji';")[0][0]
    db.sql("INSERT INTO sengketa (keberatan_id, nomor_register, didaftarkan_pada, tahap, "
           "dicatat_oleh) VALUES (%s, 'KI-%s', CURDATE() - INTERVAL 390 DAY, 'mediasi', %s);"
           % (kid, tag, admin_id))
    # Ground b, no request: its own contact data, ended long ago.
    solo = old_objection(db, None, "S" + tag, kode_hash="REPEAT('c', 64)", nama="'Budi'",
                         nik="'3604015555500005'", alamat="'Jl. Lepas %s'" % tag,
                         telepon="'081255500005'", email="'lepas.%s@example.id'" % tag)

    assert retensi(conf).returncode == 0
    assert contact(db, number)[0] == "3604015555500004"      # the dispute is open
    assert db.sql("SELECT nik, alamat, telepon, email, nama FROM keberatan WHERE id = %s;"
                  % solo) == [["NULL", "dihapus", "NULL", "NULL", "Budi"]]

    # The Komisi Informasi decided a year ago: now the case goes too.
    db.sql("UPDATE sengketa SET tahap = 'selesai', hasil = 'ditolak', "
           "diputus_pada = CURDATE() - INTERVAL 370 DAY WHERE keberatan_id = %s;" % kid)
    r = retensi(conf)
    assert r.returncode == 0, r.stderr
    assert "1 case(s) erased" in r.stderr
    assert contact(db, number)[:4] == ("NULL", "dihapus", "NULL", "NULL")
    page = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=30).text
    assert ERASED in page and "Jl. Sengketa" not in page
    reg = utama.get(server.url + "/ppid/admin/register/keberatan", timeout=30)
    assert reg.status_code == 200 and "Jl. Lepas" not in reg.text


def test_retensi_and_pengingat_together_is_a_usage_error(conf):
    r = subprocess.run([KIRIM, "-c", conf, "--retensi", "--pengingat"], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 2 and "separate runs" in r.stderr


def test_a_bad_retention_setting_is_refused_with_exit_2(workdir, db, server):
    path = write_conf(os.path.join(workdir, "retensi-salah.conf"), db, server.uploads)
    with open(path) as f:
        text = f.read().replace("retensi_surel_hari = 30", "retensi_surel_hari = sebulan")
    with open(path, "w") as f:
        f.write(text)
    r = retensi(path)
    assert r.returncode == 2 and "retensi_surel_hari" in r.stderr and "sebulan" in r.stderr


# ---- the conversation -------------------------------------------------------------------

ERASED_MESSAGE = "Pesan dihapus karena masa simpan data pribadi berakhir."


def citizen_of(server, receipt):
    """The applicant's browser: the code exchanged for its cookie."""
    s = requests.Session()
    assert s.get(server.url + receipt, timeout=30).status_code == 200
    return s


def say(server, citizen, number, text, name, content):
    r = citizen.post(server.url + "/ppid/permohonan/%s/pesan" % number,
                     files={"isi": (None, text), "lampiran": (name, content, "application/pdf")},
                     headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text


def officer_says(server, session, number, text, name, content):
    token = csrf_of(session.get(server.url + "/ppid/admin/", timeout=10).text)
    r = session.post(server.url + "/ppid/admin/permohonan/%s/pesan" % number,
                     files={"isi": (None, text), "jenis": (None, "pesan"), "csrf": (None, token),
                            "lampiran": (name, content, "application/pdf")},
                     headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text


def conversation(db, number):
    return db.sql("SELECT m.pengirim, m.jenis, m.dikirim_pada, m.isi, m.berkas_id, b.sha256, "
                  "b.nama_asli FROM pesan m JOIN permohonan p ON p.id = m.permohonan_id "
                  "LEFT JOIN berkas b ON b.id = m.berkas_id WHERE p.nomor = '%s' "
                  "ORDER BY m.id;" % number)


def talked(server, utama, tag, who):
    """A request whose applicant and officer exchanged messages with
    attachments, each naming the applicant; returns (number, citizen)."""
    number, _, receipt = filed(server, nama="Ratnasari %s" % who,
                               email="%s.%s@example.id" % (who.lower(), tag))
    citizen = citizen_of(server, receipt)
    say(server, citizen, number, "Saya Ratnasari %s, NIK 360401777%s, HP 0812%s."
        % (who, tag[:7], tag[:7]), "KK-Ratnasari-%s-%s.pdf" % (who, tag),
        pdf("kk %s %s" % (who, tag)))
    officer_says(server, utama, number, "Ibu Ratnasari %s, data terlampir." % who,
                 "Surat-untuk-Ratnasari-%s.pdf" % who, pdf("surat %s %s" % (who, tag)))
    return number, citizen


def test_retention_erases_the_conversation_of_closed_cases(server, db, staff, conf,
                                                           clear_throttle):
    tag = uuid.uuid4().hex[:10]
    utama = login(server, "admin.uji", STAFF_PASSWORD)
    closed, citizen = talked(server, utama, tag, "Tutup")
    reopened, _ = talked(server, utama, tag, "Buka")
    # Erased before the conversation was: its contact data already gone.
    earlier, earlier_citizen = talked(server, utama, tag, "Lama")
    for number in (closed, reopened, earlier):
        close(server, utama, db, number)
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/buka" % reopened,
                   {"alasan": "Tabel untuk Ibu Ratnasari Buka tertinggal"})
    assert r.status_code == 303, r.text
    db.sql("UPDATE permohonan SET selesai_pada = selesai_pada - INTERVAL 400 DAY "
           "WHERE nomor IN ('%s', '%s', '%s');" % (closed, reopened, earlier))
    db.sql("UPDATE permohonan SET nik = NULL, alamat = 'dihapus', telepon = NULL, "
           "email = NULL, identitas_berkas_id = NULL WHERE nomor = '%s';" % earlier)
    before = conversation(db, closed)
    assert len(before) == 2 and all(m[4] != "NULL" for m in before)
    shas = [m[5] for m in before]
    assert all(stored(server, sha) for sha in shas)
    page = citizen.get(server.url + "/ppid/permohonan/" + closed, timeout=30).text
    link = re.search(r'href="(/ppid/permohonan/%s/pesan/\d+/lampiran)"' % closed, page).group(1)
    assert citizen.get(server.url + link, timeout=30).status_code == 200
    # Its page is kept rendered until the request's version changes.
    assert "Ratnasari Lama," in earlier_citizen.get(server.url + "/ppid/permohonan/" + earlier,
                                                    timeout=30).text
    year = closed[:4]
    total_before = statistics_total(server, year)

    r = retensi(conf)
    assert r.returncode == 0, r.stderr
    status_recheck_passes()

    # The texts and attachments are gone; who wrote, what kind and when stay.
    after = conversation(db, closed)
    assert [m[:3] for m in after] == [m[:3] for m in before]
    assert [m[3:] for m in after] == [["", "NULL", "NULL", "NULL"]] * 2
    for sha in shas:
        assert db.sql("SELECT COUNT(*) FROM berkas WHERE sha256 = '%s';" % sha) == [["0"]]
        assert not stored(server, sha), sha
    assert citizen.get(server.url + link, timeout=30).status_code == 404
    for session, path in ((citizen, "/ppid/permohonan/"), (utama, "/ppid/admin/permohonan/")):
        page = session.get(server.url + path + closed, timeout=30).text
        assert page.count(ERASED_MESSAGE) == 2, path
        for private in ("Ratnasari Tutup,", "NIK 360401777", "data terlampir",
                        "KK-Ratnasari", "Surat-untuk-Ratnasari", "/lampiran"):
            assert private not in page, (path, private)
    audit = db.sql("SELECT sesudah FROM audit WHERE aksi = 'retensi' AND objek = 'permohonan' "
                   "AND objek_id = '%s';" % closed)
    assert len(audit) == 1 and "isi 2 pesan, 2 lampiran" in audit[0][0]
    assert "nik, alamat" in audit[0][0]

    # Erased before: now the conversation goes too, and only that is said.
    assert [m[3:5] for m in conversation(db, earlier)] == [["", "NULL"]] * 2
    for session, path in ((earlier_citizen, "/ppid/permohonan/"),
                          (utama, "/ppid/admin/permohonan/")):
        page = session.get(server.url + path + earlier, timeout=30).text
        assert page.count(ERASED_MESSAGE) == 2 and "Ratnasari Lama," not in page, path
    audit = db.sql("SELECT sesudah FROM audit WHERE aksi = 'retensi' AND objek = 'permohonan' "
                   "AND objek_id = '%s';" % earlier)
    assert len(audit) == 1 and '"hapus":"isi 2 pesan, 2 lampiran"' in audit[0][0]

    # A reopened case is not closed: everything stays.
    kept = conversation(db, reopened)
    assert len(kept) == 3 and "Ratnasari Buka" in kept[0][3] and kept[0][6].startswith("KK-")
    assert stored(server, kept[0][5])
    assert contact(db, reopened)[3] == "buka.%s@example.id" % tag

    # Registers and statistics still count the case; a second run does nothing.
    register = register_page_with(utama, server, year, closed)
    assert register.status_code == 200 and closed in register.text
    assert statistics_total(server, year) == total_before
    audits = audit_count(db)
    again = retensi(conf)
    assert again.returncode == 0 and "0 case(s) erased" in again.stderr, again.stderr
    assert audit_count(db) == audits
