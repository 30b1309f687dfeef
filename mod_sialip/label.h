/* The words staff pages show for stored codes (issue 17): one label table
 * per concept, so no page prints "jawab_bagian", "d,e" or "diterima". */
#ifndef SIALIP_LABEL_H
#define SIALIP_LABEL_H

#include <apr_pools.h>
#include "permohonan_rules.h"

/* Audit actions on requests and objections (audit.aksi). */
extern const sl_choice sialip_aksi_choices[];
/* An objection's state (keberatan.status). */
extern const sl_choice sialip_status_keberatan_choices[];
/* A routed part's state (disposisi.status). */
extern const sl_choice sialip_status_bagian_choices[];

/* An audit row's "before" value in words: a request's or objection's
 * status by its label, "jatuh tempo YYYY-MM-DD" with the long date; any
 * other text as it is.  objek is the audit row's object kind. */
const char *sialip_label_sebelum(apr_pool_t *p, const char *aksi, const char *objek,
                                 const char *sebelum);

/* A request's status as the citizen reads it (diperpanjang: the deadline
 * was extended). */
const char *sialip_label_status(const char *status, int diperpanjang);

/* An ISO date (YYYY-MM-DD) as the long Indonesian date; NULL stays NULL
 * and text that is not a date comes back unchanged. */
const char *sialip_label_tanggal(apr_pool_t *p, const char *iso);

#endif
