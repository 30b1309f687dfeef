"""The annual report's narrative and its one submission (issue 16 item 11):
staff write the narrative sections, the PPID Utama submits the report once
the year is over (after 31 March it is flagged late), and from then on the
public page and XML show the submitted version, whatever later changes to
the data do."""
import datetime
import os
import re

import pytest
import requests
from lxml import etree

import harness
from client import login, staff_post, valid_form

PASSWORD = "kata-sandi-beku-123"
NS = {"l": "urn:serangkab:ppid:laporan:1"}
SCHEMA = os.path.join(harness.ROOT, "mod_sialip", "schema", "laporan.xsd")
SECTIONS = ["kebijakan", "sarana", "sdm", "anggaran", "kendala", "rekomendasi",
            "pelaksanaan_putusan"]


@pytest.fixture(scope="module")
def officers(db):
    harness.add_user(db, "beku.utama", PASSWORD, "Beku Utama", ["ppid_utama"], cost=4)
    harness.add_user(db, "beku.pimpinan", PASSWORD, "Beku Pimpinan", ["pimpinan"], cost=4)


@pytest.fixture
def utama(server, officers, clear_throttle):
    return login(server, "beku.utama", PASSWORD)


def post(server, session, path, data):
    return staff_post(server, session, path, data, timeout=60)


def record(server, session, received):
    fields = valid_form()
    fields.update({"kanal": "datang", "diterima": received})
    r = post(server, session, "/ppid/admin/permohonan/baru", fields)
    assert r.status_code == 303, r.text
    return re.search(r"/permohonan/(\d{4}-\d{6})", r.headers["Location"]).group(1)


def narrative(**overrides):
    fields = {name: "Bagian %s tahun 2020 <uji> & catatan." % name for name in SECTIONS}
    fields.update(overrides)
    return fields


def field_error(page, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % field, page)
    return m.group(1) if m else None


def test_submitted_report_is_frozen_with_its_narrative(server, db, utama):
    first = record(server, utama, "2020-06-02 10:00")
    path = "/ppid/admin/laporan/2020/narasi"
    assert utama.get(server.url + path, timeout=10).status_code == 200
    # Reading is for staff readers; writing for the PPID Utama.
    pimpinan = login(server, "beku.pimpinan", PASSWORD)
    assert pimpinan.get(server.url + path, timeout=10).status_code == 200
    assert post(server, pimpinan, path, dict(narrative(), aksi="simpan")).status_code == 403

    # Submitting needs every section; the input comes back.
    r = post(server, utama, path, dict(narrative(kendala=""), aksi="ajukan"))
    assert r.status_code == 422
    assert "wajib diisi" in field_error(r.text, "kendala")
    assert "Bagian sarana tahun 2020 &lt;uji&gt; &amp; catatan." in r.text
    assert db.sql("SELECT COUNT(*) FROM laporan_tahunan WHERE tahun = 2020;") == [["0"]]
    # A draft may be incomplete.
    r = post(server, utama, path, dict(narrative(kendala=""), aksi="simpan"))
    assert r.status_code == 303
    assert db.sql("SELECT kendala, diajukan_pada FROM laporan_tahunan WHERE tahun = 2020;") \
        == [["", "NULL"]]
    # The current year cannot be submitted yet.
    this_year = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).year
    r = post(server, utama, "/ppid/admin/laporan/%d/narasi" % this_year,
             dict(narrative(), aksi="ajukan"))
    assert r.status_code == 422 and "setelah tahunnya berakhir" in r.text

    r = post(server, utama, path, dict(narrative(), aksi="ajukan"))
    assert r.status_code == 303, r.text
    row = db.sql("SELECT diajukan_pada IS NOT NULL, terlambat, LENGTH(salinan_sha256) "
                 "FROM laporan_tahunan WHERE tahun = 2020;")
    assert row == [["1", "1", "64"]]          # after 31 March 2021: late
    frozen = requests.get(server.url + "/ppid/laporan/2020.xml", timeout=30)
    assert frozen.status_code == 200
    doc = etree.fromstring(frozen.content)
    etree.XMLSchema(etree.parse(SCHEMA)).assertValid(doc)
    assert doc.get("terlambat") == "1" and doc.get("diajukan")
    sections = {b.get("nama"): b.text for b in doc.iterfind("l:narasi/l:bagian", NS)}
    assert sections == narrative()
    count = doc.findtext("l:permohonan/l:jumlah", namespaces=NS)
    assert first in [p.get("nomor") for p in doc.iterfind("l:rincian_waktu/l:permohonan", NS)]

    # Later data does not change the submitted report.
    record(server, utama, "2020-07-01 10:00")
    db.sql("INSERT INTO hari_libur (tanggal, jenis, nama) VALUES ('2020-06-02', "
           "'libur_nasional', 'Libur uji laporan beku');")
    try:
        again = requests.get(server.url + "/ppid/laporan/2020.xml", timeout=30)
    finally:
        db.sql("DELETE FROM hari_libur WHERE tanggal = '2020-06-02';")
    assert again.content == frozen.content
    page = requests.get(server.url + "/ppid/laporan/2020", timeout=30).text
    assert 'id="diajukan"' in page and "Diajukan setelah batas 31 Maret" in page
    assert re.search(r'<section class="kotak" id="permohonan">.*?<td>%s</td>' % count,
                     page, re.S)
    assert "Bagian rekomendasi tahun 2020 &lt;uji&gt; &amp; catatan." in page
    staff = utama.get(server.url + "/ppid/admin/laporan/2020", timeout=30).text
    assert 'id="diajukan"' in staff

    # Submitted once: no more edits.
    r = post(server, utama, path, dict(narrative(kendala="Ubah"), aksi="simpan"))
    assert r.status_code == 409 and "sudah diajukan" in r.text
    assert db.sql("SELECT kendala FROM laporan_tahunan WHERE tahun = 2020;") == \
        [[narrative()["kendala"]]]
    audit = db.sql("SELECT aksi FROM audit WHERE objek = 'laporan' AND objek_id = '2020' "
                   "ORDER BY id;")
    assert audit == [["narasi_laporan"], ["ajukan_laporan"]]
