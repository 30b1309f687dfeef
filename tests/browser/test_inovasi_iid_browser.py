"""The Indeks Inovasi Daerah in a real browser (headless Chromium): an OPD
officer uploads evidence for an indicator, Bappeda's evaluator verifies it,
and leadership reads the simulated index with its charts on a 360 px
phone without sideways scrolling and without anything the CSP blocks.
Year 2051 (a copy of 2025's catalogue)."""
import os

import pytest
from selenium.webdriver.common.by import By

import harness
from client import Staf, add_innovation
from peramban import csp_errors, log_in, log_out, png_bytes, temp_file, wait_page

PASSWORD = "kata-sandi-inovasi-web-1"
TAHUN = "2051"


@pytest.fixture(scope="module")
def inovasi(server, db):
    for user, roles, opd in (("iid.web.opd", ["opd_inovasi"], "dinkes"),
                             ("iid.web.eval", ["evaluator"], "bappeda"),
                             ("iid.web.pimpinan", ["pimpinan"], None)):
        harness.add_user(db, user, PASSWORD, "Uji " + user, roles, opd_kode=opd, cost=4)
    officer = Staf(server, "iid.web.opd", PASSWORD)
    evaluator = Staf(server, "iid.web.eval", PASSWORD)
    evaluator.post("/inovasi/admin/iid/%s/salin" % TAHUN, {})
    return add_innovation(officer, TAHUN, nama="Antar Obat Lansia",
                          ringkasan="Obat diantar ke rumah.",
                          tujuan="Lansia minum obat teratur.",
                          manfaat="Kontrol penyakit kronis.")


@pytest.fixture
def evidence():
    with temp_file("sk-regulasi-", png_bytes()) as path:
        yield path


def test_evidence_verified_and_the_index_on_a_phone(server, db, browser, inovasi, evidence):
    page = "/inovasi/admin/inovasi/%s/iid/%s" % (inovasi, TAHUN)
    log_in(browser, server, "iid.web.opd", PASSWORD)
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

    log_in(browser, server, "iid.web.eval", PASSWORD)
    browser.get(server.url + page)
    section = browser.find_element(By.ID, "indikator-16")
    form = section.find_element(By.CSS_SELECTOR, "form[action$='/16/periksa']")
    form.find_element(By.CSS_SELECTOR, "button[name=aksi][value=verifikasi]").click()
    wait_page(browser, form)
    assert browser.find_element(By.CSS_SELECTOR, "#indikator-16 .terverifikasi").text == "2"
    log_out(browser)

    log_in(browser, server, "iid.web.pimpinan", PASSWORD)
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
