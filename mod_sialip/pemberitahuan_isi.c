/* The written notice without retyping (issue 17): its form starts from
 * the OPDs' answers, the format and delivery the citizen asked for and
 * the signatory of the officer's last notice; the printed letter carries
 * the place and date, the addressee, the signatory (name, NIP, position)
 * and the date by which the applicant may object. */
#include <httpd.h>
#include <string.h>
#include <apr_strings.h>
#include "calendar.h"
#include "escape.h"
#include "roles.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "validate.h"
#include "keberatan_rules.h"
#include "pemberitahuan_rules.h"
#include "pemberitahuan_isi.h"
#include "sialip.h"
#include "sialip_messages.h"

#define PENANDA_MAKS 255
#define TEMPAT_MAKS 64
#define TEMPAT_BAKU "Serang"

const sl_stmt_def sialip_pemberitahuan_isi_stmts[] = {
    {"pti_jawaban",
     "SELECT o.singkatan, d.jawaban FROM disposisi d JOIN opd o ON o.id = d.opd_id "
     "WHERE d.permohonan_id = %s AND d.status = 'dijawab' AND d.jawaban IS NOT NULL "
     "ORDER BY d.id"},
    {"pti_penanda_terakhir",
     "SELECT penandatangan_nama, penandatangan_nip, penandatangan_jabatan, tempat "
     "FROM pemberitahuan WHERE diterbitkan_oleh = %s AND penandatangan_nip IS NOT NULL "
     "ORDER BY id DESC LIMIT 1"},
    {"pti_petugas",
     "SELECT u.nama, o.nama FROM pengguna u LEFT JOIN opd o ON o.id = u.opd_id "
     "WHERE u.id = %s"},
    {"pti_penanda_simpan",
     "UPDATE pemberitahuan SET penandatangan_nama = %s, penandatangan_nip = %s, "
     "penandatangan_jabatan = %s, tempat = %s WHERE id = %s"},
    {NULL, NULL}
};

/* The officer's signatory defaults: the last notice they signed, else
 * their account's name and a position from their role. */
static int defaults(sl_ctx *c, sialip_penanda *t)
{
    apr_pool_t *p = c->r->pool;
    sl_rows *rows;

    memset(t, 0, sizeof(*t));
    if (sl_db_select(c->db, "pti_penanda_terakhir", &rows,
                     SL_ARGS(c->session->user_id)) != 0) {
        return -1;
    }
    if (rows->nrows == 1) {
        t->nama = sl_rows_get(rows, 0, 0);
        t->nip = sl_rows_get(rows, 0, 1);
        t->jabatan = sl_rows_get(rows, 0, 2);
        t->tempat = sl_rows_get(rows, 0, 3);
    }
    if (!t->nama || !t->jabatan) {
        if (sl_db_select(c->db, "pti_petugas", &rows,
                         SL_ARGS(c->session->user_id)) != 0) {
            return -1;
        }
        t->nama = t->nama ? t->nama : sl_rows_get_or(rows, 0, 0, "");
        t->jabatan = t->jabatan ? t->jabatan
                     : (c->session->roles & SL_ROLE_PPID_UTAMA)
                       ? SIALIP_MSG_PPID_UTAMA_KABUPATEN_SERANG
                       : sl_rows_get(rows, 0, 1)
                         ? apr_psprintf(p, SIALIP_MSG_PPID_PELAKSANA_OPD, sl_rows_get(rows, 0, 1))
                         : SIALIP_MSG_ATOM_PENULIS;
    }
    t->tempat = t->tempat ? t->tempat : TEMPAT_BAKU;
    return 0;
}

apr_table_t *sialip_pt_isian_awal(sl_ctx *c, const char *req_id,
                                  const char *cara_memperoleh, const char *cara_salinan)
{
    apr_pool_t *p = c->r->pool;
    apr_table_t *t = apr_table_make(p, 8);
    const char *bentuk, *cara, *given = "";
    sialip_penanda s;
    sl_rows *rows;
    int i;

    /* One answer as it is; several each led by its OPD. */
    if (sl_db_select(c->db, "pti_jawaban", &rows, SL_ARGS(req_id)) == 0) {
        for (i = 0; i < rows->nrows; i++) {
            given = apr_pstrcat(p, given, i ? "\n\n" : "",
                                rows->nrows > 1 ? sl_rows_get(rows, i, 0) : "",
                                rows->nrows > 1 ? ": " : "", sl_rows_get(rows, i, 1), NULL);
        }
    }
    apr_table_set(t, "informasi_diberikan", given);
    sl_pemberitahuan_saran(cara_memperoleh, cara_salinan, &bentuk, &cara);
    apr_table_set(t, "bentuk", bentuk);
    apr_table_set(t, "cara_penyampaian", cara);
    if (defaults(c, &s) == 0) {
        apr_table_set(t, "penandatangan_nama", s.nama ? s.nama : "");
        apr_table_set(t, "penandatangan_nip", s.nip ? s.nip : "");
        apr_table_set(t, "penandatangan_jabatan", s.jabatan ? s.jabatan : "");
        apr_table_set(t, "tempat", s.tempat);
    }
    return t;
}

void sialip_pt_jawaban_xml(sl_ctx *c, xmlNodePtr parent, const char *req_id)
{
    sl_rows *rows;
    int i;
    if (sl_db_select(c->db, "pti_jawaban", &rows, SL_ARGS(req_id)) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        sl_xml_attr(sl_xml_text(parent, "jawaban_opd", sl_rows_get(rows, i, 1)), "opd",
                    sl_rows_get(rows, i, 0));
    }
}

static void salah(apr_array_header_t *errors, const char *field, const char *message)
{
    sl_field_error *e = apr_array_push(errors);
    e->field = field;
    e->message = message;
}

static int panjang_ok(const char *v, int maks)
{
    return *v && sl_utf8_length(v, strlen(v)) <= (apr_size_t)maks;
}

int sialip_pt_penanda_baca(sl_ctx *c, const char *req_id, apr_array_header_t *errors,
                           sialip_penanda *out)
{
    (void)req_id;
    memset(out, 0, sizeof(*out));
    if (!c->form || !apr_table_get(c->form->fields, "penandatangan_nama")) {
        /* Nothing kept: the letter names the issuing officer, as notices
         * from before the signatory was asked do. */
        return 0;
    }
    out->nama = sl_field(c, "penandatangan_nama");
    out->jabatan = sl_field(c, "penandatangan_jabatan");
    out->tempat = sl_field(c, "tempat");
    out->nip = sl_nip_normal(c->r->pool, sl_field(c, "penandatangan_nip"));
    if (!panjang_ok(out->nama, PENANDA_MAKS)) {
        salah(errors, "penandatangan_nama", SIALIP_MSG_PENANDATANGAN_ISI_NAMA);
    }
    if (!out->nip) {
        salah(errors, "penandatangan_nip", SIALIP_MSG_PENANDATANGAN_ISI_NIP);
    }
    if (!panjang_ok(out->jabatan, PENANDA_MAKS)) {
        salah(errors, "penandatangan_jabatan", SIALIP_MSG_PENANDATANGAN_ISI_JABATAN);
    }
    if (!panjang_ok(out->tempat, TEMPAT_MAKS)) {
        salah(errors, "tempat", SIALIP_MSG_PENANDATANGAN_ISI_TEMPAT);
    }
    return 0;
}

void sialip_pt_penanda_simpan(sl_ctx *c, const char *notice_id, const sialip_penanda *t)
{
    if (!t->nama) {
        return;
    }
    sl_db_exec(c->db, "pti_penanda_simpan", NULL,
               SL_ARGS(t->nama, t->nip, t->jabatan, t->tempat, notice_id));
}

/* "Senin, 7 Desember 2026" without the weekday. */
static const char *tanggal(apr_pool_t *p, sl_day d)
{
    const char *s = sl_day_long_id(p, d);
    const char *comma = strchr(s, ',');
    return comma ? comma + 2 : s;
}

void sialip_pt_surat_xml(sl_ctx *c, xmlNodePtr notice, const sialip_pt_surat *s)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal;
    sl_day day, ground, last;
    xmlNodePtr x;
    const char *alamat;

    if (sl_wib_day(s->diterbitkan_pada, &day) != 0) {
        return;
    }
    x = sl_xml_text(notice, "tempat_tanggal",
                    apr_pstrcat(p, s->tempat ? s->tempat : TEMPAT_BAKU, ", ",
                                tanggal(p, day), NULL));
    sl_xml_attr(x, "tanggal", sl_day_iso(p, day));
    x = sl_xml_node(notice, "kepada");
    sl_xml_text(x, "nama", s->nama);
    alamat = s->alamat;
    sl_xml_text(x, "alamat", alamat && strcmp(alamat, "dihapus") == 0
                                 ? SIALIP_MSG_DIHAPUS_SESUAI_RETENSI : alamat);
    x = sl_xml_node(notice, "penandatangan");
    /* Notices from before the signatory was asked: the issuing officer. */
    sl_xml_text(x, "nama", s->penandatangan_nama ? s->penandatangan_nama : s->penerbit);
    sl_xml_text(x, "nip", s->penandatangan_nip);
    sl_xml_text(x, "jabatan", s->penandatangan_jabatan ? s->penandatangan_jabatan
                                                       : SIALIP_MSG_ATOM_PENULIS);
    cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    if (cal && sl_keberatan_cek(cal, 1, day, day, day, &ground, &last)
               != SL_KEBERATAN_BELUM) {
        x = sl_xml_text(notice, "batas_keberatan", sl_day_long_id(p, last));
        sl_xml_attr(x, "tanggal", sl_day_iso(p, last));
        sl_xml_attr(x, "hari_kerja", "30");
    }
}
