/* The Survei Kepuasan Masyarakat of the PPID service (PermenPANRB
 * 14/2017; survei_hitung.h has the index): a citizen answers the nine
 * elements once per request, from the status page, after the written
 * notice; the desk types in paper questionnaires of walk-in service; the
 * results (IKM with its grade per OPD and per channel, each element's
 * NRR, the optional respondent profile) are public, as HTML with charts,
 * XML and CSV.  The profile is stored apart from the answers and from the
 * request, so no published figure leads back to an applicant. */
#include <httpd.h>
#include <string.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "calendar.h"
#include "validate.h"
#include "sl_audit.h"
#include "sl_module.h"
#include "admin_isian.h"
#include "alur.h"
#include "survei_hitung.h"
#include "sialip.h"
#include "sialip_messages.h"

#define SURVEI_SARAN_MAKS 2000

const sl_stmt_def sialip_survei_stmts[] = {
    {"svy_keadaan",
     "SELECT p.kanal AS kanal, "
     "(SELECT MIN(d.opd_id) FROM disposisi d WHERE d.permohonan_id = p.id) AS opd_id, "
     "(SELECT COUNT(*) FROM pemberitahuan n WHERE n.permohonan_id = p.id) AS ada_pemberitahuan, "
     "(SELECT COUNT(*) FROM survei s WHERE s.permohonan_id = p.id) AS sudah_diisi "
     "FROM permohonan p WHERE p.id = %s"},
    {"svy_simpan",
     "INSERT INTO survei (permohonan_id, opd_id, kanal, sumber, diisi_pada, tahun, semester, "
     "u1, u2, u3, u4, u5, u6, u7, u8, u9, saran, dicatat_oleh) VALUES (%s, %s, %s, %s, "
     "UTC_TIMESTAMP(), %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"},
    {"svy_responden",
     "INSERT INTO survei_responden (tahun, semester, jenis_kelamin, pendidikan, pekerjaan) "
     "VALUES (%s, %s, %s, %s, %s)"},
    {"svy_rekap",
     "SELECT s.opd_id AS opd_id, o.nama AS opd_nama, s.kanal AS kanal, COUNT(*) AS n, "
     "SUM(s.u1) AS u1, SUM(s.u2) AS u2, SUM(s.u3) AS u3, SUM(s.u4) AS u4, SUM(s.u5) AS u5, "
     "SUM(s.u6) AS u6, SUM(s.u7) AS u7, SUM(s.u8) AS u8, SUM(s.u9) AS u9 "
     "FROM survei s LEFT JOIN opd o ON o.id = s.opd_id "
     "WHERE s.tahun = %s AND (%s = '0' OR s.semester = %s) "
     "GROUP BY s.opd_id, o.nama, s.kanal ORDER BY o.nama, s.kanal"},
    {"svy_profil",
     "SELECT 'jenis_kelamin' AS isian, jenis_kelamin AS nilai, COUNT(*) AS n "
     "FROM survei_responden WHERE tahun = %s AND (%s = '0' OR semester = %s) "
     "AND jenis_kelamin IS NOT NULL GROUP BY jenis_kelamin "
     "UNION ALL SELECT 'pendidikan', pendidikan, COUNT(*) FROM survei_responden "
     "WHERE tahun = %s AND (%s = '0' OR semester = %s) AND pendidikan IS NOT NULL "
     "GROUP BY pendidikan "
     "UNION ALL SELECT 'pekerjaan', pekerjaan, COUNT(*) FROM survei_responden "
     "WHERE tahun = %s AND (%s = '0' OR semester = %s) AND pekerjaan IS NOT NULL "
     "GROUP BY pekerjaan"},
    {"svy_tahun", "SELECT DISTINCT tahun AS tahun FROM survei ORDER BY tahun DESC"},
    {NULL, NULL}
};

/* ---- the questionnaire --------------------------------------------------- */

typedef struct {
    const char *nilai[SL_SURVEI_UNSUR];   /* "1".."4" */
    const char *saran;                    /* NULL when empty */
    const char *jenis_kelamin, *pendidikan, *pekerjaan;  /* NULL when not given */
} jawaban;

/* value when it is one of choices, "" when empty, NULL when foreign. */
static const char *choice_or_empty(const char *value, const sl_choice *choices)
{
    if (!*value) {
        return "";
    }
    return sl_choice_known(choices, value) ? value : NULL;
}

static apr_array_header_t *read_answers(sl_ctx *c, jawaban *j)
{
    apr_array_header_t *errors = isian_galat_baru(c);
    static const struct {
        const char *name;
        const sl_choice *choices;
    } profile[] = {
        {"jenis_kelamin", sl_survei_jenis_kelamin},
        {"pendidikan", sl_survei_pendidikan},
        {"pekerjaan", sl_survei_pekerjaan},
    };
    const char **slots[] = {&j->jenis_kelamin, &j->pendidikan, &j->pekerjaan};

    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        const char *name = sl_survei_unsur[i].value, *v = sl_field(c, name);
        if (!sl_choice_known(sl_survei_jawaban, v)) {
            isian_galat(errors, name,
                        apr_psprintf(c->r->pool, SIALIP_MSG_PILIH_SATU_JAWABAN,
                                     sl_survei_unsur[i].label));
        }
        j->nilai[i] = v;
    }
    j->saran = sl_field(c, "saran");
    if (sl_utf8_length(j->saran, strlen(j->saran)) > SURVEI_SARAN_MAKS) {
        isian_galat(errors, "saran", SIALIP_MSG_SARAN_PALING_PANJANG_KARAKTER);
    }
    if (!*j->saran) {
        j->saran = NULL;
    }
    for (size_t k = 0; k < sizeof(profile) / sizeof(profile[0]); k++) {
        const char *v = choice_or_empty(sl_field(c, profile[k].name), profile[k].choices);
        if (!v) {
            isian_galat(errors, profile[k].name, SIALIP_MSG_PILIHAN_TIDAK_DIKENAL);
        }
        *slots[k] = v && *v ? v : NULL;
    }
    return errors;
}

/* The questionnaire's choices and, after a refusal, what was chosen. */
static void questionnaire_xml(sl_ctx *c, xmlNodePtr res, const apr_array_header_t *errors)
{
    xmlNodePtr isian = isian_xml(res), unsur = sl_xml_node(res, "unsur_daftar");
    static const char *const kept[] = {"u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8",
                                       "u9", "saran", "jenis_kelamin", "pendidikan",
                                       "pekerjaan", "opd_id", "kanal", NULL};
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        xmlNodePtr u = sl_xml_text(unsur, "unsur", sl_survei_unsur[i].label);
        sl_xml_attr(u, "kode", sl_survei_unsur[i].value);
    }
    isian_pilihan_xml(res, "jawaban", sl_survei_jawaban);
    isian_pilihan_xml(res, "jenis_kelamin", sl_survei_jenis_kelamin);
    isian_pilihan_xml(res, "pendidikan", sl_survei_pendidikan);
    isian_pilihan_xml(res, "pekerjaan", sl_survei_pekerjaan);
    if (errors) {
        isian_nilai_form(c, isian, kept);
    }
    isian_galat_xml(res, errors);
}

/* The WIB year and semester of now. */
static void period_now(apr_pool_t *p, const char **tahun, const char **semester)
{
    apr_time_exp_t wib;
    apr_time_exp_tz(&wib, apr_time_now(), SL_WIB_OFFSET_SECONDS);
    *tahun = apr_itoa(p, wib.tm_year + 1900);
    *semester = wib.tm_mon < 6 ? "1" : "2";
}

/* Stores one questionnaire and its optional profile; the caller has begun
 * the transaction.  Returns 0 or -1 (a second questionnaire on a request
 * is refused by the UNIQUE key on permohonan_id). */
static int store(sl_ctx *c, const jawaban *j, const char *permohonan_id, const char *opd_id,
                 const char *kanal, const char *sumber, const char *nomor)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun, *semester, *id;
    period_now(p, &tahun, &semester);
    const char *args[] = {permohonan_id, opd_id, kanal, sumber, tahun, semester,
                          j->nilai[0], j->nilai[1], j->nilai[2], j->nilai[3], j->nilai[4],
                          j->nilai[5], j->nilai[6], j->nilai[7], j->nilai[8], j->saran,
                          c->session ? c->session->user_id : NULL};
    int n = 0;

    if (sl_db_exec(c->db, "svy_simpan", &n, 17, args) != 0 || n != 1) {
        return -1;
    }
    if (!(id = isian_id_terakhir(c))) {
        return -1;
    }
    if ((j->jenis_kelamin || j->pendidikan || j->pekerjaan)
        && sl_db_exec(c->db, "svy_responden", NULL,
                      SL_ARGS(tahun, semester, j->jenis_kelamin, j->pendidikan,
                              j->pekerjaan)) != 0) {
        return -1;
    }
    return sl_audit(c, &(sl_audit_entry){
        "isi", "survei", id, NULL,
        nomor ? apr_pstrcat(p, "{\"permohonan\":\"", nomor, "\"}", NULL)
              : apr_pstrcat(p, "{\"sumber\":\"", sumber, "\"}", NULL), 0}) == 0 ? 0 : -1;
}

/* ---- the citizen, from the status page ------------------------------------ */

/* The request of {nomor} and ?kode=, with its survey state; NULL when
 * the answer is already sent (*response). */
static const sl_rows *citizen_request(sl_ctx *c, int *response, const char **id)
{
    const sialip_permohonan_baris *req = sialip_permohonan_dengan_kode(c, response);
    sl_rows *state;
    if (!req) {
        return NULL;
    }
    *id = req->id;
    if (!*id || sl_db_select(c->db, "svy_keadaan", &state, SL_ARGS(*id)) != 0
        || state->nrows != 1) {
        *response = alur_gangguan(c);
        return NULL;
    }
    return state;
}

static const char *status_url(sl_ctx *c)
{
    return apr_pstrcat(c->r->pool, c->mount, "/permohonan/",
                       apr_table_get(c->params, "nomor"), NULL);
}

static int citizen_page(sl_ctx *c, int status, const apr_array_header_t *errors,
                        const char *keadaan)
{
    sl_page *page = sl_ctx_page(c, "survei-isi", SIALIP_MSG_SURVEI_KEPUASAN_LAYANAN_INFORMASI,
                                "survei_isi");
    sl_xml_attr(page->resource, "nomor", apr_table_get(c->params, "nomor"));
    sl_xml_attr(page->resource, "keadaan", keadaan);
    sl_xml_attr(page->resource, "kembali", status_url(c));
    sl_xml_attr(page->resource, "aksi",
                apr_pstrcat(c->r->pool, c->mount, "/permohonan/",
                            apr_table_get(c->params, "nomor"), "/survei", NULL));
    if (strcmp(keadaan, "buka") == 0) {
        questionnaire_xml(c, page->resource, errors);
    }
    return sl_page_send(page, status);
}

/* "belum" before the notice, "selesai" once answered, else "buka". */
/* From the request's count of notices and of answered surveys. */
static const char *state_from(const char *ada_pemberitahuan, const char *sudah_diisi)
{
    if (strcmp(sudah_diisi ? sudah_diisi : "0", "0") != 0) {
        return "selesai";
    }
    return strcmp(ada_pemberitahuan ? ada_pemberitahuan : "0", "0") == 0 ? "belum" : "buka";
}

static const char *state_of(const sl_rows *state)
{
    return state_from(sl_rows_named(state, 0, "ada_pemberitahuan"),
                      sl_rows_named(state, 0, "sudah_diisi"));
}

int sialip_survei_citizen_form(sl_ctx *c)
{
    int response;
    const char *id;
    const sl_rows *state = citizen_request(c, &response, &id);
    if (!state) {
        return response;
    }
    const char *keadaan = state_of(state);
    return citizen_page(c, strcmp(keadaan, "belum") == 0 ? HTTP_CONFLICT : HTTP_OK, NULL,
                        keadaan);
}

int sialip_survei_citizen_answer(sl_ctx *c)
{
    int response, stored;
    const char *id;
    jawaban j;
    const sl_rows *state = citizen_request(c, &response, &id);
    if (!state) {
        return response;
    }
    if (strcmp(state_of(state), "buka") != 0) {
        return citizen_page(c, HTTP_CONFLICT, NULL, state_of(state));
    }
    apr_array_header_t *errors = read_answers(c, &j);
    if (errors->nelts > 0) {
        return citizen_page(c, HTTP_UNPROCESSABLE_ENTITY, errors, "buka");
    }
    if (sl_db_begin(c->db) != 0) {
        return alur_gangguan(c);
    }
    stored = store(c, &j, id, sl_rows_named(state, 0, "opd_id"),
                   sl_rows_named(state, 0, "kanal"), "web",
                   apr_table_get(c->params, "nomor"));
    if (stored != 0) {
        sl_rows *again;
        sl_db_rollback(c->db);
        /* Answered meanwhile (two submissions at once), or a failure. */
        if (sl_db_select(c->db, "svy_keadaan", &again, SL_ARGS(id)) == 0
            && again->nrows == 1 && strcmp(state_of(again), "selesai") == 0) {
            return citizen_page(c, HTTP_CONFLICT, NULL, "selesai");
        }
        return alur_gangguan(c);
    }
    if (sl_db_commit(c->db) != 0) {
        return alur_gangguan(c);
    }
    return citizen_page(c, HTTP_OK, NULL, "terima_kasih");
}

void sialip_survei_xml_keadaan(sl_ctx *c, xmlNodePtr parent, const char *nomor,
                               const char *ada_pemberitahuan, const char *sudah_diisi)
{
    const char *keadaan = state_from(ada_pemberitahuan, sudah_diisi);
    if (strcmp(keadaan, "belum") == 0) {
        return;
    }
    xmlNodePtr s = sl_xml_node(parent, "survei");
    sl_xml_attr(s, "keadaan", keadaan);
    /* No code in the link: the page reads it from its cookie (kode_kuki.c). */
    sl_xml_attr(s, "href", apr_pstrcat(c->r->pool, c->mount, "/permohonan/", nomor,
                                       "/survei", NULL));
}

/* ---- the desk: paper questionnaires ---------------------------------------- */

static int desk_page(sl_ctx *c, int status, const apr_array_header_t *errors, int saved)
{
    sl_page *page = sl_ctx_page(c, "survei-kertas", SIALIP_MSG_SURVEI_KEPUASAN_KUESIONER_KERTAS,
                                "survei_kertas");
    sl_xml_attr(page->resource, "aksi", apr_pstrcat(c->r->pool, c->mount, "/admin/survei",
                                                    NULL));
    if (saved) {
        sl_xml_text(page->resource, "pesan", SIALIP_MSG_KUESIONER_TERSIMPAN_TERIMA_KASIH);
    }
    questionnaire_xml(c, page->resource, errors);
    isian_pilihan_xml(page->resource, "kanal", sl_kanal_choices);
    if (isian_pilihan_opd(c, page->resource, "opd_id", 1, NULL) != 0) {
        return alur_gangguan(c);
    }
    return sl_page_send(page, status);
}

int sialip_survei_desk_form(sl_ctx *c)
{
    return desk_page(c, HTTP_OK, NULL, strcmp(sl_query(c, "pesan"), "tersimpan") == 0);
}

int sialip_survei_desk_enter(sl_ctx *c)
{
    jawaban j;
    apr_array_header_t *errors = read_answers(c, &j);
    const char *kanal = sl_field(c, "kanal"), *opd = sl_field(c, "opd_id");
    int ok;

    if (!sl_choice_known(sl_kanal_choices, kanal)) {
        isian_galat(errors, "kanal", SIALIP_MSG_PILIH_SALURAN_LAYANAN_DINILAI);
    }
    if (*opd && (ok = isian_opd_aktif(c, opd, NULL)) != 1) {
        if (ok < 0) {
            return alur_gangguan(c);
        }
        isian_galat(errors, "opd_id", SIALIP_MSG_PILIH_OPD_MASIH_AKTIF_PPID);
    }
    if (errors->nelts > 0) {
        return desk_page(c, HTTP_UNPROCESSABLE_ENTITY, errors, 0);
    }
    if (sl_db_begin(c->db) != 0) {
        return alur_gangguan(c);
    }
    if (store(c, &j, NULL, *opd ? opd : NULL, kanal, "kertas", NULL) != 0) {
        sl_db_rollback(c->db);
        return alur_gangguan(c);
    }
    if (sl_db_commit(c->db) != 0) {
        return alur_gangguan(c);
    }
    return sl_redirect(c, apr_pstrcat(c->r->pool, c->mount, "/admin/survei?pesan=tersimpan",
                                      NULL));
}

/* ---- the published results ------------------------------------------------- */

/* "8125" as "81.25". */
static const char *decimal(apr_pool_t *p, long hundredths)
{
    return apr_psprintf(p, "%ld.%02ld", hundredths / 100, hundredths % 100);
}

static void unit_xml(apr_pool_t *p, xmlNodePtr parent, const char *jenis, const char *kode,
                     const char *nama, const sl_survei_rekap *r)
{
    xmlNodePtr u = sl_xml_node(parent, "unit");
    long ikm = sl_survei_ikm(r);
    const char *mutu, *grade = sl_survei_grade(ikm, &mutu);

    sl_xml_attr(u, "jenis", jenis);
    sl_xml_attr(u, "kode", kode);
    sl_xml_text(u, "nama", nama);
    sl_xml_text(u, "responden", apr_ltoa(p, r->responden));
    sl_xml_text(u, "ikm", decimal(p, ikm));
    sl_xml_text(u, "mutu_kode", grade ? grade : "");
    sl_xml_text(u, "mutu", mutu ? mutu : SIALIP_MSG_BELUM_ADA_RESPONDEN);
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        sl_xml_text(u, sl_survei_unsur[i].value, decimal(p, sl_survei_nrr(r, i)));
    }
}

static void add_row(sl_survei_rekap *to, const sl_rows *rows, int row)
{
    to->responden += atol(sl_rows_named(rows, row, "n"));
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        to->jumlah[i] += atol(sl_rows_named(rows, row, sl_survei_unsur[i].value));
    }
}

/* The year and semester asked for (?tahun=, ?semester= 0 for the year). */
static int period_asked(sl_ctx *c, const char **tahun, const char **semester)
{
    const char *t = sl_query(c, "tahun"), *s = sl_query(c, "semester"), *st;
    long y;
    period_now(c->r->pool, tahun, &st);
    *semester = "0";
    if (*t) {
        if (!isian_angka(t, &y) || y < 2000 || y > 2100) {
            return -1;
        }
        *tahun = apr_ltoa(c->r->pool, y);
    }
    if (*s) {
        if (strcmp(s, "0") != 0 && strcmp(s, "1") != 0 && strcmp(s, "2") != 0) {
            return -1;
        }
        *semester = s;
    }
    return 0;
}

static void profile_xml(sl_ctx *c, xmlNodePtr res, const sl_rows *rows)
{
    xmlNodePtr profil = sl_xml_node(res, "profil");
    for (int i = 0; i < rows->nrows; i++) {
        const char *isian = sl_rows_named(rows, i, "isian");
        const char *nilai = sl_rows_named(rows, i, "nilai");
        const sl_choice *choices = strcmp(isian, "jenis_kelamin") == 0 ? sl_survei_jenis_kelamin
                                   : strcmp(isian, "pendidikan") == 0 ? sl_survei_pendidikan
                                                                      : sl_survei_pekerjaan;
        xmlNodePtr n = sl_xml_text(profil, "jumlah", sl_choice_label(choices, nilai));
        sl_xml_attr(n, "isian", isian);
        sl_xml_attr(n, "nilai", nilai);
        sl_xml_attr(n, "n", sl_rows_named(rows, i, "n"));
    }
}

int sialip_survei_results(sl_ctx *c)
{
    apr_pool_t *p = c->r->pool;
    const char *tahun, *semester;
    sl_rows *rows, *profil, *years;
    sl_survei_rekap all = {{0}, 0};
    sl_page *page;

    if (period_asked(c, &tahun, &semester) != 0) {
        return sl_error_page(c, HTTP_BAD_REQUEST, SIALIP_MSG_PERIODE_TIDAK_DIKENAL,
                             SIALIP_MSG_PILIH_TAHUN_MISALNYA_SEMESTER);
    }
    if (sl_db_select(c->db, "svy_rekap", &rows, SL_ARGS(tahun, semester, semester)) != 0
        || sl_db_select(c->db, "svy_profil", &profil,
                        SL_ARGS(tahun, semester, semester, tahun, semester, semester, tahun,
                                semester, semester)) != 0
        || sl_db_select(c->db, "svy_tahun", &years, SL_NOARGS) != 0) {
        return alur_gangguan(c);
    }
    page = sl_ctx_page(c, "survei", SIALIP_MSG_SURVEI_KEPUASAN_MASYARAKAT, "survei");
    sl_xml_attr(page->resource, "tahun", tahun);
    sl_xml_attr(page->resource, "semester", semester);
    for (int i = 0; i < rows->nrows; i++) {
        add_row(&all, rows, i);
    }
    unit_xml(p, page->resource, "semua", "", SIALIP_MSG_SELURUH_LAYANAN_PPID, &all);
    /* Per OPD: the rows come ordered by OPD, one per channel. */
    for (int i = 0; i < rows->nrows;) {
        sl_survei_rekap one = {{0}, 0};
        const char *opd = sl_rows_named(rows, i, "opd_id");
        const char *nama = sl_rows_named(rows, i, "opd_nama");
        int j = i;
        for (; j < rows->nrows; j++) {
            const char *o = sl_rows_named(rows, j, "opd_id");
            if ((o == NULL) != (opd == NULL) || (o && strcmp(o, opd) != 0)) {
                break;
            }
            add_row(&one, rows, j);
        }
        unit_xml(p, page->resource, "opd", opd ? opd : "",
                 nama ? nama : SIALIP_MSG_PPID_UTAMA, &one);
        i = j;
    }
    for (const sl_choice *k = sl_kanal_choices; k->value; k++) {
        sl_survei_rekap one = {{0}, 0};
        for (int i = 0; i < rows->nrows; i++) {
            if (strcmp(sl_rows_named(rows, i, "kanal"), k->value) == 0) {
                add_row(&one, rows, i);
            }
        }
        if (one.responden > 0) {
            unit_xml(p, page->resource, "kanal", k->value, k->label, &one);
        }
    }
    profile_xml(c, page->resource, profil);
    xmlNodePtr tersedia = sl_xml_node(page->resource, "tahun_tersedia");
    for (int i = 0; i < years->nrows; i++) {
        sl_xml_text(tersedia, "tahun", sl_rows_named(years, i, "tahun"));
    }
    xmlNodePtr unsur = sl_xml_node(page->resource, "unsur_daftar");
    for (int i = 0; i < SL_SURVEI_UNSUR; i++) {
        sl_xml_attr(sl_xml_text(unsur, "unsur", sl_survei_unsur[i].label), "kode",
                    sl_survei_unsur[i].value);
    }
    return sl_page_send(page, HTTP_OK);
}
