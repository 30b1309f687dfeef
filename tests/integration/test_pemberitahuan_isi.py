"""What a written notice says (issue 16): a procedural refusal does not
claim the information is held, and an exemption is in force through its end
date in WIB (UTC+7), not in UTC."""
import datetime
import re

import pytest
import requests
from lxml import etree

import harness
from client import csrf_of, filed, login

PASSWORD = "kata-sandi-isi-123"
NS = {"r": "urn:serangkab:ppid:register:1"}


@pytest.fixture(scope="module")
def officers(db):
    users = {"isi.utama": (["ppid_utama"], None)}
    for name, (roles, opd) in users.items():
        harness.add_user(db, name, PASSWORD, name.replace(".", " ").title(), roles,
                         opd_kode=opd, cost=4)
    return users


@pytest.fixture
def utama(server, officers, clear_throttle):
    return login(server, "isi.utama", PASSWORD)


def post(server, session, path, data=None, files=None):
    page = session.get(server.url + "/ppid/admin/", timeout=10)
    fields = dict(data or {})
    fields["csrf"] = csrf_of(page.text)
    return session.post(server.url + path, data=fields, files=files,
                        headers={"Origin": server.url}, allow_redirects=False,
                        timeout=30)


def wib_today():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


def test_procedural_refusal_is_not_stored_or_printed_as_held(server, db, utama):
    number, code, _ = filed(server)
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "ditolak_prosedural",
              "alasan_prosedural": "Salinan KTP tidak dilampirkan."})
    assert r.status_code == 303, r.text
    assert db.sql("SELECT n.penguasaan FROM pemberitahuan n JOIN permohonan p "
                  "ON p.id = n.permohonan_id WHERE p.nomor = '%s';" % number) == \
        [["tidak_dinilai"]]
    for page in (utama.get(server.url + r.headers["Location"], timeout=10).text,
                 requests.get(server.url + "/ppid/permohonan/%s/pemberitahuan?kode=%s"
                              % (number, code), timeout=10).text):
        held = re.search(r"<th>Penguasaan informasi</th><td>([^<]*)</td>", page)
        assert held and held.group(1).startswith("Tidak dinilai"), page
        assert "Informasi dikuasai" not in page
    year = number[:4]
    reg = utama.get(server.url + "/ppid/admin/register/permohonan.xml",
                    params={"tahun": year}, timeout=30)
    assert reg.status_code == 200
    row = etree.fromstring(reg.content).find("r:permohonan[@nomor='%s']" % number, NS)
    status = row.find("r:pemberitahuan/r:status_informasi", NS)
    assert status.get("kode") == "tidak_dinilai"
    csv = utama.get(server.url + "/ppid/admin/register/permohonan.csv",
                    params={"tahun": year}, timeout=30).content.decode("utf-8-sig")
    line = [ln for ln in csv.splitlines() if number in ln][0]
    assert "Tidak dinilai (ditolak prosedural)" in line and ";Dikuasai;" not in line


def test_an_exemption_is_in_force_through_its_end_date_in_wib(server, db, utama):
    """Ended yesterday (WIB): refused and not offered; ends today: accepted.
    Between 00:00 and 07:00 WIB the UTC date is still yesterday, when a check
    on the UTC date would accept the expired one."""
    today = wib_today()
    user = db.sql("SELECT id FROM pengguna WHERE username = 'isi.utama';")[0][0]
    insp = opd_id(db, "inspektorat")
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) VALUES (%s, 'Berkas audit kemarin', 'a', 'UU 14/2008', "
           "'Menghambat pemeriksaan', '1 tahun', '%s', '2025-01-02', %s), "
           "(%s, 'Berkas audit hari ini', 'a', 'UU 14/2008', 'Menghambat pemeriksaan', "
           "'1 tahun', '%s', '2025-01-02', %s);"
           % (insp, today - datetime.timedelta(days=1), user, insp, today, user))
    ended, ends_today = [row[0] for row in db.sql(
        "SELECT id FROM informasi_dikecualikan WHERE informasi LIKE 'Berkas audit %%' "
        "ORDER BY id DESC LIMIT 2;")][::-1]
    number, _, _ = filed(server)
    form = utama.get(server.url + "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                     headers={"Accept": "application/xml"}, timeout=10)
    offered = [u.get("id") for u in etree.fromstring(form.content).iter("uji")]
    assert ends_today in offered and ended not in offered
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "ditolak_dikecualikan", "dikecualikan_id": ended})
    assert r.status_code == 422 and "masa berlakunya sudah habis" in r.text
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "ditolak_dikecualikan", "dikecualikan_id": ends_today})
    assert r.status_code == 303, r.text
