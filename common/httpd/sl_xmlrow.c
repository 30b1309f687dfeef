/* A result row as XML (sl_xmlrow.h). */
#include <string.h>
#include "sl_xmlrow.h"

void sl_xml_row(xmlNodePtr node, const sl_rows *rows, int row, const char *group)
{
    size_t glen = group ? strlen(group) : 0;
    int k;

    for (k = 0; k < rows->ncols; k++) {
        const char *name = rows->names[k];
        size_t len;
        if (!name) {
            continue;
        }
        if (group) {
            if (strncmp(name, group, glen) != 0 || name[glen] != '/') {
                continue;
            }
            name += glen + 1;
        }
        if (name[0] == '@' && name[1]) {
            sl_xml_attr(node, name + 1, sl_rows_get(rows, row, k));
        }
        else if (name[0] == '<' && (len = strlen(name)) > 2 && name[len - 1] == '>') {
            xmlChar *element = xmlStrndup(BAD_CAST name + 1, (int)len - 2);
            sl_xml_text(node, (const char *)element, sl_rows_get(rows, row, k));
            xmlFree(element);
        }
    }
}
