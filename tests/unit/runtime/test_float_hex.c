// test_float_hex.c: runtime/objects/float_hex.c: float.hex() and float.fromhex(), called as
// methods. Expected texts and values were printed by CPython 3.11.
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tests/unit/testing.h"

// float.hex(v) as a str object, checked against expected.
static void
check_hex(double v, const char *expected)
{
    PyObject *f = PyFloat_FromDouble(v);
    PyObject *name = PyUnicode_FromString("hex");
    PyObject *r = PyObject_CallMethodNoArgs(f, name);
    assert_str(r, expected);
    Py_DECREF(r);
    Py_DECREF(name);
    Py_DECREF(f);
}

// float.fromhex(text): the result (a new reference) or NULL with the error pending.
static PyObject *
fromhex(const char *text)
{
    PyObject *type = (PyObject *)&PyFloat_Type;
    PyObject *name = PyUnicode_FromString("fromhex");
    PyObject *s = PyUnicode_FromString(text);
    PyObject *r = PyObject_CallMethodOneArg(type, name, s);
    Py_DECREF(s);
    Py_DECREF(name);
    return r;
}

static void
test_float_hex_prints_cpython_text(void **state)
{
    check_hex(1.0, "0x1.0000000000000p+0");
    check_hex(-0.1, "-0x1.999999999999ap-4");
    check_hex(0.0, "0x0.0p+0");
    check_hex(-0.0, "-0x0.0p+0");
    check_hex(5e-324, "0x0.0000000000001p-1022");
    check_hex(2.2250738585072009e-308, "0x0.fffffffffffffp-1022");
    check_hex(1.7976931348623157e308, "0x1.fffffffffffffp+1023");
    check_hex(INFINITY, "inf");
    check_hex(-INFINITY, "-inf");
    check_hex(NAN, "nan");
}

static void
test_float_fromhex_rounds_half_to_even(void **state)
{
    static const struct {
        const char *text, *repr;
    } cases[] = {
        {"0x1.00000000000008p0", "1.0"},                // a tie: stays on the even neighbour
        {"0x1.00000000000018p0", "1.0000000000000004"}, // a tie: goes up to the even one
        {"0x1.00000000000008000001p0", "1.0000000000000002"},
        {"0x1p-1075", "0.0"},
        {"0x1.0000000000001p-1075", "5e-324"},
        {"0x3p-1076", "5e-324"},
        {"0x1.fffffffffffff7ffp1023", "1.7976931348623157e+308"},
        {" -0x1.8p1 ", "-3.0"},
        {"a", "10.0"},
        {"-infinity", "-inf"},
        {"0x0p99999999999999999999", "0.0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *r = fromhex(cases[i].text);
        assert_repr(r, cases[i].repr);
        Py_DECREF(r);
    }
}

static void
test_float_fromhex_errors(void **state)
{
    static const char *invalid[] = {"", "0x", "0x.p1", "0x1p", "1 2", "0x1_0", "infinit", "."};
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        assert_null(fromhex(invalid[i]));
        assert_raised(PyExc_ValueError, "invalid hexadecimal floating-point string");
    }
    static const char *too_large[] = {"0x1p1024", "0x1.fffffffffffff8p1023",
                                      "0x1p99999999999999999999"};
    for (size_t i = 0; i < sizeof too_large / sizeof too_large[0]; i++) {
        assert_null(fromhex(too_large[i]));
        assert_raised(PyExc_OverflowError, "hexadecimal value too large to represent as a float");
    }
}

// Every double round-trips through hex(), including subnormals and both zeros.
static void
test_float_hex_round_trips(void **state)
{
    uint64_t bits = 0x0123456789abcdefULL;
    for (int i = 0; i < 2000; i++) {
        bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
        double v;
        memcpy(&v, &bits, sizeof v);
        if (!isfinite(v))
            continue;
        PyObject *f = PyFloat_FromDouble(v);
        PyObject *name = PyUnicode_FromString("hex");
        PyObject *text = PyObject_CallMethodNoArgs(f, name);
        assert_non_null(text);
        PyObject *back = fromhex(PyUnicode_AsUTF8(text));
        assert_non_null(back);
        assert_memory_equal(&PyFloat_AS_DOUBLE(back), &v, sizeof v);
        Py_DECREF(back);
        Py_DECREF(text);
        Py_DECREF(name);
        Py_DECREF(f);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_float_hex_prints_cpython_text),
        cmocka_unit_test(test_float_fromhex_rounds_half_to_even),
        cmocka_unit_test(test_float_fromhex_errors),
        cmocka_unit_test(test_float_hex_round_trips),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
