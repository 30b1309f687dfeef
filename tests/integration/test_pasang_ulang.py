"""Upgrades: `make install` run again (scripts/install.sh, staged with
DESTDIR) never resets a setting the deployer edited, and installs the cron
fallback of the systemd timers when asked or when systemd is absent."""
import os
import subprocess

import harness

ROOT = harness.ROOT


def install(dest, **env):
    return subprocess.run(["sh", os.path.join(ROOT, "scripts", "install.sh")],
                          check=True, env=dict(os.environ, DESTDIR=str(dest), **env),
                          capture_output=True, text=True)


def test_an_upgrade_keeps_edited_module_settings(tmp_path):
    install(tmp_path)
    conf = tmp_path / "etc/apache2/mods-available/sialip.conf"
    inovasi = tmp_path / "etc/apache2/mods-available/inovasi.conf"
    shipped = conf.read_text()
    assert "SialipCutoff 16:00" in shipped
    conf.write_text(shipped.replace("SialipCutoff 16:00", "SialipCutoff 15:30"))
    r = install(tmp_path)
    assert "SialipCutoff 15:30" in conf.read_text()
    assert "SialipCutoff 16:00" not in conf.read_text()
    # The new shipped file is beside it to compare with, and said so.
    assert (tmp_path / "etc/apache2/mods-available/sialip.conf.dist").read_text() == shipped
    assert "sialip.conf.dist" in r.stdout
    # An unedited file is simply current, with no .dist beside it.
    assert inovasi.read_text() == open(os.path.join(ROOT, "conf", "inovasi.conf")).read()
    assert not (tmp_path / "etc/apache2/mods-available/inovasi.conf.dist").exists()


def test_cron_fallback_when_asked(tmp_path):
    install(tmp_path, SIALIP_CRON="1", TZ="UTC")
    cron = (tmp_path / "etc/cron.d/sialip").read_text()
    # Never as root: as the web server's account, the retention unit's user.
    assert "\nMAILTO=root\n* * * * *  www-data  /usr/sbin/sialip-kirim\n" in cron
    # 07:00 WIB is 00:00 on a server in UTC.
    assert "\n0 0 * * *  www-data  /usr/sbin/sialip-kirim --pengingat\n" in cron
    assert "\n30 2 * * *  www-data  /usr/sbin/sialip-kirim --retensi\n" in cron
    jobs = [line for line in cron.splitlines() if line[:1] in "*0123456789" and line]
    assert len(jobs) == 3 and all(line.split()[5] == "www-data" for line in jobs)
    unit = open(os.path.join(ROOT, "conf", "sialip-retensi.service")).read()
    assert "\nUser=www-data\n" in unit
    # The README shows the same lines.
    readme = open(os.path.join(ROOT, "README.md")).read()
    for line in open(os.path.join(ROOT, "conf", "sialip.cron")).read().splitlines():
        if line and not line.startswith("#"):
            assert line + "\n" in readme, line


def test_no_cron_when_told_not_to(tmp_path):
    r = install(tmp_path, SIALIP_CRON="0")
    assert not (tmp_path / "etc/cron.d/sialip").exists()
    assert "systemctl" in r.stdout
