/* What a handler works with: the request's context, the route type and
 * reading its input.  Below the dispatcher (sl_request.h), the
 * sessions (sl_session.h) and the audit trail (sl_audit.h), which all use
 * it, so none of them needs another's header. */
#ifndef SL_CTX_H
#define SL_CTX_H

#include <httpd.h>
#include "form.h"
#include "sl_db.h"
#include "sl_render.h"

/* Settings shared code needs from the module's configuration. */
typedef struct {
    const char *prefix;            /* statement label prefix, "sialip_" */
    const char *mount;             /* URL path the module serves, "/ppid" */
    const sl_views *views;
    sl_form_limits limits;
    const char *login_url;         /* the shared staff login page */
    const char *logout_url;        /* where the logout button posts */
    const char *ppid_mount;        /* mod_sialip's mount on this server and */
    const char *inovasi_mount;     /* mod_inovasi's, for links between the
                                      two; NULL when it is not loaded */
    int session_seconds;
    int login_limit;               /* failed logins per account and
                                      address per window */
    int login_address_limit;       /* failed logins per address per window */
    int lookup_limit;              /* failed tracking lookups per window */
    int limit_window_seconds;
    int body_seconds;              /* a POST body must arrive within this;
                                      0: SL_BODY_SECONDS_DEFAULT */
} sl_settings;

#define SL_BODY_SECONDS_DEFAULT 120

typedef struct {
    const char *user_id;
    const char *username;
    const char *name;
    const char *opd_id;            /* NULL when the user has no OPD */
    unsigned roles;
    const char *csrf;
} sl_session;

typedef struct {
    request_rec *r;
    const sl_settings *settings;
    const char *mount;             /* "/ppid" */
    const char *path;              /* after the mount: "/permohonan/2026-000001" */
    apr_table_t *params;           /* {name} segments of the route */
    sl_session *session;           /* NULL for the public */
    sl_db *db;                     /* acquired by the dispatcher */
    apr_table_t *query;            /* the query string's parameters */
    sl_form *form;                 /* POST body */
    const sl_page_keeper *pagecache;  /* see sl_pagecache_serve */
    const void *route_data;        /* the matched route's data */
} sl_ctx;

typedef int (*sl_handler_fn)(sl_ctx *c);

enum {
    SL_ROUTE_PUBLIC = 0,
    SL_ROUTE_NO_DB = 1 << 0,       /* does not need the database */
    SL_ROUTE_HEAVY = 1 << 1        /* a costly public render: cached and
                                      bounded (sl_heavycache.h) */
};

typedef struct {
    const char *method;            /* "GET" or "POST" */
    const char *pattern;           /* see route.h */
    sl_handler_fn handler;
    unsigned roles;                /* 0: public; else any of these roles */
    int flags;
    const void *data;              /* handed to the handler as c->route_data,
                                      so one handler serves several tables */
} sl_route;

/* A page and its XML, GET, in a route table: one handler, the same roles
 * and flags for both paths (the handler answers XML when the path ends in
 * .xml), so the XML cannot be opened wider than its page.  The .xml
 * pattern comes first, as "{id}" would also match "7.xml". */
#define SL_ROUTE_PAGE(pattern, handler, roles, flags) \
    {"GET", pattern ".xml", handler, roles, flags, NULL}, \
    {"GET", pattern, handler, roles, flags, NULL}

/* Field value, trimmed; "" when absent. */
const char *sl_field(sl_ctx *c, const char *name);
/* Query-string parameter, trimmed; "" when absent or badly encoded. */
const char *sl_query(sl_ctx *c, const char *name);
/* The signed-in user's OPD scope, for SQL: statements take it as
 * "(%s = '1' OR opd_id = %s)", so a user of OPD A never gets OPD B's rows,
 * whatever URL is typed.  sl_scope_all is "1" when one of all_roles (the
 * roles that see every OPD) is the user's, else "0"; sl_scope_opd is the
 * user's OPD id, or "0" (no OPD has it) when there is none. */
const char *sl_scope_all(const sl_ctx *c, unsigned all_roles);
const char *sl_scope_opd(const sl_ctx *c);

/* The client's address for throttling and the audit log. */
const char *sl_client_ip(sl_ctx *c);

#endif
