/* The public DIP's word search and an entry's own page (dip_cari.c). */
#ifndef SIALIP_DIP_CARI_H
#define SIALIP_DIP_CARI_H

#include "sl_request.h"

typedef struct {
    long total;        /* entries found */
    long halaman;      /* the page shown (clamped to the last) */
    long halaman_maks;
    int sebagian;      /* no entry holds every word: those holding some */
    sl_rows *rows;     /* dip_publik's columns, the best match first */
} sialip_dip_hasil;

/* Published entries matching the filters ('' for none) whose title and
 * summary, OPD, number or officials hold every word of q (each at the
 * start of a word, any order); when none holds all, those holding some.
 * Ranked by the words matched, then where (summary before OPD before the
 * rest), the words as a phrase first.  Returns 0, or -1 when the database
 * failed. */
int sialip_dip_cari(sl_ctx *c, const char *q, const char *kategori, const char *opd,
                    const char *tahun, long halaman, long per_halaman,
                    sialip_dip_hasil *out);

extern const sl_feature sialip_dip_cari_feature;

#endif
