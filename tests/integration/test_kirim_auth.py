"""sialip-kirim's SMTP AUTH (PLAIN, or LOGIN when that is all the server
offers), only ever over TLS (STARTTLS or implicit TLS), against aiosmtpd's
authentication support; the password comes from a file named in
kirim.conf and never shows in a log or the outbox."""
import contextlib
import os

import pytest
from aiosmtpd.smtp import AuthResult

from client import filed
from test_kirim import (SMTPServer, conf, flushed, kirim, outbox_of, row, self_signed,  # noqa: F401
                        smtp, write_conf)

USER = "relay@serangkab.example"
PASSWORD = "sandi rahasia \u00e9-1"


class Penjaga:
    """aiosmtpd authenticator: accepts USER with PASSWORD, remembers every
    attempt (mechanism, login, whether the connection was in TLS: asked of
    the transport, as aiosmtpd's session.ssl is set by STARTTLS only)."""

    def __init__(self):
        self.attempts = []

    def __call__(self, server, session, envelope, mechanism, auth_data):
        tls = server.transport.get_extra_info("ssl_object") is not None
        self.attempts.append((mechanism, auth_data.login.decode(), tls))
        ok = (auth_data.login.decode() == USER
              and auth_data.password.decode() == PASSWORD)
        return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def cert(workdir):
    return self_signed(workdir, "auth")


@pytest.fixture(scope="module")
def sandi(workdir):
    """The password file, beside the configurations (named relatively)."""
    path = os.path.join(workdir, "smtp-sandi")
    with open(path, "w", encoding="utf-8") as f:
        f.write(PASSWORD + "\n")
    os.chmod(path, 0o600)
    return "smtp-sandi"


def auth_conf(workdir, db, port, cert, name, **extra):
    settings = dict(smtp_tls="starttls", smtp_ca_file=cert, smtp_user=USER,
                    smtp_password_file="smtp-sandi")
    settings.update(extra)
    return write_conf(os.path.join(workdir, name), db, port, **settings)


@contextlib.contextmanager
def guarded(**options):
    """A relay started with options that asks for AUTH and records each
    attempt in a Penjaga; yields (relay, guard), stops the relay after."""
    guard = Penjaga()
    relay = started(authenticator=guard, **options)
    try:
        yield relay, guard
    finally:
        relay.stop()


def started(**options):
    server = SMTPServer(**options)
    server.start()
    return server


def queued(server, db, address):
    """Files a request with e-mail address; returns (number, the outbox id
    of its mail)."""
    number, _, _ = filed(server, email=address)
    (outbox_id,) = outbox_of(db, address)
    return number, outbox_id


def assert_sent_after_auth(r, relay, guard, db, outbox_id, mechanism):
    """The run went well: the relay has the one message, sent after one AUTH
    with mechanism and the right user and password."""
    assert r.returncode == 0, r.stderr
    assert len(relay.handler.for_id(outbox_id)) == 1
    assert guard.attempts == [(mechanism, USER, True)]
    assert row(db, outbox_id)[0] == "terkirim"


def assert_secret_kept(db, outbox_id, log):
    assert PASSWORD not in log
    assert PASSWORD not in (row(db, outbox_id, "COALESCE(galat_terakhir, '')")[0])


def test_starttls_then_auth_plain(server, db, workdir, cert, sandi):
    with guarded(tls_context=cert[1], require_starttls=True, auth_required=True) as (relay, guard):
        number, outbox_id = queued(server, db, "auth.plain@example.id")
        r = kirim(auth_conf(workdir, db, relay.port, cert[0], "auth.conf"))
        assert r.returncode == 0, r.stderr
        assert "message %d to example.id: sent" % outbox_id in r.stderr
        (delivered,) = relay.handler.for_id(outbox_id)
        assert delivered[3] is True and number in str(delivered[1]["Subject"])
        # Authenticated once for the session, with PLAIN, inside TLS.
        assert guard.attempts == [("PLAIN", USER, True)]
        assert_secret_kept(db, outbox_id, r.stderr)


def test_auth_login_when_plain_is_not_offered(server, db, workdir, cert, sandi):
    with guarded(tls_context=cert[1], require_starttls=True, auth_required=True,
                 auth_exclude_mechanism=["PLAIN"]) as (relay, guard):
        outbox_id = queued(server, db, "auth.login@example.id")[1]
        r = kirim(auth_conf(workdir, db, relay.port, cert[0], "auth-login.conf"))
        assert_sent_after_auth(r, relay, guard, db, outbox_id, "LOGIN")


def test_a_refused_password_keeps_the_message_and_says_why(server, db, workdir, cert):
    wrong = os.path.join(workdir, "smtp-sandi-salah")
    with open(wrong, "w") as f:
        f.write("bukan-sandinya\n")
    os.chmod(wrong, 0o600)
    with guarded(tls_context=cert[1], require_starttls=True, auth_required=True) as (relay, guard):
        outbox_id = queued(server, db, "auth.salah@example.id")[1]
        r = kirim(auth_conf(workdir, db, relay.port, cert[0], "auth-salah.conf",
                            smtp_password_file=wrong))
        assert r.returncode == 0, r.stderr
        status, attempts, later, error, _, _ = row(db, outbox_id)
        assert (status, attempts, later) == ("menunggu", "1", "1")
        assert error.startswith("AUTH: 535 5.7.8")
        assert "bukan-sandinya" not in r.stderr and "bukan-sandinya" not in error
        assert relay.handler.for_id(outbox_id) == []
        assert [a[0] for a in guard.attempts] == ["PLAIN"]
    # Out of the way of the later tests' runs.
    db.sql("UPDATE surel_keluar SET status = 'gagal' WHERE id = %d;" % outbox_id)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_then_auth(server, db, workdir, cert, sandi):
    # The whole session is in TLS, which aiosmtpd's STARTTLS check does not see.
    with guarded(ssl_context=cert[1], auth_required=True, auth_require_tls=False) as (relay, guard):
        outbox_id = queued(server, db, "auth.tls@example.id")[1]
        # The system's CA store does not know the certificate: refused before AUTH.
        r = kirim(auth_conf(workdir, db, relay.port, cert[0], "auth-tls-asing.conf",
                            smtp_tls="tls", smtp_ca_file=None))
        assert r.returncode == 0, r.stderr
        assert "TLS certificate of 127.0.0.1 not accepted" in row(db, outbox_id)[3]
        assert guard.attempts == []

        db.sql("UPDATE surel_keluar SET kirim_setelah = UTC_TIMESTAMP() WHERE id = %d;"
               % outbox_id)
        r = kirim(auth_conf(workdir, db, relay.port, cert[0], "auth-tls.conf",
                            smtp_tls="tls"))
        assert_sent_after_auth(r, relay, guard, db, outbox_id, "PLAIN")


def test_auth_settings_are_checked(db, smtp, workdir, cert, sandi):
    # Never a password over a plain connection.
    path = write_conf(os.path.join(workdir, "auth-polos.conf"), db, smtp.port,
                      smtp_user=USER, smtp_password_file="smtp-sandi")
    r = kirim(path)
    assert r.returncode == 2
    assert "smtp_user needs smtp_tls = starttls or tls" in r.stderr

    # A missing password file stops the delivery, not the reminders (which
    # send nothing and under systemd need no access to it).
    path = auth_conf(workdir, db, smtp.port, cert[0], "auth-hilang.conf",
                     smtp_password_file="tidak-ada")
    r = kirim(path)
    assert r.returncode == 2
    assert "cannot read smtp_password_file %s" % os.path.join(workdir, "tidak-ada") \
        in r.stderr
    r = kirim(path, "--pengingat")
    assert r.returncode == 0, r.stderr

    # A password file every user can read is refused (exit 2), naming the fix.
    os.chmod(os.path.join(workdir, sandi), 0o644)
    try:
        r = kirim(auth_conf(workdir, db, smtp.port, cert[0], "auth-terbuka.conf"))
        assert r.returncode == 2
        assert "smtp-sandi is readable by every user and holds the SMTP password: " \
            "refused" in r.stderr and "chmod o-r" in r.stderr
    finally:
        os.chmod(os.path.join(workdir, sandi), 0o600)
