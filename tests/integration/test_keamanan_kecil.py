"""Issue 20, smaller findings: the inbox's page number cannot overflow the
SQL OFFSET; the database user changes rows only; over TLS the session
cookie has the __Host- prefix and HSTS is sent."""
import os

import pytest
import requests

import harness
from staf_uji import PASSWORD, session, user


@pytest.mark.parametrize("page", ["2147483647", "99999999999999999999", "-5"])
def test_inbox_page_numbers_cannot_overflow(server, db, page):
    user(db, "kotak.halaman", ["ppid_utama"])
    s = session(server, "kotak.halaman", PASSWORD)
    r = s.get(server.url + "/ppid/admin/permohonan", params={"halaman": page},
              timeout=30)
    assert r.status_code == 200, r.text[:300]
    assert "Permohonan informasi" in r.text


def test_the_application_user_changes_rows_only(db):
    """The modules and sialip-kirim read and write rows; the schema is the
    migrations' (run as root).  A stolen application password cannot drop
    or alter a table."""
    import subprocess
    base = ["mysql", "--no-defaults", "-h", "127.0.0.1", "-P", str(db.port), "-u",
            "sialip", "-p" + db.password, "sialip", "-e"]
    ok = subprocess.run(base + ["SELECT COUNT(*) FROM opd;"], capture_output=True,
                        text=True)
    assert ok.returncode == 0, ok.stderr
    for statement in ["CREATE TABLE curian (a INT);", "DROP TABLE audit;",
                      "ALTER TABLE audit ADD COLUMN x INT;", "DROP TRIGGER "
                      "permohonan_versi_au;"]:
        r = subprocess.run(base + [statement], capture_output=True, text=True)
        assert r.returncode != 0, statement
        assert "denied" in r.stderr, r.stderr


class BehindTlsProxy(harness.Apache):
    """As README "Behind a TLS-terminating proxy": ServerName https://..."""
    def write_config(self):
        super().write_config()
        with open(self.conf, "a") as f:
            f.write("\nServerName https://127.0.0.1:%d\nUseCanonicalName On\n"
                    % self.port)


@pytest.fixture(scope="module")
def tls_server(workdir, db):
    apache = BehindTlsProxy(os.path.join(workdir, "tls"), db)
    apache.start()
    try:
        yield apache
    finally:
        apache.stop()


def test_over_tls_the_cookie_has_the_host_prefix_and_hsts_is_sent(tls_server, server,
                                                                   db):
    user(db, "tls.pengguna", ["ppid_utama"])
    r = requests.post(tls_server.url + "/ppid/masuk",
                      data={"username": "tls.pengguna", "password": PASSWORD},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text[:300]
    cookie = r.headers["Set-Cookie"]
    assert cookie.startswith("__Host-sialip_sesi=")
    assert "; Secure" in cookie and "Path=/" in cookie and "Domain" not in cookie
    assert r.headers["Strict-Transport-Security"] == "max-age=31536000"
    token = cookie.split(";", 1)[0].split("=", 1)[1]
    ok = requests.get(tls_server.url + "/ppid/admin/", allow_redirects=False,
                      headers={"Cookie": "__Host-sialip_sesi=" + token}, timeout=30)
    assert ok.status_code == 200
    # Without the prefix (a cookie a plain-HTTP page could have set): no session.
    planted = requests.get(tls_server.url + "/ppid/admin/", allow_redirects=False,
                           headers={"Cookie": "sialip_sesi=" + token}, timeout=30)
    assert planted.status_code == 303
    # Plain HTTP: no HSTS.
    assert "Strict-Transport-Security" not in requests.get(
        server.url + "/ppid/", timeout=30).headers


def statements_run(db):
    return int(db.sql("SHOW GLOBAL STATUS LIKE 'Com_stmt_execute';")[0][1])


def test_unknown_query_parameters_cannot_flush_the_dip_page_cache(server, db):
    """A kept DIP page costs one statement (its version); a rendered one
    several.  One keep-alive connection stays with one Apache process,
    whose cache is the one looked at.  Before: 64 URLs with junk parameters
    emptied the cache."""
    s = requests.Session()
    url = server.url + "/ppid/dip"
    assert s.get(url, params={"halaman": 1}, timeout=30).status_code == 200
    before = statements_run(db)
    assert s.get(url, params={"halaman": 1}, timeout=30).status_code == 200
    assert statements_run(db) - before <= 1, "the page was not kept"
    for i in range(80):
        assert s.get(url, params={"halaman": 1, "sampah": i}, timeout=30).status_code == 200
    before = statements_run(db)
    r = s.get(url, params={"halaman": 1}, timeout=30)
    assert r.status_code == 200 and "Daftar Informasi Publik" in r.text
    assert statements_run(db) - before <= 1, "the kept page was flushed"


def test_staff_views_of_an_applicants_personal_data_are_logged(server, db):
    from client import filed
    number, _, _ = filed(server, nama="Pemohon Dilihat")
    uid = user(db, "lihat.data", ["ppid_utama"])
    s = session(server, "lihat.data", PASSWORD)
    r = s.get(server.url + "/ppid/admin/permohonan/%s" % number, timeout=30)
    assert r.status_code == 200 and "Pemohon Dilihat" in r.text
    assert db.sql("SELECT pengguna_id, aktor, aksi, sesudah FROM audit WHERE objek = "
                  "'data_pemohon' AND objek_id = '%s';" % number) == [
        [uid, "lihat.data", "lihat", "data"]]
