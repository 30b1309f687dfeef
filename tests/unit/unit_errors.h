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

#endif
