"""Issue 17 items 5-6 in headless Chromium at 360 px: the DIP's compact
list and its filter selects (never cut), and the written notice form that
shows only the chosen outcome's fields (CSS alone) and ends on a printable
letter with a print button.  SIALIP_LAYAR=<dir> also saves screenshots at
360 and 1280 px for a person to look at."""
import os

import pytest
from selenium.webdriver.common.by import By

import harness
from client import filed, login, staff_post
from peramban import fits, log_in, wait_page

pytestmark = pytest.mark.usefixtures("clear_throttle")
PASSWORD = "kata-sandi-peramban-17"
YEAR = 2091
SHOTS = os.environ.get("SIALIP_LAYAR")


def shot(driver, name):
    if not SHOTS:
        return
    os.makedirs(SHOTS, exist_ok=True)
    for width in (360, 1280):
        driver.set_window_size(width, 900)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(height + 120, 6000))
        driver.save_screenshot(os.path.join(SHOTS, "%s-%d.png" % (name, width)))
    driver.set_window_size(360, 800)


@pytest.fixture(scope="module")
def setup(server, db):
    harness.add_user(db, "p17.utama", PASSWORD, "Utama Peramban 17", ["ppid_utama"],
                     opd_kode="diskominfo", cost=4)
    harness.add_user(db, "p17.dinkes", PASSWORD, "Dinkes Peramban 17", ["ppid_pelaksana"],
                     opd_kode="dinkes", cost=4)
    db.sql("INSERT IGNORE INTO opd (kode, nama, singkatan) VALUES ('uji-p17', "
           "'Dinas Pemberdayaan Masyarakat dan Desa Uji Peramban Panjang', 'DPMDUP');")
    opd = db.sql("SELECT id FROM opd WHERE kode = 'uji-p17';")[0][0]
    creator = db.sql("SELECT id FROM pengguna WHERE username = 'p17.utama';")[0][0]
    rows = ", ".join(
        "(%s, 'P17-%02d', '%s', 'Laporan kesehatan ibu dan anak desa nomor %d tahun %d', "
        "'Kepala', 'Sekretaris', 'Serang', 'PDF', '5 tahun', %d, 'terbit', "
        "UTC_TIMESTAMP(), UTC_TIMESTAMP(), %s)"
        % (opd, i, ("berkala", "serta_merta", "setiap_saat")[i % 3], i, YEAR, YEAR, creator)
        for i in range(25))
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, status, "
           "dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES %s;" % rows)
    return opd


def test_the_dip_list_is_compact_and_its_selects_are_not_cut(browser, server, setup):
    for width in (1280, 360):
        browser.set_window_size(width, 900)
        browser.get(server.url + "/ppid/dip?q=kesehatan+ibu&tahun=%d" % YEAR)
        assert fits(browser)
        rows = browser.find_elements(By.CSS_SELECTOR, "ol.daftar-dip > li.entri-dip")
        assert len(rows) == 20
        # One row each: the title's lines and a short line under it.
        tallest = max(r.size["height"] for r in rows)
        assert tallest < (110 if width == 360 else 70), tallest
        first = rows[0].find_element(By.CSS_SELECTOR, "a.judul-dip")
        assert first.text.startswith("Laporan kesehatan ibu dan anak desa")
        # Each select is as wide as the text of its choices.
        for name in ("kategori", "opd", "tahun"):
            cut = browser.execute_script("""
                var s = document.getElementById(arguments[0]);
                var probe = document.createElement('span');
                var cs = getComputedStyle(s);
                probe.style.font = cs.font; probe.style.position = 'absolute';
                probe.style.whiteSpace = 'nowrap';
                probe.textContent = s.options[s.selectedIndex].text;
                document.body.appendChild(probe);
                var need = probe.getBoundingClientRect().width;
                probe.remove();
                return s.clientWidth < need + 16 ? [s.clientWidth, need] : null;""", name)
            if width == 1280 or name != "opd":
                assert cut is None, (width, name, cut)
    shot(browser, "dip-daftar")
    browser.find_element(By.CSS_SELECTOR, "a.judul-dip").click()
    assert browser.find_element(By.CSS_SELECTOR, "table.entri-dip-rinci")
    assert fits(browser)
    shot(browser, "dip-satu")
    browser.get(server.url + "/ppid/statistik")
    assert fits(browser)
    shot(browser, "statistik")
    browser.get(server.url + "/inovasi/")
    shot(browser, "inovasi")


def test_the_notice_form_shows_the_chosen_outcome_only(browser, server, db, setup):
    number, _, _ = filed(server, cara_memperoleh="salinan_softcopy", cara_salinan="email")
    utama = login(server, "p17.utama", PASSWORD)
    dinkes = login(server, "p17.dinkes", PASSWORD)
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                      {"opd": db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0],
                       "catatan": "Mohon."}).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = d.permohonan_id "
                  "WHERE p.nomor = '%s';" % number)[0][0]
    assert staff_post(server, dinkes, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                      % (number, part), {"jawaban": "Data imunisasi terlampir."}
                      ).status_code == 303

    browser.set_window_size(360, 800)
    log_in(browser, server, "p17.utama", PASSWORD)
    browser.get(server.url + "/ppid/admin/permohonan/%s/pemberitahuan" % number)
    shown = lambda: sorted(f.get_attribute("id") for f in
                           browser.find_elements(By.CSS_SELECTOR, "fieldset.hasil")
                           if f.is_displayed())
    assert shown() == []
    assert browser.find_element(By.CSS_SELECTOR, ".petunjuk-hasil").is_displayed()
    assert fits(browser)
    browser.find_element(By.CSS_SELECTOR, "label[for=keputusan-tidak_dikuasai]").click()
    assert shown() == ["hasil-tidak-dikuasai"]
    browser.find_element(By.CSS_SELECTOR, "label[for=keputusan-diberikan_sebagian]").click()
    assert shown() == ["hasil-diberikan", "hasil-penyediaan", "hasil-sebagian"]
    browser.find_element(By.CSS_SELECTOR, "label[for=keputusan-diberikan_seluruhnya]").click()
    assert shown() == ["hasil-diberikan", "hasil-penyediaan"]
    assert not browser.find_element(By.CSS_SELECTOR, ".petunjuk-hasil").is_displayed()
    assert browser.find_element(By.ID, "informasi_diberikan").get_attribute("value") == \
        "Data imunisasi terlampir."
    assert browser.find_element(By.ID, "bentuk-softcopy").is_selected()
    assert browser.find_element(By.ID, "cara_penyampaian-email").is_selected()
    assert fits(browser)
    shot(browser, "pemberitahuan-form")
    browser.find_element(By.ID, "penandatangan_nip").send_keys("19800101 200501 1 001")
    form = browser.find_element(By.CSS_SELECTOR, "form.pemberitahuan")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(browser, form)
    assert browser.current_url.endswith("/pemberitahuan/cetak")
    # The script shows the print button; the way back is beside it.
    assert browser.find_element(By.CSS_SELECTOR, "button.tombol-cetak").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "a.kembali").get_attribute("href") \
        .endswith("/ppid/admin/permohonan/" + number)
    assert "NIP. 19800101 200501 1 001" in browser.page_source
    assert fits(browser)
    shot(browser, "pemberitahuan-cetak")
