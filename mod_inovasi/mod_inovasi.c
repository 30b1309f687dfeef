/* mod_inovasi: monitoring and evaluation of Kabupaten Serang's regional
 * innovations.  Module record, directives, hooks and the statement list
 * (the routes are in routes.c); it shares mod_sialip's database pool and
 * staff login. */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_log.h>
#include <http_request.h>
#include <apr_strings.h>
#include "sl_startcheck.h"
#include "sl_config.h"
#include "sl_dirusable.h"
#include "sl_session.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "sl_pagecache.h"
#include "sl_holidays.h"
#include "sl_ratelimit.h"
#include "sl_sharedcache.h"
#include "sl_heavycache.h"
#include "sl_csvxml.h"
#include "sl_dbi.h"
#include "inovasi.h"
#include "sl_logno.h"

#ifndef INOVASI_DEFAULT_VIEW_DIR
#define INOVASI_DEFAULT_VIEW_DIR "/usr/share/sialip/views/inovasi"
#endif
#ifndef INOVASI_DEFAULT_UPLOAD_DIR
#define INOVASI_DEFAULT_UPLOAD_DIR "/var/lib/sialip/berkas"
#endif

extern module AP_MODULE_DECLARE_DATA inovasi_module;

/* Which directives a server's configuration sets (virtual hosts inherit
 * the rest). */
enum {
    INOVASI_SET_MOUNT = 1 << 0,
    INOVASI_SET_VIEWS = 1 << 1,
    INOVASI_SET_LOGIN = 1 << 2,
    INOVASI_SET_UPLOADS = 1 << 3,
    INOVASI_SET_SWITCH = 1 << 4
};

/* Every file's prepared statements, registered at startup; the routes are
 * in routes.c. */
static const sl_stmt_def *const statements[] = {
    inovasi_dasbor_stmts,
    inovasi_ekspor_stmts,
    inovasi_tahun_stmts,
    inovasi_data_stmts,
    inovasi_daftar_stmts,
    inovasi_staf_stmts,
    inovasi_indikator_stmts,
    inovasi_monitoring_stmts,
    inovasi_monitoring_isi_stmts,
    inovasi_evaluasi_stmts,
    inovasi_siklus_stmts,
    inovasi_iid_stmts,
    inovasi_iid_bukti_stmts,
    inovasi_iid_simulasi_stmts,
    inovasi_iid_ppid_stmts,
    inovasi_replikasi_stmts,
    inovasi_riwayat_stmts,
    inovasi_pendaftar_stmts,
    inovasi_etalase_stmts,
    inovasi_profil_stmts,
    inovasi_tahun_aturan_stmts,
    inovasi_capaian_stmts,
    inovasi_nilai_stmts,
    inovasi_ringkas_stmts,
    inovasi_laporan_daftar_stmts,
    sl_session_stmts,
    sl_dbi_stmts,
    sl_pagecache_stmts,
    sl_holidays_stmts,              /* report deadlines in working days */
    NULL
};

const inovasi_config *inovasi_config_of(request_rec *r)
{
    return ap_get_module_config(r->server->module_config, &inovasi_module);
}

/* The optional function sl_request.h declares: where mod_sialip's pages
 * link to this module; NULL where `Inovasi Off`. */
static const char *inovasi_mount(server_rec *s)
{
    const inovasi_config *cfg = ap_get_module_config(s->module_config,
                                                     &inovasi_module);
    return cfg->off ? NULL : cfg->settings.mount;
}

static void *create_server_config(apr_pool_t *p, server_rec *s)
{
    inovasi_config *cfg = apr_pcalloc(p, sizeof(*cfg));
    cfg->settings.prefix = "inovasi_";
    cfg->settings.mount = "/inovasi";
    cfg->settings.login_url = "/ppid/masuk";
    cfg->settings.logout_url = "/ppid/keluar";
    cfg->settings.limits.max_body_bytes = 4 * 1024 * 1024;
    cfg->settings.limits.max_fields = 200;
    cfg->settings.limits.max_header_bytes = 4096;
    cfg->settings.limits.max_field_bytes = 64 * 1024;
    cfg->settings.limits.max_file_bytes = 4 * 1024 * 1024;
    cfg->view_dir = INOVASI_DEFAULT_VIEW_DIR;
    cfg->upload_dir = INOVASI_DEFAULT_UPLOAD_DIR;
    return cfg;
}

static void *merge_server_config(apr_pool_t *p, void *basev, void *addv)
{
    const inovasi_config *base = basev, *add = addv;
    inovasi_config *cfg = apr_pmemdup(p, base, sizeof(*cfg));

    cfg->set = base->set | add->set;
    if (add->set & INOVASI_SET_MOUNT) {
        cfg->settings.mount = add->settings.mount;
    }
    if (add->set & INOVASI_SET_VIEWS) {
        cfg->view_dir = add->view_dir;
    }
    if (add->set & INOVASI_SET_UPLOADS) {
        cfg->upload_dir = add->upload_dir;
    }
    if (add->set & INOVASI_SET_LOGIN) {
        cfg->settings.login_url = add->settings.login_url;
        cfg->settings.logout_url = add->settings.logout_url;
    }
    if (add->set & INOVASI_SET_SWITCH) {
        cfg->off = add->off;
    }
    return cfg;
}

static inovasi_config *cmd_config(cmd_parms *cmd)
{
    return ap_get_module_config(cmd->server->module_config, &inovasi_module);
}

static const char *set_view_dir(cmd_parms *cmd, void *dummy, const char *arg)
{
    cmd_config(cmd)->set |= INOVASI_SET_VIEWS;
    return sl_existing_directory(cmd, arg, &cmd_config(cmd)->view_dir);
}

static const char *set_upload_dir(cmd_parms *cmd, void *dummy, const char *arg)
{
    cmd_config(cmd)->set |= INOVASI_SET_UPLOADS;
    return sl_existing_directory(cmd, arg, &cmd_config(cmd)->upload_dir);
}

static const char *set_login_url(cmd_parms *cmd, void *dummy, const char *arg)
{
    inovasi_config *cfg = cmd_config(cmd);
    const char *slash = strrchr(arg, '/');

    if (arg[0] != '/') {
        return "InovasiLoginURL: expected a path on this server, e.g. /ppid/masuk";
    }
    cfg->set |= INOVASI_SET_LOGIN;
    cfg->settings.login_url = arg;
    /* mod_sialip serves .../keluar beside .../masuk */
    cfg->settings.logout_url = apr_pstrcat(cmd->pool,
                                           apr_pstrndup(cmd->pool, arg,
                                                        (apr_size_t)(slash - arg)),
                                           "/keluar", NULL);
    return NULL;
}

/* Inovasi On|Off: a virtual host of another site keeps its own /inovasi. */
static const char *set_switch(cmd_parms *cmd, void *dummy, int on)
{
    cmd_config(cmd)->off = !on;
    cmd_config(cmd)->set |= INOVASI_SET_SWITCH;
    return NULL;
}

static const char *set_mount(cmd_parms *cmd, void *dummy, const char *arg)
{
    cmd_config(cmd)->set |= INOVASI_SET_MOUNT;
    return sl_mount_path(cmd, arg, &cmd_config(cmd)->settings.mount);
}

/* One cache for the whole server: InovasiCache is global. */
static const char *dashboard_cache_spec;

static const char *set_dashboard_cache(cmd_parms *cmd, void *dummy, const char *arg)
{
    const char *err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    if (err) {
        return err;
    }
    if ((err = sl_sharedcache_check(cmd->pool, arg))) {
        return apr_pstrcat(cmd->pool, "InovasiCache: ", err, NULL);
    }
    dashboard_cache_spec = arg;
    return NULL;
}

static const command_rec inovasi_directives[] = {
    AP_INIT_FLAG("Inovasi", set_switch, NULL, RSRC_CONF,
                 "On (default) or Off: whether this server or virtual host "
                 "serves the module"),
    AP_INIT_TAKE1("InovasiMount", set_mount, NULL, RSRC_CONF,
                  "URL path the module serves (default /inovasi)"),
    AP_INIT_TAKE1("InovasiViewDir", set_view_dir, NULL, RSRC_CONF,
                  "Directory of mod_inovasi's XSLT views"),
    AP_INIT_TAKE1("InovasiUploadDir", set_upload_dir, NULL, RSRC_CONF,
                  "Directory of the upload store for monitoring evidence "
                  "(default: SialipUploadDir of the main server, else "
                  INOVASI_DEFAULT_UPLOAD_DIR ")"),
    AP_INIT_TAKE1("InovasiLoginURL", set_login_url, NULL, RSRC_CONF,
                  "The shared staff login page (mod_sialip's /masuk)"),
    AP_INIT_TAKE1("InovasiCache", set_dashboard_cache, NULL, RSRC_CONF,
                  "Where the dashboard's figures are shared between children: "
                  "none, or a socache provider such as shmcb:(8388608)"),
    SL_HEAVY_DIRECTIVES,
    {NULL}
};

/* The evidence of monitoring reports goes to the same content-addressed
 * store as mod_sialip's uploads: without InovasiUploadDir, the main
 * server's SialipUploadDir (read from the parsed configuration, so the
 * deployer names the directory once). */
static const char *shared_store(apr_pool_t *p)
{
    const ap_directive_t *d;
    for (d = ap_conftree; d; d = d->next) {
        if (d->directive && strcasecmp(d->directive, "SialipUploadDir") == 0
            && d->args) {
            const char *args = d->args;
            char *word = ap_getword_conf(p, &args);
            return *word ? ap_server_root_relative(p, word) : NULL;
        }
    }
    return NULL;
}

/* The server's views compiled into its settings; OK, or 500 after a line
 * for the admin. */
static int compile_views(apr_pool_t *pconf, apr_pool_t *ptemp, server_rec *sp,
                         inovasi_config *cfg)
{
    const char *err = sl_views_for(pconf, ptemp, cfg->view_dir, &cfg->settings.views);
    if (err) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, sp, SL_LOGNO(00055) "InovasiViewDir: %s", err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return OK;
}

/* Runs at configtest too (as mod_sialip's): the views compile, kept for
 * post_config, every server has a usable database pool, and the evidence
 * store is usable by the children's user. */
static int inovasi_check_config(apr_pool_t *pconf, apr_pool_t *plog,
                                apr_pool_t *ptemp, server_rec *s)
{
    server_rec *sp;
    const char *store = shared_store(ptemp);

    sl_xml_global_init();
    for (sp = s; sp; sp = sp->next) {
        inovasi_config *cfg = ap_get_module_config(sp->module_config,
                                                   &inovasi_module);
        const char *dir = !(cfg->set & INOVASI_SET_UPLOADS) && store ? store
                          : cfg->upload_dir;
        const char *err;
        if (compile_views(pconf, ptemp, sp, cfg) != OK) {
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        if (!cfg->off && (err = sl_startcheck_dbd(ptemp, sp))) {
            ap_log_error(APLOG_MARK, APLOG_CRIT, 0, sp, SL_LOGNO(00056) "mod_inovasi: %s", err);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        if (sl_dir_usable_by_children(ptemp, sp, "InovasiUploadDir", dir) != OK) {
            return HTTP_INTERNAL_SERVER_ERROR;
        }
    }
    return OK;
}

static int inovasi_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                               apr_pool_t *ptemp, server_rec *s)
{
    server_rec *sp;
    const char *store;

    sl_xml_global_init();
    sl_register_statements(s, "inovasi_", statements);
    /* mod_sialip compares the pool with MariaDB when it is loaded. */
    if (!ap_find_linked_module("mod_sialip.c")) {
        sl_startcheck_pool(ptemp, s);
    }
    /* The heavy public pages' per-address bound (SL_ROUTE_HEAVY). */
    if (sl_ratelimit_post_config(pconf, s) != OK
        || sl_heavy_post_config(pconf, s) != OK
        || sl_sharedcache_post_config(pconf, ptemp, s, "InovasiCache",
                                      dashboard_cache_spec, 8 * 1024 * 1024)
        != APR_SUCCESS) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    store = shared_store(pconf);
    for (sp = s; sp; sp = sp->next) {
        inovasi_config *cfg = sl_own_server_config(pconf, sp, s, &inovasi_module,
                                                   sizeof(*cfg));
        if (!(cfg->set & INOVASI_SET_UPLOADS) && store) {
            cfg->upload_dir = store;
        }
        if (compile_views(pconf, ptemp, sp, cfg) != OK) {
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        sl_settings_mounts(&cfg->settings, sp);
        /* Without InovasiLoginURL, the login mod_sialip serves wherever
         * SialipMount puts it. */
        if (!cfg->settings.ppid_mount) {
            /* mod_sialip absent or Off here: no login on this host to
             * link to (staff pages answer 403, sl_request.c). */
            cfg->settings.login_url = NULL;
            cfg->settings.logout_url = NULL;
        } else if (!(cfg->set & INOVASI_SET_LOGIN)) {
            cfg->settings.login_url = apr_pstrcat(pconf, cfg->settings.ppid_mount,
                                                  "/masuk", NULL);
            cfg->settings.logout_url = apr_pstrcat(pconf, cfg->settings.ppid_mount,
                                                   "/keluar", NULL);
        }
    }
    return OK;
}

/* The mutex of the shared dashboard cache, named for Apache's Mutex
 * directive. */
static int inovasi_pre_config(apr_pool_t *pconf, apr_pool_t *plog,
                              apr_pool_t *ptemp)
{
    dashboard_cache_spec = NULL;
    return sl_ratelimit_pre_config(pconf, "inovasi-berat") == APR_SUCCESS
           && sl_sharedcache_pre_config(pconf) == APR_SUCCESS
           ? OK : HTTP_INTERNAL_SERVER_ERROR;
}

static void inovasi_child_init(apr_pool_t *pchild, server_rec *s)
{
    sl_sharedcache_child_init(pchild, s);
    sl_ratelimit_child_init(pchild, s);
    if (sl_holidays_child_init(pchild) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, SL_LOGNO(00087) "cannot set up the holiday "
                     "cache; report deadlines cannot be counted");
    }
    if (sl_pagecache_child_init(pchild) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, SL_LOGNO(00058) "cannot set up the page "
                     "cache; the dashboard is computed for every request");
    }
}

static int inovasi_fixups(request_rec *r)
{
    inovasi_config *cfg = ap_get_module_config(r->server->module_config,
                                               &inovasi_module);
    if (cfg->off) {
        return DECLINED;
    }
    return sl_claim_uri(r, &cfg->settings, "inovasi");
}

static int inovasi_handler(request_rec *r)
{
    inovasi_config *cfg;

    if (!r->handler || strcmp(r->handler, "inovasi") != 0) {
        return DECLINED;
    }
    cfg = ap_get_module_config(r->server->module_config, &inovasi_module);
    return sl_dispatch(r, &cfg->settings, inovasi_routes);
}

static void inovasi_register_hooks(apr_pool_t *p)
{
    sl_module_init(&inovasi_module, "inovasi");
    static const char *const before_dbd[] = {"mod_dbd.c", NULL};
    APR_REGISTER_OPTIONAL_FN(inovasi_mount);
    sl_csvxml_register("inovasi");
    ap_hook_pre_config(inovasi_pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_check_config(inovasi_check_config, NULL, NULL, APR_HOOK_LAST);
    ap_hook_post_config(inovasi_post_config, NULL, before_dbd, APR_HOOK_MIDDLE);
    ap_hook_child_init(inovasi_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_fixups(inovasi_fixups, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(inovasi_handler, NULL, NULL, APR_HOOK_MIDDLE);
}

SL_EXPORT module AP_MODULE_DECLARE_DATA inovasi_module = {
    STANDARD20_MODULE_STUFF,
    NULL,
    NULL,
    create_server_config,
    merge_server_config,
    inovasi_directives,
    inovasi_register_hooks,
    AP_MODULE_FLAG_NONE
};
