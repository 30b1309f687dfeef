/* Internet message format for the notification e-mails (pure C): a
 * multipart/alternative message with a text and an HTML part, both UTF-8
 * in quoted-printable, RFC 2047 encoded headers, CRLF line ends, no line
 * longer than 78 characters, and the dot-stuffing of SMTP DATA. */
#ifndef SK_MIME_H
#define SK_MIME_H

#include <stdint.h>
#include <apr_pools.h>

/* The SMTP DATA payload of a message: every line end (LF, CRLF or a lone
 * CR) becomes CRLF, a line that starts with '.' gets one more '.', and the
 * payload ends with CRLF.  The terminating ".\r\n" is not added. */
char *sk_dot_stuff(apr_pool_t *pool, const char *message);

/* Quoted-printable (RFC 2045 6.7) of text whose line ends are LF or CRLF:
 * they become CRLF hard breaks; bytes outside printable ASCII, '=', a
 * trailing space or tab and a '.' starting a line are encoded; encoded
 * lines are at most 76 characters, with soft breaks. */
char *sk_qp_encode(apr_pool_t *pool, const char *text);

/* An unstructured header value (Subject) or a display name after a header
 * name of name_len characters ("Subject: " is 9): returned as it is when
 * it is short printable ASCII, otherwise as RFC 2047 "=?UTF-8?B?...?="
 * encoded-words of at most 75 characters that never split a UTF-8
 * character, folded with CRLF SPACE so no line passes 76 characters. */
char *sk_header_encode(apr_pool_t *pool, const char *value, size_t name_len);

/* RFC 5322 date-time of Unix seconds, in WIB: "Sat, 28 Nov 2026 05:30:54 +0700". */
char *sk_rfc5322_date(apr_pool_t *pool, int64_t utc_seconds);

/* "<sialip.123.20261128053054@serangkab.go.id>": stable for one outbox row
 * (id and its creation time "YYYY-MM-DD HH:MM:SS"), so a retried delivery
 * carries the same Message-ID; the domain is the sender's. */
char *sk_message_id(apr_pool_t *pool, const char *id, const char *created,
                    const char *from);

/* The domain of an address ("example.id"), or "(invalid)"; for logs that
 * must not name the recipient. */
const char *sk_address_domain(apr_pool_t *pool, const char *address);

typedef struct {
    const char *from;        /* address */
    const char *from_name;   /* display name, may be "" */
    const char *to;          /* address */
    const char *subject;     /* UTF-8 */
    const char *text;        /* UTF-8 plain text body */
    const char *html;        /* UTF-8 HTML document */
    const char *message_id;  /* with angle brackets */
    int64_t date;            /* Unix seconds */
    const char *boundary;    /* starting "=_" so quoted-printable never holds it */
} sk_message;

/* The whole message, headers and body, with CRLF line ends (not yet
 * dot-stuffed). */
char *sk_message_format(apr_pool_t *pool, const sk_message *m);

#endif
