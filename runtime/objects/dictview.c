// dictview.c: the dict views (dict_keys, dict_values, dict_items) with the set operations of
// keys and items views, and the dict iterators, forward and reverse. The dict itself is in
// dict.c.
#include "runtime/runtime.h"
#include "runtime/objects/descr.h"

// ---- iterators --------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *di_dict;  // NULL once exhausted
    Py_ssize_t di_used; // the dict's size at the start (-1 once a change was seen: sticky)
    Py_ssize_t di_pos;  // where rt_dict_next / rt_dict_prev resumes
    Py_ssize_t len;     // items still expected
} DictIterObject;

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

static int
iter_is_reverse(PyTypeObject *t)
{
    return t == &rt_dict_reversekeyiterator_type || t == &rt_dict_reversevalueiterator_type ||
           t == &rt_dict_reverseitemiterator_type;
}

PyObject *
rt_dictview_iter_new(PyObject *d, PyTypeObject *iter_type)
{
    DictIterObject *di = PyObject_GC_New(DictIterObject, iter_type);
    if (di == NULL)
        return NULL;
    di->di_dict = Py_NewRef(d);
    di->di_used = PyDict_GET_SIZE(d);
    di->len = PyDict_GET_SIZE(d);
    di->di_pos = iter_is_reverse(iter_type) ? rt_dict_end(d) - 1 : 0;
    PyObject_GC_Track(di);
    return (PyObject *)di;
}

static void
dictiter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, dictiter_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(((DictIterObject *)o)->di_dict);
    PyObject_GC_Del(o);
    rt_trashcan_end(tc);
}

static int
dictiter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((DictIterObject *)o)->di_dict);
    return 0;
}

static PyObject *
iter_self(PyObject *o)
{
    return Py_NewRef(o);
}

static PyObject *
make_result(int kind, PyObject *key, PyObject *value)
{
    if (kind == ITER_KEYS)
        return Py_NewRef(key);
    if (kind == ITER_VALUES)
        return Py_NewRef(value);
    return PyTuple_Pack(2, key, value);
}

// The next item of kind from a forward or reverse iterator, or NULL (exhausted or error).
static PyObject *
dictiter_next(DictIterObject *di, int kind, int reverse)
{
    PyObject *d = di->di_dict, *key, *value;
    if (d == NULL)
        return NULL;
    if (di->di_used != PyDict_GET_SIZE(d)) {
        PyErr_SetString(PyExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;
        return NULL;
    }
    Py_ssize_t pos = di->di_pos;
    int found = reverse ? pos >= 0 && rt_dict_prev(d, &pos, &key, &value)
                        : rt_dict_next(d, &pos, &key, &value, NULL);
    if (!found)
        goto exhausted;
    // Same size but more items than there were: keys were deleted and others added.
    if (!reverse && di->len == 0) {
        PyErr_SetString(PyExc_RuntimeError, "dictionary keys changed during iteration");
        goto exhausted;
    }
    di->di_pos = pos;
    di->len--;
    return make_result(kind, key, value);
exhausted:
    di->di_dict = NULL;
    Py_DECREF(d);
    return NULL;
}

static PyObject *
iternext_key(PyObject *o)
{
    return dictiter_next((DictIterObject *)o, ITER_KEYS, 0);
}

static PyObject *
iternext_value(PyObject *o)
{
    return dictiter_next((DictIterObject *)o, ITER_VALUES, 0);
}

static PyObject *
iternext_item(PyObject *o)
{
    return dictiter_next((DictIterObject *)o, ITER_ITEMS, 0);
}

static PyObject *
reviternext_key(PyObject *o)
{
    return dictiter_next((DictIterObject *)o, ITER_KEYS, 1);
}

static PyObject *
reviternext_value(PyObject *o)
{
    return dictiter_next((DictIterObject *)o, ITER_VALUES, 1);
}

static PyObject *
reviternext_item(PyObject *o)
{
    return dictiter_next((DictIterObject *)o, ITER_ITEMS, 1);
}

// __length_hint__: the items still to come, 0 once the dict changed size or ran out.
static PyObject *
dictiter_length_hint(PyObject *o, PyObject *unused)
{
    DictIterObject *di = (DictIterObject *)o;
    Py_ssize_t n = 0;
    if (di->di_dict != NULL && di->di_used == PyDict_GET_SIZE(di->di_dict))
        n = di->len;
    return PyLong_FromSsize_t(n);
}

static PyMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

PyTypeObject rt_dict_keyiterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_keyiterator",
    .tp_basicsize = sizeof(DictIterObject),
    .tp_dealloc = dictiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = iternext_key,
    .tp_methods = dictiter_methods,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_dict_valueiterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_valueiterator",
    .tp_basicsize = sizeof(DictIterObject),
    .tp_dealloc = dictiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = iternext_value,
    .tp_methods = dictiter_methods,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_dict_itemiterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_itemiterator",
    .tp_basicsize = sizeof(DictIterObject),
    .tp_dealloc = dictiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = iternext_item,
    .tp_methods = dictiter_methods,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_dict_reversekeyiterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_reversekeyiterator",
    .tp_basicsize = sizeof(DictIterObject),
    .tp_dealloc = dictiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = reviternext_key,
    .tp_methods = dictiter_methods,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_dict_reversevalueiterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_reversevalueiterator",
    .tp_basicsize = sizeof(DictIterObject),
    .tp_dealloc = dictiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = reviternext_value,
    .tp_methods = dictiter_methods,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_dict_reverseitemiterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_reverseitemiterator",
    .tp_basicsize = sizeof(DictIterObject),
    .tp_dealloc = dictiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = reviternext_item,
    .tp_methods = dictiter_methods,
    .tp_free = PyObject_GC_Del,
};

// ---- views ------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *dv_dict;
} DictViewObject;

#define VIEW_DICT(o) (((DictViewObject *)(o))->dv_dict)

static int
is_set_like_view(PyObject *o)
{
    return Py_IS_TYPE(o, &rt_dict_keys_type) || Py_IS_TYPE(o, &rt_dict_items_type);
}

PyObject *
rt_dictview_new(PyObject *d, PyTypeObject *view_type)
{
    if (d == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (!PyDict_Check(d)) {
        PyErr_Format(PyExc_TypeError, "%s() requires a dict argument, not '%s'", view_type->tp_name,
                     Py_TYPE(d)->tp_name);
        return NULL;
    }
    DictViewObject *dv = PyObject_GC_New(DictViewObject, view_type);
    if (dv == NULL)
        return NULL;
    dv->dv_dict = Py_NewRef(d);
    PyObject_GC_Track(dv);
    return (PyObject *)dv;
}

static void
dictview_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, dictview_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(VIEW_DICT(o));
    PyObject_GC_Del(o);
    rt_trashcan_end(tc);
}

static int
dictview_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(VIEW_DICT(o));
    return 0;
}

static Py_ssize_t
dictview_len(PyObject *o)
{
    return PyDict_GET_SIZE(VIEW_DICT(o));
}

static PyObject *
dictview_repr(PyObject *o)
{
    int rc = Py_ReprEnter(o);
    if (rc != 0)
        return rc > 0 ? PyUnicode_FromString("...") : NULL;
    PyObject *result = NULL, *seq = PySequence_List(o);
    if (seq != NULL) {
        result = PyUnicode_FromFormat("%s(%R)", Py_TYPE(o)->tp_name, seq);
        Py_DECREF(seq);
    }
    Py_ReprLeave(o);
    return result;
}

// 1 if every item of self is in other, 0 if not, -1 on error.
static int
all_contained_in(PyObject *self, PyObject *other)
{
    PyObject *it = PyObject_GetIter(self);
    if (it == NULL)
        return -1;
    int ok = 1;
    for (;;) {
        PyObject *next = PyIter_Next(it);
        if (next == NULL) {
            if (PyErr_Occurred())
                ok = -1;
            break;
        }
        ok = PySequence_Contains(other, next);
        Py_DECREF(next);
        if (ok <= 0)
            break;
    }
    Py_DECREF(it);
    return ok;
}

// Keys and items views compare as sets with sets, frozensets and other such views.
static PyObject *
dictview_richcompare(PyObject *self, PyObject *other, int op)
{
    if (!PyAnySet_Check(other) && !is_set_like_view(other))
        return Py_NewRef(Py_NotImplemented);
    Py_ssize_t len_self = PyObject_Size(self);
    if (len_self < 0)
        return NULL;
    Py_ssize_t len_other = PyObject_Size(other);
    if (len_other < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case Py_EQ:
    case Py_NE:
        if (len_self == len_other)
            ok = all_contained_in(self, other);
        if (op == Py_NE && ok >= 0)
            ok = !ok;
        break;
    case Py_LT:
        ok = len_self < len_other ? all_contained_in(self, other) : 0;
        break;
    case Py_LE:
        ok = len_self <= len_other ? all_contained_in(self, other) : 0;
        break;
    case Py_GT:
        ok = len_self > len_other ? all_contained_in(other, self) : 0;
        break;
    default:
        ok = len_self >= len_other ? all_contained_in(other, self) : 0;
        break;
    }
    if (ok < 0)
        return NULL;
    return PyBool_FromLong(ok);
}

PyObject *
rt_dictview_isdisjoint(PyObject *self, PyObject *other)
{
    if (self == other)
        return PyBool_FromLong(dictview_len(self) == 0);
    // Iterate over the smaller side when both have cheap membership tests.
    if (PyAnySet_Check(other) || is_set_like_view(other)) {
        Py_ssize_t len_other = PyObject_Size(other);
        if (len_other < 0)
            return NULL;
        if (len_other > dictview_len(self)) {
            PyObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    PyObject *it = PyObject_GetIter(other), *item;
    if (it == NULL)
        return NULL;
    while ((item = PyIter_Next(it)) != NULL) {
        int contains = PySequence_Contains(self, item);
        Py_DECREF(item);
        if (contains != 0) {
            Py_DECREF(it);
            return contains < 0 ? NULL : PyBool_FromLong(0);
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? NULL : PyBool_FromLong(1);
}

static PyObject *
dictkeys_iter(PyObject *o)
{
    return rt_dictview_iter_new(VIEW_DICT(o), &rt_dict_keyiterator_type);
}

static PyObject *
dictvalues_iter(PyObject *o)
{
    return rt_dictview_iter_new(VIEW_DICT(o), &rt_dict_valueiterator_type);
}

static PyObject *
dictitems_iter(PyObject *o)
{
    return rt_dictview_iter_new(VIEW_DICT(o), &rt_dict_itemiterator_type);
}

static int
dictkeys_contains(PyObject *o, PyObject *key)
{
    return PyDict_Contains(VIEW_DICT(o), key);
}

// (key, value) in d.items(): key maps to a value equal to value. Non-pairs are not in it.
static int
dictitems_contains(PyObject *o, PyObject *obj)
{
    if (!PyTuple_Check(obj) || PyTuple_GET_SIZE(obj) != 2)
        return 0;
    PyObject *key = PyTuple_GET_ITEM(obj, 0), *value = PyTuple_GET_ITEM(obj, 1);
    PyObject *found = PyDict_GetItemWithError(VIEW_DICT(o), key);
    if (found == NULL)
        return PyErr_Occurred() ? -1 : 0;
    Py_INCREF(found);
    int r = PyObject_RichCompareBool(found, value, Py_EQ);
    Py_DECREF(found);
    return r;
}

static PySequenceMethods dictkeys_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
};

static PySequenceMethods dictvalues_as_sequence = {
    .sq_length = dictview_len,
};

static PySequenceMethods dictitems_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
};

// ---- set operations of keys and items views ----------------------------------------------
// The operators also get the operands the other way round ({1} - d.keys()), so "self" may
// be any iterable.

static PyObject *
view_to_set(PyObject *self)
{
    PyObject *src = self;
    // set(d) is cheaper than iterating the view: it reuses the stored hashes.
    if (Py_IS_TYPE(self, &rt_dict_keys_type) && PyDict_CheckExact(VIEW_DICT(self)))
        src = VIEW_DICT(self);
    return PySet_New(src);
}

static PyObject *
dictviews_sub(PyObject *self, PyObject *other)
{
    PyObject *result = view_to_set(self);
    if (result != NULL && rt_set_difference_update(result, other) < 0)
        Py_CLEAR(result);
    return result;
}

static PyObject *
dictviews_or(PyObject *self, PyObject *other)
{
    PyObject *result = view_to_set(self);
    if (result != NULL && rt_set_update(result, other) < 0)
        Py_CLEAR(result);
    return result;
}

// The items of the iterable other that the view self contains, as a new set.
static PyObject *
view_filter(PyObject *self, PyObject *other)
{
    int (*contains)(PyObject *, PyObject *) =
        Py_IS_TYPE(self, &rt_dict_keys_type) ? dictkeys_contains : dictitems_contains;
    PyObject *result = PySet_New(NULL), *it = PyObject_GetIter(other), *key;
    if (result == NULL || it == NULL)
        goto error;
    while ((key = PyIter_Next(it)) != NULL) {
        int rv = contains(self, key);
        if (rv > 0)
            rv = PySet_Add(result, key) < 0 ? -1 : 1;
        Py_DECREF(key);
        if (rv < 0)
            goto error;
    }
    if (PyErr_Occurred())
        goto error;
    Py_DECREF(it);
    return result;
error:
    Py_XDECREF(it);
    Py_XDECREF(result);
    return NULL;
}

static PyObject *
dictviews_and(PyObject *self, PyObject *other)
{
    if (!is_set_like_view(self)) {
        PyObject *tmp = other;
        other = self;
        self = tmp;
    }
    Py_ssize_t len_self = dictview_len(self);
    // A larger set does the work itself; otherwise iterate the smaller side.
    if (PySet_CheckExact(other) && len_self <= PySet_GET_SIZE(other))
        return rt_set_intersection(other, self);
    if (is_set_like_view(other) && dictview_len(other) > len_self) {
        PyObject *tmp = other;
        other = self;
        self = tmp;
    }
    return view_filter(self, other);
}

// d1.items() ^ d2.items() without building sets of both sides.
static PyObject *
dictitems_xor(PyObject *self, PyObject *other)
{
    PyObject *temp = PyDict_Copy(VIEW_DICT(self)), *result = PySet_New(NULL), *key, *val2;
    Py_ssize_t pos = 0;
    Py_hash_t hash;
    if (temp == NULL || result == NULL)
        goto error;
    while (rt_dict_next(VIEW_DICT(other), &pos, &key, &val2, &hash)) {
        Py_INCREF(key);
        Py_INCREF(val2);
        PyObject *val1 = rt_dict_get_item_known_hash(temp, key, hash);
        int same = val1 == NULL ? (PyErr_Occurred() ? -1 : 0) : 1;
        if (same > 0) {
            Py_INCREF(val1);
            same = PyObject_RichCompareBool(val1, val2, Py_EQ);
            Py_DECREF(val1);
        }
        int err = same < 0;
        if (same > 0) {
            err = rt_dict_del_item_known_hash(temp, key, hash) < 0;
        } else if (same == 0) {
            PyObject *pair = PyTuple_Pack(2, key, val2);
            err = pair == NULL || PySet_Add(result, pair) < 0;
            Py_XDECREF(pair);
        }
        Py_DECREF(key);
        Py_DECREF(val2);
        if (err)
            goto error;
    }
    PyObject *rest = rt_dictview_new(temp, &rt_dict_items_type);
    int err = rest == NULL || rt_set_update(result, rest) < 0;
    Py_XDECREF(rest);
    if (err)
        goto error;
    Py_DECREF(temp);
    return result;
error:
    Py_XDECREF(temp);
    Py_XDECREF(result);
    return NULL;
}

static PyObject *
dictviews_xor(PyObject *self, PyObject *other)
{
    if (Py_IS_TYPE(self, &rt_dict_items_type) && Py_IS_TYPE(other, &rt_dict_items_type))
        return dictitems_xor(self, other);
    PyObject *result = view_to_set(self);
    if (result != NULL && rt_set_symmetric_difference_update(result, other) < 0)
        Py_CLEAR(result);
    return result;
}

// ---- view methods ---------------------------------------------------------------------------

static PyObject *
dictview_reversed(PyObject *o, PyTypeObject *iter_type)
{
    PyObject *d = ((DictViewObject *)o)->dv_dict;
    return rt_dictview_iter_new(d, iter_type);
}

static PyObject *
dictkeys_reversed_meth(PyObject *o, PyObject *unused)
{
    return dictview_reversed(o, &rt_dict_reversekeyiterator_type);
}

static PyObject *
dictvalues_reversed_meth(PyObject *o, PyObject *unused)
{
    return dictview_reversed(o, &rt_dict_reversevalueiterator_type);
}

static PyObject *
dictitems_reversed_meth(PyObject *o, PyObject *unused)
{
    return dictview_reversed(o, &rt_dict_reverseitemiterator_type);
}

// view.mapping: a read-only proxy of the viewed dict.
static PyObject *
dictview_mapping(PyObject *o, void *closure)
{
    return PyDictProxy_New(((DictViewObject *)o)->dv_dict);
}

static PyGetSetDef dictview_getsets[] = {
    {"mapping", dictview_mapping, NULL,
     "dictionary that this view refers to", NULL},
    {NULL},
};

#define ISDISJOINT_DOC "Return True if the view and the given iterable have a null intersection."

static PyMethodDef dictkeys_methods[] = {
    {"isdisjoint", rt_dictview_isdisjoint, METH_O, ISDISJOINT_DOC},
    {"__reversed__", dictkeys_reversed_meth, METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL},
};

static PyMethodDef dictitems_methods[] = {
    {"isdisjoint", rt_dictview_isdisjoint, METH_O, ISDISJOINT_DOC},
    {"__reversed__", dictitems_reversed_meth, METH_NOARGS,
     "Return a reverse iterator over the dict items."},
    {NULL},
};

static PyMethodDef dictvalues_methods[] = {
    {"__reversed__", dictvalues_reversed_meth, METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {NULL},
};

static PyNumberMethods dictviews_as_number = {
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
};

PyTypeObject rt_dict_keys_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictkeys_as_sequence,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictkeys_iter,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getsets,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_dict_values_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_sequence = &dictvalues_as_sequence,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_iter = dictvalues_iter,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getsets,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_dict_items_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictitems_as_sequence,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictitems_iter,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getsets,
    .tp_free = PyObject_GC_Del,
};
