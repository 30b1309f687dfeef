/* The working-day calendar of this Apache process, built from the
 * hari_libur table and rebuilt when its version row changes (an admin edit,
 * a migration), checked with one primary-key lookup per use. */
#ifndef SL_HOLIDAYS_H
#define SL_HOLIDAYS_H

#include "calendar.h"
#include "sl_ctx.h"

/* Its prepared statements, for a module's statement list (with
 * sl_dbi_stmts, which read the holidays). */
extern const sl_stmt_def sl_holidays_stmts[];

/* Process set-up (child_init). */
apr_status_t sl_holidays_child_init(apr_pool_t *pchild);

/* The current calendar with the office cut-off (WIB minutes after
 * midnight), or NULL when the database failed.  It stays valid for the rest
 * of the request. */
const sl_calendar *sl_holidays_current(sl_ctx *c, int cutoff_minutes);

/* The same, when the caller has already read the version row (as a column
 * of its own query, saving the lookup). */
const sl_calendar *sl_holidays_at(sl_ctx *c, const char *version,
                                  int cutoff_minutes);

/* Today in WIB, from this server's clock. */
sl_day sl_today_wib(void);

#endif
