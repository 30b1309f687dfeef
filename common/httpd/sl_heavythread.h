/* A heavy page's computation in a thread of its own at a lower CPU
 * priority (issue 20): on a small server one annual report takes a core
 * for a second or more, and the status pages, forms and staff pages
 * answered beside it should not wait for it.  The computing thread runs
 * at nice SialipHeavyNice (default 10), so the scheduler runs the other
 * requests first when they wake; with nothing else to do it runs at full
 * speed.  A thread of its own, not the worker's: an unprivileged process
 * cannot raise a thread's priority back once lowered, and Apache reuses
 * its worker threads. */
#ifndef SL_HEAVYTHREAD_H
#define SL_HEAVYTHREAD_H

#include "sl_ctx.h"

/* Takes one of the first total slots of segment (sl_heavycache_int.h)
 * for r's computation, given back when r ends: 0, or -1 when all are
 * busy.  A slot whose process is gone (a child that crashed) or that was
 * taken more than SL_HEAVY_STALE seconds ago is taken over.  No segment,
 * or total beyond the table: 0 (no bound). */
#define SL_HEAVY_STALE 900
int sl_heavy_slot_take(request_rec *r, void *segment, int total);

/* sl_heavy_slot_take, and when all are busy, polled every
 * SL_HEAVY_POLL_MS for up to seconds (the request's thread sleeps
 * meanwhile; a client that asks again as soon as it is refused would
 * otherwise cost a refusal every few milliseconds).  At most a quarter
 * of a child's threads wait at once (none under an MPM without threads),
 * so the light pages keep their workers; the rest are refused at once. */
#define SL_HEAVY_POLL_MS 50
int sl_heavy_slot_wait(request_rec *r, void *segment, int total, int seconds);

/* The database's share of a computation: MariaDB runs its statements at
 * normal priority, whatever the nice value of the thread that waits for
 * them.  While a computation runs, its thread's statements report the
 * time the database took (sl_db_pace_with) and the thread sleeps
 * SialipHeavyPause percent of it (at most SL_HEAVY_PAUSE_MAX_MS a time),
 * so a computation keeps a database thread busy only part of the time. */
#define SL_HEAVY_PAUSE_MAX_MS 1000

/* handler(c), computed in a low-priority thread while the calling thread
 * waits for it; inline when no thread can be made.  Returns what the
 * handler returned. */
int sl_heavy_run(sl_ctx *c, int (*handler)(sl_ctx *));

#endif
