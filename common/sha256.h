/* SHA-256 (FIPS 180-4) for the content-addressed upload store. Pure C. */
#ifndef SL_SHA256_H
#define SL_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t state[8];
    uint64_t bytes;
    unsigned char block[64];
    size_t used;
} sl_sha256_ctx;

void sl_sha256_init(sl_sha256_ctx *ctx);
void sl_sha256_update(sl_sha256_ctx *ctx, const void *data, size_t len);
void sl_sha256_final(sl_sha256_ctx *ctx, unsigned char digest[32]);
/* Lower-case hex of the digest of data: out must hold 65 bytes. */
void sl_sha256_hex(const void *data, size_t len, char out[65]);

#endif
