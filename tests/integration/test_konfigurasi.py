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
