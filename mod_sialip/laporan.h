/* What the annual report and semester summary's files share (laporan.c:
 * the routes and answers; laporan_isi.c: the figures; laporan_narasi.c:
 * the narrative and the frozen copy). */
#ifndef SIALIP_LAPORAN_H
#define SIALIP_LAPORAN_H

#include "calendar.h"
#include "sl_request.h"
#include "statistik_hitung.h"
#include "alur.h"

/* Who reads the annual report page (the XML is public anyway). */
#define LAP_PEMBACA (ALUR_PETUGAS | SL_ROLE_PIMPINAN | SL_ROLE_ADMIN)

typedef struct {
    int tahun;
    int bulan_dari, bulan_sampai;
    int semester;               /* 0 for the annual report */
    const char *tahun_teks, *dari, *sampai;     /* arguments */
} lap_periode;

/* One request of the per-request list, kept compact until it is written:
 * a year holds some 50,000, and as tree nodes they cost the child about
 * 100 MB of fresh memory (and its page faults) on every report. */
typedef struct {
    const char *nomor;
    st_permohonan pm;          /* keputusan: a static code or in the request pool */
    int hari;                  /* working days to the notice; -1 without one */
    st_ketepatan ket;
} lap_rincian;


/* Fills root (annual when pr->semester is 0) with the report's totals and
 * sets *daftar to its requests (lap_rincian, in request order) for the
 * caller to write after them.  Returns 0, or -1 when the database failed. */
int sialip_laporan_bangun(sl_ctx *c, xmlNodePtr root, const lap_periode *pr,
                          apr_array_header_t **daftar);

/* The attributes of b in the per-request list, in the schema's order,
 * handed to put one by one (a tree node or an xmlTextWriter).  Returns 0,
 * or -1 when put failed. */
typedef int (*lap_atribut_fn)(void *tujuan, const char *nama, const char *nilai);
int sialip_laporan_rincian_atribut(const lap_rincian *b, lap_atribut_fn put, void *tujuan);
int sialip_laporan_atribut_pohon(void *node, const char *nama, const char *nilai);
int sialip_laporan_atribut_penulis(void *w, const char *nama, const char *nilai);

/* <name>n</name>; and tenths as a decimal (nothing when there is no value,
 * tenths < 0).  Also the public statistics' (statistik.c). */
xmlNodePtr sialip_angka_xml(xmlNodePtr parent, const char *name, long n);
void sialip_persepuluh_xml(apr_pool_t *p, xmlNodePtr parent, const char *name, long tenths);
/* The four counts against the due date (tepat_waktu, terlambat, lewat_tempo,
 * belum_jatuh_tempo) as elements. */
void sialip_ketepatan_xml(xmlNodePtr parent, const st_rekap *rk);

/* Now in WIB as "2026-03-13T10:00:00+07:00" (the documents' dibuat=). */
const char *sialip_waktu_sekarang(apr_pool_t *p);
/* A new XML document, freed with p. */
xmlDocPtr sialip_xml_dok(apr_pool_t *p);

extern const sl_stmt_def sialip_laporan_isi_stmts[];

#endif
