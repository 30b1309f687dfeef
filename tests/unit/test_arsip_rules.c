/* Unit tests for mod_sialip/arsip_rules.c: likely personal data in a
 * request's text (NIK, phone numbers, e-mail addresses, the applicant's
 * name), the suggested text without it, and the archive's search words. */
#include "unit.h"
#include <stdio.h>
#include <string.h>

#include <apr_tables.h>
#include <apr_strings.h>

#include "arsip_rules.h"

/* The flags of text as "kind:flagged text|..." */
static const char *flags(const char *text, const char *name)
{
    apr_array_header_t *t = arsip_tanda_cari(unit_pool, text, name);
    const char *out = "";
    int i;
    for (i = 0; i < t->nelts; i++) {
        arsip_tanda *a = &APR_ARRAY_IDX(t, i, arsip_tanda);
        out = apr_psprintf(unit_pool, "%s%s%s:%.*s", out, i ? "|" : "",
                           arsip_tanda_kode(a->jenis), (int)a->panjang, text + a->awal);
    }
    return out;
}

static void test_nik_and_phones(void **state)
{
    (void)state;
    assert_string_equal(flags("NIK saya 3604011234567890, hubungi 0812-3456-7890.", NULL),
                        "nik:3604011234567890|telepon:0812-3456-7890");
    assert_string_equal(flags("KTP 3604 0112 3456 7890 ya", NULL), "nik:3604 0112 3456 7890");
    assert_string_equal(flags("telp +62 812 3456 7890 atau 62812345678", NULL),
                        "telepon:+62 812 3456 7890|telepon:62812345678");
    /* A year before a phone number stays outside the flag. */
    assert_string_equal(flags("tahun 2026 08123456789", NULL), "telepon:08123456789");
    /* Years, amounts and article numbers are not personal data. */
    assert_string_equal(flags("APBD 2025 sebesar 1.250.000.000 Pasal 17 huruf b", NULL), "");
    /* 17 digits is not a NIK; digits inside a word are not a number. */
    assert_string_equal(flags("36040112345678901 dan KODE08123456789", NULL), "");
}

static void test_email(void **state)
{
    (void)state;
    assert_string_equal(flags("surel: siti.aminah+ppid@mail.example.id.", NULL),
                        "email:siti.aminah+ppid@mail.example.id");
    assert_string_equal(flags("a@b tanpa domain, @akun", NULL), "");
    /* digits in an address belong to the address */
    assert_string_equal(flags("kirim ke 081234567890@example.id", NULL),
                        "email:081234567890@example.id");
}

static void test_name(void **state)
{
    (void)state;
    assert_string_equal(flags("Saya, siti AMINAH, meminta data; Aminah warga Ciruas",
                              "Siti Aminah"),
                        "nama:siti AMINAH|nama_bagian:Aminah");
    /* word boundaries: "Budi" is not flagged inside "Budiman" */
    assert_string_equal(flags("Budiman meminta", "Budi Santoso"), "");
    assert_true(arsip_tanda_terlarang(ARSIP_TANDA_NAMA));
    assert_false(arsip_tanda_terlarang(ARSIP_TANDA_NAMA_BAGIAN));
}

static void test_samarkan(void **state)
{
    const char *text = "Saya Siti Aminah (3604011234567890) minta data dana desa";
    (void)state;
    assert_string_equal(arsip_samarkan(unit_pool, text,
                                       arsip_tanda_cari(unit_pool, text, "Siti Aminah")),
                        "Saya [dihapus] ([dihapus]) minta data dana desa");
    assert_string_equal(arsip_samarkan(unit_pool, "tanpa data",
                                       arsip_tanda_cari(unit_pool, "tanpa data", "X Y")),
                        "tanpa data");
}

static void test_kueri(void **state)
{
    (void)state;
    assert_string_equal(arsip_kueri(unit_pool, "anggaran pendidikan"), "+anggaran* +pendidikan*");
    /* operators are dropped, short words too */
    assert_string_equal(arsip_kueri(unit_pool, "\"dana\" -desa +(RT) ~x* @3"), "+dana* +desa*");
    assert_string_equal(arsip_kueri(unit_pool, "  -- "), "");
    assert_string_equal(arsip_kueri(unit_pool, "a b c d e f g h i j k l m n o p q r s t u v"
                                               " satu dua tiga empat lima enam tujuh delapan"
                                               " sembilan"),
                        "+satu* +dua* +tiga* +empat* +lima* +enam* +tujuh* +delapan*");
    assert_string_equal(arsip_kueri_saran(unit_pool, "Saya mohon data anggaran Pendidikan tahun 2025"),
                        "anggaran* Pendidikan* 2025*");
    assert_string_equal(arsip_kueri_saran(unit_pool, "saya minta data"), "");
}

static void test_kata(void **state)
{
    apr_array_header_t *w;
    const char *joined = "";
    int i;
    (void)state;
    w = arsip_kata(unit_pool, "Saya mohon DATA Anggaran pendidikan, anggaran 2025 di Ciruas; "
                         "ab cd", 0);
    for (i = 0; i < w->nelts; i++) {
        joined = apr_pstrcat(unit_pool, joined, i ? " " : "", APR_ARRAY_IDX(w, i, const char *),
                             NULL);
    }
    assert_string_equal(joined, "anggaran pendidikan 2025 ciruas");
    assert_int_equal(arsip_kata(unit_pool, "satu dua tiga empat lima", 2)->nelts, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nik_and_phones),
        cmocka_unit_test(test_email),
        cmocka_unit_test(test_name),
        cmocka_unit_test(test_samarkan),
        cmocka_unit_test(test_kueri),
        cmocka_unit_test(test_kata),
    };
    return UNIT_RUN(tests, unit_group_pool_setup, unit_group_pool_teardown);
}
