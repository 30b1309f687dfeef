/* The simulated Indeks Inovasi Daerah of the regency for one year, from
 * the year's catalogue and the evidence levels verified so far (pure C, no
 * APR or httpd; unit-tested in tests/unit/test_iid_hitung.c).
 *
 * The rule (docs/iid.md):
 *   SPD   = the sum over the government aspect's indicators of the score of
 *           the highest verified level (0 without one);
 *   SID_i = the same over the innovation aspect for innovation i; a rejected
 *           innovation scores 0 but stays in the divisor;
 *   total = SPD + (sum of SID_i) / MAX(pembagi_min, n)    (n: innovations reported)
 *   maks  = the SPD maximum + the SID maximum of one innovation
 *   IID   = total / maks x 100. */
#ifndef IID_HITUNG_H
#define IID_HITUNG_H

#include <stddef.h>

#define IID_SPD 0
#define IID_SID 1
#define IID_AKSI 3

typedef struct {
    int nomor;                 /* 1-35 */
    int aspek;                 /* IID_SPD or IID_SID */
    double skor[3];            /* score of levels 1, 2, 3 */
    int wajib;                 /* mandatory */
} iid_indikator;

/* What is known of one indicator: the highest verified level and the
 * highest level claimed (submitted, not yet verified); 0 for none. */
typedef struct {
    int nomor;
    int terverifikasi;
    int diklaim;
} iid_isian;

typedef struct {
    int id;                    /* the innovation, for the what-if */
    int ditolak;
    const iid_isian *isian;
    size_t n;
} iid_inovasi;

typedef struct {
    const iid_indikator *ind;
    size_t n_ind;
    const iid_isian *spd;      /* the regency's SPD evidence */
    size_t n_spd;
    const iid_inovasi *inov;
    size_t n_inov;
    int pembagi_min;           /* 10 in 2023, 12 later */
} iid_masukan;

/* One action of the what-if: raise indicator nomor (of innovation inovasi,
 * 0 for SPD) to level 3. */
typedef struct {
    int inovasi;
    int nomor;
    int dari;                  /* the level verified now */
    double tambah;             /* index points it adds */
} iid_aksi;

typedef struct {
    double spd, spd_maks;      /* the government aspect */
    double sid_jumlah;         /* sum of SID_i */
    double sid_maks;           /* the SID maximum of one innovation */
    int pembagi;               /* MAX(pembagi_min, n) */
    double total, maks, indeks;
    /* Index points the submitted but unverified claims would add. */
    double potensi_klaim;
    /* Index points lost to rejected innovations in the divisor: the index
     * with them left out of n, minus the index. */
    double rugi_ditolak;
    int wajib_kurang;          /* mandatory indicators without a verified level */
    iid_aksi aksi[IID_AKSI];   /* the actions that add most, best first */
    size_t n_aksi;
} iid_hasil;

/* Computes h from m.  Returns 0, or -1 when m is unusable (no indicator,
 * a level out of 0-3, pembagi_min below 1). */
int iid_hitung(const iid_masukan *m, iid_hasil *h);

/* The score of level (0-3) of an indicator. */
double iid_skor(const iid_indikator *ind, int level);

#endif
