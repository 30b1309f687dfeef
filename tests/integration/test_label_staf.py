"""Staff pages show words, not stored codes, and one long date format
(issue 17 item 10): the request page's history ("jawab_bagian", "Sebelum:
diterima", "jatuh tempo 2026-..."), a routed part's state, and the objection
inbox (grounds "a,e", state "diterima", ISO due dates)."""
import re

import pytest
from lxml import html

from staf_uji import objected, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
CODES = ["jawab_bagian", "disposisi", "pemberitahuan", "perpanjang", "ajukan",
         "putus_keberatan", "menunggu", "dijawab", "diterima", "diputus"]


def main_text(page):
    """What a person reads in the page's main part: form fields left out."""
    tree = html.fromstring(page)
    main = tree.xpath("//main")[0]
    for form in main.xpath(".//form"):
        form.getparent().remove(form)
    return main.text_content()


def cells(page, xpath):
    return [c.text_content().strip() for c in html.fromstring(page).xpath(xpath)]


@pytest.fixture(scope="module")
def handled(server, db):
    """A request routed, answered, extended, with a notice and an objection."""
    user(db, "label.utama", ["ppid_utama"])
    user(db, "label.atasan", ["atasan_ppid"])
    user(db, "label.dinkes", ["ppid_pelaksana"], "dinkes")
    utama, dinkes = session(server, "label.utama"), session(server, "label.dinkes")
    number, _, r = objected(server, db, utama, dinkes)
    k = re.match(r"^/ppid/keberatan/(K-\d{4}-\d{4})\?", r.headers["Location"]).group(1)
    return {"nomor": number, "keberatan": k, "utama": utama,
            "atasan": session(server, "label.atasan")}


def test_the_request_page_history_is_in_words(server, handled):
    page = handled["utama"].get(server.url + "/ppid/admin/permohonan/" + handled["nomor"],
                                timeout=30).text
    actions = cells(page, '//table[@class="riwayat"]/tbody/tr/td[3]')
    assert "Jawaban OPD" in actions and "Diteruskan ke PPID Pelaksana" in actions
    assert "Waktu jawaban diperpanjang" in actions
    assert "Keberatan diajukan" in actions
    for action in actions:
        assert action.split(" (")[0] not in CODES, action
    notes = cells(page, '//table[@class="riwayat"]/tbody/tr/td[4]')
    assert any(n.startswith("Sebelum: Diterima, menunggu diproses.") for n in notes), notes
    assert not any("Sebelum: diterima" in n or "Sebelum: didisposisi" in n for n in notes)
    text = main_text(page)
    assert not ISO_DATE.search(text), ISO_DATE.search(text).group(0)
    parts = cells(page, '//div[contains(@class, "bagian")]/p[1]')
    assert any("sudah dijawab" in p for p in parts), parts


def test_the_objection_inbox_is_in_words(server, handled):
    page = handled["atasan"].get(server.url + "/ppid/admin/keberatan", timeout=30).text
    tree = html.fromstring(page)
    row = [tr for tr in tree.xpath("//tbody/tr") if handled["keberatan"] in tr.text_content()]
    assert len(row) == 1
    tds = [td.text_content().strip() for td in row[0].xpath("td")]
    due, grounds, state = tds[3], tds[4], tds[5]
    assert not ISO_DATE.search(due) and re.search(r"\d{1,2} \w+ \d{4}", due), due
    assert grounds.startswith("a. ") and "\ne. " not in grounds and "e. " in grounds, grounds
    assert "a,e" not in grounds
    assert state == "Menunggu putusan Atasan PPID", state
    assert not ISO_DATE.search(main_text(page)), ISO_DATE.search(main_text(page)).group(0)
