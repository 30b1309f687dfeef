#include <string.h>
#include <apr_strings.h>
#include "escape.h"
#include "pengingat_isi.h"

static const char *penutup =
    "Pesan ini dikirim otomatis oleh SIALIP, layanan informasi publik PPID "
    "Kabupaten Serang, kepada petugas yang menangani perkara ini. Mohon tidak "
    "membalas pesan ini.";

static const char *penutup_inovasi =
    "Pesan ini dikirim otomatis oleh SIALIP, sistem monitoring inovasi daerah "
    "Kabupaten Serang, kepada petugas inovasi OPD. Mohon tidak membalas pesan "
    "ini.";

static const char *sisa_teks(apr_pool_t *pool, int sisa)
{
    if (sisa <= 0) {
        return "Ini adalah hari kerja terakhir untuk menindaklanjutinya.";
    }
    return apr_psprintf(pool, "Tersisa %d hari kerja lagi.", sisa);
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
                            ? apr_pstrcat(pool, tanggal, " (setelah perpanjangan)", NULL)
                            : tanggal;
        if (terlambat) {
            out->subjek = apr_pstrcat(pool, "Terlambat: permohonan ", p->nomor,
                                      " melewati jatuh tempo ", tanggal, NULL);
            para[0] = apr_pstrcat(pool, "Permohonan informasi nomor ", p->nomor,
                                  " belum dijawab dengan pemberitahuan tertulis, "
                                  "padahal batas waktunya ", tempo, ".", NULL);
            para[1] = "Mohon segera ditindaklanjuti. Permohonan yang tidak "
                      "ditanggapi dapat menjadi alasan keberatan pemohon "
                      "(UU 14/2008 Pasal 35 ayat 1 huruf c).";
        }
        else {
            out->subjek = apr_pstrcat(pool, "Pengingat: permohonan ", p->nomor,
                                      " jatuh tempo ", tanggal, NULL);
            para[0] = apr_pstrcat(pool, "Permohonan informasi nomor ", p->nomor,
                                  " harus dijawab dengan pemberitahuan tertulis "
                                  "paling lambat ", tempo, ".", NULL);
            para[1] = sisa_teks(pool, p->sisa);
        }
    }
    else {
        /* Ground b (Pasal 35(1)) needs no request. */
        const char *atas = p->nomor_permohonan
            ? apr_pstrcat(pool, " atas permohonan informasi nomor ", p->nomor_permohonan, NULL)
            : " (informasi berkala tidak disediakan, tanpa permohonan)";
        if (terlambat) {
            out->subjek = apr_pstrcat(pool, "Terlambat: keberatan ", p->nomor,
                                      " melewati jatuh tempo ", tanggal, NULL);
            para[0] = apr_pstrcat(pool, "Keberatan nomor ", p->nomor, atas,
                                  " belum diputus Atasan "
                                  "PPID, padahal batas waktunya ", tanggal, ".",
                                  NULL);
            para[1] = "Mohon segera ditindaklanjuti. Pemohon dapat mengajukan "
                      "sengketa informasi ke Komisi Informasi Provinsi Banten "
                      "(UU 14/2008 Pasal 37).";
        }
        else {
            out->subjek = apr_pstrcat(pool, "Pengingat: keberatan ", p->nomor,
                                      " jatuh tempo ", tanggal, NULL);
            para[0] = apr_pstrcat(pool, "Keberatan nomor ", p->nomor, atas,
                                  " harus ditanggapi "
                                  "secara tertulis oleh Atasan PPID paling "
                                  "lambat ", tanggal, " (UU 14/2008 Pasal 36 "
                                  "ayat 2).", NULL);
            para[1] = sisa_teks(pool, p->sisa);
        }
    }
    para[2] = "Buka permohonan di SIALIP:";

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
        return "belum dibuat";
    }
    if (strcmp(status, "draf") == 0) {
        return "masih draf";
    }
    if (strcmp(status, "dikembalikan") == 0) {
        return "dikembalikan untuk diperbaiki";
    }
    return "belum diajukan";
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
        out->subjek = apr_pstrcat(pool, "Terlambat: laporan monitoring inovasi ",
                                  p->periode, " melewati batas ", tanggal, NULL);
        pembuka = apr_pstrcat(pool, "Batas pengajuan laporan monitoring ",
                              p->periode, " sudah lewat (", tanggal, "). Laporan "
                              "inovasi ", p->opd, " berikut belum diajukan:", NULL);
        lanjut = "Mohon segera lengkapi dan ajukan laporannya agar dapat "
                 "diverifikasi Bappeda. Laporan yang diajukan setelah batas "
                 "tercatat terlambat.";
    }
    else {
        out->subjek = apr_pstrcat(pool, "Pengingat: laporan monitoring inovasi ",
                                  p->periode, " jatuh tempo ", tanggal, NULL);
        pembuka = apr_pstrcat(pool, "Laporan monitoring ", p->periode,
                              " harus diajukan paling lambat ", tanggal,
                              ". Laporan inovasi ", p->opd, " berikut belum "
                              "diajukan:", NULL);
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
        const char *sisa = apr_psprintf(pool, "... dan %d inovasi lainnya.",
                                        p->jumlah - tampil);
        teks = apr_pstrcat(pool, teks, sisa, "\n", NULL);
        html = apr_pstrcat(pool, html, "<li>", sl_html_escape(pool, sisa),
                           "</li>\n", NULL);
    }
    semua = "Semua laporan monitoring OPD Anda ada di dasbor inovasi:";
    teks = apr_pstrcat(pool, teks, "\n", lanjut, "\n\n", semua, "\n\n", NULL);
    html = apr_pstrcat(pool, html, "</ul>\n<p>", sl_html_escape(pool, lanjut),
                       "</p>\n<p>", sl_html_escape(pool, semua), "</p>\n", NULL);
    akhiri(pool, teks, html, p->tautan, penutup_inovasi, out);
}
