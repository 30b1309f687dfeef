/* Pages: an XML document per request, rendered to HTML by an XSLT view
 * compiled once at startup, or sent as XML itself (".xml" or Accept:
 * application/xml).  Text enters the document only through functions that
 * escape it. */
#ifndef SL_RENDER_H
#define SL_RENDER_H

#include <httpd.h>
#include <libxml/tree.h>

typedef struct sl_views sl_views;

/* A cache's claim on the page being rendered (sl_pagecache.h makes them):
 * sl_page_send hands store the rendered body.  The renderer knows no more
 * of the cache, which may depend on it and not the other way round. */
typedef struct sl_page_keeper sl_page_keeper;
struct sl_page_keeper {
    void (*store)(const sl_page_keeper *keeper, int status,
                  const char *content_type, const char *body, apr_size_t len);
};

/* Process-wide libxml2/libxslt set-up; call once from post_config. */
void sl_xml_global_init(void);

/* Compiles every view in dir (files "*.xsl" not starting with "_") and
 * loads the stylesheet at dir/../aset/sialip.css.  Returns NULL and sets
 * *views, or an error message for the admin. */
const char *sl_views_load(apr_pool_t *pconf, const char *dir, sl_views **views);
/* The views of dir, compiled once per startup however many virtual hosts
 * name the same directory (ptemp: the post_config temporary pool).
 * Returns NULL or an error message. */
const char *sl_views_for(apr_pool_t *pconf, apr_pool_t *ptemp, const char *dir,
                         const sl_views **views);
/* The shared stylesheet (CSS) text and its length. */
const char *sl_views_css(const sl_views *views, apr_size_t *len);

typedef struct {
    request_rec *r;
    const sl_views *views;
    const char *view;      /* view name without ".xsl" */
    xmlDocPtr doc;
    xmlNodePtr root;       /* <halaman> */
    xmlNodePtr context;    /* <konteks>: mount points, user, CSRF token */
    xmlNodePtr resource;   /* the resource: what an XML client gets */
    int status;            /* HTTP status, set by sl_page_send */
    const sl_page_keeper *keep;  /* non-NULL: keep the rendering */
} sl_page;

/* A page whose resource element is resource_name. */
sl_page *sl_page_new(request_rec *r, const sl_views *views, const char *view,
                     const char *title, const char *resource_name);

/* A child element holding text (escaped); text NULL gives an empty element
 * marked kosong="1" so views can tell "absent" from "empty". */
xmlNodePtr sl_xml_text(xmlNodePtr parent, const char *name, const char *text);
/* A child element without text. */
xmlNodePtr sl_xml_node(xmlNodePtr parent, const char *name);
/* An attribute; nothing when value is NULL. */
void sl_xml_attr(xmlNodePtr node, const char *name, const char *value);

/* True when the client asked for XML rather than HTML. */
int sl_wants_xml(request_rec *r);

/* Sends the page with the given HTTP status (as HTML through its view, or
 * as XML) and frees the document. Returns OK or a status for Apache. */
int sl_page_send(sl_page *page, int status);

#endif
