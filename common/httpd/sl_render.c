#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_file_io.h>
#include <apr_hash.h>
#include <libxml/parser.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#include "sl_render.h"
#include "sl_module.h"
#include "sl_logno.h"

struct sl_views {
    apr_hash_t *sheets;        /* name -> xsltStylesheetPtr */
    const char *css;
    apr_size_t css_len;
};

/* Transforms may not read or write files or the network: a view is a
 * template, never a way to reach the server's disk. */
static xsltSecurityPrefsPtr security_prefs;

void sl_xml_global_init(void)
{
    xmlInitParser();
    if (!security_prefs) {
        security_prefs = xsltNewSecurityPrefs();
        xsltSetSecurityPrefs(security_prefs, XSLT_SECPREF_READ_FILE,
                             xsltSecurityForbid);
        xsltSetSecurityPrefs(security_prefs, XSLT_SECPREF_WRITE_FILE,
                             xsltSecurityForbid);
        xsltSetSecurityPrefs(security_prefs, XSLT_SECPREF_CREATE_DIRECTORY,
                             xsltSecurityForbid);
        xsltSetSecurityPrefs(security_prefs, XSLT_SECPREF_READ_NETWORK,
                             xsltSecurityForbid);
        xsltSetSecurityPrefs(security_prefs, XSLT_SECPREF_WRITE_NETWORK,
                             xsltSecurityForbid);
    }
}

static apr_status_t free_stylesheet(void *data)
{
    xsltFreeStylesheet((xsltStylesheetPtr)data);
    return APR_SUCCESS;
}

static const char *load_css(apr_pool_t *pconf, const char *dir, sl_views *v)
{
    const char *path = apr_pstrcat(pconf, dir, "/../aset/sialip.css", NULL);
    apr_file_t *f;
    apr_finfo_t fi;
    apr_size_t len;
    char *buf;

    if (apr_file_open(&f, path, APR_FOPEN_READ, 0, pconf) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS) {
        return apr_psprintf(pconf, "cannot read stylesheet %s", path);
    }
    len = (apr_size_t)fi.size;
    buf = apr_palloc(pconf, len + 1);
    if (apr_file_read_full(f, buf, len, &len) != APR_SUCCESS) {
        return apr_psprintf(pconf, "cannot read stylesheet %s", path);
    }
    buf[len] = '\0';
    apr_file_close(f);
    v->css = buf;
    v->css_len = len;
    return NULL;
}

const char *sl_views_load(apr_pool_t *pconf, const char *dir, sl_views **views)
{
    sl_views *v = apr_pcalloc(pconf, sizeof(*v));
    apr_dir_t *d;
    apr_finfo_t fi;
    const char *err;

    v->sheets = apr_hash_make(pconf);
    if (apr_dir_open(&d, dir, pconf) != APR_SUCCESS) {
        return apr_psprintf(pconf, "cannot open view directory %s", dir);
    }
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS) {
        size_t n = strlen(fi.name);
        const char *path;
        xsltStylesheetPtr sheet;

        if (fi.filetype != APR_REG || fi.name[0] == '_' || n < 5
            || strcmp(fi.name + n - 4, ".xsl") != 0) {
            continue;
        }
        path = apr_pstrcat(pconf, dir, "/", fi.name, NULL);
        sheet = xsltParseStylesheetFile((const xmlChar *)path);
        if (!sheet) {
            apr_dir_close(d);
            return apr_psprintf(pconf, "view %s does not compile (see the "
                                "libxslt messages above)", path);
        }
        apr_pool_cleanup_register(pconf, sheet, free_stylesheet,
                                  apr_pool_cleanup_null);
        apr_hash_set(v->sheets, apr_pstrndup(pconf, fi.name, n - 4),
                     APR_HASH_KEY_STRING, sheet);
    }
    apr_dir_close(d);
    if (apr_hash_count(v->sheets) == 0) {
        return apr_psprintf(pconf, "no views (*.xsl) in %s", dir);
    }
    if ((err = load_css(pconf, dir, v)) != NULL) {
        return err;
    }
    *views = v;
    return NULL;
}

/* Views compiled in this configuration pass, keyed by directory; forgotten
 * when the pass's temporary pool goes. */
static apr_hash_t *compiled;

static apr_status_t forget_compiled(void *unused)
{
    compiled = NULL;
    return APR_SUCCESS;
}

const char *sl_views_for(apr_pool_t *pconf, apr_pool_t *ptemp, const char *dir,
                         const sl_views **views)
{
    sl_views *v;
    const char *err;

    if (!compiled) {
        compiled = apr_hash_make(ptemp);
        apr_pool_cleanup_register(ptemp, NULL, forget_compiled,
                                  apr_pool_cleanup_null);
    }
    if ((v = apr_hash_get(compiled, dir, APR_HASH_KEY_STRING)) == NULL) {
        if ((err = sl_views_load(pconf, dir, &v)) != NULL) {
            return err;
        }
        apr_hash_set(compiled, dir, APR_HASH_KEY_STRING, v);
    }
    *views = v;
    return NULL;
}

const char *sl_views_css(const sl_views *views, apr_size_t *len)
{
    *len = views->css_len;
    return views->css;
}

static apr_status_t free_doc(void *data)
{
    xmlFreeDoc((xmlDocPtr)data);
    return APR_SUCCESS;
}

sl_page *sl_page_new(request_rec *r, const sl_views *views, const char *view,
                     const char *title, const char *resource_name)
{
    sl_page *page = apr_pcalloc(r->pool, sizeof(*page));

    page->r = r;
    page->views = views;
    page->view = view;
    page->doc = xmlNewDoc((const xmlChar *)"1.0");
    /* Freed with the request, whatever path the handler takes. */
    apr_pool_cleanup_register(r->pool, page->doc, free_doc,
                              apr_pool_cleanup_null);
    page->root = xmlNewDocNode(page->doc, NULL, (const xmlChar *)"halaman",
                               NULL);
    xmlDocSetRootElement(page->doc, page->root);
    sl_xml_attr(page->root, "judul", title);
    page->context = sl_xml_node(page->root, "konteks");
    page->resource = sl_xml_node(page->root, resource_name);
    return page;
}

xmlNodePtr sl_xml_node(xmlNodePtr parent, const char *name)
{
    return xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
}

xmlNodePtr sl_xml_text(xmlNodePtr parent, const char *name, const char *text)
{
    xmlNodePtr node = xmlNewTextChild(parent, NULL, (const xmlChar *)name,
                                      (const xmlChar *)(text ? text : ""));
    if (!text) {
        xmlNewProp(node, (const xmlChar *)"kosong", (const xmlChar *)"1");
    }
    return node;
}

void sl_xml_attr(xmlNodePtr node, const char *name, const char *value)
{
    if (value) {
        /* xmlSetProp escapes the value when serialising. */
        xmlSetProp(node, (const xmlChar *)name, (const xmlChar *)value);
    }
}

int sl_wants_xml(request_rec *r)
{
    const char *accept = apr_table_get(r->headers_in, "Accept");
    size_t n = strlen(r->uri);

    if (n > 4 && strcmp(r->uri + n - 4, ".xml") == 0) {
        return 1;
    }
    return accept && ap_strstr_c(accept, "application/xml")
           && !ap_strstr_c(accept, "text/html");
}

static void deliver(sl_page *page, const char *content_type,
                    const xmlChar *body, int len)
{
    page->r->status = page->status;
    ap_set_content_type(page->r, content_type);
    ap_rwrite(body, len, page->r);
    if (page->keep) {
        page->keep->store(page->keep, page->status, content_type,
                          (const char *)body, (apr_size_t)len);
    }
}

static int send_xml(sl_page *page)
{
    request_rec *r = page->r;
    xmlDocPtr out = xmlNewDoc((const xmlChar *)"1.0");
    xmlChar *buf = NULL;
    int len = 0;

    apr_pool_cleanup_register(r->pool, out, free_doc, apr_pool_cleanup_null);
    xmlDocSetRootElement(out, xmlDocCopyNode(page->resource, out, 1));
    xmlDocDumpFormatMemoryEnc(out, &buf, &len, "UTF-8", 1);
    if (!buf) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    deliver(page, "application/xml; charset=utf-8", buf, len);
    xmlFree(buf);
    return OK;
}

static int send_html(sl_page *page)
{
    request_rec *r = page->r;
    xsltStylesheetPtr sheet = apr_hash_get(page->views->sheets, page->view,
                                           APR_HASH_KEY_STRING);
    xsltTransformContextPtr tctx;
    xmlDocPtr result;
    xmlChar *buf = NULL;
    int len = 0;

    if (!sheet) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00028) "view '%s.xsl' is not "
                      "in the view directory (status %d)", page->view,
                      HTTP_INTERNAL_SERVER_ERROR);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    tctx = xsltNewTransformContext(sheet, page->doc);
    if (!tctx) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    xsltSetCtxtSecurityPrefs(security_prefs, tctx);
    result = xsltApplyStylesheetUser(sheet, page->doc, NULL, NULL, NULL, tctx);
    xsltFreeTransformContext(tctx);
    if (!result) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00029) "view '%s' failed to "
                      "transform (status %d)", page->view, HTTP_INTERNAL_SERVER_ERROR);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    apr_pool_cleanup_register(r->pool, result, free_doc, apr_pool_cleanup_null);
    if (xsltSaveResultToString(&buf, &len, result, sheet) != 0 || !buf) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    deliver(page, "text/html; charset=utf-8", buf, len);
    xmlFree(buf);
    return OK;
}

int sl_page_send(sl_page *page, int status)
{
    /* The status is set only once the body is ready: a failed transform
     * must leave r->status alone for Apache's own 500. */
    page->status = status;
    return sl_wants_xml(page->r) ? send_xml(page) : send_html(page);
}
