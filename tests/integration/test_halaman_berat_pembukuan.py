"""Issue 15, item 6: only writes that change data the pages show make the
kept pages stale.  A staff login or logout (the session rows, the login
throttle, a password hash brought to the current cost, their private audit
rows), an officer's look at a request (a private audit row) and tracking
lookups with wrong codes until they are refused are bookkeeping: the
heavy pages kept as files (SialipHeavyCache) and the status pages kept in
shared memory stay current after them.  A filing or a
staff change through the server still makes both current.

A kept heavy page is told from a computed one by its ETag (a computed
response carries none, sl_heavycache.c); a kept status page by a change
made by hand in the database that it does not show (SialipStatusRecheck
600 here).  A server of its own."""
import os

import pytest
import requests

import harness
from client import filed
from staf_uji import PASSWORD, post, session, user
from test_halaman_berat import REPORT, get
from test_keamanan_masuk import attempt, client
from test_status_tersimpan import WRONG_CODE, status_url

STATISTICS = "/ppid/statistik.xml"
LOOKUPS = 3           # wrong codes an address may try in the window

# Logins from 127.0.0.1 are counted in the database all tests share.
pytestmark = pytest.mark.usefixtures("clear_throttle")


@pytest.fixture(scope="module")
def quiet(workdir, db):
    place = os.path.join(workdir, "berat-pembukuan")
    os.makedirs(place, exist_ok=True)
    os.chmod(place, 0o755)
    apache = harness.Apache(place, db, lookup_limit=LOOKUPS, extra_conf=(
        "SialipHeavyCache \"%s\"\nSialipHeavyRecheck 3600\n"
        "SialipHeavyPerAddress 2\nSialipHeavyTotal 3\nSialipStatusRecheck 600\n"
        % os.path.join(place, "halaman")))
    apache.start()
    yield apache
    apache.stop()


def kept_etag(server, path):
    """Views path until it comes from the cache (the first view after a
    write computes it); returns the kept copy's ETag."""
    for _ in range(3):
        r = get(server, path, "127.0.0.1", **{"Accept-Encoding": "identity"})
        assert r.status_code == 200, r.text[:300]
        if "ETag" in r.headers:
            return r.headers["ETag"]
    raise AssertionError("%s was never sent from the cache" % path)


def etag_now(server, path):
    r = get(server, path, "127.0.0.1", **{"Accept-Encoding": "identity"})
    assert r.status_code == 200, r.text[:300]
    return r.headers.get("ETag")


class KeptStatus:
    """A request's status page, kept, whose details then change by hand:
    the kept page shows the old details until a write through the server."""

    def __init__(self, server, db, tag):
        self.server = server
        self.before = "Rincian pembukuan lama %s" % tag
        self.after = "Rincian pembukuan baru %s" % tag
        self.number, self.code, _ = filed(server, rincian=self.before)
        assert self.before in self.view()
        db.sql("UPDATE permohonan SET rincian = '%s' WHERE nomor = '%s';"
               % (self.after, self.number))

    def view(self):
        r = requests.get(status_url(self.server, self.number, self.code, xml=True),
                         timeout=30)
        assert r.status_code == 200, r.text[:300]
        return r.text

    def still_kept(self):
        text = self.view()
        return self.before in text and self.after not in text


def pages_kept(server):
    return {path: kept_etag(server, path) for path in (REPORT, STATISTICS)}


def views_of_personal_data(db, number):
    return int(db.sql("SELECT COUNT(*) FROM audit WHERE aksi = 'lihat' "
                      "AND objek = 'data_pemohon' AND objek_id = '%s';" % number)[0][0])


def test_a_login_and_a_logout_keep_the_pages(quiet, db):
    user(db, "pembukuan.utama", ["ppid_utama"])
    status = KeptStatus(quiet, db, "masuk")
    etags = pages_kept(quiet)
    # A wrong password (counted in the login throttle), then the login
    # (the first at this hash's cost: the hash is brought to the current
    # one), a look at the request (its private audit row: who saw the
    # applicant's personal data), then the logout.
    assert attempt(quiet, "pembukuan.utama", "salah-sandi").status_code == 422
    s = session(quiet, "pembukuan.utama", PASSWORD)
    r = s.get(quiet.url + "/ppid/admin/permohonan/%s" % status.number, timeout=30)
    assert r.status_code == 200, r.text[:300]
    assert views_of_personal_data(db, status.number) == 1
    r = post(s, quiet, "/ppid/keluar")
    assert r.status_code == 303, r.text[:300]
    for path, etag in etags.items():
        assert etag_now(quiet, path) == etag, "%s was computed again" % path
    assert status.still_kept(), "the status page was checked again"


def test_wrong_codes_until_refused_keep_the_pages(quiet, db):
    status = KeptStatus(quiet, db, "lacak")
    etags = pages_kept(quiet)
    guesser = client("127.0.0.71")
    codes = [guesser.get(status_url(quiet, status.number, WRONG_CODE), timeout=30).status_code
             for _ in range(LOOKUPS + 2)]
    assert codes == [404] * LOOKUPS + [429, 429], codes
    for path, etag in etags.items():
        assert etag_now(quiet, path) == etag, "%s was computed again" % path
    assert status.still_kept(), "the status page was checked again"


@pytest.mark.parametrize("write", ["filing", "staff"])
def test_a_data_write_makes_them_current(quiet, db, write):
    status = KeptStatus(quiet, db, write)
    etags = pages_kept(quiet)
    if write == "filing":
        number, _, _ = filed(quiet)
    else:
        # An officer routes the status page's own request.
        user(db, "pembukuan.utama", ["ppid_utama"])
        s = session(quiet, "pembukuan.utama", PASSWORD)
        dinkes = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]
        r = post(s, quiet, "/ppid/admin/permohonan/%s/disposisi" % status.number,
                 {"opd": dinkes, "catatan": "Mohon disiapkan."})
        assert r.status_code == 303, r.text[:300]
    for path in etags:
        assert etag_now(quiet, path) is None, "%s was sent from the cache" % path
    assert not status.still_kept(), "the status page did not show the change"
    if write == "filing":
        assert 'nomor="%s"' % number in get(quiet, REPORT).text
