/* Staff sessions shared by both modules: bcrypt is checked once at login,
 * then a random token (only its SHA-256 stored) costs one indexed lookup
 * per request.  Each session carries a CSRF secret. */
#ifndef SL_SESSION_H
#define SL_SESSION_H

#include "roles.h"
#include "sl_ctx.h"

#define SL_SESSION_COOKIE "sialip_sesi"

/* Sessions' prepared statements, for a module that reads sessions. */
extern const sl_stmt_def sl_session_stmts[];
/* The shared login page (sl_login.c), for the route table of the module
 * that serves it: GET and POST /masuk (throttled) and POST /keluar, which
 * ends the session on the server. */
int sl_login_form(sl_ctx *c);
int sl_login_submit(sl_ctx *c);
int sl_login_logout(sl_ctx *c);
#define SL_LOGIN_ROUTES \
    {"GET", "/masuk", sl_login_form, SL_ROUTE_PUBLIC, 0, NULL}, \
    {"POST", "/masuk", sl_login_submit, SL_ROUTE_PUBLIC, 0, NULL}, \
    {"POST", "/keluar", sl_login_logout, SL_ROLE_ANY_STAFF, 0, NULL}

/* Looks up the session cookie; sets c->session when valid. Returns 0, or
 * -1 when the database failed. */
int sl_session_load(sl_ctx *c);

/* The session cookie's value, or NULL. */
const char *sl_session_cookie(sl_ctx *c);
/* The cookie's name: "__Host-" SL_SESSION_COOKIE over TLS. */
const char *sl_session_cookie_name(request_rec *r);

/* Checks the CSRF token field "csrf" against the session and the Origin
 * (or Referer) header against this host. 1 when the POST may proceed. */
int sl_csrf_ok(sl_ctx *c);
/* Counts one attempt for key in the database table pembatasan (shared by
 * every server, kept across restarts) and returns the attempts within the
 * last window_seconds including this one, or -1 when the database failed.
 * Count first, then refuse above a limit: parallel attempts cannot slip
 * through. */
int sl_throttle_hit(sl_ctx *c, const char *key, int window_seconds);

/* The counting of a row of pembatasan, for an INSERT of (kunci,
 * UTC_TIMESTAMP(), 1) rows that takes the window's seconds twice: a row
 * whose window has passed starts again at 1.  Both IFs test the old
 * window start (jumlah is assigned first, and jendela_mulai is not yet
 * changed when it is), so the statement means the same under
 * SIMULTANEOUS_ASSIGNMENT.  A bookkeeping write (SL_DB_BOOKKEEPING). */
#define SL_THROTTLE_COUNT \
    "ON DUPLICATE KEY UPDATE " \
    "jumlah = IF(jendela_mulai > UTC_TIMESTAMP() - INTERVAL %s SECOND, " \
    "jumlah + 1, 1), " \
    "jendela_mulai = IF(jendela_mulai > UTC_TIMESTAMP() - INTERVAL %s SECOND, " \
    "jendela_mulai, UTC_TIMESTAMP()) "

/* Origin/Referer check alone, for forms without a session. */
int sl_origin_ok(sl_ctx *c);

#endif
