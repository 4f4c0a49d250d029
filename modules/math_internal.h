// math_internal.h: what the three files of the math module share and nothing else includes:
// the functions math.c puts in the module table and the error helper. (Argument counts are
// checked with runtime/call.h's rt_call_check_positional.)
#ifndef KRAIT_MODULES_MATH_INTERNAL_H
#define KRAIT_MODULES_MATH_INTERNAL_H

#include "runtime/runtime.h"

// Translate errno after a libm call that returned r into math's exceptions: EDOM gives
// ValueError "math domain error", ERANGE OverflowError "math range error" unless r is small
// (an underflow). Returns 1 with the error set, or 0 when r stands.
int mod_math_is_error(double r);

// math_float.c: gamma, lgamma, fsum, hypot, dist, prod and isclose.
double mod_math_tgamma(double x); // errno EDOM/ERANGE as libm would set it
double mod_math_lgamma(double x);
PyObject *mod_math_fsum(PyObject *module, PyObject *seq);
PyObject *mod_math_hypot(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *mod_math_dist(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *mod_math_prod(PyObject *module, PyObject *const *args, Py_ssize_t nargs,
                       PyObject *kwnames);
PyObject *mod_math_isclose(PyObject *module, PyObject *const *args, Py_ssize_t nargs,
                          PyObject *kwnames);

// math_integer.c: the functions of integers.
PyObject *mod_math_gcd(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *mod_math_lcm(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *mod_math_factorial(PyObject *module, PyObject *arg);
PyObject *mod_math_isqrt(PyObject *module, PyObject *arg);
PyObject *mod_math_comb(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *mod_math_perm(PyObject *module, PyObject *const *args, Py_ssize_t nargs);

#endif
