#!/usr/bin/python3
"""`make run`: a private MariaDB (data kept in .run/ under the project) and
Apache with both modules on 127.0.0.1:8080, demo data, a freshly generated
admin password printed once; stays in the foreground until Ctrl-C."""
import os
import secrets
import signal
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import harness  # noqa: E402

PORT = int(os.environ.get("SIALIP_PORT", "8080"))
DB_PORT = int(os.environ.get("SIALIP_DB_PORT", "3307"))


def main():
    workdir = os.path.join(ROOT, ".run")
    os.makedirs(workdir, exist_ok=True)
    os.chmod(workdir, 0o755)
    db = harness.MariaDB(workdir, port=DB_PORT)
    apache = harness.Apache(workdir, db, port=PORT)
    stopping = []

    def stop(*_):
        stopping.append(1)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        db.install()
        db.start()
        db.create_app_database()
        # A new admin password every run: none is kept in the repository.
        password = secrets.token_urlsafe(12)
        db.sql("DELETE FROM pengguna_peran WHERE pengguna_id IN "
               "(SELECT id FROM pengguna WHERE username = 'admin');")
        db.sql("DELETE FROM sesi WHERE pengguna_id IN "
               "(SELECT id FROM pengguna WHERE username = 'admin');")
        db.sql("DELETE FROM pengguna WHERE username = 'admin';")
        harness.add_user(db, "admin", password, "Administrator Demo",
                         ["admin", "ppid_utama", "atasan_ppid", "evaluator"])
        apache.start()
        print("""
SIALIP berjalan / is running:
  Layanan PPID      %(url)s/ppid/
  Formulir          %(url)s/ppid/permohonan/baru
  Lacak             %(url)s/ppid/lacak
  Inovasi daerah    %(url)s/inovasi/
  Masuk petugas     %(url)s/ppid/masuk
      username: admin
      password: %(pw)s
Logs: %(logs)s
Ctrl-C to stop.
""" % {"url": apache.url, "pw": password, "logs": apache.dir}, flush=True)
        while not stopping:
            signal.pause()
    finally:
        apache.stop()
        db.stop()
        print("stopped.")


if __name__ == "__main__":
    main()
