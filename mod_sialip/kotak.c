/* The officers' inbox and request page: the requests in the officer's
 * scope, filterable, sorted by due date with due-soon and overdue marked;
 * one request with everything about it and its whole history. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include "calendar.h"
#include "sl_holidays.h"
#include "sl_store.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "permohonan_rules.h"
#include "keberatan_rules.h"
#include "tenggat.h"
#include "alur.h"
#include "profil.h"
#include "admin_isian.h"
#include "sialip.h"
#include "label.h"
#include "percakapan.h"
#include "sialip_messages.h"

#define KOTAK_PER_HALAMAN 25
/* "Due soon" means within this many working days (issue: 2). */
#define KOTAK_HARI_DEKAT 2

/* 1 when OPD o has an active PPID Pelaksana with an e-mail (the same
 * recipients as surel_petugas_opd), else 0. */
#define KOTAK_PETUGAS \
    "EXISTS (SELECT 1 FROM pengguna pu JOIN pengguna_peran ppu " \
    " ON ppu.pengguna_id = pu.id AND ppu.peran = 'ppid_pelaksana' " \
    " WHERE pu.opd_id = o.id AND pu.aktif = 1 AND pu.email IS NOT NULL)"

const sl_stmt_def sialip_kotak_stmts[] = {
    /* Every filter is optional ('' matches all); the OPD scope is not. */
    {"kotak_daftar",
     "SELECT p.nomor, p.nama, p.kanal, p.status, p.diterima_pada, "
     "COALESCE(p.jatuh_tempo_perpanjangan, p.jatuh_tempo) AS tempo, "
     "p.jatuh_tempo_perpanjangan IS NOT NULL, "
     "(SELECT GROUP_CONCAT(o.singkatan ORDER BY o.singkatan SEPARATOR ', ') "
     " FROM disposisi d JOIN opd o ON o.id = d.opd_id "
     " WHERE d.permohonan_id = p.id AND d.status <> 'dialihkan'), "
     "p.kebutuhan_khusus, p.kebutuhan_lainnya, "
     /* Waiting for the applicant's clarification (percakapan.c). */
     "EXISTS (SELECT 1 FROM klarifikasi k WHERE k.permohonan_id = p.id AND k.terbuka = 1) "
     "FROM permohonan p WHERE (%s = '1' OR EXISTS (SELECT 1 FROM disposisi d "
     " WHERE d.permohonan_id = p.id AND d.opd_id = %s AND d.status <> 'dialihkan')) "
     "AND (%s = '' OR p.status = %s) "
     "AND (%s = '' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = p.id "
     " AND d.opd_id = %s AND d.status <> 'dialihkan')) "
     "AND (%s = '' OR p.kanal = %s) AND (%s = '' OR p.tahun = %s) "
     /* The staff home's queues (staf.c): open and due in a range of days;
      * a part of the officer's OPD still to answer. */
     "AND (%s = '' OR (p.status IN ('diterima','didisposisi') "
     " AND p.kotak_tempo BETWEEN %s AND %s)) "
     "AND (%s = '' OR EXISTS (SELECT 1 FROM disposisi d WHERE d.permohonan_id = p.id "
     " AND d.opd_id = %s AND d.status = 'menunggu')) "
     /* The indexed virtual columns of migration 020 (open first, then by
      * the effective due date): the first page is read in index order. */
     "ORDER BY p.kotak_selesai, p.kotak_tempo, p.id LIMIT %s OFFSET %s"},
    /* Third column: the OPD has an active PPID Pelaksana with an e-mail,
     * who is told of a disposition (surel.c); routing elsewhere is warned. */
    {"kotak_opd", "SELECT o.id, o.singkatan, o.nama, " KOTAK_PETUGAS
     " FROM opd o WHERE o.aktif = 1 AND (%s = '1' OR o.id = %s) ORDER BY o.nama"},
    {"kotak_disposisi",
     "SELECT d.id, d.opd_id, o.singkatan, o.nama, d.status, d.catatan, d.jawaban, "
     "d.dibuat_pada, d.dijawab_pada, u.nama, d.ditutup_utama, d.alasan_tutup, "
     KOTAK_PETUGAS " FROM disposisi d "
     "JOIN opd o ON o.id = d.opd_id LEFT JOIN pengguna u ON u.id = d.dijawab_oleh "
     "WHERE d.permohonan_id = %s ORDER BY d.id"},
    {"kotak_riwayat",
     "SELECT a.waktu, a.aktor, a.aksi, a.objek, a.objek_id, a.sebelum, a.sesudah "
     "FROM audit a WHERE (a.objek = 'permohonan' AND a.objek_id = %s) "
     "OR (a.objek = 'keberatan' AND a.objek_id IN "
     " (SELECT k.nomor FROM keberatan k WHERE k.permohonan_id = %s)) "
     "ORDER BY a.waktu, a.id"},
    {"kotak_identitas",
     "SELECT " ISIAN_BERKAS_KOLOM " FROM berkas b WHERE b.id = %s"},
    /* The request an objection's forms live on (NULL for ground b). */
    {"kotak_keberatan_induk",
     "SELECT p.nomor FROM keberatan k LEFT JOIN permohonan p ON p.id = k.permohonan_id "
     "WHERE k.nomor = %s"},
    {NULL, NULL}
};

static const char *const statuses[] = {"diterima", "didisposisi", "menunggu_informasi",
                                       "menunggu_penyerahan", "selesai", NULL};
static const char *const tenggat_values[] = {"dekat", "lewat", NULL};
static const char *const tugas_values[] = {"jawab", NULL};

/* A filter value only when it is one the list offers (so it can go back
 * into page links as it is). */
static const char *one_of(sl_ctx *c, const char *name, const char *const *allowed,
                          const sl_choice *choices)
{
    const char *v = sl_query(c, name);
    for (; allowed && *allowed; allowed++) {
        if (strcmp(*allowed, v) == 0) {
            return v;
        }
    }
    for (; choices && choices->value; choices++) {
        if (strcmp(choices->value, v) == 0) {
            return v;
        }
    }
    return "";
}

static const char *filter(sl_ctx *c, const char *name, int digits_only)
{
    const char *v = sl_query(c, name);
    const char *q;
    if (strlen(v) > 9) {
        return "";
    }
    for (q = v; digits_only && *q; q++) {
        if (!apr_isdigit(*q)) {
            return "";
        }
    }
    return v;
}

static void add_opd_choices(sl_ctx *c, xmlNodePtr parent)
{
    sl_rows *rows;
    xmlNodePtr list = sl_xml_node(parent, "daftar_opd");
    int i;
    /* Only the OPDs the officer may see (a filter offers no other). */
    if (sl_db_select(c->db, "kotak_opd", &rows,
                     SL_ARGS(sl_scope_all(c, ALUR_SEMUA_OPD), sl_scope_opd(c))) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr o = sl_xml_text(list, "opd", sl_rows_get(rows, i, 1));
        sl_xml_attr(o, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(o, "nama", sl_rows_get(rows, i, 2));
        if (strcmp(sl_rows_get_or(rows, i, 3, "1"), "0") == 0) {
            sl_xml_attr(o, "tanpa_petugas", "1");
        }
    }
}

/* "lewat" past the due date, "dekat" within KOTAK_HARI_DEKAT working
 * days, NULL otherwise or when answered. */
static const char *urgency(const char *status, const char *due_iso, sl_day today,
                           sl_day soon)
{
    sl_day due;
    /* menunggu_informasi, menunggu_penyerahan: answered; only the
     * delivery is outstanding. */
    if (!status || strcmp(status, "selesai") == 0
        || strncmp(status, "menunggu_", 9) == 0 || !due_iso
        || sl_day_parse_iso(due_iso, &due) != 0) {
        return NULL;
    }
    return due < today ? "lewat" : due <= soon ? "dekat" : NULL;
}

/* A due date in a year whose holidays are not loaded is provisional: the
 * officer sees it flagged (the citizen's receipt says so too). */
static void tandai_sementara(sl_ctx *c, xmlNodePtr it, const sl_calendar *cal,
                             const char *tempo)
{
    sl_day due;
    int y, m, d;

    if (tempo && sl_day_parse_iso(tempo, &due) == 0) {
        sl_day_to_ymd(due, &y, &m, &d);
        if (!sl_calendar_year_loaded(cal, y)) {
            sl_xml_attr(it, "sementara", apr_itoa(c->r->pool, y));
        }
    }
}

int sialip_kotak_daftar(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *status = one_of(c, "status", statuses, NULL);
    const char *opd = filter(c, "opd", 1), *tahun = filter(c, "tahun", 1);
    const char *kanal = one_of(c, "kanal", NULL, sl_kanal_choices);
    const char *tenggat = one_of(c, "tenggat", tenggat_values, NULL);
    const char *tugas = one_of(c, "tugas", tugas_values, NULL);
    const char *dari = "", *sampai = "";
    /* strtol saturates instead of overflowing; the clamp keeps the
     * OFFSET's product within an int. */
    long page_arg = strtol(filter(c, "halaman", 1), NULL, 10);
    int page_no = page_arg < 1 ? 1 : page_arg > 100000 ? 100000 : (int)page_arg;
    const sl_calendar *cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    sl_day today = sl_today_wib(), soon;
    sl_page *page;
    sl_rows *rows;
    xmlNodePtr list, filters;
    int i;

    if (!cal) {
        return alur_gangguan(c);
    }
    soon = sl_calendar_add_working_days(cal, today, KOTAK_HARI_DEKAT, NULL);
    /* As urgency() marks: "lewat" before today, "dekat" up to soon. */
    if (*tenggat) {
        dari = strcmp(tenggat, "lewat") == 0 ? "1000-01-01" : sl_day_iso(p, today);
        sampai = strcmp(tenggat, "lewat") == 0 ? sl_day_iso(p, today - 1)
                                               : sl_day_iso(p, soon);
    }
    if (sl_db_select(c->db, "kotak_daftar", &rows,
                             SL_ARGS(sl_scope_all(c, ALUR_SEMUA_OPD), sl_scope_opd(c),
                                     status, status, opd, opd, kanal, kanal,
                                     tahun, tahun, tenggat, dari, sampai,
                                     tugas, sl_scope_opd(c),
                                     apr_itoa(p, KOTAK_PER_HALAMAN + 1),
                                     apr_itoa(p, (page_no - 1) * KOTAK_PER_HALAMAN)))
                   != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, "kotak", SIALIP_MSG_KOTAK_JUDUL, "kotak");
    filters = sl_xml_node(page->resource, "saring");
    sl_xml_attr(filters, "status", status);
    sl_xml_attr(filters, "opd", opd);
    sl_xml_attr(filters, "kanal", kanal);
    sl_xml_attr(filters, "tahun", tahun);
    sl_xml_attr(filters, "tenggat", tenggat);
    sl_xml_attr(filters, "tugas", tugas);
    sl_xml_attr(filters, "halaman", apr_itoa(p, page_no));
    if (rows->nrows > KOTAK_PER_HALAMAN) {
        sl_xml_attr(filters, "berikutnya", apr_itoa(p, page_no + 1));
    }
    if (page_no > 1) {
        sl_xml_attr(filters, "sebelumnya", apr_itoa(p, page_no - 1));
    }
    add_opd_choices(c, page->resource);
    list = sl_xml_node(page->resource, "daftar");
    for (i = 0; i < rows->nrows && i < KOTAK_PER_HALAMAN; i++) {
        xmlNodePtr it = sl_xml_node(list, "permohonan");
        const char *st = sl_rows_get(rows, i, 3);
        sl_xml_attr(it, "nomor", sl_rows_get(rows, i, 0));
        sl_xml_attr(it, "status", st);
        sl_xml_attr(it, "tanda", urgency(st, sl_rows_get(rows, i, 5), today, soon));
        sl_xml_text(it, "nama", sl_rows_get(rows, i, 1));
        sl_xml_text(it, "kanal", sl_choice_label(sl_kanal_choices, sl_rows_get(rows, i, 2)));
        sl_xml_text(it, "status_teks",
                    sialip_label_status(st, strcmp(sl_rows_get_or(rows, i, 6, "0"), "1") == 0));
        sl_xml_text(it, "diterima", sl_wib_text(p, sl_rows_get(rows, i, 4)));
        sl_xml_text(it, "tempo", sl_rows_get(rows, i, 5));
        sl_xml_text(it, "opd", sl_rows_get(rows, i, 7));
        tandai_sementara(c, it, cal, sl_rows_get(rows, i, 5));
        sialip_kebutuhan_xml_nilai(c, it, sl_rows_get(rows, i, 8), sl_rows_get(rows, i, 9));
        if (strcmp(sl_rows_get_or(rows, i, 10, "0"), "1") == 0) {
            sl_xml_attr(it, "klarifikasi", "1");
        }
    }
    return sl_page_send(page, HTTP_OK);
}

static void add_dispositions(sl_ctx *c, xmlNodePtr parent, const char *id)
{
    sl_rows *rows;
    xmlNodePtr list = sl_xml_node(parent, "disposisi");
    int i;
    if (sl_db_select(c->db, "kotak_disposisi", &rows, SL_ARGS(id)) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr d = sl_xml_node(list, "bagian");
        const char *opd_id = sl_rows_get(rows, i, 1);
        sl_xml_attr(d, "id", sl_rows_get(rows, i, 0));
        sl_xml_attr(d, "opd_id", opd_id);
        sl_xml_attr(d, "status", sl_rows_get(rows, i, 4));
        sl_xml_attr(d, "status_teks", sl_choice_label(sialip_status_bagian_choices,
                                                      sl_rows_get(rows, i, 4)));
        /* The officer of this OPD may answer its part. */
        if (c->session->opd_id && opd_id && strcmp(c->session->opd_id, opd_id) == 0
            && (c->session->roles & SL_ROLE_PPID_PELAKSANA)) {
            sl_xml_attr(d, "milik_saya", "1");
        }
        sl_xml_text(d, "opd", sl_rows_get(rows, i, 2));
        sl_xml_text(d, "opd_nama", sl_rows_get(rows, i, 3));
        sl_xml_text(d, "catatan", sl_rows_get(rows, i, 5));
        sl_xml_text(d, "jawaban", sl_rows_get(rows, i, 6));
        sl_xml_text(d, "dibuat", sl_wib_text(c->r->pool, sl_rows_get(rows, i, 7)));
        sl_xml_text(d, "dijawab", sl_wib_text(c->r->pool, sl_rows_get(rows, i, 8)));
        sl_xml_text(d, "penjawab", sl_rows_get(rows, i, 9));
        if (strcmp(sl_rows_get_or(rows, i, 10, "0"), "1") == 0) {
            /* Answered by PPID Utama for a silent OPD (disposisi_tutup.c). */
            sl_xml_text(d, "ditutup_utama", sl_rows_get(rows, i, 11));
        }
        if (strcmp(sl_rows_get_or(rows, i, 12, "1"), "0") == 0) {
            sl_xml_attr(d, "tanpa_petugas", "1");
        }
    }
}

static void add_history(sl_ctx *c, xmlNodePtr parent, const char *id,
                        const char *nomor)
{
    sl_rows *rows;
    xmlNodePtr list = sl_xml_node(parent, "riwayat");
    int i;
    if (sl_db_select(c->db, "kotak_riwayat", &rows, SL_ARGS(nomor, id)) != 0) {
        return;
    }
    for (i = 0; i < rows->nrows; i++) {
        xmlNodePtr ev = sl_xml_node(list, "peristiwa");
        sl_xml_attr(ev, "waktu", sl_wib_text(c->r->pool, sl_rows_get(rows, i, 0)));
        sl_xml_attr(ev, "aktor", sl_rows_get(rows, i, 1));
        sl_xml_attr(ev, "aksi", sl_rows_get(rows, i, 2));
        sl_xml_attr(ev, "aksi_teks", sl_choice_label(sialip_aksi_choices,
                                                     sl_rows_get(rows, i, 2)));
        sl_xml_attr(ev, "objek", sl_rows_get(rows, i, 4));
        sl_xml_text(ev, "sebelum", sialip_label_sebelum(c->r->pool, sl_rows_get(rows, i, 2),
                                                        sl_rows_get(rows, i, 3),
                                                        sl_rows_get(rows, i, 5)));
        sl_xml_text(ev, "sesudah", sl_rows_get(rows, i, 6));
    }
}

/* The roles' possible actions on this request, for the view to offer.
 * The one extension only while it can be granted (before the first due
 * date passes), with the due date it would give. */
static void add_actions(sl_ctx *c, xmlNodePtr parent, const sl_rows *p,
                        const sl_calendar *cal)
{
    xmlNodePtr a = sl_xml_node(parent, "boleh");
    int open = alur_terbuka(p);
    unsigned roles = c->session->roles;
    sl_day due;

    if (open && (roles & SL_ROLE_PPID_UTAMA)) {
        sl_xml_attr(a, "disposisi", "1");
        if (!sl_rows_get(p, 0, ALUR_TEMPO_PERPANJANGAN)
            && sl_day_parse_iso(sl_rows_get(p, 0, ALUR_TEMPO), &due) == 0
            && sl_perpanjangan_tepat(due, sl_today_wib())) {
            sl_xml_attr(a, "perpanjang", "1");
            sl_xml_attr(a, "perpanjang_sampai", sl_day_long_id(
                c->r->pool, sl_calendar_add_working_days(cal, due,
                                                         SIALIP_HARI_PERPANJANGAN, NULL)));
        }
    }
    if (open && (roles & (SL_ROLE_PPID_UTAMA | SL_ROLE_PPID_PELAKSANA))) {
        sl_xml_attr(a, "pemberitahuan", "1");
    }
}

/* UU 27/2022: who saw an applicant's personal data, and when, is kept
 * (object "data_pemohon", so the request's own history is not filled with
 * views).  Nothing is shown when the row cannot be written. */
static int log_personal_data_view(sl_ctx *c, const char *nomor, const char *what)
{
    return sl_audit(c, &(sl_audit_entry){"lihat", "data_pemohon", nomor, NULL,
                                         what, 0});
}

/* Kept input of a refused step: every text field of the posted form. */
static int keep_field(void *isian, const char *name, const char *value)
{
    if (strcmp(name, "csrf") != 0) {
        sl_xml_attr(sl_xml_text(isian, "nilai", value), "nama", name);
    }
    return 1;
}

/* With pesan NULL, the step asks to be confirmed (<konfirmasi>). */
void sialip_kotak_galat_xml(sl_ctx *c, xmlNodePtr res, const char *aksi,
                            const char *pesan)
{
    if (aksi) {
        sl_xml_attr(pesan ? sl_xml_text(res, "galat", pesan)
                          : sl_xml_node(res, "konfirmasi"), "untuk", aksi);
        if (c->form) {
            apr_table_do(keep_field, sl_xml_node(res, "isian"), c->form->fields, NULL);
        }
    }
}

/* The request page; with aksi and pesan (a refused step), the message
 * beside that step's form and the posted input kept.  Returns the
 * response, or -1 when the page cannot be built (nothing sent). */
static int render(sl_ctx *c, const char *nomor, int status, const char *aksi,
                  const char *pesan)
{
    apr_pool_t *p = c->r->pool;
    const sl_calendar *cal;
    const sl_rows *r;
    sl_page *page;
    xmlNodePtr res;
    int failed;

    r = alur_muat(c, nomor, &failed);
    if (failed || !(cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes))) {
        return aksi ? -1 : alur_gangguan(c);
    }
    if (!r) {
        return aksi ? -1 : alur_tidak_ditemukan(c);
    }
    if (log_personal_data_view(c, nomor, "data") != 0) {
        return aksi ? -1 : alur_gangguan(c);
    }
    page = sl_ctx_page(c, "kotak-permohonan", apr_pstrcat(p, "Permohonan ", nomor, NULL),
                       "permohonan");
    res = page->resource;
    sl_xml_attr(res, "nomor", nomor);
    sl_xml_attr(res, "status", sl_rows_get(r, 0, ALUR_STATUS));
    sl_xml_text(res, "status_teks",
                sialip_label_status(sl_rows_get(r, 0, ALUR_STATUS),
                                  sl_rows_get(r, 0, ALUR_TEMPO_PERPANJANGAN) != NULL));
    sl_xml_text(res, "diterima", sl_wib_text(p, sl_rows_get(r, 0, ALUR_DITERIMA)));
    sl_xml_text(res, "kanal", sl_choice_label(sl_kanal_choices,
                                              sl_rows_get(r, 0, ALUR_KANAL)));
    sl_xml_text(res, "jenis_pemohon", sl_choice_label(sl_jenis_pemohon_choices,
                                                      sl_rows_get(r, 0, ALUR_JENIS)));
    sl_xml_text(res, "nama", sl_rows_get(r, 0, ALUR_NAMA));
    sl_xml_text(res, "nik", sl_rows_get(r, 0, ALUR_NIK));
    sl_xml_text(res, "nomor_badan_hukum", sl_rows_get(r, 0, ALUR_NOMOR_BH));
    sl_xml_text(res, "alamat", sl_rows_get(r, 0, ALUR_ALAMAT));
    sl_xml_text(res, "telepon", sl_rows_get(r, 0, ALUR_TELEPON));
    sl_xml_text(res, "email", sl_rows_get(r, 0, ALUR_EMAIL));
    sl_xml_text(res, "pekerjaan", sl_rows_get(r, 0, ALUR_PEKERJAAN));
    sl_xml_text(res, "rincian", sl_rows_get(r, 0, ALUR_RINCIAN));
    sl_xml_text(res, "tujuan", sl_rows_get(r, 0, ALUR_TUJUAN));
    sl_xml_text(res, "cara_memperoleh", sl_choice_label(sl_cara_memperoleh_choices,
                                                        sl_rows_get(r, 0, ALUR_CARA_MEMPEROLEH)));
    sl_xml_text(res, "cara_salinan", sl_choice_label(sl_cara_salinan_choices,
                                                     sl_rows_get(r, 0, ALUR_CARA_SALINAN)));
    if (sl_rows_get(r, 0, ALUR_IDENTITAS)) {
        sl_xml_text(res, "identitas", "1");
    }
    alur_tenggat_jeda_xml(c, res, cal, sl_rows_get(r, 0, ALUR_DITERIMA),
                          sl_rows_get(r, 0, ALUR_HARI_NOL),
                          sl_rows_get(r, 0, ALUR_ALASAN_PERPANJANGAN),
                          atoi(sl_rows_get_or(r, 0, ALUR_HARI_JEDA, "0")));
    sialip_profil_staf_xml(c, res, sl_rows_get(r, 0, ALUR_ID));
    add_dispositions(c, res, sl_rows_get(r, 0, ALUR_ID));
    sialip_pemberitahuan_xml(c, res, sl_rows_get(r, 0, ALUR_ID), 1);
    sialip_keberatan_xml(c, res, sl_rows_get(r, 0, ALUR_ID), 1);
    add_actions(c, res, r, cal);
    add_opd_choices(c, res);
    sialip_percakapan_xml(c, res, sl_rows_get(r, 0, ALUR_ID), nomor,
                          sl_rows_get(r, 0, ALUR_STATUS), 1);
    add_history(c, res, sl_rows_get(r, 0, ALUR_ID), nomor);
    sialip_kotak_galat_xml(c, res, aksi, pesan);
    return sl_page_send(page, status);
}

int sialip_kotak_lihat(sl_ctx *c)
{
    return render(c, apr_table_get(c->params, "nomor"), HTTP_OK, NULL, NULL);
}

/* A step on an objection (/admin/keberatan/{nomor}/...): its forms are on
 * its request's page (galat untuk = "keberatan/{nomor}/<step>"), or on the
 * objection's own page when it has no request (ground b). */
static int objection_refused(sl_ctx *c, const char *nomor, const char *pesan)
{
    const char *aksi = apr_pstrcat(c->r->pool, "keberatan/", nomor, "/",
                                   c->path + strlen("/admin/keberatan/")
                                   + strlen(nomor) + 1, NULL);
    sl_rows *rows;

    if (c->db->in_transaction) {
        sl_db_rollback(c->db);
    }
    if (sl_db_select(c->db, "kotak_keberatan_induk", &rows, SL_ARGS(nomor)) != 0
        || rows->nrows != 1) {
        return -1;
    }
    if (sl_rows_get(rows, 0, 0)) {
        return render(c, sl_rows_get(rows, 0, 0), HTTP_CONFLICT, aksi, pesan);
    }
    return sialip_keberatan_staf_tampil(c, nomor, HTTP_CONFLICT, aksi, pesan);
}

int sialip_kotak_ditolak(sl_ctx *c, const char *pesan)
{
    const char *nomor = apr_table_get(c->params, "nomor");
    const char *prefix = apr_pstrcat(c->r->pool, "/admin/permohonan/", nomor, "/", NULL);
    const char *objection = apr_pstrcat(c->r->pool, "/admin/keberatan/", nomor, "/", NULL);

    if (!nomor) {
        return -1;
    }
    if (strncmp(c->path, objection, strlen(objection)) == 0) {
        return objection_refused(c, nomor, pesan);
    }
    if (strncmp(c->path, prefix, strlen(prefix)) != 0) {
        return -1;
    }
    return render(c, nomor, HTTP_CONFLICT, c->path + strlen(prefix), pesan);
}

int sialip_kotak_konfirmasi(sl_ctx *c)
{
    const char *nomor = apr_table_get(c->params, "nomor");
    const char *prefix = apr_pstrcat(c->r->pool, "/admin/permohonan/", nomor, "/", NULL);

    if (!nomor || strncmp(c->path, prefix, strlen(prefix)) != 0) {
        return alur_gangguan(c);
    }
    if (c->db->in_transaction) {
        sl_db_rollback(c->db);
    }
    {
        int rc = render(c, nomor, HTTP_OK, c->path + strlen(prefix), NULL);
        return rc < 0 ? alur_gangguan(c) : rc;
    }
}

/* The identity document, only for officers whose scope has the request. */
int sialip_kotak_identitas(sl_ctx *c)
{
    const char *nomor = apr_table_get(c->params, "nomor");
    const sl_rows *r;
    sl_rows *doc;
    int failed;

    r = alur_muat(c, nomor, &failed);
    if (failed) {
        return alur_gangguan(c);
    }
    if (!r || !sl_rows_get(r, 0, ALUR_IDENTITAS)) {
        return alur_tidak_ditemukan(c);
    }
    if (sl_db_select(c->db, "kotak_identitas", &doc,
                     SL_ARGS(sl_rows_get(r, 0, ALUR_IDENTITAS))) != 0
        || doc->nrows != 1 || log_personal_data_view(c, nomor, "identitas") != 0) {
        return alur_gangguan(c);
    }
    return isian_berkas_kirim(c, doc);
}
