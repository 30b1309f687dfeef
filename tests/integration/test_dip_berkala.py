"""Informasi berkala must be refreshed at least every six months (UU 14/2008
Pasal 9, issue 16 item 13): a published berkala entry older than that is
flagged to its OPD on the staff DIP page and counted against the OPD in the
public statistics; an updated one, another category or a draft is not."""
import re

import pytest
from lxml import etree

from staf_uji import session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")
NS = {"s": "urn:serangkab:ppid:statistik:1"}


def test_stale_periodic_entries_are_flagged_and_counted(server, db):
    creator = user(db, "berkala.dlh", ["ppid_pelaksana"], "dlh")
    dlh = db.sql("SELECT id FROM opd WHERE kode = 'dlh';")[0][0]
    rows = []
    for nomor, kategori, status, age in (
            ("BERKALA-LAMA", "berkala", "terbit", "INTERVAL 7 MONTH"),
            ("BERKALA-BARU", "berkala", "terbit", "INTERVAL 5 MONTH"),
            ("SETIAP-LAMA", "setiap_saat", "terbit", "INTERVAL 2 YEAR"),
            ("DRAF-LAMA", "berkala", "draf", "INTERVAL 1 YEAR")):
        rows.append("(%s, '%s', '%s', 'Ringkasan %s', 'P', 'PJ', 'Serang', 'PDF', "
                    "'5 tahun', 2025, NULL, NULL, '%s', UTC_TIMESTAMP() - %s, "
                    "UTC_TIMESTAMP() - %s, %s)"
                    % (dlh, nomor, kategori, nomor, status, age, age, creator))
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, tautan, berkas_id, "
           "status, dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES %s;"
           % ", ".join(rows))
    stale = db.sql("SELECT id FROM dip WHERE nomor = 'BERKALA-LAMA';")[0][0]

    page = session(server, "berkala.dlh").get(server.url + "/ppid/admin/dip",
                                              timeout=10).text
    flagged = re.findall(r'<tr class="status-[a-z]+">\s*<td><a href="/ppid/admin/dip/(\d+)">'
                         r'(?:(?!</tr>).)*lebih dari 6 bulan', page, re.S)
    assert flagged == [stale]
    box = re.search(r'<div[^>]*id="berkala-usang">(.*?)</div>', page, re.S).group(1)
    assert "<strong>1</strong>" in box

    def counted():
        xml = etree.fromstring(server_get(server, "/ppid/statistik.xml"))
        node = xml.find("s:dip_berkala_usang", NS)
        opd = node.find("s:opd[@id='%s']" % dlh, NS)
        return int(node.get("total")), (int(opd.text) if opd is not None else 0)

    total, of_dlh = counted()
    assert of_dlh == 1 and total >= 1
    # Refreshed: no longer flagged nor counted.
    db.sql("UPDATE dip SET dimutakhirkan_pada = UTC_TIMESTAMP() WHERE id = %s;" % stale)
    assert counted() == (total - 1, 0)
    page = session(server, "berkala.dlh").get(server.url + "/ppid/admin/dip",
                                              timeout=10).text
    assert 'id="berkala-usang"' not in page


def server_get(server, path):
    import requests
    r = requests.get(server.url + path, timeout=30)
    assert r.status_code == 200
    return r.content
