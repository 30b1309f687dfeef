/* See fuzz_support.h.  The executable is linked with -rdynamic so that
 * libapr's own calls (apr_pstrdup, apr_array_push, apr_table_make...) bind
 * to the apr_palloc below too. */
#include "fuzz_support.h"

#include <dlfcn.h>
#include <string.h>
#include <apr_general.h>

static int active;
static void **blocks;
static size_t nblocks, capblocks;
static apr_pool_t *root;

typedef void *(*palloc_fn)(apr_pool_t *, apr_size_t);

static palloc_fn real(const char *name)
{
    palloc_fn fn = (palloc_fn)dlsym(RTLD_NEXT, name);
    if (!fn) {
        fprintf(stderr, "fuzz_support: %s not found in libapr\n", name);
        abort();
    }
    return fn;
}

static void *track(void *block)
{
    if (!block) {
        fprintf(stderr, "fuzz_support: out of memory\n");
        abort();
    }
    if (nblocks == capblocks) {
        size_t cap = capblocks ? capblocks * 2 : 1024;
        void **nb = realloc(blocks, cap * sizeof *nb);
        if (!nb)
            abort();
        blocks = nb;
        capblocks = cap;
    }
    blocks[nblocks++] = block;
    return block;
}

void *apr_palloc(apr_pool_t *pool, apr_size_t size)
{
    static palloc_fn real_palloc;
    if (!active) {
        if (!real_palloc)
            real_palloc = real("apr_palloc");
        return real_palloc(pool, size);
    }
    /* Not zeroed: a read of memory nobody wrote is the code's bug, and
     * malloc's garbage makes it visible sooner than zeros would. */
    return track(malloc(size ? size : 1));
}

/* apr_pools.h makes apr_pcalloc a macro over apr_palloc; libapr still
 * exports (and itself calls) the function. */
#undef apr_pcalloc
void *apr_pcalloc(apr_pool_t *pool, apr_size_t size)
{
    static palloc_fn real_pcalloc;
    if (!active) {
        if (!real_pcalloc)
            real_pcalloc = real("apr_pcalloc");
        return real_pcalloc(pool, size);
    }
    return track(calloc(1, size ? size : 1));
}

apr_pool_t *fz_begin(void)
{
    apr_pool_t *pool;

    if (!root) {
        apr_initialize();
        if (apr_pool_create(&root, NULL) != APR_SUCCESS)
            abort();
    }
    if (apr_pool_create(&pool, root) != APR_SUCCESS)
        abort();
    active = 1;
    return pool;
}

void fz_end(apr_pool_t *pool)
{
    apr_pool_destroy(pool);   /* cleanups still see their blocks */
    active = 0;
    for (size_t i = 0; i < nblocks; i++)
        free(blocks[i]);
    nblocks = 0;
}

char *fz_strndup(const uint8_t *data, size_t len)
{
    char *s = track(malloc(len + 1));
    if (len)
        memcpy(s, data, len);
    s[len] = '\0';
    return s;
}

unsigned fz_byte(fz_input *in)
{
    if (in->n == 0)
        return 0;
    in->n--;
    return *in->p++;
}

unsigned fz_u16(fz_input *in)
{
    unsigned lo = fz_byte(in);
    return lo | fz_byte(in) << 8;
}

uint32_t fz_rand(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

size_t fz_chunk(uint32_t *state, size_t left, size_t max_chunk)
{
    size_t want = fz_rand(state) % (max_chunk + 1);
    return want < left ? want : left;
}

char *fz_until(fz_input *in, uint8_t sep)
{
    const uint8_t *end;
    char *s;
    size_t len;

    if (in->n == 0)
        return NULL;
    end = memchr(in->p, sep, in->n);
    len = end ? (size_t)(end - in->p) : in->n;
    s = fz_strndup(in->p, len);
    in->p += len;
    in->n -= len;
    if (end) {
        in->p++;
        in->n--;
    }
    return s;
}

char *fz_rest(fz_input *in, size_t *len)
{
    char *s = fz_strndup(in->p, in->n);
    if (len)
        *len = in->n;
    in->p += in->n;
    in->n = 0;
    return s;
}
