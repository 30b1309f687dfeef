"""Every event that matters writes its e-mail into the outbox in the same
transaction as the event: to the applicant (receipt, disposition,
extension, notice, objection received and decided) and to the officers of
an OPD a request is routed to."""
import re

import pytest
import requests

import harness
from client import filed, login, staff_post as post

PASSWORD = "kata-sandi-surel-1"


@pytest.fixture(scope="module")
def officers(db):
    harness.add_user(db, "surel.utama", PASSWORD, "Utama Surel", ["ppid_utama"], cost=4)
    harness.add_user(db, "surel.atasan", PASSWORD, "Atasan Surel", ["atasan_ppid"], cost=4)
    harness.add_user(db, "surel.dishub", PASSWORD, "Dishub Surel", ["ppid_pelaksana"],
                     opd_kode="dishub", cost=4)
    db.sql("UPDATE pengguna SET email = 'ppid.dishub@serangkab.example' "
           "WHERE username = 'surel.dishub';")


def outbox(db, to):
    return db.sql("SELECT jenis, subjek, isi_teks, isi_html FROM surel_keluar "
                  "WHERE kepada = '%s' ORDER BY id;" % to)


def test_messages_follow_the_request(server, db, officers, clear_throttle):
    email = "pemohon.surel@example.id"
    number, code, _ = filed(server, email=email, nama="<b>Pemohon</b>",
                            nik="3604019191919191")
    messages = outbox(db, email)
    assert [m[0] for m in messages] == ["tanda_terima"]
    subject, text, html = messages[0][1:]
    assert number in subject
    assert code in text and "/ppid/permohonan/%s?kode=%s" % (number, code) in text
    assert "Pemberitahuan tertulis paling lambat" in text
    assert "<p>" in html and "3604019191919191" not in text + html

    utama, atasan = login(server, "surel.utama", PASSWORD), login(server, "surel.atasan", PASSWORD)
    dishub = db.sql("SELECT id FROM opd WHERE kode = 'dishub';")[0][0]
    assert post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % number,
                {"opd": dishub, "catatan": "Data angkutan"}).status_code == 303
    officer = outbox(db, "ppid.dishub@serangkab.example")
    assert officer and officer[-1][0] == "disposisi"
    assert "/ppid/admin/permohonan/%s" % number in officer[-1][2]
    assert "Data angkutan" in officer[-1][2]

    assert post(server, utama, "/ppid/admin/permohonan/%s/perpanjang" % number,
                {"alasan": "Data di tiga UPT.", "yakin": "1"}).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = "
                  "d.permohonan_id WHERE p.nomor = '%s';" % number)[0][0]
    dishub_officer = login(server, "surel.dishub", PASSWORD)
    assert post(server, dishub_officer, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                % (number, part), {"jawaban": "Terlampir."}).status_code == 303
    assert post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                {"keputusan": "belum_dikuasai",
                 "janji_waktu": "Januari 2027",
                 "waktu_penyediaan": "2099-12-31"}).status_code == 303
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": "e", "uraian": "Belum dipenuhi."},
                      allow_redirects=False, timeout=10)
    assert r.status_code == 303
    k = re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)
    assert post(server, atasan, "/ppid/admin/keberatan/%s/putusan" % k,
                {"putusan": "dikabulkan",
                 "alasan_putusan": "Data harus dibuka."}).status_code == 303

    kinds = [m[0] for m in outbox(db, email)]
    assert kinds == ["tanda_terima", "disposisi", "perpanjangan", "pemberitahuan",
                     "keberatan_diterima", "keberatan_diputus"]
    texts = {m[0]: m[2] for m in outbox(db, email)}
    assert "Data di tiga UPT." in texts["perpanjangan"]
    assert "Informasi belum dikuasai" in texts["pemberitahuan"]
    assert "Data harus dibuka." in texts["keberatan_diputus"]
    # HTML parts escape what people typed.
    htmls = " ".join(m[3] for m in outbox(db, email))
    assert "<b>Pemohon</b>" not in htmls


def test_no_message_when_the_event_does_not_happen(server, db, officers):
    email = "pemohon.gagal@example.id"
    r = requests.post(server.url + "/ppid/permohonan",
                      data={"nama": "Tanpa NIK", "email": email}, allow_redirects=False,
                      timeout=10)
    assert r.status_code == 422
    assert outbox(db, email) == []


def test_an_applicant_without_e_mail_gets_none(server, db, officers):
    before = db.sql("SELECT COUNT(*) FROM surel_keluar;")[0][0]
    filed(server, email="", telepon="081234500000")
    assert db.sql("SELECT COUNT(*) FROM surel_keluar;")[0][0] == before
