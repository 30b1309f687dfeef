"""sialip-kirim --pengingat for innovation monitoring reports (mod_inovasi):
per period and OPD, one message to each of the OPD's innovation officers
listing the innovations whose report is not submitted (none yet, draft or
returned), when the period's due date is within two working days or past.
Real MariaDB, Apache and SMTP server, as in test_kirim.py.

The periods are last year's (the innovation's year): their due dates may be
set to any day of this year, so the test does not depend on today's date.
OPDs Distan and DPKP, which no other test module gives innovations."""
import datetime

import pytest

from client import add_officer
from kalender import long_date
from test_inovasi_bantuan import (PASSWORD, STANDARD_SET, Staf, buat_inovasi,  # noqa: F401
                                  buat_periode, ensure_users, indikator_ids, lapor,
                                  periode_id, set_indikator, verifikasi)
from test_kirim import (BASE_URL, WIB, add_working, conf, flushed, kirim,  # noqa: F401
                        parts, smtp, working_days)

BUKTI = "https://serangkab.go.id/distan/bukti-monitoring.pdf"
# The contact person of every innovation here: never in a reminder.
KONTAK = {"kontak_nama": "Ir. Kontak Rahasia", "kontak_telepon": "0254-777111",
          "kontak_email": "kontak.rahasia@distan.example"}


def officer(db, username, roles, opd, address):
    return add_officer(db, username, roles, opd, address, PASSWORD)


@pytest.fixture(scope="module")
def monitoring(server, db):
    """Last year's triwulan periods (1 overdue, 2 due in two working days, 3
    too far) and the year before's semester 1 (overdue, history); Distan's
    innovations at every report status for triwulan 2, DPKP's one submitted
    for triwulan 2 only."""
    ensure_users(db)
    ids = {
        "distan": officer(db, "kirim.inov.distan", ["opd_inovasi"], "distan",
                          "distan.inov@serangkab.example"),
        "distan2": officer(db, "kirim.inov.distan2", ["opd_inovasi"], "distan",
                           "distan2.inov@serangkab.example"),
        "distan_tanpa": officer(db, "kirim.inov.distan3", ["opd_inovasi"], "distan", None),
        "distan_ppid": officer(db, "kirim.ppid.distan", ["ppid_pelaksana"], "distan",
                               "distan.ppid@serangkab.example"),
        "dpkp": officer(db, "kirim.inov.dpkp", ["opd_inovasi"], "dpkp",
                        "dpkp.inov@serangkab.example"),
    }
    is_working = working_days(db)
    now = datetime.datetime.utcnow() + WIB
    today = now.date()
    counting = today if is_working(today) and now.hour < 16 else add_working(is_working, today, 1)
    prev, older = today.year - 1, today.year - 2
    due = {"lewat": today - datetime.timedelta(days=20),
           "dekat": add_working(is_working, counting, 2),
           "jauh": add_working(is_working, counting, 3)}

    evaluator = Staf(server, "inov.eval1")
    for nomor, key in ((1, "lewat"), (2, "dekat"), (3, "jauh")):
        buat_periode(evaluator, prev, "triwulan", nomor, tenggat=due[key].isoformat())
    buat_periode(evaluator, older, "semester", 1, tenggat="%d-07-31" % older)
    periods = {key: periode_id(db, prev, "triwulan", n)
               for n, key in ((1, "lewat"), (2, "dekat"), (3, "jauh"))}
    periods["sejarah"] = periode_id(db, older, "semester", 1)

    distan, dpkp = Staf(server, "kirim.inov.distan"), Staf(server, "kirim.inov.dpkp")
    dates = {"tanggal_uji_coba": "%d-01-15" % prev, "tanggal_penerapan": "%d-03-02" % prev}
    names = {"tanam": "Sistem Tanam Serempak", "kartu": 'Kartu Tani <Digital> & "Co"',
             "penyuluhan": "Penyuluhan Daring", "benih": "Benih Unggul Desa",
             "pupuk": "Pupuk Tepat Sasaran", "rumah": "Rumah Layak Huni Cepat"}
    inov = {}
    for key, name in names.items():
        session = dpkp if key == "rumah" else distan
        inov[key] = buat_inovasi(session, nama=name, tahun=str(prev), **dates, **KONTAK)
        set_indikator(session, inov[key], STANDARD_SET)
    inov["lama"] = buat_inovasi(distan, nama="Inovasi Tahun Lalu", tahun=str(older),
                                tanggal_uji_coba="%d-01-15" % older,
                                tanggal_penerapan="%d-03-02" % older)
    # Triwulan 2: a draft, a submitted, a returned and a verified report.
    p2 = periods["dekat"]

    def report(session, key, aksi):
        apl = indikator_ids(db, inov[key])["Posyandu memakai aplikasi"]
        r = lapor(session, inov[key], p2, {apl: 10}, aksi=aksi, tautan={apl: BUKTI})
        assert r.status_code == 303, r.text[:2000]

    report(distan, "kartu", "simpan")
    for key in ("penyuluhan", "benih", "pupuk"):
        report(distan, key, "ajukan")
    report(dpkp, "rumah", "ajukan")
    assert verifikasi(evaluator, inov["benih"], p2, "kembalikan",
                      "Bukti belum ditandatangani.").status_code == 303
    assert verifikasi(evaluator, inov["pupuk"], p2, "verifikasi").status_code == 303
    assert db.sql("SELECT i.nama, l.status FROM inovasi_laporan l JOIN inovasi i ON "
                  "i.id = l.inovasi_id WHERE l.periode_id = %s AND i.tahun = %d "
                  "ORDER BY i.nama;" % (p2, prev)) == [
        ["Benih Unggul Desa", "dikembalikan"], [names["kartu"], "draf"],
        ["Penyuluhan Daring", "diajukan"], ["Pupuk Tepat Sasaran", "diverifikasi"],
        ["Rumah Layak Huni Cepat", "diajukan"]]
    return {"users": ids, "periods": periods, "due": due, "inov": inov, "names": names,
            "prev": prev}


def keys(db, periods):
    return sorted(db.sql(
        "SELECT kunci, kepada, jenis, objek, objek_id FROM surel_keluar WHERE kunci LIKE "
        "'pengingat-inovasi:%%' AND objek_id IN (%s) ORDER BY kunci;"
        % ",".join("'%s'" % p for p in periods.values())))


def test_due_and_overdue_reports_are_reminded_to_the_opd_officers_once(db, smtp, conf,
                                                                      monitoring):
    m = monitoring
    users, periods, due = m["users"], m["periods"], m["due"]
    r = kirim(conf, "--pengingat")
    assert r.returncode == 0, r.stderr

    def key(period, kind, user):
        due_day = due["lewat" if period == "lewat" else "dekat"].isoformat()
        return ["pengingat-inovasi:%s:%s:%s:%s" % (periods[period], due_day, kind,
                                                    users[user]),
                {"distan": "distan.inov@serangkab.example",
                 "distan2": "distan2.inov@serangkab.example",
                 "dpkp": "dpkp.inov@serangkab.example"}[user],
                "pengingat_" + kind, "inovasi_periode", periods[period]]

    # Overdue triwulan 1: every innovation of both OPDs lacks its report.
    # Triwulan 2: Distan only (DPKP's is submitted).  Nothing for triwulan 3
    # (too far), the year before last (history), the officer without an
    # e-mail or Distan's PPID officer.
    expected = sorted([key("lewat", "terlambat", "distan"), key("lewat", "terlambat", "distan2"),
                       key("lewat", "terlambat", "dpkp"), key("dekat", "dekat", "distan"),
                       key("dekat", "dekat", "distan2")])
    assert keys(db, periods) == expected
    assert ("innovation reports of Triwulan 2 %d, OPD %s, due %s (dekat): 2 reminder(s) queued"
            % (m["prev"], db.sql("SELECT id FROM opd WHERE kode = 'distan';")[0][0],
               due["dekat"].isoformat())) in r.stderr

    # The same day again: nothing more.
    total = db.sql("SELECT COUNT(*) FROM surel_keluar;")
    again = kirim(conf, "--pengingat")
    assert again.returncode == 0, again.stderr
    assert "0 reminder(s) queued" in again.stderr
    assert db.sql("SELECT COUNT(*) FROM surel_keluar;") == total
    assert keys(db, periods) == expected


def test_the_reminder_lists_the_missing_reports_with_their_links(db, smtp, conf, monitoring):
    m = monitoring
    inov, names, periods, due, prev = m["inov"], m["names"], m["periods"], m["due"], m["prev"]
    assert kirim(conf, "--pengingat").returncode == 0
    smtp.handler.clear()
    r = kirim(conf)
    assert r.returncode == 0, r.stderr

    def delivered(period, kind, user):
        kunci = "pengingat-inovasi:%s:%s:%s:%s" % (periods[period], due[period].isoformat(),
                                                   kind, m["users"][user])
        (outbox_id,) = db.sql("SELECT id FROM surel_keluar WHERE kunci = '%s';" % kunci)[0]
        (message,) = smtp.handler.for_id(outbox_id)
        return message

    def link(key, period):
        return BASE_URL + "/inovasi/admin/inovasi/%s/laporan/%s" % (inov[key], periods[period])

    dashboard = BASE_URL + "/inovasi/dasbor?tahun=%d" % prev

    # Due soon, to a Distan officer: the not-submitted ones, each with where it stands.
    rcpts, message, _, _ = delivered("dekat", "dekat", "distan")
    assert rcpts == ["distan.inov@serangkab.example"]
    assert str(message["Subject"]) == ("Pengingat: laporan monitoring inovasi Triwulan 2 %d "
                                       "jatuh tempo %s" % (prev, long_date(due["dekat"])))
    text, html = parts(message)
    text = text.replace("\r\n", "\n")
    assert ("Laporan monitoring Triwulan 2 %d harus diajukan paling lambat %s. Laporan "
            "inovasi Dinas Pertanian berikut belum diajukan:" % (prev, long_date(due["dekat"]))
            in text)
    assert "- Benih Unggul Desa (dikembalikan untuk diperbaiki)\n  %s\n" % link("benih", "dekat") \
        in text
    assert "- %s (masih draf)\n  %s\n" % (names["kartu"], link("kartu", "dekat")) in text
    assert "- Sistem Tanam Serempak (belum dibuat)\n  %s\n" % link("tanam", "dekat") in text
    assert "Tersisa 2 hari kerja lagi." in text
    assert dashboard in text
    for absent in ("penyuluhan", "pupuk", "rumah"):
        assert names[absent] not in text and link(absent, "dekat") not in text
    assert '<a href="%s">Benih Unggul Desa</a>' % link("benih", "dekat") in html
    assert "Kartu Tani &lt;Digital&gt; &amp; &quot;Co&quot;" in html and "<Digital>" not in html
    assert '<a href="%s">' % dashboard in html
    for private in KONTAK.values():
        assert private not in text and private not in html

    # Overdue, to DPKP's officer: only its own innovation, said to be late.
    rcpts, message, _, _ = delivered("lewat", "terlambat", "dpkp")
    assert rcpts == ["dpkp.inov@serangkab.example"]
    assert str(message["Subject"]) == ("Terlambat: laporan monitoring inovasi Triwulan 1 %d "
                                       "melewati batas %s" % (prev, long_date(due["lewat"])))
    text, html = parts(message)
    assert ("Batas pengajuan laporan monitoring Triwulan 1 %d sudah lewat (%s)"
            % (prev, long_date(due["lewat"]))) in text
    assert "Rumah Layak Huni Cepat (belum dibuat)" in text and link("rumah", "lewat") in text
    assert "Mohon segera lengkapi dan ajukan laporannya" in text
    for other in ("tanam", "kartu", "benih", "penyuluhan", "pupuk"):
        assert names[other] not in text
    assert "Dinas Perumahan Rakyat" in text

    # The overdue one to Distan lists all five.
    _, message, _, _ = delivered("lewat", "terlambat", "distan2")
    text, _ = parts(message)
    assert all(link(k, "lewat") in text for k in ("tanam", "kartu", "penyuluhan", "benih",
                                                   "pupuk"))
    assert link("rumah", "lewat") not in text
