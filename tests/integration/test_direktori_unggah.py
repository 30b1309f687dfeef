"""Both modules refuse to start (and `apachectl configtest` fails) when the
upload store cannot be used by the user Apache's children run as, with one
line naming the directive, the directory and the user, instead of the first
citizen's upload failing.

Started as root the children are www-data: a store under a root-only (0700)
folder, or one they cannot write, is refused.  Run as another user the
children are that user, so the same cases are made with a folder that user
cannot search (0600) or a store it cannot write (0555)."""
import os
import pwd
import shutil
import tempfile

import pytest

import harness

CHILD_USER = "www-data" if harness.IS_ROOT else pwd.getpwuid(os.geteuid()).pw_name


@pytest.fixture
def place():
    path = tempfile.mkdtemp(prefix="sialip-unggah-")
    os.chmod(path, 0o755)
    yield path
    for root, dirs, _ in os.walk(path):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
    shutil.rmtree(path, ignore_errors=True)


def unusable_store(place, how):
    """A store the children's user cannot use; returns (store, the folder
    the error line must name)."""
    if how == "private-parent":
        parent = os.path.join(place, "pribadi")
        store = os.path.join(parent, "berkas")
        os.makedirs(store)
        os.chmod(parent, 0o700 if harness.IS_ROOT else 0o600)
        return store, parent
    store = os.path.join(place, "berkas")
    os.makedirs(store)
    if harness.IS_ROOT:
        shutil.chown(store, "www-data", "www-data")
    os.chmod(store, 0o555)
    return store, store


def line_naming(text, directive, store, user):
    lines = [l for l in text.splitlines()
             if directive + " " + store in l and "cannot be used by" in l]
    assert len(lines) == 1, text
    assert ", %s (uid " % user in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("how", ["private-parent", "read-only-store"])
def test_an_unusable_upload_store_stops_the_start_with_one_clear_line(db, place, how):
    store, named = unusable_store(place, how)
    apache = harness.Apache(place, db, uploads=store)
    with pytest.raises(RuntimeError) as failed:
        apache.start()
    apache.stop()
    said = open(os.path.join(apache.dir, "stderr.log")).read() + apache.log()
    line = line_naming(said, "SialipUploadDir", store, CHILD_USER)
    assert named + " is not " in line, line
    assert "server exited" in str(failed.value)

    # apachectl configtest says the same and fails.
    r = apache.configtest()
    assert r.returncode != 0
    line_naming(r.stderr, "SialipUploadDir", store, CHILD_USER)


def test_mod_inovasi_checks_its_own_store(db, place):
    good = os.path.join(place, "baik")
    apache = harness.Apache(place, db, uploads=good)
    apache.write_config()
    r = apache.configtest()
    assert r.returncode == 0, r.stderr
    store, named = unusable_store(place, "private-parent")
    with open(apache.conf, "a") as f:
        f.write('\nInovasiUploadDir "%s"\n' % store)
    r = apache.configtest()
    assert r.returncode != 0
    assert named + " is not searchable" in line_naming(r.stderr, "InovasiUploadDir", store,
                                                       CHILD_USER)
    assert "SialipUploadDir" not in r.stderr
