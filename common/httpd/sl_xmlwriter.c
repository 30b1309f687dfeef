#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <util_filter.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlsave.h>
#include "sl_xmlwriter.h"
#include "sl_module.h"
#include "sl_logno.h"

/* libxml2 hands over its buffer (4000 bytes at a time); ap_rwrite passes
 * it down the output filters, which send it as the buffer fills. */
static int write_out(void *context, const char *buffer, int len)
{
    sl_xmlwriter *x = context;

    if (x->discard) {
        return len;
    }
    if (x->failed || ap_rwrite(buffer, len, x->r) < 0) {
        x->failed = 1;
        return -1;
    }
    return len;
}

static int close_out(void *context)
{
    return 0;
}

static void free_writer(sl_xmlwriter *x)
{
    if (!x->closed) {
        x->closed = 1;
        xmlFreeTextWriter(x->w);   /* closes (flushes) the output buffer */
        x->w = NULL;
    }
}

/* A handler that returned early: free the writer without writing to a
 * request that is going away. */
static apr_status_t cleanup_writer(void *data)
{
    sl_xmlwriter *x = data;
    x->discard = 1;
    free_writer(x);
    return APR_SUCCESS;
}

sl_xmlwriter *sl_xmlwriter_new(request_rec *r)
{
    sl_xmlwriter *x = apr_pcalloc(r->pool, sizeof(*x));
    xmlOutputBufferPtr out;

    x->r = r;
    out = xmlOutputBufferCreateIO(write_out, close_out, x, NULL);
    if (!out) {
        return NULL;
    }
    x->w = xmlNewTextWriter(out);        /* owns out from now on */
    if (!x->w) {
        xmlOutputBufferClose(out);
        return NULL;
    }
    apr_pool_cleanup_register(r->pool, x, cleanup_writer, apr_pool_cleanup_null);
    xmlTextWriterSetIndent(x->w, 1);
    xmlTextWriterSetIndentString(x->w, BAD_CAST " ");
    if (xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL) < 0) {
        x->discard = 1;
        free_writer(x);
        return NULL;
    }
    return x;
}

int sl_xmlwriter_finish(sl_xmlwriter *x)
{
    int rc;

    if (x->closed) {
        return -1;
    }
    rc = xmlTextWriterEndDocument(x->w);      /* ends open elements, flushes */
    free_writer(x);
    if (rc < 0 || x->failed) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, x->r, SL_LOGNO(00051) "XML export not "
                      "completely written (client gone?)");
        return -1;
    }
    return 0;
}

int sl_xmlwriter_open(sl_xmlwriter *x, xmlNodePtr node)
{
    xmlNsPtr ns = node->ns && node->ns == node->nsDef ? node->ns : NULL;
    xmlAttrPtr a;
    xmlNodePtr child;
    int rc;

    rc = ns ? xmlTextWriterStartElementNS(x->w, ns->prefix, node->name, ns->href)
            : xmlTextWriterStartElement(x->w, node->name);
    if (rc < 0) {
        return -1;
    }
    for (a = node->properties; a; a = a->next) {
        xmlChar *value = xmlNodeGetContent((xmlNodePtr)a);
        rc = xmlTextWriterWriteAttribute(x->w, a->name, value ? value : BAD_CAST "");
        xmlFree(value);
        if (rc < 0) {
            return -1;
        }
    }
    for (child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            if (sl_xmlwriter_open(x, child) != 0 || xmlTextWriterEndElement(x->w) < 0) {
                return -1;
            }
        }
        else if (child->type == XML_TEXT_NODE
                 && xmlTextWriterWriteString(x->w, child->content) < 0) {
            return -1;
        }
    }
    return 0;
}

void sl_stream_abort(request_rec *r, sl_xmlwriter *x)
{
    conn_rec *c = r->connection;
    apr_bucket_brigade *bb;

    if (x) {
        x->discard = 1;
        free_writer(x);
    }
    /* The HTTP filters turn a 502 error bucket into an error page while no
     * header has been sent, and into a response without its final chunk
     * (and a closed connection) once the body has begun. */
    bb = apr_brigade_create(r->pool, c->bucket_alloc);
    APR_BRIGADE_INSERT_TAIL(bb, ap_bucket_error_create(HTTP_BAD_GATEWAY, NULL,
                                                       r->pool, c->bucket_alloc));
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(c->bucket_alloc));
    ap_pass_brigade(r->output_filters, bb);
    c->keepalive = AP_CONN_CLOSE;
}

int sl_xml_send_doc(request_rec *r, xmlDocPtr doc)
{
    sl_xmlwriter x;
    xmlOutputBufferPtr out;

    memset(&x, 0, sizeof(x));
    x.r = r;
    ap_set_content_type(r, "application/xml; charset=utf-8");
    out = xmlOutputBufferCreateIO(write_out, close_out, &x, NULL);
    if (!out) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    /* Closes out; -1 also when the client went away half-way. */
    if (xmlSaveFormatFileTo(out, doc, "UTF-8", 1) < 0) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00052) "XML document not "
                      "completely written (client gone?)");
    }
    return OK;
}
