/* The service page: maklumat pelayanan, how to request, time limits, costs. */
#include <httpd.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sialip.h"
#include "sialip_messages.h"

int sialip_layanan(sl_ctx *c)
{
    const sialip_config *cfg = sialip_config_of(c->r);
    sl_page *page = sl_ctx_page(c, "layanan", SIALIP_MSG_LAYANAN_INFORMASI_PUBLIK_PPID, "layanan");
    sl_xml_text(page->resource, "jam_layanan",
                apr_psprintf(c->r->pool, "%02d:%02d", cfg->cutoff_minutes / 60,
                             cfg->cutoff_minutes % 60));
    return sl_page_send(page, HTTP_OK);
}
