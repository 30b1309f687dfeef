/* A result row as XML: the columns of a row named once, in the order of
 * the SELECT beside which the names are written, instead of one
 * sl_xml_attr/sl_xml_text call per column. */
#ifndef SL_XMLROW_H
#define SL_XMLROW_H

#include "dbi.h"
#include "sl_render.h"

/* names[k] names column k; "" skips it; NULL ends the list (it may end
 * before the row's last column).  _attrs sets attributes of node (a NULL
 * value sets none, as sl_xml_attr); _texts adds child elements
 * (sl_xml_text: NULL is an empty element marked kosong). */
void sl_xml_row_attrs(xmlNodePtr node, const sl_rows *rows, int row,
                      const char *const *names);
void sl_xml_row_texts(xmlNodePtr node, const sl_rows *rows, int row,
                      const char *const *names);

#endif
