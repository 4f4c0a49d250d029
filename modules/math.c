// math.c: the math module: its table and constants, and the functions of one or two floats
// over libm with CPython 3.11's special cases and errors ("math domain error" ValueError,
// "math range error" OverflowError). Gamma, sums, norms and isclose are in math_float.c, the
// functions of integers in math_integer.c.
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"
#include "modules/modules.h"
#include "modules/math_internal.h"

// ---- helpers shared with the other files ------------------------------------------------------

int
mod_math_is_error(double r)
{
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ValueError, "math domain error");
        return 1;
    }
    if (errno == ERANGE) {
        // libms may report underflow as ERANGE too; a small result is an underflow (1.5 and
        // not 1.0 because expm1 underflows towards -1).
        if (fabs(r) < 1.5)
            return 0;
        PyErr_SetString(PyExc_OverflowError, "math range error");
        return 1;
    }
    PyErr_SetFromErrno(PyExc_ValueError);
    return 1;
}

// ---- wrappers of libm functions ---------------------------------------------------------------

// f(x) for a function without singularities: a NaN from a non-NaN is a domain error, an
// infinity from a finite x is an overflow when can_overflow, else a domain error (a pole).
static PyObject *
math_1(PyObject *arg, double (*f)(double), int can_overflow)
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        PyErr_SetString(PyExc_ValueError, "math domain error");
        return NULL;
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            PyErr_SetString(PyExc_OverflowError, "math range error");
        else
            PyErr_SetString(PyExc_ValueError, "math domain error");
        return NULL;
    }
    if (isfinite(r) && errno && mod_math_is_error(r))
        return NULL;
    return PyFloat_FromDouble(r);
}

// f(x) for a function that sets errno itself (EDOM, ERANGE).
static PyObject *
math_1a(PyObject *arg, double (*f)(double))
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    errno = 0;
    double r = f(x);
    if (errno && mod_math_is_error(r))
        return NULL;
    return PyFloat_FromDouble(r);
}

// Both arguments of a two-float function as doubles: 0, or -1 with an error set.
static int
two_doubles(const char *name, PyObject *const *args, Py_ssize_t nargs, double *x, double *y)
{
    if (!rt_call_check_positional(name, nargs, 2, 2))
        return -1;
    *x = PyFloat_AsDouble(args[0]);
    if (*x == -1.0 && PyErr_Occurred())
        return -1;
    *y = PyFloat_AsDouble(args[1]);
    if (*y == -1.0 && PyErr_Occurred())
        return -1;
    return 0;
}

// f(x, y): a NaN from non-NaNs is a domain error, an infinity from finite values an overflow.
static PyObject *
math_2(PyObject *const *args, Py_ssize_t nargs, double (*f)(double, double), const char *name)
{
    double x, y;
    if (two_doubles(name, args, nargs, &x, &y) < 0)
        return NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && mod_math_is_error(r))
        return NULL;
    return PyFloat_FromDouble(r);
}

// atan2 with C99's special values, whatever the platform does.
static double
m_atan2(double y, double x)
{
    if (isnan(x) || isnan(y))
        return NAN;
    if (isinf(y)) {
        if (isinf(x))
            return copysign(signbit(x) ? 0.75 * M_PI : 0.25 * M_PI, y);
        return copysign(0.5 * M_PI, y);
    }
    if (isinf(x) || y == 0.0)
        return signbit(x) ? copysign(M_PI, y) : copysign(0.0, y);
    return atan2(y, x);
}

// IEEE remainder: x - n*y with n the nearest integer to x/y, ties to even; always exact.
static double
m_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0)
            return NAN;
        double absx = fabs(x), absy = fabs(y);
        double m = fmod(absx, absy);
        // Compare m with absy - m rather than with absy / 2, which may not be exact.
        double c = absy - m, r;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else // halfway: keep m if the quotient is even, else go the other way
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    if (isinf(x))
        return NAN;
    return x;
}

// log with the special cases made explicit (errno EDOM for 0 and negatives).
static double
m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

// log2 and log10 share m_log's special cases.
static double
m_log_base(double x, double (*f)(double))
{
    if (isfinite(x) && x > 0.0)
        return f(x);
    if (isnan(x) || (isinf(x) && x > 0.0))
        return x;
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double
m_log2(double x)
{
    return m_log_base(x, log2);
}

static double
m_log10(double x)
{
    return m_log_base(x, log10);
}

static double
m_erf(double x)
{
    return erf(x);
}

static double
m_erfc(double x)
{
    return erfc(x);
}

#define FUNC1(name, f, can_overflow)                                                           \
    static PyObject *math_##name(PyObject *module, PyObject *x)                                \
    {                                                                                          \
        return math_1(x, f, can_overflow);                                                     \
    }
#define FUNC1A(name, f)                                                                        \
    static PyObject *math_##name(PyObject *module, PyObject *x)                                \
    {                                                                                          \
        return math_1a(x, f);                                                                  \
    }
#define FUNC2(name, f)                                                                         \
    static PyObject *math_##name(PyObject *module, PyObject *const *args, Py_ssize_t nargs)    \
    {                                                                                          \
        return math_2(args, nargs, f, #name);                                                  \
    }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1(log1p, log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)
FUNC1A(erf, m_erf)
FUNC1A(erfc, m_erfc)
FUNC1A(gamma, mod_math_tgamma)
FUNC1A(lgamma, mod_math_lgamma)
FUNC2(atan2, m_atan2)
FUNC2(copysign, copysign)
FUNC2(remainder, m_remainder)

// ---- rounding to integers ---------------------------------------------------------------------

// o.<name>() when o's type defines the special method (looked up on the type, as CPython's
// _PyObject_LookupSpecial): a new reference, or NULL with no error set when it does not
// (NULL with an error if the lookup or call failed).
static PyObject *
call_special(PyObject *o, const char *name)
{
    PyObject *s = PyUnicode_InternFromString(name);
    PyObject *f = s != NULL ? rt_type_lookup_special(o, s) : NULL;
    Py_XDECREF(s);
    if (f == NULL)
        return NULL;
    PyObject *r = PyObject_CallNoArgs(f);
    Py_DECREF(f);
    return r;
}

// floor and ceil: exact floats directly, ints as themselves, else __floor__/__ceil__, else
// the float value of the object.
static PyObject *
round_to_int(PyObject *x, const char *special, double (*f)(double))
{
    double v;
    if (PyFloat_CheckExact(x))
        return PyLong_FromDouble(f(PyFloat_AS_DOUBLE(x)));
    if (PyLong_Check(x))
        return PyNumber_Index(x);
    PyObject *r = call_special(x, special);
    if (r != NULL || PyErr_Occurred())
        return r;
    v = PyFloat_AsDouble(x);
    if (v == -1.0 && PyErr_Occurred())
        return NULL;
    return PyLong_FromDouble(f(v));
}

static PyObject *
math_floor(PyObject *module, PyObject *x)
{
    return round_to_int(x, "__floor__", floor);
}

static PyObject *
math_ceil(PyObject *module, PyObject *x)
{
    return round_to_int(x, "__ceil__", ceil);
}

static PyObject *
math_trunc(PyObject *module, PyObject *x)
{
    if (PyFloat_CheckExact(x))
        return PyLong_FromDouble(PyFloat_AS_DOUBLE(x));
    if (PyLong_Check(x))
        return PyNumber_Index(x);
    PyObject *r = call_special(x, "__trunc__");
    if (r == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_TypeError, "type %.100s doesn't define __trunc__ method",
                     Py_TYPE(x)->tp_name);
    return r;
}

// ---- decomposition ----------------------------------------------------------------------------

static PyObject *
float_pair(double a, double b)
{
    PyObject *items[2] = {PyFloat_FromDouble(a), PyFloat_FromDouble(b)};
    if (items[0] == NULL || items[1] == NULL) {
        Py_XDECREF(items[0]);
        Py_XDECREF(items[1]);
        return NULL;
    }
    return rt_tuple_from_array_steal(items, 2);
}

static PyObject *
math_frexp(PyObject *module, PyObject *arg)
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    PyObject *items[2] = {PyFloat_FromDouble(x), PyLong_FromLong(e)};
    if (items[0] == NULL || items[1] == NULL) {
        Py_XDECREF(items[0]);
        Py_XDECREF(items[1]);
        return NULL;
    }
    return rt_tuple_from_array_steal(items, 2);
}

static PyObject *
math_ldexp(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("ldexp", nargs, 2, 2))
        return NULL;
    double x = PyFloat_AsDouble(args[0]);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    if (!PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int overflow;
    long exp = PyLong_AsLongAndOverflow(args[1], &overflow);
    if (exp == -1 && PyErr_Occurred())
        return NULL;
    if (overflow)
        exp = overflow < 0 ? LONG_MIN : LONG_MAX;
    double r;
    errno = 0;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (exp > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (exp < INT_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)exp);
        errno = isinf(r) ? ERANGE : 0;
    }
    if (errno && mod_math_is_error(r))
        return NULL;
    return PyFloat_FromDouble(r);
}

static PyObject *
math_modf(PyObject *module, PyObject *arg)
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    if (isinf(x))
        return float_pair(copysign(0.0, x), x);
    if (isnan(x))
        return float_pair(x, x);
    double ip;
    double frac = modf(x, &ip);
    return float_pair(frac, ip);
}

// ---- logarithms -------------------------------------------------------------------------------

// An int n > 0 as m * 2**e with 0.5 <= m < 1 correctly rounded (CPython's _PyLong_Frexp),
// for ints beyond the range of double.
static int
int_frexp(PyObject *n, double *m, Py_ssize_t *e)
{
    size_t bits = rt_int_bit_length(n);
    // Keep 55 bits and fold the rest into a sticky bit, so one rounding gives the nearest.
    PyObject *shift = PyLong_FromSize_t(bits - 55);
    PyObject *top = shift ? PyNumber_Rshift(n, shift) : NULL;
    PyObject *back = top ? PyNumber_Lshift(top, shift) : NULL;
    Py_XDECREF(shift);
    if (back == NULL) {
        Py_XDECREF(top);
        return -1;
    }
    int sticky = rt_int_compare(back, n) != 0;
    Py_DECREF(back);
    long long t = PyLong_AsLongLong(top) | sticky;
    Py_DECREF(top);
    *m = ldexp((double)t, -55);
    *e = (Py_ssize_t)bits;
    if (*m == 1.0) {
        *m = 0.5;
        (*e)++;
    }
    return 0;
}

// f(x) for log, log2 and log10: ints of any size are handled here, the rest by math_1.
static PyObject *
loghelper(PyObject *arg, double (*f)(double))
{
    if (!PyLong_Check(arg))
        return math_1(arg, f, 0);
    if (rt_int_sign(arg) <= 0) {
        PyErr_SetString(PyExc_ValueError, "math domain error");
        return NULL;
    }
    double x = PyLong_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError))
            return NULL;
        PyErr_Clear();
        Py_ssize_t e;
        if (int_frexp(arg, &x, &e) < 0)
            return NULL;
        return PyFloat_FromDouble(f(x) + f(2.0) * (double)e);
    }
    return PyFloat_FromDouble(f(x));
}

static PyObject *
math_log(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        PyErr_SetString(PyExc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    PyObject *num = loghelper(args[0], m_log);
    if (num == NULL || nargs == 1)
        return num;
    PyObject *den = loghelper(args[1], m_log);
    if (den == NULL) {
        Py_DECREF(num);
        return NULL;
    }
    PyObject *r = PyNumber_TrueDivide(num, den);
    Py_DECREF(num);
    Py_DECREF(den);
    return r;
}

static PyObject *
math_log2(PyObject *module, PyObject *x)
{
    return loghelper(x, m_log2);
}

static PyObject *
math_log10(PyObject *module, PyObject *x)
{
    return loghelper(x, m_log10);
}

// ---- other functions of floats ----------------------------------------------------------------

static PyObject *
math_fmod(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return PyFloat_FromDouble(x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && mod_math_is_error(r))
        return NULL;
    return PyFloat_FromDouble(r);
}

// x**y for the non-finite cases, as C99 Annex F specifies them.
static double
pow_special(double x, double y)
{
    if (isnan(x))
        return y == 0.0 ? 1.0 : x;
    if (isnan(y))
        return x == 1.0 ? 1.0 : y;
    if (isinf(x)) {
        int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0.0)
            return odd_y ? x : fabs(x);
        if (y == 0.0)
            return 1.0;
        return odd_y ? copysign(0.0, x) : 0.0;
    }
    // y is infinite
    if (fabs(x) == 1.0)
        return 1.0;
    if (y > 0.0 && fabs(x) > 1.0)
        return y;
    if (y < 0.0 && fabs(x) < 1.0)
        return -y;
    return 0.0;
}

static PyObject *
math_pow(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    double x, y, r;
    if (two_doubles("pow", args, nargs, &x, &y) < 0)
        return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        r = pow_special(x, y);
    } else {
        r = pow(x, y);
        // NaN only from a negative base to a non-integer; infinity from 0 to a negative power
        // (a pole) or from overflow.
        if (isnan(r))
            errno = EDOM;
        else if (isinf(r))
            errno = x == 0.0 ? EDOM : ERANGE;
        else
            errno = 0;
    }
    if (errno && mod_math_is_error(r))
        return NULL;
    return PyFloat_FromDouble(r);
}

static PyObject *
math_degrees(PyObject *module, PyObject *arg)
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(x * (180.0 / M_PI));
}

static PyObject *
math_radians(PyObject *module, PyObject *arg)
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(x * (M_PI / 180.0));
}

// isfinite, isinf and isnan of the float value.
static PyObject *
classify(PyObject *arg, int which)
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}

static PyObject *
math_isfinite(PyObject *module, PyObject *x)
{
    return classify(x, 0);
}

static PyObject *
math_isinf(PyObject *module, PyObject *x)
{
    return classify(x, 1);
}

static PyObject *
math_isnan(PyObject *module, PyObject *x)
{
    return classify(x, 2);
}

static PyObject *
math_nextafter(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    double x, y;
    if (two_doubles("nextafter", args, nargs, &x, &y) < 0)
        return NULL;
    return PyFloat_FromDouble(nextafter(x, y));
}

static PyObject *
math_ulp(PyObject *module, PyObject *arg)
{
    double x = PyFloat_AsDouble(arg);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    if (isnan(x))
        return PyFloat_FromDouble(x);
    x = fabs(x);
    if (isinf(x))
        return PyFloat_FromDouble(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) // x is the largest finite float: measure the gap below it
        return PyFloat_FromDouble(x - nextafter(x, -INFINITY));
    return PyFloat_FromDouble(up - x);
}

// ---- the module -------------------------------------------------------------------------------

#define M_O(name, doc) {#name, (PyCFunction)math_##name, METH_O, #name "($module, x, /)\n--\n\n" doc}
#define M_2(name, args, doc)                                                                   \
    {#name, (PyCFunction)(void (*)(void))math_##name, METH_FASTCALL,                           \
     #name "($module, " args ", /)\n--\n\n" doc}

static PyMethodDef math_methods[] = {
    M_O(acos, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."),
    M_O(acosh, "Return the inverse hyperbolic cosine of x."),
    M_O(asin, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    M_O(asinh, "Return the inverse hyperbolic sine of x."),
    M_O(atan, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    M_2(atan2, "y, x", "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."),
    M_O(atanh, "Return the inverse hyperbolic tangent of x."),
    M_O(cbrt, "Return the cube root of x."),
    M_O(ceil, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."),
    {"comb", (PyCFunction)(void (*)(void))mod_math_comb, METH_FASTCALL,
     "comb($module, n, k, /)\n--\n\nNumber of ways to choose k items from n items without "
     "repetition and without order."},
    M_2(copysign, "x, y", "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M_O(cos, "Return the cosine of x (measured in radians)."),
    M_O(cosh, "Return the hyperbolic cosine of x."),
    M_O(degrees, "Convert angle x from radians to degrees."),
    {"dist", (PyCFunction)(void (*)(void))mod_math_dist, METH_FASTCALL,
     "dist($module, p, q, /)\n--\n\nReturn the Euclidean distance between two points p and q."},
    M_O(erf, "Error function at x."),
    M_O(erfc, "Complementary error function at x."),
    M_O(exp, "Return e raised to the power of x."),
    M_O(exp2, "Return 2 raised to the power of x."),
    M_O(expm1, "Return exp(x)-1."),
    M_O(fabs, "Return the absolute value of the float x."),
    {"factorial", (PyCFunction)mod_math_factorial, METH_O,
     "factorial($module, n, /)\n--\n\nFind n!.\n\nRaise a ValueError if x is negative or "
     "non-integral."},
    M_O(floor, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."),
    M_2(fmod, "x, y", "Return fmod(x, y), according to platform C.\n\nx % y may differ."),
    M_O(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    {"fsum", (PyCFunction)mod_math_fsum, METH_O,
     "fsum($module, seq, /)\n--\n\nReturn an accurate floating point sum of values in the "
     "iterable seq."},
    M_O(gamma, "Gamma function at x."),
    {"gcd", (PyCFunction)(void (*)(void))mod_math_gcd, METH_FASTCALL,
     "gcd($module, *integers)\n--\n\nGreatest Common Divisor."},
    {"hypot", (PyCFunction)(void (*)(void))mod_math_hypot, METH_FASTCALL,
     "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a "
     "point."},
    {"isclose", (PyCFunction)(void (*)(void))mod_math_isclose, METH_FASTCALL | METH_KEYWORDS,
     "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two "
     "floating point numbers are close in value."},
    M_O(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M_O(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    M_O(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    {"isqrt", (PyCFunction)mod_math_isqrt, METH_O,
     "isqrt($module, n, /)\n--\n\nReturn the integer part of the square root of the input."},
    {"lcm", (PyCFunction)(void (*)(void))mod_math_lcm, METH_FASTCALL,
     "lcm($module, *integers)\n--\n\nLeast Common Multiple."},
    M_2(ldexp, "x, i", "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."),
    M_O(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    {"log", (PyCFunction)(void (*)(void))math_log, METH_FASTCALL,
     "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not "
     "specified, returns the natural logarithm (base e) of x."},
    M_O(log10, "Return the base 10 logarithm of x."),
    M_O(log1p, "Return the natural logarithm of 1+x (base e)."),
    M_O(log2, "Return the base 2 logarithm of x."),
    M_O(modf, "Return the fractional and integer parts of x."),
    M_2(nextafter, "x, y", "Return the next floating-point value after x towards y."),
    {"perm", (PyCFunction)(void (*)(void))mod_math_perm, METH_FASTCALL,
     "perm($module, n, k=None, /)\n--\n\nNumber of ways to choose k items from n items "
     "without repetition and with order."},
    M_2(pow, "x, y", "Return x**y (x to the power of y)."),
    {"prod", (PyCFunction)(void (*)(void))mod_math_prod, METH_FASTCALL | METH_KEYWORDS,
     "prod($module, iterable, /, *, start=1)\n--\n\nCalculate the product of all the elements "
     "in the input iterable."},
    M_O(radians, "Convert angle x from degrees to radians."),
    M_2(remainder, "x, y", "Difference between x and the closest integer multiple of y."),
    M_O(sin, "Return the sine of x (measured in radians)."),
    M_O(sinh, "Return the hyperbolic sine of x."),
    M_O(sqrt, "Return the square root of x."),
    M_O(tan, "Return the tangent of x (measured in radians)."),
    M_O(tanh, "Return the hyperbolic tangent of x."),
    M_O(trunc, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ "
               "magic method."),
    M_O(ulp, "Return the value of the least significant bit of the float x."),
    {NULL, NULL, 0, NULL},
};

PyObject *
PyInit_math(void)
{
    PyObject *m = rt_module_create("math", math_methods,
                                   "This module provides access to the mathematical functions\n"
                                   "defined by the C standard.");
    if (m == NULL)
        return NULL;
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2.0 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        PyObject *v = PyFloat_FromDouble(constants[i].value);
        int r = PyModule_AddObjectRef(m, constants[i].name, v);
        Py_XDECREF(v);
        if (r < 0) {
            Py_DECREF(m);
            return NULL;
        }
    }
    return m;
}
