/* Label tables for codes shown on staff pages (see label.h). */
#include <string.h>
#include <apr_strings.h>
#include "calendar.h"
#include "label.h"
#include "sialip_messages.h"

const sl_choice sialip_aksi_choices[] = {
    {"ajukan", "Permohonan diterima"},
    {"disposisi", "Diteruskan ke PPID Pelaksana"},
    {"alihkan", "Disposisi dialihkan"},
    {"jawab_bagian", "Jawaban OPD"},
    {"tutup_bagian", "Bagian ditutup PPID Utama"},
    {"perpanjang", "Waktu jawaban diperpanjang"},
    {"pemberitahuan", "Pemberitahuan tertulis diterbitkan"},
    {"bayar", "Biaya dibayar"},
    {"serahkan", "Informasi diserahkan"},
    {"keberatan", "Keberatan diajukan"},
    {"putus_keberatan", "Putusan keberatan"},
    {"musyawarah", "Selesai secara musyawarah"},
    {"tanggapan_pemohon", "Tanggapan pemohon atas putusan"},
    {"sengketa", "Sengketa di Komisi Informasi"},
    {"perkara", "Perkara di pengadilan"},
    {"lihat", "Data pemohon dilihat"},
    {"pesan", "Pesan dalam percakapan"},
    {"minta_klarifikasi", "Klarifikasi diminta"},
    {"jawab_klarifikasi", "Klarifikasi dijawab pemohon"},
    {"buka_kembali", "Permohonan dibuka kembali"},
    {"tutup_kembali", "Permohonan ditutup kembali"},
    {"tenggat_dihitung_ulang", "Jatuh tempo dihitung ulang"},
    {"arsip_terbit", "Diterbitkan di arsip publik"},
    {"arsip_ubah", "Teks di arsip publik diubah"},
    {"arsip_tahan", "Ditahan dari arsip publik"},
    {"retensi", "Data pribadi dihapus (masa simpan berakhir)"},
    {NULL, NULL}
};

const sl_choice sialip_status_keberatan_choices[] = {
    {"diterima", "Menunggu putusan Atasan PPID"},
    {"diputus", "Sudah diputus"},
    {"musyawarah", "Selesai secara musyawarah"},
    {NULL, NULL}
};

const sl_choice sialip_status_bagian_choices[] = {
    {"menunggu", "menunggu jawaban"},
    {"dijawab", "sudah dijawab"},
    {"dialihkan", "dialihkan ke OPD lain"},
    {NULL, NULL}
};

const char *sialip_label_tanggal(apr_pool_t *p, const char *iso)
{
    sl_day d;
    if (iso && strlen(iso) == 10 && sl_day_parse_iso(iso, &d) == 0) {
        return sl_day_long_id(p, d);
    }
    return iso;
}

const char *sialip_label_sebelum(apr_pool_t *p, const char *aksi, const char *objek,
                                 const char *sebelum)
{
    static const char due[] = SIALIP_MSG_JATUH_TEMPO;

    if (!sebelum || !aksi) {
        return sebelum;
    }
    if (objek && strcmp(objek, "keberatan") == 0
        && sl_choice_known(sialip_status_keberatan_choices, sebelum)) {
        return sl_choice_label(sialip_status_keberatan_choices, sebelum);
    }
    if (strcmp(aksi, "disposisi") == 0 || strcmp(aksi, "pemberitahuan") == 0) {
        return sialip_label_status(sebelum, 0);
    }
    if (strncmp(sebelum, due, sizeof(due) - 1) == 0) {
        return apr_pstrcat(p, due, sialip_label_tanggal(p, sebelum + sizeof(due) - 1),
                           NULL);
    }
    return sebelum;
}

const char *sialip_label_status(const char *status, int diperpanjang)
{
    if (!status) {
        return "";
    }
    if (strcmp(status, "diterima") == 0) {
        return diperpanjang ? SIALIP_MSG_STATUS_DITERIMA_DIPERPANJANG
                            : SIALIP_MSG_STATUS_DITERIMA;
    }
    if (strcmp(status, "didisposisi") == 0) {
        return diperpanjang ? SIALIP_MSG_STATUS_DIDISPOSISI_DIPERPANJANG
                            : SIALIP_MSG_STATUS_DIDISPOSISI;
    }
    if (strcmp(status, "selesai") == 0) {
        return SIALIP_MSG_STATUS_SELESAI;
    }
    if (strcmp(status, "menunggu_penyerahan") == 0) {
        return SIALIP_MSG_STATUS_MENUNGGU_PENYERAHAN;
    }
    if (strcmp(status, "menunggu_informasi") == 0) {
        return SIALIP_MSG_STATUS_MENUNGGU_INFORMASI;
    }
    return status;
}
