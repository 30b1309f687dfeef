/* The columns of a described admin table (admin_tabel.h): reading them
 * from the form with a message beside each field, and their elements on
 * the list and the forms. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "admin_tabel.h"
#include "sialip_messages.h"

int tabel_ncols(const sialip_tabel *t)
{
    int n = 0;
    while (t->kolom[n].name) {
        n++;
    }
    return n;
}

static const char *capital(apr_pool_t *p, const char *s)
{
    char *out = apr_pstrdup(p, s);
    out[0] = apr_toupper(out[0]);
    return out;
}

/* Several choices as "a,b" in the order sent, each once. */
static const char *read_many(sl_ctx *c, const sialip_tabel_kolom *col,
                             apr_array_header_t *errors)
{
    apr_pool_t *p = c->r->pool;
    apr_array_header_t *sent = isian_semua(c, col->name);
    const char *joined = "";

    for (int i = 0; i < sent->nelts; i++) {
        const char *code = APR_ARRAY_IDX(sent, i, const char *);
        const sl_choice *ch = col->pilihan;
        while (ch->value && strcmp(ch->value, code) != 0) {
            ch++;
        }
        if (!ch->value) {
            isian_galat(errors, col->name,
                        apr_psprintf(p, SIALIP_MSG_DIPILIH_TIDAK_DIKENAL, capital(p, col->label)));
            continue;
        }
        const char *with = apr_pstrcat(p, ",", joined, ",", NULL);
        if (!strstr(with, apr_pstrcat(p, ",", code, ",", NULL))) {
            joined = *joined ? apr_pstrcat(p, joined, ",", code, NULL) : ch->value;
        }
    }
    if (!*joined && !(col->flags & TABEL_OPSIONAL) && !isian_ada_galat(errors, col->name)) {
        isian_galat(errors, col->name,
                    apr_psprintf(p, SIALIP_MSG_PILIH_SEKURANG_KURANGNYA_SATU, col->label));
    }
    return joined;
}

/* An OPD's id: an active one, or the row's own (kept even when the OPD
 * was deactivated since). */
static const char *read_opd(sl_ctx *c, const sialip_tabel_kolom *col,
                            apr_array_header_t *errors, const char *current)
{
    const char *id = sl_field(c, col->name);
    int ok;
    if (!*id) {
        if (!(col->flags & TABEL_OPSIONAL)) {
            isian_galat(errors, col->name, SIALIP_MSG_PILIH_OPD);
        }
        return id;
    }
    ok = isian_opd_aktif(c, id, current);
    if (ok <= 0) {
        isian_galat(errors, col->name,
                    ok < 0 ? SIALIP_MSG_OPD_TIDAK_DAPAT_DIPERIKSA
                           : SIALIP_MSG_PILIH_OPD_MASIH_AKTIF);
    }
    return id;
}

static const char *read_one(sl_ctx *c, const sialip_tabel_kolom *col,
                            apr_array_header_t *errors, const char *current)
{
    int required = !(col->flags & TABEL_OPSIONAL);
    const char *v;

    if (col->parse) {
        const char *message = NULL;
        v = col->parse(c->r->pool, sl_field(c, col->name), &message);
        if (!v) {
            isian_galat(errors, col->name, message);
        }
        return v;
    }
    if (col->flags & TABEL_CENTANG) {
        return isian_centang(c, col->name) ? "1" : "0";
    }
    if (col->flags & TABEL_OPD) {
        return read_opd(c, col, errors, current);
    }
    if (col->flags & TABEL_BANYAK) {
        return read_many(c, col, errors);
    }
    if (col->pilihan) {
        return isian_pilih(c, errors, col->name, col->label, col->pilihan, required);
    }
    v = isian_teks(c, errors, col->name, col->label, required, col->max_chars);
    if (*v && col->cek && !isian_ada_galat(errors, col->name)) {
        const char *message = col->cek(v);
        if (message) {
            isian_galat(errors, col->name, message);
        }
    }
    return v;
}

const char **tabel_baca(sl_ctx *c, const sialip_tabel *t, apr_array_header_t *errors,
                        const sl_rows *lama)
{
    int n = tabel_ncols(t);
    const char **values = apr_pcalloc(c->r->pool, sizeof(char *) * (n + 1));
    for (int k = 0; k < n; k++) {
        const sialip_tabel_kolom *col = &t->kolom[k];
        values[k] = read_one(c, col, errors,
                             lama ? sl_rows_get(lama, 0, TABEL_KOL_PERTAMA + k) : NULL);
        if (values[k] && !*values[k] && (col->flags & TABEL_NULL)) {
            values[k] = NULL;
        }
    }
    return values;
}

void tabel_nilai_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr isian,
                     const sl_rows *row, int from_form)
{
    for (int k = 0; t->kolom[k].name; k++) {
        const sialip_tabel_kolom *col = &t->kolom[k];
        if (col->flags & TABEL_BANYAK) {
            apr_array_header_t *sent = isian_semua(c, col->name);
            char *codes, *last, *tok;
            if (from_form) {
                for (int i = 0; i < sent->nelts; i++) {
                    isian_nilai(isian, col->name, APR_ARRAY_IDX(sent, i, const char *));
                }
                continue;
            }
            codes = apr_pstrdup(c->r->pool, row ? sl_rows_get_or(row, 0, TABEL_KOL_PERTAMA + k, "")
                                                : (col->bawaan ? col->bawaan : ""));
            for (tok = apr_strtok(codes, ",", &last); tok;
                 tok = apr_strtok(NULL, ",", &last)) {
                isian_nilai(isian, col->name, tok);
            }
            continue;
        }
        isian_nilai(isian, col->name, from_form ? sl_field(c, col->name)
                                    : row ? sl_rows_get(row, 0, TABEL_KOL_PERTAMA + k) : col->bawaan);
    }
}

int tabel_pilihan_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr res, const sl_rows *row)
{
    for (int k = 0; t->kolom[k].name; k++) {
        const sialip_tabel_kolom *col = &t->kolom[k];
        if (col->pilihan) {
            isian_pilihan_xml(res, col->name, col->pilihan);
        }
        else if ((col->flags & TABEL_OPD)
                 && isian_pilihan_opd(c, res, col->name, 1,
                                      row ? sl_rows_get(row, 0, TABEL_KOL_PERTAMA + k) : NULL) != 0) {
            return -1;
        }
    }
    return 0;
}

/* "a,b" as "Label A, Label B". */
static const char *labels_of(apr_pool_t *p, const sl_choice *choices, const char *codes)
{
    char *copy = apr_pstrdup(p, codes ? codes : ""), *last, *tok;
    const char *out = "";
    for (tok = apr_strtok(copy, ",", &last); tok; tok = apr_strtok(NULL, ",", &last)) {
        const char *label = sl_choice_label(choices, tok);
        out = *out ? apr_pstrcat(p, out, ", ", label, NULL) : label;
    }
    return out;
}

void tabel_kolom_xml(sl_ctx *c, const sialip_tabel *t, xmlNodePtr node,
                     const sl_rows *rows, int i)
{
    apr_pool_t *p = c->r->pool;
    for (int k = 0; t->kolom[k].name; k++) {
        const sialip_tabel_kolom *col = &t->kolom[k];
        const char *value = sl_rows_get(rows, i, TABEL_KOL_PERTAMA + k);
        if (col->show) {
            col->show(p, node, col->name, value);
        }
        else if (col->flags & TABEL_BANYAK) {
            sl_xml_attr(sl_xml_text(node, col->name, labels_of(p, col->pilihan, value)),
                        "nilai", value);
        }
        else if (col->pilihan) {
            sl_xml_attr(sl_xml_text(node, col->name, sl_choice_label(col->pilihan, value)),
                        "nilai", value);
        }
        else {
            sl_xml_text(node, col->name, value);
        }
    }
}
