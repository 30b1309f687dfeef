"""The dashboard for one year (2019, used by no other test): its figures
match what this module created, per role scope, and its charts are SVG
drawn on the server without script or inline style."""
import concurrent.futures
import datetime
import re

import pytest
import requests
from lxml import etree

from test_inovasi_bantuan import (STANDARD_SET, persen, buat_inovasi, buat_periode,  # noqa: F401
                                  indikator_ids, kriteria_tahun, lapor, nilai, periode_id,
                                  set_indikator, staf, terbitkan, verifikasi)

TAHUN = "2019"
STAGES = {"A": "penerapan", "B": "inisiatif", "C": "uji_coba"}
OPD_OF = {"A": "dinkes", "B": "dinkes", "C": "dishub"}
VALUES_A = {"Posyandu memakai aplikasi": 30, "Kader terlatih": 20,
            "Waktu rekap bulanan": 6, "Puskesmas memakai data": 90}


@pytest.fixture(scope="module", autouse=True)
def tarik_setelahnya(db):
    yield
    db.sql("UPDATE inovasi SET terbit = 0, terbit_pada = NULL WHERE terbit = 1;")


@pytest.fixture(scope="module")
def tahun(staf, db):
    """Three innovations of 2019 (two for Dinkes, one for Dishub), four
    quarters due in the past, in 10 days and later, reports in several
    states and scores from two evaluators.  Returns what was done."""
    dinkes, dishub = staf("inov.dinkes"), staf("inov.dishub")
    e1, e2 = staf("inov.eval1"), staf("inov.eval2")
    today = datetime.date.fromisoformat(
        db.sql("SELECT DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR);")[0][0])
    due = {1: datetime.date(2019, 4, 10), 2: today + datetime.timedelta(days=10),
           3: today + datetime.timedelta(days=100), 4: today + datetime.timedelta(days=200)}
    for n, d in due.items():
        buat_periode(e1, TAHUN, "triwulan", n, tenggat=d.isoformat())
    period = {n: periode_id(db, TAHUN, "triwulan", n) for n in due}

    ids = {}
    for key, stage in STAGES.items():
        who = dinkes if OPD_OF[key] == "dinkes" else dishub
        extra = {} if stage == "penerapan" else {"tanggal_penerapan": "", "hasil": ""}
        if stage == "inisiatif":
            extra["tanggal_uji_coba"] = ""
        ids[key] = buat_inovasi(who, nama="Dasbor %s" % key, tahun=TAHUN, tahapan=stage, **extra)
        set_indikator(who, ids[key], STANDARD_SET)
    ind_a = indikator_ids(db, ids["A"])
    ind_b = indikator_ids(db, ids["B"])
    link = "https://serangkab.go.id/bukti/dasbor"

    # status of each (innovation, quarter) this module leaves behind
    state = {(k, n): None for k in STAGES for n in due}
    r = lapor(dinkes, ids["A"], period[1], {ind_a[k]: v for k, v in VALUES_A.items()},
              aksi="ajukan", tautan={i: link for i in ind_a.values()})
    assert r.status_code == 303
    assert verifikasi(e1, ids["A"], period[1]).status_code == 303
    state[("A", 1)] = "diverifikasi"
    assert lapor(dinkes, ids["A"], period[2],
                 {ind_a["Kader terlatih"]: 25}).status_code == 303
    state[("A", 2)] = "draf"
    r = lapor(dinkes, ids["B"], period[1], {ind_b["Kader terlatih"]: 12}, aksi="ajukan",
              tautan={ind_b["Kader terlatih"]: link})
    assert r.status_code == 303
    state[("B", 1)] = "diajukan"
    terbitkan(e1, ids["C"])

    assert kriteria_tahun(e1, TAHUN, [("Kebaruan", 40), ("Manfaat", 60)]).status_code == 303
    scores = {("A", e1): [80, 90], ("C", e1): [50, 60], ("C", e2): [70, 70]}
    for (key, who), s in scores.items():
        assert nilai(who, db, ids[key], TAHUN, s).status_code == 303
    return {"ids": ids, "due": due, "today": today, "state": state, "scores": scores}


def expected_monitoring(t, keys):
    counts = dict(terlambat=0, jatuh_tempo=0, mendatang=0, menunggu_verifikasi=0,
                  diverifikasi=0, diajukan_terlambat=0)
    for (key, n), status in t["state"].items():
        if key not in keys:
            continue
        deadline = t["due"][n]
        if status in ("diajukan", "diverifikasi"):
            counts["menunggu_verifikasi" if status == "diajukan" else "diverifikasi"] += 1
            if t["today"] > deadline:        # submitted today, after the deadline
                counts["diajukan_terlambat"] += 1
        elif deadline < t["today"]:
            counts["terlambat"] += 1
        elif (deadline - t["today"]).days <= 30:
            counts["jatuh_tempo"] += 1
        else:
            counts["mendatang"] += 1
    return counts


def weighted(scores, weights=(40, 60)):
    return sum(s * w for s, w in zip(scores, weights)) / sum(weights)


def test_figures_for_bappeda_match_what_was_created(staf, db, tahun):
    doc = staf("inov.eval2").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    assert doc.tag == "dasbor" and doc.get("tahun") == TAHUN
    assert doc.get("cakupan") == "semua" and doc.get("inovasi") == "3"

    # Innovations per OPD, and the OPDs with none (One Agency, One Innovation).
    per = {o.get("kode"): int(o.get("jumlah")) for o in doc.findall("per-opd/opd")}
    active = {r[0] for r in db.sql("SELECT kode FROM opd WHERE aktif = 1;")}
    assert set(per) == active
    assert per["dinkes"] == 2 and per["dishub"] == 1
    assert all(v == 0 for k, v in per.items() if k not in ("dinkes", "dishub"))
    assert doc.find("per-opd").get("maks") == "2"
    none = {o.get("kode") for o in doc.findall("tanpa-inovasi/opd")}
    assert none == active - {"dinkes", "dishub"}
    assert doc.find("tanpa-inovasi").get("jumlah") == str(len(active) - 2)

    # The stage funnel: how many reached at least each stage.
    funnel = {s.get("kode"): (s.get("jumlah"), s.get("tepat")) for s in doc.findall("tahapan/tahap")}
    assert funnel == {"inisiatif": ("3", "1"), "uji_coba": ("2", "1"),
                      "penerapan": ("1", "1"), "terbit": ("1", "1")}

    # Achievement per dimension: only A has a verified report; 2019 has no
    # dimension weights of its own or before it, so they are equal.
    by_dim = {}
    for d in ("output", "kemanfaatan", "keberlanjutan"):
        rows = [(float(i["bobot"]), persen(float(i["baseline"]), float(i["target"]), i["arah"],
                                           VALUES_A[i["nama"]]))
                for i in STANDARD_SET if i["dimensi"] == d]
        by_dim[d] = sum(w * p for w, p in rows) / sum(w for w, _ in rows)
    by_dim["total"] = sum(by_dim.values()) / 3
    shown = {d.get("kode"): d for d in doc.findall("capaian-dimensi/dimensi")}
    for code, value in by_dim.items():
        assert abs(float(shown[code].get("nilai")) - value) <= 0.0051, code
        assert shown[code].get("dihitung") == "1"

    # Monitoring reports due and late.
    m = doc.find("monitoring")
    assert {k: int(m.get(k)) for k in expected_monitoring(tahun, "ABC")} == \
        expected_monitoring(tahun, "ABC")
    assert m.get("laporan") == "12"
    late = [(b.text, b.get("jenis")) for b in m.findall("butir")]
    assert ("Dasbor C", "terlambat") in late
    assert sorted(n for n, kind in late if kind == "jatuh_tempo") == ["Dasbor A", "Dasbor B",
                                                                     "Dasbor C"]

    # The evaluation ranking.
    ranking = [(i.text, i.get("peringkat"), i.get("rata"), i.get("penilai"))
               for i in doc.findall("peringkat/inovasi")]
    mean_c = (weighted([50, 60]) + weighted([70, 70])) / 2
    assert ranking == [("Dasbor A", "1", "%.2f" % weighted([80, 90]), "1"),
                       ("Dasbor C", "2", "%.2f" % mean_c, "2")]
    assert doc.find("peringkat").get("dinilai") == "2"


def test_officer_sees_only_its_own_opd(staf, tahun):
    doc = staf("inov.dinkes").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    assert doc.get("cakupan") == "opd" and doc.get("inovasi") == "2"
    assert [(o.get("kode"), o.get("jumlah")) for o in doc.findall("per-opd/opd")] == \
        [("dinkes", "2")]
    assert doc.findall("tanpa-inovasi/opd") == []
    funnel = {s.get("kode"): s.get("jumlah") for s in doc.findall("tahapan/tahap")}
    assert funnel == {"inisiatif": "2", "uji_coba": "1", "penerapan": "1", "terbit": "0"}
    m = doc.find("monitoring")
    assert {k: int(m.get(k)) for k in expected_monitoring(tahun, "AB")} == \
        expected_monitoring(tahun, "AB")
    assert all(b.text in ("Dasbor A", "Dasbor B") for b in m.findall("butir"))
    # Its own innovations in the ranking, with their regency-wide rank.
    assert [(i.text, i.get("peringkat")) for i in doc.findall("peringkat/inovasi")] == \
        [("Dasbor A", "1")]
    assert {i.text for i in doc.findall("daftar/inovasi")} == {"Dasbor A", "Dasbor B"}
    # An officer of another OPD sees that OPD only; one without an OPD, nothing.
    other = staf("inov.dishub").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    assert [i.text for i in other.findall("daftar/inovasi")] == ["Dasbor C"]
    assert staf("inov.tanpa.opd").xml("/inovasi/dasbor.xml?tahun=" + TAHUN).get("inovasi") == "0"


def test_leadership_reads_the_same_dashboard(staf, tahun):
    from lxml import etree
    pimpinan = staf("inov.pimpinan").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    evaluator = staf("inov.eval1").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    assert pimpinan.get("cakupan") == "semua"
    for section in ("per-opd", "tanpa-inovasi", "tahapan", "capaian-dimensi", "monitoring",
                    "peringkat", "daftar"):
        assert etree.tostring(pimpinan.find(section)) == etree.tostring(evaluator.find(section))


def test_charts_are_svg_drawn_on_the_server(staf, tahun):
    r = staf("inov.pimpinan").get("/inovasi/dasbor?tahun=" + TAHUN)
    assert r.status_code == 200
    html = r.text
    # per OPD, IID stages, LAN lab stages, achievement, monitoring, ranking
    assert html.count("<svg") == 6
    assert "<rect" in html and 'fill="#0b6e4f"' in html
    # Nothing the Content-Security-Policy would block.
    assert "<script" not in html and not re.search(r"\sstyle=", html)
    csp = r.headers["Content-Security-Policy"]
    assert "style-src 'self'" in csp and "script-src 'self'" in csp
    # The bar of Dinkes (2 innovations) is the full width; Dishub's half
    # (each bar under its label and figure, issue 17).
    bars = dict(re.findall(r'>(Dinkes|Dishub): [0-9]+</text><rect x="0" y="[0-9.]+" '
                           r'width="([0-9.]+)"', html))
    assert bars == {"Dinkes": "320", "Dishub": "160"}
    assert "Dinas Pertanian" in html          # among the OPDs without an innovation
    assert "Dasbor C" in html and "terlambat" in html


def test_dashboard_is_for_innovation_staff_only(staf, server):
    import requests
    r = requests.get(server.url + "/inovasi/dasbor", allow_redirects=False, timeout=10)
    assert r.status_code == 303
    assert staf("inov.ppid").get("/inovasi/dasbor").status_code == 403
    # A year out of range falls back to the current one.
    doc = staf("inov.eval1").xml("/inovasi/dasbor.xml?tahun=1900")
    assert doc.get("tahun") == str(datetime.datetime.now(
        datetime.timezone(datetime.timedelta(hours=7))).year)


def test_every_change_shows_at_once_although_each_process_keeps_the_figures(staf, db, tahun):
    """The dashboard's resource is kept per Apache process (sl_pagecache)
    until innovation data changes: a verification through the module and a
    rename straight in the database both show on the next view, in every
    process."""
    e1 = staf("inov.eval1")

    def views():
        return [staf("inov.eval2").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
                for _ in range(12)]

    before = views()
    assert {d.find("monitoring").get("menunggu_verifikasi") for d in before} == {"1"}
    assert verifikasi(e1, tahun["ids"]["B"], periode_id(db, TAHUN, "triwulan", 1)).status_code == 303
    tahun["state"][("B", 1)] = "diverifikasi"
    after = views()
    expected = expected_monitoring(tahun, "ABC")
    for doc in after:
        m = doc.find("monitoring")
        assert {k: int(m.get(k)) for k in expected} == expected
        # B's verified report now counts in the achievement too.
        assert doc.find("capaian-dimensi/dimensi[@kode='total']").get("dihitung") == "2"

    db.sql("UPDATE inovasi SET nama = 'Dasbor C Baru' WHERE id = %s;" % tahun["ids"]["C"])
    try:
        for doc in views():
            assert "Dasbor C Baru" in {i.text for i in doc.findall("daftar/inovasi")}
    finally:
        db.sql("UPDATE inovasi SET nama = 'Dasbor C' WHERE id = %s;" % tahun["ids"]["C"])
    # The officer's scope is kept apart from the regency-wide figures.
    officer = staf("inov.dishub").xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    assert [i.text for i in officer.findall("daftar/inovasi")] == ["Dasbor C"]


def test_figures_computed_in_one_child_are_read_by_the_others(staf, db, server, tahun):
    """The figures are kept in memory shared by all children (InovasiCache):
    one child computes them and every other reads them.  Shown by a change
    made by hand with its version number put back: no child computes the
    figures again, so none shows the change, on many fresh connections to
    every child; bumping the number brings it in everywhere."""
    server.graceful()           # new children, nothing kept anywhere
    evaluator = staf("inov.eval2")
    url = server.url + "/inovasi/dasbor.xml?tahun=" + TAHUN
    cookie = evaluator.s.cookies["sialip_sesi"]

    def names_seen():
        def one(_):
            r = requests.get(url, headers={"Accept": "application/xml",
                                           "Cookie": "sialip_sesi=" + cookie}, timeout=30)
            assert r.status_code == 200
            return frozenset(i.text for i in etree.fromstring(r.content).findall(
                "daftar/inovasi"))
        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            return set(pool.map(one, range(24)))

    # One view: one child computes the figures.
    assert "Dasbor C" in {i.text for i in evaluator.xml(
        "/inovasi/dasbor.xml?tahun=" + TAHUN).findall("daftar/inovasi")}
    version = db.sql("SELECT versi FROM versi_data WHERE nama = 'inovasi';")[0][0]
    db.sql("UPDATE inovasi SET nama = 'Dasbor C Tersembunyi' WHERE id = %s; "
           "UPDATE versi_data SET versi = %s WHERE nama = 'inovasi';"
           % (tahun["ids"]["C"], version))
    try:
        seen = names_seen()
        assert len(seen) == 1 and "Dasbor C" in next(iter(seen)), seen
    finally:
        db.sql("UPDATE inovasi SET nama = 'Dasbor C' WHERE id = %s;" % tahun["ids"]["C"])
    db.sql("UPDATE inovasi SET nama = 'Dasbor C Baru' WHERE id = %s;" % tahun["ids"]["C"])
    try:
        seen = names_seen()
        assert len(seen) == 1 and "Dasbor C Baru" in next(iter(seen)), seen
    finally:
        db.sql("UPDATE inovasi SET nama = 'Dasbor C' WHERE id = %s;" % tahun["ids"]["C"])


@pytest.fixture(scope="module")
def banyak(db, staf):
    """2015: 60 innovations of Dinkes, each late with the year's only
    report and scored by one evaluator (no other test uses 2015)."""
    dinkes = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]
    evaluator = db.sql("SELECT id FROM pengguna WHERE username = 'inov.eval1';")[0][0]
    db.sql("INSERT INTO inovasi (opd_id, tahun, nama, bentuk, jenis, tahapan, ringkasan) "
           "VALUES %s;" % ", ".join(
               "(%s, 2015, 'Banyak %02d', 'pelayanan_publik', 'digital', 'inisiatif', 'r')"
               % (dinkes, i) for i in range(60)))
    db.sql("INSERT INTO inovasi_periode (tahun, jenis, nomor, mulai, selesai, tenggat) "
           "VALUES (2015, 'semester', 1, '2015-01-01', '2015-06-30', '2015-07-10');")
    db.sql("INSERT INTO inovasi_kriteria (tahun, urutan, nama, bobot) "
           "VALUES (2015, 1, 'Kebaruan', 100);")
    db.sql("INSERT INTO inovasi_penilaian (inovasi_id, kriteria_id, evaluator_id, skor, "
           "catatan, diubah_pada) SELECT i.id, k.id, %s, 40 + CAST(SUBSTRING(i.nama, 8) AS "
           "UNSIGNED), 'uji', UTC_TIMESTAMP() FROM inovasi i JOIN inovasi_kriteria k "
           "ON k.tahun = 2015 WHERE i.tahun = 2015;" % evaluator)


def test_long_lists_are_cut_and_the_innovations_paged(staf, banyak):
    s = staf("inov.eval1")
    doc = s.xml("/inovasi/dasbor.xml?tahun=2015")
    assert doc.get("inovasi") == "60"
    # The 50 most urgent late reports of 60; the top 20 of the ranking.
    m = doc.find("monitoring")
    assert m.get("terlambat") == "60" and m.get("butir_jumlah") == "60"
    assert len(m.findall("butir")) == 50
    r = doc.find("peringkat")
    assert r.get("dinilai") == "60" and r.get("dalam_cakupan") == "60"
    assert [i.text for i in r.findall("inovasi")] == ["Banyak %02d" % n for n in range(59, 39, -1)]
    # 50 innovations a page, the second page has the rest; too far is the last.
    first = [i.text for i in doc.findall("daftar/inovasi")]
    second = s.xml("/inovasi/dasbor.xml?tahun=2015&halaman=2")
    rest = [i.text for i in second.findall("daftar/inovasi")]
    assert len(first) == 50 and len(rest) == 10
    assert sorted(first + rest) == ["Banyak %02d" % n for n in range(60)]
    assert second.find("daftar").get("halaman") == "2"
    assert second.find("daftar").get("halaman_jumlah") == "2"
    assert [i.text for i in s.xml("/inovasi/dasbor.xml?tahun=2015&halaman=99")
            .findall("daftar/inovasi")] == rest
    html = s.get("/inovasi/dasbor?tahun=2015").text
    assert "Halaman 1 dari 2" in html and "?tahun=2015&amp;halaman=2#daftar" in html
    assert "50 laporan paling mendesak dari" in html and "20 teratas dari" in html


def test_a_page_sent_again_is_each_users_own_and_current(staf, db, server, tahun):
    """A user who views the same figures again gets the page kept from the
    last view (sl_pagecache_view): it must be that user's page (name, CSRF
    token, links of the roles) and not another's, and a change must show
    on the next view of every user."""
    url = "/inovasi/dasbor?tahun=" + TAHUN
    users = [staf("inov.pimpinan"), staf("inov.eval1"), staf("inov.eval2")]

    def csrf_of(html):
        return set(re.findall(r'name="csrf" value="([0-9a-f]{32})"', html))

    for _ in range(3):          # several views each, to reach every child
        for u in users:
            r = u.get(url)
            assert r.status_code == 200
            assert csrf_of(r.text) == {u.csrf}, u.username
            names = set(re.findall(r"Keluar \((Uji [a-z0-9.]+)\)", r.text))
            assert names == {"Uji " + u.username}, (u.username, names)

    # A change through the module and one by hand show at once.
    db.sql("UPDATE inovasi SET nama = 'Dasbor C Diubah' WHERE id = %s;" % tahun["ids"]["C"])
    try:
        for _ in range(3):
            for u in users:
                assert "Dasbor C Diubah" in u.get(url).text, u.username
    finally:
        db.sql("UPDATE inovasi SET nama = 'Dasbor C' WHERE id = %s;" % tahun["ids"]["C"])
    for u in users:
        assert "Dasbor C Diubah" not in u.get(url).text
