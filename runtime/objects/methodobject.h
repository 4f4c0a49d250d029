// methodobject.h: builtin_function_or_method (methodobject.c): a PyMethodDef bound to a
// `self` — a module for module functions (len, math.sqrt), an object for bound C methods
// ([].append). Each calling convention has its own vectorcall, so calls build no tuple
// unless the C function wants one (METH_VARARGS).
#ifndef KRAIT_RUNTIME_METHODOBJECT_H
#define KRAIT_RUNTIME_METHODOBJECT_H

#include "runtime/object.h"
#include "runtime/objects/descr.h"

typedef struct {
    PyObject_HEAD
    PyMethodDef *m_ml;         // the C function (the table must outlive the object)
    PyObject *m_self;          // __self__: the module or bound object, or NULL
    PyObject *m_module;        // __module__ (a str for module functions), or NULL
    PyObject *m_weakreflist;   // reserved for weak references
    vectorcallfunc vectorcall; // chosen from m_ml->ml_flags
} PyCFunctionObject;

// A METH_METHOD function also knows the class that defined it.
typedef struct {
    PyCFunctionObject func;
    PyTypeObject *mm_class;
} PyCMethodObject;

extern PyTypeObject PyCFunction_Type; // builtin_function_or_method

#define PyCFunction_Check(o) PyObject_TypeCheck(o, &PyCFunction_Type)
#define PyCFunction_CheckExact(o) Py_IS_TYPE(o, &PyCFunction_Type)
#define PyCFunction_GET_FUNCTION(o) (((PyCFunctionObject *)(o))->m_ml->ml_meth)
#define PyCFunction_GET_SELF(o) (((PyCFunctionObject *)(o))->m_self)
#define PyCFunction_GET_FLAGS(o) (((PyCFunctionObject *)(o))->m_ml->ml_flags)

// A new builtin_function_or_method for ml bound to self (may be NULL) with __module__
// module (may be NULL). cls is the defining class, required exactly when ml has
// METH_METHOD. SystemError for an unknown combination of flags. New reference or NULL.
PyObject *PyCMethod_New(PyMethodDef *ml, PyObject *self, PyObject *module, PyTypeObject *cls);
PyObject *PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module);
PyObject *PyCFunction_New(PyMethodDef *ml, PyObject *self);

// The function's self (borrowed; NULL if unbound) and C function; SystemError when f is not
// a builtin_function_or_method.
PyObject *PyCFunction_GetSelf(PyObject *f);
PyCFunction PyCFunction_GetFunction(PyObject *f);

#endif
