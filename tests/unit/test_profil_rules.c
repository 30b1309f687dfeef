/* Unit tests for mod_sialip/profil_rules.c: the requester's profile for
 * statistics and the special needs of a request. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include <apr_general.h>
#include <apr_pools.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "profil_rules.h"

static int setup(void **state)
{
    apr_pool_t *pool;
    if (apr_pool_create(&pool, NULL) != APR_SUCCESS)
        return -1;
    *state = pool;
    return 0;
}

static int teardown(void **state)
{
    apr_pool_destroy(*state);
    return 0;
}

static sl_profil_input empty(void)
{
    sl_profil_input in = {"", "", "", "", {"", "", "", "", "", ""}, ""};
    return in;
}

static apr_array_header_t *check(apr_pool_t *p, const sl_profil_input *in)
{
    apr_array_header_t *errors = apr_array_make(p, 4, sizeof(sl_field_error));
    int n = sl_profil_validate(in, errors);
    assert_int_equal(n, errors->nelts);
    return errors;
}

static const char *error_for(apr_array_header_t *errors, const char *field)
{
    int i;
    for (i = 0; i < errors->nelts; i++) {
        sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        if (strcmp(e->field, field) == 0)
            return e->message;
    }
    return NULL;
}

static void test_everything_optional_but_consistent(void **state)
{
    sl_profil_input in = empty();
    assert_int_equal(check(*state, &in)->nelts, 0);
    assert_null(sl_profil_kebutuhan_set(*state, &in));
    assert_string_equal(sl_profil_pekerjaan_teks(&in), "");
}

static void test_every_choice_accepted(void **state)
{
    const sl_choice *ch;
    sl_profil_input in = empty();
    for (ch = sl_pekerjaan_choices; ch->value; ch++) {
        in.pekerjaan_kode = ch->value;
        in.pekerjaan = strcmp(ch->value, "lainnya") == 0 ? "Pemandu wisata" : "";
        assert_int_equal(check(*state, &in)->nelts, 0);
    }
    in = empty();
    for (ch = sl_kecamatan_choices; ch->value; ch++) {
        in.kecamatan = ch->value;
        assert_int_equal(check(*state, &in)->nelts, 0);
    }
    for (ch = sl_jenis_kelamin_choices; ch->value; ch++) {
        in.jenis_kelamin = ch->value;
        assert_int_equal(check(*state, &in)->nelts, 0);
    }
}

static void test_the_29_kecamatan_and_luar_daerah(void **state)
{
    int n = 0;
    const sl_choice *ch;
    (void)state;
    for (ch = sl_kecamatan_choices; ch->value; ch++)
        n++;
    assert_int_equal(n, 30);
    assert_string_equal(sl_kecamatan_choices[29].value, "luar_daerah");
    assert_string_equal(sl_choice_label(sl_kecamatan_choices, "pulo_ampel"), "Pulo Ampel");
}

static void test_unknown_codes_refused(void **state)
{
    sl_profil_input in = empty();
    apr_array_header_t *e;
    in.pekerjaan_kode = "astronot";
    in.jenis_kelamin = "L";
    in.kecamatan = "serang_kota";
    e = check(*state, &in);
    assert_int_equal(e->nelts, 3);
    assert_string_equal(error_for(e, "pekerjaan_kode"), "Pilih pekerjaan dari daftar.");
    assert_non_null(strstr(error_for(e, "jenis_kelamin"), "laki-laki, perempuan"));
    assert_non_null(strstr(error_for(e, "kecamatan"), "Luar daerah"));
    assert_string_equal(sl_profil_pekerjaan_teks(&in), "");
}

static void test_lainnya_needs_its_text(void **state)
{
    sl_profil_input in = empty();
    apr_array_header_t *e;
    in.pekerjaan_kode = "lainnya";
    in.pekerjaan = "  ";
    in.kebutuhan[5] = "1";
    e = check(*state, &in);
    assert_int_equal(e->nelts, 2);
    assert_non_null(strstr(error_for(e, "pekerjaan"), "tuliskan pekerjaan"));
    assert_non_null(strstr(error_for(e, "kebutuhan_lainnya"), "jelaskan kebutuhan"));
}

static void test_occupation_text(void **state)
{
    sl_profil_input in = empty();
    (void)state;
    in.pekerjaan_kode = "pns";
    assert_string_equal(sl_profil_pekerjaan_teks(&in), "PNS/ASN");
    in.pekerjaan = "Guru SD";
    assert_string_equal(sl_profil_pekerjaan_teks(&in), "Guru SD");
    in = empty();
    in.pekerjaan_kode = "lainnya";
    assert_string_equal(sl_profil_pekerjaan_teks(&in), "");
}

static void test_needs_set_and_text(void **state)
{
    apr_pool_t *p = *state;
    sl_profil_input in = empty();
    in.kebutuhan[0] = "1";
    in.kebutuhan[3] = "1";
    in.kebutuhan[2] = "on";          /* only "1" ticks */
    assert_string_equal(sl_profil_kebutuhan_set(p, &in), "braille,isyarat");
    in.kebutuhan_lainnya = "Dibacakan";
    assert_string_equal(sl_profil_kebutuhan_set(p, &in), "braille,isyarat,lainnya");
    assert_string_equal(sl_profil_kebutuhan_teks(p, "braille,isyarat,lainnya", "Dibacakan"),
                        "Huruf braille, Juru bahasa isyarat, Lainnya: Dibacakan");
    assert_null(sl_profil_kebutuhan_teks(p, NULL, NULL));
    assert_null(sl_profil_kebutuhan_teks(p, "", "x"));
}

static void test_needs_text_length(void **state)
{
    apr_pool_t *p = *state;
    sl_profil_input in = empty();
    char *text = apr_palloc(p, 257);
    memset(text, 'a', 256);
    text[256] = '\0';
    in.kebutuhan_lainnya = text;
    assert_non_null(strstr(error_for(check(p, &in), "kebutuhan_lainnya"), "255"));
    text[255] = '\0';
    assert_int_equal(check(p, &in)->nelts, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_everything_optional_but_consistent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_choice_accepted, setup, teardown),
        cmocka_unit_test_setup_teardown(test_the_29_kecamatan_and_luar_daerah, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_codes_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lainnya_needs_its_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_occupation_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_needs_set_and_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_needs_text_length, setup, teardown),
    };

    apr_initialize();
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    apr_terminate();
    return rc;
}
