/* The simulated Indeks Inovasi Daerah (see iid_hitung.h for the rule). */
#include <string.h>
#include "iid_hitung.h"

#define NOMOR_MAKS 256

double iid_skor(const iid_indikator *ind, int level)
{
    return level >= 1 && level <= 3 ? ind->skor[level - 1] : 0.0;
}

static int level_ok(int level)
{
    return level >= 0 && level <= 3;
}

/* Keeps the IID_AKSI largest gains, best first; on a tie the earlier
 * candidate (SPD before SID, lower innovation id and number) stays ahead. */
static void calon(iid_hasil *h, int inovasi, int nomor, int dari, double tambah)
{
    size_t k, pos;

    if (tambah <= 1e-9) {
        return;
    }
    for (pos = 0; pos < h->n_aksi && h->aksi[pos].tambah >= tambah - 1e-12; pos++) {
    }
    if (pos >= IID_AKSI) {
        return;
    }
    k = h->n_aksi < IID_AKSI ? h->n_aksi : IID_AKSI - 1;
    for (; k > pos; k--) {
        h->aksi[k] = h->aksi[k - 1];
    }
    h->aksi[pos].inovasi = inovasi;
    h->aksi[pos].nomor = nomor;
    h->aksi[pos].dari = dari;
    h->aksi[pos].tambah = tambah;
    if (h->n_aksi < IID_AKSI) {
        h->n_aksi++;
    }
}

static double indeks_dari(double spd, double sid_jumlah, int pembagi, double maks)
{
    return maks > 0 ? (spd + sid_jumlah / pembagi) / maks * 100.0 : 0.0;
}

int iid_hitung(const iid_masukan *m, iid_hasil *h)
{
    const iid_indikator *by_nomor[NOMOR_MAKS];
    int ver[NOMOR_MAKS], klaim[NOMOR_MAKS];
    size_t i, j;
    int ditolak = 0, n_hidup;

    memset(h, 0, sizeof(*h));
    memset(by_nomor, 0, sizeof(by_nomor));
    if (!m || m->n_ind == 0 || m->pembagi_min < 1) {
        return -1;
    }
    for (i = 0; i < m->n_ind; i++) {
        const iid_indikator *d = &m->ind[i];
        if (d->nomor < 1 || d->nomor >= NOMOR_MAKS) {
            return -1;
        }
        by_nomor[d->nomor] = d;
        if (d->aspek == IID_SPD) {
            h->spd_maks += d->skor[2];
        }
        else {
            h->sid_maks += d->skor[2];
        }
    }
    h->maks = h->spd_maks + h->sid_maks;
    for (i = 0; i < m->n_inov; i++) {
        ditolak += m->inov[i].ditolak != 0;
    }
    h->pembagi = (int)m->n_inov > m->pembagi_min ? (int)m->n_inov : m->pembagi_min;

    /* The government aspect. */
    memset(ver, 0, sizeof(ver));
    memset(klaim, 0, sizeof(klaim));
    for (i = 0; i < m->n_spd; i++) {
        const iid_isian *s = &m->spd[i];
        if (s->nomor < 1 || s->nomor >= NOMOR_MAKS || !level_ok(s->terverifikasi)
            || !level_ok(s->diklaim)) {
            return -1;
        }
        ver[s->nomor] = s->terverifikasi;
        klaim[s->nomor] = s->diklaim;
    }
    for (i = 0; i < m->n_ind; i++) {
        const iid_indikator *d = &m->ind[i];
        double now;
        if (d->aspek != IID_SPD) {
            continue;
        }
        now = iid_skor(d, ver[d->nomor]);
        h->spd += now;
        if (klaim[d->nomor] > ver[d->nomor] && h->maks > 0) {
            h->potensi_klaim += (iid_skor(d, klaim[d->nomor]) - now) / h->maks * 100.0;
        }
        if (d->wajib && ver[d->nomor] == 0) {
            h->wajib_kurang++;
        }
        if (h->maks > 0) {
            calon(h, 0, d->nomor, ver[d->nomor], (d->skor[2] - now) / h->maks * 100.0);
        }
    }

    /* The innovation aspect: each innovation's sum, over the divisor. */
    for (i = 0; i < m->n_inov; i++) {
        const iid_inovasi *v = &m->inov[i];
        memset(ver, 0, sizeof(ver));
        memset(klaim, 0, sizeof(klaim));
        for (j = 0; j < v->n; j++) {
            const iid_isian *s = &v->isian[j];
            if (s->nomor < 1 || s->nomor >= NOMOR_MAKS || !level_ok(s->terverifikasi)
                || !level_ok(s->diklaim)) {
                return -1;
            }
            ver[s->nomor] = s->terverifikasi;
            klaim[s->nomor] = s->diklaim;
        }
        if (v->ditolak) {
            continue;              /* scores 0, counted in the divisor */
        }
        for (j = 0; j < m->n_ind; j++) {
            const iid_indikator *d = &m->ind[j];
            double now, per = h->maks > 0 ? 100.0 / h->pembagi / h->maks : 0.0;
            if (d->aspek != IID_SID) {
                continue;
            }
            now = iid_skor(d, ver[d->nomor]);
            h->sid_jumlah += now;
            if (klaim[d->nomor] > ver[d->nomor]) {
                h->potensi_klaim += (iid_skor(d, klaim[d->nomor]) - now) * per;
            }
            if (d->wajib && ver[d->nomor] == 0) {
                h->wajib_kurang++;
            }
            calon(h, v->id, d->nomor, ver[d->nomor], (d->skor[2] - now) * per);
        }
    }
    h->total = h->spd + h->sid_jumlah / h->pembagi;
    h->indeks = indeks_dari(h->spd, h->sid_jumlah, h->pembagi, h->maks);
    if (ditolak) {
        n_hidup = (int)m->n_inov - ditolak;
        h->rugi_ditolak = indeks_dari(h->spd, h->sid_jumlah,
                                      n_hidup > m->pembagi_min ? n_hidup : m->pembagi_min,
                                      h->maks) - h->indeks;
    }
    return 0;
}
