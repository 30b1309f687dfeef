#!/usr/bin/python3
"""The computed annual report alone, measured as `make bench` does but with
the server's CPU split out: Apache CPU, MariaDB CPU, statements, wall time
and, where the heavy pages pace their statements (SialipHeavyPause), the
time the computing thread slept, from the module's own log line.

    python3 tests/bench/laporan_ukur.py [TREE] [-- "conf lines" ...]

TREE is a source tree with `make all` and the bench's trivial handler
built (default: this one); its own harness, data generator and bench
Apache are used, so an older commit is measured with the code of its day.
Each further argument is a configuration to measure after the default one
(directive lines, e.g. "SialipHeavyPause 0"), in new children, on the same
data.  LAPORAN_RUNS (default 5) reports each; LAPORAN_REQUESTS (default
100000) requests in the data set; LAPORAN_PERF=PREFIX records perf
profiles of the children and MariaDB (PREFIX.0, PREFIX.1, ... by
configuration).  Not part of `make test`.
"""
import os
import re
import statistics
import sys
import time

TREE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "--"
                       else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                         "..", ".."))
CONFIGS = [""] + (sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else [])
RUNS = int(os.environ.get("LAPORAN_RUNS", "5"))
N_REQUESTS = int(os.environ.get("LAPORAN_REQUESTS", "100000"))
sys.path[:0] = [os.path.join(TREE, "tests", "bench"), os.path.join(TREE, "tests")]

import harness  # noqa: E402
import gen_data  # noqa: E402
import run_bench  # noqa: E402
import ukur  # noqa: E402

PATH = "/ppid/laporan/2025.xml"
# sl_heavythread.c's line (SL_LOGNO 00092): its pauses and their sum.
PAUSED = re.compile(r"heavy page /ppid/laporan/2025\.xml computed in (\d+) ms, "
                    r"of which (\d+) pauses (\d+) ms")


def measure(apache, db, base):
    """One computed report: (wall s, Apache CPU s, MariaDB CPU s,
    statements, bytes, pauses, paused ms or None)."""
    # A write through the server first: the report is computed, not sent
    # from the heavy pages' cache, as in run_bench.py (a filing; a tree
    # older than run_bench.write_through takes a login, which counted then).
    getattr(run_bench, "write_through", lambda b: run_bench.login(b, gen_data.UTAMA))(base)
    anon = run_bench.requests.Session()
    log_at = len(apache.log())
    kids = apache.children()
    a0, m0 = run_bench.cpu_seconds(kids), run_bench.cpu_seconds([db.proc.pid])
    s0 = run_bench.executed_statements(db)
    t0 = time.time()
    r = anon.get(base + PATH, timeout=300)
    wall = time.time() - t0
    a1, m1 = run_bench.cpu_seconds(kids), run_bench.cpu_seconds([db.proc.pid])
    s1 = run_bench.executed_statements(db)
    if r.status_code != 200:
        raise RuntimeError("report: %d" % r.status_code)
    m = None
    deadline = time.time() + 10
    while m is None and time.time() < deadline:     # the line follows the body
        m = PAUSED.search(apache.log()[log_at:])
        if m is None:
            time.sleep(0.05)
    return (wall, a1 - a0, m1 - m0, s1 - s0, len(r.content),
            int(m.group(2)) if m else 0, int(m.group(3)) if m else None)


def main():
    keep = os.environ.get("LAPORAN_KEEP") == "1"
    with ukur.bench_servers((harness, gen_data, run_bench), "sialip-laporan-", N_REQUESTS,
                            keep) as (_, db, apache, _):
        base = apache.url
        print("tree %s, load average %s" % (TREE, run_bench.loadavg()), flush=True)
        for extra in CONFIGS:
            if extra:
                apache.reconfigure(extra.replace("\\n", "\n") + "\n")
            # One warm-up: the children's first report pays for their pool
            # and the buffer pool's first reads.
            measure(apache, db, base)
            prof = None
            if os.environ.get("LAPORAN_PERF"):
                # perf over the children (and MariaDB) during the measured runs.
                prof = run_bench.subprocess.Popen(
                    ["perf", "record", "-q", "-F", "499", "-g", "-o",
                     "%s.%d" % (os.environ["LAPORAN_PERF"], CONFIGS.index(extra)),
                     "-p", ",".join(str(p) for p in apache.children() + [db.proc.pid])],
                    stdout=run_bench.subprocess.DEVNULL, stderr=run_bench.subprocess.DEVNULL)
                time.sleep(1)
            rows = [measure(apache, db, base) for _ in range(RUNS)]
            if prof:
                prof.send_signal(2)
                prof.wait()
            med = lambda i: statistics.median(x[i] for x in rows)
            print("config %r: %d runs, %d bytes, %d statements" % (
                extra or "default", RUNS, rows[0][4], med(3)))
            for x in rows:
                print("  wall %.3f s  Apache %.3f s  MariaDB %.3f s  statements %d%s" % (
                    x[0], x[1], x[2], x[3], "" if x[6] is None
                    else "  pauses %d, %.3f s" % (x[5], x[6] / 1000.0)))
            paused = [x[6] for x in rows if x[6] is not None]
            print("  median: wall %.3f s, Apache %.3f s, MariaDB %.3f s%s" % (
                med(0), med(1), med(2),
                ", paced %.3f s" % (statistics.median(paused) / 1000.0) if paused else ""),
                flush=True)


if __name__ == "__main__":
    main()
