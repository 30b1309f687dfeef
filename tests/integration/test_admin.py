"""Admin pages: users and roles, OPDs, the holiday calendar (whose changes
move open deadlines in the same transaction) and the tariff.  Admin only;
every change writes an audit row."""
import datetime
import re

import pytest
import requests
from lxml import etree

from client import filed, login
from kalender import long_date
from staf_uji import (PASSWORD, audit_rows, field_error, location_id, post,
                      session, token, user)

pytestmark = pytest.mark.usefixtures("clear_throttle")


@pytest.fixture(scope="module")
def admin(server, db):
    user(db, "adm.super", ["admin"], None, "Admin Super Uji")
    return session(server, "adm.super")


@pytest.fixture(scope="module")
def bukan_admin(server, db):
    user(db, "adm.utama", ["ppid_utama", "atasan_ppid"], "diskominfo", "Utama Bukan Admin")
    return session(server, "adm.utama")


def admin_id(db):
    return db.sql("SELECT id FROM pengguna WHERE username = 'adm.super';")[0][0]


def opd_id(db, kode):
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


# ---- access -------------------------------------------------------------------

ADMIN_PAGES = ["/ppid/admin/pengguna", "/ppid/admin/pengguna/baru", "/ppid/admin/opd",
               "/ppid/admin/libur", "/ppid/admin/tarif"]
ADMIN_POSTS = ["/ppid/admin/pengguna", "/ppid/admin/pengguna/1",
               "/ppid/admin/pengguna/1/nonaktifkan", "/ppid/admin/opd",
               "/ppid/admin/opd/1", "/ppid/admin/opd/1/nonaktifkan", "/ppid/admin/libur",
               "/ppid/admin/libur/2026-03-20", "/ppid/admin/libur/2026-03-20/hapus",
               "/ppid/admin/tarif", "/ppid/admin/tarif/1", "/ppid/admin/tarif/1/nonaktifkan"]


def test_admin_pages_are_for_the_admin_role_only(server, db, admin, bukan_admin):
    before = db.sql("SELECT COUNT(*) FROM audit;")
    for path in ADMIN_PAGES:
        assert admin.get(server.url + path, timeout=10).status_code == 200, path
        r = bukan_admin.get(server.url + path, timeout=10)
        assert r.status_code == 403 and "Akses ditolak" in r.text, path
        anon = requests.get(server.url + path, allow_redirects=False, timeout=10)
        assert anon.status_code == 303, path
    csrf = token(bukan_admin, server)
    for path in ADMIN_POSTS:
        r = post(bukan_admin, server, path, {"nama": "x"}, csrf=csrf)
        assert r.status_code == 403, path
    # The admin without the CSRF token is refused too.
    for path in ADMIN_POSTS:
        r = admin.post(server.url + path, data={"nama": "x"}, allow_redirects=False,
                       timeout=10)
        assert r.status_code == 403, path
    assert db.sql("SELECT COUNT(*) FROM audit;") == before


# ---- users --------------------------------------------------------------------

def new_user_fields(**overrides):
    f = [("username", "baru.dinsos"), ("nama", "Petugas Baru Dinsos"), ("opd_id", ""),
         ("peran", "ppid_pelaksana"), ("peran", "opd_inovasi"),
         ("password", "sandi-baru-yang-panjang"), ("password_ulang", "sandi-baru-yang-panjang")]
    names = {k for k, _ in overrides.items()}
    f = [(k, v) for k, v in f if k not in names]
    for k, v in overrides.items():
        for item in (v if isinstance(v, list) else [v]):
            f.append((k, item))
    return f


def test_the_admin_creates_a_user_who_can_then_log_in(server, db, admin):
    r = post(admin, server, "/ppid/admin/pengguna",
             new_user_fields(opd_id=opd_id(db, "dinsos")))
    uid = location_id(r, "/ppid/admin/pengguna/")
    row = db.sql("SELECT p.username, p.nama, o.kode, p.aktif, LEFT(p.password_hash, 7), "
                 "LENGTH(p.password_hash) FROM pengguna p JOIN opd o ON o.id = p.opd_id "
                 "WHERE p.id = %s;" % uid)
    assert row == [["baru.dinsos", "Petugas Baru Dinsos", "dinsos", "1", "$2y$10$", "60"]]
    assert db.sql("SELECT peran FROM pengguna_peran WHERE pengguna_id = %s ORDER BY peran;"
                  % uid) == [["opd_inovasi"], ["ppid_pelaksana"]]
    audit = audit_rows(db, "pengguna", uid, "buat")
    assert audit[0][1] == "adm.super"
    assert '"peran":"ppid_pelaksana,opd_inovasi"' in audit[0][3]
    assert "$2y$" not in audit[0][3] and "sandi" not in audit[0][3]

    s = login(server, "baru.dinsos", "sandi-baru-yang-panjang")
    home = s.get(server.url + "/ppid/admin/", timeout=10).text
    assert "PPID Pelaksana" in home and "Petugas inovasi OPD" in home
    listing = admin.get(server.url + "/ppid/admin/pengguna", timeout=10).text
    assert "baru.dinsos" in listing and "Dinas Sosial" in listing


def test_user_form_errors_are_shown_beside_the_fields(server, db, admin):
    before = db.sql("SELECT COUNT(*) FROM pengguna;")
    r = post(admin, server, "/ppid/admin/pengguna",
             new_user_fields(username="Bukan Valid", nama="Nama <Ditulis>",
                             password="pendek", password_ulang="pendek"))
    assert r.status_code == 422
    assert "huruf kecil" in field_error(r.text, "username")
    assert field_error(r.text, "opd_id") == \
        "Peran PPID Pelaksana dan petugas inovasi OPD memerlukan OPD."
    assert field_error(r.text, "password") == "Kata sandi paling sedikit 10 karakter."
    assert 'value="Bukan Valid"' in r.text and 'value="Nama &lt;Ditulis&gt;"' in r.text
    assert 'value="ppid_pelaksana" checked' in r.text
    assert "pendek" not in r.text          # passwords are never sent back

    r = post(admin, server, "/ppid/admin/pengguna",
             new_user_fields(username="adm.super", peran=[], password_ulang="lain-sekali-12"))
    assert r.status_code == 422
    assert field_error(r.text, "username") == "Nama pengguna ini sudah dipakai."
    assert field_error(r.text, "peran") == "Pilih sekurang-kurangnya satu peran."
    assert field_error(r.text, "password_ulang") == "Ulangi kata sandi yang sama persis."
    r = post(admin, server, "/ppid/admin/pengguna",
             new_user_fields(username="peran.asing", peran="superuser", opd_id=opd_id(db, "dlh")))
    assert r.status_code == 422
    assert field_error(r.text, "peran") == "Peran yang dipilih tidak dikenal."
    assert db.sql("SELECT COUNT(*) FROM pengguna;") == before


def test_editing_roles_and_password_takes_effect_at_once(server, db, admin):
    uid = user(db, "adm.ubah", ["ppid_pelaksana"], "dinkes", "Akan Diubah")
    s = session(server, "adm.ubah")
    assert s.get(server.url + "/ppid/admin/", timeout=10).status_code == 200
    r = post(admin, server, "/ppid/admin/pengguna/%s" % uid,
             [("nama", "Sudah Diubah"), ("opd_id", ""), ("peran", "pimpinan"),
              ("password", "sandi-kedua-yang-baru"), ("password_ulang", "sandi-kedua-yang-baru")])
    assert r.status_code == 303
    assert r.headers["Location"] == "/ppid/admin/pengguna/%s?pesan=disimpan" % uid
    assert db.sql("SELECT nama, opd_id IS NULL FROM pengguna WHERE id = %s;" % uid) == \
        [["Sudah Diubah", "1"]]
    assert db.sql("SELECT peran FROM pengguna_peran WHERE pengguna_id = %s;" % uid) == \
        [["pimpinan"]]
    # The old session ended with the old password; the new one works.
    assert s.get(server.url + "/ppid/admin/", allow_redirects=False,
                 timeout=10).status_code == 303
    assert requests.post(server.url + "/ppid/masuk",
                         data={"username": "adm.ubah", "password": PASSWORD},
                         allow_redirects=False, timeout=10).status_code == 422
    home = login(server, "adm.ubah", "sandi-kedua-yang-baru").get(
        server.url + "/ppid/admin/", timeout=10)
    # Leadership alone lands on the innovation dashboard.
    assert home.url.endswith("/inovasi/dasbor") and "PPID Pelaksana" not in home.text
    audit = audit_rows(db, "pengguna", uid, "ubah")[0]
    assert '"peran":"ppid_pelaksana"' in audit[2]
    assert '"peran":"pimpinan"' in audit[3] and '"kata_sandi":"diganti"' in audit[3]
    assert "$2y$" not in audit[3]


def test_deactivating_ends_the_session_and_reactivating_restores_login(server, db, admin):
    uid = user(db, "adm.nonaktif", ["evaluator"], "bappeda", "Akan Nonaktif")
    s = session(server, "adm.nonaktif")
    r = post(admin, server, "/ppid/admin/pengguna/%s/nonaktifkan" % uid)
    assert r.status_code == 303
    assert db.sql("SELECT aktif FROM pengguna WHERE id = %s;" % uid) == [["0"]]
    assert db.sql("SELECT COUNT(*) FROM sesi WHERE pengguna_id = %s AND diakhiri IS NULL;"
                  % uid) == [["0"]]
    assert s.get(server.url + "/ppid/admin/", allow_redirects=False,
                 timeout=10).status_code == 303
    assert requests.post(server.url + "/ppid/masuk",
                         data={"username": "adm.nonaktif", "password": PASSWORD},
                         allow_redirects=False, timeout=10).status_code == 422
    # Twice: refused with a message, nothing written.
    audits = len(audit_rows(db, "pengguna", uid))
    r = post(admin, server, "/ppid/admin/pengguna/%s/nonaktifkan" % uid)
    assert r.status_code == 409 and "sudah nonaktif" in r.text
    assert len(audit_rows(db, "pengguna", uid)) == audits

    assert post(admin, server, "/ppid/admin/pengguna/%s/aktifkan" % uid).status_code == 303
    assert session(server, "adm.nonaktif").get(server.url + "/ppid/admin/",
                                               timeout=10).status_code == 200
    r = post(admin, server, "/ppid/admin/pengguna/%s/aktifkan" % uid)
    assert r.status_code == 409 and "sudah aktif" in r.text
    assert [a[0] for a in audit_rows(db, "pengguna", uid) if a[0] != "masuk"] == \
        ["nonaktifkan", "aktifkan"]


def test_the_admin_cannot_lock_itself_out(server, db, admin):
    me = admin_id(db)
    r = post(admin, server, "/ppid/admin/pengguna/%s/nonaktifkan" % me)
    assert r.status_code == 409
    assert "akun Anda sendiri" in r.text
    r = post(admin, server, "/ppid/admin/pengguna/%s" % me,
             [("nama", "Admin Super Uji"), ("opd_id", ""), ("peran", "pimpinan")])
    assert r.status_code == 422
    assert "peran administrator" in field_error(r.text, "peran")
    assert db.sql("SELECT aktif FROM pengguna WHERE id = %s;" % me) == [["1"]]
    assert db.sql("SELECT peran FROM pengguna_peran WHERE pengguna_id = %s;" % me) == \
        [["admin"]]


def test_unknown_users_are_404(server, admin):
    for path in ("/ppid/admin/pengguna/99999999", "/ppid/admin/pengguna/abc"):
        assert admin.get(server.url + path, timeout=10).status_code == 404
    assert post(admin, server, "/ppid/admin/pengguna/99999999/nonaktifkan").status_code == 404


# ---- OPDs -----------------------------------------------------------------------

def test_opds_are_added_renamed_deactivated_and_reactivated(server, db, admin):
    r = post(admin, server, "/ppid/admin/opd",
             {"kode": "uji-opd", "nama": "Badan Uji Coba", "singkatan": "BUC"})
    assert r.status_code == 303
    oid = opd_id(db, "uji-opd")
    assert db.sql("SELECT nama, singkatan, aktif FROM opd WHERE id = %s;" % oid) == \
        [["Badan Uji Coba", "BUC", "1"]]
    r = post(admin, server, "/ppid/admin/opd",
             {"kode": "uji-opd", "nama": "", "singkatan": "X"})
    assert r.status_code == 422
    assert field_error(r.text, "kode") == "Kode ini sudah dipakai OPD lain."
    assert field_error(r.text, "nama") == "Nama OPD wajib diisi."
    r = post(admin, server, "/ppid/admin/opd", {"kode": "Salah Kode", "nama": "A",
                                                "singkatan": "B"})
    assert r.status_code == 422 and 'value="Salah Kode"' in r.text
    assert field_error(r.text, "kode") == ("Kode 2 sampai 32 karakter: huruf kecil, angka, "
                                           "atau tanda hubung, misalnya dinkes.")

    r = post(admin, server, "/ppid/admin/opd/%s" % oid,
             {"nama": "Badan Uji Coba Baru", "singkatan": "BUCB"})
    assert r.status_code == 303
    assert db.sql("SELECT kode, nama, singkatan FROM opd WHERE id = %s;" % oid) == \
        [["uji-opd", "Badan Uji Coba Baru", "BUCB"]]

    form = admin.get(server.url + "/ppid/admin/pengguna/baru", timeout=10).text
    assert 'value="%s">Badan Uji Coba Baru' % oid in form
    member = location_id(post(admin, server, "/ppid/admin/pengguna",
                              new_user_fields(username="anggota.uji-opd", opd_id=oid)),
                         "/ppid/admin/pengguna/")
    assert post(admin, server, "/ppid/admin/opd/%s/nonaktifkan" % oid).status_code == 303
    assert db.sql("SELECT aktif FROM opd WHERE id = %s;" % oid) == [["0"]]
    form = admin.get(server.url + "/ppid/admin/pengguna/baru", timeout=10).text
    assert "Badan Uji Coba Baru" not in form
    # A deactivated OPD cannot be given to a new user.
    r = post(admin, server, "/ppid/admin/pengguna",
             new_user_fields(username="ke.opd.mati", opd_id=oid))
    assert r.status_code == 422
    assert field_error(r.text, "opd_id") == "Pilih OPD yang masih aktif."
    # Its members keep it when their account is edited.
    form = admin.get(server.url + "/ppid/admin/pengguna/%s" % member, timeout=10).text
    assert re.search(r'value="%s" selected(="selected")?>Badan Uji Coba Baru \(nonaktif\)'
                     % oid, form)
    r = post(admin, server, "/ppid/admin/pengguna/%s" % member,
             [("nama", "Anggota Tetap"), ("opd_id", oid), ("peran", "ppid_pelaksana")])
    assert r.status_code == 303
    assert db.sql("SELECT nama, opd_id FROM pengguna WHERE id = %s;" % member) == \
        [["Anggota Tetap", oid]]
    r = post(admin, server, "/ppid/admin/opd/%s/nonaktifkan" % oid)
    assert r.status_code == 409 and "OPD ini sudah nonaktif." in r.text
    r = post(admin, server, "/ppid/admin/opd/%s/aktifkan" % oid)
    assert r.status_code == 303
    assert "OPD diaktifkan kembali." in admin.get(server.url + r.headers["Location"],
                                                  timeout=10).text
    assert db.sql("SELECT aktif FROM opd WHERE id = %s;" % oid) == [["1"]]
    assert [a[0] for a in audit_rows(db, "opd", oid)] == \
        ["buat", "ubah", "nonaktifkan", "aktifkan"]
    r = admin.get(server.url + "/ppid/admin/opd/999999", timeout=10)
    assert r.status_code == 404 and "OPD tidak ditemukan" in r.text


# ---- holidays --------------------------------------------------------------------

def holidays(db):
    return {datetime.date.fromisoformat(r[0]) for r in
            db.sql("SELECT tanggal FROM hari_libur WHERE libur = 1;")}


def next_working_day(day, off):
    day += datetime.timedelta(days=1)
    while day.weekday() >= 5 or day in off:
        day += datetime.timedelta(days=1)
    return day


def due_of(db, number):
    row = db.sql("SELECT hari_nol, jatuh_tempo FROM permohonan WHERE nomor = '%s';" % number)
    return [datetime.date.fromisoformat(v) for v in row[0]]


@pytest.fixture
def open_request(server, db):
    """A freshly filed request and a weekday strictly between its day 0 and
    its due date that is not a holiday yet."""
    number, code, receipt = filed(server)
    day0, due = due_of(db, number)
    off = holidays(db)
    day = day0 + datetime.timedelta(days=1)
    while day.weekday() >= 5 or day in off:
        day += datetime.timedelta(days=1)
    assert day0 < day <= due
    return number, day0, due, day, receipt


def test_a_holiday_added_and_removed_moves_an_open_deadline(server, db, admin, open_request):
    number, day0, due, day, receipt = open_request
    versi = db.sql("SELECT versi FROM versi_data WHERE nama = 'hari_libur';")[0][0]
    r = post(admin, server, "/ppid/admin/libur",
             {"tanggal": day.isoformat(), "jenis": "cuti_bersama",
              "nama": "Cuti bersama uji admin", "dasar_hukum": "SKB uji", "libur": "1"})
    assert r.status_code == 303, r.text
    assert r.headers["Location"].startswith("/ppid/admin/libur?tahun=%d&pesan=ditambah"
                                            % day.year)
    try:
        page = admin.get(server.url + r.headers["Location"], timeout=10).text
        assert "Hari libur ditambahkan." in page and "dihitung ulang" in page
        assert "Cuti bersama uji admin" in page
        moved = next_working_day(due, holidays(db))
        assert due_of(db, number) == [day0, moved]
        assert moved > due
        assert int(db.sql("SELECT versi FROM versi_data WHERE nama = 'hari_libur';")[0][0]) \
            > int(versi)
        assert [a[:2] for a in audit_rows(db, "hari_libur", day.isoformat())] == \
            [["buat", "adm.super"]]
        recomputed = audit_rows(db, "permohonan", number, "tenggat_dihitung_ulang")
        assert len(recomputed) == 1 and long_date(moved) in recomputed[0][3]
        # The citizen's receipt shows the new date at once.
        shown = requests.get(server.url + receipt, headers={"Accept": "application/xml"},
                             timeout=10)
        assert etree.fromstring(shown.content).findtext(
            "tenggat/pemberitahuan/jatuh_tempo") == moved.isoformat()
    finally:
        r = post(admin, server, "/ppid/admin/libur/%s/hapus" % day.isoformat())
    assert r.status_code == 303
    assert "pesan=dihapus" in r.headers["Location"]
    assert due_of(db, number) == [day0, due]
    assert db.sql("SELECT COUNT(*) FROM hari_libur WHERE tanggal = '%s';"
                  % day.isoformat()) == [["0"]]
    assert [a[0] for a in audit_rows(db, "hari_libur", day.isoformat())] == ["buat", "hapus"]
    assert len(audit_rows(db, "permohonan", number, "tenggat_dihitung_ulang")) == 2


def test_editing_the_working_flag_moves_the_deadline_both_ways(server, db, admin, open_request):
    number, day0, due, day, _ = open_request
    iso = day.isoformat()
    assert post(admin, server, "/ppid/admin/libur",
                {"tanggal": iso, "jenis": "libur_nasional", "nama": "Libur uji bendera",
                 "libur": "1"}).status_code == 303
    try:
        moved = due_of(db, number)[1]
        assert moved > due
        # Still listed, but a working day: the deadline goes back.
        r = post(admin, server, "/ppid/admin/libur/%s" % iso,
                 {"jenis": "libur_nasional", "nama": "Libur uji bendera (batal)",
                  "dasar_hukum": ""})
        assert r.status_code == 303
        assert db.sql("SELECT nama, libur FROM hari_libur WHERE tanggal = '%s';" % iso) == \
            [["Libur uji bendera (batal)", "0"]]
        assert due_of(db, number) == [day0, due]
        form = admin.get(server.url + "/ppid/admin/libur/%s" % iso, timeout=10).text
        assert 'value="Libur uji bendera (batal)"' in form
        r = post(admin, server, "/ppid/admin/libur/%s" % iso,
                 {"jenis": "cuti_bersama", "nama": "Libur uji bendera", "libur": "1"})
        assert r.status_code == 303
        assert due_of(db, number) == [day0, moved]
        changes = audit_rows(db, "hari_libur", iso, "ubah")
        assert '"libur":"1"' in changes[0][2] and '"libur":"0"' in changes[0][3]
    finally:
        assert post(admin, server, "/ppid/admin/libur/%s/hapus" % iso).status_code == 303
    assert due_of(db, number) == [day0, due]


def test_holiday_errors_change_nothing(server, db, admin):
    versi = db.sql("SELECT versi FROM versi_data WHERE nama = 'hari_libur';")
    count = db.sql("SELECT COUNT(*) FROM hari_libur;")
    r = post(admin, server, "/ppid/admin/libur",
             {"tanggal": "2026-02-30", "jenis": "libur_nasional", "nama": "Tanggal <salah>"})
    assert r.status_code == 422
    assert "TTTT-BB-HH" in field_error(r.text, "tanggal")
    assert 'value="Tanggal &lt;salah&gt;"' in r.text
    r = post(admin, server, "/ppid/admin/libur",
             {"tanggal": "2026-03-20", "jenis": "hari_raya", "nama": ""})
    assert r.status_code == 422
    # A date already on the calendar is said at once, with the other errors.
    assert "sudah ada di kalender" in field_error(r.text, "tanggal")
    assert field_error(r.text, "jenis") == "Pilih jenis hari libur."
    assert field_error(r.text, "nama") == "Nama hari libur wajib diisi."
    r = post(admin, server, "/ppid/admin/libur",
             {"tanggal": "2026-03-20", "jenis": "cuti_bersama", "nama": "Ganda", "libur": "1"})
    assert r.status_code == 422
    assert "sudah ada di kalender" in field_error(r.text, "tanggal")
    r = post(admin, server, "/ppid/admin/libur/2026-03-20",
             {"jenis": "cuti_bersama", "nama": ""})
    assert r.status_code == 422
    assert field_error(r.text, "nama") == "Nama hari libur wajib diisi."
    for bad in ("2026-02-30", "2026-3-20", "2031-01-02", "kemarin"):
        assert admin.get(server.url + "/ppid/admin/libur/" + bad,
                         timeout=10).status_code == 404
        assert post(admin, server, "/ppid/admin/libur/%s/hapus" % bad).status_code == 404
    assert db.sql("SELECT versi FROM versi_data WHERE nama = 'hari_libur';") == versi
    assert db.sql("SELECT COUNT(*) FROM hari_libur;") == count
    assert db.sql("SELECT nama FROM hari_libur WHERE tanggal = '2026-03-20';") == \
        [["Cuti bersama Idul Fitri"]]


def test_the_calendar_lists_a_year(server, admin):
    page = admin.get(server.url + "/ppid/admin/libur?tahun=2026", timeout=10).text
    assert "Hari Suci Nyepi Tahun Baru Saka 1948" in page
    assert "Jumat, 20 Maret 2026" in page
    page = admin.get(server.url + "/ppid/admin/libur?tahun=2025", timeout=10).text
    assert "Tahun Baru 2025 Masehi" in page and "Nyepi Tahun Baru Saka 1948" not in page


# ---- tariff -------------------------------------------------------------------------

def test_tariff_lines_are_added_priced_and_deactivated(server, db, admin):
    r = post(admin, server, "/ppid/admin/tarif",
             {"kode": "cetak-a3-uji", "nama": "Cetak A3 uji", "satuan": "lembar",
              "harga": "2.500"})
    assert r.status_code == 303
    tid = db.sql("SELECT id FROM tarif WHERE kode = 'cetak-a3-uji';")[0][0]
    assert db.sql("SELECT nama, satuan, harga, aktif FROM tarif WHERE id = %s;" % tid) == \
        [["Cetak A3 uji", "lembar", "2500", "1"]]
    assert "Rp2.500" in admin.get(server.url + "/ppid/admin/tarif", timeout=10).text

    r = post(admin, server, "/ppid/admin/tarif",
             {"kode": "cetak-a3-uji", "nama": "Lagi", "satuan": "", "harga": "2,5"})
    assert r.status_code == 422
    assert field_error(r.text, "kode") == "Kode ini sudah dipakai tarif lain."
    assert field_error(r.text, "satuan") == "Satuan wajib diisi."
    assert "tanpa desimal" in field_error(r.text, "harga")
    assert 'value="2,5"' in r.text
    r = post(admin, server, "/ppid/admin/tarif",
             {"kode": "A", "nama": "Lagi", "satuan": "lembar", "harga": "5"})
    assert field_error(r.text, "kode") == ("Kode 2 sampai 32 karakter: huruf kecil, angka, "
                                           "atau tanda hubung, misalnya fotokopi-a4.")

    r = post(admin, server, "/ppid/admin/tarif/%s" % tid,
             {"nama": "Cetak A3 uji", "satuan": "lembar", "harga": "-5"})
    assert r.status_code == 422
    r = post(admin, server, "/ppid/admin/tarif/%s" % tid,
             {"nama": "Cetak A3 berwarna uji", "satuan": "lembar", "harga": "3000"})
    assert r.status_code == 303
    assert db.sql("SELECT nama, harga FROM tarif WHERE id = %s;" % tid) == \
        [["Cetak A3 berwarna uji", "3000"]]
    change = audit_rows(db, "tarif", tid, "ubah")[0]
    assert '"harga":"2500"' in change[2] and '"harga":"3000"' in change[3]

    assert post(admin, server, "/ppid/admin/tarif/%s/nonaktifkan" % tid).status_code == 303
    assert db.sql("SELECT aktif FROM tarif WHERE id = %s;" % tid) == [["0"]]
    r = post(admin, server, "/ppid/admin/tarif/%s/nonaktifkan" % tid)
    assert r.status_code == 409 and "Tarif ini sudah nonaktif." in r.text
    assert post(admin, server, "/ppid/admin/tarif/%s/aktifkan" % tid).status_code == 303
    assert [a[0] for a in audit_rows(db, "tarif", tid)] == \
        ["buat", "ubah", "nonaktifkan", "aktifkan"]
    assert admin.get(server.url + "/ppid/admin/tarif/999999", timeout=10).status_code == 404
