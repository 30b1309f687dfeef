#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_core.h>
#include <util_cookies.h>
#include <apr_strings.h>
#include "roles.h"
#include "sl_session.h"
#include "sl_module.h"

/* Its writes are bookkeeping (SL_DB_BOOKKEEPING): sessions, the
 * throttles' counters, a password hash brought to the current cost (the
 * same password): none is shown on a page the caches keep. */
const sl_stmt_def sl_session_stmts[] = {
    {"sesi_cari",
     "SELECT s.csrf, p.id, p.username, p.nama, p.opd_id, "
     "(SELECT GROUP_CONCAT(pp.peran) FROM pengguna_peran pp "
     " WHERE pp.pengguna_id = p.id) "
     "FROM sesi s JOIN pengguna p ON p.id = s.pengguna_id "
     "WHERE s.token_hash = SHA2(%s, 256) AND s.diakhiri IS NULL "
     "AND s.berakhir > UTC_TIMESTAMP() AND p.aktif = 1"},
    {"sesi_pengguna",
     "SELECT id, password_hash, username FROM pengguna "
     "WHERE username = %s AND aktif = 1"},
    {"sesi_buat", SL_DB_BOOKKEEPING
     "INSERT INTO sesi (token_hash, pengguna_id, csrf, dibuat_pada, berakhir) "
     "VALUES (SHA2(%s, 256), %s, %s, UTC_TIMESTAMP(), "
     "UTC_TIMESTAMP() + INTERVAL %s SECOND)"},
    {"sesi_sandi_baru", SL_DB_BOOKKEEPING
     "UPDATE pengguna SET password_hash = %s WHERE id = %s AND password_hash = %s"},
    {"sesi_akhiri", SL_DB_BOOKKEEPING
     "UPDATE sesi SET diakhiri = UTC_TIMESTAMP() "
     "WHERE token_hash = SHA2(%s, 256) AND diakhiri IS NULL"},
    /* Every other open session of the user (a new login, a new password). */
    {"sesi_akhiri_lain", SL_DB_BOOKKEEPING
     "UPDATE sesi SET diakhiri = UTC_TIMESTAMP() WHERE pengguna_id = %s "
     "AND diakhiri IS NULL AND token_hash <> SHA2(%s, 256)"},
    /* RETURNING (MariaDB 10.5) gives the count as stored, in the same
     * round trip. */
    {"batas_tambah", SL_DB_BOOKKEEPING
     "INSERT INTO pembatasan (kunci, jendela_mulai, jumlah) "
     "VALUES (%s, UTC_TIMESTAMP(), 1) " SL_THROTTLE_COUNT "RETURNING jumlah"},
    {"batas_kurang", SL_DB_BOOKKEEPING
     "UPDATE pembatasan SET jumlah = GREATEST(jumlah, 1) - 1 WHERE kunci = %s"},
    {"batas_hapus", SL_DB_BOOKKEEPING "DELETE FROM pembatasan WHERE kunci = %s"},
    {NULL, NULL}
};


/* Over TLS the cookie carries the __Host- prefix: the browser then takes
 * it only with Secure, Path=/ and no Domain, so a plain-HTTP page or a
 * sibling subdomain cannot plant a session cookie of its own. */
const char *sl_session_cookie_name(request_rec *r)
{
    return strcmp(ap_http_scheme(r), "https") == 0
           ? "__Host-" SL_SESSION_COOKIE : SL_SESSION_COOKIE;
}

const char *sl_session_cookie(sl_ctx *c)
{
    const char *value = NULL;
    ap_cookie_read(c->r, sl_session_cookie_name(c->r), &value, 0);
    return value;
}

int sl_session_load(sl_ctx *c)
{
    const char *token = sl_session_cookie(c);
    sl_rows *rows;
    sl_session *s;

    if (!token || strlen(token) != 64) {
        return 0;
    }
    if (sl_db_select(c->db, "sesi_cari", &rows, SL_ARGS(token)) != 0) {
        return -1;
    }
    if (rows->nrows != 1) {
        return 0;
    }
    s = apr_pcalloc(c->r->pool, sizeof(*s));
    s->csrf = sl_rows_get(rows, 0, 0);
    s->user_id = sl_rows_get(rows, 0, 1);
    s->username = sl_rows_get(rows, 0, 2);
    s->name = sl_rows_get(rows, 0, 3);
    s->opd_id = sl_rows_get(rows, 0, 4);
    s->roles = sl_roles_parse(sl_rows_get(rows, 0, 5));
    c->session = s;
    return 0;
}

static int equal_in_constant_time(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i;
    unsigned diff = (unsigned)(la ^ lb);
    for (i = 0; i < la && i < lb; i++) {
        diff |= (unsigned char)a[i] ^ (unsigned char)b[i];
    }
    return diff == 0;
}

int sl_origin_ok(sl_ctx *c)
{
    request_rec *r = c->r;
    const char *origin = apr_table_get(r->headers_in, "Origin");
    const char *referer = apr_table_get(r->headers_in, "Referer");
    /* "http://host:port" of this request, as the browser would send it. */
    const char *self = ap_construct_url(r->pool, "", r);
    size_t self_len = strlen(self);

    if (self_len && self[self_len - 1] == '/') {
        self_len--;
    }
    if (origin) {
        return strlen(origin) == self_len && strncmp(origin, self, self_len) == 0;
    }
    if (referer) {
        return strncmp(referer, self, self_len) == 0
               && referer[self_len] == '/';
    }
    /* Neither header: not a browser cross-site POST (browsers send Origin
     * on POST); scripts and curl are allowed for public forms. */
    return 1;
}

int sl_csrf_ok(sl_ctx *c)
{
    const char *token = sl_field(c, "csrf");
    return c->session && *token && equal_in_constant_time(token, c->session->csrf)
           && sl_origin_ok(c);
}
