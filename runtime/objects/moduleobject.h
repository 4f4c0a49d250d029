// moduleobject.h: the module type (moduleobject.c): a namespace dict with __name__,
// __doc__, __package__, __loader__ and __spec__, attribute access with module __getattr__,
// and building C modules from a table of functions. Importing is the VM's (vm/import.c).
#ifndef KRAIT_RUNTIME_MODULEOBJECT_H
#define KRAIT_RUNTIME_MODULEOBJECT_H

#include "runtime/object.h"
#include "runtime/objects/descr.h"

// The definition of a C module, with CPython's layout so that extension modules written
// for CPython compile against include/Python.h. Multi-phase init (m_slots) is not supported.
typedef struct PyModuleDef_Base {
    PyObject_HEAD
    PyObject *(*m_init)(void);
    Py_ssize_t m_index;
    PyObject *m_copy;
} PyModuleDef_Base;

#define PyModuleDef_HEAD_INIT {PyObject_HEAD_INIT(NULL), NULL, 0, NULL}

typedef struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;        // bytes of per-module state (zeroed), or -1/0 for none
    PyMethodDef *m_methods;   // NULL-terminated, or NULL
    void *m_slots;            // must be NULL
    traverseproc m_traverse;  // visits the references in the module state
    inquiry m_clear;
    freefunc m_free;
} PyModuleDef;

typedef struct {
    PyObject_HEAD
    PyObject *md_dict;
    PyModuleDef *md_def;     // the definition of a C module, or NULL
    void *md_state;          // m_size bytes of state, or NULL
    PyObject *md_weaklist;   // reserved for weak references
    PyObject *md_name;       // __name__ at creation, for messages after md_dict is cleared
    char md_builtin;         // built into the interpreter: repr says "(built-in)"
} PyModuleObject;

extern PyTypeObject PyModule_Type; // module

#define PyModule_Check(o) PyObject_TypeCheck(o, &PyModule_Type)
#define PyModule_CheckExact(o) Py_IS_TYPE(o, &PyModule_Type)

// A new empty module: __name__ = name, __doc__ = __package__ = __loader__ = __spec__ = None.
// New reference or NULL.
PyObject *PyModule_NewObject(PyObject *name);
PyObject *PyModule_New(const char *name);

// The module's namespace (borrowed); SystemError-free: m must be a module.
PyObject *PyModule_GetDict(PyObject *m);

// __name__ as a new str / as borrowed UTF-8; SystemError "nameless module" if it is not a
// str, TypeError if m is not a module.
PyObject *PyModule_GetNameObject(PyObject *m);
const char *PyModule_GetName(PyObject *m);

// __file__ as a new str; SystemError "module filename missing" if absent.
PyObject *PyModule_GetFilenameObject(PyObject *m);

// The definition and state of a C module (NULL when it has none); never fail.
PyModuleDef *PyModule_GetDef(PyObject *m);
void *PyModule_GetState(PyObject *m);

// m.name = value. AddObjectRef takes a new reference; AddObject steals value on success
// only. A NULL value means the caller's call failed: -1 with its exception. 0 or -1.
int PyModule_AddObjectRef(PyObject *m, const char *name, PyObject *value);
int PyModule_AddObject(PyObject *m, const char *name, PyObject *value);
int PyModule_AddIntConstant(PyObject *m, const char *name, long value);
int PyModule_AddStringConstant(PyObject *m, const char *name, const char *value);

// Add one builtin_function_or_method per entry of the NULL-terminated table, bound to m and
// with __module__ = m.__name__. 0 or -1.
int PyModule_AddFunctions(PyObject *m, PyMethodDef *functions);

// m.__doc__ = doc. 0 or -1.
int PyModule_SetDocString(PyObject *m, const char *doc);

// A C module from its definition (functions, doc, zeroed state of m_size bytes); the
// module is marked built-in. New reference or NULL.
PyObject *PyModule_Create(PyModuleDef *def);

// A built-in C module named `name` with the functions of `methods` (NULL-terminated, may be
// NULL) and __doc__ `doc` (may be NULL). New reference or NULL.
PyObject *rt_module_create(const char *name, PyMethodDef *methods, const char *doc);

// Mark m as built into the interpreter (repr "<module 'name' (built-in)>") until the import
// system gives modules specs.
void rt_module_set_builtin(PyObject *m, int builtin);

#endif
