"""`Sialip Off` / `Inovasi Off` in a virtual host: another site on the same
Apache (a PHP site with its own /ppid) keeps its URLs, while the host that
leaves them on (the default) serves the modules."""
import os
import subprocess
import tempfile

import pytest
import requests

import harness
from client import own_apache


class NoDatabase:
    port = harness.free_port()
    password = "kata-sandi-uji"


@pytest.fixture(scope="module")
def apache():
    work = tempfile.mkdtemp(prefix="sialip-vhost-")
    os.chmod(work, 0o755)
    site = os.path.join(work, "situs-lain")
    for sub in ("ppid", "inovasi"):
        os.makedirs(os.path.join(site, sub))
        with open(os.path.join(site, sub, "index.html"), "w") as f:
            f.write("halaman %s situs lain\n" % sub)
    port = harness.free_port()
    extra = ("<VirtualHost 127.0.0.1:{p}>\n    ServerName ppid.uji\n</VirtualHost>\n"
             "<VirtualHost 127.0.0.1:{p}>\n    ServerName situs-lain.uji\n"
             "    DocumentRoot \"{site}\"\n    Sialip Off\n    Inovasi Off\n"
             "</VirtualHost>\n").format(p=port, site=site)
    server = harness.Apache(work, NoDatabase(), port=port, extra_conf=extra,
                            dbd_pool="DBDMin 0\nDBDKeep 1\nDBDMax 4\nDBDExptime 300")
    with own_apache(work, server):
        yield server


def get(server, host, path):
    return requests.get(server.url + path, headers={"Host": host}, timeout=30)


def test_a_host_with_the_modules_off_keeps_its_own_urls(apache):
    for path in ("/ppid/index.html", "/inovasi/index.html"):
        r = get(apache, "situs-lain.uji", path)
        assert r.status_code == 200, (path, r.status_code)
        assert "situs lain" in r.text
    # Nothing of the module answers there.
    assert get(apache, "situs-lain.uji", "/ppid/masuk").status_code == 404


def test_the_other_host_still_serves_the_modules(apache):
    r = get(apache, "ppid.uji", "/ppid/")
    assert r.status_code == 200
    assert "situs lain" not in r.text
    assert "Content-Security-Policy" in r.headers


def test_the_switch_takes_only_on_or_off(apache, tmp_path):
    with open(apache.conf) as f:
        text = f.read()
    bad = tmp_path / "httpd.conf"
    bad.write_text(text + "\nSialip Mati\n")
    r = subprocess.run(["apache2", "-t", "-f", str(bad)], capture_output=True, text=True)
    assert r.returncode != 0
    assert "Sialip must be On or Off" in r.stderr, r.stderr
