/* The public archive of answered requests: the public pages (arsip.c), the
 * officers' publication step (arsip_kelola.c) and the "cari dulu" search
 * on the request form (arsip_cari_dulu.c). */
#ifndef SIALIP_ARSIP_H
#define SIALIP_ARSIP_H

#include "sl_request.h"
#include "permohonan_rules.h"

extern const sl_feature sialip_arsip_feature;
extern const sl_feature sialip_arsip_kelola_feature;
extern const sl_feature sialip_cari_dulu_feature;

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

/* A search's condition on the word index arsip_kata k (migration 130): the
 * rarest word, then the others ('' when absent), each one unique lookup of
 * (kata, permohonan_id) per request (a scalar subquery: an EXISTS here was
 * materialized whole for every search).  7 arguments. */
#define ARSIP_KATA_LAIN \
    " AND (%s = '' OR (SELECT k2.permohonan_id FROM arsip_kata k2 WHERE k2.kata = %s " \
    "AND k2.permohonan_id = k.permohonan_id) IS NOT NULL)"
#define ARSIP_KATA \
    "k.kata = %s" ARSIP_KATA_LAIN ARSIP_KATA_LAIN ARSIP_KATA_LAIN
int sialip_arsip_kata_pilih(sl_ctx *c, const char *q, int maks, int wajib,
                            const char *pilih[ARSIP_KATA_CARI]);

#endif
