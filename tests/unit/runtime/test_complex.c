// test_complex.c: tests of runtime/objects/complex.c. Every expected repr, hash and message
// was printed by CPython 3.11 (python3 -c 'print(repr(...))').
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runtime.h"
#include "runtime/objects/complex.h"
#include "tests/unit/testing.h"

static int
setup(void **state)
{
    if (rt_test_setup(state) != 0)
        return -1;
    return PyType_Ready(&PyComplex_Type);
}

static PyObject *
cx(double re, double im)
{
    PyObject *c = PyComplex_FromDoubles(re, im);
    assert_non_null(c);
    return c;
}

// Check repr(o) and release o.
static void
repr_steal(PyObject *o, const char *expected)
{
    assert_repr(o, expected);
    Py_DECREF(o);
}

static void
test_complex_repr_drops_dot_zero_and_positive_zero_real(void **state)
{
    static const struct {
        double re, im;
        const char *repr;
    } cases[] = {
        {1, 2, "(1+2j)"},          {0.0, 1, "1j"},
        {-0.0, -1, "(-0-1j)"},     {0.0, -0.0, "-0j"},
        {-0.0, 0, "(-0+0j)"},      {1e16, 1, "(1e+16+1j)"},
        {1.5, 2.25, "(1.5+2.25j)"}, {1e-7, 1e300, "(1e-07+1e+300j)"},
        {2, 0, "(2+0j)"},          {0, 0, "0j"},
        {1, 2.5e-10, "(1+2.5e-10j)"}, {INFINITY, -INFINITY, "(inf-infj)"},
        {NAN, -NAN, "(nan+nanj)"}, {0, 1000, "1000j"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        repr_steal(cx(cases[i].re, cases[i].im), cases[i].repr);
}

// a <op> b with complex operands, then the repr of the result.
static void
binop(PyObject *(*op)(PyObject *, PyObject *), PyObject *a, PyObject *b, const char *expected)
{
    PyObject *r = op(a, b);
    assert_non_null(r);
    repr_steal(r, expected);
    Py_DECREF(a);
    Py_DECREF(b);
}

// op(a) then the repr of the result; a is released.
static void
unop(PyObject *(*op)(PyObject *), PyObject *a, const char *expected)
{
    PyObject *r = op(a);
    assert_non_null(r);
    repr_steal(r, expected);
    Py_DECREF(a);
}

static PyObject *
power(PyObject *a, PyObject *b)
{
    return PyNumber_Power(a, b, Py_None);
}

static void
test_complex_arithmetic_matches_cpython(void **state)
{
    binop(PyNumber_Multiply, cx(1, 2), cx(3, -4), "(11+2j)");
    binop(PyNumber_TrueDivide, cx(1, 2), cx(3, -4), "(-0.2+0.4j)");
    binop(PyNumber_Add, cx(1, 2), PyLong_FromLong(-1), "2j");
    binop(PyNumber_Subtract, PyLong_FromLong(1), cx(1, 2), "-2j");
    binop(PyNumber_Multiply, cx(1, 2), PyFloat_FromDouble(2.0), "(2+4j)");
    unop(PyNumber_Negative, cx(1, 2), "(-1-2j)");
    unop(PyNumber_Negative, cx(0, 0), "(-0-0j)");
    unop(PyNumber_Absolute, cx(3, 4), "5.0");
}

static void
test_complex_power_uses_squaring_for_small_integral_exponents(void **state)
{
    binop(power, cx(1, 2), PyLong_FromLong(2), "(-3+4j)");
    binop(power, cx(1, 1), PyLong_FromLong(-3), "(-0.25-0.25j)");
    binop(power, cx(0, 1), PyLong_FromLong(-2), "(-1-0j)");
    binop(power, cx(1, 1), PyLong_FromLong(100), "(-1125899906842624+0j)");
    binop(power, cx(1.1, 0.3), PyLong_FromLong(100), "(38964.234793942625+496402.3564645129j)");
    binop(power, cx(1.1, 0.3), PyLong_FromLong(101), "(-106060.04866601524+557731.8625491492j)");
    binop(power, cx(1.1, 0.3), PyFloat_FromDouble(100.5),
          "(-29118.180984294628+530885.8897607415j)");
    binop(power, cx(1, 2), PyFloat_FromDouble(0.5), "(1.272019649514069+0.7861513777574233j)");
    binop(power, PyLong_FromLong(2), cx(0, 1), "(0.7692389013639721+0.6389612763136348j)");
    binop(power, cx(0, 1), cx(0, 1), "(0.20787957635076193+0j)");
    binop(power, cx(0, 0), PyLong_FromLong(0), "(1+0j)");
    binop(power, cx(1e200, 1e200), PyLong_FromLong(10), "(nan+nanj)");
}

static void
expect_error(PyObject *r, PyObject *type, const char *msg)
{
    assert_null(r);
    assert_raised(type, msg);
}

static void
test_complex_errors_match_cpython(void **state)
{
    PyObject *a = cx(1, 1), *z = cx(0, 0), *big = cx(2, 0);
    PyObject *zero = PyLong_FromLong(0), *m1 = PyLong_FromLong(-1), *two = PyLong_FromLong(2);
    PyObject *e10 = PyLong_FromLongLong(10000000000LL);
    expect_error(PyNumber_TrueDivide(a, zero), PyExc_ZeroDivisionError, "complex division by zero");
    expect_error(PyNumber_TrueDivide(a, z), PyExc_ZeroDivisionError, "complex division by zero");
    expect_error(PyNumber_Power(z, m1, Py_None), PyExc_ZeroDivisionError,
                 "0.0 to a negative or complex power");
    expect_error(PyNumber_Power(z, a, Py_None), PyExc_ZeroDivisionError,
                 "0.0 to a negative or complex power");
    expect_error(PyNumber_Power(big, e10, Py_None), PyExc_OverflowError, "complex exponentiation");
    expect_error(PyNumber_Power(a, two, two), PyExc_ValueError, "complex modulo");
    expect_error(PyNumber_FloorDivide(a, two), PyExc_TypeError,
                 "unsupported operand type(s) for //: 'complex' and 'int'");
    expect_error(PyNumber_Remainder(a, two), PyExc_TypeError,
                 "unsupported operand type(s) for %: 'complex' and 'int'");
    expect_error(PyObject_RichCompare(a, z, Py_LT), PyExc_TypeError,
                 "'<' not supported between instances of 'complex' and 'complex'");
    PyObject *huge = cx(1.7e308, 1.7e308);
    expect_error(PyNumber_Absolute(huge), PyExc_OverflowError, "absolute value too large");
    unop(PyNumber_Absolute, cx(1e308, 1e308), "1.4142135623730951e+308");
    Py_DECREF(huge);
    Py_DECREF(a);
    Py_DECREF(z);
    Py_DECREF(big);
    Py_DECREF(e10);
}

static void
test_complex_hash_matches_cpython(void **state)
{
    static const struct {
        double re, im;
        Py_hash_t hash;
    } cases[] = {{1, 2, 2000007}, {1, 0, 1}, {0, 1, 1000003}, {-1, 0, -2}, {0, 0, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *c = cx(cases[i].re, cases[i].im);
        assert_int_equal(PyObject_Hash(c), cases[i].hash);
        Py_DECREF(c);
    }
}

static void
test_complex_equality_is_exact_with_ints_and_floats(void **state)
{
    PyObject *one = cx(1, 0), *onej = cx(1, 1), *i1 = PyLong_FromLong(1), *f1 = PyFloat_FromDouble(1);
    PyObject *big = PyLong_FromLongLong(9007199254740993LL), *cbig = cx(9007199254740993.0, 0);
    assert_int_equal(PyObject_RichCompareBool(one, i1, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(i1, one, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(one, f1, Py_EQ), 1);
    assert_int_equal(PyObject_RichCompareBool(onej, i1, Py_NE), 1);
    assert_int_equal(PyObject_RichCompareBool(cbig, big, Py_EQ), 0); // 2**53+1 has no double
    assert_int_equal(PyObject_IsTrue(one), 1);
    PyObject *z = cx(0, 0), *tiny = cx(0, 1e-300);
    assert_int_equal(PyObject_IsTrue(z), 0);
    assert_int_equal(PyObject_IsTrue(tiny), 1);
    Py_DECREF(one);
    Py_DECREF(onej);
    Py_DECREF(f1);
    Py_DECREF(big);
    Py_DECREF(cbig);
    Py_DECREF(z);
    Py_DECREF(tiny);
}

// complex(*args) through the type, as a call from Python.
static PyObject *
construct(PyObject *args, PyObject *kwargs)
{
    PyObject *r = PyObject_Call((PyObject *)&PyComplex_Type, args, kwargs);
    Py_DECREF(args);
    Py_XDECREF(kwargs);
    return r;
}

static PyObject *
str_arg(const char *s)
{
    PyObject *u = PyUnicode_FromString(s);
    PyObject *t = PyTuple_Pack(1, u);
    Py_DECREF(u);
    return t;
}

static void
test_complex_from_string_accepts_cpython_grammar(void **state)
{
    static const struct {
        const char *text, *repr;
    } cases[] = {
        {"1+2j", "(1+2j)"},       {" ( 1+2j ) ", "(1+2j)"}, {"j", "1j"},
        {"-j", "-1j"},            {"1e3J", "1000j"},        {"nan+infj", "(nan+infj)"},
        {"1_0+2_0j", "(10+20j)"}, {"-1.5", "(-1.5+0j)"},    {"1e500j", "infj"},
        {"1.j", "1j"},            {".5j", "0.5j"},          {"+1-j", "(1-1j)"},
        {"inf", "(inf+0j)"},      {"\xef\xbc\x91\xef\xbc\x92j", "12j"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        repr_steal(construct(str_arg(cases[i].text), NULL), cases[i].repr);
}

static void
test_complex_from_string_rejects_malformed_text(void **state)
{
    static const char *const malformed[] = {"1+2", "", "(1+2j", "1+2j)", " ", "1 +2j",
                                            "1+-2j", "--1", "1e", "\xc3\xa9", "1\xe2\x80\x80" "2j"};
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++)
        expect_error(construct(str_arg(malformed[i]), NULL), PyExc_ValueError,
                     "complex() arg is a malformed string");
    expect_error(construct(str_arg("1__0"), NULL), PyExc_ValueError,
                 "could not convert string to complex: '1__0'");
    expect_error(construct(str_arg("_1"), NULL), PyExc_ValueError,
                 "could not convert string to complex: '_1'");
}

static void
test_complex_constructor_combines_real_and_imaginary_arguments(void **state)
{
    repr_steal(construct(PyTuple_New(0), NULL), "0j");
    repr_steal(construct(PyTuple_Pack(1, Py_True), NULL), "(1+0j)");
    PyObject *a = cx(1, 2), *b = cx(1, 2), *f = PyFloat_FromDouble(1.5), *j = cx(0, 2);
    repr_steal(construct(PyTuple_Pack(2, a, b), NULL), "(-1+3j)");
    repr_steal(construct(PyTuple_Pack(2, f, j), NULL), "(-0.5+0j)");
    PyObject *kw = PyDict_New(), *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyDict_SetItemString(kw, "real", one);
    PyDict_SetItemString(kw, "imag", two);
    repr_steal(construct(PyTuple_New(0), kw), "(1+2j)");
    // An exact complex passes through unchanged.
    PyObject *same = construct(PyTuple_Pack(1, a), NULL);
    assert_ptr_equal(same, a);
    Py_DECREF(same);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(f);
    Py_DECREF(j);
}

static void
test_complex_constructor_errors_match_cpython(void **state)
{
    PyObject *s = PyUnicode_FromString("1"), *two = PyLong_FromLong(2);
    expect_error(construct(PyTuple_Pack(2, s, two), NULL), PyExc_TypeError,
                 "complex() can't take second arg if first is a string");
    expect_error(construct(PyTuple_Pack(2, two, s), NULL), PyExc_TypeError,
                 "complex() second arg can't be a string");
    expect_error(construct(PyTuple_Pack(1, Py_None), NULL), PyExc_TypeError,
                 "complex() first argument must be a string or a number, not 'NoneType'");
    expect_error(construct(PyTuple_Pack(2, two, Py_None), NULL), PyExc_TypeError,
                 "complex() second argument must be a number, not 'NoneType'");
    expect_error(construct(PyTuple_Pack(3, two, two, two), NULL), PyExc_TypeError,
                 "complex() takes at most 2 arguments (3 given)");
    PyObject *kw = PyDict_New();
    PyDict_SetItemString(kw, "x", two);
    expect_error(construct(PyTuple_New(0), kw), PyExc_TypeError,
                 "'x' is an invalid keyword argument for complex()");
    PyObject *bits = PyLong_FromLong(1024), *huge = PyNumber_Lshift(two, bits);
    Py_DECREF(bits);
    expect_error(construct(PyTuple_Pack(1, huge), NULL), PyExc_OverflowError,
                 "int too large to convert to float");
    Py_DECREF(huge);
    Py_DECREF(s);
}

static void
test_complex_parts_and_conjugate(void **state)
{
    PyObject *c = cx(3, 4);
    assert_true(PyComplex_RealAsDouble(c) == 3.0);
    assert_true(PyComplex_ImagAsDouble(c) == 4.0);
    repr_steal(rt_complex_conjugate(c), "(3-4j)");
    Py_complex v = PyComplex_AsCComplex(c);
    assert_true(v.real == 3.0 && v.imag == 4.0);
    PyObject *f = PyFloat_FromDouble(2.5);
    v = PyComplex_AsCComplex(f);
    assert_true(v.real == 2.5 && v.imag == 0.0);
    Py_DECREF(f);
    Py_DECREF(c);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_complex_repr_drops_dot_zero_and_positive_zero_real),
        cmocka_unit_test(test_complex_arithmetic_matches_cpython),
        cmocka_unit_test(test_complex_power_uses_squaring_for_small_integral_exponents),
        cmocka_unit_test(test_complex_errors_match_cpython),
        cmocka_unit_test(test_complex_hash_matches_cpython),
        cmocka_unit_test(test_complex_equality_is_exact_with_ints_and_floats),
        cmocka_unit_test(test_complex_from_string_accepts_cpython_grammar),
        cmocka_unit_test(test_complex_from_string_rejects_malformed_text),
        cmocka_unit_test(test_complex_constructor_combines_real_and_imaginary_arguments),
        cmocka_unit_test(test_complex_constructor_errors_match_cpython),
        cmocka_unit_test(test_complex_parts_and_conjugate),
    };
    return cmocka_run_group_tests(tests, setup, rt_test_teardown);
}
