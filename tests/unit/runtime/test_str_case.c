// test_str_case.c: full case mappings and the case conversions of whole strings
// (runtime/objects/str_case.c): special casing, case folding, the final sigma, title-case
// digraphs, code points newer than CPython 3.11's Unicode 14.0. Expected values are CPython's.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/objects/str_props.h"

// Check that f(utf8) has repr expected (written with escapes, ASCII only).
static void
check(PyObject *(*f)(PyObject *), const char *utf8, const char *expected)
{
    PyObject *s = PyUnicode_FromString(utf8);
    assert_non_null(s);
    PyObject *r = f(s);
    PyObject *a = r ? PyObject_ASCII(r) : NULL;
    assert_non_null(a);
    assert_string_equal(PyUnicode_AsUTF8(a), expected);
    Py_DECREF(a);
    Py_DECREF(r);
    Py_DECREF(s);
}

static void
test_str_case_char_mappings_expand(void **state)
{
    Py_UCS4 out[3];
    assert_int_equal(rt_str_char_fold(0xDF, out), 2); // ß -> ss
    assert_int_equal(out[0], 's');
    assert_int_equal(out[1], 's');
    assert_int_equal(rt_str_char_fold(0x3C2, out), 1); // ς -> σ
    assert_int_equal(out[0], 0x3C3);
    assert_int_equal(rt_str_char_fold(0x13A0, out), 1); // Cherokee folds to upper case
    assert_int_equal(out[0], 0x13A0);
    assert_int_equal(rt_str_char_fold(0xAB70, out), 1);
    assert_int_equal(out[0], 0x13A0);
    assert_int_equal(rt_str_char_fold(0x1F88, out), 2); // ᾈ -> ἀι
    assert_int_equal(out[1], 0x3B9);
    assert_int_equal(rt_str_char_upper(0xFB03, out), 3); // ﬃ -> FFI
    assert_int_equal(out[2], 'I');
    assert_int_equal(rt_str_char_lower(0x130, out), 2); // İ -> i̇
    assert_int_equal(out[1], 0x307);
    // U+1E030 (Cyrillic modifier letter, Unicode 15.0) is unassigned in 3.11: no mappings
    assert_int_equal(rt_str_char_upper(0x1E030, out), 1);
    assert_int_equal(out[0], 0x1E030);
    assert_int_equal(rt_str_char_category(0x1E030), rt_str_char_category(0x378));
}

static void
test_str_case_whole_strings(void **state)
{
    check(rt_str_lower, "\316\243\316\221\316\243 \316\243", "'\\u03c3\\u03b1\\u03c2 \\u03c3'");
    check(rt_str_upper, "stra\303\237e", "'STRASSE'");
    check(rt_str_casefold, "Stra\303\237e \316\243", "'strasse \\u03c3'");
    check(rt_str_title, "\307\206emal x\307\204", "'\\u01c5emal X\\u01c6'");
    check(rt_str_capitalize, "\307\206X", "'\\u01c5x'");
    check(rt_str_swapcase, "a\303\237B", "'ASSb'");
    check(rt_str_title, "they're o'neil", "\"They'Re O'Neil\"");
    check(rt_str_lower, "", "''");
}

static void
test_str_case_ascii_fast_path_agrees(void **state)
{
    check(rt_str_title, "hello wORLD 3rd_x", "'Hello World 3Rd_X'");
    check(rt_str_capitalize, "hELLO", "'Hello'");
    check(rt_str_swapcase, "aBc1", "'AbC1'");
    check(rt_str_casefold, "ABC", "'abc'");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_str_case_char_mappings_expand),
        cmocka_unit_test(test_str_case_whole_strings),
        cmocka_unit_test(test_str_case_ascii_fast_path_agrees),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
