"""Issue 20: no stranger can lock a staff member out, hashes of one cost
only, weak hash formats refused, failed logins logged without the typed
name.  Other client addresses are other loopback addresses (127.0.0.x):
Apache sees each as its own client."""
import subprocess

import pytest
import requests

import harness
from client import FromAddress
from staf_uji import PASSWORD, user

pytestmark = pytest.mark.usefixtures("clear_throttle")


def client(address):
    s = requests.Session()
    s.mount("http://", FromAddress(address))
    return s


def attempt(server, username, password, address="127.0.0.1"):
    return client(address).post(server.url + "/ppid/masuk",
                                data={"username": username, "password": password},
                                allow_redirects=False, timeout=60)


def test_strangers_guessing_cannot_block_the_right_password(server, db):
    user(db, "korban.kunci", ["ppid_utama"])
    for address in ("127.0.0.2", "127.0.0.3"):
        statuses = [attempt(server, "korban.kunci", "tebakan-%d" % i, address).status_code
                    for i in range(server.login_limit + 2)]
        assert statuses[:server.login_limit] == [422] * server.login_limit
        assert statuses[server.login_limit:] == [429, 429]
    # The owner, at another address, still gets in with the right password.
    assert attempt(server, "korban.kunci", PASSWORD).status_code == 303
    # The guessers stay refused, even with the right password.
    assert attempt(server, "korban.kunci", PASSWORD, "127.0.0.2").status_code == 429


def test_an_address_over_its_limit_counts_against_no_account(server, db):
    victim = user(db, "korban.semprot", ["ppid_utama"])
    address = "127.0.0.4"
    for i in range(server.address_login_limit):
        assert attempt(server, "tidak.ada.%d" % i, "x", address).status_code == 422
    # The address is refused before the account is looked at.
    for _ in range(3):
        assert attempt(server, "korban.semprot", "x", address).status_code == 429
    assert db.sql("SELECT COUNT(*) FROM pembatasan WHERE kunci LIKE 'masuk-akun:%s%%';"
                  % victim) == [["0"]]
    assert attempt(server, "korban.semprot", PASSWORD).status_code == 303


def test_failed_login_log_lines_do_not_hold_the_typed_name(server, db):
    typed = "kata-sandi-tertukar-di-nama"
    assert attempt(server, typed, "x").status_code == 422
    log = server.log()
    assert "failed login for unknown name ka..." in log
    assert typed not in log
    uid = user(db, "catat.gagal", ["ppid_utama"])
    assert attempt(server, "catat.gagal", "salah").status_code == 422
    assert "failed login for user id %s from" % uid in server.log()


def htpasswd(flag, password):
    out = subprocess.run(["htpasswd", "-nb" + flag, "x", password], check=True,
                         capture_output=True, text=True).stdout
    return out.strip().split(":", 1)[1]


@pytest.mark.parametrize("flag,kind", [("m", "apr1 (MD5)"), ("s", "SHA-1"),
                                       ("d", "crypt")])
def test_weak_hash_formats_are_refused_with_a_line_for_the_admin(server, db, flag,
                                                                 kind):
    name = "lemah.%s" % flag
    uid = user(db, name, ["ppid_utama"])
    db.sql("UPDATE pengguna SET password_hash = '%s' WHERE id = %s;"
           % (htpasswd(flag, PASSWORD[:8]), uid))
    r = attempt(server, name, PASSWORD[:8])
    assert r.status_code == 422
    assert "Nama pengguna atau kata sandi salah." in r.text
    assert ("login for user id %s refused: its password hash is %s" % (uid, kind)
            in server.log())
    assert "sialip-pengguna" in server.log()


def test_a_hash_of_another_cost_is_replaced_at_the_next_login(server, db):
    uid = harness.add_user(db, "biaya.lama", PASSWORD, "Biaya Lama", ["ppid_utama"],
                           cost=5)
    assert db.sql("SELECT LEFT(password_hash, 7) FROM pengguna WHERE id = %s;"
                  % uid) == [["$2y$05$"]]
    assert attempt(server, "biaya.lama", PASSWORD).status_code == 303
    assert db.sql("SELECT LEFT(password_hash, 7) FROM pengguna WHERE id = %s;"
                  % uid) == [["$2y$10$"]]
    assert attempt(server, "biaya.lama", PASSWORD).status_code == 303
