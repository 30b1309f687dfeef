#!/usr/bin/python3
"""sqlmap against SIALIP: every public form and query parameter, and the
staff pages that take query parameters, on a private MariaDB and Apache
started the way the tests start them (tests/harness.py), on 127.0.0.1 only.

Exits 0 when sqlmap finished every target and found nothing injectable; 1
when any parameter is injectable or a target could not be tested; 2 on a
setup failure.  Run through tests/security/sqlmap.sh (`make sqlmap`).

Environment:
  SQLMAP_TOTAL_SECONDS   time for all targets together (default 2400)
  SQLMAP_ONLY            comma-separated target names to run (default all)
  SQLMAP_KEEP            keep the work directory (servers, sqlmap output)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import harness  # noqa: E402
from client import csrf_of, filed, login, valid_form  # noqa: E402

import requests  # noqa: E402

SQLMAP = shutil.which("sqlmap") or "/usr/bin/sqlmap"
TOTAL_SECONDS = int(os.environ.get("SQLMAP_TOTAL_SECONDS", "2400"))
USERNAME = "sqlmap.admin"
# The login target's own account: a login ends the user's other sessions,
# so the scan's staff session must belong to another user.
MASUK_USERNAME = "sqlmap.masuk"
PASSWORD = "kata-sandi-sqlmap-123"
# Throttling would answer 429 to sqlmap's thousands of "failed" lookups
# and logins and hide what the handlers do.
NO_LIMIT = 1000000

SQLMAP_OPTIONS = [
    "--batch", "--level", "2", "--risk", "1", "--technique", "BEUST",
    "--dbms", "MySQL", "--timeout", "10", "--retries", "1", "--time-sec", "3",
    "--flush-session", "--disable-coloring", "--skip-waf",
    "--ignore-code", "401,403,404,422,429",
]


# The filing form is multipart with an identity document (required): a
# small PDF, text enough to pass on sqlmap's command line.
BOUNDARY = "sqlmapSialipBatas7MA4"
PDF = "%PDF-1.4\r\n1 0 obj << >> endobj\r\ntrailer << >>\r\n%%EOF"


def multipart(fields):
    parts = []
    for name, value in fields.items():
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
                     % (BOUNDARY, name, value))
    parts.append('--%s\r\nContent-Disposition: form-data; name="identitas"; '
                 'filename="ktp.pdf"\r\nContent-Type: application/pdf\r\n\r\n%s\r\n'
                 % (BOUNDARY, PDF))
    return "".join(parts) + "--%s--\r\n" % BOUNDARY


def content_type(data):
    if data.startswith("--" + BOUNDARY):
        return "multipart/form-data; boundary=" + BOUNDARY
    return "application/x-www-form-urlencoded"


def targets(number, code, csrf, opd_id, year):
    """(name, method, path with query, POST data or None, staff?)."""
    n, k = number, urllib.parse.quote(code)
    form = multipart(valid_form())
    return [
        # Public.
        ("permohonan-ajukan", "POST", "/ppid/permohonan", form, False),
        ("lacak", "GET", "/ppid/lacak?nomor=%s&kode=%s" % (n, k), None, False),
        ("lacak-kirim", "POST", "/ppid/lacak", "nomor=%s&kode=%s" % (n, k), False),
        ("permohonan-lihat", "GET", "/ppid/permohonan/%s?kode=%s" % (n, k), None, False),
        ("permohonan-lihat-nomor", "GET", "/ppid/permohonan/%s*?kode=%s" % (n, k), None, False),
        ("permohonan-xml-nomor", "GET", "/ppid/permohonan/%s*.xml?kode=%s" % (n, k), None, False),
        ("masuk", "POST", "/ppid/masuk",
         urllib.parse.urlencode({"username": MASUK_USERNAME, "password": PASSWORD}), False),
        ("masuk-kembali", "GET", "/ppid/masuk?kembali=%2Fppid%2Fadmin%2F", None, False),
        ("keberatan-formulir", "GET", "/ppid/permohonan/%s/keberatan?kode=%s" % (n, k), None, False),
        ("keberatan-ajukan", "POST", "/ppid/permohonan/%s/keberatan?kode=%s" % (n, k),
         "alasan=a&uraian=Informasi+tidak+diberikan", False),
        ("keberatan-lihat", "GET", "/ppid/keberatan/K-%s-0001*?kode=%s" % (year, k), None, False),
        ("keberatan-berkala", "POST", "/ppid/keberatan/baru",
         "jenis_pemohon=perorangan&nama=Uji&nik=3604011234567890&alamat=Jl.+Uji&telepon="
         "081200000000&pekerjaan=Guru&rincian=Laporan+keuangan&tujuan=Uji&uraian=Tidak+ada",
         False),
        ("pemberitahuan", "GET", "/ppid/permohonan/%s/pemberitahuan?kode=%s" % (n, k), None, False),
        ("dip", "GET", "/ppid/dip?q=anggaran&kategori=berkala&opd=%s&tahun=%s&halaman=1"
         % (opd_id, year), None, False),
        ("dip-berkas", "GET", "/ppid/dip/1*/berkas", None, False),
        ("inovasi-etalase", "GET", "/inovasi/?opd=%s&tahun=%s&bentuk=digital" % (opd_id, year),
         None, False),
        ("inovasi-profil", "GET", "/inovasi/1*", None, False),
        ("inovasi-ekspor", "GET", "/inovasi/ekspor.xml?tahun=%s" % year, None, False),
        ("kepatuhan", "GET", "/ppid/kepatuhan?tahun=%s" % year, None, False),
        # Staff, with the session cookie (sqlmap tests the cookie too).
        ("admin-permohonan", "GET",
         "/ppid/admin/permohonan?status=diterima&opd=%s&kanal=web&tahun=%s&halaman=1"
         % (opd_id, year), None, True),
        ("admin-permohonan-nomor", "GET", "/ppid/admin/permohonan/%s*" % n, None, True),
        ("admin-dip", "GET", "/ppid/admin/dip?status=draf&q=anggaran&kategori=berkala"
         "&opd=%s&tahun=%s&halaman=1&pesan=disimpan" % (opd_id, year), None, True),
        ("admin-keberatan", "GET", "/ppid/admin/keberatan?status=diterima", None, True),
        ("admin-register", "GET", "/ppid/admin/register/permohonan?tahun=%s&opd=%s"
         "&bulan_dari=1&bulan_sampai=12&halaman=1" % (year, opd_id), None, True),
        ("admin-libur", "GET", "/ppid/admin/libur?tahun=%s&pesan=disimpan" % year, None, True),
        ("inovasi-dasbor", "GET", "/inovasi/dasbor?tahun=%s" % year, None, True),
        ("inovasi-admin", "GET", "/inovasi/admin/?tahun=%s" % year, None, True),
        # Staff forms, with the session's CSRF token (not itself tested).
        ("admin-libur-tambah", "POST", "/ppid/admin/libur",
         "tanggal=%s-12-30&jenis=cuti_bersama&nama=Cuti+bersama&dasar_hukum=SKB+3+Menteri"
         "&libur=1&csrf=%s" % (year, csrf), True),
        ("admin-opd-tambah", "POST", "/ppid/admin/opd",
         "kode=dinas-uji&nama=Dinas+Uji&singkatan=DU&csrf=%s" % csrf, True),
    ]


def baseline(server, method, path, data, cookie):
    """The status the target answers before the scan (no redirect followed);
    a staff target must not send the session to the login page."""
    url = server.url + path.replace("*", "")
    headers = {"Cookie": cookie} if cookie else {}
    if data is not None:
        headers["Content-Type"] = content_type(data)
    r = requests.request(method, url, headers=headers, data=data,
                         allow_redirects=False, timeout=30)
    if cookie and r.status_code in (302, 303) and "/masuk" in r.headers.get("Location", ""):
        raise RuntimeError("%s %s: the staff session is not accepted" % (method, path))
    return r.status_code


INJECTABLE = re.compile(r"sqlmap identified the following injection point|"
                        r"parameter '[^']*' (?:is|appears to be) '[^']*' injectable|"
                        r"is vulnerable\. Do you want to keep testing")
CLEAN = re.compile(r"all tested parameters do not appear to be injectable|"
                   r"do not appear to be injectable")


def run_sqlmap(server, name, method, path, data, cookie, csrf, outdir, seconds):
    cmd = [SQLMAP, "-u", server.url + path, "--output-dir", outdir] + SQLMAP_OPTIONS
    if data is not None:
        cmd += ["--data", data, "--method", method]
        if data.startswith("--" + BOUNDARY):
            cmd += ["--headers", "Content-Type: " + content_type(data)]
    if cookie:
        cmd += ["--cookie", cookie]
    if csrf and data is not None and "csrf=" in data:
        cmd += ["--skip", "csrf"]
    start = time.time()
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=seconds)
        out, timed_out = proc.stdout + proc.stderr, False
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) \
            else (e.stdout or "")
        timed_out = True
    with open(os.path.join(outdir, "sqlmap.out"), "w") as f:
        f.write(" ".join(cmd) + "\n\n" + out)
    # sqlmap writes found injection points to <output-dir>/<host>/log.
    found_log = ""
    host_log = os.path.join(outdir, "127.0.0.1", "log")
    if os.path.exists(host_log):
        with open(host_log) as f:
            found_log = f.read().strip()
    # A multipart form's fields are "(custom) POST parameter 'MULTIPART x'".
    tested = sorted(set(re.findall(r"testing if ((?:\(custom\) )?\S+ parameter '[^']+') "
                                   r"is dynamic", out)
                        + re.findall(r"heuristic \(basic\) test shows that ((?:\(custom\) )?"
                                     r"\S+ parameter '[^']+')", out)))
    if INJECTABLE.search(out) or found_log:
        verdict = "INJECTABLE"
    elif timed_out:
        verdict = "TIMEOUT"
    elif CLEAN.search(out):
        verdict = "clean"
    else:
        verdict = "NOT TESTED"
    return verdict, time.time() - start, tested, found_log


def main():
    if not os.path.exists(SQLMAP):
        print("sqlmap is not installed (apt-get install sqlmap, or make deps)")
        return 2
    workdir = tempfile.mkdtemp(prefix="sialip-sqlmap-")
    os.chmod(workdir, 0o755)
    db = harness.MariaDB(workdir)
    server = harness.Apache(workdir, db, login_limit=NO_LIMIT, lookup_limit=NO_LIMIT)
    results = []
    try:
        db.install()
        db.start()
        db.create_app_database()
        server.start()
        harness.add_user(db, USERNAME, PASSWORD, "Admin Sqlmap",
                         ["admin", "ppid_utama", "pimpinan"], cost=4)
        harness.add_user(db, MASUK_USERNAME, PASSWORD, "Masuk Sqlmap", ["pimpinan"], cost=4)
        number, code, _ = filed(server)
        year = number.split("-")[0]
        staff = login(server, USERNAME, PASSWORD)
        cookie = "%s=%s" % ("sialip_sesi", staff.cookies.get("sialip_sesi"))
        csrf = csrf_of(staff.get(server.url + "/ppid/admin/", timeout=10).text)
        opd_id = db.sql("SELECT id FROM opd ORDER BY id LIMIT 1;")[0][0]
        print("sqlmap: Apache %s, request %s, staff session and CSRF token ready"
              % (server.url, number))

        only = [s for s in os.environ.get("SQLMAP_ONLY", "").split(",") if s]
        deadline = time.time() + TOTAL_SECONDS
        for name, method, path, data, needs_staff in targets(number, code, csrf,
                                                             opd_id, year):
            if only and name not in only:
                continue
            use_cookie = cookie if needs_staff else None
            status = baseline(server, method, path, data, use_cookie)
            left = deadline - time.time()
            if left < 30:
                results.append((name, "TIMEOUT", 0, [], ""))
                print("  %-24s TIMEOUT: no time left (SQLMAP_TOTAL_SECONDS)" % name)
                continue
            outdir = os.path.join(workdir, "sqlmap", name)
            os.makedirs(outdir)
            verdict, took, tested, found = run_sqlmap(
                server, name, method, path, data, use_cookie,
                csrf if needs_staff else None, outdir, left)
            if needs_staff and status in (401, 403):
                verdict = "FORBIDDEN"      # sqlmap saw only the refusal page
            if needs_staff and staff.get(server.url + "/ppid/admin/", allow_redirects=False,
                                         timeout=10).status_code != 200:
                verdict = "SESSION LOST"   # the rest of the scan would see the login page
            results.append((name, verdict, took, tested, found))
            print("  %-24s %-10s %4.0fs  [%d] %s" % (name, verdict, took, status,
                                                      ", ".join(tested) or "-"))
            if found:
                print("    " + found.replace("\n", "\n    "))
            sys.stdout.flush()
    except Exception as e:  # setup failure: say what, keep the logs
        print("sqlmap: setup failed: %s" % e)
        print(server.log()[-3000:])
        os.environ["SQLMAP_KEEP"] = "1"
        return 2
    finally:
        server.stop()
        db.stop()
        bad = [r for r in results if r[1] != "clean"]
        if bad or os.environ.get("SQLMAP_KEEP"):
            print("sqlmap: output kept in %s/sqlmap" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    bad = [r for r in results if r[1] != "clean"]
    print("sqlmap: %d targets, %d clean, %d injectable, %d not fully tested"
          % (len(results), len(results) - len(bad),
             sum(1 for r in results if r[1] == "INJECTABLE"),
             sum(1 for r in results if r[1] not in ("clean", "INJECTABLE"))))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
