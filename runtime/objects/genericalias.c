// genericalias.c: types.GenericAlias (PEP 585), the object list[int] evaluates to. It keeps
// the origin class and the arguments, prints as `list[int]`, compares and hashes by both,
// creates an origin instance when called, forwards other attribute reads to the origin, and
// substitutes type parameters (objects with __typing_subst__) on subscription. Starred
// aliases (*tuple[int], PEP 646) and `|` (types.UnionType) are not implemented.
#include <stddef.h>
#include "runtime/runtime.h"
#include "runtime/objects/genericalias.h"

typedef struct {
    PyObject_HEAD
    PyObject *origin;
    PyObject *args;       // always a tuple
    PyObject *parameters; // the type variables in args, computed on first use; NULL before
} GenericAliasObject;

#define GA(o) ((GenericAliasObject *)(o))

static PyObject *
str_id(const char *s)
{
    return PyUnicode_InternFromString(s);
}

// ---- construction ---------------------------------------------------------------------------

static PyObject *
ga_alloc(PyTypeObject *type, PyObject *origin, PyObject *args)
{
    PyObject *targs = PyTuple_Check(args) ? Py_NewRef(args) : PyTuple_Pack(1, args);
    if (targs == NULL)
        return NULL;
    GenericAliasObject *ga = (GenericAliasObject *)type->tp_alloc(type, 0);
    if (ga == NULL) {
        Py_DECREF(targs);
        return NULL;
    }
    ga->origin = Py_NewRef(origin);
    ga->args = targs;
    ga->parameters = NULL;
    PyObject_GC_Track(ga);
    return (PyObject *)ga;
}

PyObject *
Py_GenericAlias(PyObject *origin, PyObject *args)
{
    return ga_alloc(&Py_GenericAliasType, origin, args);
}

// GenericAlias(origin, args), as types.GenericAlias is called.
static PyObject *
ga_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *origin, *arguments;
    if (!rt_arg_no_keywords("GenericAlias", kwds) ||
        !PyArg_UnpackTuple(args, "GenericAlias", 2, 2, &origin, &arguments))
        return NULL;
    return ga_alloc(type, origin, arguments);
}

static void
ga_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_XDECREF(GA(o)->origin);
    Py_XDECREF(GA(o)->args);
    Py_XDECREF(GA(o)->parameters);
    Py_TYPE(o)->tp_free(o);
}

static int
ga_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(GA(o)->origin);
    Py_VISIT(GA(o)->args);
    Py_VISIT(GA(o)->parameters);
    return 0;
}

static int
ga_clear(PyObject *o)
{
    Py_CLEAR(GA(o)->origin);
    Py_CLEAR(GA(o)->args);
    Py_CLEAR(GA(o)->parameters);
    return 0;
}

// ---- repr -------------------------------------------------------------------------------------

// How one argument prints: `...` for Ellipsis, repr() for aliases and objects without a
// __qualname__/__module__, the bare qualname for builtins, else module.qualname.
static PyObject *
repr_item(PyObject *p)
{
    if (p == Py_Ellipsis)
        return PyUnicode_FromString("...");
    PyObject *origin, *args, *qualname = NULL, *module = NULL, *r = NULL;
    if (rt_object_lookup_attr(p, str_id("__origin__"), &origin) < 0)
        return NULL;
    if (origin != NULL) {
        Py_DECREF(origin);
        if (rt_object_lookup_attr(p, str_id("__args__"), &args) < 0)
            return NULL;
        if (args != NULL) {
            Py_DECREF(args); // it looks like a GenericAlias itself
            return PyObject_Repr(p);
        }
    }
    if (rt_object_lookup_attr(p, str_id("__qualname__"), &qualname) < 0 ||
        (qualname != NULL && rt_object_lookup_attr(p, str_id("__module__"), &module) < 0))
        goto done;
    if (qualname == NULL || module == NULL || module == Py_None)
        r = PyObject_Repr(p);
    else if (PyUnicode_Check(module) && rt_str_equal_ascii(module, "builtins"))
        r = PyObject_Str(qualname);
    else
        r = PyUnicode_FromFormat("%S.%S", module, qualname);
done:
    Py_XDECREF(qualname);
    Py_XDECREF(module);
    return r;
}

static PyObject *
ga_repr(PyObject *o)
{
    PyObject *args = GA(o)->args;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    PyObject *parts = PyList_New(n), *r = NULL;
    if (parts == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = repr_item(PyTuple_GET_ITEM(args, i));
        if (item == NULL)
            goto done;
        PyList_SET_ITEM(parts, i, item);
    }
    PyObject *origin = repr_item(GA(o)->origin);
    if (origin == NULL)
        goto done;
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *joined = sep != NULL ? PyUnicode_Join(sep, parts) : NULL;
    Py_XDECREF(sep);
    // An empty argument tuple prints as `tuple[()]`.
    if (joined != NULL)
        r = PyUnicode_FromFormat(n == 0 ? "%U[()]" : "%U[%U]", origin, joined);
    Py_DECREF(origin);
    Py_XDECREF(joined);
done:
    Py_DECREF(parts);
    return r;
}

// ---- comparison, hashing, calls ------------------------------------------------------------

static PyObject *
ga_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(b, &Py_GenericAliasType) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    int eq = PyObject_RichCompareBool(GA(a)->origin, GA(b)->origin, Py_EQ);
    if (eq < 0)
        return NULL;
    if (eq)
        eq = PyObject_RichCompareBool(GA(a)->args, GA(b)->args, Py_EQ);
    if (eq < 0)
        return NULL;
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

static Py_hash_t
ga_hash(PyObject *o)
{
    Py_hash_t h0 = PyObject_Hash(GA(o)->origin);
    if (h0 == -1)
        return -1;
    Py_hash_t h1 = PyObject_Hash(GA(o)->args);
    if (h1 == -1)
        return -1;
    return h0 ^ h1;
}

// Calling the alias creates an origin instance and tells it which alias made it
// (obj.__orig_class__), unless the instance refuses new attributes.
static PyObject *
ga_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *obj = PyObject_Call(GA(self)->origin, args, kwds);
    if (obj != NULL && PyObject_SetAttr(obj, str_id("__orig_class__"), self) < 0) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError) &&
            !PyErr_ExceptionMatches(PyExc_TypeError)) {
            Py_DECREF(obj);
            return NULL;
        }
        PyErr_Clear();
    }
    return obj;
}

// The alias's own attributes; every other name is read from the origin.
static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static PyObject *
ga_getattro(PyObject *self, PyObject *name)
{
    if (PyUnicode_Check(name)) {
        const char *const *p = attr_exceptions;
        while (*p != NULL && !rt_str_equal_ascii(name, *p))
            p++;
        if (*p == NULL)
            return PyObject_GetAttr(GA(self)->origin, name);
    }
    return PyObject_GenericGetAttr(self, name);
}

// ---- type parameters --------------------------------------------------------------------------

// Append x to the list unless it is already there (by identity or ==). 0 or -1.
static int
add_unique(PyObject *list, PyObject *x)
{
    int present = PySequence_Contains(list, x);
    if (present != 0)
        return present < 0 ? -1 : 0;
    return PyList_Append(list, x);
}

// Collect the parameters of one argument: itself if it has __typing_subst__ (a TypeVar),
// else those in its own __parameters__ (a nested alias). Classes have none. 0 or -1.
static int
collect_parameters(PyObject *list, PyObject *t)
{
    if (PyType_Check(t))
        return 0;
    PyObject *attr;
    int found = rt_object_lookup_attr(t, str_id("__typing_subst__"), &attr);
    if (found != 0) {
        Py_XDECREF(attr);
        return found < 0 ? -1 : add_unique(list, t);
    }
    if (rt_object_lookup_attr(t, str_id("__parameters__"), &attr) < 0)
        return -1;
    int err = 0;
    if (attr != NULL && PyTuple_Check(attr)) {
        for (Py_ssize_t i = 0; err == 0 && i < PyTuple_GET_SIZE(attr); i++)
            err = add_unique(list, PyTuple_GET_ITEM(attr, i));
    }
    Py_XDECREF(attr);
    return err;
}

// The parameters tuple, computed on first use (CPython's _Py_make_parameters). Borrowed.
static PyObject *
parameters_of(PyObject *self)
{
    if (GA(self)->parameters != NULL)
        return GA(self)->parameters;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    PyObject *args = GA(self)->args;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
        if (collect_parameters(list, PyTuple_GET_ITEM(args, i)) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    GA(self)->parameters = PyList_AsTuple(list);
    Py_DECREF(list);
    return GA(self)->parameters;
}

static PyObject *
ga_parameters(PyObject *self, void *unused)
{
    return Py_XNewRef(parameters_of(self));
}

// The position of param in params (by identity or ==), or -1 with an error set if any.
static Py_ssize_t
param_index(PyObject *params, PyObject *param)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(params); i++) {
        int eq = PyObject_RichCompareBool(PyTuple_GET_ITEM(params, i), param, Py_EQ);
        if (eq != 0)
            return eq < 0 ? -1 : i;
    }
    return -1;
}

// A nested alias with parameters of its own is subscripted with the matching items.
static PyObject *
subs_nested(PyObject *arg, PyObject *params, PyObject *items)
{
    PyObject *sub;
    if (rt_object_lookup_attr(arg, str_id("__parameters__"), &sub) < 0)
        return NULL;
    if (sub == NULL || !PyTuple_Check(sub) || PyTuple_GET_SIZE(sub) == 0) {
        Py_XDECREF(sub);
        return Py_NewRef(arg);
    }
    Py_ssize_t n = PyTuple_GET_SIZE(sub);
    PyObject *subargs = PyTuple_New(n), *r = NULL;
    for (Py_ssize_t i = 0; subargs != NULL && i < n; i++) {
        Py_ssize_t k = param_index(params, PyTuple_GET_ITEM(sub, i));
        if (k < 0) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_SystemError, "GenericAlias: unknown nested parameter");
            goto done;
        }
        PyTuple_SET_ITEM(subargs, i, Py_NewRef(PyTuple_GET_ITEM(items, k)));
    }
    if (subargs != NULL)
        r = PyObject_GetItem(arg, subargs);
done:
    Py_XDECREF(subargs);
    Py_DECREF(sub);
    return r;
}

// One argument after substitution: classes stay, type variables become their item (through
// __typing_subst__), nested aliases are subscripted. New reference or NULL.
static PyObject *
subs_arg(PyObject *arg, PyObject *params, PyObject *items)
{
    if (PyType_Check(arg))
        return Py_NewRef(arg);
    PyObject *subst;
    if (rt_object_lookup_attr(arg, str_id("__typing_subst__"), &subst) < 0)
        return NULL;
    if (subst == NULL)
        return subs_nested(arg, params, items);
    Py_ssize_t k = param_index(params, arg);
    PyObject *r = k < 0 ? NULL : PyObject_CallOneArg(subst, PyTuple_GET_ITEM(items, k));
    Py_DECREF(subst);
    return r;
}

// alias[items]: substitute the parameters (CPython's _Py_subs_parameters) into a new alias.
static PyObject *
ga_getitem(PyObject *self, PyObject *item)
{
    PyObject *params = parameters_of(self);
    if (params == NULL)
        return NULL;
    Py_ssize_t nparams = PyTuple_GET_SIZE(params);
    if (nparams == 0)
        return PyErr_Format(PyExc_TypeError, "%R is not a generic class", self);
    PyObject *items = PyTuple_Check(item) ? Py_NewRef(item) : PyTuple_Pack(1, item);
    if (items == NULL)
        return NULL;
    Py_ssize_t nitems = PyTuple_GET_SIZE(items);
    PyObject *args = GA(self)->args, *newargs = NULL, *r = NULL;
    if (nitems != nparams) {
        PyErr_Format(PyExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                     nitems > nparams ? "many" : "few", self, nitems, nparams);
        goto done;
    }
    newargs = PyTuple_New(PyTuple_GET_SIZE(args));
    for (Py_ssize_t i = 0; newargs != NULL && i < PyTuple_GET_SIZE(args); i++) {
        PyObject *a = subs_arg(PyTuple_GET_ITEM(args, i), params, items);
        if (a == NULL)
            goto done;
        PyTuple_SET_ITEM(newargs, i, a);
    }
    if (newargs != NULL)
        r = ga_alloc(Py_TYPE(self), GA(self)->origin, newargs);
done:
    Py_XDECREF(newargs);
    Py_DECREF(items);
    return r;
}

// ---- methods ----------------------------------------------------------------------------------

// class C(list[int]) subclasses list (PEP 560).
static PyObject *
ga_mro_entries(PyObject *self, PyObject *bases)
{
    return PyTuple_Pack(1, GA(self)->origin);
}

static PyObject *
ga_instancecheck(PyObject *self, PyObject *obj)
{
    PyErr_SetString(PyExc_TypeError,
                    "isinstance() argument 2 cannot be a parameterized generic");
    return NULL;
}

static PyObject *
ga_subclasscheck(PyObject *self, PyObject *cls)
{
    PyErr_SetString(PyExc_TypeError,
                    "issubclass() argument 2 cannot be a parameterized generic");
    return NULL;
}

static PyObject *
ga_reduce(PyObject *self, PyObject *unused)
{
    PyObject *args = PyTuple_Pack(2, GA(self)->origin, GA(self)->args);
    if (args == NULL)
        return NULL;
    PyObject *r = PyTuple_Pack(2, (PyObject *)Py_TYPE(self), args);
    Py_DECREF(args);
    return r;
}

// dir(alias): the origin's names and the alias's own.
static PyObject *
ga_dir(PyObject *self, PyObject *unused)
{
    PyObject *meth = rt_type_lookup_special(GA(self)->origin, str_id("__dir__"));
    if (meth == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "GenericAlias origin has no __dir__");
        return NULL;
    }
    PyObject *names = PyObject_CallNoArgs(meth);
    Py_DECREF(meth);
    PyObject *list = names != NULL ? PySequence_List(names) : NULL;
    Py_XDECREF(names);
    for (const char *const *p = attr_exceptions; list != NULL && *p != NULL; p++) {
        PyObject *name = str_id(*p);
        int present = PySequence_Contains(list, name);
        if (present < 0 || (present == 0 && PyList_Append(list, name) < 0))
            Py_CLEAR(list);
    }
    return list;
}

static PyMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_O, NULL},
    {"__instancecheck__", ga_instancecheck, METH_O, NULL},
    {"__subclasscheck__", ga_subclasscheck, METH_O, NULL},
    {"__reduce__", ga_reduce, METH_NOARGS, NULL},
    {"__dir__", ga_dir, METH_NOARGS, NULL},
    {NULL},
};

static PyMemberDef ga_members[] = {
    {"__origin__", T_OBJECT, offsetof(GenericAliasObject, origin), READONLY, NULL},
    {"__args__", T_OBJECT, offsetof(GenericAliasObject, args), READONLY, NULL},
    {NULL},
};

static PyObject *
ga_false(PyObject *self, void *unused)
{
    Py_RETURN_FALSE;
}

static PyObject *
ga_none(PyObject *self, void *unused)
{
    Py_RETURN_NONE;
}

static PyGetSetDef ga_getset[] = {
    {"__parameters__", ga_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    // Starred aliases are not implemented, so no alias is unpacked.
    {"__unpacked__", ga_false, NULL, NULL, NULL},
    {"__typing_unpacked_tuple_args__", ga_none, NULL, NULL, NULL},
    {NULL},
};

static PyMappingMethods ga_as_mapping = {
    .mp_subscript = ga_getitem,
};

PyTypeObject Py_GenericAliasType = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "types.GenericAlias",
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
              "and t.__args__ is (int,).",
    .tp_basicsize = sizeof(GenericAliasObject),
    .tp_dealloc = ga_dealloc,
    .tp_repr = ga_repr,
    .tp_as_mapping = &ga_as_mapping,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_traverse = ga_traverse,
    .tp_clear = ga_clear,
    .tp_richcompare = ga_richcompare,
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_getset = ga_getset,
    .tp_new = ga_new,
    .tp_free = PyObject_GC_Del,
};
