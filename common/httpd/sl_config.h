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

#endif
