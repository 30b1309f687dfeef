"""The innovation dashboard on a 360 px phone and a desktop (issue 17 item
9): no sideways scrolling with every folded section opened, every chart
label inside its chart, no text under 12 px, the page short with the
sections folded; and the indicator form's direction select shows its whole
option.  Year 2093.  With SIALIP_TANGKAPAN=<dir> the pages are also saved
as screenshots there, to look at."""
import os

import pytest
from selenium.webdriver.common.by import By

import harness
from client import Staf, add_innovation, set_indicators
from peramban import log_in

PASSWORD = "kata-sandi-inovasi-web-1"
TAHUN = "2093"


@pytest.fixture(scope="module")
def dasbor(server, db):
    for user, roles, opd in (("dasbor.web.opd", ["opd_inovasi"], "dinkes"),
                             ("dasbor.web.eval", ["evaluator"], "bappeda")):
        if not db.sql("SELECT id FROM pengguna WHERE username = '%s';" % user):
            harness.add_user(db, user, PASSWORD, "Uji " + user, roles, opd_kode=opd, cost=4)
    officer = Staf(server, "dasbor.web.opd", PASSWORD)
    evaluator = Staf(server, "dasbor.web.eval", PASSWORD)
    evaluator.post("/inovasi/admin/tahun/%s/periode" % TAHUN,
                   {"jenis": "triwulan", "nomor": "semua", "hari": "3"})
    iid = add_innovation(officer, TAHUN,
                         nama="Layanan Keliling Administrasi Kependudukan Desa Terpencil",
                         tahapan="inisiatif", tanggal_uji_coba=None,
                         urusan="Administrasi kependudukan", ringkasan="Mobil layanan ke desa.",
                         tujuan="KTP tercetak.", anggaran="Rp 150.000.000")
    set_indicators(officer, iid, [
        ("output", "Desa terlayani", "desa", "0", "40", "naik", "100"),
        ("kemanfaatan", "Waktu tunggu", "hari", "14", "2", "turun", "100"),
        ("keberlanjutan", "Petugas aktif", "orang", "2", "6", "naik", "100")])
    return {"id": iid}


def shot(browser, name):
    where = os.environ.get("SIALIP_TANGKAPAN")
    if where:
        os.makedirs(where, exist_ok=True)
        height = browser.execute_script("return document.documentElement.scrollHeight;")
        width = browser.execute_script("return window.innerWidth;")
        browser.set_window_size(max(width, 360), min(height + 140, 6000))
        browser.save_screenshot(os.path.join(where, name + ".png"))


OPEN_ALL = "document.querySelectorAll('main details').forEach(d => d.open = true);"

CLIPPED = """
const out = [];
for (const svg of document.querySelectorAll('main svg[role=img]')) {
  const vb = svg.viewBox.baseVal, scale = svg.getBoundingClientRect().width / vb.width;
  for (const t of svg.querySelectorAll('text')) {
    const b = t.getBBox();
    if (b.x < -0.5 || b.x + b.width > vb.width + 0.5 || b.y < -0.5 || b.y + b.height > vb.height + 0.5)
      out.push('clipped: ' + t.textContent + ' in ' + svg.getAttribute('aria-label') + ' ' +
               [b.x, b.y, b.width, b.height, vb.width, vb.height].map(v => v.toFixed(1)).join(' '));
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    if (px < 12) out.push('small (' + px.toFixed(1) + ' px): ' + t.textContent);
  }
}
return out;"""

SMALL_TEXT = """
const out = [];
for (const el of document.querySelectorAll('main *')) {
  if (el.closest('svg')) continue;
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !el.getClientRects().length) continue;
  const px = parseFloat(getComputedStyle(el).fontSize);
  if (px < 12) out.push(px + ' px: ' + el.textContent.trim().slice(0, 40));
}
return out;"""


def widths(browser):
    return browser.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];")


@pytest.mark.parametrize("width", [360, 1280])
def test_the_dashboard_fits_reads_and_stays_short(server, browser, dasbor, width):
    log_in(browser, server, "dasbor.web.eval", PASSWORD)
    browser.set_window_size(width, 900)
    browser.get(server.url + "/inovasi/dasbor?tahun=" + TAHUN)
    strip = browser.find_element(By.ID, "ringkasan")
    assert strip.is_displayed() and "inovasi tahun %s" % TAHUN in strip.text
    # folded: the summary strip and one line per section
    height = browser.execute_script("return document.documentElement.scrollHeight;")
    assert height < (1800 if width == 360 else 1200), height
    assert widths(browser)[0] <= widths(browser)[1], widths(browser)
    shot(browser, "dasbor-%d-terlipat" % width)
    browser.set_window_size(width, 900)
    # every section opened by its summary, as a person taps it
    for summary in browser.find_elements(By.CSS_SELECTOR, "main details > summary"):
        summary.click()
    assert browser.execute_script(
        "return [...document.querySelectorAll('main details')].every(d => d.open);")
    charts = browser.find_elements(By.CSS_SELECTOR, "main svg[role=img]")
    assert len(charts) >= 5 and all(c.is_displayed() for c in charts)
    assert widths(browser)[0] <= widths(browser)[1], widths(browser)
    assert browser.execute_script(CLIPPED) == []
    assert browser.execute_script(SMALL_TEXT) == []
    shot(browser, "dasbor-%d-terbuka" % width)


def test_the_direction_select_shows_its_whole_option(server, browser, dasbor):
    log_in(browser, server, "dasbor.web.opd", PASSWORD)
    for width in (1280, 360):
        browser.set_window_size(width, 900)
        browser.get(server.url + "/inovasi/admin/inovasi/%s/indikator" % dasbor["id"])
        cut = browser.execute_script("""
            const out = [], c = document.createElement('canvas').getContext('2d');
            for (const s of document.querySelectorAll('select[name^=arah_]')) {
              const st = getComputedStyle(s);
              c.font = st.fontSize + ' ' + st.fontFamily;
              for (const o of s.options) {
                const need = c.measureText(o.text).width + parseFloat(st.paddingLeft)
                             + parseFloat(st.paddingRight) + 24;
                if (s.clientWidth < need) out.push([o.text, s.clientWidth, need]);
              }
            }
            return out;""")
        assert cut == [], (width, cut)
        assert widths(browser)[0] <= widths(browser)[1], (width, widths(browser))
        shot(browser, "indikator-%d" % width)
