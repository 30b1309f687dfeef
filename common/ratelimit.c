#include <limits.h>
#include <string.h>
#include "ratelimit.h"

typedef struct {
    uint64_t hash;                 /* of the whole key */
    int64_t window_start;
    int count;
    int used;
    char key[SL_RATELIMIT_KEY_MAX];
} slot;

struct sl_ratelimit {
    unsigned nslots;
    slot slots[];
};

/* FNV-1a, 64 bits: quick, and good enough to spread addresses. */
static uint64_t key_hash(const char *key)
{
    uint64_t h = 14695981039346656037ULL;
    for (; *key; key++) {
        h ^= (unsigned char)*key;
        h *= 1099511628211ULL;
    }
    return h;
}

size_t sl_ratelimit_size(unsigned nslots)
{
    return sizeof(sl_ratelimit) + (size_t)nslots * sizeof(slot);
}

sl_ratelimit *sl_ratelimit_init(void *mem, unsigned nslots)
{
    sl_ratelimit *t = mem;
    memset(t, 0, sl_ratelimit_size(nslots));
    t->nslots = nslots;
    return t;
}

static int same_key(const slot *s, const char *key, uint64_t hash)
{
    return s->used && s->hash == hash
           && strncmp(s->key, key, SL_RATELIMIT_KEY_MAX - 1) == 0;
}

/* The key's slot, or NULL when it has none. */
static slot *find(sl_ratelimit *t, const char *key, uint64_t hash)
{
    unsigned i;
    for (i = 0; i < SL_RATELIMIT_PROBE && i < t->nslots; i++) {
        slot *s = &t->slots[(hash + i) % t->nslots];
        if (same_key(s, key, hash)) {
            return s;
        }
    }
    return NULL;
}

/* A slot for a key that has none: a free one, else the one whose window
 * started longest ago (a passed window, when any has passed). */
static slot *take(sl_ratelimit *t, const char *key, uint64_t hash, int64_t now)
{
    slot *victim = NULL;
    unsigned i;

    for (i = 0; i < SL_RATELIMIT_PROBE && i < t->nslots; i++) {
        slot *s = &t->slots[(hash + i) % t->nslots];
        if (!s->used) {
            victim = s;
            break;
        }
        if (!victim || s->window_start < victim->window_start) {
            victim = s;
        }
    }
    victim->used = 1;
    victim->hash = hash;
    victim->count = 0;
    victim->window_start = now;
    strncpy(victim->key, key, SL_RATELIMIT_KEY_MAX - 1);
    victim->key[SL_RATELIMIT_KEY_MAX - 1] = '\0';
    return victim;
}

int sl_ratelimit_hit(sl_ratelimit *t, const char *key, int64_t now, int window)
{
    uint64_t hash = key_hash(key);
    slot *s = find(t, key, hash);

    if (!s) {
        s = take(t, key, hash, now);
    }
    /* As the database counter did: a forgiven attempt keeps its window. */
    if (now - s->window_start < window) {
        if (s->count < INT_MAX) {
            s->count++;
        }
    }
    else {
        s->count = 1;
        s->window_start = now;
    }
    return s->count;
}

void sl_ratelimit_forgive(sl_ratelimit *t, const char *key)
{
    slot *s = find(t, key, key_hash(key));
    if (s && s->count > 0) {
        s->count--;
    }
}
