#include "laporan_rules.h"

int sl_laporan_batas(int tahun, sl_day today, sl_day *batas)
{
    *batas = sl_day_from_ymd(tahun + 1, 3, 31);
    if (today < sl_day_from_ymd(tahun + 1, 1, 1)) {
        return -1;
    }
    return today > *batas ? 1 : 0;
}
