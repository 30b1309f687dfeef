/* The shared staff login page: GET and POST /masuk (throttled in the
 * database per address first, then per account and address) and POST
 * /keluar, which ends the session on the server.  On the sessions of
 * sl_session.c. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_core.h>
#include <apr_strings.h>
#include <apr_md5.h>
#include "roles.h"
#include "password.h"
#include "sl_session.h"
#include "sl_request.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "sl_logno.h"
#include "sl_messages.h"

/* The stored hash is checked only when it is bcrypt: apr1 (MD5), SHA-1,
 * crypt or plain text would be accepted by apr_password_validate, and are
 * refused here (after the same work as a wrong password) with a line that
 * tells the admin what to do. */
static apr_status_t sl_password_check(sl_ctx *c, const char *password,
                                      const char *hash, const char *user_id)
{
    const char *weak = sl_password_weak_kind(hash);
    if (weak) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, c->r, SL_LOGNO(00020) "login for user id %s "
                      "refused: its password hash is %s, which is not accepted; "
                      "set a new password with sialip-pengguna or at "
                      "%s/admin/pengguna", user_id, weak, c->mount);
        apr_password_validate(password, sl_dummy_hash);
        return APR_EMISMATCH;
    }
    return apr_password_validate(password, hash);
}

static char *random_hex(apr_pool_t *pool, apr_size_t nbytes)
{
    unsigned char buf[32];
    char *out = apr_palloc(pool, nbytes * 2 + 1);
    apr_size_t i;

    if (nbytes > sizeof(buf) || apr_generate_random_bytes(buf, nbytes) != APR_SUCCESS) {
        return NULL;
    }
    for (i = 0; i < nbytes; i++) {
        apr_snprintf(out + i * 2, 3, "%02x", buf[i]);
    }
    return out;
}

/* Login throttling in the database, shared by every Apache process and
 * every web server of the database, and kept across restarts.
 * throttle_hit counts one attempt for key and returns the attempts in
 * the current window including this one (-1 on database failure): count
 * first, then refuse above the limit, so parallel attempts cannot slip
 * through.  forgive takes one attempt back (it succeeded); clear forgets
 * the key. */
int sl_throttle_hit(sl_ctx *c, const char *key, int window_seconds)
{
    const char *window = apr_itoa(c->r->pool, window_seconds);
    sl_rows *rows;
    const char *count;

    if (sl_db_select(c->db, "batas_tambah", &rows,
                     SL_ARGS(key, window, window)) != 0
        || !(count = sl_rows_named(rows, 0, "jumlah"))) {
        return -1;
    }
    return atoi(count);
}

static int throttle_hit(sl_ctx *c, const char *key)
{
    return sl_throttle_hit(c, key, c->settings->limit_window_seconds);
}

static int throttle_forgive(sl_ctx *c, const char *key)
{
    return sl_db_exec(c->db, "batas_kurang", NULL, SL_ARGS(key));
}

static int throttle_clear(sl_ctx *c, const char *key)
{
    return sl_db_exec(c->db, "batas_hapus", NULL, SL_ARGS(key));
}

/* Only a path under one of this server's pages may be a target after
 * login: no scheme, no "//host", and no byte a browser would strip (tab,
 * newline) to turn "/\t/host" into "//host". */
static const char *safe_return_path(sl_ctx *c, const char *wanted)
{
    const unsigned char *p = (const unsigned char *)wanted;
    int ok = wanted && wanted[0] == '/' && wanted[1] != '/';

    for (; ok && *p; p++) {
        if (*p <= 0x20 || *p == 0x7f || *p == '\\') {
            ok = 0;
        }
    }
    return ok ? wanted : apr_pstrcat(c->r->pool, c->mount, "/admin/", NULL);
}

static int show_login(sl_ctx *c, int status, const char *error,
                      const char *username, const char *back, int logged_out)
{
    sl_page *page = sl_ctx_page(c, "masuk", SL_MSG_MASUK_PETUGAS, "masuk");
    sl_xml_text(page->resource, "username", username);
    sl_xml_text(page->resource, "kembali", back);
    if (error) {
        sl_xml_text(page->resource, "galat", error);
    }
    if (logged_out) {
        sl_xml_text(page->resource, "keluar", "1");
    }
    return sl_page_send(page, status);
}

int sl_login_form(sl_ctx *c)
{
    return show_login(c, HTTP_OK, NULL, "", sl_query(c, "kembali"),
                      *sl_query(c, "keluar") != '\0');
}

static int too_many_attempts(sl_ctx *c)
{
    apr_table_setn(c->r->err_headers_out, "Retry-After",
                   apr_itoa(c->r->pool, c->settings->limit_window_seconds));
    return sl_error_page(c, HTTP_TOO_MANY_REQUESTS, SL_MSG_TERLALU_BANYAK_PERCOBAAN,
                         apr_psprintf(c->r->pool, SL_MSG_TERLALU_BANYAK_PERCOBAAN_MASUK,
                                      (c->settings->limit_window_seconds + 59)
                                      / 60));
}

static int db_trouble(sl_ctx *c)
{
    return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE,
                         SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                         SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
}

/* Creates the session and answers with its cookie and a redirect.
 * rehash, when not NULL, replaces a hash of another cost (made with
 * htpasswd, or before the cost changed) in the same transaction. */
static int start_session(sl_ctx *c, const char *user_id, const char *username,
                         const char *back, const char *rehash, const char *old)
{
    apr_pool_t *p = c->r->pool;
    const char *token = random_hex(p, 32);
    const char *csrf = random_hex(p, 16);
    int ended = 0;

    if (!token || !csrf || sl_db_begin(c->db) != 0) {
        return db_trouble(c);
    }
    c->session = apr_pcalloc(p, sizeof(sl_session));
    c->session->user_id = user_id;
    c->session->username = username;
    sl_db_exec(c->db, "sesi_buat", NULL,
               SL_ARGS(token, user_id, csrf,
                       apr_itoa(p, c->settings->session_seconds)));
    /* One session per user: a login elsewhere (a forgotten browser, a
     * stolen cookie) ends with this one. */
    sl_db_exec(c->db, "sesi_akhiri_lain", &ended, SL_ARGS(user_id, token));
    if (rehash) {
        sl_db_exec(c->db, "sesi_sandi_baru", NULL, SL_ARGS(rehash, user_id, old));
    }
    sl_audit(c, &(sl_audit_entry){"masuk", "pengguna", user_id, NULL,
                                  apr_psprintf(p, "{%s\"sesi_lain_diakhiri\":%d}",
                                               rehash ? "\"kata_sandi\":\"biaya "
                                               "disamakan\"," : "", ended), 0});
    if (sl_db_commit(c->db) != 0) {
        return db_trouble(c);
    }
    apr_table_add(c->r->err_headers_out, "Set-Cookie",
                  apr_psprintf(p, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s",
                               sl_session_cookie_name(c->r), token,
                               strcmp(ap_http_scheme(c->r), "https") == 0
                               ? "; Secure" : ""));
    return sl_redirect(c, safe_return_path(c, back));
}

/* The typed name in a log line: enough to recognise a typo, not a stray
 * password typed into the name field. */
static const char *name_for_log(apr_pool_t *p, const char *username)
{
    size_t n = strlen(username);
    return n <= 3 ? "***" : apr_psprintf(p, "%.2s... (%lu characters)", username,
                                         (unsigned long)n);
}

/* Waits longer the more an account is being guessed at from many
 * addresses: the owner still gets in with the right password, a
 * distributed guesser gets one answer per worker every few seconds. */
static void slow_down(sl_ctx *c, int account_count)
{
    int over = account_count - c->settings->login_limit;
    if (over > 0) {
        apr_sleep(apr_time_from_msec(250) * (over < 8 ? over : 8));
    }
}

/* Order matters: the address's counter first (an address guessing at many
 * accounts stops there, and its refused attempts count against nobody
 * else), then the counter of this account from this address, which is
 * what refuses.  No stranger at another address can make the right
 * password fail: the account-wide counter only slows the answer down.
 * Every attempt is counted before the password is checked, so parallel
 * guesses cannot slip past a limit; a success gives its attempts back. */
int sl_login_submit(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *username = sl_field(c, "username");
    const char *password = apr_table_get(c->form->fields, "password");
    const char *back = sl_field(c, "kembali");
    const char *ip = sl_client_ip(c);
    const char *ip_key = apr_pstrcat(p, "masuk-ip:", ip, NULL);
    const char *pair_key = NULL, *account_key = NULL, *hash = sl_dummy_hash;
    const char *user_id = NULL, *canonical = username;
    int limit = c->settings->login_limit;
    sl_rows *rows;
    int count;

    if (!*username || !password || !*password) {
        return show_login(c, HTTP_UNPROCESSABLE_ENTITY,
                          SL_MSG_ISI_NAMA_PENGGUNA_KATA, username, back, 0);
    }
    if ((count = throttle_hit(c, ip_key)) < 0) {
        return db_trouble(c);
    }
    if (count > c->settings->login_address_limit) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00021) "login refused: too "
                      "many failures from %s (any account; status %d)", ip,
                      HTTP_TOO_MANY_REQUESTS);
        return too_many_attempts(c);
    }
    if (strlen(username) <= 64) {
        /* The user table compares names case-insensitively; the counters
         * are keyed by the account's id, so every spelling shares them. */
        if (sl_db_select(c->db, "sesi_pengguna", &rows, SL_ARGS(username)) != 0) {
            return db_trouble(c);
        }
        if (rows->nrows == 1) {
            /* sl_session.c's statement: its columns by name. */
            user_id = sl_rows_named(rows, 0, "id");
            hash = sl_rows_named(rows, 0, "password_hash");
            canonical = sl_rows_named(rows, 0, "username");
            if (!hash) {
                hash = sl_dummy_hash;
            }
            if (!canonical) {
                canonical = username;
            }
            account_key = apr_pstrcat(p, "masuk-akun:", user_id, NULL);
            pair_key = apr_pstrcat(p, account_key, "@", ip, NULL);
        }
    }
    if (pair_key) {
        if ((count = throttle_hit(c, pair_key)) < 0) {
            return db_trouble(c);
        }
        if (count > limit) {
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00022) "login for user "
                          "id %s refused: too many failures from %s (status %d)", user_id,
                          ip, HTTP_TOO_MANY_REQUESTS);
            return too_many_attempts(c);
        }
        if ((count = throttle_hit(c, account_key)) < 0) {
            return db_trouble(c);
        }
        slow_down(c, count);
    }
    if (!user_id || sl_password_check(c, password, hash, user_id) != APR_SUCCESS) {
        if (user_id) {
            ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, c->r, SL_LOGNO(00023) "failed login for "
                          "user id %s from %s (status %d)", user_id, ip,
                          HTTP_UNPROCESSABLE_ENTITY);
        }
        else {
            ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, c->r, SL_LOGNO(00024) "failed login for "
                          "unknown name %s from %s (status %d)",
                          name_for_log(p, username), ip, HTTP_UNPROCESSABLE_ENTITY);
        }
        return show_login(c, HTTP_UNPROCESSABLE_ENTITY,
                          SL_MSG_NAMA_PENGGUNA_KATA_SANDI, username, back,
                          0);
    }
    throttle_forgive(c, ip_key);
    throttle_forgive(c, account_key);
    throttle_clear(c, pair_key);
    return start_session(c, user_id, canonical, back,
                         sl_password_cost(hash) != SL_BCRYPT_COST
                         ? sl_password_hash(p, password) : NULL, hash);
}

int sl_login_logout(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *token = sl_session_cookie(c);

    if (sl_db_begin(c->db) != 0) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    sl_db_exec(c->db, "sesi_akhiri", NULL, SL_ARGS(token));
    sl_audit(c, &(sl_audit_entry){"keluar", "pengguna", c->session->user_id,
                                  NULL, NULL, 0});
    if (sl_db_commit(c->db) != 0) {
        return sl_error_page(c, HTTP_SERVICE_UNAVAILABLE, SL_MSG_LAYANAN_SEDANG_TIDAK_TERSEDIA,
                             SL_MSG_COBA_LAGI_BEBERAPA_SAAT);
    }
    apr_table_add(c->r->err_headers_out, "Set-Cookie",
                  apr_psprintf(p, "%s=; Path=/; HttpOnly; SameSite=Strict; "
                               "Max-Age=0%s", sl_session_cookie_name(c->r),
                               strcmp(ap_http_scheme(c->r), "https") == 0
                               ? "; Secure" : ""));
    return sl_redirect(c, apr_pstrcat(p, c->settings->login_url, "?keluar=1",
                                      NULL));
}
