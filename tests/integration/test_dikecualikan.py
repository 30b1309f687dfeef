"""Daftar Informasi yang Dikecualikan: officers keep their OPD's uji
konsekuensi decisions; letters a-f need an end date; the public list shows
each entry's term, or that it has expired."""
import re

import pytest
import requests
from lxml import etree

from staf_uji import audit_rows, field_error, location_id, post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")


@pytest.fixture(scope="module")
def petugas(server, db):
    user(db, "kecuali.utama", ["ppid_utama"], "diskominfo", "Utama Kecuali")
    user(db, "kecuali.dinkes", ["ppid_pelaksana"], "dinkes", "Pelaksana Rahasia Kecuali")
    user(db, "kecuali.dlh", ["ppid_pelaksana"], "dlh", "Pelaksana DLH")
    user(db, "kecuali.evaluator", ["evaluator"], "bappeda", "Evaluator Kecuali")
    return {n: session(server, n) for n in
            ("kecuali.utama", "kecuali.dinkes", "kecuali.dlh", "kecuali.evaluator")}


def fields(**overrides):
    f = {
        "informasi": "Dokumen penyelidikan kasus korupsi alat kesehatan",
        "pasal17_huruf": "a",
        "dasar_hukum": "UU 14/2008 Pasal 17 huruf a; KUHAP",
        "konsekuensi": "Membuka dokumen dapat menghambat penyidikan",
        "jangka_waktu": "5 tahun",
        "ditetapkan_pada": "2026-01-15",
        "berlaku_sampai": "2031-01-15",
        "kepentingan_publik": "Kepentingan publik terlayani setelah putusan berkekuatan tetap",
        "diputuskan_oleh": "PPID Dinas Kesehatan",
        "unit_pengolah": "Bidang Pelayanan Kesehatan",
        "alasan_penetapan": "Perkara masih dalam penyidikan",
        "tempat_penetapan": "Serang",
    }
    f.update(overrides)
    return f


def create(s, server, **overrides):
    r = post(s, server, "/ppid/admin/dikecualikan", fields(**overrides))
    assert r.status_code == 303, r.text
    assert r.headers["Location"] == "/ppid/admin/dikecualikan?pesan=disimpan"


def id_of(db, informasi):
    return db.sql("SELECT id FROM informasi_dikecualikan WHERE informasi = '%s';"
                  % informasi)[0][0]


def test_an_officer_records_an_exemption_of_its_own_opd(server, db, petugas):
    create(petugas["kecuali.dinkes"], server, informasi="Pengecualian KolomLengkap",
           opd_id="1")
    entry = id_of(db, "Pengecualian KolomLengkap")
    row = db.sql("SELECT o.kode, k.pasal17_huruf, k.dasar_hukum, k.konsekuensi, "
                 "k.jangka_waktu, k.ditetapkan_pada, k.berlaku_sampai, u.username "
                 "FROM informasi_dikecualikan k JOIN opd o ON o.id = k.opd_id "
                 "JOIN pengguna u ON u.id = k.dibuat_oleh WHERE k.id = %s;" % entry)
    assert row == [["dinkes", "a", "UU 14/2008 Pasal 17 huruf a; KUHAP",
                    "Membuka dokumen dapat menghambat penyidikan", "5 tahun",
                    "2026-01-15", "2031-01-15", "kecuali.dinkes"]]
    audit = audit_rows(db, "dikecualikan", entry)
    assert [a[:2] for a in audit] == [["buat", "kecuali.dinkes"]]
    listing = petugas["kecuali.dinkes"].get(server.url + "/ppid/admin/dikecualikan",
                                            timeout=10).text
    assert "Pengecualian KolomLengkap" in listing


@pytest.mark.parametrize("huruf", list("abcdef"))
def test_letters_a_to_f_need_an_end_date(server, db, petugas, huruf):
    informasi = "Tanpa batas huruf %s" % huruf
    r = post(petugas["kecuali.dinkes"], server, "/ppid/admin/dikecualikan",
             fields(informasi=informasi, pasal17_huruf=huruf, berlaku_sampai=""))
    assert r.status_code == 422
    assert "tidak bersifat permanen" in field_error(r.text, "berlaku_sampai")
    assert 'value="%s"' % huruf in r.text and "selected" in r.text
    assert db.sql("SELECT COUNT(*) FROM informasi_dikecualikan WHERE informasi = '%s';"
                  % informasi) == [["0"]]


@pytest.mark.parametrize("huruf", list("ghij"))
def test_letters_g_to_j_may_be_permanent(server, db, petugas, huruf):
    informasi = "Permanen huruf %s" % huruf
    create(petugas["kecuali.dinkes"], server, informasi=informasi, pasal17_huruf=huruf,
           berlaku_sampai="")
    assert db.sql("SELECT berlaku_sampai IS NULL FROM informasi_dikecualikan "
                  "WHERE informasi = '%s';" % informasi) == [["1"]]


def test_invalid_fields_get_messages_and_the_form_is_kept(server, db, petugas):
    before = db.sql("SELECT COUNT(*) FROM informasi_dikecualikan;")
    r = post(petugas["kecuali.dinkes"], server, "/ppid/admin/dikecualikan",
             fields(informasi="Isian <salah>", pasal17_huruf="k", dasar_hukum="",
                    ditetapkan_pada="15-01-2026", berlaku_sampai="2026-02-30"))
    assert r.status_code == 422
    assert field_error(r.text, "pasal17_huruf").startswith("Pilih huruf Pasal 17")
    assert field_error(r.text, "dasar_hukum") == "Dasar hukum wajib diisi."
    assert "TTTT-BB-HH" in field_error(r.text, "ditetapkan_pada")
    assert "TTTT-BB-HH" in field_error(r.text, "berlaku_sampai")
    assert "Isian &lt;salah&gt;" in r.text and 'value="15-01-2026"' in r.text
    r = post(petugas["kecuali.dinkes"], server, "/ppid/admin/dikecualikan",
             fields(ditetapkan_pada="2026-05-01", berlaku_sampai="2026-04-30"))
    assert r.status_code == 422
    assert field_error(r.text, "berlaku_sampai") == \
        "Tanggal berakhir harus sesudah tanggal penetapan."
    assert db.sql("SELECT COUNT(*) FROM informasi_dikecualikan;") == before


def test_editing_is_scoped_to_the_officers_opd(server, db, petugas):
    create(petugas["kecuali.dinkes"], server, informasi="Pengecualian LingkupDinkes")
    entry = id_of(db, "Pengecualian LingkupDinkes")
    other = petugas["kecuali.dlh"]
    assert other.get(server.url + "/ppid/admin/dikecualikan/%s" % entry,
                     timeout=10).status_code == 404
    r = post(other, server, "/ppid/admin/dikecualikan/%s" % entry,
             fields(informasi="Dibajak"))
    assert r.status_code == 404
    assert "LingkupDinkes" not in other.get(server.url + "/ppid/admin/dikecualikan",
                                            timeout=10).text
    assert db.sql("SELECT informasi FROM informasi_dikecualikan WHERE id = %s;"
                  % entry) == [["Pengecualian LingkupDinkes"]]

    # The owner edits it; PPID Utama may move it to another OPD.
    r = post(petugas["kecuali.dinkes"], server, "/ppid/admin/dikecualikan/%s" % entry,
             fields(informasi="Pengecualian LingkupDinkes diubah", pasal17_huruf="h",
                    berlaku_sampai=""))
    assert r.status_code == 303
    assert db.sql("SELECT informasi, pasal17_huruf, berlaku_sampai IS NULL FROM "
                  "informasi_dikecualikan WHERE id = %s;" % entry) == \
        [["Pengecualian LingkupDinkes diubah", "h", "1"]]
    dlh = db.sql("SELECT id FROM opd WHERE kode = 'dlh';")[0][0]
    utama = petugas["kecuali.utama"]
    assert utama.get(server.url + "/ppid/admin/dikecualikan/%s" % entry,
                     timeout=10).status_code == 200
    r = post(utama, server, "/ppid/admin/dikecualikan/%s" % entry,
             fields(informasi="Pengecualian LingkupDinkes dipindah", opd_id=dlh))
    assert r.status_code == 303
    assert db.sql("SELECT o.kode FROM informasi_dikecualikan k JOIN opd o ON "
                  "o.id = k.opd_id WHERE k.id = %s;" % entry) == [["dlh"]]
    assert other.get(server.url + "/ppid/admin/dikecualikan/%s" % entry,
                     timeout=10).status_code == 200
    assert [a[:2] for a in audit_rows(db, "dikecualikan", entry)] == \
        [["buat", "kecuali.dinkes"], ["ubah", "kecuali.dinkes"], ["ubah", "kecuali.utama"]]
    before, after = audit_rows(db, "dikecualikan", entry)[-1][2:]
    assert '"informasi":"Pengecualian LingkupDinkes diubah"' in before
    assert '"informasi":"Pengecualian LingkupDinkes dipindah"' in after


def test_other_roles_are_refused(server, db, petugas):
    ev = petugas["kecuali.evaluator"]
    assert ev.get(server.url + "/ppid/admin/dikecualikan", timeout=10).status_code == 403
    r = post(ev, server, "/ppid/admin/dikecualikan", fields(informasi="Evaluator menulis"),
             csrf="0" * 32)
    assert r.status_code == 403
    assert db.sql("SELECT COUNT(*) FROM informasi_dikecualikan WHERE informasi = "
                  "'Evaluator menulis';") == [["0"]]


def test_public_list_shows_the_term_or_that_it_expired(server, db, petugas):
    s = petugas["kecuali.dinkes"]
    create(s, server, informasi="Pengecualian MasihBerlaku", berlaku_sampai="2099-12-31")
    create(s, server, informasi="Pengecualian SudahLewat", ditetapkan_pada="2019-01-01",
           berlaku_sampai="2024-01-01")
    create(s, server, informasi="Pengecualian TanpaBatas", pasal17_huruf="h",
           berlaku_sampai="")
    r = requests.get(server.url + "/ppid/dikecualikan", timeout=10)
    assert r.status_code == 200

    def article(text):
        m = re.search(r'<article class="kotak entri-dikecualikan"[^>]*>(?:(?!</article>).)*'
                      + text + r'.*?</article>', r.text, re.S)
        assert m, text
        return m.group(0)

    assert "berlaku sampai Kamis, 31 Desember 2099" in article("MasihBerlaku")
    expired = article("SudahLewat")
    assert "Kedaluwarsa" in expired
    assert "berlaku sampai Senin, 1 Januari 2024; sudah kedaluwarsa" in expired
    assert "berlaku tanpa batas waktu" in article("TanpaBatas")
    assert "Pasal 17 huruf h. mengungkap rahasia pribadi" in article("TanpaBatas")
    # No personal data of the officers who wrote them.
    for secret in ("Pelaksana Rahasia Kecuali", "kecuali.dinkes", "csrf"):
        assert secret not in r.text

    x = requests.get(server.url + "/ppid/dikecualikan.xml", timeout=10)
    doc = etree.fromstring(x.content)
    by_info = {e.findtext("informasi"): e for e in doc.findall("entri")}
    assert by_info["Pengecualian SudahLewat"].find("berlaku").get("status") == "kedaluwarsa"
    assert by_info["Pengecualian SudahLewat"].find("berlaku").get("sampai") == "2024-01-01"
    assert by_info["Pengecualian MasihBerlaku"].find("berlaku").get("status") == "berlaku"
    assert by_info["Pengecualian TanpaBatas"].find("berlaku").get("status") == "tetap"
    assert int(doc.get("total")) == len(doc.findall("entri")) == \
        int(db.sql("SELECT COUNT(*) FROM informasi_dikecualikan;")[0][0])
    assert b"Pelaksana Rahasia Kecuali" not in x.content


def test_the_consequence_test_and_the_classification_decision(server, db, petugas):
    """UU 14/2008 Pasal 2(4): the public interest beside the harm; PP 61/2010:
    who decided, unit, reasons, place (and date and term)."""
    r = post(petugas["kecuali.dinkes"], server, "/ppid/admin/dikecualikan",
             fields(informasi="Tanpa pertimbangan", kepentingan_publik="",
                    diputuskan_oleh="", unit_pengolah="", alasan_penetapan="",
                    tempat_penetapan=""))
    assert r.status_code == 422
    for name in ("kepentingan_publik", "diputuskan_oleh", "unit_pengolah",
                 "alasan_penetapan", "tempat_penetapan"):
        assert field_error(r.text, name), name
    # Only the PPID Utama makes an entry regency-wide.
    create(petugas["kecuali.dinkes"], server, informasi="Pengecualian PP61",
           seluruh_kabupaten="1")
    entry = id_of(db, "Pengecualian PP61")
    assert db.sql("SELECT kepentingan_publik, diputuskan_oleh, unit_pengolah, "
                  "alasan_penetapan, tempat_penetapan, seluruh_kabupaten FROM "
                  "informasi_dikecualikan WHERE id = %s;" % entry) == \
        [["Kepentingan publik terlayani setelah putusan berkekuatan tetap",
          "PPID Dinas Kesehatan", "Bidang Pelayanan Kesehatan",
          "Perkara masih dalam penyidikan", "Serang", "0"]]
    create(petugas["kecuali.utama"], server, informasi="Pengecualian Kabupaten",
           opd_id=db.sql("SELECT id FROM opd WHERE kode = 'diskominfo';")[0][0],
           seluruh_kabupaten="1")
    assert db.sql("SELECT seluruh_kabupaten FROM informasi_dikecualikan WHERE id = %s;"
                  % id_of(db, "Pengecualian Kabupaten")) == [["1"]]
    public = requests.get(server.url + "/ppid/dikecualikan", timeout=10).text
    block = re.search(r'<article[^>]*id="dikecualikan-%s".*?</article>' % entry,
                      public, re.S).group(0)
    for text in ("Pertimbangan kepentingan publik", "Kepentingan publik terlayani",
                 "PPID Dinas Kesehatan", "Bidang Pelayanan Kesehatan",
                 "Perkara masih dalam penyidikan", "Serang"):
        assert text in block, text
