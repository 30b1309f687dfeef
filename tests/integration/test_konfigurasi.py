"""`apachectl configtest` catches mistakes in the modules' directives."""
import os
import shutil
import subprocess

import pytest

import harness


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
    port = harness.free_port()
    with open(server.conf) as f:
        text = f.read()
    text = text.replace(server.dir, str(tmp_path))   # own pid file and logs
    text = text.replace("Listen 127.0.0.1:%d" % server.port,
                        "Listen 127.0.0.1:%d" % port)
    text = text.replace("ServerName 127.0.0.1:%d" % server.port,
                        "ServerName 127.0.0.1:%d" % port)
    text += ("\n<VirtualHost 127.0.0.1:%d>\n    ServerName vhost.uji\n"
             "    SialipLookupLimit 3\n</VirtualHost>\n" % port)
    conf = tmp_path / "httpd.conf"
    conf.write_text(text)
    proc = subprocess.Popen(["apache2", "-f", str(conf), "-DFOREGROUND"],
                            start_new_session=True)
    try:
        harness.wait_for_port(port, proc)
        import requests
        r = requests.get("http://127.0.0.1:%d/ppid/lacak" % port, timeout=10)
        assert r.status_code == 200
        assert "Lacak permohonan" in r.text
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=30)
    log = (tmp_path / "error.log").read_text()
    assert "conflicting SQL statements" not in log
