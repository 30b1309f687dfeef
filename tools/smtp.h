/* A small SMTP client (RFC 5321) over apr sockets, with STARTTLS or
 * implicit TLS through OpenSSL and SMTP AUTH PLAIN or LOGIN over TLS: one
 * session carries several messages (RSET between refused ones).  Every
 * network wait is bounded by smtp_timeout and by the caller's deadline for
 * the message, so a stuck server never holds a message past its claim on
 * the outbox row. */
#ifndef SK_SMTP_H
#define SK_SMTP_H

#include <apr_pools.h>
#include <apr_time.h>
#include "kirim_conf.h"
#include "smtp_proto.h"

typedef struct sk_smtp sk_smtp;

/* Connects (with smtp_tls = tls, in TLS from the start), reads the
 * greeting, says EHLO and, with smtp_tls = starttls, switches to TLS and
 * says EHLO again (either way: certificate chain and host name verified,
 * TLS 1.2 or later); with smtp_user, authenticates (conf->smtp_password
 * read).  NULL with *error set when that fails; such a failure is always
 * temporary. */
sk_smtp *sk_smtp_open(apr_pool_t *pool, const sk_conf *conf,
                      apr_time_t deadline, const char **error);

/* Sends one message: MAIL FROM, RCPT TO, DATA with the payload (already
 * dot-stuffed, ending in CRLF) and the final dot.  SK_PERMANENT when the
 * server refuses the recipient or the message with 5xx; SK_TEMPORARY for a
 * network failure, a timeout, a 4xx, or a 5xx to MAIL FROM or DATA (a
 * problem of the server or of this configuration, not of the message).
 * *error describes a failure ("RCPT TO: 550 5.1.1 ..."). */
sk_outcome sk_smtp_send(sk_smtp *s, const char *from, const char *to,
                        const char *payload, apr_time_t deadline,
                        const char **error);

/* Before reusing a session for the next message: RSET, so a connection the
 * server dropped while idle is noticed before the message counts an
 * attempt.  1 when the session is ready. */
int sk_smtp_ready(sk_smtp *s);

/* False once the connection failed: open a new session. */
int sk_smtp_usable(const sk_smtp *s);

/* QUIT when the connection is usable, then closes it. */
void sk_smtp_close(sk_smtp *s);

#endif
