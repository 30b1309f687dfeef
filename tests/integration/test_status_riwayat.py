"""The history on the citizen's status page lists the public entries of the
request and of its objections as one list in time order (ties in the order
they were written), whichever of the two they belong to.  The page reads
them with two index lookups and sorts them itself (issue 20, performance):
these tests fail if the two parts are merely put one after the other."""
import pytest
import requests
from lxml import etree

from client import filed

pytestmark = pytest.mark.usefixtures("clear_throttle")


def history(server, number, code):
    r = requests.get("%s/ppid/permohonan/%s.xml?kode=%s" % (server.url, number, code),
                     timeout=30)
    assert r.status_code == 200, r.text[:300]
    page = etree.fromstring(r.content)
    return [(e.get("waktu"), e.text) for e in page.findall("riwayat/peristiwa")]


def add_entry(db, objek, objek_id, waktu, text):
    db.sql("INSERT INTO audit (waktu, aktor, aksi, objek, objek_id, sesudah, publik) "
           "VALUES ('%s', 'uji', 'catatan', '%s', '%s', '%s', 1);"
           % (waktu, objek, objek_id, text))


def objection_by_hand(db, number):
    """An objection row of the request, written by hand (a number made
    from the request's, so no other test has it)."""
    k = "KR" + number.replace("-", "")
    db.sql("INSERT INTO keberatan (nomor, tahun, permohonan_id, alasan, uraian, "
           "diterima_pada, hari_nol, jatuh_tempo) SELECT '%s', 1999, id, 'c', "
           "'Riwayat urut.', UTC_TIMESTAMP(), CURDATE(), CURDATE() FROM permohonan "
           "WHERE nomor = '%s';" % (k, number))
    return k


def test_request_and_objection_entries_are_one_list_in_time_order(server, db):
    number, code, _ = filed(server, rincian="Riwayat berurutan waktu")
    k = objection_by_hand(db, number)
    # Written out of time order, both objects interleaved, with a tie at
    # the last second (written request first, then objection).
    add_entry(db, "permohonan", number, "2001-01-01 01:00:03", "riwayat C")
    add_entry(db, "keberatan", k, "2001-01-01 01:00:02", "riwayat B")
    add_entry(db, "permohonan", number, "2001-01-01 01:00:01", "riwayat A")
    add_entry(db, "keberatan", k, "2001-01-01 01:00:03", "riwayat D")
    add_entry(db, "keberatan", k, "2001-01-01 00:59:59", "riwayat 0")

    texts = [text for _, text in history(server, number, code)]
    ours = [t for t in texts if t and t.startswith("riwayat ")]
    assert ours == ["riwayat 0", "riwayat A", "riwayat B", "riwayat C", "riwayat D"], texts
    # The entries of 2001 come before the filing's own (today's).
    assert texts[:5] == ours, texts
    assert any("Permohonan diterima" in (t or "") for t in texts[5:]), texts


def test_another_requests_objection_is_not_in_the_history(server, db):
    number, code, _ = filed(server, rincian="Riwayat tanpa keberatan lain")
    other, _, _ = filed(server, rincian="Riwayat keberatan lain")
    k = objection_by_hand(db, other)
    add_entry(db, "keberatan", k, "2001-01-01 02:00:00", "riwayat lain")
    add_entry(db, "permohonan", other, "2001-01-01 02:00:01", "riwayat lain juga")
    texts = [text for _, text in history(server, number, code)]
    assert not any(t and t.startswith("riwayat lain") for t in texts), texts
    assert any("Permohonan diterima" in (t or "") for t in texts), texts
