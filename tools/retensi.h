/* The retention job of sialip-kirim (--retensi, retensi.c). */
#ifndef SK_RETENSI_H
#define SK_RETENSI_H

#include <apr_pools.h>
#include "kirim.h"

extern const sk_stmt sk_retensi_stmts[];

/* Erases what is past its retention period; returns an exit code. */
int sk_retensi(apr_pool_t *pool, const sk_conf *conf, sk_db *db);

#endif
