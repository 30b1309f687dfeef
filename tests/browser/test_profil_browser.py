"""Issue 18, items 5-6 in a real browser on a 360 px phone: the request
form's occupation list, kecamatan, gender and special needs fit the screen,
keep what was chosen beside an error, and the filed request's status page
shows the needs."""
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from client import PNG_BYTES
from peramban import fits, submit, temp_file

pytestmark = pytest.mark.usefixtures("clear_throttle")


def send_form(browser):
    submit(browser, browser.find_element(By.CSS_SELECTOR, "form.formulir[method=post]"))


@pytest.fixture
def ktp():
    with temp_file("ktp-", PNG_BYTES) as path:
        yield path


def test_profile_and_needs_on_a_phone(browser, server, ktp):
    browser.set_window_size(360, 800)
    browser.get(server.url + "/ppid/permohonan/baru")
    assert fits(browser)
    browser.find_element(By.ID, "jenis_pemohon-perorangan").click()
    for field, value in (("nama", "Dewi Profil"), ("nik", "3604015807900009"),
                         ("alamat", "Kp. Pontang RT 01"), ("telepon", "081200000009"),
                         ("rincian", "Data irigasi desa"), ("tujuan", "Pertanian")):
        browser.find_element(By.ID, field).send_keys(value)
    Select(browser.find_element(By.ID, "pekerjaan_kode")).select_by_value("lainnya")
    Select(browser.find_element(By.ID, "kecamatan")).select_by_value("pontang")
    browser.find_element(By.ID, "jenis_kelamin-perempuan").click()
    browser.find_element(By.ID, "kebutuhan_huruf_besar").click()
    browser.find_element(By.ID, "cara_memperoleh-membaca").click()
    browser.find_element(By.ID, "cara_salinan-mengambil_langsung").click()
    browser.find_element(By.ID, "identitas").send_keys(ktp)
    send_form(browser)
    # "Lainnya" without words: the message beside the field, choices kept.
    assert "tuliskan pekerjaan" in browser.find_element(By.ID, "galat-pekerjaan").text
    assert Select(browser.find_element(By.ID, "kecamatan")) \
        .first_selected_option.get_attribute("value") == "pontang"
    assert browser.find_element(By.ID, "kebutuhan_huruf_besar").is_selected()
    assert browser.find_element(By.ID, "jenis_kelamin-perempuan").is_selected()
    assert fits(browser)
    browser.find_element(By.ID, "pekerjaan").send_keys("Pengrajin emping")
    # A browser never refills a file field: the document is chosen again.
    browser.find_element(By.ID, "identitas").send_keys(ktp)
    send_form(browser)
    # The filing's ?kode= is exchanged for a cookie (kode_kuki.c).
    assert re.search(r"/ppid/permohonan/\d{4}-\d{6}$", browser.current_url)
    assert browser.find_element(By.CSS_SELECTOR, "td.kebutuhan-khusus").text == \
        "Cetak huruf besar"
    assert fits(browser)
