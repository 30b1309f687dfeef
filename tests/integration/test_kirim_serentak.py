"""sialip-kirim's reminder and retention runs beside other runs (issue 14):
every statement of --pengingat and --retensi is retried after a deadlock
(1213) or a lock wait timeout (1205), as the delivery's are, so runs at once
exit 0 (1 only when the database cannot be reached) and do their work once.
Three --pengingat runs at once queue each request's reminder exactly once;
--retensi beside a delivery run erases what it must while every message is
delivered once; a lock wait timeout in --retensi is tried again.  Real
MariaDB and SMTP server; rows of year 2031 and an OPD of its own."""
import collections
import itertools
import os
import subprocess

import pytest

from client import (STAFF_PASSWORD, add_officer, hold_rows, private_kirim_conf,
                    retried_after_lock_wait)
from test_kirim import KIRIM, smtp, write_conf  # noqa: F401

_seq = itertools.count(1)


def request_rows(db, n, status, due="CURDATE() - INTERVAL 20 DAY", **columns):
    """n requests of 2031 filed by hand, in one statement; returns
    [(id, nomor)]."""
    numbers = ["2031-31%04d" % next(_seq) for _ in range(n)]
    rows = []
    for nomor in numbers:
        values = {"nomor": "'%s'" % nomor, "tahun": "2031",
                  "kode_hash": "SHA2('%s', 256)" % nomor, "jenis_pemohon": "'perorangan'",
                  "nama": "'Pemohon Serentak'", "nik": "'3604010101310000'",
                  "alamat": "'Jl. Serentak'", "telepon": "'0812003131'",
                  "pekerjaan": "'Pegawai'", "rincian": "'Rincian'", "tujuan": "'Tujuan'",
                  "cara_memperoleh": "'melihat'", "cara_salinan": "'unduh'", "kanal": "'web'",
                  "diterima_pada": "UTC_TIMESTAMP() - INTERVAL 30 DAY",
                  "hari_nol": "CURDATE() - INTERVAL 30 DAY", "jatuh_tempo": due,
                  "status": "'%s'" % status}
        values.update(columns)
        rows.append("(%s)" % ", ".join(values.values()))
    db.sql("INSERT INTO permohonan (%s) VALUES %s;" % (", ".join(values), ", ".join(rows)))
    return [tuple(r) for r in db.sql("SELECT id, nomor FROM permohonan WHERE nomor IN (%s) "
                                     "ORDER BY id;" % in_list(numbers))]


def in_list(numbers):
    return ", ".join("'%s'" % n for n in numbers)


@pytest.fixture(scope="module")
def opd(db):
    db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('serentak31', "
           "'Dinas Uji Serentak', 'DUS');")
    opd_id = db.sql("SELECT id FROM opd WHERE kode = 'serentak31';")[0][0]
    ids = [add_officer(db, "serentak31.%s" % k, ["ppid_pelaksana"], "serentak31",
                       "%s.serentak31@serangkab.example" % k, STAFF_PASSWORD) for k in "ab"]
    return opd_id, ids


@pytest.fixture(scope="module")
def retention_conf(workdir, db, server):
    return private_kirim_conf(workdir, "serentak-retensi.conf", db, server)


@pytest.fixture(scope="module")
def reminder_conf(workdir, db, server):
    return private_kirim_conf(workdir, "serentak-pengingat.conf", db, server)


def started(conf, *args):
    return subprocess.Popen([KIRIM, "-c", conf] + list(args), stderr=subprocess.PIPE,
                            text=True)


def finished(runs):
    logs = [p.communicate(timeout=300)[1] for p in runs]
    assert [p.returncode for p in runs] == [0] * len(runs), "\n---\n".join(logs)
    return logs


def test_three_reminder_runs_at_once_queue_each_reminder_once(db, opd, reminder_conf):
    opd_id, officers = opd
    creator = officers[0]
    made = request_rows(db, 30, "didisposisi")
    numbers = [nomor for _, nomor in made]
    db.sql("INSERT INTO disposisi (permohonan_id, opd_id, status, dibuat_oleh, dibuat_pada) "
           "VALUES %s;" % ", ".join("(%s, %s, 'menunggu', %s, UTC_TIMESTAMP())"
                                    % (pid, opd_id, creator) for pid, _ in made))
    due = db.sql("SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';" % numbers[0])[0][0]
    try:
        finished([started(reminder_conf, "--pengingat") for _ in range(3)])
        keys = [k for (k,) in db.sql(
            "SELECT kunci FROM surel_keluar WHERE kunci LIKE 'pengingat:2031-%%' AND "
            "kepada LIKE '%%.serentak31@serangkab.example';")]
        expected = {"pengingat:%s:%s:terlambat:%s" % (n, due, o)
                    for n in numbers for o in officers}
        assert collections.Counter(keys) == collections.Counter(expected)
    finally:
        # Answered, and their reminders gone: later runs of other tests
        # have nothing of this test to queue or deliver.
        db.sql("UPDATE permohonan SET status = 'selesai', selesai_pada = UTC_TIMESTAMP() "
               "WHERE nomor IN (%s);" % in_list(numbers))
        db.sql("DELETE FROM surel_keluar WHERE kunci LIKE 'pengingat:2031-%';")


def closed_cases(db, tag, n, messages):
    """n cases closed 400 days ago, each with a conversation of texts only;
    their numbers."""
    made = request_rows(db, n, "selesai", selesai_pada="UTC_TIMESTAMP() - INTERVAL 400 DAY")
    db.sql("INSERT INTO pesan (permohonan_id, pengirim, jenis, isi, dikirim_pada) VALUES %s;"
           % ", ".join("(%s, 'pemohon', 'pesan', 'Pesan %s %d', UTC_TIMESTAMP() - "
                       "INTERVAL 401 DAY)" % (pid, tag, i)
                       for pid, _ in made for i in range(messages)))
    return [nomor for _, nomor in made]


def test_retention_beside_a_delivery_run_both_exit_0(db, smtp, workdir, retention_conf):
    tag = "retensi-serentak-" + os.urandom(4).hex()
    db.sql("INSERT INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, objek, "
           "objek_id, kirim_setelah, dibuat_pada) VALUES %s;" % ",".join(
               "('serentak.retensi%02d@example.id', 'Baru %02d', 'Isi', '<p>Isi</p>', 'uji', "
               "'uji', '%s', UTC_TIMESTAMP(), UTC_TIMESTAMP())" % (i, i, tag)
               for i in range(40)))
    ids = {int(r[0]) for r in db.sql("SELECT id FROM surel_keluar WHERE objek_id = '%s';"
                                     % tag)}
    # Sent long ago: more than two of the retention's batches of 500.
    db.sql("INSERT INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, objek, "
           "objek_id, status, kirim_setelah, dibuat_pada, terkirim_pada) VALUES %s;"
           % ",".join("('lama%d@example.id', 'Lama', 'Isi', '<p>Isi</p>', 'uji', 'uji', "
                      "'%s-lama', 'terkirim', UTC_TIMESTAMP() - INTERVAL 60 DAY, "
                      "UTC_TIMESTAMP() - INTERVAL 60 DAY, UTC_TIMESTAMP() - INTERVAL 60 DAY)"
                      % (i, tag) for i in range(1100)))
    cases = closed_cases(db, tag, 5, 3)
    delivery = write_conf(os.path.join(workdir, "serentak-kirim.conf"), db, smtp.port,
                          batch_size="4")
    smtp.handler.clear()
    finished([started(retention_conf, "--retensi"), started(delivery)])

    counts = collections.Counter(smtp.handler.outbox_ids())
    assert {i for i in ids if counts[i] == 1} == ids
    assert [i for i, n in counts.items() if n > 1] == []
    assert db.sql("SELECT COUNT(*) FROM surel_keluar WHERE objek_id = '%s-lama';"
                  % tag) == [["0"]]
    for nomor in cases:
        assert db.sql("SELECT p.alamat, COUNT(*), SUM(m.isi = '') FROM permohonan p JOIN pesan "
                      "m ON m.permohonan_id = p.id WHERE p.nomor = '%s' GROUP BY p.id;"
                      % nomor) == [["dihapus", "3", "3"]]


def hold(db, nomor):
    """A root session holding the request row, uncommitted."""
    return hold_rows(db, "BEGIN; SELECT id INTO @ditahan FROM permohonan WHERE nomor = '%s' "
                         "FOR UPDATE;" % nomor)


def test_a_lock_wait_timeout_in_retention_is_tried_again(db, retention_conf):
    """A session holds a closed case's request row (uncommitted) past the
    run's lock wait timeout: the erasure's transaction times out, is tried
    again, and once the row is let go the case is erased and the run exits
    0 (it used to crash)."""
    tag = "tahan-" + os.urandom(4).hex()
    (nomor,) = closed_cases(db, tag, 1, 1)
    holder = hold(db, nomor)
    retried_after_lock_wait(db, holder, [KIRIM, "-c", retention_conf, "--retensi"])
    assert db.sql("SELECT p.alamat, m.isi FROM permohonan p JOIN pesan m ON "
                  "m.permohonan_id = p.id WHERE p.nomor = '%s';" % nomor) == [["dihapus", ""]]


def test_a_row_held_past_every_try_is_a_clean_exit_1(db, retention_conf):
    """Held longer than all of the run's tries: the run says which case and
    why, keeps it whole and exits 1 (a database failure), never crashes."""
    (nomor,) = closed_cases(db, "lang-" + os.urandom(4).hex(), 1, 1)
    holder = hold(db, nomor)
    try:
        db.sql("SET GLOBAL innodb_lock_wait_timeout = 1;")
        try:
            run = started(retention_conf, "--retensi")
            _, log = run.communicate(timeout=300)
        finally:
            db.sql("SET GLOBAL innodb_lock_wait_timeout = 50;")
        assert run.returncode == 1, log
        assert "retention: request %s: " % nomor in log and "Lock wait timeout" in log, log
        assert log.count("trying again") == 7, log
    finally:
        holder.stdin.write("ROLLBACK;\n")
        holder.stdin.close()
        holder.wait()
    assert db.sql("SELECT p.alamat, m.isi <> '' FROM permohonan p JOIN pesan m ON "
                  "m.permohonan_id = p.id WHERE p.nomor = '%s';" % nomor) \
        == [["Jl. Serentak", "1"]]
