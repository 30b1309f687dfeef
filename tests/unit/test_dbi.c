/* Unit tests for the parts of common/dbi.c that need no database: reading
 * result rows by position and by name, and a statement that was never
 * prepared (refused with a message naming it, before the driver is
 * asked). */
#include "unit.h"
#include <string.h>

#include <apr_hash.h>

#include "dbi.h"

static apr_pool_t *pool;

static int setup(void **state)
{
    int rc = unit_pool_setup(state);
    pool = rc == 0 ? *state : NULL;
    return rc;
}

static const char *names[] = {"id", "nama", NULL};
static const char *row0[] = {"7", NULL};
static const char *row1[] = {"8", "Dinas Kesehatan"};
static const char **rows_data[] = {row0, row1};
static const sl_rows rows = {2, 2, names, rows_data};

static void test_rows_by_position(void **state)
{
    assert_string_equal(sl_rows_get(&rows, 1, 1), "Dinas Kesehatan");
    assert_null(sl_rows_get(&rows, 0, 1));            /* SQL NULL */
    assert_null(sl_rows_get(&rows, 2, 0));            /* no such row */
    assert_null(sl_rows_get(&rows, 0, 2));            /* no such column */
    assert_null(sl_rows_get(&rows, -1, 0));
    assert_null(sl_rows_get(NULL, 0, 0));
    assert_string_equal(sl_rows_get_or(&rows, 0, 1, "-"), "-");
    assert_string_equal(sl_rows_get_or(&rows, 0, 0, "-"), "7");
}

static void test_rows_by_name(void **state)
{
    assert_string_equal(sl_rows_named(&rows, 1, "nama"), "Dinas Kesehatan");
    assert_string_equal(sl_rows_named(&rows, 0, "id"), "7");
    assert_null(sl_rows_named(&rows, 0, "nama"));
    assert_null(sl_rows_named(&rows, 0, "alamat"));
    assert_null(sl_rows_named(NULL, 0, "id"));
}

static void test_statement_not_prepared(void **state)
{
    sl_dbi d;
    sl_rows *out = NULL;
    int n = -5;

    memset(&d, 0, sizeof(d));
    d.prepared = apr_hash_make(pool);
    d.prefix = "sialip_";
    assert_int_equal(sl_dbi_exec(&d, pool, "surel_antre", &n, SL_NOARGS), -1);
    assert_int_equal(n, -5);                          /* untouched */
    assert_non_null(strstr(d.error, "sialip_surel_antre"));
    d.error = NULL;
    d.prefix = "";
    assert_int_equal(sl_dbi_select(&d, pool, "libur_semua", &out, SL_NOARGS), -1);
    assert_null(out);
    assert_non_null(strstr(d.error, "statement libur_semua is not prepared"));
}

static void test_shared_statements_listed(void **state)
{
    const char *want[] = {"libur_semua", "surel_antre", "surel_antre_sekali",
                          "audit_tulis", "berkas_kunci", "berkas_catat"};
    size_t i;
    for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        const sl_stmt_def *s = sl_dbi_stmts;
        while (s->label && strcmp(s->label, want[i]) != 0) {
            s++;
        }
        assert_non_null(s->label);
        assert_non_null(s->sql);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows_by_position),
        cmocka_unit_test(test_rows_by_name),
        cmocka_unit_test(test_statement_not_prepared),
        cmocka_unit_test(test_shared_statements_listed),
    };
    return UNIT_RUN(tests, setup, unit_pool_teardown);
}
