#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <http_core.h>
#include "roles.h"
#include "route.h"
#include "escape.h"
#include "sl_request.h"
#include "sl_session.h"
#include "sl_heavycache.h"
#include "sl_heavythread.h"
#include "sl_startcheck.h"
#include "sl_module.h"
#include "sl_logno.h"
#include "sl_messages.h"

/* No inline script or style anywhere, no framing, no leaking of URLs that
 * carry a tracking code to other sites. */
static void set_security_headers(request_rec *r)
{
    apr_table_t *h = r->err_headers_out;
    apr_table_setn(h, "Content-Security-Policy",
                   "default-src 'self'; script-src 'self'; style-src 'self'; "
                   "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                   "form-action 'self'; frame-ancestors 'none'");
    apr_table_setn(h, "X-Content-Type-Options", "nosniff");
    /* same-origin, not no-referrer: with no-referrer browsers send
     * "Origin: null" on same-site form posts, which the Origin check must
     * refuse; cross-site links still carry no referrer (and no ?kode=). */
    apr_table_setn(h, "Referrer-Policy", "same-origin");
    apr_table_setn(h, "X-Frame-Options", "DENY");
    apr_table_setn(h, "Cache-Control", "no-store");
    /* Served over TLS (mod_ssl, or "ServerName https://..." behind a TLS
     * proxy): browsers keep to HTTPS for a year. */
    if (strcmp(ap_http_scheme(r), "https") == 0) {
        apr_table_setn(h, "Strict-Transport-Security", "max-age=31536000");
    }
}

sl_page *sl_ctx_page(sl_ctx *c, const char *view, const char *title,
                     const char *resource_name)
{
    sl_page *page = sl_page_new(c->r, c->settings->views, view, title,
                                resource_name);
    page->keep = c->pagecache;
    sl_xml_text(page->context, "dasar", c->mount);
    if (c->settings->ppid_mount) {
        sl_xml_text(page->context, "ppid", c->settings->ppid_mount);
    }
    if (c->settings->inovasi_mount) {
        sl_xml_text(page->context, "inovasi", c->settings->inovasi_mount);
    }
    if (c->settings->login_url) {   /* none where mod_sialip is Off */
        sl_xml_text(page->context, "masuk", c->settings->login_url);
        sl_xml_text(page->context, "keluar", c->settings->logout_url);
    }
    if (c->session) {
        xmlNodePtr user = sl_xml_node(page->context, "pengguna");
        unsigned bit;
        sl_xml_attr(user, "username", c->session->username);
        sl_xml_attr(user, "nama", c->session->name);
        /* The layout shows each staff link only to the roles its route
         * allows. */
        for (bit = 1; bit & SL_ROLE_ANY_STAFF; bit <<= 1) {
            if (c->session->roles & bit) {
                sl_xml_text(user, "peran", sl_role_code(bit));
            }
        }
        sl_xml_text(page->context, "csrf", c->session->csrf);
    }
    return page;
}

int sl_assets_css(sl_ctx *c)
{
    apr_size_t len;
    const char *css = sl_views_css(c->settings->views, &len);
    ap_set_content_type(c->r, "text/css; charset=utf-8");
    /* A day of caching is safe: restyling is rare. */
    apr_table_setn(c->r->err_headers_out, "Cache-Control",
                   "public, max-age=86400");
    ap_rwrite(css, (int)len, c->r);
    return OK;
}

void sl_settings_mounts(sl_settings *settings, server_rec *s)
{
    APR_OPTIONAL_FN_TYPE(sialip_mount) *ppid = APR_RETRIEVE_OPTIONAL_FN(sialip_mount);
    APR_OPTIONAL_FN_TYPE(inovasi_mount) *inovasi =
        APR_RETRIEVE_OPTIONAL_FN(inovasi_mount);

    settings->ppid_mount = ppid ? ppid(s) : NULL;
    settings->inovasi_mount = inovasi ? inovasi(s) : NULL;
}

void sl_register_statements(server_rec *s, const char *prefix,
                            const sl_stmt_def *const *tables)
{
    const sl_stmt_def *const *t;
    for (t = tables; *t; t++) {
        sl_db_register(s, prefix, *t);
    }
    sl_startcheck_statements(s);
}

/* Used when even the view cannot be rendered: plain escaped HTML. */
static int plain_error(sl_ctx *c, int status, const char *title,
                       const char *message)
{
    request_rec *r = c->r;
    r->status = status;
    ap_set_content_type(r, "text/html; charset=utf-8");
    ap_rprintf(r, "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
               "<title>%s</title></head><body><h1>%s</h1><p>%s</p></body></html>",
               sl_html_escape(r->pool, title), sl_html_escape(r->pool, title),
               sl_html_escape(r->pool, message));
    return OK;
}

int sl_error_page(sl_ctx *c, int status, const char *title,
                  const char *message)
{
    sl_page *page;
    int rv;

    /* 30 s unless the caller named its own wait. */
    if (status == HTTP_SERVICE_UNAVAILABLE
        && !apr_table_get(c->r->err_headers_out, "Retry-After")) {
        apr_table_setn(c->r->err_headers_out, "Retry-After", "30");
    }
    if (!c->settings->views) {
        return plain_error(c, status, title, message);
    }
    page = sl_ctx_page(c, "galat", title, "galat");
    sl_xml_attr(page->resource, "status", apr_itoa(c->r->pool, status));
    sl_xml_text(page->resource, "judul", title);
    sl_xml_text(page->resource, "pesan", message);
    rv = sl_page_send(page, status);
    return rv == OK ? OK : plain_error(c, status, title, message);
}

int sl_redirect(sl_ctx *c, const char *location)
{
    apr_table_setn(c->r->headers_out, "Location", location);
    return HTTP_SEE_OTHER;
}

/* Query-string parameters under the same rules as form fields; a badly
 * encoded query string counts as empty. */
static apr_table_t *parse_query(sl_ctx *c)
{
    const char *args = c->r->args ? c->r->args : "";
    sl_form *q = sl_form_make(c->r->pool);
    if (sl_urlencoded_parse(c->r->pool, args, strlen(args),
                            &c->settings->limits, q, NULL) != SL_FORM_OK) {
        return apr_table_make(c->r->pool, 1);
    }
    return q->fields;
}

/* The whole body must arrive within SialipBodyTimeout seconds, however
 * slowly it trickles: each read may wait only for what is left of that
 * time (the socket's timeout is lowered to it, as mod_reqtimeout does, and
 * put back after), so a client cannot hold a worker for long. */
typedef struct {
    apr_socket_t *sock;
    apr_interval_time_t saved;
    apr_time_t until;
} body_deadline;

static void body_deadline_start(body_deadline *d, sl_ctx *c)
{
    int seconds = c->settings->body_seconds > 0 ? c->settings->body_seconds
                                                : SL_BODY_SECONDS_DEFAULT;
    d->until = apr_time_now() + apr_time_from_sec(seconds);
    d->sock = ap_get_conn_socket(c->r->connection);
    d->saved = -1;
    if (d->sock && apr_socket_timeout_get(d->sock, &d->saved) != APR_SUCCESS) {
        d->sock = NULL;
    }
}

static apr_status_t body_deadline_arm(body_deadline *d)
{
    apr_interval_time_t left = d->until - apr_time_now();
    if (left <= 0) {
        return APR_TIMEUP;
    }
    if (d->sock && (d->saved < 0 || left < d->saved)) {
        apr_socket_timeout_set(d->sock, left);
    }
    return APR_SUCCESS;
}

static void body_deadline_disarm(body_deadline *d)
{
    if (d->sock) {
        apr_socket_timeout_set(d->sock, d->saved);
    }
}

/* Reads the body into c->form through the parser its Content-Type names,
 * within the configured limits. Returns 0 when the form is ready, or 1 when
 * the body was refused and the response (an error page) already sent. */
static int read_form(sl_ctx *c)
{
    request_rec *r = c->r;
    const sl_form_limits *lim = &c->settings->limits;
    const char *ctype = apr_table_get(r->headers_in, "Content-Type");
    const char *clen = apr_table_get(r->headers_in, "Content-Length");
    sl_form_collector *collector = NULL;
    sl_form_status st = SL_FORM_OK;
    apr_bucket_brigade *bb, *body = NULL;
    apr_size_t used = 0;
    const char *detail = NULL;
    int seen_eos = 0;
    body_deadline deadline;

    body_deadline_start(&deadline, c);
    c->form = sl_form_make(r->pool);
    if (clen && apr_atoi64(clen) > (apr_int64_t)lim->max_body_bytes) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00030) "body of %s bytes "
                      "refused (limit %" APR_SIZE_T_FMT "; status %d)", clen,
                      lim->max_body_bytes, HTTP_REQUEST_ENTITY_TOO_LARGE);
        sl_error_page(c, HTTP_REQUEST_ENTITY_TOO_LARGE, SL_MSG_KIRIMAN_TERLALU_BESAR,
                      sl_form_status_message(SL_FORM_TOO_LARGE));
        return 1;
    }
    if (ctype && strncasecmp(ctype, "multipart/form-data", 19) == 0) {
        collector = sl_form_collector_create(r->pool, ctype, lim, c->form, &st);
    }
    else if (!ctype || strncasecmp(ctype, "application/x-www-form-urlencoded",
                                   33) == 0) {
        /* Kept as buckets; flattened once at the end, sized by what came. */
        body = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    }
    else {
        st = SL_FORM_MALFORMED;
        detail = apr_psprintf(r->pool, "unsupported Content-Type %s", ctype);
    }

    bb = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    while (st == SL_FORM_OK && !seen_eos) {
        apr_bucket *b;
        apr_status_t rv = body_deadline_arm(&deadline);
        if (rv == APR_SUCCESS) {
            rv = ap_get_brigade(r->input_filters, bb, AP_MODE_READBYTES,
                                APR_BLOCK_READ, 8192);
        }
        if (rv != APR_SUCCESS) {
            body_deadline_disarm(&deadline);
            int status = ap_map_http_request_error(rv, HTTP_BAD_REQUEST);
            ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r, SL_LOGNO(00031) "reading the body "
                          "failed (status %d)", status);
            if (status != AP_FILTER_ERROR) {
                /* A filter that failed with AP_FILTER_ERROR has answered. */
                sl_error_page(c, status, SL_MSG_KIRIMAN_TIDAK_LENGKAP,
                              SL_MSG_KIRIMAN_TERPUTUS_SEBELUM_SELESAI);
            }
            return 1;
        }
        for (b = APR_BRIGADE_FIRST(bb); b != APR_BRIGADE_SENTINEL(bb)
             && st == SL_FORM_OK; b = APR_BUCKET_NEXT(b)) {
            const char *data;
            apr_size_t len;
            if (APR_BUCKET_IS_EOS(b)) {
                seen_eos = 1;
                break;
            }
            if (apr_bucket_read(b, &data, &len, APR_BLOCK_READ) != APR_SUCCESS) {
                st = SL_FORM_MALFORMED;
                detail = "cannot read a body bucket";
                break;
            }
            if (used + len > lim->max_body_bytes) {
                st = SL_FORM_TOO_LARGE;
                detail = "body exceeds the configured limit";
            }
            else if (collector) {
                st = sl_form_collector_feed(collector, data, len, &detail);
            }
            else if (body && len) {
                apr_brigade_write(body, NULL, NULL, data, len);
            }
            used += len;
        }
        apr_brigade_cleanup(bb);
    }
    body_deadline_disarm(&deadline);
    if (st == SL_FORM_OK && collector) {
        st = sl_form_collector_finish(collector, &detail);
    }
    else if (st == SL_FORM_OK && body) {
        char *flat = NULL;
        apr_size_t len = 0;
        apr_brigade_pflatten(body, &flat, &len, r->pool);
        st = sl_urlencoded_parse(r->pool, flat ? flat : "", len, lim, c->form,
                                 &detail);
    }
    if (st != SL_FORM_OK) {
        int status = st == SL_FORM_TOO_LARGE ? HTTP_REQUEST_ENTITY_TOO_LARGE
                                             : HTTP_BAD_REQUEST;
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00032) "form refused: %s "
                      "(status %d)", detail ? detail : "(no detail)", status);
        sl_error_page(c, status, SL_MSG_KIRIMAN_TIDAK_DAPAT_DIPROSES,
                      sl_form_status_message(st));
        return 1;
    }
    return 0;
}

static int method_matches(const sl_route *route, request_rec *r)
{
    /* HEAD is answered by GET routes (Apache drops the body). */
    if (strcmp(route->method, "GET") == 0) {
        return r->method_number == M_GET;
    }
    return strcmp(route->method, r->method) == 0;
}

/* A body that will not be read is not drained either: the connection
 * closes after the answer (ap_discard_request_body skips such bodies). */
static void refuse_body(sl_ctx *c)
{
    if (c->r->method_number == M_POST || c->r->method_number == M_PUT) {
        c->r->connection->keepalive = AP_CONN_CLOSE;
    }
}

static int require_login(sl_ctx *c)
{
    const char *back = ap_escape_urlencoded(c->r->pool, c->r->unparsed_uri);
    if (!c->settings->login_url) {
        return sl_error_page(c, HTTP_FORBIDDEN, SL_MSG_HALAMAN_PETUGAS,
                             SL_MSG_HALAMAN_PETUGAS_TIDAK_DILAYANI);
    }
    if (c->r->method_number == M_GET) {
        return sl_redirect(c, apr_pstrcat(c->r->pool, c->settings->login_url,
                                          "?kembali=", back, NULL));
    }
    return sl_error_page(c, HTTP_UNAUTHORIZED, SL_MSG_SESI_BERAKHIR,
                         SL_MSG_MASUK_KEMBALI_ULANGI_TINDAKAN);
}

int sl_claim_uri(request_rec *r, const sl_settings *settings,
                 const char *handler_name)
{
    size_t n = strlen(settings->mount);
    if (strncmp(r->uri, settings->mount, n) == 0
        && (r->uri[n] == '\0' || r->uri[n] == '/')) {
        r->handler = handler_name;
        return OK;
    }
    return DECLINED;
}

/* Takes a pooled connection and loads the session; -1, or the response
 * when the database cannot be reached. */
static int open_db(sl_ctx *c, const sl_route *route)
{
    if (route->flags & SL_ROUTE_NO_DB) {
        return -1;
    }
    c->db = sl_db_acquire(c->r, c->settings->prefix);
    if (!c->db || sl_session_load(c) != 0) {
        refuse_body(c);
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                             SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                             c->r->method_number == M_POST
                             ? SL_MSG_BASIS_DATA_MATI_BELUM_TERSIMPAN
                             : SL_MSG_BASIS_DATA_MATI);
    }
    return -1;
}

/* -1 when the session's roles open the route, else the response. */
static int check_role(sl_ctx *c, const sl_route *route)
{
    if (!c->session) {
        refuse_body(c);
        return require_login(c);
    }
    if (!(c->session->roles & route->roles)) {
        refuse_body(c);
        return sl_error_page(c, HTTP_FORBIDDEN, SL_MSG_AKSES_DITOLAK,
                             SL_MSG_PERAN_TIDAK_MENGIZINKAN_HALAMAN);
    }
    return -1;
}

/* The route for the request's path and method; *path_known tells a wrong
 * method (405) from an unknown path (404). */
static const sl_route *find_route(sl_ctx *c, const sl_route *routes,
                                  int *path_known)
{
    const sl_route *rt;

    for (rt = routes; rt->pattern; rt++) {
        if (sl_route_match(rt->pattern, c->path, NULL)) {
            *path_known = 1;
            if (method_matches(rt, c->r)) {
                sl_route_match(rt->pattern, c->path, c->params);
                return rt;
            }
        }
    }
    return NULL;
}

/* A heavy computation the bounds refused (sl_heavy_admit): its page. */
static int heavy_refused(sl_ctx *c, int status)
{
    apr_table_setn(c->r->err_headers_out, "Retry-After", "5");
    if (status == HTTP_TOO_MANY_REQUESTS) {
        return sl_error_page(c, status, SL_MSG_TERLALU_BANYAK_PERMINTAAN,
                             SL_MSG_TUNGGU_PERMINTAAN_LAIN_SELESAI);
    }
    return sl_error_page(c, status, SL_MSG_SERVER_SEDANG_SIBUK,
                         SL_MSG_HALAMAN_DISUSUN_PENGUNJUNG_LAIN);
}

int sl_dispatch(request_rec *r, const sl_settings *settings,
                const sl_route *routes)
{
    const char *mount = settings->mount;
    sl_ctx *c = apr_pcalloc(r->pool, sizeof(*c));
    const sl_route *route;
    int path_known = 0, heavy = 0;

    if (strncmp(r->uri, mount, strlen(mount)) != 0) {
        return DECLINED;    /* named by SetHandler outside the mount */
    }
    c->r = r;
    c->settings = settings;
    c->mount = mount;
    c->path = r->uri + strlen(mount);
    c->params = apr_table_make(r->pool, 4);
    c->query = parse_query(c);
    set_security_headers(r);

    if (*c->path == '\0') {
        return sl_redirect(c, apr_pstrcat(r->pool, mount, "/", NULL));
    }
    route = find_route(c, routes, &path_known);
    if (!route) {
        refuse_body(c);
        return path_known
               ? sl_error_page(c, HTTP_METHOD_NOT_ALLOWED, SL_MSG_METODE_TIDAK_DIDUKUNG,
                               SL_MSG_ALAMAT_TIDAK_MENERIMA_PERMINTAAN)
               : sl_error_page(c, HTTP_NOT_FOUND, SL_MSG_HALAMAN_TIDAK_DITEMUKAN,
                               SL_MSG_PERIKSA_KEMBALI_ALAMAT_BUKA);
    }

    /* A staff route knows who is asking before it reads a byte of the
     * body: an anonymous client or a role without access is answered at
     * once, and the connection closed rather than the body drained.  A
     * public form's body is read before a pooled connection is taken, so
     * a slow upload holds no database connection. */
    if (route->roles) {
        int refused = open_db(c, route);
        if (refused >= 0) {
            return refused;
        }
        if ((refused = check_role(c, route)) >= 0) {
            return refused;
        }
    }
    if (r->method_number == M_POST && read_form(c) != 0) {
        return OK;
    }
    /* A heavy page kept for visitors without a session is sent before a
     * database connection is taken; one that is computed counts against
     * the bounds (sl_heavycache.h). */
    if ((route->flags & SL_ROUTE_HEAVY) && !route->roles && !sl_session_cookie(c)) {
        int served = sl_heavy_serve(c);
        /* Refused before a pooled connection is taken: the bounds' 503s
         * cost no database work. */
        if (served >= 0) {
            return served;
        }
        if ((served = sl_heavy_admit(c)) >= 0) {
            return heavy_refused(c, served);
        }
        heavy = 1;
    }
    if (!route->roles) {
        int refused = open_db(c, route);
        if (refused >= 0) {
            return refused;
        }
    }
    if ((route->flags & SL_ROUTE_HEAVY) && !c->session && !heavy) {
        int refused = sl_session_cookie(c) ? sl_heavy_serve(c) : -1;
        if (refused >= 0) {
            return refused;
        }
        if ((refused = sl_heavy_admit(c)) >= 0) {
            return heavy_refused(c, refused);
        }
        heavy = 1;
    }
    if (r->method_number == M_POST) {
        if (!(route->roles ? sl_csrf_ok(c) : sl_origin_ok(c))) {
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, SL_LOGNO(00033) "POST %s refused: "
                          "CSRF token or Origin does not match (status %d)", r->uri,
                          HTTP_FORBIDDEN);
            return sl_error_page(c, HTTP_FORBIDDEN, SL_MSG_FORMULIR_TIDAK_SAH,
                                 SL_MSG_FORMULIR_KEDALUWARSA_DIKIRIM_SITUS);
        }
    }
    c->route_data = route->data;
    /* A heavy page computed for a visitor yields the CPU to the rest. */
    return heavy ? sl_heavy_run(c, route->handler) : route->handler(c);
}
