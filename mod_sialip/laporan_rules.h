/* When an annual report is due (Perki 1/2021 Pasal 56: by 31 March of the
 * next year).  Pure C: unit-tested without a server. */
#ifndef SL_LAPORAN_RULES_H
#define SL_LAPORAN_RULES_H

#include "calendar.h"

/* -1 when the year has not ended on today (WIB), so its report cannot be
 * submitted yet; 0 when submitting today is on time; 1 when it is late.
 * *batas gets 31 March of the next year. */
int sl_laporan_batas(int tahun, sl_day today, sl_day *batas);

#endif
