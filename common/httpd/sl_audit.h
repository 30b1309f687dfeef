/* The audit trail: who did what to which object, before and after, written
 * with the same connection (so inside the caller's transaction).  The row
 * is dbi.h's sl_audit_entry. */
#ifndef SL_AUDIT_H
#define SL_AUDIT_H

#include "sl_ctx.h"
#include "sl_dbi.h"   /* sl_dbi_stmts holds its statement */

/* Its statement is in sl_dbi_stmts (dbi.h), shared with
 * sialip-kirim. */

/* Writes one row; the actor is the session's user, or "pemohon" for the
 * public. Returns 0 or -1. */
int sl_audit(sl_ctx *c, const sl_audit_entry *entry);

#endif
