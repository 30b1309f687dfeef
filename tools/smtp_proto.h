/* The pure parts of the SMTP client: reading reply lines, EHLO keywords,
 * making server text safe to store and log. */
#ifndef SK_SMTP_PROTO_H
#define SK_SMTP_PROTO_H

#include <apr_pools.h>

/* One reply line without its CRLF: "250-PIPELINING" gives code 250,
 * *more 1 and text "PIPELINING"; "250 OK" *more 0.  A bare "250" is a last
 * line with empty text.  Returns 0, or -1 when the line is not a reply. */
int sk_smtp_parse_line(const char *line, int *code, int *more,
                       const char **text);

/* True when the EHLO reply text (lines joined by '\n', greeting line
 * first) advertises keyword ("STARTTLS", "SMTPUTF8"), case-insensitively. */
int sk_smtp_has_ext(const char *ehlo_text, const char *keyword);

/* The SMTP AUTH mechanism to use from what the EHLO reply offers on its
 * AUTH line: "PLAIN" when offered, else "LOGIN", else NULL. */
const char *sk_smtp_auth_mech(const char *ehlo_text);

/* The AUTH PLAIN initial response (RFC 4616): base64 of NUL, user, NUL,
 * password. */
char *sk_smtp_auth_plain(apr_pool_t *pool, const char *user,
                         const char *password);

/* base64 of text, for the AUTH LOGIN answers. */
char *sk_base64(apr_pool_t *pool, const char *data, size_t len);

/* Server text made safe to store and log: printable ASCII only (anything
 * else becomes '?'), runs of white space become one space, at most max
 * bytes. */
char *sk_smtp_printable(apr_pool_t *pool, const char *text, size_t max);

/* text with every occurrence of address (case-insensitive) replaced by
 * "...@domain", so a log line names the recipient's domain only. */
char *sk_redact_address(apr_pool_t *pool, const char *text,
                        const char *address);

/* How an outcome is classified. */
typedef enum {
    SK_SENT = 0,      /* accepted by the server */
    SK_TEMPORARY,     /* try again later (network, timeout, 4xx) */
    SK_PERMANENT      /* the recipient or the message was refused (5xx) */
} sk_outcome;

#endif
