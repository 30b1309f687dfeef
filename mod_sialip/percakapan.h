/* The conversation on a request (issue 18): messages with attachments
 * between the applicant (number and tracking code) and the officers whose
 * scope has the request; the PPID's request for clarification ("menunggu
 * klarifikasi") and the applicant's answer, with the notice's clock
 * stopped meanwhile when SialipKlarifikasiJeda is on; a closed request
 * reopened with a reason and closed again.  docs/PERCAKAPAN.md. */
#ifndef SIALIP_PERCAKAPAN_H
#define SIALIP_PERCAKAPAN_H

#include "filetype.h"
#include "sl_request.h"

/* Longest message, reason or note, in characters. */
#define PERCAKAPAN_MAKS 4000

/* <percakapan> under parent: whether it is open, the open clarification
 * and reopening, every message (officers named by their office for the
 * applicant, by name for staff) with its attachment's link. */
void sialip_percakapan_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id,
                           const char *nomor, const char *status, int for_staff);

/* A message as posted: the text (field "isi", or name) and the optional
 * attachment ("lampiran"); stored file and whether this request wrote it. */
typedef struct {
    const char *isi;
    const sl_upload *up;
    const sl_filetype *type;
    const char *sha;
    int stored_new;
} percakapan_masuk;

/* Reads and checks the text field name (required, at most PERCAKAPAN_MAKS
 * characters, labelled label in messages) and the attachment; the errors
 * (sl_field_error; fields name and "lampiran"). */
apr_array_header_t *percakapan_baca(sl_ctx *c, percakapan_masuk *m, const char *name,
                                    const char *label);

/* Stores the attachment in the upload store before the transaction; 0, or
 * -1 with an error beside "lampiran" appended. */
int percakapan_tulis_berkas(sl_ctx *c, percakapan_masuk *m, apr_array_header_t *errors);

/* After a failed transaction: the attachment this request stored and no
 * row names is removed. */
void percakapan_buang_berkas(sl_ctx *c, const percakapan_masuk *m);

/* Inside the caller's transaction: the message row (pengirim "pemohon" or
 * "petugas", jenis pesan/klarifikasi/jawaban/buka/tutup) with its
 * attachment's berkas row, and the audit row of the message.  Its id, or
 * NULL when a statement failed. */
const char *percakapan_simpan(sl_ctx *c, const char *permohonan_id, const char *nomor,
                              const char *pengirim, const char *jenis,
                              const percakapan_masuk *m);

/* What the conversation of a request allows now: open (the request is not
 * closed, or is reopened), an open clarification's id and whether it
 * stops the clock, an open reopening's id.  0, or -1 when the database
 * failed.  Inside a transaction the rows are read as they are locked. */
typedef struct {
    int terbuka;
    const char *klarifikasi_id, *klarifikasi_diminta;
    int klarifikasi_jeda;
    const char *buka_id, *buka_tindak_lanjut;
} percakapan_keadaan;
int percakapan_keadaan_baca(sl_ctx *c, const char *permohonan_id, const char *status,
                            percakapan_keadaan *k);
/* The same from columns the caller read (permohonan_cari's). */
void percakapan_keadaan_dari(percakapan_keadaan *k, const char *status,
                             const char *klarifikasi_id, const char *klarifikasi_diminta,
                             const char *klarifikasi_jeda, const char *buka_id,
                             const char *buka_tindak_lanjut);
/* sialip_percakapan_xml with the state read already (NULL: the database
 * failed) and whether any message is on record (0: none asked for). */
void sialip_percakapan_xml_dengan(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id,
                                  const char *nomor, const char *status, int for_staff,
                                  const percakapan_keadaan *k, int ada_pesan);

/* The e-mail of a new message to the officers of the request (PPID Utama
 * and the PPID Pelaksana of the OPDs it is routed to): 0 or -1. */
int percakapan_kabari_petugas(sl_ctx *c, const char *permohonan_id, const char *nomor,
                              const char *subjek, const char *paragraf);

/* 1 while the notice's clock runs (no written notice yet). */
int percakapan_jam_berjalan(const char *status);

#endif
