/* Staff passwords: one bcrypt cost for every hash the project makes (the
 * web admin, sialip-pengguna, the login's stand-in for unknown names), so
 * the time a login takes tells nothing about whether the name exists. */
#ifndef SL_PASSWORD_H
#define SL_PASSWORD_H

#include <apr_pools.h>

#define SL_BCRYPT_COST 10
/* Longest password bcrypt reads. */
#define SL_PASSWORD_MAX 72

/* A bcrypt hash at SL_BCRYPT_COST of a random string: checked when the
 * name is unknown or its hash unusable, so every failure costs the same. */
extern const char sl_dummy_hash[];

/* 1 when hash is a bcrypt hash ($2y$, $2a$ or $2b$ and a two-digit cost). */
int sl_password_is_bcrypt(const char *hash);
/* The cost of a bcrypt hash, or -1. */
int sl_password_cost(const char *hash);
/* What kind of weak hash this is, for the admin's log line: "apr1 (MD5)",
 * "SHA-1", "crypt" or "plain text or unknown"; NULL for bcrypt. */
const char *sl_password_weak_kind(const char *hash);
/* A new $2y$ hash at SL_BCRYPT_COST with a random salt, or NULL. */
const char *sl_password_hash(apr_pool_t *p, const char *password);

#endif
