"""The citizen's form and receipt in a real browser (issue 17 item 4): the
error summary lists each problem as a link to its field and takes the
focus; every field with an error (text, textarea, radio group) carries
aria-invalid and points to its message; required fields are marked; the
skip link is the first thing the keyboard reaches; the printed receipt is
one A4 page with the "keep this code" note and the tracking address."""
import base64
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from peramban import wait_gone

from client import filed

pytestmark = pytest.mark.usefixtures("clear_throttle")


def open_form(driver, server):
    driver.get(server.url + "/ppid/permohonan/baru")
    WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "nama")))


def test_the_error_summary_links_the_fields_and_takes_the_focus(server, browser):
    open_form(browser, server)
    browser.find_element(By.ID, "nama").send_keys("Pemohon Tanpa Isian Lain")
    form = browser.find_element(By.CSS_SELECTOR, "form.formulir[method=post]")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_gone(browser, form)
    summary = WebDriverWait(browser, 30).until(
        EC.presence_of_element_located((By.ID, "ringkasan-galat")))
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return document.activeElement.id") == "ringkasan-galat")

    links = summary.find_elements(By.CSS_SELECTOR, "li a")
    problems = {a.get_attribute("hash")[1:]: a.text for a in links}
    # A radio group's link leads to its first button; a textarea's to itself.
    for target in ("jenis_pemohon-perorangan", "alamat", "rincian", "tujuan",
                   "cara_memperoleh-melihat", "nik"):
        assert target in problems, (target, problems)
    assert "nama" not in problems
    for target, text in problems.items():
        element = browser.find_element(By.ID, target)
        assert element.get_attribute("aria-invalid") == "true", target
        described = element.get_attribute("aria-describedby")
        assert browser.find_element(By.ID, described).text == text, target
    # Every button of the group is marked, not only the first.
    for radio in browser.find_elements(By.CSS_SELECTOR, "input[name=cara_memperoleh]"):
        assert radio.get_attribute("aria-invalid") == "true"
    # Following a link puts the focus on the field.
    next(a for a in links if a.get_attribute("hash") == "#rincian").click()
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return document.activeElement.id") == "rincian")
    # What was typed is kept.
    assert browser.find_element(By.ID, "nama").get_attribute("value") == \
        "Pemohon Tanpa Isian Lain"


def test_required_fields_are_marked(server, browser):
    open_form(browser, server)
    for target in ("nama", "alamat", "rincian", "tujuan"):
        label = browser.find_element(By.CSS_SELECTOR, "label[for=%s]" % target)
        assert "(wajib)" in label.text, target
    # The occupation: chosen from the list, or typed when it is not there.
    assert "(wajib: pilih, atau tuliskan di bawah)" in browser.find_element(
        By.CSS_SELECTOR, "label[for=pekerjaan_kode]").text
    legends = {e.text for e in browser.find_elements(By.TAG_NAME, "legend")}
    assert "Jenis pemohon (wajib)" in legends
    assert "Cara memperoleh informasi (wajib)" in legends
    assert "Cara mendapatkan salinan informasi (wajib bila meminta salinan)" in legends
    assert "(wajib)" not in browser.find_element(
        By.CSS_SELECTOR, "label[for=email]").text


def test_the_skip_link_comes_first(server, browser):
    open_form(browser, server)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("class") == "lompat"
    assert active.get_attribute("hash") == "#isi"
    assert active.is_displayed() and active.rect["x"] >= 0
    active.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return document.activeElement.id") == "isi")


def test_the_printed_receipt_is_one_page_with_the_note(server, browser):
    number, code, receipt = filed(server, rincian="Salinan dokumen anggaran. " * 20,
                                  tujuan="Penelitian. " * 20)
    browser.get(server.url + receipt)
    WebDriverWait(browser, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".kode")))
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False})["data"])
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, "the receipt prints on %d pages" % pages
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    note = browser.find_element(By.CSS_SELECTOR, ".simpan-kode")
    assert note.is_displayed() and "Simpan kode ini" in note.text
    assert re.search(r"https?://\S+/ppid/lacak", note.text), note.text
    assert browser.find_element(By.CSS_SELECTOR, ".kode").text == code
