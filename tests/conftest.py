"""Fixtures: one real MariaDB and one real Apache with both modules for the
whole test session, in a temporary directory, always stopped at the end."""
import os
import shutil
import sys
import tempfile

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


@pytest.fixture(scope="session")
def workdir():
    path = tempfile.mkdtemp(prefix="sialip-test-")
    os.chmod(path, 0o755)   # Apache's children (www-data) reach the uploads
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def db(workdir):
    database = harness.MariaDB(workdir)
    database.install()
    database.start()
    try:
        database.create_app_database()
        yield database
    finally:
        database.stop()


@pytest.fixture(scope="session")
def server(workdir, db):
    apache = harness.Apache(workdir, db, login_limit=5, lookup_limit=8)
    apache.start()
    try:
        yield apache
    finally:
        apache.stop()
        sys.stdout.write("\n--- Apache error log (tail) ---\n")
        sys.stdout.write("\n".join(apache.log().splitlines()[-40:]) + "\n")


from client import STAFF_PASSWORD  # noqa: E402


@pytest.fixture(scope="session")
def staff(db):
    """Staff users for the tests: username -> password."""
    harness.add_user(db, "admin.uji", STAFF_PASSWORD, "Admin Uji",
                     ["admin", "ppid_utama"], cost=4)
    harness.add_user(db, "pelaksana.dinkes", STAFF_PASSWORD, "Petugas Dinkes",
                     ["ppid_pelaksana"], opd_kode="dinkes", cost=4)
    return {"admin.uji": STAFF_PASSWORD, "pelaksana.dinkes": STAFF_PASSWORD}


class LookupCounters:
    """The tracking-lookup counters live in the shared memory of the Apache
    parent, which a graceful restart makes again (empty).  A restart costs
    about a second, so it is done only when a lookup may have been counted
    and not given back since the last one: a miss ("tracking lookup ... did
    not match" in the error log; a refusal follows misses) or an error (a
    database failure after the count)."""
    SIGNS = ("tracking lookup", ":error]", ":crit]")

    def __init__(self, server):
        self.server = server
        self.seen = len(server.log())

    def reset(self):
        log = self.server.log()
        news, self.seen = log[self.seen:], len(log)
        if any(sign in news for sign in self.SIGNS):
            self.server.graceful()
            self.seen = len(self.server.log())


@pytest.fixture(scope="session")
def lookup_counters(server):
    return LookupCounters(server)


@pytest.fixture
def clear_throttle(db, lookup_counters):
    """Failed-attempt counters are per client address, and every test comes
    from 127.0.0.1: start and end each throttling test with none (logins in
    the pembatasan table, tracking lookups in Apache's shared memory)."""
    db.sql("DELETE FROM pembatasan;")
    lookup_counters.reset()
    yield
    db.sql("DELETE FROM pembatasan;")
    lookup_counters.reset()


@pytest.fixture
def throttle_window_passes(db, lookup_counters):
    """Returns a function that acts as if SialipLimitWindow had elapsed:
    it moves every login window into the past and starts the lookup
    counters again (with clear_throttle, the one place that knows where the
    counters live)."""
    def passes():
        db.sql("UPDATE pembatasan SET jendela_mulai = jendela_mulai - INTERVAL 1 DAY;")
        lookup_counters.reset()
    yield passes
    # The test's wrong attempts are not left to the next test on this worker.
    passes()


def pytest_terminal_summary(terminalreporter):
    """A skipped test is a check that did not run (most need root: mounting
    a tmpfs, running Apache's children as www-data): each is named with its
    reason at the end of every run, never passed over in silence."""
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    terminalreporter.write_sep("!", "%d test(s) NOT RUN" % len(skipped), red=True, bold=True)
    for report in skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        terminalreporter.write_line("NOT RUN %s: %s" % (report.nodeid, reason))
