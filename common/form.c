/* Form bodies: application/x-www-form-urlencoded parsed in one go, and
 * multipart/form-data collected from the streaming parser. */
#include "form.h"
#include "validate.h"
#include "sl_messages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

sl_form *sl_form_make(apr_pool_t *pool)
{
    sl_form *form = apr_palloc(pool, sizeof *form);
    form->fields = apr_table_make(pool, 16);
    form->files = apr_array_make(pool, 2, sizeof(sl_upload));
    return form;
}

/* A client-supplied name made safe for the error log: printable ASCII kept
 * (except '"' and '\\'), everything else as \xNN, long names cut short. */
static const char *log_name(apr_pool_t *pool, const char *name)
{
    enum { MAX_SHOWN = 64 };
    char *out = apr_palloc(pool, MAX_SHOWN * 4 + 4), *o = out;
    size_t i;

    if (!name)
        return "(none)";
    for (i = 0; name[i] && i < MAX_SHOWN; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
            *o++ = (char)c;
        else
            o += sprintf(o, "\\x%02X", c);
    }
    if (name[i])
        o = stpcpy(o, "...");
    *o = '\0';
    return out;
}

static sl_form_status fail(const char **detail, sl_form_status status,
                           const char *text)
{
    if (detail)
        *detail = text;
    return status;
}

/* ---- urlencoded --------------------------------------------------------- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes '+' and %XX into a NUL-terminated pool string.  Returns NULL on a
 * bad escape. */
static char *url_decode(apr_pool_t *pool, const char *s, size_t n,
                        size_t *out_len)
{
    char *out = apr_palloc(pool, n + 1), *o = out;

    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            *o++ = ' ';
        } else if (s[i] == '%') {
            int hi, lo;
            if (n - i < 3)
                return NULL;  /* a '%' too near the end */
            hi = hexval(s[i + 1]);
            lo = hexval(s[i + 2]);
            if (hi < 0 || lo < 0)
                return NULL;
            *o++ = (char)(hi * 16 + lo);
            i += 2;
        } else {
            *o++ = s[i];
        }
    }
    *o = '\0';
    *out_len = (size_t)(o - out);
    return out;
}

/* One "name=value" pair (no '&'); an absent '=' means an empty value. */
static sl_form_status add_pair(apr_pool_t *pool, const char *s, size_t n,
                               const sl_form_limits *limits, sl_form *form,
                               const char **detail)
{
    const char *eq = memchr(s, '=', n);
    size_t name_raw = eq ? (size_t)(eq - s) : n, name_len, value_len = 0;
    char *name = url_decode(pool, s, name_raw, &name_len);
    char *value;

    if (!name)
        return fail(detail, SL_FORM_BAD_ENCODING,
                    "bad %-escape in a urlencoded field name");
    if (name_len == 0)
        return fail(detail, SL_FORM_MALFORMED,
                    "urlencoded field without a name");
    if (!sl_text_acceptable(name, name_len))
        return fail(detail, SL_FORM_BAD_ENCODING, apr_psprintf(pool,
                    "urlencoded field name \"%s\" is not valid UTF-8 text",
                    log_name(pool, name)));
    value = eq ? url_decode(pool, eq + 1, n - name_raw - 1, &value_len)
               : apr_pstrdup(pool, "");
    if (!value)
        return fail(detail, SL_FORM_BAD_ENCODING, apr_psprintf(pool,
                    "bad %%-escape in urlencoded field \"%s\"",
                    log_name(pool, name)));
    if (value_len > limits->max_field_bytes)
        return fail(detail, SL_FORM_TOO_LARGE, apr_psprintf(pool,
                    "urlencoded field \"%s\" exceeds max_field_bytes (%"
                    APR_SIZE_T_FMT ")", log_name(pool, name),
                    limits->max_field_bytes));
    if (!sl_text_acceptable(value, value_len))
        return fail(detail, SL_FORM_BAD_ENCODING, apr_psprintf(pool,
                    "urlencoded field \"%s\" is not valid UTF-8 text or "
                    "holds control characters", log_name(pool, name)));
    apr_table_addn(form->fields, name, value);
    return SL_FORM_OK;
}

sl_form_status sl_urlencoded_parse(apr_pool_t *pool, const char *body,
                                   size_t len, const sl_form_limits *limits,
                                   sl_form *form, const char **detail)
{
    size_t count = 0, pos = 0;

    if (len > limits->max_body_bytes)
        return fail(detail, SL_FORM_TOO_LARGE, apr_psprintf(pool,
                    "urlencoded body of %" APR_SIZE_T_FMT " bytes exceeds "
                    "max_body_bytes (%" APR_SIZE_T_FMT ")", len,
                    limits->max_body_bytes));
    while (pos < len) {
        const char *amp = memchr(body + pos, '&', len - pos);
        size_t end = amp ? (size_t)(amp - body) : len;
        if (end > pos) {  /* "a=1&&b=2" and a trailing '&' are harmless */
            sl_form_status st;
            if (++count > limits->max_fields)
                return fail(detail, SL_FORM_TOO_MANY_FIELDS, apr_psprintf(pool,
                            "more than %" APR_SIZE_T_FMT " urlencoded fields "
                            "(max_fields)", limits->max_fields));
            st = add_pair(pool, body + pos, end - pos, limits, form, detail);
            if (st != SL_FORM_OK)
                return st;
        }
        pos = end + 1;
    }
    return SL_FORM_OK;
}

/* ---- multipart collector ------------------------------------------------ */

/* Part data grows with realloc rather than in the pool: doubling inside a
 * pool would keep every outgrown buffer until the request ends.  A pool
 * cleanup frees the block. */
typedef struct {
    char *data;
    size_t len, cap;
} heap_buf;

static apr_status_t heap_buf_free(void *p)
{
    heap_buf *b = p;
    free(b->data);
    b->data = NULL;
    return APR_SUCCESS;
}

static heap_buf *heap_buf_make(apr_pool_t *pool)
{
    heap_buf *b = apr_pcalloc(pool, sizeof *b);
    apr_pool_cleanup_register(pool, b, heap_buf_free, apr_pool_cleanup_null);
    return b;
}

/* Appends and keeps a NUL after the data; 0 when memory runs out. */
static int heap_buf_append(heap_buf *b, const char *data, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        char *nd;
        while (cap < b->len + len + 1)
            cap *= 2;
        nd = realloc(b->data, cap);
        if (!nd)
            return 0;
        b->data = nd;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 1;
}

struct sl_form_collector {
    apr_pool_t *pool;
    sl_form_limits limits;
    sl_form *form;
    sl_multipart *mp;
    size_t fed;               /* body bytes so far */
    sl_form_status status;
    const char *detail;

    const char *name;         /* current or last part */
    const char *filename;     /* NULL for a text field */
    heap_buf *buf;            /* NULL while a part's data is dropped */
    heap_buf *scratch;        /* reused for text fields */
};

static int stop(sl_form_collector *c, sl_form_status status,
                const char *detail)
{
    c->status = status;
    c->detail = detail;
    return 1;  /* non-zero tells the parser to abort */
}

static int on_part_begin(void *ctx, const char *name, const char *filename,
                         const char *content_type)
{
    sl_form_collector *c = ctx;

    c->name = name;
    c->filename = filename;
    if (!sl_text_acceptable(name, strlen(name)))
        return stop(c, SL_FORM_BAD_ENCODING, apr_psprintf(c->pool,
                    "multipart field name \"%s\" is not valid UTF-8 text",
                    log_name(c->pool, name)));
    if (filename && !sl_text_acceptable(filename, strlen(filename)))
        return stop(c, SL_FORM_BAD_ENCODING, apr_psprintf(c->pool,
                    "filename in field \"%s\" is not valid UTF-8 text",
                    log_name(c->pool, name)));
    if (!filename) {
        c->scratch->len = 0;
        c->buf = c->scratch;
    } else if (*filename) {
        c->buf = heap_buf_make(c->pool);
    } else {
        c->buf = NULL;  /* an empty file input: nothing worth keeping */
    }
    return 0;
}

static int on_part_data(void *ctx, const char *data, size_t len)
{
    sl_form_collector *c = ctx;

    if (c->buf && !heap_buf_append(c->buf, data, len))
        return stop(c, SL_FORM_TOO_LARGE, apr_psprintf(c->pool,
                    "out of memory buffering field \"%s\"",
                    log_name(c->pool, c->name)));
    return 0;
}

static int on_part_end(void *ctx)
{
    sl_form_collector *c = ctx;
    heap_buf *b = c->buf;
    sl_upload *up;

    if (!b)
        return 0;
    c->buf = NULL;
    if (!c->filename) {
        if (!sl_text_acceptable(b->data, b->len))
            return stop(c, SL_FORM_BAD_ENCODING, apr_psprintf(c->pool,
                        "multipart field \"%s\" is not valid UTF-8 text or "
                        "holds control characters", log_name(c->pool, c->name)));
        apr_table_addn(c->form->fields, c->name,
                       b->len ? apr_pstrmemdup(c->pool, b->data, b->len) : "");
        return 0;
    }
    up = apr_array_push(c->form->files);
    up->field = c->name;
    up->filename = c->filename;
    up->data = b->data ? b->data : "";
    up->len = b->len;
    return 0;
}

static const sl_mp_callbacks collector_callbacks = {
    on_part_begin, on_part_data, on_part_end
};

/* Records a parser status as the collector's, with a detail for the log. */
static void take_mp_status(sl_form_collector *c, sl_mp_status st)
{
    apr_pool_t *p = c->pool;
    const char *name = log_name(p, c->name);

    switch (st) {
    case SL_MP_OK:
    case SL_MP_ABORTED:  /* a callback already said why */
        return;
    case SL_MP_TOO_MANY_PARTS:
        stop(c, SL_FORM_TOO_MANY_FIELDS, apr_psprintf(p,
             "more than %" APR_SIZE_T_FMT " multipart parts (max_fields)",
             c->limits.max_fields));
        return;
    case SL_MP_HEADER_TOO_LARGE:
        stop(c, SL_FORM_TOO_LARGE, apr_psprintf(p,
             "a multipart part's headers exceed max_header_bytes (%"
             APR_SIZE_T_FMT ")", c->limits.max_header_bytes));
        return;
    case SL_MP_FIELD_TOO_LARGE:
        stop(c, SL_FORM_TOO_LARGE, apr_psprintf(p,
             "multipart field \"%s\" exceeds max_field_bytes (%"
             APR_SIZE_T_FMT ")", name, c->limits.max_field_bytes));
        return;
    case SL_MP_FILE_TOO_LARGE:
        stop(c, SL_FORM_TOO_LARGE, apr_psprintf(p,
             "file in field \"%s\" exceeds max_file_bytes (%"
             APR_SIZE_T_FMT ")", name, c->limits.max_file_bytes));
        return;
    case SL_MP_TRUNCATED:
        stop(c, SL_FORM_MALFORMED,
             "multipart body ended before the closing boundary");
        return;
    case SL_MP_BAD_CONTENT_TYPE:
    case SL_MP_MALFORMED:
        break;
    }
    stop(c, SL_FORM_MALFORMED, c->name
         ? apr_psprintf(p, "%s (last field seen: \"%s\")",
                        sl_mp_status_text(st), name)
         : sl_mp_status_text(st));
}

sl_form_collector *sl_form_collector_create(apr_pool_t *pool,
                                            const char *content_type,
                                            const sl_form_limits *limits,
                                            sl_form *form,
                                            sl_form_status *status)
{
    sl_form_collector *c = apr_pcalloc(pool, sizeof *c);
    sl_mp_limits mpl = {
        .max_parts = limits->max_fields,
        .max_header_bytes = limits->max_header_bytes,
        .max_field_bytes = limits->max_field_bytes,
        .max_file_bytes = limits->max_file_bytes,
    };
    sl_mp_status st;

    c->pool = pool;
    c->limits = *limits;
    c->form = form;
    c->mp = sl_multipart_create(pool, content_type, &mpl,
                                &collector_callbacks, c, &st);
    if (!c->mp) {
        if (status)
            *status = SL_FORM_MALFORMED;
        return NULL;
    }
    c->scratch = heap_buf_make(pool);
    if (status)
        *status = SL_FORM_OK;
    return c;
}

sl_form_status sl_form_collector_feed(sl_form_collector *c, const char *data,
                                      size_t len, const char **detail)
{
    if (c->status == SL_FORM_OK) {
        if (len > c->limits.max_body_bytes - c->fed)
            stop(c, SL_FORM_TOO_LARGE, apr_psprintf(c->pool,
                 "multipart body exceeds max_body_bytes (%" APR_SIZE_T_FMT ")",
                 c->limits.max_body_bytes));
        else {
            c->fed += len;
            take_mp_status(c, sl_multipart_feed(c->mp, data, len));
        }
    }
    if (c->status != SL_FORM_OK && detail)
        *detail = c->detail;
    return c->status;
}

sl_form_status sl_form_collector_finish(sl_form_collector *c,
                                        const char **detail)
{
    if (c->status == SL_FORM_OK)
        take_mp_status(c, sl_multipart_finish(c->mp));
    if (c->status != SL_FORM_OK && detail)
        *detail = c->detail;
    return c->status;
}

const char *sl_form_status_message(sl_form_status status)
{
    switch (status) {
    case SL_FORM_OK:
        return SL_MSG_FORMULIR_BERHASIL_DITERIMA;
    case SL_FORM_TOO_LARGE:
        return SL_MSG_UKURAN_KIRIMAN_MELEBIHI_BATAS;
    case SL_FORM_TOO_MANY_FIELDS:
        return SL_MSG_KIRIMAN_BERISI_TERLALU_BANYAK;
    case SL_FORM_BAD_ENCODING:
        return SL_MSG_KIRIMAN_BERISI_KARAKTER_TIDAK;
    case SL_FORM_MALFORMED:
        return SL_MSG_KIRIMAN_FORMULIR_RUSAK_TIDAK;
    }
    return SL_MSG_KIRIMAN_FORMULIR_TIDAK_DAPAT;
}
