#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "sl_config.h"

const char *sl_mount_path(cmd_parms *cmd, const char *arg, const char **mount)
{
    char *path = apr_pstrdup(cmd->pool, arg);
    size_t n = strlen(path);

    while (n > 1 && path[n - 1] == '/') {
        path[--n] = '\0';
    }
    if (path[0] != '/' || n < 2 || strpbrk(path, "?#%")) {
        return apr_psprintf(cmd->pool, "%s: expected a URL path such as /ppid",
                            cmd->directive->directive);
    }
    *mount = path;
    return NULL;
}

const char *sl_existing_directory(cmd_parms *cmd, const char *arg,
                                  const char **path)
{
    apr_finfo_t fi;
    const char *full = ap_server_root_relative(cmd->pool, arg);

    if (!full || apr_stat(&fi, full, APR_FINFO_TYPE, cmd->temp_pool) != APR_SUCCESS
        || fi.filetype != APR_DIR) {
        return apr_psprintf(cmd->pool, "%s: '%s' is not an existing directory",
                            cmd->directive->directive, arg);
    }
    *path = full;
    return NULL;
}

void *sl_own_server_config(apr_pool_t *p, server_rec *sp, server_rec *main,
                           module *m, apr_size_t size)
{
    void *cfg = ap_get_module_config(sp->module_config, m);
    if (sp != main && cfg == ap_get_module_config(main->module_config, m)) {
        cfg = apr_pmemdup(p, cfg, size);
        ap_set_module_config(sp->module_config, m, cfg);
    }
    return cfg;
}
