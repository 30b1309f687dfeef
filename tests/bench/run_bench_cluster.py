#!/usr/bin/python3
"""`make bench-cluster`: the cluster (tests/cluster/harness_cluster.py:
three Galera nodes, two Apache nodes, HAProxy) against one Apache on one
MariaDB, in one run on this machine, and the time to recover from each
fault.

1. One Apache on one MariaDB (the test configuration, tests/harness.py).
2. The cluster through HAProxy, the SQL sent to one Galera node at a time
   (single writer, as shipped).
3. The same cluster with every web node's pool spread over all three
   Galera nodes (multi-writer: a second HAProxy listener, round-robin per
   connection), after a graceful restart of both web nodes.
For each: BENCH_PAIRS requests filed through HTTP (their receipts are the
status pages read), then wrk on the status page and on filing, each
BENCH_DURATION seconds after a short warm-up.  Printed: requests/s, p99,
errors (wrk counts every answer >= 400: a refused filing is a 503), the
filings acknowledged with a receipt, whether the numbers are gapless, and
the ratios cluster / single.
4. Faults (single writer again): BENCH_FAULT_CLIENTS clients filing without
   pause through HAProxy; SIGKILL of the writer Galera node, later SIGKILL
   of one Apache node.  For each: when HAProxy marked it down, the last
   refused or failed filing after it (the recovery time: filings succeed
   again from then on), and how long the killed node took to come back
   (the Galera node to rejoin and be Synced, the Apache node to be UP).

Everything runs on this machine's loopback: three database nodes, two
Apaches, HAProxy and the load generator share its CPUs, so the ratios say
what the cluster costs here, not what two machines would gain.  Nothing is
asserted: not part of `make test`.

Environment: BENCH_DURATION (10), BENCH_CONNECTIONS (8), BENCH_THREADS (2),
BENCH_PAIRS (200), BENCH_FAULT_CLIENTS (8), BENCH_KEEP=1 (keep the
temporary directory), BENCH_JSON (write the results there too).
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, TESTS)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(TESTS, "cluster"))

import client  # noqa: E402
import harness  # noqa: E402
import harness_cluster  # noqa: E402
import test_kegagalan  # noqa: E402  (its Burst: clients filing until stopped)
from run_bench import Wrk, loadavg  # noqa: E402

DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
PAIRS = int(os.environ.get("BENCH_PAIRS", "200"))
FAULT_CLIENTS = int(os.environ.get("BENCH_FAULT_CLIENTS", "8"))
KEEP = os.environ.get("BENCH_KEEP") == "1"
WARMUP = 2
# Receipts to wait for around each fault before the next step.
FAULT_RECEIPTS = 40

MULTI_CONF = """global
    maxconn 2000
    pidfile %(dir)s/haproxy-multi.pid

defaults
    timeout connect 2s

# Multi-writer: every new SQL connection to the next Galera node in turn.
listen galera_multi
    mode tcp
    bind 127.0.0.1:%(port)d
    timeout client 1h
    timeout server 1h
    balance roundrobin
    option mysql-check user haproxy post-41
    timeout check 3s
    default-server check inter 500ms fall 2 rise 3 on-marked-down shutdown-sessions
%(servers)s
"""


def log(msg=""):
    print(msg, flush=True)


def file_pairs(url, n, path):
    """Files n requests through url (4 at once); writes number<TAB>code per
    line for status.lua."""
    class Server:
        pass
    Server.url = url
    pairs, lock = [], threading.Lock()

    def worker(k):
        for _ in range(k):
            for attempt in range(5):
                r = client.file_request(Server, nama="Pemohon Bench Klaster")
                if r.status_code == 303:
                    break
                time.sleep(0.5)
            m = client.NUMBER_RE.match(r.headers.get("Location", ""))
            if not m:
                raise RuntimeError("filing answered %d" % r.status_code)
            with lock:
                pairs.append(m.groups())
    threads = [threading.Thread(target=worker, args=(n // 4,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(path, "w") as f:
        for nomor, kode in pairs:
            f.write("%s\t%s\n" % (nomor, kode))
    return len(pairs)


def gapless(sql, galera):
    """(requests this year, counter, duplicates) on one database node."""
    wait = "SET SESSION wsrep_sync_wait = 1; " if galera else ""
    rows, counter = sql(
        wait + "SELECT (SELECT COUNT(*) FROM permohonan WHERE tahun = YEAR(UTC_TIMESTAMP() "
        "+ INTERVAL 7 HOUR)), (SELECT terakhir FROM nomor_urut WHERE jenis = "
        "'permohonan' AND tahun = YEAR(UTC_TIMESTAMP() + INTERVAL 7 HOUR));")[0]
    dup = sql(wait + "SELECT COUNT(*) - COUNT(DISTINCT nomor) FROM permohonan;")[0][0]
    return int(rows), int(counter), int(dup)


def measure(label, url, workdir, sql, galera=True):
    """Status page and filing through url; sql runs a query on a database
    node (for the gapless check)."""
    d = os.path.join(workdir, "wrk-" + label)
    os.makedirs(d)
    pairs = os.path.join(d, "pairs.tsv")
    t0 = time.time()
    n = file_pairs(url, PAIRS, pairs)
    log("bench-cluster: %-13s %d requests filed for the status pages in %.1fs"
        % (label, n, time.time() - t0))
    w = Wrk(url, d, pairs)
    out = {}
    for name, path, parts in (("status", "/ppid/permohonan/x", ["status.lua"]),
                              ("filing", "/ppid/permohonan", ["filing.lua"])):
        w.run(name + "-warm", path, parts, duration=WARMUP, connections=CONNECTIONS)
        r = w.run(name, path, parts, duration=DURATION, connections=CONNECTIONS)
        out[name] = r
        log("bench-cluster: %-13s %-6s %7.0f req/s  p50 %6.1f ms  p99 %7.1f ms  errors %d%s"
            % (label, name, r["rps"], r["p50_ms"], r["p99_ms"], r["errors"],
               "  (receipts %d, %.0f/s)" % (r["acked"], r["acked"] / (r["duration_us"] / 1e6))
               if name == "filing" else ""))
    time.sleep(1)
    rows, counter, dup = gapless(sql, galera)
    out["gapless"] = rows == counter and dup == 0
    out["rows"], out["counter"], out["duplicates"] = rows, counter, dup
    log("bench-cluster: %-13s numbers this year %d, counter %d, duplicates %d: %s"
        % (label, rows, counter, dup, "gapless" if out["gapless"] else "NOT GAPLESS"))
    return out


def point_webs_at(cluster, port):
    """Both web nodes' pools to the SQL listener on port: new config, a
    graceful restart (new children, new connections)."""
    ep = harness_cluster._Endpoint(port, cluster.dbs[0].password)
    for web in cluster.webs:
        web.db = ep
        web.write_config()
        web.graceful()


def start_multi_proxy(cluster, workdir):
    d = os.path.join(workdir, "haproxy-multi")
    os.makedirs(d)
    port = harness.free_port()
    conf = os.path.join(d, "haproxy.cfg")
    with open(conf, "w") as f:
        f.write(MULTI_CONF % {"dir": d, "port": port, "servers": "\n".join(
            "    server %s 127.0.0.1:%d" % (n.name, n.port) for n in cluster.dbs)})
    proc = subprocess.Popen(["haproxy", "-db", "-f", conf], stdout=subprocess.DEVNULL,
                            stderr=open(os.path.join(d, "stderr.log"), "w"),
                            start_new_session=True)
    harness.wait_for_port(port, proc)
    return proc, port


def wait_until(pred, timeout, what):
    deadline = time.time() + timeout
    while not pred():
        if time.time() > deadline:
            raise RuntimeError("%s not within %ds" % (what, timeout))
        time.sleep(0.05)
    return time.time()


def faults(cluster):
    """SIGKILL of the writer Galera node, then of an Apache node, under
    FAULT_CLIENTS clients filing through HAProxy."""
    res = {}
    burst = test_kegagalan.Burst(cluster.url, FAULT_CLIENTS).start()
    try:
        burst.wait_for_more(FAULT_RECEIPTS)
        victim = test_kegagalan.writer(cluster)
        t_kill = time.time()
        victim.kill()
        t_down = wait_until(lambda: cluster.proxy.stats().get(
            "galera/" + victim.name, "").startswith("DOWN"), 60, "galera node DOWN")
        burst.wait_for_more(FAULT_RECEIPTS)
        t_back0 = time.time()
        victim.start()
        victim.wait_synced(size=3)
        rejoin = time.time() - t_back0
        burst.wait_for_more(FAULT_RECEIPTS)

        web = cluster.webs[0]
        t_kill_web = time.time()
        os.killpg(web.proc.pid, signal.SIGKILL)
        web.proc.wait()
        web.proc = None
        t_web_down = wait_until(lambda: cluster.proxy.stats().get(
            "apache/web1", "").startswith("DOWN"), 60, "web node DOWN")
        burst.wait_for_more(FAULT_RECEIPTS)
        t_web0 = time.time()
        web.start()
        cluster.proxy.wait_status("apache/web1", "UP")
        web_back = time.time() - t_web0
        burst.wait_for_more(FAULT_RECEIPTS)
    finally:
        burst.stop()
    bad = [w for w, _ in burst.refusals] + [w for w, _ in burst.failures]

    def after(t0, t1):
        late = [w - t0 for w in bad if t0 <= w < t1]
        return len(late), max(late, default=0.0)

    n, last = after(t_kill, t_kill_web)
    res["galera"] = {"down_after_s": t_down - t_kill, "refused": n, "recovered_s": last,
                     "rejoin_s": rejoin, "node": victim.name}
    n, last = after(t_kill_web, float("inf"))
    res["apache"] = {"down_after_s": t_web_down - t_kill_web, "refused": n,
                     "recovered_s": last, "back_s": web_back}
    res["receipts"] = len(burst.receipts)
    res["failures_other"] = [f for f in burst.failures if not isinstance(f[1], str)
                             or "503" not in f[1]][:3]
    try:
        test_kegagalan.assert_consistent(cluster, burst.receipts)
        res["consistent"] = "every receipt on every node, numbers 1..n"
    except AssertionError as e:
        res["consistent"] = "NO: %s" % e
    log("bench-cluster: after the faults: %s" % res["consistent"])
    for label in ("galera", "apache"):
        r = res[label]
        log("bench-cluster: kill of %-7s marked down by HAProxy after %.1fs; %d filings "
            "refused or cut, the last %.1fs after the kill; back in %.1fs"
            % ("a Galera node (the writer)" if label == "galera" else "an Apache node",
               r["down_after_s"], r["refused"], r["recovered_s"],
               r.get("rejoin_s", r.get("back_s"))))
    return res


def ratio(a, b):
    return a / b if b else 0.0


def main():
    for tool in ("wrk", "mariadbd", "apache2", "haproxy", "socat"):
        if not shutil.which(tool):
            sys.exit("bench-cluster: %s is missing (make deps installs it)" % tool)
    workdir = tempfile.mkdtemp(prefix="sialip-bench-cluster-")
    os.chmod(workdir, 0o755)
    results = {"loadavg_start": loadavg(), "duration": DURATION,
               "connections": CONNECTIONS}
    log("bench-cluster: workdir %s; wrk -c%d, %ds per scenario; load average %s on %d CPUs"
        % (workdir, CONNECTIONS, DURATION, results["loadavg_start"], os.cpu_count()))
    started = time.time()
    single_db = apache = cluster = multi = None
    try:
        # 1. One Apache, one MariaDB.
        single_dir = os.path.join(workdir, "single")
        single_db = harness.MariaDB(single_dir)
        single_db.install()
        single_db.start()
        single_db.create_app_database()
        apache = harness.Apache(single_dir, single_db)
        apache.start()
        results["single"] = measure("single", apache.url, workdir, single_db.sql,
                                    galera=False)
        apache.stop()
        single_db.stop()
        apache = single_db = None

        # 2. The cluster, single writer (as shipped).
        cluster = harness_cluster.Cluster(os.path.join(workdir, "cluster"))
        t0 = time.time()
        cluster.start()
        log("bench-cluster: cluster up in %.0fs" % (time.time() - t0))
        results["cluster_single_writer"] = measure("single-writer", cluster.url, workdir,
                                                   cluster.dbs[0].sql)

        # 3. Multi-writer: the web nodes' connections over all three nodes.
        multi, multi_port = start_multi_proxy(cluster, workdir)
        point_webs_at(cluster, multi_port)
        results["cluster_multi_writer"] = measure("multi-writer", cluster.url, workdir,
                                                  cluster.dbs[0].sql)
        point_webs_at(cluster, cluster.proxy.sql_port)

        # 4. Faults, single writer.
        results["faults"] = faults(cluster)
    finally:
        if apache:
            apache.stop()
        if single_db:
            single_db.stop()
        if multi:
            multi.terminate()
            multi.wait()
        if cluster:
            cluster.stop()
        if KEEP:
            log("bench-cluster: kept %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    s = results["single"]
    log("")
    log("== cluster / single (one run, %s) ==" % time.strftime("%Y-%m-%d %H:%M UTC",
                                                           time.gmtime()))
    log("%-28s %10s %10s %10s" % ("", "single", "1 writer", "3 writers"))
    rows = [("status page req/s", lambda r: r["status"]["rps"]),
            ("status page p99 ms", lambda r: r["status"]["p99_ms"]),
            ("filings acknowledged/s", lambda r: r["filing"]["acked"]
             / (r["filing"]["duration_us"] / 1e6)),
            ("filing p99 ms", lambda r: r["filing"]["p99_ms"]),
            ("filings refused (errors)", lambda r: r["filing"]["errors"])]
    for name, f in rows:
        log("%-28s %10.1f %10.1f %10.1f" % (name, f(s), f(results["cluster_single_writer"]),
                                            f(results["cluster_multi_writer"])))
    for key, label in (("cluster_single_writer", "1 writer"),
                       ("cluster_multi_writer", "3 writers")):
        c = results[key]
        results[key]["ratio_status"] = ratio(c["status"]["rps"], s["status"]["rps"])
        results[key]["ratio_filing"] = ratio(
            c["filing"]["acked"] / (c["filing"]["duration_us"] / 1e6),
            s["filing"]["acked"] / (s["filing"]["duration_us"] / 1e6))
        log("ratio %-9s / single: status page %.2f, filing %.2f; numbers %s"
            % (label, c["ratio_status"], c["ratio_filing"],
               "gapless" if c["gapless"] else "NOT gapless"))
    results["seconds"] = time.time() - started
    results["loadavg_end"] = loadavg()
    log("bench-cluster: %.0fs; load average at the end %s" % (results["seconds"],
                                                              results["loadavg_end"]))
    if os.environ.get("BENCH_JSON"):
        with open(os.environ["BENCH_JSON"], "w") as f:
            json.dump(results, f, indent=1, default=str)


if __name__ == "__main__":
    main()
