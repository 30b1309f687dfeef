"""Design indicators with the weight rule, monitoring periods set by
Bappeda, reports with evidence (stored file or link) through draft, submit,
return and verify, due and late reports, and the achievement computed from
the latest verified report.  Years 2020 and 2032-2034."""
import datetime
import hashlib
import json
import os
import re

import pytest

from client import PNG_BYTES
from test_inovasi_bantuan import (STANDARD_SET, buat_inovasi, buat_periode,  # noqa: F401
                                  ind, indikator_ids, lapor, periode_id, set_indikator,
                                  staf, text_of, verifikasi)

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def errors_of(html):
    return dict(re.findall(r'<p class="galat-field" id="galat-([a-z_0-9]+)">([^<]*)</p>', html))


# ---- the rules, independently of the C code -----------------------------

def persen(baseline, target, arah, nilai):
    if arah == "turun":
        gain, span = baseline - nilai, baseline - target
    else:
        gain, span = nilai - baseline, target - baseline
    if span <= 0:
        return 100.0 if gain >= span else 0.0
    return max(0.0, min(100.0, gain / span * 100.0))


def capaian(indicators, values, dim_weights):
    """indicators: STANDARD_SET-like dicts; values: name -> value (absent: no
    value).  Returns (per dimension, total), None where nothing counted."""
    dims = {}
    for d in ("output", "kemanfaatan", "keberlanjutan"):
        rows = [(float(i["bobot"]), persen(float(i["baseline"]), float(i["target"]),
                                           i["arah"], values[i["nama"]]))
                for i in indicators if i["dimensi"] == d and i["nama"] in values]
        dims[d] = (sum(w * p for w, p in rows) / sum(w for w, _ in rows)) if rows else None
    counted = [(dim_weights[d], v) for d, v in dims.items() if v is not None]
    total = (sum(w * v for w, v in counted) / sum(w for w, _ in counted)) if counted else None
    return dims, total


def close(shown, expected):
    return shown is not None and abs(float(shown) - expected) <= 0.0051


def capaian_of(officer, iid):
    doc = officer.xml("/inovasi/admin/inovasi/%s.xml" % iid)
    return doc.find("capaian")


# ---- indicators ----------------------------------------------------------

def test_weight_rule_is_stated_and_checked_per_dimension(staf, db):
    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Indikator Berbobot", tahun="2032")
    form = officer.get("/inovasi/admin/inovasi/%s/indikator" % iid)
    assert form.status_code == 200
    assert "bobot indikator dalam satu dimensi berjumlah 100" in text_of(form.text)

    r = set_indikator(officer, iid, [
        ind("output", "Satu", 0, 10, 60), ind("output", "Dua", 0, 10, 30),
        ind("kemanfaatan", "Tiga", 0, 10, 100), ind("keberlanjutan", "Empat", 0, 10, 0),
    ], expect=422)
    assert errors_of(r.text) == {
        "bobot_output": "Dimensi Output: Jumlah bobot harus 100; sekarang 90.00.",
        "bobot_4": "Bobot harus angka lebih dari 0 sampai 100, paling banyak 2 desimal.",
        "bobot_keberlanjutan": "Dimensi Keberlanjutan memerlukan paling sedikit satu indikator.",
    }
    # The rows come back as typed.
    assert 'value="Dua"' in r.text and 'value="30"' in r.text
    r = set_indikator(officer, iid, [ind("output", "Satu", 0, 10, 100)], expect=422)
    assert set(errors_of(r.text)) == {"bobot_kemanfaatan", "bobot_keberlanjutan"}
    assert db.sql("SELECT COUNT(*) FROM inovasi_indikator WHERE inovasi_id = %s;" % iid) == [["0"]]
    # Thirds to the hundredth are fine.
    set_indikator(officer, iid, [
        ind("output", "A", 0, 10, "33,33"), ind("output", "B", 0, 10, "33.33"),
        ind("output", "C", 0, 10, "33.34"), ind("kemanfaatan", "D", 0, 10, 100),
        ind("keberlanjutan", "E", 0, 10, 100)])
    assert db.sql("SELECT SUM(bobot) FROM inovasi_indikator WHERE inovasi_id = %s "
                  "AND dimensi = 'output';" % iid) == [["100.00"]]


def test_direction_decides_which_side_the_target_is_on(staf):
    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Indikator Berarah", tahun="2032")
    r = set_indikator(officer, iid, [
        ind("output", "Naik salah", 50, 40, 100),
        ind("kemanfaatan", "Turun salah", 10, 12, 100, arah="turun"),
        ind("keberlanjutan", "Bukan angka", "satu", "2,5", 100),
    ], expect=422)
    assert errors_of(r.text) == {
        "target_1": 'Untuk indikator "makin tinggi makin baik", target tidak boleh di bawah '
                    'baseline.',
        "target_2": 'Untuk indikator "makin rendah makin baik", target tidak boleh di atas '
                    'baseline.',
        "baseline_3": "Baseline harus berupa angka, contoh 12 atau 12,5.",
    }
    # Target equal to the baseline: keep the value where it is.
    set_indikator(officer, iid, [
        ind("output", "Pertahankan", 95, 95, 100),
        ind("kemanfaatan", "Turun", 10, 2, 100, arah="turun"),
        ind("keberlanjutan", "Desimal", "0,5", "2,75", 100)])


def test_indicator_set_is_edited_deleted_and_audited(staf, db):
    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Indikator Disunting", tahun="2032")
    set_indikator(officer, iid, STANDARD_SET)
    ids = indikator_ids(db, iid)
    page = officer.get("/inovasi/admin/inovasi/%s/indikator" % iid).text
    assert 'name="id_1" value="%s"' % ids["Posyandu memakai aplikasi"] in page

    rows = [dict(r) for r in STANDARD_SET]
    for r in rows:
        r["id"] = ids[r["nama"]]
    rows[0].update(bobot="100", target="120")
    rows[1]["hapus"] = "1"
    set_indikator(officer, iid, rows)
    assert db.sql("SELECT nama, target, bobot FROM inovasi_indikator WHERE inovasi_id = %s "
                  "ORDER BY id;" % iid) == [
        ["Posyandu memakai aplikasi", "120.0000", "100.00"],
        ["Waktu rekap bulanan", "2.0000", "100.00"],
        ["Puskesmas memakai data", "95.0000", "100.00"]]
    audit = db.sql("SELECT sebelum, sesudah FROM audit WHERE objek = 'indikator' "
                   "AND objek_id = '%s' ORDER BY id;" % iid)
    assert len(audit) == 2
    assert len(json.loads(audit[1][0])) == 4 and len(json.loads(audit[1][1])) == 3
    # Another OPD's officer cannot reach the set.
    assert staf("inov.dishub").get("/inovasi/admin/inovasi/%s/indikator" % iid).status_code == 404
    r = staf("inov.dishub").post("/inovasi/admin/inovasi/%s/indikator" % iid,
                                 {"baris": "0"})
    assert r.status_code == 404


# ---- periods ---------------------------------------------------------------

def test_evaluator_sets_the_periods_and_their_due_dates(staf, db):
    evaluator, officer = staf("inov.eval1"), staf("inov.dinkes")
    buat_periode(evaluator, 2033, "triwulan", "semua", hari=15)
    rows = db.sql("SELECT nomor, mulai, selesai, tenggat FROM inovasi_periode "
                  "WHERE tahun = 2033 ORDER BY nomor;")
    ends = ["2033-03-31", "2033-06-30", "2033-09-30", "2033-12-31"]

    def working_days_after(day, n):
        # 2033 has no holidays loaded: weekends only are skipped
        while n:
            day += datetime.timedelta(days=1)
            n -= day.weekday() < 5
        return day
    expected = [[str(n + 1), "2033-%02d-01" % (3 * n + 1), end,
                 working_days_after(datetime.date.fromisoformat(end), 15).isoformat()]
                for n, end in enumerate(ends)]
    assert rows == expected
    # One period's due date changed.
    buat_periode(evaluator, 2033, "triwulan", 2, tenggat="2033-07-31")
    assert db.sql("SELECT tenggat FROM inovasi_periode WHERE tahun = 2033 AND nomor = 2;") == \
        [["2033-07-31"]]
    # One kind of period per year, and a due date after the period.
    r = buat_periode(evaluator, 2033, "semester", 1, tenggat="2033-07-15", expect=422)
    assert errors_of(r.text) == {"jenis": "Tahun 2033 sudah memakai periode triwulan; satu "
                                          "tahun memakai satu jenis periode."}
    r = buat_periode(evaluator, 2033, "triwulan", 3, tenggat="2033-09-01", expect=422)
    assert errors_of(r.text) == {"tenggat": "Batas laporan tidak boleh sebelum akhir periode "
                                            "(2033-09-30)."}
    r = buat_periode(evaluator, 2033, "triwulan", 5, tenggat="2034-01-01", expect=422)
    assert errors_of(r.text) == {"nomor": "Pilih nomor periode."}
    assert db.sql("SELECT COUNT(*) FROM audit WHERE objek = 'tahun' AND objek_id = '2033' "
                  "AND aksi = 'ubah_periode';") == [["2"]]
    # Officers read the periods; only the evaluator sets them.
    page = officer.get("/inovasi/admin/tahun/2033")
    assert page.status_code == 200 and "Triwulan 4 2033" in page.text
    assert "/periode\"" not in page.text
    assert officer.post("/inovasi/admin/tahun/2033/periode",
                        {"jenis": "triwulan", "nomor": "1", "tenggat": "2033-04-30"}
                        ).status_code == 403
    assert staf("inov.pimpinan").post("/inovasi/admin/tahun/2033/periode",
                                      {"jenis": "triwulan", "nomor": "1",
                                       "tenggat": "2033-04-30"}).status_code == 403


# ---- reports ------------------------------------------------------------------

@pytest.fixture(scope="module")
def laporan_2033(staf, db):
    """An innovation of 2033 with the standard indicators and its first
    quarter (periods from the test above, or made here)."""
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    if not db.sql("SELECT id FROM inovasi_periode WHERE tahun = 2033;"):
        buat_periode(evaluator, 2033, "triwulan", "semua", hari=15)
    iid = buat_inovasi(officer, nama="Laporan Bertahap", tahun="2033")
    set_indikator(officer, iid, STANDARD_SET)
    return iid, indikator_ids(db, iid), periode_id(db, 2033, "triwulan", 1)


def test_report_draft_submit_return_and_verify(staf, db, server, laporan_2033):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    iid, ids, p1 = laporan_2033
    path = "/inovasi/admin/inovasi/%s/laporan/%s" % (iid, p1)
    apl, kader = ids["Posyandu memakai aplikasi"], ids["Kader terlatih"]

    page = officer.get(path)
    assert page.status_code == 200 and 'data-status="belum"' in page.text
    assert 'enctype="multipart/form-data"' in page.text

    # A draft with a file as evidence for one value.
    r = lapor(officer, iid, p1, {apl: 40}, aksi="simpan",
              files={"berkas_%s" % apl: ("foto posyandu.png", PNG_BYTES, "image/png")})
    assert r.status_code == 303 and r.headers["Location"] == path
    lap = db.sql("SELECT id, status, narasi FROM inovasi_laporan WHERE inovasi_id = %s "
                 "AND periode_id = %s;" % (iid, p1))
    assert [x[1:] for x in lap] == [["draf", "Capaian sesuai rencana."]]
    lap_id = lap[0][0]
    stored = db.sql("SELECT b.sha256, b.mime, b.ukuran, b.nama_asli, v.nilai FROM "
                    "inovasi_laporan_nilai v JOIN berkas b ON b.id = v.bukti_berkas_id "
                    "WHERE v.laporan_id = %s AND v.indikator_id = %s;" % (lap_id, apl))
    sha = hashlib.sha256(PNG_BYTES).hexdigest()
    assert stored == [[sha, "image/png", str(len(PNG_BYTES)), "foto posyandu.png", "40.0000"]]
    with open(os.path.join(server.uploads, sha[:2], sha), "rb") as f:
        assert f.read() == PNG_BYTES

    # The evidence is a download for staff in scope, never a page.
    dl = officer.get(path + "/bukti/%s" % apl)
    assert dl.status_code == 200 and dl.content == PNG_BYTES
    assert dl.headers["Content-Type"] == "image/png"
    assert dl.headers["Content-Disposition"].startswith("attachment;")
    assert staf("inov.pimpinan").get(path + "/bukti/%s" % apl).status_code == 200
    assert staf("inov.dishub").get(path + "/bukti/%s" % apl).status_code == 404
    assert officer.get(path + "/bukti/%s" % kader).status_code == 404

    # Submitting needs evidence beside every value, and a narrative.
    r = lapor(officer, iid, p1, {apl: 40, kader: 30}, aksi="ajukan", narasi="")
    assert r.status_code == 422
    assert errors_of(r.text) == {
        "narasi": "Narasi capaian wajib diisi.",
        "nilai_%s" % kader: 'Lampirkan bukti (berkas atau tautan) untuk nilai "Kader terlatih".'}
    assert 'value="30"' in r.text     # kept as typed
    # Only PDF, JPEG or PNG by content; links must be whole http(s) addresses.
    r = lapor(officer, iid, p1, {apl: 40, kader: 30}, aksi="ajukan",
              tautan={kader: "javascript:alert(1)"},
              files={"berkas_%s" % kader: ("daftar.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")})
    assert errors_of(r.text) == {
        "tautan_%s" % kader: "Tautan bukti harus alamat http:// atau https:// yang lengkap.",
        "berkas_%s" % kader: "Berkas bukti harus PDF, JPEG, atau PNG.",
        "nilai_%s" % kader: 'Lampirkan bukti (berkas atau tautan) untuk nilai "Kader terlatih".'}
    assert db.sql("SELECT status FROM inovasi_laporan WHERE id = %s;" % lap_id) == [["draf"]]

    r = lapor(officer, iid, p1, {apl: 40, kader: 30}, aksi="ajukan",
              tautan={kader: "https://serangkab.go.id/dinkes/kader-2033.pdf"})
    assert r.status_code == 303
    assert db.sql("SELECT status, diajukan_pada IS NOT NULL FROM inovasi_laporan WHERE id = %s;"
                  % lap_id) == [["diajukan", "1"]]
    # Once submitted the officer cannot change it.
    r = lapor(officer, iid, p1, {apl: 99}, aksi="simpan")
    assert r.status_code == 409
    assert db.sql("SELECT nilai FROM inovasi_laporan_nilai WHERE laporan_id = %s AND "
                  "indikator_id = %s;" % (lap_id, apl)) == [["40.0000"]]

    # The evaluator returns it with a note (a note is required to return).
    page = evaluator.get(path)
    assert 'id="form-verifikasi"' in page.text
    r = verifikasi(evaluator, iid, p1, "kembalikan")
    assert r.status_code == 422
    assert errors_of(r.text) == {"catatan": "Catatan evaluator wajib diisi."}
    r = verifikasi(evaluator, iid, p1, "kembalikan", "Bukti kader belum ditandatangani.")
    assert r.status_code == 303
    page = officer.get(path).text
    assert 'data-status="dikembalikan"' in page and "Bukti kader belum ditandatangani." in page
    assert "Simpan draf" in page

    # Corrected and submitted again (the stored file stays), then verified.
    r = lapor(officer, iid, p1, {apl: 45, kader: 30}, aksi="ajukan",
              tautan={kader: "https://serangkab.go.id/dinkes/kader-2033-ttd.pdf"})
    assert r.status_code == 303
    r = verifikasi(evaluator, iid, p1, "verifikasi")
    assert r.status_code == 303
    assert db.sql("SELECT l.status, p.username, l.diverifikasi_pada IS NOT NULL FROM "
                  "inovasi_laporan l JOIN pengguna p ON p.id = l.verifikator_id "
                  "WHERE l.id = %s;" % lap_id) == [["diverifikasi", "inov.eval1", "1"]]
    assert db.sql("SELECT bukti_berkas_id IS NOT NULL, nilai FROM inovasi_laporan_nilai "
                  "WHERE laporan_id = %s AND indikator_id = %s;" % (lap_id, apl)) == \
        [["1", "45.0000"]]
    # A verified report is final.
    assert verifikasi(evaluator, iid, p1, "kembalikan", "lagi").status_code == 409
    assert lapor(officer, iid, p1, {apl: 1}).status_code == 409
    trail = db.sql("SELECT aksi, aktor FROM audit WHERE objek = 'laporan' AND objek_id = '%s' "
                   "ORDER BY id;" % lap_id)
    assert trail == [["simpan_laporan", "inov.dinkes"], ["ajukan_laporan", "inov.dinkes"],
                     ["kembalikan_laporan", "inov.eval1"], ["ajukan_laporan", "inov.dinkes"],
                     ["verifikasi_laporan", "inov.eval1"]]
    after = json.loads(db.sql("SELECT sesudah FROM audit WHERE objek = 'laporan' AND "
                              "objek_id = '%s' AND aksi = 'simpan_laporan';" % lap_id)[0][0])
    entry = [v for v in after["nilai"] if v["indikator"] == apl][0]
    assert after["status"] == "draf" and entry["nilai"] == "40" and entry["berkas"]

    # An indicator with reported values can no longer be deleted.
    rows = [dict(r, id=ids[r["nama"]]) for r in STANDARD_SET]
    rows[0]["hapus"] = "1"
    rows[1]["bobot"] = "100"
    r = set_indikator(officer, iid, rows, expect=422)
    assert errors_of(r.text)["nama_1"] == ("Indikator ini sudah memiliki nilai laporan dan "
                                           "tidak dapat dihapus.")


def test_other_opds_and_other_years_cannot_reach_a_report(staf, db, laporan_2033):
    iid, ids, p1 = laporan_2033
    dishub, officer, evaluator = staf("inov.dishub"), staf("inov.dinkes"), staf("inov.eval1")
    path = "/inovasi/admin/inovasi/%s/laporan/%s" % (iid, p1)
    assert dishub.get(path).status_code == 404
    assert lapor(dishub, iid, p1, {ids["Kader terlatih"]: 1}).status_code == 404
    # A period of another year is not this innovation's.
    buat_periode(evaluator, 2032, "semester", 1, tenggat="2032-07-10")
    other = periode_id(db, 2032, "semester", 1)
    assert officer.get("/inovasi/admin/inovasi/%s/laporan/%s" % (iid, other)).status_code == 404
    assert officer.get("/inovasi/admin/inovasi/%s/laporan/abc" % iid).status_code == 404
    # The evaluator cannot fill in the officer's report.
    assert lapor(evaluator, iid, p1, {ids["Kader terlatih"]: 1}).status_code == 403


def test_achievement_comes_from_the_latest_verified_report(staf, db, server):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    r = evaluator.post("/inovasi/admin/tahun/2034/bobot",
                       {"output": "20", "kemanfaatan": "50", "keberlanjutan": "30"})
    assert r.status_code == 303
    buat_periode(evaluator, 2034, "semester", "semua", hari=10)
    s1, s2 = periode_id(db, 2034, "semester", 1), periode_id(db, 2034, "semester", 2)
    iid = buat_inovasi(officer, nama="Capaian Terhitung", tahun="2034")
    set_indikator(officer, iid, STANDARD_SET)
    ids = indikator_ids(db, iid)
    weights = {"output": 20, "kemanfaatan": 50, "keberlanjutan": 30}
    link = {i: "https://serangkab.go.id/bukti/%s" % i for i in ids.values()}

    # Values beyond the target are capped, a lower-is-better indicator moves
    # the other way, and "keep at 95" is met by 96.
    values = {"Posyandu memakai aplikasi": 40, "Kader terlatih": 70,
              "Waktu rekap bulanan": 4, "Puskesmas memakai data": 96}
    r = lapor(officer, iid, s1, {ids[n]: v for n, v in values.items()}, aksi="ajukan",
              tautan=link)
    assert r.status_code == 303
    dims, total = capaian(STANDARD_SET, values, weights)
    assert round(total, 2) == 80.3
    # Not verified yet: no achievement on the profile, a preview on the report.
    assert capaian_of(officer, iid).get("ada") == "0"
    preview = officer.xml("/inovasi/admin/inovasi/%s/laporan/%s" % (iid, s1)).find("capaian")
    assert close(preview.get("nilai"), total)
    assert verifikasi(evaluator, iid, s1).status_code == 303

    cap = capaian_of(officer, iid)
    assert cap.get("ada") == "1" and close(cap.get("nilai"), total)
    # Achievement bands of their own, never the IID words.
    assert cap.get("predikat") == "Sesuai rencana"
    assert cap.get("periode") == "Semester 1 2034"
    assert (cap.get("dihitung"), cap.get("jumlah")) == ("4", "4")
    for d in cap.findall("dimensi"):
        assert close(d.get("nilai"), dims[d.get("kode")]), d.get("kode")
        assert d.get("bobot") == str(weights[d.get("kode")])
    per_ind = {i.findtext("nama"): i.find("persen").get("nilai") for i in cap.findall("indikator")}
    assert per_ind == {"Posyandu memakai aplikasi": "40.00", "Kader terlatih": "100.00",
                       "Waktu rekap bulanan": "75.00", "Puskesmas memakai data": "100.00"}

    # The second semester leaves values out: they are not counted, and the
    # weights of what was reported are renormalised.
    values2 = {"Posyandu memakai aplikasi": 50, "Waktu rekap bulanan": 12}
    r = lapor(officer, iid, s2, {ids[n]: v for n, v in values2.items()}, aksi="ajukan",
              tautan=link)
    assert r.status_code == 303
    assert verifikasi(evaluator, iid, s2).status_code == 303
    dims2, total2 = capaian(STANDARD_SET, values2, weights)
    assert dims2["output"] == 50 and dims2["kemanfaatan"] == 0 and dims2["keberlanjutan"] is None
    cap = capaian_of(officer, iid)
    assert cap.get("periode") == "Semester 2 2034"
    assert close(cap.get("nilai"), total2) and cap.get("nilai") == "14.29"
    assert cap.get("predikat") == "Tertinggal"
    assert (cap.get("dihitung"), cap.get("jumlah")) == ("2", "4")
    keb = [d for d in cap.findall("dimensi") if d.get("kode") == "keberlanjutan"][0]
    assert keb.get("ada") == "0" and keb.get("nilai") is None
    shown = text_of(officer.get("/inovasi/admin/inovasi/%s" % iid).text)
    assert "14,29 %" in shown and "tidak dihitung" in shown


def semester_innovation(staf, db, tahun, nomor, tenggat, nama):
    """A semester period of tahun due on tenggat and an innovation of
    inov.dinkes with the standard indicators; returns (officer, innovation
    id, period id, indicator ids by name)."""
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    buat_periode(evaluator, tahun, "semester", nomor, tenggat=tenggat)
    p = periode_id(db, tahun, "semester", nomor)
    iid = buat_inovasi(officer, nama=nama, tahun=str(tahun))
    set_indikator(officer, iid, STANDARD_SET)
    return officer, iid, p, indikator_ids(db, iid)


def test_late_reports_are_marked(staf, db):
    officer, iid, p, ids = semester_innovation(staf, db, 2020, 1, "2020-07-10",
                                               "Laporan Terlambat")
    path = "/inovasi/admin/inovasi/%s/laporan/%s" % (iid, p)
    assert officer.xml(path).find("periode").get("terlambat") == "1"
    detail = officer.xml("/inovasi/admin/inovasi/%s.xml" % iid)
    row = detail.find("laporan-periode/periode")
    assert (row.get("status"), row.get("terlambat")) == ("belum", "1")
    assert "terlambat" in text_of(officer.get("/inovasi/admin/inovasi/%s" % iid).text)
    apl = ids["Posyandu memakai aplikasi"]
    r = lapor(officer, iid, p, {apl: 10}, aksi="ajukan",
              tautan={apl: "https://serangkab.go.id/bukti"})
    assert r.status_code == 303
    periode = officer.xml(path).find("periode")
    assert periode.get("terlambat") is None and periode.get("diajukan_terlambat") == "1"


def test_simultaneous_first_drafts_make_one_report(staf, db):
    import concurrent.futures
    officer, iid, p, ids = semester_innovation(staf, db, 2032, 2, "2033-01-10",
                                               "Draf Bersamaan")
    apl = ids["Posyandu memakai aplikasi"]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(lambda n: lapor(officer, iid, p, {apl: n}).status_code,
                              range(8)))
    assert codes == [303] * 8
    assert db.sql("SELECT COUNT(*) FROM inovasi_laporan WHERE inovasi_id = %s;" % iid) == [["1"]]
    assert db.sql("SELECT COUNT(*) FROM audit a JOIN inovasi_laporan l ON a.objek_id = "
                  "CAST(l.id AS CHAR) COLLATE utf8mb4_unicode_ci WHERE a.objek = 'laporan' "
                  "AND l.inovasi_id = %s;" % iid) == [["8"]]
