// hash.h: CPython's hash functions, so that hash() and set/dict iteration order match it.
// Strings and bytes use SipHash-1-3 with the key CPython uses under PYTHONHASHSEED=0.
#ifndef KRAIT_RUNTIME_HASH_H
#define KRAIT_RUNTIME_HASH_H

#include "runtime/object.h"

#define PyHASH_BITS 61
#define PyHASH_MODULUS (((size_t)1 << PyHASH_BITS) - 1) // numeric hashes reduce modulo this
#define PyHASH_INF 314159
#define PyHASH_IMAG 1000003UL

// Hash of len bytes at p as CPython's str/bytes hash: 0 for empty input, never -1.
Py_hash_t rt_hash_bytes(const void *p, Py_ssize_t len);

// hash(x) for a float value, as CPython (NaN hashes by identity of obj, as in 3.10+).
Py_hash_t rt_hash_double(PyObject *obj, double v);

// hash() of an object hashed by identity (object.__hash__): the address rotated by 4 bits.
Py_hash_t rt_hash_pointer(const void *p);

#endif
