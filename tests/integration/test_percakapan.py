"""The conversation on a request (issue 18, item 3): the applicant (with
the number and the code, exchanged for a cookie) and the officers in scope
write messages with attachments through the one upload path; the PPID asks
for clarification ("menunggu klarifikasi"), with the notice's clock
stopped only when SialipKlarifikasiJeda is on (an Apache of its own, on the
session's database); a closed request is reopened with a reason.  Every
message has its audit row and its e-mail in the outbox; bad input comes
back beside the field with the text kept."""
import datetime
import os
import re
import subprocess
import tempfile

import pytest
import requests

import harness
import kalender
from client import (PNG_BYTES, STAFF_PASSWORD, csrf_of, filed, login, own_apache,
                    private_kirim_conf, record_walk_in)

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WIB = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture(scope="module")
def staff(server, db):
    users = {"pcp.utama": (["ppid_utama"], None), "pcp.dinkes": (["ppid_pelaksana"], "dinkes"),
             "pcp.dinsos": (["ppid_pelaksana"], "dinsos"), "pcp.atasan": (["atasan_ppid"], None),
             "pcp.jeda": (["ppid_utama"], None)}
    for name, (roles, opd) in users.items():
        harness.add_user(db, name, STAFF_PASSWORD, name.title(), roles, opd_kode=opd, cost=4)
        db.sql("UPDATE pengguna SET email = '%s@serangkab.example' WHERE username = '%s';"
               % (name, name))
    db.sql("DELETE FROM pembatasan;")
    return {name: login(server, name, STAFF_PASSWORD) for name in users}


@pytest.fixture(scope="module")
def jeda_server(db, server):
    """An Apache with the clock stopped during clarification, on the same
    database and upload store."""
    work = tempfile.mkdtemp(prefix="sialip-jeda-")
    os.chmod(work, 0o755)
    with own_apache(work, harness.Apache(work, db, uploads=server.uploads,
                                         extra_conf="SialipKlarifikasiJeda On\n")) as apache:
        yield apache


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


def staff_post(server, session, path, data, files=None):
    fields = dict(data)
    fields["csrf"] = csrf_of(session.get(server.url + "/ppid/admin/", timeout=10).text)
    if files is not None:
        multipart = {k: (None, v) for k, v in fields.items()}
        multipart.update(files)
        return session.post(server.url + path, files=multipart,
                            headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    return session.post(server.url + path, data=fields, headers={"Origin": server.url},
                        allow_redirects=False, timeout=30)


def applicant(server, receipt):
    """A browser-like session holding the code's cookie."""
    s = requests.Session()
    r = s.get(server.url + receipt, timeout=30)
    assert r.status_code == 200 and "kode=" not in r.url
    return s


def say(server, session, number, text, files=None):
    fields = {"isi": (None, text)}
    fields.update(files or {})
    return session.post(server.url + "/ppid/permohonan/%s/pesan" % number, files=fields,
                        headers={"Origin": server.url}, allow_redirects=False, timeout=30)


def field_error(html, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % field, html)
    return m.group(1) if m else None


def count(db, sql):
    return int(db.sql(sql)[0][0])


def messages(db, number):
    return count(db, "SELECT COUNT(*) FROM pesan m JOIN permohonan p ON p.id = m.permohonan_id "
                     "WHERE p.nomor = '%s';" % number)


def routed(server, db, staff, kode="dinkes"):
    number, code, receipt = filed(server)
    r = staff_post(server, staff["pcp.utama"], "/ppid/admin/permohonan/%s/disposisi" % number,
                   {"opd": opd_id(db, kode), "catatan": "Mohon dijawab"})
    assert r.status_code == 303, r.text
    return number, code, receipt


def test_applicant_and_officers_exchange_messages_with_attachments(server, db, staff):
    number, code, receipt = routed(server, db, staff)
    citizen = applicant(server, receipt)
    r = say(server, citizen, number, "Apakah data per kecamatan juga tersedia?",
            {"lampiran": ("contoh.png", PNG_BYTES, "image/png")})
    assert r.status_code == 303 and r.headers["Location"].endswith("#percakapan")
    page = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Apakah data per kecamatan juga tersedia?" in page
    link = re.search(r'href="(/ppid/permohonan/%s/pesan/(\d+)/lampiran)"' % number, page)
    assert link, page
    got = citizen.get(server.url + link.group(1), timeout=30)
    assert got.status_code == 200 and got.content == PNG_BYTES
    assert "attachment" in got.headers["Content-Disposition"]

    # The routed OPD's officer reads it (and the attachment) and answers.
    officer = staff["pcp.dinkes"]
    desk = officer.get(server.url + "/ppid/admin/permohonan/" + number, timeout=30).text
    assert "Apakah data per kecamatan juga tersedia?" in desk
    staff_copy = officer.get(server.url + "/ppid/admin/permohonan/%s/pesan/%s/lampiran"
                             % (number, link.group(2)), timeout=30)
    assert staff_copy.status_code == 200 and staff_copy.content == PNG_BYTES
    r = staff_post(server, officer, "/ppid/admin/permohonan/%s/pesan" % number,
                   {"isi": "Tersedia; kami lampirkan rekapnya.", "jenis": "pesan"},
                   files={"lampiran": ("rekap.pdf", PDF_BYTES, "application/pdf")})
    assert r.status_code == 303, r.text
    page = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Tersedia; kami lampirkan rekapnya." in page
    # The applicant sees the office, never the officer's name.
    assert "PPID Pelaksana Dinkes" in page and "Pcp.Dinkes" not in page
    assert "Pcp.Dinkes" in officer.get(server.url + "/ppid/admin/permohonan/" + number,
                                       timeout=30).text
    # The Atasan PPID reads but has no form.
    atasan = staff["pcp.atasan"].get(server.url + "/ppid/admin/permohonan/" + number,
                                     timeout=30).text
    assert "rekapnya" in atasan and 'action="/ppid/admin/permohonan/%s/pesan"' % number \
        not in atasan

    # One audit row per message, with the attachment's SHA-256.
    rows = db.sql("SELECT aktor, sesudah FROM audit WHERE objek = 'permohonan' AND "
                  "objek_id = '%s' AND aksi = 'pesan' ORDER BY id;" % number)
    assert len(rows) == 2
    assert rows[0][0] == "pemohon" and '"pengirim":"pemohon"' in rows[0][1]
    import hashlib
    assert hashlib.sha256(PNG_BYTES).hexdigest() in rows[0][1]
    assert hashlib.sha256(PDF_BYTES).hexdigest() in rows[1][1]
    # The other side is told through the outbox, without the text.
    to = [r[0] for r in db.sql("SELECT kepada FROM surel_keluar WHERE jenis = 'pesan' AND "
                               "objek_id = '%s' ORDER BY id;" % number)]
    assert "pcp.utama@serangkab.example" in to and "pcp.dinkes@serangkab.example" in to
    assert "pcp.dinsos@serangkab.example" not in to
    assert "siti@example.id" in to
    assert count(db, "SELECT COUNT(*) FROM surel_keluar WHERE objek_id = '%s' AND "
                     "isi_teks LIKE '%%rekapnya%%';" % number) == 0


def test_a_wrong_code_and_another_opds_officer_are_refused(server, db, staff):
    number, _, receipt = routed(server, db, staff)
    citizen = applicant(server, receipt)
    assert say(server, citizen, number, "Pesan pertama").status_code == 303
    stranger = requests.Session()
    r = stranger.post(server.url + "/ppid/permohonan/%s/pesan?kode=AAAA-BBBB-CCCC-DDDD"
                      % number, files={"isi": (None, "Pesan palsu")},
                      headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 404
    msg_id = db.sql("SELECT m.id FROM pesan m JOIN permohonan p ON p.id = m.permohonan_id "
                    "WHERE p.nomor = '%s';" % number)[0][0]
    assert stranger.get(server.url + "/ppid/permohonan/%s/pesan/%s/lampiran" % (number, msg_id),
                        timeout=30).status_code == 404
    # Dinsos was never routed this request: 404 for its page, its post and
    # its attachments.
    other = staff["pcp.dinsos"]
    assert other.get(server.url + "/ppid/admin/permohonan/" + number,
                     timeout=30).status_code == 404
    r = staff_post(server, other, "/ppid/admin/permohonan/%s/pesan" % number,
                   {"isi": "Bukan wewenang", "jenis": "pesan"})
    assert r.status_code == 404
    r = staff_post(server, other, "/ppid/admin/permohonan/%s/pesan" % number,
                   {"isi": "", "jenis": "klarifikasi"})
    assert r.status_code == 404
    assert messages(db, number) == 1


def test_bad_input_comes_back_beside_the_field_with_the_text_kept(server, db, staff):
    number, _, receipt = routed(server, db, staff)
    citizen = applicant(server, receipt)
    r = say(server, citizen, number, "   ")
    assert r.status_code == 422 and field_error(r.text, "isi") == "Pesan wajib diisi."
    long_text = "Panjang-" + "x" * 4000
    r = say(server, citizen, number, long_text)
    assert r.status_code == 422 and "paling panjang 4000 karakter" in field_error(r.text, "isi")
    assert long_text in r.text
    r = say(server, citizen, number, "Dengan berkas palsu",
            {"lampiran": ("surat.pdf", b"bukan pdf sama sekali", "application/pdf")})
    assert r.status_code == 422
    assert field_error(r.text, "lampiran") == "Lampiran harus berkas PDF, JPEG, atau PNG."
    assert "Dengan berkas palsu" in r.text
    big = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024 + 10)
    r = say(server, citizen, number, "Terlalu besar", {"lampiran": ("besar.pdf", big,
                                                                     "application/pdf")})
    assert r.status_code == 422 and "paling besar 2 MB" in field_error(r.text, "lampiran")
    # An officer's empty message: the request page, message beside the form.
    r = staff_post(server, staff["pcp.utama"], "/ppid/admin/permohonan/%s/pesan" % number,
                   {"isi": "", "jenis": "pesan"})
    assert r.status_code == 409 and field_error(r.text, "pesan") == "Pesan wajib diisi."
    r = staff_post(server, staff["pcp.utama"], "/ppid/admin/permohonan/%s/pesan" % number,
                   {"isi": "Pesan dengan lampiran teks", "jenis": "pesan"},
                   files={"lampiran": ("catatan.png", b"teks biasa", "image/png")})
    assert r.status_code == 409 and "Pesan dengan lampiran teks" in r.text
    assert "harus berkas PDF, JPEG, atau PNG" in field_error(r.text, "pesan")
    assert messages(db, number) == 0


def backdate_clarification(db, number, days):
    db.sql("UPDATE klarifikasi k JOIN permohonan p ON p.id = k.permohonan_id "
           "SET k.diminta_pada = k.diminta_pada - INTERVAL %d DAY "
           "WHERE p.nomor = '%s' AND k.terbuka = 1;" % (days, number))


def due_of(db, number):
    row = db.sql("SELECT hari_nol, jatuh_tempo, hari_jeda FROM permohonan WHERE nomor = '%s';"
                 % number)[0]
    return (datetime.date.fromisoformat(row[0]), datetime.date.fromisoformat(row[1]),
            int(row[2]))


def ask(server, session, number):
    return staff_post(server, session, "/ppid/admin/permohonan/%s/pesan" % number,
                      {"isi": "Mohon jelaskan periode data yang diminta.",
                       "jenis": "klarifikasi"})


def test_clarification_without_pause_leaves_the_deadline(server, db, staff):
    number, _, receipt = routed(server, db, staff)
    citizen = applicant(server, receipt)
    page = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Waktu jawaban tetap berjalan; batas waktu pemberitahuan tidak berubah" in page
    _, due_before, _ = due_of(db, number)
    assert ask(server, staff["pcp.dinkes"], number).status_code == 303
    page = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Menunggu klarifikasi dari Anda" in page and "Jawaban klarifikasi untuk PPID" in page
    # The inbox marks it (on whichever page it is: the database is shared).
    for page_no in range(1, 40):
        inbox = staff["pcp.dinkes"].get(server.url + "/ppid/admin/permohonan?status="
                                        "didisposisi&halaman=%d" % page_no, timeout=30).text
        if number in inbox:
            break
    row = inbox[inbox.index(number):]
    assert row[:row.index("</tr>")].count("Menunggu klarifikasi pemohon") == 1
    # One open request for clarification at a time.
    r = ask(server, staff["pcp.utama"], number)
    assert r.status_code == 409 and "belum dijawab" in field_error(r.text, "pesan")
    backdate_clarification(db, number, 7)
    assert say(server, citizen, number, "Periode 2025 sampai 2026.").status_code == 303
    assert due_of(db, number) == (due_of(db, number)[0], due_before, 0)
    row = db.sql("SELECT k.terbuka IS NULL, k.hari_jeda, m.jenis FROM klarifikasi k "
                 "JOIN pesan m ON m.id = k.jawaban_id JOIN permohonan p ON p.id = k.permohonan_id "
                 "WHERE p.nomor = '%s';" % number)
    assert row == [["1", "0", "jawaban"]]
    audit = db.sql("SELECT publik, sesudah FROM audit WHERE objek_id = '%s' AND "
                   "aksi IN ('minta_klarifikasi', 'jawab_klarifikasi') ORDER BY id;" % number)
    assert [a[0] for a in audit] == ["1", "1"]
    assert "tetap berjalan" in audit[0][1] and "tidak berubah" in audit[1][1]
    page = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Menunggu klarifikasi dari Anda" not in page


def test_clarification_with_pause_moves_the_deadline_by_the_days_waited(
        server, db, staff, jeda_server):
    number, _, receipt = routed(server, db, staff)
    citizen = applicant(jeda_server, receipt)
    page = citizen.get(jeda_server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Waktu jawaban berhenti sampai Anda menjawab" in page
    day0, due_before, _ = due_of(db, number)
    # Its own user: a new login ends the user's other session.
    officer = login(jeda_server, "pcp.jeda", STAFF_PASSWORD)
    assert ask(jeda_server, officer, number).status_code == 303
    backdate_clarification(db, number, 7)
    asked = db.sql("SELECT k.diminta_pada FROM klarifikasi k JOIN permohonan p ON "
                   "p.id = k.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
    asked_day = datetime.datetime.fromisoformat(asked).replace(
        tzinfo=datetime.timezone.utc).astimezone(WIB).date()
    today = datetime.datetime.now(WIB).date()
    waited = kalender.working_days_between(asked_day, today)
    assert waited >= 4
    # The answer may come through any server: the setting was kept when asked.
    assert say(server, citizen, number, "Periode 2025 saja.").status_code == 303
    assert due_of(db, number) == (day0, kalender.working_days_after(day0, 10 + waited), waited)
    assert due_of(db, number)[1] > due_before
    page = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Termasuk %d hari kerja" % waited in page
    assert kalender.working_days_after(day0, 10 + waited).isoformat() in \
        citizen.get(server.url + "/ppid/permohonan/%s.xml" % number, timeout=30).text
    after = db.sql("SELECT sesudah FROM audit WHERE objek_id = '%s' AND "
                   "aksi = 'jawab_klarifikasi';" % number)[0][0]
    assert "%d hari kerja" % waited in after


@pytest.fixture(scope="module")
def kirim_conf(workdir, db, server):
    return private_kirim_conf(workdir, "percakapan-kirim.conf", db, server)


def reminded_dues(db, number, officer):
    """The due dates the officer was reminded of for the request."""
    return sorted((k.split(":")[2], k.split(":")[3]) for (k,) in db.sql(
        "SELECT kunci FROM surel_keluar WHERE kunci LIKE 'pengingat:%s:%%:%s';"
        % (number, officer)))


def remind(kirim_conf):
    r = subprocess.run([os.path.join(harness.BUILD, "sialip-kirim"), "-c", kirim_conf,
                        "--pengingat"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_no_reminder_while_a_pausing_clarification_waits_then_the_moved_date(
        server, db, staff, jeda_server, kirim_conf):
    """The deadline reminders (sialip-kirim --pengingat) leave out a request
    whose clock a waiting clarification stopped, and after the answer remind
    of the moved due date; a clarification that does not stop the clock
    changes nothing."""
    utama = staff["pcp.utama"]
    officer = db.sql("SELECT id FROM pengguna WHERE username = 'pcp.utama';")[0][0]
    # Received long ago and unanswered: overdue, reminded every day.
    paused, code = record_walk_in(server, utama, "2025-06-02 10:00")
    running, _ = record_walk_in(server, utama, "2025-06-02 10:00")
    _, due, _ = due_of(db, paused)
    assert ask(jeda_server, login(jeda_server, "pcp.jeda", STAFF_PASSWORD),
               paused).status_code == 303
    assert ask(server, utama, running).status_code == 303
    assert db.sql("SELECT p.nomor, k.jeda FROM klarifikasi k JOIN permohonan p ON p.id = "
                  "k.permohonan_id WHERE p.nomor IN ('%s', '%s') ORDER BY p.id;"
                  % (paused, running)) == [[paused, "1"], [running, "0"]]

    remind(kirim_conf)
    assert reminded_dues(db, paused, officer) == []
    assert reminded_dues(db, running, officer) == [(due.isoformat(), "terlambat")]

    # Answered a week later: the due date moves, and that date is reminded.
    backdate_clarification(db, paused, 7)
    citizen = applicant(server, "/ppid/permohonan/%s?kode=%s" % (paused, code))
    assert say(server, citizen, paused, "Periode 2024 saja.").status_code == 303
    _, moved, waited = due_of(db, paused)
    assert waited >= 4 and moved > due
    remind(kirim_conf)
    assert reminded_dues(db, paused, officer) == [(moved.isoformat(), "terlambat")]
    assert reminded_dues(db, running, officer) == [(due.isoformat(), "terlambat")]


def test_a_closed_request_is_reopened_with_a_reason_and_closed_again(server, db, staff):
    number, _, receipt = filed(server)     # answered at the desk, not routed
    utama = staff["pcp.utama"]
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                   {"keputusan": "diberikan_seluruhnya", "informasi_diberikan": "Dokumen",
                    "bentuk": "softcopy", "cara_penyampaian": "email"})
    assert r.status_code == 303, r.text
    # Finished once the information is handed over, not at the notice.
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/penyerahan" % number,
                   {"diserahkan": datetime.datetime.now(WIB).strftime("%Y-%m-%d %H:%M")})
    assert r.status_code == 303, r.text
    citizen = applicant(server, receipt)
    r = say(server, citizen, number, "Masih ada yang kurang")
    assert r.status_code == 409 and "sudah selesai" in field_error(r.text, "isi")
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/pesan" % number,
                   {"isi": "Tambahan", "jenis": "pesan"})
    assert r.status_code == 409
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/buka" % number, {"alasan": ""})
    assert r.status_code == 409
    assert field_error(r.text, "buka") == "Alasan membuka kembali wajib diisi."
    notice_before = db.sql("SELECT n.diterbitkan_pada, p.status FROM pemberitahuan n JOIN "
                           "permohonan p ON p.id = n.permohonan_id WHERE p.nomor = '%s';"
                           % number)
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/buka" % number,
                   {"alasan": "Lampiran tabel tertinggal"})
    assert r.status_code == 303, r.text
    audit = db.sql("SELECT publik, sebelum, sesudah FROM audit WHERE objek_id = '%s' AND "
                   "aksi = 'buka_kembali';" % number)
    assert len(audit) == 1 and audit[0][0] == "1"
    # The reason is in its message only: retention erases it there.
    assert "alasannya ada di percakapan" in audit[0][2]
    assert "Lampiran tabel tertinggal" not in audit[0][2]
    follow = db.sql("SELECT b.tindak_lanjut FROM permohonan_buka b JOIN permohonan p "
                    "ON p.id = b.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
    assert follow == kalender.working_days_after(datetime.datetime.now(WIB).date(),
                                                 10).isoformat()
    # The notice and the status stay: the legal answer was given.
    assert db.sql("SELECT n.diterbitkan_pada, p.status FROM pemberitahuan n JOIN permohonan p "
                  "ON p.id = n.permohonan_id WHERE p.nomor = '%s';" % number) == notice_before
    page = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=30).text
    assert "Permohonan dibuka kembali" in page and "Lampiran tabel tertinggal" in page
    assert say(server, citizen, number, "Terima kasih, ditunggu").status_code == 303
    assert count(db, "SELECT COUNT(*) FROM surel_keluar WHERE objek_id = '%s' AND "
                     "kepada = 'siti@example.id' AND subjek LIKE 'Permohonan dibuka "
                     "kembali%%';" % number) == 1
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/tutup-kembali" % number,
                   {"catatan": "Tabel sudah dikirim"})
    assert r.status_code == 303
    assert say(server, citizen, number, "Satu lagi").status_code == 409
    assert count(db, "SELECT COUNT(*) FROM audit WHERE objek_id = '%s' AND "
                     "aksi = 'tutup_kembali' AND publik = 1;" % number) == 1


def test_messages_are_never_on_public_pages(server, db, staff):
    number, _, receipt = routed(server, db, staff)
    citizen = applicant(server, receipt)
    secret = "Pesan-rahasia-percakapan-2094"
    assert say(server, citizen, number, secret).status_code == 303
    # (A search box echoes its words, so the archive is read unsearched.)
    for path in ("/ppid/arsip", "/ppid/arsip.xml", "/ppid/statistik",
                 "/ppid/permohonan/" + number):
        r = requests.get(server.url + path, timeout=60)
        assert secret not in r.text, path
