/* Typed rows: a row of a result read into a struct of const char *
 * members, the members listed once beside the SELECT whose columns they
 * hold, so that other files read fields by name, not columns by number. */
#ifndef SL_DBROW_H
#define SL_DBROW_H

#include <stddef.h>
#include "dbi.h"

/* Where column k goes: SL_COLUMN(type, member), a const char * member. */
#define SL_COLUMN(type, member) offsetof(type, member)

/* Reads columns 0..n-1 of row into the members of out at offsets cols[k]
 * (NULL for SQL NULL, and for a column or row the result lacks). */
void sl_rows_read(const sl_rows *rows, int row, void *out, const size_t *cols,
                  size_t n);

#endif
