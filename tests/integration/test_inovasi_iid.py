"""The Indeks Inovasi Daerah: the catalogue per year as data (seeded 2023
and 2025, copied and edited by Bappeda), evidence per indicator uploaded by
the OPD and verified or returned by Bappeda, the simulated index on the
dashboard for Bappeda and leadership, and the recap as CSV and XML with its
XSD.  Year 2047 (a copy of 2025's catalogue)."""
import csv
import io
import os

import pytest
from lxml import etree

from client import PNG_BYTES
from test_inovasi_bantuan import buat_inovasi, staf, text_of  # noqa: F401

TAHUN = "2047"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
XSD = os.path.join(os.path.dirname(__file__), "..", "..", "mod_inovasi", "schema",
                   "iid-rekap.xsd")
NS = {"r": "urn:serangkab:sialip:iid-rekap:1"}


def test_2023_and_2025_catalogues_are_seeded(db):
    assert db.sql("SELECT tahun, aspek, COUNT(*), MIN(nomor), MAX(nomor) FROM iid_indikator "
                  "WHERE tahun IN (2023, 2025) GROUP BY tahun, aspek ORDER BY tahun, aspek;") \
        == [["2023", "spd", "15", "1", "15"], ["2023", "sid", "20", "16", "35"],
            ["2025", "spd", "15", "1", "15"], ["2025", "sid", "20", "16", "35"]]
    assert db.sql("SELECT tahun, pembagi_min FROM iid_tahun ORDER BY tahun;")[:2] == \
        [["2023", "10"], ["2025", "12"]]
    assert db.sql("SELECT nama, batas_bawah, batas_atas FROM inovasi_pita WHERE tahun = 2025 "
                  "ORDER BY urutan;") == [["Sangat inovatif", "65.01", "100.00"],
                                          ["Inovatif", "35.00", "65.00"],
                                          ["Kurang inovatif", "0.01", "34.99"],
                                          ["Tidak dapat dinilai", "0.00", "0.00"]]
    assert db.sql("SELECT nama FROM iid_indikator WHERE tahun = 2023 AND nomor IN (31, 35) "
                  "ORDER BY nomor;") == [["Replikasi"], ["Video inovasi"]]


@pytest.fixture(scope="module")
def katalog(staf, db):
    evaluator = staf("inov.eval1")
    if not db.sql("SELECT 1 FROM iid_indikator WHERE tahun = %s LIMIT 1;" % TAHUN):
        assert staf("inov.dinkes").post("/inovasi/admin/iid/%s/salin" % TAHUN).status_code \
            == 403
        page = evaluator.xml("/inovasi/admin/iid/" + TAHUN)
        assert page.get("salin_dari") == "2025" and page.find("indikator") is None
        assert evaluator.post("/inovasi/admin/iid/%s/salin" % TAHUN).status_code == 303
    return evaluator


def test_bappeda_copies_and_edits_the_catalogue(staf, db, katalog):
    evaluator = katalog
    page = evaluator.xml("/inovasi/admin/iid/" + TAHUN)
    assert page.get("pembagi_min") == "12" and len(page.findall("indikator")) == 35
    # The IID bands that apply (2025's) are shown with the catalogue.
    assert page.find("pita/predikat").get("bawah") == "65.01"
    form = {"nama": "Regulasi inovasi", "p1": "SK kepala PD", "p2": "Perkada", "p3": "Perda",
            "skor_p1": "2", "skor_p2": "3", "skor_p3": "1", "wajib": "1",
            "jenis_bukti": "dokumen"}
    r = evaluator.post("/inovasi/admin/iid/%s/indikator/16" % TAHUN, form)
    assert r.status_code == 422
    assert "Skor tingkat 1, 2, 3 tidak boleh menurun." in text_of(r.text)
    r = evaluator.post("/inovasi/admin/iid/%s/indikator/16" % TAHUN,
                       dict(form, skor_p1="2", skor_p2="4", skor_p3="6,5"))
    assert r.status_code == 303
    assert db.sql("SELECT skor_p1, skor_p2, skor_p3, wajib FROM iid_indikator WHERE tahun = %s "
                  "AND nomor = 16;" % TAHUN) == [["2.00", "4.00", "6.50", "1"]]
    # 2025's row is untouched: each year is its own data.
    assert db.sql("SELECT skor_p3 FROM iid_indikator WHERE tahun = 2025 AND nomor = 16;") == \
        [["3.00"]]
    r = evaluator.post("/inovasi/admin/iid/%s/aturan" % TAHUN, {"pembagi_min": "nol"})
    assert r.status_code == 422
    assert staf("inov.pimpinan").post("/inovasi/admin/iid/%s/indikator/16" % TAHUN,
                                      form).status_code == 403


def ajukan(session, path, level, tautan="", berkas=None):
    files = {"berkas": berkas} if berkas else {"_kosong": ("", b"", "application/octet-stream")}
    return session.post(path, {"level": str(level), "tautan": tautan}, files=files)


def test_evidence_verified_scores_and_the_simulated_index(staf, db, katalog):
    officer, e1, e2 = staf("inov.dinkes"), staf("inov.eval1"), staf("inov.eval2")
    a = buat_inovasi(officer, nama="IID Bukti A", tahun=TAHUN)
    b = buat_inovasi(staf("inov.dishub"), nama="IID Bukti B", tahun=TAHUN)
    base_a = "/inovasi/admin/inovasi/%s/iid/%s" % (a, TAHUN)
    base_b = "/inovasi/admin/inovasi/%s/iid/%s" % (b, TAHUN)

    # The officer claims level 3 of indicator 16 with a link; bad input is
    # answered beside the field and changes nothing.
    r = ajukan(officer, base_a + "/16", 3)
    assert r.status_code == 422 and "Lampirkan bukti dukung" in text_of(r.text)
    r = ajukan(officer, base_a + "/16", 5, tautan="https://serangkab.go.id/perbup")
    assert r.status_code == 422 and "Pilih tingkat" in text_of(r.text)
    assert ajukan(officer, base_a + "/3", 1, tautan="https://x.id/a").status_code == 404  # SPD no.
    assert ajukan(staf("inov.dishub"), base_a + "/16", 3,
                  tautan="https://x.id/a").status_code == 404
    assert ajukan(officer, base_a + "/16", 3,
                  tautan="https://serangkab.go.id/perbup-16").status_code == 303
    assert ajukan(officer, base_a + "/17", 2,
                  berkas=("sdm.png", PNG_BYTES, "image/png")).status_code == 303
    assert db.sql("SELECT ditolak FROM iid_inovasi WHERE tahun = %s AND inovasi_id = %s;"
                  % (TAHUN, a)) == [["0"]]
    assert ajukan(staf("inov.dishub"), base_b + "/16", 1,
                  tautan="https://serangkab.go.id/sk-b").status_code == 303
    # Bappeda's SPD evidence: a file for indicator 1, level 2.
    spd = "/inovasi/admin/iid/%s/spd" % TAHUN
    assert ajukan(e1, spd + "/1", 2, berkas=("rpjmd.pdf", PDF, "application/pdf")).status_code \
        == 303

    # Verify or return with a note; nobody checks their own SPD evidence.
    r = e1.post(spd + "/1/periksa", {"level": "2", "aksi": "verifikasi"})
    assert r.status_code == 409
    assert e2.post(spd + "/1/periksa", {"level": "2", "aksi": "verifikasi"}).status_code == 303
    assert e2.post(base_a + "/16/periksa", {"level": "3", "aksi": "verifikasi"}).status_code \
        == 303
    r = e2.post(base_a + "/17/periksa", {"level": "2", "aksi": "kembalikan"})
    assert r.status_code == 422
    assert e2.post(base_a + "/17/periksa", {"level": "2", "aksi": "kembalikan",
                                            "catatan_17": "SK tim belum ditandatangani."}
                   ).status_code == 303
    assert officer.post(base_a + "/16/periksa",
                        {"level": "3", "aksi": "verifikasi"}).status_code == 403
    page = officer.xml(base_a)
    ind = {i.get("nomor"): i for i in page.findall("indikator")}
    assert ind["16"].get("terverifikasi") == "3"
    assert ind["17"].get("terverifikasi") == "0"
    assert ind["17"].find("bukti").get("status") == "dikembalikan"
    assert ind["17"].findtext("bukti/catatan") == "SK tim belum ditandatangani."
    # Who checked the evidence stays hidden from the OPD, not from Bappeda.
    checks = [e for e in officer.xml("/inovasi/admin/inovasi/%s.xml" % a).findall(
        "riwayat/peristiwa") if e.get("aksi") in ("verifikasi_bukti_iid", "kembalikan_bukti_iid")]
    assert len(checks) == 2 and {e.get("aktor") for e in checks} == {"Evaluator Bappeda"}
    assert {e.get("aktor") for e in e1.xml("/inovasi/admin/inovasi/%s.xml" % a).findall(
        "riwayat/peristiwa") if e.get("aksi") == "verifikasi_bukti_iid"} == {"inov.eval2"}
    # The stored file is served to staff as an attachment.
    got = e2.get(spd + "/1/2/berkas")
    assert got.status_code == 200 and got.content == PDF
    # B is rejected: it scores 0 but stays in the divisor.
    r = e2.post(base_b + "/tolak", {"ditolak": "1"})
    assert r.status_code == 422
    assert e2.post(base_b + "/tolak", {"ditolak": "1", "catatan_tolak": "Belum diterapkan."}
                   ).status_code == 303
    assert e2.post(base_b + "/16/periksa", {"level": "1", "aksi": "verifikasi"}).status_code \
        == 303

    # The simulated index, computed here independently of the C code.
    kat = db.sql("SELECT aspek, SUM(skor_p3) FROM iid_indikator WHERE tahun = %s GROUP BY "
                 "aspek ORDER BY aspek;" % TAHUN)
    spd_maks, sid_maks = float(kat[0][1]), float(kat[1][1])
    n = int(db.sql("SELECT COUNT(*) FROM iid_inovasi WHERE tahun = %s;" % TAHUN)[0][0])
    pembagi = max(12, n)
    spd_now = 2.0                       # SPD 1 at level 2
    sid_now = 6.5                       # A's 16 at level 3 (edited score); B rejected
    indeks = (spd_now + sid_now / pembagi) / (spd_maks + sid_maks) * 100
    doc = staf("inov.pimpinan").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    iid = doc.find("iid")
    assert iid.get("ada") == "1"
    assert abs(float(iid.get("indeks")) - indeks) <= 0.0051
    assert iid.get("pembagi") == str(pembagi) and iid.get("ditolak") == "1"
    assert iid.get("predikat") == "Kurang inovatif"
    assert iid.get("rugi_ditolak") == "0.00"       # MAX(12, n): n is small
    # Mandatory indicators without a verified level (SPD 2; 16, 31? per the
    # catalogue) are counted; the what-if lists three actions, best first.
    wajib_spd = int(db.sql("SELECT COUNT(*) FROM iid_indikator WHERE tahun = %s AND aspek = "
                           "'spd' AND wajib = 1;" % TAHUN)[0][0])
    wajib_sid = int(db.sql("SELECT COUNT(*) FROM iid_indikator WHERE tahun = %s AND aspek = "
                           "'sid' AND wajib = 1 AND nomor <> 16;" % TAHUN)[0][0])
    assert iid.get("wajib_kurang") == str(wajib_spd + wajib_sid)
    gains = [float(x.get("tambah")) for x in iid.findall("aksi")]
    assert len(gains) == 3 and gains == sorted(gains, reverse=True)
    # The best single action: an SPD indicator from 0 to 3 (3 points).
    assert abs(gains[0] - 3 / (spd_maks + sid_maks) * 100) <= 0.0051
    assert iid.find("aksi").get("inovasi") is None
    html = staf("inov.eval1").get("/inovasi/dasbor?tahun=" + TAHUN).text
    assert 'id="iid"' in html and "Kurang inovatif" in html
    # Two charts: the index and its aspects, the three actions.
    section = html[html.index('id="iid"'):html.index('id="monitoring"')]
    assert section.count("<svg") == 2 and "Tiga langkah" in section
    # Not for an OPD officer.
    assert officer.xml("/inovasi/dasbor.xml?tahun=" + TAHUN).find("iid") is None

    # The recap in the catalogue's numbering.
    r = e1.get("/inovasi/admin/iid/%s/rekap.xml" % TAHUN)
    assert r.status_code == 200
    rekap = etree.fromstring(r.content)
    etree.XMLSchema(etree.parse(XSD)).assertValid(rekap)
    assert len(rekap.findall("r:pemda/r:indikator", NS)) == 15
    sid_a = rekap.find("r:inovasi[@id='%s']" % a, NS)
    i16 = sid_a.find("r:indikator[@nomor='16']", NS)
    assert (i16.get("level"), i16.get("skor")) == ("3", "6.50")
    assert i16.findtext("r:bukti", namespaces=NS) == "https://serangkab.go.id/perbup-16"
    assert sid_a.find("r:indikator[@nomor='17']", NS).get("level") == "0"
    b16 = rekap.find("r:inovasi[@id='%s']/r:indikator[@nomor='16']" % b, NS)
    assert (b16.get("level"), b16.get("skor")) == ("1", "0.00")
    spd1 = rekap.find("r:pemda/r:indikator[@nomor='1']", NS)
    assert spd1.findtext("r:bukti", namespaces=NS).endswith(
        "/inovasi/admin/iid/%s/spd/1/2/berkas" % TAHUN)
    r = e1.get("/inovasi/admin/iid/%s/rekap.csv" % TAHUN)
    assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["aspek", "inovasi_id", "inovasi", "nomor", "indikator", "level", "skor",
                       "bukti"]
    line = [x for x in rows if x[1] == a and x[3] == "16"][0]
    assert line[5:] == ["3", "6.50", "https://serangkab.go.id/perbup-16"]
    assert officer.get("/inovasi/admin/iid/%s/rekap.csv" % TAHUN).status_code == 403
