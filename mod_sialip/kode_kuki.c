/* The tracking code kept out of URLs, access logs and Referers
 * (kode_kuki.h). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <util_cookies.h>
#include <apr_strings.h>
#include "sl_request.h"
#include "kode_kuki.h"

static int over_tls(request_rec *r)
{
    return strcmp(ap_http_scheme(r), "https") == 0;
}

/* One cookie per number ("sialip_kode_2026-000123", "..._K-2026-0001"):
 * a citizen may follow several requests.  Over TLS it carries the __Host-
 * prefix like the session cookie, so a sibling subdomain or a plain-HTTP
 * page cannot plant one. */
static const char *cookie_name(request_rec *r, const char *nomor)
{
    return apr_pstrcat(r->pool, over_tls(r) ? "__Host-" : "", "sialip_kode_", nomor,
                       NULL);
}

/* "kode=XXXX-..." in the request line becomes "kode=-": the line Apache's
 * access log writes (%r, and %q from r->args) keeps no code.  The query
 * was parsed into c->query before this. */
static void blank_out(char *s)
{
    char *k = s;
    while (k && (k = strstr(k, "kode=")) != NULL) {
        char *v = k + 5, *end = v + strcspn(v, "& ");
        if (k == s || k[-1] == '?' || k[-1] == '&') {
            memmove(v + 1, end, strlen(end) + 1);
            *v = '-';
        }
        k = v;
    }
}

static void keep_out_of_logs(request_rec *r)
{
    if (r->the_request) {
        r->the_request = apr_pstrdup(r->pool, r->the_request);
        blank_out(r->the_request);
    }
    if (r->args) {
        r->args = apr_pstrdup(r->pool, r->args);
        blank_out(r->args);
    }
    if (r->unparsed_uri) {
        r->unparsed_uri = apr_pstrdup(r->pool, r->unparsed_uri);
        blank_out(r->unparsed_uri);
    }
}

const char *sialip_kode(sl_ctx *c, const char *nomor)
{
    const char *q = sl_query(c, "kode");
    const char *v = NULL;

    if (*q) {
        keep_out_of_logs(c->r);
        return q;
    }
    if (nomor && ap_cookie_read(c->r, cookie_name(c->r, nomor), &v, 0) == APR_SUCCESS
        && v) {
        return v;
    }
    return "";
}

int sialip_kode_di_url(sl_ctx *c)
{
    return c->r->method_number == M_GET && *sl_query(c, "kode");
}

/* SameSite=Lax, not Strict: the link in the receipt e-mail is followed
 * from the webmail's site, and a browser sends no Strict cookie on the
 * redirect of a navigation another site started, so the exchanged page
 * would not find its code.  Lax cookies go with top-level GETs only; every
 * POST that uses the code is checked for this site's Origin as well.
 * Path: the module's mount over plain HTTP; "/" over TLS, as the __Host-
 * prefix demands. */
int sialip_kode_tukar(sl_ctx *c, const char *nomor, const char *code)
{
    request_rec *r = c->r;
    const char *path = over_tls(r) ? "/" : apr_pstrcat(r->pool, c->mount, "/", NULL);

    apr_table_add(r->err_headers_out, "Set-Cookie",
                  apr_psprintf(r->pool, "%s=%s; Path=%s; Max-Age=%d; HttpOnly; "
                               "SameSite=Lax%s", cookie_name(r, nomor), code, path,
                               SIALIP_KODE_KUKI_DETIK, over_tls(r) ? "; Secure" : ""));
    return sl_redirect(c, r->uri);
}
