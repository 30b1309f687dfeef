#include <apr_strings.h>
#include "escape.h"
#include "pengingat_isi.h"

static const char *penutup =
    "Pesan ini dikirim otomatis oleh SIALIP, layanan informasi publik PPID "
    "Kabupaten Serang, kepada petugas yang menangani perkara ini. Mohon tidak "
    "membalas pesan ini.";

static const char *sisa_teks(apr_pool_t *pool, int sisa)
{
    if (sisa <= 0) {
        return "Ini adalah hari kerja terakhir untuk menindaklanjutinya.";
    }
    return apr_psprintf(pool, "Tersisa %d hari kerja lagi.", sisa);
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
        if (terlambat) {
            out->subjek = apr_pstrcat(pool, "Terlambat: keberatan ", p->nomor,
                                      " melewati jatuh tempo ", tanggal, NULL);
            para[0] = apr_pstrcat(pool, "Keberatan nomor ", p->nomor,
                                  " atas permohonan informasi nomor ",
                                  p->nomor_permohonan, " belum diputus Atasan "
                                  "PPID, padahal batas waktunya ", tanggal, ".",
                                  NULL);
            para[1] = "Mohon segera ditindaklanjuti. Pemohon dapat mengajukan "
                      "sengketa informasi ke Komisi Informasi Provinsi Banten "
                      "(UU 14/2008 Pasal 37).";
        }
        else {
            out->subjek = apr_pstrcat(pool, "Pengingat: keberatan ", p->nomor,
                                      " jatuh tempo ", tanggal, NULL);
            para[0] = apr_pstrcat(pool, "Keberatan nomor ", p->nomor,
                                  " atas permohonan informasi nomor ",
                                  p->nomor_permohonan, " harus ditanggapi "
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
    out->teks = apr_pstrcat(pool, teks, p->tautan, "\n\n-- \n", penutup, "\n",
                            NULL);
    out->html = apr_pstrcat(pool, "<!DOCTYPE html><html lang=\"id\"><body>\n",
                            html, "<p><a href=\"", sl_html_escape(pool, p->tautan),
                            "\">", sl_html_escape(pool, p->tautan),
                            "</a></p>\n<hr><p><small>",
                            sl_html_escape(pool, penutup),
                            "</small></p>\n</body></html>\n", NULL);
}
