#!/usr/bin/python3
"""`make run`: a private MariaDB (data kept in .run/ under the project) and
Apache with both modules on 127.0.0.1:8080, demo data (scripts/demo.py;
SIALIP_DEMO=0 starts empty, with the admin alone) and one user per role
with fresh passwords printed once; stays in the foreground until Ctrl-C.

Started as root, Apache's children run as www-data, and a clone may sit
under a folder they cannot enter (new home folders on Debian 12 are 0700,
/root is too).  Everything but the upload store is read by the parent
(root) only, so the store alone lives outside the clone, in
/var/lib/sialip-run/<a hash of the clone's path>/berkas, owned by
www-data; .run/berkas points to it.  Started as another user, the children
are that user and the store stays in .run/berkas."""
import hashlib
import os
import shutil
import signal
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import harness  # noqa: E402
import demo  # noqa: E402

PORT = int(os.environ.get("SIALIP_PORT", "8080"))
DB_PORT = int(os.environ.get("SIALIP_DB_PORT", "3307"))
STORES = "/var/lib/sialip-run"


def upload_store(workdir):
    """The upload store's path, made reachable by Apache's children."""
    here = os.path.join(workdir, "berkas")
    if not harness.IS_ROOT:
        return here
    key = hashlib.sha256(os.path.realpath(ROOT).encode()).hexdigest()[:16]
    store = os.path.join(STORES, key, "berkas")
    os.makedirs(store, exist_ok=True)
    for path in (STORES, os.path.dirname(store)):
        os.chmod(path, 0o755)
    with open(os.path.join(os.path.dirname(store), "klon"), "w") as f:
        f.write(os.path.realpath(ROOT) + "\n")     # whose store this is
    if os.path.isdir(here) and not os.path.islink(here):
        # The store of an earlier run, kept in the clone: moved over once.
        shutil.copytree(here, store, dirs_exist_ok=True)
        shutil.rmtree(here)
    if not os.path.islink(here):
        os.symlink(store, here)
    return store


def main():
    workdir = os.path.join(ROOT, ".run")
    os.makedirs(workdir, exist_ok=True)
    os.chmod(workdir, 0o755)
    db = harness.MariaDB(workdir, port=DB_PORT)
    uploads = upload_store(workdir)
    apache = harness.Apache(workdir, db, port=PORT, uploads=uploads)
    stopping = []

    def stop(*_):
        stopping.append(1)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        print("Starting MariaDB in %s ..." % db.dir, flush=True)
        db.install()
        db.start()
        db.create_app_database()
        # New passwords every run: none is kept in the repository.
        if demo.wanted():
            demo.load_history(db)
            users = demo.USERS
        else:
            users = {"admin": ("Administrator", ["admin", "ppid_utama", "atasan_ppid",
                                                 "evaluator"], None)}
        passwords = demo.reset_users(db, users)
        contoh = demo.conversation(db) if demo.wanted() else ""
        print("Starting Apache on %s ..." % apache.url, flush=True)
        apache.start()
        print("""
SIALIP berjalan / is running:
  Layanan PPID      %(url)s/ppid/
  Formulir          %(url)s/ppid/permohonan/baru
  Lacak             %(url)s/ppid/lacak
  Inovasi daerah    %(url)s/inovasi/
  Masuk petugas     %(url)s/ppid/masuk
%(contoh)s%(users)s
Logs: %(logs)s
Uploaded documents: %(uploads)s
Ctrl-C to stop.
""" % {"url": apache.url, "users": demo.banner(passwords, users), "contoh": contoh, "logs": apache.dir, "uploads": uploads},
              flush=True)
        while not stopping:
            signal.pause()
    finally:
        apache.stop()
        db.stop()
        print("stopped.")


if __name__ == "__main__":
    main()
