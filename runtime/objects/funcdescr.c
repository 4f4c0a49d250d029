// funcdescr.c: the descriptors that decorate functions in class bodies: property (getter,
// setter, deleter, doc), classmethod and staticmethod (CPython's descrobject.c and
// funcobject.c parts). Functions binding to instances is func.c; the C-level descriptors
// (member, getset, slot wrapper) are descr.c.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/typeattr.h"

// tp_new of these containers: allocate and track (tp_init fills them in).
static PyObject *
new_tracked(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *self = type->tp_alloc(type, 0);
    if (self != NULL)
        PyObject_GC_Track(self);
    return self;
}

// ---- classmethod and staticmethod --------------------------------------------------------------

// Both wrap one callable and carry a __dict__ (filled from the callable, as functools.wraps).
typedef struct {
    PyObject_HEAD
    PyObject *callable;
    PyObject *dict;
} FuncWrapper;

static void
wrapper_dealloc(PyObject *o)
{
    FuncWrapper *w = (FuncWrapper *)o;
    PyObject_GC_UnTrack(o);
    Py_XDECREF(w->callable);
    Py_XDECREF(w->dict);
    Py_TYPE(o)->tp_free(o);
}

static int
wrapper_traverse(PyObject *o, visitproc visit, void *arg)
{
    FuncWrapper *w = (FuncWrapper *)o;
    Py_VISIT(w->callable);
    Py_VISIT(w->dict);
    return 0;
}

static int
wrapper_clear(PyObject *o)
{
    FuncWrapper *w = (FuncWrapper *)o;
    Py_CLEAR(w->callable);
    Py_CLEAR(w->dict);
    return 0;
}

// Copy __module__, __name__, __qualname__, __doc__ and __annotations__ of the callable, as
// CPython 3.11's classmethod and staticmethod do.
static int
copy_function_attrs(PyObject *wrapper, PyObject *wrapped)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        PyObject *name = PyUnicode_InternFromString(names[i]), *value;
        if (name == NULL)
            return -1;
        int r = rt_object_lookup_attr(wrapped, name, &value);
        if (r > 0) {
            r = PyObject_SetAttr(wrapper, name, value);
            Py_DECREF(value);
        }
        if (r < 0)
            return -1;
    }
    return 0;
}

static int
wrapper_init(PyObject *self, PyObject *args, PyObject *kwds, const char *name)
{
    PyObject *callable;
    if (!rt_arg_no_keywords(name, kwds) || !PyArg_UnpackTuple(args, name, 1, 1, &callable))
        return -1;
    Py_XSETREF(((FuncWrapper *)self)->callable, Py_NewRef(callable));
    return copy_function_attrs(self, callable);
}

static int
cm_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return wrapper_init(self, args, kwds, "classmethod");
}

static int
sm_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return wrapper_init(self, args, kwds, "staticmethod");
}

static PyObject *
wrapper_new_with(PyTypeObject *type, PyObject *callable)
{
    if (PyType_Ready(type) < 0)
        return NULL;
    PyObject *self = PyType_GenericAlloc(type, 0);
    if (self == NULL)
        return NULL;
    PyObject_GC_Track(self);
    PyObject *args = PyTuple_Pack(1, callable);
    int r = args == NULL ? -1 : type->tp_init(self, args, NULL);
    Py_XDECREF(args);
    if (r < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return self;
}

PyObject *
PyClassMethod_New(PyObject *callable)
{
    return wrapper_new_with(&PyClassMethod_Type, callable);
}

PyObject *
PyStaticMethod_New(PyObject *callable)
{
    return wrapper_new_with(&PyStaticMethod_Type, callable);
}

static PyObject *
uninitialized(const char *kind)
{
    PyErr_Format(PyExc_RuntimeError, "uninitialized %s object", kind);
    return NULL;
}

static PyObject *
cm_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyObject *callable = ((FuncWrapper *)self)->callable;
    if (callable == NULL)
        return uninitialized("classmethod");
    if (type == NULL)
        type = (PyObject *)Py_TYPE(obj);
    // 3.11 chains descriptors: a classmethod of a property binds through the property.
    descrgetfunc get = Py_TYPE(callable)->tp_descr_get;
    if (get != NULL)
        return get(callable, type, type);
    return PyMethod_New(callable, type);
}

static PyObject *
sm_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyObject *callable = ((FuncWrapper *)self)->callable;
    if (callable == NULL)
        return uninitialized("staticmethod");
    return Py_NewRef(callable);
}

static PyObject *
sm_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    return PyObject_Call(((FuncWrapper *)self)->callable, args, kwds);
}

static PyObject *
wrapper_repr(PyObject *self, const char *kind)
{
    PyObject *callable = ((FuncWrapper *)self)->callable;
    if (callable == NULL)
        return PyUnicode_FromFormat("<%s(NULL)>", kind);
    return PyUnicode_FromFormat("<%s(%R)>", kind, callable);
}

static PyObject *
cm_repr(PyObject *self)
{
    return wrapper_repr(self, "classmethod");
}

static PyObject *
sm_repr(PyObject *self)
{
    return wrapper_repr(self, "staticmethod");
}

// __isabstractmethod__ of a wrapper: that of what it wraps (False when absent).
static PyObject *
is_abstract(PyObject *callable)
{
    if (callable == NULL)
        Py_RETURN_FALSE;
    PyObject *name = PyUnicode_InternFromString("__isabstractmethod__"), *v;
    int r = name == NULL ? -1 : rt_object_lookup_attr(callable, name, &v);
    if (r <= 0)
        return r < 0 ? NULL : Py_NewRef(Py_False);
    int truth = PyObject_IsTrue(v);
    Py_DECREF(v);
    return truth < 0 ? NULL : PyBool_FromLong(truth);
}

static PyObject *
wrapper_get_isabstract(PyObject *self, void *closure)
{
    return is_abstract(((FuncWrapper *)self)->callable);
}

static PyMemberDef wrapper_members[] = {
    {"__func__", T_OBJECT, offsetof(FuncWrapper, callable), READONLY, NULL},
    {"__wrapped__", T_OBJECT, offsetof(FuncWrapper, callable), READONLY, NULL},
    {NULL},
};

static PyGetSetDef wrapper_getsets[] = {
    {"__isabstractmethod__", wrapper_get_isabstract, NULL, NULL, NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL},
};

#define FUNC_WRAPPER_TYPE                                                                      \
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),                                         \
    .tp_basicsize = sizeof(FuncWrapper),                                                       \
    .tp_dealloc = wrapper_dealloc,                                                             \
    .tp_getattro = PyObject_GenericGetAttr,                                                    \
    .tp_setattro = PyObject_GenericSetAttr,                                                    \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,                 \
    .tp_traverse = wrapper_traverse,                                                           \
    .tp_clear = wrapper_clear,                                                                 \
    .tp_members = wrapper_members,                                                             \
    .tp_getset = wrapper_getsets,                                                              \
    .tp_dictoffset = offsetof(FuncWrapper, dict),                                              \
    .tp_alloc = PyType_GenericAlloc,                                                           \
    .tp_new = new_tracked,                                                               \
    .tp_free = PyObject_GC_Del

PyTypeObject PyClassMethod_Type = {
    FUNC_WRAPPER_TYPE,
    .tp_name = "classmethod",
    .tp_repr = cm_repr,
    .tp_doc = "classmethod(function) -> method\n\nConvert a function to be a class method.\n\n"
              "A class method receives the class as implicit first argument,\njust like an "
              "instance method receives the instance.\nTo declare a class method, use this "
              "idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n"
              "          ...\n\nIt can be called either on the class (e.g. C.f()) or on an "
              "instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a "
              "class method is called for a derived class, the derived class\nobject is passed "
              "as the implied first argument.\n\nClass methods are different than C++ or Java "
              "static methods.\nIf you want those, see the staticmethod builtin.",
    .tp_descr_get = cm_descr_get,
    .tp_init = cm_init,
};

PyTypeObject PyStaticMethod_Type = {
    FUNC_WRAPPER_TYPE,
    .tp_name = "staticmethod",
    .tp_repr = sm_repr,
    .tp_call = sm_call,
    .tp_doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\n"
              "A static method does not receive an implicit first argument.\nTo declare a "
              "static method, use this idiom:\n\n     class C:\n         @staticmethod\n       "
              "  def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the "
              "class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the "
              "instance are ignored, and\nneither is passed implicitly as the first "
              "argument to the method.\n\nStatic methods in Python are similar to those found "
              "in Java or C++.\nFor a more advanced concept, see the classmethod builtin.",
    .tp_descr_get = sm_descr_get,
    .tp_init = sm_init,
};

// ---- property -----------------------------------------------------------------------------------


static void
property_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    PropertyObject *p = (PropertyObject *)o;
    Py_XDECREF(p->prop_get);
    Py_XDECREF(p->prop_set);
    Py_XDECREF(p->prop_del);
    Py_XDECREF(p->prop_doc);
    Py_XDECREF(p->prop_name);
    Py_TYPE(o)->tp_free(o);
}

static int
property_traverse(PyObject *o, visitproc visit, void *arg)
{
    PropertyObject *p = (PropertyObject *)o;
    Py_VISIT(p->prop_get);
    Py_VISIT(p->prop_set);
    Py_VISIT(p->prop_del);
    Py_VISIT(p->prop_doc);
    Py_VISIT(p->prop_name);
    return 0;
}

static int
property_clear(PyObject *o)
{
    PropertyObject *p = (PropertyObject *)o;
    Py_CLEAR(p->prop_get);
    Py_CLEAR(p->prop_set);
    Py_CLEAR(p->prop_del);
    Py_CLEAR(p->prop_doc);
    Py_CLEAR(p->prop_name);
    return 0;
}

// AttributeError "property 'x' of 'A' object has no getter" (setter, deleter).
static void
missing_accessor(PropertyObject *p, PyObject *obj, const char *what)
{
    PyObject *qualname = NULL;
    if (obj != NULL) {
        qualname = PyObject_GetAttrString((PyObject *)Py_TYPE(obj), "__qualname__");
        if (qualname == NULL)
            PyErr_Clear();
    }
    if (p->prop_name != NULL && qualname != NULL)
        PyErr_Format(PyExc_AttributeError, "property %R of %R object has no %s", p->prop_name,
                     qualname, what);
    else if (qualname != NULL)
        PyErr_Format(PyExc_AttributeError, "property of %R object has no %s", qualname, what);
    else
        PyErr_Format(PyExc_AttributeError, "property has no %s", what);
    Py_XDECREF(qualname);
}

static PyObject *
property_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    if (obj == NULL || obj == Py_None)
        return Py_NewRef(self);
    PropertyObject *p = (PropertyObject *)self;
    if (p->prop_get == NULL) {
        missing_accessor(p, obj, "getter");
        return NULL;
    }
    return PyObject_CallOneArg(p->prop_get, obj);
}

static int
property_descr_set(PyObject *self, PyObject *obj, PyObject *value)
{
    PropertyObject *p = (PropertyObject *)self;
    PyObject *func = value == NULL ? p->prop_del : p->prop_set;
    if (func == NULL) {
        missing_accessor(p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    PyObject *args[2] = {obj, value};
    PyObject *r = rt_call_vector(func, args, value == NULL ? 1 : 2, NULL);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

// property(fget=None, fset=None, fdel=None, doc=None): the arguments as a vector for
// rt_call_unpack.
static int
parse_property_args(PyObject *args, PyObject *kwds, PyObject **out)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    static const RtArgSpec spec = {"property", names, 4, 0, 0, 4, 0};
    Py_ssize_t nargs = PyTuple_GET_SIZE(args), nkw = kwds != NULL ? PyDict_GET_SIZE(kwds) : 0;
    PyObject *stack[16], *kwnames = NULL;
    if (nargs + nkw > 16) {
        PyErr_Format(PyExc_TypeError, "property() takes at most 4 arguments (%zd given)",
                     nargs + nkw);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        stack[i] = PyTuple_GET_ITEM(args, i);
    if (nkw > 0) {
        kwnames = PyTuple_New(nkw);
        if (kwnames == NULL)
            return -1;
        Py_ssize_t pos = 0, i = 0;
        PyObject *key, *value;
        while (PyDict_Next(kwds, &pos, &key, &value)) {
            PyTuple_SET_ITEM(kwnames, i, Py_NewRef(key));
            stack[nargs + i++] = value;
        }
    }
    int r = rt_call_unpack(&spec, stack, nargs, kwnames, out);
    Py_XDECREF(kwnames);
    return r;
}

static int
property_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *a[4] = {NULL, NULL, NULL, NULL};
    if (parse_property_args(args, kwds, a) < 0)
        return -1;
    PropertyObject *p = (PropertyObject *)self;
    for (int i = 0; i < 4; i++) {
        if (a[i] == Py_None)
            a[i] = NULL;
    }
    Py_XSETREF(p->prop_get, Py_XNewRef(a[0]));
    Py_XSETREF(p->prop_set, Py_XNewRef(a[1]));
    Py_XSETREF(p->prop_del, Py_XNewRef(a[2]));
    Py_XSETREF(p->prop_doc, Py_XNewRef(a[3]));
    p->getter_doc = 0;
    // Without a doc, the getter's docstring is the property's.
    if (a[3] == NULL && a[0] != NULL) {
        PyObject *name = PyUnicode_InternFromString("__doc__"), *doc = NULL;
        if (name == NULL || rt_object_lookup_attr(a[0], name, &doc) < 0)
            return -1;
        if (doc != NULL && doc != Py_None) {
            Py_XSETREF(p->prop_doc, doc);
            p->getter_doc = 1;
        }
        else {
            Py_XDECREF(doc);
        }
    }
    return 0;
}

// A copy of the property with some accessors replaced (getter/setter/deleter), made by
// calling its type so that subclasses of property stay themselves.
static PyObject *
property_copy(PyObject *old, PyObject *get, PyObject *set, PyObject *del)
{
    PropertyObject *p = (PropertyObject *)old;
    if (get == NULL || get == Py_None)
        get = p->prop_get ? p->prop_get : Py_None;
    if (set == NULL || set == Py_None)
        set = p->prop_set ? p->prop_set : Py_None;
    if (del == NULL || del == Py_None)
        del = p->prop_del ? p->prop_del : Py_None;
    PyObject *doc = p->getter_doc && get != Py_None ? Py_None
                                                    : (p->prop_doc ? p->prop_doc : Py_None);
    PyObject *args[4] = {get, set, del, doc};
    PyObject *r = rt_call_vector((PyObject *)Py_TYPE(old), args, 4, NULL);
    if (r != NULL && PyObject_TypeCheck(r, &PyProperty_Type))
        Py_XSETREF(((PropertyObject *)r)->prop_name, Py_XNewRef(p->prop_name));
    return r;
}

static PyObject *
property_getter(PyObject *self, PyObject *func)
{
    return property_copy(self, func, NULL, NULL);
}

static PyObject *
property_setter(PyObject *self, PyObject *func)
{
    return property_copy(self, NULL, func, NULL);
}

static PyObject *
property_deleter(PyObject *self, PyObject *func)
{
    return property_copy(self, NULL, NULL, func);
}

static PyObject *
property_set_name(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "__set_name__() takes 2 positional arguments but %zd were "
                     "given", nargs);
        return NULL;
    }
    Py_XSETREF(((PropertyObject *)self)->prop_name, Py_NewRef(args[1]));
    Py_RETURN_NONE;
}

static PyObject *
property_get_isabstract(PyObject *self, void *closure)
{
    PropertyObject *p = (PropertyObject *)self;
    PyObject *parts[3] = {p->prop_get, p->prop_set, p->prop_del};
    for (int i = 0; i < 3; i++) {
        PyObject *r = is_abstract(parts[i]);
        if (r != Py_False)
            return r;
        Py_DECREF(r);
    }
    Py_RETURN_FALSE;
}

static PyMethodDef property_methods[] = {
    {"getter", property_getter, METH_O, "Descriptor to obtain a copy of the property with a "
                                        "different getter."},
    {"setter", property_setter, METH_O, "Descriptor to obtain a copy of the property with a "
                                        "different setter."},
    {"deleter", property_deleter, METH_O, "Descriptor to obtain a copy of the property with a "
                                          "different deleter."},
    {"__set_name__", (PyCFunction)(void (*)(void))property_set_name, METH_FASTCALL,
     "Method to set name of a property."},
    {NULL},
};

static PyMemberDef property_members[] = {
    {"fget", T_OBJECT, offsetof(PropertyObject, prop_get), READONLY, NULL},
    {"fset", T_OBJECT, offsetof(PropertyObject, prop_set), READONLY, NULL},
    {"fdel", T_OBJECT, offsetof(PropertyObject, prop_del), READONLY, NULL},
    {"__doc__", T_OBJECT, offsetof(PropertyObject, prop_doc), 0, NULL},
    {NULL},
};

static PyGetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL},
};

PyTypeObject PyProperty_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(PropertyObject),
    .tp_dealloc = property_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "property(fget=None, fset=None, fdel=None, doc=None)\n--\n\nProperty attribute.\n\n"
              "  fget\n    function to be used for getting an attribute value\n  fset\n    "
              "function to be used for setting an attribute value\n  fdel\n    function to be "
              "used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a "
              "managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n"
              "    def setx(self, value): self._x = value\n    def delx(self): del self._x\n"
              "    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make "
              "defining new properties or modifying existing ones easy:\n\nclass C(object):\n"
              "    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        "
              "return self._x\n    @x.setter\n    def x(self, value):\n        self._x = "
              "value\n    @x.deleter\n    def x(self):\n        del self._x",
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getsets,
    .tp_descr_get = property_descr_get,
    .tp_descr_set = property_descr_set,
    .tp_init = property_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = new_tracked,
    .tp_free = PyObject_GC_Del,
};
