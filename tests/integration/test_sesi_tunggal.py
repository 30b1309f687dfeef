"""Issue 20 (finding 9): a new login ends the user's other sessions; a
password change ends them too, but keeps the session it was made in."""
import secrets

import requests

from staf_uji import post, session, user


def at_home(server, s=None, token=None):
    """The status of the staff home page for a session or a bare token."""
    headers = {"Cookie": "sialip_sesi=" + token} if token else {}
    return (s or requests).get(server.url + "/ppid/admin/", headers=headers,
                               allow_redirects=False, timeout=30).status_code


def planted_session(db, uid):
    """A session row made by hand (as one left from before a login or
    open in another browser): its token."""
    token = secrets.token_hex(32)
    db.sql("INSERT INTO sesi (token_hash, pengguna_id, csrf, dibuat_pada, berakhir) "
           "VALUES (SHA2('%s', 256), %s, '%s', UTC_TIMESTAMP(), "
           "UTC_TIMESTAMP() + INTERVAL 1 HOUR);" % (token, uid, secrets.token_hex(16)))
    return token


def test_a_new_login_ends_the_users_other_sessions(server, db):
    uid = user(db, "tunggal.satu", ["ppid_utama"])
    other = user(db, "tunggal.lain", ["ppid_utama"])
    first = session(server, "tunggal.satu")
    bystander = session(server, "tunggal.lain")
    assert at_home(server, first) == 200
    second = session(server, "tunggal.satu")
    assert at_home(server, second) == 200
    assert at_home(server, first) == 303          # back to the login page
    assert at_home(server, bystander) == 200      # another user keeps theirs
    assert db.sql("SELECT COUNT(*) FROM sesi WHERE pengguna_id = %s AND diakhiri "
                  "IS NULL;" % uid) == [["1"]]
    assert db.sql("SELECT COUNT(*) FROM sesi WHERE pengguna_id = %s AND diakhiri "
                  "IS NULL;" % other) == [["1"]]
    last = db.sql("SELECT sesudah FROM audit WHERE aksi = 'masuk' AND objek = "
                  "'pengguna' AND objek_id = '%s' ORDER BY id DESC LIMIT 1;" % uid)
    assert '"sesi_lain_diakhiri":1' in last[0][0]


def test_changing_ones_own_password_keeps_this_session_and_ends_the_others(server, db):
    uid = user(db, "tunggal.admin", ["admin"])
    s = session(server, "tunggal.admin")
    elsewhere = planted_session(db, uid)
    assert at_home(server, token=elsewhere) == 200
    new = "sandi-baru-tunggal-123"
    r = post(s, server, "/ppid/admin/pengguna/%s" % uid,
             [("nama", "Tunggal Admin"), ("opd_id", ""), ("peran", "admin"),
              ("password", new), ("password_ulang", new)])
    assert r.status_code == 303, r.text[:500]
    assert at_home(server, s) == 200
    assert at_home(server, token=elsewhere) == 303


def test_an_admin_changing_anothers_password_ends_all_their_sessions(server, db):
    user(db, "tunggal.pengelola", ["admin"])
    uid = user(db, "tunggal.staf", ["ppid_utama"])
    s = session(server, "tunggal.pengelola")
    theirs = session(server, "tunggal.staf")
    new = "sandi-baru-staf-1234"
    r = post(s, server, "/ppid/admin/pengguna/%s" % uid,
             [("nama", "Tunggal Staf"), ("opd_id", ""), ("peran", "ppid_utama"),
              ("password", new), ("password_ulang", new)])
    assert r.status_code == 303, r.text[:500]
    assert at_home(server, theirs) == 303
    assert at_home(server, s) == 200
