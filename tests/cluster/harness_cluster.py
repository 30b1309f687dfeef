#!/usr/bin/python3
"""A SIALIP cluster on loopback: three MariaDB Galera nodes (Debian's
galera-4), two Apache nodes with both modules sharing one upload folder, and
HAProxy in front (HTTP round-robin to the Apaches; SQL to one Galera node at
a time, moving to the next when it fails).

Used by tests/cluster/ and, run as a program, by `make cluster` (stays in
the foreground until Ctrl-C, like `make run`).  Built from tests/harness.py's
MariaDB and Apache."""
import os
import secrets
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import harness  # noqa: E402

GALERA = "/usr/lib/galera/libgalera_smm.so"
# Retry-After on every answer HAProxy makes itself (no web node up, a node
# that died mid-request): clients come back instead of giving up.
RETRY_AFTER = 2


def _client_out(node, sql):
    return node._client(sql=sql)


class GaleraNode(harness.MariaDB):
    """One Galera node: harness.MariaDB's server with wsrep on.  Ports:
    SQL, group communication (gcomm), IST receive, SST (rsync) receive."""

    def __init__(self, workdir, name, peers, donors, port=None):
        super().__init__(os.path.join(workdir, name), port=port)
        self.name = name
        self.gcomm_port = harness.free_port()
        self.ist_port = harness.free_port()
        self.sst_port = harness.free_port()
        self.peers = peers          # filled by Cluster: every node's gcomm port
        self.donors = donors        # preferred SST donors (never the writer first)

    # rsync's daemon on a joiner run by root writes as "nobody": as root,
    # the nodes run as the mysql user, which owns their directories.
    USER = "mysql" if harness.IS_ROOT else None

    def _own(self):
        os.makedirs(self.datadir, exist_ok=True)
        if self.USER:
            subprocess.run(["chown", "-R", "%s:%s" % (self.USER, self.USER), self.dir],
                           check=True)

    def install(self):
        self._own()
        if os.path.isdir(os.path.join(self.datadir, "mysql")):
            return False
        cmd = ["mariadb-install-db", "--no-defaults", "--datadir=" + self.datadir,
               "--auth-root-authentication-method=socket", "--skip-test-db"]
        if self.USER:
            cmd.append("--user=" + self.USER)
        subprocess.run(cmd, check=True, capture_output=True)
        return True

    def install_empty(self):
        """A joiner starts with an empty data directory and gets a full copy
        (SST) from a donor."""
        self._own()

    def start(self, new_cluster=False, timeout=180):
        address = "gcomm://" + ",".join("127.0.0.1:%d" % p for p in self.peers)
        cmd = ["mariadbd", "--no-defaults", "--datadir=" + self.datadir,
               "--socket=" + self.socket, "--port=%d" % self.port,
               "--bind-address=127.0.0.1", "--skip-name-resolve",
               "--pid-file=" + os.path.join(self.dir, "mysqld.pid"),
               "--log-error=" + os.path.join(self.dir, "error.log"),
               "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=48M",
               "--character-set-server=utf8mb4",
               "--collation-server=utf8mb4_unicode_ci",
               "--max-connections=200", "--max-prepared-stmt-count=65528",
               # Galera: row events, InnoDB, interleaved auto-increment.
               "--binlog-format=ROW", "--default-storage-engine=InnoDB",
               "--innodb-autoinc-lock-mode=2",
               "--wsrep-on=ON", "--wsrep-provider=" + GALERA,
               "--wsrep-cluster-name=sialip",
               "--wsrep-cluster-address=" + address,
               "--wsrep-node-name=" + self.name,
               "--wsrep-node-address=127.0.0.1:%d" % self.gcomm_port,
               "--wsrep-node-incoming-address=127.0.0.1:%d" % self.port,
               "--wsrep-provider-options=base_port=%d;gmcast.listen_addr=tcp://127.0.0.1:%d;"
               "ist.recv_addr=127.0.0.1:%d;gcache.size=64M;evs.suspect_timeout=PT3S;"
               "evs.inactive_timeout=PT6S;evs.install_timeout=PT6S"
               % (self.gcomm_port, self.gcomm_port, self.ist_port),
               "--wsrep-sst-method=rsync",
               # In error.log: which transactions Galera aborted for another
               # node's write, and InnoDB's own deadlocks (a kept run,
               # SIALIP_CLUSTER_KEEP=1, tells one from the other).
               "--wsrep-log-conflicts=ON", "--innodb-print-all-deadlocks=ON",
               "--wsrep-sst-receive-address=127.0.0.1:%d" % self.sst_port,
               "--wsrep-sst-donor=" + ",".join(self.donors) + ","]
        if new_cluster:
            cmd.append("--wsrep-new-cluster")
        if self.USER:
            cmd.append("--user=" + self.USER)
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        harness.wait_for_port(self.port, self.proc, timeout)
        self.wait_synced(timeout)

    def kill(self):
        """SIGKILL: no shutdown, no goodbye to the group."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self.proc = None

    def status(self, name):
        try:
            out = self._client(sql="SHOW GLOBAL STATUS LIKE '%s';" % name)
        except subprocess.CalledProcessError:
            return None
        parts = out.strip().split("\t")
        return parts[1] if len(parts) == 2 else None

    def wait_synced(self, timeout=180, size=None):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError("%s exited (%s/error.log)" % (self.name, self.dir))
            if self.status("wsrep_local_state_comment") == "Synced" and (
                    size is None or self.status("wsrep_cluster_size") == str(size)):
                return
            time.sleep(0.2)
        raise RuntimeError("%s not Synced within %ds" % (self.name, timeout))


class _Endpoint:
    """What harness.Apache needs of a database: where to connect, and the
    application user's password."""

    def __init__(self, port, password):
        self.port = port
        self.password = password


HAPROXY_CONF = """global
    maxconn 4000
    pidfile %(dir)s/haproxy.pid
    stats socket %(dir)s/haproxy.sock mode 600 level admin
    # The SQL connections (which node each went to) in stderr.log.
    log stderr format raw local0

defaults
    retries 2
    timeout connect 2s

# HTTP: round-robin over the web nodes; a node is out after two failed
# checks 300 ms apart (refused, or no answer within 3 s).  A request is sent again to the other node only when
# the connection could not be made (a POST that reached a node may have been
# filed: it is never repeated).  Every answer HAProxy makes itself is a 503
# with Retry-After.
frontend web
    mode http
    bind 127.0.0.1:%(http_port)d
    timeout client 60s
    default_backend apache

backend apache
    mode http
    balance roundrobin
    option redispatch
    retry-on conn-failure
    # A new connection per request: none kept to a node being stopped.
    http-reuse never
    timeout server 60s
    option httpchk GET /ppid/aset/sialip.css
    http-check expect status 200
    # A dead node refuses the check's connection at once; a slow answer
    # (a busy node, a graceful restart) is not a reason to take it out, nor
    # to cut the requests it is serving.
    timeout check 3s
    default-server check inter 300ms fall 2 rise 2
%(web_servers)s
    errorfile 502 %(dir)s/503.http
    errorfile 503 %(dir)s/503.http
    errorfile 504 %(dir)s/503.http

# SQL: one writer at a time.  The stick table holds the one node every
# connection goes to; when it fails the next node up is chosen and kept, so
# a node that comes back does not take the writes again until then.
# Writing through one node leaves Galera no certification conflicts to
# resolve (README, "Cluster").
listen galera
    mode tcp
    log global
    option tcplog
    option logasap
    bind 127.0.0.1:%(sql_port)d
    timeout client 1h
    timeout server 1h
    balance first
    stick-table type integer size 1
    stick on int(1)
    option mysql-check user haproxy post-41
    timeout check 3s
    default-server check inter 500ms fall 2 rise 3 on-marked-down shutdown-sessions
%(db_servers)s
"""

ERROR_503 = ("HTTP/1.1 503 Service Unavailable\r\n"
             "Content-Type: text/html; charset=utf-8\r\n"
             "Retry-After: %d\r\n"
             "Cache-Control: no-store\r\n"
             "Connection: close\r\n"
             "\r\n"
             "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width\">"
             "<title>Layanan sibuk</title></head><body><h1>Layanan sedang sibuk</h1>"
             "<p>Silakan coba lagi dalam beberapa detik.</p></body></html>\n" % RETRY_AFTER)


class HAProxy:
    def __init__(self, workdir, http_port=None, sql_port=None):
        self.dir = os.path.join(workdir, "haproxy")
        self.http_port = http_port or harness.free_port()
        self.sql_port = sql_port or harness.free_port()
        self.conf = os.path.join(self.dir, "haproxy.cfg")
        self.proc = None

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.http_port

    def start(self, webs, dbs):
        os.makedirs(self.dir, exist_ok=True)
        with open(os.path.join(self.dir, "503.http"), "w") as f:
            f.write(ERROR_503)
        text = HAPROXY_CONF % {
            "dir": self.dir, "http_port": self.http_port, "sql_port": self.sql_port,
            "web_servers": "\n".join("    server web%d 127.0.0.1:%d" % (i + 1, w.port)
                                     for i, w in enumerate(webs)),
            "db_servers": "\n".join("    server %s 127.0.0.1:%d" % (d.name, d.port)
                                    for d in dbs)}
        with open(self.conf, "w") as f:
            f.write(text)
        subprocess.run(["haproxy", "-c", "-q", "-f", self.conf], check=True)
        self.proc = subprocess.Popen(["haproxy", "-db", "-f", self.conf],
                                     stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.dir, "stderr.log"), "w"),
                                     start_new_session=True)
        harness.wait_for_port(self.http_port, self.proc)

    def stats(self):
        """Server name -> status (UP, DOWN, ...) from the admin socket."""
        out = subprocess.run(["socat", "-", "UNIX-CONNECT:" + os.path.join(self.dir, "haproxy.sock")],
                             input="show stat\n", capture_output=True, text=True).stdout
        result = {}
        for line in out.splitlines():
            f = line.split(",")
            if len(f) > 17 and not line.startswith("#") and f[1] not in ("FRONTEND", "BACKEND"):
                result["%s/%s" % (f[0], f[1])] = f[17]
        return result

    def wait_status(self, server, wanted, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.stats().get(server, "").startswith(wanted):
                return
            time.sleep(0.1)
        raise RuntimeError("haproxy: %s not %s within %ds: %s"
                           % (server, wanted, timeout, self.stats()))

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


class Cluster:
    """Three Galera nodes, two Apache nodes, HAProxy; start() and stop()."""

    def __init__(self, workdir, http_port=None, sql_port=None):
        self.workdir = workdir
        self.uploads = os.path.join(workdir, "berkas-bersama")
        peers = []
        names = ["galera1", "galera2", "galera3"]
        # The writer is the first node up; a joiner copies from the others
        # first, so an rsync copy does not hold the writer's tables.
        donors = {"galera1": ["galera3", "galera2"], "galera2": ["galera3", "galera1"],
                  "galera3": ["galera2", "galera1"]}
        self.dbs = [GaleraNode(workdir, n, peers, donors[n]) for n in names]
        peers.extend(d.gcomm_port for d in self.dbs)
        self.proxy = HAProxy(workdir, http_port, sql_port)
        self.webs = []

    @property
    def url(self):
        return self.proxy.url

    def start(self):
        first = self.dbs[0]
        first.install()
        first.start(new_cluster=True)
        first.create_app_database()
        # mysql-check of HAProxy: a login with no password and no rights.
        first._client(sql="CREATE USER IF NOT EXISTS 'haproxy'@'127.0.0.1';")
        for node in self.dbs[1:]:
            node.install_empty()
            node.start()
        first.wait_synced(size=len(self.dbs))
        # Everyone logs in with the application password set on the first.
        for node in self.dbs[1:]:
            node.password = first.password
        endpoint = _Endpoint(self.proxy.sql_port, first.password)
        self.webs = []
        for i in range(2):
            web = harness.Apache(os.path.join(self.workdir, "web%d" % (i + 1)), endpoint)
            web.uploads = self.uploads
            self.webs.append(web)
        os.makedirs(self.uploads, exist_ok=True)
        # The proxy listens before the web nodes start: their database pool
        # opens its connections through it.
        self.proxy.start(self.webs, self.dbs)
        for web in self.webs:
            os.makedirs(os.path.dirname(web.dir), exist_ok=True)
            web.start()
        for i in range(len(self.webs)):
            self.proxy.wait_status("apache/web%d" % (i + 1), "UP")

    def sql(self, statement):
        """SQL on whichever node is up (as root over its socket)."""
        for node in self.dbs:
            if node.proc is not None and node.proc.poll() is None:
                return node.sql(statement)
        raise RuntimeError("no database node is running")

    def stop(self):
        for web in self.webs:
            web.stop()
        self.proxy.stop()
        for node in reversed(self.dbs):
            node.stop()


def main():
    """`make cluster`: fixed ports (SIALIP_CLUSTER_PORT, default 8090, and
    SIALIP_CLUSTER_SQL_PORT, default 3390), data in .run/cluster (made
    again at every start), a fresh admin password printed once."""
    workdir = os.path.join(harness.ROOT, ".run", "cluster")
    subprocess.run(["rm", "-rf", workdir], check=True)
    os.makedirs(workdir)
    os.chmod(workdir, 0o755)
    cluster = Cluster(workdir, int(os.environ.get("SIALIP_CLUSTER_PORT", "8090")),
                      int(os.environ.get("SIALIP_CLUSTER_SQL_PORT", "3390")))
    stopping = []
    signal.signal(signal.SIGINT, lambda *_: stopping.append(1))
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    try:
        print("starting 3 Galera nodes, 2 Apache nodes, HAProxy ...", flush=True)
        cluster.start()
        password = secrets.token_urlsafe(12)
        harness.add_user(cluster.dbs[0], "admin", password, "Administrator Demo",
                         ["admin", "ppid_utama", "atasan_ppid", "evaluator"])
        print("""
Klaster SIALIP berjalan / the SIALIP cluster is running:
  Lewat HAProxy     %(url)s/ppid/   %(url)s/inovasi/
  Apache web1       %(w1)s/ppid/
  Apache web2       %(w2)s/ppid/
  SQL via HAProxy   127.0.0.1:%(sql)d (user sialip)
  Galera            %(dbs)s
  Masuk petugas     %(url)s/ppid/masuk   username: admin   password: %(pw)s
Data and logs: %(dir)s
Ctrl-C to stop.
""" % {"url": cluster.url, "w1": cluster.webs[0].url, "w2": cluster.webs[1].url,
       "sql": cluster.proxy.sql_port, "pw": password, "dir": workdir,
       "dbs": ", ".join("%s 127.0.0.1:%d" % (d.name, d.port) for d in cluster.dbs)},
              flush=True)
        while not stopping:
            signal.pause()
    finally:
        cluster.stop()
        print("stopped.")


if __name__ == "__main__":
    main()
