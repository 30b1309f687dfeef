"""An OPD that never answers its part (issue 16 item 8): the PPID Utama
closes the silent part on the OPD's behalf, with the reason recorded and
audited, the notice is then possible, and the OPD's statistics count the
part it never answered."""
import re

import pytest
from lxml import etree

import harness
from client import filed, login, staff_post

PASSWORD = "kata-sandi-diam-123"


@pytest.fixture(scope="module")
def officers(db):
    for name, roles, opd in (("diam.utama", ["ppid_utama"], None),
                             ("diam.dlh", ["ppid_pelaksana"], "dlh")):
        harness.add_user(db, name, PASSWORD, name.title(), roles, opd_kode=opd, cost=4)


@pytest.fixture
def as_(server, officers, clear_throttle):
    return lambda name: login(server, name, PASSWORD)


def field_error(page, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % field, page)
    return m.group(1) if m else None


def test_ppid_utama_closes_a_silent_part_and_the_opd_is_counted(server, db, as_):
    utama, dlh = as_("diam.utama"), as_("diam.dlh")
    dlh_id = db.sql("SELECT id FROM opd WHERE kode = 'dlh';")[0][0]
    number, _, _ = filed(server)
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                      {"opd": dlh_id, "catatan": "Mohon data."}).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                  "d.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
    path = "/ppid/admin/permohonan/%s/disposisi/%s/tutup" % (number, part)
    page = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    assert path in page
    # Only the PPID Utama; the OPD's own officer answers through its form.
    assert staff_post(server, dlh, path, {"alasan": "x", "jawaban": "y"}).status_code == 403
    # The reason and the answer are both needed; the input is kept.
    r = staff_post(server, utama, path, {"jawaban": "Data tidak tersedia di DLH."})
    assert r.status_code == 422
    assert "alasan" in field_error(r.text, "alasan").lower()
    assert "Data tidak tersedia di DLH." in r.text
    r = staff_post(server, utama, path, {"alasan": "DLH tidak menjawab sampai jatuh tempo.",
                                   "jawaban": "Data tidak tersedia di DLH."})
    assert r.status_code == 303, r.text
    assert db.sql("SELECT status, ditutup_utama, alasan_tutup FROM disposisi WHERE id = %s;"
                  % part) == [["dijawab", "1", "DLH tidak menjawab sampai jatuh tempo."]]
    audit = db.sql("SELECT aksi, sesudah FROM audit WHERE objek = 'permohonan' AND "
                   "objek_id = '%s' ORDER BY id;" % number)
    assert audit[-1][0] == "tutup_bagian" and "tidak menjawab" in audit[-1][1]
    # Closed once: a second close is refused.
    assert staff_post(server, utama, path, {"alasan": "a", "jawaban": "b"}).status_code == 409
    page = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    assert "Ditutup PPID Utama atas nama OPD" in page
    # The notice is no longer blocked.
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                      {"keputusan": "tidak_dikuasai",
                 "diteruskan_ke": "BPS Kabupaten Serang"}).status_code == 303
    # The OPD's statistics count the part it never answered.
    xml = utama.get(server.url + "/ppid/statistik.xml", params={"tahun": number[:4]},
                    timeout=30)
    ns = {"s": "urn:serangkab:ppid:statistik:1"}
    opd = etree.fromstring(xml.content).find("s:per_opd/s:opd[@id='%s']" % dlh_id, ns)
    assert opd.findtext("s:tidak_dijawab_opd", namespaces=ns) == "1"
