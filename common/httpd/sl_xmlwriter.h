/* Streaming exports: an xmlTextWriter whose output goes straight to the
 * response (an xmlOutputBuffer whose write callback calls ap_rwrite), so an
 * export of any size is written as its rows arrive, in memory that does not
 * grow with them.  Text and attribute values go through the writer's
 * escaping calls (xmlTextWriterWriteElement, xmlTextWriterWriteAttribute,
 * ...), never through xmlTextWriterWriteRaw.
 *
 * Use: set the Content-Type, sl_xmlwriter_new, write with libxml2's
 * xmlTextWriter* calls on ->w, sl_xmlwriter_finish.  When something fails
 * after writing began (a statement failing half-way), call sl_stream_abort
 * instead: the client then sees a broken response, never a shorter
 * document that parses. */
#ifndef SL_XMLWRITER_H
#define SL_XMLWRITER_H

#include <httpd.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

typedef struct {
    xmlTextWriterPtr w;    /* libxml2's writer */
    request_rec *r;
    int failed;            /* a write to the client failed (it went away) */
    int closed;            /* finished or aborted; w is freed */
    int discard;           /* private: drop output (aborting, cleaning up) */
} sl_xmlwriter;

/* A writer on r's response: UTF-8, indented one space per level, the XML
 * declaration written.  NULL when libxml2 could not allocate one.  Freed
 * with the request if neither finish nor abort is called. */
sl_xmlwriter *sl_xmlwriter_new(request_rec *r);

/* Closes every open element, ends the document and flushes it to the
 * response; frees the libxml2 writer.  Returns 0, or -1 when writing
 * failed. */
int sl_xmlwriter_finish(sl_xmlwriter *x);

/* Writes node (an element built with the tree API: attributes, text and
 * child elements, and the namespace it declares for itself) and what is
 * under it through x's writer, leaving node open, so that a small tree of
 * totals can head a document whose long list is then written row by row.
 * Returns 0, or -1 when writing failed. */
int sl_xmlwriter_open(sl_xmlwriter *x, xmlNodePtr node);

/* Ends r's response as failed.  Before any byte reached the network the
 * client gets a 502 error; after, the body is cut off (no final chunk,
 * connection closed), so a client never takes a truncated export for a
 * whole one.  x (may be NULL) is freed without writing more.  The handler
 * then returns OK. */
void sl_stream_abort(request_rec *r, sl_xmlwriter *x);

/* Sends a whole document as r's response (application/xml, UTF-8,
 * indented), written to the network as it is serialised instead of
 * through one buffer of the document's size.  Returns OK, or
 * HTTP_INTERNAL_SERVER_ERROR when nothing could be written. */
int sl_xml_send_doc(request_rec *r, xmlDocPtr doc);

#endif
