"""Ground b in a real browser on a 360 px phone: the objection form needs
no request, fits the screen, keeps the input beside an error and gives a
receipt with a number and a tracking code."""
import re

import pytest
from selenium.webdriver.common.by import By

from peramban import wait_page

pytestmark = pytest.mark.usefixtures("clear_throttle")


def fits(driver):
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth")


def test_ground_b_on_a_phone(browser, server):
    browser.set_window_size(360, 800)
    browser.get(server.url + "/ppid/")
    browser.find_element(By.CSS_SELECTOR, 'a[href$="/keberatan/baru"]').click()
    assert "/ppid/keberatan/baru" in browser.current_url
    assert fits(browser)
    browser.find_element(By.ID, "jenis_pemohon-perorangan").click()
    for field, value in (("nama", "Rina Berkala"), ("nik", "12345"),
                         ("alamat", "Jl. Ciruas No. 3"), ("telepon", "081200000003"),
                         ("pekerjaan", "Mahasiswa"),
                         ("rincian", "Laporan keuangan semester I tidak diumumkan"),
                         ("tujuan", "Pengawasan"), ("uraian", "Tidak ada di DIP.")):
        browser.find_element(By.ID, field).send_keys(value)
    form = browser.find_element(By.CSS_SELECTOR, "form.formulir")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(browser, form)
    assert browser.find_element(By.ID, "galat-nik").text
    assert browser.find_element(By.ID, "nama").get_attribute("value") == "Rina Berkala"
    assert fits(browser)
    nik = browser.find_element(By.ID, "nik")
    nik.clear()
    nik.send_keys("3604015807900003")
    form = browser.find_element(By.CSS_SELECTOR, "form.formulir")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(browser, form)
    assert re.search(r"/ppid/keberatan/K-\d{4}-\d{4}$", browser.current_url)
    assert "Tidak disediakannya informasi berkala" in browser.page_source
    assert browser.find_element(By.CSS_SELECTOR, "strong.kode").text
    assert fits(browser)
