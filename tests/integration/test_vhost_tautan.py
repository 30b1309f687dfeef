"""A module switched off on a virtual host is not linked from the other
module's pages there: with `Sialip Off`, mod_inovasi's menu has no /ppid
link (not even "Masuk petugas") and its staff pages answer 403 instead of
sending the officer to a login that host does not serve; with `Inovasi
Off`, mod_sialip's menu and staff home have no /inovasi link.  The host
that serves both still links both."""
import os
import re

import pytest
import requests

import harness
from client import STAFF_PASSWORD

USER = "vhost.pimpinan"
HREF = re.compile(r'(?:href|action)="([^"]*)"')


@pytest.fixture(scope="module")
def apache(workdir, db):
    port = harness.free_port()
    extra = ("<VirtualHost 127.0.0.1:{p}>\n    ServerName keduanya.uji\n</VirtualHost>\n"
             "<VirtualHost 127.0.0.1:{p}>\n    ServerName hanya-inovasi.uji\n"
             "    Sialip Off\n</VirtualHost>\n"
             "<VirtualHost 127.0.0.1:{p}>\n    ServerName hanya-ppid.uji\n"
             "    Inovasi Off\n</VirtualHost>\n").format(p=port)
    # pimpinan sees the innovation dashboard link, ppid_utama the inbox.
    harness.add_user(db, USER, STAFF_PASSWORD, "Pimpinan Vhost",
                     ["ppid_utama", "pimpinan"], cost=4)
    server = harness.Apache(os.path.join(workdir, "vhost-tautan"), db, port=port,
                            extra_conf=extra)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def get(server, host, path, session=None):
    return (session or requests).get(server.url + path, headers={"Host": host},
                                     timeout=60, allow_redirects=False)


def links(html):
    return HREF.findall(html)


def login(server, host):
    s = requests.Session()
    r = s.post(server.url + "/ppid/masuk", headers={"Host": host},
               data={"username": USER, "password": STAFF_PASSWORD},
               allow_redirects=False, timeout=60)
    assert r.status_code == 303, (r.status_code, r.text[:300])
    return s


def test_with_sialip_off_innovation_pages_do_not_link_to_ppid(apache):
    r = get(apache, "hanya-inovasi.uji", "/inovasi/")
    assert r.status_code == 200, r.status_code
    found = links(r.text)
    assert any(h.startswith("/inovasi") for h in found), found
    assert not [h for h in found if h.startswith("/ppid")], found
    assert "Masuk petugas" not in r.text
    # A staff page has no login here to send the officer to.
    r = get(apache, "hanya-inovasi.uji", "/inovasi/dasbor")
    assert r.status_code == 403, (r.status_code, r.headers.get("Location"))
    assert not [h for h in links(r.text) if h.startswith("/ppid")]


def test_with_inovasi_off_ppid_pages_do_not_link_to_inovasi(apache):
    r = get(apache, "hanya-ppid.uji", "/ppid/")
    assert r.status_code == 200, r.status_code
    found = links(r.text)
    assert "/ppid/masuk" in found, found
    assert not [h for h in found if h.startswith("/inovasi")], found
    s = login(apache, "hanya-ppid.uji")
    r = get(apache, "hanya-ppid.uji", "/ppid/admin/", session=s)
    assert r.status_code == 200, r.status_code
    found = links(r.text)
    assert "/ppid/admin/permohonan" in found, found
    assert not [h for h in found if h.startswith("/inovasi")], found


def test_a_page_kept_for_one_host_is_not_served_to_the_other(apache):
    """The DIP page is kept per process: per host, since the menus differ."""
    for _ in range(3):
        found = links(get(apache, "keduanya.uji", "/ppid/dip").text)
        assert "/inovasi/" in found, found
        found = links(get(apache, "hanya-ppid.uji", "/ppid/dip").text)
        assert "/ppid/dip" in found and not [h for h in found if h.startswith("/inovasi")]


def test_the_host_serving_both_links_both(apache):
    r = get(apache, "keduanya.uji", "/inovasi/")
    assert r.status_code == 200
    assert "/ppid/masuk" in links(r.text) and "/ppid/" in links(r.text)
    s = login(apache, "keduanya.uji")
    found = links(get(apache, "keduanya.uji", "/ppid/admin/", session=s).text)
    assert "/inovasi/dasbor" in found and "/inovasi/" in found, found
    r = get(apache, "keduanya.uji", "/inovasi/dasbor")
    assert r.status_code == 303 and r.headers["Location"].startswith("/ppid/masuk")
