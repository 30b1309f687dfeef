/* The connection of an SMTP session (smtp_io.h). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <string.h>
#include <arpa/inet.h>
#include <apr_portable.h>
#include <apr_strings.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include "smtp_io.h"
#include "smtp_proto.h"

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

const char *sk_smtp_io_write(sk_smtp *s, const char *data, size_t len)
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
const char *sk_smtp_io_reply(sk_smtp *s, int *code, const char **text)
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

const char *sk_smtp_io_connect(sk_smtp *s)
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

const char *sk_smtp_io_tls(sk_smtp *s)
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
