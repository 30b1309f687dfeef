"""The annual report (Perki 1/2021 Pasal 56) and the semester summary:
figures checked against counts computed here, independently, from the
requests this module creates through the web (recorded by PPID Utama with
chosen receipt times, routed, answered, noticed with every outcome,
objected to, decided, disputed), with the notices then dated back in the
database to chosen days.  2024 (weekends only in the seeded calendar) and
the first semester of 2025 (Idul Fitri 1446 H) are used by this module
alone."""
import datetime
import os
import re
import statistics
from decimal import Decimal

import pytest
import requests
from lxml import etree

import harness
from client import record_walk_in, staff_post, staff_sessions, tenths
from kalender import day_zero, working_days_after, working_days_between

PASSWORD = "kata-sandi-laporan-123"
SCHEMA = os.path.join(harness.ROOT, "mod_sialip", "schema", "laporan.xsd")
NS = {"l": "urn:serangkab:ppid:laporan:1"}


# ---- web helpers (after test_alur.py) -----------------------------------------

@pytest.fixture(scope="module")
def petugas(server, db):
    users = {
        "lap.utama": (["ppid_utama"], None),
        "lap.atasan": (["atasan_ppid"], None),
        "lap.dinkes": (["ppid_pelaksana"], "dinkes"),
        "lap.evaluator": (["evaluator"], None),
        "lap.pimpinan": (["pimpinan"], None),
    }
    return staff_sessions(server, db, users, PASSWORD)


def personal(n):
    """Personal data of request n, unique, to look for in public output."""
    return {"nama": "Pemohon Laporan %03d" % n, "nik": "36040199%08d" % n,
            "alamat": "Jl. Rahasia Laporan No. %03d" % n,
            "telepon": "08129900%04d" % n, "email": "laporan%03d@contoh.id" % n}


def record(server, s, received, n):
    """PPID Utama records a walk-in request received at a WIB datetime;
    returns (number, code)."""
    return record_walk_in(server, s, received.strftime("%Y-%m-%d %H:%M"), **personal(n))


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


def exemption(db, letter):
    user = db.sql("SELECT id FROM pengguna WHERE username = 'lap.utama';")[0][0]
    text = "Uji konsekuensi laporan huruf %s" % letter
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) VALUES (%s, '%s', '%s', 'UU 14/2008 Pasal 17', 'Merugikan', "
           "'5 tahun', '2030-12-31', '2024-01-02', %s);"
           % (opd_id(db, "inspektorat"), text, letter, user))
    return db.sql("SELECT id FROM informasi_dikecualikan WHERE informasi = '%s';" % text)[0][0]


def notice_fields(outcome, exemptions):
    fields = {"keputusan": outcome}
    if outcome.startswith("diberikan"):
        fields.update({"informasi_diberikan": "Dokumen yang diminta", "bentuk": "softcopy",
                       "cara_penyampaian": "email"})
    if outcome == "diberikan_sebagian":
        fields.update({"bagian_dihitamkan": "Nama penerima",
                       "alasan_penghitaman": "Rahasia pribadi"})
    if outcome.startswith("ditolak_dikecualikan"):
        fields.update({"keputusan": "ditolak_dikecualikan",
                       "dikecualikan_id": exemptions[outcome[-1]]})
    if outcome == "tidak_dikuasai":
        fields["diteruskan_ke"] = "Badan Pusat Statistik"
    if outcome == "belum_dikuasai":
        fields["janji_waktu"] = "30 hari kerja"
        fields["waktu_penyediaan"] = "2099-12-31"
    if outcome == "ditolak_prosedural":
        fields["alasan_prosedural"] = "Salinan KTP tidak dilampirkan"
    return fields


def issue(server, s, number, outcome, exemptions):
    r = staff_post(server, s, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                   notice_fields(outcome, exemptions))
    assert r.status_code == 303, r.text


def date_notice(db, number, issued):
    """Moves the notice of number to a WIB datetime (it was issued now)."""
    utc = (issued - datetime.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")
    db.sql("UPDATE pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id "
           "SET n.diterbitkan_pada = '%s', p.selesai_pada = '%s' WHERE p.nomor = '%s';"
           % (utc, utc, number))


def objection(server, number, code, grounds):
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": list(grounds), "uraian": "Keberatan atas jawaban."},
                      allow_redirects=False, timeout=10)
    assert r.status_code == 303, r.text
    return re.match(r"^/ppid/keberatan/(K-\d{4}-\d{4})\?kode=", r.headers["Location"]).group(1)


# ---- the requests of 2024 and of the first semester of 2025 ------------------

def at(text):
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")


# (receipt WIB, outcome or None, notice WIB, extended, routed to Dinkes)
CASES_2024 = [
    ("2024-01-15 09:00", "diberikan_seluruhnya", "2024-01-18 10:00", False, False),
    ("2024-02-05 10:00", "diberikan_sebagian", "2024-02-16 14:00", False, True),
    ("2024-03-04 08:00", "ditolak_dikecualikan_a", "2024-03-25 09:00", False, False),
    ("2024-03-11 11:00", "ditolak_dikecualikan_h", "2024-04-01 09:00", True, False),
    ("2024-04-01 13:00", "ditolak_prosedural", "2024-04-01 15:00", False, False),
    ("2024-05-06 09:30", "tidak_dikuasai", "2024-05-08 09:00", False, False),
    ("2024-07-01 16:30", "belum_dikuasai", "2024-07-05 09:00", False, False),
    ("2024-08-05 09:00", None, None, False, False),
    ("2024-09-02 09:00", "diberikan_seluruhnya", "2024-09-30 09:00", False, False),
    ("2024-12-30 10:00", "diberikan_seluruhnya", "2025-01-03 09:00", False, False),
]

CASES_2025 = [
    ("2025-03-26 10:00", "diberikan_seluruhnya", "2025-04-08 09:00", False, False),
    ("2025-03-27 15:00", "ditolak_dikecualikan_a", "2025-04-15 09:00", False, False),
    ("2025-03-29 09:00", "diberikan_sebagian", "2025-04-08 11:00", False, False),
    ("2025-06-20 10:00", "diberikan_seluruhnya", "2025-07-10 09:00", False, False),
    ("2025-01-02 09:00", None, None, False, False),
    ("2025-07-01 09:00", "diberikan_seluruhnya", "2025-07-02 09:00", False, False),
]


class Case:
    def __init__(self, number, code, received, outcome, noticed, extended):
        self.number, self.code = number, code
        self.received = at(received)
        self.outcome = outcome
        self.notice = at(noticed).date() if noticed else None
        self.day0 = day_zero(self.received)
        self.due = working_days_after(self.day0, 10)
        if extended:
            self.due = working_days_after(self.due, 7)
        self.extended = extended
        self.days = working_days_between(self.day0, self.notice) if noticed else None

    def standing(self, today):
        if self.notice:
            return "tepat_waktu" if self.notice <= self.due else "terlambat"
        return "lewat_tempo" if today > self.due else "belum_jatuh_tempo"

    @property
    def keputusan(self):
        return self.outcome and re.sub(r"_[a-j]$", "", self.outcome)


def create(server, db, petugas, cases, exemptions, first):
    utama, dinkes = petugas["lap.utama"], petugas["lap.dinkes"]
    made = []
    for i, (received, outcome, noticed, extended, routed) in enumerate(cases):
        number, code = record(server, utama, at(received), first + i)
        if extended:
            # Extended in time, on the day of receipt (the form refuses it
            # now that the first due date has passed).
            due = db.sql("SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';" % number)
            extended_to = working_days_after(datetime.date.fromisoformat(due[0][0]), 7)
            db.sql("UPDATE permohonan SET jatuh_tempo_perpanjangan = '%s', "
                   "alasan_perpanjangan = 'Data tersebar.', diperpanjang_pada = "
                   "diterima_pada WHERE nomor = '%s';" % (extended_to.isoformat(), number))
        issuer = utama
        if routed:
            assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                              {"opd": opd_id(db, "dinkes")}).status_code == 303
            part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                          "d.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
            assert staff_post(server, dinkes, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                        % (number, part), {"jawaban": "Terlampir."}).status_code == 303
            issuer = dinkes
        if outcome:
            issue(server, issuer, number, outcome, exemptions)
        made.append(Case(number, code, received, outcome, noticed, extended))
    return made


@pytest.fixture(scope="module")
def data(server, db, petugas):
    exemptions = {"a": exemption(db, "a"), "h": exemption(db, "h")}
    y2024 = create(server, db, petugas, CASES_2024, exemptions, 1)
    y2025 = create(server, db, petugas, CASES_2025, exemptions, 101)

    # Objections while the window is open (the notices are dated today),
    # the Atasan's decisions and the disputes.
    utama, atasan = petugas["lap.utama"], petugas["lap.atasan"]
    k3 = objection(server, y2024[2].number, y2024[2].code, ("a",))
    k5 = objection(server, y2024[4].number, y2024[4].code, ("c", "e"))
    k6 = objection(server, y2024[5].number, y2024[5].code, ("d",))
    for k, verdict in ((k3, "ditolak"), (k5, "dikabulkan")):
        assert staff_post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
                          {"putusan": verdict, "alasan_putusan": "Pertimbangan tertulis."}
                    ).status_code == 303
    assert staff_post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % k3,
                      {"nomor_register": "010/REG-PSI/I/2025", "didaftarkan_pada": "2025-01-10",
                 "tahap": "selesai", "hasil": "mediasi_berhasil",
                 "diputus_pada": "2025-02-01", "uraian_hasil": "Sepakat."}).status_code == 303
    assert staff_post(server, utama, "/ppid/admin/keberatan/%s/sengketa" % k5,
                      {"nomor_register": "011/REG-PSI/I/2025", "didaftarkan_pada": "2025-01-20",
                 "tahap": "ajudikasi"}).status_code == 303
    # A court case after the first dispute; the second is still at the KI.
    assert staff_post(server, utama, "/ppid/admin/keberatan/%s/perkara" % k3,
                      {"pengadilan": "ptun", "nomor_perkara": "12/G/KI/2025/PTUN.SRG",
                 "didaftarkan_pada": "2025-02-10", "hasil": "ditolak",
                 "diputus_pada": "2025-05-02"}).status_code == 303
    assert staff_post(server, utama, "/ppid/admin/keberatan/%s/perkara" % k5,
                      {"pengadilan": "ptun", "nomor_perkara": "13/G/KI/2025/PTUN.SRG",
                 "didaftarkan_pada": "2025-02-10"}).status_code == 409

    # Then the notices go back to the days they were "issued".
    for cases, table in ((y2024, CASES_2024), (y2025, CASES_2025)):
        for case, row in zip(cases, table):
            if row[2]:
                date_notice(db, case.number, at(row[2]))
    return {"2024": y2024, "2025": y2025, "keberatan": (k3, k5, k6)}


def today_wib():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()


def report(server, path):
    r = requests.get(server.url + path, timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].startswith("application/xml")
    doc = etree.fromstring(r.content)
    schema = etree.XMLSchema(etree.parse(SCHEMA))
    assert schema.validate(doc), schema.error_log
    return r, doc


def num(doc, path):
    return doc.findtext(path, namespaces=NS)


class Line:
    """A request of the period that this module did not create (another
    test's), as the report's own per-request line gives it."""

    def __init__(self, e):
        self.number = e.get("nomor")
        self.received = datetime.datetime.fromisoformat(e.get("diterima"))
        self.days = int(e.get("hari_kerja")) if e.get("hari_kerja") else None
        self.notice = e.get("pemberitahuan")
        self.keputusan = e.get("keputusan")
        self.outcome = self.keputusan and (
            self.keputusan + "_" + e.get("pasal17") if e.get("pasal17") else self.keputusan)
        self.extended = e.get("diperpanjang") == "1"
        self._standing = e.get("ketepatan")

    def standing(self, today):
        return self._standing


def check_summary(doc, cases, months, today):
    """The figures of doc against this module's cases, counted here.  Lines
    of requests other tests created in the same period (if any) join the
    totals as the report lists them; this module's own lines are checked
    against the independent count first."""
    rows = {e.get("nomor"): e for e in doc.findall("l:rincian_waktu/l:permohonan", NS)}
    mine = {c.number for c in cases}
    assert mine <= set(rows), mine - set(rows)
    for c in cases:
        e = rows[c.number]
        assert e.get("diterima") == c.received.date().isoformat(), c.number
        assert e.get("hari_nol") == c.day0.isoformat(), c.number
        assert e.get("jatuh_tempo") == c.due.isoformat(), c.number
        assert e.get("ketepatan") == c.standing(today), c.number
        assert (e.get("diperpanjang") == "1") == c.extended, c.number
        if c.notice:
            assert e.get("pemberitahuan") == c.notice.isoformat()
            assert e.get("hari_kerja") == str(c.days), c.number
            assert e.get("keputusan") == c.keputusan
            assert e.get("pasal17") == (c.outcome[-1] if c.outcome.startswith(
                "ditolak_dikecualikan") else None)
        else:
            assert e.get("hari_kerja") is None and e.get("pemberitahuan") is None
    cases = list(cases) + [Line(e) for n, e in rows.items() if n not in mine]

    answered = [c for c in cases if c.notice]
    days = [c.days for c in answered]
    standings = [c.standing(today) for c in cases]
    assert num(doc, "l:permohonan/l:jumlah") == str(len(cases))
    assert num(doc, "l:permohonan/l:dijawab") == str(len(answered))
    assert num(doc, "l:permohonan/l:belum_dijawab") == str(len(cases) - len(answered))
    per_month = {int(b.get("ke")): int(b.text) for b in
                 doc.findall("l:permohonan/l:per_bulan/l:bulan", NS)}
    assert sorted(per_month) == list(months)
    for m in months:
        assert per_month[m] == sum(1 for c in cases if c.received.month == m), m

    w = "l:waktu_layanan/l:"
    assert num(doc, w + "median") == tenths(statistics.median(days))
    assert num(doc, w + "rata_rata") == tenths(Decimal(sum(days)) / len(days))
    assert num(doc, w + "tercepat") == str(min(days))
    assert num(doc, w + "terlama") == str(max(days))
    for key in ("tepat_waktu", "terlambat", "lewat_tempo", "belum_jatuh_tempo"):
        assert num(doc, w + key) == str(standings.count(key)), key
    due = standings.count("tepat_waktu") + standings.count("terlambat") + \
        standings.count("lewat_tempo")
    assert num(doc, w + "persen_tepat_waktu") == tenths(
        Decimal(standings.count("tepat_waktu") * 100) / due)
    assert num(doc, w + "diperpanjang") == str(sum(c.extended for c in cases))
    buckets = [b for b in doc.findall(w + "sebaran/l:kelompok", NS)]
    bounds = [(0, 5), (6, 10), (11, 17), (18, 10 ** 6)]
    for b, (lo, hi) in zip(buckets, bounds):
        assert b.text == str(sum(1 for d in days if lo <= d <= hi)), (lo, hi)

    k = "l:keputusan/l:"
    outcomes = [c.keputusan for c in answered]
    for key in ("diberikan_seluruhnya", "diberikan_sebagian", "tidak_dikuasai",
                "belum_dikuasai"):
        assert num(doc, k + key) == str(outcomes.count(key)), key
    refused = doc.find(k + "ditolak", NS)
    assert refused.get("jumlah") == str(outcomes.count("ditolak_dikecualikan")
                                        + outcomes.count("ditolak_prosedural"))
    assert num(doc, k + "ditolak/l:prosedural") == str(outcomes.count("ditolak_prosedural"))
    letters = {p.get("huruf"): int(p.text) for p in
               doc.findall(k + "ditolak/l:dikecualikan/l:pasal17", NS)}
    assert sorted(letters) == list("abcdefghij")
    for letter in "abcdefghij":
        assert letters[letter] == sum(1 for c in answered
                                      if c.outcome == "ditolak_dikecualikan_" + letter)
    return cases


# ---- the annual report -----------------------------------------------------------

def test_the_cases_are_counted_as_the_law_counts(data):
    """The expectations themselves, on dates worked out by hand."""
    c = {x.number: x for x in data["2024"]}
    days = [x.days for x in data["2024"]]
    assert days == [3, 9, 15, 15, 0, 2, 3, None, 20, 3]
    assert data["2024"][6].day0 == datetime.date(2024, 7, 2)      # after the cut-off
    assert data["2024"][3].due == datetime.date(2024, 4, 3)       # extended
    assert data["2024"][9].days == 3                              # 1 January 2025 off
    assert [x.days for x in data["2025"]] == [2, 6, 0, 13, None, 1]
    assert data["2025"][2].day0 == datetime.date(2025, 4, 8)      # Nyepi, then Lebaran
    assert len(c) == 10


def test_annual_report_xml_matches_the_requests_of_the_year(server, db, data):
    _, doc = report(server, "/ppid/laporan/2024.xml")
    assert doc.tag == "{urn:serangkab:ppid:laporan:1}laporan_tahunan"
    assert doc.get("tahun") == "2024"
    assert doc.find("l:periode", NS).get("dari") == "2024-01-01"
    assert doc.find("l:periode", NS).get("sampai") == "2024-12-31"
    check_summary(doc, data["2024"], range(1, 13), today_wib())

    # Objections over the year's requests and their outcomes.
    k = doc.find("l:keberatan", NS)
    assert k.get("jumlah") == "3"
    grounds = {a.get("huruf"): a.text for a in k.findall("l:per_alasan/l:alasan", NS)}
    assert grounds == {"a": "1", "b": "0", "c": "1", "d": "1", "e": "1", "f": "0", "g": "0"}
    assert (num(k, "l:dikabulkan"), num(k, "l:ditolak"), num(k, "l:belum_diputus")) == \
        ("1", "1", "1")
    # Disputes at the KI and their outcomes.
    s = doc.find("l:sengketa", NS)
    assert s.get("jumlah") == "2"
    assert {t.get("kode"): t.text for t in s.findall("l:per_tahap/l:tahap", NS)} == \
        {"mediasi": "0", "ajudikasi": "1", "selesai": "1"}
    assert {h.get("kode"): h.text for h in s.findall("l:per_hasil/l:hasil", NS)} == \
        {"mediasi_berhasil": "1", "dikabulkan": "0", "dikabulkan_sebagian": "0",
         "ditolak": "0", "gugur": "0", "belum_ada": "1"}
    # Court cases after them.
    pk = doc.find("l:perkara_pengadilan", NS)
    assert pk.get("jumlah") == "1"
    assert {t.get("kode"): t.text for t in pk.findall("l:per_pengadilan/l:pengadilan", NS)} == \
        {"ptun": "1", "pn": "0", "ma": "0"}
    assert {h.get("kode"): h.text for h in pk.findall("l:per_hasil/l:hasil", NS)} == \
        {"dikabulkan": "0", "dikabulkan_sebagian": "0", "ditolak": "1", "tidak_diterima": "0",
         "dicabut": "0", "belum_ada": "0"}


def test_public_reports_carry_no_personal_data(server, data):
    pages = [report(server, "/ppid/laporan/2024.xml")[0].text,
             report(server, "/ppid/laporan/2025/semester/1.xml")[0].text,
             requests.get(server.url + "/ppid/laporan/2025/semester/1", timeout=10).text]
    for n in list(range(1, 11)) + list(range(101, 107)):
        for value in personal(n).values():
            for page in pages:
                assert value not in page


def test_staff_page_of_the_annual_report(server, petugas, data):
    _, doc = report(server, "/ppid/laporan/2024.xml")
    page = petugas["lap.utama"].get(server.url + "/ppid/admin/laporan/2024", timeout=10)
    assert page.status_code == 200
    html = page.text
    assert "Laporan layanan informasi publik tahun 2024" in html
    # The page shows the figures of the XML (checked against the cases above).
    for label, path in (("Jumlah permohonan", "l:permohonan/l:jumlah"),
                        ("Median", "l:waktu_layanan/l:median"),
                        ("Rata-rata", "l:waktu_layanan/l:rata_rata"),
                        ("Tepat waktu", "l:waktu_layanan/l:tepat_waktu"),
                        ("Diberikan seluruhnya", "l:keputusan/l:diberikan_seluruhnya")):
        value = num(doc, path).replace(".", ",")
        assert re.search(r"<th>%s</th>\s*<td>%s</td>" % (label, re.escape(value)), html), label
    assert re.search(r"Pasal 17 huruf h\s*\(rahasia pribadi\)</th>\s*<td>\d+</td>", html)
    # The late ones are listed by number.
    late = re.search(r'<section class="kotak" id="terlambat">(.*?)</section>', html, re.S).group(1)
    for case in data["2024"]:
        assert (case.number in late) == (case.standing(today_wib()) in
                                         ("terlambat", "lewat_tempo"))
    assert "style=" not in html and "<script" not in html
    # The index lists the year.
    index = petugas["lap.pimpinan"].get(server.url + "/ppid/admin/laporan", timeout=10)
    assert index.status_code == 200 and "/ppid/admin/laporan/2024" in index.text


def test_staff_page_needs_a_reporting_role(server, petugas):
    r = petugas["lap.evaluator"].get(server.url + "/ppid/admin/laporan/2024",
                                     allow_redirects=False, timeout=10)
    assert r.status_code == 403
    r = requests.get(server.url + "/ppid/admin/laporan/2024", allow_redirects=False,
                     timeout=10)
    assert r.status_code == 303 and "/ppid/masuk" in r.headers["Location"]


# ---- the semester summary ------------------------------------------------------

def test_semester_summary_counts_on_the_2025_calendar(server, data):
    cases = [c for c in data["2025"] if c.received.month <= 6]
    assert len(cases) == 5
    _, doc = report(server, "/ppid/laporan/2025/semester/1.xml")
    assert doc.tag == "{urn:serangkab:ppid:laporan:1}ringkasan_semester"
    assert (doc.get("tahun"), doc.get("semester")) == ("2025", "1")
    assert doc.find("l:periode", NS).get("sampai") == "2025-06-30"
    assert doc.find("l:keberatan", NS) is None
    check_summary(doc, cases, range(1, 7), today_wib())
    # The request received in July is the second semester's.
    assert data["2025"][5].number not in {
        e.get("nomor") for e in doc.findall("l:rincian_waktu/l:permohonan", NS)}


def test_annual_report_agrees_with_its_semesters(server, data):
    _, year = report(server, "/ppid/laporan/2024.xml")
    _, first = report(server, "/ppid/laporan/2024/semester/1.xml")
    _, second = report(server, "/ppid/laporan/2024/semester/2.xml")
    for path in ("l:permohonan/l:jumlah", "l:permohonan/l:dijawab",
                 "l:waktu_layanan/l:tepat_waktu", "l:waktu_layanan/l:terlambat",
                 "l:keputusan/l:diberikan_seluruhnya", "l:keputusan/l:tidak_dikuasai"):
        assert int(num(year, path)) == int(num(first, path)) + int(num(second, path)), path
    check_summary(second, [c for c in data["2024"] if c.received.month > 6],
                  range(7, 13), today_wib())


def test_semester_page_is_public(server, data):
    _, doc = report(server, "/ppid/laporan/2025/semester/1.xml")
    r = requests.get(server.url + "/ppid/laporan/2025/semester/1", timeout=10)
    assert r.status_code == 200
    assert "Ringkasan akses informasi publik semester 1 tahun 2025" in r.text
    for label, path, suffix in (("Jumlah permohonan", "l:permohonan/l:jumlah", ""),
                                ("Median", "l:waktu_layanan/l:median", ""),
                                ("Persentase tepat waktu",
                                 "l:waktu_layanan/l:persen_tepat_waktu", "%")):
        value = num(doc, path).replace(".", ",") + suffix
        assert re.search(r"<th>%s</th>\s*<td>%s</td>" % (label, re.escape(value)),
                         r.text), label
    assert "style=" not in r.text and "<script" not in r.text


@pytest.mark.parametrize("path", ["/ppid/laporan/20x4.xml", "/ppid/laporan/1999.xml",
                                  "/ppid/laporan/2024/semester/3",
                                  "/ppid/laporan/2024/semester/0.xml"])
def test_bad_year_or_semester_is_404(server, path):
    assert requests.get(server.url + path, timeout=10).status_code == 404


def test_a_year_without_requests_validates_too(server):
    _, doc = report(server, "/ppid/laporan/2090.xml")
    assert num(doc, "l:permohonan/l:jumlah") == "0"
    assert num(doc, "l:waktu_layanan/l:median") is None
    assert num(doc, "l:waktu_layanan/l:persen_tepat_waktu") is None
