"""Issue 20, the status page beside heavy pages: SialipHeavyTotal bounds the
heavy pages computed at once by the whole server, both modules together
(it was counted per module, so /ppid and /inovasi could each run their
own), and a computation whose Apache child died does not keep its place.
The computations are held up by a table lock taken by hand.  A server of
its own, with SialipHeavyTotal 1."""
import concurrent.futures
import contextlib
import os
import signal
import time

import pytest

from test_halaman_berat import YEAR, get, start
from test_keamanan_berat import lock_table, waiting_on_lock

STATISTICS = "/ppid/statistik.xml?tahun=%d" % YEAR


@pytest.fixture(scope="module")
def one(workdir, db):
    apache = start(workdir, db, "berat-satu", 0, per_address=2, total=1)
    yield apache
    apache.stop()


def busy(response):
    return response.status_code == 503 and "Server sedang sibuk" in response.text


@contextlib.contextmanager
def computing(server, db, seconds, address):
    """The statistics page computing on server for address, held up by a
    lock on permohonan (taken for up to seconds); yields the lock's taker
    and the page's future once the computation waits on the lock.  The
    taker is ended afterwards."""
    locker = lock_table(db, "permohonan", seconds)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            held = pool.submit(get, server, STATISTICS, address)
            waiting_on_lock(db, 1)
            yield locker, held
    finally:
        if locker.poll() is None:
            locker.kill()
        locker.wait()


def test_one_computation_for_both_modules(one, db):
    with computing(one, db, 8, "127.0.0.31") as (locker, held):
        # The other module's heavy page, from another address: refused
        # while mod_sialip's computation runs.
        r = get(one, "/inovasi/ekspor.xml", "127.0.0.32")
        assert busy(r), (r.status_code, r.text[:300])
        assert int(r.headers["Retry-After"]) > 0
        r = get(one, "/ppid/laporan/%d.xml" % YEAR, "127.0.0.33")
        assert busy(r), (r.status_code, r.text[:300])
        locker.wait(timeout=60)
        assert held.result().status_code == 200
    # The place is given back when the computation ends.
    assert get(one, "/inovasi/ekspor.xml", "127.0.0.32").status_code == 200


def children_serving(server, before, deadline=60):
    """Waits until the parent has replaced the killed children."""
    end = time.time() + deadline
    while time.time() < end:
        now = set(server.children())
        if now and not now & before:
            return
        time.sleep(0.1)
    raise AssertionError("the children were not replaced")


def test_a_computation_of_a_dead_child_gives_its_place_back(one, db):
    with computing(one, db, 20, "127.0.0.34") as (locker, held):
        assert busy(get(one, "/ppid/laporan/%d.xml" % YEAR, "127.0.0.35"))
        # Every child killed, the computing one with them: its place
        # must not stay taken until the next restart.
        before = set(one.children())
        for pid in before:
            os.kill(pid, signal.SIGKILL)
        children_serving(one, before)
        try:
            held.result()
        except Exception:
            pass        # its connection was cut
    for path in (STATISTICS, "/inovasi/ekspor.xml"):
        r = get(one, path, "127.0.0.36")
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
