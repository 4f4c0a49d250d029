// dict_update.c: filling a dict from another mapping or from (key, value) pairs: update(),
// merge, dict(iterable) and the | operators' work. The dict object is in dict.c.
#include "runtime/objects/dict_internal.h"

// Merge from a dict whose type keeps dict's iteration.
static int
merge_from_dict(PyDictObject *mp, PyDictObject *other, int override)
{
    if (other == mp || other->ma_used == 0)
        return 0;
    if (mp->ma_used == 0) {
        override = 1; // nothing to keep
        RtDictKeys *okeys = other->ma_keys;
        // A clean, freshly grown table is cloned whole.
        if (other->ma_values == NULL && other->ma_used == okeys->nentries &&
            (okeys->log2_size == RT_DICT_LOG2_MINSIZE ||
             dk_usable_fraction(((Py_ssize_t)1 << okeys->log2_size) / 2) < other->ma_used)) {
            RtDictKeys *keys = rt_dict_table_clone(okeys);
            if (keys == NULL)
                return -1;
            RtDictKeys *old = mp->ma_keys;
            PyObject **oldvalues = mp->ma_values; // an empty split dict's
            mp->ma_keys = keys;
            mp->ma_values = NULL;
            mp->ma_used = other->ma_used;
            mp->ma_version = dict_next_version();
            rt_dict_table_release(old, oldvalues, 0);
            if (PyObject_GC_IsTracked((PyObject *)other) && !PyObject_GC_IsTracked((PyObject *)mp))
                PyObject_GC_Track(mp);
            return 0;
        }
    }
    // One big resize up front rather than several as the items go in.
    if (dk_usable_fraction((Py_ssize_t)1 << mp->ma_keys->log2_size) < other->ma_used &&
        rt_dict_table_resize(mp, dk_log2_estimate(mp->ma_used + other->ma_used),
                             other->ma_keys->unicode) < 0)
        return -1;
    Py_ssize_t orig_size = other->ma_keys->nentries, pos = 0;
    PyObject *key, *value;
    Py_hash_t hash;
    while (rt_dict_next((PyObject *)other, &pos, &key, &value, &hash)) {
        int err = 0;
        Py_INCREF(key);
        Py_INCREF(value);
        if (override == 1) {
            err = rt_dict_table_insert(mp, Py_NewRef(key), hash, Py_NewRef(value));
        } else {
            err = rt_dict_contains_known_hash((PyObject *)mp, key, hash);
            if (err == 0) {
                err = rt_dict_table_insert(mp, Py_NewRef(key), hash, Py_NewRef(value));
            } else if (err > 0) {
                if (override != 0)
                    rt_dict_set_key_error(key);
                err = override != 0 ? -1 : 0;
            }
        }
        Py_DECREF(value);
        Py_DECREF(key);
        if (err != 0)
            return -1;
        if (orig_size != other->ma_keys->nentries) {
            PyErr_SetString(PyExc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

// list(b.keys()) (CPython's PyMapping_Keys), with TypeError "T.keys() returned a
// non-iterable (type U)" when keys() gives something that cannot be iterated.
static PyObject *
mapping_keys(PyObject *b)
{
    PyObject *keys = PyObject_CallMethodNoArgs(b, PyUnicode_InternFromString("keys"));
    if (keys == NULL || PyList_CheckExact(keys))
        return keys;
    PyObject *it = PyObject_GetIter(keys);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "%.200s.keys() returned a non-iterable (type %.200s)",
                         Py_TYPE(b)->tp_name, Py_TYPE(keys)->tp_name);
        }
        Py_DECREF(keys);
        return NULL;
    }
    Py_DECREF(keys);
    PyObject *list = PySequence_List(it);
    Py_DECREF(it);
    return list;
}

// Merge from any mapping: for k in list(b.keys()): a[k] = b[k].
static int
merge_from_mapping(PyObject *a, PyObject *b, int override)
{
    PyObject *keys = mapping_keys(b);
    if (keys == NULL)
        return -1;
    PyObject *it = PyObject_GetIter(keys);
    Py_DECREF(keys);
    if (it == NULL)
        return -1;
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int present = override == 1 ? 0 : PyDict_Contains(a, key);
        if (present > 0 && override == 0) {
            Py_DECREF(key);
            continue;
        }
        if (present > 0)
            rt_dict_set_key_error(key);
        PyObject *value = present == 0 ? PyObject_GetItem(b, key) : NULL;
        int status = value == NULL ? -1 : PyDict_SetItem(a, key, value);
        Py_XDECREF(value);
        Py_DECREF(key);
        if (status < 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

int
rt_dict_update_ex(PyObject *a, PyObject *b, int override)
{
    if (a == NULL || !PyDict_Check(a) || b == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (PyDict_Check(b) && Py_TYPE(b)->tp_iter == PyDict_Type.tp_iter)
        return merge_from_dict((PyDictObject *)a, (PyDictObject *)b, override);
    return merge_from_mapping(a, b, override);
}

int
PyDict_Merge(PyObject *a, PyObject *b, int override)
{
    return rt_dict_update_ex(a, b, override != 0);
}

int
PyDict_Update(PyObject *a, PyObject *b)
{
    return PyDict_Merge(a, b, 1);
}

int
PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override)
{
    PyObject *it = PyObject_GetIter(seq2);
    if (it == NULL)
        return -1;
    PyObject *item, *fast = NULL;
    for (Py_ssize_t i = 0;; i++) {
        item = PyIter_Next(it);
        if (item == NULL)
            break;
        fast = PySequence_Fast(item, "");
        if (fast == NULL) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence",
                             i);
            goto fail;
        }
        Py_ssize_t n = Py_SIZE(fast);
        if (n != 2) {
            PyErr_Format(PyExc_ValueError,
                         "dictionary update sequence element #%zd has length %zd; 2 is required", i,
                         n);
            goto fail;
        }
        PyObject **items =
            PyList_Check(fast) ? ((PyListObject *)fast)->ob_item : ((PyTupleObject *)fast)->ob_item;
        PyObject *key = Py_NewRef(items[0]), *value = Py_NewRef(items[1]);
        int err = override ? PyDict_SetItem(d, key, value)
                           : (PyDict_SetDefault(d, key, value) == NULL ? -1 : 0);
        Py_DECREF(key);
        Py_DECREF(value);
        if (err < 0)
            goto fail;
        Py_CLEAR(fast);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
fail:
    Py_XDECREF(fast);
    Py_DECREF(item);
    Py_DECREF(it);
    return -1;
}

int
rt_dict_update_arg(PyObject *d, PyObject *arg)
{
    if (PyDict_Check(arg))
        return PyDict_Merge(d, arg, 1);
    // An object with keys() is a mapping; anything else must give (key, value) pairs.
    PyObject *keys = PyObject_GetAttrString(arg, "keys");
    if (keys != NULL) {
        Py_DECREF(keys);
        return PyDict_Merge(d, arg, 1);
    }
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
    PyErr_Clear();
    return PyDict_MergeFromSeq2(d, arg, 1);
}

int
rt_dict_update_common(PyObject *d, PyObject *args, PyObject *kwargs, const char *methname)
{
    PyObject *arg = NULL;
    if (args != NULL && !PyArg_UnpackTuple(args, methname, 0, 1, &arg))
        return -1;
    if (arg != NULL && rt_dict_update_arg(d, arg) < 0)
        return -1;
    if (kwargs == NULL)
        return 0;
    Py_ssize_t pos = 0;
    PyObject *key;
    while (PyDict_Next(kwargs, &pos, &key, NULL)) {
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    return PyDict_Merge(d, kwargs, 1);
}
