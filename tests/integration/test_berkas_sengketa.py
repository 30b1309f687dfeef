"""The dispute dossier (/ppid/admin/permohonan/{nomor}/sengketa and .xml):
for a request whose objection went to the Komisi Informasi, PPID Utama and
the Atasan PPID get one printable page and its XML with the request, the
dispositions and answers, the notice, the objection and its decision, the
dispute, each deadline and whether it was met, and the chronology from the
audit trail, without the applicant's identity or contact data."""
import re

import pytest
import requests
from lxml import etree

from client import file_objection
from staf_uji import post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

PEMOHON = {"nama": "Wiranti Sengketawati", "nik": "3604017766554433",
           "telepon": "0813-7766-5544", "email": "wiranti.sengketa@contoh.id",
           "alamat": "Jl. Kampung Dossiersari No. 9"}


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


def record(server, s, received, **fields):
    form = {"jenis_pemohon": "perorangan", "nik": "", "nomor_badan_hukum": "",
            "pekerjaan": "Peneliti", "rincian": "Data anggaran sengketauji 2016",
            "tujuan": "Penelitian", "cara_memperoleh": "salinan_softcopy",
            "cara_salinan": "email", "kanal": "surat", "diterima": received}
    form.update(fields)
    r = post(s, server, "/ppid/admin/permohonan/baru", form)
    assert r.status_code == 303, r.text
    m = re.match(r"^/ppid/permohonan/(\d{4}-\d{6})\?kode=([0-9A-Z-]{19})$",
                 r.headers["Location"])
    return m.group(1), m.group(2)


@pytest.fixture(scope="module")
def kasus(server, db):
    user(db, "bs.utama", ["ppid_utama"], None, "Utama Sengketa")
    user(db, "bs.atasan", ["atasan_ppid"], None, "Atasan Sengketa")
    user(db, "bs.dinkes", ["ppid_pelaksana"], "dinkes", "Pelaksana Sengketa")
    s = {n: session(server, n) for n in ("bs.utama", "bs.atasan", "bs.dinkes")}
    utama = s["bs.utama"]

    # Received on a Monday in 2016 and answered only now: the notice is late.
    # (A year no other test file files requests in: the statistics tests
    # count every request of theirs.)
    nomor, kode = record(server, utama, "2016-03-07 09:00", **PEMOHON)
    assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi" % nomor,
                {"opd": opd_id(db, "dinkes"), "catatan": "Mohon dijawab sengketauji"}
                ).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                  "d.permohonan_id WHERE p.nomor = '%s';" % nomor)[0][0]
    assert post(s["bs.dinkes"], server, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                % (nomor, part), {"jawaban": "Dokumen anggaran dikecualikan"}
                ).status_code == 303
    assert post(utama, server, "/ppid/admin/permohonan/%s/pemberitahuan" % nomor,
                {"keputusan": "ditolak_prosedural",
                 "alasan_prosedural": "Identitas belum lengkap"}).status_code == 303
    keberatan = file_objection(server, nomor, kode, ["a"],
                               "Permohonan ditolak tanpa alasan sah.")
    assert post(s["bs.atasan"], server, "/ppid/admin/keberatan/%s/putusan" % keberatan,
                {"putusan": "ditolak", "alasan_putusan": "Penolakan sudah tepat."}
                ).status_code == 303
    assert post(utama, server, "/ppid/admin/keberatan/%s/sengketa" % keberatan,
                {"nomor_register": "077/REG-PSI/XII/2026", "didaftarkan_pada": "2026-12-01",
                 "tahap": "mediasi"}).status_code == 303

    # A request with no dispute has no dossier.
    tanpa, _ = record(server, utama, "2016-03-08 09:00", nama="Orang Lain",
                      nik="3604010000000001", alamat="Serang", telepon="081200000001",
                      email="")
    return {"nomor": nomor, "keberatan": keberatan, "tanpa": tanpa, "s": s}


def test_the_dossier_page_has_every_step_and_deadline(server, kasus):
    for who in ("bs.utama", "bs.atasan"):
        r = kasus["s"][who].get(server.url + "/ppid/admin/permohonan/%s/sengketa"
                                % kasus["nomor"], timeout=10)
        assert r.status_code == 200, r.text
        assert r.headers["Content-Type"].startswith("text/html")
        page = r.text
        for text in (kasus["nomor"], kasus["keberatan"], "077/REG-PSI/XII/2026",
                     "Dinas Kesehatan", "Dokumen anggaran dikecualikan",
                     "Penolakan sudah tepat.", "Data anggaran sengketauji 2016",
                     "Senin, 7 Maret 2016 09:00 WIB", "terlambat", "tepat waktu"):
            assert text in page, text
        doc = etree.fromstring(r.content, etree.HTMLParser())
        assert doc.xpath("//table[@class='kronologi']/tr[td]"), "no chronology"


def test_the_dossier_xml_says_which_deadlines_were_met(server, kasus):
    r = kasus["s"]["bs.utama"].get(server.url + "/ppid/admin/permohonan/%s/sengketa.xml"
                                   % kasus["nomor"], timeout=10)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/xml")
    b = etree.fromstring(r.content)
    assert b.tag == "berkas_sengketa" and b.get("nomor") == kasus["nomor"]
    p = b.find("permohonan")
    assert p.find("diterima").get("iso") == "2016-03-07 02:00:00"
    # Ten working days after Monday 7 March 2016 (weekends only that year).
    assert p.find("jatuh_tempo").get("iso") == "2016-03-21"
    assert b.find("pemberitahuan/tenggat").get("tepat") == "tidak"
    k = b.find("keberatan")
    assert k.get("nomor") == kasus["keberatan"]
    assert k.find("tenggat").get("tepat") == "ya"
    assert k.find("sengketa/nomor_register").text == "077/REG-PSI/XII/2026"
    assert k.find("sengketa/didaftarkan").get("iso") == "2026-12-01"
    events = b.findall("kronologi/peristiwa")
    times = [e.get("iso") for e in events]
    assert times == sorted(times)
    actions = [e.get("aksi") for e in events]
    assert "keberatan" in actions and "sengketa" in actions
    assert len(actions) >= 5


def test_the_dossier_xml_names_each_column_of_its_rows(server, kasus):
    """The elements and attributes the SELECTs' aliases name (sl_xmlrow.h),
    each once, in the order the view reads them."""
    r = kasus["s"]["bs.utama"].get(server.url + "/ppid/admin/permohonan/%s/sengketa.xml"
                                   % kasus["nomor"], timeout=10)
    b = etree.fromstring(r.content)
    d = b.find("disposisi_daftar/disposisi")
    assert d.get("status") == "dijawab"
    assert [c.tag for c in d][:3] == ["opd", "catatan", "jawaban"]
    assert (d.findtext("opd"), d.findtext("catatan"), d.findtext("jawaban")) == \
        ("Dinas Kesehatan", "Mohon dijawab sengketauji", "Dokumen anggaran dikecualikan")
    k = b.find("keberatan")
    assert [c.tag for c in k][:4] == ["alasan", "uraian", "putusan", "alasan_putusan"]
    assert k.findtext("uraian") == "Permohonan ditolak tanpa alasan sah."
    assert (k.findtext("putusan"), k.findtext("alasan_putusan")) == \
        ("ditolak", "Penolakan sudah tepat.")
    s = k.find("sengketa")
    assert s.get("tahap") == "mediasi"
    assert [c.tag for c in s][:3] == ["nomor_register", "hasil", "uraian_hasil"]
    assert s.find("hasil").get("kosong") == "1"       # not decided yet
    e = [x for x in b.findall("kronologi/peristiwa") if x.get("aksi") == "sengketa"][0]
    assert (e.get("aktor"), e.get("objek"), e.get("objek_id")) == \
        ("bs.utama", "keberatan", kasus["keberatan"])
    assert e.get("iso") and e.get("aksi_teks")

def test_no_identity_or_contact_data(server, kasus):
    for suffix in ("", ".xml"):
        text = kasus["s"]["bs.utama"].get(server.url + "/ppid/admin/permohonan/%s/sengketa%s"
                                          % (kasus["nomor"], suffix), timeout=10).text
        for value in PEMOHON.values():
            assert value not in text, value
        assert "Sengketawati" not in text


def test_only_for_a_dispute_and_only_for_the_ppid_and_atasan(server, kasus):
    utama = kasus["s"]["bs.utama"]
    assert utama.get(server.url + "/ppid/admin/permohonan/%s/sengketa" % kasus["tanpa"],
                     timeout=10).status_code == 404
    assert utama.get(server.url + "/ppid/admin/permohonan/2016-999999/sengketa",
                     timeout=10).status_code == 404
    assert kasus["s"]["bs.dinkes"].get(
        server.url + "/ppid/admin/permohonan/%s/sengketa" % kasus["nomor"],
        timeout=10).status_code == 403
    anon = requests.get(server.url + "/ppid/admin/permohonan/%s/sengketa.xml"
                        % kasus["nomor"], allow_redirects=False, timeout=10)
    assert anon.status_code in (302, 303, 401, 403)
    assert "077/REG-PSI" not in anon.text


def test_the_request_page_links_the_dossier(server, kasus):
    page = kasus["s"]["bs.utama"].get(server.url + "/ppid/admin/permohonan/%s"
                                      % kasus["nomor"], timeout=10).text
    assert 'href="/ppid/admin/permohonan/%s/sengketa"' % kasus["nomor"] in page
