"""The shared code (common/ and common/httpd/, linked into both modules)
logs under the module it serves: each module's shared object names itself
at start-up (sl_module_init), so an error-log line of the dispatcher
carries [sialip:...] under /ppid and [inovasi:...] under /inovasi, and
"LogLevel sialip:..." reaches it.  A cross-site POST is refused by the
shared dispatcher with a warning that names the status it answers; the
line is looked up by its URI."""
import re
import time

import requests

from test_inovasi_bantuan import staf  # noqa: F401


def refused_line(server, uri, deadline=20):
    """The dispatcher's warning for uri, waiting for Apache to write it."""
    pattern = re.compile(r"^.*POST %s refused: CSRF token or Origin.*$" % re.escape(uri),
                         re.M)
    end = time.monotonic() + deadline
    while True:
        m = pattern.search(server.log())
        if m or time.monotonic() > end:
            return m.group(0) if m else ""
        time.sleep(0.2)


def test_public_post_refused_under_sialip(server):
    uri = "/ppid/permohonan"
    r = requests.post(server.url + uri, data={"nama": "x"},
                      headers={"Origin": "http://situs-lain.example"},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 403
    line = refused_line(server, uri)
    assert "[sialip:warn]" in line, line
    assert line.endswith("(status 403)"), line


def test_staff_post_refused_under_inovasi(server, staf):  # noqa: F811
    officer = staf("inov.dinkes")
    uri = "/inovasi/admin/inovasi"
    r = officer.post(uri, data={"csrf": "0" * 32}, csrf=False)
    assert r.status_code == 403
    line = refused_line(server, uri)
    assert "[inovasi:warn]" in line, line
    assert "[sialip:" not in line
    assert line.endswith("(status 403)"), line
