// test_percent.c: tests of printf-style formatting: runtime/objects/percent.c (parsing and
// layout), str_percent.c (PyUnicode_Format, str's nb_remainder) and bytes_percent.c
// (rt_bytes_percent_format, bytes' nb_remainder). Expected texts were printed by CPython 3.11.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "runtime/objects/percent.h"
#include "tests/unit/testing.h"

// A tuple of n new references (stolen).
static PyObject *
steal_tuple(int n, ...)
{
    PyObject *t = PyTuple_New(n);
    va_list va;
    va_start(va, n);
    for (int i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, va_arg(va, PyObject *));
    va_end(va);
    return t;
}

// PyUnicode_Format(fmt, args), args stolen; checks the result's text.
static void
check_str(const char *fmt, PyObject *args, const char *expected)
{
    PyObject *f = PyUnicode_FromString(fmt);
    PyObject *r = PyUnicode_Format(f, args);
    assert_non_null(r);
    assert_string_equal(PyUnicode_AsUTF8(r), expected);
    Py_DECREF(r);
    Py_DECREF(f);
    Py_DECREF(args);
}

// PyUnicode_Format(fmt, args) must fail with type and message; args stolen.
static void
check_str_error(const char *fmt, PyObject *args, PyObject *type, const char *msg)
{
    PyObject *f = PyUnicode_FromString(fmt);
    assert_null(PyUnicode_Format(f, args));
    assert_raised(type, msg);
    Py_DECREF(f);
    Py_DECREF(args);
}

static void
test_percent_str_directives_match_cpython(void **state)
{
    check_str("%d|%5d|%-5d|%05d|%+d", tuple_of_longs(5, 42L, 42L, 42L, -42L, 7L),
              "42|   42|42   |-0042|+7");
    check_str("%x %X %#x %#X %#o %o", tuple_of_longs(6, 255L, 255L, 255L, 255L, 8L, 8L),
              "ff FF 0xff 0XFF 0o10 10");
    check_str("%#010x|%-#8x|%.4d|%+.3d", tuple_of_longs(4, 255L, 255L, 7L, 7L),
              "0x000000ff|0xff    |0007|+007");
    check_str("%*d|%-*d|%*d", tuple_of_longs(6, 4L, 1L, 4L, 2L, -4L, 3L), "   1|2   |3   ");
    check_str("%c%c", steal_tuple(2, PyLong_FromLong(0x263A), PyUnicode_FromString("z")),
              "\xe2\x98\xbaz");
    check_str("%.3s|%5s|%-5r|",
              steal_tuple(3, PyUnicode_FromString("abcdef"), PyUnicode_FromString("ab"),
                          PyUnicode_FromString("a")),
              "abc|   ab|'a'  |");
    check_str("%.2f %e %g %010.3f",
              steal_tuple(4, PyFloat_FromDouble(3.14159), PyFloat_FromDouble(1e10),
                          PyFloat_FromDouble(1e-5), PyFloat_FromDouble(-2.5)),
              "3.14 1.000000e+10 1e-05 -00002.500");
    check_str("100%% %s", PyUnicode_FromString("sure"), "100% sure");
    PyObject *d = PyDict_New(), *x = PyUnicode_FromString("x"), *seven = PyLong_FromLong(7);
    PyDict_SetItemString(d, "a", x);
    PyDict_SetItemString(d, "b", seven);
    Py_DECREF(x);
    Py_DECREF(seven);
    check_str("%(a)s=%(b)03d", d, "x=007");
    check_str("no directives", PyDict_New(), "no directives");
    check_str("%s", steal_tuple(1, tuple_of_longs(2, 1L, 2L)), "(1, 2)");
}

static void
test_percent_str_errors_match_cpython(void **state)
{
    check_str_error("%s %s", tuple_of_longs(1, 1L), PyExc_TypeError,
                    "not enough arguments for format string");
    check_str_error("%s", tuple_of_longs(2, 1L, 2L), PyExc_TypeError,
                    "not all arguments converted during string formatting");
    check_str_error("abc%", PyTuple_New(0), PyExc_ValueError, "incomplete format");
    check_str_error("%(a", PyDict_New(), PyExc_ValueError, "incomplete format key");
    check_str_error("%(a)s", tuple_of_longs(1, 1L), PyExc_TypeError, "format requires a mapping");
    check_str_error("ab%5y", tuple_of_longs(1, 1L), PyExc_ValueError,
                    "unsupported format character 'y' (0x79) at index 4");
    check_str_error("%d", PyUnicode_FromString("x"), PyExc_TypeError,
                    "%d format: a real number is required, not str");
    check_str_error("%x", PyFloat_FromDouble(1.5), PyExc_TypeError,
                    "%x format: an integer is required, not float");
    check_str_error("%c", PyLong_FromLong(0x110000), PyExc_OverflowError,
                    "%c arg not in range(0x110000)");
    check_str_error("%*d", steal_tuple(2, PyUnicode_FromString("5"), PyLong_FromLong(1)),
                    PyExc_TypeError, "* wants int");
    check_str_error("%99999999999999999999d", tuple_of_longs(1, 1L), PyExc_ValueError,
                    "width too big");
}

static void
test_percent_str_mod_declines_other_left_operands(void **state)
{
    PyObject *five = PyLong_FromLong(5), *s = PyUnicode_FromString("%s");
    PyObject *r = rt_str_mod(five, s);
    assert_ptr_equal(r, Py_NotImplemented);
    r = PyNumber_Remainder(s, five);
    assert_str(r, "5");
    Py_DECREF(r);
    assert_null(PyNumber_Remainder(five, s));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for %: 'int' and 'str'");
    Py_DECREF(s);
}

static void
test_percent_bytes_reads_only_the_given_length(void **state)
{
    // Only "%d-" is the format: the bytes after len must not be read.
    PyObject *r = rt_bytes_percent_format("%d-%s trailing", 3, PyLong_FromLong(12));
    assert_non_null(r);
    assert_int_equal(PyBytes_GET_SIZE(r), 3);
    assert_memory_equal(PyBytes_AS_STRING(r), "12-", 3);
    Py_DECREF(r);
}

static void
test_percent_bytes_directives_match_cpython(void **state)
{
    PyObject *args =
        steal_tuple(5, PyBytes_FromString("ab"), PyLong_FromLong(65), PyBytes_FromString("Z"),
                    PyFloat_FromDouble(1.5), PyLong_FromLong(255));
    PyObject *r = rt_bytes_percent_format("[%-4s|%c%c|%+.1f|%#06x]", 23, args);
    assert_non_null(r);
    assert_string_equal(PyBytes_AS_STRING(r), "[ab  |AZ|+1.5|0x00ff]");
    Py_DECREF(r);
    Py_DECREF(args);
    PyObject *s = PyUnicode_FromString("text");
    assert_null(rt_bytes_percent_format("%s", 2, s));
    assert_raised(PyExc_TypeError, "%b requires a bytes-like object, or an object that "
                                   "implements __bytes__, not 'str'");
    assert_null(rt_bytes_percent_format("abc", 3, s));
    assert_raised(PyExc_TypeError, "not all arguments converted during bytes formatting");
    assert_null(rt_bytes_percent_format("%f", 2, s));
    assert_raised(PyExc_TypeError, "float argument required, not str");
    Py_DECREF(s);
}

// The layout of a value `len` characters long starting with `first`.
static RtPercentLayout
layout(Py_UCS4 conv, int flags, Py_ssize_t width, Py_UCS4 first, Py_ssize_t len)
{
    RtPercentSpec spec = {.conv = conv, .flags = flags, .width = width, .prec = -1};
    RtPercentLayout l;
    rt_percent_layout(&spec, conv != 's', first, len, &l);
    return l;
}

static void
test_percent_layout_places_sign_prefix_and_padding(void **state)
{
    // "%08d" % -42: the sign first, then zeros: "-0000042"
    RtPercentLayout l = layout('d', RT_PCT_ZERO, 8, '-', 3);
    assert_int_equal(l.sign, '-');
    assert_int_equal(l.start, 1);
    assert_int_equal(l.len, 2);
    assert_int_equal(l.fill, '0');
    assert_int_equal(l.left, 5);
    assert_int_equal(l.right, 0);
    // "%#8x" % 255: spaces, then "0xff"
    l = layout('x', RT_PCT_ALT, 8, '0', 4);
    assert_int_equal(l.prefix, 2);
    assert_int_equal(l.fill, ' ');
    assert_int_equal(l.left, 4);
    // "%-+6d" % 5: "+5    "
    l = layout('d', RT_PCT_LJUST | RT_PCT_SIGN, 6, '5', 1);
    assert_int_equal(l.sign, '+');
    assert_int_equal(l.left, 0);
    assert_int_equal(l.right, 4);
    // "%-05s": zero padding is for numbers only, and '-' pads right
    l = layout('s', RT_PCT_ZERO | RT_PCT_LJUST, 5, 'a', 2);
    assert_int_equal(l.fill, ' ');
    assert_int_equal(l.sign, 0);
    assert_int_equal(l.right, 3);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_percent_str_directives_match_cpython),
        cmocka_unit_test(test_percent_str_errors_match_cpython),
        cmocka_unit_test(test_percent_str_mod_declines_other_left_operands),
        cmocka_unit_test(test_percent_bytes_reads_only_the_given_length),
        cmocka_unit_test(test_percent_bytes_directives_match_cpython),
        cmocka_unit_test(test_percent_layout_places_sign_prefix_and_padding),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
