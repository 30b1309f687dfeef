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
