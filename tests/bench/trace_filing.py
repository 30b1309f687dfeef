#!/usr/bin/env python3
"""The statements one filing runs, in order, from MariaDB's general log.

Starts a private MariaDB and Apache (tests/harness.py, the tree this file
is in, the modules of its build/ or of SIALIP_BUILD_DIR), files a request
once to open the pool, then files TRACE_FILINGS more one at a time with the
general log on and prints the statements of each (prepared executions and
plain queries: BEGIN, COMMIT), then their number per filing.

    python3 tests/bench/trace_filing.py              # as the bench files
    TRACE_FORM=profil python3 tests/bench/trace_filing.py
    TRACE_FORM=urlencoded python3 tests/bench/trace_filing.py   # no document

TRACE_FORM: "bench" (the form of lua/filing.lua: multipart with the
identity document, no profile), "profil" (the same with the coded
occupation, gender, kecamatan and two special needs), "urlencoded" (the
bench's form before the identity document was required).
"""
import os
import re
import shutil
import sys
import tempfile
import urllib.parse

import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import harness  # noqa: E402

FORM = [
    ("jenis_pemohon", "perorangan"), ("nama", "Siti Aminah (bench)"),
    ("nik", "3604011234567890"), ("nomor_badan_hukum", ""),
    ("alamat", "Jl. Raya Serang No. 1, Kec. Ciruas, Kabupaten Serang"),
    ("telepon", "0812-3456-7890"), ("email", "siti@example.id"),
    ("pekerjaan", "Guru"),
    ("rincian", "Rincian anggaran pendidikan tahun 2026 per kecamatan (uji beban)"),
    ("tujuan", "Bahan penelitian"), ("cara_memperoleh", "salinan_softcopy"),
    ("cara_salinan", "email"),
]
PROFIL = [
    ("pekerjaan_kode", "pns"), ("jenis_kelamin", "perempuan"),
    ("kecamatan", "ciruas"), ("kebutuhan_huruf_besar", "1"),
    ("kebutuhan_audio", "1"),
]
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01"
       b"\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8"
       b"\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


def file_once(url, kind):
    if kind == "urlencoded":
        return requests.post(url + "/ppid/permohonan", data=urllib.parse.urlencode(FORM),
                             headers={"Content-Type": "application/x-www-form-urlencoded"},
                             allow_redirects=False, timeout=60)
    fields = [(k, (None, v)) for k, v in FORM + (PROFIL if kind == "profil" else [])]
    fields.append(("identitas", ("ktp.png", PNG, "image/png")))
    return requests.post(url + "/ppid/permohonan", files=fields, allow_redirects=False,
                         timeout=60)


def main():
    kind = os.environ.get("TRACE_FORM", "bench")
    n = int(os.environ.get("TRACE_FILINGS", "3"))
    work = tempfile.mkdtemp(prefix="sialip-trace-")
    os.chmod(work, 0o755)     # Apache's children reach the upload store
    db = harness.MariaDB(work)
    db.install()
    db.start()
    apache = None
    try:
        db.create_app_database()
        # One child, so every filing meets an open pool.
        try:
            apache = harness.Apache(work, db, extra_conf="StartServers 1\n")
        except TypeError:       # an older tree's harness (a baseline's trace)
            apache = harness.Apache(work, db)
        apache.start()
        for _ in range(2):
            r = file_once(apache.url, kind)
            assert r.status_code == 303, (r.status_code, r.text[:2000])
        db.sql("TRUNCATE mysql.general_log; SET GLOBAL log_output = 'TABLE'; "
               "SET GLOBAL general_log = 1;")
        for i in range(n):
            r = file_once(apache.url, kind)
            assert r.status_code == 303, (r.status_code, r.text[:2000])
            db.sql("SELECT 'trace-mark-%d';" % i)
        db.sql("SET GLOBAL general_log = 0;")
        rows = db.sql("SELECT command_type, REPLACE(REPLACE(CONVERT(argument USING utf8mb4), "
                      "'\\n', ' '), '\\t', ' ') FROM mysql.general_log "
                      "ORDER BY event_time, thread_id;")
        filings, current = [], []
        for kind_, arg in rows:
            if "trace-mark-" in arg:
                filings.append(current)
                current = []
            elif kind_ in ("Execute", "Query") and "general_log" not in arg \
                    and not arg.startswith("SELECT 'trace-mark"):
                # The log shows a trigger's statements too (not sent).
                current.append(("trigger" if "NEW." in arg else kind_,
                                re.sub(r"\s+", " ", arg)))
        for i, stmts in enumerate(filings):
            print("filing %d: %d statements sent (%d prepared)"
                  % (i + 1, sum(1 for k, _ in stmts if k != "trigger"),
                     sum(1 for k, _ in stmts if k == "Execute")))
            for k, arg in stmts:
                print("  %-7s %s" % (k, arg[:220]))
    finally:
        if apache:
            apache.stop()
        db.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
