"""CSV beside the public innovation export (/inovasi/ekspor.csv and
/inovasi/ekspor/{tahun}.csv): one row per published innovation, the same
values as the XML (nested lists numbered: "indikator[2]/nama"), read with
Python's csv module and compared row for row; nothing unpublished and no
contact details."""
import csv
import io

import pytest
import requests
from lxml import etree

from test_csv_ekspor import flatten
from test_inovasi_bantuan import (buat_inovasi, buat_periode, periode_id,  # noqa: F401
                                  staf, terbitkan, terverifikasi)

TAHUN = "2039"


@pytest.fixture(scope="module", autouse=True)
def tarik_setelahnya(db):
    yield
    db.sql("UPDATE inovasi SET terbit = 0, terbit_pada = NULL WHERE tahun = %s;" % TAHUN)


@pytest.fixture(scope="module")
def data(staf, db):
    dinkes, dishub, e1 = staf("inov.dinkes"), staf("inov.dishub"), staf("inov.eval1")
    buat_periode(e1, TAHUN, "semester", "semua", hari=0)
    s1 = periode_id(db, TAHUN, "semester", 1)
    full = buat_inovasi(dinkes, nama="Csv Lengkap, \"kutip\" & <tanda>", tahun=TAHUN)
    terverifikasi(dinkes, e1, db, full, s1,
                  {"Posyandu memakai aplikasi": 50, "Waktu rekap bulanan": 6})
    terbitkan(e1, full)
    bare = buat_inovasi(dishub, nama="=Csv Tanpa Indikator", tahun=TAHUN)
    terbitkan(e1, bare)
    hidden = buat_inovasi(dinkes, nama="Csv Belum Terbit", tahun=TAHUN)
    return {"full": full, "bare": bare, "hidden": hidden}


def test_innovation_csv_matches_the_xml_row_for_row(server, data):
    for path in ("/inovasi/ekspor/%s" % TAHUN, "/inovasi/ekspor"):
        x = requests.get(server.url + path + ".xml", timeout=30)
        c = requests.get(server.url + path + ".csv", timeout=30)
        assert c.status_code == 200
        assert c.headers["Content-Type"] == "text/csv; charset=utf-8"
        rows = list(csv.DictReader(io.StringIO(c.content.decode("utf-8"), newline="")))
        xml_rows = [flatten(e) for e in etree.fromstring(x.content)
                    if etree.QName(e.tag).localname == "inovasi"]
        assert len(rows) == len(xml_rows) >= 2
        for got, want in zip(rows, xml_rows):
            assert {k: v for k, v in got.items() if v != "" or k in want} == want
    rows = {r["@id"]: r for r in csv.DictReader(io.StringIO(requests.get(
        server.url + "/inovasi/ekspor/%s.csv" % TAHUN, timeout=30).text, newline=""))}
    assert set(rows) == {data["full"], data["bare"]}
    assert rows[data["full"]]["nama"] == "Csv Lengkap, \"kutip\" & <tanda>"
    # A formula is neutralised for spreadsheets (the XML keeps it as typed).
    assert rows[data["bare"]]["nama"] == "'=Csv Tanpa Indikator"
    assert rows[data["full"]]["indikator[4]/nama"]       # four indicators, numbered
    assert rows[data["bare"]]["indikator[1]/nama"] == ""
    assert requests.get(server.url + "/inovasi/ekspor/abcd.csv", timeout=10).status_code == 404
