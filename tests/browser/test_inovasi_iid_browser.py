"""The Indeks Inovasi Daerah in a real browser (headless Chromium): an OPD
officer uploads evidence for an indicator, Bappeda's evaluator verifies it,
and leadership reads the simulated index with its charts on a 360 px
phone without sideways scrolling and without anything the CSP blocks.
Year 2051 (a copy of 2025's catalogue)."""
import os
import tempfile

import pytest
from selenium.webdriver.common.by import By

import harness
from peramban import wait_page
from test_inovasi_browser import Staf, csp_errors, log_in, log_out, png_bytes

PASSWORD = "kata-sandi-inovasi-web-1"
TAHUN = "2051"


@pytest.fixture(scope="module")
def inovasi(server, db):
    for user, roles, opd in (("iid.web.opd", ["opd_inovasi"], "dinkes"),
                             ("iid.web.eval", ["evaluator"], "bappeda"),
                             ("iid.web.pimpinan", ["pimpinan"], None)):
        harness.add_user(db, user, PASSWORD, "Uji " + user, roles, opd_kode=opd, cost=4)
    officer, evaluator = Staf(server, "iid.web.opd"), Staf(server, "iid.web.eval")
    evaluator.post("/inovasi/admin/iid/%s/salin" % TAHUN, {})
    location = officer.post("/inovasi/admin/inovasi", {
        "nama": "Antar Obat Lansia", "tahun": TAHUN, "bentuk": "pelayanan_publik",
        "jenis": "non_digital", "tahapan": "uji_coba", "tanggal_uji_coba": "2051-01-06",
        "inisiator": "asn", "urusan": "Kesehatan", "ringkasan": "Obat diantar ke rumah.",
        "rancang_bangun": "Lansia sulit ke apotek; kurir puskesmas.",
        "tujuan": "Lansia minum obat teratur.", "manfaat": "Kontrol penyakit kronis.",
        "kontak_nama": "Ns. Dewi", "kontak_email": "lansia@dinkes.serangkab.go.id",
        "replikasi": "bukan"})
    return location.rsplit("/", 1)[1]


@pytest.fixture
def evidence():
    fd, path = tempfile.mkstemp(prefix="sk-regulasi-", suffix=".png")
    with os.fdopen(fd, "wb") as f:
        f.write(png_bytes())
    yield path
    os.unlink(path)


def test_evidence_verified_and_the_index_on_a_phone(server, db, browser, inovasi, evidence):
    page = "/inovasi/admin/inovasi/%s/iid/%s" % (inovasi, TAHUN)
    log_in(browser, server, "iid.web.opd")
    browser.get(server.url + page)
    section = browser.find_element(By.ID, "indikator-16")
    section.find_element(By.CSS_SELECTOR, "select[name=level] option[value='2']").click()
    section.find_element(By.ID, "berkas-16").send_keys(evidence)
    form = section.find_element(By.CSS_SELECTOR, "form[enctype='multipart/form-data']")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(browser, form)
    assert os.path.basename(evidence) in browser.find_element(By.ID, "indikator-16").text
    assert db.sql("SELECT level, status FROM iid_bukti WHERE inovasi_id = %s;" % inovasi) == \
        [["2", "diajukan"]]
    assert csp_errors(browser) == []
    log_out(browser)

    log_in(browser, server, "iid.web.eval")
    browser.get(server.url + page)
    section = browser.find_element(By.ID, "indikator-16")
    form = section.find_element(By.CSS_SELECTOR, "form[action$='/16/periksa']")
    form.find_element(By.CSS_SELECTOR, "button[name=aksi][value=verifikasi]").click()
    wait_page(browser, form)
    assert browser.find_element(By.CSS_SELECTOR, "#indikator-16 .terverifikasi").text == "2"
    log_out(browser)

    log_in(browser, server, "iid.web.pimpinan")
    browser.set_window_size(360, 900)
    try:
        browser.get(server.url + "/inovasi/dasbor?tahun=" + TAHUN)
        iid = browser.find_element(By.ID, "iid")
        iid.find_element(By.TAG_NAME, "summary").click()     # folded (issue 17)
        assert browser.find_element(By.ID, "iid-indeks").text not in ("", "0,00")
        charts = iid.find_elements(By.CSS_SELECTOR, "svg")
        assert len(charts) == 2 and all(c.is_displayed() for c in charts)
        assert len(browser.find_elements(By.CSS_SELECTOR, "#iid-aksi li")) == 3
        wide = browser.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth];")
        assert wide[0] <= wide[1], wide
        for path in (page, "/inovasi/admin/iid/" + TAHUN):
            browser.get(server.url + path)
            wide = browser.execute_script(
                "return [document.documentElement.scrollWidth, window.innerWidth];")
            assert wide[0] <= wide[1], (path, wide)
        assert csp_errors(browser) == []
    finally:
        browser.set_window_size(1280, 1024)
    log_out(browser)
