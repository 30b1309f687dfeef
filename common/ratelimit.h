/* Attempt counters in a fixed-size table laid out in a memory block the
 * caller provides (shared memory, so every process of a server counts
 * together).  Each key has a count and the start of its window; a hit in an
 * expired window starts a new one.  The caller serialises every call (one
 * lock around the table).  Pure C: no httpd, no APR.
 *
 * A key is found by a bounded probe from its hash; when the probe finds
 * neither the key nor a free slot, the key takes a slot whose window has
 * passed, else the one whose window started longest ago (its counter is
 * lost: the table is sized so that this needs far more addresses than a
 * window normally sees).  Keys longer than SL_RATELIMIT_KEY_MAX - 1 bytes
 * are told apart by their first bytes and a 64-bit hash of the whole key. */
#ifndef SL_RATELIMIT_H
#define SL_RATELIMIT_H

#include <stddef.h>
#include <stdint.h>

/* Room for "lacak-ip:" and the longest IPv6 address text (45 bytes). */
#define SL_RATELIMIT_KEY_MAX 64
/* Slots looked at for one key. */
#define SL_RATELIMIT_PROBE 16

typedef struct sl_ratelimit sl_ratelimit;

/* Bytes a table of nslots slots needs. */
size_t sl_ratelimit_size(unsigned nslots);

/* Lays an empty table of nslots slots out in mem (at least
 * sl_ratelimit_size(nslots) bytes, aligned for a 64-bit integer). */
sl_ratelimit *sl_ratelimit_init(void *mem, unsigned nslots);

/* Counts one attempt for key at now (seconds) and returns the attempts in
 * the current window including this one.  A window lasts window seconds
 * from the first attempt in it. */
int sl_ratelimit_hit(sl_ratelimit *t, const char *key, int64_t now, int window);

/* Takes one attempt of key back (it succeeded); never below 0. */
void sl_ratelimit_forgive(sl_ratelimit *t, const char *key);

#endif
