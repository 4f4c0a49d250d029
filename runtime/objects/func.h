// func.h: Python function objects, cells (closure variables) and bound methods of Python
// functions (func.c). Running a function is the VM's business: the VM installs the hook that
// function calls go through (rt_function_vectorcall_hook), since the runtime cannot call vm/.
#ifndef KRAIT_RUNTIME_FUNC_H
#define KRAIT_RUNTIME_FUNC_H

#include <stdint.h>
#include "runtime/object.h"

// A function made by `def`/`lambda` (MAKE_FUNCTION). The fields mirror CPython 3.11's.
typedef struct {
    PyObject_HEAD PyObject *func_code; // the code object
    PyObject *func_globals;            // dict
    PyObject *func_builtins;           // dict resolved at creation, or NULL (the VM's default)
    PyObject *func_name;               // str (__name__)
    PyObject *func_qualname;           // str (__qualname__)
    PyObject *func_defaults;           // tuple, or NULL
    PyObject *func_kwdefaults;         // dict, or NULL
    PyObject *func_closure;            // tuple of cells, or NULL
    PyObject *func_doc;                // __doc__ (Py_None if absent)
    PyObject *func_dict;               // __dict__, created lazily, or NULL
    PyObject *func_weakreflist;        // weak references, or NULL
    PyObject *func_module;             // __module__ (globals['__name__'] at creation), or NULL
    PyObject *func_annotations; // dict, or a flat (name, value, ...) tuple from MAKE_FUNCTION
    vectorcallfunc vectorcall;  // rt_function_vectorcall_hook at creation
    // CPython's func_version: new when __code__, __defaults__ or __kwdefaults__ change, so a
    // call site's inline cache may trust what it learned about the function while it matches.
    uint32_t func_version;
} PyFunctionObject;

// A closure cell: holds one variable shared between a function and its inner functions.
typedef struct {
    PyObject_HEAD PyObject *ob_ref; // the value, or NULL when the variable is unbound
} PyCellObject;

// A method bound to an instance: calling it calls im_func with im_self first.
typedef struct {
    PyObject_HEAD PyObject *im_func; // the callable (usually a function)
    PyObject *im_self;               // the instance
    PyObject *im_weakreflist;        // weak references, or NULL
    vectorcallfunc vectorcall;
} PyMethodObject;

extern PyTypeObject PyFunction_Type; // function
extern PyTypeObject PyCell_Type;     // cell
extern PyTypeObject PyMethod_Type;   // method

#define PyFunction_Check(o) Py_IS_TYPE(o, &PyFunction_Type)
#define PyCell_Check(o) Py_IS_TYPE(o, &PyCell_Type)
#define PyMethod_Check(o) Py_IS_TYPE(o, &PyMethod_Type)

// A fresh function version (never 0, which no cache holds).
uint32_t rt_function_next_version(void);

#define PyFunction_GET_CODE(f) (((PyFunctionObject *)(f))->func_code)
#define PyFunction_GET_GLOBALS(f) (((PyFunctionObject *)(f))->func_globals)
#define PyFunction_GET_CLOSURE(f) (((PyFunctionObject *)(f))->func_closure)
#define PyCell_GET(c) (((PyCellObject *)(c))->ob_ref)
#define PyCell_SET(c, v) (((PyCellObject *)(c))->ob_ref = (v)) // steals v, drops nothing
#define PyMethod_GET_FUNCTION(m) (((PyMethodObject *)(m))->im_func)
#define PyMethod_GET_SELF(m) (((PyMethodObject *)(m))->im_self)

// How calls of Python functions run: set by the VM at start-up (vm_init). Until then calling
// a function raises SystemError. Every function copies it into its vectorcall field.
extern vectorcallfunc rt_function_vectorcall_hook;

// A new function running `code` (a code object) in `globals` (a dict), with the builtins
// dict `builtins` (NULL: taken from globals['__builtins__'] when that is a dict or module,
// else left for the VM to choose at call time) and __qualname__ `qualname` (NULL: the
// code's co_qualname). __name__ comes from co_name, __doc__ from the first constant when it
// is a str, __module__ from globals['__name__']. Returns a new reference or NULL.
PyObject *rt_function_new(PyObject *code, PyObject *globals, PyObject *builtins,
                          PyObject *qualname);

// CPython's constructors: rt_function_new with builtins from globals.
PyObject *PyFunction_New(PyObject *code, PyObject *globals);
PyObject *PyFunction_NewWithQualName(PyObject *code, PyObject *globals, PyObject *qualname);

// The function's __annotations__ as a dict (converting MAKE_FUNCTION's flat tuple once, and
// creating an empty dict when there are none): borrowed, or NULL with an error set.
PyObject *rt_function_annotations(PyObject *func);

// __defaults__ / __kwdefaults__ / __closure__ setters' checks and storage: v is a tuple (a
// dict for kwdefaults, a tuple of cells for the closure) or Py_None/NULL to clear. 0 or -1
// with CPython's TypeError.
int PyFunction_SetDefaults(PyObject *func, PyObject *v);
int PyFunction_SetKwDefaults(PyObject *func, PyObject *v);
int PyFunction_SetClosure(PyObject *func, PyObject *v);

// A new cell holding obj (which may be NULL for an empty cell); obj is not stolen.
PyObject *PyCell_New(PyObject *obj);

// The cell's content as a new reference (NULL, with no error, when empty); SystemError if
// cell is not a cell.
PyObject *PyCell_Get(PyObject *cell);

// Replace the cell's content with v (not stolen; NULL empties it). 0, or -1 if not a cell.
int PyCell_Set(PyObject *cell, PyObject *v);

// A new bound method: calling it calls func(self, *args). Neither argument is stolen.
PyObject *PyMethod_New(PyObject *func, PyObject *self);

#endif
