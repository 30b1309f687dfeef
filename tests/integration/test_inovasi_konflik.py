"""Conflicts of interest: nobody verifies or scores an innovation of their
own OPD (also one account holding the officer and evaluator roles), and
evaluators stay anonymous to OPDs in the history and the staff XML.
Year 2043."""
import subprocess

import pytest

import harness
from test_inovasi_bantuan import (PASSWORD, STANDARD_SET, buat_inovasi,  # noqa: F401
                                  buat_periode, indikator_ids, kriteria_tahun, lapor, nilai,
                                  periode_id, set_indikator, staf, text_of, verifikasi)

TAHUN = "2043"
KRITERIA = [("Kebaruan", 40), ("Manfaat", 60)]


@pytest.fixture(scope="module")
def ganda(staf, db):
    """An account of Dinkes holding both the officer and the evaluator role,
    with a submitted report of its own OPD's innovation."""
    if not db.sql("SELECT id FROM pengguna WHERE username = 'inov.ganda';"):
        harness.add_user(db, "inov.ganda", PASSWORD, "Uji Ganda", ["opd_inovasi", "evaluator"],
                         opd_kode="dinkes", cost=4)
    evaluator = staf("inov.eval1")
    if not db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s;" % TAHUN):
        buat_periode(evaluator, TAHUN, "semester", "semua", hari=15)
    if not db.sql("SELECT id FROM inovasi_kriteria WHERE tahun = %s;" % TAHUN):
        assert kriteria_tahun(evaluator, TAHUN, KRITERIA).status_code == 303
    me = staf("inov.ganda")
    iid = buat_inovasi(me, nama="Konflik Kepentingan", tahun=TAHUN)
    set_indikator(me, iid, STANDARD_SET)
    ids = indikator_ids(db, iid)
    s1 = periode_id(db, TAHUN, "semester", 1)
    r = lapor(me, iid, s1, {i: 5 for i in ids.values()}, aksi="ajukan",
              tautan={i: "https://serangkab.go.id/bukti/%s" % i for i in ids.values()})
    assert r.status_code == 303, r.text[:2000]
    return me, iid, s1


def test_nobody_verifies_or_scores_their_own_opd(staf, db, ganda):
    me, iid, s1 = ganda
    r = verifikasi(me, iid, s1)
    assert r.status_code == 409
    assert "OPD Anda sendiri" in text_of(r.text)
    assert db.sql("SELECT status FROM inovasi_laporan WHERE inovasi_id = %s;" % iid) == \
        [["diajukan"]]
    r = nilai(me, db, iid, TAHUN, [80, 70])
    assert r.status_code == 409
    assert db.sql("SELECT COUNT(*) FROM inovasi_penilaian WHERE inovasi_id = %s;" % iid) == \
        [["0"]]
    # The score form is not offered either.
    assert "Simpan skor" not in me.get("/inovasi/admin/inovasi/%s/nilai" % iid).text
    # Whoever writes, the database refuses.
    uid = db.sql("SELECT id FROM pengguna WHERE username = 'inov.ganda';")[0][0]
    kid = db.sql("SELECT id FROM inovasi_kriteria WHERE tahun = %s LIMIT 1;" % TAHUN)[0][0]
    with pytest.raises(subprocess.CalledProcessError) as err:
        db.sql("INSERT INTO inovasi_penilaian (inovasi_id, kriteria_id, evaluator_id, skor, "
               "catatan, diubah_pada) VALUES (%s, %s, %s, 90, 'x', UTC_TIMESTAMP());"
               % (iid, kid, uid))
    assert "OPD-nya sendiri" in err.value.stderr
    with pytest.raises(subprocess.CalledProcessError):
        db.sql("UPDATE inovasi_laporan SET status = 'diverifikasi', verifikator_id = %s "
               "WHERE inovasi_id = %s;" % (uid, iid))
    # An evaluator of another OPD verifies and scores it.
    assert verifikasi(staf("inov.eval1"), iid, s1).status_code == 303
    assert nilai(staf("inov.eval2"), db, iid, TAHUN, [80, 70]).status_code == 303


def test_evaluators_stay_anonymous_to_the_opd(staf, db, ganda):
    me, iid, s1 = ganda
    officer = staf("inov.dinkes")
    if db.sql("SELECT status FROM inovasi_laporan WHERE inovasi_id = %s;" % iid) != \
            [["diverifikasi"]]:
        assert verifikasi(staf("inov.eval1"), iid, s1).status_code == 303
    if db.sql("SELECT COUNT(*) FROM inovasi_penilaian WHERE inovasi_id = %s;" % iid) == [["0"]]:
        assert nilai(staf("inov.eval2"), db, iid, TAHUN, [80, 70]).status_code == 303

    doc = officer.xml("/inovasi/admin/inovasi/%s.xml" % iid)
    events = doc.findall("riwayat/peristiwa")
    by_eval = [e for e in events if e.get("objek") == "penilaian"
               or e.get("aksi") in ("verifikasi_laporan", "kembalikan_laporan")]
    assert {e.get("aksi") for e in by_eval} >= {"nilai", "verifikasi_laporan"}
    assert all(e.get("aktor") == "Evaluator Bappeda" for e in by_eval)
    assert all(not (e.text or "").strip() for e in events if e.get("objek") == "penilaian")
    raw = officer.get("/inovasi/admin/inovasi/%s.xml" % iid,
                      headers={"Accept": "application/xml"}).text
    assert "inov.eval" not in raw and "skor" not in raw
    assert doc.find("penilaian").get("rata") == "74.00"
    page = officer.xml("/inovasi/admin/inovasi/%s/laporan/%s" % (iid, s1))
    assert page.find("verifikator") is None
    # Bappeda and leadership see who did what.
    for who in ("inov.eval3", "inov.pimpinan"):
        seen = staf(who).xml("/inovasi/admin/inovasi/%s.xml" % iid)
        actors = {e.get("aktor") for e in seen.findall("riwayat/peristiwa")}
        assert {"inov.eval1", "inov.eval2"} <= actors
    assert staf("inov.eval3").xml("/inovasi/admin/inovasi/%s/laporan/%s" % (iid, s1)) \
        .findtext("verifikator") == "inov.eval1"
