/* The benchmark's baseline: the least an Apache C handler can do.  Answers
 * "ok\n" as text/plain to GET on a location with SetHandler bench-nol, so
 * every scenario's throughput can be read as a fraction of what this
 * Apache, MPM and machine give a module that does no work.  Built only by
 * `make bench` (into build/bench/), never installed. */
#include <httpd.h>
#include <http_config.h>
#include <http_protocol.h>
#include <string.h>

static int bench_nol_handler(request_rec *r)
{
    if (!r->handler || strcmp(r->handler, "bench-nol") != 0) {
        return DECLINED;
    }
    if (r->method_number != M_GET) {
        return HTTP_METHOD_NOT_ALLOWED;
    }
    ap_set_content_type(r, "text/plain");
    ap_set_content_length(r, 3);
    if (!r->header_only) {
        ap_rwrite("ok\n", 3, r);
    }
    return OK;
}

static void bench_nol_hooks(apr_pool_t *p)
{
    ap_hook_handler(bench_nol_handler, NULL, NULL, APR_HOOK_MIDDLE);
}

AP_DECLARE_MODULE(bench_nol) = {
    STANDARD20_MODULE_STUFF, NULL, NULL, NULL, NULL, NULL, bench_nol_hooks,
    AP_MODULE_FLAG_NONE
};
