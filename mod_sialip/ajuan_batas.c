/* Anonymous filings are limited per client address and per recipient
 * e-mail within a window (SialipFilingLimit), so nobody can fill the
 * upload store or use the outbox to mail any address; counted in the
 * database table pembatasan like logins (the e-mail only as a SHA-256).
 * A document stored for a filing that then failed is removed again. */
#include <httpd.h>
#include <string.h>
#include <http_log.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "sha256.h"
#include "permohonan_rules.h"
#include "sl_session.h"
#include "sl_store.h"
#include "sl_module.h"
#include "sialip.h"
#include "unggah.h"
#include "sl_logno.h"
#include "sialip_messages.h"

extern module AP_MODULE_DECLARE_DATA sialip_module;

const sl_stmt_def sialip_ajuan_batas_stmts[] = {
    {"berkas_dipakai", "SELECT COUNT(*) FROM berkas WHERE sha256 = %s"},
    /* The address's and the e-mail's count in one statement (and one
     * commit): batas_tambah (sl_session.c) for two keys, each row's count
     * as stored. */
    {"ajuan_batas_dua", SL_DB_BOOKKEEPING
     "INSERT INTO pembatasan (kunci, jendela_mulai, jumlah) "
     "VALUES (%s, UTC_TIMESTAMP(), 1), (%s, UTC_TIMESTAMP(), 1) "
     SL_THROTTLE_COUNT "RETURNING kunci, jumlah"},
    {NULL, NULL}
};

const char *sialip_set_filing_limit(cmd_parms *cmd, void *dummy, const char *a1,
                                    const char *a2, const char *a3)
{
    sialip_config *cfg = ap_get_module_config(cmd->server->module_config,
                                              &sialip_module);
    const char *v[3] = {a1, a2, a3};
    long n[3];
    int i;

    for (i = 0; i < 3; i++) {
        char *end;
        n[i] = strtol(v[i], &end, 10);
        if (*end || end == v[i] || n[i] < 1 || n[i] > 100000000L) {
            return "SialipFilingLimit: expected three positive whole numbers: "
                   "filings per address, filings per e-mail address, window "
                   "in seconds (e.g. 10 3 3600)";
        }
    }
    cfg->filing_ip_limit = (int)n[0];
    cfg->filing_email_limit = (int)n[1];
    cfg->filing_window = (int)n[2];
    cfg->set |= SIALIP_SET_FILING_LIMIT;
    return NULL;
}

static void add_error(sl_ctx *c, apr_array_header_t *errors, const char *field,
                      const char *message)
{
    sl_field_error *e = apr_array_push(errors);
    e->field = field;
    e->message = message;
}

/* Counts this filing for its address and, when it names one, its e-mail
 * (one statement); returns 0, or -1 when the database failed.  *ip and
 * *email are the counts as stored (*email 0 when there is none). */
static int count_filing(sl_ctx *c, const char *ip_key, const char *email_key,
                        int window, int *ip, int *email)
{
    const char *w = apr_itoa(c->r->pool, window);
    sl_rows *rows;
    int i;

    *email = 0;
    if (!email_key) {
        *ip = sl_throttle_hit(c, ip_key, window);
        return *ip < 0 ? -1 : 0;
    }
    *ip = -1;
    *email = -1;
    if (sl_db_select(c->db, "ajuan_batas_dua", &rows,
                     SL_ARGS(ip_key, email_key, w, w)) != 0) {
        return -1;
    }
    for (i = 0; i < rows->nrows; i++) {
        const char *key = sl_rows_named(rows, i, "kunci");
        const char *n = sl_rows_named(rows, i, "jumlah");
        if (key && n) {
            *(strcmp(key, ip_key) == 0 ? ip : email) = atoi(n);
        }
    }
    return *ip < 0 || *email < 0 ? -1 : 0;
}

int sialip_ajuan_dibatasi(sl_ctx *c, apr_array_header_t *errors)
{
    const sialip_config *cfg = sialip_config_of(c->r);
    apr_pool_t *p = c->r->pool;
    const char *email = sl_field(c, "email");
    const char *minutes = apr_itoa(p, (cfg->filing_window + 59) / 60);
    const char *ip_key = apr_pstrcat(p, "ajukan-ip:", sl_client_ip(c), NULL);
    const char *email_key = NULL;
    int ip_count, email_count;

    if (*email) {
        char *lower = apr_pstrdup(p, email), *q;
        char hex[65];
        for (q = lower; *q; q++) {
            *q = (char)apr_tolower(*q);
        }
        sl_sha256_hex(lower, strlen(lower), hex);
        email_key = apr_pstrcat(p, "ajukan-surel:", hex, NULL);
    }
    if (count_filing(c, ip_key, email_key, cfg->filing_window, &ip_count,
                     &email_count) != 0) {
        return -1;
    }
    if (ip_count > cfg->filing_ip_limit) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00060) "filing refused: more "
                      "than %d filings from %s within %d s (status %d)",
                      cfg->filing_ip_limit, sl_client_ip(c), cfg->filing_window,
                      HTTP_TOO_MANY_REQUESTS);
        add_error(c, errors, "formulir",
                  apr_psprintf(p, SIALIP_MSG_PERMOHONAN_TERLALU_BANYAK_DARI_ALAMAT, minutes));
        /* Refused for its address, the filing does not count against the
         * e-mail it names (as when the e-mail was counted only after the
         * address): a flood from one address does not lock an e-mail out. */
        if (email_key) {
            sl_db_exec(c->db, "batas_kurang", NULL, SL_ARGS(email_key));
        }
    }
    else if (email_count > cfg->filing_email_limit) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, c->r, SL_LOGNO(00061) "filing refused: "
                      "more than %d filings for one e-mail address within "
                      "%d s (from %s; status %d)", cfg->filing_email_limit,
                      cfg->filing_window, sl_client_ip(c), HTTP_TOO_MANY_REQUESTS);
        add_error(c, errors, "email",
                  apr_psprintf(p, SIALIP_MSG_PERMOHONAN_TERLALU_BANYAK_DARI_EMAIL, minutes));
    }
    if (errors->nelts == 0) {
        return 0;
    }
    apr_table_setn(c->r->err_headers_out, "Retry-After",
                   apr_itoa(p, cfg->filing_window));
    return 1;
}

void sialip_berkas_buang(sl_ctx *c, const char *sha256)
{
    sl_rows *rows;
    const char *n;

    /* Content-addressed: the same bytes may belong to another filing,
     * committed or under way (it holds the content's lock until its
     * commit, and writes the file again after it).  Kept when in doubt. */
    if (sl_db_begin(c->db) != 0) {
        return;
    }
    if (sialip_berkas_kunci(c, sha256) != 0
        || sl_db_select(c->db, "berkas_dipakai", &rows, SL_ARGS(sha256)) != 0
        || !(n = sl_rows_get(rows, 0, 0)) || atoi(n) > 0) {
        sl_db_rollback(c->db);
        return;
    }
    sl_store_remove(c->r, sialip_config_of(c->r)->upload_dir, sha256);
    sl_db_commit(c->db);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, c->r, SL_LOGNO(00062) "upload store: removed %s "
                  "(its filing failed)", sha256);
}
