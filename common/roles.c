#include <string.h>
#include "roles.h"

static const struct {
    const char *code;
    unsigned bit;
} role_codes[] = {
    {"ppid_utama", SL_ROLE_PPID_UTAMA},
    {"ppid_pelaksana", SL_ROLE_PPID_PELAKSANA},
    {"atasan_ppid", SL_ROLE_ATASAN_PPID},
    {"admin", SL_ROLE_ADMIN},
    {"opd_inovasi", SL_ROLE_OPD_INOVASI},
    {"evaluator", SL_ROLE_EVALUATOR},
    {"pimpinan", SL_ROLE_PIMPINAN},
};

unsigned sl_roles_parse(const char *codes)
{
    unsigned roles = 0;
    const char *p = codes;

    while (p && *p) {
        size_t len = strcspn(p, ",");
        size_t i;
        for (i = 0; i < sizeof(role_codes) / sizeof(role_codes[0]); i++) {
            if (strlen(role_codes[i].code) == len
                && strncmp(role_codes[i].code, p, len) == 0) {
                roles |= role_codes[i].bit;
            }
        }
        p += len;
        if (*p == ',') {
            p++;
        }
    }
    return roles;
}

const char *sl_role_code(unsigned bit)
{
    size_t i;
    for (i = 0; i < sizeof(role_codes) / sizeof(role_codes[0]); i++) {
        if (role_codes[i].bit == bit) {
            return role_codes[i].code;
        }
    }
    return NULL;
}
