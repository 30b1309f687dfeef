"""The e-Monev evidence pack and the compliance scorecard in a real browser
on a 360 px phone: the PPID Utama reaches both from the staff menu, the
pages fit the screen, and the "Unduh semua bukti (ZIP)" button downloads an
archive that opens with zipfile; the public summary fits too."""
import os
import time
import zipfile

import pytest
from selenium.webdriver.common.by import By

import harness
from peramban import fits, log_in, wait_page

pytestmark = pytest.mark.usefixtures("clear_throttle")

PASSWORD = "kata-sandi-emonev-b1"


@pytest.fixture(scope="module")
def officer(db):
    harness.add_user(db, "peramban.emonev", PASSWORD, "Utama Emonev Peramban",
                     ["ppid_utama"], cost=4)


def test_evidence_pack_and_scorecard_on_a_phone(browser, server, officer, downloads):
    browser.set_window_size(360, 800)
    log_in(browser, server, "peramban.emonev", PASSWORD)

    menu = browser.find_element(By.CSS_SELECTOR, 'nav.staf a[href$="/admin/emonev"]')
    menu.click()
    wait_page(browser, menu)
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Bukti e-Monev KI tahun ")
    assert len(browser.find_elements(By.CSS_SELECTOR, "section.indikator")) == 6
    assert fits(browser)
    button = browser.find_element(By.CSS_SELECTOR, 'a.tombol[href$=".zip"]')
    name = button.get_attribute("href").rsplit("/", 1)[1]
    year = name[:-4]
    button.click()
    target = os.path.join(downloads, "bukti-emonev-%s.zip" % year)
    deadline = time.time() + 120
    while not os.path.exists(target) and time.time() < deadline:
        time.sleep(0.2)
    with zipfile.ZipFile(target) as z:
        assert z.testzip() is None
        assert "bukti-emonev-%s/indeks.html" % year in z.namelist()

    menu = browser.find_element(By.CSS_SELECTOR, 'nav.staf a[href$="/admin/kepatuhan"]')
    menu.click()
    wait_page(browser, menu)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Rapor kepatuhan OPD tahun " + year
    assert browser.find_elements(By.CSS_SELECTOR, "#tabel-kepatuhan tr.opd")
    assert fits(browser)

    browser.get(server.url + "/ppid/")
    browser.find_element(By.CSS_SELECTOR, 'main a[href$="/kepatuhan"]').click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Rapor kepatuhan OPD")
    assert fits(browser)
