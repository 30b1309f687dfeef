/* The accessibility statement (Pernyataan aksesibilitas): the standard the
 * pages aim at, how that is checked, the known limits, and how to ask for
 * another format or for help.  The text is the view's; the page needs no
 * database. */
#include <httpd.h>
#include <http_protocol.h>
#include "sialip.h"
#include "sialip_messages.h"

int sialip_aksesibilitas(sl_ctx *c)
{
    sl_page *page = sl_ctx_page(c, "aksesibilitas", SIALIP_MSG_PERNYATAAN_AKSESIBILITAS,
                                "aksesibilitas");
    return sl_page_send(page, HTTP_OK);
}
