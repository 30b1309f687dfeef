/* CSV beside a public XML export, built from the very XML the export
 * sends: the export's own handler runs with its answer captured by an
 * output filter, the document is parsed and a list of row elements is
 * flattened into RFC 4180 CSV (UTF-8, comma, CRLF).  So the CSV cannot
 * drift from the XML, and the export's file needs no change.
 *
 * Flattening: one CSV row per row element (a summary without a row
 * list, like a report, is one row: its root); its columns are the row's
 * attributes ("@name") and every element below it that holds text and no
 * element ("opd/nama"), with their attributes ("mutakhir/@iso"), named by
 * their path from the row, repeated siblings by position ("bulan[3]"),
 * namespaces left out; the header is the union of the rows' columns
 * in the order they first appear.  A value that a spreadsheet would read
 * as a formula is neutralised as in every CSV (sl_csv_field). */
#include <string.h>
#include <httpd.h>
#include <http_log.h>
#include <http_main.h>
#include <http_protocol.h>
#include <util_filter.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "escape.h"
#include "form.h"
#include "route.h"
#include "sl_csvxml.h"
#include "sl_logno.h"
#include "sl_messages.h"

static ap_filter_rec_t *capture_filter;

/* ---- capturing the XML ------------------------------------------------ */

static apr_status_t capture(ap_filter_t *f, apr_bucket_brigade *bb)
{
    apr_bucket_brigade *kept = f->ctx;
    apr_bucket *b;
    ap_filter_t *k;

    /* A capture inside a capture (the CSV of an export kept for the
     * e-Monev archive): httpd puts the inner one after this one, and the
     * inner one must get the bytes. */
    for (k = f->next; k; k = k->next) {
        if (k->frec == capture_filter) {
            return ap_pass_brigade(f->next, bb);
        }
    }

    while (!APR_BRIGADE_EMPTY(bb)) {
        b = APR_BRIGADE_FIRST(bb);
        APR_BUCKET_REMOVE(b);
        if (APR_BUCKET_IS_METADATA(b)
            || apr_bucket_setaside(b, f->r->pool) != APR_SUCCESS) {
            apr_bucket_destroy(b);
            continue;
        }
        APR_BRIGADE_INSERT_TAIL(kept, b);
    }
    return APR_SUCCESS;
}

void sl_csvxml_register(const char *module_name)
{
    /* One name per module: each module's copy of this code has its own. */
    capture_filter = ap_register_output_filter(
        apr_pstrcat(ap_pglobal, "SL_CSV_CAPTURE_", module_name, NULL), capture, NULL,
        AP_FTYPE_RESOURCE);
}

/* ---- flattening ------------------------------------------------------- */

typedef struct {
    apr_pool_t *p;
    apr_array_header_t *columns;   /* of const char *, header order */
    apr_hash_t *index;             /* column name -> 1-based position */
} header;

static void cell(header *h, apr_table_t *row, const char *name, const char *value)
{
    if (!apr_hash_get(h->index, name, APR_HASH_KEY_STRING)) {
        *(const char **)apr_array_push(h->columns) = name;
        apr_hash_set(h->index, name, APR_HASH_KEY_STRING,
                     (void *)(apr_size_t)h->columns->nelts);
    }
    apr_table_setn(row, name, value);
}

static void attributes(header *h, apr_table_t *row, xmlNodePtr e, const char *prefix)
{
    xmlAttrPtr a;
    for (a = e->properties; a; a = a->next) {
        xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
        cell(h, row, apr_pstrcat(h->p, prefix, "@", (const char *)a->name, NULL),
             apr_pstrdup(h->p, v ? (const char *)v : ""));
        xmlFree(v);
    }
}

/* How many element siblings of e (itself included) share its name, and
 * its 1-based position among them. */
static int position(xmlNodePtr e, int *count)
{
    xmlNodePtr k;
    int pos = 0;
    *count = 0;
    for (k = e->parent->children; k; k = k->next) {
        if (k->type == XML_ELEMENT_NODE && xmlStrEqual(k->name, e->name)) {
            ++*count;
            if (k == e) {
                pos = *count;
            }
        }
    }
    return pos;
}

static void leaves(header *h, apr_table_t *row, xmlNodePtr e, const char *path)
{
    xmlNodePtr k;
    int has_child = 0, n, pos;

    for (k = e->children; k; k = k->next) {
        if (k->type == XML_ELEMENT_NODE) {
            /* Repeated siblings are told apart by position: "bulan[3]". */
            const char *name = (const char *)k->name;
            has_child = 1;
            pos = position(k, &n);
            if (n > 1) {
                name = apr_psprintf(h->p, "%s[%d]", name, pos);
            }
            leaves(h, row, k, path ? apr_pstrcat(h->p, path, "/", name, NULL) : name);
        }
    }
    if (!path) {
        return;
    }
    if (!has_child) {
        xmlChar *v = xmlNodeGetContent(e);
        cell(h, row, path, apr_pstrdup(h->p, v ? (const char *)v : ""));
        xmlFree(v);
    }
    attributes(h, row, e, apr_pstrcat(h->p, path, "/", NULL));
}

/* A column name ("@nomor", "opd/nama": ours, never typed by anyone) is
 * only quoted when needed; a value goes through the one CSV writer, which
 * neutralises a cell that reads as a formula (escape.c; RFC 4180 allows
 * any field quoted). */
static const char *header_field(apr_pool_t *p, const char *v)
{
    const char *q;
    char *out, *w;

    if (!strpbrk(v, ",\"\r\n")) {
        return v;
    }
    out = w = apr_palloc(p, strlen(v) * 2 + 3);
    *w++ = '"';
    for (q = v; *q; q++) {
        if (*q == '"') {
            *w++ = '"';
        }
        *w++ = *q;
    }
    *w++ = '"';
    *w = '\0';
    return out;
}

static const char *field(apr_pool_t *p, const char *v)
{
    return sl_csv_field(p, v);
}

static const char *to_csv(apr_pool_t *p, xmlNodePtr root, const char *row_name)
{
    header h = {p, apr_array_make(p, 16, sizeof(const char *)), apr_hash_make(p)};
    apr_array_header_t *rows = apr_array_make(p, 64, sizeof(apr_table_t *));
    apr_array_header_t *out = apr_array_make(p, 256, sizeof(const char *));
    xmlNodePtr e;
    int i, j;

    /* A summary without a row list is one row: the whole document. */
    for (e = row_name ? root->children : root; e; e = row_name ? e->next : NULL) {
        if (!row_name || (e->type == XML_ELEMENT_NODE
                          && strcmp((const char *)e->name, row_name) == 0)) {
            apr_table_t *row = apr_table_make(p, 16);
            attributes(&h, row, e, "");
            leaves(&h, row, e, NULL);
            *(apr_table_t **)apr_array_push(rows) = row;
        }
    }
    for (j = 0; j < h.columns->nelts; j++) {
        *(const char **)apr_array_push(out) = j ? "," : "";
        *(const char **)apr_array_push(out) = header_field(p, APR_ARRAY_IDX(h.columns, j,
                                                                             const char *));
    }
    *(const char **)apr_array_push(out) = "\r\n";
    for (i = 0; i < rows->nelts; i++) {
        apr_table_t *row = APR_ARRAY_IDX(rows, i, apr_table_t *);
        for (j = 0; j < h.columns->nelts; j++) {
            const char *v = apr_table_get(row, APR_ARRAY_IDX(h.columns, j, const char *));
            *(const char **)apr_array_push(out) = j ? "," : "";
            *(const char **)apr_array_push(out) = field(p, v ? v : "");
        }
        *(const char **)apr_array_push(out) = "\r\n";
    }
    return apr_array_pstrcat(p, out, 0);
}

/* ---- the route -------------------------------------------------------- */

int sl_csvxml_send(sl_ctx *c)
{
    const sl_csvxml *x = c->route_data;
    request_rec *r = c->r;
    apr_size_t n = strlen(r->uri);
    char *uri = r->uri;
    apr_bucket_brigade *kept = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    ap_filter_t *f;
    char *body;
    apr_size_t len;
    xmlDocPtr doc;
    const char *csv;
    int status;

    if (n < 4 || strcmp(uri + n - 4, ".csv") != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00001) "csv: %s does not end in .csv "
                      "(status %d)", uri, HTTP_INTERNAL_SERVER_ERROR);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    /* The export answers as for its .xml URL, whole (no conditional GET). */
    r->uri = apr_pstrcat(r->pool, apr_pstrndup(r->pool, uri, n - 4), ".xml", NULL);
    apr_table_unset(r->headers_in, "If-None-Match");
    apr_table_unset(r->headers_in, "If-Modified-Since");
    f = ap_add_output_filter_handle(capture_filter, kept, r, r->connection);
    status = x->xml(c);
    /* ap_rwrite keeps small writes in httpd's OLD_WRITE filter until a
     * flush: push them into the capture before taking it away. */
    ap_rflush(r);
    ap_remove_output_filter(f);
    r->uri = uri;
    if (status != OK || (r->status != HTTP_OK && r->status != 0)) {
        r->status = HTTP_OK;
        return sl_error_page(c, status != OK ? status : HTTP_NOT_FOUND,
                             SL_MSG_DATA_TIDAK_TERSEDIA,
                             SL_MSG_CSV_TIDAK_DAPAT_DISAJIKAN);
    }
    if (apr_brigade_pflatten(kept, &body, &len, r->pool) != APR_SUCCESS
        || !(doc = xmlReadMemory(body, (int)len, NULL, "UTF-8", XML_PARSE_NONET))) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00002) "csv: the XML for %s (%" APR_SIZE_T_FMT
                      " bytes) does not parse (status %d)", uri, len,
                      HTTP_INTERNAL_SERVER_ERROR);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    csv = to_csv(r->pool, xmlDocGetRootElement(doc), x->row);
    xmlFreeDoc(doc);
    apr_table_unset(r->headers_out, "Content-Length");
    apr_table_unset(r->headers_out, "ETag");
    ap_set_content_type(r, "text/csv; charset=utf-8");
    ap_set_content_length(r, strlen(csv));
    if (!r->header_only) {
        ap_rwrite(csv, (int)strlen(csv), r);
    }
    return OK;
}

/* ---- a public answer kept in memory ------------------------------------ */

int sl_capture(sl_ctx *c, sl_handler_fn handler, const char *path, apr_table_t *params,
               const char *args, sl_captured *out)
{
    request_rec *r = c->r;
    apr_bucket_brigade *kept = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    char *uri = r->uri, *saved_args = r->args, *body;
    const char *content_type = r->content_type;
    apr_table_t *headers_in = apr_table_copy(r->pool, r->headers_in);
    apr_table_t *headers_out = apr_table_copy(r->pool, r->headers_out);
    apr_table_t *err_headers_out = apr_table_copy(r->pool, r->err_headers_out);
    int saved_status = r->status, status;
    sl_form *q = sl_form_make(r->pool);
    sl_ctx sub = *c;
    ap_filter_t *f;
    apr_size_t len = 0;

    sub.session = NULL;
    sub.path = path;
    sub.params = params ? params : apr_table_make(r->pool, 1);
    sub.form = NULL;
    if (args && sl_urlencoded_parse(r->pool, args, strlen(args), &c->settings->limits, q,
                                    NULL) != SL_FORM_OK) {
        return -1;
    }
    sub.query = q->fields;
    r->uri = apr_pstrcat(r->pool, c->mount, path, NULL);
    r->args = args ? apr_pstrdup(r->pool, args) : NULL;
    r->status = HTTP_OK;
    apr_table_unset(r->headers_in, "If-None-Match");
    apr_table_unset(r->headers_in, "If-Modified-Since");
    apr_table_unset(r->headers_in, "Accept");
    f = ap_add_output_filter_handle(capture_filter, kept, r, r->connection);
    status = handler(&sub);
    ap_rflush(r);
    ap_remove_output_filter(f);
    out->type = r->content_type ? apr_pstrdup(r->pool, r->content_type) : NULL;
    if (status == OK && (r->status == HTTP_OK || r->status == 0)
        && apr_brigade_pflatten(kept, &body, &len, r->pool) == APR_SUCCESS) {
        out->body = body;
        out->len = len;
    }
    else {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00003) "capture of %s?%s: status %d, "
                      "handler %d", r->uri, args ? args : "", r->status, status);
        status = -1;
    }
    r->uri = uri;
    r->args = saved_args;
    r->status = saved_status;
    r->content_type = content_type;
    r->headers_in = headers_in;
    r->headers_out = headers_out;
    r->err_headers_out = err_headers_out;
    return status == -1 ? -1 : 0;
}

int sl_capture_get(sl_ctx *c, const sl_route *routes, const char *path_args,
                   sl_captured *out)
{
    const char *qm = strchr(path_args, '?');
    const char *path = qm ? apr_pstrndup(c->r->pool, path_args, (apr_size_t)(qm - path_args))
                          : path_args;
    apr_table_t *params = apr_table_make(c->r->pool, 4);
    const sl_route *rt;

    for (rt = routes; rt->pattern; rt++) {
        if (strcmp(rt->method, "GET") == 0 && rt->roles == SL_ROUTE_PUBLIC
            && sl_route_match(rt->pattern, path, NULL)) {
            /* Its handler may read the route's data (a CSV route: its export). */
            const void *data = c->route_data;
            int rv;
            sl_route_match(rt->pattern, path, params);
            c->route_data = rt->data;
            rv = sl_capture(c, rt->handler, path, params, qm ? qm + 1 : NULL, out);
            c->route_data = data;
            return rv;
        }
    }
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, c->r, SL_LOGNO(00004) "capture: no public GET route for %s",
                  path);
    return -1;
}
