"""Role by route: every mod_inovasi route for the anonymous, the Dinkes
officer who owns the innovation, the Dishub officer who does not (URL
guessing gets 404), the evaluator, leadership (every POST refused) and a
PPID officer without an innovation role.  POSTs that pass authorisation
carry an incomplete form, so they answer 4xx without changing anything."""
import pytest
import requests

from test_inovasi_bantuan import (STANDARD_SET, buat_inovasi, buat_periode,  # noqa: F401
                                  indikator_ids, kriteria_tahun, lapor, periode_id,
                                  set_indikator, staf)

TAHUN = "2039"
ROLES = ["anon", "inov.dinkes", "inov.dishub", "inov.eval1", "inov.pimpinan", "inov.ppid"]


@pytest.fixture(scope="module")
def target(staf, db):
    dinkes, e1 = staf("inov.dinkes"), staf("inov.eval1")
    buat_periode(e1, TAHUN, "semester", "semua", hari=20)
    p1, p2 = periode_id(db, TAHUN, "semester", 1), periode_id(db, TAHUN, "semester", 2)
    iid = buat_inovasi(dinkes, nama="Sasaran Uji Akses", tahun=TAHUN)
    set_indikator(dinkes, iid, STANDARD_SET)
    ids = indikator_ids(db, iid)
    apl = ids["Posyandu memakai aplikasi"]
    assert lapor(dinkes, iid, p1, {apl: 10}, aksi="ajukan",
                 tautan={apl: "https://serangkab.go.id/a"}).status_code == 303
    assert kriteria_tahun(e1, TAHUN, [("Kebaruan", 100)]).status_code == 303
    return {"id": iid, "p1": p1, "p2": p2, "ind": apl}


def paths(t):
    i, p1, p2 = t["id"], t["p1"], t["p2"]
    return {
        "inov": "/inovasi/admin/inovasi/%s" % i,
        "lap1": "/inovasi/admin/inovasi/%s/laporan/%s" % (i, p1),
        "lap2": "/inovasi/admin/inovasi/%s/laporan/%s" % (i, p2),
    }


# expected status: anon, dinkes (own OPD), dishub (other OPD), evaluator,
# pimpinan, ppid_pelaksana
GET_MATRIX = [
    ("/inovasi/", (200, 200, 200, 200, 200, 200)),
    ("/inovasi/ekspor.xml", (200, 200, 200, 200, 200, 200)),
    ("/inovasi/dasbor", (303, 200, 200, 200, 200, 403)),
    ("/inovasi/admin/", (303, 200, 200, 200, 200, 403)),
    ("/inovasi/admin/ekspor.csv", (303, 200, 200, 200, 200, 403)),
    ("/inovasi/admin/tahun/" + TAHUN, (303, 200, 200, 200, 200, 403)),
    # the evaluator registers for an OPD too (issue 17)
    ("/inovasi/admin/inovasi/baru", (303, 200, 200, 200, 403, 403)),
    ("{inov}", (303, 200, 404, 200, 200, 403)),
    ("{inov}.xml", (303, 200, 404, 200, 200, 403)),
    ("{inov}/ubah", (303, 200, 404, 403, 403, 403)),
    ("{inov}/indikator", (303, 200, 404, 403, 403, 403)),
    ("{inov}/nilai", (303, 200, 404, 200, 200, 403)),
    ("{lap1}", (303, 200, 404, 200, 200, 403)),
    ("{lap1}/bukti/{ind}", (303, 404, 404, 404, 404, 403)),   # a link, no file
    ("{inov}/siklus", (303, 200, 404, 200, 200, 403)),
    ("{inov}/replikasi", (303, 200, 404, 200, 200, 403)),
    ("{inov}/iid/2023", (303, 200, 404, 200, 200, 403)),
    ("/inovasi/admin/iid/" + TAHUN, (303, 200, 200, 200, 200, 403)),
    ("/inovasi/admin/iid/2023/spd", (303, 200, 200, 200, 200, 403)),
    ("/inovasi/admin/iid/%s/ppid" % TAHUN, (303, 200, 200, 200, 200, 403)),
    ("/inovasi/admin/iid/%s/rekap.csv" % TAHUN, (303, 403, 403, 200, 200, 403)),
    ("/inovasi/admin/iid/%s/rekap.xml" % TAHUN, (303, 403, 403, 200, 200, 403)),
]

# POST path, form, expected status per role as above
POST_MATRIX = [
    ("/inovasi/admin/inovasi", {"nama": ""}, (401, 422, 422, 422, 403, 403)),
    ("{inov}", {"nama": ""}, (401, 422, 404, 403, 403, 403)),
    ("{inov}/indikator", {"baris": "0"}, (401, 422, 404, 403, 403, 403)),
    ("{lap2}", {"aksi": "lain"}, (401, 400, 404, 403, 403, 403)),
    ("{lap1}", {"aksi": "simpan"}, (401, 409, 404, 403, 403, 403)),
    ("{lap1}/verifikasi", {"aksi": "kembalikan"}, (401, 403, 403, 422, 403, 403)),
    ("{inov}/terbit", {"terbit": "x"}, (401, 403, 403, 400, 403, 403)),
    ("{inov}/nilai", {}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/tahun/%s/bobot" % TAHUN, {}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/tahun/%s/pita" % TAHUN, {"pita_baris": "0"}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/tahun/%s/kriteria" % TAHUN, {"kriteria_baris": "0"},
     (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/tahun/%s/periode" % TAHUN, {}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/tahun/%s/oaoi" % TAHUN, {}, (401, 403, 403, 422, 403, 403)),
    ("{inov}/siklus", {"lab_drum_up": "x"}, (401, 422, 404, 422, 403, 403)),
    ("{inov}/replikasi", {"daerah": ""}, (401, 422, 404, 422, 403, 403)),
    ("{inov}/iid/2023/16", {"level": "9"}, (401, 422, 404, 403, 403, 403)),
    ("{inov}/iid/2023/16/periksa", {"level": "1", "aksi": "verifikasi"},
     (401, 403, 403, 409, 403, 403)),
    ("{inov}/iid/2023/tolak", {"ditolak": "1"}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/iid/2023/aturan", {"pembagi_min": "x"}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/iid/2023/pita", {"pita_baris": "0"}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/iid/2023/indikator/16", {}, (401, 403, 403, 422, 403, 403)),
    ("/inovasi/admin/iid/2023/spd/1", {"level": "9"}, (401, 403, 403, 422, 403, 403)),
]


def fill(path, t):
    return path.format(ind=t["ind"], **paths(t))


@pytest.mark.parametrize("path, expected", GET_MATRIX, ids=[p for p, _ in GET_MATRIX])
def test_get_by_role(server, staf, target, path, expected):
    url = fill(path, target)
    for role, status in zip(ROLES, expected):
        if role == "anon":
            r = requests.get(server.url + url, allow_redirects=False, timeout=10)
        else:
            r = staf(role).get(url)
        assert r.status_code == status, (role, url, r.status_code)
        if status == 303:
            assert r.headers["Location"].startswith("/ppid/masuk?kembali=")


@pytest.mark.parametrize("path, form, expected", POST_MATRIX, ids=[p for p, _, _ in POST_MATRIX])
def test_post_by_role_changes_nothing_unless_allowed(server, staf, db, target, path, form,
                                                     expected):
    url = fill(path, target)
    state = "SELECT (SELECT COUNT(*) FROM audit), (SELECT COUNT(*) FROM inovasi), " \
            "(SELECT COUNT(*) FROM inovasi_indikator), (SELECT COUNT(*) FROM inovasi_periode)"
    before = db.sql(state + ";")
    for role, status in zip(ROLES, expected):
        if role == "anon":
            r = requests.post(server.url + url, data=form, allow_redirects=False, timeout=10)
        else:
            r = staf(role).post(url, form)
        assert r.status_code == status, (role, url, r.status_code, r.text[:300])
    assert db.sql(state + ";") == before


def test_leadership_can_post_nowhere(staf, target):
    """Every POST route of mod_inovasi, whatever the form: 403 for pimpinan."""
    pimpinan = staf("inov.pimpinan")
    for path, _, _ in POST_MATRIX:
        r = pimpinan.post(fill(path, target), {"aksi": "ajukan", "terbit": "1"})
        assert r.status_code == 403, path
        assert "Peran Anda tidak mengizinkan halaman ini." in r.text


def test_staff_posts_need_the_csrf_token_and_our_origin(staf, db, target):
    officer = staf("inov.dinkes")
    url = fill("{inov}", target)
    audit = db.sql("SELECT COUNT(*) FROM audit;")
    assert officer.post(url, {"nama": "Tanpa token"}, csrf=False).status_code == 403
    r = officer.post(url, {"nama": "Situs lain"}, headers={"Origin": "http://jahat.example"})
    assert r.status_code == 403
    assert db.sql("SELECT COUNT(*) FROM audit;") == audit
    # Every staff form carries the token.
    for page in ("/inovasi/admin/inovasi/baru", "{inov}/ubah", "{inov}/indikator", "{lap2}"):
        html = officer.get(fill(page, target)).text
        forms = html.count("<form method=\"post\"")
        assert forms >= 2 and html.count('name="csrf"') == forms, page
    evaluator = staf("inov.eval1")
    for page in ("{inov}", "{lap1}", "{inov}/nilai", "/inovasi/admin/tahun/" + TAHUN):
        html = evaluator.get(fill(page, target)).text
        forms = html.count("<form method=\"post\"")
        assert forms >= 2 and html.count('name="csrf"') == forms, page


def test_cross_opd_guessing_cannot_tell_existing_from_missing(staf, target):
    dishub = staf("inov.dishub")
    hidden = dishub.get(fill("{inov}", target))
    missing = dishub.get("/inovasi/admin/inovasi/999999999")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.text.replace(fill("{inov}", target), "") == \
        missing.text.replace("/inovasi/admin/inovasi/999999999", "")
