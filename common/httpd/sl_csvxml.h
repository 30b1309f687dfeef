/* CSV beside an XML export, built from the XML the export sends
 * (sl_csvxml.c has the flattening rule). */
#ifndef SL_CSVXML_H
#define SL_CSVXML_H

#include "sl_request.h"

typedef struct {
    sl_handler_fn xml;          /* the handler of the XML export ("/dip.xml") */
    const char *row;            /* name of the root's row elements, or NULL:
                                   the whole document is one row */
} sl_csvxml;

/* Registers the capture filter; from the module's register_hooks. */
void sl_csvxml_register(const char *module_name);
/* A route's handler: answers the request (its URI ends in .csv, its route
 * has the XML route's {parameters}) with the CSV of the export the route's
 * data (an sl_csvxml) names. */
int sl_csvxml_send(sl_ctx *c);
/* A route of a module's table: GET pattern (".csv") answered with the CSV
 * of what xml_handler sends for the same path ending in ".xml". */
#define SL_ROUTE_CSV(pattern, xml_handler, row, flags) \
    {"GET", pattern, sl_csvxml_send, SL_ROUTE_PUBLIC, flags, \
     &(const sl_csvxml){xml_handler, row}}

/* A public GET answer run inside another request and kept in memory
 * (the e-Monev evidence pack puts pages and exports in one archive). */
typedef struct {
    const char *body;
    apr_size_t len;
    const char *type;           /* its Content-Type */
} sl_captured;

/* Runs handler as the answer to GET <mount><path>?<args> (args may be
 * NULL) for the public: no session, no conditional or Accept headers, the
 * route's {parameters} in params (may be NULL).  The answer is captured in
 * out instead of sent, and the request's URI, status and headers are put
 * back after.  Returns 0, or -1 when the answer was not a 200 (logged). */
int sl_capture(sl_ctx *c, sl_handler_fn handler, const char *path, apr_table_t *params,
               const char *args, sl_captured *out);
/* The same for "path?args" answered by the first public GET route of
 * routes (a module's table) that matches it; -1 also when none does. */
int sl_capture_get(sl_ctx *c, const sl_route *routes, const char *path_args,
                   sl_captured *out);

#endif
