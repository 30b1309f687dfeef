"""Monitoring continues in the years after registration while the innovation
runs, and stops when it ends (issue 19, item 4): an innovation registered in
2032 has its 2033 reports listed, open and reminded by `sialip-kirim
--pengingat`; once its end date is set in 2032, none of 2033.

Years 2032-2033 and an OPD of this module only (DLJ): the reminders and the
dashboard counted here are this OPD's."""
import datetime

import pytest

import harness
from test_inovasi_bantuan import (PASSWORD, STANDARD_SET, Staf, buat_inovasi,  # noqa: F401
                                  buat_periode, ensure_users, periode_id, set_indikator)
from test_kirim import BASE_URL, WIB, conf, flushed, kirim, smtp  # noqa: F401

DAFTAR, LANJUT = "2032", "2033"
ALAMAT = "petugas.lanjut@serangkab.example"


@pytest.fixture(scope="module")
def lanjut(server, db):
    ensure_users(db)
    if not db.sql("SELECT id FROM opd WHERE kode = 'uji-lanjut';"):
        db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('uji-lanjut', "
               "'Dinas Uji Monitoring Lanjutan', 'DLJ');")
    uid = harness.add_user(db, "lanjut.petugas", PASSWORD, "Petugas Lanjutan",
                           ["opd_inovasi"], opd_kode="uji-lanjut", cost=4)
    db.sql("UPDATE pengguna SET email = '%s' WHERE id = %s;" % (ALAMAT, uid))
    return {"uid": uid, "petugas": Staf(server, "lanjut.petugas"),
            "evaluator": Staf(server, "inov.eval1")}


def periode_tahun(db, year, jenis):
    """The year's periods of jenis by hand (as `semua` with 15 days would make
    them) when the year has none: through the web they would add audit rows
    test_inovasi_monitoring counts for 2033."""
    if db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s;" % year):
        return
    year, n = int(year), 4 if jenis == "triwulan" else 2
    for k in range(1, n + 1):
        months = 12 // n
        start = datetime.date(year, (k - 1) * months + 1, 1)
        end = (datetime.date(year + 1, 1, 1) if k == n
               else datetime.date(year, k * months + 1, 1)) - datetime.timedelta(days=1)
        db.sql("INSERT IGNORE INTO inovasi_periode (tahun, jenis, nomor, mulai, selesai, "
               "tenggat) VALUES (%d, '%s', %d, '%s', '%s', '%s');"
               % (year, jenis, k, start, end, end + datetime.timedelta(days=15)))


def listed(session, inov):
    return {p.get("id") for p in session.xml("/inovasi/admin/inovasi/%s.xml" % inov)
            .findall("laporan-periode/periode")}


def monitoring(session, year):
    return session.xml("/inovasi/dasbor.xml?tahun=%s" % year).find("monitoring")


def test_reports_of_2033_while_running_none_after_the_end(db, lanjut):
    petugas = lanjut["petugas"]
    # test_inovasi_monitoring reports 2032 by semester and 2033 by quarter
    # (one kind per year): the same kinds here, whichever module runs first.
    for year, jenis in ((DAFTAR, "semester"), (LANJUT, "triwulan")):
        periode_tahun(db, year, jenis)
    inov = buat_inovasi(petugas, nama="Layanan Berlanjut 2032", tahun=DAFTAR,
                        tanggal_uji_coba="2032-01-15", tanggal_penerapan="2032-03-02")
    set_indikator(petugas, inov, STANDARD_SET)
    q2033, q2032 = ({i for (i,) in db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s;" % y)}
                    for y in (LANJUT, DAFTAR))

    # Running: 2033's four reports are listed and open, and on the OPD's
    # 2033 dashboard (only this OPD's innovation is in its scope).
    assert q2033 | q2032 <= listed(petugas, inov)   # and any later year's
    for q in q2033:
        assert petugas.get("/inovasi/admin/inovasi/%s/laporan/%s" % (inov, q)).status_code \
            == 200
    mon = monitoring(petugas, LANJUT)
    assert (mon.get("laporan"), mon.get("mendatang")) == (str(len(q2033)),) * 2

    # Ended on 31 December 2032: nothing of 2033, 2032 stays.
    r = petugas.post("/inovasi/admin/inovasi/%s/siklus" % inov, {"berakhir": "2032-12-31"})
    assert r.status_code == 303, r.text[:2000]
    assert listed(petugas, inov) == q2032
    for q in q2033:
        assert petugas.get("/inovasi/admin/inovasi/%s/laporan/%s" % (inov, q)).status_code \
            == 404
    assert monitoring(petugas, LANJUT).get("laporan") == "0"
    assert monitoring(petugas, DAFTAR).get("laporan") == str(len(q2032))


def mine(db, uid, periode="%"):
    return [k for (k,) in db.sql("SELECT kunci FROM surel_keluar WHERE kepada = '%s' AND "
                                 "kunci LIKE 'pengingat-inovasi:%s:%%:%s' ORDER BY id;"
                                 % (ALAMAT, periode, uid))]


def years_reminded(db, uid):
    """The years of the periods this officer was reminded of: other test
    files may add overdue periods of this year too."""
    ids = sorted({k.split(":")[1] for k in mine(db, uid)})
    if not ids:
        return set()
    return {int(y) for (y,) in db.sql("SELECT tahun FROM inovasi_periode WHERE id IN (%s);"
                                      % ",".join(ids))}


def test_reminded_in_the_years_after_registration_until_it_ends(db, conf, lanjut):
    """sialip-kirim reminds the periods of this year and the last only, and a
    period's due date cannot precede its end: the year after registration is
    last year here, the registration the year before (this module's OPD)."""
    petugas, evaluator, uid = lanjut["petugas"], lanjut["evaluator"], lanjut["uid"]
    today = (datetime.datetime.utcnow() + WIB).date()
    prev, daftar = today.year - 1, today.year - 2
    lewat = today - datetime.timedelta(days=20)
    inov = buat_inovasi(petugas, nama="Layanan Lama Berlanjut", tahun=str(daftar),
                        tanggal_uji_coba="%d-01-15" % daftar,
                        tanggal_penerapan="%d-03-02" % daftar)
    set_indikator(petugas, inov, STANDARD_SET)
    ada = db.sql("SELECT id, tenggat FROM inovasi_periode WHERE tahun = %d AND "
                 "jenis = 'triwulan' AND nomor = 1;" % prev)
    if not ada:
        buat_periode(evaluator, prev, "triwulan", 1, tenggat=lewat.isoformat())
    q1 = periode_id(db, prev, "triwulan", 1)
    try:
        db.sql("UPDATE inovasi_periode SET tenggat = '%s' WHERE id = %s;" % (lewat, q1))
        r = kirim(conf, "--pengingat")
        assert r.returncode == 0, r.stderr
        assert mine(db, uid, q1) == ["pengingat-inovasi:%s:%s:terlambat:%s" % (q1, lewat, uid)]
        assert years_reminded(db, uid) <= {prev, today.year}
        (isi,) = db.sql("SELECT isi_teks FROM surel_keluar WHERE kunci = '%s';"
                        % mine(db, uid, q1)[0])[0]
        assert "Layanan Lama Berlanjut" in isi
        assert BASE_URL + "/inovasi/admin/inovasi/%s/laporan/%s" % (inov, q1) in isi

        # Ended before the period: a new due date (its own key) reminds nobody here.
        r = petugas.post("/inovasi/admin/inovasi/%s/siklus" % inov,
                         {"berakhir": "%d-12-31" % daftar})
        assert r.status_code == 303, r.text[:2000]
        lagi = lewat - datetime.timedelta(days=1)
        db.sql("UPDATE inovasi_periode SET tenggat = '%s' WHERE id = %s;" % (lagi, q1))
        r = kirim(conf, "--pengingat")
        assert r.returncode == 0, r.stderr
        assert len(mine(db, uid, q1)) == 1
    finally:
        db.sql("UPDATE inovasi_periode SET tenggat = '%s' WHERE id = %s;"
               % (ada[0][1] if ada else lewat, q1))
        # Other modules count every reminder of last year's periods.
        db.sql("DELETE FROM surel_keluar WHERE kepada = '%s';" % ALAMAT)
