#include <httpd.h>
#include "sl_audit.h"

static const sl_stmt_def statements[] = {
    {"audit_tulis",
     "INSERT INTO audit (waktu, pengguna_id, aktor, aksi, objek, objek_id, "
     "sebelum, sesudah, publik, ip) VALUES (UTC_TIMESTAMP(), %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s)"},
    {NULL, NULL}
};

const sl_feature sl_audit_feature = {NULL, statements};

int sl_audit(sl_ctx *c, const sl_audit_entry *e)
{
    const char *user_id = c->session ? c->session->user_id : NULL;
    const char *actor = c->session ? c->session->username : "pemohon";

    return sl_db_exec(c->db, "audit_tulis", NULL,
                      SL_ARGS(user_id, actor, e->action, e->object,
                              e->object_id, e->before, e->after,
                              e->is_public ? "1" : "0", sl_client_ip(c)));
}
