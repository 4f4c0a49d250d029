// methodobject.c: builtin_function_or_method, a C function bound to a module (len) or an
// object ([].append), with one vectorcall per calling convention and CPython's argument-count
// messages. Unbound methods of types are method descriptors (descr.c).
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "runtime/objects/weakref.h"

static PyTypeObject rt_cmethod_type;

// ---- calling ------------------------------------------------------------------------------

static inline PyCFunctionObject *
as_cfunc(PyObject *o)
{
    return (PyCFunctionObject *)o;
}

static int
check_no_kwargs(PyObject *func, PyObject *kwnames)
{
    if (kwnames == NULL || PyTuple_GET_SIZE(kwnames) == 0)
        return 0;
    rt_descr_raise_for_function(func, "%U takes no keyword arguments", 0);
    return -1;
}

static PyObject *
cfunction_vectorcall_NOARGS(PyObject *func, PyObject *const *args, size_t nargsf,
                            PyObject *kwnames)
{
    if (check_no_kwargs(func, kwnames) < 0)
        return NULL;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (nargs != 0) {
        rt_descr_raise_for_function(func, "%U takes no arguments (%zd given)", nargs);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyObject *r = as_cfunc(func)->m_ml->ml_meth(as_cfunc(func)->m_self, NULL);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
cfunction_vectorcall_O(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (check_no_kwargs(func, kwnames) < 0)
        return NULL;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (nargs != 1) {
        rt_descr_raise_for_function(func, "%U takes exactly one argument (%zd given)", nargs);
        return NULL;
    }
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyObject *r = as_cfunc(func)->m_ml->ml_meth(as_cfunc(func)->m_self, args[0]);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
cfunction_vectorcall_FASTCALL(PyObject *func, PyObject *const *args, size_t nargsf,
                              PyObject *kwnames)
{
    if (check_no_kwargs(func, kwnames) < 0)
        return NULL;
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyCFunctionFast meth = (PyCFunctionFast)(void (*)(void))as_cfunc(func)->m_ml->ml_meth;
    PyObject *r = meth(as_cfunc(func)->m_self, args, PyVectorcall_NARGS(nargsf));
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
cfunction_vectorcall_FASTCALL_KEYWORDS(PyObject *func, PyObject *const *args, size_t nargsf,
                                       PyObject *kwnames)
{
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyCFunctionFastWithKeywords meth =
        (PyCFunctionFastWithKeywords)(void (*)(void))as_cfunc(func)->m_ml->ml_meth;
    PyObject *r = meth(as_cfunc(func)->m_self, args, PyVectorcall_NARGS(nargsf), kwnames);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *
cfunction_vectorcall_FASTCALL_KEYWORDS_METHOD(PyObject *func, PyObject *const *args,
                                              size_t nargsf, PyObject *kwnames)
{
    if (Py_EnterRecursiveCall(" while calling a Python object"))
        return NULL;
    PyCMethod meth = (PyCMethod)(void (*)(void))as_cfunc(func)->m_ml->ml_meth;
    PyTypeObject *cls = ((PyCMethodObject *)func)->mm_class;
    PyObject *r = meth(as_cfunc(func)->m_self, cls, args, (size_t)PyVectorcall_NARGS(nargsf),
                       kwnames);
    Py_LeaveRecursiveCall();
    return r;
}

// The C function takes (self, tuple[, dict]): the one convention that must build a tuple.
static PyObject *
call_varargs(PyObject *func, PyObject *argstuple, PyObject *kwdict)
{
    PyMethodDef *ml = as_cfunc(func)->m_ml;
    PyObject *self = as_cfunc(func)->m_self;
    if (ml->ml_flags & METH_KEYWORDS) {
        PyCFunctionWithKeywords meth = (PyCFunctionWithKeywords)(void (*)(void))ml->ml_meth;
        return meth(self, argstuple, kwdict);
    }
    if (kwdict != NULL && PyDict_GET_SIZE(kwdict) != 0) {
        PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", ml->ml_name);
        return NULL;
    }
    return ml->ml_meth(self, argstuple);
}

static PyObject *
cfunction_vectorcall_VARARGS(PyObject *func, PyObject *const *args, size_t nargsf,
                             PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *argstuple = rt_tuple_from_array(args, nargs);
    if (argstuple == NULL)
        return NULL;
    PyObject *kwdict = NULL, *r = NULL;
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) {
        kwdict = rt_call_kwnames_to_dict(args + nargs, kwnames);
        if (kwdict == NULL)
            goto done;
    }
    if (Py_EnterRecursiveCall(" while calling a Python object") == 0) {
        r = call_varargs(func, argstuple, kwdict);
        Py_LeaveRecursiveCall();
    }
done:
    Py_DECREF(argstuple);
    Py_XDECREF(kwdict);
    return r;
}

// tp_call: a VARARGS function gets the tuple as is; the others go through their vectorcall.
static PyObject *
cfunction_call(PyObject *func, PyObject *args, PyObject *kwargs)
{
    if (as_cfunc(func)->m_ml->ml_flags & METH_VARARGS)
        return rt_call_check_result(func, call_varargs(func, args, kwargs));
    return PyVectorcall_Call(func, args, kwargs);
}

static vectorcallfunc
vectorcall_for(int flags)
{
    switch (flags & (METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS |
                     METH_METHOD)) {
    case METH_VARARGS:
    case METH_VARARGS | METH_KEYWORDS: return cfunction_vectorcall_VARARGS;
    case METH_FASTCALL: return cfunction_vectorcall_FASTCALL;
    case METH_FASTCALL | METH_KEYWORDS: return cfunction_vectorcall_FASTCALL_KEYWORDS;
    case METH_FASTCALL | METH_KEYWORDS | METH_METHOD:
        return cfunction_vectorcall_FASTCALL_KEYWORDS_METHOD;
    case METH_NOARGS: return cfunction_vectorcall_NOARGS;
    case METH_O: return cfunction_vectorcall_O;
    default: return NULL;
    }
}

// ---- construction -------------------------------------------------------------------------

PyObject *
PyCMethod_New(PyMethodDef *ml, PyObject *self, PyObject *module, PyTypeObject *cls)
{
    vectorcallfunc vc = vectorcall_for(ml->ml_flags);
    if (vc == NULL) {
        PyErr_Format(PyExc_SystemError, "%s() method: bad call flags", ml->ml_name);
        return NULL;
    }
    PyCFunctionObject *op;
    if (ml->ml_flags & METH_METHOD) {
        if (cls == NULL) {
            PyErr_SetString(PyExc_SystemError, "attempting to create PyCMethod with a "
                                               "METH_METHOD flag but no class");
            return NULL;
        }
        op = (PyCFunctionObject *)rt_gc_new(&rt_cmethod_type);
        if (op == NULL)
            return NULL;
        ((PyCMethodObject *)op)->mm_class = (PyTypeObject *)Py_NewRef(cls);
    }
    else {
        if (cls != NULL) {
            PyErr_SetString(PyExc_SystemError, "attempting to create PyCFunction with class "
                                               "but no METH_METHOD flag");
            return NULL;
        }
        op = (PyCFunctionObject *)rt_gc_new(&PyCFunction_Type);
        if (op == NULL)
            return NULL;
    }
    op->m_ml = ml;
    op->m_self = Py_XNewRef(self);
    op->m_module = Py_XNewRef(module);
    op->m_weakreflist = NULL;
    op->vectorcall = vc;
    PyObject_GC_Track(op);
    return (PyObject *)op;
}

PyObject *
PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module)
{
    return PyCMethod_New(ml, self, module, NULL);
}

PyObject *
PyCFunction_New(PyMethodDef *ml, PyObject *self)
{
    return PyCMethod_New(ml, self, NULL, NULL);
}

PyObject *
PyCFunction_GetSelf(PyObject *f)
{
    if (!PyCFunction_Check(f)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return as_cfunc(f)->m_self;
}

PyCFunction
PyCFunction_GetFunction(PyObject *f)
{
    if (!PyCFunction_Check(f)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return as_cfunc(f)->m_ml->ml_meth;
}

// ---- slots and attributes -----------------------------------------------------------------

static void
meth_dealloc(PyObject *o)
{
    PyCFunctionObject *m = as_cfunc(o);
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, meth_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    if (m->m_weakreflist != NULL)
        PyObject_ClearWeakRefs(o);
    Py_XDECREF(m->m_self);
    Py_XDECREF(m->m_module);
    if (Py_IS_TYPE(o, &rt_cmethod_type))
        Py_XDECREF(((PyCMethodObject *)o)->mm_class);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
meth_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(as_cfunc(o)->m_self);
    Py_VISIT(as_cfunc(o)->m_module);
    if (Py_IS_TYPE(o, &rt_cmethod_type))
        Py_VISIT(((PyCMethodObject *)o)->mm_class);
    return 0;
}

// Functions of modules show as functions; anything else bound shows as a method.
static int
is_function_like(PyObject *self)
{
    return self == NULL || PyModule_Check(self);
}

static PyObject *
meth_repr(PyObject *o)
{
    PyCFunctionObject *m = as_cfunc(o);
    if (is_function_like(m->m_self))
        return PyUnicode_FromFormat("<built-in function %s>", m->m_ml->ml_name);
    return PyUnicode_FromFormat("<built-in method %s of %s object at %p>", m->m_ml->ml_name,
                                Py_TYPE(m->m_self)->tp_name, (void *)m->m_self);
}

static PyObject *
meth_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyCFunction_Check(a) || !PyCFunction_Check(b))
        return Py_NewRef(Py_NotImplemented);
    int eq = as_cfunc(a)->m_self == as_cfunc(b)->m_self &&
             as_cfunc(a)->m_ml->ml_meth == as_cfunc(b)->m_ml->ml_meth;
    return PyBool_FromLong(eq == (op == Py_EQ));
}

static Py_hash_t
meth_hash(PyObject *o)
{
    Py_hash_t x = rt_hash_pointer(as_cfunc(o)->m_self) ^
                  rt_hash_pointer((const void *)as_cfunc(o)->m_ml->ml_meth);
    return x == -1 ? -2 : x;
}

static PyObject *
meth_get_doc(PyObject *o, void *closure)
{
    PyMethodDef *ml = as_cfunc(o)->m_ml;
    return rt_descr_doc_from_internal(ml->ml_name, ml->ml_doc);
}

static PyObject *
meth_get_text_signature(PyObject *o, void *closure)
{
    PyMethodDef *ml = as_cfunc(o)->m_ml;
    return rt_descr_text_signature_from_internal(ml->ml_name, ml->ml_doc);
}

static PyObject *
meth_get_name(PyObject *o, void *closure)
{
    return PyUnicode_FromString(as_cfunc(o)->m_ml->ml_name);
}

// len.__qualname__ is 'len'; object.__new__'s is 'object.__new__'; [].append's 'list.append'.
static PyObject *
meth_get_qualname(PyObject *o, void *closure)
{
    PyCFunctionObject *m = as_cfunc(o);
    if (is_function_like(m->m_self))
        return PyUnicode_FromString(m->m_ml->ml_name);
    PyObject *type = PyType_Check(m->m_self) ? m->m_self : (PyObject *)Py_TYPE(m->m_self);
    PyObject *type_qualname = PyObject_GetAttrString(type, "__qualname__");
    if (type_qualname == NULL)
        return NULL;
    if (!PyUnicode_Check(type_qualname)) {
        PyErr_SetString(PyExc_TypeError,
                        "<method>.__class__.__qualname__ is not a unicode object");
        Py_DECREF(type_qualname);
        return NULL;
    }
    PyObject *r = PyUnicode_FromFormat("%U.%s", type_qualname, m->m_ml->ml_name);
    Py_DECREF(type_qualname);
    return r;
}

static PyObject *
meth_get_self(PyObject *o, void *closure)
{
    PyObject *self = as_cfunc(o)->m_self;
    return Py_NewRef(self != NULL ? self : Py_None);
}

static PyGetSetDef meth_getsets[] = {
    {"__doc__", meth_get_doc, NULL, NULL, NULL},
    {"__name__", meth_get_name, NULL, NULL, NULL},
    {"__qualname__", meth_get_qualname, NULL, NULL, NULL},
    {"__self__", meth_get_self, NULL, NULL, NULL},
    {"__text_signature__", meth_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

static PyMemberDef meth_members[] = {
    {"__module__", T_OBJECT, offsetof(PyCFunctionObject, m_module), 0, NULL},
    {NULL},
};

// tp_alloc/tp_free are explicit: module functions may be created before this type is
// readied.
PyTypeObject PyCFunction_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(PyCFunctionObject),
    .tp_dealloc = meth_dealloc,
    .tp_vectorcall_offset = offsetof(PyCFunctionObject, vectorcall),
    .tp_repr = meth_repr,
    .tp_hash = meth_hash,
    .tp_call = cfunction_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = meth_traverse,
    .tp_richcompare = meth_richcompare,
    .tp_weaklistoffset = offsetof(PyCFunctionObject, m_weakreflist),
    .tp_members = meth_members,
    .tp_getset = meth_getsets,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};

// METH_METHOD functions carry their defining class, so they need the larger layout.
static PyTypeObject rt_cmethod_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "builtin_method",
    .tp_basicsize = sizeof(PyCMethodObject),
    .tp_dealloc = meth_dealloc,
    .tp_vectorcall_offset = offsetof(PyCFunctionObject, vectorcall),
    .tp_repr = meth_repr,
    .tp_hash = meth_hash,
    .tp_call = cfunction_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = meth_traverse,
    .tp_richcompare = meth_richcompare,
    .tp_base = &PyCFunction_Type,
    .tp_getattro = PyObject_GenericGetAttr, // works before the type is readied
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};
