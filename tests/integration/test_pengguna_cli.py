"""Issue 20: sialip-pengguna creates a staff user with roles, or resets a
password, at the modules' bcrypt cost, with sialip-kirim's database
settings; asked without echo on a terminal, or read from stdin."""
import os
import pty
import select
import subprocess
import time

import pytest

import harness
from client import login

TOOL = os.path.join(harness.BUILD, "sialip-pengguna")
SANDI = "sandi-pertama-yang-panjang"


@pytest.fixture(scope="module")
def conf(workdir, db):
    path = os.path.join(workdir, "pengguna-kirim.conf")
    with open(path, "w") as f:
        f.write("dbd_params = host=127.0.0.1 port=%d user=sialip pass=%s dbname=sialip "
                "reconnect=0 flags=CLIENT_FOUND_ROWS connecttimeout=3\n"
                "smtp_host = 127.0.0.1\nsmtp_from = ppid@serangkab.example\n"
                "base_url = http://127.0.0.1\n" % (db.port, db.password))
    os.chmod(path, 0o600)
    return path


def tool(conf, *args, stdin=None):
    return subprocess.run([TOOL, "-c", conf] + list(args), input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_creates_an_admin_whose_login_works(server, db, conf):
    r = tool(conf, "--peran", "admin,ppid_utama", "--nama", "Admin Pertama",
             "--sandi-stdin", "admin.pertama", stdin=SANDI + "\n")
    assert r.returncode == 0, r.stderr
    assert "created user admin.pertama" in r.stdout
    row = db.sql("SELECT p.nama, LEFT(p.password_hash, 7), GROUP_CONCAT(pp.peran "
                 "ORDER BY pp.peran) FROM pengguna p JOIN pengguna_peran pp ON "
                 "pp.pengguna_id = p.id WHERE p.username = 'admin.pertama' GROUP BY p.id;")
    assert row == [["Admin Pertama", "$2y$10$", "admin,ppid_utama"]]
    s = login(server, "admin.pertama", SANDI)
    assert s.get(server.url + "/ppid/admin/pengguna", timeout=30).status_code == 200
    assert db.sql("SELECT aktor, aksi FROM audit WHERE objek = 'pengguna' AND objek_id = "
                  "(SELECT id FROM pengguna WHERE username = 'admin.pertama') "
                  "ORDER BY id LIMIT 1;") == [["sialip-pengguna", "buat"]]


def test_resets_a_weak_hash_and_ends_the_sessions(server, db, conf):
    harness.add_user(db, "lupa.sandi", SANDI, "Lupa Sandi", ["ppid_utama"], cost=4)
    s = login(server, "lupa.sandi", SANDI)
    db.sql("UPDATE pengguna SET password_hash = '{SHA}x' WHERE username = 'lupa.sandi';")
    r = tool(conf, "lupa.sandi", stdin="sandi-kedua-yang-panjang\n")
    assert r.returncode == 0, r.stderr
    assert "updated user lupa.sandi" in r.stdout
    assert s.get(server.url + "/ppid/admin/", allow_redirects=False,
                 timeout=30).status_code == 303
    login(server, "lupa.sandi", "sandi-kedua-yang-panjang")


@pytest.mark.parametrize("args,stdin,message", [
    (["--peran", "raja", "baru.satu"], SANDI, "unknown role"),
    (["baru.dua"], SANDI, "a new user needs --peran"),
    (["--peran", "admin", "baru.tiga"], "pendek", "a password is 10 to 72 bytes"),
    (["--peran", "admin", "Nama Salah"], SANDI, "a user name is 3 to 64"),
])
def test_refuses_bad_input(db, conf, args, stdin, message):
    r = tool(conf, *args, stdin=stdin + "\n")
    assert r.returncode == 2
    assert message in r.stderr
    # Only the names tried here: other test files make users of their own.
    assert db.sql("SELECT COUNT(*) FROM pengguna WHERE username IN "
                  "('baru.satu', 'baru.dua', 'baru.tiga', 'Nama Salah');") == [["0"]]


def test_asks_twice_without_echo_on_a_terminal(server, db, conf):
    master, slave = pty.openpty()
    proc = subprocess.Popen([TOOL, "-c", conf, "--peran", "pimpinan", "tty.pengguna"],
                            preexec_fn=lambda: os.login_tty(slave), close_fds=True)
    os.close(slave)
    seen, deadline, sent = b"", time.time() + 60, 0
    while time.time() < deadline and proc.poll() is None:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                seen += os.read(master, 1024)
            except OSError:
                break
        prompts = seen.count(b"Kata sandi baru: ") + seen.count(b"Ulangi kata sandi: ")
        if prompts > sent:
            os.write(master, (SANDI + "\n").encode())
            sent += 1
    proc.wait(timeout=60)
    os.close(master)
    assert proc.returncode == 0, seen
    assert sent == 2
    assert SANDI.encode() not in seen
    login(server, "tty.pengguna", SANDI)
