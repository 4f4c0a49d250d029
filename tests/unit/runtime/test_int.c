// test_int.c: runtime/objects/int.c: the small-int cache, conversions between ints and C
// numbers, comparison and hashing. Expected values were printed by CPython 3.11 (python3).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include <math.h>
#include <cmocka.h>
#include "runtime/runtime.h"

static int
setup(void **state)
{
    return rt_runtime_init();
}

static int
teardown(void **state)
{
    rt_runtime_fini();
    return 0;
}

// x, hash(x) (PYTHONHASHSEED plays no part in int hashes)
static const struct {
    const char *x;
    long long hash;
} hash_cases[] = {
    {"0", 0LL},
    {"1", 1LL},
    {"-1", -2LL},
    {"-2", -2LL},
    {"2", 2LL},
    {"256", 256LL},
    {"-5", -5LL},
    {"2305843009213693950", 2305843009213693950LL},
    {"2305843009213693951", 0LL},
    {"2305843009213693952", 1LL},
    {"-2305843009213693952", -2LL},
    {"4611686018427387904", 2LL},
    {"9223372036854775807", 3LL},
    {"-9223372036854775808", -4LL},
    {"9223372036854775808", 4LL},
    {"-9223372036854775809", -5LL},
    {"18446744073709551616", 8LL},
    {"1000000000000000000000000000000", 465258685558744706LL},
    {"-1000000000000000000000000000000", -465258685558744706LL},
    {"265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044"
     "001",
     424410663027747676LL},
    {"-26561398887587476933878132203577962682923345265339449597457496173909249090130218299438469904"
     "4001",
     -424410663027747676LL},
    {"12345678901234567890123", 195429904450476469LL},
};
// x, float(x)
static const struct {
    const char *x;
    double d;
} double_cases[] = {
    {"0", 0x0.0p+0},
    {"1", 0x1.0000000000000p+0},
    {"-1", -0x1.0000000000000p+0},
    {"9007199254740992", 0x1.0000000000000p+53},
    {"9007199254740993", 0x1.0000000000000p+53},
    {"9007199254740995", 0x1.0000000000002p+53},
    {"-9007199254740993", -0x1.0000000000000p+53},
    {"9223372036854775807", 0x1.0000000000000p+63},
    {"-9223372036854775808", -0x1.0000000000000p+63},
    {"9223372036854776833", 0x1.0000000000001p+63},
    {"18446744073709551615", 0x1.0000000000000p+64},
    {"18014398509481987", 0x1.0000000000001p+54},
    {"18446744073709553664", 0x1.0000000000000p+64},
    {"18446744073709553665", 0x1.0000000000001p+64},
    {"18446744073709557760", 0x1.0000000000002p+64},
    {"10000000000000000000000", 0x1.0f0cf064dd592p+73},
    {"100000000000000000000000", 0x1.52d02c7e14af6p+76},
    {"515377520732011331036461129765621272702107522001", 0x1.69194f299cddap+158},
    {"-11450477594321044359340126713545146077054004823284978858214566372120240027249",
     -0x1.950bd9b362e1fp+252},
    {"-1606938044258990453947923680586147734807949174969684883144705", -0x1.0000000000001p+200},
};
// d, int(d)
static const struct {
    double d;
    const char *x;
} from_double_cases[] = {
    {0x0.0p+0, "0"},
    {-0x0.0p+0, "0"},
    {0x1.0000000000000p-1, "0"},
    {-0x1.0000000000000p-1, "0"},
    {0x1.fff972474538fp+0, "1"},
    {-0x1.f333333333333p+1, "-3"},
    {0x1.bc16d674ec800p+59, "1000000000000000000"},
    {-0x1.0000000000000p+63, "-9223372036854775808"},
    {0x1.0000000000000p+63, "9223372036854775808"},
    {0x1.158e460913d00p+63, "10000000000000000000"},
    {-0x1.158e460913d00p+63, "-10000000000000000000"},
    {0x1.afcef51f0fb5fp+265,
     "100000000000000000026609864708367276537402401181200809098131977453489758916313088"},
    {-0x1.dded757246ce6p+199, "-1499999999999999924080702945611028300445467516520115109625856"},
    {0x1.0000000000001p+63, "9223372036854777856"},
    {0x1.d6f3457f5c28fp+26, "123456789"},
};

#define N_CASES(t) (sizeof(t) / sizeof((t)[0]))

static PyObject *
num(const char *s)
{
    PyObject *o = PyLong_FromString(s, NULL, 10);
    assert_non_null(o);
    return o;
}

// Checks that o (stolen) is an exact int with the decimal repr expected.
static void
check_int(PyObject *o, const char *expected)
{
    assert_non_null(o);
    assert_true(PyLong_CheckExact(o));
    PyObject *s = PyObject_Repr(o);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), expected);
    Py_DECREF(s);
    Py_DECREF(o);
}

// Checks the pending exception's type and message, and clears it.
static void
check_error(PyObject *type, const char *msg)
{
    assert_non_null(PyErr_Occurred());
    assert_true(PyErr_ExceptionMatches(type));
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *s = PyObject_Str(exc);
    assert_string_equal(PyUnicode_AsUTF8(s), msg);
    Py_DECREF(s);
    Py_DECREF(exc);
}

// a ** b as an int.
static PyObject *
power(long a, long b)
{
    PyObject *x = PyLong_FromLong(a), *y = PyLong_FromLong(b);
    PyObject *r = PyNumber_Power(x, y, Py_None);
    Py_DECREF(x);
    Py_DECREF(y);
    assert_non_null(r);
    return r;
}

static void
test_int_small_ints_are_shared_immortal_objects(void **state)
{
    for (long v = RT_SMALL_INT_MIN; v <= RT_SMALL_INT_MAX; v++) {
        PyObject *a = PyLong_FromLong(v), *b = PyLong_FromLongLong(v);
        assert_ptr_equal(a, b);
        assert_true(Py_REFCNT(a) >= RT_IMMORTAL_REFCNT / 2);
        assert_int_equal(rt_int_small_value(a), v);
        Py_DECREF(a);
        Py_DECREF(b);
    }
    PyObject *a = PyLong_FromLong(257), *b = PyLong_FromLong(257);
    assert_ptr_not_equal(a, b);
    assert_int_equal(Py_REFCNT(a), 1);
    Py_DECREF(a);
    Py_DECREF(b);
    a = PyLong_FromLong(-6);
    b = PyLong_FromLong(-6);
    assert_ptr_not_equal(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    // Results of arithmetic and parsing come from the cache too.
    PyObject *x = PyLong_FromLong(300), *y = PyLong_FromLong(100);
    PyObject *d = PyNumber_Subtract(x, y);
    assert_ptr_equal(d, PyLong_FromLong(200));
    PyObject *p = PyLong_FromString("0x_ff", NULL, 0);
    assert_ptr_equal(p, PyLong_FromLong(255));
    PyObject *big = num("-100000000000000000000"), *big2 = num("100000000000000000005");
    assert_ptr_equal(PyNumber_Add(big, big2), PyLong_FromLong(5));
    Py_DECREF(x);
    Py_DECREF(y);
    Py_DECREF(big);
    Py_DECREF(big2);
}

static void
test_int_from_c_integers_at_the_limits(void **state)
{
    check_int(PyLong_FromLongLong(INT64_MAX), "9223372036854775807");
    check_int(PyLong_FromLongLong(INT64_MIN), "-9223372036854775808");
    check_int(PyLong_FromSsize_t(-42), "-42");
    PyObject *u = PyLong_FromUnsignedLongLong(UINT64_MAX);
    assert_false(rt_int_is_small(u));
    check_int(u, "18446744073709551615");
    u = PyLong_FromUnsignedLong((unsigned long)INT64_MAX + 1);
    assert_false(rt_int_is_small(u));
    check_int(u, "9223372036854775808");
    u = PyLong_FromSize_t((size_t)INT64_MAX);
    assert_true(rt_int_is_small(u));
    check_int(u, "9223372036854775807");
}

static void
test_int_as_long_reports_overflow(void **state)
{
    PyObject *x = num("9223372036854775807");
    assert_int_equal(PyLong_AsLong(x), INT64_MAX);
    assert_null(PyErr_Occurred());
    Py_DECREF(x);
    x = num("9223372036854775808");
    assert_int_equal(PyLong_AsLong(x), -1);
    check_error(PyExc_OverflowError, "Python int too large to convert to C long");
    int overflow = 0;
    assert_int_equal(PyLong_AsLongAndOverflow(x, &overflow), -1);
    assert_int_equal(overflow, 1);
    assert_null(PyErr_Occurred());
    assert_int_equal(PyLong_AsLongLong(x), -1);
    check_error(PyExc_OverflowError, "int too big to convert");
    assert_int_equal(PyLong_AsSsize_t(x), -1);
    check_error(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    Py_DECREF(x);
    x = num("-9223372036854775809");
    assert_int_equal(PyLong_AsLongAndOverflow(x, &overflow), -1);
    assert_int_equal(overflow, -1);
    Py_DECREF(x);
    x = num("-9223372036854775808");
    assert_int_equal(PyLong_AsLongAndOverflow(x, &overflow), INT64_MIN);
    assert_int_equal(overflow, 0);
    Py_DECREF(x);
    // Not an int and no __index__: CPython's TypeError from operator.index.
    PyObject *f = PyFloat_FromDouble(1.5);
    assert_int_equal(PyLong_AsLong(f), -1);
    check_error(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    Py_DECREF(f);
    // bool is an int.
    assert_int_equal(PyLong_AsLong(Py_True), 1);
}

static void
test_int_as_unsigned_conversions(void **state)
{
    PyObject *x = num("18446744073709551615");
    assert_true(PyLong_AsSize_t(x) == SIZE_MAX);
    assert_true(PyLong_AsUnsignedLong(x) == UINT64_MAX);
    assert_null(PyErr_Occurred());
    Py_DECREF(x);
    x = num("18446744073709551616");
    assert_true(PyLong_AsSize_t(x) == (size_t)-1);
    check_error(PyExc_OverflowError, "Python int too large to convert to C size_t");
    assert_true(PyLong_AsUnsignedLong(x) == (unsigned long)-1);
    check_error(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
    assert_true(PyLong_AsUnsignedLongLongMask(x) == 0);
    Py_DECREF(x);
    x = num("-1");
    assert_true(PyLong_AsSize_t(x) == (size_t)-1);
    check_error(PyExc_OverflowError, "can't convert negative value to size_t");
    assert_true(PyLong_AsUnsignedLong(x) == (unsigned long)-1);
    check_error(PyExc_OverflowError, "can't convert negative value to unsigned int");
    assert_true(PyLong_AsUnsignedLongLongMask(x) == UINT64_MAX);
    Py_DECREF(x);
    // The mask keeps the low 64 bits of the two's complement: -(2**64 + 5) -> 2**64 - 5.
    x = num("-18446744073709551621");
    assert_true(PyLong_AsUnsignedLongLongMask(x) == UINT64_MAX - 4);
    Py_DECREF(x);
    x = num("340282366920938463463374607431768211461"); // 2**128 + 5
    assert_true(PyLong_AsUnsignedLongLongMask(x) == 5);
    Py_DECREF(x);
}

static void
test_int_as_double_rounds_half_to_even(void **state)
{
    for (size_t i = 0; i < N_CASES(double_cases); i++) {
        PyObject *x = num(double_cases[i].x);
        double d = PyLong_AsDouble(x);
        if (d != double_cases[i].d)
            fail_msg("float(%s): got %a, expected %a", double_cases[i].x, d, double_cases[i].d);
        Py_DECREF(x);
    }
    PyObject *a = power(2, 1024), *b = power(2, 970), *one = PyLong_FromLong(1);
    PyObject *c = PyNumber_Subtract(a, b), *d = PyNumber_Subtract(c, one);
    assert_true(PyLong_AsDouble(d) == 0x1.fffffffffffffp+1023); // 2**1024 - 2**970 - 1
    assert_true(PyLong_AsDouble(c) == -1.0);                    // rounds up to 2**1024
    check_error(PyExc_OverflowError, "int too large to convert to float");
    assert_true(PyLong_AsDouble(a) == -1.0);
    check_error(PyExc_OverflowError, "int too large to convert to float");
    PyObject *s = PyUnicode_FromString("1");
    assert_true(PyLong_AsDouble(s) == -1.0);
    check_error(PyExc_TypeError, "an integer is required");
    Py_DECREF(s);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(d);
    Py_DECREF(one);
}

static void
test_int_from_double_truncates(void **state)
{
    for (size_t i = 0; i < N_CASES(from_double_cases); i++)
        check_int(PyLong_FromDouble(from_double_cases[i].d), from_double_cases[i].x);
    assert_null(PyLong_FromDouble(NAN));
    check_error(PyExc_ValueError, "cannot convert float NaN to integer");
    assert_null(PyLong_FromDouble(INFINITY));
    check_error(PyExc_OverflowError, "cannot convert float infinity to integer");
    assert_null(PyLong_FromDouble(-INFINITY));
    check_error(PyExc_OverflowError, "cannot convert float infinity to integer");
}

static void
test_int_hash_matches_cpython(void **state)
{
    for (size_t i = 0; i < N_CASES(hash_cases); i++) {
        PyObject *x = num(hash_cases[i].x);
        Py_hash_t h = PyObject_Hash(x);
        if (h != hash_cases[i].hash)
            fail_msg("hash(%s): got %zd, expected %lld", hash_cases[i].x, h, hash_cases[i].hash);
        Py_DECREF(x);
    }
    // 2**1000 - 1 needs the modular reduction of a many-limb number.
    PyObject *p = power(2, 1000), *one = PyLong_FromLong(1);
    PyObject *x = PyNumber_Subtract(p, one);
    assert_int_equal(PyObject_Hash(x), 16777215);
    Py_DECREF(x);
    Py_DECREF(p);
    Py_DECREF(one);
}

static void
test_int_compare_orders_words_and_big_values(void **state)
{
    const char *sorted[] = {"-340282366920938463463374607431768211456",
                            "-9223372036854775809",
                            "-9223372036854775808",
                            "-1",
                            "0",
                            "9223372036854775807",
                            "9223372036854775808",
                            "340282366920938463463374607431768211456"};
    size_t n = N_CASES(sorted);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            PyObject *a = num(sorted[i]), *b = num(sorted[j]);
            int expected = (i > j) - (i < j);
            assert_int_equal(rt_int_compare(a, b), expected);
            static const int ops[] = {Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE};
            const int truth[] = {
                expected<0, expected <= 0, expected == 0, expected != 0, expected> 0,
                expected >= 0};
            for (int k = 0; k < 6; k++) {
                PyObject *r = PyLong_Type.tp_richcompare(a, b, ops[k]);
                assert_ptr_equal(r, truth[k] ? Py_True : Py_False);
                Py_DECREF(r);
            }
            Py_DECREF(a);
            Py_DECREF(b);
        }
    }
}

static void
test_int_richcompare_leaves_other_types_to_them(void **state)
{
    PyObject *i = PyLong_FromLong(1), *f = PyFloat_FromDouble(1.0), *s = PyUnicode_FromString("1");
    PyObject *r = PyLong_Type.tp_richcompare(i, f, Py_EQ);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    r = PyLong_Type.tp_richcompare(i, s, Py_LT);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    // True == 1: bool is an int.
    r = PyLong_Type.tp_richcompare(i, Py_True, Py_EQ);
    assert_ptr_equal(r, Py_True);
    Py_DECREF(r);
    Py_DECREF(i);
    Py_DECREF(f);
    Py_DECREF(s);
}

static void
test_int_compare_double_is_exact(void **state)
{
    PyObject *x = num("9007199254740993"); // 2**53 + 1: float(x) == 2**53, but x > 2**53
    assert_int_equal(rt_int_compare_double(x, 9007199254740992.0), 1);
    assert_int_equal(rt_int_compare_double(x, 9007199254740994.0), -1);
    assert_int_equal(rt_int_compare_double(x, INFINITY), -1);
    assert_int_equal(rt_int_compare_double(x, -INFINITY), 1);
    Py_DECREF(x);
    x = power(2, 1100);
    assert_int_equal(rt_int_compare_double(x, 1.7976931348623157e308), 1);
    assert_int_equal(rt_int_compare_double(x, INFINITY), -1);
    Py_DECREF(x);
    x = PyLong_FromLong(-3);
    assert_int_equal(rt_int_compare_double(x, -3.0), 0);
    assert_int_equal(rt_int_compare_double(x, -2.5), -1);
    assert_int_equal(rt_int_compare_double(x, -3.5), 1);
    Py_DECREF(x);
}

static void
test_int_sign_and_bit_length(void **state)
{
    static const struct {
        const char *x;
        int sign;
        size_t bits;
    } cases[] = {{"0", 0, 0},
                 {"1", 1, 1},
                 {"-1", -1, 1},
                 {"255", 1, 8},
                 {"-256", -1, 9},
                 {"9223372036854775807", 1, 63},
                 {"-9223372036854775808", -1, 64},
                 {"9223372036854775808", 1, 64},
                 {"-18446744073709551616", -1, 65},
                 {"1606938044258990275541962092341162602522202993782792835301376", 1, 201}};
    for (size_t i = 0; i < N_CASES(cases); i++) {
        PyObject *x = num(cases[i].x);
        assert_int_equal(rt_int_sign(x), cases[i].sign);
        assert_int_equal(rt_int_bit_length(x), cases[i].bits);
        Py_DECREF(x);
    }
}

static void
test_int_type_flags_follow_cpython(void **state)
{
    assert_true(PyType_HasFeature(&PyLong_Type, Py_TPFLAGS_BASETYPE));
    assert_true(PyType_HasFeature(&PyLong_Type, Py_TPFLAGS_LONG_SUBCLASS));
    assert_false(PyType_HasFeature(&PyLong_Type, Py_TPFLAGS_HAVE_GC));
    assert_string_equal(PyLong_Type.tp_name, "int");
    PyObject *x = PyLong_FromLong(12345);
    assert_true(PyLong_Check(x) && PyLong_CheckExact(x));
    // str(int) is its repr (int has no tp_str of its own, so subclasses' __repr__ applies)
    PyObject *s = PyObject_Str(x);
    assert_string_equal(PyUnicode_AsUTF8(s), "12345");
    Py_DECREF(s);
    Py_DECREF(x);
}

// A static subclass of int standing in for `class MyInt(int): pass`.
static PyTypeObject myint_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "MyInt",
    .tp_basicsize = sizeof(PyLongObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_base = &PyLong_Type,
};

static void
test_int_subclass_instances_keep_their_type_and_value(void **state)
{
    assert_int_equal(PyType_Ready(&myint_type), 0);
    assert_true(PyType_HasFeature(&myint_type, Py_TPFLAGS_LONG_SUBCLASS));
    const char *values[] = {"-7", "123456789012345678901234567890"};
    for (int i = 0; i < 2; i++) {
        PyObject *arg = PyUnicode_FromString(values[i]);
        PyObject *args = PyTuple_Pack(1, arg);
        PyObject *o = PyObject_Call((PyObject *)&myint_type, args, NULL);
        assert_non_null(o);
        assert_ptr_equal(Py_TYPE(o), &myint_type);
        assert_true(PyLong_Check(o) && !PyLong_CheckExact(o));
        // int(o), +o and operator.index(o) give exact ints; arithmetic too.
        check_int(PyNumber_Index(o), values[i]);
        check_int(PyNumber_Positive(o), values[i]);
        check_int(PyNumber_Long(o), values[i]);
        PyObject *zero = PyLong_FromLong(0);
        check_int(PyNumber_Add(o, zero), values[i]);
        Py_DECREF(zero);
        Py_DECREF(o);
        Py_DECREF(args);
        Py_DECREF(arg);
    }
}

// int.__round__ through rt_int_round: ndigits < 0 rounds half to even at 10**-ndigits.
static void
test_int_round_half_to_even_with_negative_ndigits(void **state)
{
    static const struct {
        const char *v;
        long ndigits;
        const char *repr;
    } cases[] = {
        {"1250", -2, "1200"}, {"1350", -2, "1400"}, {"-1250", -2, "-1200"}, {"15", -1, "20"},
        {"7", 3, "7"},        {"1180591620722411303424", -10, "1180591620720000000000"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *v = PyLong_FromString(cases[i].v, NULL, 10);
        PyObject *nd = PyLong_FromLong(cases[i].ndigits);
        PyObject *r = rt_int_round(v, nd);
        assert_non_null(r);
        PyObject *text = PyObject_Repr(r);
        assert_string_equal(PyUnicode_AsUTF8(text), cases[i].repr);
        Py_DECREF(text);
        Py_DECREF(r);
        Py_DECREF(nd);
        Py_DECREF(v);
    }
}

static void
test_int_as_int_checks_the_c_int_range(void **state)
{
    PyObject *ok = PyLong_FromLong(INT_MIN), *big = PyLong_FromLong((long)INT_MAX + 1);
    assert_int_equal(PyLong_AsInt(ok), INT_MIN);
    assert_int_equal(PyLong_AsInt(big), -1);
    assert_non_null(PyErr_Occurred());
    PyErr_Clear();
    Py_DECREF(ok);
    Py_DECREF(big);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_small_ints_are_shared_immortal_objects),
        cmocka_unit_test(test_int_from_c_integers_at_the_limits),
        cmocka_unit_test(test_int_as_long_reports_overflow),
        cmocka_unit_test(test_int_as_unsigned_conversions),
        cmocka_unit_test(test_int_as_double_rounds_half_to_even),
        cmocka_unit_test(test_int_from_double_truncates),
        cmocka_unit_test(test_int_hash_matches_cpython),
        cmocka_unit_test(test_int_compare_orders_words_and_big_values),
        cmocka_unit_test(test_int_richcompare_leaves_other_types_to_them),
        cmocka_unit_test(test_int_compare_double_is_exact),
        cmocka_unit_test(test_int_sign_and_bit_length),
        cmocka_unit_test(test_int_type_flags_follow_cpython),
        cmocka_unit_test(test_int_subclass_instances_keep_their_type_and_value),
        cmocka_unit_test(test_int_round_half_to_even_with_negative_ndigits),
        cmocka_unit_test(test_int_as_int_checks_the_c_int_range),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
