"""The statutory workflow of a request: recording, disposition, answers,
extension, the written notice, objections and disputes, each by the role
DOMAIN.md names, with the deadlines counted on the 2025-2026 calendar."""
import datetime
import re

import pytest
import requests

from client import (PNG_BYTES, add_staff, filed, record_walk_in, session_of, staff_post,
                    valid_form)
from kalender import working_days_after

PASSWORD = "kata-sandi-alur-123"


@pytest.fixture(scope="module")
def officers(db):
    users = {
        "alur.utama": (["ppid_utama"], None),
        "alur.atasan": (["atasan_ppid"], None),
        "alur.dinkes": (["ppid_pelaksana"], "dinkes"),
        "alur.dpupr": (["ppid_pelaksana"], "dpupr"),
        "alur.dindik": (["ppid_pelaksana"], "dindik"),
        "alur.dlh": (["ppid_pelaksana"], "dlh"),
        "alur.pimpinan": (["pimpinan"], None),
    }
    return add_staff(db, users, PASSWORD)


@pytest.fixture
def as_(server, officers, clear_throttle):
    return session_of(server, PASSWORD)


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


# A staff POST from the request page's own form: CSRF token and Origin.
post = staff_post


# PPID Utama records a walk-in request; returns (number, code).
record = record_walk_in


def staff_xml(server, session, number):
    from lxml import etree
    r = session.get(server.url + "/ppid/admin/permohonan/" + number,
                    headers={"Accept": "application/xml"}, timeout=10)
    assert r.status_code == 200, r.text
    return etree.fromstring(r.content)


def audit_actions(db, number):
    return [row[0] for row in db.sql(
        "SELECT aksi FROM audit WHERE objek = 'permohonan' AND objek_id = '%s' "
        "ORDER BY id;" % number)]


# ---- recording and deadlines ------------------------------------------------

def test_the_domain_example_13_march_2026_and_its_extension(server, db, as_):
    utama = as_("alur.utama")
    number, code = record(server, utama, "2026-03-13 10:00", kanal="surat")
    doc = staff_xml(server, utama, number)
    assert doc.find("tenggat/hari_nol").text == "2026-03-13"
    assert doc.find("tenggat/pemberitahuan/jatuh_tempo").text == "2026-04-06"
    skipped = [h.get("tanggal") for h in doc.findall("tenggat/pemberitahuan/dilewati/hari")]
    for day in ("2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24",
                "2026-04-03"):
        assert day in skipped
    row = db.sql("SELECT kanal, diterima_pada, jatuh_tempo, dicatat_oleh IS NOT NULL "
                 "FROM permohonan WHERE nomor = '%s';" % number)
    assert row == [["surat", "2026-03-13 03:00:00", "2026-04-06", "1"]]

    # Its first due date has passed, so an extension now is refused
    # (Pasal 22(8)); one decided in time, on 1 April, is counted from the
    # first due date on the current calendar.
    r = post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
             {"alasan": "Dokumen tersebar di tiga bidang."})
    assert r.status_code == 409 and "Senin, 6 April 2026" in r.text
    db.sql("UPDATE permohonan SET jatuh_tempo_perpanjangan = '2026-04-15', "
           "alasan_perpanjangan = 'Dokumen tersebar di tiga bidang.', "
           "diperpanjang_pada = '2026-04-01 03:00:00' WHERE nomor = '%s';" % number)
    doc = staff_xml(server, utama, number)
    assert doc.find("tenggat/perpanjangan/jatuh_tempo").text == "2026-04-15"
    assert db.sql("SELECT jatuh_tempo_perpanjangan FROM permohonan WHERE nomor = '%s';"
                  % number) == [["2026-04-15"]]
    # The citizen sees the extension and its reasons.
    receipt = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                           timeout=10).text
    assert "Rabu, 15 April 2026" in receipt
    assert "Dokumen tersebar di tiga bidang." in receipt

    again = post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
                 {"alasan": "Lagi.", "yakin": "1"})
    assert again.status_code == 409
    assert "hanya mengizinkan satu kali perpanjangan" in again.text
    assert db.sql("SELECT jatuh_tempo_perpanjangan FROM permohonan WHERE nomor = '%s';"
                  % number) == [["2026-04-15"]]
    assert audit_actions(db, number) == ["ajukan"]


@pytest.mark.parametrize("received, day0", [
    ("2026-03-21 09:00", "2026-03-25"),   # Idul Fitri (Saturday) -> after cuti bersama
    ("2026-03-16 16:30", "2026-03-17"),   # after the 16:00 cut-off
    ("2026-03-16 15:59", "2026-03-16"),   # just before it
    ("2025-12-24 10:00", "2025-12-24"),   # across the year and Christmas
    ("2026-03-18 08:00", "2026-03-25"),   # a cuti bersama day
])
def test_deadlines_on_chosen_receipt_dates(server, as_, received, day0):
    utama = as_("alur.utama")
    number, _ = record(server, utama, received)
    doc = staff_xml(server, utama, number)
    assert doc.find("tenggat/hari_nol").text == day0
    expected = working_days_after(datetime.date.fromisoformat(day0), 10)
    assert doc.find("tenggat/pemberitahuan/jatuh_tempo").text == expected.isoformat()
    assert number.startswith(received[:4] + "-")


def test_a_receipt_time_in_the_future_or_malformed_is_refused(server, db, as_):
    utama = as_("alur.utama")
    count = db.sql("SELECT COUNT(*) FROM permohonan;")[0][0]
    tomorrow = (datetime.datetime.utcnow() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    for value, message in ((tomorrow, "tidak boleh lebih dari sekarang"),
                           ("13/03/2026", "format 2026-03-13 10:00")):
        fields = valid_form()
        fields.update({"kanal": "telepon", "diterima": value})
        r = post(server, utama, "/ppid/admin/permohonan/baru", fields)
        assert r.status_code == 422
        assert message in r.text
        assert 'value="Siti Aminah"' in r.text
    assert db.sql("SELECT COUNT(*) FROM permohonan;")[0][0] == count


# ---- disposition, answers, notice ------------------------------------------

def test_full_flow_dispose_reroute_answer_notice_and_citizen_download(server, db, as_):
    utama, dinkes, dpupr, dindik, dlh = (as_(n) for n in (
        "alur.utama", "alur.dinkes", "alur.dpupr", "alur.dindik", "alur.dlh"))
    number, code, _ = filed(server, nik="3604017777777777", telepon="081277777777")

    # Not yet routed: no PPID Pelaksana sees it.
    assert dinkes.get(server.url + "/ppid/admin/permohonan/" + number,
                      timeout=10).status_code == 404

    r = post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
             {"opd": [opd_id(db, "dinkes"), opd_id(db, "dpupr")],
              "catatan": "Mohon siapkan data anggaran."})
    assert r.status_code == 303
    assert db.sql("SELECT status FROM permohonan WHERE nomor = '%s';" % number) == [["didisposisi"]]

    # Each routed OPD sees it in its inbox; another OPD neither lists nor opens it.
    assert number in dinkes.get(server.url + "/ppid/admin/permohonan", timeout=10).text
    assert number not in dlh.get(server.url + "/ppid/admin/permohonan", timeout=10).text
    assert dlh.get(server.url + "/ppid/admin/permohonan/" + number,
                   timeout=10).status_code == 404

    parts = {row[1]: row[0] for row in db.sql(
        "SELECT d.id, o.kode FROM disposisi d JOIN opd o ON o.id = d.opd_id "
        "JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '%s';" % number)}
    # An OPD cannot answer another OPD's part, even by guessing the URL.
    r = post(server, dinkes, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
             % (number, parts["dpupr"]), {"jawaban": "bukan milik saya"})
    assert r.status_code == 404
    r = post(server, dinkes, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
             % (number, parts["dinkes"]), {"jawaban": "Data anggaran kesehatan terlampir."})
    assert r.status_code == 303
    again = post(server, dinkes, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                 % (number, parts["dinkes"]), {"jawaban": "lagi"})
    assert again.status_code == 409

    # The notice waits for every part.
    r = post(server, dinkes, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "diberikan_seluruhnya"})
    assert r.status_code == 409
    assert "belum menjawab disposisi" in r.text

    # DPUPR does not hold it: PPID Utama re-routes that part to Dindik.
    r = post(server, utama, "/ppid/admin/permohonan/%s/disposisi/%s/alihkan"
             % (number, parts["dpupr"]), {"opd": opd_id(db, "dindik"),
                                          "catatan": "Dikelola Dinas Pendidikan."})
    assert r.status_code == 303
    assert dpupr.get(server.url + "/ppid/admin/permohonan/" + number,
                     timeout=10).status_code == 404
    new_part = db.sql("SELECT d.id FROM disposisi d JOIN opd o ON o.id = d.opd_id "
                      "JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '%s' "
                      "AND o.kode = 'dindik';" % number)[0][0]
    assert post(server, dindik, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                % (number, new_part), {"jawaban": "Data sekolah terlampir."}).status_code == 303

    # A notice missing what its outcome needs is refused with messages.
    r = post(server, dinkes, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "diberikan_sebagian"})
    assert r.status_code == 422
    for message in ("Sebutkan informasi yang diberikan.", "Sebutkan bagian informasi yang dihitamkan.",
                    "Tuliskan alasan penghitaman.", "Pilih bentuk informasi yang diberikan."):
        assert message in r.text

    tarif = dict((row[1], row[0]) for row in db.sql("SELECT id, kode FROM tarif;"))
    pdf = b"%PDF-1.4\n% anggaran\n"
    r = post(server, dinkes, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "diberikan_sebagian",
              "informasi_diberikan": "Realisasi anggaran 2025",
              "bagian_dihitamkan": "Nama penerima bantuan",
              "alasan_penghitaman": "Data pribadi (Pasal 17 huruf h)",
              "bentuk": "hardcopy", "cara_penyampaian": "mengambil_langsung",
              "tarif_%s" % tarif["fotokopi-a4"]: "12", "tarif_%s" % tarif["pos"]: "0",
              "cara_pembayaran": "tunai"},
             files={"dokumen": ("anggaran.pdf", pdf, "application/pdf")})
    assert r.status_code == 303, r.text
    assert r.headers["Location"].endswith("/pemberitahuan/cetak")
    notice = utama.get(server.url + r.headers["Location"], timeout=10).text
    assert "PT-" + number in notice and "Rp6.000" in notice
    assert "12 lembar Fotokopi A4 hitam putih x Rp500 = Rp6.000" in notice
    # The notice is out; "selesai" waits for the delivery (issue 17).
    assert db.sql("SELECT status FROM permohonan WHERE nomor = '%s';" % number) == \
        [["menunggu_penyerahan"]]

    # Nothing more can change on an answered request.
    for path, data in (("disposisi", {"opd": opd_id(db, "dlh")}),
                       ("perpanjang", {"alasan": "x", "yakin": "1"}),
                       ("pemberitahuan", {"keputusan": "diberikan_seluruhnya"})):
        r = post(server, utama, "/ppid/admin/permohonan/%s/%s" % (number, path), data)
        assert r.status_code == 409, path

    # The citizen sees the notice and downloads the document with the code.
    receipt = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                           timeout=10).text
    assert "Informasi diberikan sebagian" in receipt
    doc_id = re.search(r'/dokumen/(\d+)"', receipt).group(1)
    dl = requests.get(server.url + "/ppid/permohonan/%s/dokumen/%s?kode=%s"
                      % (number, doc_id, code), timeout=10)
    assert dl.status_code == 200 and dl.content == pdf
    assert dl.headers["Content-Type"] == "application/pdf"
    assert dl.headers["Content-Disposition"].startswith("attachment")
    assert requests.get(server.url + "/ppid/permohonan/%s/dokumen/%s?kode=%s"
                        % (number, doc_id, "0000-0000-0000-0000"),
                        timeout=10).status_code == 404
    printable = requests.get(server.url + "/ppid/permohonan/%s/pemberitahuan?kode=%s"
                             % (number, code), timeout=10).text
    assert "Nama penerima bantuan" in printable
    for page in (receipt, printable):
        assert "3604017777777777" not in page and "081277777777" not in page

    assert audit_actions(db, number) == ["ajukan", "disposisi", "jawab_bagian", "alihkan",
                                         "jawab_bagian", "pemberitahuan"]
    history = utama.get(server.url + "/ppid/admin/permohonan/" + number, timeout=10).text
    assert "Dikelola Dinas Pendidikan." in history


def test_refusal_rests_on_an_exemption_in_force(server, db, as_):
    utama = as_("alur.utama")
    number, code, _ = filed(server)
    user = db.sql("SELECT id FROM pengguna WHERE username = 'alur.utama';")[0][0]
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) VALUES (%s, 'Berkas penyidikan', 'a', 'UU 14/2008 Pasal 17 a', "
           "'Menghambat penyidikan', '5 tahun', '2030-12-31', '2025-01-02', %s), "
           "(%s, 'Rencana lama', 'c', 'UU 14/2008', 'Membahayakan', '1 tahun', "
           "'2025-01-01', '2024-01-02', %s);"
           % (opd_id(db, "inspektorat"), user, opd_id(db, "inspektorat"), user))
    ids = [row[0] for row in db.sql("SELECT id FROM informasi_dikecualikan ORDER BY id DESC LIMIT 2;")]
    expired, valid = ids[0], ids[1]
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "ditolak_dikecualikan", "dikecualikan_id": expired})
    assert r.status_code == 422
    assert "masa berlakunya sudah habis" in r.text
    r = post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
             {"keputusan": "ditolak_dikecualikan", "dikecualikan_id": valid})
    assert r.status_code == 303
    printable = requests.get(server.url + "/ppid/permohonan/%s/pemberitahuan?kode=%s"
                             % (number, code), timeout=10).text
    assert "Pasal 17 huruf a" in printable and "Menghambat penyidikan" in printable


# ---- objections and disputes -----------------------------------------------

def objection(server, number, code, grounds=("a", "c"), text="Informasi ditolak."):
    return requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s"
                         % (number, code), data={"alasan": list(grounds), "uraian": text},
                         allow_redirects=False, timeout=10)


def test_objection_before_any_ground_is_refused(server, db):
    number, code, _ = filed(server)
    r = requests.get(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                     timeout=10)
    assert r.status_code == 409
    assert "setelah pemberitahuan tertulis diterima" in r.text
    assert objection(server, number, code).status_code == 409
    assert db.sql("SELECT COUNT(*) FROM keberatan k JOIN permohonan p ON p.id = "
                  "k.permohonan_id WHERE p.nomor = '%s';" % number) == [["0"]]


def test_objection_after_the_window_is_refused_saying_why(server, as_):
    number, code = record(server, as_("alur.utama"), "2026-03-13 10:00")
    r = objection(server, number, code)
    assert r.status_code == 409
    assert "telah berakhir pada" in r.text and "Pasal 36 ayat 1" in r.text


def test_objection_for_an_unanswered_request_inside_the_window(server, as_):
    received = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)
                - datetime.timedelta(days=21)).strftime("%Y-%m-%d 10:00")
    number, code = record(server, as_("alur.utama"), received)
    r = objection(server, number, code, grounds=("c",), text="Tidak dijawab.")
    assert r.status_code == 303, r.text


def test_objection_decision_and_dispute(server, db, as_):
    utama, atasan, dinkes = as_("alur.utama"), as_("alur.atasan"), as_("alur.dinkes")
    number, code, _ = filed(server)
    assert post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                {"keputusan": "tidak_dikuasai",
                 "diteruskan_ke": "Badan Pusat Statistik"}).status_code == 303
    form = requests.get(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                        timeout=10)
    assert form.status_code == 200 and "Keberatan dapat diajukan sampai" in form.text

    bad = objection(server, number, code, grounds=())
    assert bad.status_code == 422 and "Pilih paling sedikit satu alasan" in bad.text
    r = objection(server, number, code, grounds=("e", "a"))
    assert r.status_code == 303
    m = re.match(r"^/ppid/keberatan/(K-\d{4}-\d{4})\?kode=", r.headers["Location"])
    assert m
    k = m.group(1)
    receipt = requests.get(server.url + r.headers["Location"], timeout=10).text
    assert k in receipt and "Tidak dipenuhinya permintaan informasi" in receipt
    assert db.sql("SELECT alasan, status FROM keberatan WHERE nomor = '%s';" % k) == [["a,e", "diterima"]]
    again = objection(server, number, code)                 # a again: each ground once
    assert again.status_code == 422 and "Alasan huruf a sudah pernah diajukan" in again.text
    wrong = requests.get(server.url + "/ppid/keberatan/%s?kode=0000-0000-0000-0000" % k,
                         timeout=10)
    assert wrong.status_code == 404

    # A dispute waits for the decision (or its missed due date).
    early = post(server, utama, "/admin/keberatan/%s/sengketa" % k, {})
    early = post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % k,
                 {"nomor_register": "001/REG-PSI/I/2026", "didaftarkan_pada": "2026-01-05",
                  "tahap": "mediasi"})
    assert early.status_code == 409

    # The applicant's reply answers a decision: none yet.
    early = post(server, utama, "/ppid/admin/keberatan/%s/tanggapan" % k,
                 {"tanggapan_pemohon": "Saya menerima."})
    assert early.status_code == 409 and "setelah Atasan PPID memutus" in early.text

    # Only the Atasan PPID decides, with written reasons.
    assert post(server, dinkes, "/ppid/admin/keberatan/%s/putusan" % k,
                {"putusan": "ditolak", "alasan_putusan": "x"}).status_code == 403
    assert post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
                {"putusan": "ditolak"}).status_code == 409
    assert post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
                {"putusan": "ditolak",
                 "alasan_putusan": "Informasi memang dikuasai BPS."}).status_code == 303
    assert post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
                {"putusan": "dikabulkan", "alasan_putusan": "ubah"}).status_code == 409
    # The desk records the applicant's reply to the decision (the objection
    # register's last column); an officer of an OPD may not.
    reply = "Pemohon tidak menerima putusan & akan ke <KI> Banten."
    for bad in ("", "x" * 2001):
        r = post(server, utama, "/ppid/admin/keberatan/%s/tanggapan" % k,
                 {"tanggapan_pemohon": bad})
        assert r.status_code == 409 and "paling banyak 2000 karakter" in r.text
    assert post(server, dinkes, "/ppid/admin/keberatan/%s/tanggapan" % k,
                {"tanggapan_pemohon": reply}).status_code == 403
    r = post(server, utama, "/ppid/admin/keberatan/%s/tanggapan" % k,
             {"tanggapan_pemohon": reply})
    assert r.status_code == 303
    assert db.sql("SELECT tanggapan_pemohon FROM keberatan WHERE nomor = '%s';" % k) == [[reply]]
    staff_page = utama.get(server.url + "/ppid/admin/permohonan/%s" % number, timeout=10).text
    assert "Pemohon tidak menerima putusan &amp; akan ke &lt;KI&gt; Banten." in staff_page
    assert "<KI>" not in staff_page
    register_csv = utama.get(server.url + "/ppid/admin/register/keberatan.csv", timeout=10)
    assert reply in register_csv.content.decode("utf-8-sig")

    today = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date().isoformat()
    r = post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % k,
             {"nomor_register": "001/REG-PSI/XI/2026", "didaftarkan_pada": today,
              "tahap": "mediasi"})
    assert r.status_code == 303
    r = post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % k,
             {"nomor_register": "001/REG-PSI/XI/2026", "didaftarkan_pada": today,
              "tahap": "selesai", "hasil": "mediasi_berhasil", "diputus_pada": today,
              "uraian_hasil": "Para pihak sepakat."})
    assert r.status_code == 303
    assert db.sql("SELECT tahap, hasil FROM sengketa s JOIN keberatan k ON k.id = "
                  "s.keberatan_id WHERE k.nomor = '%s';" % k) == [["selesai", "mediasi_berhasil"]]

    # A court case follows the KI's decision: not before the dispute was
    # registered, only by the PPID desk.
    yesterday = ((datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()
                 - datetime.timedelta(days=1)).isoformat()
    case = {"pengadilan": "ptun", "nomor_perkara": "5/G/KI/2026/PTUN.SRG",
            "didaftarkan_pada": today}
    r = post(server, utama, "/ppid/admin/keberatan/%s/perkara" % k,
             dict(case, didaftarkan_pada=yesterday))
    assert r.status_code == 409 and "sebelum sengketa didaftarkan" in r.text
    r = post(server, utama, "/ppid/admin/keberatan/%s/perkara" % k, dict(case, pengadilan="x"))
    assert r.status_code == 409 and "Pilih pengadilan" in r.text
    assert post(server, dinkes, "/ppid/admin/keberatan/%s/perkara" % k, case).status_code == 403
    assert post(server, utama, "/ppid/admin/keberatan/%s/perkara" % k, case).status_code == 303
    assert db.sql("SELECT pk.pengadilan, pk.nomor_perkara, pk.hasil FROM perkara pk "
                  "JOIN sengketa s ON s.id = pk.sengketa_id JOIN keberatan k "
                  "ON k.id = s.keberatan_id WHERE k.nomor = '%s';" % k) == \
        [["ptun", "5/G/KI/2026/PTUN.SRG", "NULL"]]
    staff_page = utama.get(server.url + "/ppid/admin/permohonan/%s" % number, timeout=10).text
    assert "Pengadilan Tata Usaha Negara, nomor 5/G/KI/2026/PTUN.SRG" in staff_page
    citizen = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, code),
                           timeout=10).text
    assert "Keberatan ditolak" in citizen and "Mediasi berhasil" in citizen
    assert "tidak menerima putusan" not in citizen     # the desk's record, not the citizen's page
    register = atasan.get(server.url + "/ppid/admin/keberatan", timeout=10).text
    assert k in register
    assert [row[0] for row in db.sql("SELECT aksi FROM audit WHERE objek = 'keberatan' "
                                     "AND objek_id = '%s' ORDER BY id;" % k)] == \
        ["putus_keberatan", "tanggapan_pemohon", "sengketa", "sengketa", "perkara"]


# ---- who may do what --------------------------------------------------------

@pytest.mark.parametrize("user, method, path, allowed", [
    ("alur.pimpinan", "GET", "/ppid/admin/permohonan", False),
    ("alur.pimpinan", "GET", "/ppid/admin/keberatan", False),
    ("alur.dinkes", "GET", "/ppid/admin/permohonan/baru", False),
    ("alur.dinkes", "POST", "/ppid/admin/permohonan/baru", False),
    ("alur.dinkes", "GET", "/ppid/admin/keberatan", False),
    ("alur.atasan", "GET", "/ppid/admin/permohonan", True),
    ("alur.atasan", "POST", "/ppid/admin/permohonan/baru", False),
    ("alur.utama", "GET", "/ppid/admin/permohonan/baru", True),
    ("alur.utama", "GET", "/ppid/admin/keberatan", True),
])
def test_role_by_route(server, as_, user, method, path, allowed):
    s = as_(user)
    if method == "GET":
        r = s.get(server.url + path, allow_redirects=False, timeout=10)
    else:
        r = post(server, s, path, valid_form())
    assert (r.status_code != 403) == allowed, (r.status_code, r.text[:300])


def test_staff_actions_need_a_session_and_a_token(server, as_):
    number, code, _ = filed(server)
    r = requests.post(server.url + "/ppid/admin/permohonan/%s/perpanjang" % number,
                      data={"alasan": "x"}, allow_redirects=False, timeout=10)
    assert r.status_code == 401
    r = as_("alur.utama").post(server.url + "/ppid/admin/permohonan/%s/perpanjang" % number,
                               data={"alasan": "x"}, allow_redirects=False, timeout=10)
    assert r.status_code == 403


def test_inbox_marks_overdue_and_filters(server, db, as_):
    utama = as_("alur.utama")
    number, _ = record(server, utama, "2026-01-05 09:00", kanal="telepon")
    page = utama.get(server.url + "/ppid/admin/permohonan",
                     params={"kanal": "telepon", "tahun": "2026"}, timeout=10).text
    row = re.search(r'<tr class="tempo-lewat">.*?%s.*?</tr>' % number, page, re.S)
    assert row and "terlambat" in row.group(0)
    other = utama.get(server.url + "/ppid/admin/permohonan", params={"kanal": "surat"},
                      timeout=10).text
    assert number not in other


def test_identity_document_only_for_officers_in_scope(server, db, as_):
    number, code, _ = filed(server, files={
        "identitas": ("ktp.png", PNG_BYTES, "image/png")})
    r = as_("alur.utama").get(server.url + "/ppid/admin/permohonan/%s/identitas" % number,
                              timeout=10)
    assert r.status_code == 200 and r.content == PNG_BYTES
    assert r.headers["Content-Disposition"] == 'attachment; filename="ktp.png"'
    assert as_("alur.dlh").get(server.url + "/ppid/admin/permohonan/%s/identitas" % number,
                               timeout=10).status_code == 404
    assert requests.get(server.url + "/ppid/admin/permohonan/%s/identitas" % number,
                        allow_redirects=False, timeout=10).status_code == 303
