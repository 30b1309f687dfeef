#include "jadwal.h"

long sk_backoff_seconds(unsigned attempts)
{
    long minutes = 1;
    unsigned i;

    for (i = 1; i < attempts; i++) {
        minutes *= 2;
        if (minutes * 60 >= SK_BACKOFF_MAX_SECONDS) {
            return SK_BACKOFF_MAX_SECONDS;
        }
    }
    return minutes * 60;
}

const char *sk_pengingat_nama(sk_pengingat_jenis jenis)
{
    switch (jenis) {
    case SK_PENGINGAT_DEKAT:
        return "dekat";
    case SK_PENGINGAT_TERLAMBAT:
        return "terlambat";
    case SK_PENGINGAT_TIDAK:
        break;
    }
    return "tidak";
}

sl_day sk_hari_ini(int64_t now)
{
    int64_t t = now + SL_WIB_OFFSET_SECONDS;
    return (sl_day)(t >= 0 ? t / 86400 : -((-t + 86399) / 86400));
}

sl_day sk_hari_hitung(const sl_calendar *cal, int64_t now)
{
    return sl_calendar_day_zero(cal, now, NULL);
}

sk_pengingat_jenis sk_pengingat_untuk(const sl_calendar *cal, int64_t now,
                                      sl_day due, int *sisa)
{
    sl_day today = sk_hari_ini(now), counting = sk_hari_hitung(cal, now);
    int left;

    *sisa = 0;
    if (due < today) {
        return SK_PENGINGAT_TERLAMBAT;
    }
    left = sl_calendar_working_days_between(cal, counting, due);
    if (left > SK_PENGINGAT_HARI_KERJA) {
        return SK_PENGINGAT_TIDAK;
    }
    *sisa = left;
    return SK_PENGINGAT_DEKAT;
}

sl_day sk_pengingat_batas(const sl_calendar *cal, int64_t now)
{
    /* The day before the first working day that is too far: a due date on
     * a non-working day (a holiday added after it was computed) counts
     * like the working day before it. */
    return sl_calendar_add_working_days(cal, sk_hari_hitung(cal, now),
                                        SK_PENGINGAT_HARI_KERJA + 1, NULL) - 1;
}
