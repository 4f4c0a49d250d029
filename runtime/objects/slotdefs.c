// slotdefs.c: the one table that ties dunder names to type slots (CPython's slotdefs), and
// the wrappers that let Python call a slot: int.__add__(1, 2) calls int's nb_add through
// wrap_binaryfunc_l. PyType_Ready (typeattr.c) walks the table to put slot wrappers in type
// dicts; classes walk it the other way (typeslots_fixup.c): the `function` column names the
// rt_slot_* dispatcher (typeslots.c) that a class defining __add__ gets as its nb_add.
#include <stddef.h>
#include "runtime/runtime.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/typeattr.h"

// ---- argument checks --------------------------------------------------------------------

// Raise unless the wrapper got exactly n positional arguments: 1 or 0.
static int
check_num_args(PyObject *args, int n)
{
    if (PyTuple_GET_SIZE(args) == n)
        return 1;
    PyErr_Format(PyExc_TypeError, "expected %d argument%s, got %zd", n, n == 1 ? "" : "s",
                 PyTuple_GET_SIZE(args));
    return 0;
}

// A sequence index for the sq_* wrappers: negative values count from the end.
static Py_ssize_t
getindex(PyObject *self, PyObject *arg)
{
    Py_ssize_t i = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
    if (i == -1 && PyErr_Occurred())
        return -1;
    if (i < 0) {
        PySequenceMethods *sq = Py_TYPE(self)->tp_as_sequence;
        if (sq != NULL && sq->sq_length != NULL) {
            Py_ssize_t n = sq->sq_length(self);
            if (n < 0)
                return -1;
            i += n;
        }
    }
    return i;
}

// ---- wrappers: (self, args tuple, slot function) -> result ---------------------------------

static PyObject *
wrap_binaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((binaryfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
}

static PyObject *
wrap_binaryfunc_l(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((binaryfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
}

static PyObject *
wrap_binaryfunc_r(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((binaryfunc)wrapped)(PyTuple_GET_ITEM(args, 0), self);
}

// Only __pow__ and __ipow__ use this: the modulus is optional.
static PyObject *
wrap_ternaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other, *third = Py_None;
    if (!PyArg_UnpackTuple(args, "", 1, 2, &other, &third))
        return NULL;
    return ((ternaryfunc)wrapped)(self, other, third);
}

static PyObject *
wrap_ternaryfunc_r(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *other, *third = Py_None;
    if (!PyArg_UnpackTuple(args, "", 1, 2, &other, &third))
        return NULL;
    return ((ternaryfunc)wrapped)(other, self, third);
}

static PyObject *
wrap_unaryfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    return ((unaryfunc)wrapped)(self);
}

static PyObject *
wrap_indexargfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    Py_ssize_t i = PyNumber_AsSsize_t(PyTuple_GET_ITEM(args, 0), PyExc_OverflowError);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return ((ssizeargfunc)wrapped)(self, i);
}

static PyObject *
wrap_inquirypred(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    int r = ((inquiry)wrapped)(self);
    if (r == -1 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
wrap_lenfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    Py_ssize_t r = ((lenfunc)wrapped)(self);
    if (r == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(r);
}

static PyObject *
wrap_sq_item(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    Py_ssize_t i = getindex(self, PyTuple_GET_ITEM(args, 0));
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return ((ssizeargfunc)wrapped)(self, i);
}

static PyObject *
wrap_sq_setitem(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *arg, *value;
    if (!PyArg_UnpackTuple(args, "", 2, 2, &arg, &value))
        return NULL;
    Py_ssize_t i = getindex(self, arg);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    if (((ssizeobjargproc)wrapped)(self, i, value) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_sq_delitem(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    Py_ssize_t i = getindex(self, PyTuple_GET_ITEM(args, 0));
    if (i == -1 && PyErr_Occurred())
        return NULL;
    if (((ssizeobjargproc)wrapped)(self, i, NULL) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_objobjproc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    int r = ((objobjproc)wrapped)(self, PyTuple_GET_ITEM(args, 0));
    if (r == -1 && PyErr_Occurred())
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *
wrap_objobjargproc(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *key, *value;
    if (!PyArg_UnpackTuple(args, "", 2, 2, &key, &value))
        return NULL;
    if (((objobjargproc)wrapped)(self, key, value) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_delitem(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    if (((objobjargproc)wrapped)(self, PyTuple_GET_ITEM(args, 0), NULL) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

// Refuse object.__setattr__(x, ...) when x's C type overrides tp_setattro (the "Carlo Verre
// hack"): calling the base's slot would bypass the override. Heap types count as Python
// classes, which never define their own C-level setattro.
static int
hackcheck(PyObject *self, setattrofunc func, const char *what)
{
    PyTypeObject *type = Py_TYPE(self);
    PyTypeObject *base = type;
    while (base != NULL && PyType_HasFeature(base, Py_TPFLAGS_HEAPTYPE))
        base = base->tp_base;
    if (base != NULL && base->tp_setattro != func) {
        PyErr_Format(PyExc_TypeError, "can't apply this %s to %s object", what, type->tp_name);
        return 0;
    }
    return 1;
}

static PyObject *
wrap_setattr(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *name, *value;
    if (!PyArg_UnpackTuple(args, "", 2, 2, &name, &value))
        return NULL;
    if (!hackcheck(self, (setattrofunc)wrapped, "__setattr__"))
        return NULL;
    if (((setattrofunc)wrapped)(self, name, value) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_delattr(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    if (!hackcheck(self, (setattrofunc)wrapped, "__delattr__"))
        return NULL;
    if (((setattrofunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), NULL) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_hashfunc(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    Py_hash_t h = ((hashfunc)wrapped)(self);
    if (h == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromSsize_t(h);
}

static PyObject *
wrap_call(PyObject *self, PyObject *args, void *wrapped, PyObject *kwds)
{
    return ((ternaryfunc)wrapped)(self, args, kwds);
}

static PyObject *
wrap_del(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    ((destructor)wrapped)(self);
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_richcmpfunc(PyObject *self, PyObject *args, void *wrapped, int op)
{
    if (!check_num_args(args, 1))
        return NULL;
    return ((richcmpfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), op);
}

#define RICHCMP_WRAPPER(NAME, OP)                                                              \
    static PyObject *richcmp_##NAME(PyObject *self, PyObject *args, void *wrapped)            \
    {                                                                                          \
        return wrap_richcmpfunc(self, args, wrapped, OP);                                      \
    }

RICHCMP_WRAPPER(lt, Py_LT)
RICHCMP_WRAPPER(le, Py_LE)
RICHCMP_WRAPPER(eq, Py_EQ)
RICHCMP_WRAPPER(ne, Py_NE)
RICHCMP_WRAPPER(gt, Py_GT)
RICHCMP_WRAPPER(ge, Py_GE)

static PyObject *
wrap_next(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 0))
        return NULL;
    PyObject *r = ((iternextfunc)wrapped)(self);
    if (r == NULL && !PyErr_Occurred())
        PyErr_SetNone(PyExc_StopIteration);
    return r;
}

static PyObject *
wrap_descr_get(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *obj, *type = NULL;
    if (!PyArg_UnpackTuple(args, "", 1, 2, &obj, &type))
        return NULL;
    if (obj == Py_None)
        obj = NULL;
    if (type == Py_None)
        type = NULL;
    if (type == NULL && obj == NULL) {
        PyErr_SetString(PyExc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return ((descrgetfunc)wrapped)(self, obj, type);
}

static PyObject *
wrap_descr_set(PyObject *self, PyObject *args, void *wrapped)
{
    PyObject *obj, *value;
    if (!PyArg_UnpackTuple(args, "", 2, 2, &obj, &value))
        return NULL;
    if (((descrsetfunc)wrapped)(self, obj, value) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_descr_delete(PyObject *self, PyObject *args, void *wrapped)
{
    if (!check_num_args(args, 1))
        return NULL;
    if (((descrsetfunc)wrapped)(self, PyTuple_GET_ITEM(args, 0), NULL) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
wrap_init(PyObject *self, PyObject *args, void *wrapped, PyObject *kwds)
{
    if (((initproc)wrapped)(self, args, kwds) < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

// ---- __new__ ------------------------------------------------------------------------------

// T.__new__(S, *args): S must be a subtype of T, and T's tp_new must be the one S's nearest
// C-level base uses, so object.__new__(dict) cannot make a dict without dict's invariants.
static PyObject *
tp_new_wrapper(PyObject *self, PyObject *args, PyObject *kwds)
{
    if (self == NULL || !PyType_Check(self)) {
        PyErr_SetString(PyExc_SystemError, "__new__() called with non-type 'self'");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)self;
    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
        return NULL;
    }
    PyObject *arg0 = PyTuple_GET_ITEM(args, 0);
    if (!PyType_Check(arg0)) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                     type->tp_name, Py_TYPE(arg0)->tp_name);
        return NULL;
    }
    PyTypeObject *subtype = (PyTypeObject *)arg0;
    if (!PyType_IsSubtype(subtype, type)) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                     type->tp_name, subtype->tp_name, subtype->tp_name, type->tp_name);
        return NULL;
    }
    // Python classes (heap types) inherit or define tp_new; the check is about C types.
    PyTypeObject *staticbase = subtype;
    while (staticbase != NULL && PyType_HasFeature(staticbase, Py_TPFLAGS_HEAPTYPE))
        staticbase = staticbase->tp_base;
    if (staticbase != NULL && staticbase->tp_new != type->tp_new) {
        PyErr_Format(PyExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                     type->tp_name, subtype->tp_name, staticbase->tp_name);
        return NULL;
    }
    PyObject *rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL)
        return NULL;
    PyObject *r = type->tp_new(subtype, rest, kwds);
    Py_DECREF(rest);
    return r;
}

PyMethodDef rt_tp_new_methoddef = {
    "__new__",
    (PyCFunction)(void (*)(void))tp_new_wrapper,
    METH_VARARGS | METH_KEYWORDS,
    "__new__($type, *args, **kwargs)\n--\n\n"
    "Create and return a new object.  See help(type) for accurate signature.",
};

// ---- the table ------------------------------------------------------------------------------

#define W(f) ((wrapperfunc)(void (*)(void))(f))
#define SLOTDEF(NAME, TABLE, STRUCT, SLOT, FUNCTION, WRAPPER, DOC, FLAGS)                     \
    {NAME, TABLE, (int)offsetof(STRUCT, SLOT), (void *)(FUNCTION), WRAPPER, DOC, FLAGS}
// A class defining NAME gets the dispatcher rt_slot_<slot> (typeslots.c) in SLOT.
#define TPSLOT(NAME, SLOT, WRAPPER, DOC)                                                       \
    SLOTDEF(NAME, RT_SLOT_TYPE, PyTypeObject, SLOT, rt_slot_##SLOT, WRAPPER, DOC, 0)
#define FLSLOT(NAME, SLOT, WRAPPER, DOC, FLAGS)                                                \
    SLOTDEF(NAME, RT_SLOT_TYPE, PyTypeObject, SLOT, rt_slot_##SLOT, WRAPPER, DOC, FLAGS)
#define AMSLOT(NAME, SLOT, WRAPPER, DOC)                                                       \
    SLOTDEF(NAME, RT_SLOT_ASYNC, PyAsyncMethods, SLOT, rt_slot_##SLOT, WRAPPER, DOC, 0)
#define NBSLOT(NAME, SLOT, WRAPPER, DOC)                                                       \
    SLOTDEF(NAME, RT_SLOT_NUMBER, PyNumberMethods, SLOT, rt_slot_##SLOT, WRAPPER, DOC, 0)
#define MPSLOT(NAME, SLOT, WRAPPER, DOC)                                                       \
    SLOTDEF(NAME, RT_SLOT_MAPPING, PyMappingMethods, SLOT, rt_slot_##SLOT, WRAPPER, DOC, 0)
#define SQSLOT(NAME, SLOT, WRAPPER, DOC)                                                       \
    SLOTDEF(NAME, RT_SLOT_SEQUENCE, PySequenceMethods, SLOT, rt_slot_##SLOT, WRAPPER, DOC, 0)
// Sequence slots that only expose a C type's function: a class defining __add__ gets nb_add.
#define SQSLOT_C(NAME, SLOT, WRAPPER, DOC)                                                     \
    SLOTDEF(NAME, RT_SLOT_SEQUENCE, PySequenceMethods, SLOT, NULL, WRAPPER, DOC, 0)
#define UNSLOT(NAME, SLOT, WRAPPER, DOC)                                                       \
    NBSLOT(NAME, SLOT, WRAPPER, NAME "($self, /)\n--\n\n" DOC)
#define IBSLOT(NAME, SLOT, WRAPPER, DOC)                                                       \
    NBSLOT(NAME, SLOT, WRAPPER, NAME "($self, value, /)\n--\n\nReturn self" DOC "value.")
#define BINSLOT(NAME, SLOT, DOC)                                                               \
    NBSLOT(NAME, SLOT, wrap_binaryfunc_l, NAME "($self, value, /)\n--\n\nReturn self" DOC "value.")
#define RBINSLOT(NAME, SLOT, DOC)                                                              \
    NBSLOT(NAME, SLOT, wrap_binaryfunc_r, NAME "($self, value, /)\n--\n\nReturn value" DOC "self.")
#define BINSLOTNOTINFIX(NAME, SLOT, DOC)                                                       \
    NBSLOT(NAME, SLOT, wrap_binaryfunc_l, NAME "($self, value, /)\n--\n\n" DOC)
#define RBINSLOTNOTINFIX(NAME, SLOT, DOC)                                                      \
    NBSLOT(NAME, SLOT, wrap_binaryfunc_r, NAME "($self, value, /)\n--\n\n" DOC)

// CPython's order: where two slots give the same name, the earlier one wins (__getitem__ from
// mp_subscript before sq_item, __add__ from nb_add before sq_concat).
const RtSlotDef rt_slotdefs[] = {
    TPSLOT("__repr__", tp_repr, wrap_unaryfunc, "__repr__($self, /)\n--\n\nReturn repr(self)."),
    TPSLOT("__hash__", tp_hash, wrap_hashfunc, "__hash__($self, /)\n--\n\nReturn hash(self)."),
    FLSLOT("__call__", tp_call, W(wrap_call),
           "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function.",
           PyWrapperFlag_KEYWORDS),
    TPSLOT("__str__", tp_str, wrap_unaryfunc, "__str__($self, /)\n--\n\nReturn str(self)."),
    TPSLOT("__getattribute__", tp_getattro, wrap_binaryfunc,
           "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name)."),
    TPSLOT("__getattr__", tp_getattro, NULL, ""),
    TPSLOT("__setattr__", tp_setattro, wrap_setattr,
           "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value)."),
    TPSLOT("__delattr__", tp_setattro, wrap_delattr,
           "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name)."),
    TPSLOT("__lt__", tp_richcompare, richcmp_lt, "__lt__($self, value, /)\n--\n\nReturn self<value."),
    TPSLOT("__le__", tp_richcompare, richcmp_le, "__le__($self, value, /)\n--\n\nReturn self<=value."),
    TPSLOT("__eq__", tp_richcompare, richcmp_eq, "__eq__($self, value, /)\n--\n\nReturn self==value."),
    TPSLOT("__ne__", tp_richcompare, richcmp_ne, "__ne__($self, value, /)\n--\n\nReturn self!=value."),
    TPSLOT("__gt__", tp_richcompare, richcmp_gt, "__gt__($self, value, /)\n--\n\nReturn self>value."),
    TPSLOT("__ge__", tp_richcompare, richcmp_ge, "__ge__($self, value, /)\n--\n\nReturn self>=value."),
    TPSLOT("__iter__", tp_iter, wrap_unaryfunc, "__iter__($self, /)\n--\n\nImplement iter(self)."),
    TPSLOT("__next__", tp_iternext, wrap_next, "__next__($self, /)\n--\n\nImplement next(self)."),
    TPSLOT("__get__", tp_descr_get, wrap_descr_get,
           "__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, "
           "which is of type owner."),
    TPSLOT("__set__", tp_descr_set, wrap_descr_set,
           "__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value."),
    TPSLOT("__delete__", tp_descr_set, wrap_descr_delete,
           "__delete__($self, instance, /)\n--\n\nDelete an attribute of instance."),
    FLSLOT("__init__", tp_init, W(wrap_init),
           "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) "
           "for accurate signature.",
           PyWrapperFlag_KEYWORDS),
    TPSLOT("__new__", tp_new, NULL,
           "__new__(type, /, *args, **kwargs)\n--\n\nCreate and return new object.  See "
           "help(type) for accurate signature."),
    TPSLOT("__del__", tp_finalize, wrap_del, ""),

    AMSLOT("__await__", am_await, wrap_unaryfunc,
           "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression."),
    AMSLOT("__aiter__", am_aiter, wrap_unaryfunc,
           "__aiter__($self, /)\n--\n\nReturn an awaitable, that resolves in asynchronous "
           "iterator."),
    AMSLOT("__anext__", am_anext, wrap_unaryfunc,
           "__anext__($self, /)\n--\n\nReturn a value or an unbound awaitable."),

    BINSLOT("__add__", nb_add, "+"),
    RBINSLOT("__radd__", nb_add, "+"),
    BINSLOT("__sub__", nb_subtract, "-"),
    RBINSLOT("__rsub__", nb_subtract, "-"),
    BINSLOT("__mul__", nb_multiply, "*"),
    RBINSLOT("__rmul__", nb_multiply, "*"),
    BINSLOT("__mod__", nb_remainder, "%"),
    RBINSLOT("__rmod__", nb_remainder, "%"),
    BINSLOTNOTINFIX("__divmod__", nb_divmod, "Return divmod(self, value)."),
    RBINSLOTNOTINFIX("__rdivmod__", nb_divmod, "Return divmod(value, self)."),
    NBSLOT("__pow__", nb_power, wrap_ternaryfunc,
           "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod)."),
    NBSLOT("__rpow__", nb_power, wrap_ternaryfunc_r,
           "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod)."),
    UNSLOT("__neg__", nb_negative, wrap_unaryfunc, "-self"),
    UNSLOT("__pos__", nb_positive, wrap_unaryfunc, "+self"),
    UNSLOT("__abs__", nb_absolute, wrap_unaryfunc, "abs(self)"),
    UNSLOT("__bool__", nb_bool, wrap_inquirypred, "True if self else False"),
    UNSLOT("__invert__", nb_invert, wrap_unaryfunc, "~self"),
    BINSLOT("__lshift__", nb_lshift, "<<"),
    RBINSLOT("__rlshift__", nb_lshift, "<<"),
    BINSLOT("__rshift__", nb_rshift, ">>"),
    RBINSLOT("__rrshift__", nb_rshift, ">>"),
    BINSLOT("__and__", nb_and, "&"),
    RBINSLOT("__rand__", nb_and, "&"),
    BINSLOT("__xor__", nb_xor, "^"),
    RBINSLOT("__rxor__", nb_xor, "^"),
    BINSLOT("__or__", nb_or, "|"),
    RBINSLOT("__ror__", nb_or, "|"),
    UNSLOT("__int__", nb_int, wrap_unaryfunc, "int(self)"),
    UNSLOT("__float__", nb_float, wrap_unaryfunc, "float(self)"),
    IBSLOT("__iadd__", nb_inplace_add, wrap_binaryfunc, "+="),
    IBSLOT("__isub__", nb_inplace_subtract, wrap_binaryfunc, "-="),
    IBSLOT("__imul__", nb_inplace_multiply, wrap_binaryfunc, "*="),
    IBSLOT("__imod__", nb_inplace_remainder, wrap_binaryfunc, "%="),
    IBSLOT("__ipow__", nb_inplace_power, wrap_ternaryfunc, "**="),
    IBSLOT("__ilshift__", nb_inplace_lshift, wrap_binaryfunc, "<<="),
    IBSLOT("__irshift__", nb_inplace_rshift, wrap_binaryfunc, ">>="),
    IBSLOT("__iand__", nb_inplace_and, wrap_binaryfunc, "&="),
    IBSLOT("__ixor__", nb_inplace_xor, wrap_binaryfunc, "^="),
    IBSLOT("__ior__", nb_inplace_or, wrap_binaryfunc, "|="),
    BINSLOT("__floordiv__", nb_floor_divide, "//"),
    RBINSLOT("__rfloordiv__", nb_floor_divide, "//"),
    BINSLOT("__truediv__", nb_true_divide, "/"),
    RBINSLOT("__rtruediv__", nb_true_divide, "/"),
    IBSLOT("__ifloordiv__", nb_inplace_floor_divide, wrap_binaryfunc, "//="),
    IBSLOT("__itruediv__", nb_inplace_true_divide, wrap_binaryfunc, "/="),
    NBSLOT("__index__", nb_index, wrap_unaryfunc,
           "__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable "
           "for use as an index into a list."),
    BINSLOT("__matmul__", nb_matrix_multiply, "@"),
    RBINSLOT("__rmatmul__", nb_matrix_multiply, "@"),
    IBSLOT("__imatmul__", nb_inplace_matrix_multiply, wrap_binaryfunc, "@="),

    MPSLOT("__len__", mp_length, wrap_lenfunc, "__len__($self, /)\n--\n\nReturn len(self)."),
    MPSLOT("__getitem__", mp_subscript, wrap_binaryfunc,
           "__getitem__($self, key, /)\n--\n\nReturn self[key]."),
    MPSLOT("__setitem__", mp_ass_subscript, wrap_objobjargproc,
           "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value."),
    MPSLOT("__delitem__", mp_ass_subscript, wrap_delitem,
           "__delitem__($self, key, /)\n--\n\nDelete self[key]."),

    SQSLOT("__len__", sq_length, wrap_lenfunc, "__len__($self, /)\n--\n\nReturn len(self)."),
    // A class defining __add__/__mul__ fills only nb_add/nb_multiply, which abstract.c tries
    // first, so these sq_ entries are one-way (wrappers of C types only).
    SQSLOT_C("__add__", sq_concat, wrap_binaryfunc,
           "__add__($self, value, /)\n--\n\nReturn self+value."),
    SQSLOT_C("__mul__", sq_repeat, wrap_indexargfunc,
           "__mul__($self, value, /)\n--\n\nReturn self*value."),
    SQSLOT_C("__rmul__", sq_repeat, wrap_indexargfunc,
           "__rmul__($self, value, /)\n--\n\nReturn value*self."),
    SQSLOT("__getitem__", sq_item, wrap_sq_item,
           "__getitem__($self, key, /)\n--\n\nReturn self[key]."),
    SQSLOT("__setitem__", sq_ass_item, wrap_sq_setitem,
           "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value."),
    SQSLOT("__delitem__", sq_ass_item, wrap_sq_delitem,
           "__delitem__($self, key, /)\n--\n\nDelete self[key]."),
    SQSLOT("__contains__", sq_contains, wrap_objobjproc,
           "__contains__($self, key, /)\n--\n\nReturn key in self."),
    SQSLOT_C("__iadd__", sq_inplace_concat, wrap_binaryfunc,
           "__iadd__($self, value, /)\n--\n\nImplement self+=value."),
    SQSLOT_C("__imul__", sq_inplace_repeat, wrap_indexargfunc,
           "__imul__($self, value, /)\n--\n\nImplement self*=value."),
    {NULL},
};

void **
rt_slotdef_ptr(PyTypeObject *t, const RtSlotDef *d)
{
    char *base;
    switch (d->table) {
    case RT_SLOT_TYPE: base = (char *)t; break;
    case RT_SLOT_NUMBER: base = (char *)t->tp_as_number; break;
    case RT_SLOT_SEQUENCE: base = (char *)t->tp_as_sequence; break;
    case RT_SLOT_MAPPING: base = (char *)t->tp_as_mapping; break;
    case RT_SLOT_ASYNC: base = (char *)t->tp_as_async; break;
    default: return NULL;
    }
    return base != NULL ? (void **)(base + d->offset) : NULL;
}
