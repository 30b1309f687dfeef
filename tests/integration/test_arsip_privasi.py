"""No applicant identity in the public archive (issue 18): requests filed on
the web with distinctive names, NIKs, phone numbers, e-mail addresses and
addresses, written into the request's details too, go through the whole
flow (a conversation whose messages and attachments' file names carry them,
routed, answered, the notice with a document whose file name carries the
name), are published by the officer from the suggested text, and then every
public archive page, export and suggestion, and every other public page and
export of their year, is searched for them."""
import html
import re

import pytest
import requests

from client import filed
from staf_uji import post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

WORD = "privasiqulat"   # a word of the requests' subject, to find them by
APPLICANTS = [
    {"nama": "Qorindawati Vellasarigo", "nik": "3604017712990413",
     "telepon": "0857-4411-2290", "email": "qorinda.vellasari@rahasia-uji.id",
     "alamat": "Jalan Kenari Tersembunyi 77, Ciruas"},
    {"nama": "Zumarnoto Halkabedian", "nik": "3604025503880927",
     "telepon": "+62 813 9900 7731", "email": "zumar.halka@surel-uji.id",
     "alamat": "Kampung Sunyi Halkabedi RT 09"},
    {"nama": "Wiryandaru Pelkasmito", "nik": "3604031011770555",
     "telepon": "081377118822", "email": "wiryan.pelkas@contoh-rahasia.id",
     "alamat": "Perumahan Pelkasmi Blok Z9"},
]


def secrets(a):
    """What must never appear, each as page text or with separators gone."""
    digits = re.sub(r"\D", "", a["telepon"])
    out = [a["nama"], a["email"], a["email"].split("@")[0], a["nik"], digits[-8:],
           a["alamat"].split(",")[0]]
    out += [w for w in a["nama"].split() if len(w) >= 4]
    return out


def assert_clean(where, text):
    flat = re.sub(r"[\s.\-]", "", text)
    for a in APPLICANTS:
        for s in secrets(a):
            assert s.lower() not in text.lower(), "%s shows %r" % (where, s)
            if s.isdigit():
                assert s not in flat, "%s shows %r" % (where, s)


@pytest.fixture(scope="module")
def published(server, db):
    user(db, "privasi.utama", ["ppid_utama"], "diskominfo", "Utama Privasi")
    utama = session(server, "privasi.utama")
    dinkes = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]
    numbers = []
    for i, a in enumerate(APPLICANTS):
        rincian = ("Saya %s, NIK %s, HP %s, e-mail %s, alamat %s, meminta data program "
                   "padat karya %s nomor %d." % (a["nama"], a["nik"], a["telepon"],
                                                  a["email"], a["alamat"], WORD, i))
        number, _, receipt = filed(server, nama=a["nama"], nik=a["nik"],
                                   telepon=a["telepon"], email=a["email"],
                                   alamat=a["alamat"], rincian=rincian,
                                   tujuan="Pengawasan oleh %s" % a["nama"])
        talk(server, utama, number, receipt, a)
        assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi" % number,
                    {"opd": dinkes}).status_code == 303
        part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                      "d.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
        assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi/%s/tutup"
                    % (number, part), {"jawaban": "Data terlampir.",
                                       "alasan": "Uji arsip."}).status_code == 303
        r = post(utama, server, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                 {"keputusan": "diberikan_seluruhnya",
                  "informasi_diberikan": "Data padat karya untuk %s" % a["nama"],
                  "bentuk": "softcopy", "cara_penyampaian": "email"},
                 files={"dokumen": ("jawaban-%s.pdf" % a["nama"].replace(" ", "_"),
                                    b"%PDF-1.4\n% jawaban\n",
                                    "application/pdf")})
        assert r.status_code == 303, r.text
        page = utama.get(server.url + "/ppid/admin/arsip/" + number, timeout=10).text
        # Every kind of personal data is flagged for the officer.
        kinds = set(re.findall(r'<mark class="tanda-(\w+)"', page))
        assert {"nama", "nik", "telepon", "email"} <= kinds, kinds
        suggested = html.unescape(re.search(r'<textarea id="teks" name="teks"[^>]*>([^<]*)'
                                            r'</textarea>', page).group(1))
        docs = re.findall(r'name="berkas" value="(\d+)"', page)
        # The address is not a pattern: the officer takes it out by hand.
        assert a["alamat"] in suggested
        edited = suggested.replace(a["alamat"], "[alamat dihapus]")
        r = post(utama, server, "/ppid/admin/arsip/%s/terbitkan" % number,
                 [("teks", edited)] + [("berkas", d) for d in docs])
        assert r.status_code == 303, r.text
        numbers.append(number)
    return numbers


def talk(server, utama, number, receipt, a):
    """The applicant and the officer write on the request, each with an
    attachment whose file name carries the applicant's name."""
    citizen = requests.Session()
    assert citizen.get(server.url + receipt, timeout=30).status_code == 200
    r = citizen.post(server.url + "/ppid/permohonan/%s/pesan" % number,
                     files={"isi": (None, "Saya %s, NIK %s, HP %s, surel %s, alamat %s."
                                    % (a["nama"], a["nik"], a["telepon"], a["email"],
                                       a["alamat"])),
                            "lampiran": ("KTP-%s.pdf" % a["nama"].replace(" ", "_"),
                                         b"%PDF-1.4\n% ktp\n", "application/pdf")},
                     headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    r = post(utama, server, "/ppid/admin/permohonan/%s/pesan" % number,
             {"isi": "Yth. %s (%s), permohonan Anda kami proses." % (a["nama"], a["email"]),
              "jenis": "pesan"},
             files={"lampiran": ("Surat-untuk-%s.pdf" % a["nama"].replace(" ", "-"),
                                 b"%PDF-1.4\n% surat\n", "application/pdf")})
    assert r.status_code == 303, r.text


def get(server, path, **params):
    r = requests.get(server.url + path, params=params, timeout=30)
    assert r.status_code == 200, (path, r.status_code)
    return r


def test_no_identity_on_any_public_archive_page_or_export(server, published):
    pages = {}
    for path, params in (("/ppid/arsip", {}), ("/ppid/arsip", {"q": WORD}),
                         ("/ppid/arsip.xml", {"q": WORD}), ("/ppid/arsip.csv", {"q": WORD}),
                         ("/ppid/arsip", {"q": "padat karya"}),
                         ("/ppid/cari-dulu", {"q": WORD}), ("/ppid/cari-dulu.xml", {"q": WORD}),
                         ("/ppid/katalog.jsonld", {}), ("/ppid/katalog.rdf", {})):
        pages["%s %s" % (path, params)] = get(server, path, **params)
    found = re.findall(r"(\d{4}-\d{6})", pages["/ppid/arsip {'q': '%s'}" % WORD].text)
    assert set(published) <= set(found)
    for number in published:
        pages[number] = get(server, "/ppid/arsip/" + number)
        pages[number + ".xml"] = get(server, "/ppid/arsip/%s.xml" % number)
        for href in re.findall(r'href="(/ppid/arsip/%s/dokumen/\d+)"' % number,
                               pages[number].text):
            doc = get(server, href)
            pages[href] = doc
            assert_clean(href + " headers", str(doc.headers))
        assert "/dokumen/" in pages[number].text
    # Searches by the applicant's data find none of them.
    for a in APPLICANTS:
        for s in (a["nama"], a["nik"], a["email"]):
            r = get(server, "/ppid/arsip", q=s)
            assert not set(published) & set(re.findall(r'id="arsip-(\d{4}-\d{6})"', r.text)), s
    for where, r in pages.items():
        text = r.content.decode("utf-8", "replace")
        assert_clean(where, text)


def test_no_identity_on_any_other_public_page_or_export(server, db, published):
    """The conversation (messages and attachments' names), the contact data
    and the name appear on no public page or export of the requests' year;
    without the code the status page and the attachments are not found."""
    year = published[0][:4]
    pages = {}
    for path, params in (("/ppid/", {}), ("/ppid/statistik", {"tahun": year}),
                         ("/ppid/statistik.xml", {"tahun": year}),
                         ("/ppid/statistik.csv", {"tahun": year}),
                         ("/ppid/laporan", {}), ("/ppid/laporan/%s" % year, {}),
                         ("/ppid/laporan/%s.xml" % year, {}),
                         ("/ppid/laporan/%s.csv" % year, {}),
                         ("/ppid/kepatuhan", {"tahun": year}),
                         ("/ppid/kepatuhan.xml", {"tahun": year}),
                         ("/ppid/survei", {}), ("/ppid/survei.xml", {}),
                         ("/ppid/survei.csv", {}), ("/ppid/dip", {}), ("/ppid/dip.xml", {}),
                         ("/ppid/dip.csv", {}), ("/ppid/dip.atom", {}),
                         ("/ppid/dip/semua.xml", {}), ("/ppid/dip/semua.csv", {}),
                         ("/ppid/dikecualikan", {}), ("/ppid/dikecualikan.csv", {})):
        pages["%s %s" % (path, params)] = get(server, path, **params)
    for where, r in pages.items():
        assert_clean(where, r.content.decode("utf-8", "replace"))
    links = db.sql("SELECT p.nomor, m.id FROM pesan m JOIN permohonan p ON p.id = "
                   "m.permohonan_id WHERE m.berkas_id IS NOT NULL AND p.nomor IN (%s);"
                   % ", ".join("'%s'" % n for n in published))
    assert len(links) == 2 * len(published)
    # One request's: each miss counts against the lookup throttle.
    number = published[0]
    paths = ["/ppid/permohonan/%s/pesan/%s/lampiran" % (n, m) for n, m in links if n == number]
    for path in paths + ["/ppid/permohonan/" + number, "/ppid/permohonan/%s.xml" % number]:
        r = requests.get(server.url + path, timeout=30)
        assert r.status_code == 404, path
        assert_clean(path, r.text)
