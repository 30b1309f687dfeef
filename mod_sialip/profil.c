/* The requester's profile for statistics and the request's special needs
 * (issue 18, items 5-6): reading them from the request form, storing them
 * in the filing transaction, the counts for the statistics and the annual
 * report, and the needs shown to officers (and to the applicant on the
 * status page only).
 *
 * The public counts are one dimension at a time (occupation, gender,
 * kecamatan), never crossed with each other or with anything else, so no
 * cell narrows down to a person. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "sl_module.h"
#include "profil_rules.h"
#include "sialip.h"
#include "sialip_messages.h"

const sl_stmt_def sialip_profil_stmts[] = {
    /* A period: year, from, to (UTC, as the annual report counts). */
    {"profil_hitung",
     "SELECT COALESCE(pekerjaan_kode, ''), COALESCE(jenis_kelamin, ''), "
     "COALESCE(kecamatan_kode, ''), COUNT(*) FROM permohonan "
     "WHERE tahun = %s AND diterima_pada >= %s AND diterima_pada < %s "
     "GROUP BY 1, 2, 3"},
    {"profil_kebutuhan",
     "SELECT kebutuhan_khusus, kebutuhan_lainnya, pekerjaan_kode, jenis_kelamin, "
     "kecamatan_kode FROM permohonan WHERE id = %s"},
    {NULL, NULL}
};

static const char *const kebutuhan_field[] = {
    "kebutuhan_braille", "kebutuhan_huruf_besar", "kebutuhan_audio",
    "kebutuhan_isyarat", "kebutuhan_bantuan_formulir", "kebutuhan_lainnya_ya"
};

void sialip_profil_baca(sl_ctx *c, sl_profil_input *in)
{
    int i;

    in->pekerjaan_kode = sl_field(c, "pekerjaan_kode");
    in->pekerjaan = sl_field(c, "pekerjaan");
    in->jenis_kelamin = sl_field(c, "jenis_kelamin");
    in->kecamatan = sl_field(c, "kecamatan");
    for (i = 0; i < 6; i++) {
        in->kebutuhan[i] = sl_field(c, kebutuhan_field[i]);
    }
    in->kebutuhan_lainnya = sl_field(c, "kebutuhan_lainnya");
}

static const char *or_null(const char *v)
{
    return v && *v ? v : NULL;
}

void sialip_profil_kolom(sl_ctx *c, const sl_profil_input *in, const char *kolom[5])
{
    const char *set = sl_profil_kebutuhan_set(c->r->pool, in);
    kolom[0] = or_null(in->pekerjaan_kode);
    kolom[1] = or_null(in->jenis_kelamin);
    kolom[2] = or_null(in->kecamatan);
    kolom[3] = set;
    kolom[4] = set ? or_null(in->kebutuhan_lainnya) : NULL;
}

static void choices_xml(xmlNodePtr parent, const char *name, const sl_choice *ch)
{
    xmlNodePtr list = sl_xml_node(parent, "pilihan");
    sl_xml_attr(list, "untuk", name);
    for (; ch->value; ch++) {
        sl_xml_attr(sl_xml_text(list, "opsi", ch->label), "nilai", ch->value);
    }
}

void sialip_profil_formulir(sl_ctx *c, xmlNodePtr resource, xmlNodePtr values)
{
    static const char *const names[] = {
        "pekerjaan_kode", "jenis_kelamin", "kecamatan", "kebutuhan_lainnya"
    };
    int i;

    for (i = 0; i < 4; i++) {
        sl_xml_attr(sl_xml_text(values, "nilai", sl_field(c, names[i])), "nama", names[i]);
    }
    for (i = 0; i < 6; i++) {
        sl_xml_attr(sl_xml_text(values, "nilai", sl_field(c, kebutuhan_field[i])),
                    "nama", kebutuhan_field[i]);
    }
    choices_xml(resource, "pekerjaan_kode", sl_pekerjaan_choices);
    choices_xml(resource, "jenis_kelamin", sl_jenis_kelamin_choices);
    choices_xml(resource, "kecamatan", sl_kecamatan_choices);
    choices_xml(resource, "kebutuhan", sl_kebutuhan_choices);
}

/* ---- counts ----------------------------------------------------------- */

typedef struct {
    const sl_choice *choices;
    long *n;                    /* one per choice, then "not given" */
    int size;
} dimensi;

static void hitung(dimensi *d, const char *v, long count)
{
    int i;
    for (i = 0; d->choices[i].value; i++) {
        if (strcmp(d->choices[i].value, v) == 0) {
            d->n[i] += count;
            return;
        }
    }
    d->n[d->size] += count;     /* NULL, or a code no longer offered */
}

static void dimensi_init(apr_pool_t *p, dimensi *d, const sl_choice *choices)
{
    d->choices = choices;
    for (d->size = 0; choices[d->size].value; d->size++) {
    }
    d->n = apr_pcalloc(p, sizeof(long) * (d->size + 1));
}

static void dimensi_xml(apr_pool_t *p, xmlNodePtr parent, const char *name,
                        const dimensi *d, const char *kosong_kode,
                        const char *kosong_label)
{
    xmlNodePtr list = sl_xml_node(parent, name);
    int i;
    for (i = 0; i <= d->size; i++) {
        xmlNodePtr k = sl_xml_text(list, "kategori", apr_ltoa(p, d->n[i]));
        sl_xml_attr(k, "kode", i < d->size ? d->choices[i].value : kosong_kode);
        sl_xml_attr(k, "label", i < d->size ? d->choices[i].label : kosong_label);
    }
}

int sialip_profil_statistik_xml(sl_ctx *c, xmlNodePtr parent, const char *tahun,
                                const char *dari, const char *sampai)
{
    apr_pool_t *p = c->r->pool;
    dimensi kerja, kelamin, kecamatan;
    xmlNodePtr node;
    sl_rows *rows;
    int i;

    if (sl_db_select(c->db, "profil_hitung", &rows,
                     SL_ARGS(tahun, dari ? dari : "1000-01-01 00:00:00",
                             sampai ? sampai : "9999-12-31 00:00:00")) != 0) {
        return -1;
    }
    dimensi_init(p, &kerja, sl_pekerjaan_choices);
    dimensi_init(p, &kelamin, sl_jenis_kelamin_choices);
    dimensi_init(p, &kecamatan, sl_kecamatan_choices);
    for (i = 0; i < rows->nrows; i++) {
        long n = atol(sl_rows_get_or(rows, i, 3, "0"));
        hitung(&kerja, sl_rows_get_or(rows, i, 0, ""), n);
        hitung(&kelamin, sl_rows_get_or(rows, i, 1, ""), n);
        hitung(&kecamatan, sl_rows_get_or(rows, i, 2, ""), n);
    }
    node = sl_xml_node(parent, "profil_pemohon");
    dimensi_xml(p, node, "pekerjaan", &kerja, "tidak_tercatat",
                SIALIP_MSG_TIDAK_TERCATAT_PERMOHONAN_LAMA);
    dimensi_xml(p, node, "jenis_kelamin", &kelamin, "tidak_diisi", SIALIP_MSG_TIDAK_DIISI);
    dimensi_xml(p, node, "kecamatan", &kecamatan, "tidak_diisi", SIALIP_MSG_TIDAK_DIISI);
    return 0;
}

/* ---- special needs ---------------------------------------------------- */

void sialip_kebutuhan_xml_nilai(sl_ctx *c, xmlNodePtr parent, const char *set,
                                const char *lainnya)
{
    apr_pool_t *p = c->r->pool;
    const char *teks = sl_profil_kebutuhan_teks(p, set, lainnya);
    xmlNodePtr node;
    char *copy, *tok, *state;

    if (!teks) {
        return;
    }
    node = sl_xml_node(parent, "kebutuhan_khusus");
    sl_xml_attr(node, "teks", teks);
    copy = apr_pstrdup(p, set);
    for (tok = apr_strtok(copy, ",", &state); tok; tok = apr_strtok(NULL, ",", &state)) {
        sl_xml_attr(sl_xml_text(node, "butir", sl_choice_label(sl_kebutuhan_choices, tok)),
                    "kode", tok);
    }
    if (lainnya && *lainnya) {
        sl_xml_text(node, "lainnya", lainnya);
    }
}

static const sl_rows *kebutuhan_baris(sl_ctx *c, const char *permohonan_id)
{
    sl_rows *rows;

    if (permohonan_id
        && sl_db_select(c->db, "profil_kebutuhan", &rows, SL_ARGS(permohonan_id)) == 0
        && rows->nrows == 1) {
        return rows;
    }
    return NULL;
}

void sialip_kebutuhan_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id)
{
    const sl_rows *rows = kebutuhan_baris(c, permohonan_id);

    if (rows) {
        sialip_kebutuhan_xml_nilai(c, parent, sl_rows_get(rows, 0, 0),
                                   sl_rows_get(rows, 0, 1));
    }
}

void sialip_profil_staf_xml(sl_ctx *c, xmlNodePtr parent, const char *permohonan_id)
{
    const sl_rows *rows = kebutuhan_baris(c, permohonan_id);
    xmlNodePtr node;

    if (!rows) {
        return;
    }
    sialip_kebutuhan_xml_nilai(c, parent, sl_rows_get(rows, 0, 0), sl_rows_get(rows, 0, 1));
    node = sl_xml_node(parent, "profil");
    if (sl_rows_get(rows, 0, 2)) {
        sl_xml_text(node, "pekerjaan", sl_choice_label(sl_pekerjaan_choices,
                                                       sl_rows_get(rows, 0, 2)));
    }
    if (sl_rows_get(rows, 0, 3)) {
        sl_xml_text(node, "jenis_kelamin", sl_choice_label(sl_jenis_kelamin_choices,
                                                           sl_rows_get(rows, 0, 3)));
    }
    if (sl_rows_get(rows, 0, 4)) {
        sl_xml_text(node, "kecamatan", sl_choice_label(sl_kecamatan_choices,
                                                       sl_rows_get(rows, 0, 4)));
    }
}
