#include <stdio.h>
#include <string.h>
#include <apr_strings.h>
#include "validate.h"
#include "calendar.h"
#include "pemberitahuan_rules.h"
#include "sialip_messages.h"

const sl_choice sl_keputusan_choices[] = {
    {"diberikan_seluruhnya", "Informasi diberikan seluruhnya"},
    {"diberikan_sebagian", "Informasi diberikan sebagian"},
    {"ditolak_dikecualikan", "Ditolak: informasi yang dikecualikan (Pasal 17)"},
    {"tidak_dikuasai", "Informasi tidak dikuasai; diteruskan kepada badan publik yang menguasai"},
    {"belum_dikuasai", "Informasi belum dikuasai atau belum didokumentasikan"},
    {"ditolak_prosedural", "Ditolak karena persyaratan permohonan tidak lengkap"},
    {NULL, NULL}
};

/* Pasal 22(7) a: whether the body holds the information.  A procedural
 * refusal (incomplete identity) is decided before anyone looks for the
 * information, so it says nothing about holding it. */
const sl_choice sl_penguasaan_choices[] = {
    {"dikuasai", "Informasi dikuasai"},
    {"tidak_dikuasai", "Informasi tidak dikuasai"},
    {"belum_didokumentasikan", "Informasi belum dikuasai atau belum didokumentasikan"},
    {"tidak_dinilai", "Tidak dinilai: permohonan ditolak karena persyaratan tidak lengkap"},
    {NULL, NULL}
};

const sl_choice sl_cara_pembayaran_choices[] = {
    {"tunai", "Tunai di meja layanan PPID (dengan kuitansi)"},
    {"transfer", "Transfer ke rekening kas daerah Kabupaten Serang"},
    {NULL, NULL}
};

const sl_choice sl_bentuk_choices[] = {
    {"softcopy", "Salinan elektronik (softcopy)"},
    {"hardcopy", "Salinan cetak (hardcopy)"},
    {NULL, NULL}
};

static int is(const char *a, const char *b)
{
    return a && strcmp(a, b) == 0;
}

static int present(const char *v)
{
    return v && sl_not_blank(v);
}

static void need(apr_array_header_t *errors, const char *field, const char *value,
                 const char *message)
{
    if (!present(value)) {
        sl_field_error *e = apr_array_push(errors);
        e->field = field;
        e->message = message;
    }
}

const char *sl_nip_normal(apr_pool_t *pool, const char *text)
{
    char digits[19];
    int n = 0;
    for (; text && *text; text++) {
        if (*text >= '0' && *text <= '9') {
            if (n == 18) {
                return NULL;
            }
            digits[n++] = *text;
        }
        else if (*text != ' ') {
            return NULL;
        }
    }
    digits[n] = '\0';
    return n == 18 ? apr_pstrdup(pool, digits) : NULL;
}

void sl_pemberitahuan_saran(const char *cara_memperoleh, const char *cara_salinan,
                            const char **bentuk, const char **cara_penyampaian)
{
    *bentuk = is(cara_memperoleh, "salinan_softcopy") ? "softcopy"
              : is(cara_memperoleh, "salinan_hardcopy") ? "hardcopy" : "";
    if (cara_salinan && sl_choice_known(sl_cara_salinan_choices, cara_salinan)) {
        *cara_penyampaian = cara_salinan;
    }
    else {
        /* No copy asked for: the citizen sees the information at the desk. */
        *cara_penyampaian = cara_memperoleh && !**bentuk ? "mengambil_langsung" : "";
    }
}

int sl_pemberitahuan_memberi(const char *keputusan)
{
    return is(keputusan, "diberikan_seluruhnya") || is(keputusan, "diberikan_sebagian");
}

int sl_pemberitahuan_validate(const sl_pemberitahuan_input *in,
                              apr_array_header_t *errors)
{
    int before = errors->nelts;
    const char *k = in->keputusan;

    if (!sl_choice_known(sl_keputusan_choices, k)) {
        need(errors, "keputusan", NULL, SIALIP_MSG_PILIH_KEPUTUSAN_PERMOHONAN);
        return errors->nelts - before;
    }
    if (sl_pemberitahuan_memberi(k)) {
        need(errors, "informasi_diberikan", in->informasi_diberikan,
             SIALIP_MSG_SEBUTKAN_INFORMASI_DIBERIKAN);
        if (!sl_choice_known(sl_bentuk_choices, in->bentuk)) {
            need(errors, "bentuk", NULL, SIALIP_MSG_PILIH_BENTUK_INFORMASI_DIBERIKAN);
        }
        if (!sl_choice_known(sl_cara_salinan_choices, in->cara_penyampaian)) {
            need(errors, "cara_penyampaian", NULL, SIALIP_MSG_PILIH_CARA_PENYAMPAIAN_INFORMASI);
        }
    }
    if (is(k, "diberikan_sebagian")) {
        need(errors, "bagian_dihitamkan", in->bagian_dihitamkan,
             SIALIP_MSG_SEBUTKAN_BAGIAN_INFORMASI_DIHITAMKAN);
        need(errors, "alasan_penghitaman", in->alasan_penghitaman,
             SIALIP_MSG_TULISKAN_ALASAN_PENGHITAMAN);
    }
    if (is(k, "ditolak_dikecualikan")) {
        need(errors, "dikecualikan_id", in->dikecualikan_id,
             SIALIP_MSG_PILIH_UJI_KONSEKUENSI_DAFTAR);
    }
    if (is(k, "tidak_dikuasai")) {
        need(errors, "diteruskan_ke", in->diteruskan_ke,
             SIALIP_MSG_SEBUTKAN_BADAN_PUBLIK_MENGUASAI);
    }
    if (is(k, "belum_dikuasai")) {
        need(errors, "janji_waktu", in->janji_waktu,
             SIALIP_MSG_SEBUTKAN_KAPAN_INFORMASI_AKAN);
    }
    if (is(k, "ditolak_prosedural")) {
        need(errors, "alasan_prosedural", in->alasan_prosedural,
             SIALIP_MSG_SEBUTKAN_PERSYARATAN_BELUM_DIPENUHI);
    }
    return errors->nelts - before;
}

const char *sl_pemberitahuan_penguasaan(const char *keputusan)
{
    if (is(keputusan, "tidak_dikuasai")) {
        return "tidak_dikuasai";
    }
    if (is(keputusan, "belum_dikuasai")) {
        return "belum_didokumentasikan";
    }
    if (is(keputusan, "ditolak_prosedural")) {
        return "tidak_dinilai";
    }
    return "dikuasai";
}

int sl_pemberitahuan_menunggu(const char *keputusan)
{
    return is(keputusan, "belum_dikuasai");
}

int sl_pemberitahuan_validate_syarat(const sl_pemberitahuan_syarat *in,
                                     sl_day *penyediaan,
                                     apr_array_header_t *errors)
{
    int before = errors->nelts;
    int menunggu = sl_pemberitahuan_menunggu(in->keputusan);
    sl_day d;

    *penyediaan = -1;
    if (menunggu || sl_pemberitahuan_memberi(in->keputusan)) {
        if (!present(in->waktu_penyediaan)) {
            if (menunggu) {
                need(errors, "waktu_penyediaan", NULL, SIALIP_MSG_ISI_TANGGAL_INFORMASI_AKAN);
            }
            else {
                *penyediaan = in->hari_ini;
            }
        }
        else if (sl_day_parse_iso(in->waktu_penyediaan, &d) != 0) {
            need(errors, "waktu_penyediaan", NULL, SIALIP_MSG_TANGGAL_PENYEDIAAN_DIISI_FORMAT);
        }
        else if (d < in->hari_ini) {
            need(errors, "waktu_penyediaan", NULL, SIALIP_MSG_TANGGAL_PENYEDIAAN_TIDAK_BOLEH);
        }
        else {
            *penyediaan = d;
        }
    }
    if (in->biaya > 0 && !sl_choice_known(sl_cara_pembayaran_choices,
                                          in->cara_pembayaran)) {
        need(errors, "cara_pembayaran", NULL, SIALIP_MSG_PILIH_CARA_PEMBAYARAN_BIAYA);
    }
    return errors->nelts - before;
}

int sl_wib_waktu_parse(const char *text, int64_t *utc_seconds)
{
    char date[11];
    int h, m;
    char end;
    sl_day day;

    if (!text || strlen(text) < 16 || text[10] != ' ') {
        return -1;
    }
    memcpy(date, text, 10);
    date[10] = '\0';
    if (sl_day_parse_iso(date, &day) != 0
        || sscanf(text + 11, "%2d:%2d%c", &h, &m, &end) != 2 || h < 0 || h > 23
        || m < 0 || m > 59) {
        return -1;
    }
    *utc_seconds = (int64_t)day * 86400 + h * 3600 + m * 60 - SL_WIB_OFFSET_SECONDS;
    return 0;
}

sl_day sl_hari_wib(int64_t utc_seconds)
{
    int64_t wib = utc_seconds + SL_WIB_OFFSET_SECONDS;
    /* Floor division: a time before 1970 still falls on the right day. */
    return (sl_day)(wib >= 0 ? wib / 86400 : -((-wib + 86399) / 86400));
}

const char *sl_rupiah(apr_pool_t *pool, long amount)
{
    char digits[32];
    char out[48];
    int n, i, o = 0;

    apr_snprintf(digits, sizeof(digits), "%ld", amount < 0 ? -amount : amount);
    n = (int)strlen(digits);
    if (amount < 0) {
        out[o++] = '-';
    }
    out[o++] = 'R';
    out[o++] = 'p';
    for (i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) {
            out[o++] = '.';
        }
        out[o++] = digits[i];
    }
    out[o] = '\0';
    return apr_pstrdup(pool, out);
}

long sl_biaya_hitung(apr_pool_t *pool, const sl_biaya_item *items, int count,
                     const char **breakdown)
{
    long total = 0;
    const char *lines = "";
    int i;

    for (i = 0; i < count; i++) {
        long line;
        if (items[i].quantity <= 0) {
            continue;
        }
        line = items[i].price * items[i].quantity;
        total += line;
        lines = apr_psprintf(pool, "%s%s%ld %s %s x %s = %s", lines,
                             *lines ? "\n" : "", items[i].quantity, items[i].unit,
                             items[i].name, sl_rupiah(pool, items[i].price),
                             sl_rupiah(pool, line));
    }
    *breakdown = lines;
    return total;
}
