/* Objections (keberatan): the Pasal 35(1) grounds and the 30-working-day
 * window of Pasal 36(1).  Pure C: unit-tested without a server. */
#ifndef SL_KEBERATAN_RULES_H
#define SL_KEBERATAN_RULES_H

#include "calendar.h"
#include "permohonan_rules.h"

/* The grounds a-g with their wording in the law. */
extern const sl_choice sl_alasan_keberatan_choices[];
/* The Atasan PPID's decision; a KI dispute's stage and outcome. */
extern const sl_choice sl_putusan_keberatan_choices[];
extern const sl_choice sl_tahap_sengketa_choices[];
extern const sl_choice sl_hasil_sengketa_choices[];

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

/* Each ground may be raised once per request (DOMAIN: an applicant who
 * objected for no answer, c, may object again on a, f or g when they
 * follow): the first letter of chosen ("a,c") already in raised ("c,g",
 * may be NULL), or 0 when none repeats. */
char sl_keberatan_alasan_ulang(const char *raised, const char *chosen);

/* Pasal 35(2): grounds b-g may be settled by agreement (musyawarah); an
 * objection that includes a (a refusal on an exemption) may not. */
int sl_keberatan_musyawarah_boleh(const char *grounds);

/* Pasal 22(8): the one extension is decided before the first due date
 * passes, i.e. on a WIB day no later than first_due. */
int sl_perpanjangan_tepat(sl_day first_due, sl_day decided_day);

typedef enum {
    SL_KI_BELUM,              /* undecided and the decision not yet due */
    SL_KI_SETELAH_PUTUSAN,    /* counted from the Atasan's decision */
    SL_KI_PUTUSAN_TERLAMBAT   /* undecided past its due date: from that date */
} sl_ki_jendela;

/* The last day to take the dispute to the Komisi Informasi, 14 working
 * days (Pasal 37(2)) after the Atasan's decision (decided, decision_day)
 * or, while no decision came, after its missed due date (due_day < today).
 * A late decision counts from its own day (the later start). */
sl_ki_jendela sl_sengketa_batas(const sl_calendar *cal, int decided,
                                sl_day decision_day, sl_day due_day,
                                sl_day today, sl_day *last_day);

/* Whether a dispute registered at the KI on filed_day came after that
 * window (0 when no window had opened by then). */
int sl_sengketa_terlambat(const sl_calendar *cal, int decided,
                          sl_day decision_day, sl_day due_day, sl_day filed_day);

#endif
