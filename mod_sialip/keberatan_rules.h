/* Objections (keberatan): the Pasal 35(1) grounds and the 30-working-day
 * window of Pasal 36(1).  Pure C: unit-tested without a server. */
#ifndef SL_KEBERATAN_RULES_H
#define SL_KEBERATAN_RULES_H

#include "calendar.h"
#include "permohonan_rules.h"

/* The grounds a-g with their wording in the law. */
extern const sl_choice sl_alasan_keberatan_choices[];

typedef enum {
    SL_KEBERATAN_BELUM,   /* no ground yet: no notice and the due date not passed */
    SL_KEBERATAN_BUKA,    /* within the window */
    SL_KEBERATAN_LEWAT    /* the window has closed */
} sl_keberatan_jendela;

/* The ground arises on the day the notice was issued (has_notice) or, with
 * no notice once it has passed, on the (possibly extended) due date; the
 * window runs 30 working days after it.  Sets *ground and *last_day (for
 * BUKA and LEWAT). */
sl_keberatan_jendela sl_keberatan_cek(const sl_calendar *cal, int has_notice,
                                      sl_day notice_day, sl_day due_day,
                                      sl_day today, sl_day *ground,
                                      sl_day *last_day);

/* The grounds chosen (letters from the form, any order, repeats allowed)
 * as a sorted comma list for the SET column ("a,c"); NULL when none or
 * any is not a-g. */
const char *sl_keberatan_alasan(apr_pool_t *pool, const apr_array_header_t *letters);

#endif
