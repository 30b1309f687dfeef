"""Bappeda's evaluator edits the IID bands of a year in a real browser
(headless Chromium) on a 360 px phone: the form opens, a refused save comes
back open with the message beside the field and nothing scrolls sideways.
Reads 2023's seeded catalogue; the refused save changes nothing."""
from selenium.webdriver.common.by import By

import harness
from peramban import csp_errors, log_in, log_out, wait_page
from test_inovasi_browser import PASSWORD


def test_the_band_form_on_a_phone(server, db, browser):
    harness.add_user(db, "iid.aturan.web", PASSWORD, "Evaluator Aturan Web", ["evaluator"],
                     opd_kode="bappeda", cost=4)
    log_in(browser, server, "iid.aturan.web", PASSWORD)
    browser.set_window_size(360, 900)
    try:
        browser.get(server.url + "/inovasi/admin/iid/2023")
        form = browser.find_element(By.CSS_SELECTOR, "form[action$='/iid/2023/pita']")
        assert not form.is_displayed()
        form.find_element(By.XPATH, "ancestor::details/summary").click()
        assert form.is_displayed()
        field = form.find_element(By.ID, "pita_bawah_1")
        field.clear()
        field.send_keys("60,015")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait_page(browser, form)
        form = browser.find_element(By.CSS_SELECTOR, "form[action$='/iid/2023/pita']")
        assert form.is_displayed()
        assert "paling banyak 2 desimal" in browser.find_element(By.ID,
                                                                  "galat-pita_nama_1").text
        assert form.find_element(By.ID, "pita_bawah_1").get_attribute("value") == "60,015"
        wide = browser.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth];")
        assert wide[0] <= wide[1], wide
        assert csp_errors(browser) == []
    finally:
        browser.set_window_size(1280, 1024)
    assert db.sql("SELECT batas_bawah FROM inovasi_pita WHERE tahun = 2023 AND urutan = 1;") \
        == [["60.01"]]
    log_out(browser)
