/* One request's context, the route table and the dispatcher both modules
 * use: route -> authenticate and authorise -> parse input (with limits) ->
 * handler.  Security headers go on every response, errors included. */
#ifndef SL_REQUEST_H
#define SL_REQUEST_H

#include <httpd.h>
#include <apr_optional.h>
#include "sl_ctx.h"
#include "sl_render.h"

/* Each module publishes its mount point on a server as an optional
 * function (registered in its register_hooks), so the pages of either
 * module link to the other wherever it is mounted, and not at all when it
 * is not loaded. */
APR_DECLARE_OPTIONAL_FN(const char *, sialip_mount, (server_rec *s));
APR_DECLARE_OPTIONAL_FN(const char *, inovasi_mount, (server_rec *s));

/* Fills settings->ppid_mount and inovasi_mount for server s (post_config,
 * once every module's directives are read). */
void sl_settings_mounts(sl_settings *settings, server_rec *s);

/* Registers the statements of every table in the NULL-ended list under
 * prefix (post_config), and names those the server refuses
 * (sl_startcheck_statements). */
void sl_register_statements(server_rec *s, const char *prefix,
                            const sl_stmt_def *const *tables);

/* The shared stylesheet at /aset/sialip.css, served from memory: a route
 * of both modules' tables. */
int sl_assets_css(sl_ctx *c);
#define SL_ASSET_ROUTES \
    {"GET", "/aset/sialip.css", sl_assets_css, SL_ROUTE_PUBLIC, SL_ROUTE_NO_DB, NULL}

/* fixups: gives the request to handler_name when its path is under the
 * module's mount point (so no SetHandler is needed). */
int sl_claim_uri(request_rec *r, const sl_settings *settings,
                 const char *handler_name);

/* Routes r (already claimed by this module) and runs the handler: the
 * first route of the module's table (mod_x/routes.c, ending with {NULL})
 * that matches the path and method. */
int sl_dispatch(request_rec *r, const sl_settings *settings,
                const sl_route *routes);

/* A page for this request with the context filled in: this module's mount
 * (dasar), both modules' mounts, login and logout, the user with its roles
 * and the CSRF token. */
sl_page *sl_ctx_page(sl_ctx *c, const char *view, const char *title,
                     const char *resource_name);

/* An error page: status, a title and what the person should do, in
 * Indonesian. 503 adds Retry-After. */
int sl_error_page(sl_ctx *c, int status, const char *title,
                  const char *message);
/* 303 See Other to location (an absolute path on this server). */
int sl_redirect(sl_ctx *c, const char *location);

#endif
