#include <httpd.h>
#include "sl_audit.h"
#include "sl_dbi.h"

int sl_audit(sl_ctx *c, const sl_audit_entry *e)
{
    sl_audit_who who = {
        c->session ? c->session->user_id : NULL,
        c->session ? c->session->username : "pemohon",
        c->r->useragent_ip
    };
    /* A private row is no kept page's data (sl_db.h, sl_db_on_commit). */
    return sl_db_dbi_end(c->db, sl_dbi_audit(sl_db_dbi(c->db), c->r->pool,
                                             &who, e), e->is_public);
}
