#include <string.h>
#include <apr_strings.h>
#include "escape.h"
#include "pengingat_isi.h"
#include "sk_messages.h"

static const char *penutup = SK_MSG_PENUTUP_PERKARA;

static const char *penutup_inovasi = SK_MSG_PENUTUP_INOVASI;

static const char *sisa_teks(apr_pool_t *pool, int sisa)
{
    if (sisa <= 0) {
        return SK_MSG_HARI_KERJA_TERAKHIR;
    }
    return apr_psprintf(pool, SK_MSG_SISA_HARI_KERJA, sisa);
}

/* Ends both bodies with the link and the closing line. */
static void akhiri(apr_pool_t *pool, const char *teks, const char *html,
                   const char *tautan, const char *tutup, sk_surel *out)
{
    out->teks = apr_pstrcat(pool, teks, tautan, "\n\n-- \n", tutup, "\n", NULL);
    out->html = apr_pstrcat(pool, "<!DOCTYPE html><html lang=\"id\"><body>\n",
                            html, "<p><a href=\"", sl_html_escape(pool, tautan),
                            "\">", sl_html_escape(pool, tautan),
                            "</a></p>\n<hr><p><small>",
                            sl_html_escape(pool, tutup),
                            "</small></p>\n</body></html>\n", NULL);
}

void sk_pengingat_susun(apr_pool_t *pool, const sk_pengingat *p, sk_surel *out)
{
    const char *tanggal = sl_day_long_id(pool, p->jatuh_tempo);
    const char *para[4] = {NULL, NULL, NULL, NULL};
    const char *teks = "", *html = "";
    int terlambat = p->jenis == SK_PENGINGAT_TERLAMBAT;
    int i;

    if (p->objek == SK_OBJEK_PERMOHONAN) {
        const char *tempo = p->diperpanjang
                            ? apr_psprintf(pool, SK_MSG_TEMPO_DIPERPANJANG, tanggal)
                            : tanggal;
        if (terlambat) {
            out->subjek = apr_psprintf(pool, SK_MSG_PERMOHONAN_TERLAMBAT_SUBJEK, p->nomor,
                                       tanggal);
            para[0] = apr_psprintf(pool, SK_MSG_PERMOHONAN_TERLAMBAT, p->nomor, tempo);
            para[1] = SK_MSG_PERMOHONAN_TERLAMBAT_AKIBAT;
        }
        else {
            out->subjek = apr_psprintf(pool, SK_MSG_PERMOHONAN_PENGINGAT_SUBJEK, p->nomor,
                                       tanggal);
            para[0] = apr_psprintf(pool, SK_MSG_PERMOHONAN_PENGINGAT, p->nomor, tempo);
            para[1] = sisa_teks(pool, p->sisa);
        }
    }
    else {
        /* Ground b (Pasal 35(1)) needs no request. */
        const char *atas = p->nomor_permohonan
            ? apr_psprintf(pool, SK_MSG_KEBERATAN_ATAS_PERMOHONAN, p->nomor_permohonan)
            : SK_MSG_KEBERATAN_TANPA_PERMOHONAN;
        if (terlambat) {
            out->subjek = apr_psprintf(pool, SK_MSG_KEBERATAN_TERLAMBAT_SUBJEK, p->nomor,
                                       tanggal);
            para[0] = apr_psprintf(pool, SK_MSG_KEBERATAN_TERLAMBAT, p->nomor, atas,
                                   tanggal);
            para[1] = SK_MSG_KEBERATAN_TERLAMBAT_AKIBAT;
        }
        else {
            out->subjek = apr_psprintf(pool, SK_MSG_KEBERATAN_PENGINGAT_SUBJEK, p->nomor,
                                       tanggal);
            para[0] = apr_psprintf(pool, SK_MSG_KEBERATAN_PENGINGAT, p->nomor, atas,
                                   tanggal);
            para[1] = sisa_teks(pool, p->sisa);
        }
    }
    para[2] = SK_MSG_BUKA_PERMOHONAN;

    for (i = 0; para[i]; i++) {
        teks = apr_pstrcat(pool, teks, para[i], "\n\n", NULL);
        html = apr_pstrcat(pool, html, "<p>", sl_html_escape(pool, para[i]),
                           "</p>\n", NULL);
    }
    akhiri(pool, teks, html, p->tautan, penutup, out);
}

const char *sk_nama_periode(apr_pool_t *pool, const char *jenis,
                            const char *nomor, const char *tahun)
{
    const char *nama = strcmp(jenis, "triwulan") == 0 ? "Triwulan"
                       : strcmp(jenis, "semester") == 0 ? "Semester" : jenis;
    return apr_pstrcat(pool, nama, " ", nomor, " ", tahun, NULL);
}

/* Where the report stands, in the words of the monitoring page. */
static const char *keadaan(const char *status)
{
    if (!status) {
        return SK_MSG_LAPORAN_BELUM_DIBUAT;
    }
    if (strcmp(status, "draf") == 0) {
        return SK_MSG_LAPORAN_DRAF;
    }
    if (strcmp(status, "dikembalikan") == 0) {
        return SK_MSG_LAPORAN_DIKEMBALIKAN;
    }
    return SK_MSG_LAPORAN_BELUM_DIAJUKAN;
}

void sk_pengingat_inovasi_susun(apr_pool_t *pool, const sk_pengingat_inovasi *p,
                                sk_surel *out)
{
    const char *tanggal = sl_day_long_id(pool, p->tenggat);
    const char *pembuka, *lanjut, *semua;
    const char *teks, *html;
    int i, tampil = p->jumlah < SK_INOVASI_DAFTAR_MAKS ? p->jumlah
                                                        : SK_INOVASI_DAFTAR_MAKS;

    if (p->jenis == SK_PENGINGAT_TERLAMBAT) {
        out->subjek = apr_psprintf(pool, SK_MSG_LAPORAN_TERLAMBAT_SUBJEK, p->periode,
                                   tanggal);
        pembuka = apr_psprintf(pool, SK_MSG_LAPORAN_TERLAMBAT, p->periode,
                               tanggal, p->opd);
        lanjut = SK_MSG_LAPORAN_TERLAMBAT_AKIBAT;
    }
    else {
        out->subjek = apr_psprintf(pool, SK_MSG_LAPORAN_PENGINGAT_SUBJEK, p->periode,
                                   tanggal);
        pembuka = apr_psprintf(pool, SK_MSG_LAPORAN_PENGINGAT, p->periode, tanggal,
                               p->opd);
        lanjut = sisa_teks(pool, p->sisa);
    }
    teks = apr_pstrcat(pool, pembuka, "\n\n", NULL);
    html = apr_pstrcat(pool, "<p>", sl_html_escape(pool, pembuka), "</p>\n<ul>\n",
                       NULL);
    for (i = 0; i < tampil; i++) {
        const sk_laporan_belum *l = &p->laporan[i];
        const char *ket = keadaan(l->status);
        teks = apr_pstrcat(pool, teks, "- ", l->nama, " (", ket, ")\n  ",
                           l->tautan, "\n", NULL);
        html = apr_pstrcat(pool, html, "<li><a href=\"",
                           sl_html_escape(pool, l->tautan), "\">",
                           sl_html_escape(pool, l->nama), "</a> (",
                           sl_html_escape(pool, ket), ")</li>\n", NULL);
    }
    if (p->jumlah > tampil) {
        const char *sisa = apr_psprintf(pool, SK_MSG_LAPORAN_LAINNYA,
                                        p->jumlah - tampil);
        teks = apr_pstrcat(pool, teks, sisa, "\n", NULL);
        html = apr_pstrcat(pool, html, "<li>", sl_html_escape(pool, sisa),
                           "</li>\n", NULL);
    }
    semua = SK_MSG_LAPORAN_DI_DASBOR;
    teks = apr_pstrcat(pool, teks, "\n", lanjut, "\n\n", semua, "\n\n", NULL);
    html = apr_pstrcat(pool, html, "</ul>\n<p>", sl_html_escape(pool, lanjut),
                       "</p>\n<p>", sl_html_escape(pool, semua), "</p>\n", NULL);
    akhiri(pool, teks, html, p->tautan, penutup_inovasi, out);
}
