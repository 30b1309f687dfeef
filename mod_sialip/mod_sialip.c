/* mod_sialip: the one-stop public information service (Sistem Layanan
 * Informasi Satu Pintu) of Kabupaten Serang.  Module record, directives,
 * hooks and the statement list; the routes are in routes.c, each concern
 * in its own file. */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_log.h>
#include <http_request.h>
#include <apr_strings.h>
#include "roles.h"
#include "sl_audit.h"
#include "sl_holidays.h"
#include "sl_pagecache.h"
#include "sl_sharedcache.h"
#include "sl_heavycache.h"
#include "sl_csvxml.h"
#include "sl_dbi.h"
#include "sl_ratelimit.h"
#include "sl_config.h"
#include "sl_dirusable.h"
#include "sl_session.h"
#include "sl_startcheck.h"
#include "sl_module.h"
#include "alur.h"
#include "surel.h"
#include "dip_lengkap.h"
#include "dip.h"
#include "laporan.h"
#include "pemberitahuan_isi.h"
#include "kepatuhan.h"
#include "profil.h"
#include "sialip.h"
#include "arsip.h"
#include "unggah.h"
#include "sl_logno.h"

/* A citizen's page reflects a change made outside this server (another
 * server on the same database, SQL by hand) within this many seconds;
 * changes made through it show on the next view. */
#define SIALIP_DEFAULT_STATUS_RECHECK 10

#ifndef SIALIP_DEFAULT_VIEW_DIR
#define SIALIP_DEFAULT_VIEW_DIR "/usr/share/sialip/views/sialip"
#endif

extern module AP_MODULE_DECLARE_DATA sialip_module;

/* Every file's prepared statements, registered at startup; the routes are
 * in routes.c. */
static const sl_stmt_def *const statements[] = {
    sialip_permohonan_stmts,
    sialip_permohonan_ajuan_stmts,
    sialip_staf_stmts,
    sialip_tenggat_stmts,
    sialip_alur_stmts,
    sialip_proses_stmts,
    sialip_berkas_sengketa_stmts,
    sialip_kotak_stmts,
    sialip_pemberitahuan_terbit_stmts,
    sialip_pemberitahuan_stmts,
    sialip_serah_stmts,
    sialip_tutup_stmts,
    sialip_bagian_stmts,
    sialip_pemberitahuan_isi_stmts,
    sialip_keberatan_baru_stmts,
    sialip_keberatan_stmts,
    sialip_keberatan_putus_stmts,
    sialip_perkara_stmts,
    sialip_register_stmts,
    sialip_laporan_stmts,
    sialip_laporan_isi_stmts,
    sialip_narasi_stmts,
    sialip_statistik_stmts,
    sialip_dip_atom_stmts,
    sialip_katalog_stmts,
    sialip_emonev_stmts,
    sialip_kepatuhan_stmts,
    sialip_surel_stmts,
    sialip_ajuan_batas_stmts,
    sialip_isian_stmts,
    sialip_dip_lengkap_stmts,
    sialip_dip_cari_stmts,
    sialip_dip_stmts,
    sialip_dip_kelola_stmts,
    sialip_dip_tinjau_stmts,
    sialip_dip_isian_stmts,
    sialip_dikecualikan_stmts,
    sialip_admin_pengguna_stmts,
    sialip_admin_opd_stmts,
    sialip_admin_libur_stmts,
    sialip_admin_tarif_stmts,
    sialip_tarif_stmts,
    sialip_survei_stmts,
    sialip_percakapan_stmts,
    sialip_percakapan_staf_stmts,
    sialip_arsip_stmts,
    sialip_arsip_kelola_stmts,
    sialip_cari_dulu_stmts,
    sialip_profil_stmts,
    sl_session_stmts,
    sl_dbi_stmts,
    sl_holidays_stmts,
    sl_pagecache_stmts,
    NULL
};

/* ---- configuration --------------------------------------------------- */

static void *create_server_config(apr_pool_t *p, server_rec *s)
{
    sialip_config *cfg = apr_pcalloc(p, sizeof(*cfg));
    cfg->settings.prefix = "sialip_";
    cfg->settings.mount = "/ppid";
    cfg->settings.session_seconds = 8 * 3600;
    cfg->settings.login_limit = 5;
    cfg->settings.login_address_limit = 20;
    cfg->settings.lookup_limit = 10;
    cfg->settings.limit_window_seconds = 15 * 60;
    cfg->view_dir = SIALIP_DEFAULT_VIEW_DIR;
    cfg->upload_dir = "/var/lib/sialip/berkas";
    cfg->cutoff_minutes = 16 * 60;
    cfg->max_upload_bytes = 2 * 1024 * 1024;
    cfg->status_recheck = apr_time_from_sec(SIALIP_DEFAULT_STATUS_RECHECK);
    cfg->filing_ip_limit = 10;
    cfg->filing_email_limit = 3;
    cfg->filing_window = 3600;
    return cfg;
}

static void *merge_server_config(apr_pool_t *p, void *basev, void *addv)
{
    const sialip_config *base = basev, *add = addv;
    sialip_config *cfg = apr_pmemdup(p, base, sizeof(*cfg));

    cfg->set = base->set | add->set;
    if (add->set & SIALIP_SET_MOUNT) {
        cfg->settings.mount = add->settings.mount;
    }
    if (add->set & SIALIP_SET_VIEWS) {
        cfg->view_dir = add->view_dir;
    }
    if (add->set & SIALIP_SET_UPLOADS) {
        cfg->upload_dir = add->upload_dir;
    }
    if (add->set & SIALIP_SET_CUTOFF) {
        cfg->cutoff_minutes = add->cutoff_minutes;
    }
    if (add->set & SIALIP_SET_MAX_UPLOAD) {
        cfg->max_upload_bytes = add->max_upload_bytes;
    }
    if (add->set & SIALIP_SET_SESSION) {
        cfg->settings.session_seconds = add->settings.session_seconds;
    }
    if (add->set & SIALIP_SET_LOGIN_LIMIT) {
        cfg->settings.login_limit = add->settings.login_limit;
    }
    if (add->set & SIALIP_SET_ADDRESS_LIMIT) {
        cfg->settings.login_address_limit = add->settings.login_address_limit;
    }
    if (add->set & SIALIP_SET_BODY_TIMEOUT) {
        cfg->settings.body_seconds = add->settings.body_seconds;
    }
    if (add->set & SIALIP_SET_FILING_LIMIT) {
        cfg->filing_ip_limit = add->filing_ip_limit;
        cfg->filing_email_limit = add->filing_email_limit;
        cfg->filing_window = add->filing_window;
    }
    if (add->set & SIALIP_SET_BASE_URL) {
        cfg->base_url = add->base_url;
    }
    if (add->set & SIALIP_SET_LOOKUP_LIMIT) {
        cfg->settings.lookup_limit = add->settings.lookup_limit;
    }
    if (add->set & SIALIP_SET_WINDOW) {
        cfg->settings.limit_window_seconds = add->settings.limit_window_seconds;
    }
    if (add->set & SIALIP_SET_RECHECK) {
        cfg->status_recheck = add->status_recheck;
    }
    if (add->set & SIALIP_SET_SWITCH) {
        cfg->off = add->off;
    }
    if (add->set & SIALIP_SET_KLARIFIKASI_JEDA) {
        cfg->klarifikasi_jeda = add->klarifikasi_jeda;
    }
    cfg->katalog.penerbit = add->katalog.penerbit ? add->katalog.penerbit : base->katalog.penerbit;
    cfg->katalog.walidata = add->katalog.walidata ? add->katalog.walidata : base->katalog.walidata;
    cfg->katalog.wilayah = add->katalog.wilayah ? add->katalog.wilayah : base->katalog.wilayah;
    return cfg;
}

/* The optional function sl_request.h declares: where mod_inovasi's pages
 * link to this module; NULL where `Sialip Off` (nothing to link to). */
static const char *sialip_mount(server_rec *s)
{
    const sialip_config *cfg = ap_get_module_config(s->module_config,
                                                    &sialip_module);
    return cfg->off ? NULL : cfg->settings.mount;
}

const sialip_config *sialip_config_of(request_rec *r)
{
    return ap_get_module_config(r->server->module_config, &sialip_module);
}

static sialip_config *cmd_config(cmd_parms *cmd)
{
    return ap_get_module_config(cmd->server->module_config, &sialip_module);
}

static const char *set_directory(cmd_parms *cmd, void *dummy, const char *arg)
{
    sialip_config *cfg = cmd_config(cmd);
    int views = strcmp(cmd->info, "views") == 0;
    cfg->set |= views ? SIALIP_SET_VIEWS : SIALIP_SET_UPLOADS;
    return sl_existing_directory(cmd, arg, views ? &cfg->view_dir
                                                 : &cfg->upload_dir);
}

static const char *set_cutoff(cmd_parms *cmd, void *dummy, const char *arg)
{
    int h, m;
    char end;
    if (sscanf(arg, "%d:%d%c", &h, &m, &end) != 2 || h < 0 || h > 23 || m < 0
        || m > 59) {
        return "SialipCutoff: expected a WIB time HH:MM, e.g. 16:00";
    }
    cmd_config(cmd)->cutoff_minutes = h * 60 + m;
    cmd_config(cmd)->set |= SIALIP_SET_CUTOFF;
    return NULL;
}

static const char *set_max_upload(cmd_parms *cmd, void *dummy, const char *arg)
{
    char *end;
    apr_int64_t n = apr_strtoi64(arg, &end, 10);
    if (*end == 'K' || *end == 'k') {
        n *= 1024, end++;
    }
    else if (*end == 'M' || *end == 'm') {
        n *= 1024 * 1024, end++;
    }
    if (*end || n < 1024 || n > 64 * 1024 * 1024) {
        return "SialipMaxUpload: expected a size between 1K and 64M, e.g. 2M";
    }
    cmd_config(cmd)->max_upload_bytes = (apr_size_t)n;
    cmd_config(cmd)->set |= SIALIP_SET_MAX_UPLOAD;
    return NULL;
}

static const char *set_positive(cmd_parms *cmd, void *dummy, const char *arg)
{
    sialip_config *cfg = cmd_config(cmd);
    char *end;
    long n = strtol(arg, &end, 10);
    const char *which = cmd->info;

    if (*end || n < 1 || n > 10 * 365 * 86400L) {
        return apr_psprintf(cmd->pool, "%s: expected a positive whole number",
                            cmd->directive->directive);
    }
    if (strcmp(which, "session") == 0) {
        cfg->settings.session_seconds = (int)n;
        cfg->set |= SIALIP_SET_SESSION;
    }
    else if (strcmp(which, "login") == 0) {
        cfg->settings.login_limit = (int)n;
        cfg->set |= SIALIP_SET_LOGIN_LIMIT;
    }
    else if (strcmp(which, "body") == 0) {
        cfg->settings.body_seconds = (int)n;
        cfg->set |= SIALIP_SET_BODY_TIMEOUT;
    }
    else if (strcmp(which, "address") == 0) {
        cfg->settings.login_address_limit = (int)n;
        cfg->set |= SIALIP_SET_ADDRESS_LIMIT;
    }
    else if (strcmp(which, "lookup") == 0) {
        cfg->settings.lookup_limit = (int)n;
        cfg->set |= SIALIP_SET_LOOKUP_LIMIT;
    }
    else {
        cfg->settings.limit_window_seconds = (int)n;
        cfg->set |= SIALIP_SET_WINDOW;
    }
    return NULL;
}

static const char *set_status_recheck(cmd_parms *cmd, void *dummy, const char *arg)
{
    char *end;
    long n = strtol(arg, &end, 10);

    if (*end || end == arg || n < 0 || n > 3600) {
        return "SialipStatusRecheck: expected seconds from 0 (ask the database "
               "on every view) to 3600";
    }
    cmd_config(cmd)->status_recheck = apr_time_from_sec(n);
    cmd_config(cmd)->set |= SIALIP_SET_RECHECK;
    return NULL;
}

static const char *set_mount(cmd_parms *cmd, void *dummy, const char *arg)
{
    cmd_config(cmd)->set |= SIALIP_SET_MOUNT;
    return sl_mount_path(cmd, arg, &cmd_config(cmd)->settings.mount);
}

/* One cache for the whole server: SialipStatusCache is global. */
static const char *status_cache_spec;

static const char *set_status_cache(cmd_parms *cmd, void *dummy, const char *arg)
{
    const char *err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    if (err) {
        return err;
    }
    if ((err = sl_sharedcache_check(cmd->pool, arg))) {
        return apr_pstrcat(cmd->pool, "SialipStatusCache: ", err, NULL);
    }
    status_cache_spec = arg;
    return NULL;
}

static const char *set_klarifikasi_jeda(cmd_parms *cmd, void *dummy, int on)
{
    cmd_config(cmd)->klarifikasi_jeda = on;
    cmd_config(cmd)->set |= SIALIP_SET_KLARIFIKASI_JEDA;
    return NULL;
}

/* Sialip On|Off: a virtual host of another site keeps its own /ppid. */
static const char *set_switch(cmd_parms *cmd, void *dummy, int on)
{
    cmd_config(cmd)->off = !on;
    cmd_config(cmd)->set |= SIALIP_SET_SWITCH;
    return NULL;
}

static const command_rec sialip_directives[] = {
    AP_INIT_FLAG("Sialip", set_switch, NULL, RSRC_CONF,
                 "On (default) or Off: whether this server or virtual host "
                 "serves the module"),
    AP_INIT_TAKE1("SialipPenerbit", sialip_katalog_directive, "penerbit", RSRC_CONF,
                  "publisher of the open-data catalogue (default PPID Kabupaten Serang)"),
    AP_INIT_TAKE1("SialipWalidata", sialip_katalog_directive, "walidata", RSRC_CONF,
                  "Satu Data walidata named in the catalogue"),
    AP_INIT_TAKE1("SialipKodeWilayah", sialip_katalog_directive, "wilayah", RSRC_CONF,
                  "BPS region code in the catalogue (default 3604, Kabupaten Serang)"),
    AP_INIT_TAKE1("SialipMount", set_mount, NULL, RSRC_CONF,
                  "URL path the module serves (default /ppid)"),
    AP_INIT_TAKE1("SialipViewDir", set_directory, "views", RSRC_CONF,
                  "Directory of mod_sialip's XSLT views"),
    AP_INIT_TAKE1("SialipUploadDir", set_directory, "uploads", RSRC_CONF,
                  "Directory of the content-addressed upload store"),
    AP_INIT_TAKE1("SialipCutoff", set_cutoff, NULL, RSRC_CONF,
                  "Office cut-off time in WIB (HH:MM); later receipts count "
                  "from the next working day"),
    AP_INIT_TAKE1("SialipMaxUpload", set_max_upload, NULL, RSRC_CONF,
                  "Largest identity document accepted (e.g. 2M)"),
    AP_INIT_TAKE1("SialipSessionLifetime", set_positive, "session", RSRC_CONF,
                  "Seconds a staff session lasts"),
    AP_INIT_TAKE1("SialipLoginLimit", set_positive, "login", RSRC_CONF,
                  "Failed logins per account from one address within the "
                  "window"),
    AP_INIT_TAKE1("SialipLoginAddressLimit", set_positive, "address", RSRC_CONF,
                  "Failed logins per address (any account) within the window"),
    AP_INIT_TAKE1("SialipBodyTimeout", set_positive, "body", RSRC_CONF,
                  "Seconds within which a whole POST body must arrive "
                  "(default 120)"),
    AP_INIT_TAKE3("SialipFilingLimit", sialip_set_filing_limit, NULL, RSRC_CONF,
                  "Anonymous filings per address, per e-mail address, and the "
                  "window in seconds (default 10 3 3600)"),
    AP_INIT_TAKE1("SialipBaseURL", sialip_set_base_url, NULL, RSRC_CONF,
                  "Scheme, host and port the links in e-mails and feeds use, "
                  "e.g. https://ppid.serangkab.go.id"),
    AP_INIT_TAKE1("SialipLookupLimit", set_positive, "lookup", RSRC_CONF,
                  "Failed tracking-code lookups per IP within the window"),
    AP_INIT_TAKE1("SialipLimitWindow", set_positive, "window", RSRC_CONF,
                  "Seconds of the throttling window"),
    AP_INIT_TAKE1("SialipStatusCache", set_status_cache, NULL, RSRC_CONF,
                  "Where rendered status pages are shared between children: "
                  "none, or a socache provider such as shmcb:(67108864)"),
    AP_INIT_TAKE1("SialipStatusRecheck", set_status_recheck, NULL, RSRC_CONF,
                  "Seconds a kept status page is sent without asking the "
                  "database while nothing is written through this server "
                  "(0: ask on every view)"),
    AP_INIT_FLAG("SialipKlarifikasiJeda", set_klarifikasi_jeda, NULL, RSRC_CONF,
                 "On: the notice's due date moves by the working days a request "
                 "for clarification waits for the applicant; Off (default): it "
                 "does not"),
    SL_HEAVY_DIRECTIVES,
    {NULL}
};

/* ---- hooks ------------------------------------------------------------ */

/* The mutexes of the tracking-lookup throttle and the status-page cache,
 * named for Apache's Mutex directive. */
static int sialip_pre_config(apr_pool_t *pconf, apr_pool_t *plog,
                             apr_pool_t *ptemp)
{
    status_cache_spec = NULL;
    return sl_ratelimit_pre_config(pconf, "sialip-lacak") == APR_SUCCESS
           && sl_sharedcache_pre_config(pconf) == APR_SUCCESS
           ? OK : HTTP_INTERNAL_SERVER_ERROR;
}

/* Runs at configtest too: the views compile (kept for post_config), every
 * server has a usable database pool, and the upload store is usable by the
 * children's user, so a broken setting fails `apachectl configtest`
 * instead of the next restart or a citizen's first upload. */
static int sialip_check_config(apr_pool_t *pconf, apr_pool_t *plog,
                               apr_pool_t *ptemp, server_rec *s)
{
    server_rec *sp;

    sl_xml_global_init();
    for (sp = s; sp; sp = sp->next) {
        sialip_config *cfg = ap_get_module_config(sp->module_config,
                                                  &sialip_module);
        const char *err = sl_views_for(pconf, ptemp, cfg->view_dir,
                                       &cfg->settings.views);
        if (err) {
            ap_log_error(APLOG_MARK, APLOG_CRIT, 0, sp, SL_LOGNO(00071) "SialipViewDir: %s", err);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        if (!cfg->off && (err = sl_startcheck_dbd(ptemp, sp))) {
            ap_log_error(APLOG_MARK, APLOG_CRIT, 0, sp, SL_LOGNO(00072) "mod_sialip: %s", err);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        if (sl_dir_usable_by_children(ptemp, sp, "SialipUploadDir", cfg->upload_dir)
            != OK) {
            return HTTP_INTERNAL_SERVER_ERROR;
        }
    }
    return OK;
}

static int sialip_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                              apr_pool_t *ptemp, server_rec *s)
{
    server_rec *sp;

    sl_xml_global_init();
    sl_register_statements(s, "sialip_", statements);
    sl_startcheck_pool(ptemp, s);
    if (sl_ratelimit_post_config(pconf, s) != OK
        || sl_heavy_post_config(pconf, s) != OK
        || sl_sharedcache_post_config(pconf, ptemp, s, "SialipStatusCache",
                                      status_cache_spec, 64 * 1024 * 1024)
           != APR_SUCCESS) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }

    for (sp = s; sp; sp = sp->next) {
        sialip_config *cfg = sl_own_server_config(pconf, sp, s, &sialip_module,
                                                  sizeof(*cfg));
        const char *err = sl_views_for(pconf, ptemp, cfg->view_dir,
                                       &cfg->settings.views);
        if (err) {
            ap_log_error(APLOG_MARK, APLOG_CRIT, 0, sp, SL_LOGNO(00073) "SialipViewDir: %s", err);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        /* The form limits follow the upload size: room for the document
         * plus the text fields; a document over the size gets a message
         * beside its field, a body over the limit a 413 page. */
        cfg->settings.limits.max_file_bytes = cfg->max_upload_bytes * 2;
        cfg->settings.limits.max_body_bytes = cfg->max_upload_bytes * 2
                                              + 256 * 1024;
        cfg->settings.limits.max_fields = 40;
        cfg->settings.limits.max_header_bytes = 4096;
        cfg->settings.limits.max_field_bytes = 64 * 1024;
        sl_settings_mounts(&cfg->settings, sp);
        /* The login routes (SL_LOGIN_ROUTES) are under this module's mount. */
        cfg->settings.login_url = apr_pstrcat(pconf, cfg->settings.mount,
                                              "/masuk", NULL);
        cfg->settings.logout_url = apr_pstrcat(pconf, cfg->settings.mount,
                                               "/keluar", NULL);
    }
    return OK;
}

static void sialip_child_init(apr_pool_t *pchild, server_rec *s)
{
    apr_status_t rv = sl_ratelimit_child_init(pchild, s);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, SL_LOGNO(00074) "cannot attach to the "
                     "tracking-lookup throttle's mutex; tracking lookups "
                     "answer 503");
    }
    if (sl_holidays_child_init(pchild) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, SL_LOGNO(00075) "cannot set up the holiday "
                     "cache");
    }
    if (sl_pagecache_child_init(pchild) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, SL_LOGNO(00076) "cannot set up the page "
                     "cache; public pages are rendered for every request");
    }
    sl_sharedcache_child_init(pchild, s);
}

static int sialip_fixups(request_rec *r)
{
    if (sialip_config_of(r)->off) {
        return DECLINED;
    }
    return sl_claim_uri(r, &sialip_config_of(r)->settings, "sialip");
}

static int sialip_handler(request_rec *r)
{

    if (!r->handler || strcmp(r->handler, "sialip") != 0) {
        return DECLINED;
    }
    return sl_dispatch(r, &sialip_config_of(r)->settings, sialip_routes);
}

static void sialip_register_hooks(apr_pool_t *p)
{
    sl_module_init(&sialip_module, "sialip");
    /* Statements must reach mod_dbd before its post_config groups them. */
    static const char *const before_dbd[] = {"mod_dbd.c", NULL};
    APR_REGISTER_OPTIONAL_FN(sialip_mount);
    sl_csvxml_register("sialip");
    ap_hook_pre_config(sialip_pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_check_config(sialip_check_config, NULL, NULL, APR_HOOK_LAST);
    ap_hook_post_config(sialip_post_config, NULL, before_dbd, APR_HOOK_MIDDLE);
    ap_hook_child_init(sialip_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_fixups(sialip_fixups, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(sialip_handler, NULL, NULL, APR_HOOK_MIDDLE);
}

SL_EXPORT module AP_MODULE_DECLARE_DATA sialip_module = {
    STANDARD20_MODULE_STUFF,
    NULL,
    NULL,
    create_server_config,
    merge_server_config,
    sialip_directives,
    sialip_register_hooks,
    AP_MODULE_FLAG_NONE
};
