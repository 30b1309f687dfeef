/* The public DIP's word search (issue 17): a citizen types the words of
 * what the information is about ("kesehatan ibu") and finds every entry
 * whose summary, OPD, number or officials hold them all, in any order,
 * each at the start of a word; the best match first.  MariaDB's REGEXP
 * (PCRE) checks the words: InnoDB's FULLTEXT index drops words shorter
 * than innodb_ft_min_token_size (3 by default: "KB", "RS", "PU") and
 * cannot search the OPD's name in another table.  The published list is
 * a few hundred rows; each word's pattern on one column per entry
 * (dip.teks_cari, kept by triggers: migration 113) finds the candidates,
 * and only they are weighed.  Also each entry's own page (/dip/{id}). */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "sl_module.h"
#include "escape.h"
#include "admin_isian.h"
#include "dip_kata.h"
#include "dip.h"
#include "sialip.h"
#include "sialip_messages.h"

/* The columns sialip_dip_entri_xml shows (dip.h), with the OPD's short
 * name. */
#define DC_KOLOM SIALIP_DIP_KOLOM ", o.singkatan"
#define DC_DARI SIALIP_DIP_DARI
/* The filters, then which entries match at all: every word ('' for an
 * unused slot), or any of them (one pattern; '' when every word is
 * needed). */
#define DC_KATA "AND (%s = '' OR d.teks_cari REGEXP %s) "
#define DC_SARING \
    "WHERE d.status = 'terbit' AND (%s = '' OR d.kategori = %s) " \
    "AND (%s = '' OR d.opd_id = %s) AND (%s = '' OR d.tahun = %s) " \
    DC_KATA DC_KATA DC_KATA DC_KATA DC_KATA DC_KATA DC_KATA
/* One word's weight: 100 for matching at all (so the number of words
 * matched ranks first), plus where: the summary 4, the OPD 2, the rest 1.
 * '' for an unused slot. */
#define DC_BOBOT \
    "IF(%s = '', 0, IF(d.ringkasan REGEXP %s, 104, " \
    "IF(CONCAT_WS(' ', o.nama, o.singkatan) REGEXP %s, 102, " \
    "IF(d.teks_cari REGEXP %s, 101, 0))))"

/* dip_cari's column with the number of entries found: after DC_KOLOM and
 * the score. */
#define DC_JUMLAH (SIALIP_DIP_NKOLOM + 2)

const sl_stmt_def sialip_dip_cari_stmts[] = {
    {"dip_cari_jumlah", "SELECT COUNT(*) FROM dip d " DC_SARING},
    {"dip_cari",
     "SELECT " DC_KOLOM ", " DC_BOBOT " + " DC_BOBOT " + " DC_BOBOT " + " DC_BOBOT
     " + " DC_BOBOT " + " DC_BOBOT " + IF(%s = '', 0, IF(d.ringkasan REGEXP %s, 3, 0)) "
     "AS skor, COUNT(*) OVER () AS jumlah" DC_DARI DC_SARING
     " ORDER BY skor DESC, d.tahun DESC, o.nama, d.nomor, d.id LIMIT %s OFFSET %s"},
    {"dip_satu", "SELECT " DC_KOLOM DC_DARI "WHERE d.id = %s AND d.status = 'terbit'"},
    {NULL, NULL}
};

/* The filters' and the words' arguments of DC_SARING into args: each
 * word's pattern (every word needed), or the one pattern of any word. */
static int saring_args(apr_pool_t *p, const char **args, const char **filters,
                       const char *const *kata, int n, int salah_satu)
{
    int i, a = 6;
    memcpy(args, filters, sizeof(char *) * 6);
    for (i = 0; i < SL_DIP_KATA_MAKS; i++) {
        args[a] = !salah_satu && i < n ? sl_dip_pola_kata(p, kata[i]) : "";
        args[a + 1] = args[a];
        a += 2;
    }
    args[a] = salah_satu ? sl_dip_pola_salah_satu(p, kata, n) : "";
    args[a + 1] = args[a];
    return a + 2;
}

static int count(sl_ctx *c, const char **args, int nargs, long *total)
{
    sl_rows *rows;
    if (sl_db_select(c->db, "dip_cari_jumlah", &rows, nargs, args) != 0) {
        return -1;
    }
    *total = atol(sl_rows_get_or(rows, 0, 0, "0"));
    return 0;
}

/* One page of the entries matching (every word, or any when salah_satu),
 * the total beside each row (COUNT(*) OVER (): no second pass). */
static int halaman_cari(sl_ctx *c, const char **filters, const char *const *kata, int n,
                        int salah_satu, long halaman, long per_halaman, sl_rows **rows)
{
    apr_pool_t *p = c->r->pool;
    const char *args[64];
    int i, a = 0;

    for (i = 0; i < SL_DIP_KATA_MAKS; i++) {
        const char *w = i < n ? sl_dip_pola_kata(p, kata[i]) : "";
        args[a++] = w;
        args[a++] = w;
        args[a++] = w;
        args[a++] = w;
    }
    args[a] = sl_dip_pola_frasa(p, kata, n);
    args[a + 1] = args[a];
    a += 2;
    a += saring_args(p, args + a, filters, kata, n, salah_satu);
    args[a++] = apr_ltoa(p, per_halaman);
    args[a++] = apr_ltoa(p, (halaman - 1) * per_halaman);
    return sl_db_select(c->db, "dip_cari", rows, a, args);
}

/* The page asked for, or the last one when it lies past the end. */
static int cari_satu_cara(sl_ctx *c, const char **filters, const char *const *kata, int n,
                          int salah_satu, long halaman, long per_halaman,
                          sialip_dip_hasil *out)
{
    const char *saring[20];

    if (halaman_cari(c, filters, kata, n, salah_satu, halaman, per_halaman,
                     &out->rows) != 0) {
        return -1;
    }
    if (out->rows->nrows > 0) {
        out->total = atol(sl_rows_get_or(out->rows, 0, DC_JUMLAH, "0"));
    }
    else if (halaman > 1) {
        int ns = saring_args(c->r->pool, saring, filters, kata, n, salah_satu);
        if (count(c, saring, ns, &out->total) != 0) {
            return -1;
        }
    }
    out->halaman_maks = out->total > 0 ? (out->total + per_halaman - 1) / per_halaman : 1;
    out->halaman = halaman > out->halaman_maks ? out->halaman_maks : halaman;
    if (out->rows->nrows == 0 && out->total > 0) {
        return halaman_cari(c, filters, kata, n, salah_satu, out->halaman, per_halaman,
                            &out->rows);
    }
    return 0;
}

int sialip_dip_cari(sl_ctx *c, const char *q, const char *kategori, const char *opd,
                    const char *tahun, long halaman, long per_halaman,
                    sialip_dip_hasil *out)
{
    apr_pool_t *p = c->r->pool;
    const char *kata[SL_DIP_KATA_MAKS];
    const char *filters[6] = {kategori, kategori, opd, opd, tahun, tahun};
    int n = sl_dip_kata(p, q, kata, SL_DIP_KATA_MAKS);

    memset(out, 0, sizeof(*out));
    out->halaman = 1;
    out->halaman_maks = 1;
    if (n == 0) {
        /* Nothing but punctuation: no word to look for, nothing found. */
        out->rows = apr_pcalloc(p, sizeof(sl_rows));
        return 0;
    }
    if (cari_satu_cara(c, filters, kata, n, 0, halaman, per_halaman, out) != 0) {
        return -1;
    }
    if (out->total == 0 && n > 1) {
        if (cari_satu_cara(c, filters, kata, n, 1, halaman, per_halaman, out) != 0) {
            return -1;
        }
        out->sebagian = out->total > 0;
    }
    return 0;
}

/* An entry's own page: every column of the DIP, the document or link. */
int sialip_dip_satu(sl_ctx *c)
{
    const char *id = apr_table_get(c->params, "id");
    sialip_dip_baris b;
    sl_rows *rows;
    sl_page *pg;

    if (!isian_id_valid(id)) {
        return isian_tidak_ditemukan(c, SIALIP_MSG_ENTRI_DIP_TIDAK_DITEMUKAN,
                                     SL_MSG_PERIKSA_KEMBALI_ALAMAT_BUKA);
    }
    if (sl_db_select(c->db, "dip_satu", &rows, SL_ARGS(id)) != 0) {
        return isian_gangguan(c);
    }
    if (rows->nrows != 1) {
        return isian_tidak_ditemukan(c, SIALIP_MSG_ENTRI_DIP_TIDAK_DITEMUKAN,
                                     SIALIP_MSG_ENTRI_TIDAK_ADA_ATAU_BELUM_TERBIT);
    }
    sialip_dip_baris_dari(&b, (const char *const *)rows->rows[0], rows->ncols);
    pg = sl_ctx_page(c, "dip-satu", sl_utf8_prefix(c->r->pool, b.ringkasan, 160), "dip");
    sialip_dip_entri_xml(c, pg->resource, &b);
    return sl_page_send(pg, HTTP_OK);
}
