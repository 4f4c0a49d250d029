// int.h: the int type (int.c) and bool (bool.c). An int holds a machine word when its value
// fits in int64_t and a GMP integer otherwise; the two forms never overlap, so the word form is
// canonical and the VM/JIT fast paths only test `big == NULL`.
#ifndef KRAIT_RUNTIME_INT_H
#define KRAIT_RUNTIME_INT_H

#include <stdint.h>
#include "runtime/object.h"

struct __mpz_struct;

typedef struct {
    PyObject_HEAD
    int64_t value;            // the value, when big == NULL
    struct __mpz_struct *big; // owned GMP integer for values outside int64_t, else NULL
} PyLongObject;

typedef PyLongObject PyBoolObject; // bool is an int subclass with the same layout

extern PyTypeObject PyLong_Type;
extern PyTypeObject PyBool_Type;

#define PyLong_Check(o) PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(o) Py_IS_TYPE(o, &PyLong_Type)
#define PyBool_Check(o) Py_IS_TYPE(o, &PyBool_Type)

#define RT_SMALL_INT_MIN (-5)
#define RT_SMALL_INT_MAX 256

// True if the int o holds a machine word (the fast path). o must be an int.
static inline int
rt_int_is_small(PyObject *o)
{
    return ((PyLongObject *)o)->big == NULL;
}

// The machine-word value of an int for which rt_int_is_small holds.
static inline int64_t
rt_int_small_value(PyObject *o)
{
    return ((PyLongObject *)o)->value;
}

// New int from a C integer; −5..256 return the immortal cached objects. NULL on MemoryError.
PyObject *PyLong_FromLong(long v);
PyObject *PyLong_FromLongLong(long long v);
PyObject *PyLong_FromSsize_t(Py_ssize_t v);
PyObject *PyLong_FromSize_t(size_t v);
PyObject *PyLong_FromUnsignedLong(unsigned long v);
PyObject *PyLong_FromUnsignedLongLong(unsigned long long v);

// int(v) for a finite double (truncates toward zero); ValueError for NaN, OverflowError for inf.
PyObject *PyLong_FromDouble(double v);

// Parse a C string in base 2..36, or 0 for Python literal rules (prefixes 0x/0o/0b, no leading
// zeros). Accepts surrounding whitespace, a sign and single underscores between digits, as
// int() does. *pend (if not NULL) receives the end of the parsed text. Raises ValueError
// "invalid literal for int() with base N: '...'" on bad input.
PyObject *PyLong_FromString(const char *s, char **pend, int base);

// int(str, base) for a str object (handles non-ASCII digits and whitespace as CPython does).
PyObject *PyLong_FromUnicodeObject(PyObject *s, int base);

// int(b, base) for the len bytes at s (a bytes or bytearray buffer: s[len] must be a readable
// NUL). ValueError "invalid literal for int() with base N: b'...'" as CPython.
PyObject *rt_int_from_bytes(const char *s, Py_ssize_t len, int base);

// sys.get_int_max_str_digits(): decimal text longer than this many digits is refused in both
// directions (ValueError "Exceeds the limit ..."); 0 means no limit. CPython's default, 4300.
extern int rt_int_max_str_digits;

// The default limit, and the length up to which text is never limited (nor may a limit be set
// below it): sys.int_info's default_max_str_digits and str_digits_check_threshold.
#define RT_INT_MAX_STR_DIGITS_DEFAULT 4300
#define RT_INT_MAX_STR_DIGITS_THRESHOLD 640

// C value of an int (or an object with __index__): -1 with OverflowError if out of range
// (check PyErr_Occurred). The *AndOverflow form sets *overflow to ±1 instead of raising.
long PyLong_AsLong(PyObject *o);
long PyLong_AsLongAndOverflow(PyObject *o, int *overflow);
long long PyLong_AsLongLong(PyObject *o);
// The int o as a C int (CPython 3.13's PyLong_AsInt): -1 with OverflowError "Python int too
// large to convert to C int" when out of range, either way.
int PyLong_AsInt(PyObject *o);
Py_ssize_t PyLong_AsSsize_t(PyObject *o);
size_t PyLong_AsSize_t(PyObject *o);
unsigned long PyLong_AsUnsignedLong(PyObject *o);
// Low bits of o modulo 2**64 (no overflow check), as CPython's AsUnsignedLongLongMask.
unsigned long long PyLong_AsUnsignedLongLongMask(PyObject *o);

// Write the int v into out[0 .. n) as int.to_bytes(n, order, signed=is_signed) does: 0, or -1
// with OverflowError "int too big to convert" / "can't convert negative int to unsigned".
int rt_int_as_byte_array(PyObject *v, unsigned char *out, size_t n, int little_endian,
                         int is_signed);

// The int whose bytes are bytes[0 .. n), as int.from_bytes reads them. New reference or NULL.
PyObject *rt_int_from_byte_array(const unsigned char *bytes, size_t n, int little_endian,
                                 int is_signed);

// float(o) for an int o: correctly rounded; -1.0 with OverflowError if too large.
double PyLong_AsDouble(PyObject *o);

// Sign of an int: -1, 0 or 1.
int rt_int_sign(PyObject *o);

// Number of bits in abs(o) (int.bit_length()).
size_t rt_int_bit_length(PyObject *o);

// round(v, ndigits) for an int v (int.__round__): v itself as an exact int when ndigits is NULL
// or >= 0, else v rounded half to even to a multiple of 10**-ndigits. New reference or NULL.
PyObject *rt_int_round(PyObject *v, PyObject *ndigits);

// str(o) in base 2, 8, 10 or 16 with CPython's prefixes when alternate is set ("0b", "0o",
// "0x"); other bases 2..36 without prefix. Returns a new str or NULL.
PyObject *rt_int_to_string(PyObject *o, int base, int alternate);

// Three-way comparison of two ints: -1, 0 or 1.
int rt_int_compare(PyObject *a, PyObject *b);

// Exact three-way comparison of the int o with the double d (not NaN; infinities allowed):
// -1, 0 or 1, with no rounding of o (for float's mixed comparisons).
int rt_int_compare_double(PyObject *o, double d);

// bool from a C truth value: Py_True or Py_False (immortal; returned as a new reference).
PyObject *PyBool_FromLong(long v);

extern PyLongObject rt_true_object;
extern PyLongObject rt_false_object;
#define Py_True ((PyObject *)&rt_true_object)
#define Py_False ((PyObject *)&rt_false_object)
#define Py_RETURN_TRUE return Py_True
#define Py_RETURN_FALSE return Py_False
#define Py_IsTrue(o) Py_Is((o), Py_True)
#define Py_IsFalse(o) Py_Is((o), Py_False)

#endif
