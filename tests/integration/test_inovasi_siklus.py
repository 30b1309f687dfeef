"""One Agency, One Innovation as a per-year setting (forms, lowest stage);
monitoring that continues after the registration year while the innovation
runs; LAN Laboratorium Inovasi stages with their dates beside the IID
stages on the dashboard.  Years 2045-2046."""
import re

import pytest

from test_inovasi_bantuan import (STANDARD_SET, buat_inovasi, buat_periode,  # noqa: F401
                                  periode_id, set_indikator, staf, text_of)

TAHUN = "2045"


def errors_of(html):
    return dict(re.findall(r'<p class="galat-field" id="galat-([a-z_0-9]+)">([^<]*)</p>', html))


@pytest.fixture(scope="module")
def inovasi_2045(staf):
    dinkes, dishub = staf("inov.dinkes"), staf("inov.dishub")
    a = buat_inovasi(dinkes, nama="Layanan Publik Diterapkan", tahun=TAHUN,
                     bentuk="pelayanan_publik", tahapan="penerapan")
    b = buat_inovasi(dishub, nama="Tata Kelola Awal", tahun=TAHUN,
                     bentuk="tata_kelola", tahapan="inisiatif")
    return a, b


def per_opd(session):
    doc = session.xml("/inovasi/dasbor.xml?tahun=" + TAHUN)
    return ({o.get("kode"): (o.get("jumlah"), o.get("semua")) for o in doc.findall("per-opd/opd")},
            {o.get("kode") for o in doc.findall("tanpa-inovasi/opd")}, doc)


def test_which_innovations_count_is_a_setting_of_the_year(staf, db, inovasi_2045):
    evaluator = staf("inov.eval1")
    counts, without, _ = per_opd(evaluator)
    # No setting yet: every innovation counts.
    assert counts["dinkes"] == ("1", "1") and counts["dishub"] == ("1", "1")
    assert "dishub" not in without
    page = evaluator.xml("/inovasi/admin/tahun/" + TAHUN)
    assert page.find("oaoi").get("berlaku") is None

    r = evaluator.post("/inovasi/admin/tahun/%s/oaoi" % TAHUN, {"tahapan_min": "uji_coba"})
    assert r.status_code == 422
    assert errors_of(r.text) == {"oaoi_bentuk": "Pilih paling sedikit satu bentuk inovasi "
                                                "yang dihitung."}
    r = evaluator.post("/inovasi/admin/tahun/%s/oaoi" % TAHUN,
                       {"bentuk_pelayanan_publik": "1", "tahapan_min": "uji_coba"})
    assert r.status_code == 303
    assert db.sql("SELECT bentuk, tahapan_min FROM inovasi_oaoi WHERE tahun = %s;" % TAHUN) \
        == [["pelayanan_publik", "uji_coba"]]
    counts, without, _ = per_opd(evaluator)
    assert counts["dinkes"] == ("1", "1")
    assert counts["dishub"] == ("0", "1") and "dishub" in without
    # The next year inherits it; leadership may not change it.
    assert staf("inov.pimpinan").xml("/inovasi/admin/tahun/2046").find("oaoi").get(
        "berlaku") == TAHUN
    assert staf("inov.pimpinan").post("/inovasi/admin/tahun/%s/oaoi" % TAHUN,
                                      {"bentuk_lainnya": "1", "tahapan_min": "inisiatif"}
                                      ).status_code == 403
    assert db.sql("SELECT aksi FROM audit WHERE objek = 'tahun' AND objek_id = '%s' "
                  "AND aksi = 'ubah_oaoi';" % TAHUN) == [["ubah_oaoi"]]


def test_monitoring_continues_while_the_innovation_runs(staf, db, inovasi_2045):
    evaluator, dishub = staf("inov.eval1"), staf("inov.dishub")
    b = inovasi_2045[1]
    set_indikator(dishub, b, STANDARD_SET)
    for year in (TAHUN, "2046"):
        if not db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s;" % year):
            buat_periode(evaluator, year, "triwulan", "semua", hari=15)
    q1, q2 = (periode_id(db, "2046", "triwulan", n) for n in (1, 2))

    listed = {p.get("id") for p in dishub.xml("/inovasi/admin/inovasi/%s.xml" % b)
              .findall("laporan-periode/periode")}
    assert {q1, q2} <= listed and periode_id(db, TAHUN, "triwulan", 4) in listed
    assert dishub.get("/inovasi/admin/inovasi/%s/laporan/%s" % (b, q2)).status_code == 200
    before = int(dishub.xml("/inovasi/dasbor.xml?tahun=2046").find("monitoring").get("laporan"))

    # It stopped on 31 March 2046: no reports after that.
    r = dishub.post("/inovasi/admin/inovasi/%s/siklus" % b, {"berakhir": "31-03-2046"})
    assert r.status_code == 422 and "berakhir" in errors_of(r.text)
    r = dishub.post("/inovasi/admin/inovasi/%s/siklus" % b, {"berakhir": "2046-03-31"})
    assert r.status_code == 303
    assert db.sql("SELECT berakhir FROM inovasi WHERE id = %s;" % b) == [["2046-03-31"]]
    listed = {p.get("id") for p in dishub.xml("/inovasi/admin/inovasi/%s.xml" % b)
              .findall("laporan-periode/periode")}
    assert q1 in listed and q2 not in listed
    assert dishub.get("/inovasi/admin/inovasi/%s/laporan/%s" % (b, q1)).status_code == 200
    assert dishub.get("/inovasi/admin/inovasi/%s/laporan/%s" % (b, q2)).status_code == 404
    after = int(dishub.xml("/inovasi/dasbor.xml?tahun=2046").find("monitoring").get("laporan"))
    assert after == before - 3
    # Another OPD's officer cannot set it.
    assert staf("inov.dinkes").post("/inovasi/admin/inovasi/%s/siklus" % b,
                                    {"berakhir": ""}).status_code == 404


def test_lab_stages_with_dates_beside_the_iid_stages(staf, db, inovasi_2045):
    a = inovasi_2045[0]
    dinkes = staf("inov.dinkes")
    r = dinkes.post("/inovasi/admin/inovasi/%s/siklus" % a,
                    {"lab_drum_up": "2045-02-01", "lab_diagnose": "2045-01-10"})
    assert r.status_code == 422
    assert errors_of(r.text) == {"lab_diagnose": "Tahap Diagnose tidak boleh lebih awal dari "
                                                 "tahap sebelumnya."}
    assert 'value="2045-01-10"' in r.text  # the form is kept
    r = dinkes.post("/inovasi/admin/inovasi/%s/siklus" % a,
                    {"lab_drum_up": "2045-01-05", "lab_diagnose": "2045-02-01",
                     "lab_design": "2045-03-01"})
    assert r.status_code == 303
    assert db.sql("SELECT tahap, tanggal FROM inovasi_lab WHERE inovasi_id = %s ORDER BY "
                  "tahap;" % a) == [["drum_up", "2045-01-05"], ["diagnose", "2045-02-01"],
                                    ["design", "2045-03-01"]]
    page = dinkes.xml("/inovasi/admin/inovasi/%s/siklus" % a)
    assert [(t.get("kode"), t.get("tanggal")) for t in page.findall("tahap")][:3] == \
        [("drum_up", "2045-01-05"), ("diagnose", "2045-02-01"), ("design", "2045-03-01")]

    _, _, doc = per_opd(staf("inov.pimpinan"))
    lab = {t.get("kode"): t.get("jumlah") for t in doc.findall("tahapan-lab/tahap")}
    assert lab == {"drum_up": "1", "diagnose": "1", "design": "1", "deliver": "0",
                   "display": "0"}
    assert [t.get("kode") for t in doc.findall("tahapan/tahap")][:3] == \
        ["inisiatif", "uji_coba", "penerapan"]
    html = staf("inov.pimpinan").get("/inovasi/dasbor?tahun=" + TAHUN).text
    assert 'id="corong-lab"' in html and "Drum-up: 1" in text_of(html)
