"""Demo data for `make run`: a service that has been running for a while,
so that a newcomer sees what the pages are for, and one user per role.

The history comes from the benchmark generator (tests/bench/gen_data.py),
small: requests since January 2025 over every channel, kind of applicant
and OPD, answered with each of the six outcomes (some late, some still
open, a few extended), with their dispositions, notices, objections and
audit rows; published DIP entries and exempt information; innovations with
their design indicators and monitoring reports; then (scripts/demo_layanan.py)
answered requests in the public archive, satisfaction-survey answers and one
conversation with a request for clarification.  It is loaded once, into
an empty database; SIALIP_DEMO=0 starts without it.

The users get a new password at every start (printed then, never stored
in the repository); each can do what its role does, nothing more."""
import os
import secrets
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, os.path.join(ROOT, "tests", "bench"))
import harness  # noqa: E402

# username: (what the person is, roles, OPD kode)
USERS = {
    "admin": ("Administrator", ["admin"], None),
    "ppid.utama": ("PPID Utama (meja layanan)", ["ppid_utama"], None),
    "atasan.ppid": ("Atasan PPID (keberatan)", ["atasan_ppid"], None),
    "pelaksana.dinkes": ("PPID Pelaksana Dinas Kesehatan", ["ppid_pelaksana"], "dinkes"),
    "inovasi.dinkes": ("Petugas inovasi Dinas Kesehatan", ["opd_inovasi"], "dinkes"),
    "bappeda": ("Evaluator Bappeda", ["evaluator"], None),
    "bupati": ("Pimpinan daerah (Bupati)", ["pimpinan"], None),
}


def wanted():
    return os.environ.get("SIALIP_DEMO", "1") != "0"


def load_history(db, log=print):
    """Loads the history into an empty database; False when it already
    holds requests (a database of an earlier run is kept as it is)."""
    if int(db.sql("SELECT COUNT(*) FROM permohonan;")[0][0]) > 0:
        return False
    import gen_data
    gen_data.generate(db.socket, requests=1500, dip=120, inovasi=60, seed=2026,
                      log=lambda *a: None)
    import demo_layanan
    demo_layanan.load(db.socket, log=log)
    log("Demo data: %s permohonan, %s entri DIP, %s inovasi." % tuple(
        db.sql("SELECT (SELECT COUNT(*) FROM permohonan), (SELECT COUNT(*) FROM dip), "
               "(SELECT COUNT(*) FROM inovasi);")[0]))
    return True


def reset_users(db, users=USERS):
    """Gives every demo user a fresh password (creating the user when
    missing) and ends its sessions; returns {username: password}."""
    esc = lambda s: s.replace("'", "''")  # noqa: E731 (names above only)
    passwords = {}
    for name, (title, roles, opd) in users.items():
        password = secrets.token_urlsafe(12)
        if db.sql("SELECT COUNT(*) FROM pengguna WHERE username = '%s';" % esc(name))[0][0] \
                == "0":
            harness.add_user(db, name, password, title, roles, opd_kode=opd)
        else:
            db.sql("UPDATE pengguna SET password_hash = '%s', aktif = 1 WHERE username = '%s';"
                   % (harness.bcrypt_hash(password), esc(name)))
            db.sql("DELETE FROM sesi WHERE pengguna_id = (SELECT id FROM pengguna WHERE "
                   "username = '%s');" % esc(name))
        passwords[name] = password
    return passwords


def conversation(db):
    """The demo conversation's request with a fresh tracking code, as a
    line for the banner ("" when there is none)."""
    import demo_layanan
    pair = demo_layanan.kode_percakapan(db.socket)
    if not pair:
        return ""
    return ("  Percakapan contoh  /ppid/lacak dengan nomor %s dan kode %s\n" % pair)


def banner(passwords, users=USERS):
    width = max(len(n) for n in passwords)
    return "\n".join("      %-*s  %-18s  %s" % (width, name, passwords[name], users[name][0])
                     for name in passwords)
