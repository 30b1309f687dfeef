"""Public statistics (/ppid/statistik with server-drawn SVG charts, and
/ppid/statistik.xml) checked against figures computed here from the 2023
requests this module creates (2023 is used by this module alone; the seeded
calendar has weekends only that year); then the DIP export against its
schema and the Atom feed of newly published DIP entries."""
import datetime
import os
import re
import statistics
from decimal import Decimal

import pytest
import requests
from lxml import etree, html as lhtml

import harness
from client import staff_post, staff_sessions, tenths, valid_form
from kalender import working_days_after, working_days_between

PASSWORD = "kata-sandi-statistik-123"
SCHEMAS = os.path.join(harness.ROOT, "mod_sialip", "schema")
NS = {"s": "urn:serangkab:ppid:statistik:1"}
ATOM = {"a": "http://www.w3.org/2005/Atom"}
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def petugas(server, db):
    users = {
        "stat.utama": (["ppid_utama"], None),
        "stat.dinkes": (["ppid_pelaksana"], "dinkes"),
        "stat.dpupr": (["ppid_pelaksana"], "dpupr"),
        "stat.dindik": (["ppid_pelaksana"], "dindik"),
    }
    return staff_sessions(server, db, users, PASSWORD)


def opd(db, kode):
    return db.sql("SELECT id, singkatan FROM opd WHERE kode = '%s';" % kode)[0]


def part(db, number, kode):
    return db.sql("SELECT d.id FROM disposisi d JOIN opd o ON o.id = d.opd_id JOIN "
                  "permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '%s' AND "
                  "o.kode = '%s' AND d.status <> 'dialihkan';" % (number, kode))[0][0]


NOTICE = {
    "diberikan_seluruhnya": {"informasi_diberikan": "Dokumen", "bentuk": "softcopy",
                             "cara_penyampaian": "unduh"},
    "diberikan_sebagian": {"informasi_diberikan": "Dokumen", "bentuk": "softcopy",
                           "cara_penyampaian": "unduh", "bagian_dihitamkan": "NIK",
                           "alasan_penghitaman": "Data pribadi"},
    "tidak_dikuasai": {"diteruskan_ke": "BPS Provinsi Banten"},
    "belum_dikuasai": {"janji_waktu": "Akhir bulan", "waktu_penyediaan": "2099-12-31"},
    "ditolak_prosedural": {"alasan_prosedural": "Tanpa identitas"},
    "ditolak_dikecualikan": {},
}

# (receipt WIB, OPDs routed to, re-routed to, outcome, notice WIB date)
CASES = [
    ("2023-01-09 09:00", ["dinkes"], None, "diberikan_seluruhnya", "2023-01-12"),
    ("2023-01-16 09:00", ["dinkes"], None, "diberikan_sebagian", "2023-02-06"),
    ("2023-02-06 10:00", ["dinkes", "dpupr"], None, "diberikan_seluruhnya", "2023-02-13"),
    ("2023-03-06 09:00", ["dpupr"], None, "tidak_dikuasai", "2023-03-07"),
    ("2023-03-13 09:00", ["dpupr"], None, None, None),
    ("2023-03-20 09:00", [], None, "ditolak_prosedural", "2023-03-20"),
    ("2023-05-08 09:00", [], None, "ditolak_dikecualikan", "2023-05-29"),
    ("2023-07-03 09:00", ["dlh"], "dindik", "belum_dikuasai", "2023-07-10"),
    ("2023-12-11 09:00", [], None, None, None),
]


class Case:
    def __init__(self, number, received, routed, moved, outcome, noticed):
        self.number = number
        self.received = datetime.datetime.strptime(received, "%Y-%m-%d %H:%M")
        self.day0 = self.received.date()           # all on working days before 16:00
        self.due = working_days_after(self.day0, 10)
        self.opds = [moved] if moved else list(routed)
        self.outcome = outcome
        self.notice = datetime.date.fromisoformat(noticed) if noticed else None
        self.days = working_days_between(self.day0, self.notice) if noticed else None

    def standing(self, today):
        if self.notice:
            return "tepat_waktu" if self.notice <= self.due else "terlambat"
        return "lewat_tempo" if today > self.due else "belum_jatuh_tempo"


@pytest.fixture(scope="module")
def data(server, db, petugas):
    utama = petugas["stat.utama"]
    user = db.sql("SELECT id FROM pengguna WHERE username = 'stat.utama';")[0][0]
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) VALUES (%s, 'Rencana pengamanan statistik', 'c', 'UU 14/2008', "
           "'Membahayakan', '2 tahun', '2030-01-01', '2023-01-02', %s);"
           % (opd(db, "inspektorat")[0], user))
    exempt = db.sql("SELECT id FROM informasi_dikecualikan WHERE informasi = "
                    "'Rencana pengamanan statistik';")[0][0]
    made = []
    for i, (received, routed, moved, outcome, noticed) in enumerate(CASES):
        fields = valid_form(nama="Pemohon Statistik %d" % i, nik="36040188%08d" % i,
                            telepon="0813880%05d" % i, email="statistik%d@contoh.id" % i,
                            alamat="Jl. Statistik Rahasia %d" % i)
        fields.update({"kanal": "surat", "diterima": received})
        r = staff_post(server, utama, "/ppid/admin/permohonan/baru", fields)
        assert r.status_code == 303, r.text
        number = re.match(r"^/ppid/permohonan/(\d{4}-\d{6})\?", r.headers["Location"]).group(1)
        if routed:
            assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                              {"opd": [opd(db, k)[0] for k in routed]}).status_code == 303
        if moved:
            assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi/%s/alihkan"
                        % (number, part(db, number, routed[0])),
                        {"opd": opd(db, moved)[0], "catatan": "Bukan kewenangan."}
                        ).status_code == 303
        if outcome:
            for kode in ([moved] if moved else routed):
                assert staff_post(server, petugas["stat." + kode],
                            "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                            % (number, part(db, number, kode)),
                            {"jawaban": "Jawaban OPD."}).status_code == 303
            fields = dict(NOTICE[outcome], keputusan=outcome)
            if outcome == "ditolak_dikecualikan":
                fields["dikecualikan_id"] = exempt
            r = staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number, fields)
            assert r.status_code == 303, r.text
            db.sql("UPDATE pemberitahuan n JOIN permohonan p ON p.id = n.permohonan_id "
                   "SET n.diterbitkan_pada = '%s 03:00:00' WHERE p.nomor = '%s';"
                   % (noticed, number))
        made.append(Case(number, received, routed, moved, outcome, noticed))
    return made


def today_wib():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()


def expected_group(cases, today):
    days = [c.days for c in cases if c.notice]
    standings = [c.standing(today) for c in cases]
    due = len(cases) - standings.count("belum_jatuh_tempo")
    return {
        "jumlah": str(len(cases)), "dijawab": str(len(days)),
        "median_hari_kerja": tenths(statistics.median(days)) if days else None,
        "persen_tepat_waktu": tenths(Decimal(standings.count("tepat_waktu") * 100) / due)
        if due else None,
        "tepat_waktu": str(standings.count("tepat_waktu")),
        "terlambat": str(standings.count("terlambat")),
        "lewat_tempo": str(standings.count("lewat_tempo")),
        "belum_jatuh_tempo": str(standings.count("belum_jatuh_tempo")),
    }


def statistik_xml(server, year):
    r = requests.get(server.url + "/ppid/statistik.xml", params={"tahun": year}, timeout=30)
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/xml; charset=utf-8"
    doc = etree.fromstring(r.content)
    schema = etree.XMLSchema(etree.parse(os.path.join(SCHEMAS, "statistik.xsd")))
    assert schema.validate(doc), schema.error_log
    return r, doc


def test_the_cases_as_worked_out_by_hand(data):
    assert [c.days for c in data] == [3, 15, 5, 1, None, 0, 15, 5, None]


def test_statistics_xml_matches_the_requests(server, db, data):
    _, doc = statistik_xml(server, "2023")
    today = today_wib()
    assert doc.get("tahun") == "2023"
    assert doc.findtext("s:permohonan/s:jumlah", namespaces=NS) == str(len(data))
    months = {int(b.get("ke")): int(b.text)
              for b in doc.findall("s:permohonan/s:per_bulan/s:bulan", NS)}
    assert months == {m: sum(1 for c in data if c.received.month == m) for m in range(1, 13)}
    outcomes = {h.get("kode"): int(h.text) for h in doc.findall("s:keputusan/s:hasil", NS)}
    for kode in NOTICE:
        assert outcomes[kode] == sum(1 for c in data if c.outcome == kode), kode
    assert outcomes["belum_dijawab"] == sum(1 for c in data if not c.outcome)

    def figures(node):
        return {key: node.findtext("s:" + key, namespaces=NS)
                for key in ("jumlah", "dijawab", "median_hari_kerja", "persen_tepat_waktu",
                            "tepat_waktu", "terlambat", "lewat_tempo", "belum_jatuh_tempo")}

    overall = expected_group(data, today)
    got = figures(doc.find("s:waktu_layanan", NS))
    for key in ("median_hari_kerja", "persen_tepat_waktu", "tepat_waktu", "terlambat",
                "lewat_tempo"):
        assert got[key] == overall[key], key
    assert (got["median_hari_kerja"], got["persen_tepat_waktu"]) == ("5", "55.6")

    per_opd = {o.get("id"): o for o in doc.findall("s:per_opd/s:opd", NS)}
    groups = {}
    for c in data:
        for kode in c.opds or ["langsung"]:
            groups.setdefault(kode, []).append(c)
    for kode, cases in groups.items():
        ident = "0" if kode == "langsung" else opd(db, kode)[0]
        node = per_opd[ident]
        if kode != "langsung":
            assert node.get("singkatan") == opd(db, kode)[1]
        assert figures(node) == expected_group(cases, today), kode
    # Re-routed away: DLH answers for nothing.
    assert opd(db, "dlh")[0] not in per_opd
    assert per_opd["0"].findtext("s:median_hari_kerja", namespaces=NS) == "7.5"


def rects(figure):
    return figure.findall(".//%srect" % SVG) or figure.findall(".//rect")


def test_page_draws_the_charts_as_svg_without_script_or_style(server, db, data):
    r = requests.get(server.url + "/ppid/statistik", params={"tahun": "2023"}, timeout=30)
    assert r.status_code == 200
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    assert "style-src 'self'" in r.headers["Content-Security-Policy"]
    assert "<script" not in r.text and "style=" not in r.text
    page = lhtml.fromstring(r.text)

    months = page.get_element_by_id("grafik-per_bulan")
    bars = rects(months)
    assert len(bars) == 12
    counts = [sum(1 for c in data if c.received.month == m) for m in range(1, 13)]
    scale = next(v for v in (1, 2, 5, 10, 20, 50) if v >= max(counts))
    for bar, count in zip(bars, counts):
        # presentation attributes only; heights follow the counts
        assert bar.get("fill") and bar.get("x") and bar.get("width")
        assert abs(int(bar.get("height")) - count * 170 / scale) <= 0.5 + 1e-9
        assert int(bar.get("y")) + int(bar.get("height")) == 190

    outcomes = page.get_element_by_id("grafik-keputusan")
    titles = [b.findtext("title") or b.findtext(SVG + "title") for b in rects(outcomes)]
    assert "Diberikan seluruhnya: 2" in titles and "Belum dijawab: 2" in titles

    rates = page.get_element_by_id("grafik-tepat_waktu_opd")
    titles = [b.findtext("title") or b.findtext(SVG + "title") for b in rects(rates)]
    assert "%s: 66.7%%" % opd(db, "dinkes")[1] in titles
    assert "%s: 100%%" % opd(db, "dindik")[1] in titles
    widths = {t.split(":")[0]: int(b.get("width")) for t, b in zip(titles, rects(rates))}
    assert widths[opd(db, "dindik")[1]] == 360                  # 100% fills the axis
    assert widths[opd(db, "dinkes")[1]] == round(360 * 667 / 1000)
    medians = page.get_element_by_id("grafik-median_opd")
    titles = [b.findtext("title") or b.findtext(SVG + "title") for b in rects(medians)]
    assert "PPID Utama: 7.5 hari kerja" in titles


def test_public_statistics_carry_no_personal_data(server, data):
    texts = [requests.get(server.url + "/ppid/statistik", params={"tahun": "2023"},
                          timeout=10).text,
             statistik_xml(server, "2023")[0].text]
    for i in range(len(CASES)):
        for value in ("Pemohon Statistik %d" % i, "36040188%08d" % i, "0813880%05d" % i,
                      "statistik%d@contoh.id" % i, "Jl. Statistik Rahasia %d" % i):
            for text in texts:
                assert value not in text


def test_a_year_without_requests_and_a_bad_year(server):
    _, doc = statistik_xml(server, "2091")
    assert doc.findtext("s:permohonan/s:jumlah", namespaces=NS) == "0"
    assert doc.findall("s:per_opd/s:opd", NS) == []
    r = requests.get(server.url + "/ppid/statistik", params={"tahun": "abcd"}, timeout=10)
    assert r.status_code == 200           # the current year instead


# ---- the DIP export and its Atom feed -----------------------------------------

@pytest.fixture(scope="module")
def dip_entries(db, petugas):
    user = db.sql("SELECT id FROM pengguna WHERE username = 'stat.utama';")[0][0]
    dinkes = opd(db, "dinkes")[0]
    rows = [
        ("ATOM-1", "berkala", "Atomuji laporan keuangan <2025> & \"realisasi\"", "terbit", 1),
        ("ATOM-2", "setiap_saat", "Atomuji daftar puskesmas", "terbit", 3),
        ("ATOM-3", "serta_merta", "Atomuji peringatan banjir", "terbit", 2),
        ("ATOM-4", "berkala", "Atomuji draf belum terbit", "draf", 4),
        ("ATOM-5", "berkala", "Atomuji menunggu tinjauan", "diajukan", 5),
        ("ATOM-6", "berkala", "Atomuji ditolak peninjau", "ditolak", 6),
    ]
    for nomor, kategori, ringkasan, status, minutes in rows:
        db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
               "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, tautan, status, "
               "dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES (%s, '%s', '%s', "
               "'%s', 'Kepala Dinas', 'Sekretaris', 'Serang, 2025', 'PDF', '5 tahun', 2025, "
               "%s, '%s', UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL %d MINUTE, %s);"
               % (dinkes, nomor, kategori, ringkasan.replace("'", "''"),
                  "'https://dinkes.serangkab.go.id/a?b=1&c=2'" if nomor == "ATOM-1" else "NULL",
                  status, minutes, user))
    yield {r[0]: r for r in rows}
    db.sql("DELETE FROM dip WHERE nomor LIKE 'ATOM-%';")


def test_dip_xml_validates_against_its_schema(server, dip_entries):
    schema = etree.XMLSchema(etree.parse(os.path.join(SCHEMAS, "dip.xsd")))
    for params in ({}, {"q": "Atomuji"}, {"q": "Atomuji", "kategori": "berkala",
                                          "tahun": "2025"}, {"q": "tidak-ada-sama-sekali"}):
        r = requests.get(server.url + "/ppid/dip.xml", params=params, timeout=10)
        assert r.status_code == 200
        doc = etree.fromstring(r.content)
        assert schema.validate(doc), schema.error_log
    doc = etree.fromstring(requests.get(server.url + "/ppid/dip.xml",
                                        params={"q": "Atomuji"}, timeout=10).content)
    # Only published entries; the schema has no namespace because the export has none.
    assert doc.tag == "dip"
    assert sorted(e.findtext("nomor") for e in doc.findall("entri")) == \
        ["ATOM-1", "ATOM-2", "ATOM-3"]


def test_atom_feed_of_newly_published_entries(server, dip_entries):
    r = requests.get(server.url + "/ppid/dip.atom", timeout=10)
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = etree.fromstring(r.content)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    for required in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert feed.findtext(required, namespaces=ATOM), required
    self_link = feed.find("a:link[@rel='self']", ATOM)
    assert self_link.get("href") == server.url + "/ppid/dip.atom"
    entries = feed.findall("a:entry", ATOM)
    assert 0 < len(entries) <= 50
    published = [e.findtext("a:published", namespaces=ATOM) for e in entries]
    assert published == sorted(published, reverse=True)          # newest first
    assert feed.findtext("a:updated", namespaces=ATOM) == \
        max(e.findtext("a:updated", namespaces=ATOM) for e in entries)
    ids = [e.findtext("a:id", namespaces=ATOM) for e in entries]
    assert len(ids) == len(set(ids))
    titles = [e.findtext("a:title", namespaces=ATOM) for e in entries]
    mine = [t.split(":")[0] for t in titles if t.startswith("ATOM-")]
    # Only status terbit, ordered by publication time (ATOM-2 is the newest).
    assert mine == ["ATOM-2", "ATOM-3", "ATOM-1"]
    first = entries[titles.index(next(t for t in titles if t.startswith("ATOM-1:")))]
    assert first.findtext("a:title", namespaces=ATOM) == \
        'ATOM-1: Atomuji laporan keuangan <2025> & "realisasi"'
    assert first.find("a:category", ATOM).get("term") == "berkala"
    assert first.find("a:link[@rel='related']", ATOM).get("href") == \
        "https://dinkes.serangkab.go.id/a?b=1&c=2"
    assert first.find("a:link[@rel='alternate']", ATOM).get("href").startswith(
        server.url + "/ppid/dip?")
    for e in entries:
        for required in ("a:id", "a:title", "a:updated", "a:published", "a:summary",
                         "a:author/a:name"):
            assert e.findtext(required, namespaces=ATOM), required
        assert re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$",
                        e.findtext("a:updated", namespaces=ATOM))
