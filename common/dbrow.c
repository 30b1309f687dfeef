/* Typed rows (dbrow.h). */
#include "dbrow.h"

void sl_rows_read(const sl_rows *rows, int row, void *out, const size_t *cols,
                  size_t n)
{
    size_t k;
    for (k = 0; k < n; k++) {
        *(const char **)((char *)out + cols[k]) = sl_rows_get(rows, row, (int)k);
    }
}
