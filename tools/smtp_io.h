/* The connection under sialip-kirim's SMTP session (smtp.c): a socket,
 * OpenSSL's TLS on it, and bounded reads and writes.  Every wait is bounded
 * by smtp_timeout and by the message's deadline. */
#ifndef SK_SMTP_IO_H
#define SK_SMTP_IO_H

#include <apr_network_io.h>
#include <openssl/ssl.h>
#include "kirim_conf.h"

/* The session's connection (smtp.h names the same type for its users). */
typedef struct sk_smtp sk_smtp;

#define SK_IN_SIZE 8192            /* longest reply line we read */
#define SK_REPLY_MAX 16384         /* longest multi-line reply kept */

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

/* Connects to smtp_host:smtp_port, trying each address; NULL or why not. */
const char *sk_smtp_io_connect(sk_smtp *s);
/* TLS on the connection (certificate chain and host name verified, TLS 1.2
 * or later); NULL or why not. */
const char *sk_smtp_io_tls(sk_smtp *s);
/* Writes all of data; NULL or why not. */
const char *sk_smtp_io_write(sk_smtp *s, const char *data, size_t len);
/* A whole (multi-line) reply: its code and its lines joined by '\n'. */
const char *sk_smtp_io_reply(sk_smtp *s, int *code, const char **text);

#endif
