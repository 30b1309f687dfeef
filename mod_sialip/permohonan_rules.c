#include <string.h>
#include "validate.h"
#include "permohonan_rules.h"
#include "sialip_messages.h"

const sl_choice sl_jenis_pemohon_choices[] = {
    {"perorangan", "Perorangan"},
    {"kelompok", "Kelompok orang"},
    {"badan_hukum", "Badan hukum"},
    {NULL, NULL}
};

const sl_choice sl_cara_memperoleh_choices[] = {
    {"melihat", "Melihat"},
    {"membaca", "Membaca"},
    {"mendengarkan", "Mendengarkan"},
    {"mencatat", "Mencatat"},
    {"salinan_softcopy", "Mendapatkan salinan (softcopy)"},
    {"salinan_hardcopy", "Mendapatkan salinan (hardcopy)"},
    {NULL, NULL}
};

const sl_choice sl_cara_salinan_choices[] = {
    {"mengambil_langsung", "Mengambil langsung"},
    {"kurir", "Kurir"},
    {"pos", "Pos"},
    {"faksimili", "Faksimili"},
    {"email", "E-mail"},
    {"unduh", "Unduh dari situs ini"},
    {NULL, NULL}
};

const sl_choice sl_kanal_choices[] = {
    {"web", "Situs web"},
    {"datang", "Datang langsung"},
    {"surat", "Surat"},
    {"email", "E-mail"},
    {"telepon", "Telepon"},
    {NULL, NULL}
};

const char *sl_choice_label(const sl_choice *choices, const char *value)
{
    for (; value && choices->value; choices++) {
        if (strcmp(choices->value, value) == 0) {
            return choices->label;
        }
    }
    return value;
}

int sl_perlu_salinan(const char *cara_memperoleh)
{
    return cara_memperoleh && strncmp(cara_memperoleh, "salinan_", 8) == 0;
}

int sl_choice_known(const sl_choice *choices, const char *value)
{
    for (; value && choices->value; choices++) {
        if (strcmp(choices->value, value) == 0) {
            return 1;
        }
    }
    return 0;
}

static void add(apr_array_header_t *errors, const char *field,
                const char *message)
{
    sl_field_error *e = apr_array_push(errors);
    e->field = field;
    e->message = message;
}

static size_t chars(const char *text)
{
    return text ? sl_utf8_length(text, strlen(text)) : 0;
}

/* A required free-text field of at most max characters. */
static void check_text(apr_array_header_t *errors, const char *field,
                       const char *value, size_t max, const char *missing,
                       const char *too_long)
{
    if (!value || !sl_not_blank(value)) {
        add(errors, field, missing);
    }
    else if (chars(value) > max) {
        add(errors, field, too_long);
    }
}

static int present(const char *value)
{
    return value && sl_not_blank(value);
}

static void check_identity(const sl_permohonan_input *in,
                           apr_array_header_t *errors)
{
    int legal_entity = in->jenis_pemohon
                       && strcmp(in->jenis_pemohon, "badan_hukum") == 0;

    if (legal_entity) {
        check_text(errors, "nomor_badan_hukum", in->nomor_badan_hukum, 128,
                   SIALIP_MSG_NOMOR_SK_PENGESAHAN_BADAN,
                   SIALIP_MSG_NOMOR_SK_PALING_BANYAK);
    }
    else if (!present(in->nik)) {
        add(errors, "nik", SIALIP_MSG_NIK_WAJIB_DIISI);
    }
    if (present(in->nik) && !sl_valid_nik(in->nik)) {
        add(errors, "nik", SIALIP_MSG_NIK_HARUS_TERDIRI_ANGKA);
    }
}

static void check_contact(const sl_permohonan_input *in,
                          apr_array_header_t *errors)
{
    if (!present(in->telepon) && !present(in->email)) {
        add(errors, "telepon",
            SIALIP_MSG_ISI_NOMOR_TELEPON_ALAMAT);
        return;
    }
    if (present(in->telepon) && !sl_valid_phone(in->telepon)) {
        add(errors, "telepon",
            SIALIP_MSG_NOMOR_TELEPON_TIDAK_VALID);
    }
    if (present(in->email) && !sl_valid_email(in->email)) {
        add(errors, "email", SIALIP_MSG_ALAMAT_E_MAIL_TIDAK_VALID);
    }
}

int sl_permohonan_validate(const sl_permohonan_input *in,
                           apr_array_header_t *errors)
{
    int before = errors->nelts;

    if (!sl_choice_known(sl_jenis_pemohon_choices, in->jenis_pemohon)) {
        add(errors, "jenis_pemohon", SIALIP_MSG_PILIH_JENIS_PEMOHON);
    }
    check_text(errors, "nama", in->nama, 255, SIALIP_MSG_NAMA_LENGKAP_WAJIB_DIISI,
               SIALIP_MSG_NAMA_LENGKAP_PALING_BANYAK);
    check_identity(in, errors);
    check_text(errors, "alamat", in->alamat, 1000, SIALIP_MSG_ALAMAT_WAJIB_DIISI,
               SIALIP_MSG_ALAMAT_PALING_BANYAK_KARAKTER);
    check_contact(in, errors);
    check_text(errors, "pekerjaan", in->pekerjaan, 255, SIALIP_MSG_PEKERJAAN_WAJIB_DIISI,
               SIALIP_MSG_PEKERJAAN_PALING_BANYAK_KARAKTER);
    check_text(errors, "rincian", in->rincian, 5000,
               SIALIP_MSG_RINCIAN_INFORMASI_DIMINTA_WAJIB,
               SIALIP_MSG_RINCIAN_INFORMASI_PALING_BANYAK);
    check_text(errors, "tujuan", in->tujuan, 5000,
               SIALIP_MSG_TUJUAN_PENGGUNAAN_INFORMASI_WAJIB,
               SIALIP_MSG_TUJUAN_PENGGUNAAN_PALING_BANYAK);
    if (!sl_choice_known(sl_cara_memperoleh_choices, in->cara_memperoleh)) {
        add(errors, "cara_memperoleh", SIALIP_MSG_PILIH_CARA_MEMPEROLEH_INFORMASI);
    }
    /* Asked unless the way chosen is one without a copy. */
    if ((sl_perlu_salinan(in->cara_memperoleh)
         || !sl_choice_known(sl_cara_memperoleh_choices, in->cara_memperoleh))
        && !sl_choice_known(sl_cara_salinan_choices, in->cara_salinan)) {
        add(errors, "cara_salinan", SIALIP_MSG_PILIH_CARA_MENDAPATKAN_SALINAN);
    }
    return errors->nelts - before;
}

const char *sl_identitas_wajib(const char *jenis_pemohon)
{
    if (jenis_pemohon && strcmp(jenis_pemohon, "perorangan") == 0) {
        return SIALIP_MSG_LAMPIRKAN_SALINAN_KTP;
    }
    if (jenis_pemohon && strcmp(jenis_pemohon, "badan_hukum") == 0) {
        return SIALIP_MSG_LAMPIRKAN_SALINAN_AKTA_PENDIRIAN;
    }
    if (jenis_pemohon && strcmp(jenis_pemohon, "kelompok") == 0) {
        return SIALIP_MSG_LAMPIRKAN_SURAT_KUASA_KHUSUS;
    }
    return NULL;
}
