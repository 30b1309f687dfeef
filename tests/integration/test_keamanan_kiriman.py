"""Issue 20: a staff POST route answers an anonymous client, or a role
without access, before reading any of the body (an anonymous client could
push 4 MiB into any staff route), and a body must arrive whole within
SialipBodyTimeout however slowly it trickles."""
import os
import select
import socket
import time

import pytest

import harness
from staf_uji import PASSWORD, user

BIG = 4 * 1024 * 1024


def head_only(server, path, cookie=None, port=None):
    """Sends the head of a 4 MiB form POST and 1 KiB of its body; returns
    the socket."""
    port = port or server.port
    s = socket.create_connection(("127.0.0.1", port), timeout=60)
    head = ["POST %s HTTP/1.1" % path, "Host: 127.0.0.1:%d" % port,
            "Content-Type: application/x-www-form-urlencoded",
            "Content-Length: %d" % BIG]
    if cookie:
        head.append("Cookie: sialip_sesi=%s" % cookie)
    s.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + b"a=" + b"x" * 1022)
    return s


def answer_within(s, seconds):
    """The status line the server sends within seconds (the rest of the
    body unsent), or None."""
    s.settimeout(seconds)
    try:
        data = s.recv(4096)
    except socket.timeout:
        return None
    finally:
        s.close()
    return data.split(b"\r\n", 1)[0].decode()


@pytest.mark.parametrize("path", ["/ppid/admin/pengguna",
                                  "/inovasi/admin/inovasi/1/nilai"])
def test_anonymous_posts_to_staff_routes_are_answered_without_the_body(server, path):
    status = answer_within(head_only(server, path), 10)
    assert status == "HTTP/1.1 401 Unauthorized", status


def test_a_role_without_access_is_answered_without_the_body(server, db):
    import client
    user(db, "tanpa.admin", ["ppid_pelaksana"], opd_kode="dinkes")
    s = client.login(server, "tanpa.admin", PASSWORD)
    status = answer_within(head_only(server, "/ppid/admin/pengguna",
                                     cookie=s.cookies["sialip_sesi"]), 10)
    assert status == "HTTP/1.1 403 Forbidden", status


class ShortBodyTimeout(harness.Apache):
    def write_config(self):
        super().write_config()
        with open(self.conf, "a") as f:
            f.write("\nSialipBodyTimeout 3\n")


@pytest.fixture(scope="module")
def short_timeout_server(workdir, db):
    apache = ShortBodyTimeout(os.path.join(workdir, "lambat"), db)
    apache.start()
    try:
        yield apache
    finally:
        apache.stop()


def test_a_trickling_body_is_cut_off_at_the_deadline(short_timeout_server):
    server = short_timeout_server
    s = socket.create_connection(("127.0.0.1", server.port), timeout=60)
    s.sendall(("POST /ppid/permohonan HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               "Content-Type: application/x-www-form-urlencoded\r\n"
               "Content-Length: 100000\r\n\r\nnama=").encode())
    # One byte every 0.3 s: each read is quick, the whole body never comes.
    deadline = time.time() + 25
    answer = b""
    try:
        while time.time() < deadline:
            readable, _, _ = select.select([s], [], [], 0.3)
            if readable:
                answer = s.recv(4096)
                break
            s.sendall(b"x")
    except (BrokenPipeError, ConnectionResetError):
        answer = answer or b"(connection closed)"
    finally:
        s.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert "reading the body failed" in server.log()
