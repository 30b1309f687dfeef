"""Throttling under a scripted attack: many attempts arrive at the same
moment from one address.  However the counters are stored, each attempt
must be counted before it is evaluated, so at most the configured limit is
evaluated (a wrong-password or not-found answer) and every other attempt
gets the throttled answer; afterwards even the right secret waits out the
window.

Every request of a burst is sent but its last byte on its own connection,
then the last bytes go out together, so the server sees them at once."""
import concurrent.futures
import http.client
import socket
import threading
import urllib.parse

import pytest
import requests

from client import filed
from staf_uji import PASSWORD, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

BURST = 60


def raw_request(server, method, path, form=None):
    body = urllib.parse.urlencode(form).encode() if form is not None else b""
    head = ["%s %s HTTP/1.1" % (method, path), "Host: 127.0.0.1:%d" % server.port,
            "Connection: close"]
    if form is not None:
        head += ["Content-Type: application/x-www-form-urlencoded",
                 "Content-Length: %d" % len(body)]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def burst(server, raws):
    """Sends every request at once; returns [(status, body)] in order."""
    # A cold Apache process opens its database connections one at a time,
    # which would spread the burst out: open them first with harmless pages.
    send_together(server, [raw_request(server, "GET", "/ppid/dip")] * len(raws))
    return send_together(server, raws)


def send_together(server, raws):
    """Each request but its last byte on its own connection, then every
    last byte at once."""
    conns = []
    try:
        for raw in raws:
            s = socket.create_connection(("127.0.0.1", server.port), timeout=60)
            conns.append(s)
            s.sendall(raw[:-1])
        gate = threading.Barrier(len(raws))

        def release(i):
            gate.wait()
            conns[i].sendall(raws[i][-1:])
            resp = http.client.HTTPResponse(conns[i])
            resp.begin()
            return resp.status, resp.read().decode("utf-8", "replace")

        with concurrent.futures.ThreadPoolExecutor(max_workers=len(raws)) as pool:
            return list(pool.map(release, range(len(raws))))
    finally:
        for s in conns:
            s.close()


def tally(results, evaluated, throttled):
    """Splits a burst's answers into the evaluated and the throttled ones,
    each recognised by its status and its message; nothing else may come."""
    counts = {"evaluated": 0, "throttled": 0}
    for status, body in results:
        if status == evaluated[0] and evaluated[1] in body:
            counts["evaluated"] += 1
        elif status == throttled[0] and throttled[1] in body:
            counts["throttled"] += 1
        else:
            raise AssertionError("unexpected answer %d: %s" % (status, body[:500]))
    return counts


WRONG_PASSWORD = (422, "Nama pengguna atau kata sandi salah.")
TOO_MANY_LOGINS = (429, "Terlalu banyak percobaan masuk yang gagal")


def login_status(server, username, password):
    return requests.post(server.url + "/ppid/masuk",
                         data={"username": username, "password": password},
                         allow_redirects=False, timeout=30).status_code


def test_a_burst_of_wrong_passwords_for_one_account(server, db, throttle_window_passes):
    user(db, "serbuan.sandi", ["ppid_utama"])
    results = burst(server, [raw_request(server, "POST", "/ppid/masuk",
                                         {"username": "serbuan.sandi",
                                          "password": "tebakan-%d" % i})
                             for i in range(BURST)])
    counts = tally(results, WRONG_PASSWORD, TOO_MANY_LOGINS)
    assert counts["evaluated"] <= server.login_limit, counts
    # The right password waits out the window like any other guess.
    assert login_status(server, "serbuan.sandi", PASSWORD) == 429
    throttle_window_passes()
    assert login_status(server, "serbuan.sandi", PASSWORD) == 303


def test_a_burst_over_many_names_from_one_address(server, db, throttle_window_passes):
    """Password spraying: every attempt names another account (most do not
    exist), so only the address's counter (any account) stands in the way."""
    user(db, "serbuan.semprot", ["ppid_utama"])
    names = ["serbuan.semprot"] + ["tidak.ada.%d" % i for i in range(BURST - 1)]
    results = burst(server, [raw_request(server, "POST", "/ppid/masuk",
                                         {"username": name, "password": "Rahasia123"})
                             for name in names])
    counts = tally(results, WRONG_PASSWORD, TOO_MANY_LOGINS)
    assert counts["evaluated"] <= server.address_login_limit, counts
    assert login_status(server, "serbuan.semprot", PASSWORD) == 429
    throttle_window_passes()
    assert login_status(server, "serbuan.semprot", PASSWORD) == 303


NOT_FOUND = (404, "Nomor atau kode pelacakan tidak cocok")
TOO_MANY_LOOKUPS = (429, "Terlalu banyak pencarian yang tidak cocok")


def test_a_burst_of_wrong_tracking_codes(server, throttle_window_passes):
    number, code, receipt = filed(server)
    # Every public page that takes the code shares the address's counter.
    pages = ["/ppid/permohonan/%s?kode=%s", "/ppid/permohonan/%s/keberatan?kode=%s",
             "/ppid/permohonan/%s/pemberitahuan?kode=%s"]
    raws = [raw_request(server, "GET", pages[i % len(pages)]
                        % (number, "%04d-ZZZZ-ZZZZ-ZZZZ" % i))
            for i in range(BURST)]
    counts = tally(burst(server, raws), NOT_FOUND, TOO_MANY_LOOKUPS)
    assert counts["evaluated"] <= server.lookup_limit, counts
    # Nothing tells the guesser which code was right until the window passes.
    r = requests.get(server.url + receipt, timeout=30)
    assert r.status_code == 429 and TOO_MANY_LOOKUPS[1] in r.text
    throttle_window_passes()
    assert requests.get(server.url + receipt, timeout=30).status_code == 200


def test_a_burst_of_unknown_numbers(server, throttle_window_passes):
    """Guessing numbers instead of codes is counted the same way."""
    number, code, receipt = filed(server)
    raws = [raw_request(server, "GET", "/ppid/permohonan/2026-9%05d?kode=%s" % (i, code))
            for i in range(BURST)]
    counts = tally(burst(server, raws), NOT_FOUND, TOO_MANY_LOOKUPS)
    assert counts["evaluated"] <= server.lookup_limit, counts
    assert requests.get(server.url + receipt, timeout=30).status_code == 429
    throttle_window_passes()
    assert requests.get(server.url + receipt, timeout=30).status_code == 200
