// abstract.h: the generic object protocols that dispatch through type slots: repr/str, hash,
// comparison, truth, attributes, items, iteration, calls and arithmetic (abstract.c).
// Operator semantics follow CPython: binary ops try the left operand's slot, then the right's
// (the right first when its type is a proper subclass of the left's).
#ifndef KRAIT_RUNTIME_ABSTRACT_H
#define KRAIT_RUNTIME_ABSTRACT_H

#include "runtime/object.h"

// repr(o) / str(o) / ascii(o): new str references, or NULL with an exception set.
PyObject *PyObject_Repr(PyObject *o);
PyObject *PyObject_Str(PyObject *o);
PyObject *PyObject_ASCII(PyObject *o);

// hash(o), or -1 with an exception set (TypeError for unhashable objects).
Py_hash_t PyObject_Hash(PyObject *o);

// a <op> b as an object (op is Py_LT ... Py_GE); NULL with an exception set on error.
PyObject *PyObject_RichCompare(PyObject *a, PyObject *b, int op);

// a <op> b as 1/0, or -1 on error. For Py_EQ/Py_NE identity implies equality, as in CPython.
int PyObject_RichCompareBool(PyObject *a, PyObject *b, int op);

// bool(o) as 1/0, or -1 on error; PyObject_Not is its negation.
int PyObject_IsTrue(PyObject *o);
int PyObject_Not(PyObject *o);

// Attribute access through tp_getattro/tp_setattro. name must be a str. Setting v == NULL
// deletes. Get returns a new reference or NULL; set/delete return 0 or -1.
PyObject *PyObject_GetAttr(PyObject *o, PyObject *name);
PyObject *PyObject_GetAttrString(PyObject *o, const char *name);
int PyObject_SetAttr(PyObject *o, PyObject *name, PyObject *v);
int PyObject_SetAttrString(PyObject *o, const char *name, PyObject *v);
int PyObject_DelAttr(PyObject *o, PyObject *name);
int PyObject_HasAttr(PyObject *o, PyObject *name); // 1/0; errors are swallowed

// len(o), or -1 with an exception set.
Py_ssize_t PyObject_Size(PyObject *o);
#define PyObject_Length PyObject_Size

// o[key], o[key] = v, del o[key]: mapping slots first, then sequence slots with an index.
PyObject *PyObject_GetItem(PyObject *o, PyObject *key);
int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v);
int PyObject_DelItem(PyObject *o, PyObject *key);

// iter(o): a new iterator reference, or NULL with TypeError "'T' object is not iterable".
PyObject *PyObject_GetIter(PyObject *o);

// True if o implements the iterator protocol (tp_iternext).
int PyIter_Check(PyObject *o);

// next(it): a new reference; NULL with no exception set at exhaustion (StopIteration is
// swallowed), NULL with an exception set on error.
PyObject *PyIter_Next(PyObject *it);

// Call callable(*args, **kwargs); args is a tuple (NULL means no arguments), kwargs a dict
// or NULL. Returns a new reference or NULL.
PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs);
PyObject *PyObject_CallObject(PyObject *callable, PyObject *args);
PyObject *PyObject_CallNoArgs(PyObject *callable);
PyObject *PyObject_CallOneArg(PyObject *callable, PyObject *arg);

// True if o can be called (its type has tp_call).
int PyCallable_Check(PyObject *o);

// `x in seq` as 1/0, or -1 on error: sq_contains, else iteration comparing with ==.
int PySequence_Contains(PyObject *seq, PyObject *x);

// True if o supports the sequence protocol (sq_item) and is not a dict.
int PySequence_Check(PyObject *o);

// len() of a sequence; -1 with TypeError when o has no sequence length.
Py_ssize_t PySequence_Size(PyObject *o);

// seq[i] for a C index (negative indexes count from the end).
PyObject *PySequence_GetItem(PyObject *seq, Py_ssize_t i);

// tuple(o) / list(o) from any iterable: new references, or NULL.
PyObject *PySequence_Tuple(PyObject *o);
PyObject *PySequence_List(PyObject *o);

// A list or tuple with o's items (o itself when it already is one); msg is the TypeError
// message for non-iterables. Use PySequence_Fast_ITEMS/GET_SIZE on the result.
PyObject *PySequence_Fast(PyObject *o, const char *msg);

// Size and item array of a PySequence_Fast result (a list or a tuple); items are borrowed.
#define PySequence_Fast_GET_SIZE(o) Py_SIZE(o)
#define PySequence_Fast_ITEMS(o)                                                               \
    (PyList_Check(o) ? ((PyListObject *)(o))->ob_item : ((PyTupleObject *)(o))->ob_item)

// True if o has nb_index (can be used as an index).
int PyIndex_Check(PyObject *o);

// operator.index(o): an exact int, or NULL with TypeError.
PyObject *PyNumber_Index(PyObject *o);

// o as a Py_ssize_t index; on overflow raise exc (NULL: clamp to PY_SSIZE_T_MIN/MAX instead).
Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc);

// int(o) / float(o) for an object with the number protocol.
PyObject *PyNumber_Long(PyObject *o);
PyObject *PyNumber_Float(PyObject *o);

// True if o's type has any numeric conversion slot (nb_index, nb_int or nb_float).
int PyNumber_Check(PyObject *o);

// Binary and unary arithmetic; each returns a new reference or NULL with TypeError
// "unsupported operand type(s) for +: 'A' and 'B'" (etc.) when neither side implements it.
PyObject *PyNumber_Add(PyObject *a, PyObject *b);
PyObject *PyNumber_Subtract(PyObject *a, PyObject *b);
PyObject *PyNumber_Multiply(PyObject *a, PyObject *b);
PyObject *PyNumber_MatrixMultiply(PyObject *a, PyObject *b);
PyObject *PyNumber_TrueDivide(PyObject *a, PyObject *b);
PyObject *PyNumber_FloorDivide(PyObject *a, PyObject *b);
PyObject *PyNumber_Remainder(PyObject *a, PyObject *b);
PyObject *PyNumber_Divmod(PyObject *a, PyObject *b);
PyObject *PyNumber_Power(PyObject *a, PyObject *b, PyObject *mod); // mod: Py_None if absent
PyObject *PyNumber_Lshift(PyObject *a, PyObject *b);
PyObject *PyNumber_Rshift(PyObject *a, PyObject *b);
PyObject *PyNumber_And(PyObject *a, PyObject *b);
PyObject *PyNumber_Xor(PyObject *a, PyObject *b);
PyObject *PyNumber_Or(PyObject *a, PyObject *b);
PyObject *PyNumber_Negative(PyObject *o);
PyObject *PyNumber_Positive(PyObject *o);
PyObject *PyNumber_Invert(PyObject *o);
PyObject *PyNumber_Absolute(PyObject *o);

// In-place forms (a += b): the nb_inplace slot, falling back to the binary operation.
PyObject *PyNumber_InPlaceAdd(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceSubtract(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceMultiply(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceMatrixMultiply(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceTrueDivide(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceFloorDivide(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceRemainder(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlacePower(PyObject *a, PyObject *b, PyObject *mod);
PyObject *PyNumber_InPlaceLshift(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceRshift(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceAnd(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceXor(PyObject *a, PyObject *b);
PyObject *PyNumber_InPlaceOr(PyObject *a, PyObject *b);

// Parse positional-only arguments of a built-in: checks that args (a tuple) has between min
// and max items (raising CPython's TypeError naming `name` otherwise) and stores borrowed
// references in the varargs PyObject ** slots; absent optional ones are left untouched.
int PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...);

// Raise CPython's TypeError "T() takes no keyword arguments" if kwargs is a non-empty dict.
// Returns 1 if fine, 0 with the error set.
int rt_arg_no_keywords(const char *funcname, PyObject *kwargs);

#endif
