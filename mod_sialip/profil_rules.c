#include <string.h>
#include <apr_strings.h>
#include "validate.h"
#include "profil_rules.h"
#include "sialip_messages.h"

const sl_choice sl_pekerjaan_choices[] = {
    {"pelajar", "Pelajar/mahasiswa"},
    {"pns", "PNS/ASN"},
    {"tni_polri", "TNI/Polri"},
    {"swasta", "Karyawan swasta"},
    {"wiraswasta", "Wiraswasta"},
    {"petani_nelayan", "Petani/nelayan"},
    {"media", "Wartawan/media"},
    {"lsm", "LSM/ormas"},
    {"akademisi", "Peneliti/akademisi"},
    {"advokat", "Advokat"},
    {"irt", "Ibu rumah tangga"},
    {"tidak_bekerja", "Tidak bekerja"},
    {"lainnya", "Lainnya"},
    {NULL, NULL}
};

const sl_choice sl_jenis_kelamin_choices[] = {
    {"laki_laki", "Laki-laki"},
    {"perempuan", "Perempuan"},
    {NULL, NULL}
};

const sl_choice sl_kecamatan_choices[] = {
    {"anyar", "Anyar"}, {"bandung", "Bandung"}, {"baros", "Baros"},
    {"binuang", "Binuang"}, {"bojonegara", "Bojonegara"},
    {"carenang", "Carenang"}, {"cikande", "Cikande"},
    {"cikeusal", "Cikeusal"}, {"cinangka", "Cinangka"},
    {"ciomas", "Ciomas"}, {"ciruas", "Ciruas"},
    {"gunungsari", "Gunungsari"}, {"jawilan", "Jawilan"},
    {"kibin", "Kibin"}, {"kopo", "Kopo"}, {"kragilan", "Kragilan"},
    {"kramatwatu", "Kramatwatu"}, {"lebakwangi", "Lebakwangi"},
    {"mancak", "Mancak"}, {"pabuaran", "Pabuaran"},
    {"padarincang", "Padarincang"}, {"pamarayan", "Pamarayan"},
    {"petir", "Petir"}, {"pontang", "Pontang"},
    {"pulo_ampel", "Pulo Ampel"}, {"tanara", "Tanara"},
    {"tirtayasa", "Tirtayasa"}, {"tunjung_teja", "Tunjung Teja"},
    {"waringinkurung", "Waringinkurung"},
    {"luar_daerah", "Luar daerah (di luar Kabupaten Serang)"},
    {NULL, NULL}
};

const sl_choice sl_kebutuhan_choices[] = {
    {"braille", "Huruf braille"},
    {"huruf_besar", "Cetak huruf besar"},
    {"audio", "Audio"},
    {"isyarat", "Juru bahasa isyarat"},
    {"bantuan_formulir", "Bantuan mengisi formulir"},
    {"lainnya", "Lainnya"},
    {NULL, NULL}
};

#define KEBUTUHAN_LAINNYA 5

static void add(apr_array_header_t *errors, const char *field, const char *message)
{
    sl_field_error *e = apr_array_push(errors);
    e->field = field;
    e->message = message;
}

static int given(const char *v)
{
    return v && sl_not_blank(v);
}

static int ticked(const sl_profil_input *in, int i)
{
    return in->kebutuhan[i] && strcmp(in->kebutuhan[i], "1") == 0;
}

int sl_profil_validate(const sl_profil_input *in, apr_array_header_t *errors)
{
    int before = errors->nelts;

    if (given(in->pekerjaan_kode)
        && !sl_choice_known(sl_pekerjaan_choices, in->pekerjaan_kode)) {
        add(errors, "pekerjaan_kode", SIALIP_MSG_PILIH_PEKERJAAN_DAFTAR);
    }
    else if (given(in->pekerjaan_kode) && strcmp(in->pekerjaan_kode, "lainnya") == 0
             && !given(in->pekerjaan)) {
        add(errors, "pekerjaan",
            SIALIP_MSG_MEMILIH_PEKERJAAN_LAINNYA_TULISKAN);
    }
    if (given(in->jenis_kelamin)
        && !sl_choice_known(sl_jenis_kelamin_choices, in->jenis_kelamin)) {
        add(errors, "jenis_kelamin",
            SIALIP_MSG_PILIH_LAKI_LAKI_PEREMPUAN);
    }
    if (given(in->kecamatan) && !sl_choice_known(sl_kecamatan_choices, in->kecamatan)) {
        add(errors, "kecamatan",
            SIALIP_MSG_PILIH_KECAMATAN_DAFTAR_LUAR);
    }
    if (given(in->kebutuhan_lainnya)
        && sl_utf8_length(in->kebutuhan_lainnya, strlen(in->kebutuhan_lainnya)) > 255) {
        add(errors, "kebutuhan_lainnya",
            SIALIP_MSG_KETERANGAN_KEBUTUHAN_KHUSUS_PALING);
    }
    else if (ticked(in, KEBUTUHAN_LAINNYA) && !given(in->kebutuhan_lainnya)) {
        add(errors, "kebutuhan_lainnya",
            SIALIP_MSG_MENCENTANG_LAINNYA_JELASKAN_KEBUTUHAN);
    }
    return errors->nelts - before;
}

const char *sl_profil_pekerjaan_teks(const sl_profil_input *in)
{
    if (given(in->pekerjaan)) {
        return in->pekerjaan;
    }
    if (given(in->pekerjaan_kode) && strcmp(in->pekerjaan_kode, "lainnya") != 0
        && sl_choice_known(sl_pekerjaan_choices, in->pekerjaan_kode)) {
        return sl_choice_label(sl_pekerjaan_choices, in->pekerjaan_kode);
    }
    return "";
}

const char *sl_profil_kebutuhan_set(apr_pool_t *p, const sl_profil_input *in)
{
    const char *set = NULL;
    int i;

    for (i = 0; sl_kebutuhan_choices[i].value; i++) {
        if (ticked(in, i) || (i == KEBUTUHAN_LAINNYA && given(in->kebutuhan_lainnya))) {
            set = set ? apr_pstrcat(p, set, ",", sl_kebutuhan_choices[i].value, NULL)
                      : sl_kebutuhan_choices[i].value;
        }
    }
    return set;
}

const char *sl_profil_kebutuhan_teks(apr_pool_t *p, const char *set,
                                     const char *lainnya)
{
    const char *out = NULL;
    char *copy, *tok, *state;

    if (!set || !*set) {
        return NULL;
    }
    copy = apr_pstrdup(p, set);
    for (tok = apr_strtok(copy, ",", &state); tok; tok = apr_strtok(NULL, ",", &state)) {
        const char *label = sl_choice_label(sl_kebutuhan_choices, tok);
        if (strcmp(tok, "lainnya") == 0 && lainnya && *lainnya) {
            label = apr_pstrcat(p, label, ": ", lainnya, NULL);
        }
        out = out ? apr_pstrcat(p, out, ", ", label, NULL) : label;
    }
    return out;
}
