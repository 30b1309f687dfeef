/* The law's clocks in working days (DOMAIN.md "Clocks") and recomputing
 * every open deadline when the holiday calendar changes. */
#ifndef SIALIP_TENGGAT_H
#define SIALIP_TENGGAT_H

#include "calendar.h"
#include "sl_request.h"

#define SIALIP_HARI_PEMBERITAHUAN 10   /* UU 14/2008 Pasal 22(7) */
#define SIALIP_HARI_PERPANJANGAN 7     /* Pasal 22(8), once */
#define SIALIP_HARI_AJU_KEBERATAN 30   /* Pasal 36(1) */
#define SIALIP_HARI_PUTUS_KEBERATAN 30 /* Pasal 36(2) */
#define SIALIP_HARI_AJU_SENGKETA 14    /* Pasal 37(2) */

/* Recomputes day 0 and the due dates of every open request and undecided
 * objection on cal, inside the caller's transaction, writing one audit row
 * per changed deadline.  Returns the number of changed rows, or -1 when a
 * statement failed. */
int sialip_tenggat_hitung_ulang(sl_ctx *c, const sl_calendar *cal);

#endif
