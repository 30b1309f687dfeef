"""Issue 15: no two C units include each other (scripts/includes.py, run by
`make test`; ARCHITECTURE.md "The layers")."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIRS = ["scripts", "common", "mod_sialip", "mod_inovasi", "tools"]


def check(root):
    return subprocess.run([sys.executable, os.path.join(root, "scripts", "includes.py"),
                           "--check"], capture_output=True, text=True)


def copy_of_tree(tmp_path):
    copy = tmp_path / "pohon"
    copy.mkdir()
    for d in DIRS:
        subprocess.run(["cp", "-r", os.path.join(ROOT, d), str(copy / d)], check=True)
    return copy


def test_the_tree_has_no_circle():
    r = check(ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout == ""


def test_the_database_layer_including_a_cache_is_a_circle(tmp_path):
    copy = copy_of_tree(tmp_path)
    # What sl_db.c did before the caches registered an on-commit hook.
    db = copy / "common" / "httpd" / "sl_db.c"
    db.write_text('#include "sl_heavycache.h"\n' + db.read_text())
    r = check(str(copy))
    assert r.returncode == 1
    circle = [line for line in r.stdout.splitlines() if line.startswith("circle: ")]
    assert len(circle) == 1 and "sl_db" in circle[0] and "sl_heavycache" in circle[0]


def test_files_of_one_concern_sharing_its_private_header_are_one_unit(tmp_path):
    copy = copy_of_tree(tmp_path)
    # The computing thread and the cache call each other: one concern.
    thread = copy / "common" / "httpd" / "sl_heavythread.c"
    assert '#include "sl_heavycache_int.h"' in thread.read_text()
    assert check(str(copy)).returncode == 0
    # Without the private header it is a unit of its own, and a circle.
    thread.write_text(thread.read_text().replace('#include "sl_heavycache_int.h"\n', ""))
    assert check(str(copy)).returncode == 1
