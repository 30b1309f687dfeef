"""Access control over every route the modules declare: the route tables
are the modules' own (`make routes`, client.declared_routes), so a route
added later is covered without touching this file."""
import re

import pytest
import requests

import harness
from client import csrf_of, declared_routes, filed, login


ROUTES = declared_routes()
STAFF = [r for r in ROUTES if r[2]]
PUBLIC_POSTS = [r for r in ROUTES if not r[2] and r[0] == "POST"]


@pytest.fixture(scope="module")
def sample(server, db):
    number, code, _ = filed(server)
    harness.add_user(db, "akses.semua", "kata-sandi-akses-1", "Semua Peran",
                     ["ppid_utama", "atasan_ppid", "admin", "evaluator", "opd_inovasi",
                      "ppid_pelaksana"], opd_kode="dinkes", cost=4)
    return number, code


def concrete(pattern, number):
    path = pattern.replace("{nomor}", number)
    path = re.sub(r"\{tahun\}", "2026", path)
    return re.sub(r"\{[a-z_]+\}", "1", path)


@pytest.mark.parametrize("method, pattern, roles", STAFF,
                         ids=["%s %s" % (m, p) for m, p, _ in STAFF])
def test_staff_routes_refuse_the_anonymous(server, sample, method, pattern, roles,
                                           clear_throttle):
    url = server.url + concrete(pattern, sample[0])
    if method == "GET":
        r = requests.get(url, allow_redirects=False, timeout=10)
        assert r.status_code == 303
        assert r.headers["Location"].startswith("/ppid/masuk?kembali=")
    else:
        r = requests.post(url, data={"x": "1"}, allow_redirects=False, timeout=10)
        assert r.status_code == 401


@pytest.mark.parametrize("method, pattern, roles",
                         [r for r in STAFF if r[0] == "POST"],
                         ids=["POST %s" % p for m, p, _ in STAFF if m == "POST"])
def test_every_staff_post_checks_csrf_and_origin(server, db, sample, method, pattern,
                                                 roles, clear_throttle):
    s = login(server, "akses.semua", "kata-sandi-akses-1")
    token = csrf_of(s.get(server.url + "/ppid/admin/", timeout=10).text)
    url = server.url + concrete(pattern, sample[0])
    audit = db.sql("SELECT COUNT(*) FROM audit;")[0][0]
    no_token = s.post(url, data={"x": "1"}, headers={"Origin": server.url},
                      allow_redirects=False, timeout=10)
    assert no_token.status_code == 403, no_token.text[:300]
    wrong_token = s.post(url, data={"csrf": "0" * 32}, headers={"Origin": server.url},
                         allow_redirects=False, timeout=10)
    assert wrong_token.status_code == 403
    foreign = s.post(url, data={"csrf": token}, headers={"Origin": "http://jahat.example"},
                     allow_redirects=False, timeout=10)
    assert foreign.status_code == 403
    # Nothing was changed by any of them.
    assert db.sql("SELECT COUNT(*) FROM audit;")[0][0] == audit


@pytest.mark.parametrize("method, pattern, roles", PUBLIC_POSTS,
                         ids=["POST %s" % p for _, p, _ in PUBLIC_POSTS])
def test_public_posts_refuse_another_origin(server, db, sample, method, pattern, roles,
                                            clear_throttle):
    url = server.url + concrete(pattern, sample[0]) + "?kode=" + sample[1]
    count = db.sql("SELECT COUNT(*) FROM audit;")[0][0]
    r = requests.post(url, data={"nama": "x"}, headers={"Origin": "http://jahat.example"},
                      allow_redirects=False, timeout=10)
    assert r.status_code == 403
    r = requests.post(url, data={"nama": "x"}, headers={"Origin": "null"},
                      allow_redirects=False, timeout=10)
    assert r.status_code == 403
    assert db.sql("SELECT COUNT(*) FROM audit;")[0][0] == count


def test_a_session_cookie_copied_before_logout_is_refused_everywhere(server, sample):
    s = login(server, "akses.semua", "kata-sandi-akses-1")
    stolen = s.cookies["sialip_sesi"]
    token = csrf_of(s.get(server.url + "/ppid/admin/", timeout=10).text)
    assert s.post(server.url + "/ppid/keluar", data={"csrf": token},
                  headers={"Origin": server.url}, allow_redirects=False,
                  timeout=10).status_code == 303
    for method, pattern, roles in STAFF:
        if method != "GET":
            continue
        r = requests.get(server.url + concrete(pattern, sample[0]),
                         cookies={"sialip_sesi": stolen}, allow_redirects=False, timeout=10)
        assert r.status_code == 303, pattern
