/* sialip-kirim's SMTP session (smtp.h): greeting, EHLO, STARTTLS, AUTH
 * and the messages; the connection under it is smtp_io.c. */
#include <string.h>
#include <apr_strings.h>
#include "smtp.h"
#include "smtp_io.h"

#define SK_QUIT_SECONDS 5

/* Sends a command line and reads the reply; an I/O failure breaks the
 * session. */
static const char *command(sk_smtp *s, const char *line, int *code,
                           const char **text)
{
    const char *err = sk_smtp_io_write(s, apr_pstrcat(s->pool, line, "\r\n", NULL),
                               strlen(line) + 2);
    if (!err) {
        err = sk_smtp_io_reply(s, code, text);
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

    if ((err = sk_smtp_io_connect(s)) != NULL) {
        goto fail;
    }
    if (conf->smtp_tls == SK_TLS_IMPLICIT && (err = sk_smtp_io_tls(s)) != NULL) {
        goto fail;
    }
    if ((err = sk_smtp_io_reply(s, &code, &text)) != NULL) {
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
        if ((err = sk_smtp_io_tls(s)) != NULL) {
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
    if ((err = sk_smtp_io_write(s, payload, strlen(payload))) != NULL
        || (err = sk_smtp_io_write(s, ".\r\n", 3)) != NULL
        || (err = sk_smtp_io_reply(s, &code, &text)) != NULL) {
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
