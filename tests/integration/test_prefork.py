"""The server SIALIP lands on often runs mpm_prefork for mod_php: a burst on
the other sites grows the children, and with a pool opened in every child
MariaDB ran out of connections.  With the shipped pool settings
(conf/sialip-dbd.conf, prefork branch) a child opens a connection only when
it serves SIALIP; the startup warning says when the pool could exceed
MariaDB's max_connections."""
import concurrent.futures
import os
import re
import tempfile
import time

import pytest
import requests

import harness
from client import own_servers

MAX_CONNECTIONS = 15
CHILDREN = 30
PAGES = ["/ppid/dikecualikan", "/ppid/dip", "/ppid/lacak", "/inovasi/",
         "/ppid/dip.xml", "/ppid/statistik", "/inovasi/ekspor.xml",
         "/ppid/dikecualikan.xml", "/ppid/masuk", "/ppid/permohonan/baru"]


def shipped_pool():
    """The DBDMin... lines of conf/sialip-dbd.conf, both MPM branches."""
    with open(os.path.join(harness.ROOT, "conf", "sialip-dbd.conf")) as f:
        text = f.read()
    m = re.search(r"(?s)\n( *<IfModule mpm_prefork_module>.*?"
                  r"<IfModule !mpm_prefork_module>.*?</IfModule>)\n", text)
    assert m, "sialip-dbd.conf has no per-MPM pool"
    return m.group(1)


@pytest.fixture(scope="module")
def prefork():
    work = tempfile.mkdtemp(prefix="sialip-prefork-")
    os.chmod(work, 0o755)
    static = os.path.join(work, "statis")
    os.makedirs(static)
    with open(os.path.join(static, "halaman.html"), "w") as f:
        f.write("<p>situs lain</p>\n")
    db = harness.MariaDB(work, extra_args=["--max-connections=%d" % MAX_CONNECTIONS])
    db.install(migrated=True)
    db.start()
    extra = ("DocumentRoot \"%s\"\nStartServers 2\nMinSpareServers 1\n"
             "MaxSpareServers %d\nServerLimit %d\nMaxRequestWorkers %d\n"
             "KeepAliveTimeout 15\n" % (static, CHILDREN, CHILDREN, CHILDREN))
    apache = harness.Apache(work, db, lookup_limit=100000, mpm="prefork",
                            dbd_pool=shipped_pool(), extra_conf=extra)
    with own_servers(work, db, apache):
        yield db, apache


def test_a_burst_on_another_site_leaves_sialip_its_database(prefork):
    db, apache = prefork
    # Every client keeps its connection (keep-alive), so each holds a
    # child of its own: prefork grows to CHILDREN.
    stop = time.time() + 120

    def other_site(i):
        with requests.Session() as s:
            n = 0
            while time.time() < stop and len(apache.children()) < CHILDREN:
                assert s.get(apache.url + "/halaman.html", timeout=30).status_code == 200
                n += 1
            # Hold the child until every client has one.
            while time.time() < stop and len(apache.children()) < CHILDREN:
                time.sleep(0.1)
            return n

    with concurrent.futures.ThreadPoolExecutor(max_workers=CHILDREN) as pool:
        list(pool.map(other_site, range(CHILDREN)))
    assert len(apache.children()) >= CHILDREN, "prefork did not grow"
    # No child opened a connection for the other site.
    in_use = int(db.sql("SELECT COUNT(*) FROM information_schema.processlist "
                        "WHERE user = 'sialip';")[0][0])
    assert in_use == 0, "%d connections held by children serving no SIALIP page" % in_use

    statuses = {}
    for page in PAGES:
        r = requests.get(apache.url + page, timeout=60)
        statuses[page] = r.status_code
    assert all(code == 200 for code in statuses.values()), statuses
    assert statuses["/ppid/dikecualikan"] == 200
    log = apache.log()
    assert "Too many connections" not in log
    assert "child init failed" not in log


def test_startup_warns_when_the_pool_can_exceed_max_connections(prefork):
    db, apache = prefork
    log = apache.log()
    assert ("may open up to %d connections (%d Apache processes x DBDMax 1) but "
            "MariaDB allows %d" % (CHILDREN, CHILDREN, MAX_CONNECTIONS)) in log, log[-2000:]
    # The shipped prefork settings raise no pool warning of their own.
    assert "under a non-threaded MPM" not in log
