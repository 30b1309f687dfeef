/* The Survei Kepuasan Masyarakat's index (PermenPANRB 14/2017): nine
 * service elements, each answered 1 (tidak baik) to 4 (sangat baik).
 * Per element the mean of its answers (NRR); the index IKM is the mean of
 * the nine NRR times 25, graded A 88.31-100 (sangat baik), B 76.61-88.30
 * (baik), C 65.00-76.60 (kurang baik), D 25.00-64.99 (tidak baik).
 * Pure C: unit-tested without a server. */
#ifndef SL_SURVEI_HITUNG_H
#define SL_SURVEI_HITUNG_H

#include "permohonan_rules.h"

#define SL_SURVEI_UNSUR 9

/* The nine elements, in the regulation's order: value "u1".."u9". */
extern const sl_choice sl_survei_unsur[SL_SURVEI_UNSUR + 1];
/* The four answers, "1".."4", with their words. */
extern const sl_choice sl_survei_jawaban[];
/* The optional respondent profile's choices. */
extern const sl_choice sl_survei_jenis_kelamin[];
extern const sl_choice sl_survei_pendidikan[];
extern const sl_choice sl_survei_pekerjaan[];

typedef struct {
    long jumlah[SL_SURVEI_UNSUR];  /* sum of the answers per element */
    long responden;                /* questionnaires counted */
} sl_survei_rekap;

/* NRR of element i in hundredths (325 = 3.25); 0 without respondents.
 * Rounded half up, as the index is. */
long sl_survei_nrr(const sl_survei_rekap *r, int i);
/* IKM in hundredths (8125 = 81.25), from the unrounded means; 0 without
 * respondents. */
long sl_survei_ikm(const sl_survei_rekap *r);
/* The grade of an IKM in hundredths: "A".."D", and its words in *mutu;
 * NULL (and *mutu NULL) for 0, "belum ada responden". */
const char *sl_survei_grade(long ikm_hundredths, const char **mutu);

#endif
