/* A monitoring report between the files that serve it: monitoring.c (the
 * report page, verification, evidence), monitoring_isi.c (the officer's
 * save and submission) and laporan_daftar.c (an innovation's reports). */
#ifndef INOVASI_MONITORING_H
#define INOVASI_MONITORING_H

#include "inovasi.h"

/* One report row (inovasi_laporan). */
typedef struct {
    const char *id, *status, *narasi, *catatan, *diubah_pada, *diajukan_pada,
        *diverifikasi_pada, *verifikator;
    const char *diajukan_tanggal;  /* the WIB date it was submitted */
} inovasi_laporan_baris;

/* One indicator of the report's design with its value and evidence. */
typedef struct {
    const char *id, *dimensi, *nama, *satuan, *baseline, *target, *arah,
        *bobot, *nilai, *tautan, *berkas_id, *berkas_nama, *berkas_mime;
} inovasi_laporan_nilai;

typedef struct {
    const char *id, *periode_id;
    const sl_rows *inovasi;               /* profile row (inovasi_muat) */
    sl_rows *periode;                     /* the period, read by monitoring.c */
    const inovasi_laporan_baris *laporan; /* NULL: no report yet */
    const inovasi_laporan_nilai *indikator;
    int nindikator;
} inovasi_laporan_ctx;

/* Loads the innovation of the route's {id} (within semua's scope), the
 * period {periode} (of the innovation's years) and the report with its
 * values.  Returns OK when loaded, else the response already sent (*sent). */
int inovasi_laporan_muat(sl_ctx *c, inovasi_laporan_ctx *l, unsigned semua, int *sent);
/* Inside a transaction: the report row, locked; returns 0 (*out NULL when
 * there is none) or -1 on a database error. */
int inovasi_laporan_kunci(sl_ctx *c, const char *id, const char *periode_id,
                          const inovasi_laporan_baris **out);
/* The report page, with errors beside the fields. */
int inovasi_laporan_tampil(sl_ctx *c, const inovasi_laporan_ctx *l, int status,
                           apr_array_header_t *errors);
/* Whether a report in status may still be changed by the officer. */
int inovasi_laporan_terbuka(const char *status);
/* The report's page address. */
const char *inovasi_laporan_alamat(sl_ctx *c, const inovasi_laporan_ctx *l);
/* Late: not submitted by the due date; submitted late: after it.  A
 * period that ended before the innovation was registered (sebelum) is not
 * owed: never late, though a report may still be sent. */
void inovasi_laporan_keterlambatan(xmlNodePtr n, const char *status, const char *lewat,
                                   const char *diajukan, const char *tenggat, int sebelum);

#endif
