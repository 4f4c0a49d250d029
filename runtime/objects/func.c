// func.c: the function, cell and method types. Argument binding and execution are the VM's
// (vm/call.c, vm/eval.c), reached through rt_function_vectorcall_hook.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/code.h"
#include "runtime/objects/func.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "runtime/objects/weakref.h"

vectorcallfunc rt_function_vectorcall_hook;

// The interned "__name__" (globals['__name__'] becomes __module__). Not cached in a static:
// the runtime may be finalized and started again (tests), which frees interned strings.
static PyObject *
str_name(void)
{
    PyObject *s = PyUnicode_InternFromString("__name__");
    Py_XDECREF(s); // interned strings are immortal
    return s;
}

// ---- function -------------------------------------------------------------------------------

static PyObject *
function_not_ready(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyErr_SetString(PyExc_SystemError, "Python functions cannot run before vm_init()");
    return NULL;
}

// globals['__builtins__'] as a dict (a module gives its dict), or NULL if absent.
static PyObject *
builtins_from_globals(PyObject *globals)
{
    PyObject *b = PyDict_GetItemString(globals, "__builtins__");
    if (b == NULL)
        return NULL;
    if (PyDict_Check(b))
        return b;
    return PyModule_Check(b) ? PyModule_GetDict(b) : b;
}

PyObject *
rt_function_new(PyObject *code, PyObject *globals, PyObject *builtins, PyObject *qualname)
{
    if (!PyCode_Check(code) || !PyDict_Check(globals)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyCodeObject *co = (PyCodeObject *)code;
    PyObject *consts = co->co_consts;
    PyObject *doc = Py_None;
    if (PyTuple_GET_SIZE(consts) >= 1 && PyUnicode_Check(PyTuple_GET_ITEM(consts, 0)))
        doc = PyTuple_GET_ITEM(consts, 0);
    PyObject *key = str_name();
    if (key == NULL)
        return NULL;
    PyObject *module = PyDict_GetItemWithError(globals, key);
    if (module == NULL && PyErr_Occurred())
        return NULL;
    if (builtins == NULL)
        builtins = builtins_from_globals(globals);
    PyFunctionObject *f = (PyFunctionObject *)rt_gc_new(&PyFunction_Type);
    if (f == NULL)
        return NULL;
    f->func_code = Py_NewRef(code);
    f->func_globals = Py_NewRef(globals);
    f->func_builtins = Py_XNewRef(builtins);
    f->func_name = Py_NewRef(co->co_name);
    f->func_qualname = Py_NewRef(qualname != NULL ? qualname : co->co_qualname);
    f->func_doc = Py_NewRef(doc);
    f->func_module = Py_XNewRef(module);
    f->vectorcall = rt_function_vectorcall_hook ? rt_function_vectorcall_hook : function_not_ready;
    f->func_version = rt_function_next_version();
    PyObject_GC_Track(f);
    return (PyObject *)f;
}

PyObject *
PyFunction_New(PyObject *code, PyObject *globals)
{
    return rt_function_new(code, globals, NULL, NULL);
}

PyObject *
PyFunction_NewWithQualName(PyObject *code, PyObject *globals, PyObject *qualname)
{
    return rt_function_new(code, globals, NULL, qualname);
}

static int
func_clear(PyObject *o)
{
    PyFunctionObject *f = (PyFunctionObject *)o;
    Py_CLEAR(f->func_globals);
    Py_CLEAR(f->func_builtins);
    Py_CLEAR(f->func_module);
    Py_CLEAR(f->func_defaults);
    Py_CLEAR(f->func_kwdefaults);
    Py_CLEAR(f->func_doc);
    Py_CLEAR(f->func_dict);
    Py_CLEAR(f->func_closure);
    Py_CLEAR(f->func_annotations);
    // The code, name and qualname are kept (as CPython) so a cleared function still prints.
    return 0;
}

static void
func_dealloc(PyObject *o)
{
    PyFunctionObject *f = (PyFunctionObject *)o;
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, func_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    if (f->func_weakreflist != NULL)
        PyObject_ClearWeakRefs(o);
    func_clear(o);
    Py_CLEAR(f->func_code);
    Py_CLEAR(f->func_name);
    Py_CLEAR(f->func_qualname);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
func_traverse(PyObject *o, visitproc visit, void *arg)
{
    PyFunctionObject *f = (PyFunctionObject *)o;
    Py_VISIT(f->func_code);
    Py_VISIT(f->func_globals);
    Py_VISIT(f->func_builtins);
    Py_VISIT(f->func_module);
    Py_VISIT(f->func_defaults);
    Py_VISIT(f->func_kwdefaults);
    Py_VISIT(f->func_doc);
    Py_VISIT(f->func_name);
    Py_VISIT(f->func_dict);
    Py_VISIT(f->func_closure);
    Py_VISIT(f->func_annotations);
    Py_VISIT(f->func_qualname);
    return 0;
}

static PyObject *
func_repr(PyObject *o)
{
    PyFunctionObject *f = (PyFunctionObject *)o;
    return PyUnicode_FromFormat("<function %U at %p>", f->func_qualname, o);
}

// Functions are descriptors: looked up on an instance they bind to it.
static PyObject *
func_descr_get(PyObject *func, PyObject *obj, PyObject *type)
{
    if (obj == NULL || obj == Py_None)
        return Py_NewRef(func);
    return PyMethod_New(func, obj);
}

PyObject *
rt_function_annotations(PyObject *func)
{
    PyFunctionObject *f = (PyFunctionObject *)func;
    if (f->func_annotations == NULL) {
        f->func_annotations = PyDict_New();
        return f->func_annotations;
    }
    if (PyTuple_CheckExact(f->func_annotations)) {
        PyObject *ann = f->func_annotations;
        PyObject *d = PyDict_New();
        if (d == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i + 1 < PyTuple_GET_SIZE(ann); i += 2) {
            if (PyDict_SetItem(d, PyTuple_GET_ITEM(ann, i), PyTuple_GET_ITEM(ann, i + 1)) < 0) {
                Py_DECREF(d);
                return NULL;
            }
        }
        Py_SETREF(f->func_annotations, d);
    }
    return f->func_annotations;
}

int
PyFunction_SetDefaults(PyObject *func, PyObject *v)
{
    if (v == Py_None)
        v = NULL;
    if (v != NULL && !PyTuple_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    Py_XSETREF(((PyFunctionObject *)func)->func_defaults, Py_XNewRef(v));
    ((PyFunctionObject *)func)->func_version = rt_function_next_version();
    return 0;
}

int
PyFunction_SetKwDefaults(PyObject *func, PyObject *v)
{
    if (v == Py_None)
        v = NULL;
    if (v != NULL && !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Py_XSETREF(((PyFunctionObject *)func)->func_kwdefaults, Py_XNewRef(v));
    ((PyFunctionObject *)func)->func_version = rt_function_next_version();
    return 0;
}

int
PyFunction_SetClosure(PyObject *func, PyObject *v)
{
    if (v == Py_None)
        v = NULL;
    if (v != NULL && !PyTuple_Check(v)) {
        PyErr_Format(PyExc_SystemError, "expected tuple for closure, got '%.100s'",
                     Py_TYPE(v)->tp_name);
        return -1;
    }
    Py_XSETREF(((PyFunctionObject *)func)->func_closure, Py_XNewRef(v));
    return 0;
}

uint32_t
rt_function_next_version(void)
{
    static uint32_t next_version = 1;
    if (next_version == 0) // wrapped: 0 is never cached, skip it
        next_version = 1;
    return next_version++;
}

// ---- function attributes ----------------------------------------------------------------

#define FUNC_OFF(field) offsetof(PyFunctionObject, field)

static PyMemberDef func_members[] = {
    {"__closure__", T_OBJECT, FUNC_OFF(func_closure), READONLY, NULL},
    {"__doc__", T_OBJECT, FUNC_OFF(func_doc), 0, NULL},
    {"__globals__", T_OBJECT, FUNC_OFF(func_globals), READONLY, NULL},
    {"__module__", T_OBJECT, FUNC_OFF(func_module), 0, NULL},
    {"__builtins__", T_OBJECT, FUNC_OFF(func_builtins), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyObject *
func_get_code(PyObject *o, void *closure)
{
    return Py_NewRef(((PyFunctionObject *)o)->func_code);
}

static int
func_set_code(PyObject *o, PyObject *v, void *closure)
{
    PyFunctionObject *f = (PyFunctionObject *)o;
    if (v == NULL || !PyCode_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Py_ssize_t nfree = ((PyCodeObject *)v)->co_nfreevars;
    Py_ssize_t nclosure = f->func_closure == NULL ? 0 : PyTuple_GET_SIZE(f->func_closure);
    if (nclosure != nfree) {
        PyErr_Format(PyExc_ValueError, "%U() requires a code object with %zd free vars, not %zd",
                     f->func_name, nclosure, nfree);
        return -1;
    }
    Py_SETREF(f->func_code, Py_NewRef(v));
    f->func_version = rt_function_next_version();
    return 0;
}

static PyObject *
func_get_name(PyObject *o, void *closure)
{
    return Py_NewRef(((PyFunctionObject *)o)->func_name);
}

static int
func_set_name(PyObject *o, PyObject *v, void *closure)
{
    if (v == NULL || !PyUnicode_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    Py_SETREF(((PyFunctionObject *)o)->func_name, Py_NewRef(v));
    return 0;
}

static PyObject *
func_get_qualname(PyObject *o, void *closure)
{
    return Py_NewRef(((PyFunctionObject *)o)->func_qualname);
}

static int
func_set_qualname(PyObject *o, PyObject *v, void *closure)
{
    if (v == NULL || !PyUnicode_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    Py_SETREF(((PyFunctionObject *)o)->func_qualname, Py_NewRef(v));
    return 0;
}

static PyObject *
func_get_defaults(PyObject *o, void *closure)
{
    PyObject *d = ((PyFunctionObject *)o)->func_defaults;
    return Py_NewRef(d != NULL ? d : Py_None);
}

static int
func_set_defaults(PyObject *o, PyObject *v, void *closure)
{
    return PyFunction_SetDefaults(o, v);
}

static PyObject *
func_get_kwdefaults(PyObject *o, void *closure)
{
    PyObject *d = ((PyFunctionObject *)o)->func_kwdefaults;
    return Py_NewRef(d != NULL ? d : Py_None);
}

static int
func_set_kwdefaults(PyObject *o, PyObject *v, void *closure)
{
    return PyFunction_SetKwDefaults(o, v);
}

static PyObject *
func_get_annotations(PyObject *o, void *closure)
{
    return Py_XNewRef(rt_function_annotations(o));
}

static int
func_set_annotations(PyObject *o, PyObject *v, void *closure)
{
    if (v == Py_None)
        v = NULL;
    if (v != NULL && !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    Py_XSETREF(((PyFunctionObject *)o)->func_annotations, Py_XNewRef(v));
    return 0;
}

static PyObject *
func_get_dict(PyObject *o, void *closure)
{
    PyFunctionObject *f = (PyFunctionObject *)o;
    if (f->func_dict == NULL && (f->func_dict = PyDict_New()) == NULL)
        return NULL;
    return Py_NewRef(f->func_dict);
}

static int
func_set_dict(PyObject *o, PyObject *v, void *closure)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PyDict_Check(v)) {
        PyErr_Format(PyExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                     rt_type_name(Py_TYPE(v)));
        return -1;
    }
    Py_XSETREF(((PyFunctionObject *)o)->func_dict, Py_NewRef(v));
    return 0;
}

static PyGetSetDef func_getset[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PyTypeObject PyFunction_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(PyFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_vectorcall_offset = offsetof(PyFunctionObject, vectorcall),
    .tp_repr = func_repr,
    .tp_call = PyVectorcall_Call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL |
                Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "Create a function object.",
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_weaklistoffset = offsetof(PyFunctionObject, func_weakreflist),
    .tp_members = func_members,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(PyFunctionObject, func_dict),
};

// ---- cell -----------------------------------------------------------------------------------

PyObject *
PyCell_New(PyObject *obj)
{
    PyCellObject *c = (PyCellObject *)rt_gc_new(&PyCell_Type);
    if (c == NULL)
        return NULL;
    c->ob_ref = Py_XNewRef(obj);
    PyObject_GC_Track(c);
    return (PyObject *)c;
}

PyObject *
PyCell_Get(PyObject *cell)
{
    if (!PyCell_Check(cell)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return Py_XNewRef(PyCell_GET(cell));
}

int
PyCell_Set(PyObject *cell, PyObject *v)
{
    if (!PyCell_Check(cell)) {
        PyErr_BadInternalCall();
        return -1;
    }
    Py_XSETREF(((PyCellObject *)cell)->ob_ref, Py_XNewRef(v));
    return 0;
}

static int
cell_clear(PyObject *o)
{
    Py_CLEAR(((PyCellObject *)o)->ob_ref);
    return 0;
}

static void
cell_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, cell_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    cell_clear(o);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
cell_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((PyCellObject *)o)->ob_ref);
    return 0;
}

static PyObject *
cell_repr(PyObject *o)
{
    PyObject *ref = PyCell_GET(o);
    if (ref == NULL)
        return PyUnicode_FromFormat("<cell at %p: empty>", o);
    return PyUnicode_FromFormat("<cell at %p: %.80s object at %p>", o, Py_TYPE(ref)->tp_name, ref);
}

// Cells compare by content; an empty cell sorts before any value.
static PyObject *
cell_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyCell_Check(a) || !PyCell_Check(b))
        return Py_NewRef(Py_NotImplemented);
    PyObject *x = PyCell_GET(a), *y = PyCell_GET(b);
    if (x != NULL && y != NULL)
        return PyObject_RichCompare(x, y, op);
    Py_RETURN_RICHCOMPARE(y == NULL, x == NULL, op);
}

static PyObject *
cell_get_contents(PyObject *o, void *closure)
{
    PyObject *v = PyCell_GET(o);
    if (v == NULL) {
        PyErr_SetString(PyExc_ValueError, "Cell is empty");
        return NULL;
    }
    return Py_NewRef(v);
}

static int
cell_set_contents(PyObject *o, PyObject *v, void *closure)
{
    Py_XSETREF(((PyCellObject *)o)->ob_ref, Py_XNewRef(v));
    return 0;
}

static PyGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

// types.CellType([contents])
static PyObject *
cell_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *obj = NULL;
    if (!rt_arg_no_keywords("cell", kwargs) || !PyArg_UnpackTuple(args, "cell", 0, 1, &obj))
        return NULL;
    return PyCell_New(obj);
}

PyTypeObject PyCell_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(PyCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Create a new cell object.",
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_richcompare = cell_richcompare,
    .tp_getset = cell_getset,
    .tp_new = cell_new,
};

// ---- bound method ---------------------------------------------------------------------------

// __qualname__ (or __name__) of a bound method's function for its repr: a new str, Py_None
// when it has neither, NULL on error.
static PyObject *
display_name(PyObject *func)
{
    if (PyFunction_Check(func))
        return Py_NewRef(((PyFunctionObject *)func)->func_qualname);
    static const char *const attrs[] = {"__qualname__", "__name__"};
    for (int i = 0; i < 2; i++) {
        PyObject *name = PyObject_GetAttrString(func, attrs[i]);
        if (name != NULL) {
            if (PyUnicode_Check(name))
                return name;
            Py_DECREF(name);
        } else if (!PyErr_ExceptionMatches(PyExc_AttributeError)) {
            return NULL;
        }
        PyErr_Clear();
    }
    return Py_NewRef(Py_None);
}

// Call im_func with im_self in front of the arguments.
static PyObject *
method_vectorcall(PyObject *m, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyMethodObject *meth = (PyMethodObject *)m;
    size_t nargs = (size_t)PyVectorcall_NARGS(nargsf);
    size_t total = nargs + (kwnames == NULL ? 0 : (size_t)PyTuple_GET_SIZE(kwnames));
    if (nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) {
        // The caller lets us borrow args[-1]: put self there instead of copying.
        PyObject **shifted = (PyObject **)args - 1;
        PyObject *saved = shifted[0];
        shifted[0] = meth->im_self;
        PyObject *r = rt_call_vector(meth->im_func, shifted, nargs + 1, kwnames);
        shifted[0] = saved;
        return r;
    }
    PyObject *small[8];
    PyObject **stack = small;
    if (total + 1 > sizeof small / sizeof small[0]) {
        stack = PyMem_Malloc((total + 1) * sizeof(PyObject *));
        if (stack == NULL)
            return PyErr_NoMemory();
    }
    stack[0] = meth->im_self;
    for (size_t i = 0; i < total; i++)
        stack[i + 1] = args[i];
    PyObject *r = rt_call_vector(meth->im_func, stack, nargs + 1, kwnames);
    if (stack != small)
        PyMem_Free(stack);
    return r;
}

PyObject *
PyMethod_New(PyObject *func, PyObject *self)
{
    if (self == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyMethodObject *m = (PyMethodObject *)rt_gc_new(&PyMethod_Type);
    if (m == NULL)
        return NULL;
    m->im_func = Py_NewRef(func);
    m->im_self = Py_NewRef(self);
    m->vectorcall = method_vectorcall;
    PyObject_GC_Track(m);
    return (PyObject *)m;
}

static int
method_clear(PyObject *o)
{
    PyMethodObject *m = (PyMethodObject *)o;
    Py_CLEAR(m->im_func);
    Py_CLEAR(m->im_self);
    return 0;
}

static void
method_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, method_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    if (((PyMethodObject *)o)->im_weakreflist != NULL)
        PyObject_ClearWeakRefs(o);
    method_clear(o);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
method_traverse(PyObject *o, visitproc visit, void *arg)
{
    PyMethodObject *m = (PyMethodObject *)o;
    Py_VISIT(m->im_func);
    Py_VISIT(m->im_self);
    return 0;
}

static PyObject *
method_repr(PyObject *o)
{
    PyMethodObject *m = (PyMethodObject *)o;
    PyObject *name = display_name(m->im_func);
    if (name == NULL)
        return NULL;
    PyObject *r;
    if (name == Py_None)
        r = PyUnicode_FromFormat("<bound method ? of %R>", m->im_self);
    else
        r = PyUnicode_FromFormat("<bound method %U of %R>", name, m->im_self);
    Py_DECREF(name);
    return r;
}

// Two bound methods are equal when they bind the same object (identity) to equal functions.
static PyObject *
method_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyMethod_Check(a) || !PyMethod_Check(b))
        return Py_NewRef(Py_NotImplemented);
    PyMethodObject *x = (PyMethodObject *)a, *y = (PyMethodObject *)b;
    int eq = x->im_self == y->im_self;
    if (eq) {
        eq = PyObject_RichCompareBool(x->im_func, y->im_func, Py_EQ);
        if (eq < 0)
            return NULL;
    }
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

static Py_hash_t
method_hash(PyObject *o)
{
    PyMethodObject *m = (PyMethodObject *)o;
    Py_hash_t y = PyObject_Hash(m->im_func);
    if (y == -1)
        return -1;
    Py_hash_t x = rt_hash_pointer(m->im_self) ^ y;
    return x == -1 ? -2 : x;
}

// types.MethodType(function, instance)
static PyObject *
method_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *func, *self;
    if (!rt_arg_no_keywords("method", kwargs) ||
        !PyArg_UnpackTuple(args, "method", 2, 2, &func, &self))
        return NULL;
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (self == Py_None) {
        PyErr_SetString(PyExc_TypeError, "instance must not be None");
        return NULL;
    }
    return PyMethod_New(func, self);
}

// A method is not re-bound when found on a class: it stays bound to its instance.
static PyObject *
method_descr_get(PyObject *meth, PyObject *obj, PyObject *type)
{
    return Py_NewRef(meth);
}

#define METH_OFF(field) offsetof(PyMethodObject, field)

static PyMemberDef method_members[] = {
    {"__func__", T_OBJECT, METH_OFF(im_func), READONLY,
     "the function (or other callable) implementing a method"},
    {"__self__", T_OBJECT, METH_OFF(im_self), READONLY, "the instance to which a method is bound"},
    {NULL, 0, 0, 0, NULL},
};

static PyObject *
method_get_doc(PyObject *o, void *closure)
{
    return PyObject_GetAttrString(((PyMethodObject *)o)->im_func, "__doc__");
}

static PyGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

// The method type's own attributes first (__func__, __self__, __doc__ ...), then the
// function's: m.__name__ is m.__func__.__name__.
static PyObject *
method_getattro(PyObject *o, PyObject *name)
{
    PyObject *descr = rt_type_lookup(Py_TYPE(o), name);
    if (descr != NULL) {
        descrgetfunc get = Py_TYPE(descr)->tp_descr_get;
        if (get != NULL)
            return get(descr, o, (PyObject *)Py_TYPE(o));
        return Py_NewRef(descr);
    }
    if (PyErr_Occurred())
        return NULL;
    return PyObject_GetAttr(((PyMethodObject *)o)->im_func, name);
}

PyTypeObject PyMethod_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(PyMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_vectorcall_offset = offsetof(PyMethodObject, vectorcall),
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = method_getattro,
    .tp_members = method_members,
    .tp_getset = method_getset,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "Create a bound instance method object.",
    .tp_traverse = method_traverse,
    .tp_clear = method_clear,
    .tp_richcompare = method_richcompare,
    .tp_weaklistoffset = offsetof(PyMethodObject, im_weakreflist),
    .tp_descr_get = method_descr_get,
    .tp_new = method_new,
};
