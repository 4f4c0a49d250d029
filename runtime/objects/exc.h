// exc.h: the built-in exception types (exc.c). The hierarchy is listed once, in exc.def;
// this header declares a PyExc_<Name> for each entry and the instance layouts.
#ifndef KRAIT_RUNTIME_EXC_H
#define KRAIT_RUNTIME_EXC_H

#include "runtime/object.h"

#define RT_EXC_HEAD                                                                            \
    PyObject_HEAD                                                                              \
    PyObject *dict;                                                                            \
    PyObject *args;        /* a tuple */                                                       \
    PyObject *notes;       /* __notes__, or NULL */                                            \
    PyObject *traceback;   /* __traceback__, or NULL */                                        \
    PyObject *context;     /* __context__, or NULL */                                          \
    PyObject *cause;       /* __cause__, or NULL */                                            \
    char suppress_context; /* __suppress_context__ */

typedef struct {
    RT_EXC_HEAD
} PyBaseExceptionObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;
    PyObject *print_file_and_line;
} PySyntaxErrorObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *msg, *name, *path;
} PyImportErrorObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *encoding, *object;
    Py_ssize_t start, end;
    PyObject *reason;
} PyUnicodeErrorObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *code;
} PySystemExitObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *myerrno, *strerror, *filename, *filename2;
    Py_ssize_t written; // only for BlockingIOError, -1 otherwise
} PyOSErrorObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *value;
} PyStopIterationObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *name;
} PyNameErrorObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *obj, *name;
} PyAttributeErrorObject;

typedef struct {
    RT_EXC_HEAD
    PyObject *msg, *excs;
} PyBaseExceptionGroupObject;

#define EXC(name, base, layout, doc) extern PyObject *PyExc_##name;
#include "runtime/objects/exc.def"
#undef EXC

// Aliases that builtins also exposes.
#define PyExc_EnvironmentError PyExc_OSError
#define PyExc_IOError PyExc_OSError

#define PyExceptionClass_Check(o)                                                              \
    (PyType_Check(o) && PyType_FastSubclass((PyTypeObject *)(o), Py_TPFLAGS_BASE_EXC_SUBCLASS))
#define PyExceptionInstance_Check(o)                                                           \
    PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_BASE_EXC_SUBCLASS)
#define PyExceptionInstance_Class(o) ((PyObject *)Py_TYPE(o))

// Ready every exception type; called once by rt_runtime_init. 0 or -1.
int rt_exc_init(void);

// args of an exception instance (borrowed tuple).
PyObject *rt_exc_args(PyObject *exc);

// Accessors of the chaining fields: Get returns a new reference (or NULL when unset);
// Set steals its argument (NULL clears).
PyObject *PyException_GetTraceback(PyObject *exc);
int PyException_SetTraceback(PyObject *exc, PyObject *tb);
PyObject *PyException_GetContext(PyObject *exc);
void PyException_SetContext(PyObject *exc, PyObject *ctx);
PyObject *PyException_GetCause(PyObject *exc);
void PyException_SetCause(PyObject *exc, PyObject *cause); // also sets __suppress_context__

// A new UnicodeDecodeError(encoding, object bytes, start, end, reason), or NULL.
PyObject *PyUnicodeDecodeError_Create(const char *encoding, const char *object,
                                      Py_ssize_t length, Py_ssize_t start, Py_ssize_t end,
                                      const char *reason);

// except*'s match of the exception being handled against a handler's types (CHECK_EG_MATCH;
// exc_group.c): *match is the matching part (a group: a bare exception that matches is
// wrapped in one) or None, *rest the rest or None; new references. 0, or -1.
int rt_exc_group_match(PyObject *exc, PyObject *match_type, PyObject **match, PyObject **rest);

// The exception that leaves an except* statement (PREP_RERAISE_STAR): from orig, the exception
// handled, and excs, a list of what each handler raised (None if nothing): the re-raised parts
// of orig with orig's structure, in a new group with the others raised if any; None when
// nothing is raised. New reference or NULL.
PyObject *rt_exc_prep_reraise_star(PyObject *orig, PyObject *excs);

// The preallocated MemoryError instance used by PyErr_NoMemory (borrowed).
PyObject *rt_exc_memory_error_instance(void);

#endif
