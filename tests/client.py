"""Helpers the integration and browser tests share: a valid request form,
filing it, logging in, the modules' route tables."""
import contextlib
import fcntl
import os
import re
import select
import shutil
import subprocess
import time
from decimal import ROUND_HALF_UP, Decimal

import requests
from requests.adapters import HTTPAdapter

import harness

NUMBER_RE = re.compile(r"^/ppid/permohonan/(\d{4}-\d{6})\?kode=([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})$")
PNG_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01"
             b"\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8"
             b"\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")

# SialipStatusRecheck of the test configuration (conf/httpd-test.conf.in).
STATUS_RECHECK = 1.0
# The password of the staff users the session fixture makes (conftest.py).
# Here, not in conftest.py: `from conftest import` finds tests/browser's
# conftest when both suites are collected together, as `make test` does.
STAFF_PASSWORD = "kata-sandi-uji-123"


def status_recheck_passes():
    """Waits out the time within which a status page shows a change made by
    hand in the database (not through the server)."""
    time.sleep(STATUS_RECHECK + 0.3)


def valid_form(**overrides):
    form = {
        "jenis_pemohon": "perorangan",
        "nama": "Siti Aminah",
        "nik": "3604011234567890",
        "nomor_badan_hukum": "",
        "alamat": "Jl. Raya Serang No. 1, Kec. Ciruas",
        "telepon": "0812-3456-7890",
        "email": "siti@example.id",
        "pekerjaan": "Guru",
        "rincian": "Rincian anggaran pendidikan tahun 2026",
        "tujuan": "Bahan penelitian",
        "cara_memperoleh": "salinan_softcopy",
        "cara_salinan": "email",
    }
    form.update(overrides)
    return {k: v for k, v in form.items() if v is not None}


# The identity document the web form requires (a KTP scan by default).
IDENTITY = {"identitas": ("ktp.png", PNG_BYTES, "image/png")}


def file_request(server, files=None, **overrides):
    """POSTs the request form as multipart, with IDENTITY unless files is
    given ({} for none); returns the response (no redirect followed)."""
    fields = {k: (None, v) for k, v in valid_form(**overrides).items()}
    fields.update(IDENTITY if files is None else files)
    return requests.post(server.url + "/ppid/permohonan", files=fields,
                         allow_redirects=False, timeout=90)


def filed(server, **overrides):
    """Files a valid request; returns (number, code, receipt path)."""
    r = file_request(server, **overrides)
    assert r.status_code == 303, r.text
    m = NUMBER_RE.match(r.headers["Location"])
    assert m, r.headers["Location"]
    return m.group(1), m.group(2), r.headers["Location"]


def login(server, username, password):
    """A requests.Session logged in as username."""
    s = requests.Session()
    r = s.post(server.url + "/ppid/masuk",
               data={"username": username, "password": password},
               allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    return s


def csrf_of(html):
    m = re.search(r'name="csrf" value="([0-9a-f]{32})"', html)
    assert m, "no CSRF token on the page"
    return m.group(1)


def staff_post(server, session, path, data=None, files=None, timeout=30):
    """Posts a staff form as the browser does: with the session's CSRF token
    (read from the staff home), a same-origin Origin, redirects not
    followed; multipart when files are given.  data: a dict or a list of
    (name, value) pairs (a name may repeat)."""
    page = session.get(server.url + "/ppid/admin/", timeout=10)
    fields = list(data.items()) if isinstance(data, dict) else list(data or [])
    fields.append(("csrf", csrf_of(page.text)))
    return session.post(server.url + path, data=fields, files=files,
                        headers={"Origin": server.url}, allow_redirects=False,
                        timeout=timeout)


def add_staff(db, users, password, full_name=lambda name: name.replace(".", " ").title()):
    """Creates the staff users {username: (roles, opd_kode)} with password
    (a cheap bcrypt cost, tests only); returns users."""
    for name, (roles, opd) in users.items():
        harness.add_user(db, name, password, full_name(name), roles, opd_kode=opd, cost=4)
    return users


def session_of(server, password):
    """A function username -> a session of that user, logged in on first use."""
    sessions = {}

    def get(name):
        if name not in sessions:
            sessions[name] = login(server, name, password)
        return sessions[name]
    return get


def staff_sessions(server, db, users, password, full_name=str.title):
    """Creates the staff users {username: (roles, opd_kode)} (a cheap
    bcrypt cost, tests only) and returns a logged-in session for each; the
    login throttle is cleared first so that earlier tests' failures do not
    count."""
    add_staff(db, users, password, full_name)
    db.sql("DELETE FROM pembatasan;")
    return {name: login(server, name, password) for name in users}


def tenths(value):
    """A decimal as the reports write it: one place, half up, no ".0"."""
    d = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(int(d)) if d == d.to_integral() else str(d)


ROUTE_MOUNTS = {"sialip": "/ppid", "inovasi": "/inovasi"}


def declared_routes():
    """Every route of both modules, in dispatch order, as (method, path
    under the test server's mounts, frozenset of the role codes it allows;
    empty for a public route), read from the modules' own route tables as
    `make routes` prints them (scripts/rute.c), so a route added later is
    covered without touching the tests."""
    # One make at a time: pytest-xdist's workers collect at once, and two
    # makes relinking the same table leave a half-written one.
    os.makedirs(os.path.join(harness.ROOT, "build"), exist_ok=True)
    with open(os.path.join(harness.ROOT, "build", ".rute.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(["make", "-s", "routes"], cwd=harness.ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    routes = []
    for module, mount in ROUTE_MOUNTS.items():
        with open(os.path.join(harness.ROOT, "build", "rute", module + ".tsv")) as f:
            for line in f:
                method, pattern, roles, _flags = line.rstrip("\n").split("\t")
                routes.append((method, mount + pattern,
                               frozenset() if roles == "-" else frozenset(roles.split(","))))
    assert len(routes) > 20
    return routes


def record_walk_in(server, session, received, kanal="datang", **overrides):
    """The PPID Utama records a request brought to the desk (or by letter:
    kanal) on the staff form; returns (number, code)."""
    fields = valid_form(**overrides)
    fields.update({"kanal": kanal, "diterima": received})
    r = staff_post(server, session, "/ppid/admin/permohonan/baru", fields)
    assert r.status_code == 303, r.text
    m = re.match(r"^/ppid/permohonan/(\d{4}-\d{6})\?kode=([0-9A-Z-]{19})$",
                 r.headers["Location"])
    assert m, r.headers["Location"]
    return m.group(1), m.group(2)


def add_officer(db, username, roles, opd, address, password):
    """A staff user with an e-mail address (None: without one); its id."""
    uid = harness.add_user(db, username, password, username.title(), roles, opd_kode=opd,
                           cost=4)
    if address:
        db.sql("UPDATE pengguna SET email = '%s' WHERE username = '%s';" % (address, username))
    return uid


def write_kirim_conf(path, db, uploads):
    """A sialip-kirim configuration for the test database (retention 365
    days, e-mail kept 30)."""
    with open(path, "w") as f:
        f.write("dbd_params = host=127.0.0.1 port=%d user=sialip pass=%s dbname=sialip "
                "reconnect=0 flags=CLIENT_FOUND_ROWS connecttimeout=3\n"
                % (db.port, db.password))
        f.write("smtp_host = 127.0.0.1\nsmtp_from = ppid@serangkab.example\n"
                "base_url = https://ppid.serangkab.example\n"
                "retensi_hari = 365\nretensi_surel_hari = 30\n"
                "upload_dir = %s\n" % uploads)


def private_kirim_conf(workdir, name, db, server):
    """write_kirim_conf into workdir/name, readable by its owner only (as
    sialip-kirim wants it); returns the path."""
    path = os.path.join(workdir, name)
    write_kirim_conf(path, db, server.uploads)
    os.chmod(path, 0o600)
    return path


def hold_rows(db, statements):
    """A root session that runs statements (a BEGIN and what locks the
    rows) and keeps the transaction open; returns it once it holds them."""
    holder = subprocess.Popen(
        ["mysql", "--no-defaults", "--protocol=socket", "-S", db.socket, "-u", "root",
         "--batch", "--skip-column-names", "--unbuffered", "sialip"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # One line of output only: a buffered readline may take in more than
        # select saw.
        holder.stdin.write(statements + " SELECT 'ditahan';\n")
        holder.stdin.flush()
        ready, _, _ = select.select([holder.stdout], [], [], 60)
        assert ready and holder.stdout.readline().strip() == "ditahan", holder.stderr
    except BaseException:
        holder.kill()
        holder.wait()
        raise
    return holder


def retried_after_lock_wait(db, holder, command):
    """Runs command (a sialip-kirim run) while holder (hold_rows) holds a row
    it needs, new sessions giving up a lock wait after 1 second: the run
    must say that a transaction timed out and is tried again; then the row
    is let go and the run must exit 0.  Both processes end, whatever
    happens."""
    run = None
    try:
        db.sql("SET GLOBAL innodb_lock_wait_timeout = 1;")
        try:
            run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
            said = []
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                line = run.stderr.readline()
                if not line:
                    break
                said.append(line)
                if "Lock wait timeout" in line and "trying again" in line:
                    break
        finally:
            db.sql("SET GLOBAL innodb_lock_wait_timeout = 50;")
        assert any("trying again" in line for line in said), \
            "the run did not try again (exit %s): %s" % (run.poll(), "".join(said))
        holder.stdin.write("ROLLBACK;\n")
        holder.stdin.close()
        _, log = run.communicate(timeout=120)
        assert run.returncode == 0, "".join(said) + log
    finally:
        if run and run.poll() is None:
            run.kill()
        if holder.poll() is None:
            holder.kill()
        holder.wait()


class FromAddress(HTTPAdapter):
    """Connects from another loopback address (127.0.0.x): Apache sees each
    address as a client of its own."""

    def __init__(self, address, **kw):
        self.address = address
        super().__init__(**kw)

    def init_poolmanager(self, *args, **kw):
        kw["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kw)


@contextlib.contextmanager
def another_apache(server, tmp_path, edit):
    """An Apache of its own on a free port with the test configuration as
    edit(text, port) changes it, sharing the test database; yields its base
    URL, stops it after."""
    port = harness.free_port()
    with open(server.conf) as f:
        text = f.read()
    text = text.replace(server.dir, str(tmp_path))   # own pid file and logs
    text = text.replace("127.0.0.1:%d" % server.port, "127.0.0.1:%d" % port)
    conf = tmp_path / "httpd.conf"
    conf.write_text(edit(text, port))
    proc = subprocess.Popen(["apache2", "-f", str(conf), "-DFOREGROUND"],
                            start_new_session=True)
    try:
        harness.wait_for_port(port, proc)
        yield "http://127.0.0.1:%d" % port
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 15)
        proc.wait(timeout=30)


def file_objection(server, number, code, alasan, uraian):
    """The requester files an objection from the status page (grounds
    alasan, a list of letters); returns its number K-YYYY-NNNN."""
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": alasan, "uraian": uraian},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    return re.search(r"/keberatan/(K-\d{4}-\d{4})", r.headers["Location"]).group(1)


@contextlib.contextmanager
def own_servers(work, db, apache, prepare=lambda: None):
    """A test's own started MariaDB db and made Apache apache in work: the
    application database created, prepare() run, Apache started; yields
    what prepare returned, then stops both and removes work."""
    try:
        db.create_app_database()
        ready = prepare()
        apache.start()
        yield ready
    finally:
        apache.stop()
        db.stop()
        shutil.rmtree(work, ignore_errors=True)


def get_ok(server, path, timeout=30, **params):
    """An anonymous GET of path with query params that must answer 200."""
    r = requests.get(server.url + path, params=params, timeout=timeout)
    assert r.status_code == 200, r.text
    return r


@contextlib.contextmanager
def own_apache(work, apache):
    """A test's own Apache (made, in work) started; yields it, then stops it
    and removes work."""
    apache.start()
    try:
        yield apache
    finally:
        apache.stop()
        shutil.rmtree(work, ignore_errors=True)


class Staf:
    """A staff session on the innovation pages (mod_inovasi): posts a form
    with the session's CSRF token and a same-origin Origin, expects the
    redirect (303) and returns its Location."""

    def __init__(self, server, username, password):
        self.url = server.url
        self.s = login(server, username, password)
        self.csrf = csrf_of(self.s.get(self.url + "/inovasi/", timeout=30).text)

    def post(self, path, data):
        r = self.s.post(self.url + path, data=dict(data, csrf=self.csrf),
                        headers={"Origin": self.url}, allow_redirects=False, timeout=30)
        assert r.status_code == 303, r.text[:2000]
        return r.headers["Location"]


def add_innovation(officer, tahun, **fields):
    """Registers an innovation of year tahun through its form, as officer (a
    Staf) with a valid profile (fields override it; None leaves a field
    out); returns its id."""
    form = {"nama": "Inovasi Uji", "tahun": tahun, "bentuk": "pelayanan_publik",
            "jenis": "non_digital", "tahapan": "uji_coba",
            "tanggal_uji_coba": "%s-01-06" % tahun, "inisiator": "asn",
            "urusan": "Kesehatan", "ringkasan": "Layanan diantar ke desa.",
            "rancang_bangun": "Desa jauh dari puskesmas; petugas keliling.",
            "tujuan": "Warga terlayani.", "manfaat": "Warga tidak ke kota.",
            "kontak_nama": "Ns. Wulan", "kontak_email": "inovasi@dinkes.serangkab.go.id",
            "replikasi": "bukan"}
    form.update(fields)
    form = {k: v for k, v in form.items() if v is not None}
    return officer.post("/inovasi/admin/inovasi", form).rsplit("/", 1)[1]


def set_indicators(officer, iid, rows):
    """Gives innovation iid the indicators rows, each (dimensi, nama, satuan,
    baseline, target, arah, bobot), through the indicator form."""
    form = {"baris": str(len(rows))}
    for k, row in enumerate(rows, start=1):
        form["id_%d" % k] = ""
        for name, value in zip(("dimensi", "nama", "satuan", "baseline", "target",
                                "arah", "bobot"), row):
            form["%s_%d" % (name, k)] = value
    officer.post("/inovasi/admin/inovasi/%s/indikator" % iid, form)
