"""The per-OPD compliance scorecard (/ppid/admin/kepatuhan/{tahun} and .xml
for PPID Utama and Atasan PPID; the public summary /ppid/kepatuhan, linked
from /ppid/): per OPD the DIP (empty, stale berkala, up to date), parts
answered on time or late or closed for a silent OPD, late notices, the
median working days to the OPD's answer, and the survey grade ("belum ada data survei" without questionnaires).
Written by hand in OPDs of this test's own, year 2035 (not loaded in the
holiday calendar: weekends only)."""
import datetime

import pytest
import requests
from lxml import etree

from staf_uji import session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

TAHUN = 2035
HARI_NOL = datetime.date(2035, 3, 5)        # a Monday
NAMA_PEMOHON = "Sastrawinata Kepatuhanwati"


def working_day(n):
    """The n-th working day after day 0 (weekends only)."""
    d, k = HARI_NOL, 0
    while k < n:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            k += 1
    return d


def at(day):
    return "'%s 03:00:00'" % day.isoformat()       # 10:00 WIB


@pytest.fixture(scope="module")
def data(db):
    utama = user(db, "kep.utama", ["ppid_utama"], None, "Utama Kepatuhan")
    user(db, "kep.atasan", ["atasan_ppid"], None, "Atasan Kepatuhan")
    user(db, "kep.dinkes", ["ppid_pelaksana"], "dinkes", "Pelaksana Kepatuhan")
    db.sql("INSERT IGNORE INTO opd (kode, nama, singkatan) VALUES "
           "('kep21a', 'Dinas Uji Kepatuhan Usang', 'KEPA'), "
           "('kep21b', 'Dinas Uji Kepatuhan Kosong', 'KEPB'), "
           "('kep21c', 'Dinas Uji Kepatuhan Mutakhir', 'KEPC');")
    # An OPD no longer active, with a part that year: still listed.
    db.sql("INSERT IGNORE INTO opd (kode, nama, singkatan, aktif) VALUES "
           "('kep21d', 'Dinas Uji Kepatuhan Lama', 'KEPD', 0);")

    def dip(opd, nomor, umur):
        db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
               "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, status, "
               "dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) SELECT id, '%s', "
               "'berkala', 'Kepatuhan uji', 'Sekretaris', 'Kasubbag', 'Serang', 'PDF', "
               "'5 tahun', 2025, 'terbit', UTC_TIMESTAMP() - INTERVAL %s, "
               "UTC_TIMESTAMP() - INTERVAL %s, %s FROM opd WHERE kode = '%s';"
               % (nomor, umur, umur, utama, opd))
    dip("kep21a", "KEP-A1", "8 MONTH")
    dip("kep21a", "KEP-A2", "1 DAY")
    dip("kep21c", "KEP-C1", "1 MONTH")
    dip("kep21d", "KEP-D1", "1 MONTH")

    tempo = working_day(10)

    def request(i, part_status, answered=None, closed=0, notice=None, kode="kep21a"):
        nomor = "2035-92%04d" % i
        db.sql("INSERT INTO permohonan (nomor, tahun, kode_hash, jenis_pemohon, nama, nik, "
               "alamat, telepon, pekerjaan, rincian, tujuan, cara_memperoleh, cara_salinan, "
               "kanal, diterima_pada, hari_nol, jatuh_tempo) VALUES ('%s', 2035, "
               "SHA2('%s', 256), 'perorangan', '%s', '3604010101350000', 'Jl. Uji', "
               "'0812000035', 'Pegawai', 'Rincian', 'Tujuan', 'melihat', 'unduh', 'web', "
               "%s, '%s', '%s');" % (nomor, nomor, NAMA_PEMOHON, at(HARI_NOL),
                                     HARI_NOL.isoformat(), tempo.isoformat()))
        # Its filing's audit row, as the application writes one: other
        # tests check that no request lacks it (test_ketahanan).
        db.sql("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, publik) VALUES "
               "(%s, 'uji', 'ajukan', 'permohonan', '%s', 1);" % (at(HARI_NOL), nomor))
        db.sql("INSERT INTO disposisi (permohonan_id, opd_id, status, dibuat_oleh, "
               "dibuat_pada, dijawab_pada, ditutup_utama) SELECT p.id, o.id, '%s', %s, %s, "
               "%s, %d FROM permohonan p, opd o WHERE p.nomor = '%s' AND o.kode = '%s';"
               % (part_status, utama, at(HARI_NOL), at(answered) if answered else "NULL",
                  closed, nomor, kode))
        if notice:
            db.sql("INSERT INTO pemberitahuan (permohonan_id, nomor, keputusan, penguasaan, "
                   "diterbitkan_oleh, diterbitkan_pada) SELECT id, 'PT-%s', "
                   "'diberikan_seluruhnya', 'dikuasai', %s, %s FROM permohonan "
                   "WHERE nomor = '%s';" % (nomor, utama, at(notice), nomor))

    request(1, "dijawab", working_day(3), notice=working_day(4))    # on time
    request(2, "dijawab", working_day(5))                           # on time
    request(3, "dijawab", working_day(13), notice=working_day(14))  # late
    request(4, "menunggu")                                          # not due yet
    request(5, "dijawab", working_day(11), closed=1)                # closed for the OPD
    request(6, "dijawab", working_day(2), kode="kep21d")
    # Two paper questionnaires on KEPC's service: all "sangat baik" and
    # all "baik", so each element's mean is 3.5 and the IKM 87.50 (B).
    for v in (4, 3):
        db.sql("INSERT INTO survei (opd_id, kanal, sumber, diisi_pada, tahun, semester, "
               "u1, u2, u3, u4, u5, u6, u7, u8, u9) SELECT id, 'datang', 'kertas', "
               "'2035-03-06 03:00:00', 2035, 1, %s FROM opd WHERE kode = 'kep21c';"
               % ", ".join([str(v)] * 9))


def opd(doc, singkatan):
    found = [o for o in doc.findall("opd") if o.get("singkatan") == singkatan]
    assert len(found) == 1, singkatan
    return found[0]


def test_the_staff_scorecard_counts_each_opd(server, data):
    s = session(server, "kep.utama")
    r = s.get(server.url + "/ppid/admin/kepatuhan/%d.xml" % TAHUN, timeout=30)
    assert r.status_code == 200
    doc = etree.fromstring(r.content)
    assert doc.tag == "kepatuhan" and doc.get("tahun") == str(TAHUN)
    a = opd(doc, "KEPA")
    assert a.find("dip").attrib == {"status": "usang", "terbit": "2", "berkala": "2",
                                    "usang": "1"}
    assert a.find("bagian").attrib == {"jumlah": "5", "tepat_waktu": "2", "terlambat": "1",
                                       "ditutup_utama": "1", "lewat_tempo": "0",
                                       "belum_jatuh_tempo": "1"}
    assert a.find("pemberitahuan").attrib == {"tepat_waktu": "1", "terlambat": "1"}
    assert a.findtext("median_hari_kerja") == "5"           # of 3, 5 and 13
    assert a.findtext("survei") == "belum ada data survei"
    assert a.get("perhatian") == "1"
    b = opd(doc, "KEPB")
    assert b.find("dip").get("status") == "kosong"
    assert b.find("bagian").get("jumlah") == "0"
    assert b.find("median_hari_kerja") is None
    c = opd(doc, "KEPC")
    assert c.find("dip").get("status") == "mutakhir" and c.get("perhatian") == "0"
    assert c.findtext("survei") == "IKM 87.50, mutu B (Baik), 2 responden"
    assert c.find("survei").get("mutu_kode") == "B"
    d = opd(doc, "KEPD")
    assert d.find("dip").get("status") == "mutakhir"
    assert d.find("bagian").get("jumlah") == "1" and d.findtext("median_hari_kerja") == "2"
    summary = doc.find("ringkasan")
    assert int(summary.get("dip_kosong")) >= 1 and int(summary.get("dip_usang")) >= 1
    assert int(summary.get("bagian_terlambat")) >= 2


def test_the_staff_page_and_the_menu(server, data):
    s = session(server, "kep.atasan")
    r = s.get(server.url + "/ppid/admin/kepatuhan", timeout=30)
    assert r.status_code == 200
    html = etree.fromstring(r.content, etree.HTMLParser())
    menu = html.xpath('//nav[@class="staf"]/a/@href')
    assert "/ppid/admin/kepatuhan" in menu and "/ppid/admin/emonev" in menu
    r = s.get(server.url + "/ppid/admin/kepatuhan/%d" % TAHUN, timeout=30)
    html = etree.fromstring(r.content, etree.HTMLParser())
    row = html.xpath('//tr[td[1][contains(., "KEPA")]]')[0]
    assert row.xpath('string(td[@class="median"])').strip() == "5"
    assert "belum ada data survei" in row.xpath('string(td[@class="survei"])')
    assert html.xpath('//a[@href="/ppid/kepatuhan?tahun=%d"]' % TAHUN)


def test_the_public_summary_has_the_same_figures_and_no_personal_data(server, data):
    staff = etree.fromstring(session(server, "kep.utama").get(
        server.url + "/ppid/admin/kepatuhan/%d.xml" % TAHUN, timeout=30).content)
    r = requests.get(server.url + "/ppid/kepatuhan.xml", params={"tahun": TAHUN}, timeout=30)
    assert r.status_code == 200
    public = etree.fromstring(r.content)
    for name in ("KEPA", "KEPB", "KEPC"):
        assert etree.tostring(opd(public, name)) == etree.tostring(opd(staff, name))
    page = requests.get(server.url + "/ppid/kepatuhan", params={"tahun": TAHUN}, timeout=30)
    assert page.status_code == 200
    for text in (r.text, page.text):
        assert NAMA_PEMOHON not in text
        assert "3604010101350000" not in text and "0812000035" not in text
    assert "Kelola DIP" not in page.text and "/admin/" not in page.text.split("</header>")[1]
    assert "belum ada data survei" in page.text
    service = requests.get(server.url + "/ppid/", timeout=30)
    assert etree.fromstring(service.content, etree.HTMLParser()).xpath(
        '//main//a[@href="/ppid/kepatuhan"]')


def test_only_ppid_utama_and_atasan_see_the_staff_scorecard(server, data):
    assert session(server, "kep.dinkes").get(server.url + "/ppid/admin/kepatuhan",
                                             timeout=30).status_code == 403
    anon = requests.get(server.url + "/ppid/admin/kepatuhan", allow_redirects=False, timeout=30)
    assert anon.status_code in (302, 303, 401, 403)
    assert session(server, "kep.utama").get(server.url + "/ppid/admin/kepatuhan/20x5",
                                            timeout=30).status_code == 404
