"""Start a private MariaDB and a private Apache with both modules.

Used by the pytest fixtures and by `make run` (scripts/run.py). Everything
lives in one directory; servers listen on 127.0.0.1 only, on free ports
unless told otherwise, and stop() always ends them.
"""
import atexit
import http.client
import os
import pwd
import random
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Debian puts mariadbd and apache2 in /usr/sbin, which a user's PATH lacks
# (`make run` as a non-root user); appended, so a wrapper earlier in PATH
# (make test-asan's apache2) still wins.
for _sbin in ("/usr/sbin", "/sbin"):
    if _sbin not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.environ.get("PATH", "") + os.pathsep + _sbin
# Where the modules and views are: `make test-asan` points this at its
# sanitizer build.
BUILD = os.environ.get("SIALIP_BUILD_DIR") or os.path.join(ROOT, "build")
IS_ROOT = os.geteuid() == 0
# The private server's administrator: mariadb-install-db gives root@localhost
# to the system's root over the socket, and to a user who runs it (`make
# run` as a non-root user) an account of that user's name.
DB_ADMIN = "root" if IS_ROOT else pwd.getpwuid(os.geteuid()).pw_name


# Ports for the servers tests start: below the kernel's ephemeral range
# (32768-60999, where outgoing connections take theirs), one band of 2,000
# for each pytest-xdist worker, so two workers never pick the same port and
# a readiness probe never reaches another worker's server.
_PORT_BAND = 2000
_PORT_BASE = 20000


def _port_band():
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    n = int(worker[2:]) if worker[2:].isdigit() else 0
    low = _PORT_BASE + (n % 6) * _PORT_BAND
    return low, low + _PORT_BAND


def free_port():
    low, high = _port_band()
    for _ in range(200):
        port = random.randrange(low, high)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in %d-%d" % (low, high))


def wait_for_port(port, proc, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited with %s" % proc.returncode)
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("port %d did not open" % port)


def wait_for_answer(port, proc, timeout=60):
    """Until a child answers a request, whatever the status: httpd opens
    its listeners before the modules' post_config runs (the folders and
    shared memory they make), so an open port alone does not mean the
    server is ready."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited with %s" % proc.returncode)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            conn.request("GET", "/")
            conn.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            time.sleep(0.1)
        finally:
            conn.close()
    raise RuntimeError("no answer on port %d" % port)


def bcrypt_hash(password, cost=10):
    out = subprocess.run(["htpasswd", "-nbB", "-C", str(cost), "x", password],
                         check=True, capture_output=True, text=True).stdout
    return out.strip().split(":", 1)[1]


class MariaDB:
    def __init__(self, workdir, port=None, extra_args=()):
        self.extra_args = list(extra_args)   # e.g. a small --max-connections
        self.dir = os.path.join(workdir, "mariadb")
        self.datadir = os.path.join(self.dir, "data")
        self.socket = os.path.join(self.dir, "mysqld.sock")
        self.tmpdir = os.path.join(self.dir, "tmp")
        self.port = port or free_port()
        self.password = secrets.token_hex(12)
        self.proc = None

    def _client(self, *args, user=None, password=None, database=None, sql=None):
        cmd = ["mysql", "--no-defaults", "--protocol=socket", "-S", self.socket,
               "-u", user or DB_ADMIN, "--batch", "--skip-column-names",
               "--default-character-set=utf8mb4"]
        if password:
            cmd.append("-p" + password)
        if database:
            cmd.append(database)
        cmd.extend(args)
        return subprocess.run(cmd, input=sql, check=True, capture_output=True,
                              text=True).stdout

    # A stopped server's data directory with every migration applied, made
    # once per process by install(migrated=True) and copied from then on.
    _migrated = None

    def install(self, migrated=False):
        """migrated=True: a copy of a data directory where every migration
        has run (the tests that start a database of their own: installing
        and migrating each took seconds); create_app_database() still sets
        this server's password and applies what is missing."""
        os.makedirs(self.dir, exist_ok=True)
        if os.path.isdir(os.path.join(self.datadir, "mysql")):
            return False
        # A private tmpdir: the server's temporary tables never meet another
        # process's files (or a cleaner of /tmp) on a shared machine.
        os.makedirs(self.tmpdir, exist_ok=True)
        if migrated:
            shutil.copytree(MariaDB._migrated_datadir(), self.datadir, symlinks=True)
            return True
        cmd = ["mariadb-install-db", "--no-defaults", "--datadir=" + self.datadir,
               "--tmpdir=" + self.tmpdir,
               "--auth-root-authentication-method=socket", "--skip-test-db"]
        if IS_ROOT:
            cmd.append("--user=root")
        subprocess.run(cmd, check=True, capture_output=True)
        return True

    @staticmethod
    def _migrated_datadir():
        if MariaDB._migrated is None:
            work = tempfile.mkdtemp(prefix="sialip-mall-")
            atexit.register(shutil.rmtree, work, ignore_errors=True)
            mall = MariaDB(work)
            mall.install()
            mall.start()
            try:
                mall.create_app_database()
            finally:
                mall.stop()     # a clean shutdown: the copies start clean
            MariaDB._migrated = mall.datadir
        return MariaDB._migrated

    def start(self):
        os.makedirs(self.tmpdir, exist_ok=True)
        cmd = ["mariadbd", "--no-defaults", "--datadir=" + self.datadir,
               "--tmpdir=" + self.tmpdir, "--socket=" + self.socket, "--port=%d" % self.port,
               "--bind-address=127.0.0.1", "--skip-name-resolve",
               "--pid-file=" + os.path.join(self.dir, "mysqld.pid"),
               "--log-error=" + os.path.join(self.dir, "error.log"),
               "--innodb-buffer-pool-size=128M", "--innodb-log-file-size=48M",
               "--character-set-server=utf8mb4",
               "--collation-server=utf8mb4_unicode_ci",
               "--max-connections=200",
               # As conf/mariadb-sialip.cnf: every pooled connection
               # prepares about 200 statements.
               "--max-prepared-stmt-count=65528"] + self.extra_args
        if IS_ROOT:
            cmd.append("--user=root")
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        wait_for_port(self.port, self.proc)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def create_app_database(self):
        self._client(sql=(
            "CREATE DATABASE IF NOT EXISTS sialip CHARACTER SET utf8mb4 "
            "COLLATE utf8mb4_unicode_ci;\n"
            # 127.0.0.1 over TCP, localhost over the socket.
            "CREATE USER IF NOT EXISTS 'sialip'@'127.0.0.1' IDENTIFIED BY '%(pw)s';\n"
            "ALTER USER 'sialip'@'127.0.0.1' IDENTIFIED BY '%(pw)s';\n"
            # Rows only, as README says: the migrations run as root.
            "GRANT SELECT, INSERT, UPDATE, DELETE ON sialip.* TO 'sialip'@'127.0.0.1';\n"
            "CREATE USER IF NOT EXISTS 'sialip'@'localhost' IDENTIFIED BY '%(pw)s';\n"
            "ALTER USER 'sialip'@'localhost' IDENTIFIED BY '%(pw)s';\n"
            "GRANT SELECT, INSERT, UPDATE, DELETE ON sialip.* TO 'sialip'@'localhost';\n"
            % {"pw": self.password}))
        subprocess.run([os.path.join(ROOT, "sql", "migrate.sh"), "--no-defaults",
                        "--protocol=socket", "-S", self.socket, "-u", DB_ADMIN,
                        "sialip"], check=True, capture_output=True)

    def sql(self, statement):
        """Runs SQL as root on the application database; returns rows."""
        out = self._client(database="sialip", sql=statement)
        return [line.split("\t") for line in out.splitlines()]


class Apache:
    DBD_POOL = "DBDMin 1\nDBDKeep 4\nDBDMax 16\nDBDExptime 300"

    def __init__(self, workdir, db, port=None, login_limit=5, lookup_limit=10,
                 uploads=None, mpm="event", dbd_pool=None, extra_conf=""):
        # mpm: "event" or "prefork"; dbd_pool: the DBDMin... lines;
        # extra_conf: appended to the configuration (vhosts, limits).
        self.mpm, self.extra_conf = mpm, extra_conf
        self.dbd_pool = dbd_pool or self.DBD_POOL
        self.dir = os.path.join(workdir, "apache")
        # The children (www-data when started as root) must reach it: `make
        # run` puts it elsewhere when workdir may be under a private folder.
        self.uploads = uploads or os.path.join(workdir, "berkas")
        self.port = port or free_port()
        self.db = db
        self.login_limit = login_limit
        # Per address, any account: twice the per-account limit.
        self.address_login_limit = 2 * login_limit
        self.lookup_limit = lookup_limit
        self.proc = None
        self.conf = os.path.join(self.dir, "httpd.conf")
        self.error_log = os.path.join(self.dir, "error.log")

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def write_config(self):
        os.makedirs(self.dir, exist_ok=True)
        os.makedirs(self.uploads, exist_ok=True)
        user = "User www-data\nGroup www-data" if IS_ROOT else ""
        if IS_ROOT:
            shutil.chown(self.uploads, "www-data", "www-data")
        with open(os.path.join(ROOT, "conf", "httpd-test.conf.in")) as f:
            text = f.read()
        for key, value in {
            "@RUNDIR@": self.dir, "@PORT@": str(self.port),
            "@BUILD@": BUILD, "@UPLOADS@": self.uploads,
            "@DBPORT@": str(self.db.port), "@DBPASS@": self.db.password,
            "@USERGROUP@": user, "@LOGINLIMIT@": str(self.login_limit),
            "@LOOKUPLIMIT@": str(self.lookup_limit), "@MPM@": self.mpm,
            "@DBDPOOL@": self.dbd_pool, "@EXTRA@": self.extra_conf,
            "@ADDRESSLIMIT@": str(self.address_login_limit),
        }.items():
            text = text.replace(key, value)
        with open(self.conf, "w") as f:
            f.write(text)

    def configtest(self):
        return subprocess.run(["apache2", "-f", self.conf, "-t"],
                              capture_output=True, text=True)

    def start(self):
        self.write_config()
        self.proc = subprocess.Popen(["apache2", "-f", self.conf, "-DFOREGROUND"],
                                     stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.dir, "stderr.log"), "w"),
                                     start_new_session=True)
        try:
            wait_for_port(self.port, self.proc)
            wait_for_answer(self.port, self.proc)
        except RuntimeError as e:
            # Why it did not start (a module's startup check) is in the log.
            with open(os.path.join(self.dir, "stderr.log")) as f:
                said = f.read() + self.log()
            raise RuntimeError("%s; Apache said:\n%s"
                               % (e, "\n".join(said.splitlines()[-5:]))) from None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            # SIGTERM: the parent stops its children and exits.
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None

    def graceful(self, timeout=60):
        """Graceful restart (SIGUSR1): a new generation of children, and of
        what the parent makes in post_config (the tracking-lookup counters'
        shared memory, so they start again at zero).  Returns once the old
        children are gone and a new one has answered a request."""
        old = set(self.children())
        os.kill(self.proc.pid, signal.SIGUSR1)
        deadline = time.time() + timeout
        while True:
            now = set(self.children())
            if now and not (now & old):
                break
            if time.time() > deadline:
                raise RuntimeError("graceful restart: old children %s remain"
                                   % sorted(now & old))
            time.sleep(0.05)
        wait_for_port(self.port, self.proc, timeout)
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", "/ppid/aset/sialip.css")
            conn.getresponse().read()
        finally:
            conn.close()

    def children(self):
        """PIDs of the Apache parent's children."""
        out = []
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % name) as f:
                    stat = f.read()
            except OSError:
                continue
            # comm may hold spaces; ppid is the 2nd field after ')'.
            if int(stat.rsplit(")", 1)[1].split()[1]) == self.proc.pid:
                out.append(int(name))
        return sorted(out)

    def log(self):
        try:
            with open(self.error_log) as f:
                return f.read()
        except FileNotFoundError:
            return ""


def add_user(db, username, password, name, roles, opd_kode=None, cost=10):
    """Creates a staff user with roles; returns its id."""
    esc = lambda s: s.replace("\\", "\\\\").replace("'", "''")
    opd = ("(SELECT id FROM opd WHERE kode = '%s')" % esc(opd_kode)
           if opd_kode else "NULL")
    db.sql("INSERT INTO pengguna (username, nama, password_hash, opd_id) "
           "VALUES ('%s', '%s', '%s', %s);" % (esc(username), esc(name),
                                               bcrypt_hash(password, cost), opd))
    for role in roles:
        db.sql("INSERT INTO pengguna_peran (pengguna_id, peran) SELECT id, '%s' "
               "FROM pengguna WHERE username = '%s';" % (esc(role), esc(username)))
    return db.sql("SELECT id FROM pengguna WHERE username = '%s';"
                  % esc(username))[0][0]
