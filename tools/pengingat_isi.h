/* The text of a reminder to officers (pure C), in Bahasa Indonesia, plain
 * text and HTML escaped by construction.  It names only what the officer
 * already has: the number, the due date and the link. */
#ifndef SK_PENGINGAT_ISI_H
#define SK_PENGINGAT_ISI_H

#include <apr_pools.h>
#include "calendar.h"
#include "jadwal.h"

typedef enum {
    SK_OBJEK_PERMOHONAN = 0,
    SK_OBJEK_KEBERATAN
} sk_objek;

typedef struct {
    sk_objek objek;
    sk_pengingat_jenis jenis;     /* DEKAT or TERLAMBAT */
    const char *nomor;            /* the request's or the objection's number */
    const char *nomor_permohonan; /* an objection's request */
    sl_day jatuh_tempo;
    int diperpanjang;             /* a request's due date after the extension */
    int sisa;                     /* working days left (DEKAT) */
    const char *tautan;           /* the officers' page of the request */
} sk_pengingat;

typedef struct {
    const char *subjek;
    const char *teks;
    const char *html;
} sk_surel;

void sk_pengingat_susun(apr_pool_t *pool, const sk_pengingat *p, sk_surel *out);

#endif
