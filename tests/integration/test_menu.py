"""The staff menu of the shared layout (common/views/_layout.xsl): each role
is shown exactly the links whose GET routes allow it, as the C route tables
say (their own tables, `make routes`), every link shown answers 200 and
every other one 403; the public gets no staff menu; and every link follows
SialipMount and InovasiMount, with no link to a module that is not loaded."""
import re

import pytest
import requests
from lxml import html

from client import another_apache, declared_routes
from staf_uji import PASSWORD, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

ROLES = ["ppid_utama", "ppid_pelaksana", "atasan_ppid", "admin", "opd_inovasi",
         "evaluator", "pimpinan"]
# Roles that work for one OPD get one, as they would in use.
OPD_ROLES = {"ppid_pelaksana", "opd_inovasi"}


# The published pages every visitor reaches from the header (issue 16).
PUBLIC_PAGES = ["/ppid/dip", "/ppid/arsip", "/ppid/dikecualikan", "/ppid/laporan", "/ppid/tarif"]

# GET path (under the test server's /ppid and /inovasi) -> roles it allows.
GET_ROLES = {pattern: roles for method, pattern, roles in declared_routes()
             if method == "GET" and roles}


def staff_links(page):
    return html.fromstring(page).xpath('//nav[@class="staf"]/a/@href')


def header_links(page):
    return html.fromstring(page).xpath('//header//nav/a/@href')


def has_staff_menu(page):
    return bool(html.fromstring(page).xpath('//nav[@class="staf"]'))


@pytest.fixture(scope="module")
def full_menu(server, db):
    """The menu of a user holding every role: every staff link there is."""
    user(db, "menu.semua", ROLES, "dinkes", "Menu Semua Peran")
    r = session(server, "menu.semua").get(server.url + "/ppid/admin/", timeout=10)
    assert r.status_code == 200
    links = staff_links(r.text)
    assert len(links) == len(set(links)) >= 12, links
    return links


def test_every_menu_link_is_a_staff_route(full_menu):
    for link in full_menu:
        assert link in GET_ROLES, "menu link %s has no staff GET route" % link


@pytest.mark.parametrize("roles", [[r] for r in ROLES] + [["ppid_pelaksana", "opd_inovasi"]],
                         ids=lambda roles: "+".join(roles))
def test_a_role_sees_the_links_its_routes_allow_and_no_other(server, db, full_menu, roles):
    username = "menu." + ".".join(roles)
    user(db, username, roles, "dinkes" if OPD_ROLES & set(roles) else None)
    s = session(server, username)
    r = s.get(server.url + "/ppid/admin/", timeout=10)
    assert r.status_code == 200
    shown = staff_links(r.text)
    assert set(shown) == {link for link in full_menu if GET_ROLES[link] & set(roles)}
    for link in shown:
        page = s.get(server.url + link, allow_redirects=False, timeout=10)
        if roles == ["pimpinan"] and link == "/ppid/admin/":
            # Leadership's home is the innovation dashboard.
            assert page.status_code == 303 and page.headers["Location"].endswith(
                "/inovasi/dasbor"), page.headers
            continue
        assert page.status_code == 200, link
        # mod_inovasi's pages carry the same menu as mod_sialip's.
        assert staff_links(page.text) == shown, link
    for link in set(full_menu) - set(shown):
        page = s.get(server.url + link, allow_redirects=False, timeout=10)
        assert page.status_code == 403, link


def test_the_public_gets_no_staff_menu(server):
    for path in ("/ppid/", "/ppid/lacak", "/ppid/dip", "/inovasi/", "/ppid/masuk"):
        r = requests.get(server.url + path, timeout=10)
        assert r.status_code == 200, path
        assert not has_staff_menu(r.text), path
        assert header_links(r.text) == ["/ppid/", "/ppid/permohonan/baru", "/ppid/lacak",
                                        "/ppid/statistik"] + PUBLIC_PAGES + [
                                        "/inovasi/", "/ppid/masuk"]


def test_a_user_without_roles_gets_no_staff_menu(server, db):
    user(db, "menu.tanpa.peran", [])
    s = session(server, "menu.tanpa.peran")
    r = s.get(server.url + "/ppid/admin/", timeout=10)
    assert r.status_code == 403
    assert not has_staff_menu(r.text)
    assert "Keluar (" in r.text


# ---- other mount points, and mod_inovasi not loaded ---------------------------------

def login_at(base, login_path, username):
    s = requests.Session()
    r = s.post(base + login_path, data={"username": username, "password": PASSWORD},
               allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    return s


def test_links_follow_the_mount_points(server, db, full_menu, tmp_path):
    def remount(text, _port):
        text = text.replace("SialipMount /ppid", "SialipMount /layanan-informasi")
        text = text.replace("InovasiMount /inovasi", "InovasiMount /inovasi-daerah")
        # The login then follows SialipMount by default.
        return re.sub(r"(?m)^InovasiLoginURL .*$", "", text)

    def moved(link):
        if link.startswith("/ppid/"):
            return "/layanan-informasi" + link[len("/ppid"):]
        return "/inovasi-daerah" + link[len("/inovasi"):]

    with another_apache(server, tmp_path, remount) as base:
        anon = requests.get(base + "/inovasi-daerah/", timeout=10)
        assert anon.status_code == 200
        assert header_links(anon.text) == [
            "/layanan-informasi/", "/layanan-informasi/permohonan/baru",
            "/layanan-informasi/lacak", "/layanan-informasi/statistik"] + [
            p.replace("/ppid/", "/layanan-informasi/") for p in PUBLIC_PAGES] + [
            "/inovasi-daerah/", "/layanan-informasi/masuk"]
        for link in header_links(anon.text):
            assert requests.get(base + link, timeout=10).status_code == 200, link
        r = requests.get(base + "/inovasi-daerah/dasbor", allow_redirects=False, timeout=10)
        assert r.headers["Location"].startswith("/layanan-informasi/masuk?kembali=")

        s = login_at(base, "/layanan-informasi/masuk", "menu.semua")
        for start in ("/layanan-informasi/admin/", "/inovasi-daerah/dasbor"):
            page = s.get(base + start, timeout=10)
            assert page.status_code == 200, start
            assert staff_links(page.text) == [moved(link) for link in full_menu]
            form = html.fromstring(page.text).xpath('//form[@class="keluar"]/@action')
            assert form == ["/layanan-informasi/keluar"]
        for link in staff_links(page.text):
            assert s.get(base + link, allow_redirects=False, timeout=10).status_code == 200, link


def test_no_links_to_mod_inovasi_when_it_is_not_loaded(server, db, full_menu, tmp_path):
    def without_inovasi(text, _port):
        text = text.replace(" inovasi:info", "")
        return "\n".join(line for line in text.splitlines()
                         if not re.match(r"\s*(Inovasi\w+|LoadModule inovasi_module)\b", line))

    with another_apache(server, tmp_path, without_inovasi) as base:
        assert requests.get(base + "/inovasi/", timeout=10).status_code == 404
        anon = requests.get(base + "/ppid/", timeout=10)
        assert header_links(anon.text) == ["/ppid/", "/ppid/permohonan/baru", "/ppid/lacak",
                                           "/ppid/statistik"] + PUBLIC_PAGES + ["/ppid/masuk"]
        s = login_at(base, "/ppid/masuk", "menu.semua")
        page = s.get(base + "/ppid/admin/", timeout=10)
        assert staff_links(page.text) == [link for link in full_menu
                                          if not link.startswith("/inovasi/")]
        assert "/inovasi" not in page.text
