"""A statement chosen as a deadlock's victim is run again (sl_db.c): the
filing's throttle count (INSERT ... RETURNING, a statement with a result
set, whose error arrives after the result's columns) loses a deadlock
against a transaction made here by hand, and the citizen still gets the
receipt.  On a Galera cluster the same error comes from a certification
conflict while two nodes take writes (a writer being switched)."""
import subprocess
import threading
import time

import client
import harness

KEY = "ajukan-ip:127.0.0.1"


def _lock_waits(db):
    return int(db.sql("SELECT COUNT(*) FROM information_schema.INNODB_TRX "
                      "WHERE trx_state = 'LOCK WAIT';")[0][0])


def test_throttle_count_loses_a_deadlock_and_the_filing_goes_through(server, db):
    db.sql("INSERT INTO pembatasan (kunci, jendela_mulai, jumlah) "
           "VALUES ('%s', UTC_TIMESTAMP(), 0) ON DUPLICATE KEY UPDATE kunci = kunci;" % KEY)
    mark = len(server.log())
    # The other side: a transaction heavier than the filing's statement
    # (200 rows it will roll back), so InnoDB picks the filing as victim;
    # it shares the counter row, then asks for it exclusively while the
    # filing waits for it.
    other = subprocess.Popen(
        ["mysql", "--no-defaults", "--protocol=socket", "-S", db.socket, "-u",
         harness.DB_ADMIN, "--batch", "--skip-column-names", "--unbuffered", "sialip"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    answer = {}
    try:
        other.stdin.write(
            "BEGIN;\n"
            "INSERT INTO pembatasan (kunci, jendela_mulai, jumlah) "
            "SELECT CONCAT('uji-kebuntuan-', seq), UTC_TIMESTAMP(), 0 FROM seq_1_to_200;\n"
            "SELECT jumlah FROM pembatasan WHERE kunci = '%s' LOCK IN SHARE MODE;\n"
            "SELECT 'siap';\n" % KEY)
        other.stdin.flush()
        while other.stdout.readline().strip() != "siap":
            assert other.poll() is None, other.stderr.read()

        def file():
            answer["r"] = client.file_request(server, nama="Pemohon Kebuntuan")
        filing = threading.Thread(target=file)
        filing.start()
        deadline = time.time() + 30
        while _lock_waits(db) < 1:
            assert time.time() < deadline and filing.is_alive(), \
                "the filing never waited for the counter row"
            time.sleep(0.05)
        other.stdin.write("UPDATE pembatasan SET jumlah = jumlah WHERE kunci = '%s';\n"
                          "ROLLBACK;\n" % KEY)
        other.stdin.close()
        other.wait(timeout=60)
        filing.join(timeout=90)
    finally:
        if other.poll() is None:
            other.kill()
            other.wait()
    log = server.log()[mark:]
    assert "SL00086" in log, "the filing was not the deadlock's victim:\n" + log[-2000:]
    r = answer["r"]
    assert r.status_code == 303, (r.status_code, log[-2000:])
    assert client.NUMBER_RE.match(r.headers["Location"])
    assert db.sql("SELECT COUNT(*) FROM pembatasan WHERE kunci LIKE 'uji-kebuntuan-%';") \
        == [["0"]]
