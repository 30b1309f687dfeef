/* What a request for information must contain (DOMAIN.md "The request"),
 * checked field by field with a message in Indonesian for each problem.
 * Pure C: unit-tested without a server. */
#ifndef SL_PERMOHONAN_RULES_H
#define SL_PERMOHONAN_RULES_H

#include <apr_pools.h>
#include <apr_tables.h>

typedef struct {
    const char *jenis_pemohon;      /* perorangan, kelompok, badan_hukum */
    const char *nama;
    const char *nik;
    const char *nomor_badan_hukum;
    const char *alamat;
    const char *telepon;
    const char *email;
    const char *pekerjaan;
    const char *rincian;
    const char *tujuan;
    const char *cara_memperoleh;
    const char *cara_salinan;
} sl_permohonan_input;

typedef struct {
    const char *field;              /* the form field the message belongs to */
    const char *message;
} sl_field_error;

/* Appends an sl_field_error to errors for every problem; returns how many. */
int sl_permohonan_validate(const sl_permohonan_input *in,
                           apr_array_header_t *errors);

/* The choices offered by the form, NULL-terminated {value, label} pairs. */
typedef struct {
    const char *value;
    const char *label;
} sl_choice;
extern const sl_choice sl_jenis_pemohon_choices[];
extern const sl_choice sl_cara_memperoleh_choices[];
extern const sl_choice sl_cara_salinan_choices[];
extern const sl_choice sl_kanal_choices[];

/* The label of value in choices, or value itself when unknown. */
const char *sl_choice_label(const sl_choice *choices, const char *value);
/* Whether the way of obtaining the information is a copy (softcopy or
 * hardcopy): only then is the way of receiving the copy asked and kept;
 * who only sees, reads, hears or notes it down is not asked. */
int sl_perlu_salinan(const char *cara_memperoleh);
/* Whether value (may be NULL) is one of choices. */
int sl_choice_known(const sl_choice *choices, const char *value);

/* The identity document an applicant type must attach to a web request
 * (DOMAIN.md "The request"): the message beside the field when it is
 * missing (an individual's KTP; the deed for a legal entity; the power of
 * attorney and the members' KTPs for a group), NULL for an unknown type. */
const char *sl_identitas_wajib(const char *jenis_pemohon);

#endif
