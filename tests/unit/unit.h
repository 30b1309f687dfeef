/* What the unit test programs share: cmocka's headers in the order it
 * needs them, and an APR pool handed to each test in *state.
 *
 * UNIT_POOL_TEST(f) gives test f a fresh pool of its own; UNIT_RUN runs a
 * group with APR initialised around it (a group fixture of unit_pool_setup
 * hands one pool to every test that has no fixture of its own). */
#ifndef SL_UNIT_H
#define SL_UNIT_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <apr_general.h>
#include <apr_pools.h>

static inline int unit_pool_setup(void **state)
{
    apr_pool_t *pool;
    if (apr_pool_create(&pool, NULL) != APR_SUCCESS)
        return -1;
    *state = pool;
    return 0;
}

static inline int unit_pool_teardown(void **state)
{
    apr_pool_destroy(*state);
    return 0;
}

/* For files whose helpers read one pool from a global: UNIT_RUN(tests,
 * unit_group_pool_setup, unit_group_pool_teardown) sets unit_pool. */
static apr_pool_t *unit_pool __attribute__((unused));

static inline int unit_group_pool_setup(void **state)
{
    (void)state;
    return apr_pool_create(&unit_pool, NULL) == APR_SUCCESS ? 0 : -1;
}

static inline int unit_group_pool_teardown(void **state)
{
    (void)state;
    apr_pool_destroy(unit_pool);
    return 0;
}

#define UNIT_POOL_TEST(f) \
    cmocka_unit_test_setup_teardown(f, unit_pool_setup, unit_pool_teardown)

static inline int unit_run_group(const char *name, const struct CMUnitTest *tests,
                                 size_t count, CMFixtureFunction group_setup,
                                 CMFixtureFunction group_teardown)
{
    apr_initialize();
    int rc = _cmocka_run_group_tests(name, tests, count, group_setup, group_teardown);
    apr_terminate();
    return rc;
}

/* A table of texts and what a function of (pool, text) makes of each:
 * unit_expect_texts(pool, fn, UNIT_CASES(table)) checks every row (a NULL
 * want: fn refuses the text) and names the input of the first that differs. */
typedef struct {
    const char *in, *want;
} unit_text_case;

#define UNIT_CASES(a) (a), sizeof(a) / sizeof((a)[0])

static inline void unit_expect_texts(apr_pool_t *pool,
                                     char *(*fn)(apr_pool_t *, const char *),
                                     const unit_text_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *got = fn(pool, cases[i].in), *want = cases[i].want;
        if (want == NULL ? got != NULL : got == NULL || strcmp(got, want) != 0)
            fail_msg("row %zu: \"%s\" gave \"%s\", want \"%s\"", i,
                     cases[i].in ? cases[i].in : "(NULL)", got ? got : "(NULL)",
                     want ? want : "(NULL)");
    }
}

/* Every one of the parts stands in text (UNIT_EXPECT_IN), or none does
 * (UNIT_EXPECT_NOT_IN); a failure names the part and shows the text. */
static inline void unit_expect_in(const char *text, int present, const char *const *parts)
{
    for (; *parts; parts++)
        if ((text != NULL && strstr(text, *parts) != NULL) != present)
            fail_msg("\"%s\" %s in:\n%s", *parts, present ? "missing" : "found",
                     text ? text : "(NULL)");
}

#define UNIT_EXPECT_IN(text, ...) \
    unit_expect_in((text), 1, (const char *const[]){__VA_ARGS__, NULL})
#define UNIT_EXPECT_NOT_IN(text, ...) \
    unit_expect_in((text), 0, (const char *const[]){__VA_ARGS__, NULL})

#define UNIT_RUN(tests, group_setup, group_teardown)                                \
    unit_run_group(#tests, tests, sizeof(tests) / sizeof((tests)[0]), group_setup, \
                   group_teardown)

#endif
