/* A result row as XML (sl_xmlrow.h). */
#include "sl_xmlrow.h"

void sl_xml_row_attrs(xmlNodePtr node, const sl_rows *rows, int row,
                      const char *const *names)
{
    int k;
    for (k = 0; names[k]; k++) {
        if (*names[k]) {
            sl_xml_attr(node, names[k], sl_rows_get(rows, row, k));
        }
    }
}

void sl_xml_row_texts(xmlNodePtr node, const sl_rows *rows, int row,
                      const char *const *names)
{
    int k;
    for (k = 0; names[k]; k++) {
        if (*names[k]) {
            sl_xml_text(node, names[k], sl_rows_get(rows, row, k));
        }
    }
}
