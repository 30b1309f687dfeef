"""Every page on a 360 px phone (issue 17 item 3), in headless Chromium.

The pages are the GET routes of the C route tables (read as test_akses.py
reads them), so a page added later is loaded without touching this file: a
route whose placeholders this file cannot fill fails the test by name.
Anonymously and as each staff role, each page the visitor may open is
loaded with data in it (a request routed, answered, with a notice and an
objection; a DIP entry; an exemption; an innovation with a report).  A page
is drawn in the browser only when it brings something not yet measured: its
content (what is inside <main>) or its frame (the header, the staff menu
and the footer of that visitor on that module), as read over HTTP first;
the frame and the content are laid out one above the other, so a page made
of a measured frame and a measured content is measured.  Each page drawn must
- not scroll sideways (document scrollWidth <= innerWidth);
- give every radio button, checkbox, button and link inside a form a tap
  target of at least 24 x 24 px;
- keep each radio button's and checkbox's label beside it;
- draw the text of its charts at 11 px or more;
and the receipt keeps the tracking code on one line."""
import os
import re
import sys

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "integration"))
import harness  # noqa: E402
from peramban import masuk, wait_gone  # noqa: E402
from client import declared_routes, filed  # noqa: E402
from staf_uji import PASSWORD, post, session, user  # noqa: E402
from test_inovasi_bantuan import (STANDARD_SET, buat_inovasi,  # noqa: E402
                                  buat_periode, indikator_ids, lapor, periode_id,
                                  set_indikator)

pytestmark = pytest.mark.usefixtures("clear_throttle")

WIDTH = 360
TAHUN_INOVASI = "2037"
ROLES = ["ppid_utama", "ppid_pelaksana", "atasan_ppid", "admin", "opd_inovasi",
         "evaluator", "pimpinan"]
OPD_OF = {"ppid_pelaksana": "dinkes", "opd_inovasi": "dinkes", "evaluator": "bappeda"}

# Routes that answer with something other than an HTML page: data exports,
# the stylesheet, downloads of stored files.
NOT_PAGES = re.compile(r"\.(xml|csv|jsonld|rdf|xsd|atom|css|js)$"
                       r"|/berkas$|/dokumen/\{berkas\}$|/bukti/\{indikator\}$"
                       r"|/identitas$|/dokumen/\{id\}$|/lampiran$")

PAGES = [(method, pattern, roles) for method, pattern, roles in declared_routes()
         if method == "GET" and not NOT_PAGES.search(pattern)]


class Staf:
    """What the innovation helpers call: post(path, data) with the CSRF
    token, on a session of this file's users."""

    def __init__(self, server, username):
        self.server, self.s = server, session(server, username)

    def post(self, path, data=None, files=None):
        return post(self.s, self.server, path, data or {}, files=files)


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


@pytest.fixture(scope="module")
def contoh(server, db):
    """Data for every page: returns the values the placeholders take."""
    for role in ROLES:
        user(db, "ponsel." + role, [role], OPD_OF.get(role), "Petugas Ponsel " + role)
    utama = session(server, "ponsel.ppid_utama")
    pelaksana = session(server, "ponsel.ppid_pelaksana")
    dinkes = opd_id(db, "dinkes")

    # A request routed to Dinkes, answered, with a notice and an objection.
    number, code, _ = filed(server, nama="Pemohon Ponsel Dengan Nama Yang Cukup Panjang")
    assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi" % number,
                {"opd": dinkes, "catatan": "Mohon dijawab."}).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = d.permohonan_id "
                  "WHERE p.nomor = '%s';" % number)[0][0]
    assert post(pelaksana, server, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                % (number, part), {"jawaban": "Informasi tidak dikuasai Dinkes."}
                ).status_code == 303
    assert post(utama, server, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                {"keputusan": "tidak_dikuasai",
                 "diteruskan_ke": "Badan Pusat Statistik"}).status_code == 303
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": ["a"], "uraian": "Informasi tidak diberikan."},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    m = re.match(r"^/ppid/keberatan/(K-\d{4}-\d{4})\?kode=(.+)$", r.headers["Location"])
    objection, objection_code = m.group(1), m.group(2)

    # A request routed and not answered: the page that closes its part.
    open_number, open_code, _ = filed(server)
    assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi" % open_number,
                {"opd": dinkes, "catatan": "Mohon dijawab."}).status_code == 303
    open_part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p "
                       "ON p.id = d.permohonan_id WHERE p.nomor = '%s';" % open_number)[0][0]

    # A published DIP entry with a long link, and an exemption.
    r = post(pelaksana, server, "/ppid/admin/dip",
             {"nomor": "DIP-PONSEL-001", "kategori": "berkala",
              "ringkasan": "Laporan realisasi anggaran Dinas Kesehatan untuk ponsel",
              "pejabat_penguasa": "Sekretaris Dinas Kesehatan",
              "penanggung_jawab": "Kepala Subbagian Keuangan",
              "waktu_tempat": "Januari 2026, Serang", "bentuk": "Softcopy (PDF)",
              "retensi": "5 tahun", "tahun": "2025",
              "tautan": "https://dinkes.serangkab.go.id/laporan/realisasi-anggaran-2025-"
                        "lengkap-dengan-lampiran"})
    assert r.status_code == 303, r.text
    dip = re.match(r"/ppid/admin/dip/(\d+)", r.headers["Location"]).group(1)
    post(pelaksana, server, "/ppid/admin/dip/%s/ajukan" % dip, {})
    post(utama, server, "/ppid/admin/dip/%s/terbitkan" % dip, {})
    r = post(pelaksana, server, "/ppid/admin/dikecualikan",
             {"informasi": "Dokumen penyelidikan ponsel", "pasal17_huruf": "a",
              "dasar_hukum": "UU 14/2008 Pasal 17 huruf a", "konsekuensi": "Menghambat",
              "jangka_waktu": "5 tahun", "ditetapkan_pada": "2026-01-15",
              "berlaku_sampai": "2031-01-15", "kepentingan_publik": "Setelah putusan",
              "diputuskan_oleh": "PPID Dinas Kesehatan", "unit_pengolah": "Bidang Yankes",
              "alasan_penetapan": "Masih disidik", "tempat_penetapan": "Serang"})
    assert r.status_code == 303, r.text
    kecuali = db.sql("SELECT MAX(id) FROM informasi_dikecualikan "
                     "WHERE informasi = 'Dokumen penyelidikan ponsel';")[0][0]

    # An innovation with indicators and a report in a year of this file.
    opd_staf = Staf(server, "ponsel.opd_inovasi")
    evaluator = Staf(server, "ponsel.evaluator")
    if not db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s;" % TAHUN_INOVASI):
        buat_periode(evaluator, TAHUN_INOVASI, "semester", "semua", hari=20)
    period = periode_id(db, TAHUN_INOVASI, "semester", 1)
    inovasi = buat_inovasi(opd_staf, nama="Inovasi Ponsel", tahun=TAHUN_INOVASI)
    set_indikator(opd_staf, inovasi, STANDARD_SET)
    ids = indikator_ids(db, inovasi)
    lapor(opd_staf, inovasi, period, {i: 10 for i in ids.values()})

    year = number[:4]
    return {
        "nomor": number, "kode": code, "keberatan": objection,
        "kode_keberatan": objection_code, "bagian_nomor": open_number,
        "bagian": open_part, "dip": dip, "dikecualikan": kecuali,
        "inovasi": inovasi, "periode": period, "tahun": year,
        "tanggal": db.sql("SELECT MIN(tanggal) FROM hari_libur;")[0][0],
        "opd": dinkes, "pengguna": db.sql("SELECT MIN(id) FROM pengguna;")[0][0],
        "tarif": db.sql("SELECT MIN(id) FROM tarif;")[0][0],
    }


def concrete(pattern, c):
    """The URL of a route pattern with this file's data, or None."""
    path = pattern
    if "/disposisi/{bagian}/" in path:
        path = path.replace("{nomor}", c["bagian_nomor"]).replace("{bagian}", str(c["bagian"]))
    if path.startswith("/ppid/keberatan/{nomor}"):
        return path.replace("{nomor}", c["keberatan"]) + "?kode=" + c["kode_keberatan"]
    if path.startswith("/ppid/permohonan/{nomor}"):
        return path.replace("{nomor}", c["nomor"]) + "?kode=" + c["kode"]
    if path.startswith("/ppid/admin/keberatan/{nomor}"):
        path = path.replace("{nomor}", c["keberatan"])
    if path.startswith("/inovasi/"):
        path = path.replace("{tahun}", TAHUN_INOVASI)
    ids = [("/dip/", c["dip"]), ("/admin/dikecualikan/", c["dikecualikan"]),
           ("/admin/opd/", c["opd"]), ("/admin/pengguna/", c["pengguna"]),
           ("/admin/tarif/", c["tarif"]), ("/inovasi/", c["inovasi"])]
    for prefix, value in ids:
        if "{id}" in path and prefix in path:
            path = path.replace("{id}", str(value))
    path = (path.replace("{nomor}", c["nomor"]).replace("{tahun}", c["tahun"])
            .replace("{tanggal}", c["tanggal"]).replace("{periode}", str(c["periode"]))
            .replace("{semester}", "1"))
    return None if "{" in path else path


def pages_for(role):
    """The route patterns of the pages role opens: the public pages
    anonymously and as the PPID Utama (the widest staff menu above them),
    for every other role its staff pages."""
    chosen = []
    for method, pattern, roles in PAGES:
        if not roles:
            if role in (None, "ppid_utama"):
                chosen.append(pattern)
        elif role and role in roles:
            chosen.append(pattern)
    return chosen


# Measures the page in the browser: what scrolls sideways (and which
# elements stick out), tap targets under 24 px, chart text under 11 px.
MEASURE = """
// A mobile viewport widens itself to the content (innerWidth follows
// scrollWidth), so the width is the device's, given by the test.
const w = arguments[0], out = {width: window.innerWidth,
  scroll: document.documentElement.scrollWidth, wide: [], small: [], tiny: [], apart: []};
function name(e) {
  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '') +
    (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '') +
    ' "' + (e.innerText || e.value || '').trim().slice(0, 30) + '"';
}
function shown(e) {
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden';
}
if (out.scroll > w) {
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right > w + 0.5 && shown(e)) out.wide.push(name(e) + ' right=' + Math.round(r.right));
    if (out.wide.length > 8) break;
  }
}
for (const e of document.querySelectorAll(
    'form input[type=radio], form input[type=checkbox], form button, form a, ' +
    'form input[type=submit]')) {
  if (!shown(e)) continue;
  const r = e.getBoundingClientRect();
  if (r.width < 23.5 || r.height < 23.5)
    out.small.push(name(e) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
}
// A radio button or checkbox keeps its label beside it: the label's first
// line starts on the same line, just right of it.
for (const e of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
  const label = e.id && document.querySelector('label[for="' + e.id + '"]');
  if (!label || !shown(e) || !shown(label)) continue;
  const range = document.createRange();
  range.selectNodeContents(label);
  const r = e.getBoundingClientRect(), first = range.getClientRects()[0];
  if (!first) continue;
  if (Math.abs((first.top + first.bottom) / 2 - (r.top + r.bottom) / 2) > 12
      || first.left < r.right - 1 || first.left > r.right + 24)
    out.apart.push(name(e));
}
for (const t of document.querySelectorAll('svg text')) {
  if (!shown(t)) continue;
  const svg = t.ownerSVGElement, vb = svg.viewBox && svg.viewBox.baseVal;
  const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
  const px = parseFloat(getComputedStyle(t).fontSize) * scale;
  if (px < 10.95) out.tiny.push('"' + t.textContent.slice(0, 20) + '" ' + px.toFixed(1) + 'px');
}
return out;
"""


def phone(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WIDTH, "height": 740, "deviceScaleFactor": 1, "mobile": True})


def log_in(driver, server, username):
    wait_gone(driver, masuk(driver, server, username, PASSWORD))
    # Leadership alone lands on the innovation dashboard.
    WebDriverWait(driver, 30).until(lambda d: "Beranda petugas" in d.title
                                    or "Dasbor inovasi daerah" in d.title)


def problems_of(driver, url):
    driver.get(url)
    WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.TAG_NAME, "h1")),
                                    message="no page heading at " + url)
    m = driver.execute_script(MEASURE, WIDTH)
    found = []
    if m["scroll"] > WIDTH or m["width"] > WIDTH:
        found.append("scrolls sideways (%d px): %s" % (m["scroll"], "; ".join(m["wide"])))
    if m["small"]:
        found.append("tap targets under 24 px: " + "; ".join(m["small"][:6]))
    if m["apart"]:
        found.append("label apart from its button: " + "; ".join(m["apart"][:6]))
    if m["tiny"]:
        found.append("chart text under 11 px: " + "; ".join(m["tiny"][:4]))
    return found


CSRF = re.compile(r'(name="csrf" value=")[0-9a-f]+"')
MAIN = re.compile(r'<main id="isi"[^>]*>.*</main>', re.S)


def parts(html):
    """(frame, content) of a page: the body without <main>, and <main>;
    the session's CSRF token left out of both.  None for an answer that
    is not such a page (a download): the browser goes there as before."""
    html = CSRF.sub(r'\1"', html)
    start = html.find("<body")
    main = MAIN.search(html, max(start, 0))
    if start < 0 or not main:
        return None
    return html[start:main.start()] + html[main.end():], main.group(0)


@pytest.fixture(scope="module")
def rencana(server, contoh):
    """visitor -> the paths of their pages to draw: every path, read over
    HTTP as that visitor, whose content or frame no earlier visitor's
    chosen page had (visitors in the order [None] + ROLES)."""
    frames, contents, plan = set(), set(), {}
    for role in [None] + ROLES:
        s = session(server, "ponsel." + role) if role else requests.Session()
        plan[role] = []
        for pattern in pages_for(role):
            path = concrete(pattern, contoh)
            if path is None or path.endswith("/masuk"):
                continue
            # As in the browser, whatever the answer (a page whose sample
            # is not the visitor's says so, and is measured too).
            page = parts(s.get(server.url + path, timeout=60).text)
            if page is None:
                plan[role].append(path)
                continue
            frame, content = page
            if frame not in frames or content not in contents:
                frames.add(frame)
                contents.add(content)
                plan[role].append(path)
    return plan


def test_every_route_has_a_sample(contoh):
    missing = [p for _, p, _ in PAGES if concrete(p, contoh) is None]
    assert not missing, "routes this test cannot fill: %s" % missing


@pytest.mark.parametrize("role", [None] + ROLES, ids=["publik"] + ROLES)
def test_every_page_fits_a_phone(server, browser, rencana, role):
    phone(browser)
    if role:
        log_in(browser, server, "ponsel." + role)
    report = {}
    for path in rencana[role]:
        found = problems_of(browser, server.url + path)
        if found:
            report[path] = found
    assert not report, "\n".join("%s: %s" % (p, " | ".join(f)) for p, f in report.items())


def test_the_receipt_keeps_the_tracking_code_on_one_line(server, browser, contoh):
    phone(browser)
    browser.get(server.url + "/ppid/permohonan/%s?kode=%s" % (contoh["nomor"], contoh["kode"]))
    code = WebDriverWait(browser, 30).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, ".kode")))
    lines = browser.execute_script("""
        const range = document.createRange(); range.selectNodeContents(arguments[0]);
        return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
    """, code)
    assert code.text == contoh["kode"]
    assert lines == 1, "the tracking code is split over %d lines" % lines
