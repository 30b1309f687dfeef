/* Private to the database layer (sl_db.c, sl_db_hooks.c). */
#ifndef SL_DB_INT_H
#define SL_DB_INT_H

#include <apr_time.h>
#include "sl_db.h"

/* Whether this thread's statements are paced (sl_db_pace_with). */
int sl_db_pacing(void);
/* A statement's start for its pacer: both clocks, read only while the
 * thread is paced; then the report of the statement's database time
 * (sl_db.h), in_rows the wall time spent in sl_db_each's each_row. */
typedef struct {
    apr_time_t wall;              /* 0: not paced */
    apr_interval_time_t cpu;
} sl_db_pace_mark;
sl_db_pace_mark sl_db_pace_start(void);
void sl_db_pace_end(const sl_db_pace_mark *m, apr_interval_time_t in_rows);

/* What running a registered statement tells the caches (sl_db.h), from
 * its SQL. */
enum { SL_DB_READS, SL_DB_WRITES, SL_DB_KEEPS_BOOKS };
int sl_db_stmt_kind(const char *sql);

#endif
