"""`make run` from a clone under a folder only its owner may enter (new home
folders on Debian 12 are 0700): the stack starts as `make run` starts it
(scripts/run.py, after `make all`), and a request with a PDF identity
document is filed and its document stored."""
import hashlib
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import pytest

import harness
from client import NUMBER_RE, file_request

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def read_until(proc, marker, timeout=600):
    """stdout of proc up to the line holding marker (or a failure).  A
    thread reads the lines: select() on a buffered pipe would miss lines
    already read into the buffer."""
    lines = queue.Queue()

    def reader():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)
    threading.Thread(target=reader, daemon=True).start()
    seen, deadline = "", time.time() + timeout
    while marker not in seen:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.time()))
        except queue.Empty:
            raise AssertionError("make run did not come up in time:\n" + seen)
        if line is None:
            raise AssertionError("make run exited:\n" + seen)
        seen += line
    return seen


@pytest.fixture
def clone():
    """A copy of what `make run` uses (after `make all`), under a 0700
    folder."""
    parent = tempfile.mkdtemp(prefix="sialip-rumah-")
    os.chmod(parent, 0o700)
    root = os.path.join(parent, "sialip")
    for part in ("scripts", "sql", "conf"):
        shutil.copytree(os.path.join(harness.ROOT, part), os.path.join(root, part))
    os.makedirs(os.path.join(root, "tests"))
    shutil.copy(os.path.join(harness.ROOT, "tests", "harness.py"), os.path.join(root, "tests"))
    # make run's demo data comes from the bench generator.
    shutil.copytree(os.path.join(harness.ROOT, "tests", "bench"), os.path.join(root, "tests", "bench"))
    build = os.path.join(root, "build")
    shutil.copytree(os.path.join(harness.BUILD, "views"), os.path.join(build, "views"))
    for so in ("mod_sialip.so", "mod_inovasi.so"):
        shutil.copy(os.path.join(harness.BUILD, so), build)
    yield root
    shutil.rmtree(parent, ignore_errors=True)


def test_make_run_under_a_private_folder_accepts_an_identity_document(clone):
    port, db_port = harness.free_port(), harness.free_port()
    # Without the demo history (SIALIP_DEMO=0): generating it took most of
    # this test's time, and test_demo.py checks it; what a 0700 parent can
    # break is the store, reached the same way with or without it.
    env = dict(os.environ, SIALIP_PORT=str(port), SIALIP_DB_PORT=str(db_port),
               PYTHONUNBUFFERED="1", SIALIP_DEMO="0")
    env.pop("SIALIP_BUILD_DIR", None)
    proc = subprocess.Popen([sys.executable, os.path.join(clone, "scripts", "run.py")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env, start_new_session=True)
    # Where run.py keeps the store when root: removed whatever happens.
    key = hashlib.sha256(os.path.realpath(clone).encode()).hexdigest()[:16]
    store = None
    try:
        said = read_until(proc, "Ctrl-C to stop.")
        store = [l.split(":", 1)[1].strip() for l in said.splitlines()
                 if l.startswith("Uploaded documents:")][0]

        class Server:
            url = "http://127.0.0.1:%d" % port
        r = file_request(Server, files={"identitas": ("ktp.pdf", PDF, "application/pdf")})
        assert r.status_code == 303, r.text
        assert NUMBER_RE.match(r.headers["Location"])
        stored = [os.path.join(d, f) for d, _, fs in os.walk(store) for f in fs]
        assert [open(p, "rb").read() for p in stored] == [PDF]
        # The store is reached from the clone too (.run/berkas).
        assert os.path.realpath(os.path.join(clone, ".run", "berkas")) == os.path.realpath(store)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if harness.IS_ROOT:
            shutil.rmtree(os.path.join("/var/lib/sialip-run", key), ignore_errors=True)
    assert proc.returncode == 0
