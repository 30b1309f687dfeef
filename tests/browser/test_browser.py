"""The request form in a real browser (headless Chromium) against the real
Apache and MariaDB from tests/conftest.py: filing through the form with an
identity document, and the form shown again with its errors."""
import datetime
import os
import re
import shutil
import tempfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from peramban import png_bytes, temp_file, wait_gone

# Failed lookups are throttled per client address and every test comes from
# 127.0.0.1: start with no counters, whatever ran before in this session.
pytestmark = pytest.mark.usefixtures("clear_throttle")

WIB = datetime.timezone(datetime.timedelta(hours=7))
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
          "Agustus", "September", "Oktober", "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
# Crockford base 32: no I, L, O or U.
CODE_RE = r"[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}"

NIK = "3604015807900002"
APPLICANT = {
    "nama": "Dédé Ma'rifah Nurhaliza",
    "nik": NIK,
    "alamat": "Kp. Cilaku RT 02/RW 05, Desa Kramatwatu,\nKec. Kramatwatu, Kab. Serang",
    "telepon": "0812-8765-4321",
    "email": "dede.marifah@example.id",
    "pekerjaan": "Mahasiswa",
    "rincian": "Salinan Laporan Realisasi Anggaran Dinas Kesehatan tahun 2025.",
    "tujuan": "Bahan penulisan skripsi tentang layanan kesehatan daerah.",
}
CHOICES = {
    "jenis_pemohon": "perorangan",
    "cara_memperoleh": "salinan_softcopy",
    "cara_salinan": "email",
}


@pytest.fixture
def identity_png():
    with temp_file("ktp-", png_bytes()) as path:
        yield path


def fill_form(driver, values, choices):
    """Types into the text inputs and textareas and picks the radio
    buttons, as a person would."""
    for name, value in values.items():
        field = driver.find_element(By.ID, name)
        field.clear()
        if value:
            field.send_keys(value)
    for name, value in choices.items():
        radio = driver.find_element(By.ID, "%s-%s" % (name, value))
        radio.click()
        assert radio.is_selected()


def submit(driver):
    """Clicks the submit button and waits for the page that answers; fails
    with the page's own words when the server refused the form."""
    form = driver.find_element(By.CSS_SELECTOR, "form.formulir[method=post]")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_gone(driver, form)
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert heading != "Formulir tidak sah", (
        "the server refused the browser's POST (403): "
        + driver.find_element(By.TAG_NAME, "main").text)


def open_form(driver, server):
    driver.get(server.url + "/ppid/permohonan/baru")
    WebDriverWait(driver, 20).until(EC.presence_of_element_located((By.ID, "identitas")))
    assert "Formulir permohonan informasi publik" in driver.title


def parse_long_date(text):
    """"Senin, 7 Desember 2026" -> date, checking the weekday name."""
    m = re.fullmatch(r"(\w+), (\d{1,2}) (\w+) (\d{4})", text.strip())
    assert m, "not a long Indonesian date: %r" % text
    day = datetime.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
    assert WEEKDAYS[day.weekday()] == m.group(1), text
    return day


def save_screenshot(driver, capsys):
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, max(1024, min(int(height) + 100, 8000)))
    fd, path = tempfile.mkstemp(prefix="sialip-tanda-bukti-", suffix=".png")
    os.close(fd)
    assert driver.save_screenshot(path)
    with capsys.disabled():
        print("\nscreenshot of the receipt: " + path)
    return path


def test_filing_through_the_form_gives_a_receipt(server, db, browser,
                                                 identity_png, capsys):
    today = datetime.datetime.now(WIB).date()
    # The number carries the year of day 0; in the last days of December
    # day 0 can fall in the next year.
    years = {today.year} | ({today.year + 1} if today.month == 12 and today.day >= 24
                            else set())

    open_form(browser, server)
    fill_form(browser, APPLICANT, CHOICES)
    browser.find_element(By.ID, "identitas").send_keys(identity_png)
    submit(browser)

    # The filing's ?kode= is exchanged for a cookie: the page the browser
    # lands on has no code in its URL.
    WebDriverWait(browser, 30).until(
        EC.url_matches(r"/ppid/permohonan/\d{4}-\d{6}$"))
    WebDriverWait(browser, 10).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, "td.nomor")))

    m = re.search(r"/ppid/permohonan/(\d{4})-(\d{6})$", browser.current_url)
    assert m, browser.current_url
    assert int(m.group(1)) in years
    number = "%s-%s" % (m.group(1), m.group(2))

    text = browser.find_element(By.TAG_NAME, "body").text
    assert "Tanda bukti penerimaan permohonan informasi" in text

    shown_number = browser.find_element(By.CSS_SELECTOR, "td.nomor").text
    assert re.fullmatch(r"(\d{4})-\d{6}", shown_number)
    assert shown_number == number
    shown_code = browser.find_element(By.CSS_SELECTOR, "td.kode").text
    assert re.fullmatch(CODE_RE, shown_code), shown_code
    kuki = browser.get_cookie("sialip_kode_" + number)
    assert kuki and kuki["value"] == shown_code and kuki["httpOnly"]

    assert "Batas waktu pemberitahuan tertulis" in text
    assert "10 hari kerja" in text
    due_text = browser.find_element(By.CSS_SELECTOR, ".tenggat .jatuh-tempo").text
    due = parse_long_date(due_text)
    # Ten working days after day 0 (today or the next working day): at
    # least two calendar weeks away, and not absurdly far.
    assert datetime.timedelta(days=14) <= due - today <= datetime.timedelta(days=45)
    stored_due = db.sql("SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';"
                        % number)
    assert stored_due == [[due.isoformat()]]

    assert APPLICANT["nama"] in text
    assert "(Perorangan)" in text
    assert APPLICANT["rincian"] in text
    assert "Mendapatkan salinan (softcopy)" in text
    # Personal data stays off the receipt, in the text and in the markup.
    source = browser.page_source
    assert NIK not in text and NIK not in source
    assert APPLICANT["telepon"] not in source
    assert APPLICANT["email"] not in source

    # The document chosen in the browser arrived and was typed by content.
    berkas = db.sql("SELECT b.mime, b.ukuran FROM permohonan p JOIN berkas b "
                    "ON b.id = p.identitas_berkas_id WHERE p.nomor = '%s';" % number)
    assert berkas == [["image/png", str(len(png_bytes()))]]

    save_screenshot(browser, capsys)


def test_errors_shown_beside_the_fields_and_input_kept(server, browser, identity_png):
    open_form(browser, server)
    values = dict(APPLICANT, nik="123", telepon="", email="")
    fill_form(browser, values, CHOICES)
    browser.find_element(By.ID, "identitas").send_keys(identity_png)   # required
    submit(browser)

    WebDriverWait(browser, 30).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, ".kotak.galat")))
    assert re.search(r"/ppid/permohonan$", browser.current_url), browser.current_url
    assert "Permohonan belum terkirim" in browser.find_element(By.TAG_NAME, "body").text

    # Each message right after its own field, and tied to it for screen
    # readers.
    nik_error = browser.find_element(
        By.XPATH, "//input[@id='nik']/following-sibling::p[1][@id='galat-nik']")
    assert nik_error.text == "NIK harus terdiri dari 16 angka."
    contact_error = browser.find_element(
        By.XPATH, "//input[@id='telepon']/following-sibling::p[1][@id='galat-telepon']")
    assert contact_error.text == "Isi nomor telepon atau alamat e-mail (salah satu wajib)."
    assert browser.find_element(By.ID, "nik").get_attribute("aria-describedby") == "galat-nik"
    assert "isian-salah" in browser.find_element(By.ID, "nik").get_attribute("class")
    # Only those two fields are in error.
    errors = browser.find_elements(By.CSS_SELECTOR, "p.galat-field")
    assert sorted(e.get_attribute("id") for e in errors) == ["galat-nik", "galat-telepon"]

    # What the person typed is still there.
    assert browser.find_element(By.ID, "nama").get_attribute("value") == APPLICANT["nama"]
    assert browser.find_element(By.ID, "nik").get_attribute("value") == "123"
    assert browser.find_element(By.ID, "rincian").get_attribute("value") == APPLICANT["rincian"]
    for name, value in CHOICES.items():
        assert browser.find_element(By.ID, "%s-%s" % (name, value)).is_selected()
