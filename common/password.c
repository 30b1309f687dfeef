#include <string.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_md5.h>
#include "password.h"

/* htpasswd -nbB -C 10 x <random>; the cost must stay SL_BCRYPT_COST
 * (tests/unit/test_password.c checks it). */
const char sl_dummy_hash[] =
    "$2y$10$lImK8ec3dZ0lO7K0Yj.hheyHV/i.F6dfDDA0LLDu9yZN7R1e5EZnG";

int sl_password_cost(const char *hash)
{
    if (!hash || strlen(hash) != 60 || hash[0] != '$' || hash[1] != '2'
        || !strchr("yab", hash[2]) || hash[3] != '$'
        || hash[4] < '0' || hash[4] > '3' || hash[5] < '0' || hash[5] > '9'
        || hash[6] != '$') {
        return -1;
    }
    return (hash[4] - '0') * 10 + (hash[5] - '0');
}

int sl_password_is_bcrypt(const char *hash)
{
    int cost = sl_password_cost(hash);
    return cost >= 4 && cost <= 31;
}

const char *sl_password_weak_kind(const char *hash)
{
    if (sl_password_is_bcrypt(hash)) {
        return NULL;
    }
    if (hash && strncmp(hash, "$apr1$", 6) == 0) {
        return "apr1 (MD5)";
    }
    if (hash && strncmp(hash, "{SHA}", 5) == 0) {
        return "SHA-1";
    }
    if (hash && (strlen(hash) == 13 || (hash[0] == '$' && hash[1] != '2'))) {
        return "crypt";
    }
    return "plain text or unknown";
}

const char *sl_password_hash(apr_pool_t *p, const char *password)
{
    unsigned char salt[16];
    char out[128];

    if (apr_generate_random_bytes(salt, sizeof(salt)) != APR_SUCCESS
        || apr_bcrypt_encode(password, SL_BCRYPT_COST, salt, sizeof(salt),
                             out, sizeof(out)) != APR_SUCCESS) {
        return NULL;
    }
    return apr_pstrdup(p, out);
}
