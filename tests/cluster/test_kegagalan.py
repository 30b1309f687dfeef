"""Faults in the cluster (tests/cluster/harness_cluster.py) under a burst of
filings through HAProxy: a database node and then a web node killed with
SIGKILL, and a rolling restart of every node in turn.  What a citizen was
told (a receipt) must be true on every database node; numbers stay gapless
and unique; a refusal is a 503 with Retry-After, and only just after a
fault."""
import os
import signal
import threading
import time

import requests

import client
import harness

YEAR_PREFIX = time.strftime("%Y-", time.gmtime())


class Burst:
    """`clients` threads filing requests through HAProxy until stop()."""

    def __init__(self, url, clients):
        self.url = url
        self.receipts = []       # numbers answered with a receipt
        self.refusals = []       # (time, status, Retry-After)
        self.failures = []       # anything else
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self._run, args=(i,), daemon=True)
                        for i in range(clients)]

    def _run(self, i):
        class Server:
            url = self.url
        while not self.stopping.is_set():
            try:
                r = client.file_request(Server, nama="Pemohon Klaster %d" % i)
            except requests.RequestException as e:
                with self.lock:
                    self.failures.append((time.time(), repr(e)))
                continue
            with self.lock:
                if r.status_code == 303:
                    m = client.NUMBER_RE.match(r.headers.get("Location", ""))
                    if m:
                        self.receipts.append(m.group(1))
                    else:
                        self.failures.append((time.time(), "303 to %r" % r.headers.get("Location")))
                elif r.status_code == 503:
                    self.refusals.append((time.time(), r.headers.get("Retry-After")))
                else:
                    self.failures.append((time.time(), "%d %s" % (r.status_code, r.text[:200])))
            if r.status_code == 503:
                time.sleep(0.5)

    def start(self):
        for t in self.threads:
            t.start()
        return self

    def count(self):
        with self.lock:
            return len(self.receipts)

    def wait_for_more(self, n, timeout=120):
        """Waits until n more receipts than now were given."""
        target = self.count() + n
        deadline = time.time() + timeout
        while self.count() < target:
            assert time.time() < deadline, "only %d receipts of %d within %ds" % (
                self.count(), target, timeout)
            time.sleep(0.1)

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(timeout=120)


def numbers_on(node):
    # wsrep_sync_wait: the node applies what the group committed first.
    return [row[0] for row in node.sql(
        "SET SESSION wsrep_sync_wait = 1; SELECT nomor FROM permohonan "
        "WHERE nomor LIKE '%s%%' ORDER BY nomor;" % YEAR_PREFIX)]


def assert_consistent(cluster, receipts):
    """Every node holds every receipt; the numbers are 1..n, each once,
    and the same on every node."""
    seen = None
    for node in cluster.dbs:
        node.wait_synced(size=len(cluster.dbs))
        numbers = numbers_on(node)
        assert len(numbers) == len(set(numbers)), node.name
        missing = set(receipts) - set(numbers)
        assert not missing, "%s lacks %s" % (node.name, sorted(missing)[:10])
        sequence = [int(n.split("-")[1]) for n in numbers]
        assert sequence == list(range(1, len(sequence) + 1)), "%s: gap in %s" % (
            node.name, sequence)
        if seen is not None:
            assert numbers == seen, node.name
        seen = numbers


def writer(cluster):
    """The Galera node HAProxy sends the SQL to (it holds the connections)."""
    stats = cluster.proxy.stats()
    up = [d for d in cluster.dbs if d.proc is not None
          and stats.get("galera/" + d.name, "").startswith("UP")]
    counts = {d.name: int(d.status("Threads_connected") or 0) for d in up}
    return max(up, key=lambda d: counts[d.name])


def test_kill_database_node_then_web_node_under_burst(cluster):
    burst = Burst(cluster.url, 32).start()
    faults = []
    try:
        burst.wait_for_more(32)
        victim_db = writer(cluster)
        faults.append(time.time())
        victim_db.kill()
        burst.wait_for_more(64)

        victim_web = cluster.webs[0]
        faults.append(time.time())
        os.killpg(victim_web.proc.pid, signal.SIGKILL)
        victim_web.proc.wait()
        victim_web.proc = None
        cluster.proxy.wait_status("apache/web1", "DOWN")
        burst.wait_for_more(64)
    finally:
        burst.stop()

    assert not burst.failures, burst.failures[:5]
    for when, retry_after in burst.refusals:
        assert retry_after and retry_after.isdigit(), retry_after
        # A short burst: only within 20 s after a fault.
        assert any(0 <= when - f <= 20 for f in faults), (when, faults)

    # Recovery time of each fault: its last refusal (0 when none).
    for label, f, nxt in (("database node", faults[0], faults[1]),
                          ("web node", faults[1], float("inf"))):
        late = [when - f for when, _ in burst.refusals if f <= when < nxt]
        print("\nkill of a %s: %d refusals, the last %.1fs after it"
              % (label, len(late), max(late, default=0.0)))

    # The killed database node rejoins and catches up (IST or SST); the
    # killed web node comes back.
    started = time.time()
    victim_db.start()
    victim_db.wait_synced(size=3)
    print("\n%s rejoined in %.1fs; %d receipts, %d refusals" % (
        victim_db.name, time.time() - started, len(burst.receipts), len(burst.refusals)))
    victim_web.start()
    cluster.proxy.wait_status("apache/web1", "UP")
    assert_consistent(cluster, burst.receipts)


def admin_socket(cluster, command):
    import subprocess
    return subprocess.run(["socat", "-", "UNIX-CONNECT:" + os.path.join(
        cluster.proxy.dir, "haproxy.sock")], input=command + "\n",
        capture_output=True, text=True, check=True).stdout


def wait_no_sessions(cluster, server, timeout=60):
    deadline = time.time() + timeout
    while True:
        for line in admin_socket(cluster, "show stat").splitlines():
            f = line.split(",")
            if len(f) > 4 and "%s/%s" % (f[0], f[1]) == server and f[4] == "0":
                return
        assert time.time() < deadline, "%s keeps sessions" % server
        time.sleep(0.1)


def graceful_together(webs):
    """A graceful restart of every web node at once (README "Rolling
    maintenance"): until the last one's old children are gone, the old
    writer and the new one both take writes."""
    errors = []

    def one(web):
        try:
            web.graceful()
        except Exception as e:      # noqa: BLE001 - reported below
            errors.append(e)
    threads = [threading.Thread(target=one, args=(w,)) for w in webs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_rolling_restart_loses_nothing_and_refuses_nothing(cluster):
    """Each node in turn, as README "Cluster" describes it: a web node is
    drained in HAProxy, stopped, started and put back; a database node is
    stopped cleanly and started again (IST), the writer after its
    connections were moved (HAProxy drain and its stick table cleared, a
    graceful restart of the web nodes so their pools reconnect)."""
    burst = Burst(cluster.url, 8).start()
    steps = []
    try:
        burst.wait_for_more(16)
        for i, web in enumerate(cluster.webs):
            steps.append((time.time(), "web%d" % (i + 1)))
            name = "apache/web%d" % (i + 1)
            admin_socket(cluster, "set server %s state drain" % name)
            wait_no_sessions(cluster, name)
            web.stop()
            web.start()
            admin_socket(cluster, "set server %s state ready" % name)
            cluster.proxy.wait_status(name, "UP")
            burst.wait_for_more(16)

        current = writer(cluster)
        order = [d for d in cluster.dbs if d is not current] + [current]
        for node in order:
            steps.append((time.time(), node.name))
            if node is current:
                # Drained and forgotten by the stick table: new connections
                # go to the next node, the open ones stay until the web
                # nodes' graceful restart closes them ("maint" would cut
                # them mid-query).
                admin_socket(cluster, "set server galera/%s state drain" % node.name)
                admin_socket(cluster, "clear table galera")
                graceful_together(cluster.webs)
                wait_no_sessions(cluster, "galera/" + node.name)
                admin_socket(cluster, "set server galera/%s state maint" % node.name)
            node.stop()
            node.start()
            node.wait_synced(size=3)
            if node is current:
                admin_socket(cluster, "set server galera/%s state ready" % node.name)
            burst.wait_for_more(16)
    finally:
        burst.stop()
    assert not burst.failures, burst.failures[:5]
    assert not burst.refusals, (burst.refusals[:3], len(burst.refusals), steps)
    assert_consistent(cluster, burst.receipts)


def conflicts(cluster):
    """Writes Galera aborted on any node for another node's write (at
    certification, or while running); counted since each node started."""
    return sum(int(d.status("wsrep_local_cert_failures") or 0)
               + int(d.status("wsrep_local_bf_aborts") or 0) for d in cluster.dbs)


def test_two_writers_while_the_writer_moves(cluster):
    """While the writer moves (README "Rolling maintenance") two nodes take
    writes until both web nodes reconnected: here for 32 filings and a
    graceful restart, web1 through the next node and web2 still through
    the old one.  Galera
    aborts one of two conflicting writes (a deadlock error); the module runs
    the statement or the filing's transaction again: nothing is refused,
    lost or numbered twice."""
    burst = Burst(cluster.url, 16).start()
    old = None
    try:
        burst.wait_for_more(16)
        old = writer(cluster)
        before = conflicts(cluster)
        admin_socket(cluster, "set server galera/%s state drain" % old.name)
        admin_socket(cluster, "clear table galera")
        cluster.webs[0].graceful()
        burst.wait_for_more(32)
        during = conflicts(cluster) - before
        cluster.webs[1].graceful()
        wait_no_sessions(cluster, "galera/" + old.name)
        burst.wait_for_more(16)
    finally:
        burst.stop()
        if old is not None:
            admin_socket(cluster, "set server galera/%s state ready" % old.name)
    print("\ntwo writers: %d conflicts, %d receipts" % (during, len(burst.receipts)))
    assert not burst.failures, burst.failures[:5]
    assert not burst.refusals, (burst.refusals[:3], len(burst.refusals))
    # Else the test proved nothing: both nodes did take writes.
    assert during > 0, "no write conflicted"
    assert_consistent(cluster, burst.receipts)


def test_session_and_changes_seen_through_either_web_node(cluster):
    """A staff login made on one web node works on the other (sessions are
    in the database), a filing made through one is found through the
    other's status page, and its upload is served by the other."""
    harness.add_user(cluster.dbs[0], "admin.klaster", "kata-sandi-uji-123", "Admin Klaster",
                     ["admin", "ppid_utama"], cost=4)
    one, two = cluster.webs
    session = client.login(one, "admin.klaster", "kata-sandi-uji-123")
    r = session.get(two.url + "/ppid/admin/", timeout=30, allow_redirects=False)
    assert r.status_code == 200, r.status_code
    number, code, receipt = client.filed(one, files={
        "identitas": ("ktp.png", client.PNG_BYTES, "application/octet-stream")})
    page = requests.get(two.url + receipt, timeout=30)
    assert page.status_code == 200 and number in page.text
    # The identity document uploaded through one node is served by the
    # other: one upload store.
    r = session.get(two.url + "/ppid/admin/permohonan/%s/identitas" % number, timeout=30)
    assert r.status_code == 200 and r.content == client.PNG_BYTES
