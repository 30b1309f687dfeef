/* What sl_heavycache.c (the key, sending, the bounds) and sl_heavykeep.c
 * (writing a computed page to the folder) share. */
#ifndef SL_HEAVYCACHE_INT_H
#define SL_HEAVYCACHE_INT_H

#include <httpd.h>
#include <apr_file_io.h>

/* The server-wide bound's slots: more than SialipHeavyTotal may ask for
 * means no bound. */
#define SL_HEAVY_SLOTS 64

/* The shared memory of one generation, made once for both modules: the
 * write counter and, per slot, the computing process's id (high 32 bits)
 * and the second it began (low 32), or 0 for a free slot. */
typedef struct {
    apr_uint32_t written;
    apr_uint64_t slot[SL_HEAVY_SLOTS];
} sl_heavy_segment;

/* What both modules share for one server generation, hung on pconf (both
 * modules' directives and post_config see the same one). */
typedef struct {
    int recheck;                    /* seconds; 0: the cache is off */
    int per_address;
    int total;
    int nice;                       /* of a computing thread; 0: the worker's */
    int wait;                       /* seconds a refused computation waits */
    int pause;                      /* % of its statements' time it sleeps */
    const char *dir;                /* the folder; NULL: off */
    volatile apr_uint32_t *written; /* shared memory: the write counter */
    sl_heavy_segment *segment;      /* ... in here */
    apr_uint64_t token;             /* this start */
} sl_heavy_shared;

/* This module's view of it, set in post_config (each module has a copy). */
extern sl_heavy_shared *sl_heavy;

#define SL_HEAVY_HEADER_MAX 1024

/* A kept file: "SLH1 token generation day created cost\ncontent-type\n
 * content-disposition\n--\n" then the body. */
typedef struct {
    apr_uint64_t token;
    unsigned long generation;
    long day;
    apr_int64_t created;            /* seconds: when the computation began */
    apr_int64_t cost;               /* microseconds it took */
    const char *type, *disposition;
    apr_off_t body;                 /* where the body starts */
} sl_heavy_header;

int sl_heavy_header_read(apr_pool_t *p, apr_file_t *f, sl_heavy_header *h);
/* Whether a page with h is current for generation, day and now. */
int sl_heavy_current(const sl_heavy_header *h, apr_uint32_t generation, long day,
                     apr_int64_t now);

/* post_config: registers this module's output filter. */
void sl_heavy_keep_register(apr_pool_t *pconf);
/* Writes the page r renders to base (and base.gz) if it is a whole 200
 * page for anybody and there is room. */
void sl_heavy_keep(request_rec *r, const char *base, int with_query,
                   apr_uint32_t generation, long day, apr_int64_t started);

#endif
