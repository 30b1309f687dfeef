/* The database interface shared with sialip-kirim (dbi.h) on the
 * request's pooled connection: the holiday calendar, the outbox and the
 * audit trail go through it, so both sides run the same statements. */
#ifndef SL_HTTPD_DBI_H
#define SL_HTTPD_DBI_H

#include "dbi.h"
#include "sl_db.h"
#include "sl_ctx.h"

/* dbi.h's statements (sl_dbi_stmts) go in a module's statement list:
 * every module that writes an audit row lists them. */

/* The interface on db's connection, with db's label prefix. */
sl_dbi *sl_db_dbi(sl_db *db);

/* Call with what a dbi.h function on sl_db_dbi(db) returned: a failure is
 * logged and marks the transaction failed, as a failed sl_db_exec does;
 * wrote says the statement wrote data that pages may show (the rule is
 * sl_db_on_commit's in sl_db.h).  0 or -1. */
int sl_db_dbi_end(sl_db *db, int rv, int wrote);

/* Queues an e-mail in the outbox (inside the caller's transaction).
 * 0 or -1 (logged). */
int sl_outbox_add(sl_ctx *c, const sl_outbox_msg *m);

#endif
