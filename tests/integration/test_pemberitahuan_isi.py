"""What a written notice says (issue 16): a procedural refusal does not
claim the information is held, and an exemption is in force through its end
date in WIB (UTC+7), not in UTC."""
import datetime
import re

import pytest
import requests
from lxml import etree

from client import add_staff, filed, login, staff_post

PASSWORD = "kata-sandi-isi-123"
NS = {"r": "urn:serangkab:ppid:register:1"}


@pytest.fixture(scope="module")
def officers(db):
    users = {"isi.utama": (["ppid_utama"], None)}
    return add_staff(db, users, PASSWORD)


@pytest.fixture
def utama(server, officers, clear_throttle):
    return login(server, "isi.utama", PASSWORD)


post = staff_post


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


def exemptions_offered(server, utama, number):
    """The exemption ids the notice form of request number offers."""
    form = utama.get(server.url + "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                     headers={"Accept": "application/xml"}, timeout=10)
    return [u.get("id") for u in etree.fromstring(form.content).iter("uji")]


def exemption_refused_then_cited(server, utama, number, refused, why, cited):
    """A refusal notice citing exemption refused is turned away with why;
    citing exemption cited it is issued."""
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "ditolak_dikecualikan", "dikecualikan_id": refused})
    assert r.status_code == 422 and why in r.text
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "ditolak_dikecualikan", "dikecualikan_id": cited})
    assert r.status_code == 303, r.text


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
    offered = exemptions_offered(server, utama, number)
    assert ends_today in offered and ended not in offered
    exemption_refused_then_cited(server, utama, number, ended, "masa berlakunya sudah habis",
                                 ends_today)


def field_error(page, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % field, page)
    return m.group(1) if m else None


def register_row(server, session, number):
    reg = session.get(server.url + "/ppid/admin/register/permohonan.xml",
                      params={"tahun": number[:4]}, timeout=30)
    assert reg.status_code == 200
    return etree.fromstring(reg.content).find("r:permohonan[@nomor='%s']" % number, NS)


def notice_page(server, session, number):
    return session.get(server.url + "/ppid/admin/permohonan/%s/pemberitahuan/cetak"
                       % number, timeout=10).text


def test_notice_states_payment_and_provision_and_the_real_delivery(server, db, utama):
    """Pasal 22(7) f-g and the Perki form: the way of payment and whether it
    was paid, the date by which the information is provided; the register's
    delivery date is the recorded delivery, not the notice date."""
    number, code, _ = filed(server)
    tarif = {row[1]: row[0] for row in db.sql("SELECT id, kode FROM tarif;")}
    promised = wib_today() + datetime.timedelta(days=5)
    fields = {"keputusan": "diberikan_seluruhnya", "informasi_diberikan": "Salinan DPA",
              "bentuk": "hardcopy", "cara_penyampaian": "mengambil_langsung",
              "tarif_%s" % tarif["fotokopi-a4"]: "4",
              "waktu_penyediaan": promised.isoformat()}
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number, fields)
    assert r.status_code == 422
    assert "Pilih cara pembayaran" in field_error(r.text, "cara_pembayaran")
    assert 'value="%s"' % promised.isoformat() in r.text          # input kept
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             dict(fields, waktu_penyediaan="2020-01-01", cara_pembayaran="transfer"))
    assert r.status_code == 422
    assert "sebelum hari ini" in field_error(r.text, "waktu_penyediaan")
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             dict(fields, cara_pembayaran="transfer"))
    assert r.status_code == 303, r.text
    assert db.sql("SELECT n.cara_pembayaran, n.waktu_penyediaan, n.diserahkan_pada, "
                  "n.dibayar_pada, p.status FROM pemberitahuan n JOIN permohonan p ON "
                  "p.id = n.permohonan_id WHERE p.nomor = '%s';" % number) == \
        [["transfer", promised.isoformat(), "NULL", "NULL", "menunggu_penyerahan"]]
    citizen = requests.get(server.url + "/ppid/permohonan/%s/pemberitahuan?kode=%s"
                           % (number, code), timeout=10).text
    assert "Transfer ke rekening kas daerah" in citizen and "Belum dibayar" in citizen
    assert "Rp2.000" in citizen
    assert "Waktu penyediaan informasi" in citizen
    # Not delivered yet: the register has no delivery date.
    row = register_row(server, utama, number)
    assert row.find("r:pemberitahuan/r:tanggal_penyampaian", NS) is None

    assert post(server, utama, "/ppid/admin/permohonan/%s/pembayaran" % number
                ).status_code == 303
    assert "Sudah dibayar" in notice_page(server, utama, number)
    again = post(server, utama, "/ppid/admin/permohonan/%s/pembayaran" % number)
    assert again.status_code == 409 and "sudah dicatat" in again.text

    form = utama.get(server.url + "/ppid/admin/permohonan/%s/penyerahan" % number,
                     timeout=10)
    assert form.status_code == 200
    for bad, message in (("besok pagi", "format 2026-04-06 10:00"),
                         ("2099-01-01 10:00", "tidak boleh lebih dari sekarang"),
                         ("2020-01-01 10:00", "sebelum pemberitahuan")):
        r = post(server, utama, "/ppid/admin/permohonan/%s/penyerahan" % number,
                 {"diserahkan": bad})
        assert r.status_code == 422, bad
        assert message in field_error(r.text, "diserahkan")
        assert 'value="%s"' % bad in r.text
    now = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M")
    r = post(server, utama, "/ppid/admin/permohonan/%s/penyerahan" % number,
             {"diserahkan": now})
    assert r.status_code == 303, r.text
    # Handed over: only now "selesai" (issue 17).
    assert db.sql("SELECT status FROM permohonan WHERE nomor = '%s';" % number) == \
        [["selesai"]]
    row = register_row(server, utama, number)
    assert row.findtext("r:pemberitahuan/r:tanggal_penyampaian", namespaces=NS) == now[:10]
    assert db.sql("SELECT aksi FROM audit WHERE objek = 'permohonan' AND objek_id = '%s' "
                  "ORDER BY id;" % number)[-2:] == [["bayar"], ["serahkan"]]
    again = post(server, utama, "/ppid/admin/permohonan/%s/penyerahan" % number,
                 {"diserahkan": now})
    assert again.status_code == 409 and "sudah dicatat" in again.text


def test_not_yet_held_keeps_the_request_open_until_delivery(server, db, utama):
    number, code, _ = filed(server)
    path = "/ppid/admin/permohonan/%s/pemberitahuan" % number
    fields = {"keputusan": "belum_dikuasai", "janji_waktu": "Setelah rapat anggaran"}
    r = post(server, utama, path, fields)
    assert r.status_code == 422
    assert "tetap terbuka" in field_error(r.text, "waktu_penyediaan")
    today = wib_today()
    assert post(server, utama, path, dict(fields, waktu_penyediaan=today.isoformat())
                ).status_code == 303
    assert db.sql("SELECT status, selesai_pada FROM permohonan WHERE nomor = '%s';"
                  % number) == [["menunggu_informasi", "NULL"]]
    # One notice only; the open request is not offered a second.
    again = post(server, utama, path, dict(fields, waktu_penyediaan=today.isoformat()))
    assert again.status_code == 409 and "sudah diterbitkan" in again.text
    status = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                          timeout=10).text
    assert "akan diserahkan pada tanggal yang dijanjikan" in status
    # The promise lapses undelivered: late (objection ground g).
    db.sql("UPDATE pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id SET "
           "n.waktu_penyediaan = '%s', n.diterbitkan_pada = n.diterbitkan_pada - "
           "INTERVAL 3 DAY WHERE p.nomor = '%s';"
           % (today - datetime.timedelta(days=1), number))
    assert "Terlambat: belum diserahkan" in notice_page(server, utama, number)
    inbox = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    assert "terlambat: belum diserahkan" in inbox
    now = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M")
    assert post(server, utama, "/ppid/admin/permohonan/%s/penyerahan" % number,
                {"diserahkan": now}).status_code == 303
    rows = db.sql("SELECT status, selesai_pada IS NOT NULL FROM permohonan "
                  "WHERE nomor = '%s';" % number)
    assert rows == [["selesai", "1"]]
    assert "melewati tanggal yang dijanjikan" in notice_page(server, utama, number)


def test_a_notice_cites_an_exemption_of_the_right_opd_and_keeps_it(server, db, utama):
    """Routed to Dinkes: an exemption of the DLH is refused, Dinkes's own and
    a regency-wide one are offered; editing the exemption afterwards does not
    change the notice, which keeps what it cited."""
    user = db.sql("SELECT id FROM pengguna WHERE username = 'isi.utama';")[0][0]
    dinkes, dlh = opd_id(db, "dinkes"), opd_id(db, "dlh")
    rows = []
    for opd, name, wide in ((dlh, "Uji DLH", 0), (dinkes, "Uji Dinkes", 0),
                            (dlh, "Uji Kabupaten", 1)):
        db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
               "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
               "dibuat_oleh, seluruh_kabupaten) VALUES (%s, '%s', 'h', 'UU 14/2008', "
               "'Mengungkap rahasia pribadi', 'permanen', NULL, '2025-01-02', %s, %s);"
               % (opd, name, user, wide))
        rows.append(db.sql("SELECT MAX(id) FROM informasi_dikecualikan;")[0][0])
    other, own, wide = rows
    number, code, _ = filed(server)
    assert post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                {"opd": dinkes}).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                  "d.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
    db.sql("UPDATE disposisi SET status = 'dijawab', jawaban = 'x' WHERE id = %s;" % part)
    offered = exemptions_offered(server, utama, number)
    assert own in offered and wide in offered and other not in offered
    exemption_refused_then_cited(server, utama, number, other, "milik OPD lain", own)
    db.sql("UPDATE informasi_dikecualikan SET konsekuensi = 'Teks baru', "
           "pasal17_huruf = 'j' WHERE id = %s;" % own)
    printable = requests.get(server.url + "/ppid/permohonan/%s/pemberitahuan?kode=%s"
                             % (number, code), timeout=10).text
    assert "Mengungkap rahasia pribadi" in printable and "Pasal 17 huruf h" in printable
    assert "Teks baru" not in printable


def test_one_notice_states_each_opd_part_outcome(server, db, utama):
    """Parts answered by several OPDs with different outcomes: each states its
    own in the one notice."""
    number, code, _ = filed(server)
    dinkes, dlh = opd_id(db, "dinkes"), opd_id(db, "dlh")
    assert post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                {"opd": [dinkes, dlh]}).status_code == 303
    parts = {row[1]: row[0] for row in db.sql(
        "SELECT d.id, o.kode FROM disposisi d JOIN opd o ON o.id = d.opd_id JOIN "
        "permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '%s';" % number)}
    db.sql("UPDATE disposisi SET status = 'dijawab', jawaban = 'x' WHERE id IN (%s, %s);"
           % (parts["dinkes"], parts["dlh"]))
    fields = {"keputusan": "diberikan_sebagian", "informasi_diberikan": "Data puskesmas",
              "bagian_dihitamkan": "Data DLH", "alasan_penghitaman": "Tidak dikuasai DLH",
              "bentuk": "softcopy", "cara_penyampaian": "email",
              "bagian_%s" % parts["dinkes"]: "diberikan_seluruhnya",
              "bagian_%s" % parts["dlh"]: "bukan-pilihan",
              "keterangan_bagian_%s" % parts["dlh"]: "Diteruskan ke DLH Provinsi Banten"}
    path = "/ppid/admin/permohonan/%s/pemberitahuan" % number
    r = post(server, utama, path, fields)
    assert r.status_code == 422
    assert "Pilih keputusan bagian ini" in field_error(r.text, "bagian_%s" % parts["dlh"])
    assert "Diteruskan ke DLH Provinsi Banten" in r.text        # input kept
    fields["bagian_%s" % parts["dlh"]] = "tidak_dikuasai"
    assert post(server, utama, path, fields).status_code == 303
    printable = requests.get(server.url + "/ppid/permohonan/%s/pemberitahuan?kode=%s"
                             % (number, code), timeout=10).text
    rows = re.findall(r'<tr class="bagian-opd"><th>Bagian ([^<]*)</th><td>([^<]*)', printable)
    names = dict(db.sql("SELECT kode, nama FROM opd WHERE kode IN ('dinkes', 'dlh');"))
    got = {name: text.strip() for name, text in rows}
    assert got[names["dinkes"]].startswith("Informasi diberikan seluruhnya")
    assert got[names["dlh"]].startswith("Informasi tidak dikuasai")
    assert "Diteruskan ke DLH Provinsi Banten" in printable
