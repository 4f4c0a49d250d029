// exc_attrs.c: the Python-visible attributes of the exceptions: BaseException's args,
// __traceback__, __context__, __cause__, __suppress_context__, __notes__, __dict__,
// with_traceback() and add_note(), and the fields of the layouts with extra state (errno,
// filename, lineno, value, code, name ...). The types and their slots are in exc.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/typeattr.h"

static inline PyBaseExceptionObject *
as_exc(PyObject *o)
{
    return (PyBaseExceptionObject *)o;
}

// ---- BaseException's getsets -------------------------------------------------------------------

static PyObject *
exc_get_args(PyObject *self, void *closure)
{
    PyObject *args = as_exc(self)->args;
    return Py_NewRef(args != NULL ? args : Py_None);
}

static int
exc_set_args(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "args may not be deleted");
        return -1;
    }
    PyObject *args = PySequence_Tuple(value);
    if (args == NULL)
        return -1;
    Py_XSETREF(as_exc(self)->args, args);
    return 0;
}

static PyObject *
exc_get_traceback(PyObject *self, void *closure)
{
    PyObject *tb = as_exc(self)->traceback;
    return Py_NewRef(tb != NULL ? tb : Py_None);
}

// The traceback type belongs to the VM; it is recognized by name.
static int
is_traceback(PyObject *v)
{
    return strcmp(Py_TYPE(v)->tp_name, "traceback") == 0;
}

static int
exc_set_traceback(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != Py_None && !is_traceback(value)) {
        PyErr_SetString(PyExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    return PyException_SetTraceback(self, value);
}

static PyObject *
exc_get_context(PyObject *self, void *closure)
{
    PyObject *ctx = as_exc(self)->context;
    return Py_NewRef(ctx != NULL ? ctx : Py_None);
}

static int
exc_set_context(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value != Py_None && !PyExceptionInstance_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "exception context must be None or derive from BaseException");
        return -1;
    }
    PyException_SetContext(self, value == Py_None ? NULL : Py_NewRef(value));
    return 0;
}

static PyObject *
exc_get_cause(PyObject *self, void *closure)
{
    PyObject *cause = as_exc(self)->cause;
    return Py_NewRef(cause != NULL ? cause : Py_None);
}

// Setting __cause__ (even to None) also sets __suppress_context__, as `raise ... from` does.
static int
exc_set_cause(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value != Py_None && !PyExceptionInstance_Check(value)) {
        PyErr_SetString(PyExc_TypeError,
                        "exception cause must be None or derive from BaseException");
        return -1;
    }
    PyException_SetCause(self, value == Py_None ? NULL : Py_NewRef(value));
    return 0;
}

// __notes__ exists once add_note() (or an assignment) made it.
static PyObject *
exc_get_notes(PyObject *self, void *closure)
{
    PyObject *notes = as_exc(self)->notes;
    if (notes == NULL) {
        PyErr_Format(PyExc_AttributeError, "'%.50s' object has no attribute '__notes__'",
                     Py_TYPE(self)->tp_name);
        return NULL;
    }
    return Py_NewRef(notes);
}

static int
exc_set_notes(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL && as_exc(self)->notes == NULL) {
        PyErr_Format(PyExc_AttributeError, "'%.50s' object has no attribute '__notes__'",
                     Py_TYPE(self)->tp_name);
        return -1;
    }
    Py_XSETREF(as_exc(self)->notes, Py_XNewRef(value));
    return 0;
}

PyGetSetDef rt_exc_base_getsets[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_traceback, exc_set_traceback, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context,
     "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause, "exception cause", NULL},
    {"__notes__", exc_get_notes, exc_set_notes, NULL, NULL},
    {NULL},
};

PyMemberDef rt_exc_base_members[] = {
    {"__suppress_context__", T_BOOL, offsetof(PyBaseExceptionObject, suppress_context), 0, NULL},
    {NULL},
};

// ---- BaseException's methods -------------------------------------------------------------------

static PyObject *
exc_with_traceback(PyObject *self, PyObject *tb)
{
    if (exc_set_traceback(self, tb, NULL) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
exc_add_note(PyObject *self, PyObject *note)
{
    if (!PyUnicode_Check(note)) {
        PyErr_Format(PyExc_TypeError, "note must be a str, not '%s'", rt_type_name(Py_TYPE(note)));
        return NULL;
    }
    PyBaseExceptionObject *e = as_exc(self);
    if (e->notes == NULL && (e->notes = PyList_New(0)) == NULL)
        return NULL;
    if (!PyList_Check(e->notes)) {
        PyErr_SetString(PyExc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    if (PyList_Append(e->notes, note) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

// (type(self), self.args) or, with attributes, (type(self), self.args, self.__dict__).
static PyObject *
exc_reduce(PyObject *self, PyObject *unused)
{
    PyBaseExceptionObject *e = as_exc(self);
    PyObject *args = e->args != NULL ? e->args : Py_None;
    if (e->dict != NULL && PyDict_GET_SIZE(e->dict) > 0)
        return PyTuple_Pack(3, (PyObject *)Py_TYPE(self), args, e->dict);
    return PyTuple_Pack(2, (PyObject *)Py_TYPE(self), args);
}

static PyObject *
exc_setstate(PyObject *self, PyObject *state)
{
    if (state != Py_None) {
        if (!PyDict_Check(state)) {
            PyErr_SetString(PyExc_TypeError, "state is not a dictionary");
            return NULL;
        }
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(state, &pos, &key, &value)) {
            if (PyObject_SetAttr(self, key, value) < 0)
                return NULL;
        }
    }
    return Py_NewRef(Py_None);
}

PyMethodDef rt_exc_base_methods[] = {
    {"__reduce__", exc_reduce, METH_NOARGS, NULL},
    {"__setstate__", exc_setstate, METH_O, NULL},
    {"with_traceback", exc_with_traceback, METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL},
};

// ---- the fields of the other layouts --------------------------------------------------------

PyMemberDef rt_exc_systemexit_members[] = {
    {"code", T_OBJECT, offsetof(PySystemExitObject, code), 0, "exception code"},
    {NULL},
};

PyMemberDef rt_exc_stopiteration_members[] = {
    {"value", T_OBJECT, offsetof(PyStopIterationObject, value), 0, "generator return value"},
    {NULL},
};

PyMemberDef rt_exc_name_members[] = {
    {"name", T_OBJECT, offsetof(PyNameErrorObject, name), 0, "name"},
    {NULL},
};

PyMemberDef rt_exc_attribute_members[] = {
    {"name", T_OBJECT, offsetof(PyAttributeErrorObject, name), 0, "attribute name"},
    {"obj", T_OBJECT, offsetof(PyAttributeErrorObject, obj), 0, "object"},
    {NULL},
};

PyMemberDef rt_exc_import_members[] = {
    {"msg", T_OBJECT, offsetof(PyImportErrorObject, msg), 0, "exception message"},
    {"name", T_OBJECT, offsetof(PyImportErrorObject, name), 0, "module name"},
    {"path", T_OBJECT, offsetof(PyImportErrorObject, path), 0, "module path"},
    {NULL},
};

PyMemberDef rt_exc_oserror_members[] = {
    {"errno", T_OBJECT, offsetof(PyOSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", T_OBJECT, offsetof(PyOSErrorObject, strerror), 0, "exception strerror"},
    {"filename", T_OBJECT, offsetof(PyOSErrorObject, filename), 0, "exception filename"},
    {"filename2", T_OBJECT, offsetof(PyOSErrorObject, filename2), 0, "second exception filename"},
    {NULL},
};

// BlockingIOError's count of characters written; absent (-1) for other errors.
static PyObject *
oserror_get_written(PyObject *self, void *closure)
{
    Py_ssize_t written = ((PyOSErrorObject *)self)->written;
    if (written == -1) {
        PyErr_SetString(PyExc_AttributeError, "characters_written");
        return NULL;
    }
    return PyLong_FromSsize_t(written);
}

static int
oserror_set_written(PyObject *self, PyObject *value, void *closure)
{
    PyOSErrorObject *e = (PyOSErrorObject *)self;
    if (value == NULL) {
        if (e->written == -1) {
            PyErr_SetString(PyExc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    Py_ssize_t n = PyNumber_AsSsize_t(value, PyExc_ValueError);
    if (n == -1 && PyErr_Occurred())
        return -1;
    e->written = n;
    return 0;
}

PyGetSetDef rt_exc_oserror_getsets[] = {
    {"characters_written", oserror_get_written, oserror_set_written, NULL, NULL},
    {NULL},
};

PyMemberDef rt_exc_syntaxerror_members[] = {
    {"msg", T_OBJECT, offsetof(PySyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", T_OBJECT, offsetof(PySyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", T_OBJECT, offsetof(PySyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", T_OBJECT, offsetof(PySyntaxErrorObject, offset), 0, "exception offset"},
    {"text", T_OBJECT, offsetof(PySyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", T_OBJECT, offsetof(PySyntaxErrorObject, end_lineno), 0, "exception end lineno"},
    {"end_offset", T_OBJECT, offsetof(PySyntaxErrorObject, end_offset), 0, "exception end offset"},
    {"print_file_and_line", T_OBJECT, offsetof(PySyntaxErrorObject, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL},
};

PyMemberDef rt_exc_unicode_members[] = {
    {"encoding", T_OBJECT, offsetof(PyUnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", T_OBJECT, offsetof(PyUnicodeErrorObject, object), 0, "exception object"},
    {"start", T_PYSSIZET, offsetof(PyUnicodeErrorObject, start), 0, "exception start"},
    {"end", T_PYSSIZET, offsetof(PyUnicodeErrorObject, end), 0, "exception end"},
    {"reason", T_OBJECT, offsetof(PyUnicodeErrorObject, reason), 0, "exception reason"},
    {NULL},
};

PyMemberDef rt_exc_group_members[] = {
    {"message", T_OBJECT, offsetof(PyBaseExceptionGroupObject, msg), READONLY, "exception message"},
    {"exceptions", T_OBJECT, offsetof(PyBaseExceptionGroupObject, excs), READONLY,
     "nested exceptions"},
    {NULL},
};
