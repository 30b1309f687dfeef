"""Faults that must lose nothing: the database killed during a burst of
filings, an Apache child killed mid-request, an unwritable upload store,
and hostile bodies."""
import concurrent.futures
import hashlib
import os
import shutil
import signal
import subprocess
import threading
import time

import pytest
import requests

from client import NUMBER_RE, PNG_BYTES, file_request, valid_form

pytestmark = pytest.mark.usefixtures("clear_throttle")


def burst(server, n, workers=12, underway=None):
    """n filings from `workers` threads; `underway` (a threading.Event) is
    set once a few have been answered, so a fault lands mid-burst however
    slow the machine is."""
    answered = []

    def one(i):
        try:
            r = file_request(server, nama="Beruntun %d" % i)
            return r.status_code, r.headers.get("Location")
        except requests.RequestException as e:
            return None, str(e)
        finally:
            answered.append(i)
            if underway is not None and len(answered) >= 5:
                underway.set()
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, range(n)))


def fault_mid_burst(server, n, fault):
    """Runs fault() once the burst is under way; returns the burst's
    answers."""
    underway = threading.Event()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as killer:
        def when_underway():
            assert underway.wait(120), "the burst did not get going"
            fault()
        pending = killer.submit(when_underway)
        results = burst(server, n, underway=underway)
        pending.result()
    return results


def consistent(db):
    """Every request has its audit row and every audit row its request; the
    year's counter matches the highest number: nothing half-written."""
    orphans = db.sql("SELECT COUNT(*) FROM permohonan p WHERE NOT EXISTS (SELECT 1 "
                     "FROM audit a WHERE a.objek = 'permohonan' AND a.objek_id = p.nomor "
                     "AND a.aksi = 'ajukan');")[0][0]
    ghosts = db.sql("SELECT COUNT(*) FROM audit a WHERE a.objek = 'permohonan' "
                    "AND a.aksi = 'ajukan' AND NOT EXISTS "
                    "(SELECT 1 FROM permohonan p WHERE p.nomor = a.objek_id);")[0][0]
    counters = db.sql("SELECT n.tahun, n.terakhir, MAX(p.nomor) FROM nomor_urut n JOIN "
                      "permohonan p ON p.tahun = n.tahun WHERE n.jenis = 'permohonan' "
                      "GROUP BY n.tahun, n.terakhir;")
    assert orphans == "0" and ghosts == "0"
    for year, last, highest in counters:
        assert highest == "%s-%06d" % (year, int(last))
        assert int(db.sql("SELECT COUNT(*) FROM permohonan WHERE tahun = %s;" % year)[0][0]) \
            == int(last), "numbers have gaps"


def wait_until_serving(server, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        r = file_request(server)
        if r.status_code == 303:
            return
        time.sleep(0.5)
    raise AssertionError("filing did not recover")


def test_database_killed_during_a_burst_loses_no_acknowledged_filing(server, db):
    def kill():
        db.proc.kill()          # SIGKILL: no clean shutdown
        db.proc.wait()
    results = fault_mid_burst(server, 80, kill)
    try:
        acknowledged = [NUMBER_RE.match(loc).group(1) for status, loc in results
                        if status == 303]
        refused = [status for status, _ in results if status != 303]
        assert all(status == 503 for status in refused), refused
    finally:
        db.start()
    try:
        wait_until_serving(server)
        for number in acknowledged:
            assert db.sql("SELECT COUNT(*) FROM permohonan WHERE nomor = '%s';"
                          % number) == [["1"]]
        consistent(db)
    finally:
        # The tests after this one get a pool without dead connections.
        server.graceful()


def apache_children(server):
    out = subprocess.run(["pgrep", "-P", str(server.proc.pid)], capture_output=True,
                         text=True).stdout
    return [int(pid) for pid in out.split()]


def test_an_apache_child_killed_mid_request_leaves_nothing_half_written(server, db):
    def kill_a_child():
        # Chosen when the burst is under way: Apache may have replaced or
        # retired children meanwhile.
        for pid in apache_children(server):
            try:
                os.kill(pid, signal.SIGKILL)
                return
            except ProcessLookupError:
                continue
        raise AssertionError("no Apache child to kill")
    assert apache_children(server)
    results = fault_mid_burst(server, 60, kill_a_child)
    acknowledged = [NUMBER_RE.match(loc).group(1) for status, loc in results if status == 303]
    for number in acknowledged:
        assert db.sql("SELECT COUNT(*) FROM permohonan WHERE nomor = '%s';" % number) == [["1"]]
    wait_until_serving(server)
    consistent(db)


def fresh_content(store):
    for _ in range(10000):
        content = PNG_BYTES + os.urandom(8)
        if not os.path.exists(os.path.join(store, hashlib.sha256(content).hexdigest()[:2])):
            return content
    raise AssertionError("every subdirectory of %s exists already" % store)


def test_unwritable_upload_store_refuses_clearly_and_files_nothing(server, db, workdir):
    store = os.path.join(workdir, "berkas")
    count = db.sql("SELECT COUNT(*) FROM permohonan;")[0][0]
    # A fresh file whose subdirectory (the first two hex digits of its
    # SHA-256) does not exist yet and cannot be made: other tests' uploads
    # have made some of the 256, and one of those would take the file.
    content = fresh_content(store)
    os.chmod(store, 0o555)
    owner = os.stat(store)
    shutil.chown(store, "root", "root")
    try:
        r = file_request(server, files={"identitas": ("ktp.png", content, "image/png")})
        assert r.status_code == 503
        assert "Dokumen tidak dapat disimpan" in r.text
        assert "belum tersimpan" in r.text
    finally:
        os.chown(store, owner.st_uid, owner.st_gid)
        os.chmod(store, 0o750)
    assert db.sql("SELECT COUNT(*) FROM permohonan;")[0][0] == count
    assert "upload store: cannot create" in server.log()


def multipart(parts, boundary="batas"):
    body = b""
    for name, value in parts:
        body += (b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\""
                 + name.encode() + b"\"\r\n\r\n" + value + b"\r\n")
    return body + b"--" + boundary.encode() + b"--\r\n"


@pytest.mark.parametrize("body, status", ids=[
    "too-many-parts", "boundary-never-ends", "overlong-field", "invalid-utf8",
    "control-character"], argvalues=[
    (multipart([("f%d" % i, b"x") for i in range(60)]), 400),          # too many parts
    (b"--batas\r\nContent-Disposition: form-data; name=\"nama\"\r\n\r\n" + b"x" * 5000, 400),
    (multipart([("nama", b"x" * 70000)]), 413),                         # overlong field
    (multipart([("nama", b"\xc0\x80")]), 400),                          # invalid UTF-8
    (multipart([("nama", b"a\x01b")]), 400),                            # control character
])
def test_hostile_bodies_are_refused_without_filing(server, db, body, status):
    count = db.sql("SELECT COUNT(*) FROM permohonan;")[0][0]
    r = requests.post(server.url + "/ppid/permohonan", data=body,
                      headers={"Content-Type": "multipart/form-data; boundary=batas"},
                      allow_redirects=False, timeout=30)
    assert r.status_code == status
    assert "Kiriman" in r.text
    assert db.sql("SELECT COUNT(*) FROM permohonan;")[0][0] == count


def test_markup_in_every_text_field_is_shown_escaped(server):
    script = "<script>alert('x')</script>"
    fields = {k: v + script for k, v in valid_form().items()
              if k in ("nama", "alamat", "pekerjaan", "rincian", "tujuan")}
    r = file_request(server, **fields)
    assert r.status_code == 303
    page = requests.get(server.url + r.headers["Location"], timeout=10).text
    assert script not in page
    assert page.count("&lt;script&gt;") >= 3
