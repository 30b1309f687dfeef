/* Likely personal data in a request's text, and the archive's search
 * words (arsip_rules.h).  Byte-oriented: the markers looked for are ASCII;
 * bytes of UTF-8 sequences count as letters. */
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "arsip_rules.h"

#define KUERI_MAKS_KATA 8
#define KUERI_MAKS_PANJANG 40

static int huruf(unsigned char ch)
{
    return apr_isalnum(ch) || ch >= 0x80;
}

static void tambah(apr_array_header_t *out, apr_size_t awal, apr_size_t panjang,
                   arsip_tanda_jenis jenis)
{
    arsip_tanda *t = apr_array_push(out);
    t->awal = awal;
    t->panjang = panjang;
    t->jenis = jenis;
}

/* ---- numbers ----------------------------------------------------------- */

typedef struct {
    apr_size_t awal, akhir;   /* bytes [awal, akhir) */
    int digit;                /* digits in it */
    int depan_nol;            /* starts with 0, 62 or +62 */
    int plus;
} token_angka;

/* A run of digits with '-' or '.' between them, with an optional '+'
 * before; *pos is moved past it.  0 when none starts at *pos. */
static int baca_token(const char *s, apr_size_t *pos, token_angka *t)
{
    apr_size_t i = *pos;
    if (i > 0 && (huruf((unsigned char)s[i - 1]))) {
        return 0;
    }
    t->plus = s[i] == '+';
    if (t->plus) {
        i++;
    }
    if (!apr_isdigit(s[i])) {
        return 0;
    }
    t->awal = *pos;
    t->digit = 0;
    t->depan_nol = s[i] == '0' || (s[i] == '6' && s[i + 1] == '2');
    while (apr_isdigit(s[i]) || ((s[i] == '-' || s[i] == '.') && apr_isdigit(s[i + 1])
                                 && i > t->awal)) {
        t->digit += apr_isdigit(s[i]) != 0;
        i++;
    }
    if (apr_isalpha(s[i])) {
        return 0;            /* part of a word such as "2026a" */
    }
    t->akhir = i;
    *pos = i;
    return 1;
}

/* Tokens joined by single spaces ("0812 3456 7890", "3604 0112 ...") form
 * a chain; from each token, the longest stretch that reads as a NIK (16
 * digits) or a phone number (9-15 digits from 0, 62 or +62) is flagged. */
static void cari_angka(apr_pool_t *p, const char *s, apr_array_header_t *out)
{
    apr_size_t pos = 0, n = strlen(s);
    apr_array_header_t *rantai = apr_array_make(p, 8, sizeof(token_angka));

    while (pos < n) {
        token_angka t;
        int i, j;
        apr_size_t mulai = pos;
        if (!baca_token(s, &pos, &t)) {
            pos = mulai + 1;
            continue;
        }
        rantai->nelts = 0;
        *(token_angka *)apr_array_push(rantai) = t;
        while (s[pos] == ' ') {
            apr_size_t lanjut = pos + 1;
            token_angka u;
            if (!baca_token(s, &lanjut, &u) || u.plus) {
                break;
            }
            *(token_angka *)apr_array_push(rantai) = u;
            pos = lanjut;
        }
        for (i = 0; i < rantai->nelts; i++) {
            token_angka *a = &APR_ARRAY_IDX(rantai, i, token_angka);
            int total = 0, pilih = -1;
            arsip_tanda_jenis jenis = ARSIP_TANDA_NIK;
            for (j = i; j < rantai->nelts; j++) {
                total += APR_ARRAY_IDX(rantai, j, token_angka).digit;
                if (total > 16) {
                    break;
                }
                if (total == 16 && !a->plus) {
                    pilih = j;
                    jenis = ARSIP_TANDA_NIK;
                }
                else if (total >= 9 && total <= 15 && (a->depan_nol || a->plus)) {
                    pilih = j;
                    jenis = ARSIP_TANDA_TELEPON;
                }
            }
            if (pilih >= 0) {
                token_angka *z = &APR_ARRAY_IDX(rantai, pilih, token_angka);
                tambah(out, a->awal, z->akhir - a->awal, jenis);
                i = pilih;
            }
        }
    }
}

/* ---- e-mail addresses ------------------------------------------------- */

static int lokal(unsigned char ch)
{
    return apr_isalnum(ch) || strchr("._%+-", ch) != NULL;
}

static void cari_email(const char *s, apr_array_header_t *out)
{
    const char *at = s;
    while ((at = strchr(at, '@')) != NULL) {
        const char *a = at, *z = at + 1;
        int titik = 0;
        while (a > s && lokal((unsigned char)a[-1])) {
            a--;
        }
        while (apr_isalnum(*z) || *z == '-' || (*z == '.' && apr_isalnum(z[1]))) {
            titik |= *z == '.';
            z++;
        }
        if (a < at && z > at + 1 && titik) {
            tambah(out, (apr_size_t)(a - s), (apr_size_t)(z - a), ARSIP_TANDA_EMAIL);
        }
        at = z > at + 1 ? z : at + 1;
    }
}

/* ---- the applicant's name --------------------------------------------- */

/* Case-insensitive (ASCII) occurrences of word[0..len) at word
 * boundaries. */
static void cari_kata(const char *s, const char *word, apr_size_t len,
                      arsip_tanda_jenis jenis, apr_array_header_t *out)
{
    apr_size_t n = strlen(s), i;
    if (len == 0 || len > n) {
        return;
    }
    for (i = 0; i + len <= n; i++) {
        if ((i == 0 || !huruf((unsigned char)s[i - 1]))
            && !huruf((unsigned char)s[i + len])
            && strncasecmp(s + i, word, len) == 0) {
            tambah(out, i, len, jenis);
            i += len - 1;
        }
    }
}

static void cari_nama(const char *s, const char *name, apr_array_header_t *out)
{
    const char *w = name;
    apr_size_t full = strlen(name);

    while (full > 0 && name[full - 1] == ' ') {
        full--;
    }
    while (*name == ' ') {
        name++;
        full--;
    }
    cari_kata(s, name, full, ARSIP_TANDA_NAMA, out);
    for (w = name; *w; ) {
        apr_size_t len = 0;
        while (w[len] && huruf((unsigned char)w[len])) {
            len++;
        }
        if (len >= 4 && len < full) {
            cari_kata(s, w, len, ARSIP_TANDA_NAMA_BAGIAN, out);
        }
        w += len;
        while (*w && !huruf((unsigned char)*w)) {
            w++;
        }
    }
}

/* ---- together ---------------------------------------------------------- */

static int urut(const void *x, const void *y)
{
    const arsip_tanda *a = x, *b = y;
    if (a->awal != b->awal) {
        return a->awal < b->awal ? -1 : 1;
    }
    /* the longer (the full name before its part) first */
    return a->panjang > b->panjang ? -1 : a->panjang < b->panjang;
}

apr_array_header_t *arsip_tanda_cari(apr_pool_t *p, const char *text,
                                     const char *name)
{
    apr_array_header_t *all = apr_array_make(p, 8, sizeof(arsip_tanda));
    apr_array_header_t *out = apr_array_make(p, 8, sizeof(arsip_tanda));
    apr_size_t sampai = 0;
    int i;

    if (!text) {
        return out;
    }
    cari_email(text, all);
    cari_angka(p, text, all);
    if (name && *name) {
        cari_nama(text, name, all);
    }
    qsort(all->elts, all->nelts, sizeof(arsip_tanda), urut);
    /* Overlaps: the earlier (and then the longer) one wins; a number inside
     * an e-mail address is part of the address. */
    for (i = 0; i < all->nelts; i++) {
        arsip_tanda *t = &APR_ARRAY_IDX(all, i, arsip_tanda);
        if (out->nelts && t->awal < sampai) {
            arsip_tanda *last = &APR_ARRAY_IDX(out, out->nelts - 1, arsip_tanda);
            if (t->awal + t->panjang > sampai) {
                last->panjang = t->awal + t->panjang - last->awal;
                sampai = last->awal + last->panjang;
            }
            continue;
        }
        *(arsip_tanda *)apr_array_push(out) = *t;
        sampai = t->awal + t->panjang;
    }
    return out;
}

const char *arsip_tanda_kode(arsip_tanda_jenis jenis)
{
    switch (jenis) {
    case ARSIP_TANDA_NIK: return "nik";
    case ARSIP_TANDA_TELEPON: return "telepon";
    case ARSIP_TANDA_EMAIL: return "email";
    case ARSIP_TANDA_NAMA: return "nama";
    default: return "nama_bagian";
    }
}

int arsip_tanda_terlarang(arsip_tanda_jenis jenis)
{
    return jenis != ARSIP_TANDA_NAMA_BAGIAN;
}

const char *arsip_samarkan(apr_pool_t *p, const char *text,
                           const apr_array_header_t *tanda)
{
    char *out, *o;
    apr_size_t pos = 0, n = strlen(text);
    int i;

    out = o = apr_palloc(p, n + (apr_size_t)tanda->nelts * 10 + 1);
    for (i = 0; i < tanda->nelts; i++) {
        const arsip_tanda *t = &APR_ARRAY_IDX(tanda, i, arsip_tanda);
        memcpy(o, text + pos, t->awal - pos);
        o += t->awal - pos;
        memcpy(o, "[dihapus]", 9);
        o += 9;
        pos = t->awal + t->panjang;
    }
    memcpy(o, text + pos, n - pos);
    o[n - pos] = '\0';
    return out;
}

/* Words a request's sentence is full of that say nothing of its subject
 * (lower case; compared without regard to case). */
static const char *const kata_umum[] = {
    "saya", "kami", "ingin", "mohon", "meminta", "minta", "memohon", "data",
    "informasi", "tentang", "mengenai", "yang", "dan", "atau", "untuk", "dari",
    "dengan", "pada", "tahun", "salinan", "dokumen", "terkait", "serta", "atas",
    "bapak", "ibu", "terima", "kasih", NULL
};

static int umum(const char *w, apr_size_t len)
{
    int i;
    for (i = 0; kata_umum[i]; i++) {
        if (strlen(kata_umum[i]) == len && strncasecmp(kata_umum[i], w, len) == 0) {
            return 1;
        }
    }
    return 0;
}

static const char *kueri(apr_pool_t *p, const char *q, int semua)
{
    char *out = apr_palloc(p, (KUERI_MAKS_PANJANG + 3) * KUERI_MAKS_KATA + 1), *o = out;
    int words = 0;

    while (q && *q && words < KUERI_MAKS_KATA) {
        apr_size_t len = 0;
        while (q[len] && huruf((unsigned char)q[len])) {
            len++;
        }
        if (len >= 3 && (semua || !umum(q, len))) {
            apr_size_t take = len > KUERI_MAKS_PANJANG ? KUERI_MAKS_PANJANG : len;
            /* a cut must not split a UTF-8 sequence */
            while (take > 0 && take < len && ((unsigned char)q[take] & 0xC0) == 0x80) {
                take--;
            }
            if (o > out) {
                *o++ = ' ';
            }
            if (semua) {
                *o++ = '+';
            }
            memcpy(o, q, take);
            o += take;
            *o++ = '*';
            words++;
        }
        q += len;
        while (*q && !huruf((unsigned char)*q)) {
            q++;
        }
    }
    *o = '\0';
    return out;
}

const char *arsip_kueri(apr_pool_t *p, const char *q)
{
    return kueri(p, q, 1);
}

const char *arsip_kueri_saran(apr_pool_t *p, const char *q)
{
    return kueri(p, q, 0);
}

apr_array_header_t *arsip_kata(apr_pool_t *p, const char *text, int maks)
{
    apr_array_header_t *out = apr_array_make(p, 16, sizeof(const char *));

    while (text && *text && (maks == 0 || out->nelts < maks)) {
        apr_size_t len = 0;
        while (text[len] && huruf((unsigned char)text[len])) {
            len++;
        }
        if (len >= ARSIP_KATA_MIN && len <= ARSIP_KATA_MAKS && !umum(text, len)) {
            char *w = apr_pstrndup(p, text, len);
            char *x;
            int i, seen = 0;
            for (x = w; *x; x++) {
                *x = (char)apr_tolower((unsigned char)*x);
            }
            for (i = 0; i < out->nelts && !seen; i++) {
                seen = strcmp(APR_ARRAY_IDX(out, i, const char *), w) == 0;
            }
            if (!seen) {
                APR_ARRAY_PUSH(out, const char *) = w;
            }
        }
        text += len;
        while (*text && !huruf((unsigned char)*text)) {
            text++;
        }
    }
    return out;
}
