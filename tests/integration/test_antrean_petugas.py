"""The staff home's work queues per role (counted within the officer's
scope), leadership landing on the dashboard, the OPD filters, and the
request page's order of steps: routing by full OPD name, the one extension
behind a confirmation, the Komisi Informasi step only after the Atasan's
decision, and the citizen told the next step with the decision in the
history.

Rows written by hand are of year 2092 (no other test uses it) and of an OPD
of this file's own; the PPID Utama's counts are compared before and after
this file's rows are added."""
import datetime
import re

import pytest
import requests

import harness
from client import login, record_walk_in, staff_post as post, status_recheck_passes
from kalender import working_days_after

PASSWORD = "kata-sandi-antrean-123"
OPD_KODE = "uji17b"
OPD_NAMA = "Dinas Uji Antrean Petugas"
OPD_SINGKAT = "DUAP"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
_seq = [0]


def today_wib():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()


def long_date(day):
    return "%d %s %d" % (day.day, MONTHS[day.month - 1], day.year)


@pytest.fixture(scope="module")
def opd(db):
    if not db.sql("SELECT id FROM opd WHERE kode = '%s';" % OPD_KODE):
        db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('%s', '%s', '%s');"
               % (OPD_KODE, OPD_NAMA, OPD_SINGKAT))
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % OPD_KODE)[0][0]


USERS = {
    "antre.utama": (["ppid_utama"], None),
    "antre.pelaksana": (["ppid_pelaksana"], OPD_KODE),
    "antre.atasan": (["atasan_ppid"], None),
    "antre.admin": (["admin"], None),
    "antre.bappeda": (["evaluator"], None),
    "antre.inovasi": (["opd_inovasi"], OPD_KODE),
    "antre.pimpinan": (["pimpinan"], None),
}


@pytest.fixture(scope="module")
def officers(db, opd):
    for name, (roles, kode) in USERS.items():
        harness.add_user(db, name, PASSWORD, name.replace(".", " ").title(), roles,
                         opd_kode=kode, cost=4)
    return USERS


@pytest.fixture
def as_(server, officers, clear_throttle):
    sessions = {}

    def get(name):
        if name not in sessions:
            sessions[name] = login(server, name, PASSWORD)
        return sessions[name]
    return get


def counts(session, server, role):
    """{queue code: count} of one role's section of the staff home."""
    html = session.get(server.url + "/ppid/admin/", timeout=10).text
    m = re.search(r'<section class="kotak antrean-peran" id="peran-%s">(.*?)</section>'
                  % role, html, re.S)
    assert m, html
    return {k: int(v) for k, v in
            re.findall(r'data-kode="([a-z_]+)">(\d+)</strong>', m.group(1))}


# ---- rows of 2092 ------------------------------------------------------------

def user_id(db, name):
    return db.sql("SELECT id FROM pengguna WHERE username = '%s';" % name)[0][0]


def request_row(db, status, due):
    """A request of 2092 with its filing's audit row; returns (id, nomor)."""
    _seq[0] += 1
    nomor = "2092-17%04d" % _seq[0]
    db.sql("INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, "
           "alamat, telepon, pekerjaan, rincian, tujuan, cara_memperoleh, cara_salinan, "
           "kanal, diterima_pada, hari_nol, jatuh_tempo, status) VALUES ('%s', 2092, "
           "SHA2('%s', 256), 'perorangan', 'Pemohon Antrean', '3604010101920000', "
           "'Jl. Uji', '0812000092', 'Pegawai', 'Rincian antrean', 'Tujuan', 'melihat', "
           "'unduh', 'web', UTC_TIMESTAMP(), '%s', '%s', '%s');"
           % (nomor, nomor, today_wib().isoformat(), due.isoformat(), status))
    db.sql("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, publik) VALUES "
           "(UTC_TIMESTAMP(), 'uji', 'ajukan', 'permohonan', '%s', 1);" % nomor)
    return db.sql("SELECT id FROM permohonan WHERE nomor = '%s';" % nomor)[0][0], nomor


def part(db, pid, opd_id, status, by):
    db.sql("INSERT INTO disposisi (permohonan_id, opd_id, status, dibuat_oleh, dibuat_pada) "
           "VALUES (%s, %s, '%s', %s, UTC_TIMESTAMP());" % (pid, opd_id, status, by))


def objection_row(db, pid, due, status="diterima", ground="c"):
    _seq[0] += 1
    nomor = "K-2092-%04d" % _seq[0]
    db.sql("INSERT INTO keberatan (nomor, tahun, permohonan_id, alasan, uraian, "
           "diterima_pada, hari_nol, jatuh_tempo, status) VALUES ('%s', 2092, %s, '%s', "
           "'Uraian', UTC_TIMESTAMP(), '%s', '%s', '%s');"
           % (nomor, pid, ground, today_wib().isoformat(), due.isoformat(), status))
    db.sql("INSERT INTO keberatan_alasan (keberatan_id, permohonan_id, alasan) SELECT id, "
           "permohonan_id, '%s' FROM keberatan WHERE nomor = '%s';" % (ground, nomor))
    return nomor


def listed(session, server, query):
    html = session.get(server.url + "/ppid/admin/permohonan?" + query, timeout=10).text
    return set(re.findall(r'href="/ppid/admin/permohonan/(2092-\d{6})"', html))


def test_the_queues_of_the_ppid_count_within_role_and_opd(server, db, as_, opd):
    utama, pelaksana, atasan = as_("antre.utama"), as_("antre.pelaksana"), as_("antre.atasan")
    by = user_id(db, "antre.utama")
    dinkes = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]
    today = today_wib()
    before_u = counts(utama, server, "ppid_utama")
    before_a = counts(atasan, server, "atasan_ppid")
    assert counts(pelaksana, server, "ppid_pelaksana") == {"jawab": 0, "dekat": 0, "lewat": 0}

    # Not yet routed and due today (due soon); routed, ours, overdue.
    a, na = request_row(db, "diterima", today)
    b, nb = request_row(db, "didisposisi", today - datetime.timedelta(days=3))
    part(db, b, opd, "menunggu", by)
    # Routed to us and to Dinkes, due in a month; our part answered on another.
    c, nc = request_row(db, "didisposisi", today + datetime.timedelta(days=30))
    part(db, c, opd, "menunggu", by)
    part(db, c, dinkes, "menunggu", by)
    d, nd = request_row(db, "didisposisi", today)
    part(db, d, opd, "dijawab", by)
    part(db, d, dinkes, "menunggu", by)
    # Finished long ago though overdue: in no queue.
    request_row(db, "selesai", today - datetime.timedelta(days=40))
    # An objection waiting, overdue; a decided one.
    objection_row(db, a, today - datetime.timedelta(days=1))
    objection_row(db, b, today + datetime.timedelta(days=20), status="diputus")

    after_u = counts(utama, server, "ppid_utama")
    delta = {k: after_u[k] - before_u[k] for k in after_u}
    assert delta == {"disposisi": 1, "dekat": 2, "lewat": 1, "keberatan": 1}, delta
    # The PPID Pelaksana counts the parts its OPD still has to answer.
    assert counts(pelaksana, server, "ppid_pelaksana") == {"jawab": 2, "dekat": 0, "lewat": 1}
    after_a = counts(atasan, server, "atasan_ppid")
    assert after_a["putusan"] - before_a["putusan"] == 1
    assert after_a["putusan_lewat"] - before_a["putusan_lewat"] == 1

    # Each count's link lists those requests.
    assert listed(pelaksana, server, "tugas=jawab") == {nb, nc}
    assert listed(pelaksana, server, "tugas=jawab&tenggat=lewat") == {nb}
    assert not listed(pelaksana, server, "tugas=jawab&tenggat=dekat")
    soon = listed(utama, server, "tenggat=dekat&tahun=2092")
    assert soon == {na, nd}, soon
    assert listed(utama, server, "tenggat=lewat&tahun=2092") == {nb}
    assert listed(utama, server, "status=diterima&tahun=2092") == {na}
    home = pelaksana.get(server.url + "/ppid/admin/", timeout=10).text
    assert 'href="/ppid/admin/permohonan?tugas=jawab&amp;tenggat=lewat"' in home
    # Another OPD's officer sees none of ours.
    harness.add_user(db, "antre.dinkes", PASSWORD, "Antre Dinkes", ["ppid_pelaksana"],
                     opd_kode="dinkes", cost=4)
    other = login(server, "antre.dinkes", PASSWORD)
    assert nb not in listed(other, server, "tugas=jawab&tahun=2092")
    assert listed(other, server, "tugas=jawab&tahun=2092") == {nc, nd}


def test_the_opd_filters_list_only_the_opds_an_officer_may_see(server, db, as_, opd):
    for path in ("/ppid/admin/permohonan", "/ppid/admin/register/permohonan",
                 "/ppid/admin/register/keberatan"):
        html = as_("antre.pelaksana").get(server.url + path, timeout=10).text
        select = re.search(r'<select id="opd" name="opd">(.*?)</select>', html, re.S).group(1)
        assert re.findall(r'<option value="(\d+)"', select) == [opd], (path, select)
        html = as_("antre.utama").get(server.url + path, timeout=10).text
        select = re.search(r'<select id="opd" name="opd">(.*?)</select>', html, re.S).group(1)
        assert len(re.findall(r'<option value="(\d+)"', select)) > 5, path


def test_bappeda_counts_reports_to_verify_and_the_opd_its_returned_ones(server, db, as_, opd):
    bappeda, inovasi = as_("antre.bappeda"), as_("antre.inovasi")
    before = counts(bappeda, server, "evaluator")["verifikasi"]
    mine = counts(inovasi, server, "opd_inovasi")
    assert mine == {"dikembalikan": 0, "draf": 0}
    db.sql("INSERT INTO inovasi (opd_id, tahun, nama, bentuk, jenis, tahapan, ringkasan) "
           "VALUES (%s, 2092, 'Inovasi Antrean 2092', 'pelayanan_publik', 'digital', "
           "'inisiatif', 'r');" % opd)
    db.sql("INSERT INTO inovasi_periode (tahun, jenis, nomor, mulai, selesai, tenggat) "
           "VALUES (2092, 'semester', 1, '2092-01-01', '2092-06-30', '2092-07-10'), "
           "(2092, 'semester', 2, '2092-07-01', '2092-12-31', '2093-01-10');")
    db.sql("INSERT INTO inovasi_laporan (inovasi_id, periode_id, status, dibuat_pada, "
           "diubah_pada, diajukan_pada) SELECT i.id, p.id, IF(p.nomor = 1, 'diajukan', "
           "'dikembalikan'), UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP() "
           "FROM inovasi i JOIN inovasi_periode p ON p.tahun = 2092 "
           "WHERE i.nama = 'Inovasi Antrean 2092';")
    assert counts(bappeda, server, "evaluator")["verifikasi"] == before + 1
    assert counts(inovasi, server, "opd_inovasi") == {"dikembalikan": 1, "draf": 0}
    home = bappeda.get(server.url + "/ppid/admin/", timeout=10).text
    link = re.search(r'<a href="(/inovasi/admin/inovasi/\d+/laporan/\d+)">Inovasi Antrean 2092'
                     r'</a> \(%s, Semester 1 2092\)' % OPD_SINGKAT, home)
    if link is None:
        # Listed are the ten due first; ours is due in 2092, so it may be
        # counted only.  The report page itself opens for the evaluator.
        iid, per = db.sql("SELECT l.inovasi_id, l.periode_id FROM inovasi_laporan l JOIN "
                          "inovasi i ON i.id = l.inovasi_id WHERE i.nama = 'Inovasi "
                          "Antrean 2092' AND l.status = 'diajukan';")[0]
        path = "/inovasi/admin/inovasi/%s/laporan/%s" % (iid, per)
    else:
        path = link.group(1)
    assert bappeda.get(server.url + path, timeout=10).status_code == 200
    # An evaluator of the OPD itself may not verify it: not in its queue.
    harness.add_user(db, "antre.bappeda.opd", PASSWORD, "Antre Bappeda Opd", ["evaluator"],
                     opd_kode=OPD_KODE, cost=4)
    own = login(server, "antre.bappeda.opd", PASSWORD)
    assert counts(own, server, "evaluator")["verifikasi"] == before


def test_the_admin_is_told_of_opds_whose_mail_reaches_nobody(server, db, as_, opd):
    admin = as_("antre.admin")
    before = counts(admin, server, "admin")["opd_tanpa_petugas"]
    db.sql("UPDATE pengguna SET email = 'antre.pelaksana@example.id' "
           "WHERE username = 'antre.pelaksana';")
    try:
        assert counts(admin, server, "admin")["opd_tanpa_petugas"] == before - 1
    finally:
        db.sql("UPDATE pengguna SET email = NULL WHERE username = 'antre.pelaksana';")


def test_leadership_lands_on_the_dashboard(server, officers, clear_throttle):
    s = requests.Session()
    r = s.post(server.url + "/ppid/masuk", data={"username": "antre.pimpinan",
                                                 "password": PASSWORD}, timeout=30)
    assert r.status_code == 200 and r.url == server.url + "/inovasi/dasbor", r.url
    # Other staff stay on their home.
    s = requests.Session()
    r = s.post(server.url + "/ppid/masuk", data={"username": "antre.atasan",
                                                 "password": PASSWORD}, timeout=30)
    assert r.url == server.url + "/ppid/admin/" and 'id="peran-atasan_ppid"' in r.text


# ---- the request page -------------------------------------------------------

def record(server, session, received, **overrides):
    return record_walk_in(server, session, received, kanal="surat", **overrides)


def now_wib_text(minus_days=0):
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)
            - datetime.timedelta(days=minus_days, minutes=1)).strftime("%Y-%m-%d %H:%M")


def test_routing_comes_first_and_the_extension_is_confirmed(server, db, as_, opd):
    utama = as_("antre.utama")
    number, _ = record(server, utama, now_wib_text())
    url = server.url + "/ppid/admin/permohonan/" + number
    page = utama.get(url, timeout=10).text
    # Routing by full name with the abbreviation; the extension after the
    # workflow's steps, saying it is once only and the date it would give.
    assert re.search(r'<label for="opd-%s">%s \(%s\)' % (opd, OPD_NAMA, OPD_SINGKAT), page)
    assert page.index('id="disposisi"') < page.index('id="pemberitahuan"') \
        < page.index('id="perpanjangan"')
    due = datetime.date.fromisoformat(db.sql(
        "SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';" % number)[0][0])
    section = page[page.index('id="perpanjangan"'):page.index('id="keberatan"')]
    assert "satu kali" in section
    new_due = re.search(r"batas waktu baru menjadi\s*<strong>([^<]+)</strong>", section).group(1)

    # The first step changes nothing and asks to confirm, with the date.
    r = post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
             {"alasan": "Arsip <di> tiga bidang."})
    assert r.status_code == 200, r.text
    box = re.search(r'<div class="kotak peringatan konfirmasi-perpanjangan".*?</div>',
                    r.text, re.S).group(0)
    assert "satu kali" in box and new_due in box
    assert 'name="yakin" value="1"' in box
    assert 'name="alasan" value="Arsip &lt;di&gt; tiga bidang."' in box
    assert db.sql("SELECT jatuh_tempo_perpanjangan IS NULL FROM permohonan WHERE nomor = "
                  "'%s';" % number) == [["1"]]
    assert db.sql("SELECT COUNT(*) FROM audit WHERE objek_id = '%s' AND aksi = "
                  "'perpanjang';" % number) == [["0"]]

    r = post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
             {"alasan": "Arsip <di> tiga bidang.", "yakin": "1"})
    assert r.status_code == 303, r.text
    extended = datetime.date.fromisoformat(db.sql(
        "SELECT jatuh_tempo_perpanjangan FROM permohonan WHERE nomor = '%s';" % number)[0][0])
    assert extended > due and long_date(extended) in new_due
    # Used once: no longer offered.
    assert 'id="perpanjangan"' not in utama.get(url, timeout=10).text


def test_the_ki_step_follows_the_decision_and_the_citizen_is_told(server, db, as_, opd):
    utama, atasan = as_("antre.utama"), as_("antre.atasan")
    number, code = record(server, utama, now_wib_text(minus_days=21))
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": ["c"], "uraian": "Tidak dijawab."},
                      headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    k = re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)
    url = server.url + "/ppid/admin/permohonan/" + number
    sengketa = 'action="/ppid/admin/keberatan/%s/sengketa"' % k
    putusan = 'action="/ppid/admin/keberatan/%s/putusan"' % k

    page = utama.get(url, timeout=10).text
    assert sengketa not in page and putusan not in page
    assert "dapat dicatat setelah Atasan PPID memutus" in page
    page = atasan.get(url, timeout=10).text
    assert putusan in page and sengketa not in page
    status_url = server.url + "/ppid/permohonan/%s?kode=%s" % (number, code)
    citizen = requests.Session()
    before = citizen.get(status_url, timeout=10).text
    assert "Jika Anda tidak puas" not in before

    r = post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
             {"putusan": "ditolak", "alasan_putusan": "Sudah dijawab lisan.",
              "jabatan": "Sekretaris Daerah"})
    assert r.status_code == 303, r.text
    page = utama.get(url, timeout=10).text
    assert sengketa in page and putusan not in page

    status_recheck_passes()
    status = citizen.get(server.url + "/ppid/permohonan/" + number, timeout=10).text
    step = re.search(r'<div class="kotak info langkah-berikutnya".*?</div>', status, re.S)
    assert step, status
    decided = db.sql("SELECT DATE(diputus_pada + INTERVAL 7 HOUR) FROM keberatan "
                     "WHERE nomor = '%s';" % k)[0][0]
    last = re.search(r'class="batas-sengketa">([^<]+)<', step.group(0)).group(1)
    assert "Jika Anda tidak puas" in step.group(0) and "14 hari kerja" in step.group(0)
    assert "Komisi Informasi" in step.group(0)
    # The last day is 14 working days after the decision, on the calendar.
    assert last.endswith(long_date(working_days_after(
        datetime.date.fromisoformat(decided), 14))), last
    # The decision is in the citizen's history, under its objection.
    history = status[status.index('<ul class="riwayat">'):]
    history = history[:history.index("</ul>")]
    assert "Keberatan %s" % k in history and "Sudah dijawab lisan." in history
    assert "Putusan keberatan" in history


def test_an_overdue_decision_opens_the_ki_step(server, db, as_, opd):
    utama = as_("antre.utama")
    number, code = record(server, utama, now_wib_text(minus_days=21))
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": ["c"], "uraian": "Tidak dijawab."},
                      headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    k = re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)
    db.sql("UPDATE keberatan SET jatuh_tempo = '%s' WHERE nomor = '%s';"
           % ((today_wib() - datetime.timedelta(days=1)).isoformat(), k))
    page = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    assert 'action="/ppid/admin/keberatan/%s/sengketa"' % k in page
