"""CSV beside the public XML exports (/ppid/dip.csv): UTF-8, RFC 4180
(comma, CRLF, quotes doubled), one row per row element of the XML with the
same columns (attributes as "@name", nested text as "opd/nama"), read with
Python's csv module and compared with the XML row for row."""
import csv
import datetime
import io

import pytest
import requests
from lxml import etree

from client import filed
from staf_uji import location_id, post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

TRICKY = ['Anggaran, belanja "langsung" 2025', "Baris satu\nbaris dua",
          "=SUM(A1) bukan rumus", "Ringkasan — é ü 漢字"]


@pytest.fixture(scope="module")
def entries(server, db):
    filed(server, nama="Pemohon Csv", nik="3604015555444433")
    user(db, "csv.utama", ["ppid_utama"], "diskominfo", "Utama CSV")
    user(db, "csv.dinkes", ["ppid_pelaksana"], "dinkes", "Pelaksana CSV")
    utama, dinkes = session(server, "csv.utama"), session(server, "csv.dinkes")
    for i, text in enumerate(TRICKY):
        fields = {"nomor": "CSV-%d" % i, "kategori": "berkala",
                  "ringkasan": "Csvuji " + text, "pejabat_penguasa": "Sekretaris",
                  "penanggung_jawab": "Kasubbag", "waktu_tempat": "Serang",
                  "bentuk": "PDF", "retensi": "5 tahun", "tahun": "2025",
                  "tautan": "https://dinkes.serangkab.go.id/csv?a=%d&b=2" % i}
        ident = location_id(post(dinkes, server, "/ppid/admin/dip", fields), "/ppid/admin/dip/")
        assert post(dinkes, server, "/ppid/admin/dip/%s/ajukan" % ident).status_code == 303
        assert post(utama, server, "/ppid/admin/dip/%s/terbitkan" % ident).status_code == 303
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) SELECT id, 'Csv: data, \\\"pribadi\\\"', 'h', 'Pasal 17 h', "
           "'Baris 1\\nbaris 2', '5 tahun', NULL, '2025-01-02', %s "
           "FROM opd WHERE kode = 'dinkes';" % user(db, "csv.utama", ["ppid_utama"]))


def local(tag):
    return etree.QName(tag).localname


def spreadsheet_safe(v):
    """A value as every CSV writes it (sl_csv_field): ' before a leading
    = + - @ tab or CR, and before = + - @ right after , ; or tab (quotes
    between them skipped)."""
    out = ["'"] if v[:1] and v[0] in "=+-@\t\r" else []
    for i, ch in enumerate(v):
        j = i
        while ch in "=+-@" and j > 0 and v[j - 1] == '"':
            j -= 1
        if ch in "=+-@" and j > 0 and v[j - 1] in ",;\t":
            out.append("'")
        out.append(ch)
    return "".join(out)


def flatten(row):
    """The XML row as the CSV promises it: attributes and leaf text by path
    from the row, repeated siblings by position, namespaces left out, each
    value neutralised for spreadsheets (spreadsheet_safe)."""
    out = {"@" + k: v for k, v in row.attrib.items()}

    def walk(e, path):
        kids = [k for k in e if isinstance(k.tag, str)]
        for k in kids:
            same = [x for x in kids if x.tag == k.tag]
            name = local(k.tag)
            if len(same) > 1:
                name += "[%d]" % (same.index(k) + 1)
            walk(k, (path + "/" if path else "") + name)
        if path:
            if not kids:
                out[path] = e.text or ""
            for k, v in e.attrib.items():
                out[path + "/@" + k] = v
    walk(row, "")
    return {k: spreadsheet_safe(v) for k, v in out.items()}


def one_row(server, path, **params):
    x = requests.get(server.url + path + ".xml", params=params, timeout=10)
    c = requests.get(server.url + path + ".csv", params=params, timeout=10)
    assert x.status_code == 200 and c.status_code == 200, path
    assert c.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(c.content.decode("utf-8"), newline="")))
    assert len(rows) == 1
    want = flatten(etree.fromstring(x.content))
    assert c.content.decode("utf-8").split("\r\n", 1)[0].count(",") == len(want) - 1
    # @dibuat is when each document was made: the two requests may fall in
    # different seconds.
    got = dict(rows[0])
    assert ("@dibuat" in got) == ("@dibuat" in want)
    got.pop("@dibuat", None)
    want.pop("@dibuat", None)
    assert got == want
    return rows[0]


def test_dip_csv_matches_the_xml_row_for_row(server, entries):
    for path, params in (("/ppid/dip", {"q": "Csvuji"}), ("/ppid/dip", {}),
                         ("/ppid/dip", {"q": "tidak-ada-sama-sekali"}),
                         ("/ppid/dikecualikan", {})):
        x = requests.get(server.url + path + ".xml", params=params, timeout=10)
        c = requests.get(server.url + path + ".csv", params=params, timeout=10)
        assert c.status_code == 200
        assert c.headers["Content-Type"] == "text/csv; charset=utf-8"
        text = c.content.decode("utf-8")
        assert not text.startswith("\ufeff")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        xml_rows = [flatten(e) for e in etree.fromstring(x.content).findall("entri")]
        assert len(rows) == len(xml_rows)
        for got, want in zip(rows, xml_rows):
            assert {k: v for k, v in got.items() if v != "" or k in want} == want
        if xml_rows:
            header = text.split("\r\n", 1)[0].split(",")
            assert set(header) == set().union(*xml_rows)
    rows = list(csv.DictReader(io.StringIO(requests.get(
        server.url + "/ppid/dip.csv", params={"q": "Csvuji"}, timeout=10).text, newline="")))
    assert sorted(r["ringkasan"] for r in rows) == sorted("Csvuji " + t for t in TRICKY)
    assert {"@id", "nomor", "opd", "opd/@id", "tautan", "diterbitkan/@iso"} <= set(rows[0])
    assert all(r["opd"] == "Dinas Kesehatan" for r in rows)


def test_csv_of_a_bad_page_is_an_error_not_a_broken_file(server, entries):
    r = requests.get(server.url + "/ppid/dip.csv", params={"tahun": "abc"}, timeout=10)
    assert r.status_code in (200, 404, 422)
    if r.status_code == 200:
        assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    # The HTML page and the XML still answer as before.
    assert requests.get(server.url + "/ppid/dip.xml", timeout=10).headers[
        "Content-Type"].startswith("application/xml")
    assert requests.get(server.url + "/ppid/dip", timeout=10).headers[
        "Content-Type"].startswith("text/html")


def test_statistics_and_reports_are_one_row_each(server, entries):
    year = str(datetime.datetime.utcnow().year)
    stat = one_row(server, "/ppid/statistik")
    assert int(stat["permohonan/jumlah"]) >= 1
    assert "permohonan/per_bulan/bulan[12]/@ke" in stat
    report = one_row(server, "/ppid/laporan/" + year)
    assert any(k.endswith("/@tahun") or k == "@tahun" for k in report)
    one_row(server, "/ppid/laporan/%s/semester/1" % year)
    for text in ("Pemohon Csv", "3604015555444433"):
        assert text not in str(stat) and text not in str(report)
    assert requests.get(server.url + "/ppid/laporan/abcd.csv", timeout=10).status_code == 404
    assert requests.get(server.url + "/ppid/laporan/%s/semester/3.csv" % year,
                        timeout=10).status_code == 404
