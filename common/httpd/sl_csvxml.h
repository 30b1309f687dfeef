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

#endif
