#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include "sl_dbi.h"
#include "sl_module.h"
#include "sl_logno.h"

sl_dbi *sl_db_dbi(sl_db *db)
{
    if (!db->dbi) {
        db->dbi = apr_pcalloc(db->r->pool, sizeof(*db->dbi));
        db->dbi->driver = db->dbd->driver;
        db->dbi->handle = db->dbd->handle;
        db->dbi->prepared = db->dbd->prepared;
        db->dbi->prefix = db->prefix;
    }
    /* dbi.c finds its statements in the connection's table, where they
     * are once a request on this connection has prepared them (sl_db.c);
     * one that fails shows as "not prepared" when run.  Asked again until
     * all are there: a prepare fails too when Galera has just aborted the
     * connection's transaction (the next command gets the error), and the
     * transaction that runs again needs them. */
    if (!db->dbi_ready) {
        db->dbi_ready = sl_db_prepare(db, sl_dbi_stmts) == 0;
    }
    return db->dbi;
}

int sl_db_dbi_end(sl_db *db, int rv, int wrote)
{
    if (wrote) {
        sl_db_wrote(db);
    }
    if (rv == 0) {
        return 0;
    }
    db->failed = 1;
    /* As log_db_error in sl_db.c: the server asks for the transaction to run
     * again (a deadlock, a Galera conflict), so the caller may. */
    if (db->dbi && db->dbi->error
        && strstr(db->dbi->error, "try restarting transaction")) {
        db->conflict = 1;
    }
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, db->r, SL_LOGNO(00012) "%s: %s", db->prefix,
                  db->dbi && db->dbi->error ? db->dbi->error : "(no message)");
    return -1;
}

int sl_outbox_add(sl_ctx *c, const sl_outbox_msg *m)
{
    return sl_db_dbi_end(c->db, sl_dbi_outbox_add(sl_db_dbi(c->db), c->r->pool,
                                                  m, NULL), 1);
}
