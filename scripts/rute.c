/* `make routes`: prints a module's route table, the one the dispatcher
 * walks, as tab-separated lines "METHOD pattern roles flags" (roles: the
 * role codes joined by ',', or '-' for a public route), in dispatch order.
 * It is linked with the module's own objects (RUTE_FITUR names its feature
 * list) and stubs for httpd's functions, which it never calls: the access
 * and menu tests read the routes from here instead of from the C text. */
#include <stdio.h>
#include "roles.h"
#include "sl_ctx.h"

extern const sl_feature *const *const RUTE_FITUR;

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
    for (const sl_feature *const *f = RUTE_FITUR; *f; f++) {
        for (const sl_route *r = (*f)->routes; r && r->method; r++) {
            printf("%s\t%s\t", r->method, r->pattern);
            print_roles(r->roles);
            printf("\t%d\n", r->flags);
        }
    }
    return ferror(stdout) ? 1 : 0;
}
