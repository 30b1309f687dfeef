#include <string.h>
#include "filetype.h"

static const sl_filetype pdf = {"application/pdf", "pdf"};
static const sl_filetype jpeg = {"image/jpeg", "jpg"};
static const sl_filetype png = {"image/png", "png"};

const sl_filetype *sl_filetype_sniff(const unsigned char *data, size_t len)
{
    static const unsigned char png_magic[8] = {0x89, 'P', 'N', 'G',
                                               '\r', '\n', 0x1a, '\n'};
    if (len >= 5 && memcmp(data, "%PDF-", 5) == 0) {
        return &pdf;
    }
    if (len >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff) {
        return &jpeg;
    }
    if (len >= 8 && memcmp(data, png_magic, 8) == 0) {
        return &png;
    }
    return NULL;
}
