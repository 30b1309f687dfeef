"""The database stops while Apache runs: a clear 503 page, nothing lost,
and service comes back without restarting Apache."""
import time

import requests

from client import file_request, filed


def test_database_outage_gives_503_then_recovers(server, db, clear_throttle):
    number, code, receipt = filed(server)
    try:
        outage_then_recovery(server, db, number, receipt)
    finally:
        # The tests after this one get a pool without dead connections.
        server.graceful()


def outage_then_recovery(server, db, number, receipt):
    db.stop()
    try:
        r = requests.get(server.url + receipt, timeout=30)
        assert r.status_code == 503
        assert "Retry-After" in r.headers
        assert "Layanan sedang tidak tersedia" in r.text
        filing = file_request(server)
        assert filing.status_code == 503
        assert "belum tersimpan" in filing.text
        # Pages that need no database still work.
        assert requests.get(server.url + "/ppid/", timeout=10).status_code == 200
    finally:
        db.start()

    deadline = time.time() + 30
    while True:
        r = requests.get(server.url + receipt, timeout=30)
        if r.status_code == 200 or time.time() > deadline:
            break
        time.sleep(0.5)
    assert r.status_code == 200, r.text
    # Every process's pool has recovered, not only one.
    for _ in range(20):
        assert requests.get(server.url + receipt, timeout=30).status_code == 200
    number2, _, _ = filed(server)
    # The refused filing used no number: every number from the first to
    # this one exists (whatever other tests filed meanwhile).
    year, first, last = number[:4], int(number[5:]), int(number2[5:])
    assert number2[:4] == year and last > first
    assert db.sql("SELECT COUNT(*) FROM permohonan WHERE tahun = %s AND nomor BETWEEN "
                  "'%s' AND '%s';" % (year, number, number2)) == [[str(last - first + 1)]]
