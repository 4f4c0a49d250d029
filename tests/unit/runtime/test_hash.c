// test_hash.c: runtime/hash.c against the values CPython 3.11 prints (PYTHONHASHSEED=0).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "runtime/runtime.h"

static void
test_hash_bytes_matches_cpython_siphash13(void **state)
{
    static const struct {
        const char *data;
        Py_ssize_t len;
        Py_hash_t hash;
    } cases[] = {
        {"a", 1, 4644417185603328019LL},
        {"abc", 3, -4594863902769663758LL},
        {"hello world", 11, -5642461784034726774LL},
        {"12345678", 8, 3785724242978802311LL},
        {"123456789abcdef0x", 17, 7982515180831114177LL},
        {"\xff\x00", 2, 7217110220190950386LL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(rt_hash_bytes(cases[i].data, cases[i].len), cases[i].hash);
}

static void
test_hash_bytes_of_empty_input_is_zero(void **state)
{
    assert_int_equal(rt_hash_bytes("", 0), 0);
}

static void
test_hash_double_matches_cpython(void **state)
{
    static const struct {
        double v;
        Py_hash_t hash;
    } cases[] = {
        {0.5, 1152921504606846976LL},   {1e300, 1224995262755759164LL},
        {-2.5, -1152921504606846978LL}, {1.0, 1},
        {3.14159, 326484311674566659LL}, {4611686018427387904.0, 2},
        {1e-300, 482449582752280463LL}, {-0.0, 0},
        {5e-324, 16777216},             {INFINITY, 314159},
        {-INFINITY, -314159},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(rt_hash_double(NULL, cases[i].v), cases[i].hash);
}

static void
test_hash_double_of_nan_depends_on_identity(void **state)
{
    static int a, b; // only their addresses matter
    assert_int_equal(rt_hash_double((PyObject *)&a, NAN), rt_hash_pointer(&a));
    assert_int_not_equal(rt_hash_double((PyObject *)&a, NAN), rt_hash_double((PyObject *)&b, NAN));
}

static void
test_hash_pointer_rotates_alignment_bits_away(void **state)
{
    assert_int_equal(rt_hash_pointer((void *)0x1230), 0x123);
    assert_int_equal(rt_hash_pointer((void *)0x1238), (Py_hash_t)(0x123 | (UINT64_C(8) << 60)));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hash_bytes_matches_cpython_siphash13),
        cmocka_unit_test(test_hash_bytes_of_empty_input_is_zero),
        cmocka_unit_test(test_hash_double_matches_cpython),
        cmocka_unit_test(test_hash_double_of_nan_depends_on_identity),
        cmocka_unit_test(test_hash_pointer_rotates_alignment_bits_away),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
