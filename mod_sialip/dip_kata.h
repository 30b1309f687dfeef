/* Word search of the public DIP (dip_cari.c): a citizen's words become
 * regular expressions that MariaDB's REGEXP (PCRE) checks at the start of
 * words, so "kesehatan ibu" finds an entry holding both words in any order
 * and short words ("KB", "air") count as well as long ones.  Pure C:
 * unit-tested without a server. */
#ifndef SL_DIP_KATA_H
#define SL_DIP_KATA_H

#include <apr_pools.h>

/* The most words of one search that count (the rest are ignored). */
#define SL_DIP_KATA_MAKS 6

/* Splits q into words: runs of ASCII letters, digits and '_' or of bytes
 * of multibyte UTF-8 characters; ASCII lower-cased; a repeated word once;
 * a word cut at 40 bytes (on a character boundary).  Fills kata[0..n-1]
 * and returns n (at most maks). */
int sl_dip_kata(apr_pool_t *pool, const char *q, const char **kata, int maks);

/* One word at the start of a word anywhere: "(?i)\bkata". */
const char *sl_dip_pola_kata(apr_pool_t *pool, const char *kata);

/* Any of the words: "(?i)\b(?:w1|w2)". */
const char *sl_dip_pola_salah_satu(apr_pool_t *pool, const char *const *kata, int n);

/* The words next to each other in this order (the phrase ranks first):
 * "(?i)\bw1\W+w2"; "" for fewer than two words. */
const char *sl_dip_pola_frasa(apr_pool_t *pool, const char *const *kata, int n);

#endif
