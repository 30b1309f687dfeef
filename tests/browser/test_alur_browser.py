"""The workflow in a real browser: PPID Utama logs in and routes a request
to an OPD; that OPD's PPID Pelaksana answers its part and issues the
written notice with a document; the citizen then opens the receipt, sees
the notice and downloads the document."""
import os
import tempfile
import time

import pytest
from selenium.webdriver.common.by import By

import harness
from peramban import wait_page
from client import filed

pytestmark = pytest.mark.usefixtures("clear_throttle")
PASSWORD = "kata-sandi-browser-1"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture(scope="module")
def officers(db):
    harness.add_user(db, "peramban.utama", PASSWORD, "Utama Peramban", ["ppid_utama"],
                     cost=4)
    harness.add_user(db, "peramban.dinkes", PASSWORD, "Dinkes Peramban",
                     ["ppid_pelaksana"], opd_kode="dinkes", cost=4)


@pytest.fixture
def document():
    fd, path = tempfile.mkstemp(prefix="anggaran-", suffix=".pdf")
    with os.fdopen(fd, "wb") as f:
        f.write(PDF)
    yield path
    os.unlink(path)


def click_submit(driver, form):
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(driver, form)


def log_in(driver, server, username):
    driver.get(server.url + "/ppid/masuk")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    click_submit(driver, driver.find_element(By.CSS_SELECTOR, "form.formulir"))
    assert "Beranda petugas" in driver.title


def log_out(driver):
    click_submit(driver, driver.find_element(By.CSS_SELECTOR, "form.keluar"))
    assert "Anda telah keluar." in driver.page_source


def form_with_action(driver, suffix):
    for form in driver.find_elements(By.CSS_SELECTOR, "form.formulir"):
        if form.get_attribute("action").endswith(suffix):
            return form
    raise AssertionError("no form posting to ..." + suffix)


def test_officers_answer_and_the_citizen_downloads(browser, server, db, officers,
                                                   document, downloads):
    number, code, receipt = filed(server)
    dinkes_id = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]

    log_in(browser, server, "peramban.utama")
    browser.get(server.url + "/ppid/admin/permohonan/" + number)
    form = form_with_action(browser, "/admin/permohonan/%s/disposisi" % number)
    form.find_element(By.ID, "opd-" + dinkes_id).click()
    form.find_element(By.ID, "catatan-disposisi").send_keys("Mohon dijawab.")
    click_submit(browser, form)
    assert "Diteruskan ke PPID Pelaksana" in browser.page_source
    log_out(browser)

    log_in(browser, server, "peramban.dinkes")
    browser.get(server.url + "/ppid/admin/permohonan")
    browser.find_element(By.LINK_TEXT, number).click()
    form = browser.find_element(By.XPATH, "//form[contains(@action, '/jawab')]")
    form.find_element(By.TAG_NAME, "textarea").send_keys("Laporan realisasi terlampir.")
    click_submit(browser, form)
    browser.find_element(By.LINK_TEXT, "Buat pemberitahuan tertulis").click()
    form = form_with_action(browser, "/pemberitahuan")
    form.find_element(By.ID, "keputusan-diberikan_seluruhnya").click()
    form.find_element(By.ID, "informasi_diberikan").send_keys(
        "Laporan Realisasi Anggaran Dinkes 2025")
    form.find_element(By.ID, "bentuk-softcopy").click()
    form.find_element(By.ID, "cara_penyampaian-unduh").click()
    form.find_element(By.ID, "dokumen").send_keys(document)
    # The signatory's NIP (issue 17): asked once, then kept for the officer.
    form.find_element(By.ID, "penandatangan_nip").send_keys("19800101 200501 1 001")
    click_submit(browser, form)
    assert "PT-" + number in browser.find_element(By.CLASS_NAME, "nomor-pemberitahuan").text
    log_out(browser)

    browser.get(server.url + receipt)
    notice = browser.find_element(By.CSS_SELECTOR, ".pemberitahuan .keputusan").text
    assert notice == "Informasi diberikan seluruhnya"
    link = browser.find_element(By.CSS_SELECTOR, ".pemberitahuan a.unduh")
    name = link.text
    link.click()
    target = os.path.join(downloads, name)
    deadline = time.time() + 20
    while not os.path.exists(target) and time.time() < deadline:
        time.sleep(0.2)
    with open(target, "rb") as f:
        assert f.read() == PDF
