"""`make run`'s demo (scripts/demo.py): a newcomer sees a service with a
history, not empty pages, and can sign in as each role.  Runs its own
MariaDB and Apache: the demo's years would disturb the shared database."""
import os
import re
import sys
import tempfile

import pytest
import requests
from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "scripts"))
import harness  # noqa: E402
import demo  # noqa: E402
from client import login, own_servers  # noqa: E402


@pytest.fixture(scope="module")
def demo_server():
    work = tempfile.mkdtemp(prefix="sialip-demo-")
    os.chmod(work, 0o755)
    db = harness.MariaDB(work)
    db.install(migrated=True)
    db.start()
    apache = harness.Apache(work, db)

    def history():
        assert demo.load_history(db, log=lambda *a: None)
        return demo.reset_users(db)
    with own_servers(work, db, apache, history) as passwords:
        yield db, apache, passwords


def count(db, sql):
    return int(db.sql(sql)[0][0])


def test_the_history_has_requests_in_every_state_and_outcome(demo_server):
    db, _, _ = demo_server
    assert count(db, "SELECT COUNT(DISTINCT status) FROM permohonan;") >= 3
    assert count(db, "SELECT COUNT(DISTINCT keputusan) FROM pemberitahuan;") == 6
    assert count(db, "SELECT COUNT(*) FROM keberatan;") > 0
    assert count(db, "SELECT COUNT(*) FROM informasi_dikecualikan;") > 0
    assert count(db, "SELECT COUNT(*) FROM inovasi_indikator;") > 0


def test_public_pages_are_not_empty(demo_server):
    _, apache, _ = demo_server
    dip = requests.get(apache.url + "/ppid/dip.xml", timeout=60)
    assert dip.status_code == 200
    assert len(etree.fromstring(dip.content).xpath("//*[local-name()='entri']")) >= 10
    stat = requests.get(apache.url + "/ppid/statistik.xml", timeout=120)
    assert stat.status_code == 200
    total = etree.fromstring(stat.content).xpath(
        "//*[local-name()='permohonan']/*[local-name()='jumlah']/text()")
    assert total and int(total[0]) > 0
    showcase = requests.get(apache.url + "/inovasi/", timeout=60)
    assert showcase.status_code == 200
    assert len(set(re.findall(r'href="/inovasi/(\d+)"', showcase.text))) >= 5


def test_every_role_signs_in_and_reaches_its_work(demo_server):
    db, apache, passwords = demo_server
    assert set(passwords) == set(demo.USERS)
    for name, password in passwords.items():
        s = login(apache, name, password)
        home = s.get(apache.url + "/ppid/admin/", timeout=30)
        assert home.status_code == 200, (name, home.status_code)
        assert 'type="password"' not in home.text, name
    # The desk sees the requests in its inbox.
    utama = login(apache, "ppid.utama", passwords["ppid.utama"])
    inbox = utama.get(apache.url + "/ppid/admin/permohonan", timeout=60)
    assert inbox.status_code == 200 and inbox.text.count("/ppid/admin/permohonan/") >= 10


def test_a_second_start_keeps_the_data_and_changes_the_passwords(demo_server):
    db, apache, passwords = demo_server
    before = count(db, "SELECT COUNT(*) FROM permohonan;")
    assert demo.load_history(db, log=lambda *a: None) is False
    assert count(db, "SELECT COUNT(*) FROM permohonan;") == before
    again = demo.reset_users(db)
    assert again["bupati"] != passwords["bupati"]
    r = requests.post(apache.url + "/ppid/masuk",
                      data={"username": "bupati", "password": passwords["bupati"]},
                      allow_redirects=False, timeout=30)
    assert r.status_code != 303
    login(apache, "bupati", again["bupati"])
    passwords.update(again)


def test_the_archive_the_survey_and_a_conversation_have_something_to_show(demo_server):
    db, apache, _ = demo_server
    assert count(db, "SELECT COUNT(*) FROM arsip WHERE status = 'terbit';") >= 100
    assert count(db, "SELECT COUNT(*) FROM arsip WHERE status = 'ditahan';") > 0
    archive = requests.get(apache.url + "/ppid/arsip", timeout=60)
    assert archive.status_code == 200
    assert len(set(re.findall(r'href="/ppid/arsip/(\d{4}-\d{6})"', archive.text))) >= 10
    year = db.sql("SELECT MAX(tahun) FROM survei WHERE sumber = 'web';")[0][0]
    survey = requests.get(apache.url + "/ppid/survei.xml?tahun=" + year, timeout=60)
    assert survey.status_code == 200
    responden = etree.fromstring(survey.content).xpath(
        "//*[local-name()='unit'][@jenis='semua']/*[local-name()='responden']/text()")
    assert responden and int(responden[0]) >= 30
    assert count(db, "SELECT COUNT(*) FROM survei WHERE sumber = 'kertas';") > 0
    # The demo's conversation, opened as the applicant with the code printed.
    line = demo.conversation(db)
    m = re.search(r"nomor (\d{4}-\d{6}) dan kode ([0-9A-Z-]{19})", line)
    assert m, line
    s = requests.Session()
    r = s.post(apache.url + "/ppid/lacak", data={"nomor": m.group(1), "kode": m.group(2)},
               headers={"Origin": apache.url}, timeout=30)
    assert r.status_code == 200 and "Percakapan dengan PPID" in r.text
    assert "Permintaan klarifikasi" in r.text and "Tahun anggaran 2025 saja" in r.text
