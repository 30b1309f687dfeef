/* The requester's profile for statistics (occupation from a coded list,
 * gender, kecamatan) and the special needs of a request (issue 18, items
 * 5-6).  Pure C: unit-tested without a server.
 *
 * The occupation code feeds the statistics; the old free-text `pekerjaan`
 * stays what the registers print: the applicant's words when given (they
 * are required with "lainnya"), otherwise the code's label.  A form posted
 * with the text only (older clients) is still accepted and stores no code. */
#ifndef SL_PROFIL_RULES_H
#define SL_PROFIL_RULES_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "permohonan_rules.h"

extern const sl_choice sl_pekerjaan_choices[];
extern const sl_choice sl_jenis_kelamin_choices[];
/* The 29 kecamatan and "luar_daerah", as the kecamatan table of migration
 * 170 holds them (the form is served without a database connection). */
extern const sl_choice sl_kecamatan_choices[];
/* The special needs; the form's checkbox of value v is "kebutuhan_<v>". */
extern const sl_choice sl_kebutuhan_choices[];

typedef struct {
    const char *pekerjaan_kode;     /* "" when not chosen */
    const char *pekerjaan;          /* the free text */
    const char *jenis_kelamin;      /* "" = tidak diisi */
    const char *kecamatan;          /* "" = tidak diisi */
    const char *kebutuhan[6];       /* "1" when ticked, in sl_kebutuhan_choices order */
    const char *kebutuhan_lainnya;
} sl_profil_input;

/* Appends an sl_field_error per problem; returns how many. */
int sl_profil_validate(const sl_profil_input *in, apr_array_header_t *errors);

/* The text the old `pekerjaan` rule and column get: the typed text when
 * not blank, else the label of a known code, else "". */
const char *sl_profil_pekerjaan_teks(const sl_profil_input *in);

/* The ticked needs as a MariaDB SET value ("braille,audio"), NULL when
 * none; text in "lainnya" counts as ticking it. */
const char *sl_profil_kebutuhan_set(apr_pool_t *p, const sl_profil_input *in);

/* The labels of a stored SET value, joined by ", "; lainnya's text after
 * its label.  NULL when set is NULL or empty. */
const char *sl_profil_kebutuhan_teks(apr_pool_t *p, const char *set,
                                     const char *lainnya);

#endif
