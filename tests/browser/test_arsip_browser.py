"""The public archive in a real browser on a 360 px phone (issue 18): the
officer sees the request's personal data marked and publishes the suggested
text; the citizen finds it with the request form's "cari dulu" step without
script, goes on to the form with the words kept, and, with the script, gets
it suggested while typing the request's details.  Every page fits the
screen.  The request is written by hand in the year 2036."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import harness
from peramban import fits, log_in, wait_page

pytestmark = pytest.mark.usefixtures("clear_throttle")
PASSWORD = "kata-sandi-arsip-360"
WORD = "gravelmoor"


@pytest.fixture(scope="module")
def answered(db):
    uid = harness.add_user(db, "peramban.arsip", PASSWORD, "Utama Arsip Peramban",
                           ["ppid_utama"], cost=4)
    base = int(db.sql("SELECT COALESCE(MAX(CAST(SUBSTRING(nomor, 6) AS UNSIGNED)), 0) "
                      "FROM permohonan WHERE tahun = 2036;")[0][0])
    nomor = "2036-%06d" % (base + 1)
    text = ("Saya Hendrawati Lumbangaol (NIK 3604016609910008, HP 0819-2222-3131) "
            "meminta peta drainase %s Kecamatan Kibin." % WORD)
    db.sql("INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, "
           "alamat, telepon, pekerjaan, rincian, tujuan, cara_memperoleh, cara_salinan, "
           "kanal, diterima_pada, hari_nol, jatuh_tempo, status, selesai_pada) VALUES "
           "('%s', 2036, REPEAT('b', 64), 'perorangan', 'Hendrawati Lumbangaol', "
           "'3604016609910008', 'Kibin', '081922223131', 'Petani', '%s', 'Irigasi', "
           "'melihat', 'mengambil_langsung', 'datang', '2036-05-05 02:00:00', "
           "'2036-05-05', '2036-05-19', 'selesai', '2036-05-12 02:00:00');" % (nomor, text))
    pid = db.sql("SELECT id FROM permohonan WHERE nomor = '%s';" % nomor)[0][0]
    db.sql("INSERT INTO pemberitahuan (permohonan_id, nomor, keputusan, penguasaan, "
           "diterbitkan_oleh, diterbitkan_pada) VALUES (%s, 'PT-%s', 'diberikan_seluruhnya', "
           "'dikuasai', %s, '2036-05-12 02:00:00');" % (pid, nomor, uid))
    return nomor


def submit(driver, form):
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(driver, form)


def test_publication_and_cari_dulu_on_a_phone(browser, server, answered):
    browser.set_window_size(360, 800)
    log_in(browser, server, "peramban.arsip", PASSWORD)

    # The officer: the staff menu leads to the archive list, then the request.
    browser.find_element(By.CSS_SELECTOR, 'nav.staf a[href$="/admin/arsip"]').click()
    assert fits(browser)
    browser.get(server.url + "/ppid/admin/arsip/" + answered)
    assert fits(browser)
    marked = {m.get_attribute("class"): m.text
              for m in browser.find_elements(By.CSS_SELECTOR, "blockquote.teks-asli mark")}
    assert marked == {"tanda-nama": "Hendrawati Lumbangaol", "tanda-nik": "3604016609910008",
                      "tanda-telepon": "0819-2222-3131"}
    box = browser.find_element(By.ID, "teks")
    suggested = box.get_attribute("value")
    assert "[dihapus]" in suggested and "Hendrawati" not in suggested
    box.send_keys(" Mohon versi cetak.")
    submit(browser, browser.find_element(By.ID, "form-terbitkan"))
    assert "terbit" in browser.find_element(By.ID, "status-arsip").text
    assert fits(browser)

    # The citizen: the form's first step, without script.
    browser.get(server.url + "/ppid/permohonan/baru")
    assert fits(browser)
    step = browser.find_element(By.CSS_SELECTOR, "section.cari-dulu form")
    step.find_element(By.ID, "cari-dulu-q").send_keys("peta drainase " + WORD)
    submit(browser, step)
    assert "/ppid/cari-dulu" in browser.current_url
    assert fits(browser)
    browser.find_element(By.CSS_SELECTOR, 'a[href$="/ppid/arsip/%s"]' % answered).click()
    WebDriverWait(browser, 30).until(lambda d: "/ppid/arsip/" + answered in d.current_url)
    body = browser.find_element(By.TAG_NAME, "main").text
    assert WORD in body and "Mohon versi cetak." in body and "Hendrawati" not in body
    assert fits(browser)
    browser.back()
    browser.find_element(By.CSS_SELECTOR, "a.tombol").click()
    WebDriverWait(browser, 30).until(lambda d: "/ppid/permohonan/baru" in d.current_url)
    assert browser.find_element(By.ID, "rincian").get_attribute("value") == \
        "peta drainase " + WORD

    # With the script: suggested while the details are typed.
    rincian = browser.find_element(By.ID, "rincian")
    rincian.clear()
    rincian.send_keys("Saya ingin peta %s terbaru" % WORD)
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(
        By.CSS_SELECTOR, '#saran-cari-dulu a[href$="/ppid/arsip/%s"]' % answered))
    assert fits(browser)
