"""Issue 18, item 3 in a real browser on a 360 px phone: the applicant
writes to the PPID from the status page with an attachment, an empty
message comes back beside the field, and a request for clarification is
shown and answered; nothing scrolls sideways.  SIALIP_LAYAR=<folder> keeps
screenshots at 360 and 1280 px for a person to look at."""
import os

import pytest
import requests
from selenium.webdriver.common.by import By

import harness
from client import PNG_BYTES, STAFF_PASSWORD, csrf_of, filed, login
from peramban import fits, submit, temp_file

pytestmark = pytest.mark.usefixtures("clear_throttle")


def shot(driver, name):
    folder = os.environ.get("SIALIP_LAYAR")
    if not folder:
        return
    os.makedirs(folder, exist_ok=True)
    for width in (360, 1280):
        driver.set_window_size(width, 900)
        driver.execute_script("document.getElementById('percakapan').scrollIntoView()")
        driver.save_screenshot(os.path.join(folder, "%s-%d.png" % (name, width)))
    driver.set_window_size(360, 800)


def send(browser, text, attachment=None):
    form = browser.find_element(By.CSS_SELECTOR, "#percakapan form")
    area = form.find_element(By.ID, "tulis-pesan")
    area.clear()
    area.send_keys(text)
    if attachment:
        form.find_element(By.ID, "tulis-pesan-lampiran").send_keys(attachment)
    # The server's check, not the browser's: required is taken away.
    browser.execute_script("arguments[0].removeAttribute('required')", area)
    submit(browser, form)


@pytest.fixture
def scan():
    with temp_file("surat-", PNG_BYTES) as path:
        yield path


def test_the_conversation_on_the_status_page_of_a_phone(browser, server, db, scan):
    harness.add_user(db, "pcpb.utama", STAFF_PASSWORD, "Petugas Uji Peramban",
                     ["ppid_utama"], cost=4)
    db.sql("DELETE FROM pembatasan;")
    number, _, receipt = filed(server)
    browser.set_window_size(360, 800)
    browser.get(server.url + receipt)
    assert browser.current_url.endswith("/ppid/permohonan/" + number)
    assert "tetap berjalan" in browser.find_element(By.CSS_SELECTOR,
                                                    "td.aturan-klarifikasi").text
    send(browser, "   ")
    assert browser.find_element(By.ID, "galat-isi").text == "Pesan wajib diisi."
    assert browser.find_element(By.ID, "tulis-pesan").get_attribute("aria-invalid") == "true"
    assert fits(browser)
    send(browser, "Mohon data dipisah per kecamatan.", scan)
    assert browser.current_url.endswith("#percakapan")
    item = browser.find_element(By.CSS_SELECTOR, "li.pesan-pemohon")
    assert "Mohon data dipisah per kecamatan." in item.text
    assert item.find_element(By.CSS_SELECTOR, "a.unduh").text.startswith("surat-")
    assert fits(browser)

    officer = login(server, "pcpb.utama", STAFF_PASSWORD)
    token = csrf_of(officer.get(server.url + "/ppid/admin/", timeout=10).text)
    r = officer.post(server.url + "/ppid/admin/permohonan/%s/pesan" % number,
                     files={"csrf": (None, token), "jenis": (None, "klarifikasi"),
                            "isi": (None, "Kecamatan mana saja yang Anda perlukan?")},
                     headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303
    browser.get(server.url + "/ppid/permohonan/" + number)
    waiting = browser.find_element(By.CSS_SELECTOR, ".klarifikasi-menunggu")
    assert "Menunggu klarifikasi dari pemohon" in waiting.text
    assert browser.find_element(By.CSS_SELECTOR, "label[for=tulis-pesan]").text == \
        "Jawaban klarifikasi untuk PPID"
    assert "PPID Utama" in browser.find_element(By.CSS_SELECTOR, "li.pesan-klarifikasi").text
    assert "Petugas Uji Peramban" not in browser.page_source
    assert fits(browser)
    shot(browser, "percakapan-menunggu")
    send(browser, "Kecamatan Ciruas dan Kragilan.")
    assert not browser.find_elements(By.CSS_SELECTOR, ".klarifikasi-menunggu")
    assert "Jawaban atas permintaan klarifikasi" in browser.find_elements(
        By.CSS_SELECTOR, "li.pesan-pemohon")[-1].text
    assert fits(browser)
    shot(browser, "percakapan-dijawab")
    # The officer's page at a phone's width too.
    for cookie in officer.cookies:
        browser.add_cookie({"name": cookie.name, "value": cookie.value, "path": "/"})
    browser.get(server.url + "/ppid/admin/permohonan/" + number)
    assert "Kecamatan Ciruas dan Kragilan." in browser.find_element(By.ID, "percakapan").text
    assert fits(browser)
    shot(browser, "percakapan-petugas")
    assert requests.get(server.url + "/ppid/permohonan/" + number,
                        timeout=10).status_code == 404
