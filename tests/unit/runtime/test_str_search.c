// test_str_search.c: substring search in str (runtime/objects/str_search.c): find, rfind and
// count across storage widths, the empty needle, bounds, and needles wider than the haystack.
// Expected values are CPython 3.11's str.find/rfind/count.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/objects/str_internal.h"

static PyObject *
S(const char *utf8)
{
    PyObject *s = PyUnicode_FromString(utf8);
    assert_non_null(s);
    return s;
}

static void
test_str_search_finds_first_and_last(void **state)
{
    PyObject *s = S("abcabcab"), *sub = S("ab");
    assert_int_equal(rt_str_find(s, sub, 0, 8), 0);
    assert_int_equal(rt_str_rfind(s, sub, 0, 8), 6);
    assert_int_equal(rt_str_find(s, sub, 1, 8), 3);
    assert_int_equal(rt_str_rfind(s, sub, 0, 7), 3);
    assert_int_equal(rt_str_find(s, sub, 7, 8), -1);
    assert_int_equal(rt_str_count(s, sub, 0, 8, PY_SSIZE_T_MAX), 3);
    assert_int_equal(rt_str_count(s, sub, 0, 8, 2), 2);
    Py_DECREF(s);
    Py_DECREF(sub);
}

static void
test_str_search_mixes_widths(void **state)
{
    // "aé中😀a中" has 4-byte storage; the needles are narrower and are compared by code point
    PyObject *s = S("a\303\251\344\270\255\360\237\230\200a\344\270\255");
    PyObject *a = S("a"), *zh = S("\344\270\255"), *e_zh = S("\303\251\344\270\255");
    assert_int_equal(rt_str_find(s, a, 1, 6), 4);
    assert_int_equal(rt_str_rfind(s, zh, 0, 6), 5);
    assert_int_equal(rt_str_find(s, e_zh, 0, 6), 1);
    assert_int_equal(rt_str_count(s, zh, 0, 6, PY_SSIZE_T_MAX), 2);
    // a needle wider than the haystack never occurs in it
    PyObject *narrow = S("abc"), *wide = S("\360\237\230\200");
    assert_int_equal(rt_str_find(narrow, wide, 0, 3), -1);
    assert_int_equal(rt_str_count(narrow, wide, 0, 3, PY_SSIZE_T_MAX), 0);
    Py_DECREF(s);
    Py_DECREF(a);
    Py_DECREF(zh);
    Py_DECREF(e_zh);
    Py_DECREF(narrow);
    Py_DECREF(wide);
}

static void
test_str_search_empty_needle_rules(void **state)
{
    PyObject *s = S("abc"), *empty = S("");
    assert_int_equal(rt_str_find(s, empty, 3, 3), 3);    // 'abc'.find('', 3) == 3
    assert_int_equal(rt_str_find(s, empty, 4, 3), -1);   // 'abc'.find('', 4) == -1
    assert_int_equal(rt_str_rfind(s, empty, 1, 2), 2);   // 'abc'.rfind('', 1, 2) == 2
    assert_int_equal(rt_str_rfind(s, empty, 0, 100), 3); // end is clipped
    assert_int_equal(rt_str_count(s, empty, 0, 3, PY_SSIZE_T_MAX), 4);
    assert_int_equal(rt_str_count(s, empty, 5, 3, PY_SSIZE_T_MAX), 0);
    assert_int_equal(rt_str_count(s, empty, 0, 3, 2), 2);
    Py_DECREF(s);
    Py_DECREF(empty);
}

static void
test_str_search_match_at_compares_code_points(void **state)
{
    PyObject *s = S("x\303\251y"), *sub = S("\303\251y"), *ascii = S("y");
    assert_true(rt_str_match_at(s, 1, sub));
    assert_false(rt_str_match_at(s, 0, sub));
    assert_true(rt_str_match_at(s, 2, ascii));
    Py_DECREF(s);
    Py_DECREF(sub);
    Py_DECREF(ascii);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_str_search_finds_first_and_last),
        cmocka_unit_test(test_str_search_mixes_widths),
        cmocka_unit_test(test_str_search_empty_needle_rules),
        cmocka_unit_test(test_str_search_match_at_compares_code_points),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
