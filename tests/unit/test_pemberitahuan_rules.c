/* Unit tests for mod_sialip/pemberitahuan_rules.c: what a written notice
 * must say for each outcome (UU 14/2008 Pasal 22(7)), whether the body holds
 * the information, and the copying cost in rupiah. */
#include "unit_errors.h"

#include <stdio.h>
#include <string.h>

#include <apr_strings.h>
#include <apr_tables.h>

#include "pemberitahuan_rules.h"

#define MSG_KEPUTUSAN "Pilih keputusan atas permohonan."
#define MSG_INFORMASI "Sebutkan informasi yang diberikan."
#define MSG_BENTUK "Pilih bentuk informasi yang diberikan."
#define MSG_CARA "Pilih cara penyampaian informasi."
#define MSG_HITAM "Sebutkan bagian informasi yang dihitamkan."
#define MSG_ALASAN_HITAM "Tuliskan alasan penghitaman."
#define MSG_DIKECUALIKAN "Pilih uji konsekuensi (Daftar Informasi yang " \
    "Dikecualikan) yang menjadi dasar penolakan."
#define MSG_DITERUSKAN "Sebutkan badan publik yang menguasai informasi."
#define MSG_JANJI "Sebutkan kapan informasi akan tersedia."
#define MSG_PROSEDURAL "Sebutkan persyaratan yang belum dipenuhi."

/* ---- the fields each outcome needs ---------------------------------------- */

typedef struct {
    const char *field;
    size_t offset;          /* of the member in sl_pemberitahuan_input */
    const char *message;
} required_field;

#define F(name, msg) {#name, offsetof(sl_pemberitahuan_input, name), msg}

static const required_field MEMBERI[] = {
    F(informasi_diberikan, MSG_INFORMASI),
    F(bentuk, MSG_BENTUK),
    F(cara_penyampaian, MSG_CARA),
};
static const required_field SEBAGIAN[] = {
    F(informasi_diberikan, MSG_INFORMASI),
    F(bentuk, MSG_BENTUK),
    F(cara_penyampaian, MSG_CARA),
    F(bagian_dihitamkan, MSG_HITAM),
    F(alasan_penghitaman, MSG_ALASAN_HITAM),
};
static const required_field DIKECUALIKAN[] = {
    F(dikecualikan_id, MSG_DIKECUALIKAN),
};
static const required_field TIDAK_DIKUASAI[] = {
    F(diteruskan_ke, MSG_DITERUSKAN),
};
static const required_field BELUM_DIKUASAI[] = {
    F(janji_waktu, MSG_JANJI),
};
static const required_field PROSEDURAL[] = {
    F(alasan_prosedural, MSG_PROSEDURAL),
};

#define LEN(a) ((int)(sizeof(a) / sizeof((a)[0])))

typedef struct {
    const char *keputusan;
    const required_field *fields;   /* in the order the errors come */
    int count;
    const char *penguasaan;
    int memberi;
} outcome;

static const outcome OUTCOMES[] = {
    {"diberikan_seluruhnya", MEMBERI, LEN(MEMBERI), "dikuasai", 1},
    {"diberikan_sebagian", SEBAGIAN, LEN(SEBAGIAN), "dikuasai", 1},
    {"ditolak_dikecualikan", DIKECUALIKAN, LEN(DIKECUALIKAN), "dikuasai", 0},
    {"tidak_dikuasai", TIDAK_DIKUASAI, LEN(TIDAK_DIKUASAI), "tidak_dikuasai", 0},
    {"belum_dikuasai", BELUM_DIKUASAI, LEN(BELUM_DIKUASAI),
     "belum_didokumentasikan", 0},
    {"ditolak_prosedural", PROSEDURAL, LEN(PROSEDURAL), "tidak_dinilai", 0},
};
#define N_OUTCOMES LEN(OUTCOMES)

static const outcome *outcome_of(const char *keputusan)
{
    for (int i = 0; i < N_OUTCOMES; i++) {
        if (strcmp(OUTCOMES[i].keputusan, keputusan) == 0)
            return &OUTCOMES[i];
    }
    return NULL;
}

/* The member at offset. */
static const char **slot(sl_pemberitahuan_input *in, size_t offset)
{
    return (const char **)((char *)in + offset);
}

/* What a complete notice says in each field besides keputusan. */
#define V(name, text) {offsetof(sl_pemberitahuan_input, name), text}
static const struct {
    size_t offset;
    const char *text;
} FILLED[] = {
    V(informasi_diberikan, "Salinan DPA Dinas Pendidikan tahun anggaran 2025."),
    V(bagian_dihitamkan, "Nomor rekening pihak ketiga."),
    V(alasan_penghitaman, "Data pribadi (Pasal 17 huruf h)."),
    V(dikecualikan_id, "7"),
    V(diteruskan_ke, "Dinas Pendidikan Provinsi Banten"),
    V(janji_waktu, "Paling lambat 30 Juni 2026."),
    V(alasan_prosedural, "Salinan KTP tidak terbaca."),
    V(bentuk, "softcopy"),
    V(cara_penyampaian, "email"),
};

/* A notice with every field filled in. */
static sl_pemberitahuan_input complete(const char *keputusan)
{
    sl_pemberitahuan_input in = {.keputusan = keputusan};
    for (int i = 0; i < LEN(FILLED); i++)
        *slot(&in, FILLED[i].offset) = FILLED[i].text;
    return in;
}

/* Only keputusan and the fields it needs; the rest NULL. */
static sl_pemberitahuan_input minimal(const outcome *o)
{
    sl_pemberitahuan_input full = complete(o->keputusan);
    sl_pemberitahuan_input in = {.keputusan = o->keputusan};
    for (int i = 0; i < o->count; i++) {
        size_t off = o->fields[i].offset;
        *slot(&in, off) = *slot(&full, off);
    }
    return in;
}

UNIT_VALIDATOR(sl_pemberitahuan_input, sl_pemberitahuan_validate)

/* ---- sl_pemberitahuan_validate ---------------------------------------------- */

static void test_choices_are_the_six_outcomes(void **state)
{
    int n = 0;
    for (const sl_choice *c = sl_keputusan_choices; c->value; c++, n++) {
        snprintf(context, sizeof(context), "keputusan = %s", c->value);
        assert_non_null(c->label);
        assert_non_null(outcome_of(c->value));
        assert_string_equal(sl_choice_label(sl_keputusan_choices, c->value), c->label);
    }
    assert_int_equal(n, N_OUTCOMES);

    n = 0;
    for (const sl_choice *c = sl_bentuk_choices; c->value; c++, n++)
        assert_non_null(c->label);
    assert_int_equal(n, 2);
    assert_string_equal(sl_choice_label(sl_bentuk_choices, "softcopy"),
                        "Salinan elektronik (softcopy)");
    assert_string_equal(sl_choice_label(sl_bentuk_choices, "hardcopy"),
                        "Salinan cetak (hardcopy)");
}

static void test_complete_notice_valid(void **state)
{
    for (const sl_choice *c = sl_keputusan_choices; c->value; c++) {
        snprintf(context, sizeof(context), "complete, keputusan = %s", c->value);
        sl_pemberitahuan_input in = complete(c->value);
        expect_none(state, &in);
    }
}

/* Fields an outcome does not need may be left out. */
static void test_only_required_fields_valid(void **state)
{
    for (const sl_choice *c = sl_keputusan_choices; c->value; c++) {
        snprintf(context, sizeof(context), "minimal, keputusan = %s", c->value);
        sl_pemberitahuan_input in = minimal(outcome_of(c->value));
        expect_none(state, &in);
    }
}

static void test_each_required_missing(void **state)
{
    static const char *const missing[] = {NULL, "", "   ", " \t\r\n "};

    for (const sl_choice *c = sl_keputusan_choices; c->value; c++) {
        const outcome *o = outcome_of(c->value);
        for (int f = 0; f < o->count; f++) {
            for (size_t m = 0; m < sizeof(missing) / sizeof(missing[0]); m++) {
                snprintf(context, sizeof(context), "keputusan = %s, %s = %s%s%s",
                         o->keputusan, o->fields[f].field,
                         missing[m] ? "\"" : "", missing[m] ? missing[m] : "NULL",
                         missing[m] ? "\"" : "");
                sl_pemberitahuan_input in = complete(o->keputusan);
                *slot(&in, o->fields[f].offset) = missing[m];
                expect_one(state, &in, o->fields[f].field, o->fields[f].message);
            }
        }
    }
}

static void test_all_required_missing(void **state)
{
    for (const sl_choice *c = sl_keputusan_choices; c->value; c++) {
        const outcome *o = outcome_of(c->value);
        sl_pemberitahuan_input in = {.keputusan = o->keputusan};
        int n;
        snprintf(context, sizeof(context), "only keputusan = %s", o->keputusan);
        apr_array_header_t *errors = run(state, &in, &n);
        if (n != o->count)
            unit_print_errors(errors);
        assert_int_equal(n, o->count);
        for (int i = 0; i < n; i++) {
            const sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
            assert_string_equal(e->field, o->fields[i].field);
            assert_string_equal(e->message, o->fields[i].message);
        }
    }
}

static void test_bentuk_and_cara_must_be_known(void **state)
{
    static const char *const given[] = {"diberikan_seluruhnya", "diberikan_sebagian"};
    static const char *const bad[] = {"pdf", "SOFTCOPY", "Salinan cetak (hardcopy)",
                                      "softcopy "};
    static const char *const bad_cara[] = {"fax", "EMAIL", "E-mail", "email "};

    for (int g = 0; g < 2; g++) {
        for (const sl_choice *b = sl_bentuk_choices; b->value; b++) {
            for (const sl_choice *c = sl_cara_salinan_choices; c->value; c++) {
                snprintf(context, sizeof(context), "%s, bentuk = %s, cara = %s",
                         given[g], b->value, c->value);
                sl_pemberitahuan_input in = complete(given[g]);
                in.bentuk = b->value;
                in.cara_penyampaian = c->value;
                expect_none(state, &in);
            }
        }
        for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
            snprintf(context, sizeof(context), "%s, bentuk = \"%s\"", given[g], bad[i]);
            sl_pemberitahuan_input in = complete(given[g]);
            in.bentuk = bad[i];
            expect_one(state, &in, "bentuk", MSG_BENTUK);
        }
        for (size_t i = 0; i < sizeof(bad_cara) / sizeof(bad_cara[0]); i++) {
            snprintf(context, sizeof(context), "%s, cara_penyampaian = \"%s\"",
                     given[g], bad_cara[i]);
            sl_pemberitahuan_input in = complete(given[g]);
            in.cara_penyampaian = bad_cara[i];
            expect_one(state, &in, "cara_penyampaian", MSG_CARA);
        }
    }
}

/* An unknown outcome gives one error, on keputusan, whatever else is there. */
static void test_unknown_keputusan(void **state)
{
    static const char *const unknown[] = {
        NULL, "", "   ", "ditolak", "DIBERIKAN_SELURUHNYA", "diberikan_seluruhnya ",
        "Informasi diberikan seluruhnya", "dikuasai",
    };
    for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
        snprintf(context, sizeof(context), "keputusan = %s%s%s",
                 unknown[i] ? "\"" : "", unknown[i] ? unknown[i] : "NULL",
                 unknown[i] ? "\"" : "");
        sl_pemberitahuan_input in = complete(unknown[i]);
        expect_one(state, &in, "keputusan", MSG_KEPUTUSAN);

        sl_pemberitahuan_input empty = {.keputusan = unknown[i]};
        expect_one(state, &empty, "keputusan", MSG_KEPUTUSAN);
    }
}

/* Errors are appended to what the array holds; the count is of new ones. */
static void test_appends_and_counts_new_only(void **state)
{
    apr_array_header_t *errors = apr_array_make(*state, 4, sizeof(sl_field_error));
    sl_field_error *old = apr_array_push(errors);
    old->field = "nomor";
    old->message = "lama";

    sl_pemberitahuan_input in = {.keputusan = "tidak_dikuasai"};
    assert_int_equal(sl_pemberitahuan_validate(&in, errors), 1);
    assert_int_equal(errors->nelts, 2);
    assert_string_equal(APR_ARRAY_IDX(errors, 0, sl_field_error).field, "nomor");
    assert_string_equal(APR_ARRAY_IDX(errors, 1, sl_field_error).field, "diteruskan_ke");

    in = complete("diberikan_sebagian");
    assert_int_equal(sl_pemberitahuan_validate(&in, errors), 0);
    assert_int_equal(errors->nelts, 2);
}

/* ---- sl_pemberitahuan_penguasaan and sl_pemberitahuan_memberi --------------- */

static void test_penguasaan(void **state)
{
    for (int i = 0; i < N_OUTCOMES; i++) {
        snprintf(context, sizeof(context), "keputusan = %s", OUTCOMES[i].keputusan);
        assert_string_equal(sl_pemberitahuan_penguasaan(OUTCOMES[i].keputusan),
                            OUTCOMES[i].penguasaan);
    }
    assert_string_equal(sl_pemberitahuan_penguasaan("tidak_dikuasai"), "tidak_dikuasai");
    assert_string_equal(sl_pemberitahuan_penguasaan("belum_dikuasai"),
                        "belum_didokumentasikan");
    assert_string_equal(sl_pemberitahuan_penguasaan("ditolak_dikecualikan"), "dikuasai");
    /* A procedural refusal never looked for the information. */
    assert_string_equal(sl_pemberitahuan_penguasaan("ditolak_prosedural"),
                        "tidak_dinilai");
    /* Every code has a label the notice prints. */
    for (int i = 0; i < N_OUTCOMES; i++) {
        const char *code = sl_pemberitahuan_penguasaan(OUTCOMES[i].keputusan);
        assert_true(sl_choice_label(sl_penguasaan_choices, code) != code);
    }
}

/* ---- sl_pemberitahuan_validate_syarat -------------------------------------- */

static int syarat(void **state, const char *keputusan, const char *tanggal,
                  const char *cara, long biaya, sl_day *out, const char **field)
{
    apr_array_header_t *errors = apr_array_make(*state, 4, sizeof(sl_field_error));
    sl_pemberitahuan_syarat in = {keputusan, tanggal, cara, biaya,
                                  sl_day_from_ymd(2026, 4, 6)};
    int n = sl_pemberitahuan_validate_syarat(&in, out, errors);
    assert_int_equal(n, errors->nelts);
    *field = n ? APR_ARRAY_IDX(errors, 0, sl_field_error).field : NULL;
    return n;
}

static void test_syarat_waktu_penyediaan(void **state)
{
    sl_day d;
    const char *f;
    /* Belum dikuasai: the promised date is required, not in the past. */
    assert_int_equal(syarat(state, "belum_dikuasai", "", NULL, 0, &d, &f), 1);
    assert_string_equal(f, "waktu_penyediaan");
    assert_int_equal(syarat(state, "belum_dikuasai", "2026-04-05", NULL, 0, &d, &f), 1);
    assert_int_equal(syarat(state, "belum_dikuasai", "30/04/2026", NULL, 0, &d, &f), 1);
    assert_int_equal(syarat(state, "belum_dikuasai", "2026-04-30", NULL, 0, &d, &f), 0);
    assert_int_equal(d, sl_day_from_ymd(2026, 4, 30));
    assert_int_equal(syarat(state, "belum_dikuasai", "2026-04-06", NULL, 0, &d, &f), 0);
    /* Given: today unless a later date is promised. */
    assert_int_equal(syarat(state, "diberikan_seluruhnya", "", NULL, 0, &d, &f), 0);
    assert_int_equal(d, sl_day_from_ymd(2026, 4, 6));
    assert_int_equal(syarat(state, "diberikan_sebagian", "2026-04-10", NULL, 0, &d, &f), 0);
    assert_int_equal(d, sl_day_from_ymd(2026, 4, 10));
    /* Refusals provide nothing. */
    assert_int_equal(syarat(state, "ditolak_prosedural", "2026-04-10", NULL, 0, &d, &f), 0);
    assert_int_equal(d, -1);
    assert_true(sl_pemberitahuan_menunggu("belum_dikuasai"));
    assert_false(sl_pemberitahuan_menunggu("diberikan_seluruhnya"));
    assert_false(sl_pemberitahuan_menunggu(NULL));
}

static void test_syarat_cara_pembayaran(void **state)
{
    sl_day d;
    const char *f;
    assert_int_equal(syarat(state, "diberikan_seluruhnya", "", NULL, 6000, &d, &f), 1);
    assert_string_equal(f, "cara_pembayaran");
    assert_int_equal(syarat(state, "diberikan_seluruhnya", "", "cek", 6000, &d, &f), 1);
    assert_int_equal(syarat(state, "diberikan_seluruhnya", "", "tunai", 6000, &d, &f), 0);
    assert_int_equal(syarat(state, "diberikan_seluruhnya", "", "transfer", 1, &d, &f), 0);
    /* Free: no way of payment to state. */
    assert_int_equal(syarat(state, "diberikan_seluruhnya", "", "", 0, &d, &f), 0);
}

/* The WIB date: UTC+7, so 17:00 UTC is already the next day. */
static void test_hari_wib(void **state)
{
    /* 2026-03-13 16:59:59 UTC = 23:59:59 WIB on the 13th. */
    assert_int_equal(sl_hari_wib(1773421199), sl_day_from_ymd(2026, 3, 13));
    /* 2026-03-13 17:00:00 UTC = 00:00 WIB on the 14th. */
    assert_int_equal(sl_hari_wib(1773421200), sl_day_from_ymd(2026, 3, 14));
    /* 2026-03-14 06:59 WIB (23:59 UTC on the 13th) is still the 14th. */
    assert_int_equal(sl_hari_wib(1773446340), sl_day_from_ymd(2026, 3, 14));
    assert_int_equal(sl_hari_wib(0), sl_day_from_ymd(1970, 1, 1));
    assert_int_equal(sl_hari_wib(-7 * 3600 - 1), sl_day_from_ymd(1969, 12, 31));

    int64_t t;
    assert_int_equal(sl_wib_waktu_parse("2026-03-14 00:00", &t), 0);
    assert_int_equal(t, 1773421200);
    assert_int_equal(sl_hari_wib(t), sl_day_from_ymd(2026, 3, 14));
    assert_int_equal(sl_wib_waktu_parse("2026-03-14 24:00", &t), -1);
    assert_int_equal(sl_wib_waktu_parse("2026-02-30 10:00", &t), -1);
    assert_int_equal(sl_wib_waktu_parse("14/03/2026 10:00", &t), -1);
    assert_int_equal(sl_wib_waktu_parse("2026-03-14", &t), -1);
    assert_int_equal(sl_wib_waktu_parse(NULL, &t), -1);
}

static void test_memberi(void **state)
{
    for (int i = 0; i < N_OUTCOMES; i++) {
        snprintf(context, sizeof(context), "keputusan = %s", OUTCOMES[i].keputusan);
        assert_int_equal(!!sl_pemberitahuan_memberi(OUTCOMES[i].keputusan),
                         OUTCOMES[i].memberi);
    }
    assert_false(sl_pemberitahuan_memberi(NULL));
    assert_false(sl_pemberitahuan_memberi(""));
    assert_false(sl_pemberitahuan_memberi("diberikan"));
    assert_false(sl_pemberitahuan_memberi("DIBERIKAN_SELURUHNYA"));
}

/* ---- sl_rupiah -------------------------------------------------------------- */

static void test_rupiah(void **state)
{
    apr_pool_t *pool = *state;
    static const struct {
        long amount;
        const char *text;
    } cases[] = {
        {0, "Rp0"},
        {5, "Rp5"},
        {500, "Rp500"},
        {999, "Rp999"},
        {1000, "Rp1.000"},
        {15000, "Rp15.000"},
        {100000, "Rp100.000"},
        {999999, "Rp999.999"},
        {1000000, "Rp1.000.000"},
        {1234567, "Rp1.234.567"},
        {2147483647L, "Rp2.147.483.647"},
        {-1, "-Rp1"},
        {-500, "-Rp500"},
        {-1500, "-Rp1.500"},
        {-15000, "-Rp15.000"},
        {-1234567, "-Rp1.234.567"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        snprintf(context, sizeof(context), "amount = %ld", cases[i].amount);
        assert_string_equal(sl_rupiah(pool, cases[i].amount), cases[i].text);
    }
}

/* ---- sl_biaya_hitung -------------------------------------------------------- */

static void test_biaya_one_line(void **state)
{
    const sl_biaya_item items[] = {{"Fotokopi A4", "lembar", 500, 2}};
    const char *breakdown = NULL;
    assert_int_equal(sl_biaya_hitung(*state, items, 1, &breakdown), 1000);
    assert_string_equal(breakdown, "2 lembar Fotokopi A4 x Rp500 = Rp1.000");
}

static void test_biaya_several_lines(void **state)
{
    /* The published tariff (sql/migrations/004_alur_permohonan.sql). */
    const sl_biaya_item items[] = {
        {"Fotokopi A4 hitam putih", "lembar", 500, 150},
        {"Cetak A4", "lembar", 1000, 0},
        {"Salinan pada CD/DVD", "keping", 10000, 2},
        {"Pengiriman pos dalam Kabupaten Serang", "paket", 15000, 1},
    };
    const char *breakdown = NULL;
    assert_int_equal(sl_biaya_hitung(*state, items, 4, &breakdown),
                     75000 + 20000 + 15000);
    assert_string_equal(breakdown,
                        "150 lembar Fotokopi A4 hitam putih x Rp500 = Rp75.000\n"
                        "2 keping Salinan pada CD/DVD x Rp10.000 = Rp20.000\n"
                        "1 paket Pengiriman pos dalam Kabupaten Serang x Rp15.000 = Rp15.000");
}

/* A first line left out does not leave a leading newline, nor a last one a
 * trailing one. */
static void test_biaya_zero_quantity_left_out(void **state)
{
    const sl_biaya_item items[] = {
        {"Fotokopi A4 hitam putih", "lembar", 500, 0},
        {"Cetak A4", "lembar", 1000, 2469},
        {"Salinan pada CD/DVD", "keping", 10000, 0},
    };
    const char *breakdown = NULL;
    assert_int_equal(sl_biaya_hitung(*state, items, 3, &breakdown), 2469000);
    assert_string_equal(breakdown, "2469 lembar Cetak A4 x Rp1.000 = Rp2.469.000");
}

static void test_biaya_all_zero(void **state)
{
    const sl_biaya_item items[] = {
        {"Fotokopi A4 hitam putih", "lembar", 500, 0},
        {"Salinan pada CD/DVD", "keping", 10000, 0},
    };
    const char *breakdown = NULL;
    assert_int_equal(sl_biaya_hitung(*state, items, 2, &breakdown), 0);
    assert_non_null(breakdown);
    assert_string_equal(breakdown, "");
}

static void test_nip(void **state)
{
    assert_string_equal(sl_nip_normal(*state, "19800101 200501 1 001"),
                        "198001012005011001");
    assert_string_equal(sl_nip_normal(*state, "198001012005011001"), "198001012005011001");
    assert_null(sl_nip_normal(*state, "19800101 200501 1 00"));     /* 17 digits */
    assert_null(sl_nip_normal(*state, "1980010120050110011"));      /* 19 */
    assert_null(sl_nip_normal(*state, "19800101-200501-1-001"));
    assert_null(sl_nip_normal(*state, ""));
    assert_null(sl_nip_normal(*state, NULL));
}

static void test_saran_from_the_request(void **state)
{
    const char *b, *cp;
    (void)state;
    sl_pemberitahuan_saran("salinan_softcopy", "email", &b, &cp);
    assert_string_equal(b, "softcopy");
    assert_string_equal(cp, "email");
    sl_pemberitahuan_saran("salinan_hardcopy", "pos", &b, &cp);
    assert_string_equal(b, "hardcopy");
    assert_string_equal(cp, "pos");
    /* Only to see: at the desk, no copy's form. */
    sl_pemberitahuan_saran("melihat", NULL, &b, &cp);
    assert_string_equal(b, "");
    assert_string_equal(cp, "mengambil_langsung");
    sl_pemberitahuan_saran(NULL, NULL, &b, &cp);
    assert_string_equal(b, "");
    assert_string_equal(cp, "");
    sl_pemberitahuan_saran("salinan_softcopy", "merpati", &b, &cp);
    assert_string_equal(cp, "");
}

static void test_biaya_empty_list(void **state)
{
    const sl_biaya_item items[] = {{"Fotokopi A4", "lembar", 500, 3}};
    const char *breakdown = NULL;
    assert_int_equal(sl_biaya_hitung(*state, items, 0, &breakdown), 0);
    assert_non_null(breakdown);
    assert_string_equal(breakdown, "");

    breakdown = NULL;
    assert_int_equal(sl_biaya_hitung(*state, NULL, 0, &breakdown), 0);
    assert_non_null(breakdown);
    assert_string_equal(breakdown, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        UNIT_ERRORS_TEST(test_choices_are_the_six_outcomes),
        UNIT_ERRORS_TEST(test_complete_notice_valid),
        UNIT_ERRORS_TEST(test_only_required_fields_valid),
        UNIT_ERRORS_TEST(test_each_required_missing),
        UNIT_ERRORS_TEST(test_all_required_missing),
        UNIT_ERRORS_TEST(test_bentuk_and_cara_must_be_known),
        UNIT_ERRORS_TEST(test_unknown_keputusan),
        UNIT_ERRORS_TEST(test_appends_and_counts_new_only),
        UNIT_ERRORS_TEST(test_penguasaan),
        UNIT_ERRORS_TEST(test_hari_wib),
        UNIT_ERRORS_TEST(test_syarat_waktu_penyediaan),
        UNIT_ERRORS_TEST(test_syarat_cara_pembayaran),
        UNIT_ERRORS_TEST(test_memberi),
        UNIT_ERRORS_TEST(test_rupiah),
        UNIT_ERRORS_TEST(test_biaya_one_line),
        UNIT_ERRORS_TEST(test_biaya_several_lines),
        UNIT_ERRORS_TEST(test_biaya_zero_quantity_left_out),
        UNIT_ERRORS_TEST(test_biaya_all_zero),
        UNIT_ERRORS_TEST(test_biaya_empty_list),
        UNIT_ERRORS_TEST(test_nip),
        UNIT_ERRORS_TEST(test_saran_from_the_request),
    };

    return UNIT_RUN(tests, NULL, NULL);
}
