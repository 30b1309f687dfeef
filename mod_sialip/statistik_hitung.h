/* The figures of the reports and the public statistics (Perki 1/2021
 * Pasal 56; DOMAIN.md "Registers and reports"), computed from one record
 * per request: outcomes, refusals by reason, working days from day 0 to
 * the written notice, on time or late, medians and rates, and the geometry
 * of the server-drawn SVG bar charts.  Pure C (APR and the calendar only):
 * unit-tested without a server. */
#ifndef SIALIP_STATISTIK_HITUNG_H
#define SIALIP_STATISTIK_HITUNG_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "calendar.h"

/* Outcomes of the written notice, in the order reports list them. */
enum {
    ST_DIBERIKAN_SELURUHNYA,
    ST_DIBERIKAN_SEBAGIAN,
    ST_DITOLAK_DIKECUALIKAN,
    ST_DITOLAK_PROSEDURAL,
    ST_TIDAK_DIKUASAI,
    ST_BELUM_DIKUASAI,
    ST_KEPUTUSAN_N
};
/* The code of outcome i ("diberikan_seluruhnya", ...). */
const char *st_keputusan_kode(int i);
/* The index of an outcome code, or -1 when unknown or NULL. */
int st_keputusan_indeks(const char *kode);

/* Service time in working days: the buckets reports show, by their upper
 * bounds (the last is open-ended): 0-5, 6-10 (the statutory 10), 11-17
 * (within the one extension of 7), more than 17. */
#define ST_KELOMPOK_N 4
extern const int st_kelompok_batas[ST_KELOMPOK_N - 1];   /* 5, 10, 17 */
/* The bucket of n working days (0 .. ST_KELOMPOK_N - 1). */
int st_kelompok(int hari);

/* One request as the figures see it. */
typedef struct {
    sl_day diterima;           /* WIB date of receipt */
    int bulan;                 /* its month, 1-12 */
    const char *keputusan;     /* outcome code; NULL when no notice yet */
    char pasal17;              /* 'a'-'j' for a refusal on an exemption, else 0 */
    sl_day hari_nol;           /* day 0 of the clock */
    sl_day tempo;              /* due date, the extended one when extended */
    int diperpanjang;
    int perpanjangan_telat;    /* extended after the first due date had passed */
    int dijawab;               /* a written notice was issued */
    sl_day tanggal_pemberitahuan;   /* its WIB date when dijawab */
} st_permohonan;

/* Fills p from a request's stored columns: receipt time (UTC), day 0, due
 * date and extended due date (ISO dates, the latter NULL when not
 * extended), the notice's outcome, issue time (UTC) and Pasal 17 letter
 * (NULL when there is no notice or no exemption).  Returns 0, or -1 when a
 * required value is missing or malformed. */
int st_permohonan_isi(st_permohonan *p, const char *diterima_utc,
                      const char *hari_nol, const char *jatuh_tempo,
                      const char *perpanjangan, const char *keputusan,
                      const char *diterbitkan_utc, const char *pasal17);

/* A late extension (decided at diperpanjang_utc, after the first due date
 * jatuh_tempo: Pasal 22(8) allows one only before it) does not move the due
 * date the figures count against: p->tempo goes back to the first due date
 * and p->perpanjangan_telat is set.  Nothing changes for an extension in
 * time or when either value is missing. */
void st_permohonan_perpanjangan(st_permohonan *p, const char *jatuh_tempo,
                                const char *diperpanjang_utc);

typedef enum {
    ST_TEPAT_WAKTU,            /* notice on or before the due date */
    ST_TERLAMBAT,              /* notice after the due date */
    ST_BELUM_JATUH_TEMPO,      /* no notice, due date not passed */
    ST_LEWAT_TEMPO             /* no notice and the due date has passed */
} st_ketepatan;

/* Working days from day 0 to the notice on cal (0 when issued on day 0 or
 * before it); -1 when there is no notice. */
int st_hari_layanan(const sl_calendar *cal, const st_permohonan *p);
/* Where the request stands against its due date on day today. */
st_ketepatan st_ketepatan_of(const st_permohonan *p, sl_day today);

/* Totals over a set of requests. */
typedef struct {
    int jumlah;                        /* requests */
    int dijawab;                       /* with a written notice */
    int per_bulan[12];
    int keputusan[ST_KEPUTUSAN_N];
    int pasal17[10];                   /* refusals by Pasal 17 letter a-j */
    int tepat_waktu, terlambat, belum_jatuh_tempo, lewat_tempo;
    int diperpanjang;
    int kelompok[ST_KELOMPOK_N];       /* answered requests by service time */
    long hari_total;                   /* sum of service days (answered) */
    int hari_maks;                     /* -1 when none answered */
    int hari_min;
    apr_array_header_t *hari;          /* int: each answered request's days */
} st_rekap;

void st_rekap_init(st_rekap *rk, apr_pool_t *pool);
/* Adds p; returns its service days (-1 when unanswered) and sets *ket. */
int st_rekap_tambah(st_rekap *rk, const sl_calendar *cal, sl_day today,
                    const st_permohonan *p, st_ketepatan *ket);

/* The median of n values (sorted in place), as tenths (65 = 6.5), or -1
 * when n is 0. */
long st_median_persepuluh(int *nilai, int n);
/* The median of the service days of rk, as tenths; -1 when none. */
long st_rekap_median(st_rekap *rk);
/* part/whole as a percentage in tenths, rounded half up (875 = 87.5%);
 * -1 when whole is 0. */
long st_persen_persepuluh(long part, long whole);
/* The on-time rate of rk in tenths of a percent: notices on time among
 * the requests whose due date has come (answered, or open past due);
 * -1 when there are none. */
long st_rekap_tepat_persen(const st_rekap *rk);
/* The mean service days in tenths; -1 when none answered. */
long st_rekap_rata(const st_rekap *rk);

/* Tenths as a decimal for XML ("6.5", "12", "-" never: callers test for
 * -1 first). */
const char *st_persepuluh_teks(apr_pool_t *pool, long tenths);

/* ---- SVG bar charts (geometry in user units of the viewBox) ---------- */

/* The smallest "round" axis maximum (1, 2 or 5 times a power of ten, at
 * least 1) not below max. */
int st_skala(int max);

typedef struct {
    int x, y, lebar, tinggi;
} st_kotak;

/* The plot area of a chart. */
typedef struct {
    int x, y, lebar, tinggi;
} st_bidang;

/* Vertical bars for n values side by side in area, scaled so that skala
 * fills the height; each bar leaves a gap of a quarter of its slot.  A
 * non-zero value is at least 1 unit tall. */
void st_batang_tegak(const int *nilai, int n, int skala, const st_bidang *area,
                     st_kotak *keluar);
/* Horizontal bars, one per row of area's height / n, scaled so that
 * skala fills the width. */
void st_batang_datar(const int *nilai, int n, int skala, const st_bidang *area,
                     st_kotak *keluar);
/* The y of value v on a vertical axis of area scaled to skala. */
int st_sumbu_y(int v, int skala, const st_bidang *area);

#endif
