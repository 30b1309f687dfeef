/* The registers (register.c) as files for staff: the whole selection as
 * CSV for Excel set to Indonesian (UTF-8 with BOM, semicolons, CRLF, every
 * field through sl_csv_field) or as XML in urn:serangkab:ppid:register:1
 * (schema/register.xsd).  The exports stream: rows are read page by page
 * (sl_db_each_page) inside one read-only transaction (a consistent
 * snapshot) and written to the response as they come, so memory does not
 * grow with the register. */
#include <httpd.h>
#include <string.h>
#include <sys/uio.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include "escape.h"
#include "sl_holidays.h"
#include "sl_module.h"
#include "alur.h"
#include "laporan.h"
#include "register.h"
#include "sialip.h"
#include "sl_logno.h"

#define REG_NS "urn:serangkab:ppid:register:1"
/* Rows per database round trip in an export: what the client library
 * holds at a time. */
#define REG_BARIS_PER_AMBIL 500

static int n_kolom(const char *const *head)
{
    int n = 0;
    while (head[n]) {
        n++;
    }
    return n;
}

/* One CSV line of n fields, CRLF-terminated. */
static const char *csv_baris(apr_pool_t *p, const char *const *fields, int n,
                             apr_size_t *len)
{
    struct iovec *vec = apr_palloc(p, sizeof(struct iovec) * (2 * n + 1));
    int i, k = 0;
    for (i = 0; i < n; i++) {
        char *f = sl_csv_field(p, fields[i]);
        if (i > 0) {
            vec[k].iov_base = (void *)";";
            vec[k++].iov_len = 1;
        }
        vec[k].iov_base = f;
        vec[k++].iov_len = strlen(f);
    }
    vec[k].iov_base = (void *)"\r\n";
    vec[k++].iov_len = 2;
    return apr_pstrcatv(p, vec, k, len);
}

typedef struct {
    sl_ctx *c;
    const reg_saring *s;
    long no;
    sl_xmlwriter *x;             /* XML, or NULL for CSV */
    const sl_calendar *cal;      /* for the KI window of objections */
    int gagal_tulis;             /* the client went away */
    int rusak;                   /* a row not as the statement promises */
} ekspor;

static int ekspor_baris(void *data, int ncols, const char *const *names,
                        const char *const *v, apr_pool_t *row_pool)
{
    ekspor *e = data;
    const char *no;

    if (ncols != (e->s->keberatan ? K_KOLOM_N : P_KOLOM_N)) {
        e->rusak = 1;
        return 1;
    }
    no = apr_ltoa(row_pool, ++e->no);
    if (e->x) {
        reg_keluaran o = {NULL, e->x->w};
        if (e->s->keberatan) {
            sialip_register_keberatan_xml(&o, row_pool, no, v, e->cal);
        }
        else {
            sialip_register_permohonan_xml(&o, row_pool, no, v);
        }
        e->gagal_tulis = e->x->failed;
    }
    else {
        apr_size_t len;
        const char *line = e->s->keberatan
            ? csv_baris(row_pool, sialip_register_csv_baris_keberatan(row_pool, no, v, e->cal),
                        n_kolom(sialip_register_csv_keberatan), &len)
            : csv_baris(row_pool, sialip_register_csv_baris_permohonan(row_pool, no, v),
                        n_kolom(sialip_register_csv_permohonan), &len);
        e->gagal_tulis = ap_rwrite(line, (int)len, e->c->r) < 0;
    }
    return e->gagal_tulis || e->c->r->connection->aborted;
}

int sialip_register_ekspor(sl_ctx *c)
{
    const reg_jenis *jenis = c->route_data;
    int keberatan = jenis->keberatan, xml = jenis->xml;
    request_rec *r = c->r;
    apr_pool_t *p = r->pool;
    reg_saring s;
    ekspor e;
    const char *count;
    const char **args;
    int nargs;
    const char *nama = keberatan ? "keberatan" : "permohonan";

    sialip_register_saring(c, keberatan, &s);
    memset(&e, 0, sizeof(e));
    e.c = c;
    e.cal = sl_holidays_current(c, sialip_config_of(c->r)->cutoff_minutes);
    e.s = &s;
    args = sialip_register_args(c, &s, &nargs, NULL, NULL);
    /* One snapshot for the count and every page; read-only, rolled back. */
    if (sl_db_begin(c->db) != 0
        || !(count = sialip_register_jumlah(c, keberatan, nargs, args))) {
        return alur_gangguan(c);
    }
    ap_set_content_type(r, xml ? "application/xml; charset=utf-8"
                               : "text/csv; charset=utf-8");
    apr_table_setn(r->headers_out, "Content-Disposition",
                   apr_psprintf(p, "attachment; filename=\"%s\"",
                                sl_safe_filename(p, apr_psprintf(
                                    p, "register-%s-%d-%02d-%02d.%s", nama, s.tahun,
                                    s.bulan_dari, s.bulan_sampai, xml ? "xml" : "csv"))));
    if (r->header_only) {
        sl_db_rollback(c->db);
        return OK;
    }
    if (xml) {
        if (!(e.x = sl_xmlwriter_new(r))) {
            sl_db_rollback(c->db);
            return alur_gangguan(c);
        }
        xmlTextWriterStartElementNS(e.x->w, NULL,
                                    BAD_CAST (keberatan ? "register_keberatan"
                                                        : "register_permohonan"),
                                    BAD_CAST REG_NS);
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "tahun", BAD_CAST s.tahun_teks);
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "bulan_dari",
                                    BAD_CAST apr_itoa(p, s.bulan_dari));
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "bulan_sampai",
                                    BAD_CAST apr_itoa(p, s.bulan_sampai));
        if (*s.opd) {
            xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "opd", BAD_CAST s.opd);
        }
        if (*s.status) {
            xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "status", BAD_CAST s.status);
        }
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "jumlah",
                                    BAD_CAST count);
        xmlTextWriterWriteAttribute(e.x->w, BAD_CAST "dibuat",
                                    BAD_CAST sialip_waktu_sekarang(p));
    }
    else {
        apr_size_t len;
        const char *const *head = keberatan ? sialip_register_csv_keberatan
                                            : sialip_register_csv_permohonan;
        const char *line = csv_baris(p, head, n_kolom(head), &len);
        /* The BOM tells Excel the file is UTF-8. */
        ap_rwrite("\xEF\xBB\xBF", 3, r);
        ap_rwrite(line, (int)len, r);
    }
    if (sl_db_each_page(c->db, keberatan ? "reg_k_ekspor" : "reg_p_ekspor",
                        keberatan ? K_ID : P_ID, REG_BARIS_PER_AMBIL, "0",
                        ekspor_baris, &e, nargs, args) != 0 || e.rusak) {
        sl_db_rollback(c->db);
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00082) "register export %s broken off "
                      "after %ld rows", nama, e.no);
        sl_stream_abort(r, e.x);
        return OK;
    }
    sl_db_rollback(c->db);
    if (e.gagal_tulis || r->connection->aborted) {
        if (e.x) {
            sl_stream_abort(r, e.x);
        }
        return OK;
    }
    if (e.x && sl_xmlwriter_finish(e.x) != 0) {
        return OK;
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, SL_LOGNO(00083) "register %s exported: %ld rows "
                  "(%s)", nama, e.no, xml ? "XML" : "CSV");
    return OK;
}
