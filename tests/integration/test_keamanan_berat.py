"""Issue 20: one client address may have at most two heavy public renders
(annual and semester reports, statistics, the innovation export and
showcase) running at once; more answer 429 at once instead of queueing for
the CPU.  The renders are held up by a table lock taken by hand."""
import concurrent.futures
import subprocess
import time

import pytest

from test_keamanan_masuk import client


def lock_table(db, table, seconds):
    """Holds a write lock on table for seconds in a separate session;
    returns once the lock is held."""
    cmd = ["mysql", "--no-defaults", "--protocol=socket", "-S", db.socket, "-u",
           "root", "sialip", "-e",
           "LOCK TABLES %s WRITE; SELECT SLEEP(%d); UNLOCK TABLES;" % (table, seconds)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        if db.sql("SELECT COUNT(*) FROM information_schema.processlist "
                  "WHERE state = 'User sleep';") != [["0"]]:
            return proc
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("the lock was not taken")


def waiting_on_lock(db, n):
    deadline = time.time() + 30
    while time.time() < deadline:
        rows = db.sql("SELECT COUNT(*) FROM information_schema.processlist "
                      "WHERE state LIKE 'Waiting for table%';")
        if int(rows[0][0]) >= n:
            return
        time.sleep(0.05)
    raise AssertionError("the renders did not reach the database")


@pytest.mark.parametrize("path,table", [("/ppid/statistik.xml", "permohonan"),
                                        ("/inovasi/ekspor.xml", "inovasi")])
def test_a_third_heavy_render_from_one_address_is_refused(server, db, path, table):
    address = "127.0.0.9"
    locker = lock_table(db, table, 8)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            held = [pool.submit(lambda: client(address).get(server.url + path,
                                                            timeout=60))
                    for _ in range(2)]
            waiting_on_lock(db, 2)
            third = client(address).get(server.url + path, timeout=10)
            assert third.status_code == 429, third.text[:300]
            assert "Terlalu banyak permintaan" in third.text
            assert third.headers["Retry-After"] == "5"
            # Another address is not held back.
            other = pool.submit(lambda: client("127.0.0.10").get(server.url + path,
                                                                 timeout=60))
            locker.wait(timeout=60)
            assert [f.result().status_code for f in held] == [200, 200]
            assert other.result().status_code == 200
    finally:
        if locker.poll() is None:
            locker.kill()
    # The slots were given back.
    assert client(address).get(server.url + path, timeout=60).status_code == 200
