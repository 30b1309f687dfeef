/* Private to the database layer (sl_db.c, sl_db_hooks.c). */
#ifndef SL_DB_INT_H
#define SL_DB_INT_H

#include <apr_time.h>

/* Whether this thread's statements are paced (sl_db_pace_with), and the
 * report of one statement's database time to its pacer. */
int sl_db_pacing(void);
void sl_db_paced(apr_interval_time_t db_time);

#endif
