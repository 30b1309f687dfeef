/* Configuration helpers both modules' directive tables use. */
#ifndef SL_CONFIG_H
#define SL_CONFIG_H

#include <httpd.h>
#include <http_config.h>

/* A mount point directive's value: a path starting with "/", returned
 * without a trailing slash; or an error message. */
const char *sl_mount_path(cmd_parms *cmd, const char *arg, const char **mount);

/* The absolute path of an existing directory named by a directive, or an
 * error message for `apachectl configtest`. */
const char *sl_existing_directory(cmd_parms *cmd, const char *arg,
                                  const char **path);

/* Module m's configuration of virtual host sp, made its own: a host with
 * none of the module's directives shares the main server's structure
 * (httpd 2.4 creates vhost configurations lazily), so what post_config
 * fills in per host (the other module's mount, the login link) would be
 * the last host's everywhere.  Copies size bytes when shared. */
void *sl_own_server_config(apr_pool_t *p, server_rec *sp, server_rec *main,
                           module *m, apr_size_t size);

#endif
