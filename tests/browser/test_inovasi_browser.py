"""Monitoring in a real browser (headless Chromium): an OPD officer fills
in a period's report with a value, a link and an uploaded file, and submits
it; Bappeda's evaluator opens it, sees the evidence and verifies it; the
dashboard draws its charts without anything the CSP blocks."""
import os
import re
import struct
import tempfile
import zlib

import pytest
import requests
from selenium.webdriver.common.by import By

import harness
from peramban import masuk, wait_page

PASSWORD = "kata-sandi-inovasi-web-1"
TAHUN = "2040"


def png_bytes(width=4, height=4):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\x0b\x6e\x4f" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


class Staf:
    def __init__(self, server, username):
        self.url = server.url
        self.s = requests.Session()
        r = self.s.post(self.url + "/ppid/masuk", data={"username": username,
                                                        "password": PASSWORD},
                        allow_redirects=False, timeout=30)
        assert r.status_code == 303
        self.csrf = re.search(r'name="csrf" value="([0-9a-f]{32})"',
                              self.s.get(self.url + "/inovasi/", timeout=30).text).group(1)

    def post(self, path, data):
        r = self.s.post(self.url + path, data=dict(data, csrf=self.csrf),
                        headers={"Origin": self.url}, allow_redirects=False, timeout=30)
        assert r.status_code == 303, r.text[:2000]
        return r.headers["Location"]


@pytest.fixture(scope="module")
def report(server, db):
    harness.add_user(db, "inov.web.opd", PASSWORD, "Petugas Inovasi Web", ["opd_inovasi"],
                     opd_kode="dinkes", cost=4)
    harness.add_user(db, "inov.web.eval", PASSWORD, "Evaluator Web", ["evaluator"],
                     opd_kode="bappeda", cost=4)
    officer, evaluator = Staf(server, "inov.web.opd"), Staf(server, "inov.web.eval")
    evaluator.post("/inovasi/admin/tahun/%s/periode" % TAHUN,
                   {"jenis": "semester", "nomor": "semua", "hari": "15"})
    location = officer.post("/inovasi/admin/inovasi", {
        "nama": "Layanan Gizi Keliling", "tahun": TAHUN, "bentuk": "pelayanan_publik",
        "jenis": "non_digital", "tahapan": "uji_coba", "tanggal_uji_coba": "2040-01-06",
        "inisiator": "asn", "urusan": "Kesehatan", "ringkasan": "Mobil gizi ke desa.",
        "rancang_bangun": "Desa jauh dari puskesmas; mobil keliling.",
        "tujuan": "Balita terpantau.", "manfaat": "Gizi buruk tertangani.",
        "kontak_nama": "Ns. Wulan", "kontak_email": "gizi@dinkes.serangkab.go.id",
        "replikasi": "bukan"})
    iid = location.rsplit("/", 1)[1]
    rows = [("output", "Desa terlayani", "desa", "0", "40", "naik", "100"),
            ("kemanfaatan", "Balita gizi kurang", "anak", "120", "60", "turun", "100"),
            ("keberlanjutan", "Kader desa aktif", "orang", "10", "10", "naik", "100")]
    form = {"baris": str(len(rows))}
    for k, (dim, nama, satuan, base, target, arah, bobot) in enumerate(rows, start=1):
        form.update({"id_%d" % k: "", "dimensi_%d" % k: dim, "nama_%d" % k: nama,
                     "satuan_%d" % k: satuan, "baseline_%d" % k: base,
                     "target_%d" % k: target, "arah_%d" % k: arah, "bobot_%d" % k: bobot})
    officer.post("/inovasi/admin/inovasi/%s/indikator" % iid, form)
    ids = dict((name, i) for i, name in db.sql(
        "SELECT id, nama FROM inovasi_indikator WHERE inovasi_id = %s;" % iid))
    periode = db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s AND nomor = 1;"
                     % TAHUN)[0][0]
    return {"id": iid, "periode": periode, "ind": ids,
            "path": "/inovasi/admin/inovasi/%s/laporan/%s" % (iid, periode)}


@pytest.fixture
def evidence():
    fd, path = tempfile.mkstemp(prefix="bukti-desa-", suffix=".png")
    with os.fdopen(fd, "wb") as f:
        f.write(png_bytes())
    yield path
    os.unlink(path)


def log_in(driver, server, username):
    wait_page(driver, masuk(driver, server, username, PASSWORD))


def log_out(driver):
    form = driver.find_element(By.CSS_SELECTOR, "form.keluar")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_page(driver, form)


def csp_errors(driver):
    try:
        logs = driver.get_log("browser")
    except Exception:      # a driver without the log endpoint
        return []
    return [e["message"] for e in logs if "Content Security Policy" in e["message"]
            or "Refused to" in e["message"]]


def test_officer_reports_and_evaluator_verifies(server, db, browser, report, evidence):
    ind = report["ind"]
    desa, balita, kader = ind["Desa terlayani"], ind["Balita gizi kurang"], ind["Kader desa aktif"]

    log_in(browser, server, "inov.web.opd")
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

    log_in(browser, server, "inov.web.eval")
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
