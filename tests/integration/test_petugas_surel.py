"""Officers are told (issue 17 item 1): the admin sets a staff user's e-mail
on the user pages; a request routed to that officer's OPD reaches the
address as a disposition e-mail and as daily reminders, through the outbox
and sialip-kirim into a real SMTP server (aiosmtpd, test_kirim.py's); and
routing to an OPD where no active PPID Pelaksana has an e-mail is warned
about before (the routing choices) and after (beside the part), not
refused."""
import pytest
from lxml import etree

from client import filed
from staf_uji import audit_rows, field_error, post, session, token, user
from test_kirim import (BASE_URL, conf, flushed, kirim, parts, record,  # noqa: F401
                        smtp)

pytestmark = pytest.mark.usefixtures("clear_throttle")

MARK = "(belum ada PPID Pelaksana aktif dengan e-mail)"
ADDRESS = "petugas.dus@serangkab.example"


def add_opd(db, kode, nama, singkatan):
    db.sql("INSERT INTO opd (kode, nama, singkatan) VALUES ('%s', '%s', '%s');"
           % (kode, nama, singkatan))
    return db.sql("SELECT id FROM opd WHERE kode = '%s';" % kode)[0][0]


@pytest.fixture(scope="module")
def ps(server, db):
    """Two OPDs of this module only: DUS, whose officer gets an e-mail
    through the admin page, and DUK, whose PPID Pelaksana are one active
    without an e-mail and one deactivated with one (neither is told)."""
    ids = {"dus": add_opd(db, "uji-dus", "Dinas Uji Surel", "DUS"),
           "duk": add_opd(db, "uji-duk", "Dinas Uji Kosong", "DUK")}
    user(db, "ps.admin", ["admin"], None, "Admin Petugas Surel")
    user(db, "ps.utama", ["ppid_utama"], None, "Utama Petugas Surel")
    ids["petugas"] = user(db, "ps.dus", ["ppid_pelaksana"], "uji-dus", "Petugas DUS")
    user(db, "ps.duk", ["ppid_pelaksana"], "uji-duk", "Petugas DUK Tanpa Surel")
    user(db, "ps.duk.lama", ["ppid_pelaksana"], "uji-duk", "Petugas DUK Lama")
    db.sql("UPDATE pengguna SET email = 'lama.duk@serangkab.example', aktif = 0 "
           "WHERE username = 'ps.duk.lama';")
    ids["admin"] = session(server, "ps.admin")
    ids["utama"] = session(server, "ps.utama")
    return ids


def page(s, server, path):
    r = s.get(server.url + path, timeout=10)
    assert r.status_code == 200, r.text
    return r.text, etree.HTML(r.text)


def routing_label(tree, opd_id):
    (label,) = tree.xpath('//label[@for="opd-%s"]' % opd_id)
    return "".join(label.itertext())


def input_value(tree, name):
    (field,) = tree.xpath('//form[@method="post"]//input[@name="%s"]' % name)
    return field.get("value")


def test_an_e_mail_set_on_the_admin_page_receives_the_disposition_and_reminders(
        server, db, smtp, conf, ps):
    admin, utama = ps["admin"], ps["utama"]
    number, _, _ = filed(server)
    # Before: nobody at DUS has an e-mail, so the routing choice says so.
    _, tree = page(utama, server, "/ppid/admin/permohonan/%s" % number)
    assert routing_label(tree, ps["dus"]) == "Dinas Uji Surel (DUS) " + MARK

    path = "/ppid/admin/pengguna/%s" % ps["petugas"]
    _, tree = page(admin, server, path)
    assert input_value(tree, "email") in (None, "")
    r = post(admin, server, path, [("nama", "Petugas DUS"), ("email", "  " + ADDRESS + " "),
                                   ("opd_id", ps["dus"]), ("peran", "ppid_pelaksana")])
    assert r.status_code == 303, r.text
    assert db.sql("SELECT email FROM pengguna WHERE id = %s;" % ps["petugas"]) == [[ADDRESS]]
    (change,) = audit_rows(db, "pengguna", ps["petugas"], "ubah")
    assert '"email":null' in change[2].replace(" ", "") and ADDRESS in change[3]
    _, tree = page(admin, server, path)
    assert input_value(tree, "email") == ADDRESS
    html, _ = page(admin, server, "/ppid/admin/pengguna")
    assert ADDRESS in html

    # Now DUS is told: no mark, and routing writes the disposition e-mail.
    _, tree = page(utama, server, "/ppid/admin/permohonan/%s" % number)
    assert routing_label(tree, ps["dus"]) == "Dinas Uji Surel (DUS)"
    assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi" % number,
                {"opd": ps["dus"], "catatan": "Mohon data jalan"}).status_code == 303
    html, _ = page(utama, server, "/ppid/admin/permohonan/%s" % number)
    assert "tanpa-petugas" not in html

    smtp.handler.clear()
    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    mails = [m for m in smtp.handler.messages if m[0] == [ADDRESS]]
    assert len(mails) == 1, [m[0] for m in smtp.handler.messages]
    message = mails[0][1]
    assert message["To"] == ADDRESS
    assert number in str(message["Subject"])
    text, html = parts(message)
    link = "/ppid/admin/permohonan/%s" % number
    assert number in text and link in text and 'href="' in html and link in html
    assert "Mohon data jalan" in text

    # Daily reminders: an overdue request routed to DUS reminds the officer.
    utama_old = record(server, utama, "2025-06-02 10:00")
    assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi" % utama_old,
                {"opd": ps["dus"]}).status_code == 303
    r = kirim(conf, "--pengingat")
    assert r.returncode == 0, r.stderr
    smtp.handler.clear()
    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    reminders = [m[1] for m in smtp.handler.messages if m[0] == [ADDRESS]
                 and utama_old in str(m[1]["Subject"])
                 and str(m[1]["Subject"]).startswith("Terlambat")]
    assert len(reminders) == 1, [str(m[1]["Subject"]) for m in smtp.handler.messages]
    text, _ = parts(reminders[0])
    assert BASE_URL + "/ppid/admin/permohonan/" + utama_old in text


def test_routing_to_an_opd_nobody_is_told_of_is_warned_not_refused(server, db, ps):
    utama = ps["utama"]
    number, _, _ = filed(server)
    url = "/ppid/admin/permohonan/%s" % number
    html, tree = page(utama, server, url)
    # DUK's officers: one active without e-mail, one with e-mail deactivated.
    assert routing_label(tree, ps["duk"]) == "Dinas Uji Kosong (DUK) " + MARK
    assert "tidak akan menerima e-mail disposisi" in html
    assert "tanpa-petugas" not in html

    r = post(utama, server, url + "/disposisi", {"opd": ps["duk"]})
    assert r.status_code == 303, r.text
    assert db.sql("SELECT COUNT(*) FROM disposisi d JOIN permohonan p ON p.id = "
                  "d.permohonan_id WHERE p.nomor = '%s' AND d.opd_id = %s;"
                  % (number, ps["duk"])) == [["1"]]
    assert db.sql("SELECT COUNT(*) FROM surel_keluar WHERE jenis = 'disposisi' AND "
                  "kepada = 'lama.duk@serangkab.example';") == [["0"]]
    html, tree = page(utama, server, url)
    (notice,) = tree.xpath('//div[contains(@class, "tanpa-petugas")]')
    text = "".join(notice.itertext())
    assert "belum memiliki PPID Pelaksana aktif dengan alamat e-mail" in text
    # The notice sits inside DUK's part, and the re-routing choices mark it too.
    part = notice.getparent()
    assert "DUK" in "".join(part.xpath("./p[1]//text()"))
    options = ["".join(o.itertext()) for o in part.xpath(".//select[@name='opd']/option")]
    assert "Dinas Uji Kosong (DUK) " + MARK in options


def test_the_user_form_checks_the_e_mail_and_keeps_what_was_typed(server, db, ps):
    admin = ps["admin"]
    csrf = token(admin, server)
    r = post(admin, server, "/ppid/admin/pengguna",
             [("username", "ps.baru"), ("nama", "Petugas Baru"), ("email", "bukan e-mail@x"),
              ("opd_id", ps["dus"]), ("peran", "ppid_pelaksana"),
              ("password", "kata-sandi-baru-1"), ("password_ulang", "kata-sandi-baru-1")],
             csrf=csrf)
    assert r.status_code == 422, r.text
    assert field_error(r.text, "email").startswith("Alamat e-mail tidak valid")
    tree = etree.HTML(r.text)
    assert input_value(tree, "email") == "bukan e-mail@x"
    assert input_value(tree, "username") == "ps.baru"
    assert input_value(tree, "nama") == "Petugas Baru"
    assert db.sql("SELECT COUNT(*) FROM pengguna WHERE username = 'ps.baru';") == [["0"]]

    # Too long: the length message, the input kept.
    long_address = "a" * 250 + "@x.id"
    r = post(admin, server, "/ppid/admin/pengguna/%s" % ps["petugas"],
             [("nama", "Petugas DUS"), ("email", long_address), ("opd_id", ps["dus"]),
              ("peran", "ppid_pelaksana")], csrf=csrf)
    assert r.status_code == 422, r.text
    assert field_error(r.text, "email") == "Alamat e-mail paling panjang 254 karakter."
    assert input_value(etree.HTML(r.text), "email") == long_address

    # Created with an e-mail; then cleared (it is optional): stored as NULL.
    r = post(admin, server, "/ppid/admin/pengguna",
             [("username", "ps.baru"), ("nama", "Petugas Baru"),
              ("email", "baru.dus@serangkab.example"), ("opd_id", ps["dus"]),
              ("peran", "ppid_pelaksana"), ("password", "kata-sandi-baru-1"),
              ("password_ulang", "kata-sandi-baru-1")], csrf=csrf)
    assert r.status_code == 303, r.text
    new_id = db.sql("SELECT id FROM pengguna WHERE username = 'ps.baru';")[0][0]
    assert db.sql("SELECT email FROM pengguna WHERE id = %s;" % new_id) == [
        ["baru.dus@serangkab.example"]]
    r = post(admin, server, "/ppid/admin/pengguna/%s" % new_id,
             [("nama", "Petugas Baru"), ("email", ""), ("opd_id", ps["dus"]),
              ("peran", "ppid_pelaksana")], csrf=csrf)
    assert r.status_code == 303, r.text
    assert db.sql("SELECT email IS NULL FROM pengguna WHERE id = %s;" % new_id) == [["1"]]
