"""`apachectl configtest` catches mistakes in the modules' directives."""
import subprocess

import pytest

from client import another_apache


@pytest.mark.parametrize("directive, message", [
    ("SialipViewDir /tidak/ada", "SialipViewDir: '/tidak/ada' is not an existing directory"),
    ("SialipCutoff 25:00", "SialipCutoff: expected a WIB time HH:MM"),
    ("SialipMaxUpload banyak", "SialipMaxUpload: expected a size"),
    ("SialipMount ppid", "SialipMount: expected a URL path"),
    ("InovasiLoginURL masuk", "InovasiLoginURL: expected a path"),
    ("SialipStatusCache memcached:127.0.0.1", "SialipStatusCache: unknown cache type "
     "'memcached' (is mod_socache_memcached loaded?)"),
    ("InovasiCache memcached:127.0.0.1", "InovasiCache: unknown cache type "
     "'memcached' (is mod_socache_memcached loaded?)"),
    ("SialipStatusRecheck -1", "SialipStatusRecheck: expected seconds from 0"),
    ("SialipStatusRecheck sebentar", "SialipStatusRecheck: expected seconds from 0"),
    ("SialipHeavyRecheck -1", "SialipHeavyRecheck: expected seconds from 0"),
    ("SialipHeavyPerAddress 0", "SialipHeavyPerAddress: expected a number from 1"),
    ("SialipHeavyTotal banyak", "SialipHeavyTotal: expected a number from 1"),
])
def test_configtest_reports_a_bad_directive(server, directive, message, tmp_path):
    with open(server.conf) as f:
        text = f.read()
    bad = tmp_path / "httpd.conf"
    bad.write_text(text + "\n" + directive + "\n")
    r = subprocess.run(["apache2", "-t", "-f", str(bad)], capture_output=True, text=True)
    assert r.returncode != 0
    assert message in r.stderr


def test_configtest_accepts_the_test_configuration(server):
    r = server.configtest()
    assert r.returncode == 0, r.stderr


def test_a_virtual_host_inherits_what_it_does_not_set(server, db, tmp_path):
    """A vhost that sets one directive still has the main server's views,
    uploads and pool; statements are registered without conflicts."""
    def with_vhost(text, port):
        return text + ("\n<VirtualHost 127.0.0.1:%d>\n    ServerName vhost.uji\n"
                       "    SialipLookupLimit 3\n</VirtualHost>\n" % port)
    with another_apache(server, tmp_path, with_vhost) as base:
        import requests
        r = requests.get(base + "/ppid/lacak", timeout=10)
        assert r.status_code == 200
        assert "Lacak permohonan" in r.text
    log = (tmp_path / "error.log").read_text()
    assert "conflicting SQL statements" not in log
