"""Next year's calendar: a due date counted into a year whose holidays are
not loaded is shown as provisional to the citizen and flagged to staff;
admins are reminded from October; loading the year recounts it."""
import datetime
import re

import requests

from client import filed, login, status_recheck_passes


def wib_now():
    return datetime.datetime.utcnow() + datetime.timedelta(hours=7)


def inbox_row(session, server, nomor):
    for page in range(1, 60):
        html = session.get(server.url + "/ppid/admin/permohonan?halaman=%d" % page,
                           timeout=30).text
        m = re.search(r'(?s)<tr[^>]*>(?:(?!</tr>).)*%s(?:(?!</tr>).)*</tr>' % re.escape(nomor), html)
        if m:
            return m.group(0)
        if "halaman=%d" % (page + 1) not in html:
            break
    raise AssertionError("%s not in the inbox" % nomor)


def test_a_due_date_in_a_year_without_holidays_is_provisional(server, db, staff):
    nomor, kode, receipt = filed(server)
    year = db.sql("SELECT YEAR(jatuh_tempo) FROM permohonan WHERE nomor = '%s';" % nomor)[0][0]
    assert "Tanggal ini sementara" not in requests.get(server.url + receipt, timeout=30).text
    officer = login(server, "admin.uji", staff["admin.uji"])
    assert "label sementara" not in inbox_row(officer, server, nomor)

    # The year's decree not loaded yet: its holidays are not in hari_libur.
    db.sql("DROP TABLE IF EXISTS uji_libur_simpan; CREATE TABLE uji_libur_simpan AS "
           "SELECT * FROM hari_libur WHERE YEAR(tanggal) = %s; "
           "DELETE FROM hari_libur WHERE YEAR(tanggal) = %s;" % (year, year))
    try:
        status_recheck_passes()
        page = requests.get(server.url + receipt, timeout=30).text
        assert "Tanggal ini sementara" in page
        assert "kalender hari libur\n        tahun %s belum ditetapkan" % year in page \
            or re.search(r"kalender hari libur\s+tahun %s belum ditetapkan" % year, page)
        # The officer sees it on the request page and in the inbox.
        staff_page = officer.get(server.url + "/ppid/admin/permohonan/" + nomor, timeout=30).text
        assert "Tanggal ini sementara" in staff_page
        assert "label sementara" in inbox_row(officer, server, nomor)
    finally:
        # Loading the year: the receipt is counted on it again at once.
        db.sql("INSERT INTO hari_libur SELECT * FROM uji_libur_simpan; "
               "DROP TABLE uji_libur_simpan;")
    status_recheck_passes()
    assert "Tanggal ini sementara" not in requests.get(server.url + receipt, timeout=30).text
    assert "label sementara" not in inbox_row(officer, server, nomor)


def test_admins_are_reminded_from_october_to_load_next_year(server, db, staff):
    officer = login(server, "admin.uji", staff["admin.uji"])
    now = wib_now()
    next_year = now.year + 1
    loaded = db.sql("SELECT COUNT(*) FROM hari_libur WHERE YEAR(tanggal) = %d;"
                    % next_year)[0][0] != "0"
    page = officer.get(server.url + "/ppid/admin/libur", timeout=30).text
    banner = "Kalender\n        %d belum dimuat." % next_year
    if now.month >= 10 and not loaded:
        assert 'id="kalender-tahun-depan"' in page and banner in page
        # Loading one date of the year ends the reminder.
        db.sql("INSERT INTO hari_libur (tanggal, jenis, nama, libur) VALUES "
               "('%d-01-01', 'libur_nasional', 'Tahun Baru Masehi', 1);" % next_year)
        try:
            page = officer.get(server.url + "/ppid/admin/libur", timeout=30).text
            assert 'id="kalender-tahun-depan"' not in page
        finally:
            db.sql("DELETE FROM hari_libur WHERE tanggal = '%d-01-01';" % next_year)
    else:
        assert 'id="kalender-tahun-depan"' not in page


def test_admins_get_a_monthly_reminder_mail_from_october(server, db, staff, tmp_path):
    import os
    import subprocess
    import harness
    harness.add_user(db, "admin.kalender", staff["admin.uji"], "Admin Kalender", ["admin"], cost=4)
    db.sql("UPDATE pengguna SET email = 'admin.kalender@serangkab.example' "
           "WHERE username = 'admin.kalender';")
    conf = tmp_path / "kirim.conf"
    conf.write_text("dbd_params = host=127.0.0.1 port=%d user=sialip pass=%s dbname=sialip "
                    "reconnect=0 flags=CLIENT_FOUND_ROWS\nsmtp_host = 127.0.0.1\n"
                    "smtp_from = ppid@serangkab.example\nbase_url = https://ppid.example\n"
                    % (db.port, db.password))
    os.chmod(conf, 0o600)
    now = wib_now()
    next_year = now.year + 1
    loaded = db.sql("SELECT COUNT(*) FROM hari_libur WHERE libur = 1 AND YEAR(tanggal) = %d;"
                    % next_year)[0][0] != "0"
    kirim = os.path.join(harness.BUILD, "sialip-kirim")
    key = "pengingat-kalender:%d:%04d-%02d:%%" % (next_year, now.year, now.month)
    r = subprocess.run([kirim, "-c", str(conf), "--pengingat"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = db.sql("SELECT kepada, subjek FROM surel_keluar WHERE kunci LIKE '%s';" % key)
    if now.month >= 10 and not loaded:
        assert ["admin.kalender@serangkab.example",
                "Kalender hari libur %d belum dimuat" % next_year] in rows
        again = subprocess.run([kirim, "-c", str(conf), "--pengingat"], capture_output=True,
                               text=True, timeout=120)
        assert "calendar %d not loaded: 0 reminder(s) queued" % next_year in again.stderr
    else:
        assert rows == []
