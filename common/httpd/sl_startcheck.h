/* Checks run at configtest (the check_config hook, which `apache2 -t` runs
 * too) so that a configuration that cannot serve fails there, not at the
 * next graceful restart: the database pool mod_dbd gives this server, and
 * whether its size fits the MPM and MariaDB's max_connections. */
#ifndef SL_STARTCHECK_H
#define SL_STARTCHECK_H

#include <httpd.h>

/* NULL when s has a usable pool: mod_dbd loaded, DBDriver and DBDParams
 * set, and DBDParams read by the driver as written (sl_dbd_params_check);
 * otherwise the message for the error log. */
const char *sl_startcheck_dbd(apr_pool_t *p, server_rec *s);

/* post_config (the error log is open), warnings only: under a non-threaded MPM (prefork) a DBDMin above 0 opens
 * connections in children that may only serve other sites and a DBDMax
 * above 1 is never used; and when the Apache processes times DBDMax may
 * exceed MariaDB's max_connections (asked once over a short connection;
 * skipped with a notice when the database cannot be reached). */
void sl_startcheck_pool(apr_pool_t *ptemp, server_rec *s);

/* post_config, after the module registered its statements: prepares each
 * once over a short connection and logs every one the server refuses (the
 * pool prepares a statement only when a request first runs it). */
void sl_startcheck_statements(server_rec *s);

#endif
