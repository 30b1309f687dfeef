#include <string.h>
#include <apr_strings.h>
#include "keberatan_rules.h"

/* Working days to object: UU 14/2008 Pasal 36(1). */
#define HARI_AJU_KEBERATAN 30
/* Working days to take the dispute to the KI: Pasal 37(2). */
#define HARI_AJU_SENGKETA 14

const sl_choice sl_alasan_keberatan_choices[] = {
    {"a", "Penolakan atas permintaan informasi berdasarkan alasan pengecualian (Pasal 17)"},
    {"b", "Tidak disediakannya informasi berkala (Pasal 9)"},
    {"c", "Tidak ditanggapinya permintaan informasi"},
    {"d", "Permintaan informasi ditanggapi tidak sebagaimana yang diminta"},
    {"e", "Tidak dipenuhinya permintaan informasi"},
    {"f", "Pengenaan biaya yang tidak wajar"},
    {"g", "Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang"},
    {NULL, NULL}
};

/* The Atasan PPID's decision and a KI dispute's stage and outcome. */
const sl_choice sl_putusan_keberatan_choices[] = {
    {"dikabulkan", "Keberatan dikabulkan"},
    {"ditolak", "Keberatan ditolak"},
    {NULL, NULL}
};

const sl_choice sl_tahap_sengketa_choices[] = {
    {"mediasi", "Mediasi"},
    {"ajudikasi", "Ajudikasi"},
    {"selesai", "Selesai"},
    {NULL, NULL}
};

const sl_choice sl_hasil_sengketa_choices[] = {
    {"mediasi_berhasil", "Mediasi berhasil (kesepakatan)"},
    {"dikabulkan", "Putusan: permohonan dikabulkan"},
    {"dikabulkan_sebagian", "Putusan: dikabulkan sebagian"},
    {"ditolak", "Putusan: permohonan ditolak"},
    {"gugur", "Gugur"},
    {NULL, NULL}
};

sl_keberatan_jendela sl_keberatan_cek(const sl_calendar *cal, int has_notice,
                                      sl_day notice_day, sl_day due_day,
                                      sl_day today, sl_day *ground,
                                      sl_day *last_day)
{
    if (has_notice) {
        *ground = notice_day;
    }
    else if (today > due_day) {
        *ground = due_day;       /* unanswered: counted from the missed due date */
    }
    else {
        return SL_KEBERATAN_BELUM;
    }
    *last_day = sl_calendar_add_working_days(cal, *ground, HARI_AJU_KEBERATAN, NULL);
    return today <= *last_day ? SL_KEBERATAN_BUKA : SL_KEBERATAN_LEWAT;
}

const char *sl_keberatan_alasan(apr_pool_t *pool, const apr_array_header_t *letters)
{
    char seen[7] = {0};
    char out[16];
    int i, o = 0;

    for (i = 0; i < letters->nelts; i++) {
        const char *l = APR_ARRAY_IDX(letters, i, const char *);
        if (!l || strlen(l) != 1 || l[0] < 'a' || l[0] > 'g') {
            return NULL;
        }
        seen[l[0] - 'a'] = 1;
    }
    for (i = 0; i < 7; i++) {
        if (seen[i]) {
            if (o) {
                out[o++] = ',';
            }
            out[o++] = (char)('a' + i);
        }
    }
    out[o] = '\0';
    return o ? apr_pstrdup(pool, out) : NULL;
}

char sl_keberatan_alasan_ulang(const char *raised, const char *chosen)
{
    const char *g;
    for (g = chosen; g && *g; g++) {
        if (*g >= 'a' && *g <= 'g' && raised && strchr(raised, *g)) {
            return *g;
        }
    }
    return 0;
}

int sl_keberatan_musyawarah_boleh(const char *grounds)
{
    return grounds && *grounds && !strchr(grounds, 'a');
}

int sl_perpanjangan_tepat(sl_day first_due, sl_day decided_day)
{
    return decided_day <= first_due;
}

sl_ki_jendela sl_sengketa_batas(const sl_calendar *cal, int decided,
                                sl_day decision_day, sl_day due_day,
                                sl_day today, sl_day *last_day)
{
    if (decided) {
        *last_day = sl_calendar_add_working_days(cal, decision_day,
                                                 HARI_AJU_SENGKETA, NULL);
        return SL_KI_SETELAH_PUTUSAN;
    }
    if (today > due_day) {
        *last_day = sl_calendar_add_working_days(cal, due_day, HARI_AJU_SENGKETA, NULL);
        return SL_KI_PUTUSAN_TERLAMBAT;
    }
    return SL_KI_BELUM;
}

int sl_sengketa_terlambat(const sl_calendar *cal, int decided,
                          sl_day decision_day, sl_day due_day, sl_day filed_day)
{
    sl_day last;
    /* A decision given after the dispute was filed does not move the
     * window the applicant used. */
    int before = decided && decision_day <= filed_day;
    if (sl_sengketa_batas(cal, before, decision_day, due_day, filed_day, &last)
        == SL_KI_BELUM) {
        return 0;
    }
    return filed_day > last;
}
