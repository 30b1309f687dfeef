#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "sl_ctx.h"

static const char *trimmed(apr_pool_t *pool, const char *v)
{
    const char *end;

    if (!v) {
        return "";
    }
    while (*v && apr_isspace(*v)) {
        v++;
    }
    end = v + strlen(v);
    while (end > v && apr_isspace(end[-1])) {
        end--;
    }
    return apr_pstrmemdup(pool, v, (apr_size_t)(end - v));
}

const char *sl_field(sl_ctx *c, const char *name)
{
    return trimmed(c->r->pool,
                   c->form ? apr_table_get(c->form->fields, name) : NULL);
}

const char *sl_query(sl_ctx *c, const char *name)
{
    return trimmed(c->r->pool, apr_table_get(c->query, name));
}

const char *sl_scope_all(const sl_ctx *c, unsigned all_roles)
{
    return c->session && (c->session->roles & all_roles) ? "1" : "0";
}

const char *sl_scope_opd(const sl_ctx *c)
{
    return c->session && c->session->opd_id ? c->session->opd_id : "0";
}

const char *sl_client_ip(sl_ctx *c)
{
    return c->r->useragent_ip;
}
