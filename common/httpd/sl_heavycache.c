#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <util_filter.h>
#include <unixd.h>
#include <apr_atomic.h>
#include <apr_file_io.h>
#include <apr_file_info.h>
#include <apr_lib.h>
#include <apr_shm.h>
#include <apr_strings.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include "sha256.h"
#include "sl_heavycache.h"
#include "sl_heavycache_int.h"
#include "sl_heavythread.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "sl_ratelimit.h"
#include "sl_render.h"
#include "sl_logno.h"

#define SHARED_KEY "sl-heavy"

sl_heavy_shared *sl_heavy;

static sl_heavy_shared *shared_of(apr_pool_t *pconf)
{
    void *v = NULL;
    sl_heavy_shared *h;

    apr_pool_userdata_get(&v, SHARED_KEY, pconf);
    if (v) {
        return v;
    }
    h = apr_pcalloc(pconf, sizeof(*h));
    h->recheck = 60;
    h->per_address = 6;
    h->total = 2;
    h->nice = SL_HEAVY_NICE_DEFAULT;
    h->wait = 2;
    h->pause = SL_HEAVY_PAUSE_DEFAULT;
    apr_pool_userdata_setn(h, SHARED_KEY, NULL, pconf);
    return h;
}

const char *sl_heavy_directive(cmd_parms *cmd, void *dummy, const char *arg)
{
    const char *which = cmd->info, *err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    sl_heavy_shared *h = shared_of(cmd->pool);
    char *end;
    long n;

    if (err) {
        return err;
    }
    if (strcmp(which, "dir") == 0) {
        h->dir = strcmp(arg, "none") == 0 ? "none"
                 : ap_server_root_relative(cmd->pool, arg);
        return h->dir ? NULL : "SialipHeavyCache: invalid folder name";
    }
    n = strtol(arg, &end, 10);
    if (strcmp(which, "recheck") == 0) {
        if (*end || end == arg || n < 0 || n > 86400) {
            return "SialipHeavyRecheck: expected seconds from 0 (no cache) to 86400";
        }
        h->recheck = (int)n;
    }
    else if (strcmp(which, "nice") == 0) {
        if (*end || end == arg || n < 0 || n > 19) {
            return "SialipHeavyNice: expected a nice value from 0 (the worker thread, "
                   "normal priority) to 19";
        }
        h->nice = (int)n;
    }
    else if (strcmp(which, "wait") == 0) {
        if (*end || end == arg || n < 0 || n > 60) {
            return "SialipHeavyWait: expected seconds from 0 (refused at once) to 60";
        }
        h->wait = (int)n;
    }
    else if (strcmp(which, "pause") == 0) {
        if (*end || end == arg || n < 0 || n > 1000) {
            return "SialipHeavyPause: expected a percentage from 0 (no pause) to 1000";
        }
        h->pause = (int)n;
    }
    else if (*end || end == arg || n < 1 || n > 1000) {
        return apr_psprintf(cmd->pool, "%s: expected a number from 1 to 1000",
                            cmd->cmd->name);
    }
    else if (strcmp(which, "address") == 0) {
        h->per_address = (int)n;
    }
    else {
        h->total = (int)n;
    }
    return NULL;
}

/* Removes every file of the folder (a new start makes them stale). */
static void empty_folder(apr_pool_t *p, const char *dir)
{
    apr_dir_t *d;
    apr_finfo_t fi;

    if (apr_dir_open(&d, dir, p) != APR_SUCCESS) {
        return;
    }
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS) {
        if (fi.filetype == APR_REG) {
            apr_file_remove(apr_pstrcat(p, dir, "/", fi.name, NULL), p);
        }
    }
    apr_dir_close(d);
}

int sl_heavy_post_config(apr_pool_t *pconf, server_rec *s)
{
    sl_heavy_shared *h = shared_of(pconf);
    apr_shm_t *shm;
    apr_status_t rv;

    sl_heavy = h;
    sl_db_on_commit(sl_heavy_written);
    sl_heavy_keep_register(pconf);
    if (h->written) {
        return OK;          /* the other module made it */
    }
    /* Anonymous: inherited by the children, gone with the generation. */
    if ((rv = apr_shm_create(&shm, sizeof(sl_heavy_segment), NULL, pconf)) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, SL_LOGNO(00014) "cannot create the heavy "
                     "pages' write counter");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    h->segment = apr_shm_baseaddr_get(shm);
    memset(h->segment, 0, sizeof(*h->segment));
    h->written = &h->segment->written;
    if (apr_generate_random_bytes((unsigned char *)&h->token, sizeof(h->token))
        != APR_SUCCESS) {
        h->token = (apr_uint64_t)apr_time_now() ^ (apr_uint64_t)getpid();
    }
    if (!h->dir) {
        h->dir = ap_runtime_dir_relative(pconf, "sialip-halaman");
    }
    if (strcmp(h->dir, "none") == 0 || h->recheck == 0) {
        h->dir = NULL;
        return OK;
    }
    rv = apr_dir_make_recursive(h->dir, APR_FPROT_UREAD | APR_FPROT_UWRITE
                                | APR_FPROT_UEXECUTE, pconf);
    if (rv != APR_SUCCESS
        || (geteuid() == 0 && chown(h->dir, ap_unixd_config.user_id,
                                    ap_unixd_config.group_id) != 0)) {
        ap_log_error(APLOG_MARK, APLOG_ERR, rv ? rv : errno, s, SL_LOGNO(00015) "SialipHeavyCache: "
                     "cannot make %s for the server's user; heavy pages are "
                     "computed for every view", h->dir);
        h->dir = NULL;
        return OK;
    }
    empty_folder(pconf, h->dir);
    return OK;
}

void sl_heavy_written(void)
{
    if (sl_heavy && sl_heavy->written) {
        apr_atomic_inc32(sl_heavy->written);
    }
}

/* ---- the key ------------------------------------------------------------ */

/* The query parameters the heavy pages read, and the form a value must
 * have to be kept (other values are computed each time). */
static int value_ok(const char *name, const char *v)
{
    size_t i, n = strlen(v);
    if (strcmp(name, "tahun") == 0) {
        return n == 4 && apr_isdigit(v[0]) && apr_isdigit(v[1])
               && apr_isdigit(v[2]) && apr_isdigit(v[3]);
    }
    if (n > 40) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        if (!apr_isalnum(v[i]) && v[i] != '_' && v[i] != '-') {
            return 0;
        }
    }
    return 1;
}

/* The canonical key, or NULL when this request is not kept.  *with_query
 * says whether it has parameters (they share a smaller part of the folder). */
static const char *key_of(sl_ctx *c, int *with_query)
{
    static const char *const names[] = {"tahun", "opd", "bentuk", NULL};
    request_rec *r = c->r;
    const char *key = apr_psprintf(r->pool, "%s %s:%u %s %s ?", sl_module_name,
                                   r->server->server_hostname, r->server->port,
                                   sl_wants_xml(r) ? "xml" : "html", r->uri);
    int i;

    *with_query = 0;
    for (i = 0; names[i]; i++) {
        const char *v = sl_query(c, names[i]);
        if (!*v) {
            continue;
        }
        if (!value_ok(names[i], v)) {
            return NULL;
        }
        key = apr_pstrcat(r->pool, key, names[i], "=", v, "&", NULL);
        *with_query = 1;
    }
    return key;
}

static const char *file_of(apr_pool_t *p, const char *key, int with_query)
{
    unsigned char id[32];
    char hex[33];
    sl_sha256_ctx h;
    int i;

    sl_sha256_init(&h);
    sl_sha256_update(&h, key, strlen(key));
    sl_sha256_final(&h, id);
    for (i = 0; i < 16; i++) {
        snprintf(hex + 2 * i, 3, "%02x", id[i]);
    }
    return apr_pstrcat(p, sl_heavy->dir, with_query ? "/q" : "/p", hex, NULL);
}

/* ---- reading a kept page ------------------------------------------------ */

static int header_parse(apr_pool_t *p, char *buf, apr_size_t len, sl_heavy_header *h)
{
    char *end, *line, *type, *disposition;
    unsigned long long token;
    long long created, cost;
    int used = 0;

    buf[len] = '\0';
    if (!(end = strstr(buf, "\n--\n"))) {
        return -1;
    }
    *end = '\0';
    if (sscanf(buf, "SLH1 %llx %lu %ld %lld %lld%n", &token, &h->generation, &h->day,
               &created, &cost, &used) != 5 || buf[used] != '\n') {
        return -1;
    }
    line = buf + used + 1;
    type = line;
    if (!(disposition = strchr(type, '\n'))) {
        return -1;
    }
    *disposition++ = '\0';
    h->token = token;
    h->created = created;
    h->cost = cost;
    h->type = apr_pstrdup(p, type);
    h->disposition = apr_pstrdup(p, disposition);
    h->body = (end + 4) - buf;
    return 0;
}

int sl_heavy_header_read(apr_pool_t *p, apr_file_t *f, sl_heavy_header *h)
{
    char *buf = apr_palloc(p, SL_HEAVY_HEADER_MAX + 1);
    apr_size_t len = SL_HEAVY_HEADER_MAX;

    if (apr_file_read(f, buf, &len) != APR_SUCCESS && len == 0) {
        return -1;
    }
    return header_parse(p, buf, len, h);
}

int sl_heavy_current(const sl_heavy_header *h, apr_uint32_t generation, long day,
                   apr_int64_t now)
{
    return h->token == sl_heavy->token && h->generation == generation
           && h->day == day && now >= h->created && now < h->created + sl_heavy->recheck;
}

static int accepts_gzip(request_rec *r)
{
    const char *ae = apr_table_get(r->headers_in, "Accept-Encoding");
    const char *g = ae ? ap_strcasestr(ae, "gzip") : NULL;
    /* "gzip;q=0" refuses it. */
    return g && !(strncmp(g + 4, ";q=0", 4) == 0 && !apr_isdigit(g[9])
                  && g[9] != '.');
}

static int send_kept(request_rec *r, apr_file_t *f, const sl_heavy_header *h, int gz)
{
    apr_finfo_t fi;
    apr_bucket_brigade *bb;
    int rv;

    if (apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS
        || fi.size < h->body) {
        return -1;
    }
    ap_set_content_type(r, h->type);
    if (*h->disposition) {
        apr_table_setn(r->headers_out, "Content-Disposition", h->disposition);
    }
    if (gz) {
        apr_table_setn(r->headers_out, "Content-Encoding", "gzip");
    }
    apr_table_setn(r->headers_out, "ETag", apr_psprintf(r->pool,
                   "\"%" APR_UINT64_T_HEX_FMT "-%lu-%" APR_INT64_T_FMT "-%s\"",
                   h->token, h->generation, h->created, gz ? "g" : "i"));
    if ((rv = ap_meets_conditions(r)) != OK) {
        return rv;
    }
    ap_set_content_length(r, fi.size - h->body);
    if (r->header_only) {
        return OK;
    }
    bb = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    apr_brigade_insert_file(bb, f, h->body, fi.size - h->body, r->pool);
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(r->connection->bucket_alloc));
    ap_pass_brigade(r->output_filters, bb);
    return OK;
}

/* ---- the request -------------------------------------------------------- */

int sl_heavy_serve(sl_ctx *c)
{
    request_rec *r = c->r;
    const char *key, *base;
    apr_file_t *f;
    sl_heavy_header h;
    int with_query, gz, rv;
    apr_uint32_t generation;
    long day;
    apr_int64_t now;

    if (!sl_heavy || !sl_heavy->dir || !(key = key_of(c, &with_query))) {
        return -1;
    }
    /* Read before anything: a write committed while the page is computed
     * changes it, and the page is not current for the next view. */
    generation = apr_atomic_read32(sl_heavy->written);
    day = sl_today_wib();
    now = apr_time_sec(apr_time_now());
    base = file_of(r->pool, key, with_query);
    gz = accepts_gzip(r);
    apr_table_mergen(r->headers_out, "Vary", "Accept-Encoding");

    if (apr_file_open(&f, gz ? apr_pstrcat(r->pool, base, ".gz", NULL) : base,
                      APR_FOPEN_READ | APR_FOPEN_SENDFILE_ENABLED, 0, r->pool)
        == APR_SUCCESS) {
        if (sl_heavy_header_read(r->pool, f, &h) == 0
            && sl_heavy_current(&h, generation, day, now)
            && (rv = send_kept(r, f, &h, gz)) >= 0) {
            return rv;
        }
        apr_file_close(f);
    }
    if (r->header_only) {
        return -1;
    }
    sl_heavy_keep(r, base, with_query, generation, day, now);
    return -1;
}

/* ---- the bounds on computations ----------------------------------------- */

typedef struct {
    request_rec *r;
    const char *key;
} slot;

static apr_status_t slot_release(void *data)
{
    slot *s = data;
    sl_ratelimit_give_back(s->r, s->key);
    return APR_SUCCESS;
}

/* Takes one of the slots named key; the number taken, with this one, or
 * -1 when the shared table is not there (the computations are then not
 * bounded). */
static int slot_take(request_rec *r, const char *key)
{
    slot *s = apr_palloc(r->pool, sizeof(*s));
    int running = sl_ratelimit_attempt(r, key, 3600);

    if (running >= 0) {
        s->r = r;
        s->key = key;
        apr_pool_cleanup_register(r->pool, s, slot_release, apr_pool_cleanup_null);
    }
    return running;
}

int sl_heavy_nice(void)
{
    return sl_heavy ? sl_heavy->nice : SL_HEAVY_NICE_DEFAULT;
}

int sl_heavy_pause(void)
{
    return sl_heavy ? sl_heavy->pause : SL_HEAVY_PAUSE_DEFAULT;
}

int sl_heavy_admit(sl_ctx *c)
{
    request_rec *r = c->r;
    int per_address = sl_heavy ? sl_heavy->per_address : 6;
    int total = sl_heavy ? sl_heavy->total : 2;
    int running = slot_take(r, apr_pstrcat(r->pool, "berat:", sl_client_ip(c), NULL));

    if (running > per_address) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00016) "heavy page %s refused: %d "
                      "already running for %s (SialipHeavyPerAddress %d; status %d)",
                      r->uri, running - 1, sl_client_ip(c), per_address,
                      HTTP_TOO_MANY_REQUESTS);
        return HTTP_TOO_MANY_REQUESTS;
    }
    /* Server-wide: both modules' computations share the slots.  A
     * refusal answered at once brings a looping client straight back: it
     * waits a little for a place instead, costing no CPU meanwhile. */
    if (sl_heavy_slot_wait(r, sl_heavy ? sl_heavy->segment : NULL, total,
                           sl_heavy ? sl_heavy->wait : 2) != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00017) "heavy page %s refused: %d "
                      "already running on this server (SialipHeavyTotal %d; status %d)",
                      r->uri, total, total, HTTP_SERVICE_UNAVAILABLE);
        return HTTP_SERVICE_UNAVAILABLE;
    }
    return -1;
}
