/* The band editors' shared part (pita.h). */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "pita.h"
#include "inovasi_messages.h"

int inovasi_dua_desimal(const char *norm)
{
    const char *dot = strchr(norm, '.');
    return !dot || strlen(dot + 1) <= 2;
}

void inovasi_pita_baca(sl_ctx *c, apr_array_header_t *errors,
                       const inovasi_pita_teks *rows, int nrows,
                       const char *(*cek_nama)(const char *nama),
                       const char *salah_angka, inovasi_pita_isi *out)
{
    apr_pool_t *p = c->r->pool;
    char buf[160];
    const char *msg;

    out->n = 0;
    for (int k = 0; k < nrows && k < INOVASI_PITA_MAKS; k++) {
        const inovasi_pita_teks *b = &rows[k];
        const char *field = apr_psprintf(p, "pita_nama_%d", k + 1);
        size_t n = out->n;
        int before = errors->nelts;

        if (!*b->nama && !*b->bawah && !*b->atas) {
            continue;                  /* a blank row */
        }
        inovasi_teks(c, errors, field, INOVASI_MSG_LABEL_NAMA_PREDIKAT, 64, 1);
        if (errors->nelts == before && cek_nama && (msg = cek_nama(b->nama))) {
            inovasi_galat_tambah(errors, field, msg);
        }
        if (errors->nelts > before) {
            continue;
        }
        if (!capaian_angka(b->bawah, &out->pita[n].bawah, out->bawah[n],
                           sizeof(out->bawah[n]))
            || !inovasi_dua_desimal(out->bawah[n])
            || !capaian_angka(b->atas, &out->pita[n].atas, out->atas[n],
                              sizeof(out->atas[n]))
            || !inovasi_dua_desimal(out->atas[n])) {
            inovasi_galat_tambah(errors, field, salah_angka);
            continue;
        }
        out->pita[n].nama = b->nama;
        out->n++;
    }
    if (!errors->nelts && (msg = capaian_pita_periksa(out->pita, out->n, buf, sizeof(buf)))) {
        inovasi_galat_tambah(errors, "pita", apr_pstrdup(p, msg));
    }
}

const char *inovasi_pita_tulis(sl_ctx *c, const char *tahun, const inovasi_pita_isi *b,
                               const char *hapus, const char *buat)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *parts = apr_array_make(p, INOVASI_PITA_MAKS, sizeof(const char *));

    sl_db_exec(c->db, hapus, NULL, SL_ARGS(tahun));
    for (size_t k = 0; k < b->n; k++) {
        sl_db_exec(c->db, buat, NULL, SL_ARGS(tahun, apr_itoa(p, (int)k + 1),
                                              b->pita[k].nama, b->bawah[k], b->atas[k]));
        APR_ARRAY_PUSH(parts, const char *) = inovasi_json(p, "nama", b->pita[k].nama,
                                                           "bawah", b->bawah[k],
                                                           "atas", b->atas[k], NULL);
    }
    return apr_pstrcat(p, "[", apr_array_pstrcat(p, parts, ','), "]", NULL);
}
