/* The public archive of answered requests: the public pages (arsip.c), the
 * officers' publication step (arsip_kelola.c) and the "cari dulu" search
 * on the request form (arsip_cari_dulu.c). */
#ifndef SIALIP_ARSIP_H
#define SIALIP_ARSIP_H

#include "sl_request.h"
#include "permohonan_rules.h"

extern const sl_stmt_def sialip_arsip_stmts[];
extern const sl_stmt_def sialip_arsip_kelola_stmts[];
extern const sl_stmt_def sialip_cari_dulu_stmts[];

/* UU 14/2008 Pasal 17 a-j: what disclosure would do. */
extern const sl_choice sialip_arsip_pasal17[];
/* A request number "2026-000123". */
int sialip_arsip_nomor_valid(const char *s);
/* <keputusan kode=..> and, for a refusal, <pasal17 huruf=..>. */
void sialip_arsip_hasil_xml(xmlNodePtr parent, const char *keputusan, const char *huruf);

/* Search words: at most maks (<= ARSIP_KATA_CARI) of the words of q that
 * published requests hold, the rarest first, into pilih ("" for the rest);
 * their number, or -2 when wajib and a word of q is in no published
 * request, or -1 when the database failed. */
#define ARSIP_KATA_CARI 4
int sialip_arsip_kata_pilih(sl_ctx *c, const char *q, int maks, int wajib,
                            const char *pilih[ARSIP_KATA_CARI]);
/* A row of the archive's list, read by sialip_arsip_baris_baca from the
 * rows of sialip_arsip_cari (and the list pages of arsip.c). */
typedef struct {
    const char *nomor;
    const char *teks;          /* cut to ARSIP_CUPLIKAN characters */
    const char *keputusan;
    const char *pasal17;
    const char *diterima, *diputus;
    const char *hari_kerja;
    const char *opd;           /* the OPDs' names, "; " between them */
    const char *panjang;       /* the whole text's length */
} sialip_arsip_baris;
void sialip_arsip_baris_baca(const sl_rows *rows, int i, sialip_arsip_baris *out);

/* A page of the published requests holding every word of kata (as chosen
 * above, the rarest first), newest first: rows of sialip_arsip_baris. */
int sialip_arsip_cari(sl_ctx *c, const char *const kata[ARSIP_KATA_CARI], const char *limit,
                      const char *offset, sl_rows **rows);

#endif
