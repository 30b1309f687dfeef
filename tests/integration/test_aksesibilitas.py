"""The accessibility statement (issue 18 item 7): /ppid/aksesibilitas is
public and says the standard, how it is checked, the known limits and how
to ask for another format or for help; every page, public or staff, of
both modules, links to it from its footer and opens with a skip link to
its content."""
import pytest
import requests
from lxml import etree, html

from client import filed
from staf_uji import session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

STATEMENT = "/ppid/aksesibilitas"


def text_of(doc):
    return " ".join(doc.text_content().split())


def test_statement_is_public_and_says_what_it_must(server):
    r = requests.get(server.url + STATEMENT, timeout=10)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/html")
    doc = html.fromstring(r.text)
    assert doc.get("lang") == "id"
    assert doc.xpath("string(//h1)") == "Pernyataan aksesibilitas"
    sections = doc.xpath("//main//h2/@id")
    assert sections == ["standar", "pemeriksaan", "keterbatasan", "bantuan"]
    words = text_of(doc.xpath("//main")[0])
    for needed in ("WCAG) 2.1 tingkat AA", "axe-core", "papan ketik saja",
                   "huruf braille", "cetakan huruf besar", "rekaman suara",
                   "bantuan mengisi formulir", "meja layanan PPID Utama"):
        assert needed in words, needed
    assert doc.xpath('//main//a[@href="/ppid/permohonan/baru"]')


def test_statement_as_xml(server):
    r = requests.get(server.url + STATEMENT, headers={"Accept": "application/xml"},
                     timeout=10)
    assert r.status_code == 200
    root = etree.fromstring(r.content)
    assert root.tag == "aksesibilitas"


def assert_layout(path, page):
    doc = html.fromstring(page)
    body = doc.xpath("//body")[0]
    first = body[0]
    assert first.tag == "a" and first.get("href") == "#isi", (
        "%s: the skip link is not the first thing in the page" % path)
    assert first.text_content() == "Langsung ke isi halaman"
    assert doc.xpath('//main[@id="isi"]'), "%s: the skip link leads nowhere" % path
    assert doc.xpath('//footer//a[@href="%s"]' % STATEMENT), (
        "%s: no link to the accessibility statement in the footer" % path)


def test_every_page_links_to_the_statement(server, db):
    _, _, receipt = filed(server)
    for path in ("/ppid/", "/ppid/permohonan/baru", receipt, "/ppid/lacak",
                 "/ppid/dip", "/ppid/tarif", "/ppid/masuk", STATEMENT,
                 "/inovasi/", "/ppid/tidak-ada-halaman-ini"):
        r = requests.get(server.url + path, timeout=30)
        assert r.status_code in (200, 404), (path, r.status_code)
        assert_layout(path, r.text)

    user(db, "aksesibilitas.admin", ["admin", "ppid_utama"])
    s = session(server, "aksesibilitas.admin")
    for path in ("/ppid/admin/", "/ppid/admin/permohonan", "/ppid/admin/pengguna"):
        r = s.get(server.url + path, timeout=30)
        assert r.status_code == 200, (path, r.status_code)
        assert_layout(path, r.text)
