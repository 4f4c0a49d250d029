// complex.h: the complex type (complex.c): two doubles with CPython 3.11's arithmetic, repr,
// hash, equality and constructor (numbers, __complex__ and strings such as "(1+2j)").
#ifndef KRAIT_RUNTIME_COMPLEX_H
#define KRAIT_RUNTIME_COMPLEX_H

#include "runtime/object.h"

typedef struct {
    double real;
    double imag;
} Py_complex;

typedef struct {
    PyObject_HEAD
    Py_complex cval;
} PyComplexObject;

extern PyTypeObject PyComplex_Type;

#define PyComplex_Check(o) PyObject_TypeCheck(o, &PyComplex_Type)
#define PyComplex_CheckExact(o) Py_IS_TYPE(o, &PyComplex_Type)

// New complex real+imag*j (the parser uses it for imaginary literals). NULL on MemoryError.
PyObject *PyComplex_FromDoubles(double real, double imag);

// New complex from a C value. NULL on MemoryError.
PyObject *PyComplex_FromCComplex(Py_complex c);

// The parts of a complex; for other objects the real part is float(o) and the imaginary part
// 0.0 (-1.0 with an error set if float(o) fails).
double PyComplex_RealAsDouble(PyObject *o);
double PyComplex_ImagAsDouble(PyObject *o);

// The C value of a complex, of an object with __complex__, or of a real number (imag 0.0).
// On error real is -1.0 and an exception is set (check PyErr_Occurred).
Py_complex PyComplex_AsCComplex(PyObject *o);

// a ** b as complex_pow computes it (a small integral exponent by repeated squaring), with
// errno set to EDOM for 0 to a negative or complex power and ERANGE on overflow; never raises.
Py_complex rt_complex_pow(Py_complex a, Py_complex b);

// complex.conjugate(): a new exact complex, or NULL. o must be a complex.
PyObject *rt_complex_conjugate(PyObject *o);

// complex(s) for a str s: CPython's grammar ("1+2j", " (1-j) ", "nan+infj", underscores
// between digits, non-ASCII digits and spaces); ValueError "complex() arg is a malformed
// string" otherwise. A new exact complex, or NULL.
PyObject *rt_complex_from_string(PyObject *s);

#endif
