/* Unit tests for sialip-kirim's message format and SMTP protocol helpers
 * (tools/mime.c, tools/smtp_proto.c). */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include <apr_base64.h>
#include <apr_strings.h>

#include "calendar.h"
#include "mime.h"
#include "smtp_proto.h"

/* Every line of text ends in CRLF, no bare CR or LF, none longer than max
 * characters (without the CRLF). */
static void assert_crlf_lines(const char *text, size_t max)
{
    const char *p = text, *line = text;
    for (; *p; p++) {
        if (*p == '\r') {
            assert_int_equal(p[1], '\n');
            assert_true((size_t)(p - line) <= max);
            p++;
            line = p + 1;
        }
        else {
            assert_int_not_equal(*p, '\n');
        }
    }
}

/* ---- dot-stuffing --------------------------------------------------------- */

static const unit_text_case dot_stuffed[] = {
    {"a\r\n.\r\nb\r\n", "a\r\n..\r\nb\r\n"},
    {".start\n..two\nmid.dle\n", "..start\r\n...two\r\nmid.dle\r\n"},
    /* LF, CRLF and a lone CR all become CRLF; a last line gets its CRLF. */
    {"x\ny\r\nz\r.w", "x\r\ny\r\nz\r\n..w\r\n"},
    {"", ""},
};

static void test_dot_stuffing(void **state)
{
    unit_expect_texts(*state, sk_dot_stuff, UNIT_CASES(dot_stuffed));
    /* A lone "." line can never end the DATA early. */
    assert_null(strstr(sk_dot_stuff(*state, "a\n.\nb"), "\r\n.\r\n"));
}

/* ---- quoted-printable ---------------------------------------------------- */

static const unit_text_case qp[] = {
    {"Permohonan 2026-000123", "Permohonan 2026-000123"},
    {"a=b", "a=3Db"},
    /* UTF-8 bytes are encoded. */
    {"Caf\xc3\xa9", "Caf=C3=A9"},
    /* Line ends become CRLF; trailing white space is encoded. */
    {"satu \ndua\t\r\ntiga", "satu=20\r\ndua=09\r\ntiga"},
    /* A '.' starting a line is encoded, elsewhere it is not. */
    {".a.b\n.c", "=2Ea.b\r\n=2Ec"},
    /* A bare CR is data. */
    {"a\rb", "a=0Db"},
};

static void test_qp_basic(void **state)
{
    unit_expect_texts(*state, sk_qp_encode, UNIT_CASES(qp));
}

static void test_qp_soft_breaks(void **state)
{
    apr_pool_t *p = *state;
    char longline[301];
    const char *out;
    apr_size_t i;
    char *decoded, *q;
    const char *r;

    for (i = 0; i < 300; i++) {
        longline[i] = (i % 7 == 0) ? '=' : (char)('a' + i % 26);
    }
    longline[300] = '\0';
    out = sk_qp_encode(p, longline);
    assert_crlf_lines(apr_pstrcat(p, out, "\r\n", NULL), 76);
    /* Decoding gives the input back. */
    decoded = apr_palloc(p, strlen(out) + 1);
    for (r = out, q = decoded; *r; ) {
        if (r[0] == '=' && r[1] == '\r' && r[2] == '\n') {
            r += 3;
        }
        else if (r[0] == '=') {
            char hex[3] = {r[1], r[2], 0};
            *q++ = (char)strtol(hex, NULL, 16);
            r += 3;
        }
        else {
            *q++ = *r++;
        }
    }
    *q = '\0';
    assert_string_equal(decoded, longline);
    /* Never an "=_" (the multipart boundary prefix). */
    assert_null(strstr(out, "=_"));
}

/* ---- RFC 2047 headers ------------------------------------------------------ */

/* Decodes the encoded-words of a header value back to its bytes. */
static char *decode_words(apr_pool_t *p, const char *value)
{
    char *out = "";
    const char *w = value;
    while ((w = strstr(w, "=?UTF-8?B?")) != NULL) {
        const char *end = strstr(w + 10, "?=");
        char *b64 = apr_pstrndup(p, w + 10, (apr_size_t)(end - w - 10));
        char *raw = apr_palloc(p, (apr_size_t)apr_base64_decode_len(b64) + 1);
        int n = apr_base64_decode(raw, b64);
        raw[n] = '\0';
        /* every word holds whole characters: each decodes on its own */
        assert_true(n == 0 || ((unsigned char)raw[0] & 0xC0) != 0x80);
        out = apr_pstrcat(p, out, raw, NULL);
        w = end + 2;
    }
    return out;
}

static void test_header_plain_ascii(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sk_header_encode(p, "Tanda terima permohonan 2026-000123", 9),
                        "Tanda terima permohonan 2026-000123");
    /* Controls become spaces: no header injection. */
    assert_string_equal(sk_header_encode(p, "a\r\nBcc: x@y", 9), "a  Bcc: x@y");
    /* Something that looks like an encoded-word is encoded itself. */
    assert_non_null(strstr(sk_header_encode(p, "=?x?=", 9), "=?UTF-8?B?"));
}

static void test_header_utf8_words(void **state)
{
    apr_pool_t *p = *state;
    const char *subject = "Keberatan diterima \xe2\x80\x93 permohonan 2026-000123 "
                          "\xc3\xa9\xc3\xa9\xc3\xa9 \xf0\x9f\x93\x84 "
                          "dengan uraian yang cukup panjang untuk dilipat "
                          "menjadi beberapa baris";
    const char *enc = sk_header_encode(p, subject, 9);
    const char *line = apr_pstrcat(p, "Subject: ", enc, "\r\n", NULL);
    assert_true(strncmp(enc, "=?UTF-8?B?", 10) == 0);
    assert_crlf_lines(line, 76);
    assert_non_null(strstr(enc, "\r\n =?UTF-8?B?"));   /* folded */
    assert_string_equal(decode_words(p, enc), subject);
    /* A long ASCII subject is encoded rather than left over 78 columns. */
    {
        char longer[120];
        memset(longer, 'x', sizeof(longer) - 1);
        longer[sizeof(longer) - 1] = '\0';
        enc = sk_header_encode(p, longer, 9);
        assert_crlf_lines(apr_pstrcat(p, "Subject: ", enc, "\r\n", NULL), 76);
        assert_string_equal(decode_words(p, enc), longer);
    }
}

/* ---- other headers ----------------------------------------------------------- */

static void test_date_message_id_domain(void **state)
{
    apr_pool_t *p = *state;
    /* 2026-03-13 03:00:00 UTC is 10:00 WIB on Friday 13 March 2026. */
    int64_t t = (int64_t)sl_day_from_ymd(2026, 3, 13) * 86400 + 3 * 3600;
    assert_string_equal(sk_rfc5322_date(p, t), "Fri, 13 Mar 2026 10:00:00 +0700");
    /* 20:00 UTC is already the next day in WIB. */
    assert_string_equal(sk_rfc5322_date(p, t + 17 * 3600),
                        "Sat, 14 Mar 2026 03:00:00 +0700");
    assert_string_equal(sk_message_id(p, "42", "2026-03-13 03:00:00",
                                      "ppid@serangkab.go.id"),
                        "<sialip.42.20260313030000@serangkab.go.id>");
    assert_string_equal(sk_address_domain(p, "siti@example.id"), "example.id");
    assert_string_equal(sk_address_domain(p, "tanpa-at"), "(invalid)");
    assert_string_equal(sk_address_domain(p, NULL), "(invalid)");
}

static void test_message_format(void **state)
{
    apr_pool_t *p = *state;
    sk_message m = {
        "ppid@serangkab.go.id", "PPID Kabupaten Serang", "siti@example.id",
        "Tanda terima permohonan 2026-000123 \xe2\x80\x93 SIALIP",
        "Baris satu\n.\nBaris \xc3\xa9 tiga yang panjang sekali sehingga harus "
        "dipotong oleh quoted-printable menjadi dua baris atau lebih\n",
        "<!DOCTYPE html><html><body><p>A &amp; B</p></body></html>\n",
        "<sialip.1.20260313030000@serangkab.go.id>", 1773370800, "=_sialip_abc"
    };
    const char *msg = sk_message_format(p, &m);
    const char *body = strstr(msg, "\r\n\r\n");

    assert_crlf_lines(msg, 78);
    assert_non_null(body);
    assert_true(strncmp(msg, "Date: ", 6) == 0);
    assert_non_null(strstr(msg, "\r\nFrom: PPID Kabupaten Serang <ppid@serangkab.go.id>\r\n"));
    assert_non_null(strstr(msg, "\r\nTo: siti@example.id\r\n"));
    assert_non_null(strstr(msg, "\r\nSubject: =?UTF-8?B?"));
    assert_non_null(strstr(msg, "\r\nMessage-ID: <sialip.1.20260313030000@serangkab.go.id>\r\n"));
    assert_non_null(strstr(msg, "\r\nMIME-Version: 1.0\r\n"));
    assert_non_null(strstr(msg, "multipart/alternative;\r\n boundary=\"=_sialip_abc\"\r\n"));
    assert_non_null(strstr(msg, "\r\n--=_sialip_abc\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n\r\nBaris satu\r\n=2E\r\n"));
    assert_non_null(strstr(msg, "\r\n--=_sialip_abc\r\nContent-Type: text/html; charset=UTF-8\r\n"));
    assert_non_null(strstr(msg, "<p>A &amp; B</p>"));
    assert_true(strlen(msg) > 20);
    assert_string_equal(msg + strlen(msg) - 20, "\r\n--=_sialip_abc--\r\n");
    /* The boundary appears only as delimiters (3 times) and in the header. */
    {
        int n = 0;
        const char *q = msg;
        while ((q = strstr(q, "=_sialip_abc")) != NULL) {
            n++;
            q++;
        }
        assert_int_equal(n, 4);
    }
    /* A display name with other characters is quoted or encoded. */
    m.from_name = "PPID Kab. Serang";
    assert_non_null(strstr(sk_message_format(p, &m), "From: \"PPID Kab. Serang\" <"));
    m.from_name = "PPID \xc3\x9c";
    assert_non_null(strstr(sk_message_format(p, &m), "From: =?UTF-8?B?"));
    m.from_name = "";
    assert_non_null(strstr(sk_message_format(p, &m), "\r\nFrom: ppid@serangkab.go.id\r\n"));
}

/* ---- SMTP replies ------------------------------------------------------------ */

static void test_reply_lines(void **state)
{
    int code, more;
    const char *text;
    (void)state;
    assert_int_equal(sk_smtp_parse_line("250-PIPELINING", &code, &more, &text), 0);
    assert_int_equal(code, 250);
    assert_int_equal(more, 1);
    assert_string_equal(text, "PIPELINING");
    assert_int_equal(sk_smtp_parse_line("550 5.1.1 no such user", &code, &more, &text), 0);
    assert_int_equal(code, 550);
    assert_int_equal(more, 0);
    assert_string_equal(text, "5.1.1 no such user");
    assert_int_equal(sk_smtp_parse_line("354", &code, &more, &text), 0);
    assert_int_equal(code, 354);
    assert_int_equal(more, 0);
    assert_int_equal(sk_smtp_parse_line("25", &code, &more, &text), -1);
    assert_int_equal(sk_smtp_parse_line("250x", &code, &more, &text), -1);
    assert_int_equal(sk_smtp_parse_line("hello", &code, &more, &text), -1);
    assert_int_equal(sk_smtp_parse_line("650 no", &code, &more, &text), -1);
}

static void test_ehlo_extensions(void **state)
{
    const char *ehlo = "mail.example Hello\nPIPELINING\nSIZE 10240000\nstarttls\n"
                       "8BITMIME\nSMTPUTF8";
    (void)state;
    assert_true(sk_smtp_has_ext(ehlo, "STARTTLS"));
    assert_true(sk_smtp_has_ext(ehlo, "SMTPUTF8"));
    assert_true(sk_smtp_has_ext(ehlo, "SIZE"));
    assert_false(sk_smtp_has_ext(ehlo, "AUTH"));
    assert_false(sk_smtp_has_ext(ehlo, "START"));
    /* The greeting line is not an extension. */
    assert_false(sk_smtp_has_ext("STARTTLS", "STARTTLS"));
    assert_false(sk_smtp_has_ext("", "STARTTLS"));
}

static void test_auth_mechanism_and_plain_response(void **state)
{
    apr_pool_t *p = *state;
    char decoded[64];
    int n;

    /* PLAIN when offered, else LOGIN; other mechanisms are not used. */
    assert_string_equal(sk_smtp_auth_mech("mail.example\nAUTH LOGIN PLAIN\nSIZE 1000"),
                        "PLAIN");
    assert_string_equal(sk_smtp_auth_mech("mail.example\nauth cram-md5 login"), "LOGIN");
    assert_null(sk_smtp_auth_mech("mail.example\nAUTH CRAM-MD5 XOAUTH2"));
    assert_null(sk_smtp_auth_mech("mail.example\nAUTHX PLAIN\nSTARTTLS"));
    assert_null(sk_smtp_auth_mech("mail.example\nSTARTTLS\nX-PLAIN"));
    assert_null(sk_smtp_auth_mech("AUTH PLAIN"));     /* the greeting line */
    assert_null(sk_smtp_auth_mech("mail.example\nAUTH PLAINX"));

    /* RFC 4616: NUL, user, NUL, password, in base64. */
    assert_string_equal(sk_smtp_auth_plain(p, "tim", "tanstaaftanstaaf"),
                        "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
    n = apr_base64_decode(decoded, sk_smtp_auth_plain(p, "ppid@serangkab.go.id",
                                                      "kata sandi \xc3\xa9"));
    assert_int_equal(n, 1 + 20 + 1 + 13);
    assert_memory_equal(decoded, "\0ppid@serangkab.go.id\0kata sandi \xc3\xa9", n);
    assert_string_equal(sk_base64(p, "tim", 3), "dGlt");
}

static void test_printable_and_redaction(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(sk_smtp_printable(p, "550 5.1.1\n  <x@y>\tunknown\x01\xc3\xa9", 100),
                        "550 5.1.1 <x@y> unknown???");
    assert_string_equal(sk_smtp_printable(p, "abcdef", 3), "abc");
    assert_string_equal(sk_redact_address(p, "RCPT TO: 550 <Siti@Example.id>: unknown, siti@example.id",
                                          "siti@example.id"),
                        "RCPT TO: 550 <...@example.id>: unknown, ...@example.id");
    assert_string_equal(sk_redact_address(p, "connect failed", "siti@example.id"),
                        "connect failed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dot_stuffing),
        cmocka_unit_test(test_qp_basic),
        cmocka_unit_test(test_qp_soft_breaks),
        cmocka_unit_test(test_header_plain_ascii),
        cmocka_unit_test(test_header_utf8_words),
        cmocka_unit_test(test_date_message_id_domain),
        cmocka_unit_test(test_message_format),
        cmocka_unit_test(test_reply_lines),
        cmocka_unit_test(test_ehlo_extensions),
        cmocka_unit_test(test_auth_mechanism_and_plain_response),
        cmocka_unit_test(test_printable_and_redaction),
    };
    return UNIT_RUN(tests, unit_pool_setup, unit_pool_teardown);
}
