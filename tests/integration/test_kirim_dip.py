"""sialip-kirim --pengingat for berkala DIP entries not updated for six
months (UU 14/2008 Pasal 9, issue 16 item 13): a weekly digest per OPD to
its PPID Pelaksana with an e-mail, through the outbox, not repeated within
the week; and runs at once (issue 14) all exit 0, a deadlock or lock wait
timeout being retried, each reminder queued and sent once.  Real MariaDB,
Apache and SMTP server, as in test_kirim.py.  OPDs of its own; DIP entries
of year 2031."""
import collections
import datetime
import subprocess

import pytest

from client import add_officer, hold_rows, retried_after_lock_wait
from test_kirim import KIRIM, WIB, conf, flushed, kirim, parts, smtp  # noqa: F401

PASSWORD = "kata-sandi-dipkirim-1"


def make_opd(db, kode, nama):
    db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('%s', '%s', '%s');"
           % (kode, nama, kode.upper()))
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


def officer(db, username, roles, opd, address):
    return add_officer(db, username, roles, opd, address, PASSWORD)


def add_entries(db, opd, creator, entries):
    rows = ["(%s, '%s', '%s', '%s', 'P', 'PJ', 'Serang', 'PDF', '5 tahun', 2031, NULL, "
            "NULL, '%s', UTC_TIMESTAMP() - %s, UTC_TIMESTAMP() - %s, %s)"
            % (opd, nomor, kategori, ringkasan, status, age, age, creator)
            for nomor, kategori, ringkasan, status, age in entries]
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, tautan, berkas_id, "
           "status, dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES %s;"
           % ", ".join(rows))


def iso_week():
    year, week, _ = (datetime.datetime.utcnow() + WIB).date().isocalendar()
    return "%04d-W%02d" % (year, week)


def queued(db, opd):
    return db.sql("SELECT kunci, kepada, jenis, objek, objek_id FROM surel_keluar "
                  "WHERE kunci LIKE 'pengingat-dip:%s:%%' ORDER BY kunci;" % opd)


@pytest.fixture(scope="module")
def dip_opd(db):
    opd = make_opd(db, "dipkirim", "Dinas Uji Pengingat DIP")
    ids = {
        "a": officer(db, "dipkirim.a", ["ppid_pelaksana"], "dipkirim", "a.dipkirim@serangkab.example"),
        "b": officer(db, "dipkirim.b", ["ppid_pelaksana"], "dipkirim", "b.dipkirim@serangkab.example"),
        "tanpa": officer(db, "dipkirim.tanpa", ["ppid_pelaksana"], "dipkirim", None),
        "inovasi": officer(db, "dipkirim.inov", ["opd_inovasi"], "dipkirim",
                           "inov.dipkirim@serangkab.example"),
    }
    add_entries(db, opd, ids["a"], [
        ("DK-LAMA-1", "berkala", "Laporan keuangan <semester> & \"realisasi\"", "terbit",
         "INTERVAL 7 MONTH"),
        ("DK-LAMA-2", "berkala", "Rencana kerja tahunan", "terbit", "INTERVAL 2 YEAR"),
        ("DK-BARU", "berkala", "Profil dinas terkini", "terbit", "INTERVAL 5 MONTH"),
        ("DK-SETIAP", "setiap_saat", "Daftar aset lama", "terbit", "INTERVAL 3 YEAR"),
        ("DK-DRAF", "berkala", "Draf lama", "draf", "INTERVAL 1 YEAR"),
    ])
    return opd, ids


def test_stale_berkala_entries_are_reminded_weekly_to_the_opd_officers(
        server, db, smtp, conf, dip_opd):
    opd, ids = dip_opd
    r = kirim(conf, "--pengingat")
    assert r.returncode == 0, r.stderr
    week = iso_week()
    assert queued(db, opd) == [
        ["pengingat-dip:%s:%s:%s" % (opd, week, ids[k]), "%s.dipkirim@serangkab.example" % k,
         "pengingat_dip", "opd", str(opd)] for k in ("a", "b")]
    # Again the same day (or any day of the week): nothing new.
    r = kirim(conf, "--pengingat")
    assert r.returncode == 0, r.stderr
    assert len(queued(db, opd)) == 2

    smtp.handler.clear()
    assert kirim(conf).returncode == 0
    got = [m for m in smtp.handler.messages if m[0][0].endswith(".dipkirim@serangkab.example")]
    assert sorted(m[0][0] for m in got) == ["a.dipkirim@serangkab.example",
                                            "b.dipkirim@serangkab.example"]
    message = got[0][1]
    assert "Dinas Uji Pengingat DIP" in str(message["Subject"])
    text, html = parts(message)
    for shown in ("DK-LAMA-1", "DK-LAMA-2", "Pasal 9", "/ppid/admin/dip"):
        assert shown in text
    for hidden in ("DK-BARU", "DK-SETIAP", "DK-DRAF"):
        assert hidden not in text and hidden not in html
    assert 'Laporan keuangan <semester> & "realisasi"' in text
    assert "Laporan keuangan &lt;semester&gt; &amp;" in html and "<semester>" not in html

    # Brought up to date: a new week would remind no one of this OPD.
    db.sql("UPDATE dip SET dimutakhirkan_pada = UTC_TIMESTAMP() WHERE opd_id = %s;" % opd)
    db.sql("DELETE FROM surel_keluar WHERE kunci LIKE 'pengingat-dip:%s:%%';" % opd)
    assert kirim(conf, "--pengingat").returncode == 0
    assert queued(db, opd) == []


def test_runs_at_once_all_exit_0_and_each_reminder_is_sent_once(server, db, smtp, conf):
    """Three runs started together over twelve OPDs' reminders: the runs
    wait on each other's uncommitted outbox rows, a deadlock or a lock wait
    timeout is retried, every run exits 0 and each reminder is queued and
    delivered exactly once."""
    opds = []
    for n in range(12):
        kode = "dipserentak%02d" % n
        opd = make_opd(db, kode, "Dinas Serentak %02d" % n)
        uid = officer(db, "%s.a" % kode, ["ppid_pelaksana"], kode,
                      "%s.a@serangkab.example" % kode)
        officer(db, "%s.b" % kode, ["ppid_pelaksana"], kode, "%s.b@serangkab.example" % kode)
        add_entries(db, opd, uid, [("DS-%02d" % n, "berkala", "Ringkasan %02d" % n, "terbit",
                                    "INTERVAL 8 MONTH")])
        opds.append(opd)
    runs = [subprocess.Popen([KIRIM, "-c", conf, "--pengingat"], stderr=subprocess.PIPE,
                             text=True) for _ in range(3)]
    logs = [p.communicate(timeout=120)[1] for p in runs]
    assert [p.returncode for p in runs] == [0, 0, 0], logs
    keys = [k for opd in opds for k in queued(db, opd)]
    assert len(keys) == 24 and len({k[0] for k in keys}) == 24
    smtp.handler.clear()
    assert kirim(conf).returncode == 0
    counts = collections.Counter(m[0][0] for m in smtp.handler.messages
                                 if m[0][0].startswith("dipserentak"))
    assert len(counts) == 24 and set(counts.values()) == {1}, counts


def test_a_lock_wait_timeout_is_retried_and_the_run_exits_0(server, db, conf, dip_opd):
    """A session holds the outbox row of a reminder the run must queue
    (uncommitted) past the run's lock wait timeout: the run's transaction
    times out, is retried from the start, and once the row is let go it
    queues its reminders and exits 0 (it used to exit 1)."""
    opd, ids = dip_opd
    db.sql("UPDATE dip SET dimutakhirkan_pada = UTC_TIMESTAMP() - INTERVAL 9 MONTH "
           "WHERE opd_id = %s AND nomor = 'DK-LAMA-1';" % opd)
    db.sql("DELETE FROM surel_keluar WHERE kunci LIKE 'pengingat-dip:%s:%%';" % opd)
    key = "pengingat-dip:%s:%s:%s" % (opd, iso_week(), ids["a"])
    # The row is inserted and kept uncommitted until told otherwise.
    holder = hold_rows(db, "BEGIN; INSERT INTO surel_keluar (kepada, subjek, isi_teks, "
                           "isi_html, jenis, objek, objek_id, kunci, kirim_setelah, "
                           "dibuat_pada) VALUES ('penahan@example.id', 's', 't', 'h', "
                           "'uji', 'uji', 'penahan', '%s', UTC_TIMESTAMP(), "
                           "UTC_TIMESTAMP());" % key)
    retried_after_lock_wait(db, holder, [KIRIM, "-c", conf, "--pengingat"])
    assert [k[1] for k in queued(db, opd)] == ["a.dipkirim@serangkab.example",
                                               "b.dipkirim@serangkab.example"]
