"""One place for the database password: sialip-kirim reads DBDParams from
Apache's sialip-dbd.conf (kirim.conf: dbd_conf), as shipped."""
import os
import subprocess

import harness


def test_kirim_reads_the_password_from_apaches_dbd_block(db, tmp_path):
    (tmp_path / "sialip-dbd.conf").write_text(
        "<IfModule dbd_module>\n    DBDriver mysql\n"
        "    DBDParams \"host=127.0.0.1 port=%d user=sialip pass=%s dbname=sialip "
        "reconnect=0 flags=CLIENT_FOUND_ROWS fldsz=65536\"\n</IfModule>\n"
        % (db.port, db.password))
    # Installed root:www-data 640 (install.sh); every-user-readable is refused.
    os.chmod(tmp_path / "sialip-dbd.conf", 0o640)
    conf = tmp_path / "kirim.conf"
    conf.write_text("dbd_conf = sialip-dbd.conf\nsmtp_host = 127.0.0.1\n"
                    "smtp_from = ppid@serangkab.example\nbase_url = https://ppid.example\n")
    os.chmod(conf, 0o600)
    kirim = os.path.join(harness.BUILD, "sialip-kirim")
    r = subprocess.run([kirim, "-c", str(conf), "--pengingat"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    # A wrong password there is the database's refusal (exit 1), so the
    # file really is what the program logs in with.
    (tmp_path / "sialip-dbd.conf").write_text(
        "DBDParams \"host=127.0.0.1 port=%d user=sialip pass=salah dbname=sialip\"\n" % db.port)
    r = subprocess.run([kirim, "-c", str(conf), "--pengingat"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 1, r.stderr
