#!/usr/bin/python3
"""The public status page's first view, statement by statement and in CPU:
what `status_render` of `make bench` measures, on any tree.

    python3 tests/bench/status_ukur.py [TREE]

TREE is a source tree with `make all` and the bench's trivial handler
built (default: this one); its own harness, data generator and bench
Apache are used, so an older commit is measured with the code of its day.
With `SialipStatusCache none` (every view rendered) it:

1. traces STATUS_TRACE views (default 12, different requests of the
   bench's pair list, one at a time) with MariaDB's general log, runs each
   SELECT again with the slow log at long_query_time 0 and prints each
   view's statements with their rows examined and time, then the
   statements per view;
2. runs wrk over the pair list for STATUS_SECONDS (default 10; 0: no run)
   and prints requests/s, Apache and MariaDB CPU per view and statements
   per view (as `make bench` does).

STATUS_REQUESTS (default 100000): requests in the data set.  Not part of
`make test`.
"""
import collections
import os
import re
import sys
import time

TREE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1
                       else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                         "..", ".."))
N_REQUESTS = int(os.environ.get("STATUS_REQUESTS", "100000"))
N_TRACE = int(os.environ.get("STATUS_TRACE", "12"))
SECONDS = int(os.environ.get("STATUS_SECONDS", "10"))
sys.path[:0] = [os.path.join(TREE, "tests", "bench"), os.path.join(TREE, "tests")]

import harness  # noqa: E402
import gen_data  # noqa: E402
import run_bench  # noqa: E402
import ukur  # noqa: E402

requests = run_bench.requests


# The code in its cookie (as status.lua sends it), or, on trees from
# before the cookie (e6d50a9), in the URL: found by the first view.
IN_URL = []


def view(base, nomor, kode):
    url = base + "/ppid/permohonan/" + nomor
    if IN_URL:
        r = requests.get(url, params={"kode": kode}, timeout=60)
    else:
        r = requests.get(url, cookies={"sialip_kode_" + nomor: kode}, timeout=60)
    if r.status_code != 200:
        raise RuntimeError("%s: %d" % (nomor, r.status_code))
    return len(r.content)


def short(sql):
    sql = re.sub(r"\s+", " ", sql)
    return sql if len(sql) <= 150 else sql[:147] + "..."


def logged(db, table, marks_from):
    """(command, text) of the statements in mysql.<table> since the log was
    emptied, split into lists by the markers, marks_from their prefix."""
    rows = db.sql("SELECT command_type, REPLACE(REPLACE(CONVERT(argument USING utf8mb4), "
                  "'\\n', ' '), '\\t', ' ') FROM mysql.%s ORDER BY event_time;" % table)
    parts, cur = [], []
    for kind, arg in rows:
        if marks_from in arg:
            parts.append(cur)
            cur = []
        elif kind in ("Execute", "Query") and "general_log" not in arg:
            cur.append(re.sub(r"\s+", " ", arg))
    return parts


def with_arguments(db, sql, nomor):
    """The statement with its placeholders filled for request nomor (the
    general log shows the prepared text): a number, the request's or its
    notice's id, the code's hash as stored."""
    rid = "(SELECT id FROM permohonan WHERE nomor = '%s')" % nomor
    values = {"nomor": "'%s'" % nomor, "objek_id": "'%s'" % nomor,
              "pemberitahuan_id": "(SELECT id FROM pemberitahuan WHERE permohonan_id = %s)"
              % rid}
    sql = sql.replace("SHA2(?, 256)", "(SELECT kode_hash FROM permohonan WHERE nomor = '%s')"
                      % nomor)
    out, rest = "", sql
    while "?" in rest:
        head, rest = rest.split("?", 1)
        m = re.search(r"(\w+) = $", head)
        col = m.group(1) if m else ""
        out += head + values.get(col, rid)
    return out + rest


def trace(db, base, pairs):
    """The statements of each view from the general log (prepared
    executions, with their arguments), split by a marker query sent after
    each view; then each SELECT run again as a plain query with the slow
    log at long_query_time 0 for its rows examined and time (the slow log
    does not record the pool's prepared executions)."""
    db.sql("SET GLOBAL log_output = 'TABLE'; TRUNCATE mysql.general_log; "
           "SET GLOBAL general_log = 1;")
    sizes = []
    for i, (nomor, kode) in enumerate(pairs):
        sizes.append(view(base, nomor, kode))
        db.sql("SELECT 'status-mark-%d';" % i)
    db.sql("SET GLOBAL general_log = 0;")
    texts = logged(db, "general_log", "status-mark-")
    db.sql("SET GLOBAL long_query_time = 0; SET GLOBAL log_slow_filter = ''; "
           "TRUNCATE mysql.slow_log; SET GLOBAL slow_query_log = 1;")
    for i, stmts in enumerate(texts):
        for sql in stmts:
            if sql.lstrip().upper().startswith("SELECT"):
                try:
                    db.sql(with_arguments(db, sql, pairs[i][0]) + ";")
                except run_bench.subprocess.CalledProcessError as e:
                    print("not run again (%s): %s" % (e.stderr.strip(), short(sql)))
            db.sql("SELECT 'again-mark';")
    db.sql("SET GLOBAL slow_query_log = 0;")
    rows = db.sql("SELECT TIME_TO_SEC(query_time) * 1e6, rows_examined, rows_sent, "
                  "REPLACE(REPLACE(CONVERT(sql_text USING utf8mb4), '\\n', ' '), "
                  "'\\t', ' ') FROM mysql.slow_log ORDER BY start_time;")
    cost, cur = [], None
    for us, examined, sent, sql in rows:
        if "again-mark" in sql:
            cost.append(cur or (0.0, 0, 0))
            cur = None
        elif "slow_query_log" not in sql and "slow_log" not in sql:
            cur = (float(us), int(examined), int(sent))
    views, k = [], 0
    for stmts in texts:
        views.append([cost[k + j] + (sql,) for j, sql in enumerate(stmts)])
        k += len(stmts)
    by_text = collections.defaultdict(list)
    for i, stmts in enumerate(views):
        print("view %d (%s, %d bytes): %d statements, %d rows examined, %.0f us"
              % (i + 1, pairs[i][0], sizes[i], len(stmts), sum(s[1] for s in stmts),
                 sum(s[0] for s in stmts)))
        for us, examined, sent, sql in stmts:
            print("  %7.0f us %5d ex %4d sent  %s" % (us, examined, sent, short(sql)))
            # The statement's shape: its literals taken out.
            key = re.sub(r"'[^']*'|\b\d+\b", "?", short(sql))
            by_text[key].append((us, examined))
    n = max(len(views), 1)
    print("per view: %.1f statements, %.0f rows examined, %.0f us in MariaDB "
          "(slow log's query_time), %.0f bytes"
          % (sum(len(v) for v in views) / n,
             sum(s[1] for v in views for s in v) / n,
             sum(s[0] for v in views for s in v) / n, sum(sizes) / n))
    print("by statement (views that ran it, mean us, mean rows examined):")
    for key, xs in sorted(by_text.items(), key=lambda kv: -len(kv[1])):
        print("  %3d  %6.0f us %6.1f ex  %s" % (len(xs), sum(x[0] for x in xs) / len(xs),
                                                 sum(x[1] for x in xs) / len(xs), key))


def main():
    keep = os.environ.get("STATUS_KEEP") == "1"
    with ukur.bench_servers((harness, gen_data, run_bench), "sialip-status-", N_REQUESTS,
                            keep) as (workdir, db, apache, pairs_path):
        base = apache.url
        with open(pairs_path) as f:
            pairs = [line.split() for line in f if line.strip()]
        apache.reconfigure("SialipStatusCache none\n")
        print("tree %s, load average %s" % (TREE, run_bench.loadavg()), flush=True)
        # Every child's pool open, the buffer pool read (not measured).
        w = run_bench.Wrk(base, workdir, pairs_path)
        try:
            view(base, *pairs[0])
        except RuntimeError:
            IN_URL.append(1)
        w.run("warm", "/ppid/permohonan/" + pairs[0][0], ["status.lua"], duration=3)
        step = max(1, len(pairs) // max(N_TRACE, 1))
        trace(db, base, pairs[::step][:N_TRACE])
        if SECONDS:
            s0 = run_bench.executed_statements(db)
            d = w.run("status_render", "/ppid/permohonan/" + pairs[0][0], ["status.lua"],
                      duration=SECONDS,
                      cpu_of=(apache.children(), [db.proc.pid]))
            s1 = run_bench.executed_statements(db)
            print("status_render: %.0f req/s, %d errors, Apache %.2f ms + MariaDB %.2f ms "
                  "CPU a view, %.1f statements a view (load average %s)"
                  % (d["rps"], d["errors"], d["apache_cpu_ms"], d["db_cpu_ms"],
                     (s1 - s0) / max(d["requests"], 1), run_bench.loadavg()), flush=True)


if __name__ == "__main__":
    main()
