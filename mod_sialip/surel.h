/* E-mails to applicants and officers, written into the outbox
 * (surel_keluar) in the caller's transaction, so a message exists exactly
 * when its event does; sialip-kirim delivers them. */
#ifndef SIALIP_SUREL_H
#define SIALIP_SUREL_H

#include "sl_request.h"

extern const sl_stmt_def sialip_surel_stmts[];

/* To the applicant of request permohonan_id, when they gave an e-mail:
 * subject and the body's paragraphs (NULL-terminated), with a link to
 * path (on this site).  Returns 0 (also when there is no address), -1 on a
 * database failure. */
int sialip_surel_pemohon(sl_ctx *c, const char *permohonan_id, const char *jenis,
                         const char *subjek, const char *const *paragraf,
                         const char *path);

/* To the objector of objection keberatan_id: its own e-mail (one without a
 * request) or its request's applicant's. */
int sialip_surel_keberatan(sl_ctx *c, const char *keberatan_id, const char *jenis,
                           const char *subjek, const char *const *paragraf,
                           const char *path);

/* To one address (the caller chose the recipients), about objek_id of
 * objek ("permohonan", ...). */
int sialip_surel_ke(sl_ctx *c, const char *to, const char *jenis, const char *objek,
                    const char *objek_id, const char *subjek,
                    const char *const *paragraf, const char *path);

/* To every active PPID Pelaksana of the OPD with an e-mail address. */
int sialip_surel_opd(sl_ctx *c, const char *opd_id, const char *jenis,
                     const char *objek_id, const char *subjek,
                     const char *const *paragraf, const char *path);

#endif
