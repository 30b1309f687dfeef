"""Issue 20, smaller findings: the inbox's page number cannot overflow the
SQL OFFSET."""
import pytest

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
