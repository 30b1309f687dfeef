/* Unit tests for common/zip.c: the archive is read back by its own
 * structure (end record, central directory, local headers) and every file
 * inflated with zlib and compared. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#include <zlib.h>

#include <apr_general.h>
#include <apr_pools.h>

#include "zip.h"

static int setup(void **state)
{
    apr_pool_t *pool;
    apr_initialize();
    if (apr_pool_create(&pool, NULL) != APR_SUCCESS)
        return -1;
    *state = pool;
    return 0;
}

static int teardown(void **state)
{
    apr_pool_destroy(*state);
    apr_terminate();
    return 0;
}

static unsigned rd16(const unsigned char *b)
{
    return (unsigned)b[0] | ((unsigned)b[1] << 8);
}

static unsigned long rd32(const unsigned char *b)
{
    return (unsigned long)b[0] | ((unsigned long)b[1] << 8) | ((unsigned long)b[2] << 16)
           | ((unsigned long)b[3] << 24);
}

/* The content of the file named name in the archive, via the central
 * directory, inflated; its length in *n; NULL when absent. */
static char *extract(apr_pool_t *p, const unsigned char *zip, apr_size_t len,
                     const char *name, apr_size_t *n, unsigned *method)
{
    const unsigned char *end = zip + len - 22, *cd;
    unsigned count, i;

    assert_int_equal(rd32(end), 0x06054b50UL);
    count = rd16(end + 10);
    cd = zip + rd32(end + 16);
    for (i = 0; i < count; i++) {
        unsigned name_len = rd16(cd + 28), extra = rd16(cd + 30), comment = rd16(cd + 32);
        assert_int_equal(rd32(cd), 0x02014b50UL);
        if (name_len == strlen(name) && memcmp(cd + 46, name, name_len) == 0) {
            const unsigned char *lh = zip + rd32(cd + 42);
            unsigned long packed = rd32(cd + 20), size = rd32(cd + 24), crc = rd32(cd + 16);
            const unsigned char *data;
            char *out = apr_palloc(p, size + 1);
            assert_int_equal(rd32(lh), 0x04034b50UL);
            assert_int_equal(rd16(lh + 6) & (1u << 11), 1u << 11);
            data = lh + 30 + rd16(lh + 26) + rd16(lh + 28);
            *method = rd16(cd + 10);
            if (*method == 0) {
                assert_int_equal(packed, size);
                memcpy(out, data, size);
            }
            else {
                z_stream s;
                memset(&s, 0, sizeof(s));
                assert_int_equal(inflateInit2(&s, -15), Z_OK);
                s.next_in = (Bytef *)data;
                s.avail_in = (uInt)packed;
                s.next_out = (Bytef *)out;
                s.avail_out = (uInt)size;
                assert_int_equal(inflate(&s, Z_FINISH), Z_STREAM_END);
                assert_int_equal(s.total_out, size);
                inflateEnd(&s);
            }
            assert_int_equal(crc32(crc32(0L, Z_NULL, 0), (Bytef *)out, (uInt)size), crc);
            out[size] = '\0';
            *n = size;
            return out;
        }
        cd += 46 + name_len + extra + comment;
    }
    return NULL;
}

static void test_files_come_back_whole(void **state)
{
    apr_pool_t *p = *state;
    sl_zip *z = sl_zip_new(p);
    char *big = apr_palloc(p, 200001), *got;
    const char *zip;
    apr_size_t len, n, i;
    unsigned method;

    for (i = 0; i < 200000; i++) {
        big[i] = "<entri>Informasi berkala</entri>\n"[i % 33];
    }
    big[200000] = '\0';
    assert_int_equal(sl_zip_add(z, "indeks.xml", "<a/>", 4, apr_time_now(), 25200), 0);
    assert_int_equal(sl_zip_add(z, "1-kualitas/dip lengkap é.xml", big, 200000,
                                apr_time_from_sec(1767225600), 25200), 0);
    assert_int_equal(sl_zip_add(z, "kosong.txt", "", 0, apr_time_now(), 0), 0);
    assert_int_equal(sl_zip_count(z), 3);
    assert_int_equal(sl_zip_finish(z, &zip, &len), 0);
    assert_true(len < 20000);            /* the repetitive file was deflated */

    got = extract(p, (const unsigned char *)zip, len, "indeks.xml", &n, &method);
    assert_non_null(got);
    assert_int_equal(n, 4);
    assert_string_equal(got, "<a/>");
    assert_int_equal(method, 0);         /* too small to gain from deflate */
    got = extract(p, (const unsigned char *)zip, len, "1-kualitas/dip lengkap é.xml", &n,
                  &method);
    assert_non_null(got);
    assert_int_equal(method, 8);
    assert_int_equal(n, 200000);
    assert_memory_equal(got, big, 200000);
    got = extract(p, (const unsigned char *)zip, len, "kosong.txt", &n, &method);
    assert_non_null(got);
    assert_int_equal(n, 0);
    /* No file may follow the end. */
    assert_int_equal(sl_zip_add(z, "lagi.txt", "x", 1, apr_time_now(), 0), -1);
}

static void test_bad_names_are_refused(void **state)
{
    apr_pool_t *p = *state;
    sl_zip *z = sl_zip_new(p);
    const char *zip;
    apr_size_t len;

    assert_int_equal(sl_zip_add(z, "../luar.txt", "x", 1, apr_time_now(), 0), -1);
    assert_int_equal(sl_zip_add(z, "/mutlak.txt", "x", 1, apr_time_now(), 0), -1);
    assert_int_equal(sl_zip_add(z, "a//b.txt", "x", 1, apr_time_now(), 0), -1);
    assert_int_equal(sl_zip_add(z, "a/./b.txt", "x", 1, apr_time_now(), 0), -1);
    assert_int_equal(sl_zip_add(z, "a\\b.txt", "x", 1, apr_time_now(), 0), -1);
    assert_int_equal(sl_zip_add(z, "", "x", 1, apr_time_now(), 0), -1);
    assert_int_equal(sl_zip_count(z), 0);
    /* An empty archive is the end record alone. */
    assert_int_equal(sl_zip_finish(z, &zip, &len), 0);
    assert_int_equal(len, 22);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_files_come_back_whole, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_names_are_refused, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
