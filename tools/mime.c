#include <string.h>
#include <apr_base64.h>
#include <apr_strings.h>
#include "calendar.h"
#include "mime.h"

/* A growing byte buffer in a pool. */
typedef struct {
    apr_pool_t *pool;
    char *data;
    size_t len, cap;
} buf;

static void buf_init(buf *b, apr_pool_t *pool, size_t cap)
{
    b->pool = pool;
    b->cap = cap < 64 ? 64 : cap;
    b->data = apr_palloc(pool, b->cap);
    b->len = 0;
}

static void buf_add(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap * 2;
        char *data;
        while (b->len + n + 1 > cap) {
            cap *= 2;
        }
        data = apr_palloc(b->pool, cap);
        memcpy(data, b->data, b->len);
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static void buf_str(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static char *buf_done(buf *b)
{
    b->data[b->len] = '\0';
    return b->data;
}

char *sk_dot_stuff(apr_pool_t *pool, const char *message)
{
    buf b;
    const char *p;
    int line_start = 1;

    buf_init(&b, pool, strlen(message) + strlen(message) / 16 + 8);
    for (p = message; *p; p++) {
        if (*p == '\r' || *p == '\n') {
            if (*p == '\r' && p[1] == '\n') {
                p++;
            }
            buf_add(&b, "\r\n", 2);
            line_start = 1;
            continue;
        }
        if (line_start && *p == '.') {
            buf_add(&b, ".", 1);
        }
        buf_add(&b, p, 1);
        line_start = 0;
    }
    if (!line_start) {
        buf_add(&b, "\r\n", 2);
    }
    return buf_done(&b);
}

/* True when p is at a line end (or the end) of LF/CRLF text. */
static int at_line_end(const char *p)
{
    return *p == '\0' || *p == '\n' || (p[0] == '\r' && p[1] == '\n');
}

char *sk_qp_encode(apr_pool_t *pool, const char *text)
{
    static const char hex[] = "0123456789ABCDEF";
    buf b;
    const char *p;
    size_t line_len = 0;

    buf_init(&b, pool, strlen(text) * 3 / 2 + 16);
    for (p = text; *p; p++) {
        unsigned char c = (unsigned char)*p;
        int literal;
        char enc[3];

        if (c == '\r' && p[1] == '\n') {
            continue;           /* the LF makes the break */
        }
        if (c == '\n') {
            buf_add(&b, "\r\n", 2);
            line_len = 0;
            continue;
        }
        if (c == ' ' || c == '\t') {
            literal = !at_line_end(p + 1);
        }
        else {
            literal = c >= 33 && c <= 126 && c != '=';
        }
        if (c == '.' && line_len == 0) {
            literal = 0;        /* never a lone "." line, whatever the relay */
        }
        if (line_len + (literal ? 1 : 3) > 75) {
            buf_add(&b, "=\r\n", 3);
            line_len = 0;
            if (c == '.') {
                literal = 0;
            }
        }
        if (literal) {
            buf_add(&b, (const char *)&c, 1);
            line_len += 1;
        }
        else {
            enc[0] = '=';
            enc[1] = hex[c >> 4];
            enc[2] = hex[c & 15];
            buf_add(&b, enc, 3);
            line_len += 3;
        }
    }
    return buf_done(&b);
}

/* Length of the UTF-8 sequence starting with lead byte c (1 for anything
 * that is not a valid lead byte, so malformed text still advances). */
static size_t utf8_seq_len(const unsigned char *s)
{
    size_t n, i;
    if (s[0] < 0xC0) {
        return 1;
    }
    n = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : s[0] < 0xF8 ? 4 : 1;
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 1;
        }
    }
    return n;
}

static void add_encoded_word(buf *b, const char *raw, size_t n)
{
    char *b64 = apr_palloc(b->pool, apr_base64_encode_len((int)n));
    int len = apr_base64_encode(b64, raw, (int)n);   /* counts the NUL */
    buf_str(b, "=?UTF-8?B?");
    buf_add(b, b64, (size_t)(len > 0 ? len - 1 : 0));
    buf_str(b, "?=");
}

char *sk_header_encode(apr_pool_t *pool, const char *value, size_t name_len)
{
    char *clean = apr_pstrdup(pool, value ? value : "");
    size_t len = strlen(clean), i, start, chunk, cap;
    int plain = 1;
    buf b;

    /* A header value is one line: control characters become spaces. */
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)clean[i];
        if (c < 32 || c == 127) {
            clean[i] = ' ';
        }
        else if (c > 127) {
            plain = 0;
        }
    }
    if (plain && name_len + len <= 78 && !strstr(clean, "=?")) {
        return clean;
    }
    buf_init(&b, pool, len * 2 + 32);
    /* base64 characters that fit a line beside "=?UTF-8?B?" and "?=":
     * the first line also holds the header name, the others one space. */
    cap = name_len + 12 + 4 <= 76 ? ((76 - name_len - 12) / 4) * 3 : 3;
    start = 0;
    while (start < len) {
        chunk = 0;
        while (start + chunk < len) {
            size_t n = utf8_seq_len((const unsigned char *)clean + start + chunk);
            if (start + chunk + n > len) {
                n = len - start - chunk;
            }
            if (chunk + n > cap) {
                break;
            }
            chunk += n;
        }
        if (chunk == 0) {       /* cannot happen with cap >= 4 */
            chunk = 1;
        }
        if (start > 0) {
            buf_str(&b, "\r\n ");
        }
        add_encoded_word(&b, clean + start, chunk);
        start += chunk;
        cap = ((76 - 1 - 12) / 4) * 3;   /* 45 bytes */
    }
    return buf_done(&b);
}

char *sk_rfc5322_date(apr_pool_t *pool, int64_t utc_seconds)
{
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu",
                                       "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May",
                                         "Jun", "Jul", "Aug", "Sep", "Oct",
                                         "Nov", "Dec"};
    int64_t t = utc_seconds + SL_WIB_OFFSET_SECONDS;
    int64_t d = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t secs = t - d * 86400;
    int y, m, md;

    sl_day_to_ymd((sl_day)d, &y, &m, &md);
    return apr_psprintf(pool, "%s, %d %s %04d %02d:%02d:%02d +0700",
                        days[sl_day_weekday((sl_day)d)], md, months[m - 1], y,
                        (int)(secs / 3600), (int)(secs / 60 % 60),
                        (int)(secs % 60));
}

char *sk_message_id(apr_pool_t *pool, const char *id, const char *created,
                    const char *from)
{
    char *stamp = apr_pstrdup(pool, created ? created : "");
    const char *at = from ? strrchr(from, '@') : NULL;
    char *q = stamp;
    const char *p;

    for (p = stamp; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            *q++ = *p;
        }
    }
    *q = '\0';
    return apr_psprintf(pool, "<sialip.%s.%s@%s>", id, stamp,
                        at && at[1] ? at + 1 : "sialip.invalid");
}

const char *sk_address_domain(apr_pool_t *pool, const char *address)
{
    const char *at = address ? strrchr(address, '@') : NULL;
    if (!at || !at[1]) {
        return "(invalid)";
    }
    return apr_pstrdup(pool, at + 1);
}

/* The display name of From: as it is when only letters, digits and
 * spaces; quoted when other printable ASCII; otherwise encoded-words. */
static const char *display_name(apr_pool_t *pool, const char *name)
{
    const char *p;
    int atoms = 1, quotable = 1;

    for (p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9') || c == ' ')) {
            atoms = 0;
        }
        if (c < 32 || c > 126 || c == '"' || c == '\\') {
            quotable = 0;
        }
    }
    if (strlen(name) > 60) {
        atoms = quotable = 0;
    }
    if (atoms) {
        return name;
    }
    if (quotable) {
        return apr_pstrcat(pool, "\"", name, "\"", NULL);
    }
    return sk_header_encode(pool, name, 6);
}

char *sk_message_format(apr_pool_t *pool, const sk_message *m)
{
    buf b;
    const char *from = m->from_name && *m->from_name
                       ? apr_pstrcat(pool, display_name(pool, m->from_name),
                                     " <", m->from, ">", NULL)
                       : m->from;

    buf_init(&b, pool, strlen(m->text) * 2 + strlen(m->html) * 2 + 1024);
    buf_str(&b, apr_pstrcat(pool,
        "Date: ", sk_rfc5322_date(pool, m->date), "\r\n",
        "From: ", from, "\r\n",
        "To: ", m->to, "\r\n",
        "Subject: ", sk_header_encode(pool, m->subject, 9), "\r\n",
        "Message-ID: ", m->message_id, "\r\n",
        "MIME-Version: 1.0\r\n",
        "Auto-Submitted: auto-generated\r\n",
        "Content-Type: multipart/alternative;\r\n",
        " boundary=\"", m->boundary, "\"\r\n",
        "\r\n",
        "This is a multi-part message in MIME format.\r\n",
        "\r\n--", m->boundary, "\r\n",
        "Content-Type: text/plain; charset=UTF-8\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n",
        "\r\n", NULL));
    buf_str(&b, sk_qp_encode(pool, m->text));
    buf_str(&b, apr_pstrcat(pool,
        "\r\n--", m->boundary, "\r\n",
        "Content-Type: text/html; charset=UTF-8\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n",
        "\r\n", NULL));
    buf_str(&b, sk_qp_encode(pool, m->html));
    buf_str(&b, apr_pstrcat(pool, "\r\n--", m->boundary, "--\r\n", NULL));
    return buf_done(&b);
}
