"""The whole DIP for harvesters (/ppid/dip/semua.xml and .csv): /ppid/dip.xml
is paged (20 a page), so the catalogue's DIP distributions point at the full
export, which holds every published entry (counted against the database),
validates against dip.xsd, and whose CSV has one row per entry."""
import csv
import io
import os

import pytest
import requests
from lxml import etree
from rdflib import Graph, Namespace, URIRef

import harness
from staf_uji import user

pytestmark = pytest.mark.usefixtures("clear_throttle")

DCAT = Namespace("http://www.w3.org/ns/dcat#")
OPD = "lengkap21"
JUMLAH = 27        # more than one page of /dip.xml


@pytest.fixture(scope="module")
def entries(db):
    """Published entries of an OPD of this test's own, year 2035, and a draft
    that must stay out."""
    pembuat = user(db, "lengkap.utama", ["ppid_utama"])
    db.sql("INSERT IGNORE INTO opd (kode, nama, singkatan) VALUES "
           "('%s', 'Dinas Uji Ekspor Lengkap', 'DUEL');" % OPD)
    rows = ", ".join(
        "((SELECT id FROM opd WHERE kode = '%s'), 'LKP-%02d', 'berkala', "
        "'Lengkapuji entri %02d, \"kutip\"', 'Sekretaris', 'Kasubbag', 'Serang', 'PDF', "
        "'5 tahun', 2035, %s, UTC_TIMESTAMP(), UTC_TIMESTAMP(), %s)"
        % (OPD, i, i, "'terbit'" if i < JUMLAH else "'draf'", pembuat)
        for i in range(JUMLAH + 1))
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, status, "
           "dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES %s;" % rows)
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) SELECT id, 'Lengkapuji: hasil seleksi', 'h', 'Pasal 17 h', "
           "'Membuka rahasia pribadi', '5 tahun', '2040-01-01', '2025-01-02', %s "
           "FROM opd WHERE kode = '%s';" % (pembuat, OPD))


def published_ids(db):
    return {r[0] for r in db.sql("SELECT id FROM dip WHERE status = 'terbit';")}


def test_the_paged_list_is_not_the_whole_dip(server, entries):
    r = requests.get(server.url + "/ppid/dip.xml", params={"tahun": "2035"}, timeout=30)
    assert r.status_code == 200
    doc = etree.fromstring(r.content)
    assert int(doc.get("total")) >= JUMLAH
    assert len(doc.findall("entri")) == 20


def test_the_full_export_holds_every_published_entry(server, db, entries):
    r = requests.get(server.url + "/ppid/dip/semua.xml", timeout=60)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/xml")
    doc = etree.fromstring(r.content)
    ids = [e.get("id") for e in doc.findall("entri")]
    expected = published_ids(db)
    assert len(ids) == len(set(ids)) == len(expected)
    assert set(ids) == expected
    assert doc.get("total") == str(len(expected))
    mine = [e for e in doc.findall("entri") if e.findtext("nomor").startswith("LKP-")]
    assert len(mine) == JUMLAH                      # the draft is not there
    with open(os.path.join(harness.ROOT, "mod_sialip", "schema", "dip.xsd"), "rb") as f:
        schema = etree.XMLSchema(etree.fromstring(f.read()))
    assert schema.validate(doc), schema.error_log


def test_the_full_csv_has_a_row_per_entry(server, db, entries):
    r = requests.get(server.url + "/ppid/dip/semua.csv", timeout=60)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8"), newline="")))
    assert {row["@id"] for row in rows} == published_ids(db)
    assert len(rows) == len(published_ids(db))
    row = next(row for row in rows if row["nomor"] == "LKP-03")
    assert row["ringkasan"] == 'Lengkapuji entri 03, "kutip"'
    assert row["opd"] == "Dinas Uji Ekspor Lengkap"


def test_the_catalogue_points_at_the_full_export(server, entries):
    g = Graph()
    r = requests.get(server.url + "/ppid/katalog.rdf", timeout=60)
    g.parse(data=r.content, format="xml")
    dip = URIRef(server.url + "/ppid/dip")
    urls = {str(u) for d in g.objects(dip, DCAT.distribution)
            for u in g.objects(d, DCAT.downloadURL)}
    assert urls == {server.url + "/ppid/dip/semua.xml", server.url + "/ppid/dip/semua.csv"}


def test_the_exempt_list_distribution_is_whole_too(server, db, entries):
    """The catalogue's other list distribution is not paged either."""
    r = requests.get(server.url + "/ppid/dikecualikan.xml", timeout=30)
    assert r.status_code == 200
    rows = etree.fromstring(r.content).findall("entri")
    assert rows
    assert len(rows) == int(db.sql("SELECT COUNT(*) FROM informasi_dikecualikan;")[0][0])
