#include <httpd.h>
#include <http_protocol.h>
#include <http_request.h>
#include <util_filter.h>
#include <apr_atomic.h>
#include <apr_strings.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <libdeflate.h>
#include "sl_heavycache.h"
#include "sl_heavycache_int.h"
#include "sl_module.h"

/* Writing a computed heavy page to the cache folder (sl_heavycache.h): an
 * output filter copies the body to a hidden temporary file; at the end of
 * a whole 200 page the file is compressed whole into a second one and both
 * are renamed into place, so a reader sees a whole file or the one before.
 * libdeflate, not zlib's stream: the copy is made once and sent many
 * times, and on the annual report (9.7 MB) libdeflate's level 8 makes it
 * 240 KB in 0.11 s of CPU where zlib's best level made 256 KB in 0.17 s. */
typedef struct {
    request_rec *r;
    const char *final, *tmp, *final_gz, *tmp_gz;
    apr_file_t *out, *out_gz;
    int failed, opened, done, with_query;
    apr_off_t size;                 /* of the body */
    apr_size_t head_len;            /* the header before it */
    apr_uint32_t generation;
    long day;
    apr_int64_t started;
    apr_time_t began;               /* to measure the cost */
    apr_off_t cost_at;              /* where the header's cost field is */
} capture;

#define SL_HEAVY_KEEP_BUFFER (64 * 1024)
#define SL_HEAVY_GZIP_LEVEL 8


static apr_status_t capture_cleanup(void *data)
{
    capture *cp = data;
    if (cp->out) {
        apr_file_close(cp->out);
        cp->out = NULL;
    }
    if (cp->out_gz) {
        apr_file_close(cp->out_gz);
        cp->out_gz = NULL;
    }
    if (!cp->done && cp->opened) {
        apr_file_remove(cp->tmp, cp->r->pool);
        apr_file_remove(cp->tmp_gz, cp->r->pool);
    }
    return APR_SUCCESS;
}

static int write_all(apr_file_t *f, const void *buf, apr_size_t len)
{
    return apr_file_write_full(f, buf, len, NULL) == APR_SUCCESS ? 0 : -1;
}

/* The body of the finished copy (after its header) compressed whole into
 * the gzip copy: the file mapped, the output in pages mapped for it (only
 * the compressed size is ever touched), nothing left in the heap. */
static int gzip_copy(capture *cp)
{
    apr_file_t *in;
    apr_os_file_t fd;
    apr_size_t total = cp->head_len + (apr_size_t)cp->size, bound, n = 0;
    struct libdeflate_compressor *z;
    void *src = MAP_FAILED, *dst = MAP_FAILED;
    int rv = -1;

    if (apr_file_open(&in, cp->tmp, APR_FOPEN_READ, 0, cp->r->pool) != APR_SUCCESS) {
        return -1;
    }
    if (!(z = libdeflate_alloc_compressor(SL_HEAVY_GZIP_LEVEL))) {
        apr_file_close(in);
        return -1;
    }
    bound = libdeflate_gzip_compress_bound(z, (size_t)cp->size);
    if (apr_os_file_get(&fd, in) == APR_SUCCESS
        && (src = mmap(NULL, total, PROT_READ, MAP_PRIVATE, fd, 0)) != MAP_FAILED
        && (dst = mmap(NULL, bound, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                       -1, 0)) != MAP_FAILED
        && (n = libdeflate_gzip_compress(z, (const char *)src + cp->head_len,
                                         (size_t)cp->size, dst, bound)) > 0) {
        rv = write_all(cp->out_gz, dst, n);
    }
    if (dst != MAP_FAILED) {
        munmap(dst, bound);
    }
    if (src != MAP_FAILED) {
        munmap(src, total);
    }
    libdeflate_free_compressor(z);
    apr_file_close(in);
    return rv;
}

static int capture_open(capture *cp)
{
    request_rec *r = cp->r;
    const char *disposition = apr_table_get(r->headers_out, "Content-Disposition");
    const char *head;
    apr_int32_t flags = APR_FOPEN_WRITE | APR_FOPEN_CREATE | APR_FOPEN_EXCL
                        | APR_FOPEN_BUFFERED;

    /* Only a whole 200 page for anybody: no cookie, no other encoding. */
    if (r->status != HTTP_OK || r->header_only || !r->content_type
        || apr_table_get(r->headers_out, "Set-Cookie")
        || apr_table_get(r->err_headers_out, "Set-Cookie")
        || apr_table_get(r->headers_out, "Content-Encoding")) {
        return -1;
    }
    head = apr_psprintf(r->pool, "SLH1 %" APR_UINT64_T_HEX_FMT " %lu %ld %"
                        APR_INT64_T_FMT " ", sl_heavy->token,
                        (unsigned long)cp->generation, cp->day, cp->started);
    /* The cost is known at the end: written over the zeros then. */
    cp->cost_at = strlen(head);
    head = apr_pstrcat(r->pool, head, "0000000000\n", r->content_type, "\n",
                       disposition ? disposition : "", "\n--\n", NULL);
    if (strlen(head) >= SL_HEAVY_HEADER_MAX || strpbrk(r->content_type, "\r\n")
        || (disposition && strpbrk(disposition, "\r\n"))) {
        return -1;
    }
    cp->opened = 1;
    if (apr_file_open(&cp->out, cp->tmp, flags, APR_FPROT_UREAD | APR_FPROT_UWRITE,
                      r->pool) != APR_SUCCESS
        || apr_file_open(&cp->out_gz, cp->tmp_gz, flags,
                         APR_FPROT_UREAD | APR_FPROT_UWRITE, r->pool) != APR_SUCCESS) {
        return -1;
    }
    /* APR's 4 KB buffer made the annual report's copy 2,400 write(2)s. */
    apr_file_buffer_set(cp->out, apr_palloc(r->pool, SL_HEAVY_KEEP_BUFFER),
                        SL_HEAVY_KEEP_BUFFER);
    cp->head_len = strlen(head);
    return write_all(cp->out, head, strlen(head)) == 0
           && write_all(cp->out_gz, head, strlen(head)) == 0 ? 0 : -1;
}

static int capture_data(capture *cp, const char *data, apr_size_t len)
{
    cp->size += len;
    return cp->size > SL_HEAVY_MAX_PAGE || write_all(cp->out, data, len) != 0 ? -1 : 0;
}

static apr_int64_t cost_of(const capture *cp)
{
    apr_int64_t cost = apr_time_now() - cp->began;
    return cost < 0 ? 0 : cost > 9999999999LL ? 9999999999LL : cost;
}

/* Room for one more page of its kind: stale files go; when its part of
 * the folder is used up, the kept page of that part that was cheapest to
 * compute goes if it was cheaper than this one (so pages that are cheap to
 * ask for cannot push out the costly ones), else this page is not kept. */
static int room_for(capture *cp, apr_off_t bytes)
{
    apr_pool_t *p;
    apr_dir_t *d;
    apr_finfo_t fi;
    apr_int64_t now = apr_time_sec(apr_time_now());
    apr_uint32_t generation = apr_atomic_read32(sl_heavy->written);
    int files = 0, query_files = 0, ok, mine = cp->with_query ? 'q' : 'p';
    apr_int64_t cost = cost_of(cp), cheapest = cost;
    const char *victim = NULL;
    apr_off_t victim_size = 0;

    if (apr_pool_create(&p, cp->r->pool) != APR_SUCCESS) {
        return 0;
    }
    if (apr_dir_open(&d, sl_heavy->dir, p) != APR_SUCCESS) {
        apr_pool_destroy(p);
        return 0;
    }
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE | APR_FINFO_SIZE
                        | APR_FINFO_MTIME, d) == APR_SUCCESS) {
        const char *path = apr_pstrcat(p, sl_heavy->dir, "/", fi.name, NULL);
        apr_file_t *f;
        sl_heavy_header h;
        int keep = 0;

        if (fi.filetype != APR_REG) {
            continue;
        }
        if (fi.name[0] == '.') {
            /* A page being written, or left by a child that died. */
            if (apr_time_sec(fi.mtime) + 600 < now) {
                apr_file_remove(path, p);
            }
            continue;
        }
        if (apr_file_open(&f, path, APR_FOPEN_READ, 0, p) == APR_SUCCESS) {
            keep = sl_heavy_header_read(p, f, &h) == 0 && sl_heavy_current(&h, generation, cp->day, now);
            apr_file_close(f);
        }
        if (!keep) {
            apr_file_remove(path, p);
            continue;
        }
        files++;
        query_files += fi.name[0] == 'q';
        bytes += fi.size;
        if (fi.name[0] == mine && h.cost < cheapest) {
            cheapest = h.cost;
            /* Its name without ".gz": both copies go. */
            victim = apr_pstrcat(p, sl_heavy->dir, "/", apr_pstrndup(p, fi.name,
                                 strcspn(fi.name, ".")), NULL);
            victim_size = fi.size;
        }
    }
    apr_dir_close(d);
    if (victim && (files + 2 > SL_HEAVY_MAX_FILES
                   || (cp->with_query && query_files + 2 > SL_HEAVY_MAX_QUERY_FILES))) {
        apr_file_remove(victim, p);
        apr_file_remove(apr_pstrcat(p, victim, ".gz", NULL), p);
        files -= 2;
        query_files -= cp->with_query ? 2 : 0;
        bytes -= victim_size;
    }
    apr_pool_destroy(p);
    ok = files + 2 <= SL_HEAVY_MAX_FILES && bytes <= SL_HEAVY_MAX_BYTES
         && (!cp->with_query || query_files + 2 <= SL_HEAVY_MAX_QUERY_FILES);
    return ok;
}

static int put_cost(capture *cp, apr_file_t *f)
{
    char digits[11];
    apr_off_t at = cp->cost_at;

    apr_snprintf(digits, sizeof(digits), "%010" APR_INT64_T_FMT, cost_of(cp));
    return apr_file_seek(f, APR_SET, &at) == APR_SUCCESS
           && write_all(f, digits, 10) == 0 && apr_file_flush(f) == APR_SUCCESS ? 0 : -1;
}

static void capture_finish(capture *cp)
{
    apr_finfo_t fi;
    apr_off_t bytes = 0;

    if (apr_file_flush(cp->out) != APR_SUCCESS || gzip_copy(cp) != 0
        || apr_file_flush(cp->out_gz) != APR_SUCCESS) {
        return;
    }
    if (apr_file_info_get(&fi, APR_FINFO_SIZE, cp->out) == APR_SUCCESS) {
        bytes += fi.size;
    }
    if (apr_file_info_get(&fi, APR_FINFO_SIZE, cp->out_gz) == APR_SUCCESS) {
        bytes += fi.size;
    }
    if (cp->r->status != HTTP_OK || put_cost(cp, cp->out) != 0
        || put_cost(cp, cp->out_gz) != 0 || !room_for(cp, bytes)) {
        return;
    }
    /* The gzip copy first: each file is whole and current on its own. */
    if (apr_file_rename(cp->tmp_gz, cp->final_gz, cp->r->pool) == APR_SUCCESS
        && apr_file_rename(cp->tmp, cp->final, cp->r->pool) == APR_SUCCESS) {
        cp->done = 1;
    }
}

static apr_status_t capture_filter(ap_filter_t *f, apr_bucket_brigade *bb)
{
    capture *cp = f->ctx;
    apr_bucket *b;

    if (!cp->failed && !cp->opened && capture_open(cp) != 0) {
        cp->failed = 1;
    }
    for (b = APR_BRIGADE_FIRST(bb); !cp->failed && b != APR_BRIGADE_SENTINEL(bb);
         b = APR_BUCKET_NEXT(b)) {
        const char *data;
        apr_size_t len;

        if (APR_BUCKET_IS_EOS(b)) {
            capture_finish(cp);
            cp->failed = 1;         /* nothing more to do */
            break;
        }
        if (AP_BUCKET_IS_ERROR(b)) {
            cp->failed = 1;         /* a page broken off is not kept */
            break;
        }
        if (APR_BUCKET_IS_METADATA(b)) {
            continue;
        }
        if (apr_bucket_read(b, &data, &len, APR_BLOCK_READ) != APR_SUCCESS
            || capture_data(cp, data, len) != 0) {
            cp->failed = 1;
        }
    }
    if (cp->failed) {
        capture_cleanup(cp);
        ap_remove_output_filter(f);
    }
    return ap_pass_brigade(f->next, bb);
}

static ap_filter_rec_t *capture_rec;

void sl_heavy_keep_register(apr_pool_t *pconf)
{
    /* Before mod_deflate (AP_FTYPE_CONTENT_SET), which then leaves the
     * gzip copies alone (they carry Content-Encoding).  A name per module:
     * each has its own copy of this code. */
    capture_rec = ap_register_output_filter(apr_pstrcat(pconf, "SIALIP_BERAT_",
                                                        sl_module_name, NULL),
                                            capture_filter, NULL,
                                            AP_FTYPE_CONTENT_SET - 1);
}

void sl_heavy_keep(request_rec *r, const char *base, int with_query,
                   apr_uint32_t generation, long day, apr_int64_t started)
{
    capture *cp = apr_pcalloc(r->pool, sizeof(*cp));

    cp->r = r;
    cp->final = base;
    cp->final_gz = apr_pstrcat(r->pool, base, ".gz", NULL);
    /* Hidden names in the same folder: rename(2) replaces atomically. */
    cp->tmp = apr_psprintf(r->pool, "%s/.t%" APR_PID_T_FMT "-%pp", sl_heavy->dir,
                           getpid(), (void *)cp);
    cp->tmp_gz = apr_pstrcat(r->pool, cp->tmp, ".gz", NULL);
    cp->with_query = with_query;
    cp->generation = generation;
    cp->day = day;
    cp->started = started;
    cp->began = apr_time_now();
    apr_pool_cleanup_register(r->pool, cp, capture_cleanup, apr_pool_cleanup_null);
    ap_add_output_filter_handle(capture_rec, cp, r, r->connection);
}
