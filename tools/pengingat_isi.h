/* The text of a reminder to officers (pure C), in Bahasa Indonesia, plain
 * text and HTML escaped by construction.  It names only what the officer
 * already has: the number (or the innovations of its own OPD), the due date
 * and the link. */
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

/* The reminder to an OPD's innovation officer about one monitoring period:
 * the OPD's innovations whose report of the period is not submitted, each
 * with the link to its report page (the names the officer sees there). */
typedef struct {
    const char *nama;             /* the innovation */
    const char *status;           /* NULL (not started), "draf" or "dikembalikan" */
    const char *tautan;           /* its report page for the period */
} sk_laporan_belum;

/* At most this many are listed (the rest counted), so a message stays
 * well inside the outbox's TEXT column. */
#define SK_INOVASI_DAFTAR_MAKS 25

typedef struct {
    sk_pengingat_jenis jenis;     /* DEKAT or TERLAMBAT */
    const char *periode;          /* "Triwulan 2 2026" (sk_nama_periode) */
    const char *opd;              /* the OPD's name */
    sl_day tenggat;               /* the period's due date */
    int sisa;                     /* working days left (DEKAT) */
    const sk_laporan_belum *laporan;
    int jumlah;
    const char *tautan;           /* the dashboard of the period's year */
} sk_pengingat_inovasi;

/* "Triwulan 2 2026", "Semester 1 2026", as mod_inovasi names periods. */
const char *sk_nama_periode(apr_pool_t *pool, const char *jenis,
                            const char *nomor, const char *tahun);
void sk_pengingat_inovasi_susun(apr_pool_t *pool, const sk_pengingat_inovasi *p,
                                sk_surel *out);

#endif
