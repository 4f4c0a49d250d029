// math_integer.c: the math functions of integers: gcd, lcm, factorial, isqrt, comb and perm.
// Each runs in machine words while the values fit and in int objects (GMP underneath)
// beyond, splitting products into balanced halves so that big multiplications stay fast.
#include <limits.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "modules/math_internal.h"

// ---- gcd and lcm ------------------------------------------------------------------------------

static uint64_t
gcd_words(uint64_t a, uint64_t b)
{
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// gcd of two exact ints, non-negative (Euclid; the words take over once both fit).
static PyObject *
int_gcd(PyObject *a, PyObject *b)
{
    PyObject *x = PyNumber_Absolute(a);
    PyObject *y = x ? PyNumber_Absolute(b) : NULL;
    while (y != NULL && !(rt_int_is_small(x) && rt_int_is_small(y))) {
        if (rt_int_sign(y) == 0)
            break;
        PyObject *r = PyNumber_Remainder(x, y);
        Py_SETREF(x, y);
        y = r;
    }
    if (y == NULL) {
        Py_XDECREF(x);
        return NULL;
    }
    PyObject *g;
    if (rt_int_is_small(x) && rt_int_is_small(y))
        g = PyLong_FromUnsignedLongLong(
            gcd_words((uint64_t)rt_int_small_value(x), (uint64_t)rt_int_small_value(y)));
    else
        g = Py_NewRef(x); // y == 0
    Py_DECREF(x);
    Py_DECREF(y);
    return g;
}

static PyObject *
int_lcm(PyObject *a, PyObject *b)
{
    if (rt_int_sign(a) == 0 || rt_int_sign(b) == 0)
        return PyLong_FromLong(0);
    PyObject *g = int_gcd(a, b);
    PyObject *f = g ? PyNumber_FloorDivide(a, g) : NULL;
    PyObject *m = f ? PyNumber_Multiply(f, b) : NULL;
    PyObject *r = m ? PyNumber_Absolute(m) : NULL;
    Py_XDECREF(g);
    Py_XDECREF(f);
    Py_XDECREF(m);
    return r;
}

// Fold op over the arguments as ints; `absorbing` short-cuts the work (1 for gcd, 0 for lcm)
// but every argument is still checked to be an integer.
static PyObject *
fold_ints(PyObject *const *args, Py_ssize_t nargs, PyObject *(*op)(PyObject *, PyObject *),
          long empty, long absorbing)
{
    if (nargs == 0)
        return PyLong_FromLong(empty);
    PyObject *res = PyNumber_Index(args[0]);
    if (res == NULL)
        return NULL;
    if (nargs == 1) {
        Py_SETREF(res, PyNumber_Absolute(res));
        return res;
    }
    for (Py_ssize_t i = 1; i < nargs; i++) {
        PyObject *x = PyNumber_Index(args[i]);
        if (x == NULL) {
            Py_DECREF(res);
            return NULL;
        }
        if (!(rt_int_is_small(res) && rt_int_small_value(res) == absorbing))
            Py_SETREF(res, op(res, x));
        Py_DECREF(x);
        if (res == NULL)
            return NULL;
    }
    return res;
}

PyObject *
mod_math_gcd(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return fold_ints(args, nargs, int_gcd, 0, 1);
}

PyObject *
mod_math_lcm(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return fold_ints(args, nargs, int_lcm, 1, 0);
}

// ---- products of ranges -----------------------------------------------------------------------

static int
bit_length_u64(uint64_t v)
{
    return v == 0 ? 0 : 64 - __builtin_clzll(v);
}

// lo * (lo+1) * ... * hi for 1 <= lo <= hi, split in halves so that the big multiplications
// have operands of similar size.
static PyObject *
range_product(uint64_t lo, uint64_t hi)
{
    uint64_t count = hi - lo + 1;
    if (count <= 64 && count * (uint64_t)bit_length_u64(hi) <= 64) {
        uint64_t p = lo;
        for (uint64_t j = lo + 1; j <= hi; j++)
            p *= j;
        return PyLong_FromUnsignedLongLong(p);
    }
    uint64_t mid = lo + count / 2;
    PyObject *left = range_product(lo, mid - 1);
    PyObject *right = left ? range_product(mid, hi) : NULL;
    PyObject *r = right ? PyNumber_Multiply(left, right) : NULL;
    Py_XDECREF(left);
    Py_XDECREF(right);
    return r;
}

static PyObject *
factorial_of(uint64_t n)
{
    return n < 2 ? PyLong_FromLong(1) : range_product(2, n);
}

PyObject *
mod_math_factorial(PyObject *module, PyObject *arg)
{
    int overflow;
    long x = PyLong_AsLongAndOverflow(arg, &overflow);
    if (x == -1 && PyErr_Occurred())
        return NULL;
    if (overflow > 0)
        return PyErr_Format(PyExc_OverflowError, "factorial() argument should not exceed %ld",
                            LONG_MAX);
    if (overflow < 0 || x < 0) {
        PyErr_SetString(PyExc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    return factorial_of((uint64_t)x);
}

// ---- isqrt ------------------------------------------------------------------------------------

// The integer square root of a word by Newton's iteration from above.
static uint64_t
isqrt_u64(uint64_t n)
{
    if (n < 2)
        return n;
    uint64_t x = (uint64_t)1 << ((bit_length_u64(n) + 1) / 2); // > sqrt(n)
    for (;;) {
        uint64_t y = (x + n / x) / 2;
        if (y >= x)
            return x;
        x = y;
    }
}

// a << s and a >> s for ints and a non-negative C shift.
static PyObject *
shift(PyObject *a, size_t s, int left)
{
    PyObject *n = PyLong_FromSize_t(s);
    if (n == NULL)
        return NULL;
    PyObject *r = left ? PyNumber_Lshift(a, n) : PyNumber_Rshift(a, n);
    Py_DECREF(n);
    return r;
}

// Adaptive-precision Newton (the algorithm CPython documents): each step doubles the bits of
// a, an approximation within 1 of sqrt(n >> 2*(c - d)); a final check picks a or a - 1.
static PyObject *
isqrt_big(PyObject *n)
{
    size_t c = (rt_int_bit_length(n) - 1) / 2;
    int cbits = bit_length_u64(c);
    size_t d = 0;
    PyObject *a = PyLong_FromLong(1);
    for (int s = cbits - 1; a != NULL && s >= 0; s--) {
        size_t e = d;
        d = c >> s;
        PyObject *q = shift(n, 2 * c - e - d + 1, 0);
        if (q != NULL)
            Py_SETREF(q, PyNumber_FloorDivide(q, a));
        PyObject *t = q ? shift(a, d - e - 1, 1) : NULL;
        Py_SETREF(a, t ? PyNumber_Add(t, q) : NULL);
        Py_XDECREF(t);
        Py_XDECREF(q);
    }
    if (a == NULL)
        return NULL;
    PyObject *sq = PyNumber_Multiply(a, a);
    if (sq == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    int too_large = rt_int_compare(sq, n) > 0;
    Py_DECREF(sq);
    if (too_large) {
        PyObject *one = PyLong_FromLong(1);
        Py_SETREF(a, PyNumber_Subtract(a, one));
    }
    return a;
}

PyObject *
mod_math_isqrt(PyObject *module, PyObject *arg)
{
    PyObject *n = PyNumber_Index(arg);
    if (n == NULL)
        return NULL;
    PyObject *r;
    if (rt_int_sign(n) < 0) {
        PyErr_SetString(PyExc_ValueError, "isqrt() argument must be nonnegative");
        r = NULL;
    } else if (rt_int_is_small(n)) {
        r = PyLong_FromUnsignedLongLong(isqrt_u64((uint64_t)rt_int_small_value(n)));
    } else {
        r = isqrt_big(n);
    }
    Py_DECREF(n);
    return r;
}

// ---- comb and perm ----------------------------------------------------------------------------

// P(n, k) or C(n, k) in words, if every intermediate value fits: 1 with *out, else 0.
static int
perm_comb_words(uint64_t n, uint64_t k, int iscomb, uint64_t *out)
{
    unsigned __int128 r = 1;
    for (uint64_t i = 0; i < k; i++) {
        // C(n, i+1) = C(n, i) * (n - i) / (i + 1) is exact at every step.
        r *= n - i;
        if (iscomb)
            r /= i + 1;
        if (r > UINT64_MAX)
            return 0;
    }
    *out = (uint64_t)r;
    return 1;
}

// P(n, k) = P(n, j) * P(n-j, k-j) and C(n, k) = C(n, j) * C(n-j, k-j) // C(k, j), j = k/2,
// for any int n >= k (CPython's recursion: balanced products).
static PyObject *
perm_comb(PyObject *n, uint64_t k, int iscomb)
{
    uint64_t small;
    if (k == 0)
        return PyLong_FromLong(1);
    if (k == 1)
        return Py_NewRef(n);
    if (rt_int_is_small(n) && perm_comb_words((uint64_t)rt_int_small_value(n), k, iscomb, &small))
        return PyLong_FromUnsignedLongLong(small);
    uint64_t j = k / 2;
    PyObject *a = perm_comb(n, j, iscomb);
    PyObject *jj = a ? PyLong_FromUnsignedLongLong(j) : NULL;
    PyObject *nj = jj ? PyNumber_Subtract(n, jj) : NULL;
    PyObject *b = nj ? perm_comb(nj, k - j, iscomb) : NULL;
    Py_XDECREF(jj);
    Py_XDECREF(nj);
    PyObject *r = b ? PyNumber_Multiply(a, b) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    if (r != NULL && iscomb) {
        PyObject *kk = PyLong_FromUnsignedLongLong(k);
        PyObject *c = kk ? perm_comb(kk, j, 1) : NULL;
        Py_XDECREF(kk);
        Py_SETREF(r, c ? PyNumber_FloorDivide(r, c) : NULL);
        Py_XDECREF(c);
    }
    return r;
}

// The shared argument handling of comb and perm; *k_out receives k (or min(k, n-k) for comb).
// Returns 1 to compute, 0 when *result is already decided (0 for k > n), -1 on error.
static int
perm_comb_args(PyObject *nobj, PyObject *kobj, int iscomb, PyObject **n_out, uint64_t *k_out,
               PyObject **result)
{
    PyObject *n = PyNumber_Index(nobj);
    if (n == NULL)
        return -1;
    PyObject *k = PyNumber_Index(kobj);
    if (k == NULL) {
        Py_DECREF(n);
        return -1;
    }
    int ret = -1;
    if (rt_int_sign(n) < 0) {
        PyErr_SetString(PyExc_ValueError, "n must be a non-negative integer");
    } else if (rt_int_sign(k) < 0) {
        PyErr_SetString(PyExc_ValueError, "k must be a non-negative integer");
    } else if (rt_int_compare(n, k) < 0) {
        *result = PyLong_FromLong(0);
        ret = *result == NULL ? -1 : 0;
    } else {
        if (iscomb) { // C(n, k) == C(n, n - k): use the smaller
            PyObject *nk = PyNumber_Subtract(n, k);
            if (nk != NULL && rt_int_compare(nk, k) < 0)
                Py_SETREF(k, nk);
            else
                Py_XDECREF(nk);
        }
        if (!rt_int_is_small(k)) {
            PyErr_Format(PyExc_OverflowError, iscomb ? "min(n - k, k) must not exceed %lld"
                                                     : "k must not exceed %lld",
                         LLONG_MAX);
        } else {
            *k_out = (uint64_t)rt_int_small_value(k);
            *n_out = Py_NewRef(n);
            ret = 1;
        }
    }
    Py_DECREF(n);
    Py_DECREF(k);
    return ret;
}

static PyObject *
comb_or_perm(PyObject *nobj, PyObject *kobj, int iscomb)
{
    PyObject *n = NULL, *result = NULL;
    uint64_t k = 0;
    int r = perm_comb_args(nobj, kobj, iscomb, &n, &k, &result);
    if (r <= 0)
        return r < 0 ? NULL : result;
    result = perm_comb(n, k, iscomb);
    Py_DECREF(n);
    return result;
}

PyObject *
mod_math_comb(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("comb", nargs, 2, 2))
        return NULL;
    return comb_or_perm(args[0], args[1], 1);
}

PyObject *
mod_math_perm(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("perm", nargs, 1, 2))
        return NULL;
    if (nargs == 1 || args[1] == Py_None)
        return mod_math_factorial(module, args[0]);
    return comb_or_perm(args[0], args[1], 0);
}
