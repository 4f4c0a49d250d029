// math_float.c: the math functions that need more than one libm call: gamma and lgamma (a
// Lanczos approximation, so results match CPython's bit for bit), the exact sum fsum
// (Shewchuk's partials), the norms behind hypot and dist, prod, and isclose.
#include <errno.h>
#include <math.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "modules/math_internal.h"

// ---- gamma ------------------------------------------------------------------------------------

static const double logpi = 1.144729885849400174143427351353058711647;

// sin(pi * x) for finite x, exact at the integers (the reflection formula needs that).
static double
sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break; // not -sin(pi*(y-1)): that gives -0.0 at y == 1
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// The Lanczos approximation with N = 13 and g = 6.024680040776729583740234375 (Boost's
// parameters, the ones CPython uses), written as a rational function of x.
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator x*(x+1)*...*(x+11) expanded.
static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

// gamma(1) .. gamma(23) exactly.
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

// The Lanczos sum for x > 0; in 1/x above 5 so that large x cannot overflow.
static double
lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// pow(y, e) applied to r by multiplication (or division), split in two square roots for
// large e so that the intermediate power cannot overflow.
static double
scale_by_pow(double r, double y, double absx, int divide)
{
    if (absx < 140.0) {
        double p = pow(y, absx - 0.5);
        return divide ? r / p : r * p;
    }
    double sqrtpow = pow(y, absx / 2.0 - 0.25);
    return divide ? r / sqrtpow / sqrtpow : r * sqrtpow * sqrtpow;
}

double
mod_math_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL)
            return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x);
    if (absx < 1e-20) { // gamma(x) ~ 1/x near 0
        double r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) { // overflows above 200; underflows to +-0 below -200
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    // x + g - 0.5 is inexact in general; z corrects the pow/exp below for its rounding error.
    double y = absx + lanczos_g_minus_half, z;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        r = scale_by_pow(r, y, absx, 1);
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        r = scale_by_pow(r, y, absx, 0);
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

double
mod_math_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM; // poles at the non-positive integers
            return HUGE_VAL;
        }
        return 0.0; // lgamma(1) == lgamma(2) == 0
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) // reflection formula
        r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

// ---- fsum -------------------------------------------------------------------------------------

// The double of an item: exact floats and ints without a call. 0, or -1 with an error.
static int
item_double(PyObject *o, double *out)
{
    if (PyFloat_CheckExact(o))
        *out = PyFloat_AS_DOUBLE(o);
    else
        *out = PyFloat_AsDouble(o);
    return *out == -1.0 && PyErr_Occurred() ? -1 : 0;
}

typedef struct {
    double *p;      // the partials: non-overlapping, increasing in magnitude
    Py_ssize_t n, m; // used and allocated
    double stack[32];
} Partials;

static int
partials_push(Partials *ps, double x)
{
    if (ps->n == ps->m) {
        size_t bytes = sizeof(double) * (size_t)ps->m * 2;
        double *q = ps->p == ps->stack ? PyMem_Malloc(bytes) : PyMem_Realloc(ps->p, bytes);
        if (q == NULL) {
            PyErr_SetString(PyExc_MemoryError, "math.fsum partials");
            return -1;
        }
        if (ps->p == ps->stack)
            memcpy(q, ps->stack, sizeof ps->stack);
        ps->p = q;
        ps->m *= 2;
    }
    ps->p[ps->n++] = x;
    return 0;
}

// Add x to the partials exactly: each step splits a sum into its rounded value and error.
static double
partials_add(Partials *ps, double x)
{
    Py_ssize_t i = 0;
    for (Py_ssize_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        // volatile: the compiler must not fold lo to zero algebraically
        volatile double hi = x + y;
        volatile double yr = hi - x;
        double lo = y - yr;
        if (lo != 0.0)
            ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    return x;
}

// The correctly rounded sum of the partials (half-even across partials).
static double
partials_total(Partials *ps)
{
    Py_ssize_t n = ps->n;
    if (n == 0)
        return 0.0;
    double *p = ps->p;
    volatile double hi = p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        volatile double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0)
            break;
    }
    // The partial below may tip a halfway case: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        volatile double x = hi + y;
        volatile double yr = x - hi;
        if (y == yr)
            hi = x;
    }
    return hi;
}

PyObject *
mod_math_fsum(PyObject *module, PyObject *seq)
{
    PyObject *it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    Partials ps = {.n = 0, .m = 32};
    ps.p = ps.stack;
    double special_sum = 0.0, inf_sum = 0.0;
    PyObject *item, *result = NULL;
    while ((item = PyIter_Next(it)) != NULL) {
        double x;
        int err = item_double(item, &x);
        Py_DECREF(item);
        if (err < 0)
            goto done;
        double xsave = x;
        x = partials_add(&ps, x);
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            // From an inf or nan summand, or from overflow of finite ones.
            if (isfinite(xsave)) {
                PyErr_SetString(PyExc_OverflowError, "intermediate overflow in fsum");
                goto done;
            }
            if (isinf(xsave))
                inf_sum += xsave;
            special_sum += xsave;
            ps.n = 0;
        } else if (partials_push(&ps, x) < 0) {
            goto done;
        }
    }
    if (PyErr_Occurred())
        goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            PyErr_SetString(PyExc_ValueError, "-inf + inf in fsum");
        else
            result = PyFloat_FromDouble(special_sum);
        goto done;
    }
    result = PyFloat_FromDouble(partials_total(&ps));
done:
    Py_DECREF(it);
    if (ps.p != ps.stack)
        PyMem_Free(ps.p);
    return result;
}

// ---- hypot and dist ---------------------------------------------------------------------------

// sqrt(sum(x*x for x in vec)) for vec >= 0 with maximum max, accurate and without
// overflow: power-of-two scaling, exact squares by Veltkamp-Dekker splitting, compensated
// (Neumaier) sums kept above 1.0, and a final first-order correction of the square root.
static double
vector_norm(Py_ssize_t n, const double *vec, double max, int found_nan)
{
    const double T27 = 134217729.0; // 2**27 + 1
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e < -1023) { // 2**-max_e would overflow: divide by max instead
        for (Py_ssize_t i = 0; i < n; i++) {
            x = vec[i] / max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    double scale = ldexp(1.0, -max_e);
    for (Py_ssize_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Subtract h*h exactly from the sum of squares, then correct h by the difference.
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

#define NUM_STACK_ELEMS 16

PyObject *
mod_math_hypot(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    double stack[NUM_STACK_ELEMS], *coords = stack, max = 0.0;
    int found_nan = 0;
    if (nargs > NUM_STACK_ELEMS) {
        coords = PyMem_Malloc((size_t)nargs * sizeof(double));
        if (coords == NULL)
            return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        double x;
        if (item_double(args[i], &x) < 0)
            goto done;
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    result = PyFloat_FromDouble(vector_norm(nargs, coords, max, found_nan));
done:
    if (coords != stack)
        PyMem_Free(coords);
    return result;
}

PyObject *
mod_math_dist(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("dist", nargs, 2, 2))
        return NULL;
    PyObject *p = PyTuple_Check(args[0]) ? Py_NewRef(args[0]) : PySequence_Tuple(args[0]);
    if (p == NULL)
        return NULL;
    PyObject *q = PyTuple_Check(args[1]) ? Py_NewRef(args[1]) : PySequence_Tuple(args[1]);
    if (q == NULL) {
        Py_DECREF(p);
        return NULL;
    }
    PyObject *result = NULL;
    double stack[NUM_STACK_ELEMS], *diffs = stack, max = 0.0;
    int found_nan = 0;
    Py_ssize_t n = PyTuple_GET_SIZE(p);
    if (n != PyTuple_GET_SIZE(q)) {
        PyErr_SetString(PyExc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > NUM_STACK_ELEMS && (diffs = PyMem_Malloc((size_t)n * sizeof(double))) == NULL) {
        diffs = stack;
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        double px, qx;
        if (item_double(PyTuple_GET_ITEM(p, i), &px) < 0 ||
            item_double(PyTuple_GET_ITEM(q, i), &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    result = PyFloat_FromDouble(vector_norm(n, diffs, max, found_nan));
done:
    if (diffs != stack)
        PyMem_Free(diffs);
    Py_DECREF(p);
    Py_DECREF(q);
    return result;
}

// ---- prod(iterable, /, *, start=1) ------------------------------------------------------------

static int
prod_args(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, PyObject **start)
{
    if (nargs != 1) {
        PyErr_Format(PyExc_TypeError, "prod() takes exactly 1 positional argument (%zd given)",
                     nargs);
        return -1;
    }
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
        if (!rt_str_equal_ascii(key, "start")) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for prod()", key);
            return -1;
        }
        *start = args[nargs + i];
    }
    return 0;
}

// result * the rest of the iterator, with objects (steals result).
static PyObject *
prod_objects(PyObject *result, PyObject *it)
{
    PyObject *item;
    while (result != NULL && (item = PyIter_Next(it)) != NULL) {
        PyObject *r = PyNumber_Multiply(result, item);
        Py_DECREF(item);
        Py_SETREF(result, r);
    }
    if (result != NULL && PyErr_Occurred())
        Py_CLEAR(result);
    return result;
}

// Products of words and of exact floats stay in C until an item does not fit.
// Leave a fast path of prod_fast at item: cur (the product so far as an object, or NULL after
// an error) times item, then the generic loop. Releases cur, item and result.
static PyObject *
prod_leave_fast(PyObject *cur, PyObject *item, PyObject *result, PyObject *it)
{
    PyObject *next = cur ? PyNumber_Multiply(cur, item) : NULL;
    Py_XDECREF(cur);
    Py_DECREF(item);
    Py_DECREF(result);
    return next == NULL ? NULL : prod_objects(next, it);
}

static PyObject *
prod_fast(PyObject *result, PyObject *it)
{
    if (PyLong_CheckExact(result) && rt_int_is_small(result)) {
        int64_t acc = rt_int_small_value(result);
        PyObject *item;
        while ((item = PyIter_Next(it)) != NULL) {
            int64_t b, r;
            if (PyLong_CheckExact(item) && rt_int_is_small(item) &&
                !__builtin_mul_overflow(acc, (b = rt_int_small_value(item)), &r)) {
                acc = r;
                Py_DECREF(item);
                continue;
            }
            return prod_leave_fast(PyLong_FromLongLong(acc), item, result, it);
        }
        Py_DECREF(result);
        return PyErr_Occurred() ? NULL : PyLong_FromLongLong(acc);
    }
    if (PyFloat_CheckExact(result)) {
        double acc = PyFloat_AS_DOUBLE(result);
        PyObject *item;
        while ((item = PyIter_Next(it)) != NULL) {
            if (PyFloat_CheckExact(item)) {
                acc *= PyFloat_AS_DOUBLE(item);
                Py_DECREF(item);
                continue;
            }
            if (PyLong_CheckExact(item) && rt_int_is_small(item)) {
                acc *= (double)rt_int_small_value(item);
                Py_DECREF(item);
                continue;
            }
            return prod_leave_fast(PyFloat_FromDouble(acc), item, result, it);
        }
        Py_DECREF(result);
        return PyErr_Occurred() ? NULL : PyFloat_FromDouble(acc);
    }
    return prod_objects(result, it);
}

PyObject *
mod_math_prod(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *start = NULL;
    if (prod_args(args, nargs, kwnames, &start) < 0)
        return NULL;
    PyObject *it = PyObject_GetIter(args[0]);
    if (it == NULL)
        return NULL;
    PyObject *r = prod_fast(start != NULL ? Py_NewRef(start) : PyLong_FromLong(1), it);
    Py_DECREF(it);
    return r;
}

// ---- isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) ---------------------------------------------

// Match keyword arguments to isclose's parameters (argument clinic's checks and messages).
static int
isclose_args(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, PyObject **out)
{
    static const char *const names[4] = {"a", "b", "rel_tol", "abs_tol"};
    if (nargs > 2) {
        PyErr_Format(PyExc_TypeError, "isclose() takes exactly 2 positional arguments (%zd given)",
                     nargs);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
        int k = -1;
        for (int j = 0; j < 4 && k < 0; j++) {
            if (rt_str_equal_ascii(key, names[j]))
                k = j;
        }
        if (k < 0) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for isclose()",
                         key);
            return -1;
        }
        if (k < nargs) {
            PyErr_Format(PyExc_TypeError,
                         "argument for isclose() given by name ('%s') and position (%d)",
                         names[k], k + 1);
            return -1;
        }
        out[k] = args[nargs + i];
    }
    for (int k = 0; k < 2; k++) {
        if (out[k] == NULL) {
            PyErr_Format(PyExc_TypeError, "isclose() missing required argument '%s' (pos %d)",
                         names[k], k + 1);
            return -1;
        }
    }
    return 0;
}

PyObject *
mod_math_isclose(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *given[4] = {NULL, NULL, NULL, NULL};
    if (isclose_args(args, nargs, kwnames, given) < 0)
        return NULL;
    double v[4] = {0.0, 0.0, 1e-09, 0.0};
    for (int k = 0; k < 4; k++) {
        if (given[k] == NULL)
            continue;
        v[k] = PyFloat_AsDouble(given[k]);
        if (v[k] == -1.0 && PyErr_Occurred())
            return NULL;
    }
    double a = v[0], b = v[1], rel_tol = v[2], abs_tol = v[3];
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        PyErr_SetString(PyExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b) // also two infinities of the same sign
        Py_RETURN_TRUE;
    if (isinf(a) || isinf(b))
        Py_RETURN_FALSE;
    double diff = fabs(b - a);
    return PyBool_FromLong(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) ||
                           diff <= abs_tol);
}
