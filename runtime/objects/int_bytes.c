// int_bytes.c: ints and bytes: int.to_bytes, int.from_bytes and the C functions under them
// (rt_int_as_byte_array, rt_int_from_byte_array, for other modules too), and int() of
// bytes-like text. The representation is in int.c, text conversions in int_format.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/int_internal.h"

// ---- C level -------------------------------------------------------------------------------

// Whether v fits n bytes: [0, 256**n) unsigned, [-256**n/2, 256**n/2) signed. CPython's
// algorithm also lets -1 fit in zero signed bytes (its two's complement has no bits to store),
// and programs can see that: (-1).to_bytes(0, signed=True) == b''.
static int
fits_bytes(PyObject *v, size_t n, int is_signed)
{
    int sign = rt_int_sign(v);
    if (sign == 0 || n > RT_INT_MAX_BITS) // no int has that many bits
        return 1;
    if (sign > 0)
        return rt_int_bit_length(v) + (is_signed ? 1 : 0) <= 8 * (uint64_t)n;
    // v < 0: -v - 1 (whose bits are those of v's two's complement) must leave a sign bit.
    RtIntView view;
    mpz_t m;
    mpz_init(m);
    mpz_com(m, rt_int_view(v, &view)); // ~v == -v - 1 >= 0
    size_t bits = mpz_sgn(m) == 0 ? 0 : mpz_sizeinbase(m, 2);
    mpz_clear(m);
    return bits == 0 || bits + 1 <= 8 * (uint64_t)n;
}

// 0 if v can be written in n bytes, else -1 with CPython's OverflowError.
static int
check_fits(PyObject *v, size_t n, int is_signed)
{
    if (!is_signed && rt_int_sign(v) < 0) {
        PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if (!fits_bytes(v, n, is_signed)) {
        PyErr_SetString(PyExc_OverflowError, "int too big to convert");
        return -1;
    }
    return 0;
}

// Byte i (0 = least significant) of the word x in two's complement, sign-extended beyond 8.
static unsigned char
word_byte(int64_t x, size_t i)
{
    if (i >= 8)
        return x < 0 ? 0xff : 0x00;
    return (unsigned char)((uint64_t)x >> (8 * i));
}

// Write v, known to fit, into out[0 .. n).
static void
write_bytes(PyObject *v, unsigned char *out, size_t n, int little_endian)
{
    if (rt_int_is_small(v)) {
        int64_t x = rt_int_small_value(v);
        for (size_t i = 0; i < n; i++)
            out[little_endian ? i : n - 1 - i] = word_byte(x, i);
        return;
    }
    // v mod 256**n is the two's complement of a negative v, and v itself otherwise.
    mpz_t t;
    mpz_init(t);
    mpz_fdiv_r_2exp(t, rt_int_big(v), 8 * (mp_bitcnt_t)n);
    size_t count = (mpz_sizeinbase(t, 2) + 7) / 8; // at most n, as t < 256**n
    memset(out, 0, n);
    mpz_export(little_endian ? out : out + (n - count), NULL, little_endian ? -1 : 1, 1, 0, 0, t);
    mpz_clear(t);
}

int
rt_int_as_byte_array(PyObject *v, unsigned char *out, size_t n, int little_endian, int is_signed)
{
    if (check_fits(v, n, is_signed) < 0)
        return -1;
    write_bytes(v, out, n, little_endian);
    return 0;
}

PyObject *
rt_int_from_byte_array(const unsigned char *bytes, size_t n, int little_endian, int is_signed)
{
    if (n == 0)
        return rt_int_from_int64(0);
    unsigned char msb = bytes[little_endian ? n - 1 : 0];
    int negative = is_signed && msb >= 0x80;
    if (n <= 8) {
        uint64_t u = 0;
        for (size_t i = 0; i < n; i++) // i counts from the least significant byte
            u |= (uint64_t)bytes[little_endian ? i : n - 1 - i] << (8 * i);
        if (negative && n < 8)
            u |= UINT64_MAX << (8 * n); // sign-extend to the word
        if (negative || u <= (uint64_t)INT64_MAX)
            return rt_int_from_int64((int64_t)u);
    }
    if (n > RT_INT_MAX_BITS / 8)
        return PyErr_NoMemory();
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, little_endian ? -1 : 1, 1, 0, 0, bytes);
    if (negative) { // the bytes were the two's complement: subtract 256**n
        mpz_t power;
        mpz_init(power);
        mpz_setbit(power, 8 * (mp_bitcnt_t)n);
        mpz_sub(z, z, power);
        mpz_clear(power);
    }
    return rt_int_from_mpz(z);
}

// ---- the methods -----------------------------------------------------------------------------

// The byteorder argument: 1 for 'little', 0 for 'big' (the default when o is NULL), -1 with
// CPython's errors otherwise.
static int
parse_byteorder(const char *fname, PyObject *o)
{
    if (o == NULL)
        return 0;
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s() argument 'byteorder' must be str, not %.50s", fname,
                     rt_type_name(Py_TYPE(o)));
        return -1;
    }
    if (rt_str_equal_ascii(o, "little"))
        return 1;
    if (rt_str_equal_ascii(o, "big"))
        return 0;
    PyErr_SetString(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

// The signed= argument as a truth value (absent means False), or -1.
static int
parse_signed(PyObject *o)
{
    return o == NULL ? 0 : PyObject_IsTrue(o);
}

PyObject *
rt_int_to_bytes_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    static const RtArgSpec spec = {"to_bytes", names, 3, 0, 0, 2, 0};
    PyObject *a[3];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    Py_ssize_t length = 1;
    if (a[0] != NULL) {
        length = PyNumber_AsSsize_t(a[0], PyExc_OverflowError);
        if (length == -1 && PyErr_Occurred())
            return NULL;
        if (length < 0) {
            PyErr_SetString(PyExc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    int little = parse_byteorder("to_bytes", a[1]);
    int is_signed = little < 0 ? -1 : parse_signed(a[2]);
    if (is_signed < 0)
        return NULL;
    if (check_fits(self, (size_t)length, is_signed) < 0) // before allocating length bytes
        return NULL;
    PyObject *bytes = PyBytes_FromStringAndSize(NULL, length);
    if (bytes != NULL)
        write_bytes(self, (unsigned char *)PyBytes_AS_STRING(bytes), (size_t)length, little);
    return bytes;
}

// bytes(o) as PyObject_Bytes does it: bytes itself, __bytes__, then the buffer or iterable.
static PyObject *
bytes_of(PyObject *o)
{
    if (PyBytes_CheckExact(o))
        return Py_NewRef(o);
    PyObject *name = PyUnicode_InternFromString("__bytes__");
    PyObject *f = name != NULL ? rt_type_lookup_special(o, name) : NULL;
    Py_XDECREF(name);
    if (f == NULL)
        return PyErr_Occurred() ? NULL : PyBytes_FromObject(o);
    PyObject *r = PyObject_CallNoArgs(f);
    Py_DECREF(f);
    if (r != NULL && !PyBytes_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                     rt_type_name(Py_TYPE(r)));
        Py_CLEAR(r);
    }
    return r;
}

PyObject *
rt_int_from_bytes_method(PyObject *type, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    static const RtArgSpec spec = {"from_bytes", names, 3, 0, 1, 2, 0};
    PyObject *a[3];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int little = parse_byteorder("from_bytes", a[1]);
    int is_signed = little < 0 ? -1 : parse_signed(a[2]);
    if (is_signed < 0)
        return NULL;
    PyObject *bytes = bytes_of(a[0]);
    if (bytes == NULL)
        return NULL;
    PyObject *v = rt_int_from_byte_array((const unsigned char *)PyBytes_AS_STRING(bytes),
                                         (size_t)PyBytes_GET_SIZE(bytes), little, is_signed);
    Py_DECREF(bytes);
    // A subclass gets cls(value), so that its __new__ runs (bool.from_bytes gives a bool).
    if (v != NULL && type != (PyObject *)&PyLong_Type)
        Py_SETREF(v, PyObject_CallOneArg(type, v));
    return v;
}

// ---- int() of bytes-like text -----------------------------------------------------------------

PyObject *
rt_int_from_bytes_like(PyObject *x, int base, int any_buffer)
{
    if (PyBytes_Check(x))
        return rt_int_from_bytes(PyBytes_AS_STRING(x), PyBytes_GET_SIZE(x), base);
    if (PyByteArray_Check(x)) // NUL-terminated, as rt_int_from_bytes needs
        return rt_int_from_bytes(PyByteArray_AS_STRING(x), PyByteArray_GET_SIZE(x), base);
    if (!any_buffer || !PyObject_CheckBuffer(x))
        return NULL;
    // Other exporters (memoryview) need not end in a NUL: parse a bytes copy, as CPython does.
    Py_buffer view;
    if (PyObject_GetBuffer(x, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    PyObject *copy = PyBytes_FromStringAndSize(view.buf, view.len);
    PyBuffer_Release(&view);
    if (copy == NULL)
        return NULL;
    PyObject *v = rt_int_from_bytes(PyBytes_AS_STRING(copy), PyBytes_GET_SIZE(copy), base);
    Py_DECREF(copy);
    return v;
}
