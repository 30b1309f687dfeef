/* Staff roles (DOMAIN.md "Roles") as bits, so a route names the roles it
 * allows in one mask and a user's roles are one integer. */
#ifndef SL_ROLES_H
#define SL_ROLES_H

enum {
    SL_ROLE_PPID_UTAMA     = 1u << 0,
    SL_ROLE_PPID_PELAKSANA = 1u << 1,
    SL_ROLE_ATASAN_PPID    = 1u << 2,
    SL_ROLE_ADMIN          = 1u << 3,
    SL_ROLE_OPD_INOVASI    = 1u << 4,
    SL_ROLE_EVALUATOR      = 1u << 5,
    SL_ROLE_PIMPINAN       = 1u << 6
};
#define SL_ROLE_ANY_STAFF 0x7fu

/* The bits of a comma-separated list of role codes ("admin,ppid_utama");
 * unknown codes are ignored. */
unsigned sl_roles_parse(const char *codes);

/* The code of one role bit ("ppid_utama"), or NULL when bit is not exactly
 * one known role. */
const char *sl_role_code(unsigned bit);

#endif
