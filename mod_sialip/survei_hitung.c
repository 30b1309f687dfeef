/* The SKM index of PermenPANRB 14/2017 (survei_hitung.h). */
#include <stddef.h>
#include "survei_hitung.h"
#include "sialip_messages.h"

const sl_choice sl_survei_unsur[SL_SURVEI_UNSUR + 1] = {
    {"u1", "Persyaratan"},
    {"u2", "Sistem, mekanisme, dan prosedur"},
    {"u3", "Waktu penyelesaian"},
    {"u4", "Biaya/tarif"},
    {"u5", "Produk spesifikasi jenis pelayanan"},
    {"u6", "Kompetensi pelaksana"},
    {"u7", "Perilaku pelaksana"},
    {"u8", "Penanganan pengaduan, saran, dan masukan"},
    {"u9", "Sarana dan prasarana"},
    {NULL, NULL}
};

const sl_choice sl_survei_jawaban[] = {
    {"1", "Tidak baik"},
    {"2", "Kurang baik"},
    {"3", "Baik"},
    {"4", "Sangat baik"},
    {NULL, NULL}
};

const sl_choice sl_survei_jenis_kelamin[] = {
    {"laki_laki", "Laki-laki"},
    {"perempuan", "Perempuan"},
    {NULL, NULL}
};

const sl_choice sl_survei_pendidikan[] = {
    {"sd", "SD atau sederajat"},
    {"smp", "SMP atau sederajat"},
    {"sma", "SMA atau sederajat"},
    {"d1_d3", "D1-D3"},
    {"s1_d4", "S1 atau D4"},
    {"s2", "S2"},
    {"s3", "S3"},
    {NULL, NULL}
};

const sl_choice sl_survei_pekerjaan[] = {
    {"pns", "PNS/ASN"},
    {"tni_polri", "TNI/Polri"},
    {"swasta", "Pegawai swasta"},
    {"wirausaha", "Wirausaha"},
    {"pelajar_mahasiswa", "Pelajar/mahasiswa"},
    {"lainnya", "Lainnya"},
    {NULL, NULL}
};

/* n/d in hundredths, half up (n, d >= 0, d > 0). */
static long hundredths(long long n, long long d)
{
    return (long)((n * 100 * 2 + d) / (2 * d));
}

long sl_survei_nrr(const sl_survei_rekap *r, int i)
{
    if (r->responden <= 0 || i < 0 || i >= SL_SURVEI_UNSUR) {
        return 0;
    }
    return hundredths(r->jumlah[i], r->responden);
}

long sl_survei_ikm(const sl_survei_rekap *r)
{
    long long total = 0;
    if (r->responden <= 0) {
        return 0;
    }
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        total += r->jumlah[i];
    }
    /* mean of the nine means x 25 = total x 25 / (9 x respondents) */
    return hundredths(total * 25, (long long)SL_SURVEI_UNSUR * r->responden);
}

const char *sl_survei_grade(long ikm, const char **mutu)
{
    static const struct {
        long from;
        const char *grade, *words;
    } bands[] = {
        {8831, "A", SIALIP_MSG_MUTU_SANGAT_BAIK},
        {7661, "B", "Baik"},
        {6500, "C", SIALIP_MSG_MUTU_KURANG_BAIK},
        {2500, "D", SIALIP_MSG_MUTU_TIDAK_BAIK},
    };
    *mutu = NULL;
    if (ikm <= 0) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof(bands) / sizeof(bands[0]); i++) {
        if (ikm >= bands[i].from) {
            *mutu = bands[i].words;
            return bands[i].grade;
        }
    }
    /* Below 25.00 cannot come from answers 1-4; graded D all the same. */
    *mutu = SIALIP_MSG_MUTU_TIDAK_BAIK;
    return "D";
}
