/* What a written notice must say for each outcome (UU 14/2008 Pasal 22(7),
 * DOMAIN.md "Outcomes of the written notice") and the copying cost from the
 * tariff.  Pure C: unit-tested without a server. */
#ifndef SL_PEMBERITAHUAN_RULES_H
#define SL_PEMBERITAHUAN_RULES_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "permohonan_rules.h"
#include "calendar.h"

/* The notice's form fields, as posted. */
typedef struct {
    const char *keputusan, *informasi_diberikan, *bagian_dihitamkan, *alasan_penghitaman;
    const char *dikecualikan_id;   /* the uji konsekuensi a refusal rests on */
    const char *diteruskan_ke, *janji_waktu, *alasan_prosedural;
    const char *bentuk, *cara_penyampaian;
} sl_pemberitahuan_input;

extern const sl_choice sl_keputusan_choices[];
extern const sl_choice sl_bentuk_choices[];
/* Labels of sl_pemberitahuan_penguasaan's codes. */
extern const sl_choice sl_penguasaan_choices[];

/* Appends an sl_field_error for every field the outcome needs and lacks;
 * returns how many. */
int sl_pemberitahuan_validate(const sl_pemberitahuan_input *in,
                              apr_array_header_t *errors);

/* Whether the body holds the information, as the notice must say:
 * "dikuasai", "tidak_dikuasai", "belum_didokumentasikan", or
 * "tidak_dinilai" for a procedural refusal (never looked for). */
const char *sl_pemberitahuan_penguasaan(const char *keputusan);

/* Pasal 22(7) g: how a fee is paid. */
extern const sl_choice sl_cara_pembayaran_choices[];

/* What the notice says beyond the outcome (Pasal 22(7) f-g and the Perki
 * 1/2021 form): the way of payment when there is a fee, and the date by
 * which the information will be provided (waktu penyediaan). */
typedef struct {
    const char *keputusan;
    const char *waktu_penyediaan;  /* "YYYY-MM-DD" or "" */
    const char *cara_pembayaran;
    long biaya;                    /* rupiah, from the tariff */
    sl_day hari_ini;               /* today in WIB */
} sl_pemberitahuan_syarat;

/* Appends an sl_field_error for each problem and returns how many.  The
 * date is needed for "belum dikuasai" (the promised date: the request
 * stays open until then); for the outcomes that give information it
 * defaults to today (provided with the notice); others have none.  It may
 * not lie before today.  *penyediaan gets the date, or -1 for none.  A fee
 * needs a way of payment. */
int sl_pemberitahuan_validate_syarat(const sl_pemberitahuan_syarat *in,
                                     sl_day *penyediaan,
                                     apr_array_header_t *errors);

/* True for an outcome that keeps the request open after the notice
 * ("belum dikuasai": until the information is delivered). */
int sl_pemberitahuan_menunggu(const char *keputusan);

/* The WIB (UTC+7) calendar date at a Unix time: the day on which an
 * exemption's end date is compared (it is in force through that date). */
sl_day sl_hari_wib(int64_t utc_seconds);

/* "2026-04-06 10:00" in WIB as Unix seconds; 0, or -1 when malformed. */
int sl_wib_waktu_parse(const char *text, int64_t *utc_seconds);

/* A civil servant's NIP (Nomor Induk Pegawai): 18 digits, as typed with
 * or without spaces ("19800101 200501 1 001"); the 18 digits, or NULL. */
const char *sl_nip_normal(apr_pool_t *pool, const char *text);

/* The notice's cara_penyampaian and bentuk suggested by what the citizen
 * asked (cara_memperoleh, cara_salinan may be NULL): a copy's kind and
 * way as asked; to see, read, hear or note down: collected in person and
 * no form.  Sets "" where nothing follows. */
void sl_pemberitahuan_saran(const char *cara_memperoleh, const char *cara_salinan,
                            const char **bentuk, const char **cara_penyampaian);

/* True for the outcomes that hand information over (and may cost). */
int sl_pemberitahuan_memberi(const char *keputusan);

/* One tariff line: quantity units of name at price rupiah. */
typedef struct {
    const char *name;
    const char *unit;
    long price;
    long quantity;
} sl_biaya_item;

/* The total in rupiah and its breakdown ("2 lembar Fotokopi A4 x Rp500 =
 * Rp1.000", one line each; lines with quantity 0 left out). */
long sl_biaya_hitung(apr_pool_t *pool, const sl_biaya_item *items, int count,
                     const char **breakdown);
/* Rupiah with dot thousands separators: 15000 -> "Rp15.000". */
const char *sl_rupiah(apr_pool_t *pool, long amount);

#endif
