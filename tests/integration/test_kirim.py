"""sialip-kirim, the outbox delivery program, against the real MariaDB of the
test session, the real Apache (events write the outbox) and a real SMTP
server (Debian's python3-aiosmtpd) on a free loopback port: delivery with
the right headers and parts, retry with backoff when the server is down,
permanent refusal, two copies running at once, STARTTLS, and the daily
reminders."""
import asyncio
import collections
import datetime
import email
import email.policy
import os
import re
import ssl
import subprocess
import threading

import pytest
import requests
from aiosmtpd.controller import Controller

import harness
from client import file_objection, filed, login, record_walk_in, staff_post, valid_form

KIRIM = os.path.join(harness.BUILD, "sialip-kirim")
BASE_URL = "https://ppid.serangkab.example"
FROM = "ppid@serangkab.example"
PASSWORD = "kata-sandi-kirim-1"
MESSAGE_ID = re.compile(r"^<sialip\.(\d+)\.\d{14}@serangkab\.example>$")
WIB = datetime.timedelta(hours=7)


# ---- a real SMTP server ---------------------------------------------------------

class Kotak:
    """aiosmtpd handler: keeps every accepted message; refuses recipients
    whose address contains 'tolak' with 550, and those with 'sibuk' with
    451 (try later)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []          # (envelope recipients, parsed message, raw bytes, tls)
        self.delay = 0.0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "tolak" in address:
            return "550 5.1.1 <%s>: Recipient address rejected" % address
        if "sibuk" in address:
            return "451 4.7.1 <%s>: Greylisted, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), parsed, envelope.content,
                                  session.ssl is not None))
        return "250 2.0.0 OK queued"

    def clear(self):
        with self.lock:
            self.messages = []

    def outbox_ids(self):
        with self.lock:
            return [int(MESSAGE_ID.match(m[1]["Message-ID"]).group(1))
                    for m in self.messages]

    def for_id(self, outbox_id):
        with self.lock:
            return [m for m in self.messages
                    if MESSAGE_ID.match(m[1]["Message-ID"]).group(1) == str(outbox_id)]


class SMTPServer:
    def __init__(self, **smtp_options):
        self.port = harness.free_port()
        self.handler = Kotak()
        self.options = smtp_options
        self.controller = None

    def start(self):
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     **self.options)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture(scope="module")
def smtp():
    server = SMTPServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


# ---- the program -------------------------------------------------------------------

def write_conf(path, db, port, **extra):
    settings = {
        "dbd_params": "host=127.0.0.1 port=%d user=sialip pass=%s dbname=sialip "
                      "reconnect=0 flags=CLIENT_FOUND_ROWS connecttimeout=3"
                      % (db.port, db.password),
        "smtp_host": "127.0.0.1",
        "smtp_port": str(port),
        "smtp_from": FROM,
        "smtp_from_name": "PPID Kabupaten Serang",
        "smtp_timeout": "5",
        "base_url": BASE_URL + "/",
        "batch_size": "10",
    }
    settings.update(extra)
    with open(path, "w") as f:
        f.write("# written by test_kirim.py\n")
        for key, value in settings.items():
            if value is not None:
                f.write("%s = %s\n" % (key, value))
    os.chmod(path, 0o600)
    return path


@pytest.fixture(scope="module")
def conf(workdir, db, smtp):
    return write_conf(os.path.join(workdir, "kirim.conf"), db, smtp.port)


def kirim(conf_path, *args):
    return subprocess.run([KIRIM, "-c", conf_path] + list(args), capture_output=True,
                          text=True, timeout=120)


@pytest.fixture(scope="module", autouse=True)
def flushed(server, db, smtp, conf):
    """Earlier test modules left messages in the outbox: deliver them first
    so each test here sees only its own."""
    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    smtp.handler.clear()


def row(db, outbox_id, columns="status, percobaan, kirim_setelah > UTC_TIMESTAMP(), "
                               "galat_terakhir, dikunci_oleh, terkirim_pada IS NOT NULL"):
    return db.sql("SELECT %s FROM surel_keluar WHERE id = %d;" % (columns, int(outbox_id)))[0]


def outbox_of(db, to):
    return [int(r[0]) for r in db.sql(
        "SELECT id FROM surel_keluar WHERE kepada = '%s' ORDER BY id;" % to)]


def parts(message):
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    return text.get_content(), html.get_content()


# ---- configuration -------------------------------------------------------------------

def test_a_missing_or_bad_setting_is_a_clear_error_and_exit_2(workdir, db, smtp):
    r = kirim(os.path.join(workdir, "tidak-ada.conf"))
    assert r.returncode == 2
    assert "cannot read" in r.stderr and "tidak-ada.conf" in r.stderr

    path = write_conf(os.path.join(workdir, "salah.conf"), db, smtp.port, smtp_host=None)
    r = kirim(path)
    assert r.returncode == 2
    assert "smtp_host is missing (required)" in r.stderr

    path = write_conf(os.path.join(workdir, "salah.conf"), db, smtp.port, smtp_tls="ssl")
    r = kirim(path)
    assert r.returncode == 2
    assert "smtp_tls must be none, starttls or tls (got 'ssl')" in r.stderr

    path = write_conf(os.path.join(workdir, "salah.conf"), db, smtp.port, batch_size="0")
    r = kirim(path)
    assert r.returncode == 2 and "batch_size must be a number from 1 to 1000" in r.stderr

    r = subprocess.run([KIRIM, "--kirim-semua"], capture_output=True, text=True, timeout=30)
    assert r.returncode == 2 and "unknown argument" in r.stderr


def test_an_unreachable_database_exits_1(workdir, db, smtp):
    path = write_conf(os.path.join(workdir, "db-mati.conf"), db, smtp.port,
                      dbd_params="host=127.0.0.1 port=%d user=sialip pass=x dbname=sialip "
                                 "connecttimeout=2" % harness.free_port())
    r = kirim(path)
    assert r.returncode == 1
    assert "cannot connect to the database" in r.stderr


def test_a_world_readable_configuration_is_refused(workdir, db, smtp):
    path = write_conf(os.path.join(workdir, "terbuka.conf"), db, smtp.port)
    os.chmod(path, 0o644)
    r = kirim(path)
    assert r.returncode == 2
    assert "%s is readable by every user and holds the database settings: refused; " \
        "make it private (chmod o-r %s, mode 640 or 600)" % (path, path) in r.stderr
    assert "sent" not in r.stderr
    os.chmod(path, 0o640)            # readable by a group (cron's account): fine
    assert kirim(path).returncode == 0


# ---- delivery ----------------------------------------------------------------------------

def test_a_receipt_from_the_web_arrives_with_headers_parts_and_link(server, db, smtp, conf):
    address = "siti.kirim@example.id"
    number, code, _ = filed(server, email=address, nama="<b>Siti</b> Kirim",
                            nik="3604015555555555", alamat="Jl. Rahasia No. 9",
                            telepon="081255555555")
    (outbox_id,) = outbox_of(db, address)
    subject, text_db = db.sql("SELECT subjek, isi_teks FROM surel_keluar WHERE id = %d;"
                              % outbox_id)[0]

    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    assert "message %d to example.id: sent" % outbox_id in r.stderr
    assert "siti.kirim" not in r.stderr            # the log names the domain only

    (delivered,) = smtp.handler.for_id(outbox_id)
    rcpts, message, raw, _ = delivered
    assert rcpts == [address]
    assert message["To"] == address
    assert message["From"].addresses[0].addr_spec == FROM
    assert message["From"].addresses[0].display_name == "PPID Kabupaten Serang"
    assert str(message["Subject"]) == subject and number in subject
    assert message["Date"].datetime is not None
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"
    text, html = parts(message)
    link = "/ppid/permohonan/%s?kode=%s" % (number, code)
    assert link in text and code in text
    # (mysql --batch prints a newline in a value as \n)
    assert text.replace("\r\n", "\n").strip() == text_db.replace("\\n", "\n").strip()
    assert '<a href="http://127.0.0.1:%d%s">' % (server.port, link) in html
    assert html.startswith("<!DOCTYPE html>") and "Pemberitahuan tertulis paling lambat" in html
    for private in ("3604015555555555", "Jl. Rahasia", "081255555555"):
        assert private not in text and private not in html
    for part in message.get_body(preferencelist=("plain",)), message.get_body(preferencelist=("html",)):
        assert part.get_content_charset() == "utf-8"
        assert part["Content-Transfer-Encoding"] == "quoted-printable"
    # On the wire: CRLF only, no line over 78 characters.
    lines = raw.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 78

    assert row(db, outbox_id) == ["terkirim", "1", "0", "NULL", "NULL", "1"]
    # A second run sends nothing again.
    r = kirim(conf)
    assert r.returncode == 0 and len(smtp.handler.for_id(outbox_id)) == 1


def test_server_down_then_back_the_message_is_kept_and_delivered_once(server, db, smtp, conf):
    address = "tunda.kirim@example.id"
    number, _, _ = filed(server, email=address)
    (outbox_id,) = outbox_of(db, address)
    smtp.stop()
    try:
        r = kirim(conf)
        assert r.returncode == 0, r.stderr
        assert "message %d to example.id: deferred (attempt 1, next in 1 min)" % outbox_id \
            in r.stderr
        status, attempts, later, error, lock, sent = row(db, outbox_id)
        assert (status, attempts, later, lock, sent) == ("menunggu", "1", "1", "NULL", "0")
        assert "connect to 127.0.0.1 port %d failed" % smtp.port in error
        # Not due yet: the next run leaves it alone.
        r = kirim(conf)
        assert r.returncode == 0 and row(db, outbox_id)[1] == "1"
    finally:
        smtp.start()
    assert smtp.handler.for_id(outbox_id) == []

    db.sql("UPDATE surel_keluar SET kirim_setelah = UTC_TIMESTAMP() - INTERVAL 1 SECOND "
           "WHERE id = %d;" % outbox_id)
    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    assert "message %d to example.id: sent" % outbox_id in r.stderr
    delivered = smtp.handler.for_id(outbox_id)
    assert len(delivered) == 1 and number in str(delivered[0][1]["Subject"])
    status, attempts, _, error, lock, sent = row(db, outbox_id)
    assert (status, attempts, lock, sent) == ("terkirim", "2", "NULL", "1")
    assert kirim(conf).returncode == 0
    assert len(smtp.handler.for_id(outbox_id)) == 1


def test_the_backoff_doubles_and_a_message_stuck_for_hours_is_still_kept(server, db, smtp,
                                                                          workdir):
    """Attempt n waits 2^(n-1) minutes, capped at 6 hours."""
    down = write_conf(os.path.join(workdir, "mati.conf"), db, harness.free_port())
    db.sql("INSERT INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, objek, "
           "objek_id, percobaan, kirim_setelah, dibuat_pada) VALUES ('lama@example.id', "
           "'Uji', 'teks', '<p>html</p>', 'uji', 'uji', 'backoff', 9, UTC_TIMESTAMP(), "
           "UTC_TIMESTAMP());")
    outbox_id = int(db.sql("SELECT MAX(id) FROM surel_keluar WHERE objek_id = 'backoff';")[0][0])
    r = kirim(down)
    assert r.returncode == 0
    assert "message %d to example.id: deferred (attempt 10, next in 360 min)" % outbox_id \
        in r.stderr
    wait = db.sql("SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), kirim_setelah), status "
                  "FROM surel_keluar WHERE id = %d;" % outbox_id)[0]
    assert int(wait[0]) in (359, 360) and wait[1] == "menunggu"
    # Out of the way of the later tests' runs.
    db.sql("UPDATE surel_keluar SET status = 'gagal' WHERE id = %d;" % outbox_id)


def test_a_refused_recipient_is_failed_a_busy_one_deferred_and_the_next_still_goes(
        server, db, smtp, conf):
    refused, busy, fine = ("tolak.kirim@example.id", "sibuk.kirim@example.id",
                           "terima.kirim@example.id")
    for address in (refused, busy, fine):
        filed(server, email=address)
    (refused_id,), (busy_id,), (fine_id,) = (outbox_of(db, a) for a in (refused, busy, fine))
    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    assert "message %d to example.id: failed: RCPT TO: 550 5.1.1" % refused_id in r.stderr
    assert "message %d to example.id: deferred (attempt 1, next in 1 min): RCPT TO: 451" \
        % busy_id in r.stderr
    assert "tolak.kirim@" not in r.stderr and "sibuk.kirim@" not in r.stderr
    status, attempts, _, error, lock, sent = row(db, refused_id)
    assert (status, attempts, lock, sent) == ("gagal", "1", "NULL", "0")
    assert error.startswith("RCPT TO: 550 5.1.1") and "Recipient address rejected" in error
    status, attempts, later, error, lock, sent = row(db, busy_id)
    assert (status, attempts, later, lock, sent) == ("menunggu", "1", "1", "NULL", "0")
    assert error.startswith("RCPT TO: 451 4.7.1")
    assert smtp.handler.for_id(refused_id) == [] and smtp.handler.for_id(busy_id) == []
    # The same session went on after both refusals.
    assert len(smtp.handler.for_id(fine_id)) == 1
    assert row(db, fine_id)[0] == "terkirim"
    # Out of the way of the later tests' runs.
    db.sql("UPDATE surel_keluar SET status = 'gagal' WHERE id = %d;" % busy_id)


def deliver_at_once(server, db, smtp, workdir, copies):
    """50 messages, `copies` runs of sialip-kirim started together with small
    batches: every run exits 0 and each message is delivered exactly once.
    The messages carry their own tag, so repeating this in one session (or
    after any other test) counts only its own."""
    tag = "serentak-%d-%s" % (copies, os.urandom(4).hex())
    subject = "Pesan serentak %02d \u2014 keberatan \u2713 d\u00ed terima " + "panjang " * 8
    values = ",".join(
        "('serentak%02d@example.id', '%s', 'Isi %02d \u00e9\n.\nakhir', '<p>Isi %02d</p>', "
        "'uji', 'uji', '%s', UTC_TIMESTAMP(), UTC_TIMESTAMP())"
        % (i, subject % i, i, i, tag) for i in range(50))
    db.sql("INSERT INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, objek, "
           "objek_id, kirim_setelah, dibuat_pada) VALUES %s;" % values)
    ids = {int(r[0]) for r in db.sql("SELECT id FROM surel_keluar WHERE objek_id = "
                                     "'%s' AND status = 'menunggu';" % tag)}
    assert len(ids) == 50
    small = write_conf(os.path.join(workdir, "serentak.conf"), db, smtp.port, batch_size="4")
    smtp.handler.clear()
    smtp.handler.delay = 0.02
    try:
        runs = [subprocess.Popen([KIRIM, "-c", small], stderr=subprocess.PIPE, text=True)
                for _ in range(copies)]
        logs = [p.communicate(timeout=120)[1] for p in runs]
    finally:
        smtp.handler.delay = 0.0
    assert [p.returncode for p in runs] == [0] * copies, \
        "\n".join(l for p, l in zip(runs, logs) if p.returncode)
    counts = collections.Counter(smtp.handler.outbox_ids())
    assert {i for i in ids if counts[i] == 1} == ids
    assert [i for i, n in counts.items() if n > 1] == []
    assert db.sql("SELECT status, COUNT(*), MIN(percobaan), MAX(percobaan) FROM surel_keluar "
                  "WHERE objek_id = '%s' GROUP BY status;" % tag) == [["terkirim", "50", "1", "1"]]
    # A long UTF-8 subject comes back whole; the body too, "." line and all.
    first = smtp.handler.for_id(min(ids))[0]
    assert str(first[1]["Subject"]) == subject % 0
    assert parts(first[1])[0].replace("\r\n", "\n") == "Isi 00 \u00e9\n.\nakhir"
    assert max(len(line) for line in first[2].split(b"\r\n")) <= 78
    sent = [len(re.findall(r": sent$", log, re.M)) for log in logs]
    assert sum(sent) == len(smtp.handler.outbox_ids())
    # No run met an error it had to retry past silently: only outcomes logged.
    assert not [line for log in logs for line in log.splitlines()
                if "cannot" in line], logs
    print("messages sent by each run:", sent)


# Two copies: the timer's run overlapping a manual one; three and four: the
# timers of several web servers on one database.
@pytest.mark.parametrize("copies", [2, 3, 4])
def test_runs_at_once_deliver_each_of_50_messages_exactly_once(server, db, smtp, workdir,
                                                                copies):
    deliver_at_once(server, db, smtp, workdir, copies)


def self_signed(workdir, name):
    """A certificate for 127.0.0.1 (the file, for smtp_ca_file) and the
    relay's TLS context."""
    cert, key = (os.path.join(workdir, name + "-cert.pem"),
                 os.path.join(workdir, name + "-key.pem"))
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return cert, context


def test_starttls_with_a_verified_certificate(server, db, workdir):
    cert, context = self_signed(workdir, "smtp")
    tls = SMTPServer(tls_context=context, require_starttls=True)
    tls.start()
    try:
        address = "tls.kirim@example.id"
        number, _, _ = filed(server, email=address)
        (outbox_id,) = outbox_of(db, address)

        # The system's CA store does not know this certificate: refused, kept.
        untrusted = write_conf(os.path.join(workdir, "tls-asing.conf"), db, tls.port,
                               smtp_tls="starttls")
        r = kirim(untrusted)
        assert r.returncode == 0, r.stderr
        status, attempts, _, error, _, _ = row(db, outbox_id)
        assert (status, attempts) == ("menunggu", "1")
        assert "TLS certificate of 127.0.0.1 not accepted" in error
        assert tls.handler.for_id(outbox_id) == []

        # Without TLS this server refuses the sender: temporary, kept.
        db.sql("UPDATE surel_keluar SET kirim_setelah = UTC_TIMESTAMP() WHERE id = %d;"
               % outbox_id)
        plain = write_conf(os.path.join(workdir, "tls-tanpa.conf"), db, tls.port)
        r = kirim(plain)
        assert r.returncode == 0
        status, attempts, _, error, _, _ = row(db, outbox_id)
        assert (status, attempts) == ("menunggu", "2") and error.startswith("MAIL FROM: 530")

        db.sql("UPDATE surel_keluar SET kirim_setelah = UTC_TIMESTAMP() WHERE id = %d;"
               % outbox_id)
        trusted = write_conf(os.path.join(workdir, "tls.conf"), db, tls.port,
                             smtp_tls="starttls", smtp_ca_file=cert)
        r = kirim(trusted)
        assert r.returncode == 0, r.stderr
        (delivered,) = tls.handler.for_id(outbox_id)
        assert delivered[3] is True                    # the session was encrypted
        assert number in str(delivered[1]["Subject"])
        assert row(db, outbox_id)[0] == "terkirim"
    finally:
        tls.stop()


# ---- reminders ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def officers(db):
    users = {
        "kirim.utama": (["ppid_utama"], None, "utama.kirim@serangkab.example"),
        "kirim.atasan": (["atasan_ppid"], None, "atasan.kirim@serangkab.example"),
        "kirim.dinsos": (["ppid_pelaksana"], "dinsos", "dinsos.kirim@serangkab.example"),
        "kirim.dlh": (["ppid_pelaksana"], "dlh", "dlh.kirim@serangkab.example"),
        "kirim.tanpa": (["ppid_utama"], None, None),
    }
    ids = {}
    for name, (roles, opd, address) in users.items():
        ids[name] = harness.add_user(db, name, PASSWORD, name.title(), roles, opd_kode=opd,
                                     cost=4)
        if address:
            db.sql("UPDATE pengguna SET email = '%s' WHERE username = '%s';" % (address, name))
    return ids


def record(server, session, received):
    return record_walk_in(server, session, received, nik="3604017171717171",
                          alamat="Jl. Pengingat No. 7", telepon="081271717171",
                          email="pemohon.pengingat@example.id")[0]


def working_days(db):
    off = {datetime.date.fromisoformat(r[0])
           for r in db.sql("SELECT tanggal FROM hari_libur WHERE libur = 1;")}
    return lambda day: day.weekday() < 5 and day not in off


def add_working(is_working, day, n):
    while n > 0:
        day += datetime.timedelta(days=1)
        if is_working(day):
            n -= 1
    return day


def reminder_keys(db, *numbers):
    rows = []
    for number in numbers:
        # Only this module's officers: others may have e-mail too.
        rows += db.sql("SELECT kunci, kepada, jenis, objek, objek_id FROM surel_keluar WHERE "
                       "kunci LIKE 'pengingat:%s:%%' AND kepada LIKE '%%.kirim@serangkab.example' "
                       "ORDER BY kunci;" % number)
    return rows


def test_reminders_are_queued_once_for_the_officers_responsible(server, db, smtp, conf,
                                                                 officers, clear_throttle):
    utama = login(server, "kirim.utama", PASSWORD)
    atasan_id, utama_id = officers["kirim.atasan"], officers["kirim.utama"]
    dinsos_id = officers["kirim.dinsos"]
    is_working = working_days(db)
    now = datetime.datetime.utcnow() + WIB
    today = now.date()
    counting = today if is_working(today) and now.hour < 16 else add_working(is_working, today, 1)
    last_near = add_working(is_working, counting, 2)

    # Overdue: received long ago, routed to Dinsos (whose officer is reminded
    # too) and not to DLH (whose officer is not).
    old = record(server, utama, "2025-06-02 10:00")
    dinsos = db.sql("SELECT id FROM opd WHERE kode = 'dinsos';")[0][0]
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/disposisi" % old,
                      {"opd": dinsos, "catatan": "Data bansos"}).status_code == 303
    old_due = db.sql("SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';" % old)[0][0]

    # Due within two working days: a receipt date whose 10th working day falls
    # between the counting day and two working days after it.
    day = today - datetime.timedelta(days=1)
    while not (is_working(day) and counting <= add_working(is_working, day, 10) <= last_near):
        day -= datetime.timedelta(days=1)
    near = record(server, utama, day.isoformat() + " 10:00")
    near_due = add_working(is_working, day, 10).isoformat()
    assert db.sql("SELECT jatuh_tempo FROM permohonan WHERE nomor = '%s';" % near) == [[near_due]]

    # An objection awaiting the Atasan PPID, due today.
    number, code, _ = filed(server)
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                      {"keputusan": "tidak_dikuasai",
                       "diteruskan_ke": "Badan Pusat Statistik"}).status_code == 303
    objection = file_objection(server, number, code, ["d"], "Bukan yang diminta.")
    db.sql("UPDATE keberatan SET jatuh_tempo = '%s' WHERE nomor = '%s';"
           % (today.isoformat(), objection))
    # One on ground b, which needs no request, due today too.
    fields = valid_form(uraian="Informasi berkala tidak diumumkan.")
    fields.pop("cara_memperoleh"), fields.pop("cara_salinan")
    r = requests.post(server.url + "/ppid/keberatan/baru", data=fields,
                      headers={"Origin": server.url}, allow_redirects=False, timeout=10)
    assert r.status_code == 303, r.text
    solo = re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)
    db.sql("UPDATE keberatan SET jatuh_tempo = '%s' WHERE nomor = '%s';"
           % (today.isoformat(), solo))

    r = kirim(conf, "--pengingat")
    assert r.returncode == 0, r.stderr
    expected = sorted([
        ["pengingat:%s:%s:terlambat:%s" % (old, old_due, utama_id),
         "utama.kirim@serangkab.example", "pengingat_terlambat", "permohonan", old],
        ["pengingat:%s:%s:terlambat:%s" % (old, old_due, dinsos_id),
         "dinsos.kirim@serangkab.example", "pengingat_terlambat", "permohonan", old],
        ["pengingat:%s:%s:dekat:%s" % (near, near_due, utama_id),
         "utama.kirim@serangkab.example", "pengingat_dekat", "permohonan", near],
        ["pengingat:%s:%s:dekat:%s" % (objection, today.isoformat(), utama_id),
         "utama.kirim@serangkab.example", "pengingat_dekat", "keberatan", objection],
        ["pengingat:%s:%s:dekat:%s" % (objection, today.isoformat(), atasan_id),
         "atasan.kirim@serangkab.example", "pengingat_dekat", "keberatan", objection],
        ["pengingat:%s:%s:dekat:%s" % (solo, today.isoformat(), utama_id),
         "utama.kirim@serangkab.example", "pengingat_dekat", "keberatan", solo],
        ["pengingat:%s:%s:dekat:%s" % (solo, today.isoformat(), atasan_id),
         "atasan.kirim@serangkab.example", "pengingat_dekat", "keberatan", solo],
    ])
    assert sorted(reminder_keys(db, old, near, objection, solo)) == expected
    # The log line counts every officer reminded, those other test files
    # add with an e-mail address too.
    queued = re.search(r"permohonan %s due %s \(terlambat\): (\d+) reminder\(s\) queued"
                       % (old, old_due), r.stderr)
    assert queued, r.stderr
    assert int(queued.group(1)) == int(db.sql(
        "SELECT COUNT(*) FROM surel_keluar WHERE kunci LIKE 'pengingat:%s:%%';" % old)[0][0]) >= 2

    # The same day again, and again: nothing more.
    total = db.sql("SELECT COUNT(*) FROM surel_keluar;")
    for _ in range(2):
        again = kirim(conf, "--pengingat")
        assert again.returncode == 0, again.stderr
        assert "0 reminder(s) queued" in again.stderr
    assert db.sql("SELECT COUNT(*) FROM surel_keluar;") == total
    assert sorted(reminder_keys(db, old, near, objection, solo)) == expected

    # Delivered with the officers' link, and no personal data of the applicant.
    smtp.handler.clear()
    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    ids = {k[0]: int(db.sql("SELECT id FROM surel_keluar WHERE kunci = '%s';" % k[0])[0][0])
           for k in expected}
    late = smtp.handler.for_id(ids["pengingat:%s:%s:terlambat:%s" % (old, old_due, dinsos_id)])
    assert len(late) == 1
    rcpts, message, _, _ = late[0]
    assert rcpts == ["dinsos.kirim@serangkab.example"]
    assert str(message["Subject"]).startswith("Terlambat: permohonan %s melewati jatuh tempo "
                                              % old)
    text, html = parts(message)
    link = BASE_URL + "/ppid/admin/permohonan/" + old
    assert link in text and '<a href="%s">' % link in html
    for private in ("3604017171717171", "Jl. Pengingat", "081271717171",
                    "pemohon.pengingat@example.id", "Siti Aminah"):
        assert private not in text and private not in html
    (soon,) = smtp.handler.for_id(ids["pengingat:%s:%s:dekat:%s" % (near, near_due, utama_id)])
    assert str(soon[1]["Subject"]).startswith("Pengingat: permohonan %s jatuh tempo " % near)
    (objection_mail,) = smtp.handler.for_id(
        ids["pengingat:%s:%s:dekat:%s" % (objection, today.isoformat(), atasan_id)])
    text, _ = parts(objection_mail[1])
    assert "Keberatan nomor %s" % objection in text and "Atasan PPID" in text
    assert BASE_URL + "/ppid/admin/permohonan/%s#keberatan" % number in text
    (solo_mail,) = smtp.handler.for_id(
        ids["pengingat:%s:%s:dekat:%s" % (solo, today.isoformat(), atasan_id)])
    text, _ = parts(solo_mail[1])
    assert "tanpa permohonan" in text and BASE_URL + "/ppid/admin/keberatan/" + solo in text


def test_a_finished_request_or_decided_objection_gets_no_reminder(server, db, conf, officers,
                                                                 clear_throttle):
    utama = login(server, "kirim.utama", PASSWORD)
    number = record(server, utama, "2025-07-01 10:00")
    assert staff_post(server, utama, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                      {"keputusan": "tidak_dikuasai",
                       "diteruskan_ke": "Badan Pusat Statistik"}).status_code == 303
    r = kirim(conf, "--pengingat")
    assert r.returncode == 0, r.stderr
    assert reminder_keys(db, number) == []
