// int_ops.c: int arithmetic, the number slots of the int type: word fast paths with overflow
// checks, GMP beyond. Representation and conversions are in int.c, strings in int_format.c.
// Each binary slot returns NotImplemented unless both operands are ints (abstract dispatch).
#include <float.h>
#include <math.h>
#include "runtime/runtime.h"
#include "runtime/objects/int_internal.h"

#define CHECK_BINOP(a, b)                                                                          \
    do {                                                                                           \
        if (!PyLong_Check(a) || !PyLong_Check(b))                                                  \
            Py_RETURN_NOTIMPLEMENTED;                                                              \
    } while (0)

static inline int
both_small(PyObject *a, PyObject *b)
{
    return rt_int_is_small(a) && rt_int_is_small(b);
}

typedef void (*MpzBinary)(mpz_ptr, mpz_srcptr, mpz_srcptr);

// r = op(a, b) through GMP, normalized back to a word when it fits.
static PyObject *
big_binary(PyObject *a, PyObject *b, MpzBinary op)
{
    RtIntView va, vb;
    mpz_t r;
    mpz_init(r);
    op(r, rt_int_view(a, &va), rt_int_view(b, &vb));
    return rt_int_from_mpz(r);
}

// MemoryError (as CPython gives when it cannot allocate) for results of more than
// RT_INT_MAX_BITS bits, which GMP would abort on rather than fail.
static int
too_big(uint64_t bits)
{
    if (bits <= RT_INT_MAX_BITS)
        return 0;
    PyErr_NoMemory();
    return 1;
}

// An exact int equal to o (o itself when it is not a subclass instance).
static PyObject *
exact_copy(PyObject *o)
{
    if (PyLong_CheckExact(o))
        return Py_NewRef(o);
    if (rt_int_is_small(o))
        return rt_int_from_int64(rt_int_small_value(o));
    mpz_t z;
    mpz_init_set(z, rt_int_big(o));
    return rt_int_from_mpz(z);
}

// ---- + - * -------------------------------------------------------------------------------

static PyObject *
int_add(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    int64_t r;
    if (both_small(a, b) &&
        !__builtin_add_overflow(rt_int_small_value(a), rt_int_small_value(b), &r))
        return rt_int_from_int64(r);
    return big_binary(a, b, mpz_add);
}

static PyObject *
int_sub(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    int64_t r;
    if (both_small(a, b) &&
        !__builtin_sub_overflow(rt_int_small_value(a), rt_int_small_value(b), &r))
        return rt_int_from_int64(r);
    return big_binary(a, b, mpz_sub);
}

static PyObject *
int_mul(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    int64_t r;
    if (both_small(a, b) &&
        !__builtin_mul_overflow(rt_int_small_value(a), rt_int_small_value(b), &r))
        return rt_int_from_int64(r);
    if (too_big((uint64_t)rt_int_bit_length(a) + rt_int_bit_length(b)))
        return NULL;
    return big_binary(a, b, mpz_mul);
}

// ---- // % divmod -------------------------------------------------------------------------
// Python rounds the quotient toward minus infinity, so the remainder has the divisor's sign.

// Floor division and modulo of words; 0 if the quotient overflows (INT64_MIN // -1).
static int
small_divmod(int64_t x, int64_t y, int64_t *q, int64_t *r)
{
    if (x == INT64_MIN && y == -1)
        return 0;
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
        qq -= 1;
        rr += y;
    }
    *q = qq;
    *r = rr;
    return 1;
}

static PyObject *
int_floor_div(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (rt_int_sign(b) == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    int64_t q, r;
    if (both_small(a, b) && small_divmod(rt_int_small_value(a), rt_int_small_value(b), &q, &r))
        return rt_int_from_int64(q);
    return big_binary(a, b, mpz_fdiv_q);
}

static PyObject *
int_mod(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (rt_int_sign(b) == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    int64_t q, r;
    if (both_small(a, b)) {
        if (!small_divmod(rt_int_small_value(a), rt_int_small_value(b), &q, &r))
            r = 0; // INT64_MIN % -1
        return rt_int_from_int64(r);
    }
    return big_binary(a, b, mpz_fdiv_r);
}

static PyObject *
pair(PyObject *x, PyObject *y)
{
    PyObject *t = x != NULL && y != NULL ? PyTuple_New(2) : NULL;
    if (t == NULL) {
        Py_XDECREF(x);
        Py_XDECREF(y);
        return NULL;
    }
    PyTuple_SET_ITEM(t, 0, x);
    PyTuple_SET_ITEM(t, 1, y);
    return t;
}

static PyObject *
int_divmod(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (rt_int_sign(b) == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    int64_t q, r;
    if (both_small(a, b) && small_divmod(rt_int_small_value(a), rt_int_small_value(b), &q, &r))
        return pair(rt_int_from_int64(q), rt_int_from_int64(r));
    RtIntView va, vb;
    mpz_t zq, zr;
    mpz_inits(zq, zr, NULL);
    mpz_fdiv_qr(zq, zr, rt_int_view(a, &va), rt_int_view(b, &vb));
    PyObject *oq = rt_int_from_mpz(zq);
    return pair(oq, rt_int_from_mpz(zr));
}

// ---- true division -------------------------------------------------------------------------

// |x| * 2**-shift: *inexact is set when bits are shifted out. x is a fresh, owned mpz.
static void
scale_abs(mpz_ptr x, mpz_srcptr a, int64_t shift, int *inexact)
{
    mpz_abs(x, a);
    if (shift <= 0) {
        mpz_mul_2exp(x, x, (mp_bitcnt_t)-shift);
    } else {
        *inexact = mpz_scan1(x, 0) < (mp_bitcnt_t)shift;
        mpz_fdiv_q_2exp(x, x, (mp_bitcnt_t)shift);
    }
}

// |a| / |b| correctly rounded (CPython's long_true_divide): a quotient of 55 or 56 bits plus
// a sticky bit is rounded by hand to the precision a double (or a subnormal) has at that
// exponent, then scaled exactly. Returns -1 on overflow.
static int
true_divide_abs(mpz_srcptr a, mpz_srcptr b, double *out)
{
    int64_t diff = (int64_t)mpz_sizeinbase(a, 2) - (int64_t)mpz_sizeinbase(b, 2);
    if (diff > DBL_MAX_EXP)
        return -1;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = 0.0;
        return 0;
    }
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    int inexact = 0;
    mpz_t x, rem;
    mpz_inits(x, rem, NULL);
    scale_abs(x, a, shift, &inexact);
    mpz_tdiv_qr(x, rem, x, b);
    inexact |= mpz_sgn(rem) != 0;
    int64_t x_bits = (int64_t)mpz_sizeinbase(x, 2);
    uint64_t low = mpz_getlimbn(x, 0); // x has at most 57 bits: all of it
    mpz_clears(x, rem, NULL);
    int64_t keep = x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift;
    int extra_bits = (int)(keep - DBL_MANT_DIG);
    uint64_t mask = (uint64_t)1 << (extra_bits - 1);
    low |= (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    low &= ~(2 * mask - 1);
    double dx = (double)low; // exact: at most DBL_MANT_DIG significant bits remain
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        return -1;
    *out = ldexp(dx, (int)shift);
    return 0;
}

static PyObject *
int_true_div(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    int sb = rt_int_sign(b), sa = rt_int_sign(a);
    if (sb == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    const int64_t exact = (int64_t)1 << DBL_MANT_DIG; // words up to this convert exactly
    if (both_small(a, b)) {
        int64_t x = rt_int_small_value(a), y = rt_int_small_value(b);
        if (x >= -exact && x <= exact && y >= -exact && y <= exact)
            return PyFloat_FromDouble((double)x / (double)y);
    }
    double r = 0.0;
    RtIntView va, vb;
    if (sa != 0 && true_divide_abs(rt_int_view(a, &va), rt_int_view(b, &vb), &r) < 0) {
        PyErr_SetString(PyExc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    return PyFloat_FromDouble((sa < 0) != (sb < 0) ? -r : r);
}

// ---- ** ------------------------------------------------------------------------------------

// a ** b for b < 0 without a modulus: a float, computed as CPython's float pow does after
// converting both operands (so huge operands raise OverflowError as float(x) would).
static PyObject *
pow_negative(PyObject *a, PyObject *b)
{
    double iv = PyLong_AsDouble(a);
    if (iv == -1.0 && PyErr_Occurred())
        return NULL;
    double iw = PyLong_AsDouble(b);
    if (iw == -1.0 && PyErr_Occurred())
        return NULL;
    if (iv == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return NULL;
    }
    int negate = 0;
    if (iv < 0.0) {
        iv = -iv;
        negate = fmod(fabs(iw), 2.0) == 1.0;
    }
    // |iv| >= 1 and iw <= -1: no overflow; an underflow to 0 is not an error in CPython.
    double r = iv == 1.0 ? 1.0 : pow(iv, iw);
    return PyFloat_FromDouble(negate ? -r : r);
}

// a ** e for words, or 0 if an intermediate overflows.
static int
small_pow(int64_t a, uint64_t e, int64_t *out)
{
    int64_t r = 1;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, a, &r))
            return 0;
        e >>= 1;
        if (e == 0)
            break;
        if (__builtin_mul_overflow(a, a, &a))
            return 0;
    }
    *out = r;
    return 1;
}

// a ** b for b >= 0.
static PyObject *
pow_plain(PyObject *a, PyObject *b)
{
    if (rt_int_sign(b) == 0)
        return rt_int_from_int64(1);
    if (rt_int_is_small(a)) {
        int64_t x = rt_int_small_value(a);
        if (x == 0 || x == 1)
            return rt_int_from_int64(x);
        if (x == -1) {
            int odd = rt_int_is_small(b) ? (rt_int_small_value(b) & 1) : mpz_odd_p(rt_int_big(b));
            return rt_int_from_int64(odd ? -1 : 1);
        }
    }
    // |a| >= 2 from here, so the result has at least b bits.
    if (!rt_int_is_small(b))
        return PyErr_NoMemory();
    uint64_t e = (uint64_t)rt_int_small_value(b);
    int64_t r;
    if (rt_int_is_small(a) && small_pow(rt_int_small_value(a), e, &r))
        return rt_int_from_int64(r);
    uint64_t bits = rt_int_bit_length(a);
    if (bits > RT_INT_MAX_BITS / e)
        return PyErr_NoMemory();
    RtIntView va;
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, rt_int_view(a, &va), e);
    return rt_int_from_mpz(z);
}

// pow(a, b, c) with c != 0; the result has c's sign, as Python's % does.
static PyObject *
pow_mod(PyObject *a, PyObject *b, PyObject *c)
{
    if (rt_int_sign(c) == 0) {
        PyErr_SetString(PyExc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    RtIntView va, vb, vc;
    mpz_srcptr za = rt_int_view(a, &va), zb = rt_int_view(b, &vb), zc = rt_int_view(c, &vc);
    mpz_t m, base, e, r;
    mpz_inits(m, base, e, r, NULL);
    mpz_abs(m, zc);
    mpz_set(base, za);
    mpz_set(e, zb);
    PyObject *result = NULL;
    if (mpz_cmp_ui(m, 1) == 0)
        goto done; // anything mod 1 is 0, even a non-invertible base
    if (mpz_sgn(e) < 0) {
        if (!mpz_invert(base, za, m)) {
            PyErr_SetString(PyExc_ValueError, "base is not invertible for the given modulus");
            mpz_clears(m, base, e, r, NULL);
            return NULL;
        }
        mpz_neg(e, e);
    }
    mpz_powm(r, base, e, m); // 0 <= r < m
    if (mpz_sgn(zc) < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, m);
done:
    result = rt_int_from_mpz(r);
    mpz_clears(m, base, e, NULL);
    return result;
}

static PyObject *
int_pow(PyObject *a, PyObject *b, PyObject *c)
{
    CHECK_BINOP(a, b);
    if (c == NULL || c == Py_None)
        return rt_int_sign(b) < 0 ? pow_negative(a, b) : pow_plain(a, b);
    if (!PyLong_Check(c))
        Py_RETURN_NOTIMPLEMENTED;
    return pow_mod(a, b, c);
}

// ---- unary ---------------------------------------------------------------------------------

static PyObject *
int_neg(PyObject *a)
{
    if (rt_int_is_small(a) && rt_int_small_value(a) != INT64_MIN)
        return rt_int_from_int64(-rt_int_small_value(a));
    RtIntView va;
    mpz_t z;
    mpz_init(z);
    mpz_neg(z, rt_int_view(a, &va));
    return rt_int_from_mpz(z);
}

static PyObject *
int_pos(PyObject *a)
{
    return exact_copy(a);
}

static PyObject *
int_abs(PyObject *a)
{
    return rt_int_sign(a) < 0 ? int_neg(a) : exact_copy(a);
}

static int
int_bool(PyObject *a)
{
    return rt_int_sign(a) != 0;
}

static PyObject *
int_invert(PyObject *a)
{
    if (rt_int_is_small(a))
        return rt_int_from_int64(~rt_int_small_value(a)); // -x - 1 never overflows
    mpz_t z;
    mpz_init(z);
    mpz_com(z, rt_int_big(a));
    return rt_int_from_mpz(z);
}

static PyObject *
int_float(PyObject *a)
{
    double d = PyLong_AsDouble(a);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(d);
}

// ---- shifts --------------------------------------------------------------------------------

// The shift count of b (an int) in *n; -1 with ValueError if negative; 1 if it does not fit
// a word (the caller decides what such a shift means).
static int
shift_count(PyObject *b, uint64_t *n)
{
    if (rt_int_sign(b) < 0) {
        PyErr_SetString(PyExc_ValueError, "negative shift count");
        return -1;
    }
    if (!rt_int_is_small(b))
        return 1;
    *n = (uint64_t)rt_int_small_value(b);
    return 0;
}

static PyObject *
int_lshift(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    uint64_t n = 0;
    int k = shift_count(b, &n);
    if (k < 0)
        return NULL;
    if (rt_int_sign(a) == 0)
        return rt_int_from_int64(0);
    if (k > 0)
        return PyErr_NoMemory(); // CPython too fails to allocate such a result
    if (too_big(rt_int_bit_length(a) + n))
        return NULL;
    if (rt_int_is_small(a) && n < 63) {
        int64_t x = rt_int_small_value(a);
        if (x >= (INT64_MIN >> n) && x <= (INT64_MAX >> n))
            return rt_int_from_int64((int64_t)((uint64_t)x << n));
    }
    RtIntView va;
    mpz_t z;
    mpz_init(z);
    mpz_mul_2exp(z, rt_int_view(a, &va), n);
    return rt_int_from_mpz(z);
}

static PyObject *
int_rshift(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    uint64_t n = 0;
    int k = shift_count(b, &n);
    if (k < 0)
        return NULL;
    if (k > 0 || n >= rt_int_bit_length(a))
        return rt_int_from_int64(rt_int_sign(a) < 0 ? -1 : 0); // every bit shifted out
    if (rt_int_is_small(a))
        return rt_int_from_int64(rt_int_small_value(a) >> n); // arithmetic shift: floors
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, rt_int_big(a), n);
    return rt_int_from_mpz(z);
}

// ---- bitwise (GMP's and/ior/xor already use two's complement for negatives) ---------------

static PyObject *
int_and(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (both_small(a, b))
        return rt_int_from_int64(rt_int_small_value(a) & rt_int_small_value(b));
    return big_binary(a, b, mpz_and);
}

static PyObject *
int_or(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (both_small(a, b))
        return rt_int_from_int64(rt_int_small_value(a) | rt_int_small_value(b));
    return big_binary(a, b, mpz_ior);
}

static PyObject *
int_xor(PyObject *a, PyObject *b)
{
    CHECK_BINOP(a, b);
    if (both_small(a, b))
        return rt_int_from_int64(rt_int_small_value(a) ^ rt_int_small_value(b));
    return big_binary(a, b, mpz_xor);
}

PyNumberMethods rt_int_as_number = {
    .nb_add = int_add,
    .nb_subtract = int_sub,
    .nb_multiply = int_mul,
    .nb_remainder = int_mod,
    .nb_divmod = int_divmod,
    .nb_power = int_pow,
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_absolute = int_abs,
    .nb_bool = int_bool,
    .nb_invert = int_invert,
    .nb_lshift = int_lshift,
    .nb_rshift = int_rshift,
    .nb_and = int_and,
    .nb_xor = int_xor,
    .nb_or = int_or,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_floor_divide = int_floor_div,
    .nb_true_divide = int_true_div,
    .nb_index = int_pos,
};
