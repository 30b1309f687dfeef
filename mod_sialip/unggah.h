/* One upload path for the files citizens and officers send with a request:
 * the identity document of a filing (permohonan.c) and the attachments of
 * the conversation (percakapan.c) are checked, stored and recorded by the
 * same three steps. */
#ifndef SIALIP_UNGGAH_H
#define SIALIP_UNGGAH_H

#include "filetype.h"
#include "sl_request.h"


/* The uploaded file of field, if any: at most SialipMaxUpload bytes, and a
 * PDF, JPEG or PNG by its first bytes (never by its name or the browser's
 * type).  Returns it and sets *type, or NULL; a refused file adds an
 * sl_field_error ("<label> paling besar N MB." / "<label> harus berkas
 * PDF, JPEG, atau PNG.") to errors. */
const sl_upload *sialip_unggah_periksa(sl_ctx *c, apr_array_header_t *errors,
                                       const char *field, const char *label,
                                       const sl_filetype **type);

/* Writes the file to the content-addressed store (fsynced) before the
 * transaction that names it; *stored_new says this call created it (to be
 * removed with sialip_berkas_buang when the transaction fails).  Its
 * SHA-256, or NULL when the store failed (logged). */
const char *sialip_unggah_tulis(sl_ctx *c, const sl_upload *up, int *stored_new);

/* Inside the caller's transaction: the berkas row of a stored file; its
 * id, or NULL when a statement failed.  Takes the content's lock first
 * (sialip_berkas_pastikan). */
const char *sialip_unggah_catat(sl_ctx *c, const char *sha256, const sl_upload *up,
                                const sl_filetype *type);

/* Inside the caller's transaction, before a row names stored content
 * sha256: takes the content's lock (table berkas_kunci, held until the
 * commit), under which nobody removes the file (the retention job,
 * sialip_berkas_buang), and makes sure the file is there, writing up again
 * if it went meanwhile.  0, or -1 when a statement or the store failed
 * (logged). */
int sialip_berkas_pastikan(sl_ctx *c, const char *sha256, const sl_upload *up);
/* The lock alone (0 or the statement's error). */
int sialip_berkas_kunci(sl_ctx *c, const char *sha256);

#endif
