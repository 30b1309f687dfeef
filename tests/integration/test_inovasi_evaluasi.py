"""The year's rules (criteria and their weights, dimension weights, bands)
and the evaluation: several evaluators score each innovation per criterion
with a note on the evidence; the page shows the mean, the spread
(population standard deviation, minimum and maximum) and the rank among
the year's innovations.  Years 2023 and 2035-2037."""
import json
import math
import re

import pytest

from test_inovasi_bantuan import (buat_inovasi, kriteria_tahun, nilai, staf,  # noqa: F401
                                  text_of)

KIPP_2023 = [("Latar belakang dan tujuan", 10), ("Kebaruan", 15), ("Implementasi", 5),
             ("Signifikansi", 30), ("Adaptabilitas", 20), ("Sumber daya", 5),
             ("Strategi keberlanjutan", 15)]
IID_2023 = [["Sangat inovatif", "60.01", "100.00"], ["Inovatif", "35.00", "60.00"],
            ["Kurang inovatif", "0.01", "34.99"], ["Tidak dapat dinilai", "0.00", "0.00"]]


def errors_of(html):
    return dict(re.findall(r'<p class="galat-field" id="galat-([a-z_0-9]+)">([^<]*)</p>', html))


CAPAIAN_2023 = [["Tercapai", "100.00", "100.00"], ["Sesuai rencana", "60.00", "99.99"],
                ["Tertinggal", "0.00", "59.99"]]


def test_kipp_2023_weights_and_iid_2023_bands_are_seeded(staf, db):
    assert db.sql("SELECT nama, bobot FROM inovasi_kriteria WHERE tahun = 2023 "
                  "ORDER BY urutan;") == [[n, "%d.00" % w] for n, w in KIPP_2023]
    assert db.sql("SELECT nama, batas_bawah, batas_atas FROM inovasi_pita WHERE tahun = 2023 "
                  "ORDER BY urutan;") == IID_2023
    # Achievement has bands of its own; the year page edits those.
    assert db.sql("SELECT nama, batas_bawah, batas_atas FROM inovasi_pita_capaian "
                  "WHERE tahun = 2023 ORDER BY urutan;") == CAPAIAN_2023
    doc = staf("inov.pimpinan").xml("/inovasi/admin/tahun/2023")
    assert doc.find("kriteria").get("sendiri") == "1"
    assert [(b.findtext("nama"), b.findtext("bobot")) for b in doc.findall("kriteria/baris")
            if b.findtext("nama")] == [(n, str(w)) for n, w in KIPP_2023]
    # Leadership reads the rules but gets no forms.
    assert doc.get("boleh_ubah") is None
    page = staf("inov.pimpinan").get("/inovasi/admin/tahun/2023").text
    assert "Simpan kriteria" not in page and "Signifikansi" in page


def test_a_year_without_rules_uses_the_latest_earlier_ones(staf):
    doc = staf("inov.eval1").xml("/inovasi/admin/tahun/2036")
    assert doc.find("kriteria").get("sendiri") is None
    assert doc.find("kriteria").get("berlaku") in ("2023", "2035")
    assert doc.find("pita").get("berlaku") == "2023"
    assert doc.find("bobot-dimensi").get("berlaku") in (None, "2034", "2035")
    assert "Belum ditetapkan untuk tahun ini" in text_of(
        staf("inov.eval1").get("/inovasi/admin/tahun/2036").text)


def test_criteria_weights_must_add_up_to_100(staf, db):
    evaluator = staf("inov.eval1")
    r = kriteria_tahun(evaluator, 2035, [("Kebaruan", 50), ("Manfaat", 45)])
    assert r.status_code == 422
    assert errors_of(r.text) == {"kriteria": "Kriteria: Jumlah bobot harus 100; sekarang 95.00."}
    r = kriteria_tahun(evaluator, 2035, [("Kebaruan", 50), ("", 50)])
    assert errors_of(r.text) == {"kriteria_nama_2": "Nama kriteria wajib diisi."}
    assert db.sql("SELECT COUNT(*) FROM inovasi_kriteria WHERE tahun = 2035;") == [["0"]]
    r = kriteria_tahun(evaluator, 2035, KIPP_2023)
    assert r.status_code == 303
    assert db.sql("SELECT nama, bobot FROM inovasi_kriteria WHERE tahun = 2035 ORDER BY "
                  "urutan;") == [[n, "%d.00" % w] for n, w in KIPP_2023]
    audit = db.sql("SELECT aktor, sesudah FROM audit WHERE objek = 'tahun' AND objek_id = "
                   "'2035' AND aksi = 'ubah_kriteria';")
    assert audit[0][0] == "inov.eval1" and len(json.loads(audit[0][1])) == 7
    assert staf("inov.dinkes").post("/inovasi/admin/tahun/2035/kriteria",
                                    {"kriteria_baris": "0"}).status_code == 403


def test_dimension_weights_and_bands_are_checked(staf, db):
    evaluator = staf("inov.eval1")
    r = evaluator.post("/inovasi/admin/tahun/2035/bobot",
                       {"output": "30", "kemanfaatan": "40", "keberlanjutan": "20"})
    assert r.status_code == 422
    assert errors_of(r.text) == {"bobot_dimensi": "Jumlah bobot harus 100; sekarang 90.00."}
    r = evaluator.post("/inovasi/admin/tahun/2035/bobot",
                       {"output": "30", "kemanfaatan": "abc", "keberlanjutan": "30"})
    assert set(errors_of(r.text)) == {"kemanfaatan"}
    r = evaluator.post("/inovasi/admin/tahun/2035/bobot",
                       {"output": "30", "kemanfaatan": "40,5", "keberlanjutan": "29,5"})
    assert r.status_code == 303
    assert db.sql("SELECT output, kemanfaatan, keberlanjutan FROM inovasi_bobot_dimensi "
                  "WHERE tahun = 2035;") == [["30.00", "40.50", "29.50"]]

    def bands(rows):
        data = {"pita_baris": str(len(rows))}
        for k, (nama, lo, hi) in enumerate(rows, start=1):
            data.update({"pita_nama_%d" % k: nama, "pita_bawah_%d" % k: lo,
                         "pita_atas_%d" % k: hi})
        return evaluator.post("/inovasi/admin/tahun/2035/pita", data)
    r = bands([("Tinggi", "50", "100"), ("Rendah", "0", "50")])
    assert r.status_code == 422
    assert errors_of(r.text) == {"pita": 'Predikat "Tinggi" dan "Rendah" tumpang tindih.'}
    r = bands([("Tinggi", "70", "100"), ("Sedang", "40", "69,99"), ("Rendah", "0", "39,99")])
    assert r.status_code == 303
    assert db.sql("SELECT nama, batas_bawah, batas_atas FROM inovasi_pita_capaian "
                  "WHERE tahun = 2035 ORDER BY urutan;") == [["Tinggi", "70.00", "100.00"],
                                          ["Sedang", "40.00", "69.99"],
                                          ["Rendah", "0.00", "39.99"]]
    # The achievement bands of 2023 and the IID bands are left alone.
    assert db.sql("SELECT COUNT(*) FROM inovasi_pita_capaian WHERE tahun = 2023;") == [["3"]]
    assert db.sql("SELECT COUNT(*) FROM inovasi_pita WHERE tahun = 2035;") == [["0"]]
    assert db.sql("SELECT COUNT(*) FROM inovasi_pita WHERE tahun = 2023;") == [["4"]]
    assert db.sql("SELECT aksi FROM audit WHERE objek = 'tahun' AND objek_id = '2035' "
                  "AND aksi IN ('ubah_bobot_dimensi', 'ubah_pita') ORDER BY id;") == \
        [["ubah_bobot_dimensi"], ["ubah_pita"]]


def weighted(scores, weights):
    return sum(s * w for s, w in zip(scores, weights)) / sum(weights)


@pytest.fixture(scope="module")
def kriteria_2037(staf, db):
    if not db.sql("SELECT id FROM inovasi_kriteria WHERE tahun = 2037;"):
        assert kriteria_tahun(staf("inov.eval1"), 2037, KIPP_2023).status_code == 303


def test_several_evaluators_give_a_mean_spread_and_rank(staf, db, kriteria_2037):
    dinkes, dishub = staf("inov.dinkes"), staf("inov.dishub")
    e1, e2, e3 = staf("inov.eval1"), staf("inov.eval2"), staf("inov.eval3")
    a = buat_inovasi(dinkes, nama="Nilai A", tahun="2037")
    b = buat_inovasi(dishub, nama="Nilai B", tahun="2037")
    c = buat_inovasi(dinkes, nama="Nilai C", tahun="2037")
    d = buat_inovasi(dinkes, nama="Nilai D belum dinilai", tahun="2037")
    weights = [w for _, w in KIPP_2023]
    scores = {
        a: {e1: [80, 70, 90, 60, 75, 100, 50], e2: [70, 70, 70, 70, 70, 70, 70],
            e3: [90, 85, 80, 75, 70, 65, 60]},
        b: {e1: [50, 50, 50, 50, 50, 50, 50], e2: [60, 40, 55, 45, 50, 65, 35]},
        # C gets exactly B's mean: they share a rank.
        c: {e3: [50, 50, 50, 50, 50, 50, 50], e1: [60, 40, 55, 45, 50, 65, 35]},
    }
    for iid, by in scores.items():
        for evaluator, s in by.items():
            r = nilai(evaluator, db, iid, 2037, s)
            assert r.status_code == 303, r.text[:2000]
    expected = {}
    for iid, by in scores.items():
        totals = [weighted(s, weights) for s in by.values()]
        mean = sum(totals) / len(totals)
        sd = math.sqrt(sum((t - mean) ** 2 for t in totals) / len(totals))
        expected[iid] = (mean, sd, min(totals), max(totals), len(totals))
    # Ranks among the year's scored innovations, ties share the better one.
    means = sorted((round(v[0], 2) for v in expected.values()), reverse=True)
    rank = {iid: means.index(round(v[0], 2)) + 1 for iid, v in expected.items()}
    assert rank[a] == 1 and rank[b] == rank[c] == 2

    for iid, (mean, sd, lo, hi, n) in expected.items():
        doc = e2.xml("/inovasi/admin/inovasi/%s/nilai" % iid)
        s = doc.find("ringkasan")
        assert abs(float(s.get("rata")) - mean) <= 0.0051, iid
        assert abs(float(s.get("simpangan")) - sd) <= 0.0051, iid
        assert abs(float(s.get("min")) - lo) <= 0.0051 and abs(float(s.get("max")) - hi) <= 0.0051
        assert s.get("penilai") == str(n)
        assert s.get("peringkat") == str(rank[iid]) and s.get("dari") == "3"
        totals = sorted(float(p.get("total")) for p in doc.findall("penilai"))
        assert all(abs(x - y) <= 0.0051 for x, y in zip(
            totals, sorted(weighted(v, weights) for v in scores[iid].values())))
    # An evaluation score is not an IID score: it gets no band word.
    assert e1.xml("/inovasi/admin/inovasi/%s/nilai" % a).find("ringkasan").get(
        "predikat") is None
    assert "inovatif" not in text_of(e1.get("/inovasi/admin/inovasi/%s/nilai" % a).text)
    assert e1.xml("/inovasi/admin/inovasi/%s/nilai" % d).find("ringkasan") is None

    # The evidence note behind every score is on the page; per criterion the
    # mean of the evaluators.
    page = e1.get("/inovasi/admin/inovasi/%s/nilai" % a)
    assert page.text.count("Bukti: dokumen profil dan kunjungan lapangan.") >= 21
    doc = e1.xml("/inovasi/admin/inovasi/%s/nilai" % a)
    sig = [k for k in doc.findall("kriteria-daftar/kriteria") if k.text == "Signifikansi"][0]
    assert sig.get("rata") == "68.33"
    assert sig.get("bobot") == "30"
    # Names of evaluators for Bappeda and leadership; numbers for the OPD.
    assert "Uji inov.eval3" in page.text
    officer_page = dinkes.get("/inovasi/admin/inovasi/%s/nilai" % a).text
    assert "Uji inov.eval3" not in officer_page and "Penilai 3" in officer_page
    assert "Simpan skor" not in officer_page
    # The staff page of the innovation carries the same summary.
    detail = dishub.xml("/inovasi/admin/inovasi/%s.xml" % b).find("penilaian")
    assert dinkes.get("/inovasi/admin/inovasi/%s/nilai" % b).status_code == 404
    assert (detail.get("peringkat"), detail.get("dari"), detail.get("penilai")) == ("2", "3", "2")


def test_scores_are_validated_and_each_evaluator_keeps_one_set(staf, db, kriteria_2037):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval2")
    iid = buat_inovasi(officer, nama="Skor Diperiksa", tahun="2037")
    kids = [r[0] for r in db.sql("SELECT id FROM inovasi_kriteria WHERE tahun = 2037 "
                                 "ORDER BY urutan;")]
    data = {"skor_%s" % k: "50" for k in kids}
    data.update({"catatan_%s" % k: "Bukti cukup." for k in kids})
    data["skor_%s" % kids[0]] = "101"
    data["skor_%s" % kids[1]] = "7,125"
    data["catatan_%s" % kids[2]] = " "
    r = evaluator.post("/inovasi/admin/inovasi/%s/nilai" % iid, data)
    assert r.status_code == 422
    assert errors_of(r.text) == {
        "skor_%s" % kids[0]: 'Skor "Latar belakang dan tujuan" harus angka 0 sampai 100, '
                             'paling banyak 2 desimal.',
        "skor_%s" % kids[1]: 'Skor "Kebaruan" harus angka 0 sampai 100, paling banyak 2 desimal.',
        "catatan_%s" % kids[2]: 'Catatan bukti "Implementasi" wajib diisi.'}
    assert db.sql("SELECT COUNT(*) FROM inovasi_penilaian WHERE inovasi_id = %s;" % iid) == [["0"]]
    assert nilai(evaluator, db, iid, 2037, [60] * 7).status_code == 303
    assert nilai(evaluator, db, iid, 2037, [65.5] * 7, catatan="Dinilai ulang.").status_code == 303
    assert db.sql("SELECT COUNT(*), MIN(skor), MAX(catatan) FROM inovasi_penilaian WHERE "
                  "inovasi_id = %s;" % iid) == [["7", "65.50", "Dinilai ulang."]]
    assert db.sql("SELECT COUNT(*) FROM audit WHERE objek = 'penilaian' AND objek_id = '%s';"
                  % iid) == [["2"]]
    # Officers and leadership do not score.
    assert nilai(officer, db, iid, 2037, [1] * 7).status_code == 403
    assert nilai(staf("inov.pimpinan"), db, iid, 2037, [1] * 7).status_code == 403


def test_scoring_needs_the_years_own_criteria(staf, db):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    iid = buat_inovasi(officer, nama="Tahun Tanpa Kriteria", tahun="2099")
    page = evaluator.get("/inovasi/admin/inovasi/%s/nilai" % iid)
    assert page.status_code == 200
    assert "Kriteria penilaian tahun 2099 belum ditetapkan" in text_of(page.text)
    r = evaluator.post("/inovasi/admin/inovasi/%s/nilai" % iid, {})
    assert r.status_code == 409
