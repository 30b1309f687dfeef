"""Accessibility (WCAG 2.1 AA) in a real browser: axe-core runs on the key
public and staff pages and every violation of impact serious or critical
fails the test; keyboard users get a skip link to the content and a
visible focus.

axe-core comes from npm at the version pinned in tests/browser/package-lock.json
(`make deps` runs `npm ci`).  It is put into every page as the page loads,
through the browser's DevTools protocol (sent once per test rather than over
WebDriver on every page, which took seconds a page on a loaded machine);
the pages' Content-Security-Policy (script-src 'self') does not govern that,
and the test checks that the policy is still in force on the page while axe
runs."""
import os
import re

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import harness
from client import filed
from peramban import wait_page

pytestmark = pytest.mark.usefixtures("clear_throttle")

AXE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "node_modules", "axe-core", "axe.min.js")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAIL_IMPACTS = ("serious", "critical")
PASSWORD = "kata-sandi-aksesibilitas-1"
USERNAME = "aksesibilitas.uji"
TAHUN = "2043"

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                   resultTypes: ['violations']})
  .then(r => done({ok: true, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(n => n.target.join(' '))}))}))
  .catch(e => done({ok: false, error: String(e)}));
"""

# An inline script the page's CSP must refuse: if it ran, the policy would
# not be in force and injecting axe would prove nothing about it.
INLINE_PROBE = """
const s = document.createElement('script');
s.textContent = 'window.__sialipInline = true;';
document.head.appendChild(s);
return window.__sialipInline === true;
"""


@pytest.fixture(scope="module")
def axe_source():
    if not os.path.exists(AXE):
        pytest.fail("axe-core is missing: run `make deps` (npm ci in tests/browser)")
    with open(AXE, encoding="utf-8") as f:
        return f.read()


def audit(driver, label):
    """Runs axe on the page open in driver; returns its serious and critical
    violations as readable lines."""
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    assert not driver.execute_script(INLINE_PROBE), (
        "%s: an inline script ran, the CSP is not in force" % label)
    assert driver.execute_script("return typeof axe === 'object'"), (
        "%s: axe-core was not injected" % label)
    driver.set_script_timeout(120)
    result = driver.execute_async_script(RUN_AXE, TAGS)
    assert result["ok"], "%s: axe.run failed: %s" % (label, result.get("error"))
    return ["%s [%s] %s: %s (%s)" % (label, v["impact"], v["id"], v["help"],
                                       "; ".join(v["targets"][:8]))
            for v in result["violations"] if v["impact"] in FAIL_IMPACTS]


def audit_pages(driver, server, axe_source, pages):
    found = []
    added = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                   {"source": axe_source})
    try:
        for label, path in pages:
            driver.get(server.url + path)
            assert driver.find_elements(By.TAG_NAME, "h1"), "%s: no page at %s" % (label, path)
            found += audit(driver, "%s (%s)" % (label, path))
    finally:
        # The browser goes on to the module's next test without it.
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument",
                               {"identifier": added["identifier"]})
    assert not found, ("axe-core: %d serious/critical violation(s):\n  " % len(found)
                       + "\n  ".join(found))


@pytest.fixture(scope="module")
def officer(db):
    harness.add_user(db, USERNAME, PASSWORD, "Petugas Aksesibilitas",
                     ["admin", "ppid_utama", "pimpinan"], cost=4)
    return USERNAME


@pytest.fixture(scope="module")
def innovation(server, db):
    """A published innovation of a year of this file's own, for the
    showcase and a profile."""
    harness.add_user(db, "aksesibilitas.inovasi", PASSWORD, "Inovator Aksesibilitas",
                     ["opd_inovasi"], opd_kode="dinkes", cost=4)
    s = requests.Session()
    r = s.post(server.url + "/ppid/masuk", data={"username": "aksesibilitas.inovasi",
                                                 "password": PASSWORD},
               allow_redirects=False, timeout=30)
    assert r.status_code == 303
    csrf = re.search(r'name="csrf" value="([0-9a-f]{32})"',
                     s.get(server.url + "/inovasi/", timeout=30).text).group(1)
    r = s.post(server.url + "/inovasi/admin/inovasi", data={
        "csrf": csrf, "nama": "Posyandu Ramah Difabel", "tahun": TAHUN,
        "bentuk": "pelayanan_publik", "jenis": "non_digital", "tahapan": "uji_coba",
        "tanggal_uji_coba": TAHUN + "-02-03", "inisiator": "asn", "urusan": "Kesehatan",
        "ringkasan": "Posyandu dengan juru bahasa isyarat.",
        "rancang_bangun": "Kader dilatih bahasa isyarat.", "tujuan": "Semua terlayani.",
        "manfaat": "Ibu tuli dapat berkonsultasi.", "kontak_nama": "Ns. Rahma",
        "kontak_email": "posyandu@dinkes.serangkab.go.id", "replikasi": "bukan"},
        headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text[:2000]
    iid = r.headers["Location"].rsplit("/", 1)[1]
    # Publishing goes through evaluation elsewhere; here only its page matters.
    db.sql("UPDATE inovasi SET terbit = 1 WHERE id = %s;" % int(iid))
    return iid


def log_in(driver, server):
    driver.get(server.url + "/ppid/masuk")
    driver.find_element(By.ID, "username").send_keys(USERNAME)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    form = driver.find_element(By.CSS_SELECTOR, "form.formulir")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(driver, form)
    assert "Beranda petugas" in driver.title


def test_public_pages_have_no_serious_violation(browser, server, axe_source, innovation):
    _, _, receipt = filed(server)
    audit_pages(browser, server, axe_source, [
        ("layanan", "/ppid/"),
        ("formulir permohonan", "/ppid/permohonan/baru"),
        ("tanda bukti", receipt),
        ("lacak", "/ppid/lacak"),
        ("DIP", "/ppid/dip"),
        ("dikecualikan", "/ppid/dikecualikan"),
        ("arsip", "/ppid/arsip"),
        ("cari dulu", "/ppid/cari-dulu?q=anggaran"),
        ("survei", "/ppid/survei"),
        ("kepatuhan", "/ppid/kepatuhan"),
        ("statistik", "/ppid/statistik"),
        ("laporan", "/ppid/laporan"),
        ("tarif", "/ppid/tarif"),
        ("etalase inovasi", "/inovasi/"),
        ("profil inovasi", "/inovasi/" + innovation),
        ("masuk", "/ppid/masuk"),
        ("aksesibilitas", "/ppid/aksesibilitas"),
    ])


def test_staff_pages_have_no_serious_violation(browser, server, axe_source, officer):
    number, _, _ = filed(server)
    log_in(browser, server)
    audit_pages(browser, server, axe_source, [
        ("beranda petugas", "/ppid/admin/"),
        ("kotak permohonan", "/ppid/admin/permohonan"),
        ("permohonan (petugas)", "/ppid/admin/permohonan/" + number),
        ("daftar keberatan", "/ppid/admin/keberatan"),
        ("kelola DIP", "/ppid/admin/dip"),
        ("kelola arsip", "/ppid/admin/arsip"),
        ("pengguna", "/ppid/admin/pengguna"),
        ("dasbor inovasi", "/inovasi/dasbor"),
    ])


def test_keyboard_skip_link_and_visible_focus(browser, server):
    browser.get(server.url + "/ppid/tarif")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.tag_name == "a" and skip.get_attribute("href").endswith("#isi"), (
        "the first Tab stop is not the skip link")
    assert skip.is_displayed() and skip.size["height"] > 0, "the skip link stays hidden"
    outline = browser.execute_script(
        "const s = getComputedStyle(arguments[0]);"
        "return [s.outlineStyle, parseFloat(s.outlineWidth)];", skip)
    assert outline[0] != "none" and outline[1] >= 2, "no visible focus: %r" % outline
    skip.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(
        lambda d: d.switch_to.active_element.get_attribute("id") == "isi")
    # The next Tab goes on inside the content, not back to the menu.
    browser.switch_to.active_element.send_keys(Keys.TAB)
    inside = browser.execute_script(
        "return document.getElementById('isi').contains(document.activeElement)")
    assert inside
