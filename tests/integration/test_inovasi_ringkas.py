"""Each innovation's year figures are kept in inovasi_ringkas
(126_inovasi_ringkas.sql, mod_inovasi/ringkas.c) so the first dashboard
view after a change does not compute the whole year.  These tests show the
kept figures are never stale: right after a verification, a score, a design
change and changes made by hand, the dashboard shows the new figures.
Year 2089 is used by no other test."""
import pytest

from test_inovasi_bantuan import (STANDARD_SET, persen, buat_inovasi, buat_periode,  # noqa: F401
                                  indikator_ids, kriteria_tahun, lapor, nilai, periode_id,
                                  set_indikator, staf, verifikasi)

TAHUN = "2089"
VALUES = {"Posyandu memakai aplikasi": 30, "Kader terlatih": 20,
          "Waktu rekap bulanan": 6, "Puskesmas memakai data": 90}


def per_dimensi(rows, values):
    """Achievement per dimension of a design (rows as STANDARD_SET)."""
    by_dim = {}
    for d in ("output", "kemanfaatan", "keberlanjutan"):
        rs = [(float(i["bobot"]), persen(float(i["baseline"]), float(i["target"]), i["arah"],
                                         values[i["nama"]]))
              for i in rows if i["dimensi"] == d]
        by_dim[d] = sum(w * p for w, p in rs) / sum(w for w, _ in rs)
    return by_dim


def weighted_total(db, by_dim):
    w = weights_2089(db)
    return sum(by_dim[d] * w[d] for d in by_dim) / sum(w.values())


def weights_2089(db):
    """The dimension weights 2089 falls back to (the latest year up to it
    with its own, set by other tests), else equal; read when needed."""
    rows = db.sql("SELECT output, kemanfaatan, keberlanjutan FROM inovasi_bobot_dimensi "
                  "WHERE tahun <= %s ORDER BY tahun DESC LIMIT 1;" % TAHUN)
    if not rows:
        return {"output": 1.0, "kemanfaatan": 1.0, "keberlanjutan": 1.0}
    o, k, b = (float(x) for x in rows[0])
    return {"output": o, "kemanfaatan": k, "keberlanjutan": b}


def dasbor(evaluator):
    return evaluator.xml("/inovasi/dasbor.xml?tahun=" + TAHUN)


def mine(doc, id_):
    return doc.find("daftar/inovasi[@id='%s']" % id_)


@pytest.fixture(scope="module")
def satu(staf, db):
    officer, evaluator = staf("inov.dinkes"), staf("inov.eval1")
    for n, tenggat in ((1, "2089-04-10"), (2, "2089-07-10")):
        buat_periode(evaluator, TAHUN, "triwulan", n, tenggat=tenggat)
    id_ = buat_inovasi(officer, nama="Ringkas A", tahun=TAHUN, tahapan="penerapan")
    set_indikator(officer, id_, STANDARD_SET)
    return {"id": id_, "officer": officer, "evaluator": evaluator,
            "p1": periode_id(db, TAHUN, "triwulan", 1),
            "p2": periode_id(db, TAHUN, "triwulan", 2)}


def test_figures_follow_verification_score_design_and_hand_changes(staf, db, satu):
    officer, evaluator, id_ = satu["officer"], satu["evaluator"], satu["id"]

    # Viewed before any verified report: no achievement (and the kept row
    # says so).
    doc = dasbor(evaluator)
    assert mine(doc, id_) is not None and mine(doc, id_).get("capaian") is None
    assert db.sql("SELECT COUNT(*) FROM inovasi_ringkas WHERE inovasi_id = %s;" % id_)[0][0] == "1"

    # A verification: the next view shows the report's achievement.
    ids = indikator_ids(db, id_)
    assert lapor(officer, id_, satu["p1"], {ids[n]: v for n, v in VALUES.items()},
                 aksi="ajukan",
                 tautan={ids[n]: "https://serangkab.go.id/r" for n in VALUES}).status_code == 303
    assert mine(dasbor(evaluator), id_).get("capaian") is None     # submitted only
    assert verifikasi(evaluator, id_, satu["p1"]).status_code == 303
    first = weighted_total(db, per_dimensi(STANDARD_SET, VALUES))
    doc = dasbor(evaluator)
    assert abs(float(mine(doc, id_).get("capaian")) - first) <= 0.0051
    assert abs(float(doc.find("capaian-dimensi/dimensi[@kode='total']").get("nilai"))
               - first) <= 0.0051

    # A score: the ranking shows it on the next view.
    assert kriteria_tahun(evaluator, TAHUN, [("Kebaruan", 50), ("Manfaat", 50)]).status_code == 303
    assert nilai(evaluator, db, id_, TAHUN, [70, 90]).status_code == 303
    ranked = dasbor(evaluator).find("peringkat/inovasi[@id='%s']" % id_)
    assert ranked is not None and ranked.get("rata") == "80.00" and ranked.get("penilai") == "1"

    # A design change after the verified period: a new version from the
    # next period on.  The verified figures stay ...
    changed = [dict(r) for r in STANDARD_SET]
    for r in changed:
        r["id"] = ids[r["nama"]]
        if r["nama"] == "Kader terlatih":
            r["target"] = "30"
    set_indikator(officer, id_, changed)
    assert abs(float(mine(dasbor(evaluator), id_).get("capaian")) - first) <= 0.0051
    # ... and the next verified report is measured against the new design.
    current = {n: i for i, n in db.sql(
        "SELECT id, nama FROM inovasi_indikator WHERE inovasi_id = %s "
        "AND berlaku_sampai IS NULL;" % id_)}
    assert set(current) == set(VALUES)
    assert lapor(officer, id_, satu["p2"], {current[n]: v for n, v in VALUES.items()},
                 aksi="ajukan",
                 tautan={current[n]: "https://serangkab.go.id/r" for n in VALUES}).status_code == 303
    assert verifikasi(evaluator, id_, satu["p2"]).status_code == 303
    second = weighted_total(db, per_dimensi(changed, VALUES))
    assert abs(second - first) > 1
    assert abs(float(mine(dasbor(evaluator), id_).get("capaian")) - second) <= 0.0051

    # A value changed by hand in the database (no module code ran): the
    # triggers put the kept row out of date in the same statement.
    kader = current["Kader terlatih"]
    db.sql("UPDATE inovasi_laporan_nilai v JOIN inovasi_laporan l ON l.id = v.laporan_id "
           "SET v.nilai = 30 WHERE l.inovasi_id = %s AND l.periode_id = %s "
           "AND v.indikator_id = %s;" % (id_, satu["p2"], kader))
    third = weighted_total(db, per_dimensi(changed, dict(VALUES, **{"Kader terlatih": 30})))
    assert abs(third - second) > 1
    assert abs(float(mine(dasbor(evaluator), id_).get("capaian")) - third) <= 0.0051

    # A rule of the year changed by hand (the criteria's weights): every
    # innovation's scores of the year are computed again.
    db.sql("UPDATE inovasi_kriteria SET bobot = 75 WHERE tahun = %s AND urutan = 1;" % TAHUN)
    db.sql("UPDATE inovasi_kriteria SET bobot = 25 WHERE tahun = %s AND urutan = 2;" % TAHUN)
    ranked = dasbor(evaluator).find("peringkat/inovasi[@id='%s']" % id_)
    assert ranked.get("rata") == "75.00"


def test_kept_rows_match_a_computation_from_scratch(staf, db, satu):
    """Emptying the kept rows changes nothing on the page: the figures read
    from them are the ones computed from the data."""
    evaluator = satu["evaluator"]
    before = dasbor(evaluator)
    db.sql("DELETE FROM inovasi_ringkas WHERE inovasi_id = %s; "
           "UPDATE versi_data SET versi = versi + 1 WHERE nama = 'inovasi';" % satu["id"])
    after = dasbor(evaluator)
    for path in ("capaian-dimensi", "peringkat", "daftar"):
        a, b = before.find(path), after.find(path)
        assert (a is None) == (b is None)
        if a is not None:
            assert [(e.tag, sorted(e.attrib.items())) for e in a.iter()] == \
                [(e.tag, sorted(e.attrib.items())) for e in b.iter()]
