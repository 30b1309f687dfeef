/* The choices of mod_inovasi's forms and pages: the stored value and the
 * words people see, looked up, checked and listed for a form. */
#include <string.h>
#include <apr_strings.h>
#include "inovasi.h"

const inovasi_pilihan inovasi_bentuk[] = {
    {"tata_kelola", "Inovasi tata kelola pemerintahan daerah"},
    {"pelayanan_publik", "Inovasi pelayanan publik"},
    {"lainnya", "Inovasi daerah lainnya sesuai urusan pemerintahan"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_jenis[] = {
    {"digital", "Digital"},
    {"non_digital", "Non-digital"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_tahapan[] = {
    {"inisiatif", "Inisiatif"},
    {"uji_coba", "Uji coba"},
    {"penerapan", "Penerapan"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_inisiator[] = {
    {"kepala_daerah", "Kepala daerah"},
    {"dprd", "Anggota DPRD"},
    {"asn", "ASN"},
    {"perangkat_daerah", "Perangkat daerah"},
    {"masyarakat", "Masyarakat"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_dasar_hukum[] = {
    {"sk_kepala_opd", "SK Kepala Perangkat Daerah"},
    {"perbup", "Peraturan Bupati"},
    {"perda", "Peraturan Daerah"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_replikasi[] = {
    {"bukan", "Bukan replikasi"},
    {"dalam_daerah", "Replikasi inovasi di Kabupaten Serang"},
    {"luar_daerah", "Replikasi inovasi daerah lain"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_replikasi_cara[] = {
    {"tiru_penuh", "Tiru penuh"},
    {"modifikasi", "Tiru dengan modifikasi"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_arah[] = {
    {"naik", "Makin tinggi makin baik"},
    {"turun", "Makin rendah makin baik"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_dimensi[] = {
    {"output", "Output"},
    {"kemanfaatan", "Kemanfaatan"},
    {"keberlanjutan", "Keberlanjutan"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_status_laporan[] = {
    {"belum", "Belum dibuat"},
    {"draf", "Draf"},
    {"diajukan", "Diajukan, menunggu verifikasi"},
    {"dikembalikan", "Dikembalikan untuk diperbaiki"},
    {"diverifikasi", "Diverifikasi"},
    {NULL, NULL}
};
const inovasi_pilihan inovasi_jenis_periode[] = {
    {"triwulan", "Triwulan"},
    {"semester", "Semester"},
    {NULL, NULL}
};

const char *inovasi_label(const inovasi_pilihan *p, const char *nilai)
{
    for (; nilai && p->nilai; p++) {
        if (strcmp(p->nilai, nilai) == 0) {
            return p->label;
        }
    }
    return nilai;
}

int inovasi_pilihan_ada(const inovasi_pilihan *p, const char *nilai)
{
    for (; nilai && p->nilai; p++) {
        if (strcmp(p->nilai, nilai) == 0) {
            return 1;
        }
    }
    return 0;
}

void inovasi_pilihan_xml(xmlNodePtr parent, const char *name,
                         const inovasi_pilihan *p)
{
    xmlNodePtr list = sl_xml_node(parent, "pilihan");
    sl_xml_attr(list, "untuk", name);
    for (; p->nilai; p++) {
        sl_xml_attr(sl_xml_text(list, "opsi", p->label), "nilai", p->nilai);
    }
}

const char *inovasi_nama_periode(apr_pool_t *p, const char *jenis,
                                 const char *nomor, const char *tahun)
{
    return apr_pstrcat(p, inovasi_label(inovasi_jenis_periode, jenis), " ",
                       nomor, " ", tahun, NULL);
}
