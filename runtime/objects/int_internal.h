// int_internal.h: what int.c, int_ops.c and int_format.c share and nothing else may include:
// GMP views of int objects and the constructors that normalize GMP results to the word form.
#ifndef KRAIT_RUNTIME_INT_INTERNAL_H
#define KRAIT_RUNTIME_INT_INTERNAL_H

#include <gmp.h>
#include <limits.h>
#include "runtime/objects/int.h"

_Static_assert(sizeof(long) == 8 && LONG_MAX == INT64_MAX, "GMP's *_si calls must take int64_t");
_Static_assert(GMP_LIMB_BITS == 64 && GMP_NAIL_BITS == 0, "a word must fit one GMP limb");

// Results above this many bits raise MemoryError before GMP is asked for them: GMP aborts
// instead of failing when an allocation is refused or a size exceeds its int limb count.
#define RT_INT_MAX_BITS ((uint64_t)1 << 36)

// The owned GMP integer of a big int (the header only names an incomplete struct).
static inline mpz_ptr
rt_int_big(PyObject *o)
{
    return (mpz_ptr)((PyLongObject *)o)->big;
}

// A read-only mpz over one int, whatever its form; the word form borrows `limb` (no allocation,
// nothing to clear). Keep the view where it is while the pointer from rt_int_view is in use.
typedef struct {
    mpz_t z;
    mp_limb_t limb;
} RtIntView;

static inline mpz_srcptr
rt_int_view(PyObject *o, RtIntView *v)
{
    PyLongObject *l = (PyLongObject *)o;
    if (l->big != NULL)
        return (mpz_srcptr)l->big;
    int64_t x = l->value;
    v->limb = x < 0 ? -(uint64_t)x : (uint64_t)x;
    return mpz_roinit_n(v->z, &v->limb, x < 0 ? -1 : x > 0);
}

// New exact int from a word: the cached object for -5..256. NULL on MemoryError.
PyObject *rt_int_from_int64(int64_t v);

// New exact int with the value of z, taking over z's storage: z is left cleared (mpz_clear
// done) on success and on failure. The word form is chosen when the value fits.
PyObject *rt_int_from_mpz(mpz_ptr z);

// The number methods of int (int_ops.c), referenced by PyLong_Type in int.c.
extern PyNumberMethods rt_int_as_number;

// tp_new of int (int_format.c): int(x=0, /, base=10).
PyObject *rt_int_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwargs);

// int.to_bytes(length=1, byteorder='big', *, signed=False) and the class method
// int.from_bytes(bytes, byteorder='big', *, signed=False) (int_bytes.c; METH_FASTCALL |
// METH_KEYWORDS, the second with METH_CLASS).
PyObject *rt_int_to_bytes_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                 PyObject *kwnames);
PyObject *rt_int_from_bytes_method(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                                   PyObject *kwnames);

// int(x, base) for bytes-like text x (int_bytes.c): bytes and bytearray, and any other buffer
// (memoryview) when any_buffer is set, as int(x) takes them but int(x, base) does not. NULL
// with no exception set when x is none of these.
PyObject *rt_int_from_bytes_like(PyObject *x, int base, int any_buffer);

// int(o) through o.__trunc__() (deprecated in 3.11, still honoured by int()): a new exact
// int; NULL with no exception set when o's type has no __trunc__.
PyObject *rt_int_from_trunc(PyObject *o);

// tp_repr of int (int_format.c): decimal, limited by rt_int_max_str_digits.
PyObject *rt_int_repr(PyObject *o);

#endif
