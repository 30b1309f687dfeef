/* The published copying and delivery tariff (admin only; DOMAIN.md: the
 * information is free, only copying and delivery may be charged): list,
 * add, edit the price, deactivate and reactivate.  A tariff row is never
 * deleted, since notices refer to the fees charged under it. */
#include <string.h>
#include <apr_strings.h>
#include "roles.h"
#include "admin_tabel.h"
#include "sialip.h"
#include "sialip_messages.h"

#define TARIF_HARGA_MAKS 100000000L   /* Rp 100 juta: a typo guard */

const sl_stmt_def sialip_admin_tarif_stmts[] = {
    {"tarif_daftar",
     "SELECT id, kode, nama, satuan, harga, aktif FROM tarif "
     "ORDER BY aktif DESC, nama"},
    {"tarif_muat", "SELECT id, kode, nama, satuan, harga, aktif FROM tarif WHERE id = %s"},
    {"tarif_kunci",
     "SELECT id, kode, nama, satuan, harga, aktif FROM tarif WHERE id = %s FOR UPDATE"},
    {"tarif_kode_ada", "SELECT id FROM tarif WHERE kode = %s"},
    {"tarif_simpan",
     "INSERT INTO tarif (kode, nama, satuan, harga, aktif) VALUES (%s, %s, %s, %s, 1)"},
    {"tarif_ubah", "UPDATE tarif SET nama = %s, satuan = %s, harga = %s WHERE id = %s"},
    {"tarif_aktif", "UPDATE tarif SET aktif = %s WHERE id = %s AND aktif <> %s"},
    {NULL, NULL}
};

/* "15000" as "Rp15.000". */
static const char *rupiah(apr_pool_t *p, const char *digits)
{
    size_t n = digits ? strlen(digits) : 0, i;
    char *out = apr_palloc(p, n + n / 3 + 4), *o = out;

    *o++ = 'R';
    *o++ = 'p';
    for (i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) {
            *o++ = '.';
        }
        *o++ = digits[i];
    }
    *o = '\0';
    return out;
}

/* The price in whole rupiah; dots as thousands separators are accepted. */
static const char *price_of(apr_pool_t *p, const char *text)
{
    char *digits = apr_palloc(p, strlen(text) + 1), *o = digits;
    const char *s;
    long v;

    for (s = text; *s; s++) {
        if (*s != '.') {
            *o++ = *s;
        }
    }
    *o = '\0';
    if (!isian_angka(digits, &v) || v > TARIF_HARGA_MAKS) {
        return NULL;
    }
    return apr_ltoa(p, v);
}

static const char *parse_price(apr_pool_t *p, const char *typed, const char **message)
{
    const char *price = *typed ? price_of(p, typed) : NULL;
    if (!price) {
        *message = *typed ? SIALIP_MSG_HARGA_DIISI_ANGKA_RUPIAH
                          : SIALIP_MSG_HARGA_WAJIB_DIISI_TANPA;
    }
    return price;
}

/* In the list: "Rp15.000", the number kept for sorting and exports. */
static void show_price(apr_pool_t *p, xmlNodePtr row, const char *name, const char *value)
{
    sl_xml_attr(sl_xml_text(row, name, rupiah(p, value)), "rupiah", value);
}

static const sialip_tabel_kolom columns[] = {
    {.name = "nama", .label = SIALIP_MSG_NAMA_LAYANAN, .max_chars = 255},
    {.name = "satuan", .label = "Satuan", .max_chars = 64},
    {.name = "harga", .label = "Harga", .parse = parse_price, .show = show_price},
    {.name = NULL}
};

const sialip_tabel sialip_tabel_tarif = {
    .nama = "tarif", .benda = "Tarif", .judul_daftar = SIALIP_MSG_TARIF_SALINAN_PENGIRIMAN,
    .contoh_kode = "fotokopi-a4", .kode_dipakai = SIALIP_MSG_KODE_DIPAKAI_TARIF_LAIN,
    .dinonaktifkan = SIALIP_MSG_TARIF_DINONAKTIFKAN_TIDAK_LAGI,
    .kolom = columns,
};
