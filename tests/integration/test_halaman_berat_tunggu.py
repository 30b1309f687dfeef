"""Issue 20, the status page beside clients that loop on heavy pages: a
computation beyond SialipHeavyTotal waits up to SialipHeavyWait seconds
for a place instead of being refused at once (a client that asks again
as soon as it is refused cost the server a refusal every few
milliseconds), and a computing thread pauses after its statements
(SialipHeavyPause: MariaDB runs them at normal priority, whatever the
nice value of the thread waiting for them).  The computations are held up
by a table lock taken by hand.  A server of its own: SialipHeavyTotal 1,
SialipHeavyWait 15."""
import concurrent.futures
import os
import re
import time

import pytest

import harness
from test_halaman_berat import YEAR, get
from test_keamanan_berat import lock_table, waiting_on_lock

STATISTICS = "/ppid/statistik.xml?tahun=%d" % YEAR
WAIT = 15


@pytest.fixture(scope="module")
def waits(workdir, db):
    place = os.path.join(workdir, "berat-tunggu")
    os.makedirs(place, exist_ok=True)
    apache = harness.Apache(place, db, lookup_limit=100000, extra_conf=(
        "SialipHeavyCache none\nSialipHeavyRecheck 0\nSialipHeavyPerAddress 2\n"
        "SialipHeavyTotal 1\nSialipHeavyWait %d\nSialipHeavyPause 300\n" % WAIT))
    apache.start()
    yield apache
    apache.stop()


def log_lines(server, pattern):
    return re.findall(pattern, server.log())


def await_log(server, pattern, n=1, deadline=60):
    end = time.time() + deadline
    while time.time() < end:
        if len(log_lines(server, pattern)) >= n:
            return
        time.sleep(0.05)
    raise AssertionError("no %r in the error log:\n%s" % (pattern, server.log()[-3000:]))


def test_a_computation_beyond_the_bound_waits_for_the_place(waits, db):
    waiting = r"heavy page /inovasi/ekspor\.xml waits up to %d s" % WAIT
    before = len(log_lines(waits, waiting))
    locker = lock_table(db, "permohonan", 50)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            held = pool.submit(get, waits, STATISTICS, "127.0.0.51")
            waiting_on_lock(db, 1)
            # The other module's page, from another address, while the
            # only place is taken: it waits instead of a 503 ...
            second = pool.submit(get, waits, "/inovasi/ekspor.xml", "127.0.0.52")
            await_log(waits, waiting, before + 1)
            # ... and gets the place when the first computation ends.
            locker.kill()
            locker.wait()
            assert held.result().status_code == 200
            r = second.result()
            assert r.status_code == 200, (r.status_code, r.text[:300])
            assert "Server sedang sibuk" not in r.text
    finally:
        if locker.poll() is None:
            locker.kill()
            locker.wait()


def test_after_the_wait_it_is_refused_with_retry_after(waits, db):
    locker = lock_table(db, "permohonan", 60)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            held = pool.submit(get, waits, STATISTICS, "127.0.0.53")
            waiting_on_lock(db, 1)
            r = get(waits, "/ppid/laporan/%d.xml" % YEAR, "127.0.0.54")
            assert r.status_code == 503 and "Server sedang sibuk" in r.text, \
                (r.status_code, r.text[:300])
            assert int(r.headers["Retry-After"]) > 0
            locker.kill()
            locker.wait()
            assert held.result().status_code == 200
    finally:
        if locker.poll() is None:
            locker.kill()
            locker.wait()


def test_a_computation_pauses_after_its_statements(waits):
    done = r"heavy page /ppid/statistik\.xml computed in \d+ ms, of which (\d+) pauses " \
           r"(\d+) ms \(SialipHeavyPause 300\)"
    before = len(log_lines(waits, done))
    r = get(waits, STATISTICS, "127.0.0.55")
    assert r.status_code == 200
    await_log(waits, done, before + 1)
    pauses, _ = log_lines(waits, done)[-1]
    # The statistics read their rows in several statements, each followed
    # by a pause.
    assert int(pauses) >= 2


def test_the_settings_are_checked_at_startup(workdir, db):
    place = os.path.join(workdir, "berat-tunggu-salah")
    os.makedirs(place, exist_ok=True)
    for line, message in (("SialipHeavyWait 61", "SialipHeavyWait: expected seconds"),
                          ("SialipHeavyPause -1", "SialipHeavyPause: expected a percentage")):
        apache = harness.Apache(place, db, extra_conf=line + "\n")
        apache.write_config()
        out = apache.configtest()
        assert out.returncode != 0 and message in out.stderr, out.stderr
