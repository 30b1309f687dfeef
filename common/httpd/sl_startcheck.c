#include <httpd.h>
#include <http_config.h>
#include <http_log.h>
#include <http_core.h>
#include <ap_mpm.h>
#include <apr_strings.h>
#include <apr_dbd.h>
#include <mod_dbd.h>
#include "dbdparams.h"
#include "sl_startcheck.h"
#include "sl_db.h"
#include "sl_module.h"
#include "sl_logno.h"

/* mod_dbd's per-server record starts with its dbd_cfg_t (public in
 * mod_dbd.h); the record itself is private to mod_dbd. */
static const dbd_cfg_t *dbd_config(server_rec *s)
{
    module *dbd = ap_find_linked_module("mod_dbd.c");
    dbd_cfg_t *const *svr;

    if (!dbd) {
        return NULL;
    }
    svr = ap_get_module_config(s->module_config, dbd);
    return svr ? *svr : NULL;
}

const char *sl_startcheck_dbd(apr_pool_t *p, server_rec *s)
{
    const dbd_cfg_t *cfg = dbd_config(s);
    char msg[300];

    if (!ap_find_linked_module("mod_dbd.c")) {
        return "mod_dbd is not loaded (a2enmod dbd)";
    }
    /* mod_dbd's default DBDriver is a placeholder in brackets. */
    if (!cfg || !cfg->name || cfg->name[0] == '[' || !cfg->params
        || !cfg->params[0]) {
        return apr_psprintf(p, "no database pool for %s:%d: DBDriver and "
                            "DBDParams are not set (is the sialip-dbd.conf "
                            "block enabled? a2enconf sialip-dbd)",
                            s->server_hostname ? s->server_hostname : "",
                            s->port);
    }
    if (strcmp(cfg->name, "mysql") == 0
        && sl_dbd_params_check(cfg->params, msg, sizeof(msg)) != 0) {
        return apr_pstrcat(p, "DBDParams: ", msg, NULL);
    }
    return NULL;
}

/* MariaDB's max_connections over one short connection, or -1. */
static long max_connections(apr_pool_t *p, server_rec *s, const dbd_cfg_t *cfg)
{
    const apr_dbd_driver_t *driver;
    apr_dbd_t *handle = NULL;
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    const char *err = NULL, *v;
    long n = -1;
    /* A database that does not answer must not hold up the start. */
    const char *params = apr_pstrcat(p, cfg->params, " connecttimeout=3 "
                                     "readtimeout=5", NULL);

    if (apr_dbd_get_driver(p, cfg->name, &driver) != APR_SUCCESS
        || apr_dbd_open_ex(driver, p, params, &handle, &err) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_NOTICE, 0, s, SL_LOGNO(00041) "cannot reach the "
                     "database to compare the pool with its max_connections "
                     "(%s)", err ? err : "no driver");
        return -1;
    }
    if (apr_dbd_select(driver, p, handle, &res, "SELECT @@max_connections",
                       0) == 0
        && apr_dbd_get_row(driver, p, res, &row, -1) == 0
        && (v = apr_dbd_get_entry(driver, row, 0)) != NULL) {
        n = atol(v);
        while (apr_dbd_get_row(driver, p, res, &row, -1) == 0) {
        }
    }
    apr_dbd_close(driver, handle);
    return n;
}

void sl_startcheck_pool(apr_pool_t *ptemp, server_rec *s)
{
    const dbd_cfg_t *cfg = dbd_config(s);
    int threaded = 0, processes = 0;
    long allowed;

    /* Apache reads its configuration twice when it starts: once is enough. */
    if (!cfg || !cfg->name || cfg->name[0] == '[' || !cfg->persist
        || ap_state_query(AP_SQ_MAIN_STATE) == AP_SQ_MS_CREATE_PRE_CONFIG) {
        return;
    }
    ap_mpm_query(AP_MPMQ_IS_THREADED, &threaded);
    ap_mpm_query(AP_MPMQ_MAX_DAEMONS, &processes);
    if (threaded == AP_MPMQ_NOT_SUPPORTED) {
        if (cfg->nmin > 0) {
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, SL_LOGNO(00042) "DBDMin %d under a "
                         "non-threaded MPM (prefork): every child opens %d "
                         "database connection(s) when it starts, also the "
                         "children that only serve other sites; use DBDMin 0 "
                         "(see sialip-dbd.conf)", cfg->nmin, cfg->nmin);
        }
        if (cfg->nmax > 1) {
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, SL_LOGNO(00043) "DBDMax %d under a "
                         "non-threaded MPM (prefork): a child serves one "
                         "request at a time and uses one connection; use "
                         "DBDMax 1", cfg->nmax);
        }
    }
    if (processes <= 0) {
        return;
    }
    allowed = max_connections(ptemp, s, cfg);
    if (allowed > 0 && (long)processes * cfg->nmax > allowed) {
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, SL_LOGNO(00044) "the database pool may "
                     "open up to %d connections (%d Apache processes x DBDMax "
                     "%d) but MariaDB allows %ld in all (max_connections): "
                     "past it pages answer 503; lower DBDMax or "
                     "MaxRequestWorkers, or raise max_connections",
                     processes * cfg->nmax, processes, cfg->nmax, allowed);
    }
    else if (allowed > 0) {
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, s, SL_LOGNO(00045) "database pool: up to %d "
                     "connections (%d processes x DBDMax %d, %s MPM), MariaDB "
                     "allows %ld", processes * cfg->nmax, processes, cfg->nmax,
                     threaded ? "threaded" : "non-threaded", allowed);
    }
}

void sl_startcheck_statements(server_rec *s)
{
    const dbd_cfg_t *cfg = dbd_config(s);
    const apr_dbd_driver_t *driver;
    apr_dbd_t *handle = NULL;
    const char *err = NULL;
    apr_pool_t *p;

    if (!cfg || !cfg->name || cfg->name[0] == '[' || !cfg->params
        || ap_state_query(AP_SQ_MAIN_STATE) == AP_SQ_MS_CREATE_PRE_CONFIG) {
        return;
    }
    apr_pool_create(&p, s->process->pconf);
    /* A database that cannot be reached is sl_startcheck_pool's notice. */
    if (apr_dbd_get_driver(p, cfg->name, &driver) == APR_SUCCESS
        && apr_dbd_open_ex(driver, p, apr_pstrcat(p, cfg->params, " connecttimeout=3 "
                                                 "readtimeout=5", NULL),
                           &handle, &err) == APR_SUCCESS) {
        sl_db_check_statements(s, p, driver, handle);
        apr_dbd_close(driver, handle);
    }
    apr_pool_destroy(p);
}
