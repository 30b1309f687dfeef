/* Asserting on the field errors a validator collects (sl_field_error
 * arrays), with the case being checked printed only when it fails. */
#ifndef SL_UNIT_ERRORS_H
#define SL_UNIT_ERRORS_H

#include <stdio.h>
#include <string.h>

#include <apr_tables.h>

#include "unit.h"
#include "permohonan_rules.h"

/* What the current case is; a test sets it with snprintf before a check. */
static char context[512];

/* A per-test pool fixture that also forgets the last case. */
static inline int unit_errors_teardown(void **state)
{
    context[0] = '\0';
    return unit_pool_teardown(state);
}

static inline void unit_print_errors(const apr_array_header_t *errors)
{
    if (context[0])
        print_message("case: %s\n", context);
    for (int i = 0; i < errors->nelts; i++) {
        const sl_field_error *e = &APR_ARRAY_IDX(errors, i, sl_field_error);
        print_message("  %s: %s\n", e->field, e->message);
    }
}

static inline void unit_expect_no_error(const apr_array_header_t *errors)
{
    if (errors->nelts != 0)
        unit_print_errors(errors);
    assert_int_equal(errors->nelts, 0);
}

/* Exactly one error, on field, with message. */
static inline void unit_expect_one_error(const apr_array_header_t *errors,
                                         const char *field, const char *message)
{
    if (errors->nelts != 1)
        unit_print_errors(errors);
    assert_int_equal(errors->nelts, 1);
    const sl_field_error *e = &APR_ARRAY_IDX(errors, 0, sl_field_error);
    if (strcmp(e->field, field) != 0 || strcmp(e->message, message) != 0)
        unit_print_errors(errors);
    assert_string_equal(e->field, field);
    assert_string_equal(e->message, message);
}

/* run(), expect_one() and expect_none() for a validator of the form
 * int validate(const TYPE *in, apr_array_header_t *errors): it is run
 * into a fresh array from the test's pool, and what it returns must be
 * the number of errors it added. */
#define UNIT_VALIDATOR(TYPE, validate)                                             \
    static apr_array_header_t *run(void **state, const TYPE *in, int *n)          \
    {                                                                              \
        apr_array_header_t *errors = apr_array_make(*state, 4, sizeof(sl_field_error)); \
        *n = validate(in, errors);                                                 \
        assert_int_equal(*n, errors->nelts);                                       \
        return errors;                                                             \
    }                                                                              \
    static void expect_one(void **state, const TYPE *in, const char *field,       \
                           const char *message)                                    \
    {                                                                              \
        int n;                                                                     \
        unit_expect_one_error(run(state, in, &n), field, message);                \
    }                                                                              \
    static void expect_none(void **state, const TYPE *in)                         \
    {                                                                              \
        int n;                                                                     \
        unit_expect_no_error(run(state, in, &n));                                  \
    }

/* A test with a pool of its own that forgets the last case after it. */
#define UNIT_ERRORS_TEST(f) \
    cmocka_unit_test_setup_teardown(f, unit_pool_setup, unit_errors_teardown)

#endif
