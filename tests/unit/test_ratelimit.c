/* Unit tests for common/ratelimit.c: the lookup throttle's table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ratelimit.h"

#define WINDOW 900

static sl_ratelimit *table(unsigned nslots)
{
    /* malloc's alignment is enough for the table, as a shm segment's is. */
    void *mem = malloc(sl_ratelimit_size(nslots));
    assert_non_null(mem);
    return sl_ratelimit_init(mem, nslots);
}

static void test_counts_per_key(void **state)
{
    sl_ratelimit *t = table(4096);
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.0.1", 100, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.0.1", 101, WINDOW), 2);
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.0.2", 101, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.0.1", 102, WINDOW), 3);
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.0.2", 102, WINDOW), 2);
    free(t);
}

static void test_window_starts_at_first_attempt(void **state)
{
    sl_ratelimit *t = table(4096);
    const char *k = "lacak-ip:192.0.2.7";
    assert_int_equal(sl_ratelimit_hit(t, k, 0, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, k, 500, WINDOW), 2);
    assert_int_equal(sl_ratelimit_hit(t, k, WINDOW - 1, WINDOW), 3);
    /* The window passed: a new one starts with this attempt. */
    assert_int_equal(sl_ratelimit_hit(t, k, WINDOW, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, k, 2 * WINDOW - 1, WINDOW), 2);
    assert_int_equal(sl_ratelimit_hit(t, k, 2 * WINDOW, WINDOW), 1);
    free(t);
}

static void test_forgive(void **state)
{
    sl_ratelimit *t = table(4096);
    const char *k = "lacak-ip:2001:db8::1";
    int i;

    for (i = 0; i < 3; i++) {
        sl_ratelimit_hit(t, k, 10, WINDOW);
    }
    sl_ratelimit_forgive(t, k);
    assert_int_equal(sl_ratelimit_hit(t, k, 11, WINDOW), 3);
    /* Never below 0, and a forgiven attempt keeps its window. */
    for (i = 0; i < 10; i++) {
        sl_ratelimit_forgive(t, k);
    }
    assert_int_equal(sl_ratelimit_hit(t, k, 12, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, k, 10 + WINDOW - 1, WINDOW), 2);
    assert_int_equal(sl_ratelimit_hit(t, k, 10 + WINDOW, WINDOW), 1);
    /* An unknown key is left alone. */
    sl_ratelimit_forgive(t, "lacak-ip:198.51.100.1");
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:198.51.100.1", 13, WINDOW), 1);
    free(t);
}

/* A table no bigger than one probe: every key competes for every slot. */
static void test_eviction_when_full(void **state)
{
    sl_ratelimit *t = table(SL_RATELIMIT_PROBE);
    char k[32];
    int i;

    for (i = 0; i < SL_RATELIMIT_PROBE; i++) {
        snprintf(k, sizeof k, "lacak-ip:10.0.1.%d", i);
        assert_int_equal(sl_ratelimit_hit(t, k, 100 + i, WINDOW), 1);
        assert_int_equal(sl_ratelimit_hit(t, k, 100 + i, WINDOW), 2);
    }
    /* A new key takes the slot whose window started longest ago (.0). */
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.2.1", 200, WINDOW), 1);
    for (i = 1; i < SL_RATELIMIT_PROBE; i++) {
        snprintf(k, sizeof k, "lacak-ip:10.0.1.%d", i);
        assert_int_equal(sl_ratelimit_hit(t, k, 201, WINDOW), 3);
    }
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.2.1", 202, WINDOW), 2);
    /* .0 lost its count, and coming back evicts the oldest again (.1). */
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.1.0", 203, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.1.1", 204, WINDOW), 1);
    /* Once windows have passed, a newcomer takes a passed one and the
     * counters in a running window stay: .1's window started at 204, the
     * others' at 100-115 and 200-203. */
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.3.1", 204 + WINDOW - 1,
                                      WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, "lacak-ip:10.0.1.1", 204 + WINDOW - 1,
                                      WINDOW), 2);
    free(t);
}

/* Many addresses in the real table's size keep their own counters. */
static void test_many_keys(void **state)
{
    sl_ratelimit *t = table(4096);
    char k[40];
    int i;

    for (i = 0; i < 1000; i++) {
        snprintf(k, sizeof k, "lacak-ip:10.%d.%d.1", i / 256, i % 256);
        assert_int_equal(sl_ratelimit_hit(t, k, 100, WINDOW), 1);
    }
    for (i = 0; i < 1000; i++) {
        snprintf(k, sizeof k, "lacak-ip:10.%d.%d.1", i / 256, i % 256);
        assert_int_equal(sl_ratelimit_hit(t, k, 101, WINDOW), 2);
    }
    free(t);
}

/* Keys longer than the field: the same long key is one counter, and two
 * that differ only past the field's length are two. */
static void test_long_keys(void **state)
{
    sl_ratelimit *t = table(4096);
    char a[200], b[200];

    memset(a, 'x', sizeof a - 1);
    a[sizeof a - 1] = '\0';
    memcpy(b, a, sizeof b);
    b[sizeof b - 2] = 'y';
    assert_int_equal(sl_ratelimit_hit(t, a, 1, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, a, 2, WINDOW), 2);
    assert_int_equal(sl_ratelimit_hit(t, b, 3, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, a, 4, WINDOW), 3);
    sl_ratelimit_forgive(t, b);
    assert_int_equal(sl_ratelimit_hit(t, b, 5, WINDOW), 1);
    /* A key of exactly the field's length and its one-byte-shorter prefix. */
    a[SL_RATELIMIT_KEY_MAX - 1] = '\0';
    b[0] = '\0';
    strncat(b, a, SL_RATELIMIT_KEY_MAX - 2);
    assert_int_equal(sl_ratelimit_hit(t, a, 6, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, b, 7, WINDOW), 1);
    assert_int_equal(sl_ratelimit_hit(t, a, 8, WINDOW), 2);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_per_key),
        cmocka_unit_test(test_window_starts_at_first_attempt),
        cmocka_unit_test(test_forgive),
        cmocka_unit_test(test_eviction_when_full),
        cmocka_unit_test(test_many_keys),
        cmocka_unit_test(test_long_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
