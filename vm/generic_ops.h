// generic_ops.h: the small steps the instruction bodies of vm/generic_ops.inc share, for the
// two files that include those bodies (the interpreter loop, eval.c, and the JIT's helpers,
// jit/helpers_generic.c). Each step takes over (releases) the stack values it is given, so a
// body is pop, call, check.
#ifndef KRAIT_VM_GENERIC_OPS_H
#define KRAIT_VM_GENERIC_OPS_H

#include "runtime/runtime.h"
#include "runtime/objects/methodobject.h"

// Move a bound method's function and instance into the call's [callable, self] slots.
static inline void
unpack_bound_method(PyObject **callable_slot)
{
    PyObject *m = callable_slot[0];
    callable_slot[-1] = Py_NewRef(PyMethod_GET_FUNCTION(m));
    callable_slot[0] = Py_NewRef(PyMethod_GET_SELF(m));
    Py_DECREF(m);
}

// The index of a list or tuple item for an exact small int key in range, else -1.
static inline Py_ssize_t
fast_index(PyObject *seq, PyObject *sub)
{
    if (!PyLong_CheckExact(sub) || !rt_int_is_small(sub))
        return -1;
    int64_t i = rt_int_small_value(sub);
    Py_ssize_t n = Py_SIZE(seq);
    if (i < 0)
        i += n;
    return (i >= 0 && i < n) ? (Py_ssize_t)i : -1;
}

// container[sub] for exact lists and tuples indexed by small ints (new reference), or NULL
// with no error when the general path must decide.
static inline PyObject *
subscr_fast(PyObject *container, PyObject *sub)
{
    if (PyList_CheckExact(container)) {
        Py_ssize_t i = fast_index(container, sub);
        return i < 0 ? NULL : Py_NewRef(PyList_GET_ITEM(container, i));
    }
    if (PyTuple_CheckExact(container)) {
        Py_ssize_t i = fast_index(container, sub);
        return i < 0 ? NULL : Py_NewRef(PyTuple_GET_ITEM(container, i));
    }
    return NULL;
}

// container[sub] = v for an exact list and a small int index in range: 1 if done.
static inline int
store_subscr_fast(PyObject *container, PyObject *sub, PyObject *v)
{
    if (!PyList_CheckExact(container))
        return 0;
    Py_ssize_t i = fast_index(container, sub);
    if (i < 0)
        return 0;
    PyObject *old = PyList_GET_ITEM(container, i);
    PyList_SET_ITEM(container, i, Py_NewRef(v));
    Py_DECREF(old);
    return 1;
}

// f(v), releasing v: the unary operators, GET_ITER, LIST_TO_TUPLE.
static inline PyObject *
apply_steal(PyObject *(*f)(PyObject *), PyObject *v)
{
    PyObject *r = f(v);
    Py_DECREF(v);
    return r;
}

// op(oparg, a, b), releasing a and b: BINARY_OP and COMPARE_OP.
static inline PyObject *
binary_steal(PyObject *(*op)(int, PyObject *, PyObject *), int oparg, PyObject *a, PyObject *b)
{
    PyObject *r = op(oparg, a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    return r;
}

// f(target, v) (0 or -1), releasing v: adding to the container being built.
static inline int
add_steal(int (*f)(PyObject *, PyObject *), PyObject *target, PyObject *v)
{
    int err = f(target, v);
    Py_DECREF(v);
    return err;
}

// The truth of v (1, 0, or -1 with an error), releasing v.
static inline int
truth_steal(PyObject *v)
{
    int truth = PyObject_IsTrue(v);
    Py_DECREF(v);
    return truth;
}

// Whether v is None, releasing v.
static inline int
is_none_steal(PyObject *v)
{
    int none = v == Py_None;
    Py_DECREF(v);
    return none;
}

// Release the n values below sp (the inputs of a BUILD_* that copied them); the new sp.
static inline PyObject **
release_n(PyObject **sp, int n)
{
    while (--n >= 0)
        Py_DECREF(*--sp);
    return sp;
}

#endif
