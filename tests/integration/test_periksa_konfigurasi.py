"""`apache2 -t` (what `apachectl configtest` and Debian's reload run first)
refuses every setting that would stop the next restart: a cache spec the
provider cannot parse, no database pool, a password the MySQL driver would
cut, views that do not compile.  No server is started."""
import os
import re
import shutil
import subprocess
import tempfile

import pytest

import harness


class NoDatabase:
    """Only what write_config reads: nothing listens on this port."""
    port = harness.free_port()
    password = "kata-sandi-uji"


@pytest.fixture
def config():
    # Not tmp_path: pytest makes its base directory 0700, and the upload
    # store's check wants every folder above it searchable by www-data.
    path = tempfile.mkdtemp(prefix="sialip-konfig-")
    os.chmod(path, 0o755)
    apache = harness.Apache(path, NoDatabase())
    apache.write_config()
    with open(apache.conf) as f:
        yield apache, f.read()
    shutil.rmtree(path, ignore_errors=True)


def configtest(apache, text):
    with open(apache.conf, "w") as f:
        f.write(text)
    return subprocess.run(["apache2", "-t", "-f", apache.conf],
                          capture_output=True, text=True)


def test_the_test_configuration_passes(config):
    apache, text = config
    r = configtest(apache, text)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("directive, message", [
    ("SialipStatusCache shmcb:(67108864",
     "SialipStatusCache: 'shmcb:(67108864': Invalid argument: no closing parenthesis"),
    ("InovasiCache shmcb:(8388608",
     "InovasiCache: 'shmcb:(8388608': Invalid argument: no closing parenthesis"),
    ("SialipStatusCache shmcb:(100)", "SialipStatusCache: 'shmcb:(100)': Invalid argument: "
     "size has to be >= 8192 bytes"),
])
def test_a_cache_spec_the_provider_refuses_fails_configtest(config, directive, message):
    apache, text = config
    r = configtest(apache, text + "\n" + directive + "\n")
    assert r.returncode != 0
    assert message in r.stderr, r.stderr


@pytest.mark.parametrize("removed, messages", [
    (r"(?m)^DBD(river|Params) .*$",
     ["DBDriver and DBDParams are not set", "a2enconf sialip-dbd"]),
    (r"(?m)^(LoadModule dbd_module|DBD).*$", ["mod_dbd is not loaded (a2enmod dbd)"]),
], ids=["a pool never enabled", "without mod_dbd"])
def test_without_a_pool_configtest_fails_with_a_message(config, removed, messages):
    apache, text = config
    r = configtest(apache, re.sub(removed, "", text))
    assert r.returncode != 0
    for message in messages:
        assert message in r.stderr, r.stderr


@pytest.mark.parametrize("password", ["ab cd", "ab;cd", "ab,cd", "ab|cd"])
def test_a_password_the_driver_would_cut_fails_configtest(config, password):
    apache, text = config
    text = text.replace("pass=%s " % NoDatabase.password, "pass=%s " % password)
    r = configtest(apache, text)
    assert r.returncode != 0
    assert "DBDParams: the password (pass=) holds a space" in r.stderr, r.stderr
    assert "cd" not in r.stderr.split("DBDParams:", 1)[1].split("\n")[0]


def test_a_misspelt_dbdparams_key_fails_configtest(config):
    apache, text = config
    r = configtest(apache, text.replace("reconnect=0", "reconect=0"))
    assert r.returncode != 0
    assert "unknown key 'reconect'" in r.stderr, r.stderr


@pytest.mark.parametrize("directive", ["SialipViewDir", "InovasiViewDir"])
def test_views_that_cannot_be_read_fail_configtest(config, tmp_path, directive):
    apache, text = config
    empty = tmp_path / "tampilan-kosong"
    empty.mkdir()
    r = configtest(apache, text + "\n%s %s\n" % (directive, empty))
    assert r.returncode != 0
    assert directive + ":" in r.stderr, r.stderr
    broken = tmp_path / "tampilan-rusak"
    subprocess.run(["cp", "-R", os.path.join(harness.BUILD, "views",
                    "sialip" if directive.startswith("Sialip") else "inovasi"),
                    str(broken)], check=True)
    first = sorted(p for p in os.listdir(broken) if p.endswith(".xsl"))[0]
    (broken / first).write_text("<xsl:stylesheet")
    r = configtest(apache, text + "\n%s %s\n" % (directive, broken))
    assert r.returncode != 0
    assert directive + ":" in r.stderr, r.stderr
