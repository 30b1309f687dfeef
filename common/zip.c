/* A ZIP archive in memory (zip.h).  Layout: for each file a local header,
 * its data; then the central directory (one record per file) and the end
 * of central directory record.  All numbers little-endian. */
#include <string.h>
#include <zlib.h>
#include <apr_strings.h>
#include <apr_tables.h>
#include "zip.h"

#define ZIP_LIMIT 0xFFFFFFFFu
#define ZIP_MAX_FILES 65535

struct sl_zip {
    apr_pool_t *pool;
    apr_array_header_t *out;        /* char: local headers and data */
    apr_array_header_t *central;    /* char: central directory records */
    int files;
    int finished;
};

/* Appends n bytes to a byte array, doubling its room when needed. */
static void put(apr_array_header_t *a, const void *data, apr_size_t n)
{
    if ((apr_size_t)(a->nalloc - a->nelts) < n) {
        apr_size_t want = ((apr_size_t)a->nelts + n) * 2;
        char *bigger = apr_palloc(a->pool, want);
        memcpy(bigger, a->elts, (apr_size_t)a->nelts);
        a->elts = bigger;
        a->nalloc = (int)want;
    }
    if (n) {
        memcpy(a->elts + a->nelts, data, n);
        a->nelts += (int)n;
    }
}

static void u16(apr_array_header_t *a, unsigned v)
{
    unsigned char b[2] = {(unsigned char)(v & 0xFF), (unsigned char)((v >> 8) & 0xFF)};
    put(a, b, 2);
}

static void u32(apr_array_header_t *a, unsigned long v)
{
    unsigned char b[4] = {(unsigned char)(v & 0xFF), (unsigned char)((v >> 8) & 0xFF),
                          (unsigned char)((v >> 16) & 0xFF),
                          (unsigned char)((v >> 24) & 0xFF)};
    put(a, b, 4);
}

sl_zip *sl_zip_new(apr_pool_t *pool)
{
    sl_zip *z = apr_pcalloc(pool, sizeof(*z));
    z->pool = pool;
    z->out = apr_array_make(pool, 64 * 1024, 1);
    z->central = apr_array_make(pool, 4096, 1);
    return z;
}

int sl_zip_count(const sl_zip *z)
{
    return z->files;
}

static int name_ok(const char *name)
{
    const char *seg = name;
    if (!*name || *name == '/' || strlen(name) > 0xFFFF || strchr(name, '\\')) {
        return 0;
    }
    for (;;) {
        const char *end = strchr(seg, '/');
        apr_size_t n = end ? (apr_size_t)(end - seg) : strlen(seg);
        if (n == 0 || (n == 2 && seg[0] == '.' && seg[1] == '.')
            || (n == 1 && seg[0] == '.')) {
            return 0;
        }
        if (!end) {
            return 1;
        }
        seg = end + 1;
    }
}

/* Raw deflate of data into pool memory; *out_len, or -1. */
static int deflate_raw(apr_pool_t *p, const void *data, apr_size_t len,
                       unsigned char **out, apr_size_t *out_len)
{
    z_stream s;
    uLong bound;
    int rv;

    memset(&s, 0, sizeof(s));
    if (deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
        return -1;
    }
    bound = deflateBound(&s, (uLong)len);
    *out = apr_palloc(p, bound ? bound : 1);
    s.next_in = (Bytef *)data;
    s.avail_in = (uInt)len;
    s.next_out = *out;
    s.avail_out = (uInt)bound;
    rv = deflate(&s, Z_FINISH);
    *out_len = s.total_out;
    deflateEnd(&s);
    return rv == Z_STREAM_END ? 0 : -1;
}

/* What a file's local header and its central directory record share. */
typedef struct {
    unsigned method, dos_time, dos_date, name_len;
    unsigned long crc, packed_len, len;
} entry_fields;

/* Those fields in their order in both, from "version needed" to the extra
 * field's length (none). */
static void common_fields(apr_array_header_t *b, const entry_fields *f)
{
    u16(b, 20);                         /* version needed: 2.0 (deflate) */
    u16(b, 1u << 11);                   /* UTF-8 names */
    u16(b, f->method);
    u16(b, f->dos_time);
    u16(b, f->dos_date);
    u32(b, f->crc);
    u32(b, f->packed_len);
    u32(b, f->len);
    u16(b, f->name_len);
    u16(b, 0);                          /* extra */
}

int sl_zip_add(sl_zip *z, const char *name, const void *data, apr_size_t len,
               apr_time_t mtime, int offset_seconds)
{
    entry_fields f;
    apr_time_exp_t t;
    unsigned dos_time, dos_date, method = 8;
    unsigned long crc, offset = (unsigned long)z->out->nelts;
    unsigned char *packed;
    apr_size_t packed_len, name_len;

    if (z->finished || !name_ok(name) || z->files >= ZIP_MAX_FILES
        || (apr_uint64_t)len > ZIP_LIMIT || (apr_uint64_t)len > (apr_uint64_t)0x7FFFFFFF) {
        return -1;
    }
    name_len = strlen(name);
    if (deflate_raw(z->pool, data, len, &packed, &packed_len) != 0) {
        return -1;
    }
    if (packed_len >= len) {
        method = 0;                     /* stored: deflate did not help */
        packed = (unsigned char *)data;
        packed_len = len;
    }
    if ((apr_uint64_t)z->out->nelts + 30 + name_len + packed_len
        + (apr_uint64_t)z->central->nelts + 46 * 2 + name_len + 22 > ZIP_LIMIT) {
        return -1;
    }
    crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, (const Bytef *)data, (uInt)len);
    apr_time_exp_tz(&t, mtime, offset_seconds);
    if (t.tm_year < 80) {               /* DOS dates start in 1980 */
        t.tm_year = 80, t.tm_mon = 0, t.tm_mday = 1, t.tm_hour = t.tm_min = t.tm_sec = 0;
    }
    dos_time = (unsigned)((t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec / 2));
    dos_date = (unsigned)(((t.tm_year - 80) << 9) | ((t.tm_mon + 1) << 5) | t.tm_mday);
    f.method = method;
    f.dos_time = dos_time;
    f.dos_date = dos_date;
    f.crc = crc;
    f.packed_len = (unsigned long)packed_len;
    f.len = (unsigned long)len;
    f.name_len = (unsigned)name_len;

    /* Local file header. */
    u32(z->out, 0x04034b50UL);
    common_fields(z->out, &f);
    put(z->out, name, name_len);
    put(z->out, packed, packed_len);

    /* Its central directory record. */
    u32(z->central, 0x02014b50UL);
    u16(z->central, (3u << 8) | 20);    /* made by: Unix, 2.0 */
    common_fields(z->central, &f);
    u16(z->central, 0);                 /* comment */
    u16(z->central, 0);                 /* disk */
    u16(z->central, 0);                 /* internal attributes */
    u32(z->central, 0100644UL << 16);   /* a regular file, rw-r--r-- */
    u32(z->central, offset);
    put(z->central, name, name_len);
    z->files++;
    return 0;
}

int sl_zip_finish(sl_zip *z, const char **bytes, apr_size_t *len)
{
    unsigned long dir_offset = (unsigned long)z->out->nelts;
    unsigned long dir_len = (unsigned long)z->central->nelts;

    if (z->finished) {
        return -1;
    }
    z->finished = 1;
    put(z->out, z->central->elts, (apr_size_t)z->central->nelts);
    u32(z->out, 0x06054b50UL);
    u16(z->out, 0);
    u16(z->out, 0);
    u16(z->out, (unsigned)z->files);
    u16(z->out, (unsigned)z->files);
    u32(z->out, dir_len);
    u32(z->out, dir_offset);
    u16(z->out, 0);
    *bytes = z->out->elts;
    *len = (apr_size_t)z->out->nelts;
    return 0;
}
