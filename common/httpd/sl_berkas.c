/* Naming a stored file in the database (sl_berkas.h). */
#include <string.h>
#include "escape.h"
#include "sl_dbi.h"
#include "sl_store.h"
#include "sl_berkas.h"

int sl_berkas_kunci(sl_ctx *c, const char *sha256)
{
    return sl_db_dbi_end(c->db, sl_dbi_berkas_kunci(sl_db_dbi(c->db), c->r->pool,
                                                    sha256), 1);
}

int sl_berkas_pastikan(sl_ctx *c, const char *dir, const char *sha256,
                       const char *data, apr_size_t len)
{
    const char *again;

    if (sl_berkas_kunci(c, sha256) != 0) {
        return -1;
    }
    /* Written before the transaction, but the retention job or a failed
     * filing of the same content may have removed it since: written
     * again (a no-op when it is there). */
    again = sl_store_put(c->r, dir, data, len);
    return again && strcmp(again, sha256) == 0 ? 0 : -1;
}

const char *sl_berkas_catat(sl_ctx *c, const char *dir, const char *sha256,
                            const sl_upload *up, const char *mime,
                            const char *unnamed)
{
    apr_pool_t *p = c->r->pool;
    const char *id;

    if (sl_berkas_pastikan(c, dir, sha256, up->data, up->len) != 0
        || sl_db_dbi_end(c->db, sl_dbi_berkas_catat(
               sl_db_dbi(c->db), p, sha256, up->len, mime,
               sl_utf8_prefix(p, up->filename ? up->filename : unnamed, 255), &id),
               1) != 0) {
        return NULL;
    }
    return id;
}
