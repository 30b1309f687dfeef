/* Unit tests for mod_sialip/permohonan_rules.c: what a request for
 * information must contain, and the message for each problem. */
#include "unit_errors.h"

#include <stdio.h>
#include <string.h>

#include <apr_strings.h>
#include <apr_tables.h>

#include "permohonan_rules.h"

#define MSG_NIK_FORMAT "NIK harus terdiri dari 16 angka."
#define MSG_CONTACT "Isi nomor telepon atau alamat e-mail (salah satu wajib)."
#define MSG_PHONE "Nomor telepon tidak valid: gunakan 8 sampai 15 angka."
#define MSG_EMAIL "Alamat e-mail tidak valid."
#define MSG_NAMA_LONG "Nama lengkap paling banyak 255 karakter."

/* A complete, valid request from an individual. */
static sl_permohonan_input valid_individual(void)
{
    sl_permohonan_input in = {
        .jenis_pemohon = "perorangan",
        .nama = "Siti Nurhaliza",
        .nik = "3604012345678901",
        .nomor_badan_hukum = NULL,
        .alamat = "Jl. Veteran No. 1, Serang, Banten",
        .telepon = "0812-3456-7890",
        .email = "siti@example.id",
        .pekerjaan = "Wiraswasta",
        .rincian = "Salinan DPA Dinas Pendidikan tahun anggaran 2025.",
        .tujuan = "Penelitian skripsi.",
        .cara_memperoleh = "salinan_softcopy",
        .cara_salinan = "email",
    };
    return in;
}

UNIT_VALIDATOR(sl_permohonan_input, sl_permohonan_validate)

static void set_context(const char *what, const char *value)
{
    snprintf(context, sizeof(context), "%s = %s%s%s", what,
             value ? "\"" : "", value ? value : "NULL", value ? "\"" : "");
}

/* text made of count copies of unit. */
static char *repeat(apr_pool_t *pool, const char *unit, size_t count)
{
    size_t len = strlen(unit);
    char *s = apr_palloc(pool, len * count + 1);
    for (size_t i = 0; i < count; i++)
        memcpy(s + i * len, unit, len);
    s[len * count] = '\0';
    return s;
}

/* ---- valid requests ------------------------------------------------------ */

static void test_valid_individual(void **state)
{
    sl_permohonan_input in = valid_individual();
    expect_none(state, &in);
}

static void test_valid_with_one_contact(void **state)
{
    sl_permohonan_input in = valid_individual();
    in.email = NULL;
    expect_none(state, &in);

    in = valid_individual();
    in.email = "";
    expect_none(state, &in);

    in = valid_individual();
    in.telepon = NULL;
    expect_none(state, &in);

    in = valid_individual();
    in.telepon = "   ";
    expect_none(state, &in);
}

static void test_every_choice_accepted(void **state)
{
    sl_permohonan_input in;
    for (const sl_choice *c = sl_jenis_pemohon_choices; c->value; c++) {
        in = valid_individual();
        in.jenis_pemohon = c->value;
        in.nomor_badan_hukum = "AHU-0012345.AH.01.04.Tahun 2020";
        expect_none(state, &in);
    }
    for (const sl_choice *c = sl_cara_memperoleh_choices; c->value; c++) {
        in = valid_individual();
        in.cara_memperoleh = c->value;
        expect_none(state, &in);
    }
    for (const sl_choice *c = sl_cara_salinan_choices; c->value; c++) {
        in = valid_individual();
        in.cara_salinan = c->value;
        expect_none(state, &in);
    }
}

/* ---- each required field missing ----------------------------------------- */

static void test_each_required_missing(void **state)
{
    static const struct {
        size_t offset;
        const char *field;
        const char *message;
    } cases[] = {
        {offsetof(sl_permohonan_input, jenis_pemohon), "jenis_pemohon",
         "Pilih jenis pemohon."},
        {offsetof(sl_permohonan_input, nama), "nama", "Nama lengkap wajib diisi."},
        {offsetof(sl_permohonan_input, nik), "nik", "NIK wajib diisi."},
        {offsetof(sl_permohonan_input, alamat), "alamat", "Alamat wajib diisi."},
        {offsetof(sl_permohonan_input, pekerjaan), "pekerjaan",
         "Pekerjaan wajib diisi."},
        {offsetof(sl_permohonan_input, rincian), "rincian",
         "Rincian informasi yang diminta wajib diisi."},
        {offsetof(sl_permohonan_input, tujuan), "tujuan",
         "Tujuan penggunaan informasi wajib diisi."},
        {offsetof(sl_permohonan_input, cara_memperoleh), "cara_memperoleh",
         "Pilih cara memperoleh informasi."},
        {offsetof(sl_permohonan_input, cara_salinan), "cara_salinan",
         "Pilih cara mendapatkan salinan."},
    };
    /* Missing means absent, empty, or only white space (ASCII or the
     * Unicode kind a paste brings: NBSP, ideographic space). */
    static const char *const missing[] = {NULL, "", "   ", " \t\r\n",
                                          "\xc2\xa0", "\xe3\x80\x80"};

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        for (size_t j = 0; j < sizeof(missing) / sizeof(missing[0]); j++) {
            sl_permohonan_input in = valid_individual();
            *(const char **)((char *)&in + cases[i].offset) = missing[j];
            set_context(cases[i].field, missing[j]);
            expect_one(state, &in, cases[i].field, cases[i].message);
        }
    }
}

static void test_no_contact(void **state)
{
    sl_permohonan_input in = valid_individual();
    in.telepon = NULL;
    in.email = NULL;
    expect_one(state, &in, "telepon", MSG_CONTACT);

    in.telepon = "";
    in.email = "  ";
    expect_one(state, &in, "telepon", MSG_CONTACT);
}

static void test_everything_missing(void **state)
{
    static const char *const fields[] = {
        "jenis_pemohon", "nama", "nik", "alamat", "telepon", "pekerjaan",
        "rincian", "tujuan", "cara_memperoleh", "cara_salinan",
    };
    sl_permohonan_input in;
    memset(&in, 0, sizeof(in));
    int n;
    apr_array_header_t *errors = run(state, &in, &n);
    assert_int_equal(n, (int)(sizeof(fields) / sizeof(fields[0])));
    /* In the order the form shows the fields. */
    for (int i = 0; i < n; i++)
        assert_string_equal(APR_ARRAY_IDX(errors, i, sl_field_error).field,
                            fields[i]);
}

static void test_appends_and_counts_new_only(void **state)
{
    apr_array_header_t *errors = apr_array_make(*state, 4, sizeof(sl_field_error));
    sl_field_error *earlier = apr_array_push(errors);
    earlier->field = "identitas";
    earlier->message = "Lampirkan salinan identitas.";

    sl_permohonan_input in = valid_individual();
    in.nama = NULL;
    in.alamat = "";
    assert_int_equal(sl_permohonan_validate(&in, errors), 2);
    assert_int_equal(errors->nelts, 3);
    assert_string_equal(APR_ARRAY_IDX(errors, 0, sl_field_error).field, "identitas");
    assert_string_equal(APR_ARRAY_IDX(errors, 1, sl_field_error).field, "nama");
    assert_string_equal(APR_ARRAY_IDX(errors, 2, sl_field_error).field, "alamat");

    in = valid_individual();
    assert_int_equal(sl_permohonan_validate(&in, errors), 0);
    assert_int_equal(errors->nelts, 3);
}

/* ---- NIK and legal entities ---------------------------------------------- */

static void test_nik_format(void **state)
{
    static const char *const bad[] = {
        "123",
        "360401234567890",      /* 15 digits */
        "36040123456789012",    /* 17 digits */
        "360401234567890A",     /* a letter */
        "ABCDEFGHIJKLMNOP",
        "3604 0123 4567 8901",  /* spaces */
        "3604-0123-4567-8901",
        " 3604012345678901",
        "3604012345678901 ",
        "\xd9\xa3\xd9\xa6\xd9\xa0\xd9\xa4\xd9\xa0\xd9\xa1\xd9\xa2\xd9\xa3"
        "\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8\xd9\xa9\xd9\xa0\xd9\xa1",
                                /* 16 Arabic-Indic digits: not ASCII */
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        sl_permohonan_input in = valid_individual();
        in.nik = bad[i];
        set_context("nik", bad[i]);
        expect_one(state, &in, "nik", MSG_NIK_FORMAT);
    }

    /* A group (kelompok orang) gives a NIK as an individual does. */
    sl_permohonan_input in = valid_individual();
    in.jenis_pemohon = "kelompok";
    in.nik = NULL;
    expect_one(state, &in, "nik", "NIK wajib diisi.");
    in.nik = "360401234567890";
    expect_one(state, &in, "nik", MSG_NIK_FORMAT);
}

static void test_badan_hukum(void **state)
{
    /* A legal entity gives its SK number, not a NIK. */
    sl_permohonan_input in = valid_individual();
    in.jenis_pemohon = "badan_hukum";
    in.nama = "Yayasan Keterbukaan Banten";
    in.nik = NULL;
    in.nomor_badan_hukum = "AHU-0012345.AH.01.04.Tahun 2020";
    expect_none(state, &in);

    in.nik = "";
    expect_none(state, &in);

    /* Without the SK number. */
    in.nomor_badan_hukum = NULL;
    expect_one(state, &in, "nomor_badan_hukum",
               "Nomor SK pengesahan badan hukum (Kemenkumham) wajib diisi.");
    in.nomor_badan_hukum = "  ";
    expect_one(state, &in, "nomor_badan_hukum",
               "Nomor SK pengesahan badan hukum (Kemenkumham) wajib diisi.");

    /* The SK number at its limit, and over it. */
    in.nomor_badan_hukum = repeat(*state, "A", 128);
    expect_none(state, &in);
    in.nomor_badan_hukum = repeat(*state, "A", 129);
    expect_one(state, &in, "nomor_badan_hukum",
               "Nomor SK paling banyak 128 karakter.");

    /* A NIK that a legal entity gives anyway must still be well-formed. */
    in.nomor_badan_hukum = "AHU-0012345.AH.01.04.Tahun 2020";
    in.nik = "12345";
    expect_one(state, &in, "nik", MSG_NIK_FORMAT);

    /* An individual's SK number is not needed and not checked. */
    in = valid_individual();
    in.nomor_badan_hukum = NULL;
    expect_none(state, &in);
}

/* ---- contact ------------------------------------------------------------- */

static void test_bad_email(void **state)
{
    static const char *const bad[] = {
        "siti", "siti@", "@example.id", "siti@example", "siti@@example.id",
        "siti @example.id", "siti@example..id", "siti.@example.id",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        sl_permohonan_input in = valid_individual();
        in.email = bad[i];
        set_context("email", bad[i]);
        expect_one(state, &in, "email", MSG_EMAIL);

        /* Still wrong when it is the only contact given. */
        in.telepon = NULL;
        expect_one(state, &in, "email", MSG_EMAIL);
    }
}

static void test_bad_phone(void **state)
{
    static const char *const bad[] = {
        "0812345",              /* 7 digits */
        "0812345678901234",     /* 16 digits */
        "nomor saya 0812",
        "(0254) 200123",
        "0812--34567890",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        sl_permohonan_input in = valid_individual();
        in.telepon = bad[i];
        set_context("telepon", bad[i]);
        expect_one(state, &in, "telepon", MSG_PHONE);

        in.email = NULL;
        expect_one(state, &in, "telepon", MSG_PHONE);
    }

    /* Both wrong: two messages, each next to its own field. */
    sl_permohonan_input in = valid_individual();
    in.telepon = "12";
    in.email = "bukan-email";
    int n;
    apr_array_header_t *errors = run(state, &in, &n);
    assert_int_equal(n, 2);
    assert_string_equal(APR_ARRAY_IDX(errors, 0, sl_field_error).field, "telepon");
    assert_string_equal(APR_ARRAY_IDX(errors, 0, sl_field_error).message, MSG_PHONE);
    assert_string_equal(APR_ARRAY_IDX(errors, 1, sl_field_error).field, "email");
    assert_string_equal(APR_ARRAY_IDX(errors, 1, sl_field_error).message, MSG_EMAIL);

    /* Good forms. */
    static const char *const good[] = {
        "08123456", "+6281234567890", "0254 200123", "0812.3456.7890",
    };
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        in = valid_individual();
        in.telepon = good[i];
        expect_none(state, &in);
    }
}

/* ---- lengths, counted in characters -------------------------------------- */

static void test_name_length(void **state)
{
    apr_pool_t *pool = *state;
    sl_permohonan_input in = valid_individual();

    in.nama = repeat(pool, "a", 255);
    expect_none(state, &in);
    in.nama = repeat(pool, "a", 256);
    expect_one(state, &in, "nama", MSG_NAMA_LONG);

    /* 255 two-, three- and four-byte characters: 510, 765 and 1020 bytes,
     * still 255 characters. */
    in.nama = repeat(pool, "\xc3\xa9", 255);          /* é */
    assert_int_equal(strlen(in.nama), 510);
    expect_none(state, &in);
    in.nama = repeat(pool, "\xea\xa6\xb1", 255);      /* U+A9B1 Javanese */
    expect_none(state, &in);
    in.nama = repeat(pool, "\xf0\x9f\x98\x80", 255);  /* U+1F600 */
    assert_int_equal(strlen(in.nama), 1020);
    expect_none(state, &in);

    /* One more character is too many, whatever its width. */
    in.nama = repeat(pool, "\xc3\xa9", 256);
    expect_one(state, &in, "nama", MSG_NAMA_LONG);
    in.nama = repeat(pool, "\xf0\x9f\x98\x80", 256);
    expect_one(state, &in, "nama", MSG_NAMA_LONG);
    in.nama = apr_pstrcat(pool, repeat(pool, "\xc3\xa9", 255), "a", NULL);
    expect_one(state, &in, "nama", MSG_NAMA_LONG);
}

static void test_other_lengths(void **state)
{
    apr_pool_t *pool = *state;
    static const struct {
        size_t offset;
        size_t max;
        const char *field;
        const char *message;
    } cases[] = {
        {offsetof(sl_permohonan_input, alamat), 1000, "alamat",
         "Alamat paling banyak 1000 karakter."},
        {offsetof(sl_permohonan_input, pekerjaan), 255, "pekerjaan",
         "Pekerjaan paling banyak 255 karakter."},
        {offsetof(sl_permohonan_input, rincian), 5000, "rincian",
         "Rincian informasi paling banyak 5000 karakter."},
        {offsetof(sl_permohonan_input, tujuan), 5000, "tujuan",
         "Tujuan penggunaan paling banyak 5000 karakter."},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        sl_permohonan_input in = valid_individual();
        const char **slot = (const char **)((char *)&in + cases[i].offset);

        *slot = repeat(pool, "\xc3\xa9", cases[i].max);
        expect_none(state, &in);
        *slot = repeat(pool, "x", cases[i].max + 1);
        expect_one(state, &in, cases[i].field, cases[i].message);
    }
}

/* ---- choices --------------------------------------------------------------- */

static void test_invalid_choices(void **state)
{
    static const char *const jenis[] = {
        "", "individu", "Perorangan", "PERORANGAN", "perorangan ",
        "badan hukum", "kelompok_orang",
    };
    static const char *const memperoleh[] = {
        "", "salinan", "Melihat", "softcopy", "melihat,membaca", "unduh",
    };
    static const char *const salinan[] = {
        "", "fax", "Email", "e-mail", "ambil", "melihat",
    };
    sl_permohonan_input in;

    for (size_t i = 0; i < sizeof(jenis) / sizeof(jenis[0]); i++) {
        in = valid_individual();
        in.jenis_pemohon = jenis[i];
        set_context("jenis_pemohon", jenis[i]);
        expect_one(state, &in, "jenis_pemohon", "Pilih jenis pemohon.");
    }
    for (size_t i = 0; i < sizeof(memperoleh) / sizeof(memperoleh[0]); i++) {
        in = valid_individual();
        in.cara_memperoleh = memperoleh[i];
        set_context("cara_memperoleh", memperoleh[i]);
        expect_one(state, &in, "cara_memperoleh",
                   "Pilih cara memperoleh informasi.");
    }
    for (size_t i = 0; i < sizeof(salinan) / sizeof(salinan[0]); i++) {
        in = valid_individual();
        in.cara_salinan = salinan[i];
        set_context("cara_salinan", salinan[i]);
        expect_one(state, &in, "cara_salinan", "Pilih cara mendapatkan salinan.");
    }
}

/* Who only sees, reads, hears or notes the information down is not asked
 * how to receive a copy (issue 17); who asks for a copy is. */
static void test_copy_method_only_for_a_copy(void **state)
{
    static const char *const without_copy[] = {"melihat", "membaca", "mendengarkan",
                                               "mencatat"};
    for (size_t i = 0; i < sizeof(without_copy) / sizeof(without_copy[0]); i++) {
        sl_permohonan_input in = valid_individual();
        int n;
        in.cara_memperoleh = without_copy[i];
        in.cara_salinan = "";
        set_context("cara_memperoleh", without_copy[i]);
        apr_array_header_t *errors = run(state, &in, &n);
        if (n != 0)
            unit_print_errors(errors);
        assert_int_equal(n, 0);
        assert_false(sl_perlu_salinan(without_copy[i]));
    }
    sl_permohonan_input in = valid_individual();
    in.cara_memperoleh = "salinan_hardcopy";
    in.cara_salinan = NULL;
    expect_one(state, &in, "cara_salinan", "Pilih cara mendapatkan salinan.");
    assert_true(sl_perlu_salinan("salinan_softcopy"));
    assert_false(sl_perlu_salinan(NULL));
}

static void test_choice_label(void **state)
{
    const struct {
        const sl_choice *list;
        const char *value, *label;
    } labels[] = {
        {sl_jenis_pemohon_choices, "perorangan", "Perorangan"},
        {sl_jenis_pemohon_choices, "kelompok", "Kelompok orang"},
        {sl_jenis_pemohon_choices, "badan_hukum", "Badan hukum"},
        {sl_cara_memperoleh_choices, "salinan_softcopy", "Mendapatkan salinan (softcopy)"},
        {sl_cara_memperoleh_choices, "mencatat", "Mencatat"},
        {sl_cara_salinan_choices, "unduh", "Unduh dari situs ini"},
        {sl_cara_salinan_choices, "email", "E-mail"},
        {sl_kanal_choices, "datang", "Datang langsung"},
        {sl_kanal_choices, "email", "E-mail"},
        /* Unknown: the value itself (a value from another list is unknown
         * here). */
        {sl_jenis_pemohon_choices, "Perorangan", "Perorangan"},
        {sl_jenis_pemohon_choices, "", ""},
        {sl_jenis_pemohon_choices, "unduh", "unduh"},
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        assert_string_equal(sl_choice_label(labels[i].list, labels[i].value),
                            labels[i].label);

    /* Unknown: the value itself; the same pointer, not a copy. */
    const char *unknown = "tidak_dikenal";
    assert_ptr_equal(sl_choice_label(sl_cara_salinan_choices, unknown), unknown);
    assert_null(sl_choice_label(sl_jenis_pemohon_choices, NULL));

    /* Every list is NULL-terminated and every value has a label. */
    const sl_choice *lists[] = {sl_jenis_pemohon_choices,
                                sl_cara_memperoleh_choices,
                                sl_cara_salinan_choices, sl_kanal_choices};
    for (size_t i = 0; i < 4; i++) {
        int n = 0;
        for (const sl_choice *c = lists[i]; c->value; c++, n++) {
            assert_non_null(c->label);
            assert_string_equal(sl_choice_label(lists[i], c->value), c->label);
        }
        assert_true(n > 0 && n < 20);
    }
}

/* The identity document each applicant type must attach on the web. */
static void test_identitas_wajib(void **state)
{
    assert_non_null(strstr(sl_identitas_wajib("perorangan"), "KTP"));
    assert_null(sl_identitas_wajib(NULL));
    assert_null(sl_identitas_wajib(""));
    assert_non_null(strstr(sl_identitas_wajib("badan_hukum"), "akta pendirian"));
    assert_non_null(strstr(sl_identitas_wajib("kelompok"), "surat kuasa khusus"));
    assert_null(sl_identitas_wajib("Kelompok"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        UNIT_ERRORS_TEST(test_valid_individual),
        UNIT_ERRORS_TEST(test_valid_with_one_contact),
        UNIT_ERRORS_TEST(test_every_choice_accepted),
        UNIT_ERRORS_TEST(test_each_required_missing),
        UNIT_ERRORS_TEST(test_no_contact),
        UNIT_ERRORS_TEST(test_everything_missing),
        UNIT_ERRORS_TEST(test_appends_and_counts_new_only),
        UNIT_ERRORS_TEST(test_nik_format),
        UNIT_ERRORS_TEST(test_badan_hukum),
        UNIT_ERRORS_TEST(test_bad_email),
        UNIT_ERRORS_TEST(test_bad_phone),
        UNIT_ERRORS_TEST(test_name_length),
        UNIT_ERRORS_TEST(test_other_lengths),
        UNIT_ERRORS_TEST(test_invalid_choices),
        UNIT_ERRORS_TEST(test_copy_method_only_for_a_copy),
        UNIT_ERRORS_TEST(test_choice_label),
        UNIT_ERRORS_TEST(test_identitas_wajib),
    };

    return UNIT_RUN(tests, NULL, NULL);
}
