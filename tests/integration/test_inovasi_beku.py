"""Verified figures cannot change: after a period's report is verified, a
change of an indicator's design is a new version from the next period on
(the verified period keeps the design it was measured against), the year
of an innovation with reports is fixed, and a published profile its OPD
edits leaves the showcase until Bappeda publishes it again.  Year 2041."""
import subprocess

import pytest

from test_inovasi_bantuan import (STANDARD_SET, buat_inovasi, buat_periode,  # noqa: F401
                                  indikator_ids, lapor, periode_id, profil, set_indikator,
                                  staf, terbitkan, text_of, verifikasi)

TAHUN = "2041"


@pytest.fixture(scope="module")
def terverifikasi(staf, db):
    """An innovation of 2041 whose first quarter is verified."""
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    if not db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s;" % TAHUN):
        buat_periode(evaluator, TAHUN, "triwulan", "semua", hari=15)
    iid = buat_inovasi(officer, nama="Rancangan Beku", tahun=TAHUN)
    set_indikator(officer, iid, STANDARD_SET)
    ids = indikator_ids(db, iid)
    q1 = periode_id(db, TAHUN, "triwulan", 1)
    values = {"Posyandu memakai aplikasi": 40, "Kader terlatih": 30,
              "Waktu rekap bulanan": 6, "Puskesmas memakai data": 96}
    link = {i: "https://serangkab.go.id/bukti/%s" % i for i in ids.values()}
    r = lapor(officer, iid, q1, {ids[n]: v for n, v in values.items()}, aksi="ajukan",
              tautan=link)
    assert r.status_code == 303, r.text[:2000]
    assert verifikasi(evaluator, iid, q1).status_code == 303
    return iid, ids, q1


def capaian(session, iid):
    return session.xml("/inovasi/admin/inovasi/%s.xml" % iid).find("capaian")


def test_a_design_change_after_verification_is_a_new_version(staf, db, terverifikasi):
    iid, ids, q1 = terverifikasi
    officer = staf("inov.dinkes")
    before = capaian(officer, iid)
    assert before.get("ada") == "1"
    kader_lama = ids["Kader terlatih"]

    # Target of "Kader terlatih" 50 -> 30; the name of another changes only.
    rows = [dict(r, id=ids[r["nama"]]) for r in STANDARD_SET]
    rows[1]["target"] = "30"
    rows[0]["nama"] = "Posyandu memakai aplikasi SIMPUS"
    set_indikator(officer, iid, rows)

    versions = db.sql("SELECT id, target, berlaku_mulai, berlaku_sampai, versi_dari FROM "
                      "inovasi_indikator WHERE inovasi_id = %s AND nama = 'Kader terlatih' "
                      "ORDER BY id;" % iid)
    assert len(versions) == 2
    old, new = versions
    assert old == [kader_lama, "50.0000", "NULL", "%s-03-31" % TAHUN, "NULL"]
    assert new[1:] == ["30.0000", "%s-04-01" % TAHUN, "NULL", kader_lama]
    # A change of name only is made in place.
    assert db.sql("SELECT COUNT(*), MAX(berlaku_sampai) FROM inovasi_indikator WHERE "
                  "inovasi_id = %s AND nama LIKE 'Posyandu%%';" % iid) == [["1", "NULL"]]

    # The verified figure is unchanged: Q1 keeps its design (30 of 10..50 is
    # 50%, not 100% as on the new target).
    after = capaian(officer, iid)
    assert after.get("nilai") == before.get("nilai")
    per = {i.findtext("nama"): i.find("persen").get("nilai") for i in after.findall("indikator")}
    assert per["Kader terlatih"] == "50.00"
    q1_page = officer.xml("/inovasi/admin/inovasi/%s/laporan/%s" % (iid, q1))
    assert kader_lama in {i.get("id") for i in q1_page.iter("indikator")}
    assert new[0] not in {i.get("id") for i in q1_page.iter("indikator")}
    # The next period reports on the new version.
    q2 = periode_id(db, TAHUN, "triwulan", 2)
    q2_page = officer.xml("/inovasi/admin/inovasi/%s/laporan/%s" % (iid, q2))
    q2_ids = {i.get("id") for i in q2_page.iter("indikator")}
    assert new[0] in q2_ids and kader_lama not in q2_ids
    # The design form edits the current version; the weight rule still holds.
    form = officer.xml("/inovasi/admin/inovasi/%s/indikator" % iid)
    shown = {b.get("id") for b in form.iter("baris") if b.get("id")}
    assert new[0] in shown and kader_lama not in shown
    assert db.sql("SELECT aksi FROM audit WHERE objek = 'indikator' AND objek_id = '%s' "
                  "ORDER BY id DESC LIMIT 1;" % iid) == [["versi_indikator"]]


def test_the_database_refuses_to_rewrite_a_verified_design(db, terverifikasi):
    iid, ids, q1 = terverifikasi
    row = ids["Waktu rekap bulanan"]
    with pytest.raises(subprocess.CalledProcessError) as err:
        db.sql("UPDATE inovasi_indikator SET target = 1 WHERE id = %s;" % row)
    assert "dibekukan" in err.value.stderr
    assert db.sql("SELECT target FROM inovasi_indikator WHERE id = %s;" % row) == [["2.0000"]]
    with pytest.raises(subprocess.CalledProcessError):
        db.sql("UPDATE inovasi SET tahun = 2042 WHERE id = %s;" % iid)


def test_the_year_of_an_innovation_with_reports_is_fixed(staf, db, terverifikasi):
    iid = terverifikasi[0]
    officer = staf("inov.dinkes")
    r = officer.post("/inovasi/admin/inovasi/%s" % iid,
                     profil(nama="Rancangan Beku", tahun="2042"))
    assert r.status_code == 422
    assert "Tahun tidak dapat diubah" in text_of(r.text)
    assert db.sql("SELECT tahun FROM inovasi WHERE id = %s;" % iid) == [[TAHUN]]
    # Without reports or scores the year may still be corrected.
    fresh = buat_inovasi(officer, nama="Belum Berlaporan", tahun=TAHUN)
    r = officer.post("/inovasi/admin/inovasi/%s" % fresh,
                     profil(nama="Belum Berlaporan", tahun="2042"))
    assert r.status_code == 303
    assert db.sql("SELECT tahun FROM inovasi WHERE id = %s;" % fresh) == [["2042"]]


def test_a_published_profile_edited_by_its_opd_goes_back_for_approval(staf, db,
                                                                      terverifikasi):
    iid = terverifikasi[0]
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    terbitkan(evaluator, iid)
    assert db.sql("SELECT terbit FROM inovasi WHERE id = %s;" % iid) == [["1"]]
    r = officer.post("/inovasi/admin/inovasi/%s" % iid,
                     profil(nama="Rancangan Beku (revisi)", tahun=TAHUN))
    assert r.status_code == 303
    assert db.sql("SELECT terbit, nama FROM inovasi WHERE id = %s;" % iid) == \
        [["0", "Rancangan Beku (revisi)"]]
    assert db.sql("SELECT aksi FROM audit WHERE objek = 'inovasi' AND objek_id = '%s' "
                  "ORDER BY id DESC LIMIT 2;" % iid) == [["ubah"], ["tarik"]]
    import requests
    assert requests.get(officer.server.url + "/inovasi/%s" % iid,
                        timeout=30).status_code == 404
    terbitkan(evaluator, iid)
    assert db.sql("SELECT terbit FROM inovasi WHERE id = %s;" % iid) == [["1"]]
