"""`make install` (scripts/install.sh) staged with DESTDIR: every file an
admin needs lands where the README says, secrets are private, and a second
run after the admin edited the configuration keeps the admin's edits."""
import os
import stat
import subprocess

import harness

ROOT = harness.ROOT


def install(dest):
    subprocess.run(["sh", os.path.join(ROOT, "scripts", "install.sh")], check=True,
                   env=dict(os.environ, DESTDIR=str(dest)), capture_output=True)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_install_places_everything_and_keeps_edited_configuration(tmp_path):
    install(tmp_path)
    libexec = subprocess.run(["apxs", "-q", "LIBEXECDIR"], check=True,
                             capture_output=True, text=True).stdout.strip()
    for rel in (libexec + "/mod_sialip.so", libexec + "/mod_inovasi.so",
                "/etc/apache2/mods-available/sialip.load",
                "/etc/apache2/mods-available/inovasi.conf",
                "/usr/share/sialip/views/sialip/dip-daftar.xsl",
                "/usr/share/sialip/sql/migrate.sh",
                "/usr/sbin/sialip-kirim",
                "/etc/systemd/system/sialip-pengingat.timer",
                "/etc/systemd/system/sialip-retensi.timer"):
        assert os.path.isfile(str(tmp_path) + rel), rel

    dbd = str(tmp_path) + "/etc/apache2/conf-available/sialip-dbd.conf"
    kirim = str(tmp_path) + "/etc/sialip/kirim.conf"
    cnf = str(tmp_path) + "/etc/mysql/mariadb.conf.d/60-sialip.cnf"
    assert mode(dbd) == 0o640 and mode(kirim) == 0o600
    assert "fldsz=65536" in open(dbd).read()
    assert "max_prepared_stmt_count = 65528" in open(cnf).read()

    for path in (dbd, kirim, cnf):
        with open(path, "a") as f:
            f.write("\n# diubah admin\n")
    install(tmp_path)
    for path in (dbd, kirim, cnf):
        assert open(path).read().endswith("# diubah admin\n"), path
