/* sialip-kirim: delivers the notification outbox (surel_keluar) over SMTP
 * and queues the daily deadline reminders.  The two jobs and the log they
 * share. */
#ifndef SK_KIRIM_H
#define SK_KIRIM_H

#include <apr_pools.h>
#include "db.h"
#include "kirim_conf.h"

/* Exit codes. */
#define SK_EXIT_OK 0          /* the run finished; outcomes are in the log */
#define SK_EXIT_FAILURE 1     /* the database or the system failed */
#define SK_EXIT_CONFIG 2      /* bad command line or configuration */

/* One line to stderr, "sialip-kirim: ...", in English for the admin's log. */
void sk_log(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* Statements of each job, prepared when connecting. */
extern const sk_stmt sk_antrean_stmts[];
extern const sk_stmt sk_pengingat_stmts[];

/* Claims due messages in batches and sends them until none is due.
 * Returns an exit code. */
int sk_antrean_kirim(apr_pool_t *pool, const sk_conf *conf, sk_db *db);

/* Queues today's reminders (at most once per item, kind, due date and
 * officer).  Returns an exit code. */
int sk_pengingat_antre(apr_pool_t *pool, const sk_conf *conf, sk_db *db);

#endif
