"""The upload store is content-addressed: a citizen filing again with the
same identity scan as a case the retention job is erasing names the file
the job is about to remove.  Against the real MariaDB and Apache of the
session, the worst interleaving is forced (the filing held inside its
transaction on the numbering row while the job runs), and each filed
request's document must still download; then filings of the same
documents run while the job erases their twins, and every one must
download."""
import os
import subprocess
import threading
import time
import uuid

import pytest
import requests

import harness
from client import STAFF_PASSWORD, file_request, login, staff_post, write_kirim_conf

KIRIM = os.path.join(harness.BUILD, "sialip-kirim")

pytestmark = pytest.mark.usefixtures("clear_throttle")


@pytest.fixture(scope="module")
def conf(workdir, db, server):
    path = os.path.join(workdir, "retensi-unggah.conf")
    write_kirim_conf(path, db, server.uploads)
    os.chmod(path, 0o600)
    return path


@pytest.fixture(scope="module")
def utama(server, staff):
    return login(server, "admin.uji", STAFF_PASSWORD)


def pdf(label):
    return b"%PDF-1.4\n% KTP " + label.encode() + b"\n"


def file_with(server, content):
    """Files a request with content as its identity scan; its number."""
    r = file_request(server, files={"identitas": ("ktp.pdf", content, "application/pdf")})
    assert r.status_code == 303, r.text
    return r.headers["Location"].split("/permohonan/")[1].split("?")[0]


def closed_long_ago(server, utama, db, number):
    """The written notice (status selesai), dated back past the retention
    period (365 days in write_kirim_conf)."""
    r = staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                   {"keputusan": "tidak_dikuasai", "diteruskan_ke": "Badan Pusat Statistik"})
    assert r.status_code == 303, r.text
    db.sql("UPDATE permohonan SET selesai_pada = selesai_pada - INTERVAL 400 DAY "
           "WHERE nomor = '%s';" % number)


def scan_id(db, number):
    return db.sql("SELECT COALESCE(identitas_berkas_id, 'NULL') FROM permohonan "
                  "WHERE nomor = '%s';" % number)[0][0]


def downloads(server, utama, number, content):
    r = utama.get(server.url + "/ppid/admin/permohonan/%s/identitas" % number, timeout=30)
    return r.status_code == 200 and r.content == content


def lock_waits(db):
    return int(db.sql("SELECT COUNT(*) FROM information_schema.innodb_trx "
                      "WHERE trx_state = 'LOCK WAIT';")[0][0])


def content_lock_waiters(db):
    """Sessions inside the content lock's statement: the upload took the
    lock before it stopped, so one there waits for it.  information_schema
    .innodb_trx does not always list a transaction whose first statement
    waits (seen with MariaDB 10.11), so lock_waits alone can miss it."""
    return int(db.sql("SELECT COUNT(*) FROM information_schema.processlist "
                      "WHERE info LIKE 'INSERT INTO berkas_kunci%';")[0][0])


def await_true(what, condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for " + what
        time.sleep(0.05)


def retensi(conf):
    return subprocess.Popen([KIRIM, "-c", conf, "--retensi"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


class RowHolder:
    """A session of its own that holds a row lock until released."""

    def __init__(self, db, select):
        self.proc = subprocess.Popen(
            ["mysql", "--no-defaults", "--protocol=socket", "-S", db.socket, "-u",
             harness.DB_ADMIN, "--batch", "--unbuffered", "--skip-column-names", "sialip"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.proc.stdin.write("BEGIN;\n%s FOR UPDATE;\nSELECT 'dikunci';\n" % select)
        self.proc.stdin.flush()
        for line in self.proc.stdout:
            if line.strip() == "dikunci":
                break

    def release(self):
        self.proc.stdin.write("COMMIT;\n")
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def held_while_the_job_runs(db, conf, hold, send):
    """Runs send() (an upload) in a thread while a session of its own holds
    the row hold selects, so that the upload stops inside its transaction
    after naming its file; runs the retention job meanwhile, which either
    finishes (and must have left the file) or waits for the upload's lock;
    then lets both go.  send()'s response.  send() must wait longer than
    the hold lasts on a loaded machine (the job's start included): give it
    a timeout of minutes, not the usual 30 s."""
    holder = RowHolder(db, hold)
    result = {}

    def sending():
        try:
            result["r"] = send()
        except Exception as e:      # shown by the assertion below
            result["error"] = e
    upload = threading.Thread(target=sending)
    try:
        upload.start()
        await_true("the upload to wait on the held row", lambda: lock_waits(db) >= 1)
        job = retensi(conf)
        await_true("the retention job to finish or wait",
                   lambda: job.poll() is not None or lock_waits(db) >= 2
                   or content_lock_waiters(db) >= 1)
    finally:
        holder.release()
    upload.join(timeout=120)
    out, err = job.communicate(timeout=120)
    assert job.returncode == 0, err
    assert "r" in result, "the upload got no answer: %r" % result.get("error")
    return result["r"]


def test_a_filing_held_mid_transaction_keeps_the_file_the_job_would_remove(
        server, db, utama, conf):
    content = pdf("kembar " + uuid.uuid4().hex)
    old = file_with(server, content)
    closed_long_ago(server, utama, db, old)

    # The next filing of the same scan stops inside its transaction, on the
    # numbering row, after it has checked the file and named it.
    r = held_while_the_job_runs(
        db, conf, "SELECT terakhir FROM nomor_urut WHERE jenis = 'permohonan' "
                  "AND tahun = %s" % old[:4],
        lambda: file_request(server, files={"identitas": ("ktp.pdf", content,
                                                          "application/pdf")}))
    assert r.status_code == 303, server.log()[-3000:]
    new = r.headers["Location"].split("/permohonan/")[1].split("?")[0]

    assert scan_id(db, old) == "NULL"              # the old case was erased
    assert downloads(server, utama, new, content)  # the new one's scan is whole


def test_filings_during_a_retention_run_all_keep_their_documents(server, db, utama, conf):
    tag = uuid.uuid4().hex
    contents = [pdf("serentak %s %d" % (tag, i)) for i in range(6)]
    for content in contents:
        closed_long_ago(server, utama, db, file_with(server, content))

    filed, errors, done = [], [], threading.Event()

    def citizen(offset):
        i = offset
        while not done.is_set():
            content = contents[i % len(contents)]
            r = file_request(server, files={"identitas": ("ktp.pdf", content,
                                                          "application/pdf")})
            if r.status_code == 303:
                filed.append((r.headers["Location"].split("/permohonan/")[1]
                              .split("?")[0], content))
            elif r.status_code != 429:       # the per-address filing limit
                errors.append((r.status_code, r.text[:200]))
            i += 1

    threads = [threading.Thread(target=citizen, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    try:
        await_true("filings under way", lambda: len(filed) >= 2 or errors)
        job = retensi(conf)
        out, err = job.communicate(timeout=300)
    finally:
        done.set()
        for t in threads:
            t.join(timeout=120)
    assert job.returncode == 0, err
    assert not errors, errors
    assert filed
    for number, content in filed:
        assert downloads(server, utama, number, content), number
