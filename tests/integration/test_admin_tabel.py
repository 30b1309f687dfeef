"""The holiday and user admin pages as tables of the admin kit
(mod_sialip/admin_tabel.c): an edit refused keeps the form with the message
beside each field and writes nothing; each change writes one audit row with
the columns before and after."""
import json

import pytest

from staf_uji import audit_rows, field_error, post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

# A year of this file's own: no request's deadline falls in it.
DAY = "2093-05-06"


@pytest.fixture(scope="module")
def admin(server, db):
    user(db, "tabel.admin", ["admin"], None, "Admin Tabel Uji")
    return session(server, "tabel.admin")


def test_a_holiday_edit_refused_keeps_the_form_and_each_change_is_audited(server, db, admin):
    r = post(admin, server, "/ppid/admin/libur",
             {"tanggal": DAY, "jenis": "cuti_bersama", "nama": "Cuti uji tabel",
              "dasar_hukum": "SKB uji"})
    assert r.status_code == 303, r.text
    try:
        (made,) = audit_rows(db, "hari_libur", DAY)
        assert made[:2] == ["buat", "tabel.admin"] and made[2] == "NULL"
        assert json.loads(made[3]) == {"tanggal": DAY, "jenis": "cuti_bersama",
                                       "nama": "Cuti uji tabel", "dasar_hukum": "SKB uji",
                                       "libur": "0"}
        listing = admin.get(server.url + "/ppid/admin/libur?tahun=2093", timeout=10).text
        assert "Cuti bersama" in listing and "Tetap bekerja" in listing
        assert "Rabu, 6 Mei 2093" in listing

        r = post(admin, server, "/ppid/admin/libur/" + DAY,
                 {"jenis": "hari_raya", "nama": "x" * 256, "dasar_hukum": "Dasar <diketik>",
                  "libur": "1"})
        assert r.status_code == 422
        assert field_error(r.text, "jenis") == "Pilih jenis hari libur."
        assert field_error(r.text, "nama") == "Nama hari libur paling panjang 255 karakter."
        assert 'value="Dasar &lt;diketik&gt;"' in r.text
        assert len(audit_rows(db, "hari_libur", DAY)) == 1
        assert db.sql("SELECT nama, libur FROM hari_libur WHERE tanggal = '%s';" % DAY) == \
            [["Cuti uji tabel", "0"]]

        r = post(admin, server, "/ppid/admin/libur/" + DAY,
                 {"jenis": "libur_nasional", "nama": "Libur uji tabel", "libur": "1"})
        assert r.status_code == 303, r.text
        (changed,) = audit_rows(db, "hari_libur", DAY, "ubah")
        assert json.loads(changed[2]) == {"jenis": "cuti_bersama", "nama": "Cuti uji tabel",
                                          "dasar_hukum": "SKB uji", "libur": "0"}
        assert json.loads(changed[3]) == {"jenis": "libur_nasional",
                                          "nama": "Libur uji tabel", "dasar_hukum": "",
                                          "libur": "1"}
    finally:
        r = post(admin, server, "/ppid/admin/libur/%s/hapus" % DAY)
    assert r.status_code == 303
    (gone,) = audit_rows(db, "hari_libur", DAY, "hapus")
    assert json.loads(gone[2])["nama"] == "Libur uji tabel" and gone[3] == "NULL"


def test_a_user_edit_refused_keeps_the_form_and_a_switch_is_audited(server, db, admin):
    uid = user(db, "tabel.petugas", ["ppid_pelaksana"], "dinkes", "Petugas Tabel")
    r = post(admin, server, "/ppid/admin/pengguna/%s" % uid,
             [("nama", ""), ("email", "bukan-alamat"), ("opd_id", ""),
              ("peran", "ppid_pelaksana"), ("peran", "ppid_pelaksana"),
              ("password", "sandi-cukup-panjang"), ("password_ulang", "sandi-lain-panjang")])
    assert r.status_code == 422
    assert field_error(r.text, "nama") == "Nama lengkap wajib diisi."
    assert field_error(r.text, "email").startswith("Alamat e-mail tidak valid")
    assert field_error(r.text, "opd_id") == \
        "Peran PPID Pelaksana dan petugas inovasi OPD memerlukan OPD."
    assert field_error(r.text, "password_ulang") == "Ulangi kata sandi yang sama persis."
    assert 'value="bukan-alamat"' in r.text and "sandi-cukup-panjang" not in r.text
    assert audit_rows(db, "pengguna", uid, "ubah") == []

    # A role sent twice is kept once.
    r = post(admin, server, "/ppid/admin/pengguna/%s" % uid,
             [("nama", "Petugas Tabel"), ("email", ""), ("opd_id", ""),
              ("peran", "pimpinan"), ("peran", "pimpinan")])
    assert r.status_code == 303, r.text
    (changed,) = audit_rows(db, "pengguna", uid, "ubah")
    assert json.loads(changed[3])["peran"] == "pimpinan"
    assert json.loads(changed[3])["kata_sandi"] == "tetap"

    assert post(admin, server, "/ppid/admin/pengguna/%s/nonaktifkan" % uid).status_code == 303
    (off,) = audit_rows(db, "pengguna", uid, "nonaktifkan")
    assert json.loads(off[2]) == {"aktif": "1"} and json.loads(off[3]) == {"aktif": "0"}
    page = admin.get(server.url + "/ppid/admin/pengguna/%s?pesan=nonaktifkan" % uid,
                     timeout=10).text
    assert "Pengguna dinonaktifkan; sesinya diakhiri." in page
