"""The citizen's status page (/ppid/permohonan/{nomor}?kode=..., and its .xml)
is kept rendered in shared memory between views (SialipStatusCache).  What
the citizen sees must still be their request as it stands now: every step
of the workflow made through the server shows on the very next view, in
every Apache child, and a change made by hand in the database within
SialipStatusRecheck (1 s in the test configuration); the page is never
someone else's and never carries a staff member's menu.  Two tests show the
kept page really is what is sent, so that the others prove something."""
import concurrent.futures
import datetime
import os
import re
import subprocess
from contextlib import contextmanager

import pytest
import requests
from lxml import etree

import harness
from client import filed, status_recheck_passes
from staf_uji import session, user
from test_alur import objection, opd_id, post

# Every view is a tracking lookup, counted against the address until it
# matches: start each test with no failed lookups left by other files.
pytestmark = pytest.mark.usefixtures("clear_throttle")

# Views of each form per look, six at a time on fresh connections: enough
# for both children of the test server (StartServers 2) and several threads
# of each to serve the page.
VIEWS = 12

OFFICERS = {
    "simpan.utama": (["ppid_utama"], None),
    "simpan.atasan": (["atasan_ppid"], None),
    "simpan.dinkes": (["ppid_pelaksana"], "dinkes"),
}
WRONG_CODE = "0000-0000-0000-0000"


@pytest.fixture
def as_(server, db):
    """A logged-in session of one of this file's officers."""
    sessions = {}

    def get(name):
        if name not in sessions:
            roles, opd = OFFICERS[name]
            user(db, name, roles, opd_kode=opd)
            sessions[name] = session(server, name)
        return sessions[name]
    return get


def status_url(server, number, code, xml=False):
    return "%s/ppid/permohonan/%s%s?kode=%s" % (server.url, number,
                                                ".xml" if xml else "", code)


def fetch_all(urls, get=None):
    """GETs every URL, a few at a time, each on a fresh connection (so that
    both children and many threads of each serve them)."""
    get = get or (lambda url: requests.get(url, timeout=10))
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        return list(pool.map(get, urls))


class Views:
    """The status page as VIEWS visitors saw it in HTML and VIEWS in XML.
    All of them must be the same page: one stale child would differ."""

    def __init__(self, server, number, code):
        got = fetch_all([status_url(server, number, code)] * VIEWS
                        + [status_url(server, number, code, xml=True)] * VIEWS)
        for r in got:
            assert r.status_code == 200, r.text[:300]
            # A kept page is sent like a fresh one: the browser is still
            # told not to store a page that carries the tracking code.
            assert r.headers["Cache-Control"] == "no-store"
            assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
        assert all(r.headers["Content-Type"].startswith("text/html") for r in got[:VIEWS])
        assert all(r.headers["Content-Type"].startswith("application/xml")
                   for r in got[VIEWS:])
        html = {r.text for r in got[:VIEWS]}
        xml = {r.text for r in got[VIEWS:]}
        assert len(html) == 1, "the HTML views differ from one another"
        assert len(xml) == 1, "the XML views differ from one another"
        self.html = html.pop()
        self.xml_text = xml.pop()
        self.xml = etree.fromstring(self.xml_text.encode("utf-8"))

    def history(self):
        return [e.text for e in self.xml.findall("riwayat/peristiwa")]


def shows(server, number, code, *texts, absent=(), html=(), html_absent=(), xml=()):
    """Looks at the page VIEWS times in each form and asserts that every view
    shows each of texts (in both forms), none shows any of absent, the HTML
    shows html and not html_absent, and the XML shows xml.  Returns the
    Views."""
    v = Views(server, number, code)
    for text in texts:
        assert text in v.html, "HTML page lacks %r" % text
        assert text in v.xml_text, "XML page lacks %r" % text
    for text in absent:
        assert text not in v.html, "HTML page still shows %r" % text
        assert text not in v.xml_text, "XML page still shows %r" % text
    for text in html:
        assert text in v.html, "HTML page lacks %r" % text
    for text in html_absent:
        assert text not in v.html, "HTML page still shows %r" % text
    for text in xml:
        assert text in v.xml_text, "XML page lacks %r" % text
    return v


def changed_by_hand(server, db, before, after):
    """Files a request whose details read before and sees them on its status
    page; then an administrator changes them to after in the database (not
    through the server).  Returns (number, code)."""
    number, code, _ = filed(server, rincian=before)
    shows(server, number, code, before)
    db.sql("UPDATE permohonan SET rincian = '%s' WHERE nomor = '%s';" % (after, number))
    return number, code


def esc(text):
    return text.replace("\\", "\\\\").replace("'", "''")


def add_public_history(db, number, text):
    """What the application writes when something happens to a request that
    the citizen should see in its history, written here by hand."""
    db.sql("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, sesudah, publik) "
           "VALUES (UTC_TIMESTAMP(), 'uji', 'catatan', 'permohonan', '%s', '%s', 1);"
           % (number, esc(text)))


def working_day(db, day):
    off = {row[0] for row in db.sql("SELECT tanggal FROM hari_libur WHERE libur = 1;")}
    return day.weekday() < 5 and day.isoformat() not in off


def next_working_day(db, day):
    day += datetime.timedelta(days=1)
    while not working_day(db, day):
        day += datetime.timedelta(days=1)
    return day


# ---- never stale -------------------------------------------------------------

def test_every_step_of_the_workflow_shows_on_the_next_view(server, db, as_):
    """The citizen looks at the page before and after each step an officer
    takes: disposition, extension, answer, notice with a document, their own
    objection, the Atasan's decision, the dispute and the court case.  Each
    step shows at once in every view, and what it replaced is gone.  (Each
    look after a step is also the look before the next one: the page in
    its old state is kept when the next step is taken.)"""
    utama, atasan, dinkes = (as_(n) for n in ("simpan.utama", "simpan.atasan",
                                              "simpan.dinkes"))
    number, code, _ = filed(server, rincian="Daftar penerima beasiswa simpan 2026")
    shows(server, number, code, "Diterima, menunggu diproses",
          "Daftar penerima beasiswa simpan 2026", "Permohonan diterima melalui",
          html=["Batas waktu pemberitahuan tertulis", "Ajukan keberatan"])

    r = post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
             {"opd": [opd_id(db, "dinkes")], "catatan": "Mohon disiapkan."})
    assert r.status_code == 303, r.text
    shows(server, number, code, "Diteruskan ke PPID Pelaksana",
          "Permohonan diteruskan kepada PPID",
          absent=["Diterima, menunggu diproses"])

    r = post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
             {"alasan": "Arsip beasiswa masih di gudang.", "yakin": "1"})
    assert r.status_code == 303, r.text
    v = shows(server, number, code,
              "Diproses PPID Pelaksana; waktu jawaban diperpanjang",
              "Arsip beasiswa masih di gudang.", "Waktu jawaban diperpanjang sampai",
              html=["Diperpanjang"], absent=["Diteruskan ke PPID Pelaksana"])
    extended = v.xml.find("tenggat/perpanjangan/jatuh_tempo_teks").text
    assert extended in v.html

    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                  "d.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
    r = post(server, dinkes, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
             % (number, part), {"jawaban": "Daftar penerima terlampir."})
    assert r.status_code == 303, r.text
    # An OPD's answer is the desk's working paper, not the citizen's news.
    shows(server, number, code, "Diproses PPID Pelaksana; waktu jawaban diperpanjang",
          absent=["Daftar penerima terlampir."])

    pdf = b"%PDF-1.4\n% beasiswa\n"
    r = post(server, dinkes, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "diberikan_seluruhnya",
              "informasi_diberikan": "Daftar penerima beasiswa 2026",
              "bentuk": "softcopy", "cara_penyampaian": "email"},
             files={"dokumen": ("beasiswa-simpan.pdf", pdf, "application/pdf")})
    assert r.status_code == 303, r.text
    v = shows(server, number, code,
              "Pemberitahuan tertulis sudah diberikan; informasi menunggu diserahkan",
              "Informasi diberikan seluruhnya", "beasiswa-simpan.pdf",
              "Pemberitahuan tertulis PT-",
              absent=["Diproses PPID Pelaksana"],
              html=["Pemberitahuan tertulis", "Dokumen yang diberikan"],
              html_absent=["Batas waktu pemberitahuan tertulis"],
              xml=["<penerbit>Simpan Dinkes</penerbit>"])
    # The link the citizen clicks (no code in it: the code's cookie goes
    # with it) downloads the document.
    link = re.search(r'href="(/ppid/permohonan/%s/dokumen/\d+)"' % number, v.html)
    assert link, "no document link on the page"
    dl = requests.get(server.url + link.group(1), timeout=10,
                      cookies={"sialip_kode_" + number: code})
    assert dl.status_code == 200 and dl.content == pdf

    r = objection(server, number, code, grounds=("c",),
                  text="Daftar yang dikirim tidak lengkap.")
    assert r.status_code == 303, r.text
    k = re.match(r"^/ppid/keberatan/(K-\d{4}-\d{4})\?kode=", r.headers["Location"]).group(1)
    shows(server, number, code, k, "Daftar yang dikirim tidak lengkap.",
          "Keberatan %s diterima" % k,
          html=["Batas putusan Atasan PPID"], html_absent=["Ajukan keberatan"],
          absent=["Keberatan ditolak", "Keberatan dikabulkan"])

    r = post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
             {"putusan": "dikabulkan",
              "alasan_putusan": "Lampiran kedua harus dikirim ulang."})
    assert r.status_code == 303, r.text
    shows(server, number, code, "Keberatan dikabulkan",
          "Lampiran kedua harus dikirim ulang.", "Simpan Atasan")

    today = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date().isoformat()
    r = post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % k,
             {"nomor_register": "077/REG-PSI/SIMPAN/2026", "didaftarkan_pada": today,
              "tahap": "mediasi"})
    assert r.status_code == 303, r.text
    shows(server, number, code, "077/REG-PSI/SIMPAN/2026", "Mediasi",
          absent=["Putusan: permohonan ditolak"])
    r = post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % k,
             {"nomor_register": "077/REG-PSI/SIMPAN/2026", "didaftarkan_pada": today,
              "tahap": "selesai", "hasil": "ditolak", "diputus_pada": today,
              "uraian_hasil": "Komisi menolak permohonan penyelesaian."})
    assert r.status_code == 303, r.text
    shows(server, number, code, "Putusan: permohonan ditolak",
          "Komisi menolak permohonan penyelesaian.")

    r = post(server, utama, "/ppid/admin/keberatan/%s/perkara" % k,
             {"pengadilan": "ptun", "nomor_perkara": "9/G/KI/2026/PTUN.SIMPAN",
              "didaftarkan_pada": today})
    assert r.status_code == 303, r.text
    shows(server, number, code, "Pengadilan Tata Usaha Negara",
          "9/G/KI/2026/PTUN.SIMPAN", absent=["Gugatan ditolak"])
    r = post(server, utama, "/ppid/admin/keberatan/%s/perkara" % k,
             {"pengadilan": "ptun", "nomor_perkara": "9/G/KI/2026/PTUN.SIMPAN",
              "didaftarkan_pada": today, "hasil": "ditolak", "diputus_pada": today})
    assert r.status_code == 303, r.text
    shows(server, number, code, "9/G/KI/2026/PTUN.SIMPAN", "Gugatan ditolak")


# ---- any writer counts -------------------------------------------------------

def test_a_change_made_by_hand_in_the_request_or_its_history_shows(server, db):
    """An administrator corrects the request in the database, or a tool adds
    an entry to its public history: the citizen sees it on the next view."""
    number, code = changed_by_hand(server, db, "Peta jalan rusak simpan 2025",
                                   "Peta jalan rusak simpan 2026")
    status_recheck_passes()
    shows(server, number, code, "Peta jalan rusak simpan 2026",
          absent=["Peta jalan rusak simpan 2025"])

    add_public_history(db, number, "Berkas fisik diterima bagian arsip.")
    status_recheck_passes()
    v = shows(server, number, code, "Berkas fisik diterima bagian arsip.")
    assert v.history()[-1] == "Berkas fisik diterima bagian arsip."


def test_renamed_officers_show_under_their_new_names(server, db, as_):
    """The notice's issuer (in the XML) and the Atasan who decided the
    objection (on the page) are quoted by name: a rename in the user table
    shows on requests decided long before."""
    utama, atasan = as_("simpan.utama"), as_("simpan.atasan")
    number, code, _ = filed(server)
    assert post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                {"keputusan": "tidak_dikuasai",
                 "diteruskan_ke": "Balai Wilayah Sungai"}).status_code == 303
    r = objection(server, number, code, grounds=("a",), text="Mohon diperiksa ulang.")
    assert r.status_code == 303, r.text
    k = re.match(r"^/ppid/keberatan/(K-\d{4}-\d{4})\?kode=", r.headers["Location"]).group(1)
    assert post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
                {"putusan": "ditolak",
                 "alasan_putusan": "Memang dikuasai balai."}).status_code == 303
    shows(server, number, code, "Simpan Atasan", xml=["<penerbit>Simpan Utama</penerbit>"])

    try:
        db.sql("UPDATE pengguna SET nama = 'Hj. Ratu Simpanah' WHERE username = 'simpan.utama';")
        status_recheck_passes()
        shows(server, number, code, xml=["<penerbit>Hj. Ratu Simpanah</penerbit>"],
              absent=["Simpan Utama"])
        db.sql("UPDATE pengguna SET nama = 'Drs. Atasan Simpanudin' "
               "WHERE username = 'simpan.atasan';")
        status_recheck_passes()
        shows(server, number, code, "Drs. Atasan Simpanudin", absent=["Simpan Atasan"])
    finally:
        db.sql("UPDATE pengguna SET nama = 'Simpan Utama' WHERE username = 'simpan.utama';")
        db.sql("UPDATE pengguna SET nama = 'Simpan Atasan' WHERE username = 'simpan.atasan';")
    status_recheck_passes()
    shows(server, number, code, "Simpan Atasan", xml=["<penerbit>Simpan Utama</penerbit>"])


def test_an_edit_of_the_exemption_a_refusal_quotes_does_not_rewrite_it(server, db, as_):
    """A refusal quotes the exemption register as it stood when the notice
    was issued (the notice keeps a copy): a later correction of the register
    entry does not rewrite the issued notice (issue 16)."""
    utama = as_("simpan.utama")
    number, code, _ = filed(server)
    officer = user(db, "simpan.utama", *OFFICERS["simpan.utama"])
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) VALUES (%s, 'Berkas lelang simpan', 'b', 'UU 14/2008 Pasal 17 b', "
           "'Mengganggu persaingan usaha', '2 tahun', '2030-12-31', '2025-01-02', %s);"
           % (opd_id(db, "inspektorat"), officer))
    entry = db.sql("SELECT MAX(id) FROM informasi_dikecualikan;")[0][0]
    assert post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                {"keputusan": "ditolak_dikecualikan",
                 "dikecualikan_id": entry}).status_code == 303
    shows(server, number, code, "Selesai: pemberitahuan tertulis sudah diberikan",
          xml=["Mengganggu persaingan usaha"])

    db.sql("UPDATE informasi_dikecualikan SET konsekuensi = 'Merugikan persaingan "
           "usaha yang sehat' WHERE id = %s;" % entry)
    status_recheck_passes()
    v = shows(server, number, code, xml=["Mengganggu persaingan usaha"],
              absent=["Merugikan persaingan usaha yang sehat"])
    assert v.xml.findtext("pemberitahuan/pengecualian/konsekuensi") == \
        "Mengganggu persaingan usaha"


def test_a_holiday_added_inside_the_deadline_moves_the_due_date(server, db):
    """The government declares a holiday between the day the request was
    received and its due date: the due date the citizen sees moves to the
    next working day, and the holiday is listed among the days not counted.
    When the holiday is withdrawn the due date moves back."""
    number, code, _ = filed(server)
    before = Views(server, number, code)
    day0 = datetime.date.fromisoformat(before.xml.find("tenggat/hari_nol").text)
    due = datetime.date.fromisoformat(
        before.xml.find("tenggat/pemberitahuan/jatuh_tempo").text)
    due_text = before.xml.find("tenggat/pemberitahuan/jatuh_tempo_teks").text
    assert due_text in before.html
    holiday = next_working_day(db, day0)
    assert holiday < due
    moved = next_working_day(db, due)

    try:
        db.sql("INSERT INTO hari_libur (tanggal, jenis, nama) VALUES "
               "('%s', 'libur_nasional', 'Libur uji halaman tersimpan');" % holiday)
        status_recheck_passes()
        after = shows(server, number, code, "Libur uji halaman tersimpan",
                      absent=[due_text])
        assert after.xml.find("tenggat/pemberitahuan/jatuh_tempo").text == moved.isoformat()
        assert after.xml.find("tenggat/pemberitahuan/jatuh_tempo_teks").text in after.html
    finally:
        db.sql("DELETE FROM hari_libur WHERE tanggal = '%s';" % holiday)
    status_recheck_passes()
    back = shows(server, number, code, due_text, absent=["Libur uji halaman tersimpan"])
    assert back.xml.find("tenggat/pemberitahuan/jatuh_tempo").text == due.isoformat()


# ---- the kept page is what is sent --------------------------------------------

def test_the_kept_page_is_sent_until_the_request_changes(server, db, clear_throttle):
    """With the trigger that marks a request changed when its history grows
    taken away, an entry added by hand does not show: the views are the kept
    page.  Marking the request changed brings the entry in.  (This is what
    gives the tests above their meaning.)"""
    number, code, _ = filed(server)
    shows(server, number, code, "Permohonan diterima melalui")
    saved = db.sql("SHOW CREATE TRIGGER audit_versi_permohonan_ai;")[0][2]
    create = saved.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
    assert create.startswith("CREATE ") and "audit_versi_permohonan_ai" in create
    try:
        db.sql("DROP TRIGGER audit_versi_permohonan_ai;")
        add_public_history(db, number, "Catatan yang belum terlihat.")
        status_recheck_passes()
        shows(server, number, code, "Permohonan diterima melalui",
              absent=["Catatan yang belum terlihat."])
        db.sql("INSERT INTO permohonan_versi (permohonan_id, versi) SELECT id, 1 "
               "FROM permohonan WHERE nomor = '%s' "
               "ON DUPLICATE KEY UPDATE versi = versi + 1;" % number)
        status_recheck_passes()
        shows(server, number, code, "Catatan yang belum terlihat.")
    finally:
        db.sql("DROP TRIGGER IF EXISTS audit_versi_permohonan_ai;")
        db.sql(create + ";")
    assert db.sql("SHOW CREATE TRIGGER audit_versi_permohonan_ai;")[0][2] == saved


# ---- not someone else's -------------------------------------------------------

def test_a_wrong_code_or_another_requests_code_shows_nothing(server, throttle_window_passes):
    """Once A's page is kept, A's number with a wrong code, or with B's code,
    and B's number with A's code are all "not found" and show nothing of
    either request."""
    # Misses of earlier tests from this address (a wrong code in the
    # conversation's tests) must not turn this test's six misses into 429s.
    throttle_window_passes()
    a_number, a_code, _ = filed(server, nama="Pemohon Simpan Alfa",
                                rincian="Rincian rahasia alfa")
    b_number, b_code, _ = filed(server, nama="Pemohon Simpan Beta",
                                rincian="Rincian rahasia beta")
    shows(server, a_number, a_code, "Pemohon Simpan Alfa", "Rincian rahasia alfa")
    shows(server, b_number, b_code, "Pemohon Simpan Beta")

    for number, code in ((a_number, WRONG_CODE), (a_number, b_code), (b_number, a_code)):
        for xml in (False, True):
            r = requests.get(status_url(server, number, code, xml=xml), timeout=10)
            assert r.status_code == 404, (number, code, xml)
            for secret in ("Pemohon Simpan Alfa", "Rincian rahasia alfa",
                           "Pemohon Simpan Beta", "Rincian rahasia beta",
                           a_code, b_code):
                assert secret not in r.text, (number, code, xml, secret)
            assert "tidak cocok" in r.text
    # The rightful owner still gets their own page (once the failed tries
    # are forgotten: VIEWS lookups in parallel on top of them would be
    # throttled, which is not what this test is about).
    throttle_window_passes()
    shows(server, a_number, a_code, "Pemohon Simpan Alfa", absent=["Pemohon Simpan Beta"])


def test_a_staff_visit_does_not_leak_into_the_public_page(server, as_):
    """An officer logged in opens a citizen's status page, before and after
    the public has: they get their own page with their menu and logout
    button, and the public never sees that menu, button or token."""
    utama = as_("simpan.utama")
    number, code, _ = filed(server, nama="Pemohon Simpan Gama")
    staff_marks = ('class="keluar"', "Keluar (Simpan Utama)", 'name="csrf"',
                   "Menu petugas")

    def staff_views():
        got = fetch_all([status_url(server, number, code)] * VIEWS,
                        get=lambda url: utama.get(url, timeout=10))
        for r in got:
            assert r.status_code == 200
            assert "Pemohon Simpan Gama" in r.text
            for mark in staff_marks:
                assert mark in r.text, mark

    staff_views()            # the officer is first: nothing kept yet
    shows(server, number, code, "Pemohon Simpan Gama", html=["Masuk petugas"],
          absent=staff_marks)
    staff_views()            # and after the public page is kept
    shows(server, number, code, "Pemohon Simpan Gama", html=["Masuk petugas"],
          absent=staff_marks)


def test_the_page_asked_for_in_another_way_is_still_the_right_page(server):
    """A program asking for XML at the page's own address gets XML, and does
    not turn the browsers' page into XML; the code typed in small letters
    without dashes shows the same page, with the code printed properly."""
    number, code, _ = filed(server, nama="Pemohon Simpan Delta")
    address = status_url(server, number, code)
    for r in fetch_all([address] * VIEWS, get=lambda url: requests.get(
            url, headers={"Accept": "application/xml"}, timeout=10)):
        assert r.status_code == 200
        assert r.headers["Content-Type"].startswith("application/xml")
        assert etree.fromstring(r.content).findtext("nama") == "Pemohon Simpan Delta"
    v = shows(server, number, code, "Pemohon Simpan Delta", html=["<!DOCTYPE html>"])
    assert v.xml.findtext("kode") == code
    typed = code.replace("-", "").lower()
    for r in fetch_all([status_url(server, number, typed)] * VIEWS):
        assert r.status_code == 200
        assert r.text == v.html
        assert code in r.text


# ---- other settings, on a second Apache -------------------------------------

@contextmanager
def second_server(server, tmp_path_factory, name, extra):
    """A second Apache on the same database, with the test configuration
    plus extra."""
    workdir = tmp_path_factory.mktemp(name)
    port = harness.free_port()
    with open(server.conf) as f:
        text = f.read()
    text = text.replace(server.dir, str(workdir))
    text = text.replace("Listen 127.0.0.1:%d" % server.port, "Listen 127.0.0.1:%d" % port)
    text = text.replace("ServerName 127.0.0.1:%d" % server.port,
                        "ServerName 127.0.0.1:%d" % port)
    conf = workdir / "httpd.conf"
    conf.write_text(text + "\n" + extra + "\n")
    proc = subprocess.Popen(["apache2", "-f", str(conf), "-DFOREGROUND"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        harness.wait_for_port(port, proc)

        class Second:
            url = "http://127.0.0.1:%d" % port
            error_log = str(workdir / "error.log")
        yield Second
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def uncached_server(server, tmp_path_factory):
    with second_server(server, tmp_path_factory, "tanpa-simpan",
                       "SialipStatusCache none") as s:
        yield s


@pytest.fixture(scope="module")
def patient_server(server, tmp_path_factory):
    with second_server(server, tmp_path_factory, "periksa-lama",
                       "SialipStatusRecheck 600") as s:
        yield s


def test_a_page_checked_recently_is_sent_from_memory(patient_server, db):
    """Within SialipStatusRecheck the kept page is sent without asking the
    database: a change made by hand does not show (this is the staleness an
    admin accepts for changes made outside the server).  Any write through
    the server (here a new filing) makes the next view ask, and the change
    shows; a wrong code is still refused, never served from memory."""
    number, code = changed_by_hand(patient_server, db, "Rincian periksa lama",
                                   "Rincian periksa baru")
    shows(patient_server, number, code, "Rincian periksa lama",
          absent=["Rincian periksa baru"])
    r = requests.get(status_url(patient_server, number, WRONG_CODE), timeout=10)
    assert r.status_code == 404 and "Rincian periksa" not in r.text

    filed(patient_server)
    shows(patient_server, number, code, "Rincian periksa baru",
          absent=["Rincian periksa lama"])


def test_with_the_cache_off_every_view_is_current(uncached_server, db):
    """A site that turns the cache off still serves the status page, and
    shows every change at once."""
    number, code = changed_by_hand(uncached_server, db, "Rincian tanpa simpanan lama",
                                   "Rincian tanpa simpanan baru")
    shows(uncached_server, number, code, "Rincian tanpa simpanan baru",
          absent=["Rincian tanpa simpanan lama"])
    # The trigger-less write that the cache would hide shows here at once.
    add_public_history(db, number, "Catatan tanpa simpanan.")
    shows(uncached_server, number, code, "Catatan tanpa simpanan.")
    with open(uncached_server.error_log) as f:
        assert "pages are not shared between children" not in f.read()


@pytest.fixture(scope="module")
def small_cache_server(server, tmp_path_factory):
    """A cache of two sub-caches of 15 entries each (shmcb:(65536)) and a
    check against the database at every view (SialipStatusRecheck 0), so
    each view records a check."""
    with second_server(server, tmp_path_factory, "simpanan-kecil",
                       "SialipStatusCache shmcb:(65536)\nSialipStatusRecheck 0") as s:
        yield s


def test_checks_do_not_push_the_kept_pages_out(small_cache_server, db):
    """Recording that a kept page was found current must not use up the
    cache: the checks had been stored in the cache's ring beside the pages,
    and a few dozen checks filled a sub-cache's index, pushed the pages
    out and had them rendered again (the soak's memory grew towards the
    cache's size).  Here each page's details are changed by hand with its
    version put back, so a kept page shows the old details and a rendered
    one the new: after 30 checked views of each of five pages all of them
    still show the old."""
    srv = small_cache_server
    pages = []
    for i in range(5):
        before, after = "Rincian catatan lama %d" % i, "Rincian catatan baru %d" % i
        number, code, _ = filed(srv, rincian=before)
        s = requests.Session()
        r = s.get(status_url(srv, number, code), timeout=10)
        assert r.status_code == 200 and before in r.text, r.text[:300]
        pages.append((s, number, before, after))
    for s, number, before, after in pages:
        versi = db.sql("SELECT v.versi FROM permohonan_versi v JOIN permohonan p "
                       "ON p.id = v.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
        db.sql("UPDATE permohonan SET rincian = '%s' WHERE nomor = '%s';" % (after, number))
        db.sql("UPDATE permohonan_versi v JOIN permohonan p ON p.id = v.permohonan_id "
               "SET v.versi = %s WHERE p.nomor = '%s';" % (versi, number))
    for _ in range(30):
        for s, number, before, after in pages:
            r = s.get("%s/ppid/permohonan/%s" % (srv.url, number), timeout=10)
            assert r.status_code == 200, r.text[:300]
            assert before in r.text and after not in r.text, \
                "the kept page of %s was rendered again" % number
    # The views above were the kept pages: a new version brings the change.
    for s, number, before, after in pages:
        db.sql("UPDATE permohonan_versi v JOIN permohonan p ON p.id = v.permohonan_id "
               "SET v.versi = v.versi + 1 WHERE p.nomor = '%s';" % number)
        r = s.get("%s/ppid/permohonan/%s" % (srv.url, number), timeout=10)
        assert after in r.text and before not in r.text
