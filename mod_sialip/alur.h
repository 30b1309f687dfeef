/* What the workflow files (kotak.c, proses.c, pemberitahuan.c,
 * keberatan.c) share: who sees which request, and loading one request
 * within the signed-in officer's scope. */
#ifndef SIALIP_ALUR_H
#define SIALIP_ALUR_H

#include "calendar.h"
#include "roles.h"
#include "sl_request.h"

/* Roles that see every request; a PPID Pelaksana sees the requests routed
 * to its OPD (and not routed away again). */
#define ALUR_SEMUA_OPD (SL_ROLE_PPID_UTAMA | SL_ROLE_ATASAN_PPID)
/* Roles that work on requests at all. */
#define ALUR_PETUGAS (SL_ROLE_PPID_UTAMA | SL_ROLE_PPID_PELAKSANA \
                      | SL_ROLE_ATASAN_PPID)

/* The row alur_muat returns: these columns of permohonan p, in the order
 * of the enum below. */
#define ALUR_KOLOM \
    "p.id, p.nomor, p.status, p.diterima_pada, p.hari_nol, " \
    "p.jatuh_tempo, p.jatuh_tempo_perpanjangan, p.alasan_perpanjangan, " \
    "p.nama, p.jenis_pemohon, p.nik, p.nomor_badan_hukum, p.alamat, " \
    "p.telepon, p.email, p.pekerjaan, p.rincian, p.tujuan, " \
    "p.cara_memperoleh, p.cara_salinan, p.kanal, p.identitas_berkas_id, " \
    "p.selesai_pada, p.hari_jeda"
enum {
    ALUR_ID, ALUR_NOMOR, ALUR_STATUS, ALUR_DITERIMA, ALUR_HARI_NOL,
    ALUR_TEMPO, ALUR_TEMPO_PERPANJANGAN, ALUR_ALASAN_PERPANJANGAN,
    ALUR_NAMA, ALUR_JENIS, ALUR_NIK, ALUR_NOMOR_BH, ALUR_ALAMAT,
    ALUR_TELEPON, ALUR_EMAIL, ALUR_PEKERJAAN, ALUR_RINCIAN, ALUR_TUJUAN,
    ALUR_CARA_MEMPEROLEH, ALUR_CARA_SALINAN, ALUR_KANAL, ALUR_IDENTITAS,
    ALUR_SELESAI, ALUR_HARI_JEDA
};

extern const sl_stmt_def sialip_alur_stmts[];

/* The request numbered nomor if the officer's scope includes it, locked
 * FOR UPDATE when inside a transaction; NULL when there is none (the
 * caller answers 404 whether it does not exist or is another OPD's).
 * *failed is set when the database failed. */
const sl_rows *alur_muat(sl_ctx *c, const char *nomor, int *failed);

/* 404 for a request outside the officer's scope or unknown. */
int alur_tidak_ditemukan(sl_ctx *c);
/* 503 when a statement failed; nothing was changed. */
int alur_gangguan(sl_ctx *c);
/* 409 with a message for a step the request's state does not allow. */
int alur_ditolak(sl_ctx *c, const char *pesan);
/* Commits the change and sends the officer back to the request's page at
 * anchor ("#keberatan"); the outage page when the commit fails. */
int alur_simpan_lalu_tampil(sl_ctx *c, const char *nomor, const char *anchor);

/* <tenggat>: day 0 and why, the notice's due date (10 working days) and
 * the non-working days skipped, counted on the current calendar; with
 * <perpanjangan> (7 more working days, and the reasons) when extension_reason
 * is not NULL. */
void alur_tenggat_xml(sl_ctx *c, xmlNodePtr parent, const sl_calendar *cal,
                      const char *received_utc, const char *stored_day0,
                      const char *extension_reason);

/* The same when a clarification stopped the clock for hari_jeda working
 * days: the notice is due 10 + hari_jeda working days after day 0
 * (<pemberitahuan hari_jeda="n">). */
void alur_tenggat_jeda_xml(sl_ctx *c, xmlNodePtr parent, const sl_calendar *cal,
                           const char *received_utc, const char *stored_day0,
                           const char *extension_reason, int hari_jeda);

/* <name hari_kerja="n">: the date n working days after from, and the days
 * skipped; returns the date. */
sl_day alur_hitung_xml(sl_ctx *c, xmlNodePtr parent, const char *name,
                       const sl_calendar *cal, sl_day from, int n);

/* True when the request is still open (no written notice yet). */
int alur_terbuka(const sl_rows *p);

#endif
