/* A result row as XML, the names taken from the SELECT itself: a column
 * whose alias is `@name` becomes the attribute name, one aliased `<name>`
 * the child element <name>; any other column is left to the caller.  The
 * names of a row's XML thus stand in the SQL beside the columns they
 * name, and no list of names runs parallel to the SELECT.
 *
 * A group, `grp/@name` or `grp/<name>`, puts columns of one row on another
 * node (an objection's dispute on its <sengketa>). */
#ifndef SL_XMLROW_H
#define SL_XMLROW_H

#include "dbi.h"
#include "sl_render.h"

/* Writes the columns of rows' row that belong to group (NULL: those with
 * no group) on node, in the SELECT's order: attributes as sl_xml_attr (a
 * NULL value sets none), elements as sl_xml_text (NULL is an empty
 * element marked kosong). */
void sl_xml_row(xmlNodePtr node, const sl_rows *rows, int row, const char *group);

#endif
