"""Exports: the public XML of published innovations with indicators and
achievement, valid against mod_inovasi/schema/inovasi.xsd in its
namespace; the staff CSV (UTF-8 with BOM, semicolons, decimal commas)
within the user's scope.  Year 2038."""
import csv
import io
import os

import pytest
import requests
from lxml import etree

import harness
from test_inovasi_bantuan import (buat_inovasi, buat_periode, periode_id,  # noqa: F401
                                  staf, terbitkan, terverifikasi)

NS = "urn:serangkab:sialip:inovasi:1"
XSD = os.path.join(harness.ROOT, "mod_inovasi", "schema", "inovasi.xsd")
TAHUN = "2038"


@pytest.fixture(scope="module", autouse=True)
def tarik_setelahnya(db):
    yield
    db.sql("UPDATE inovasi SET terbit = 0, terbit_pada = NULL WHERE terbit = 1;")


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(XSD))


@pytest.fixture(scope="module")
def data(staf, db):
    dinkes, dishub, e1 = staf("inov.dinkes"), staf("inov.dishub"), staf("inov.eval1")
    buat_periode(e1, TAHUN, "semester", "semua", hari=0)
    s1 = periode_id(db, TAHUN, "semester", 1)
    full = buat_inovasi(dinkes, nama="Ekspor Lengkap & <Berindikator>", tahun=TAHUN,
                        anggaran="2500000,75")
    terverifikasi(dinkes, e1, db, full, s1,
                  {"Posyandu memakai aplikasi": 50, "Waktu rekap bulanan": 6})
    terbitkan(e1, full)      # another OPD may name it as its source once published
    bare = buat_inovasi(dishub, nama="Ekspor Tanpa Indikator", tahun=TAHUN,
                        tahapan="inisiatif", tanggal_uji_coba="", tanggal_penerapan="",
                        hasil="", anggaran="", dasar_hukum_jenis="", dasar_hukum_nomor="",
                        replikasi="dalam_daerah", sumber_inovasi_id=full,
                        replikasi_cara="tiru_penuh")
    outside = buat_inovasi(dishub, nama="=HYPERLINK(\"http://jahat\")", tahun=TAHUN,
                           replikasi="luar_daerah", sumber_nama="Angkot Pintar",
                           sumber_daerah="Kota Bogor", replikasi_cara="modifikasi",
                           replikasi_perubahan="Rute disesuaikan; tarif; \"jam\" sibuk")
    hidden = buat_inovasi(dinkes, nama="Ekspor Belum Terbit", tahun=TAHUN)
    for iid in (bare, outside):
        terbitkan(e1, iid)
    return {"full": full, "bare": bare, "outside": outside, "hidden": hidden}


def test_export_is_valid_against_the_schema(server, data, schema):
    for path in ("/inovasi/ekspor.xml", "/inovasi/ekspor/%s.xml" % TAHUN):
        r = requests.get(server.url + path, timeout=30)
        assert r.status_code == 200
        assert r.headers["Content-Type"] == "application/xml; charset=utf-8"
        doc = etree.fromstring(r.content)
        assert doc.tag == "{%s}inovasi_daerah" % NS
        schema.assertValid(doc)


def band_50(db):
    """The achievement band of 50% for TAHUN (the latest year up to it with
    bands: 2023's seed, or one another test set); never an IID word."""
    band = db.sql("SELECT nama FROM inovasi_pita_capaian WHERE tahun = (SELECT MAX(tahun) "
                  "FROM inovasi_pita_capaian WHERE tahun <= %s) AND 50 BETWEEN batas_bawah "
                  "AND batas_atas;" % TAHUN)[0][0]
    assert "inovatif" not in band.lower()
    return band


def test_export_holds_published_innovations_with_achievement(server, data, db):
    doc = etree.fromstring(requests.get(server.url + "/inovasi/ekspor/%s.xml" % TAHUN,
                                        timeout=30).content)
    n = {"i": NS}
    assert doc.get("tahun") == TAHUN
    items = {i.get("id"): i for i in doc.findall("i:inovasi", n)}
    assert set(items) == {data["full"], data["bare"], data["outside"]}
    assert doc.get("jumlah") == "3"
    full = items[data["full"]]
    assert full.findtext("i:nama", namespaces=n) == "Ekspor Lengkap & <Berindikator>"
    assert full.findtext("i:anggaran", namespaces=n) == "2500000.75"
    assert full.find("i:dasar_hukum", n).get("jenis") == "sk_kepala_opd"
    assert len(full.findall("i:indikator", n)) == 4
    cap = full.find("i:capaian", n)
    # output: 50% of the 60-weight indicator only; kemanfaatan: (10-6)/(10-2).
    assert cap.get("periode") == "Semester 1 %s" % TAHUN
    dims = {d.get("kode"): d.get("nilai") for d in cap.findall("i:dimensi", n)}
    assert dims == {"output": "50.00", "kemanfaatan": "50.00", "keberlanjutan": None}
    assert cap.get("nilai") == "50.00" and cap.get("predikat") == band_50(db)
    first = full.find("i:indikator", n)
    assert first.findtext("i:nilai", namespaces=n) == "50"
    assert first.findtext("i:capaian", namespaces=n) == "50.00"
    # No personal contact details in open data.
    text = etree.tostring(doc).decode()
    assert "0254-200100" not in text and "inovasi@dinkes" not in text
    bare = items[data["bare"]]
    assert bare.find("i:indikator", n) is None
    assert bare.find("i:capaian", n).get("nilai") is None
    assert bare.find("i:replikasi/i:sumber", n).get("inovasi") == data["full"]
    out = items[data["outside"]].find("i:replikasi", n)
    assert out.get("jenis") == "luar_daerah" and out.get("cara") == "modifikasi"
    assert out.find("i:sumber", n).get("daerah") == "Kota Bogor"
    # The whole export includes this year's too.
    everything = etree.fromstring(requests.get(server.url + "/inovasi/ekspor.xml",
                                               timeout=30).content)
    assert {data["full"], data["bare"], data["outside"]} <= {
        i.get("id") for i in everything.findall("i:inovasi", n)}
    assert data["hidden"] not in {i.get("id") for i in everything.findall("i:inovasi", n)}


def test_export_of_a_bad_year_is_404(server):
    for path in ("/inovasi/ekspor/abcd.xml", "/inovasi/ekspor/1999.xml", "/inovasi/ekspor/.xml"):
        assert requests.get(server.url + path, timeout=10).status_code == 404, path
    r = requests.get(server.url + "/inovasi/ekspor/2001.xml", timeout=10)
    assert r.status_code == 200 and b'jumlah="0"' in r.content


def read_csv(response):
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_staff_csv_for_excel_within_scope(staf, data, db):
    rows = read_csv(staf("inov.eval1").get("/inovasi/admin/ekspor.csv?tahun=%s" % TAHUN))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["id", "tahun", "opd", "nama"] and "capaian_total" in header
    by_id = {r[0]: dict(zip(header, r)) for r in body}
    assert set(by_id) == set(data.values())
    full = by_id[data["full"]]
    assert full["anggaran"] == "2500000,75"
    assert full["capaian_total"] == "50,00" and full["predikat"] == band_50(db)
    assert full["telepon"] == "0254-200100" and full["terbit"] == "ya"
    assert by_id[data["hidden"]]["terbit"] == "tidak"
    # A cell that starts like a formula is defused; quotes and semicolons survive.
    assert by_id[data["outside"]]["nama"] == "'=HYPERLINK(\"http://jahat\")"
    assert by_id[data["outside"]]["sumber"] == "Angkot Pintar (Kota Bogor)"
    # An officer gets its own OPD's rows only.
    mine = read_csv(staf("inov.dishub").get("/inovasi/admin/ekspor.csv?tahun=%s" % TAHUN))
    assert {r[0] for r in mine[1:]} == {data["bare"], data["outside"]}
    assert staf("inov.ppid").get("/inovasi/admin/ekspor.csv").status_code == 403
