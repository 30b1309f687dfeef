#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <string.h>
#include <arpa/inet.h>
#include <apr_network_io.h>
#include <apr_portable.h>
#include <apr_strings.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include "smtp.h"

#define SK_IN_SIZE 8192            /* longest reply line we read */
#define SK_REPLY_MAX 16384         /* longest multi-line reply kept */
#define SK_QUIT_SECONDS 5

struct sk_smtp {
    apr_pool_t *pool;
    const sk_conf *conf;
    apr_socket_t *sock;
    int fd;
    SSL_CTX *ctx;
    SSL *ssl;
    char in[SK_IN_SIZE];
    size_t in_start, in_end;
    apr_time_t deadline;
    int broken;
    int smtputf8;
};

/* Milliseconds the next wait may take: smtp_timeout, less when the
 * message's deadline is nearer; -1 when it has passed. */
static int wait_ms(const sk_smtp *s)
{
    apr_interval_time_t t = apr_time_from_sec(s->conf->smtp_timeout);
    apr_interval_time_t left = s->deadline - apr_time_now();
    if (left < t) {
        t = left;
    }
    if (t <= 0) {
        return -1;
    }
    return t < 1000 ? 1 : (int)(t / 1000);
}

static const char *errtext(apr_pool_t *pool, apr_status_t rv)
{
    char msg[160];
    if (APR_STATUS_IS_TIMEUP(rv) || APR_STATUS_IS_EAGAIN(rv)) {
        return "timed out";
    }
    return apr_pstrdup(pool, apr_strerror(rv, msg, sizeof(msg)));
}

static const char *tls_error(apr_pool_t *pool, const char *what)
{
    unsigned long e = ERR_get_error();
    char msg[256];
    if (!e) {
        return apr_psprintf(pool, "%s failed", what);
    }
    ERR_error_string_n(e, msg, sizeof(msg));
    ERR_clear_error();
    return apr_psprintf(pool, "%s failed: %s", what, msg);
}

/* Waits until the descriptor is ready for events; NULL or why not. */
static const char *wait_fd(sk_smtp *s, short events)
{
    struct pollfd pfd;
    int ms = wait_ms(s), n;

    if (ms < 0) {
        return "timed out";
    }
    pfd.fd = s->fd;
    pfd.events = events;
    pfd.revents = 0;
    do {
        n = poll(&pfd, 1, ms);
    } while (n < 0 && errno == EINTR);
    if (n == 0) {
        return "timed out";
    }
    if (n < 0) {
        return apr_pstrdup(s->pool, strerror(errno));
    }
    return NULL;
}

/* TLS: retries the operation that asked to wait; NULL to go on. */
static const char *tls_wait(sk_smtp *s, int ret, const char *what)
{
    int err = SSL_get_error(s->ssl, ret);
    if (err == SSL_ERROR_WANT_READ) {
        return wait_fd(s, POLLIN);
    }
    if (err == SSL_ERROR_WANT_WRITE) {
        return wait_fd(s, POLLOUT);
    }
    if (err == SSL_ERROR_ZERO_RETURN) {
        return "connection closed by the server";
    }
    if (err == SSL_ERROR_SYSCALL && ERR_peek_error() == 0) {
        return errno ? apr_pstrdup(s->pool, strerror(errno))
                     : "connection closed by the server";
    }
    return tls_error(s->pool, what);
}

static const char *io_write(sk_smtp *s, const char *data, size_t len)
{
    while (len > 0) {
        int ms = wait_ms(s);
        if (ms < 0) {
            return "timed out";
        }
        if (s->ssl) {
            int chunk = len > INT_MAX ? INT_MAX : (int)len;
            int n = SSL_write(s->ssl, data, chunk);
            const char *err;
            if (n > 0) {
                data += n;
                len -= (size_t)n;
                continue;
            }
            if ((err = tls_wait(s, n, "TLS write")) != NULL) {
                return err;
            }
        }
        else {
            apr_size_t n = len;
            apr_status_t rv;
            apr_socket_timeout_set(s->sock, (apr_interval_time_t)ms * 1000);
            rv = apr_socket_send(s->sock, data, &n);
            data += n;
            len -= n;
            if (rv != APR_SUCCESS) {
                return errtext(s->pool, rv);
            }
        }
    }
    return NULL;
}

/* Reads what the server sent into the buffer. */
static const char *io_fill(sk_smtp *s)
{
    size_t space;

    if (s->in_start > 0) {
        memmove(s->in, s->in + s->in_start, s->in_end - s->in_start);
        s->in_end -= s->in_start;
        s->in_start = 0;
    }
    space = sizeof(s->in) - s->in_end;
    if (space == 0) {
        return "reply line too long";
    }
    for (;;) {
        int ms = wait_ms(s);
        if (ms < 0) {
            return "timed out";
        }
        if (s->ssl) {
            int n = SSL_read(s->ssl, s->in + s->in_end, (int)space);
            const char *err;
            if (n > 0) {
                s->in_end += (size_t)n;
                return NULL;
            }
            if ((err = tls_wait(s, n, "TLS read")) != NULL) {
                return err;
            }
        }
        else {
            apr_size_t n = space;
            apr_status_t rv;
            apr_socket_timeout_set(s->sock, (apr_interval_time_t)ms * 1000);
            rv = apr_socket_recv(s->sock, s->in + s->in_end, &n);
            if (n > 0) {
                s->in_end += n;
                return NULL;
            }
            if (rv == APR_EOF || rv == APR_SUCCESS) {
                return "connection closed by the server";
            }
            return errtext(s->pool, rv);
        }
    }
}

static const char *read_line(sk_smtp *s, char **line)
{
    for (;;) {
        char *start = s->in + s->in_start;
        char *nl = memchr(start, '\n', s->in_end - s->in_start);
        const char *err;
        if (nl) {
            size_t n = (size_t)(nl - start);
            if (n > 0 && start[n - 1] == '\r') {
                n--;
            }
            *line = apr_pstrndup(s->pool, start, n);
            s->in_start += (size_t)(nl - start) + 1;
            return NULL;
        }
        if ((err = io_fill(s)) != NULL) {
            return err;
        }
    }
}

/* A whole (multi-line) reply: its code and its lines joined by '\n'. */
static const char *read_reply(sk_smtp *s, int *code, const char **text)
{
    const char *all = NULL;
    size_t total = 0;

    for (;;) {
        char *line;
        const char *t, *err;
        int c, more;

        if ((err = read_line(s, &line)) != NULL) {
            return err;
        }
        if (sk_smtp_parse_line(line, &c, &more, &t) != 0) {
            return apr_psprintf(s->pool, "not an SMTP reply: '%s'",
                                sk_smtp_printable(s->pool, line, 100));
        }
        total += strlen(t) + 1;
        if (total > SK_REPLY_MAX) {
            return "reply too long";
        }
        all = all ? apr_pstrcat(s->pool, all, "\n", t, NULL) : t;
        if (!more) {
            *code = c;
            *text = all;
            return NULL;
        }
    }
}

/* Sends a command line and reads the reply; an I/O failure breaks the
 * session. */
static const char *command(sk_smtp *s, const char *line, int *code,
                           const char **text)
{
    const char *err = io_write(s, apr_pstrcat(s->pool, line, "\r\n", NULL),
                               strlen(line) + 2);
    if (!err) {
        err = read_reply(s, code, text);
    }
    if (err) {
        s->broken = 1;
    }
    return err;
}

static const char *reply_text(apr_pool_t *pool, const char *stage, int code,
                              const char *text)
{
    return apr_psprintf(pool, "%s: %d %s", stage, code,
                        sk_smtp_printable(pool, text, 400));
}

static apr_status_t free_tls(void *data)
{
    sk_smtp *s = data;
    if (s->ssl) {
        SSL_free(s->ssl);
        s->ssl = NULL;
    }
    if (s->ctx) {
        SSL_CTX_free(s->ctx);
        s->ctx = NULL;
    }
    return APR_SUCCESS;
}

static const char *connect_any(sk_smtp *s)
{
    const sk_conf *conf = s->conf;
    apr_sockaddr_t *sa;
    apr_status_t rv, last = APR_SUCCESS;

    rv = apr_sockaddr_info_get(&sa, conf->smtp_host, APR_UNSPEC,
                               (apr_port_t)conf->smtp_port, 0, s->pool);
    if (rv != APR_SUCCESS) {
        return apr_psprintf(s->pool, "cannot resolve %s: %s", conf->smtp_host,
                            errtext(s->pool, rv));
    }
    for (; sa; sa = sa->next) {
        apr_socket_t *sock;
        apr_os_sock_t fd;
        int ms = wait_ms(s);
        if (ms < 0) {
            last = APR_TIMEUP;
            break;
        }
        rv = apr_socket_create(&sock, sa->family, SOCK_STREAM, APR_PROTO_TCP,
                               s->pool);
        if (rv != APR_SUCCESS) {
            last = rv;
            continue;
        }
        apr_socket_timeout_set(sock, (apr_interval_time_t)ms * 1000);
        rv = apr_socket_connect(sock, sa);
        if (rv == APR_SUCCESS) {
            s->sock = sock;
            apr_os_sock_get(&fd, sock);
            s->fd = fd;
            return NULL;
        }
        last = rv;
        apr_socket_close(sock);
    }
    return apr_psprintf(s->pool, "connect to %s port %d failed: %s",
                        conf->smtp_host, conf->smtp_port, errtext(s->pool, last));
}

static int is_ip_literal(const char *host)
{
    unsigned char addr[16];
    return inet_pton(AF_INET, host, addr) == 1 || inet_pton(AF_INET6, host, addr) == 1;
}

static const char *start_tls(sk_smtp *s)
{
    const sk_conf *conf = s->conf;
    X509_VERIFY_PARAM *param;
    int flags;

    apr_pool_cleanup_register(s->pool, s, free_tls, apr_pool_cleanup_null);
    ERR_clear_error();
    if (!(s->ctx = SSL_CTX_new(TLS_client_method()))) {
        return tls_error(s->pool, "TLS set-up");
    }
    SSL_CTX_set_min_proto_version(s->ctx, TLS1_2_VERSION);
    if (conf->smtp_ca_file) {
        if (SSL_CTX_load_verify_locations(s->ctx, conf->smtp_ca_file, NULL) != 1) {
            return tls_error(s->pool, apr_psprintf(s->pool, "loading smtp_ca_file %s",
                                                   conf->smtp_ca_file));
        }
    }
    else if (SSL_CTX_set_default_verify_paths(s->ctx) != 1) {
        return tls_error(s->pool, "loading the system's CA certificates");
    }
    SSL_CTX_set_verify(s->ctx, SSL_VERIFY_PEER, NULL);
    if (!(s->ssl = SSL_new(s->ctx))) {
        return tls_error(s->pool, "TLS set-up");
    }
    param = SSL_get0_param(s->ssl);
    if (is_ip_literal(conf->smtp_host)) {
        X509_VERIFY_PARAM_set1_ip_asc(param, conf->smtp_host);
    }
    else {
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        SSL_set_tlsext_host_name(s->ssl, conf->smtp_host);
        if (SSL_set1_host(s->ssl, conf->smtp_host) != 1) {
            return tls_error(s->pool, "TLS host name set-up");
        }
    }
    flags = fcntl(s->fd, F_GETFL);
    if (flags < 0 || fcntl(s->fd, F_SETFL, flags | O_NONBLOCK) < 0
        || SSL_set_fd(s->ssl, s->fd) != 1) {
        return tls_error(s->pool, "TLS set-up");
    }
    for (;;) {
        int ret = SSL_connect(s->ssl);
        const char *err;
        int e;
        if (ret == 1) {
            return NULL;
        }
        e = SSL_get_error(s->ssl, ret);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
            if ((err = wait_fd(s, e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT))) {
                return apr_pstrcat(s->pool, "TLS handshake: ", err, NULL);
            }
            continue;
        }
        if (SSL_get_verify_result(s->ssl) != X509_V_OK) {
            return apr_psprintf(s->pool, "TLS certificate of %s not accepted: %s",
                                conf->smtp_host,
                                X509_verify_cert_error_string(
                                    SSL_get_verify_result(s->ssl)));
        }
        return tls_error(s->pool, "TLS handshake");
    }
}

static const char *helo_name(apr_pool_t *pool, const sk_conf *conf)
{
    char name[APRMAXHOSTLEN + 1];
    const char *p;

    if (conf->smtp_helo) {
        return conf->smtp_helo;
    }
    if (apr_gethostname(name, sizeof(name), pool) != APR_SUCCESS || !*name) {
        return "localhost";
    }
    for (p = name; *p; p++) {
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
              || (*p >= '0' && *p <= '9') || *p == '-' || *p == '.')) {
            return "localhost";
        }
    }
    return apr_pstrdup(pool, name);
}

/* EHLO, or HELO from an old server that refuses it; *ext the EHLO text. */
static const char *hello(sk_smtp *s, const char *name, const char **ext)
{
    const char *err, *text;
    int code;

    if ((err = command(s, apr_pstrcat(s->pool, "EHLO ", name, NULL), &code, &text))) {
        return err;
    }
    if (code == 250) {
        *ext = text;
        return NULL;
    }
    if (code >= 500 && code != 554) {
        if ((err = command(s, apr_pstrcat(s->pool, "HELO ", name, NULL), &code,
                           &text))) {
            return err;
        }
        if (code == 250) {
            *ext = "";
            return NULL;
        }
    }
    return reply_text(s->pool, "EHLO", code, text);
}

/* SMTP AUTH (RFC 4954) with PLAIN, or LOGIN when that is all the server
 * offers; only ever over TLS.  NULL, or why it failed: a refusal leaves the
 * messages waiting (a configuration problem, not theirs). */
static const char *authenticate(sk_smtp *s, const char *ext)
{
    const sk_conf *conf = s->conf;
    const char *mech = sk_smtp_auth_mech(ext), *err, *text;
    int code;

    if (!s->ssl) {
        return "SMTP AUTH without TLS refused";
    }
    if (!mech) {
        return apr_psprintf(s->pool, "%s does not offer AUTH PLAIN or LOGIN "
                            "(smtp_user)", conf->smtp_host);
    }
    if (strcmp(mech, "PLAIN") == 0) {
        err = command(s, apr_pstrcat(s->pool, "AUTH PLAIN ",
                                     sk_smtp_auth_plain(s->pool, conf->smtp_user,
                                                        conf->smtp_password),
                                     NULL), &code, &text);
    }
    else {
        err = command(s, "AUTH LOGIN", &code, &text);
        if (!err && code == 334) {
            err = command(s, sk_base64(s->pool, conf->smtp_user,
                                       strlen(conf->smtp_user)), &code, &text);
        }
        if (!err && code == 334) {
            err = command(s, sk_base64(s->pool, conf->smtp_password,
                                       strlen(conf->smtp_password)), &code, &text);
        }
    }
    if (err) {
        return apr_pstrcat(s->pool, "AUTH: ", err, NULL);
    }
    return code == 235 ? NULL : reply_text(s->pool, "AUTH", code, text);
}

sk_smtp *sk_smtp_open(apr_pool_t *parent, const sk_conf *conf,
                      apr_time_t deadline, const char **error)
{
    apr_pool_t *pool;
    sk_smtp *s;
    const char *err, *text, *ext = "";
    const char *name;
    int code;

    apr_pool_create(&pool, parent);
    s = apr_pcalloc(pool, sizeof(*s));
    s->pool = pool;
    s->conf = conf;
    s->deadline = deadline;
    s->fd = -1;
    name = helo_name(pool, conf);

    if ((err = connect_any(s)) != NULL) {
        goto fail;
    }
    if (conf->smtp_tls == SK_TLS_IMPLICIT && (err = start_tls(s)) != NULL) {
        goto fail;
    }
    if ((err = read_reply(s, &code, &text)) != NULL) {
        err = apr_pstrcat(pool, "greeting: ", err, NULL);
        goto fail;
    }
    if (code != 220) {
        err = reply_text(pool, "greeting", code, text);
        goto fail;
    }
    if ((err = hello(s, name, &ext)) != NULL) {
        goto fail;
    }
    if (conf->smtp_tls == SK_TLS_STARTTLS) {
        if (!sk_smtp_has_ext(ext, "STARTTLS")) {
            err = apr_psprintf(pool, "%s does not offer STARTTLS (smtp_tls = "
                               "starttls)", conf->smtp_host);
            goto fail;
        }
        if ((err = command(s, "STARTTLS", &code, &text)) != NULL) {
            goto fail;
        }
        if (code != 220) {
            err = reply_text(pool, "STARTTLS", code, text);
            goto fail;
        }
        /* Anything already read came in clear text: refuse it (a man in
         * the middle could have injected commands). */
        if (s->in_end != s->in_start) {
            err = "the server sent data before the TLS handshake";
            goto fail;
        }
        if ((err = start_tls(s)) != NULL) {
            goto fail;
        }
        if ((err = hello(s, name, &ext)) != NULL) {
            goto fail;
        }
    }
    if (conf->smtp_user && (err = authenticate(s, ext)) != NULL) {
        goto fail;
    }
    s->smtputf8 = sk_smtp_has_ext(ext, "SMTPUTF8");
    return s;

fail:
    *error = apr_pstrdup(parent, err);
    s->broken = 1;
    apr_pool_destroy(pool);
    return NULL;
}

/* RSET after a refused step; a session that cannot reset is broken. */
static void reset(sk_smtp *s)
{
    const char *text;
    int code;
    if (!s->broken && (command(s, "RSET", &code, &text) || code != 250)) {
        s->broken = 1;
    }
}

static int ascii(const char *s)
{
    for (; *s; s++) {
        if ((unsigned char)*s > 127) {
            return 0;
        }
    }
    return 1;
}

sk_outcome sk_smtp_send(sk_smtp *s, const char *from, const char *to,
                        const char *payload, apr_time_t deadline,
                        const char **error)
{
    apr_pool_t *pool = s->pool;
    const char *err, *text;
    int utf8 = !ascii(from) || !ascii(to);
    int code;

    s->deadline = deadline;
    if (s->broken) {
        *error = "connection already failed";
        return SK_TEMPORARY;
    }
    if (utf8 && !s->smtputf8) {
        *error = "the address is not ASCII and the server does not offer SMTPUTF8";
        return SK_PERMANENT;
    }
    if ((err = command(s, apr_pstrcat(pool, "MAIL FROM:<", from, ">",
                                      utf8 ? " SMTPUTF8" : "", NULL), &code, &text))) {
        *error = apr_pstrcat(pool, "MAIL FROM: ", err, NULL);
        return SK_TEMPORARY;
    }
    if (code != 250) {
        *error = reply_text(pool, "MAIL FROM", code, text);
        reset(s);
        return SK_TEMPORARY;
    }
    if ((err = command(s, apr_pstrcat(pool, "RCPT TO:<", to, ">", NULL), &code,
                       &text))) {
        *error = apr_pstrcat(pool, "RCPT TO: ", err, NULL);
        return SK_TEMPORARY;
    }
    if (code != 250 && code != 251) {
        *error = reply_text(pool, "RCPT TO", code, text);
        reset(s);
        return code >= 500 ? SK_PERMANENT : SK_TEMPORARY;
    }
    if ((err = command(s, "DATA", &code, &text))) {
        *error = apr_pstrcat(pool, "DATA: ", err, NULL);
        return SK_TEMPORARY;
    }
    if (code != 354) {
        *error = reply_text(pool, "DATA", code, text);
        reset(s);
        return SK_TEMPORARY;
    }
    if ((err = io_write(s, payload, strlen(payload))) != NULL
        || (err = io_write(s, ".\r\n", 3)) != NULL
        || (err = read_reply(s, &code, &text)) != NULL) {
        s->broken = 1;
        *error = apr_pstrcat(pool, "message body: ", err, NULL);
        return SK_TEMPORARY;
    }
    if (code != 250) {
        *error = reply_text(pool, "end of message", code, text);
        return code >= 500 ? SK_PERMANENT : SK_TEMPORARY;
    }
    return SK_SENT;
}

int sk_smtp_ready(sk_smtp *s)
{
    if (!s || s->broken) {
        return 0;
    }
    s->deadline = apr_time_now() + apr_time_from_sec(s->conf->smtp_timeout);
    reset(s);
    return !s->broken;
}

int sk_smtp_usable(const sk_smtp *s)
{
    return s && !s->broken;
}

void sk_smtp_close(sk_smtp *s)
{
    if (!s) {
        return;
    }
    if (!s->broken) {
        const char *text;
        int code;
        apr_time_t quick = apr_time_now() + apr_time_from_sec(SK_QUIT_SECONDS);
        if (s->deadline > quick) {
            s->deadline = quick;
        }
        command(s, "QUIT", &code, &text);
        if (s->ssl && !s->broken) {
            SSL_shutdown(s->ssl);
        }
    }
    apr_pool_destroy(s->pool);
}
