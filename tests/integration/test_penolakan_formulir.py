"""A refused workflow step (issue 16 item 16) comes back as the request's
page with the message beside the step's form and the input kept, not as a
bare error page; nothing changes."""
import re

import pytest

import harness
from client import filed, login, staff_post as post

PASSWORD = "kata-sandi-tolak-123"


@pytest.fixture(scope="module")
def officers(db):
    for name, roles, opd in (("tolak.utama", ["ppid_utama"], None),
                             ("tolak.dinkes", ["ppid_pelaksana"], "dinkes")):
        harness.add_user(db, name, PASSWORD, name.title(), roles, opd_kode=opd, cost=4)


@pytest.fixture
def as_(server, officers, clear_throttle):
    return lambda name: login(server, name, PASSWORD)


def beside(page, field):
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % re.escape(field), page)
    return m.group(1) if m else None


def test_refused_steps_come_back_as_the_form(server, db, as_):
    utama, dinkes = as_("tolak.utama"), as_("tolak.dinkes")
    number, _, _ = filed(server)
    base = "/ppid/admin/permohonan/%s" % number

    r = post(server, utama, base + "/disposisi", {"catatan": "Catatan <uji> & data"})
    assert r.status_code == 409
    assert "<h1>Permohonan %s</h1>" % number in r.text
    assert "Pilih paling sedikit satu OPD" in beside(r.text, "disposisi")
    assert 'value="Catatan &lt;uji&gt; &amp; data"' in r.text
    assert 'id="ditolak"' in r.text

    r = post(server, utama, base + "/perpanjang", {"alasan": ""})
    assert r.status_code == 409
    assert "alasan tertulis" in beside(r.text, "perpanjang")

    dinkes_id = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]
    assert post(server, utama, base + "/disposisi", {"opd": dinkes_id}).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                  "d.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
    long_answer = "x" * 10001
    r = post(server, dinkes, base + "/disposisi/%s/jawab" % part, {"jawaban": long_answer})
    assert r.status_code == 409
    assert "paling banyak 10000" in beside(r.text, "disposisi/%s/jawab" % part)
    assert long_answer in r.text
    assert db.sql("SELECT status FROM disposisi WHERE id = %s;" % part) == [["menunggu"]]

    # The notice waits for the part: said beside the notice section.
    r = post(server, utama, base + "/pemberitahuan", {"keputusan": "tidak_dikuasai",
                                                     "diteruskan_ke": "BPS"})
    assert r.status_code == 409
    assert "belum menjawab disposisi" in beside(r.text, "pemberitahuan")
    assert db.sql("SELECT status FROM permohonan WHERE nomor = '%s';" % number) == \
        [["didisposisi"]]
