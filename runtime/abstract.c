// abstract.c: the generic object protocols over type slots: repr/str, hash, comparison,
// truth, attributes, items, iteration, calls, and the number protocol's dispatch rules
// (left slot, then right slot; the right first when its type subclasses the left's).
#include <stdarg.h>
#include <stddef.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/typeattr.h"

// ---- repr, str, hash ------------------------------------------------------------------------

PyObject *
PyObject_Repr(PyObject *o)
{
    reprfunc repr = Py_TYPE(o)->tp_repr;
    if (repr == NULL)
        return rt_object_default_repr(o);
    if (Py_EnterRecursiveCall(" while getting the repr of an object"))
        return NULL;
    PyObject *r = repr(o);
    Py_LeaveRecursiveCall();
    if (r != NULL && !PyUnicode_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__repr__ returned non-string (type %.200s)",
                     Py_TYPE(r)->tp_name);
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

PyObject *
PyObject_Str(PyObject *o)
{
    if (PyUnicode_CheckExact(o))
        return Py_NewRef(o);
    reprfunc str = Py_TYPE(o)->tp_str;
    if (str == NULL)
        return PyObject_Repr(o);
    if (Py_EnterRecursiveCall(" while getting the str of an object"))
        return NULL;
    PyObject *r = str(o);
    Py_LeaveRecursiveCall();
    if (r != NULL && !PyUnicode_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__str__ returned non-string (type %.200s)",
                     Py_TYPE(r)->tp_name);
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

PyObject *
PyObject_ASCII(PyObject *o)
{
    PyObject *r = PyObject_Repr(o);
    if (r == NULL)
        return NULL;
    PyObject *a = rt_str_ascii(r);
    Py_DECREF(r);
    return a;
}

Py_hash_t
PyObject_Hash(PyObject *o)
{
    hashfunc hash = Py_TYPE(o)->tp_hash;
    if (hash != NULL)
        return hash(o);
    return PyObject_HashNotImplemented(o);
}

// ---- comparison -----------------------------------------------------------------------------

static const int swapped_op[] = {Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static PyObject *
do_richcompare(PyObject *a, PyObject *b, int op)
{
    PyTypeObject *ta = Py_TYPE(a), *tb = Py_TYPE(b);
    richcmpfunc f;
    PyObject *r;
    int reflected_tried = 0;
    // A subclass's reflected method wins over its base's, so that it can override.
    if (ta != tb && PyType_IsSubtype(tb, ta) && (f = tb->tp_richcompare) != NULL) {
        reflected_tried = 1;
        r = f(b, a, swapped_op[op]);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    if ((f = ta->tp_richcompare) != NULL) {
        r = f(a, b, op);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    if (!reflected_tried && (f = tb->tp_richcompare) != NULL) {
        r = f(b, a, swapped_op[op]);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    if (op == Py_EQ)
        return PyBool_FromLong(a == b);
    if (op == Py_NE)
        return PyBool_FromLong(a != b);
    PyErr_Format(PyExc_TypeError, "'%s' not supported between instances of '%.100s' and '%.100s'",
                 op_symbol[op], rt_type_name(ta), rt_type_name(tb));
    return NULL;
}

PyObject *
PyObject_RichCompare(PyObject *a, PyObject *b, int op)
{
    if (Py_EnterRecursiveCall(" in comparison"))
        return NULL;
    PyObject *r = do_richcompare(a, b, op);
    Py_LeaveRecursiveCall();
    return r;
}

int
PyObject_RichCompareBool(PyObject *a, PyObject *b, int op)
{
    if (a == b) {
        if (op == Py_EQ)
            return 1;
        if (op == Py_NE)
            return 0;
    }
    PyObject *r = PyObject_RichCompare(a, b, op);
    if (r == NULL)
        return -1;
    int truth = PyBool_Check(r) ? r == Py_True : PyObject_IsTrue(r);
    Py_DECREF(r);
    return truth;
}

int
PyObject_IsTrue(PyObject *o)
{
    if (o == Py_True)
        return 1;
    if (o == Py_False || o == Py_None)
        return 0;
    PyTypeObject *t = Py_TYPE(o);
    Py_ssize_t n;
    if (t->tp_as_number != NULL && t->tp_as_number->nb_bool != NULL)
        return t->tp_as_number->nb_bool(o);
    if (t->tp_as_mapping != NULL && t->tp_as_mapping->mp_length != NULL)
        n = t->tp_as_mapping->mp_length(o);
    else if (t->tp_as_sequence != NULL && t->tp_as_sequence->sq_length != NULL)
        n = t->tp_as_sequence->sq_length(o);
    else
        return 1;
    return n > 0 ? 1 : (int)n;
}

int
PyObject_Not(PyObject *o)
{
    int truth = PyObject_IsTrue(o);
    return truth < 0 ? truth : !truth;
}

// ---- attributes -----------------------------------------------------------------------------

static int
check_attr_name(PyObject *name)
{
    if (PyUnicode_Check(name))
        return 1;
    PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                 rt_type_name(Py_TYPE(name)));
    return 0;
}

PyObject *
PyObject_GetAttr(PyObject *o, PyObject *name)
{
    if (!check_attr_name(name))
        return NULL;
    getattrofunc get = Py_TYPE(o)->tp_getattro;
    PyObject *r;
    if (get != NULL)
        r = get(o, name);
    else {
        PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute '%U'",
                     rt_type_name(Py_TYPE(o)), name);
        r = NULL;
    }
    // 3.11 records the object and the name on the AttributeError (for suggestions).
    if (r == NULL)
        rt_object_attribute_error_context(o, name);
    return r;
}

PyObject *
PyObject_GetAttrString(PyObject *o, const char *name)
{
    PyObject *s = PyUnicode_FromString(name);
    if (s == NULL)
        return NULL;
    PyObject *r = PyObject_GetAttr(o, s);
    Py_DECREF(s);
    return r;
}

int
PyObject_SetAttr(PyObject *o, PyObject *name, PyObject *v)
{
    if (!check_attr_name(name))
        return -1;
    setattrofunc set = Py_TYPE(o)->tp_setattro;
    if (set != NULL)
        return set(o, name, v);
    PyTypeObject *t = Py_TYPE(o);
    if (Py_TYPE(o)->tp_getattro == NULL)
        PyErr_Format(PyExc_TypeError, "'%.100s' object has no attributes (%s .%U)",
                     rt_type_name(t), v == NULL ? "del" : "assign to", name);
    else
        PyErr_Format(PyExc_TypeError, "'%.100s' object has only read-only attributes (%s .%U)",
                     rt_type_name(t), v == NULL ? "del" : "assign to", name);
    return -1;
}

int
PyObject_SetAttrString(PyObject *o, const char *name, PyObject *v)
{
    PyObject *s = PyUnicode_FromString(name);
    if (s == NULL)
        return -1;
    int r = PyObject_SetAttr(o, s, v);
    Py_DECREF(s);
    return r;
}

int
PyObject_DelAttr(PyObject *o, PyObject *name)
{
    return PyObject_SetAttr(o, name, NULL);
}

int
PyObject_HasAttr(PyObject *o, PyObject *name)
{
    PyObject *r;
    int found = rt_object_lookup_attr(o, name, &r);
    if (found < 0)
        PyErr_Clear();
    Py_XDECREF(r);
    return found > 0;
}

// ---- length and items -----------------------------------------------------------------------

Py_ssize_t
PyObject_Size(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    if (t->tp_as_sequence != NULL && t->tp_as_sequence->sq_length != NULL)
        return t->tp_as_sequence->sq_length(o);
    if (t->tp_as_mapping != NULL && t->tp_as_mapping->mp_length != NULL)
        return t->tp_as_mapping->mp_length(o);
    PyErr_Format(PyExc_TypeError, "object of type '%.200s' has no len()", rt_type_name(t));
    return -1;
}

Py_ssize_t
PySequence_Size(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    if (t->tp_as_sequence != NULL && t->tp_as_sequence->sq_length != NULL)
        return t->tp_as_sequence->sq_length(o);
    if (t->tp_as_mapping != NULL && t->tp_as_mapping->mp_length != NULL) {
        PyErr_Format(PyExc_TypeError, "%.200s is not a sequence", rt_type_name(t));
        return -1;
    }
    PyErr_Format(PyExc_TypeError, "object of type '%.200s' has no len()", rt_type_name(t));
    return -1;
}

int
PySequence_Check(PyObject *o)
{
    if (PyDict_Check(o))
        return 0;
    PySequenceMethods *sq = Py_TYPE(o)->tp_as_sequence;
    return sq != NULL && sq->sq_item != NULL;
}

PyObject *
PySequence_GetItem(PyObject *seq, Py_ssize_t i)
{
    PySequenceMethods *sq = Py_TYPE(seq)->tp_as_sequence;
    if (sq == NULL || sq->sq_item == NULL) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object does not support indexing",
                     rt_type_name(Py_TYPE(seq)));
        return NULL;
    }
    if (i < 0 && sq->sq_length != NULL) {
        Py_ssize_t n = sq->sq_length(seq);
        if (n < 0)
            return NULL;
        i += n;
    }
    return sq->sq_item(seq, i);
}

// The C index of an integer-like key for the sequence slots, counting negatives from the end.
static int
sequence_index(PyObject *o, PyObject *key, PySequenceMethods *sq, Py_ssize_t *out)
{
    Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i == -1 && PyErr_Occurred())
        return -1;
    if (i < 0 && sq->sq_length != NULL) {
        Py_ssize_t n = sq->sq_length(o);
        if (n < 0)
            return -1;
        i += n;
    }
    *out = i;
    return 0;
}

PyObject *
PyObject_GetItem(PyObject *o, PyObject *key)
{
    PyTypeObject *t = Py_TYPE(o);
    if (t->tp_as_mapping != NULL && t->tp_as_mapping->mp_subscript != NULL)
        return t->tp_as_mapping->mp_subscript(o, key);
    PySequenceMethods *sq = t->tp_as_sequence;
    if (sq != NULL && sq->sq_item != NULL) {
        if (!PyIndex_Check(key)) {
            PyErr_Format(PyExc_TypeError, "sequence index must be integer, not '%.200s'",
                         rt_type_name(Py_TYPE(key)));
            return NULL;
        }
        Py_ssize_t i;
        if (sequence_index(o, key, sq, &i) < 0)
            return NULL;
        return sq->sq_item(o, i);
    }
    // C[key] on a class without a metaclass __getitem__: __class_getitem__ (PEP 560).
    if (PyType_Check(o))
        return rt_type_class_getitem(o, key);
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not subscriptable", rt_type_name(t));
    return NULL;
}

// o[key] = v, or del o[key] when v is NULL.
static int
assign_item(PyObject *o, PyObject *key, PyObject *v)
{
    PyTypeObject *t = Py_TYPE(o);
    if (t->tp_as_mapping != NULL && t->tp_as_mapping->mp_ass_subscript != NULL)
        return t->tp_as_mapping->mp_ass_subscript(o, key, v);
    PySequenceMethods *sq = t->tp_as_sequence;
    if (sq != NULL && sq->sq_ass_item != NULL) {
        if (!PyIndex_Check(key)) {
            PyErr_Format(PyExc_TypeError, "sequence index must be integer, not '%.200s'",
                         rt_type_name(Py_TYPE(key)));
            return -1;
        }
        Py_ssize_t i;
        if (sequence_index(o, key, sq, &i) < 0)
            return -1;
        return sq->sq_ass_item(o, i, v);
    }
    PyErr_Format(PyExc_TypeError,
                 v != NULL ? "'%.200s' object does not support item assignment"
                           : "'%.200s' object doesn't support item deletion",
                 rt_type_name(t));
    return -1;
}

int
PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v)
{
    return assign_item(o, key, v);
}

int
PyObject_DelItem(PyObject *o, PyObject *key)
{
    return assign_item(o, key, NULL);
}

// ---- iteration ------------------------------------------------------------------------------

int
PyIter_Check(PyObject *o)
{
    return Py_TYPE(o)->tp_iternext != NULL;
}

PyObject *
PyObject_GetIter(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    getiterfunc f = t->tp_iter;
    if (f == NULL) {
        if (PySequence_Check(o))
            return PySeqIter_New(o);
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not iterable", rt_type_name(t));
        return NULL;
    }
    PyObject *it = f(o);
    if (it != NULL && !PyIter_Check(it)) {
        PyErr_Format(PyExc_TypeError, "iter() returned non-iterator of type '%.100s'",
                     rt_type_name(Py_TYPE(it)));
        Py_DECREF(it);
        return NULL;
    }
    return it;
}

PyObject *
PyIter_Next(PyObject *it)
{
    PyObject *r = Py_TYPE(it)->tp_iternext(it);
    if (r == NULL && PyErr_Occurred() && PyErr_ExceptionMatches(PyExc_StopIteration))
        PyErr_Clear();
    return r;
}

int
PySequence_Contains(PyObject *seq, PyObject *x)
{
    PySequenceMethods *sq = Py_TYPE(seq)->tp_as_sequence;
    if (sq != NULL && sq->sq_contains != NULL)
        return sq->sq_contains(seq, x);
    PyObject *it = PyObject_GetIter(seq);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Format(PyExc_TypeError, "argument of type '%.200s' is not iterable",
                         rt_type_name(Py_TYPE(seq)));
        }
        return -1;
    }
    int found = 0;
    PyObject *item;
    while (!found && (item = PyIter_Next(it)) != NULL) {
        found = PyObject_RichCompareBool(item, x, Py_EQ);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    if (found == 0 && PyErr_Occurred())
        return -1;
    return found;
}

PyObject *
PySequence_List(PyObject *o)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    if (rt_list_extend(list, o) < 0) {
        Py_DECREF(list);
        return NULL;
    }
    return list;
}

PyObject *
PySequence_Tuple(PyObject *o)
{
    if (PyTuple_CheckExact(o))
        return Py_NewRef(o);
    if (PyList_CheckExact(o))
        return PyList_AsTuple(o);
    PyObject *list = PySequence_List(o);
    if (list == NULL)
        return NULL;
    PyObject *t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
}

PyObject *
PySequence_Fast(PyObject *o, const char *msg)
{
    if (PyList_CheckExact(o) || PyTuple_CheckExact(o))
        return Py_NewRef(o);
    PyObject *it = PyObject_GetIter(o);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_SetString(PyExc_TypeError, msg);
        return NULL;
    }
    PyObject *list = PySequence_List(it);
    Py_DECREF(it);
    return list;
}

// ---- calls ----------------------------------------------------------------------------------

int
PyCallable_Check(PyObject *o)
{
    return Py_TYPE(o)->tp_call != NULL;
}

PyObject *
PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs)
{
    ternaryfunc call = Py_TYPE(callable)->tp_call;
    if (call == NULL) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not callable",
                     rt_type_name(Py_TYPE(callable)));
        return NULL;
    }
    PyObject *owned_args = NULL;
    if (args == NULL) {
        args = owned_args = PyTuple_New(0);
        if (args == NULL)
            return NULL;
    }
    PyObject *r = NULL;
    if (Py_EnterRecursiveCall(" while calling a Python object") == 0) {
        r = call(callable, args, kwargs);
        Py_LeaveRecursiveCall();
        if (r == NULL && !PyErr_Occurred())
            PyErr_Format(PyExc_SystemError, "%R returned NULL without setting an exception",
                         callable);
    }
    Py_XDECREF(owned_args);
    return r;
}

PyObject *
PyObject_CallObject(PyObject *callable, PyObject *args)
{
    return PyObject_Call(callable, args, NULL);
}

PyObject *
PyObject_CallNoArgs(PyObject *callable)
{
    return rt_call_vector(callable, NULL, 0, NULL);
}

PyObject *
PyObject_CallOneArg(PyObject *callable, PyObject *arg)
{
    return rt_call_vector(callable, &arg, 1, NULL);
}

// ---- argument helpers -----------------------------------------------------------------------

int
PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < min || n > max) {
        Py_ssize_t bound = n < min ? min : max;
        PyErr_Format(PyExc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                     min == max ? "" : n < min ? "at least " : "at most ", bound,
                     bound == 1 ? "" : "s", n);
        return 0;
    }
    va_list va;
    va_start(va, max);
    for (Py_ssize_t i = 0; i < n; i++)
        *va_arg(va, PyObject **) = PyTuple_GET_ITEM(args, i);
    va_end(va);
    return 1;
}

int
rt_arg_no_keywords(const char *funcname, PyObject *kwargs)
{
    if (kwargs == NULL || PyDict_GET_SIZE(kwargs) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}
