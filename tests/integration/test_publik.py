"""The pages the law wants published (issue 16 items 9 and 10): the tariff
at /ppid/tarif (HTML and XML, only the lines in force, following the admin's
table), and the DIP, the exempt list, the statistics, the reports and the
tariff reachable from /ppid/ and the public menu; the annual report has a
public page."""
import pytest
import requests
from lxml import etree, html

from client import filed
from staf_uji import post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

PUBLIC = ["/ppid/dip", "/ppid/dikecualikan", "/ppid/statistik", "/ppid/laporan",
          "/ppid/tarif"]


def test_published_tariff_follows_the_admin_table(server, db):
    page = requests.get(server.url + "/ppid/tarif", timeout=10)
    assert page.status_code == 200
    doc = html.fromstring(page.text)
    rows = {r.get("id"): [td.text_content().strip() for td in r.xpath("td")]
            for r in doc.xpath('//table[@id="tarif"]/tbody/tr')}
    assert rows["tarif-fotokopi-a4"] == ["Fotokopi A4 hitam putih", "Rp500", "per lembar"]
    assert rows["tarif-pos"] == ["Pengiriman pos dalam Kabupaten Serang", "Rp15.000",
                                 "per paket"]
    assert "huruf f" in page.text

    # The admin adds a line and withdraws another: the public page follows.
    user(db, "publik.admin", ["admin"])
    s = session(server, "publik.admin")
    r = post(s, server, "/ppid/admin/tarif", {"kode": "cetak-a3", "nama": "Cetak A3",
                                              "satuan": "lembar", "harga": "2500"})
    assert r.status_code == 303, r.text
    cd = db.sql("SELECT id FROM tarif WHERE kode = 'cd';")[0][0]
    assert post(s, server, "/ppid/admin/tarif/%s/nonaktifkan" % cd).status_code == 303
    try:
        xml = requests.get(server.url + "/ppid/tarif.xml", timeout=10)
        assert xml.status_code == 200
        assert xml.headers["Content-Type"].startswith("application/xml")
        items = {b.get("kode"): b for b in etree.fromstring(xml.content).iter("butir")}
        assert items["cetak-a3"].findtext("harga") == "Rp2.500"
        assert items["cetak-a3"].find("harga").get("rupiah") == "2500"
        assert items["cetak-a3"].findtext("satuan") == "lembar"
        assert "cd" not in items
        assert "Salinan pada CD/DVD" not in requests.get(server.url + "/ppid/tarif",
                                                         timeout=10).text
    finally:
        post(s, server, "/ppid/admin/tarif/%s/aktifkan" % cd)


def test_service_page_and_menu_link_every_published_page(server):
    page = requests.get(server.url + "/ppid/", timeout=10)
    assert page.status_code == 200
    doc = html.fromstring(page.text)
    menu = doc.xpath("//header//nav/a/@href")
    body = doc.xpath("//main//a/@href")
    for path in PUBLIC:
        assert path in menu, path
        assert path in body, path
        r = requests.get(server.url + path, timeout=30)
        assert r.status_code == 200, (path, r.status_code)
        assert "Masuk petugas" in r.text       # a public page, no session


def test_annual_report_has_a_public_page(server, db):
    year = filed(server)[0][:4]
    listing = requests.get(server.url + "/ppid/laporan", timeout=10)
    assert listing.status_code == 200
    assert 'href="/ppid/laporan/%s"' % year in listing.text
    r = requests.get(server.url + "/ppid/laporan/%s" % year, timeout=30)
    assert r.status_code == 200
    assert "Laporan layanan informasi publik tahun %s" % year in r.text
    assert 'href="/ppid/laporan/%s.xml"' % year in r.text
    # The same figures as the XML, without personal data.
    xml = etree.fromstring(requests.get(server.url + "/ppid/laporan/%s.xml" % year,
                                        timeout=30).content)
    ns = {"l": "urn:serangkab:ppid:laporan:1"}
    total = xml.find("l:permohonan/l:jumlah", ns).text
    page = html.fromstring(r.text)
    assert page.xpath('//section[@id="permohonan"]//tr[1]/td')[0].text == total
    assert requests.get(server.url + "/ppid/laporan/20x6", timeout=10).status_code == 404
    semester = requests.get(server.url + "/ppid/laporan/%s/semester/1" % year, timeout=30)
    assert semester.status_code == 200
