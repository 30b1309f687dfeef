"""Refusals that keep what was typed (issue 17 items 2 and 4): the tracking
form comes back with both fields and the message beside the field, an
empty submit says what is missing; a second objection on a ground already
raised links to the first; who only wants to see the information is not
asked how to receive a copy; the receipt says to keep the code and where
to track it."""
import os
import re

import pytest
import requests
from lxml import etree, html

import harness
from client import filed, valid_form
from staf_uji import session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

SCHEMA = os.path.join(harness.ROOT, "mod_sialip", "schema", "register.xsd")


def lacak(server, **params):
    return requests.get(server.url + "/ppid/lacak", params=params,
                        allow_redirects=False, timeout=30)


def field(page, name):
    found = html.fromstring(page).xpath('//input[@id="%s"]' % name)
    assert len(found) == 1, name
    return found[0]


def message_of(page, name):
    """The text of the message the field points to, which follows it."""
    tree = html.fromstring(page)
    f = tree.xpath('//input[@id="%s"]' % name)[0]
    assert f.get("aria-invalid") == "true", name
    target = f.get("aria-describedby")
    follows = tree.xpath('//input[@id="%s"]/following-sibling::p[1]' % name)
    assert follows and follows[0].get("id") == target, (name, target)
    return follows[0].text_content()


def test_an_empty_tracking_submit_says_what_is_missing(server):
    r = lacak(server, nomor="", kode="")
    assert r.status_code == 422
    assert "Isi nomor pendaftaran" in message_of(r.text, "nomor")
    assert "kode pelacakan" in message_of(r.text, "nomor")
    # The form's first visit shows no message.
    first = requests.get(server.url + "/ppid/lacak", timeout=30)
    assert first.status_code == 200 and "galat-field" not in first.text


def test_a_missing_code_is_told_beside_the_code(server):
    number, _, _ = filed(server)
    r = lacak(server, nomor=number, kode="")
    assert r.status_code == 422
    assert field(r.text, "nomor").get("value") == number
    assert field(r.text, "nomor").get("aria-invalid") is None
    assert "Isi kode pelacakan" in message_of(r.text, "kode")


def test_a_wrong_code_keeps_both_fields_with_the_message(server):
    number, code, _ = filed(server)
    wrong = "7K3M-Q9TZ-X2VB-8HRD" if code != "7K3M-Q9TZ-X2VB-8HRD" else "8K3M-Q9TZ-X2VB-8HRD"
    r = lacak(server, nomor=number, kode=wrong.lower())
    assert r.status_code == 404
    assert "<h1>Lacak permohonan</h1>" in r.text
    assert field(r.text, "nomor").get("value") == number
    assert field(r.text, "kode").get("value") == wrong.lower()
    assert field(r.text, "nomor").get("aria-invalid") == "true"
    assert "Nomor atau kode pelacakan tidak cocok" in message_of(r.text, "kode")
    # The right pair still goes to the receipt.
    ok = lacak(server, nomor=number, kode=code)
    assert ok.status_code == 303 and ok.headers["Location"].endswith("?kode=" + code)


def test_a_second_objection_links_to_the_first(server, db):
    utama = "formulir.utama"
    user(db, utama, ["ppid_utama"])
    s = session(server, utama)
    number, code, _ = filed(server)
    from staf_uji import post
    assert post(s, server, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                {"keputusan": "tidak_dikuasai",
                 "diteruskan_ke": "Badan Pusat Statistik"}).status_code == 303
    url = server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code)
    first = requests.post(url, data={"alasan": ["a"], "uraian": "Pertama."},
                          allow_redirects=False, timeout=30)
    assert first.status_code == 303
    k = re.match(r"^/ppid/keberatan/(K-\d{4}-\d{4})\?", first.headers["Location"]).group(1)
    again = requests.post(url, data={"alasan": ["a"], "uraian": "Kedua."},
                          allow_redirects=False, timeout=30)
    assert again.status_code == 422
    assert "Alasan huruf a sudah pernah diajukan" in again.text
    links = html.fromstring(again.text).xpath('//a[text()="%s"]/@href' % k)
    assert links == ["/ppid/keberatan/%s?kode=%s" % (k, code)], links
    assert requests.get(server.url + links[0], timeout=30).status_code == 200
    # What was typed is kept.
    assert "Kedua.</textarea>" in again.text


@pytest.mark.parametrize("cara", ["melihat", "membaca"])
def test_only_seeing_needs_no_copy_method(server, db, cara):
    number, code, receipt = filed(server, cara_memperoleh=cara, cara_salinan="")
    assert db.sql("SELECT cara_memperoleh, cara_salinan IS NULL FROM permohonan "
                  "WHERE nomor = '%s';" % number) == [[cara, "1"]]
    page = requests.get(server.url + receipt, timeout=30).text
    assert "Cara mendapatkan salinan" not in page
    # The staff page and the register (valid against its schema) say nothing
    # of a copy either.
    user(db, "formulir.register", ["ppid_utama"])
    s = session(server, "formulir.register")
    staff = s.get(server.url + "/ppid/admin/permohonan/" + number, timeout=30)
    assert staff.status_code == 200 and "Cara mendapatkan salinan" not in staff.text
    xml = s.get(server.url + "/ppid/admin/register/permohonan.xml",
                params={"tahun": number[:4]}, timeout=60)
    assert xml.status_code == 200
    doc = etree.fromstring(xml.content)
    schema = etree.XMLSchema(etree.parse(SCHEMA))
    assert schema.validate(doc), schema.error_log


def test_a_copy_still_needs_its_method(server):
    r = requests.post(server.url + "/ppid/permohonan",
                      files={k: (None, v) for k, v in valid_form(
                          cara_memperoleh="salinan_hardcopy", cara_salinan="").items()},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 422
    assert "Pilih cara mendapatkan salinan." in r.text


def test_the_receipt_says_keep_the_code_and_where_to_track(server):
    number, code, receipt = filed(server)
    page = requests.get(server.url + receipt, timeout=30).text
    tree = html.fromstring(page)
    note = tree.xpath('//p[@class="simpan-kode"]')[0].text_content()
    assert "Simpan kode ini" in note
    address = tree.xpath('//span[@class="alamat-lacak"]')[0].text_content()
    assert re.fullmatch(r"https?://[^/]+/ppid/lacak", address), address
