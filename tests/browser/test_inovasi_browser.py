"""Monitoring in a real browser (headless Chromium): an OPD officer fills
in a period's report with a value, a link and an uploaded file, and submits
it; Bappeda's evaluator opens it, sees the evidence and verifies it; the
dashboard draws its charts without anything the CSP blocks."""
import os

import pytest
from selenium.webdriver.common.by import By

from client import Staf, add_innovation, add_staff, set_indicators
from peramban import csp_errors, log_in, log_out, png_bytes, temp_file, wait_page

PASSWORD = "kata-sandi-inovasi-web-1"
TAHUN = "2040"


@pytest.fixture(scope="module")
def report(server, db):
    add_staff(db, {"inov.web.opd": (["opd_inovasi"], "dinkes"),
                   "inov.web.eval": (["evaluator"], "bappeda")}, PASSWORD)
    officer = Staf(server, "inov.web.opd", PASSWORD)
    evaluator = Staf(server, "inov.web.eval", PASSWORD)
    evaluator.post("/inovasi/admin/tahun/%s/periode" % TAHUN,
                   {"jenis": "semester", "nomor": "semua", "hari": "15"})
    iid = add_innovation(officer, TAHUN, nama="Layanan Gizi Keliling",
                         ringkasan="Mobil gizi ke desa.", tujuan="Balita terpantau.",
                         manfaat="Gizi buruk tertangani.")
    set_indicators(officer, iid, [
        ("output", "Desa terlayani", "desa", "0", "40", "naik", "100"),
        ("kemanfaatan", "Balita gizi kurang", "anak", "120", "60", "turun", "100"),
        ("keberlanjutan", "Kader desa aktif", "orang", "10", "10", "naik", "100")])
    ids = dict((name, i) for i, name in db.sql(
        "SELECT id, nama FROM inovasi_indikator WHERE inovasi_id = %s;" % iid))
    periode = db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s AND nomor = 1;"
                     % TAHUN)[0][0]
    return {"id": iid, "periode": periode, "ind": ids,
            "path": "/inovasi/admin/inovasi/%s/laporan/%s" % (iid, periode)}


@pytest.fixture
def evidence():
    with temp_file("bukti-desa-", png_bytes()) as path:
        yield path


def test_officer_reports_and_evaluator_verifies(server, db, browser, report, evidence):
    ind = report["ind"]
    desa, balita, kader = ind["Desa terlayani"], ind["Balita gizi kurang"], ind["Kader desa aktif"]

    log_in(browser, server, "inov.web.opd", PASSWORD)
    browser.get(server.url + report["path"])
    assert browser.find_element(By.ID, "status-laporan").text == "Belum dibuat"
    browser.find_element(By.ID, "nilai_%s" % desa).send_keys("30")
    browser.find_element(By.ID, "berkas_%s" % desa).send_keys(evidence)
    browser.find_element(By.ID, "nilai_%s" % balita).send_keys("90")
    browser.find_element(By.ID, "tautan_%s" % balita).send_keys(
        "https://serangkab.go.id/dinkes/gizi-2040.pdf")
    browser.find_element(By.ID, "narasi").send_keys(
        "Tiga puluh desa sudah dikunjungi; kader belum diukur semester ini.")
    form = browser.find_element(By.CSS_SELECTOR, "form.formulir[enctype='multipart/form-data']")
    form.find_element(By.CSS_SELECTOR, "button[name=aksi][value=ajukan]").click()
    wait_page(browser, form)

    assert browser.current_url.endswith(report["path"])
    status = browser.find_element(By.ID, "status-laporan")
    assert status.get_attribute("data-status") == "diajukan"
    assert status.text == "Diajukan, menunggu verifikasi"
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "bukti-desa-" in text and "gizi-2040.pdf" in text
    # desa 30/40, balita (120-90)/(120-60); kader not measured: not counted.
    assert "75,00 %" in text and "50,00 %" in text and "tidak dihitung" in text
    assert db.sql("SELECT b.mime, b.ukuran FROM inovasi_laporan_nilai v JOIN berkas b ON "
                  "b.id = v.bukti_berkas_id WHERE v.indikator_id = %s;" % desa) == \
        [["image/png", str(len(png_bytes()))]]
    assert csp_errors(browser) == []
    log_out(browser)

    log_in(browser, server, "inov.web.eval", PASSWORD)
    browser.get(server.url + report["path"])
    assert browser.find_element(By.ID, "status-laporan").get_attribute("data-status") == "diajukan"
    link = browser.find_element(By.LINK_TEXT, os.path.basename(evidence))
    assert link.get_attribute("href").endswith(report["path"] + "/bukti/%s" % desa)
    browser.find_element(By.ID, "catatan").send_keys("Bukti lengkap, sesuai kunjungan.")
    form = browser.find_element(By.ID, "form-verifikasi")
    form.find_element(By.CSS_SELECTOR, "button[name=aksi][value=verifikasi]").click()
    wait_page(browser, form)
    status = browser.find_element(By.ID, "status-laporan")
    assert status.get_attribute("data-status") == "diverifikasi"
    assert status.text == "Diverifikasi"
    assert "Bukti lengkap, sesuai kunjungan." in browser.find_element(By.TAG_NAME, "main").text
    assert db.sql("SELECT status FROM inovasi_laporan WHERE inovasi_id = %s;"
                  % report["id"]) == [["diverifikasi"]]

    # The achievement now counts on the innovation's page and the dashboard.
    browser.get(server.url + "/inovasi/admin/inovasi/%s" % report["id"])
    assert "laporan terverifikasi Semester 1 %s" % TAHUN in browser.find_element(
        By.TAG_NAME, "main").text
    browser.get(server.url + "/inovasi/dasbor?tahun=%s" % TAHUN)
    # Per OPD, the IID and LAN lab funnels, dimensions and monitoring; no
    # ranking without scores (each section folded under its summary).
    for summary in browser.find_elements(By.CSS_SELECTOR, "main details > summary"):
        summary.click()
    charts = browser.find_elements(By.CSS_SELECTOR, "main svg")
    assert len(charts) == 5 and all(c.is_displayed() for c in charts)
    assert "Belum ada penilaian tahun ini." in browser.find_element(By.ID, "peringkat").text
    bars = browser.find_elements(By.CSS_SELECTOR, "#capaian-dimensi svg rect")
    assert len(bars) == 4 and float(bars[0].get_attribute("width")) > 0
    assert csp_errors(browser) == []
