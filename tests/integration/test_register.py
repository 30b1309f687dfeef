"""The request and objection registers: the staff page with its filters,
the CSV for Excel in Indonesian settings (UTF-8 with BOM, semicolons, CRLF,
formula-safe fields) and the XML (validated against register.xsd), each
within the officer's OPD scope; and a 20,000-request export that comes back
whole while the Apache process's memory does not grow with the rows.
Requests of 2022 are this module's own; the bulk rows are of 2019 and are
deleted at the end."""
import csv
import io
import os
import re
import shutil
import time

import pytest
import requests
from lxml import etree
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

import harness
from client import staff_post, staff_sessions, valid_form

PASSWORD = "kata-sandi-register-123"
SCHEMA = os.path.join(harness.ROOT, "mod_sialip", "schema", "register.xsd")
NS = {"r": "urn:serangkab:ppid:register:1"}
BULK = 20000
BULK_PER_MONTH = 2000

PERMOHONAN_COLUMNS = [
    "No", "Nomor pendaftaran", "Tanggal diterima (WIB)", "Nama", "Alamat", "Kontak",
    "Pekerjaan", "Informasi yang diminta", "Tujuan penggunaan informasi",
    "Status informasi", "Bentuk informasi", "Jenis permohonan", "Cara memperoleh",
    "Keputusan", "Alasan penolakan", "Keterangan", "Nomor pemberitahuan",
    "Tanggal pemberitahuan tertulis", "Biaya (Rp)", "OPD", "Saluran", "Jatuh tempo",
    "Perpanjangan sampai", "Alasan perpanjangan", "Cara penyampaian",
    "Tanggal penyampaian", "Status", "Keberatan"]
KEBERATAN_COLUMNS = [
    "No", "Nomor keberatan", "Tanggal diterima (WIB)", "Pemohon", "Alamat", "Kontak",
    "Pekerjaan", "Nomor permohonan",
    "Informasi yang diminta", "Tujuan penggunaan informasi",
    "Alasan keberatan (Pasal 35 ayat 1)", "Uraian", "OPD", "Status", "Jatuh tempo",
    "Putusan Atasan PPID", "Alasan putusan", "Tanggal tanggapan", "Nama Atasan PPID",
    "Jabatan Atasan PPID", "Tanggapan pemohon", "Musyawarah (Pasal 35 ayat 2)",
    "Batas sengketa KI", "Sengketa KI (nomor register)", "Tahap sengketa",
    "Hasil sengketa", "Saluran"]


# ---- helpers (after test_alur.py) -------------------------------------------

@pytest.fixture(scope="module")
def petugas(server, db):
    users = {
        "reg.utama": (["ppid_utama"], None),
        "reg.atasan": (["atasan_ppid"], None),
        "reg.dinkes": (["ppid_pelaksana"], "dinkes"),
        "reg.dlh": (["ppid_pelaksana"], "dlh"),
        "reg.pimpinan": (["pimpinan"], None),
    }
    return staff_sessions(server, db, users, PASSWORD,
                          full_name=lambda name: "Petugas " + name.split(".")[1].title())


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


def record(server, s, received, **overrides):
    fields = valid_form(**overrides)
    fields.update({"kanal": overrides.pop("kanal", "surat"), "diterima": received})
    r = staff_post(server, s, "/ppid/admin/permohonan/baru", fields)
    assert r.status_code == 303, r.text
    m = re.match(r"^/ppid/permohonan/(\d{4}-\d{6})\?kode=([0-9A-Z-]{19})$",
                 r.headers["Location"])
    return m.group(1), m.group(2)


def dispose(server, db, utama, number, *kodes):
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                      {"opd": [opd_id(db, k) for k in kodes]}).status_code == 303


def part_of(db, number, kode):
    return db.sql("SELECT d.id FROM disposisi d JOIN opd o ON o.id = d.opd_id JOIN "
                  "permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '%s' AND "
                  "o.kode = '%s' AND d.status <> 'dialihkan';" % (number, kode))[0][0]


def parse_csv(content):
    assert content.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM"
    # Every line ends in CRLF: no LF without its CR outside quoted fields.
    text = content.decode("utf-8-sig")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def validate(content):
    doc = etree.fromstring(content)
    schema = etree.XMLSchema(etree.parse(SCHEMA))
    assert schema.validate(doc), schema.error_log
    return doc


# ---- the requests of 2022 ------------------------------------------------------

@pytest.fixture(scope="module")
def register(server, db, petugas):
    utama, dinkes, atasan = petugas["reg.utama"], petugas["reg.dinkes"], petugas["reg.atasan"]
    made = {}
    # 1: walk-in, routed to Dinkes, answered in part with a fee; objected to.
    made["dinkes"] = record(
        server, utama, "2022-02-14 09:30", kanal="datang",
        nama='Budi "Bud" Santoso', alamat="Jl. Pemuda; RT 02/RW 03, Serang",
        telepon="081211110001", email="budi@contoh.id", pekerjaan="Wiraswasta",
        rincian="Daftar penerima bantuan\nper kecamatan", tujuan="=HYPERLINK(\"x\")",
        cara_memperoleh="salinan_hardcopy", cara_salinan="pos")
    # 2: letter, routed to DLH, then re-routed to Dindik.
    made["dlh"] = record(server, utama, "2022-03-01 10:00", nama="Citra Dewi",
                         telepon="081211110002", email=None,
                         cara_memperoleh="melihat", cara_salinan="mengambil_langsung")
    # 3: phone, not routed, refused for incomplete identity, in June.
    made["langsung"] = record(server, utama, "2022-06-20 14:00", kanal="telepon",
                              nama="Dedi Kurnia", telepon=None, email="dedi@contoh.id")
    # 4: e-mail in November, extended, still open.
    made["terbuka"] = record(server, utama, "2022-11-07 08:00", kanal="email",
                             nama="Eka Putri", telepon="081211110004")

    number = made["dinkes"][0]
    dispose(server, db, utama, number, "dinkes")
    assert staff_post(server, dinkes, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                % (number, part_of(db, number, "dinkes")),
                {"jawaban": "Data terlampir."}).status_code == 303
    tarif = {row[1]: row[0] for row in db.sql("SELECT id, kode FROM tarif;")}
    assert staff_post(server, dinkes, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                      {"keputusan": "diberikan_sebagian", "informasi_diberikan": "Daftar",
                 "bagian_dihitamkan": "NIK penerima", "alasan_penghitaman": "Data pribadi",
                 "bentuk": "hardcopy", "cara_penyampaian": "pos",
                 "tarif_%s" % tarif["fotokopi-a4"]: "12",
                 "cara_pembayaran": "tunai"}).status_code == 303
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s"
                      % made["dinkes"], data={"alasan": ["d", "f"],
                                             "uraian": "Biaya; terlalu \"mahal\"."},
                      allow_redirects=False, timeout=10)
    assert r.status_code == 303, r.text
    made["keberatan"] = re.search(r"(K-\d{4}-\d{4})", r.headers["Location"]).group(1)
    assert staff_post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % made["keberatan"],
                {"putusan": "dikabulkan", "alasan_putusan": "Biaya dikoreksi.",
                 "jabatan": "Sekretaris Daerah Kabupaten Serang"}).status_code == 303
    assert staff_post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % made["keberatan"],
                {"nomor_register": "020/REG-PSI/II/2026", "didaftarkan_pada": "2026-02-02",
                 "tahap": "mediasi"}).status_code == 303

    number = made["dlh"][0]
    dispose(server, db, utama, number, "dlh")
    # DLH does not hold it: re-routed to Dindik, so DLH no longer sees it.
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi/%s/alihkan"
                % (number, part_of(db, number, "dlh")),
                {"opd": opd_id(db, "dindik"), "catatan": "Milik Dindik."}).status_code == 303

    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan"
                % made["langsung"][0],
                {"keputusan": "ditolak_prosedural",
                 "alasan_prosedural": "Identitas tidak lengkap"}).status_code == 303
    # Extended in time, on the day of receipt (a request of 2022 can no
    # longer be extended through the form: its first due date has passed).
    db.sql("UPDATE permohonan SET jatuh_tempo_perpanjangan = '2022-11-30', "
           "alasan_perpanjangan = 'Menunggu data; OPD lain.', diperpanjang_pada = "
           "diterima_pada WHERE nomor = '%s';" % made["terbuka"][0])
    return made


def export(session, server, what, fmt, **params):
    params.setdefault("tahun", "2022")
    r = session.get(server.url + "/ppid/admin/register/%s.%s" % (what, fmt),
                    params=params, timeout=120)
    assert r.status_code == 200, r.text[:500]
    return r


# ---- CSV ---------------------------------------------------------------------------

def test_csv_opens_in_excel_with_every_register_column(server, db, petugas, register):
    r = export(petugas["reg.utama"], server, "permohonan", "csv")
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert r.headers["Content-Disposition"] == \
        'attachment; filename="register-permohonan-2022-01-12.csv"'
    header, rows = parse_csv(r.content)
    assert header == PERMOHONAN_COLUMNS
    by_number = {row["Nomor pendaftaran"]: row for row in rows}
    assert sorted(by_number) == sorted(v[0] for k, v in register.items() if k != "keberatan")
    assert [row["No"] for row in rows] == [str(i) for i in range(1, len(rows) + 1)]

    row = by_number[register["dinkes"][0]]
    assert row["Tanggal diterima (WIB)"] == "2022-02-14 09:30"
    assert row["Nama"] == 'Budi "Bud" Santoso'
    assert row["Alamat"] == "Jl. Pemuda; RT 02/RW 03, Serang"
    assert row["Kontak"] == "Telp. 081211110001, budi@contoh.id"
    assert row["Pekerjaan"] == "Wiraswasta"
    assert row["Informasi yang diminta"] == "Daftar penerima bantuan\nper kecamatan"
    # A formula is neutralised for the spreadsheet, keeping its text.
    assert row["Tujuan penggunaan informasi"] == "'=HYPERLINK(\"x\")"
    assert row["Status informasi"] == "Dikuasai"
    assert row["Bentuk informasi"] == "Salinan cetak (hardcopy)"
    assert row["Jenis permohonan"] == "Salinan"
    assert row["Keputusan"] == "Informasi diberikan sebagian"
    assert row["Alasan penolakan"] == "Sebagian dihitamkan: Data pribadi"
    assert row["Nomor pemberitahuan"] == "PT-" + register["dinkes"][0]
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", row["Tanggal pemberitahuan tertulis"])
    assert row["Biaya (Rp)"] == "6000"
    assert row["OPD"] == db.sql("SELECT singkatan FROM opd WHERE kode = 'dinkes';")[0][0]
    assert row["Saluran"] == "Datang langsung"
    assert row["Cara penyampaian"] == "Pos"
    # The delivery date is the recorded delivery, none yet (issue 16).
    assert row["Tanggal penyampaian"] == ""
    # Not handed over yet: not "Selesai" (issue 17).
    assert row["Status"] == "Pemberitahuan terbit, menunggu penyerahan informasi"
    assert row["Keberatan"] == register["keberatan"]

    row = by_number[register["dlh"][0]]
    assert row["Kontak"] == "Telp. 081211110002"
    assert row["Jenis permohonan"] == "Melihat" and row["Bentuk informasi"] == ""
    assert row["Keputusan"] == "" and row["Status informasi"] == ""
    assert row["Status"] == "Didisposisi"
    dindik = db.sql("SELECT singkatan FROM opd WHERE kode = 'dindik';")[0][0]
    assert row["OPD"] == dindik              # the re-routed part is gone

    row = by_number[register["langsung"][0]]
    assert row["Kontak"] == "dedi@contoh.id"
    assert row["Keputusan"] == "Ditolak karena persyaratan permohonan tidak lengkap"
    assert row["Alasan penolakan"] == "Identitas tidak lengkap"
    assert row["Saluran"] == "Telepon" and row["Biaya (Rp)"] == "0"

    row = by_number[register["terbuka"][0]]
    assert row["Perpanjangan sampai"] and row["Alasan perpanjangan"] == \
        "Menunggu data; OPD lain."
    assert row["Status"] == "Diterima" and row["Nomor pemberitahuan"] == ""


def test_csv_lines_end_in_crlf(server, petugas, register):
    content = export(petugas["reg.utama"], server, "permohonan", "csv").content
    # The only bare LF is the one inside the quoted two-line field.
    assert content.count(b"\n") - content.count(b"\r\n") == 1
    assert b'"Daftar penerima bantuan\nper kecamatan"' in content


def test_filters_year_months_opd_status(server, db, petugas, register):
    utama = petugas["reg.utama"]

    def numbers(**params):
        _, rows = parse_csv(export(utama, server, "permohonan", "csv", **params).content)
        return {row["Nomor pendaftaran"] for row in rows}

    mine = {k: v[0] for k, v in register.items() if k != "keberatan"}
    assert numbers(bulan_dari="2", bulan_sampai="3") == {mine["dinkes"], mine["dlh"]}
    assert numbers(bulan_dari="6", bulan_sampai="6") == {mine["langsung"]}
    assert numbers(bulan_dari="12", bulan_sampai="6") == \
        {mine["langsung"], mine["terbuka"]}                                  # swapped
    assert numbers(opd=opd_id(db, "dinkes")) == {mine["dinkes"]}
    assert numbers(opd=opd_id(db, "dlh")) == set()                          # re-routed
    assert numbers(opd=opd_id(db, "dindik")) == {mine["dlh"]}
    assert numbers(status="selesai") == {mine["langsung"]}
    assert numbers(status="menunggu_penyerahan") == {mine["dinkes"]}
    assert numbers(status="diterima", bulan_dari="11") == {mine["terbuka"]}
    assert numbers(tahun="2021") == set()
    # Nonsense filters fall back to their defaults, never to an error.
    assert numbers(status="x' OR 1=1", opd="abc", bulan_dari="13") == set(mine.values())


def test_page_shows_the_register_with_filters_and_export_links(server, db, petugas, register):
    page = petugas["reg.utama"].get(server.url + "/ppid/admin/register/permohonan",
                                    params={"tahun": "2022", "bulan_dari": "2",
                                            "bulan_sampai": "3"}, timeout=10)
    assert page.status_code == 200
    html = page.text
    assert register["dinkes"][0] in html and register["dlh"][0] in html
    assert register["langsung"][0] not in html
    assert "Jl. Pemuda; RT 02/RW 03, Serang" in html
    assert 'Budi "Bud" Santoso' in html
    assert 'href="/ppid/admin/register/permohonan.csv?tahun=2022&amp;bulan_dari=2' in html
    assert 'href="/ppid/admin/register/permohonan.xml?tahun=2022&amp;bulan_dari=2' in html
    assert '<option value="2" selected="selected">Februari</option>' in html or \
        '<option value="2" selected>Februari</option>' in html
    assert "style=" not in html


# ---- XML ---------------------------------------------------------------------------

def test_xml_validates_and_carries_the_same_rows(server, db, petugas, register):
    r = export(petugas["reg.utama"], server, "permohonan", "xml")
    assert r.headers["Content-Type"] == "application/xml; charset=utf-8"
    doc = validate(r.content)
    assert doc.tag == "{urn:serangkab:ppid:register:1}register_permohonan"
    assert (doc.get("tahun"), doc.get("bulan_dari"), doc.get("bulan_sampai")) == \
        ("2022", "1", "12")
    items = doc.findall("r:permohonan", NS)
    assert doc.get("jumlah") == str(len(items)) == "4"
    p = {e.get("nomor"): e for e in items}[register["dinkes"][0]]
    assert p.findtext("r:diterima", namespaces=NS) == "2022-02-14T09:30:00+07:00"
    assert p.findtext("r:pemohon/r:nama", namespaces=NS) == 'Budi "Bud" Santoso'
    assert p.findtext("r:pemohon/r:telepon", namespaces=NS) == "081211110001"
    assert p.findtext("r:informasi_diminta", namespaces=NS) == \
        "Daftar penerima bantuan\nper kecamatan"
    assert p.findtext("r:tujuan", namespaces=NS) == '=HYPERLINK("x")'   # XML needs no guard
    assert p.findtext("r:jenis_permohonan", namespaces=NS) == "salinan"
    assert p.find("r:kanal", NS).get("kode") == "datang"
    n = p.find("r:pemberitahuan", NS)
    assert n.get("nomor") == "PT-" + register["dinkes"][0]
    assert n.find("r:keputusan", NS).get("kode") == "diberikan_sebagian"
    assert n.find("r:status_informasi", NS).get("kode") == "dikuasai"
    assert n.findtext("r:biaya", namespaces=NS) == "6000"
    assert [k.get("nomor") for k in p.findall("r:keberatan", NS)] == [register["keberatan"]]
    # No NIK in the register at all: it is not a register column.
    assert b"3604011234567890" not in r.content


def test_objection_register_csv_and_xml(server, db, petugas, register):
    utama = petugas["reg.utama"]
    k = register["keberatan"]
    r = export(utama, server, "keberatan", "csv", tahun="2026")
    header, rows = parse_csv(r.content)
    assert header == KEBERATAN_COLUMNS
    row = {x["Nomor keberatan"]: x for x in rows}[k]
    assert row["Pemohon"] == 'Budi "Bud" Santoso'
    assert row["Nomor permohonan"] == register["dinkes"][0]
    assert row["Informasi yang diminta"] == "Daftar penerima bantuan\nper kecamatan"
    assert row["Tujuan penggunaan informasi"] == "'=HYPERLINK(\"x\")"
    assert row["Alasan keberatan (Pasal 35 ayat 1)"].startswith("d. Permintaan informasi")
    assert "f. Pengenaan biaya yang tidak wajar" in row["Alasan keberatan (Pasal 35 ayat 1)"]
    assert row["Uraian"] == 'Biaya; terlalu "mahal".'
    assert row["Putusan Atasan PPID"] == "Keberatan dikabulkan"
    assert row["Alasan putusan"] == "Biaya dikoreksi."
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", row["Tanggal tanggapan"])
    assert row["Nama Atasan PPID"] == "Petugas Atasan"
    # The applicant's address, contact and occupation and the Atasan's
    # position (DOMAIN: objection register).
    assert row["Alamat"] == "Jl. Pemuda; RT 02/RW 03, Serang"
    assert row["Kontak"] == "Telp. 081211110001, budi@contoh.id"
    assert row["Pekerjaan"] == "Wiraswasta"
    assert row["Jabatan Atasan PPID"] == "Sekretaris Daerah Kabupaten Serang"
    assert row["Sengketa KI (nomor register)"] == "020/REG-PSI/II/2026"
    assert row["Tahap sengketa"] == "Mediasi"

    doc = validate(export(utama, server, "keberatan", "xml", tahun="2026").content)
    assert doc.tag == "{urn:serangkab:ppid:register:1}register_keberatan"
    e = {x.get("nomor"): x for x in doc.findall("r:keberatan", NS)}[k]
    assert [b.get("huruf") for b in e.findall("r:alasan/r:butir", NS)] == ["d", "f"]
    assert e.find("r:putusan", NS).get("kode") == "dikabulkan"
    assert e.findtext("r:atasan", namespaces=NS) == "Petugas Atasan"
    assert e.findtext("r:jabatan_atasan", namespaces=NS) == "Sekretaris Daerah Kabupaten Serang"
    assert e.findtext("r:alamat", namespaces=NS) == "Jl. Pemuda; RT 02/RW 03, Serang"
    assert e.findtext("r:kontak", namespaces=NS) == "Telp. 081211110001, budi@contoh.id"
    assert e.findtext("r:pekerjaan", namespaces=NS) == "Wiraswasta"
    assert e.findtext("r:batas_sengketa", namespaces=NS)
    assert e.find("r:sengketa", NS).get("nomor_register") == "020/REG-PSI/II/2026"
    assert doc.get("jumlah") == str(len(doc.findall("r:keberatan", NS)))

    page = utama.get(server.url + "/ppid/admin/register/keberatan", params={"tahun": "2026"},
                     timeout=10)
    assert page.status_code == 200 and k in page.text
    assert "Wiraswasta" in page.text and "Sekretaris Daerah Kabupaten Serang" in page.text


# ---- scope and roles ----------------------------------------------------------------

def test_a_pelaksana_exports_only_its_opds_requests(server, db, petugas, register):
    dinkes, dlh = petugas["reg.dinkes"], petugas["reg.dlh"]
    _, rows = parse_csv(export(dinkes, server, "permohonan", "csv").content)
    assert [row["Nomor pendaftaran"] for row in rows] == [register["dinkes"][0]]
    doc = validate(export(dinkes, server, "permohonan", "xml").content)
    assert [e.get("nomor") for e in doc.findall("r:permohonan", NS)] == [register["dinkes"][0]]
    # Another OPD's filter adds nothing to the scope.
    _, rows = parse_csv(export(dinkes, server, "permohonan", "csv",
                               opd=opd_id(db, "dindik")).content)
    assert rows == []
    # DLH's part was re-routed away: nothing of it, no personal data.
    content = export(dlh, server, "permohonan", "csv").content
    assert parse_csv(content)[1] == []
    assert b"Citra Dewi" not in content and b"081211110002" not in content
    page = dlh.get(server.url + "/ppid/admin/register/permohonan?tahun=2022", timeout=10).text
    assert "Citra Dewi" not in page and "Budi" not in page
    # The objection register follows the request's scope.
    _, rows = parse_csv(export(dinkes, server, "keberatan", "csv", tahun="2026").content)
    assert register["keberatan"] in [row["Nomor keberatan"] for row in rows]
    _, rows = parse_csv(export(dlh, server, "keberatan", "csv", tahun="2026").content)
    assert register["keberatan"] not in [row["Nomor keberatan"] for row in rows]


@pytest.mark.parametrize("path", ["/ppid/admin/register/permohonan",
                                  "/ppid/admin/register/permohonan.csv",
                                  "/ppid/admin/register/permohonan.xml",
                                  "/ppid/admin/register/keberatan.csv"])
def test_registers_are_for_officers_only(server, petugas, path):
    assert petugas["reg.pimpinan"].get(server.url + path, allow_redirects=False,
                                       timeout=10).status_code == 403
    r = requests.get(server.url + path, allow_redirects=False, timeout=10)
    assert r.status_code == 303 and r.headers["Location"].startswith("/ppid/masuk")
    assert petugas["reg.atasan"].get(server.url + path, allow_redirects=False,
                                     timeout=10).status_code == 200


# ---- a large register, streamed ---------------------------------------------------

@pytest.fixture(scope="module")
def bulk(db, petugas):
    """20,000 requests of 2019 inserted directly, 2,000 in each of the first
    ten months (four pages of the export's 500 each), every third one with
    a notice; deleted afterwards."""
    user = db.sql("SELECT id FROM pengguna WHERE username = 'reg.utama';")[0][0]
    db.sql(
        "INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, alamat, "
        "telepon, email, pekerjaan, rincian, tujuan, cara_memperoleh, cara_salinan, kanal, "
        "diterima_pada, hari_nol, jatuh_tempo, status) "
        "SELECT CONCAT('2019-', LPAD(seq, 6, '0')), 2019, SHA2(seq, 256), 'perorangan', "
        "CONCAT('Pemohon Massal ', seq), '3604010000000000', "
        "CONCAT('Jl. Massal No. ', seq, '; Kec. Ciruas, Kabupaten Serang, Banten'), "
        "'081200000000', 'massal@contoh.id', 'Peneliti', "
        "CONCAT('Rincian informasi anggaran dan realisasi kegiatan nomor ', seq, "
        "' beserta lampiran, \"rincian\" & <catatan>'), 'Bahan penelitian', "
        "'salinan_softcopy', 'email', 'web', "
        "TIMESTAMP(CONCAT('2019-', LPAD(1 + (seq - 1) DIV %d, 2, '0'), '-01 01:00:00')) "
        "+ INTERVAL ((seq - 1) MOD %d) * 15 MINUTE, '2019-01-02', '2019-01-16', 'selesai' "
        "FROM seq_1_to_%d;" % (BULK_PER_MONTH, BULK_PER_MONTH, BULK))
    db.sql(
        "INSERT INTO pemberitahuan (permohonan_id, nomor, keputusan, penguasaan, "
        "informasi_diberikan, bentuk, cara_penyampaian, biaya, diterbitkan_oleh, "
        "diterbitkan_pada) SELECT id, CONCAT('PT-', nomor), 'diberikan_seluruhnya', "
        "'dikuasai', 'Dokumen', 'softcopy', 'email', 0, %s, diterima_pada + INTERVAL 3 DAY "
        "FROM permohonan WHERE tahun = 2019 AND CAST(SUBSTRING(nomor, 6) AS UNSIGNED) "
        "%% 3 = 0;" % user)
    assert db.sql("SELECT COUNT(*) FROM permohonan WHERE tahun = 2019;") == [[str(BULK)]]
    yield
    db.sql("DELETE n FROM pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id "
           "WHERE p.tahun = 2019;")
    db.sql("DELETE FROM permohonan WHERE tahun = 2019;")


def test_large_csv_export_is_complete(server, petugas, bulk):
    r = export(petugas["reg.utama"], server, "permohonan", "csv", tahun="2019")
    # Streamed: sent in chunks as the rows come, no length known in advance.
    assert r.headers.get("Transfer-Encoding") == "chunked"
    assert "Content-Length" not in r.headers
    header, rows = parse_csv(r.content)
    assert header == PERMOHONAN_COLUMNS
    assert len(rows) == BULK
    assert [row["No"] for row in rows[:3]] == ["1", "2", "3"] and rows[-1]["No"] == str(BULK)
    numbers = [row["Nomor pendaftaran"] for row in rows]
    assert numbers == ["2019-%06d" % i for i in range(1, BULK + 1)]   # no gap, no repeat
    noticed = [int(row["No"]) for row in rows if row["Nomor pemberitahuan"]]
    assert noticed == list(range(3, BULK + 1, 3))
    assert rows[1999]["Tanggal diterima (WIB)"].startswith("2019-01-")
    assert rows[2000]["Tanggal diterima (WIB)"].startswith("2019-02-")


def test_large_xml_export_is_complete_and_valid(server, petugas, bulk):
    r = export(petugas["reg.utama"], server, "permohonan", "xml", tahun="2019")
    assert r.headers.get("Transfer-Encoding") == "chunked"
    doc = validate(r.content)
    items = doc.findall("r:permohonan", NS)
    assert doc.get("jumlah") == str(BULK) and len(items) == BULK
    assert [e.get("no") for e in items[:2]] == ["1", "2"] and items[-1].get("no") == str(BULK)
    assert [e.get("nomor") for e in items] == ["2019-%06d" % i for i in range(1, BULK + 1)]


@pytest.mark.parametrize("months, expected", [(("1", "1"), 2000), (("3", "4"), 4000),
                                              (("10", "12"), 2000)])
def test_exact_multiples_of_the_page_size(server, petugas, bulk, months, expected):
    """2,000 rows are exactly four pages: the paging must stop, not repeat."""
    r = export(petugas["reg.utama"], server, "permohonan", "csv", tahun="2019",
               bulan_dari=months[0], bulan_sampai=months[1])
    numbers = [row["Nomor pendaftaran"] for row in parse_csv(r.content)[1]]
    assert len(numbers) == len(set(numbers)) == expected


def open_transactions(db, wanted, timeout=60):
    """The thread ids of the open InnoDB transactions, once wanted(them)."""
    deadline = time.time() + timeout
    while True:
        rows = db.sql("SELECT trx_mysql_thread_id FROM information_schema.INNODB_TRX;")
        if wanted(rows):
            return rows
        assert time.time() < deadline, rows
        time.sleep(0.1)


def test_a_failure_half_way_breaks_the_response(server, db, petugas, bulk):
    """When the database goes away in the middle of an export, the client
    gets a broken response (no final chunk), never a shorter document that
    looks whole; the next export works again."""
    s = petugas["reg.utama"]
    r = s.get(server.url + "/ppid/admin/register/permohonan.xml",
              params={"tahun": "2019"}, stream=True, timeout=60)
    assert r.status_code == 200
    chunks = r.iter_content(65536)
    received = len(next(chunks))
    # The export reads in one transaction: its connection is the only one
    # with a transaction open.  Killing it fails the next page's statement.
    thread = open_transactions(db, lambda rows: len(rows) == 1)
    db.sql("KILL %s;" % thread[0][0])
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        for chunk in chunks:
            received += len(chunk)
    assert 0 < received
    assert "register export permohonan broken off" in server.log()
    again = export(s, server, "permohonan", "xml", tahun="2019", bulan_dari="1",
                   bulan_sampai="1")
    assert len(validate(again.content).findall("r:permohonan", NS)) == BULK_PER_MONTH


def test_a_client_that_goes_away_stops_the_export(server, db, petugas, bulk):
    """Reading stops on the first failed write (sl_db_each's early stop);
    the process goes on serving."""
    for fmt in ("csv", "xml"):
        r = petugas["reg.utama"].get(server.url + "/ppid/admin/register/permohonan." + fmt,
                                     params={"tahun": "2019"}, stream=True, timeout=60)
        assert r.status_code == 200
        next(r.iter_content(65536))
        r.close()
    # Each export ends its transaction once a write fails.
    open_transactions(db, lambda rows: rows == [])
    again = export(petugas["reg.utama"], server, "permohonan", "csv", tahun="2019",
                   bulan_dari="2", bulan_sampai="2")
    assert len(parse_csv(again.content)[1]) == BULK_PER_MONTH
    assert "exit signal" not in server.log()


class OneWorker(harness.Apache):
    """The same modules in an Apache with one process and one worker thread,
    so every request runs in the same allocator and RSS means something."""

    def write_config(self):
        super().write_config()
        with open(self.conf) as f:
            text = f.read()
        for pattern, value in ((r"StartServers \d+", "StartServers 1"),
                               (r"ServerLimit \d+", "ServerLimit 1"),
                               (r"ThreadsPerChild \d+", "ThreadsPerChild 1\nThreadLimit 1\n"
                                "MinSpareThreads 1\nMaxSpareThreads 2"),
                               (r"MaxRequestWorkers \d+", "MaxRequestWorkers 1"),
                               # one connection per request: with a single
                               # worker, event closes idle keep-alive ones
                               (r"KeepAlive On", "KeepAlive Off")):
            text, n = re.subn(pattern, value, text)
            assert n == 1, pattern
        with open(self.conf, "w") as f:
            f.write(text)

    def child(self):
        with open(os.path.join(self.dir, "httpd.pid")) as f:
            parent = int(f.read())
        with open("/proc/%d/task/%d/children" % (parent, parent)) as f:
            kids = [int(k) for k in f.read().split()]
        assert len(kids) == 1, kids
        return kids[0]

    def memory_kb(self, pid):
        with open("/proc/%d/status" % pid) as f:
            status = f.read()
        return (int(re.search(r"VmRSS:\s+(\d+)", status).group(1)),
                int(re.search(r"VmHWM:\s+(\d+)", status).group(1)))


@pytest.fixture(scope="module")
def one_worker(workdir, db):
    apache = OneWorker(os.path.join(workdir, "satu-pekerja"), db)
    apache.start()
    try:
        yield apache
    finally:
        apache.stop()
        shutil.rmtree(os.path.dirname(apache.dir), ignore_errors=True)


@pytest.mark.parametrize("fmt", ["csv", "xml"])
def test_export_memory_does_not_grow_with_the_rows(one_worker, petugas, bulk, fmt):
    """Structural: the peak resident memory of the one Apache process after
    exporting 2,000 rows, then 20,000 rows (ten times the bytes), grows by
    far less than the difference in output; a buffered export would have
    to hold at least that."""
    s = requests.Session()
    s.mount("http://", HTTPAdapter(max_retries=Retry(total=3, connect=3, read=2,
                                                     allowed_methods=None)))
    r = s.post(one_worker.url + "/ppid/masuk",
               data={"username": "reg.utama", "password": PASSWORD},
               allow_redirects=False, timeout=30)
    assert r.status_code == 303
    url = one_worker.url + "/ppid/admin/register/permohonan." + fmt

    def run(months):
        r = s.get(url, params={"tahun": "2019", "bulan_dari": "1", "bulan_sampai": months},
                  timeout=120)
        assert r.status_code == 200
        return len(r.content)

    pid = one_worker.child()
    for _ in range(3):                         # warm up allocator and caches
        small = run("1")
    _, hwm_small = one_worker.memory_kb(pid)
    for _ in range(3):
        large = run("10")
    rss_large, hwm_large = one_worker.memory_kb(pid)
    assert one_worker.child() == pid           # the same process served both
    assert large > 9 * small
    growth = (hwm_large - hwm_small) * 1024
    print("%s: %d B for 2,000 rows, %d B for 20,000; peak RSS %d -> %d kB"
          % (fmt, small, large, hwm_small, hwm_large))
    assert growth < (large - small) / 5, (growth, large - small)
    assert "exit signal" not in one_worker.log()
