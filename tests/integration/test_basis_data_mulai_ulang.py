"""MariaDB restarted under load (a security update does this): once it is
back, no request a citizen sends may fail, whatever dead connections the
Apache children still hold in their pools.  This file runs its own MariaDB
and Apache (one pair per MPM, shared by its tests: starting a pair takes
seconds), so no other file depends on the order; each test finds both
running and leaves them running."""
import concurrent.futures
import os
import shutil
import sys
import tempfile
import threading
import time

import pytest
import requests

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import harness  # noqa: E402
from client import file_request  # noqa: E402

# Pages that read the database on every view.  Not the routes marked heavy
# (the showcase, reports, exports): one address may run only two of those
# at once, and this load comes from one address by design.
PAGES = ["/ppid/dikecualikan", "/ppid/dip", "/ppid/tarif"]


@pytest.fixture(scope="module", params=["event", "prefork"])
def own_servers(request):
    work = tempfile.mkdtemp(prefix="sialip-restart-")
    os.chmod(work, 0o755)
    db = harness.MariaDB(work)
    db.install(migrated=True)
    db.start()
    extra = "ServerLimit 6\nMaxRequestWorkers 6\n" if request.param == "prefork" else ""
    # Pools that hold several connections per child (the old shipped
    # DBDMin 4 under prefork): all of them are dead after the restart.
    pool = "DBDMin 4\nDBDKeep 4\nDBDMax 16\nDBDExptime 300"
    apache = harness.Apache(work, db, lookup_limit=100000, mpm=request.param,
                            dbd_pool=pool, extra_conf=extra)
    try:
        db.create_app_database()
        apache.start()
        yield db, apache
    finally:
        apache.stop()
        db.stop()
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def servers(own_servers):
    """This file's pair, both running (a test that failed while the
    database was down may have left it down)."""
    db, apache = own_servers
    if db.proc is None or db.proc.poll() is not None:
        db.start()
    assert apache.proc.poll() is None, "this file's Apache has exited"
    return db, apache


class Load:
    """Clients asking in a loop; every answer kept with when it was asked."""

    def __init__(self, apache, clients):
        self.apache, self.clients = apache, clients
        self.results = []          # (started, status, what)
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def one(self, i, n):
        started = time.time()
        try:
            if n % 5 == 0:
                r = file_request(self.apache, nama="Beban %d-%d" % (i, n))
                status, what = r.status_code, "POST"
            else:
                page = PAGES[n % len(PAGES)]
                # A hang is a failure, slowness is not: on a machine loaded
                # several times over (CI, make test beside other work) a
                # page can wait tens of seconds for a core.
                r = requests.get(self.apache.url + page, timeout=120)
                status, what = r.status_code, page
                if status == 503:
                    assert r.headers.get("Retry-After"), "503 without Retry-After"
        except requests.RequestException as e:
            status, what = None, str(e)
        with self.lock:
            self.results.append((started, status, what))

    def client(self, i):
        n = 0
        while not self.stop.is_set():
            self.one(i, n)
            n += 1

    def __enter__(self):
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=self.clients)
        self.futures = [self.pool.submit(self.client, i) for i in range(self.clients)]
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for f in self.futures:
            f.result()
        self.pool.shutdown()

    def count_after(self, t):
        with self.lock:
            return sum(1 for started, _, _ in self.results if started >= t)

    def wait_for(self, n, since, timeout=120):
        deadline = time.time() + timeout
        while self.count_after(since) < n:
            assert time.time() < deadline, "the load made no progress"
            time.sleep(0.1)


def ok(status, what):
    return status == (303 if what == "POST" else 200)


def test_no_request_fails_once_the_restarted_database_is_back(servers):
    db, apache = servers
    with Load(apache, clients=16) as load:
        # Fill every child's pool with connections that the restart kills.
        load.wait_for(150, 0)
        warm = [r for r in load.results if not ok(r[1], r[2])]
        assert not warm, warm[:5]
        db.stop()
        db.start()              # returns once MariaDB accepts connections
        back = time.time()
        load.wait_for(300, back)
    after = [r for r in load.results if r[0] >= back]
    failed = [r for r in after if not ok(r[1], r[2])]
    assert len(after) >= 300
    assert not failed, "%d of %d failed after the database was back: %s" % (
        len(failed), len(after), failed[:5])
    # While it was down, a request either waited for it or got a 503.
    during = [r for r in load.results if r[0] < back and not ok(r[1], r[2])]
    assert all(status == 503 for _, status, _ in during), during[:5]


def test_a_long_outage_answers_503_with_retry_after_then_recovers(servers):
    db, apache = servers
    assert requests.get(apache.url + "/ppid/dikecualikan", timeout=30).status_code == 200
    db.stop()
    try:
        # Each waits the whole time a request waits for the database
        # (seconds): the read and the filing wait side by side.
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            read = pool.submit(requests.get, apache.url + "/ppid/dikecualikan", timeout=60)
            filing = pool.submit(file_request, apache)
            r, f = read.result(), filing.result()
        assert r.status_code == 503
        assert r.headers.get("Retry-After")
        # A plain read saved nothing, so it does not say data was lost.
        assert "belum tersimpan" not in r.text
        assert f.status_code == 503
        assert "belum tersimpan" in f.text
    finally:
        db.start()
    assert requests.get(apache.url + "/ppid/dikecualikan", timeout=60).status_code == 200


def test_dead_pooled_connections_never_fail_a_request(servers):
    """Restarted while idle: every child's pool is all dead connections
    when the next requests come."""
    db, apache = servers
    with Load(apache, clients=16) as load:
        load.wait_for(150, 0)
    db.stop()
    db.start()
    back = time.time()
    with Load(apache, clients=16) as load:
        load.wait_for(300, back)
    failed = [r for r in load.results if not ok(r[1], r[2])]
    assert not failed, "%d of %d failed: %s" % (len(failed), len(load.results),
                                                failed[:5])
