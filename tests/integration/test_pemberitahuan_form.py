"""The written notice form and letter (issue 17 item 6): the form starts
from the OPD's answer and from the format and delivery the citizen asked
for; only the chosen outcome's fields show and only they are checked; the
tariff asks quantities with their unit; the printed notice carries the
place and date, the addressee, the signatory with the NIP and the last day
to object as a date, a print button and the way back; and a request is
"selesai" only once the information is handed over."""
import datetime
import re

import pytest
import requests
from lxml import etree, html

import harness
from client import filed, login, staff_post as post

PASSWORD = "kata-sandi-form-123"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
NIP = "19800101 200501 1 001"


@pytest.fixture(scope="module")
def officers(db):
    harness.add_user(db, "form.utama", PASSWORD, "Rahmat Hidayat", ["ppid_utama"],
                     opd_kode="diskominfo", cost=4)
    harness.add_user(db, "form.dinkes", PASSWORD, "Petugas Form Dinkes",
                     ["ppid_pelaksana"], opd_kode="dinkes", cost=4)
    harness.add_user(db, "form.dinsos", PASSWORD, "Petugas Form Dinsos",
                     ["ppid_pelaksana"], opd_kode="dinsos", cost=4)


@pytest.fixture
def s(server, officers, clear_throttle):
    return {n: login(server, "form." + n, PASSWORD) for n in ("utama", "dinkes", "dinsos")}


def status(db, number):
    return db.sql("SELECT status FROM permohonan WHERE nomor = '%s';" % number)[0][0]


def routed_and_answered(server, db, s, answers, **request):
    """A request routed to the OPDs of answers ({kode: text}) and answered."""
    number, code, _ = filed(server, **request)
    assert status(db, number) == "diterima"
    opd = [db.sql("SELECT id FROM opd WHERE kode = '%s';" % k)[0][0] for k in answers]
    r = post(server, s["utama"], "/ppid/admin/permohonan/%s/disposisi" % number,
             [("opd", o) for o in opd] + [("catatan", "Mohon dijawab.")])
    assert r.status_code == 303, r.text
    assert status(db, number) == "didisposisi"
    for kode, text in answers.items():
        part = db.sql("SELECT d.id FROM disposisi d JOIN opd o ON o.id = d.opd_id JOIN "
                      "permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '%s' AND "
                      "o.kode = '%s';" % (number, kode))[0][0]
        r = post(server, s[kode], "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                 % (number, part), {"jawaban": text})
        assert r.status_code == 303, r.text
    return number, code


def form_of(server, session, number):
    r = session.get(server.url + "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                    timeout=10)
    assert r.status_code == 200, r.text
    return html.fromstring(r.text)


def value(doc, name):
    el = doc.xpath("//*[@name='%s']" % name)[0]
    return el.text_content() if el.tag == "textarea" else el.get("value")


def checked(doc, name):
    return [i.get("value") for i in doc.xpath("//input[@name='%s'][@checked]" % name)]


def signed(extra=None):
    fields = {"penandatangan_nama": "Rahmat Hidayat, S.Kom.", "penandatangan_nip": NIP,
              "penandatangan_jabatan": "PPID Utama Kabupaten Serang", "tempat": "Serang"}
    fields.update(extra or {})
    return fields


def test_the_form_starts_from_the_answer_and_what_the_citizen_asked(server, db, s):
    number, _ = routed_and_answered(
        server, db, s, {"dinkes": "Data imunisasi ibu hamil 2091 terlampir."},
        cara_memperoleh="salinan_hardcopy", cara_salinan="pos")
    doc = form_of(server, s["utama"], number)
    assert value(doc, "informasi_diberikan") == "Data imunisasi ibu hamil 2091 terlampir."
    assert checked(doc, "bentuk") == ["hardcopy"]
    assert checked(doc, "cara_penyampaian") == ["pos"]
    assert value(doc, "penandatangan_nama") == "Rahmat Hidayat"
    assert value(doc, "penandatangan_jabatan") == "PPID Utama Kabupaten Serang"
    assert value(doc, "tempat") == "Serang"
    assert checked(doc, "keputusan") == []          # the officer decides
    asked = doc.xpath("//p[@class='diminta']")[0].text_content()
    assert "Mendapatkan salinan (hardcopy)" in asked and "Pos" in asked

    # Two OPDs: each answer led by its OPD; to see only: at the desk.
    number, _ = routed_and_answered(
        server, db, s, {"dinkes": "Jawaban kesehatan.", "dinsos": "Jawaban sosial."},
        cara_memperoleh="melihat", cara_salinan=None)
    doc = form_of(server, s["dinkes"], number)
    text = value(doc, "informasi_diberikan")
    assert text.index("Jawaban kesehatan.") < text.index("Jawaban sosial.")
    assert re.search(r"^\S+: Jawaban kesehatan\.\n\n\S+: Jawaban sosial\.$", text), text
    assert checked(doc, "bentuk") == []
    assert checked(doc, "cara_penyampaian") == ["mengambil_langsung"]
    assert value(doc, "penandatangan_jabatan").startswith("PPID Pelaksana Dinas Kesehatan")


def test_one_fieldset_per_outcome_and_the_tariff_asks_quantities(server, db, s):
    number, _ = routed_and_answered(server, db, s, {"dinkes": "Ada."})
    doc = form_of(server, s["utama"], number)
    outcomes = [i.get("value") for i in doc.xpath("//input[@name='keputusan']")]
    assert len(outcomes) == 6
    for outcome in outcomes:
        sets = doc.xpath("//fieldset[contains(concat(' ', @class, ' '), ' untuk-%s ')]"
                         % outcome)
        assert sets, outcome
    # Each outcome's own fields live in its fieldsets only.
    where = {"informasi_diberikan": "hasil-diberikan", "bagian_dihitamkan": "hasil-sebagian",
             "dikecualikan_id": "hasil-dikecualikan", "diteruskan_ke": "hasil-tidak-dikuasai",
             "janji_waktu": "hasil-belum-dikuasai", "alasan_prosedural": "hasil-prosedural",
             "waktu_penyediaan": "hasil-penyediaan"}
    for field, fieldset in where.items():
        assert doc.xpath("//*[@name='%s']/ancestor::fieldset[@id]" % field)[0].get("id") \
            == fieldset
    labels = [l.text_content() for l in doc.xpath("//fieldset[@class='tarif']//label")]
    assert labels and all("banyaknya" in l and " per " in l for l in labels), labels
    fotokopi = [l for l in labels if "Fotokopi" in l][0]
    assert "banyaknya lembar" in fotokopi and "Rp500 per lembar" in fotokopi
    units = doc.xpath("//fieldset[@class='tarif']//span[@class='satuan']")
    assert len(units) == len(labels)
    assert "bukan rupiah" in doc.xpath("//fieldset[@class='tarif']")[0].text_content()


def test_only_the_chosen_outcome_is_checked(server, db, s):
    number, _ = routed_and_answered(server, db, s, {"dinkes": "Tidak ada pada kami."})
    path = "/ppid/admin/permohonan/%s/pemberitahuan" % number
    tarif = db.sql("SELECT id FROM tarif WHERE aktif = 1 LIMIT 1;")[0][0]
    # Procedural refusal without its reason: only that field is refused;
    # the other outcomes' fields (even nonsense in them) are not looked at.
    r = post(server, s["utama"], path, signed({
        "keputusan": "ditolak_prosedural", "alasan_prosedural": "",
        "informasi_diberikan": "", "tarif_%s" % tarif: "abc",
        "waktu_penyediaan": "kemarin", "dikecualikan_id": "999999"}))
    assert r.status_code == 422
    doc = html.fromstring(r.text)
    errors = {p.get("id") for p in doc.xpath("//p[@class='galat-field']")}
    assert errors == {"galat-alasan_prosedural"}, errors
    assert value(doc, "waktu_penyediaan") == "kemarin"      # the input kept
    assert checked(doc, "keputusan") == ["ditolak_prosedural"]
    # A signatory without a proper NIP is refused beside the NIP.
    r = post(server, s["utama"], path, signed({
        "keputusan": "tidak_dikuasai", "diteruskan_ke": "Pemerintah Provinsi Banten",
        "penandatangan_nip": "1980-01"}))
    assert r.status_code == 422
    errors = {p.get("id") for p in html.fromstring(r.text).xpath("//p[@class='galat-field']")}
    assert errors == {"galat-penandatangan_nip"}
    r = post(server, s["utama"], path, signed({
        "keputusan": "tidak_dikuasai", "diteruskan_ke": "Pemerintah Provinsi Banten",
        "tarif_%s" % tarif: "abc", "waktu_penyediaan": "kemarin"}))
    assert r.status_code == 303, r.text
    # Nothing to hand over: finished at once.
    assert status(db, number) == "selesai"
    row = db.sql("SELECT n.biaya, n.waktu_penyediaan, n.penandatangan_nip, n.tempat FROM "
                 "pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id "
                 "WHERE p.nomor = '%s';" % number)
    assert row == [["0", "NULL", "198001012005011001", "Serang"]]


def objection_deadline(db, day):
    off = {datetime.date.fromisoformat(r[0]) for r in
           db.sql("SELECT tanggal FROM hari_libur WHERE libur = 1;")}
    n = 0
    while n < 30:
        day += datetime.timedelta(days=1)
        n += day.weekday() < 5 and day not in off
    return day


def long_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


def test_the_printed_notice_and_the_status_until_delivery(server, db, s):
    number, code = routed_and_answered(
        server, db, s, {"dinkes": "Data gizi balita 2091."},
        nama="Budi Santoso", alamat="Kp. Cibeber RT 02/03, Kec. Cikeusal")
    r = post(server, s["utama"], "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             signed({"keputusan": "diberikan_seluruhnya",
                     "informasi_diberikan": "Data gizi balita 2091.",
                     "bentuk": "softcopy", "cara_penyampaian": "email"}))
    assert r.status_code == 303, r.text
    assert r.headers["Location"] == "/ppid/admin/permohonan/%s/pemberitahuan/cetak" % number
    issued = db.sql("SELECT DATE(n.diterbitkan_pada + INTERVAL 7 HOUR) FROM pemberitahuan n "
                    "JOIN permohonan p ON p.id = n.permohonan_id WHERE p.nomor = '%s';"
                    % number)[0][0]
    day = datetime.date.fromisoformat(issued)
    last = objection_deadline(db, day)
    for page in (s["utama"].get(server.url + r.headers["Location"], timeout=10),
                 requests.get(server.url + "/ppid/permohonan/%s/pemberitahuan?kode=%s"
                              % (number, code), timeout=10)):
        assert page.status_code == 200
        doc = html.fromstring(page.text)
        one = lambda cls: " ".join(doc.xpath("//*[@class='%s']" % cls)[0].text_content().split())
        assert one("tempat-tanggal") == "Serang, " + long_date(day)
        assert one("kepada-nama") == "Budi Santoso"
        assert one("kepada-alamat") == "Kp. Cibeber RT 02/03, Kec. Cikeusal"
        assert one("penandatangan-nama") == "Rahmat Hidayat, S.Kom."
        assert one("penandatangan-nip") == "NIP. " + NIP
        assert one("penandatangan-jabatan") == "PPID Utama Kabupaten Serang,"
        assert long_date(last) in one("batas-keberatan")
        assert doc.xpath("//button[@class='tombol-cetak']")
        assert doc.xpath("//script[@src='/ppid/aset/cetak.js']")
    back = html.fromstring(s["utama"].get(server.url + r.headers["Location"],
                                          timeout=10).text).xpath("//a[@class='kembali']")
    assert back[0].get("href") == "/ppid/admin/permohonan/" + number
    js = requests.get(server.url + "/ppid/aset/cetak.js", timeout=10)
    assert js.status_code == 200 and "window.print" in js.text

    # Notice issued, information not yet handed over: not "selesai".
    assert status(db, number) == "menunggu_penyerahan"
    citizen = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                           timeout=10).text
    assert "menunggu diserahkan" in citizen
    inbox = s["utama"].get(server.url + "/ppid/admin/permohonan",
                           params={"status": "menunggu_penyerahan"}, timeout=10).text
    assert number in inbox
    reg = s["utama"].get(server.url + "/ppid/admin/register/permohonan",
                         params={"tahun": number[:4], "status": "menunggu_penyerahan"},
                         timeout=30).text
    assert number in reg and "menunggu penyerahan informasi" in reg

    def counts():
        x = etree.fromstring(requests.get(server.url + "/ppid/statistik.xml",
                                          params={"tahun": number[:4]}, timeout=30).content)
        return [int(x.find(".//{*}permohonan/{*}" + n).text)
                for n in ("selesai", "menunggu_penyerahan")]

    before = counts()
    now = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M")
    r = post(server, s["utama"], "/ppid/admin/permohonan/%s/penyerahan" % number,
             {"diserahkan": now})
    assert r.status_code == 303, r.text
    assert status(db, number) == "selesai"
    # The statistics count it finished now, no longer waiting.
    assert counts() == [before[0] + 1, before[1] - 1]
    actions = [a[0] for a in db.sql("SELECT aksi FROM audit WHERE objek = 'permohonan' AND "
                                    "objek_id = '%s' ORDER BY id;" % number)]
    assert actions[-2:] == ["pemberitahuan", "serahkan"]


def test_the_officer_s_last_signatory_fills_the_next_form(server, db, s):
    number, _ = routed_and_answered(server, db, s, {"dinkes": "Jawaban."})
    post(server, s["utama"], "/ppid/admin/permohonan/%s/pemberitahuan" % number,
         signed({"keputusan": "tidak_dikuasai", "diteruskan_ke": "BPS",
                 "penandatangan_nama": "Nama Terakhir"}))
    number, _ = routed_and_answered(server, db, s, {"dinkes": "Jawaban."})
    doc = form_of(server, s["utama"], number)
    assert value(doc, "penandatangan_nama") == "Nama Terakhir"
    assert value(doc, "penandatangan_nip") == "198001012005011001"
