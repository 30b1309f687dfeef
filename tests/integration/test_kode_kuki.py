"""Issue 20 (finding 7): the tracking code stays out of URLs, access logs
and Referers.  A link with ?kode= (the receipt e-mail's, old ones too) is
exchanged once, after the code matched, for a short-lived HttpOnly cookie
and a 303 to the page without the code; the tracking form posts."""
import os
import re

import pytest
import requests

from client import filed

pytestmark = pytest.mark.usefixtures("clear_throttle")


def access_log(server):
    with open(os.path.join(server.dir, "access.log")) as f:
        return f.read()


def test_a_kode_link_is_exchanged_for_a_cookie_and_leaves_no_code(server):
    number, code, location = filed(server, nama="Pemohon Kuki")
    s = requests.Session()
    first = s.get(server.url + location, allow_redirects=False, timeout=30)
    assert first.status_code == 303
    assert first.headers["Location"] == "/ppid/permohonan/" + number
    cookie = first.headers["Set-Cookie"]
    assert cookie.startswith("sialip_kode_%s=%s;" % (number, code))
    for part in ("HttpOnly", "SameSite=Lax", "Path=/ppid/", "Max-Age=3600"):
        assert part in cookie, cookie
    page = s.get(server.url + first.headers["Location"], timeout=30)
    assert page.status_code == 200 and page.url == server.url + "/ppid/permohonan/" + number
    assert number in page.text and code in page.text       # shown to its owner
    assert "kode=" not in page.text                          # links carry no code
    # Following the whole chain from the e-mail's link: the final URL and
    # the access log hold no code.
    final = requests.get(server.url + location, timeout=30)
    assert final.status_code == 200 and "kode" not in final.url
    assert number in final.text
    log = access_log(server)
    assert number in log
    assert code not in log and code.replace("-", "") not in log
    assert "kode=- " in log or "kode=-&" in log or re.search(r"kode=- HTTP", log)


def test_the_pages_below_use_the_cookie_and_old_links_still_work(server):
    number, code, location = filed(server, nama="Pemohon Kuki Dua")
    s = requests.Session()
    assert s.get(server.url + location, timeout=30).status_code == 200
    # The objection page finds the request by the cookie (a new request may
    # not be objected to yet: 409 with the reason, where a wrong code gets 404).
    form = s.get(server.url + "/ppid/permohonan/%s/keberatan" % number, timeout=30)
    assert form.status_code in (200, 409), form.text[:300]
    # An old link to it, with the code, lands there without it.
    old = requests.get(server.url + "/ppid/permohonan/%s/keberatan?kode=%s"
                       % (number, code), timeout=30)
    assert [h.status_code for h in old.history] == [303]
    assert old.status_code == form.status_code
    assert old.url == server.url + "/ppid/permohonan/%s/keberatan" % number
    # Without the cookie nor the code: the same answer as a wrong code.
    assert requests.get(server.url + "/ppid/permohonan/" + number,
                        timeout=30).status_code == 404


def test_a_wrong_code_is_not_exchanged(server):
    number, code, _ = filed(server, nama="Pemohon Kuki Tiga")
    wrong = "0000-0000-0000-0000"
    r = requests.get(server.url + "/ppid/permohonan/%s?kode=%s" % (number, wrong),
                     allow_redirects=False, timeout=30)
    assert r.status_code == 404 and "Set-Cookie" not in r.headers
    # A cookie of another request's code opens nothing either.
    r = requests.get(server.url + "/ppid/permohonan/" + number, allow_redirects=False,
                     headers={"Cookie": "sialip_kode_%s=%s" % (number, wrong)}, timeout=30)
    assert r.status_code == 404


def test_the_tracking_form_posts_and_lands_without_the_code(server):
    number, code, _ = filed(server, nama="Pemohon Kuki Empat")
    form = requests.get(server.url + "/ppid/lacak", timeout=30).text
    assert re.search(r'<form method="post" action="/ppid/lacak"', form)
    s = requests.Session()
    r = s.post(server.url + "/ppid/lacak", data={"nomor": number, "kode": code.lower()},
               headers={"Origin": server.url}, allow_redirects=False, timeout=30)
    assert r.status_code == 303
    assert r.headers["Location"] == "/ppid/permohonan/" + number
    page = s.get(server.url + r.headers["Location"], timeout=30)
    assert page.status_code == 200 and code in page.text
    # A form posted from another site is refused; a wrong code gets no cookie.
    assert requests.post(server.url + "/ppid/lacak", data={"nomor": number, "kode": code},
                         headers={"Origin": "http://jahat.example"},
                         allow_redirects=False, timeout=30).status_code == 403
    r = requests.post(server.url + "/ppid/lacak",
                      data={"nomor": number, "kode": "0000-0000-0000-0000"},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 404 and "Set-Cookie" not in r.headers
    assert code not in access_log(server)


@pytest.fixture(scope="module")
def tls_server(workdir, db):
    from test_keamanan_kecil import BehindTlsProxy
    apache = BehindTlsProxy(os.path.join(workdir, "tls-kode"), db)
    apache.start()
    try:
        yield apache
    finally:
        apache.stop()


def test_over_tls_the_cookie_has_the_host_prefix(tls_server, server):
    number, code, location = filed(server, nama="Pemohon Kuki Tls")
    r = requests.get(tls_server.url + location, allow_redirects=False, timeout=30)
    assert r.status_code == 303
    cookie = r.headers["Set-Cookie"]
    assert cookie.startswith("__Host-sialip_kode_%s=%s;" % (number, code))
    assert "; Secure" in cookie and "Path=/;" in cookie and "Domain" not in cookie
    page = requests.get(tls_server.url + "/ppid/permohonan/" + number, timeout=30,
                        headers={"Cookie": "__Host-sialip_kode_%s=%s" % (number, code)})
    assert page.status_code == 200 and code in page.text
    # Without the prefix (a cookie a plain-HTTP page could have set): nothing.
    assert requests.get(tls_server.url + "/ppid/permohonan/" + number, timeout=30,
                        headers={"Cookie": "sialip_kode_%s=%s" % (number, code)},
                        allow_redirects=False).status_code == 404
