"""Issue 20: links in e-mails and feeds come from SialipBaseURL, never from
the request's Host header (a forged Host made the regency's own mail server
send a genuine receipt linking to another domain)."""
import xml.etree.ElementTree as ET

import requests

from client import IDENTITY, valid_form

ATOM = "{http://www.w3.org/2005/Atom}"


def test_receipt_link_ignores_a_forged_host_header(server, db, clear_throttle):
    email = "tautan.palsu@example.id"
    fields = {k: (None, v) for k, v in valid_form(email=email).items()}
    fields.update(IDENTITY)
    r = requests.post(server.url + "/ppid/permohonan", files=fields,
                      headers={"Host": "jahat.example"}, allow_redirects=False,
                      timeout=30)
    assert r.status_code == 303, r.text
    text, html = db.sql("SELECT isi_teks, isi_html FROM surel_keluar WHERE kepada = "
                        "'%s' ORDER BY id DESC LIMIT 1;" % email)[0]
    assert "jahat.example" not in text + html
    assert (server.url + r.headers["Location"]) in text


def test_feed_links_ignore_a_forged_host_header(server):
    r = requests.get(server.url + "/ppid/dip.atom", headers={"Host": "jahat.example"},
                     timeout=30)
    assert r.status_code == 200
    # Every link and id of the feed; an entry's own text may name any host
    # (test_csv_rumus publishes one that does).
    feed = ET.fromstring(r.content)
    links = [e.get("href") for e in feed.iter(ATOM + "link")]
    links += [e.text for e in feed.iter(ATOM + "id")]
    assert links and not [u for u in links if "jahat.example" in (u or "")]
    assert 'href="%s/ppid/dip.atom"' % server.url in r.text


def test_a_base_url_with_a_path_is_refused_by_configtest(server):
    import os
    import subprocess
    conf = os.path.join(server.dir, "basis-salah.conf")
    with open(server.conf) as f:
        text = f.read()
    with open(conf, "w") as f:
        f.write(text.replace("SialipBaseURL http://127.0.0.1:%d" % server.port,
                             "SialipBaseURL https://ppid.example/lain"))
    out = subprocess.run(["apache2", "-f", conf, "-t"], capture_output=True, text=True)
    assert out.returncode != 0
    assert "SialipBaseURL: expected http(s)://host[:port]" in out.stderr


def test_the_status_page_never_has_the_code_in_its_url(server, clear_throttle):
    """The code's link is exchanged for a cookie before the page answers,
    so the page (whose conversation form needs the Origin header) keeps the
    same-origin policy: its Referer, sent to this site only, holds the
    number alone."""
    from client import filed
    _, code, path = filed(server)
    s = requests.Session()
    first = s.get(server.url + path, allow_redirects=False, timeout=30)
    assert first.status_code == 303 and code not in first.headers["Location"]
    r = s.get(server.url + first.headers["Location"], timeout=30)
    assert r.status_code == 200 and code not in r.url
    assert r.headers["Referrer-Policy"] == "same-origin"
    assert requests.get(server.url + "/ppid/", timeout=30).headers[
        "Referrer-Policy"] == "same-origin"
