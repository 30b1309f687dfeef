/* CSV beside an XML export, built from the XML the export sends
 * (sl_csvxml.c has the flattening rule). */
#ifndef SL_CSVXML_H
#define SL_CSVXML_H

#include "sl_request.h"

typedef struct {
    const sl_feature *feature;  /* where the XML's route is */
    const char *xml_pattern;    /* its GET route: "/dip.xml" */
    const char *row;            /* name of the root's row elements, or NULL:
                                   the whole document is one row */
} sl_csvxml;

/* Registers the capture filter; from the module's register_hooks. */
void sl_csvxml_register(const char *module_name);
/* Answers the request (its URI ends in .csv, its route has the XML
 * route's {parameters}) with the CSV of x's export. */
int sl_csvxml_send(sl_ctx *c, const sl_csvxml *x);

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
 * features that matches it; -1 also when none does. */
int sl_capture_get(sl_ctx *c, const sl_feature *const *features, const char *path_args,
                   sl_captured *out);

#endif
