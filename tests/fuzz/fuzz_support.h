/* Shared plumbing of the libFuzzer harnesses in tests/fuzz/.
 *
 * APR pools hand out memory from large blocks, so AddressSanitizer cannot
 * see a write past the end of a pool allocation.  fuzz_support.c therefore
 * replaces apr_palloc and apr_pcalloc, while an iteration runs, with one
 * malloc per allocation (freed when the iteration ends): every pool buffer
 * the code under test allocates gets its own redzone.  Outside an iteration
 * (apr_initialize, libFuzzer's own work) the real functions are used.
 *
 * Each harness: fz_begin() -> pool, work, fz_end(pool). */
#ifndef SL_FUZZ_SUPPORT_H
#define SL_FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <apr_pools.h>

/* A fresh pool whose allocations are each a malloc block. */
apr_pool_t *fz_begin(void);
/* Destroys the pool (running its cleanups) and frees every block. */
void fz_end(apr_pool_t *pool);

/* malloc'ed copy of data[0..len) with a NUL after it, freed by fz_end. */
char *fz_strndup(const uint8_t *data, size_t len);

/* Input consumed from the front. */
typedef struct {
    const uint8_t *p;
    size_t n;
} fz_input;

/* The next byte, 0 once the input is used up. */
unsigned fz_byte(fz_input *in);
/* The next two bytes as a little-endian number. */
unsigned fz_u16(fz_input *in);
/* The bytes up to (not including) the next sep, as a NUL-terminated copy;
 * the separator is consumed.  Returns NULL when the input is used up. */
char *fz_until(fz_input *in, uint8_t sep);
/* What is left, as a NUL-terminated copy (may be empty). */
char *fz_rest(fz_input *in, size_t *len);

/* Feeding a body in pieces: fz_rand steps a xorshift generator (state
 * never 0); fz_chunk is the length of the next piece, at most left and at
 * most max_chunk, mostly short and now and then 0. */
uint32_t fz_rand(uint32_t *state);
size_t fz_chunk(uint32_t *state, size_t left, size_t max_chunk);

/* An invariant of the code under test: reports and aborts, so libFuzzer
 * records the input as a crash. */
#define FZ_CHECK(cond)                                                       \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__,       \
                    __LINE__, #cond);                                        \
            abort();                                                         \
        }                                                                    \
    } while (0)

#endif
