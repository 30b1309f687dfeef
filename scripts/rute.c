/* `make routes`: prints a module's route table, the one the dispatcher
 * walks, as tab-separated lines "METHOD pattern roles flags" (roles: the
 * role codes joined by ',', or '-' for a public route), in dispatch order.
 * It is linked with the module's own objects (RUTE_TABEL names its table,
 * mod_x/routes.c) and stubs for httpd's functions, which it never calls:
 * the access and menu tests read the routes from here instead of from
 * the C text. */
#include <stdio.h>
#include "roles.h"
#include "sl_ctx.h"

extern const sl_route RUTE_TABEL[];

static void print_roles(unsigned roles)
{
    const char *sep = "";
    if (!roles) {
        fputs("-", stdout);
        return;
    }
    for (unsigned bit = 1; bit && bit <= roles; bit <<= 1) {
        if (roles & bit) {
            const char *code = sl_role_code(bit);
            printf("%s%s", sep, code ? code : "?");
            sep = ",";
        }
    }
}

int main(void)
{
    for (const sl_route *r = RUTE_TABEL; r->method; r++) {
        printf("%s\t%s\t", r->method, r->pattern);
        print_roles(r->roles);
        printf("\t%d\n", r->flags);
    }
    return ferror(stdout) ? 1 : 0;
}
