/* The band editors of the year settings (tahun.c) and of the Indeks
 * Inovasi Daerah (iid.c): the rows a form posts, checked one way, and the
 * year's bands replaced with their audit text. */
#ifndef INOVASI_PITA_H
#define INOVASI_PITA_H

#include "inovasi.h"

#define INOVASI_PITA_MAKS 10

/* A row as typed: pita_nama_k, pita_bawah_k, pita_atas_k. */
typedef struct {
    const char *nama, *bawah, *atas;
} inovasi_pita_teks;

/* The bands read, with their limits as stored ("65.01"). */
typedef struct {
    capaian_pita pita[INOVASI_PITA_MAKS];
    char bawah[INOVASI_PITA_MAKS][32], atas[INOVASI_PITA_MAKS][32];
    size_t n;
} inovasi_pita_isi;

/* A normalised number with at most two decimals. */
int inovasi_dua_desimal(const char *norm);

/* Reads nrows typed rows (at most INOVASI_PITA_MAKS; blank rows skipped)
 * into out, with an error beside a row's name field (pita_nama_k) for its
 * name (cek_nama, may be NULL: a further refusal of a name) or its limits
 * (salah_angka), and then beside "pita" when the bands overlap or leave a
 * gap. */
void inovasi_pita_baca(sl_ctx *c, apr_array_header_t *errors,
                       const inovasi_pita_teks *rows, int nrows,
                       const char *(*cek_nama)(const char *nama),
                       const char *salah_angka, inovasi_pita_isi *out);

/* Inside the caller's transaction: the year's bands replaced through the
 * statements hapus (tahun) and buat (tahun, urutan, nama, bawah, atas);
 * returns the audit's JSON list of them. */
const char *inovasi_pita_tulis(sl_ctx *c, const char *tahun, const inovasi_pita_isi *b,
                               const char *hapus, const char *buat);

#endif
