// descr_method.c: the descriptors of C methods: method_descriptor (list.append), with one
// vectorcall per calling convention and CPython's argument checks, and
// classmethod_descriptor (dict.fromkeys). What all descriptors share is in descr.c.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/descr_internal.h"
#include "runtime/objects/methodobject.h"

static PyObject *
method_repr(PyObject *o)
{
    return rt_descr_repr_as(o, "method");
}

// ---- method_descriptor ------------------------------------------------------------------

static PyObject *
method_get(PyObject *o, PyObject *obj, PyObject *type)
{
    PyMethodDescrObject *d = (PyMethodDescrObject *)o;
    if (obj == NULL)
        return Py_NewRef(o);
    if (rt_descr_check(&d->d_common, obj) < 0)
        return NULL;
    if (d->d_method->ml_flags & METH_METHOD) {
        if (type == NULL || !PyType_Check(type)) {
            PyErr_Format(PyExc_TypeError, "descriptor '%U' needs a type, not '%s', as arg 2",
                         d->d_common.d_name, type ? Py_TYPE(type)->tp_name : "NULL");
            return NULL;
        }
        return PyCMethod_New(d->d_method, obj, NULL, d->d_common.d_type);
    }
    return PyCFunction_NewEx(d->d_method, obj, NULL);
}

// The checks every call of an unbound method makes: a self of the right type first, and no
// keywords unless the convention takes them. 0 or -1.
static int
method_check_args(PyObject *func, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs < 1) {
        rt_descr_raise_for_function(func, "unbound method %U needs an argument", 0);
        return -1;
    }
    if (rt_descr_check((PyDescrObject *)func, args[0]) < 0)
        return -1;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
        rt_descr_raise_for_function(func, "%U takes no keyword arguments", 0);
        return -1;
    }
    return 0;
}

static inline PyMethodDef *
descr_method(PyObject *func)
{
    return ((PyMethodDescrObject *)func)->d_method;
}

static PyObject *
method_vectorcall_VARARGS(PyObject *func, PyObject *const *args, size_t nargsf,
                          PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (method_check_args(func, args, nargs, kwnames) < 0)
        return NULL;
    PyObject *argstuple = rt_tuple_from_array(args + 1, nargs - 1);
    if (argstuple == NULL)
        return NULL;
    PyObject *r = NULL;
    if (Py_EnterRecursiveCall(" while calling a Python object") == 0) {
        r = descr_method(func)->ml_meth(args[0], argstuple);
        Py_LeaveRecursiveCall();
    }
    Py_DECREF(argstuple);
    return r;
}

static PyObject *
method_vectorcall_VARARGS_KEYWORDS(PyObject *func, PyObject *const *args, size_t nargsf,
                                   PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (method_check_args(func, args, nargs, NULL) < 0)
        return NULL;
    PyObject *argstuple = rt_tuple_from_array(args + 1, nargs - 1);
    if (argstuple == NULL)
        return NULL;
    PyObject *kwdict = NULL, *r = NULL;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
        kwdict = rt_call_kwnames_to_dict(args + nargs, kwnames);
        if (kwdict == NULL)
            goto done;
    }
    if (Py_EnterRecursiveCall(" while calling a Python object") == 0) {
        PyCFunctionWithKeywords meth = (PyCFunctionWithKeywords)(void (*)(void))
                                           descr_method(func)->ml_meth;
        r = meth(args[0], argstuple, kwdict);
        Py_LeaveRecursiveCall();
    }
done:
    Py_DECREF(argstuple);
    Py_XDECREF(kwdict);
    return r;
}

static PyObject *
method_vectorcall_FASTCALL(PyObject *func, PyObject *const *args, size_t nargsf,
                           PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (method_check_args(func, args, nargs, kwnames) < 0)
        return NULL;
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyCFunctionFast meth = (PyCFunctionFast)(void (*)(void))descr_method(func)->ml_meth;
    PyObject *r = meth(args[0], args + 1, nargs - 1);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
method_vectorcall_FASTCALL_KEYWORDS(PyObject *func, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (method_check_args(func, args, nargs, NULL) < 0)
        return NULL;
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyCFunctionFastWithKeywords meth =
        (PyCFunctionFastWithKeywords)(void (*)(void))descr_method(func)->ml_meth;
    PyObject *r = meth(args[0], args + 1, nargs - 1, kwnames);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
method_vectorcall_FASTCALL_KEYWORDS_METHOD(PyObject *func, PyObject *const *args,
                                           size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (method_check_args(func, args, nargs, NULL) < 0)
        return NULL;
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyCMethod meth = (PyCMethod)(void (*)(void))descr_method(func)->ml_meth;
    PyObject *r = meth(args[0], PyDescr_TYPE(func), args + 1, (size_t)(nargs - 1), kwnames);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
method_vectorcall_NOARGS(PyObject *func, PyObject *const *args, size_t nargsf,
                         PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (method_check_args(func, args, nargs, kwnames) < 0)
        return NULL;
    if (nargs != 1) {
        rt_descr_raise_for_function(func, "%U takes no arguments (%zd given)", nargs - 1);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyObject *r = descr_method(func)->ml_meth(args[0], NULL);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
method_vectorcall_O(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (method_check_args(func, args, nargs, kwnames) < 0)
        return NULL;
    if (nargs != 2) {
        rt_descr_raise_for_function(func, "%U takes exactly one argument (%zd given)", nargs - 1);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyObject *r = descr_method(func)->ml_meth(args[0], args[1]);
    Py_LeaveRecursiveCall();
    return r;
}

static vectorcallfunc
method_vectorcall_for(int flags)
{
    switch (flags & (METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS |
                     METH_METHOD)) {
    case METH_VARARGS: return method_vectorcall_VARARGS;
    case METH_VARARGS | METH_KEYWORDS: return method_vectorcall_VARARGS_KEYWORDS;
    case METH_FASTCALL: return method_vectorcall_FASTCALL;
    case METH_FASTCALL | METH_KEYWORDS: return method_vectorcall_FASTCALL_KEYWORDS;
    case METH_FASTCALL | METH_KEYWORDS | METH_METHOD:
        return method_vectorcall_FASTCALL_KEYWORDS_METHOD;
    case METH_NOARGS: return method_vectorcall_NOARGS;
    case METH_O: return method_vectorcall_O;
    default: return NULL;
    }
}

PyObject *
PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *method)
{
    vectorcallfunc vc = method_vectorcall_for(method->ml_flags);
    if (vc == NULL) {
        PyErr_Format(PyExc_SystemError, "%s() method: bad call flags", method->ml_name);
        return NULL;
    }
    PyMethodDescrObject *d =
        (PyMethodDescrObject *)rt_descr_new(&PyMethodDescr_Type, type, method->ml_name);
    if (d != NULL) {
        d->d_method = method;
        d->vectorcall = vc;
    }
    return (PyObject *)d;
}

static PyObject *
method_get_doc(PyObject *o, void *closure)
{
    PyMethodDef *m = descr_method(o);
    return rt_descr_doc_from_internal(m->ml_name, m->ml_doc);
}

static PyObject *
method_get_text_signature(PyObject *o, void *closure)
{
    PyMethodDef *m = descr_method(o);
    return rt_descr_text_signature_from_internal(m->ml_name, m->ml_doc);
}

static PyGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {"__qualname__", rt_descr_get_qualname, NULL, NULL, NULL},
    {"__text_signature__", method_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

// ---- classmethod_descriptor -------------------------------------------------------------

static PyObject *
classmethod_get(PyObject *o, PyObject *obj, PyObject *type)
{
    PyMethodDescrObject *d = (PyMethodDescrObject *)o;
    PyTypeObject *owner = d->d_common.d_type;
    if (type == NULL) {
        if (obj == NULL) {
            PyErr_Format(PyExc_TypeError,
                         "descriptor '%U' for type '%.100s' needs either an object or a type",
                         d->d_common.d_name, owner->tp_name);
            return NULL;
        }
        type = (PyObject *)Py_TYPE(obj);
    }
    if (!PyType_Check(type)) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                     d->d_common.d_name, owner->tp_name, Py_TYPE(type)->tp_name);
        return NULL;
    }
    if (!PyType_IsSubtype((PyTypeObject *)type, owner)) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                     d->d_common.d_name, owner->tp_name, ((PyTypeObject *)type)->tp_name);
        return NULL;
    }
    PyTypeObject *cls = (d->d_method->ml_flags & METH_METHOD) ? owner : NULL;
    return PyCMethod_New(d->d_method, type, NULL, cls);
}

// dict.__dict__['fromkeys'](dict, keys): bind to the first argument, call with the rest.
static PyObject *
classmethoddescr_call(PyObject *o, PyObject *args, PyObject *kwds)
{
    PyDescrObject *d = (PyDescrObject *)o;
    Py_ssize_t argc = PyTuple_GET_SIZE(args);
    if (argc < 1) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                     d->d_name, d->d_type->tp_name);
        return NULL;
    }
    PyObject *bound = classmethod_get(o, NULL, PyTuple_GET_ITEM(args, 0));
    if (bound == NULL)
        return NULL;
    PyObject *r = PyObject_VectorcallDict(bound, &PyTuple_GET_ITEM(args, 1), (size_t)(argc - 1),
                                          kwds);
    Py_DECREF(bound);
    return r;
}

PyObject *
PyDescr_NewClassMethod(PyTypeObject *type, PyMethodDef *method)
{
    PyMethodDescrObject *d =
        (PyMethodDescrObject *)rt_descr_new(&PyClassMethodDescr_Type, type, method->ml_name);
    if (d != NULL) {
        d->d_method = method;
        d->vectorcall = NULL;
    }
    return (PyObject *)d;
}

// ---- the types ---------------------------------------------------------------------------

PyTypeObject PyMethodDescr_Type = {
    DESCR_TYPE_COMMON,
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(PyMethodDescrObject),
    .tp_vectorcall_offset = offsetof(PyMethodDescrObject, vectorcall),
    .tp_repr = method_repr,
    .tp_call = PyVectorcall_Call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL |
                Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_getset = method_getset,
    .tp_descr_get = method_get,
};

PyTypeObject PyClassMethodDescr_Type = {
    DESCR_TYPE_COMMON,
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(PyMethodDescrObject),
    .tp_repr = method_repr,
    .tp_call = classmethoddescr_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_getset = method_getset,
    .tp_descr_get = classmethod_get,
};
