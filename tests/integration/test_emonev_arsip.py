"""The e-Monev evidence pack as one ZIP (/ppid/admin/emonev/{tahun}.zip): it
opens with Python's zipfile, holds the page as its index (indeks.xml and
indeks.html: each indicator, its evidence, what is missing) and every
document the page lists for the archive, each the same as the public gets
at its URL; no applicant's personal data and no officer's session inside;
PPID Utama and Atasan PPID only."""
import csv
import io
import json
import zipfile

import pytest
import requests
from lxml import etree

from client import filed
from staf_uji import session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

TAHUN = "2026"
PEMOHON = {"nama": "Wiraguna Arsipemonev", "nik": "3604017766554433",
           "telepon": "0813-7766-5544", "email": "wiraguna.arsip@contoh.id",
           "alamat": "Jl. Kampung Arsipsari No. 21"}


@pytest.fixture(scope="module")
def pack(server, db):
    pembuat = user(db, "ema.utama", ["ppid_utama"], None, "Utama Arsipemonev")
    user(db, "ema.dinkes", ["ppid_pelaksana"], "dinkes", "Pelaksana Arsipemonev")
    # A published DIP entry and an exemption of an OPD of this test's own, so
    # every export in the pack has a row.
    db.sql("INSERT IGNORE INTO opd (kode, nama, singkatan) VALUES "
           "('arsip21', 'Dinas Uji Arsip Emonev', 'DUAE');")
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, status, "
           "dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) SELECT id, 'EMA-1', "
           "'berkala', 'Arsipemonev anggaran', 'Sekretaris', 'Kasubbag', 'Serang', 'PDF', "
           "'5 tahun', 2035, 'terbit', UTC_TIMESTAMP(), UTC_TIMESTAMP(), %s FROM opd "
           "WHERE kode = 'arsip21';" % pembuat)
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) SELECT id, 'Arsipemonev: hasil seleksi', 'h', 'Pasal 17 h', "
           "'Membuka rahasia pribadi', '5 tahun', '2040-01-01', '2025-01-02', %s "
           "FROM opd WHERE kode = 'arsip21';" % pembuat)
    filed(server, **PEMOHON)
    s = session(server, "ema.utama")
    r = s.get(server.url + "/ppid/admin/emonev/%s.zip" % TAHUN, timeout=120)
    assert r.status_code == 200, r.text[:500]
    page = s.get(server.url + "/ppid/admin/emonev/%s.xml" % TAHUN, timeout=30)
    assert page.status_code == 200
    return {"zip": r, "page": etree.fromstring(page.content), "session": s}


def test_the_archive_opens_and_is_an_attachment(pack):
    r = pack["zip"]
    assert r.headers["Content-Type"] == "application/zip"
    assert r.headers["Content-Disposition"] == \
        'attachment; filename="bukti-emonev-%s.zip"' % TAHUN
    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert z.testzip() is None
    assert all(n.startswith("bukti-emonev-%s/" % TAHUN) for n in z.namelist())
    assert len(z.namelist()) == len(set(z.namelist()))


def test_it_holds_every_document_the_page_lists(server, pack):
    z = zipfile.ZipFile(io.BytesIO(pack["zip"].content))
    names = set(z.namelist())
    listed = pack["page"].findall(".//bukti/berkas")
    assert len(listed) >= 20
    for f in listed:
        name = "bukti-emonev-%s/%s" % (TAHUN, f.get("nama"))
        assert name in names, name
        assert f.get("url").startswith(server.url + "/ppid/")
    assert names == {"bukti-emonev-%s/%s" % (TAHUN, f.get("nama")) for f in listed} | {
        "bukti-emonev-%s/indeks.xml" % TAHUN, "bukti-emonev-%s/indeks.html" % TAHUN}
    # Each file is what the public downloads at its URL (no session).
    for f in listed:
        body = z.read("bukti-emonev-%s/%s" % (TAHUN, f.get("nama")))
        name = f.get("nama")
        if name.endswith((".xml", ".rdf", ".atom")):
            etree.fromstring(body)
        elif name.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
            assert rows and rows[0], name
        elif name.endswith(".jsonld"):
            json.loads(body)
        else:
            assert b"<html" in body[:200].lower(), name
            assert b"Masuk petugas" in body, name       # the public's view
    for name, path in (("2-sarana-prasarana/dikecualikan.xml", "/ppid/dikecualikan.xml"),
                       ("1-kualitas-informasi/dip-lengkap.csv", "/ppid/dip/semua.csv")):
        public = requests.get(server.url + path, timeout=60)
        assert public.status_code == 200
        assert z.read("bukti-emonev-%s/%s" % (TAHUN, name)) == public.content, name


def test_the_index_lists_indicators_evidence_and_what_is_missing(pack):
    z = zipfile.ZipFile(io.BytesIO(pack["zip"].content))
    index = etree.fromstring(z.read("bukti-emonev-%s/indeks.xml" % TAHUN))
    assert [i.get("nama") for i in index.findall("indikator")] == [
        i.get("nama") for i in pack["page"].findall("indikator")]
    assert len(index.findall("indikator")) == 6
    assert [b.get("judul") for b in index.iter("bukti")] == [
        b.get("judul") for b in pack["page"].iter("bukti")]
    html = etree.fromstring(z.read("bukti-emonev-%s/indeks.html" % TAHUN), etree.HTMLParser())
    missing = " ".join(html.xpath("//ul[@class='kurang']//text()"))
    assert "Pernyataan aksesibilitas" in missing
    assert "Hasil survei kepuasan masyarakat" in missing
    assert len(html.xpath("//section[contains(@class,'indikator')]")) == 6


def test_no_personal_data_and_no_session_inside(pack):
    z = zipfile.ZipFile(io.BytesIO(pack["zip"].content))
    for name in z.namelist():
        text = z.read(name).decode("utf-8", "replace")
        for value in PEMOHON.values():
            assert value not in text, (name, value)
        assert "Utama Arsipemonev" not in text, name        # the officer's name
        assert 'name="csrf"' not in text, name


def test_the_page_links_the_archive(server, pack):
    page = pack["session"].get(server.url + "/ppid/admin/emonev/%s" % TAHUN, timeout=30)
    html = etree.fromstring(page.content, etree.HTMLParser())
    assert html.xpath("//a[@href='/ppid/admin/emonev/%s.zip']" % TAHUN)


def test_only_ppid_utama_and_atasan(server, pack):
    dinkes = session(server, "ema.dinkes")
    assert dinkes.get(server.url + "/ppid/admin/emonev/%s.zip" % TAHUN,
                      timeout=30).status_code == 403
    anon = requests.get(server.url + "/ppid/admin/emonev/%s.zip" % TAHUN,
                        allow_redirects=False, timeout=30)
    assert anon.status_code in (302, 303, 401, 403)
    assert pack["session"].get(server.url + "/ppid/admin/emonev/20x6.zip",
                               timeout=30).status_code == 404
