/* The public archive's rules that need no server (arsip_rules.c): finding
 * likely personal data in a request's text before it is published, the
 * suggested text with it removed, the words of the archive's word index
 * (arsip_kata), and the search words for a FULLTEXT index (the DIP's, in
 * "cari dulu"). */
#ifndef SIALIP_ARSIP_RULES_H
#define SIALIP_ARSIP_RULES_H

#include <apr_pools.h>
#include <apr_tables.h>

typedef enum {
    ARSIP_TANDA_NIK,          /* 16 digits: a NIK */
    ARSIP_TANDA_TELEPON,      /* 9-15 digits starting 0, 62 or +62 */
    ARSIP_TANDA_EMAIL,
    ARSIP_TANDA_NAMA,         /* the applicant's full name */
    ARSIP_TANDA_NAMA_BAGIAN   /* one word (4+ letters) of the name */
} arsip_tanda_jenis;

typedef struct {
    apr_size_t awal, panjang;  /* byte offset and length in the text */
    arsip_tanda_jenis jenis;
} arsip_tanda;

/* The likely personal data in text, in order and not overlapping (an
 * array of arsip_tanda).  name is the applicant's name (may be NULL). */
apr_array_header_t *arsip_tanda_cari(apr_pool_t *p, const char *text,
                                     const char *name);
/* The flag's kind as the view's attribute ("nik", "telepon", ...). */
const char *arsip_tanda_kode(arsip_tanda_jenis jenis);
/* True when a flag is of a kind that may never be published (all but
 * NAMA_BAGIAN, which may be a place or a common word). */
int arsip_tanda_terlarang(arsip_tanda_jenis jenis);
/* text with every flagged span replaced by "[dihapus]". */
const char *arsip_samarkan(apr_pool_t *p, const char *text,
                           const apr_array_header_t *tanda);
/* The search words of q for MATCH ... AGAINST (... IN BOOLEAN MODE):
 * "+word*" for each run of letters or digits of 3 bytes or more (at most
 * 8, each at most 40 bytes), so the boolean operators of the input are
 * never passed on; "" when q has none. */
const char *arsip_kueri(apr_pool_t *p, const char *q);
/* For suggestions while a citizen writes a request: any of the words
 * ("word*" each, ranked by relevance), leaving out the words every request
 * sentence has ("saya", "mohon", "data", ...). */
const char *arsip_kueri_saran(apr_pool_t *p, const char *q);

/* The words a published text is found by (the archive's word index,
 * arsip_kata): runs of letters or digits of ARSIP_KATA_MIN to
 * ARSIP_KATA_MAKS bytes, lower case (ASCII), without the words every
 * request has ("saya", "mohon", "data", ...), each once, in order; at most
 * maks (0: all).  The search splits its words the same way. */
#define ARSIP_KATA_MIN 3
#define ARSIP_KATA_MAKS 40
apr_array_header_t *arsip_kata(apr_pool_t *p, const char *text, int maks);

#endif
