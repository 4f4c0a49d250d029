// typeslots.c: the slot functions of classes (CPython's slot_* in typeobject.c): a class that
// defines __add__ gets an nb_add that looks __add__ up on the instance's type and calls it.
// Which slot each dunder drives is the one table in slotdefs.c; choosing between these
// dispatchers and inherited C functions (fixup, update after assignment) is typeslots_fixup.c.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/typeattr.h"

// ---- names and lookups ------------------------------------------------------------------------

// A dunder name, made on first use and kept for good. Not interned: interned strings are freed
// by rt_runtime_fini, and these outlive it (the unit tests restart the runtime).
typedef struct {
    const char *s;
    PyObject *o;
} Name;

static PyObject *
name_of(Name *n)
{
    if (n->o == NULL)
        n->o = PyUnicode_FromString(n->s);
    return n->o;
}

#define NAME(var, str) static Name var = {str, NULL}

// The attribute `name` of self's type, bound to self unless it is a plain method (then
// *unbound = 1 and the caller passes self first). New reference; NULL without an exception
// when the type has no such attribute (CPython's lookup_maybe_method).
static PyObject *
lookup_maybe_method(PyObject *self, Name *n, int *unbound)
{
    PyObject *name = name_of(n);
    if (name == NULL)
        return NULL;
    PyObject *res = rt_type_lookup(Py_TYPE(self), name);
    *unbound = 0;
    if (res == NULL)
        return NULL;
    if (PyType_HasFeature(Py_TYPE(res), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        *unbound = 1;
        return Py_NewRef(res);
    }
    descrgetfunc f = Py_TYPE(res)->tp_descr_get;
    if (f == NULL)
        return Py_NewRef(res);
    return f(res, self, (PyObject *)Py_TYPE(self));
}

// Like lookup_maybe_method, but a missing method is an AttributeError naming it.
static PyObject *
lookup_method(PyObject *self, Name *n, int *unbound)
{
    PyObject *res = lookup_maybe_method(self, n, unbound);
    if (res == NULL && !PyErr_Occurred())
        PyErr_SetObject(PyExc_AttributeError, name_of(n));
    return res;
}

PyObject *
rt_type_lookup_special(PyObject *obj, PyObject *name)
{
    PyObject *res = rt_type_lookup(Py_TYPE(obj), name);
    if (res == NULL)
        return NULL;
    descrgetfunc f = Py_TYPE(res)->tp_descr_get;
    if (f == NULL)
        return Py_NewRef(res);
    return f(res, obj, (PyObject *)Py_TYPE(obj));
}

// Call what lookup_maybe_method found with args[0..n) (args[0] is self, dropped when the
// method is already bound).
static PyObject *
call_found(PyObject *func, int unbound, PyObject *const *args, Py_ssize_t n)
{
    if (unbound)
        return rt_call_vector(func, args, (size_t)n, NULL);
    return rt_call_vector(func, args + 1, (size_t)(n - 1), NULL);
}

// args[0].<name>(*args[1:n]): AttributeError if its type has no such method.
static PyObject *
call_method(Name *n, PyObject *const *args, Py_ssize_t nargs)
{
    int unbound;
    PyObject *func = lookup_method(args[0], n, &unbound);
    if (func == NULL)
        return NULL;
    PyObject *r = call_found(func, unbound, args, nargs);
    Py_DECREF(func);
    return r;
}

// Like call_method, but NotImplemented when the type has no such method.
static PyObject *
call_maybe(Name *n, PyObject *const *args, Py_ssize_t nargs)
{
    int unbound;
    PyObject *func = lookup_maybe_method(args[0], n, &unbound);
    if (func == NULL)
        return PyErr_Occurred() ? NULL : Py_NewRef(Py_NotImplemented);
    PyObject *r = call_found(func, unbound, args, nargs);
    Py_DECREF(func);
    return r;
}

// func(self, *args, **kwds) with args a tuple (CPython's _PyObject_Call_Prepend).
static PyObject *
call_prepend(PyObject *func, PyObject *self, PyObject *args, PyObject *kwds)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    PyObject *small[8];
    PyObject **stack = small;
    if (n + 1 > (Py_ssize_t)(sizeof small / sizeof small[0])) {
        stack = PyMem_Malloc((size_t)(n + 1) * sizeof(PyObject *));
        if (stack == NULL)
            return PyErr_NoMemory();
    }
    stack[0] = self;
    for (Py_ssize_t i = 0; i < n; i++)
        stack[i + 1] = PyTuple_GET_ITEM(args, i);
    PyObject *r = PyObject_VectorcallDict(func, stack, (size_t)(n + 1), kwds);
    if (stack != small)
        PyMem_Free(stack);
    return r;
}

// Call a method found by lookup_*method with a tuple and a dict.
static PyObject *
call_found_tuple(PyObject *func, int unbound, PyObject *self, PyObject *args, PyObject *kwds)
{
    if (unbound)
        return call_prepend(func, self, args, kwds);
    return PyObject_Call(func, args, kwds);
}

// ---- the type slots -------------------------------------------------------------------------

NAME(id_repr, "__repr__");
NAME(id_str, "__str__");
NAME(id_hash, "__hash__");
NAME(id_call, "__call__");
NAME(id_getattribute, "__getattribute__");
NAME(id_getattr, "__getattr__");
NAME(id_setattr, "__setattr__");
NAME(id_delattr, "__delattr__");
NAME(id_iter, "__iter__");
NAME(id_next, "__next__");
NAME(id_get, "__get__");
NAME(id_set, "__set__");
NAME(id_delete, "__delete__");
NAME(id_init, "__init__");
NAME(id_new, "__new__");
NAME(id_del, "__del__");
NAME(id_len, "__len__");
NAME(id_getitem, "__getitem__");
NAME(id_setitem, "__setitem__");
NAME(id_delitem, "__delitem__");
NAME(id_contains, "__contains__");
NAME(id_bool, "__bool__");
NAME(id_pow, "__pow__");
NAME(id_rpow, "__rpow__");
NAME(id_ipow, "__ipow__");

// The unary dunders that must exist (slot_tp_str, __next__ ...): self.<name>().
static PyObject *
call_unary(Name *n, PyObject *self)
{
    return call_method(n, &self, 1);
}

PyObject *
rt_slot_tp_repr(PyObject *self)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, &id_repr, &unbound);
    if (func == NULL)
        return PyErr_Occurred() ? NULL : rt_object_default_repr(self);
    PyObject *r = call_found(func, unbound, &self, 1);
    Py_DECREF(func);
    return r;
}

PyObject *
rt_slot_tp_str(PyObject *self)
{
    return call_unary(&id_str, self);
}

Py_hash_t
rt_slot_tp_hash(PyObject *self)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, &id_hash, &unbound);
    if (func == Py_None)
        Py_CLEAR(func);
    if (func == NULL)
        return PyErr_Occurred() ? -1 : PyObject_HashNotImplemented(self);
    PyObject *res = call_found(func, unbound, &self, 1);
    Py_DECREF(func);
    if (res == NULL)
        return -1;
    if (!PyLong_Check(res)) {
        PyErr_SetString(PyExc_TypeError, "__hash__ method should return an integer");
        Py_DECREF(res);
        return -1;
    }
    // A value that fits is kept as is, so that hash(x) == hash(y) when x.__hash__ returns
    // hash(y); a bigger one is hashed as an int.
    Py_hash_t h = PyLong_AsSsize_t(res);
    if (h == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        h = PyLong_Type.tp_hash(res);
    }
    Py_DECREF(res);
    return h == -1 ? -2 : h;
}

PyObject *
rt_slot_tp_call(PyObject *self, PyObject *args, PyObject *kwds)
{
    int unbound;
    PyObject *func = lookup_method(self, &id_call, &unbound);
    if (func == NULL)
        return NULL;
    PyObject *r = call_found_tuple(func, unbound, self, args, kwds);
    Py_DECREF(func);
    return r;
}

// tp_getattro of a class that overrides __getattribute__ but has no __getattr__.
static PyObject *
getattribute_only(PyObject *self, PyObject *name)
{
    PyObject *args[2] = {self, name};
    return call_method(&id_getattribute, args, 2);
}

// attr (found on the type) bound to self, called with name.
static PyObject *
call_attribute(PyObject *self, PyObject *attr, PyObject *name)
{
    descrgetfunc f = Py_TYPE(attr)->tp_descr_get;
    PyObject *bound = f != NULL ? f(attr, self, (PyObject *)Py_TYPE(self)) : Py_NewRef(attr);
    if (bound == NULL)
        return NULL;
    PyObject *r = PyObject_CallOneArg(bound, name);
    Py_DECREF(bound);
    return r;
}

static int
is_generic_getattribute(PyObject *descr)
{
    return Py_IS_TYPE(descr, &PyWrapperDescr_Type) &&
           ((PyWrapperDescrObject *)descr)->d_wrapped == (void *)PyObject_GenericGetAttr;
}

PyObject *
rt_slot_tp_getattro(PyObject *self, PyObject *name)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject *getattr_name = name_of(&id_getattr), *getattribute_name = name_of(&id_getattribute);
    if (getattr_name == NULL || getattribute_name == NULL)
        return NULL;
    PyObject *getattr = rt_type_lookup(tp, getattr_name);
    if (getattr == NULL) {
        // No __getattr__ (any more): use the simpler dispatcher from now on.
        if (tp->tp_getattro == rt_slot_tp_getattro)
            tp->tp_getattro = getattribute_only;
        return getattribute_only(self, name);
    }
    Py_INCREF(getattr);
    PyObject *getattribute = rt_type_lookup(tp, getattribute_name), *res;
    if (getattribute == NULL || is_generic_getattribute(getattribute)) {
        // The usual case: no exception is made when the attribute is missing.
        res = rt_object_generic_getattr(self, name, NULL, 1);
        if (res == NULL && !PyErr_Occurred())
            res = call_attribute(self, getattr, name);
    }
    else {
        Py_INCREF(getattribute);
        res = call_attribute(self, getattribute, name);
        Py_DECREF(getattribute);
        if (res == NULL && PyErr_ExceptionMatches(PyExc_AttributeError)) {
            PyErr_Clear();
            res = call_attribute(self, getattr, name);
        }
    }
    Py_DECREF(getattr);
    return res;
}

int
rt_slot_tp_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyObject *args[3] = {self, name, value};
    PyObject *r = value == NULL ? call_method(&id_delattr, args, 2)
                                : call_method(&id_setattr, args, 3);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

PyObject *
rt_slot_tp_richcompare(PyObject *self, PyObject *other, int op)
{
    static Name names[6] = {{"__lt__", NULL}, {"__le__", NULL}, {"__eq__", NULL},
                            {"__ne__", NULL}, {"__gt__", NULL}, {"__ge__", NULL}};
    PyObject *args[2] = {self, other};
    return call_maybe(&names[op], args, 2);
}

// iter(self) of a class with neither __iter__ nor __getitem__, or with __iter__ = None.
static PyObject *
not_iterable(PyObject *self)
{
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not iterable", Py_TYPE(self)->tp_name);
    return NULL;
}

PyObject *
rt_slot_tp_iter(PyObject *self)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, &id_iter, &unbound);
    if (func == Py_None) {
        Py_DECREF(func);
        return not_iterable(self);
    }
    if (func != NULL) {
        PyObject *r = call_found(func, unbound, &self, 1);
        Py_DECREF(func);
        return r;
    }
    if (PyErr_Occurred())
        return NULL;
    // The old sequence protocol: __getitem__ with 0, 1, 2 ... until IndexError.
    func = lookup_maybe_method(self, &id_getitem, &unbound);
    if (func == NULL)
        return PyErr_Occurred() ? NULL : not_iterable(self);
    Py_DECREF(func);
    return PySeqIter_New(self);
}

PyObject *
rt_slot_tp_iternext(PyObject *self)
{
    return call_unary(&id_next, self);
}

PyObject *
rt_slot_tp_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject *name = name_of(&id_get);
    if (name == NULL)
        return NULL;
    PyObject *get = rt_type_lookup(tp, name);
    if (get == NULL) {
        // __get__ was deleted: stop being a descriptor.
        if (tp->tp_descr_get == rt_slot_tp_descr_get)
            tp->tp_descr_get = NULL;
        return Py_NewRef(self);
    }
    PyObject *args[3] = {self, obj != NULL ? obj : Py_None, type != NULL ? type : Py_None};
    Py_INCREF(get);
    PyObject *r = rt_call_vector(get, args, 3, NULL);
    Py_DECREF(get);
    return r;
}

int
rt_slot_tp_descr_set(PyObject *self, PyObject *obj, PyObject *value)
{
    PyObject *args[3] = {self, obj, value};
    PyObject *r = value == NULL ? call_method(&id_delete, args, 2)
                                : call_method(&id_set, args, 3);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

int
rt_slot_tp_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    int unbound;
    PyObject *func = lookup_method(self, &id_init, &unbound);
    if (func == NULL)
        return -1;
    PyObject *r = call_found_tuple(func, unbound, self, args, kwds);
    Py_DECREF(func);
    if (r == NULL)
        return -1;
    if (r != Py_None) {
        PyErr_Format(PyExc_TypeError, "__init__() should return None, not '%.200s'",
                     Py_TYPE(r)->tp_name);
        Py_DECREF(r);
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

PyObject *
rt_slot_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *name = name_of(&id_new);
    if (name == NULL)
        return NULL;
    // __new__ is a static method: getattr gives the plain function, called with the class.
    PyObject *func = PyObject_GetAttr((PyObject *)type, name);
    if (func == NULL)
        return NULL;
    PyObject *r = call_prepend(func, (PyObject *)type, args, kwds);
    Py_DECREF(func);
    return r;
}

void
rt_slot_tp_finalize(PyObject *self)
{
    // __del__ runs from a deallocator, which must not see (or lose) a pending exception.
    PyObject *exc = PyErr_GetRaisedException();
    int unbound;
    PyObject *del = lookup_maybe_method(self, &id_del, &unbound);
    if (del != NULL) {
        PyObject *r = call_found(del, unbound, &self, 1);
        if (r == NULL)
            PyErr_WriteUnraisable(del);
        Py_XDECREF(r);
        Py_DECREF(del);
    }
    else if (PyErr_Occurred()) {
        PyErr_WriteUnraisable(self);
    }
    PyErr_SetRaisedException(exc);
}

// ---- sequences and mappings ----------------------------------------------------------------

Py_ssize_t
rt_slot_sq_length(PyObject *self)
{
    PyObject *res = call_unary(&id_len, self);
    if (res == NULL)
        return -1;
    Py_SETREF(res, PyNumber_Index(res));
    if (res == NULL)
        return -1;
    if (rt_int_sign(res) < 0) {
        Py_DECREF(res);
        PyErr_SetString(PyExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    Py_ssize_t len = PyNumber_AsSsize_t(res, PyExc_OverflowError);
    Py_DECREF(res);
    return len;
}

Py_ssize_t
rt_slot_mp_length(PyObject *self)
{
    return rt_slot_sq_length(self);
}

PyObject *
rt_slot_sq_item(PyObject *self, Py_ssize_t i)
{
    PyObject *index = PyLong_FromSsize_t(i);
    if (index == NULL)
        return NULL;
    PyObject *args[2] = {self, index};
    PyObject *r = call_method(&id_getitem, args, 2);
    Py_DECREF(index);
    return r;
}

int
rt_slot_sq_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    PyObject *index = PyLong_FromSsize_t(i);
    if (index == NULL)
        return -1;
    PyObject *args[3] = {self, index, value};
    PyObject *r = value == NULL ? call_method(&id_delitem, args, 2)
                                : call_method(&id_setitem, args, 3);
    Py_DECREF(index);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

// `value in self` by iterating self (CPython's _PySequence_IterSearch): 1, 0 or -1.
static int
iter_search(PyObject *self, PyObject *value)
{
    PyObject *it = PyObject_GetIter(self);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_Format(PyExc_TypeError, "argument of type '%.200s' is not iterable",
                         Py_TYPE(self)->tp_name);
        return -1;
    }
    int found = 0;
    PyObject *item;
    while (!found && (item = PyIter_Next(it)) != NULL) {
        found = PyObject_RichCompareBool(item, value, Py_EQ);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    if (found == 0 && PyErr_Occurred())
        return -1;
    return found;
}

int
rt_slot_sq_contains(PyObject *self, PyObject *value)
{
    int unbound;
    PyObject *func = lookup_maybe_method(self, &id_contains, &unbound);
    if (func == Py_None) {
        Py_DECREF(func);
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not a container",
                     Py_TYPE(self)->tp_name);
        return -1;
    }
    if (func == NULL)
        return PyErr_Occurred() ? -1 : iter_search(self, value);
    PyObject *args[2] = {self, value};
    PyObject *r = call_found(func, unbound, args, 2);
    Py_DECREF(func);
    if (r == NULL)
        return -1;
    int truth = PyObject_IsTrue(r);
    Py_DECREF(r);
    return truth;
}

PyObject *
rt_slot_mp_subscript(PyObject *self, PyObject *key)
{
    PyObject *args[2] = {self, key};
    return call_method(&id_getitem, args, 2);
}

int
rt_slot_mp_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    PyObject *args[3] = {self, key, value};
    PyObject *r = value == NULL ? call_method(&id_delitem, args, 2)
                                : call_method(&id_setitem, args, 3);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

// ---- numbers ----------------------------------------------------------------------------------

int
rt_slot_nb_bool(PyObject *self)
{
    int unbound, using_len = 0;
    PyObject *func = lookup_maybe_method(self, &id_bool, &unbound);
    if (func == NULL) {
        if (PyErr_Occurred())
            return -1;
        func = lookup_maybe_method(self, &id_len, &unbound);
        if (func == NULL)
            return PyErr_Occurred() ? -1 : 1;
        using_len = 1;
    }
    PyObject *r = call_found(func, unbound, &self, 1);
    Py_DECREF(func);
    if (r == NULL)
        return -1;
    int truth;
    if (using_len || PyBool_Check(r)) {
        truth = PyObject_IsTrue(r);
    }
    else {
        PyErr_Format(PyExc_TypeError, "__bool__ should return bool, returned %s",
                     Py_TYPE(r)->tp_name);
        truth = -1;
    }
    Py_DECREF(r);
    return truth;
}

// 1 if right's type defines `name` differently from left's (so that a subclass's reflected
// method runs first only when it overrides), 0 if not, -1 on error.
static int
method_is_overloaded(PyObject *left, PyObject *right, Name *n)
{
    PyObject *name = name_of(n);
    if (name == NULL)
        return -1;
    PyObject *b = rt_type_lookup(Py_TYPE(right), name);
    if (b == NULL)
        return 0;
    PyObject *a = rt_type_lookup(Py_TYPE(left), name);
    if (a == NULL)
        return 1;
    Py_INCREF(a);
    Py_INCREF(b);
    int ok = PyObject_RichCompareBool(a, b, Py_NE);
    Py_DECREF(a);
    Py_DECREF(b);
    return ok;
}

static binaryfunc
number_slot(PyObject *o, size_t offset)
{
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    return nb == NULL ? NULL : *(binaryfunc *)((char *)nb + offset);
}

// self <op> other when self's or other's type implements the operator in Python: `me` is the
// dispatcher of that slot. CPython's SLOT1BINFULL: the right operand's reflected method first
// when its type is a subclass overriding it, then self.__op__, then other.__rop__.
static PyObject *
binary_dispatch(PyObject *self, PyObject *other, size_t offset, binaryfunc me, Name *op,
                Name *rop)
{
    int do_other = !Py_IS_TYPE(self, Py_TYPE(other)) && number_slot(other, offset) == me;
    if (number_slot(self, offset) == me) {
        PyObject *r;
        if (do_other && PyType_IsSubtype(Py_TYPE(other), Py_TYPE(self))) {
            int ok = method_is_overloaded(self, other, rop);
            if (ok < 0)
                return NULL;
            if (ok) {
                PyObject *args[2] = {other, self};
                r = call_maybe(rop, args, 2);
                if (r != Py_NotImplemented)
                    return r;
                Py_DECREF(r);
                do_other = 0;
            }
        }
        PyObject *args[2] = {self, other};
        r = call_maybe(op, args, 2);
        if (r != Py_NotImplemented || Py_IS_TYPE(other, Py_TYPE(self)))
            return r;
        Py_DECREF(r);
    }
    if (do_other) {
        PyObject *args[2] = {other, self};
        return call_maybe(rop, args, 2);
    }
    return Py_NewRef(Py_NotImplemented);
}

#define DEFINE_BINARY(slot, op, rop)                                                           \
    PyObject *rt_slot_##slot(PyObject *self, PyObject *other)                                  \
    {                                                                                          \
        static Name n_op = {op, NULL}, n_rop = {rop, NULL};                                    \
        return binary_dispatch(self, other, offsetof(PyNumberMethods, slot), rt_slot_##slot,   \
                               &n_op, &n_rop);                                                 \
    }
RT_SLOT_BINARY(DEFINE_BINARY)
#undef DEFINE_BINARY

#define DEFINE_INPLACE(slot, op)                                                               \
    PyObject *rt_slot_##slot(PyObject *self, PyObject *other)                                  \
    {                                                                                          \
        static Name n_op = {op, NULL};                                                         \
        PyObject *args[2] = {self, other};                                                     \
        return call_method(&n_op, args, 2);                                                    \
    }
RT_SLOT_INPLACE(DEFINE_INPLACE)
#undef DEFINE_INPLACE

#define DEFINE_UNARY(slot, op)                                                                 \
    PyObject *rt_slot_##slot(PyObject *self)                                                   \
    {                                                                                          \
        static Name n_op = {op, NULL};                                                         \
        return call_unary(&n_op, self);                                                        \
    }
RT_SLOT_UNARY(DEFINE_UNARY)
#undef DEFINE_UNARY

// nb_power is ternary: the binary form dispatches like the other operators (its slot is
// recognized by the ternary function); three-argument pow() never uses __rpow__.
static PyObject *
power_binary(PyObject *self, PyObject *other)
{
    int do_other = !Py_IS_TYPE(self, Py_TYPE(other)) && Py_TYPE(other)->tp_as_number != NULL &&
                   Py_TYPE(other)->tp_as_number->nb_power == rt_slot_nb_power;
    PyNumberMethods *nb = Py_TYPE(self)->tp_as_number;
    if (nb != NULL && nb->nb_power == rt_slot_nb_power) {
        PyObject *r;
        if (do_other && PyType_IsSubtype(Py_TYPE(other), Py_TYPE(self))) {
            int ok = method_is_overloaded(self, other, &id_rpow);
            if (ok < 0)
                return NULL;
            if (ok) {
                PyObject *args[2] = {other, self};
                r = call_maybe(&id_rpow, args, 2);
                if (r != Py_NotImplemented)
                    return r;
                Py_DECREF(r);
                do_other = 0;
            }
        }
        PyObject *args[2] = {self, other};
        r = call_maybe(&id_pow, args, 2);
        if (r != Py_NotImplemented || Py_IS_TYPE(other, Py_TYPE(self)))
            return r;
        Py_DECREF(r);
    }
    if (do_other) {
        PyObject *args[2] = {other, self};
        return call_maybe(&id_rpow, args, 2);
    }
    return Py_NewRef(Py_NotImplemented);
}

PyObject *
rt_slot_nb_power(PyObject *self, PyObject *other, PyObject *mod)
{
    if (mod == Py_None)
        return power_binary(self, other);
    PyNumberMethods *nb = Py_TYPE(self)->tp_as_number;
    if (nb != NULL && nb->nb_power == rt_slot_nb_power) {
        PyObject *args[3] = {self, other, mod};
        return call_method(&id_pow, args, 3);
    }
    return Py_NewRef(Py_NotImplemented);
}

PyObject *
rt_slot_nb_inplace_power(PyObject *self, PyObject *other, PyObject *mod)
{
    PyObject *args[2] = {self, other};
    return call_method(&id_ipow, args, 2);
}
