#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include "statistik_hitung.h"
#include "keberatan_rules.h"

static const char *const keputusan_kode[ST_KEPUTUSAN_N] = {
    "diberikan_seluruhnya", "diberikan_sebagian", "ditolak_dikecualikan",
    "ditolak_prosedural", "tidak_dikuasai", "belum_dikuasai"
};

const char *st_keputusan_kode(int i)
{
    return i >= 0 && i < ST_KEPUTUSAN_N ? keputusan_kode[i] : NULL;
}

int st_keputusan_indeks(const char *kode)
{
    int i;
    for (i = 0; kode && i < ST_KEPUTUSAN_N; i++) {
        if (strcmp(kode, keputusan_kode[i]) == 0) {
            return i;
        }
    }
    return -1;
}

const int st_kelompok_batas[ST_KELOMPOK_N - 1] = {5, 10, 17};

int st_kelompok(int hari)
{
    int i;
    for (i = 0; i < ST_KELOMPOK_N - 1; i++) {
        if (hari <= st_kelompok_batas[i]) {
            return i;
        }
    }
    return ST_KELOMPOK_N - 1;
}

int st_permohonan_isi(st_permohonan *p, const char *diterima_utc,
                      const char *hari_nol, const char *jatuh_tempo,
                      const char *perpanjangan, const char *keputusan,
                      const char *diterbitkan_utc, const char *pasal17)
{
    sl_day received;
    int y, m, d;

    memset(p, 0, sizeof(*p));
    if (!diterima_utc || sl_wib_day(diterima_utc, &received) != 0 || !hari_nol
        || sl_day_parse_iso(hari_nol, &p->hari_nol) != 0 || !jatuh_tempo
        || sl_day_parse_iso(perpanjangan ? perpanjangan : jatuh_tempo, &p->tempo) != 0) {
        return -1;
    }
    sl_day_to_ymd(received, &y, &m, &d);
    p->diterima = received;
    p->bulan = m;
    p->diperpanjang = perpanjangan != NULL;
    if (diterbitkan_utc) {
        if (sl_wib_day(diterbitkan_utc, &p->tanggal_pemberitahuan) != 0) {
            return -1;
        }
        p->dijawab = 1;
        p->keputusan = keputusan;
        if (pasal17 && pasal17[0] >= 'a' && pasal17[0] <= 'j' && !pasal17[1]) {
            p->pasal17 = pasal17[0];
        }
    }
    return 0;
}

void st_permohonan_perpanjangan(st_permohonan *p, const char *jatuh_tempo,
                                const char *diperpanjang_utc)
{
    sl_day first, decided;
    if (!p->diperpanjang || !jatuh_tempo || !diperpanjang_utc
        || sl_day_parse_iso(jatuh_tempo, &first) != 0
        || sl_wib_day(diperpanjang_utc, &decided) != 0) {
        return;
    }
    if (!sl_perpanjangan_tepat(first, decided)) {
        p->tempo = first;
        p->perpanjangan_telat = 1;
    }
}

int st_hari_layanan(const sl_calendar *cal, const st_permohonan *p)
{
    if (!p->dijawab) {
        return -1;
    }
    return sl_calendar_working_days_between(cal, p->hari_nol,
                                            p->tanggal_pemberitahuan);
}

st_ketepatan st_ketepatan_of(const st_permohonan *p, sl_day today)
{
    if (p->dijawab) {
        return p->tanggal_pemberitahuan <= p->tempo ? ST_TEPAT_WAKTU
                                                    : ST_TERLAMBAT;
    }
    return today > p->tempo ? ST_LEWAT_TEMPO : ST_BELUM_JATUH_TEMPO;
}

void st_rekap_init(st_rekap *rk, apr_pool_t *pool)
{
    memset(rk, 0, sizeof(*rk));
    rk->hari_maks = -1;
    rk->hari_min = -1;
    rk->hari = apr_array_make(pool, 64, sizeof(int));
}

int st_rekap_tambah(st_rekap *rk, const sl_calendar *cal, sl_day today,
                    const st_permohonan *p, st_ketepatan *ket)
{
    int hari = st_hari_layanan(cal, p);
    int k = st_keputusan_indeks(p->keputusan);
    st_ketepatan t = st_ketepatan_of(p, today);

    rk->jumlah++;
    if (p->bulan >= 1 && p->bulan <= 12) {
        rk->per_bulan[p->bulan - 1]++;
    }
    if (p->diperpanjang) {
        rk->diperpanjang++;
    }
    switch (t) {
    case ST_TEPAT_WAKTU:
        rk->tepat_waktu++;
        break;
    case ST_TERLAMBAT:
        rk->terlambat++;
        break;
    case ST_BELUM_JATUH_TEMPO:
        rk->belum_jatuh_tempo++;
        break;
    case ST_LEWAT_TEMPO:
        rk->lewat_tempo++;
        break;
    }
    if (p->dijawab) {
        rk->dijawab++;
        if (k >= 0) {
            rk->keputusan[k]++;
        }
        if (k == ST_DITOLAK_DIKECUALIKAN && p->pasal17 >= 'a' && p->pasal17 <= 'j') {
            rk->pasal17[p->pasal17 - 'a']++;
        }
        rk->kelompok[st_kelompok(hari)]++;
        rk->hari_total += hari;
        if (hari > rk->hari_maks) {
            rk->hari_maks = hari;
        }
        if (rk->hari_min < 0 || hari < rk->hari_min) {
            rk->hari_min = hari;
        }
        APR_ARRAY_PUSH(rk->hari, int) = hari;
    }
    if (ket) {
        *ket = t;
    }
    return hari;
}

static int compare_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

long st_median_persepuluh(int *nilai, int n)
{
    if (n <= 0) {
        return -1;
    }
    qsort(nilai, (size_t)n, sizeof(int), compare_int);
    if (n % 2) {
        return (long)nilai[n / 2] * 10;
    }
    /* The mean of the two middle values: a whole or a half. */
    return ((long)nilai[n / 2 - 1] + nilai[n / 2]) * 5;
}

long st_rekap_median(st_rekap *rk)
{
    return st_median_persepuluh((int *)rk->hari->elts, rk->hari->nelts);
}

long st_persen_persepuluh(long part, long whole)
{
    if (whole <= 0) {
        return -1;
    }
    /* round(part * 1000 / whole), half up, in integers */
    return (part * 2000 + whole) / (2 * whole);
}

long st_rekap_tepat_persen(const st_rekap *rk)
{
    return st_persen_persepuluh(rk->tepat_waktu,
                                (long)rk->tepat_waktu + rk->terlambat + rk->lewat_tempo);
}

long st_rekap_rata(const st_rekap *rk)
{
    if (rk->dijawab <= 0) {
        return -1;
    }
    return (rk->hari_total * 20 + rk->dijawab) / (2L * rk->dijawab);
}

const char *st_persepuluh_teks(apr_pool_t *pool, long tenths)
{
    if (tenths % 10 == 0) {
        return apr_psprintf(pool, "%ld", tenths / 10);
    }
    return apr_psprintf(pool, "%s%ld.%ld", tenths < 0 ? "-" : "",
                        labs(tenths) / 10, labs(tenths) % 10);
}

/* ---- SVG geometry ---------------------------------------------------- */

int st_skala(int max)
{
    long step = 1;
    if (max <= 1) {
        return 1;
    }
    for (;;) {
        if (max <= step) {
            return (int)step;
        }
        if (max <= 2 * step) {
            return (int)(2 * step);
        }
        if (max <= 5 * step) {
            return (int)(5 * step);
        }
        step *= 10;
    }
}

/* v scaled to length (rounded), at least 1 when v > 0, at most length. */
static int skala_ke(int v, int skala, int length)
{
    long px;
    if (v <= 0 || skala <= 0) {
        return 0;
    }
    px = ((long)v * length * 2 + skala) / (2L * skala);
    if (px < 1) {
        px = 1;
    }
    return px > length ? length : (int)px;
}

void st_batang_tegak(const int *nilai, int n, int skala, const st_bidang *area,
                     st_kotak *keluar)
{
    int i;
    for (i = 0; i < n; i++) {
        int slot_x = area->x + (int)((long)area->lebar * i / n);
        int slot_w = area->x + (int)((long)area->lebar * (i + 1) / n) - slot_x;
        int gap = slot_w / 4;
        int h = skala_ke(nilai[i], skala, area->tinggi);
        keluar[i].x = slot_x + gap / 2;
        keluar[i].lebar = slot_w - gap;
        keluar[i].tinggi = h;
        keluar[i].y = area->y + area->tinggi - h;
    }
}

void st_batang_datar(const int *nilai, int n, int skala, const st_bidang *area,
                     st_kotak *keluar)
{
    int i;
    for (i = 0; i < n; i++) {
        int slot_y = area->y + (int)((long)area->tinggi * i / n);
        int slot_h = area->y + (int)((long)area->tinggi * (i + 1) / n) - slot_y;
        int gap = slot_h / 4;
        keluar[i].x = area->x;
        keluar[i].y = slot_y + gap / 2;
        keluar[i].tinggi = slot_h - gap;
        keluar[i].lebar = skala_ke(nilai[i], skala, area->lebar);
    }
}

int st_sumbu_y(int v, int skala, const st_bidang *area)
{
    return area->y + area->tinggi - skala_ke(v, skala, area->tinggi);
}
