/* libFuzzer harness of the field checks and escapes: every validator in
 * common/validate.h, tracking codes (common/trackcode.h), file typing
 * (common/filetype.h), the escapes of common/escape.h and the request
 * rules of mod_sialip/permohonan_rules.c.
 *
 * The whole input is one text; the same input cut at NUL bytes gives the
 * request form's twelve fields in order (a field that is a lone 0x01 byte
 * is absent, NULL).  Each function's result is checked against what its
 * header promises. */
#include <string.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "escape.h"
#include "filetype.h"
#include "fuzz_support.h"
#include "permohonan_rules.h"
#include "trackcode.h"
#include "validate.h"

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static void check_validators(const char *text, size_t len)
{
    int valid = sl_utf8_valid(text, len);
    int acceptable = sl_text_acceptable(text, len);
    size_t n;

    FZ_CHECK(!acceptable || valid);
    if (valid) {
        n = sl_utf8_length(text, len);
        FZ_CHECK(n <= len);
        FZ_CHECK(len <= 4 * n);
    }
    if (acceptable)
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)text[i];
            FZ_CHECK(c >= 0x20 || c == '\t' || c == '\r' || c == '\n');
            FZ_CHECK(c != 0x7f);
        }

    /* From here on C strings: the text up to its first NUL. */
    if (sl_valid_nik(text)) {
        FZ_CHECK(strlen(text) == 16);
        for (int i = 0; i < 16; i++)
            FZ_CHECK(is_digit(text[i]));
    }
    if (sl_valid_email(text)) {
        const char *at = strchr(text, '@');
        FZ_CHECK(strlen(text) <= 254);
        FZ_CHECK(at != NULL && at != text && strchr(at + 1, '@') == NULL);
        FZ_CHECK(strchr(at + 1, '.') != NULL);
        FZ_CHECK(strpbrk(text, " \t\r\n") == NULL);
    }
    if (sl_valid_phone(text)) {
        int digits = 0;
        for (const char *p = text; *p; p++) {
            if (is_digit(*p))
                digits++;
            else
                FZ_CHECK(strchr(" -.+", *p) != NULL);
        }
        FZ_CHECK(digits >= 8 && digits <= 15);
    }
    if (!sl_not_blank(text))
        for (const char *p = text; *p; p++)
            FZ_CHECK((unsigned char)*p >= 0x80 || strchr(" \t\r\n\v\f", *p));
    FZ_CHECK(!sl_not_blank(""));
    FZ_CHECK(!sl_valid_nik(NULL) && !sl_valid_email(NULL)
             && !sl_valid_phone(NULL) && !sl_not_blank(NULL));
}

static int in_alphabet(char c)
{
    return c && strchr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", c) != NULL;
}

static void check_trackcode(apr_pool_t *pool, const uint8_t *data,
                            size_t size, const char *text)
{
    char *canon = sl_trackcode_normalize(pool, text);

    if (canon) {
        char *printed, *again;
        FZ_CHECK(strlen(canon) == SL_TRACKCODE_SYMBOLS);
        for (int i = 0; i < SL_TRACKCODE_SYMBOLS; i++)
            FZ_CHECK(in_alphabet(canon[i]));
        printed = sl_trackcode_printed(pool, canon);
        FZ_CHECK(strlen(printed) == SL_TRACKCODE_SYMBOLS + 3);
        again = sl_trackcode_normalize(pool, printed);
        FZ_CHECK(again && strcmp(again, canon) == 0);
    }
    if (size >= SL_TRACKCODE_BYTES) {
        unsigned char bytes[SL_TRACKCODE_BYTES];
        char *code, *c2;
        memcpy(bytes, data, sizeof bytes);
        code = sl_trackcode_format(pool, bytes);
        FZ_CHECK(strlen(code) == SL_TRACKCODE_SYMBOLS + 3);
        c2 = sl_trackcode_normalize(pool, code);
        FZ_CHECK(c2 != NULL);
        FZ_CHECK(strcmp(sl_trackcode_printed(pool, c2), code) == 0);
    }
    FZ_CHECK(sl_trackcode_normalize(pool, NULL) == NULL);
}

static void check_filetype(const uint8_t *data, size_t size)
{
    const sl_filetype *t = sl_filetype_sniff(data, size);
    if (t) {
        FZ_CHECK(t->mime && t->extension);
        FZ_CHECK(size >= 3);
    }
}

static void check_escapes(apr_pool_t *pool, const char *text, unsigned cut)
{
    const char *html = sl_html_escape(pool, text);
    const char *csv = sl_csv_field(pool, text);
    const char *file = sl_safe_filename(pool, text);
    const char *prefix = sl_utf8_prefix(pool, text, cut);
    size_t len = strlen(text);

    /* HTML: no markup character survives; every '&' starts an entity. */
    FZ_CHECK(strpbrk(html, "<>\"'") == NULL);
    for (const char *p = strchr(html, '&'); p; p = strchr(p + 1, '&'))
        FZ_CHECK(!strncmp(p, "&amp;", 5) || !strncmp(p, "&lt;", 4)
                 || !strncmp(p, "&gt;", 4) || !strncmp(p, "&quot;", 6)
                 || !strncmp(p, "&#39;", 5));
    FZ_CHECK(strlen(html) >= len);

    /* CSV: never starts a formula; quoted when it must be, and then the
     * inside has its quotes doubled. */
    FZ_CHECK(!csv[0] || !strchr("=+-@\t\r", csv[0]));
    if (strpbrk(text, ";\"\r\n")) {
        size_t n = strlen(csv);
        FZ_CHECK(n >= 2 && csv[0] == '"' && csv[n - 1] == '"');
        for (size_t i = 1; i + 1 < n; i++)
            if (csv[i] == '"') {
                FZ_CHECK(i + 2 < n && csv[i + 1] == '"');
                i++;
            }
        if (n > 2)
            FZ_CHECK(csv[1] != '=' && csv[1] != '+' && csv[1] != '-'
                     && csv[1] != '@');
    } else {
        FZ_CHECK(strchr(csv, '"') == NULL);
    }

    /* Filenames: never empty, only safe characters, never hidden. */
    FZ_CHECK(file[0] != '\0' && file[0] != '.');
    for (const char *p = file; *p; p++)
        FZ_CHECK((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')
                 || is_digit(*p) || *p == '-' || *p == '_' || *p == '.');
    FZ_CHECK(strlen(file) <= (len ? len : 6));

    /* A prefix of the text; of valid text, valid with min(cut, length)
     * characters. */
    FZ_CHECK(strncmp(prefix, text, strlen(prefix)) == 0);
    if (sl_utf8_valid(text, len)) {
        size_t plen = strlen(prefix), chars = sl_utf8_length(text, len);
        FZ_CHECK(sl_utf8_valid(prefix, plen));
        FZ_CHECK(sl_utf8_length(prefix, plen) == (chars < cut ? chars : cut));
    }
    FZ_CHECK(strcmp(sl_html_escape(pool, NULL), "") == 0);
    FZ_CHECK(strcmp(sl_csv_field(pool, NULL), "") == 0);
    FZ_CHECK(strcmp(sl_safe_filename(pool, NULL), "berkas") == 0);
    FZ_CHECK(strcmp(sl_utf8_prefix(pool, NULL, cut), "") == 0);
}

static const char *const FIELDS[] = {
    "jenis_pemohon", "nama", "nik", "nomor_badan_hukum", "alamat", "telepon",
    "email", "pekerjaan", "rincian", "tujuan", "cara_memperoleh",
    "cara_salinan",
};

static void check_permohonan(apr_pool_t *pool, const uint8_t *data,
                             size_t size)
{
    fz_input in = {data, size};
    const char *v[12];
    sl_permohonan_input req;
    apr_array_header_t *errors = apr_array_make(pool, 4,
                                                sizeof(sl_field_error));
    int n;

    for (int i = 0; i < 12; i++) {
        char *f = fz_until(&in, 0);
        v[i] = (f && strcmp(f, "\x01") == 0) ? NULL : f;
    }
    req = (sl_permohonan_input){
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
        v[11],
    };
    n = sl_permohonan_validate(&req, errors);
    FZ_CHECK(n == errors->nelts);
    for (int i = 0; i < errors->nelts; i++) {
        const sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        int known = 0;
        for (size_t j = 0; j < sizeof FIELDS / sizeof *FIELDS; j++)
            known |= strcmp(e->field, FIELDS[j]) == 0;
        FZ_CHECK(known);
        FZ_CHECK(e->message && *e->message);
    }
    /* A valid request has what the rules require. */
    if (n == 0) {
        FZ_CHECK(req.nama && sl_not_blank(req.nama));
        FZ_CHECK((req.telepon && sl_valid_phone(req.telepon))
                 || (req.email && sl_valid_email(req.email)));
        if (req.nik && sl_not_blank(req.nik))
            FZ_CHECK(sl_valid_nik(req.nik));
    }
    /* The same input, validated again, gives the same count. */
    FZ_CHECK(sl_permohonan_validate(&req, errors) == n);
    FZ_CHECK(sl_choice_label(sl_jenis_pemohon_choices, v[0] ? v[0] : "")
             != NULL);
    FZ_CHECK(sl_choice_label(sl_cara_memperoleh_choices, v[10] ? v[10] : "")
             != NULL);
    FZ_CHECK(sl_choice_label(sl_kanal_choices, v[1] ? v[1] : "") != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *pool = fz_begin();
    /* An exact-size copy, so a read past the end is caught; the NUL after
     * it is for the C-string functions. */
    char *text = fz_strndup(data, size);

    check_validators(text, size);
    check_trackcode(pool, data, size, text);
    check_filetype(data, size);
    check_escapes(pool, text, size ? data[0] % 40 : 0);
    check_permohonan(pool, data, size);
    fz_end(pool);
    return 0;
}
