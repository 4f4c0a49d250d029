// test_math.c: tests of modules/math.c, math_float.c and math_integer.c. Each expression is
// evaluated by the interpreter with `math` bound to the module; the expected reprs and
// messages ("Type: message") were printed by CPython 3.11 for the same expressions.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "modules/modules.h"
#include "tests/unit/vm/vm_testing.h"

static int
setup(void **state)
{
    if (vm_test_builtins_setup() < 0)
        return -1;
    PyObject *m = PyInit_math();
    if (m == NULL || PyDict_SetItemString(vm_test_globals, "math", m) < 0)
        return -1;
    Py_DECREF(m);
    return 0;
}

static const VmTestCase cases[] = {
    {"math.sqrt(2)", "1.4142135623730951"},
    {"math.sqrt(-1)", "ValueError: math domain error"},
    {"math.sqrt(-0.0)", "-0.0"},
    {"math.sqrt(\"x\")", "TypeError: must be real number, not str"},
    {"math.sqrt(2**2000)", "OverflowError: int too large to convert to float"},
    {"math.exp(1)", "2.718281828459045"},
    {"math.exp(1000)", "OverflowError: math range error"},
    {"math.exp(-1000)", "0.0"},
    {"math.exp2(10)", "1024.0"},
    {"math.expm1(1e-10)", "1.00000000005e-10"},
    {"math.expm1(1000)", "OverflowError: math range error"},
    {"math.log(10)", "2.302585092994046"},
    {"math.log(0)", "ValueError: math domain error"},
    {"math.log(-1)", "ValueError: math domain error"},
    {"math.log(8, 2)", "3.0"},
    {"math.log(10, 1)", "ZeroDivisionError: float division by zero"},
    {"math.log(2**2000)", "1386.2943611198907"},
    {"math.log(2**2000, 2)", "2000.0000000000002"},
    {"math.log(10**400, 10)", "399.99999999999994"},
    {"math.log(True)", "0.0"},
    {"math.log2(2**3000)", "3000.0"},
    {"math.log2(0)", "ValueError: math domain error"},
    {"math.log10(10**400)", "400.0"},
    {"math.log10(-2**2000)", "ValueError: math domain error"},
    {"math.log1p(-1)", "ValueError: math domain error"},
    {"math.log1p(1e-20)", "1e-20"},
    {"math.pow(2, 0.5)", "1.4142135623730951"},
    {"math.pow(0, -1)", "ValueError: math domain error"},
    {"math.pow(-1, 0.5)", "ValueError: math domain error"},
    {"math.pow(10, 400)", "OverflowError: math range error"},
    {"math.pow(math.nan, 0)", "1.0"},
    {"math.pow(1, math.nan)", "1.0"},
    {"math.pow(-1, math.inf)", "1.0"},
    {"math.pow(math.inf, -1)", "0.0"},
    {"math.fabs(-2)", "2.0"},
    {"math.floor(-0.5)", "-1"},
    {"math.ceil(-0.5)", "0"},
    {"math.floor(1e300)", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"},
    {"math.floor(math.inf)", "OverflowError: cannot convert float infinity to integer"},
    {"math.floor(math.nan)", "ValueError: cannot convert float NaN to integer"},
    {"math.floor(2**70)", "1180591620717411303424"},
    {"math.ceil(True)", "1"},
    {"math.floor(\"a\")", "TypeError: must be real number, not str"},
    {"math.trunc(-2.7)", "-2"},
    {"math.trunc(1e100)", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"},
    {"math.trunc(\"a\")", "TypeError: type str doesn't define __trunc__ method"},
    // __floor__/__ceil__/__trunc__ are looked up on the type, not through __getattr__.
    {"math.floor(type('A', (), {'__getattr__': lambda self, n: lambda: 42})())", "TypeError: must be real number, not A"},
    {"math.ceil(type('A', (), {'__getattr__': lambda self, n: lambda: 42})())", "TypeError: must be real number, not A"},
    {"math.trunc(type('A', (), {'__getattr__': lambda self, n: lambda: 42})())", "TypeError: type A doesn't define __trunc__ method"},
    {"math.copysign(1, -0.0)", "-1.0"},
    {"math.fmod(5, math.inf)", "5.0"},
    {"math.fmod(1, 0)", "ValueError: math domain error"},
    {"math.fmod(-0.0, 1)", "-0.0"},
    {"math.remainder(5, 2)", "1.0"},
    {"math.remainder(7, 2)", "-1.0"},
    {"math.remainder(-7, 2)", "1.0"},
    {"math.remainder(1, 0)", "ValueError: math domain error"},
    {"math.modf(-1.5)", "(-0.5, -1.0)"},
    {"math.modf(math.inf)", "(0.0, inf)"},
    {"math.frexp(0.0)", "(0.0, 0)"},
    {"math.frexp(2**1000)", "(0.5, 1001)"},
    {"math.frexp(math.inf)", "(inf, 0)"},
    {"math.ldexp(1.0, 1.5)", "TypeError: Expected an int as second argument to ldexp."},
    {"math.ldexp(1.0, 2**100)", "OverflowError: math range error"},
    {"math.ldexp(1.0, -2**100)", "0.0"},
    {"math.ldexp(2**1000, 5)", "3.4288275429960554e+302"},
    {"math.isfinite(2**2000)", "OverflowError: int too large to convert to float"},
    {"math.isinf(1e308*10)", "True"},
    {"math.isnan(math.nan)", "True"},
    {"math.isclose(1, 1.0000000001)", "True"},
    {"math.isclose(1, 2, rel_tol=-1)", "ValueError: tolerances must be non-negative"},
    {"math.isclose(1, 2, 3)", "TypeError: isclose() takes exactly 2 positional arguments (3 given)"},
    {"math.isclose(1)", "TypeError: isclose() missing required argument 'b' (pos 2)"},
    {"math.isclose(a=1, b=1)", "True"},
    {"math.isclose(1, b=1, x=2)", "TypeError: 'x' is an invalid keyword argument for isclose()"},
    {"math.isclose(math.inf, math.inf)", "True"},
    {"math.isclose(0.0, 1e-10, abs_tol=1e-9)", "True"},
    {"math.gcd()", "0"},
    {"math.gcd(12, -18, 27)", "3"},
    {"math.gcd(2**100, 2**80 * 3)", "1208925819614629174706176"},
    {"math.gcd(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"math.lcm()", "1"},
    {"math.lcm(4, -6)", "12"},
    {"math.lcm(2**64, 3)", "55340232221128654848"},
    {"math.factorial(0)", "1"},
    {"math.factorial(20)", "2432902008176640000"},
    {"math.factorial(25)", "15511210043330985984000000"},
    {"math.factorial(100)", "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000"},
    {"math.factorial(-1)", "ValueError: factorial() not defined for negative values"},
    {"math.factorial(5.0)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"math.factorial(2**64)", "OverflowError: factorial() argument should not exceed 9223372036854775807"},
    {"math.isqrt(10**40)", "100000000000000000000"},
    {"math.isqrt(2**64 - 1)", "4294967295"},
    {"math.isqrt(99)", "9"},
    {"math.isqrt(10**100 + 12345)", "100000000000000000000000000000000000000000000000000"},
    {"math.isqrt(-1)", "ValueError: isqrt() argument must be nonnegative"},
    {"math.isqrt(1.0)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"math.comb(10, 3)", "120"},
    {"math.comb(10**20, 3)", "166666666666666666661666666666666666666700000000000000000000"},
    {"math.comb(100, 50)", "100891344545564193334812497256"},
    {"math.comb(5, 7)", "0"},
    {"math.comb(5, -1)", "ValueError: k must be a non-negative integer"},
    {"math.comb(-5, 1)", "ValueError: n must be a non-negative integer"},
    {"math.comb(2**70, 2**65)", "OverflowError: min(n - k, k) must not exceed 9223372036854775807"},
    {"math.comb(5)", "TypeError: comb expected 2 arguments, got 1"},
    {"math.perm(5)", "120"},
    {"math.perm(5, None)", "120"},
    {"math.perm(10**20, 3)", "999999999999999999970000000000000000000200000000000000000000"},
    {"math.perm(30, 20)", "73096577329197271449600000"},
    {"math.perm(5, -1)", "ValueError: k must be a non-negative integer"},
    {"math.prod([1, 2, 3], start=2)", "12"},
    {"math.prod([])", "1"},
    {"math.prod([1.5, 2, 3])", "9.0"},
    {"math.prod([2**40, 2**40, 3])", "3626777458843887524118528"},
    {"math.prod(iterable=[1])", "TypeError: prod() takes exactly 1 positional argument (0 given)"},
    {"math.prod([1], 2)", "TypeError: prod() takes exactly 1 positional argument (2 given)"},
    {"math.fsum([0.1] * 10)", "1.0"},
    {"math.fsum([1e308, 1e308])", "OverflowError: intermediate overflow in fsum"},
    {"math.fsum([math.inf, -math.inf])", "ValueError: -inf + inf in fsum"},
    {"math.fsum([1e-16, 1, 1e16])", "1.0000000000000002e+16"},
    {"math.fsum([1, 1e100, 1, -1e100] * 10000)", "20000.0"},
    {"math.fsum([math.inf, 1])", "inf"},
    {"math.hypot()", "0.0"},
    {"math.hypot(3, 4)", "5.0"},
    {"math.hypot(3, 4, 12)", "13.0"},
    {"math.hypot(1e-320, 1e-320)", "1.414e-320"},
    {"math.hypot(math.inf, math.nan)", "inf"},
    {"math.hypot(\"a\")", "TypeError: must be real number, not str"},
    {"math.dist((1, 2), (4, 6))", "5.0"},
    {"math.dist((1, 2), (1, 2, 3))", "ValueError: both points must have the same number of dimensions"},
    {"math.dist(1, 2)", "TypeError: 'int' object is not iterable"},
    {"math.gamma(0.5)", "1.7724538509055159"},
    {"math.gamma(5)", "24.0"},
    {"math.gamma(4.5)", "11.631728396567446"},
    {"math.gamma(-2.5)", "-0.9453087204829417"},
    {"math.gamma(150.3)", "1.7112969992195767e+261"},
    {"math.gamma(171.5)", "9.483367566824801e+307"},
    {"math.gamma(200)", "OverflowError: math range error"},
    {"math.gamma(0)", "ValueError: math domain error"},
    {"math.gamma(-1)", "ValueError: math domain error"},
    {"math.gamma(-200.5)", "-0.0"},
    {"math.gamma(1e-300)", "9.999999999999999e+299"},
    {"math.gamma(-1e-321)", "OverflowError: math range error"},
    {"math.lgamma(0.5)", "0.5723649429247004"},
    {"math.lgamma(2.5)", "0.2846828704729196"},
    {"math.lgamma(100.5)", "361.4355404677776"},
    {"math.lgamma(-0.5)", "1.265512123484645"},
    {"math.lgamma(-2.5)", "-0.05624371649767457"},
    {"math.lgamma(1e-30)", "69.07755278982137"},
    {"math.lgamma(-1)", "ValueError: math domain error"},
    {"math.lgamma(1e308)", "OverflowError: math range error"},
    {"math.erf(0.5)", "0.5204998778130465"},
    {"math.erfc(0.5)", "0.4795001221869535"},
    {"math.erfc(30)", "0.0"},
    {"math.sin(1)", "0.8414709848078965"},
    {"math.cos(math.inf)", "ValueError: math domain error"},
    {"math.tan(1)", "1.5574077246549023"},
    {"math.asin(2)", "ValueError: math domain error"},
    {"math.acos(0.5)", "1.0471975511965979"},
    {"math.atan(1)", "0.7853981633974483"},
    {"math.atan2(1, 1)", "0.7853981633974483"},
    {"math.atan2(math.inf, -math.inf)", "2.356194490192345"},
    {"math.atan2(-0.0, -1)", "-3.141592653589793"},
    {"math.sinh(1)", "1.1752011936438014"},
    {"math.sinh(1000)", "OverflowError: math range error"},
    {"math.cosh(710)", "1.1169973830808557e+308"},
    {"math.tanh(0.5)", "0.46211715726000974"},
    {"math.asinh(1)", "0.881373587019543"},
    {"math.acosh(0)", "ValueError: math domain error"},
    {"math.atanh(1)", "ValueError: math domain error"},
    {"math.cbrt(-27)", "-3.0000000000000004"},
    {"math.degrees(math.pi)", "180.0"},
    {"math.radians(1)", "0.017453292519943295"},
    {"math.nextafter(1, 2)", "1.0000000000000002"},
    {"math.nextafter(0, -1)", "-5e-324"},
    {"math.nextafter(1)", "TypeError: nextafter expected 2 arguments, got 1"},
    {"math.ulp(1.0)", "2.220446049250313e-16"},
    {"math.ulp(0.0)", "5e-324"},
    {"math.ulp(-5e-324)", "5e-324"},
    {"math.ulp(1.7976931348623157e308)", "1.99584030953472e+292"},
    {"math.ulp(math.inf)", "inf"},
    {"(math.pi, math.e, math.tau, math.inf, -math.inf)", "(3.141592653589793, 2.718281828459045, 6.283185307179586, inf, -inf)"},
    {"math.sin()", "TypeError: math.sin() takes exactly one argument (0 given)"},
    {"math.log()", "TypeError: math.log requires 1 to 2 arguments"},
    {"math.pow(1)", "TypeError: pow expected 2 arguments, got 1"},
};

static void
test_math_functions_match_cpython(void **state)
{
    assert_cases_match(cases);
}

static void
test_math_module_has_every_cpython_name(void **state)
{
    static const char *const names[] = {
        "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb",
        "copysign", "cos", "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "exp2",
        "expm1", "fabs", "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd",
        "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp",
        "lgamma", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi",
        "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "tau",
        "trunc", "ulp"};
    PyObject *m = PyDict_GetItemString(vm_test_globals, "math");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        PyObject *v = PyObject_GetAttrString(m, names[i]);
        assert_non_null(v);
        Py_DECREF(v);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_math_functions_match_cpython),
        cmocka_unit_test(test_math_module_has_every_cpython_name),
    };
    return cmocka_run_group_tests(tests, setup, vm_test_builtins_teardown);
}
