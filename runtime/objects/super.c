// super.c: the super type: super(type, obj) finds attributes in obj's MRO after `type`;
// super() with no arguments takes `type` from the __class__ cell the compiler gives methods
// that mention super, and `obj` from the method's first argument, read from the running frame
// through rt_current_frame_hook (the VM installs it; runtime/ cannot see frames).
#include "runtime/runtime.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/typeattr.h"

int (*rt_current_frame_hook)(RtFrameView *view);

typedef struct {
    PyObject_HEAD
    PyTypeObject *type;     // the class super() was called in (__thisclass__)
    PyObject *obj;          // the instance or class bound to (__self__), or NULL
    PyTypeObject *obj_type; // the class whose MRO is searched (__self_class__), or NULL
} SuperObject;

static void
super_dealloc(PyObject *self)
{
    SuperObject *su = (SuperObject *)self;
    PyObject_GC_UnTrack(self);
    Py_XDECREF(su->obj);
    Py_XDECREF(su->type);
    Py_XDECREF(su->obj_type);
    Py_TYPE(self)->tp_free(self);
}

static int
super_traverse(PyObject *self, visitproc visit, void *arg)
{
    SuperObject *su = (SuperObject *)self;
    Py_VISIT(su->obj);
    Py_VISIT(su->type);
    Py_VISIT(su->obj_type);
    return 0;
}

static PyObject *
super_repr(PyObject *self)
{
    SuperObject *su = (SuperObject *)self;
    const char *name = su->type != NULL ? su->type->tp_name : "NULL";
    if (su->obj_type != NULL)
        return PyUnicode_FromFormat("<super: <class '%s'>, <%s object>>", name,
                                    su->obj_type->tp_name);
    return PyUnicode_FromFormat("<super: <class '%s'>, NULL>", name);
}

static PyObject *
super_getattro(PyObject *self, PyObject *name)
{
    SuperObject *su = (SuperObject *)self;
    PyTypeObject *start = su->obj_type;
    // super().__class__ is super, not the class of obj.
    if (start == NULL || (PyUnicode_Check(name) && rt_str_equal_ascii(name, "__class__")))
        return PyObject_GenericGetAttr(self, name);
    PyObject *mro = start->tp_mro;
    if (mro == NULL)
        return PyObject_GenericGetAttr(self, name);
    Py_ssize_t n = PyTuple_GET_SIZE(mro), i = 0;
    while (i + 1 < n && PyTuple_GET_ITEM(mro, i) != (PyObject *)su->type)
        i++;
    // The dicts of the MRO may run code (a __eq__ of a key) that replaces it.
    Py_INCREF(mro);
    for (i++; i < n; i++) {
        PyObject *dict = ((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_dict;
        if (dict == NULL)
            continue;
        PyObject *res = PyDict_GetItemWithError(dict, name);
        if (res == NULL) {
            if (PyErr_Occurred()) {
                Py_DECREF(mro);
                return NULL;
            }
            continue;
        }
        Py_INCREF(res);
        descrgetfunc f = Py_TYPE(res)->tp_descr_get;
        if (f != NULL) {
            // A class bound with super(C, C) gets descriptors as from the class.
            PyObject *obj = su->obj == (PyObject *)start ? NULL : su->obj;
            Py_SETREF(res, f(res, obj, (PyObject *)start));
        }
        Py_DECREF(mro);
        return res;
    }
    Py_DECREF(mro);
    return PyObject_GenericGetAttr(self, name);
}

// The class to search for super(type, obj): obj itself when it is a subclass of type (for
// class methods), else obj's class (or its __class__, for proxies). New reference or NULL.
static PyTypeObject *
supercheck(PyTypeObject *type, PyObject *obj)
{
    if (PyType_Check(obj) && PyType_IsSubtype((PyTypeObject *)obj, type))
        return (PyTypeObject *)Py_NewRef(obj);
    if (PyType_IsSubtype(Py_TYPE(obj), type))
        return (PyTypeObject *)Py_NewRef(Py_TYPE(obj));
    PyObject *class_attr;
    if (rt_object_lookup_attr(obj, PyUnicode_InternFromString("__class__"), &class_attr) < 0)
        return NULL;
    if (class_attr != NULL && PyType_Check(class_attr) &&
        (PyTypeObject *)class_attr != Py_TYPE(obj) &&
        PyType_IsSubtype((PyTypeObject *)class_attr, type))
        return (PyTypeObject *)class_attr;
    Py_XDECREF(class_attr);
    PyErr_SetString(PyExc_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

// Fill the super object; obj may be NULL (an unbound super).
static int
super_set(SuperObject *su, PyTypeObject *type, PyObject *obj)
{
    PyTypeObject *obj_type = NULL;
    if (obj != NULL) {
        obj_type = supercheck(type, obj);
        if (obj_type == NULL)
            return -1;
        Py_INCREF(obj);
    }
    Py_INCREF(type);
    Py_XSETREF(su->type, type);
    Py_XSETREF(su->obj, obj);
    Py_XSETREF(su->obj_type, obj_type);
    return 0;
}

// super() in a method: the class from the __class__ cell, the object from the first argument
// (which is a cell when an inner function uses it too).
static int
super_from_frame(PyTypeObject **type, PyObject **obj)
{
    RtFrameView f;
    if (rt_current_frame_hook == NULL || !rt_current_frame_hook(&f)) {
        PyErr_SetString(PyExc_RuntimeError, "super(): no current frame");
        return -1;
    }
    PyCodeObject *co = f.code;
    if (co->co_argcount == 0) {
        PyErr_SetString(PyExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(co->co_localspluskinds);
    PyObject *first = f.localsplus[0];
    if (first != NULL && (kinds[0] & CO_FAST_CELL) && PyCell_Check(first))
        first = PyCell_GET(first);
    if (first == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->co_nlocalsplus - co->co_nfreevars; i < co->co_nlocalsplus; i++) {
        PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
        if (!rt_str_equal_ascii(name, "__class__"))
            continue;
        PyObject *cell = f.localsplus[i];
        if (cell == NULL || !PyCell_Check(cell)) {
            PyErr_SetString(PyExc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        PyObject *cls = PyCell_GET(cell);
        if (cls == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!PyType_Check(cls)) {
            PyErr_Format(PyExc_RuntimeError, "super(): __class__ is not a type (%s)",
                         Py_TYPE(cls)->tp_name);
            return -1;
        }
        *type = (PyTypeObject *)cls;
        *obj = first;
        return 0;
    }
    PyErr_SetString(PyExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int
super_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *type = NULL, *obj = NULL;
    if (!rt_arg_no_keywords("super", kwds) || !PyArg_UnpackTuple(args, "super", 0, 2, &type, &obj))
        return -1;
    if (type == NULL) {
        PyTypeObject *t;
        if (super_from_frame(&t, &obj) < 0)
            return -1;
        type = (PyObject *)t;
    }
    else if (!PyType_Check(type)) {
        PyErr_Format(PyExc_TypeError, "super() argument 1 must be a type, not %.200s",
                     Py_TYPE(type)->tp_name);
        return -1;
    }
    if (obj == Py_None)
        obj = NULL;
    return super_set((SuperObject *)self, (PyTypeObject *)type, obj);
}

static PyObject *
super_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *self = type->tp_alloc(type, 0);
    if (self != NULL)
        PyObject_GC_Track(self);
    return self;
}

static PyObject *
super_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    SuperObject *su = (SuperObject *)self;
    if (obj == NULL || obj == Py_None || su->obj != NULL)
        return Py_NewRef(self);
    if (!Py_IS_TYPE(self, &PySuper_Type)) {
        // An instance of a subclass of super: let its class make the bound one.
        PyObject *args[2] = {(PyObject *)su->type, obj};
        return rt_call_vector((PyObject *)Py_TYPE(self), args, 2, NULL);
    }
    SuperObject *bound = (SuperObject *)PyType_GenericAlloc(&PySuper_Type, 0);
    if (bound == NULL)
        return NULL;
    PyObject_GC_Track(bound);
    if (super_set(bound, su->type, obj) < 0) {
        Py_DECREF(bound);
        return NULL;
    }
    return (PyObject *)bound;
}

static PyMemberDef super_members[] = {
    {"__thisclass__", T_OBJECT, offsetof(SuperObject, type), READONLY,
     "the class invoking super()"},
    {"__self__", T_OBJECT, offsetof(SuperObject, obj), READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", T_OBJECT, offsetof(SuperObject, obj_type), READONLY,
     "the type of the instance invoking super(); may be None"},
    {NULL},
};

PyTypeObject PySuper_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(SuperObject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound "
              "super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, "
              "type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, "
              "type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    "
              "def meth(self, arg):\n        super().meth(arg)\nThis works for class methods "
              "too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        "
              "super().cmeth(arg)\n",
    .tp_traverse = super_traverse,
    .tp_members = super_members,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = super_new,
    .tp_free = PyObject_GC_Del,
};
