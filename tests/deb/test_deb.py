"""The Debian packages (`make deb`, build/deb/) installed into this machine's
stock Apache: installed with apt, the modules enabled with a2enmod, a fresh
private MariaDB created and migrated with sialip-migrasi, a request filed
through HTTP to an Apache started on a private port from the packaged
configuration, the admin's edit of a conffile kept over a reinstall, and
everything gone again after purge.

Run by `make test-deb` (root only: it installs packages).  The machine's
apache2 service is not started; the private Apache reads
/etc/apache2/mods-enabled like the service would."""
import glob
import os
import subprocess
import sys

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import client  # noqa: E402
import harness  # noqa: E402

DEB_DIR = os.path.join(harness.ROOT, "build", "deb")
PACKAGES = ["libapache2-mod-sialip", "sialip-common", "sialip-kirim"]
APT = ["apt-get", "-o", "DPkg::Lock::Timeout=900", "-y", "-q"]
ENV = dict(os.environ, DEBIAN_FRONTEND="noninteractive")

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="installs packages: root only")


def run(*cmd, check=True):
    r = subprocess.run(list(cmd), capture_output=True, text=True, env=ENV)
    if check and r.returncode != 0:
        raise AssertionError("%s: %s\n%s" % (" ".join(cmd), r.stdout[-2000:], r.stderr[-2000:]))
    return r


def installed(pkg):
    r = run("dpkg-query", "-W", "-f=${Status}", pkg, check=False)
    return r.returncode == 0 and "not-installed" not in r.stdout


def debs():
    found = [f for f in glob.glob(os.path.join(DEB_DIR, "*.deb")) if "-dbgsym_" not in f]
    assert len(found) == 3, "run `make deb` first (found %s)" % found
    return sorted(found)


def enabled_state():
    """What a2enmod/a2enconf change: the links and the state markers."""
    out = set()
    for pattern in ("/etc/apache2/mods-enabled/*", "/etc/apache2/conf-enabled/*",
                    "/var/lib/apache2/*/*", "/var/lib/apache2/*/*/*"):
        out.update(glob.glob(pattern))
    return out


PRIVATE_CONF = """ServerRoot "/etc/apache2"
DefaultRuntimeDir "%(dir)s"
PidFile "%(dir)s/httpd.pid"
ErrorLog "%(dir)s/error.log"
LogLevel warn
User www-data
Group www-data
Listen 127.0.0.1:%(port)d
ServerName 127.0.0.1:%(port)d
IncludeOptional mods-enabled/*.load
IncludeOptional mods-enabled/*.conf
IncludeOptional conf-enabled/sialip-dbd.conf
<Directory />
    Require all denied
</Directory>
<Location "/">
    Require all granted
</Location>
"""


@pytest.fixture
def clean_machine():
    """None of the packages installed before; the enabled modules and
    confs as they were, and no package, afterwards (also on failure)."""
    for pkg in PACKAGES:
        assert not installed(pkg), "%s is installed already; purge it first" % pkg
    before = enabled_state()
    yield before
    left = [p for p in PACKAGES if installed(p)]
    if left:
        run(*APT, "purge", *left, check=False)
    forget_new_state(before)


def forget_new_state(before):
    """Undoes what a2enmod/a2dismod added: links, markers, and the marker
    directories they make on first use."""
    for path in sorted(enabled_state() - before, reverse=True):
        if os.path.islink(path) or os.path.isfile(path):
            os.unlink(path)
        elif os.path.isdir(path) and not os.listdir(path):
            os.rmdir(path)


def test_packages_install_serve_and_purge_without_trace(tmp_path, clean_machine):
    os.chmod(str(tmp_path), 0o755)
    run(*APT, "install", "--no-install-recommends", *debs())

    # Installed where the README says, modules not enabled yet, secrets private.
    for path in ("/usr/lib/apache2/modules/mod_sialip.so",
                 "/usr/lib/apache2/modules/mod_inovasi.so",
                 "/etc/apache2/mods-available/sialip.load",
                 "/etc/apache2/mods-available/inovasi.conf",
                 "/usr/share/sialip/views/sialip/_layout.xsl",
                 "/usr/share/sialip/schema/register.xsd",
                 "/usr/share/sialip/sql/migrate.sh",
                 "/usr/sbin/sialip-migrasi", "/usr/sbin/sialip-kirim",
                 "/usr/sbin/sialip-pengguna",
                 "/lib/systemd/system/sialip-kirim.timer",
                 "/lib/systemd/system/sialip-pengingat.service",
                 "/lib/systemd/system/sialip-retensi.timer"):
        assert os.path.isfile(path), path
    assert not os.path.exists("/etc/apache2/mods-enabled/sialip.load")
    dbd = "/etc/apache2/conf-available/sialip-dbd.conf"
    assert oct(os.stat(dbd).st_mode & 0o777) == "0o640"
    assert oct(os.stat("/etc/sialip/kirim.conf").st_mode & 0o777) == "0o600"
    store = os.stat("/var/lib/sialip/berkas")
    assert (store.st_uid, oct(store.st_mode & 0o777)) == (33, "0o750")
    conffiles = run("dpkg-query", "-W", "-f=${Conffiles}\n", *PACKAGES).stdout
    for path in (dbd, "/etc/sialip/kirim.conf", "/etc/apache2/mods-available/sialip.conf",
                 "/etc/mysql/mariadb.conf.d/60-sialip.cnf"):
        assert path in conffiles, path
    owned = set()
    for pkg in PACKAGES:
        owned.update(p for p in run("dpkg", "-L", pkg).stdout.split("\n")
                     if p and os.path.isfile(p))

    # A fresh database, created and migrated by the packaged command.
    db = harness.MariaDB(str(tmp_path))
    db.install()
    db.start()
    apache = None
    try:
        sock = ["--no-defaults", "--protocol=socket", "-S", db.socket, "-u", "root"]
        out = run("sialip-migrasi", *sock).stdout
        assert "migrasi: 001" in out or "migrasi: 0" in out, out
        assert "migrasi:" not in run("sialip-migrasi", *sock).stdout   # again: nothing to do
        db._client(sql="CREATE USER 'sialip'@'127.0.0.1' IDENTIFIED BY '%s';\n"
                   "GRANT ALL ON sialip.* TO 'sialip'@'127.0.0.1';" % db.password)

        # The admin's part: the password in the conffile, a2enmod, a2enconf.
        with open(dbd) as f:
            text = f.read()
        text = text.replace("port=3306", "port=%d" % db.port)
        text = text.replace("pass=GANTI-KATA-SANDI", "pass=" + db.password)
        with open(dbd, "w") as f:
            f.write(text)
        run("a2enmod", "-q", "sialip", "inovasi")
        run("a2enconf", "-q", "sialip-dbd")
        for name in ("dbd", "socache_shmcb", "sialip", "inovasi"):
            assert os.path.islink("/etc/apache2/mods-enabled/%s.load" % name), name

        # A reinstall (as an upgrade would) keeps the edited conffile.
        run(*APT, "install", "--reinstall", "--no-install-recommends", *debs())
        assert "pass=" + db.password in open(dbd).read()

        port = harness.free_port()
        rundir = os.path.join(str(tmp_path), "apache")
        os.makedirs(rundir)
        conf = os.path.join(rundir, "httpd.conf")
        with open(conf, "w") as f:
            f.write(PRIVATE_CONF % {"dir": rundir, "port": port})
        run("apache2", "-f", conf, "-t")
        apache = subprocess.Popen(["apache2", "-f", conf, "-DFOREGROUND"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        harness.wait_for_port(port, apache)

        class Server:
            url = "http://127.0.0.1:%d" % port
        number, code, receipt = client.filed(Server)
        page = requests.get(Server.url + receipt, timeout=30)
        assert page.status_code == 200 and number in page.text
        assert db.sql("SELECT COUNT(*) FROM permohonan WHERE nomor = '%s';" % number) == [["1"]]
        assert requests.get(Server.url + "/inovasi/", timeout=30).status_code == 200

        # The first admin, from the package's sialip-pengguna, reading the
        # database through kirim.conf's dbd_conf (the link the package
        # puts at /etc/sialip/sialip-dbd.conf), logs in.
        assert os.path.realpath("/etc/sialip/sialip-dbd.conf") == dbd
        r = subprocess.run(["sialip-pengguna", "--peran", "admin,ppid_utama", "--sandi-stdin",
                            "admin.paket"], input="kata-sandi-paket-123\n",
                           capture_output=True, text=True, env=ENV)
        assert r.returncode == 0, r.stderr
        client.login(Server, "admin.paket", "kata-sandi-paket-123")
        # sialip-kirim reads the same configuration (the reminders: no SMTP).
        r = run("sialip-kirim", "--pengingat", check=False)
        assert r.returncode == 0, r.stderr
        assert os.path.isfile("/usr/share/doc/sialip-kirim/examples/sialip.cron")
    finally:
        if apache and apache.poll() is None:
            os.killpg(apache.pid, 15)
            apache.wait(timeout=60)
        db.stop()

    run(*APT, "purge", *PACKAGES)
    for pkg in PACKAGES:
        assert not installed(pkg), pkg
        assert not os.path.exists("/var/lib/dpkg/info/%s.list" % pkg), pkg
    left = sorted(p for p in owned if os.path.lexists(p))
    assert not left, left
    for path in ("/etc/sialip", "/var/lib/sialip", "/usr/share/sialip",
                 "/etc/apache2/mods-enabled/sialip.load",
                 "/etc/apache2/mods-enabled/inovasi.conf",
                 "/etc/apache2/conf-enabled/sialip-dbd.conf",
                 "/var/lib/apache2/module/enabled_by_admin/sialip"):
        assert not os.path.lexists(path), path
    # a2enmod also enabled what the modules depend on (dbd, socache_shmcb):
    # purging does not undo that, the admin does.
    for name in ("dbd", "socache_shmcb"):
        if "/etc/apache2/mods-enabled/%s.load" % name not in clean_machine:
            run("a2dismod", "-q", "-f", "-p", name)
    left = sorted(p for p in enabled_state() - clean_machine if not os.path.isdir(p))
    assert not left, left
    forget_new_state(clean_machine)
