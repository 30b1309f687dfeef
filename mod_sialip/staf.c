/* The staff landing page after login: who is signed in, with which roles,
 * and where to go. */
#include <httpd.h>
#include <http_protocol.h>
#include "roles.h"
#include "sialip.h"

static int staf_beranda(sl_ctx *c)
{
    static const struct {
        unsigned bit;
        const char *name;
    } roles[] = {
        {SL_ROLE_PPID_UTAMA, "PPID Utama"},
        {SL_ROLE_PPID_PELAKSANA, "PPID Pelaksana"},
        {SL_ROLE_ATASAN_PPID, "Atasan PPID"},
        {SL_ROLE_ADMIN, "Administrator"},
        {SL_ROLE_OPD_INOVASI, "Petugas inovasi OPD"},
        {SL_ROLE_EVALUATOR, "Evaluator"},
        {SL_ROLE_PIMPINAN, "Pimpinan"},
    };
    sl_page *page = sl_ctx_page(c, "staf-beranda", "Beranda petugas", "staf");
    xmlNodePtr list = sl_xml_node(page->resource, "peran");
    size_t i;

    for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++) {
        if (c->session->roles & roles[i].bit) {
            sl_xml_text(list, "nama", roles[i].name);
        }
    }
    return sl_page_send(page, HTTP_OK);
}

static const sl_route routes[] = {
    {"GET", "/admin/", staf_beranda, SL_ROLE_ANY_STAFF, 0, NULL},
    {NULL, NULL, NULL, 0, 0, NULL}
};

const sl_feature sialip_staf_feature = {routes, NULL};
