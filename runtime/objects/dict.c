// dict.c: the dict type: the dict object, its C API and its slots. The hash table beneath
// (CPython 3.11's compact, insertion-ordered layout) is in dict_table.c, update and merging in
// dict_update.c, the keys/values/items views and the iterators in dictview.c.
#include <string.h>
#include "runtime/objects/dict_internal.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/typeattr.h"

// A dict of the exact type over keys (whose reference it takes over).
static PyObject *
new_dict(RtDictKeys *keys, Py_ssize_t used)
{
    PyDictObject *mp = PyObject_GC_New(PyDictObject, &PyDict_Type);
    if (mp == NULL) {
        rt_dict_table_decref(keys);
        return NULL;
    }
    mp->ma_keys = keys;
    mp->ma_values = NULL;
    mp->ma_used = used;
    mp->ma_version = dict_next_version();
    return (PyObject *)mp;
}

PyObject *
rt_dict_new_split(RtDictKeys *shared)
{
    PyObject **values = PyObject_Malloc(RT_DICT_SHARED_KEYS_MAX * sizeof(PyObject *));
    if (values == NULL)
        return PyErr_NoMemory();
    memset(values, 0, RT_DICT_SHARED_KEYS_MAX * sizeof(PyObject *));
    shared->refcnt++;
    PyDictObject *mp = (PyDictObject *)new_dict(shared, 0);
    if (mp == NULL) {
        PyObject_Free(values);
        return NULL;
    }
    mp->ma_values = values;
    return (PyObject *)mp;
}

int
rt_dict_traverse_instance_dict(PyObject *dict, visitproc visit, void *arg)
{
    PyDictObject *mp = (PyDictObject *)dict;
    if (mp == NULL || mp->ma_values == NULL) {
        Py_VISIT(dict);
        return 0;
    }
    for (Py_ssize_t i = 0; i < mp->ma_used; i++)
        Py_VISIT(mp->ma_values[i]);
    return 0;
}

int
rt_dict_expose_instance_dict(PyObject *dict)
{
    PyDictObject *mp = (PyDictObject *)dict;
    return mp->ma_values != NULL ? rt_dict_table_unsplit(mp) : 0;
}

RtDictKeys *
rt_dict_shared_keys_new(void)
{
    return rt_dict_table_new_shared();
}

void
rt_dict_shared_keys_decref(RtDictKeys *shared)
{
    rt_dict_table_decref(shared);
}

void
rt_dict_set_key_error(PyObject *key)
{
    PyObject *tup = PyTuple_Pack(1, key);
    if (tup == NULL)
        return;
    PyErr_SetObject(PyExc_KeyError, tup);
    Py_DECREF(tup);
}

// ---- the C API --------------------------------------------------------------------------

PyObject *
PyDict_New(void)
{
    return new_dict(RT_DICT_EMPTY_KEYS, 0);
}

// A dict with room for minused items before its first resize.
static PyObject *
new_presized(Py_ssize_t minused, int unicode)
{
    if (minused <= dk_usable_fraction(RT_DICT_MINSIZE))
        return PyDict_New();
    // Very large requests get a medium table rather than a MemoryError up front.
    uint8_t log2 =
        minused > dk_usable_fraction((Py_ssize_t)1 << 17) ? 17 : dk_log2_estimate(minused);
    RtDictKeys *keys = rt_dict_table_new(log2, unicode);
    return keys == NULL ? NULL : new_dict(keys, 0);
}

PyObject *
rt_dict_new_presized(Py_ssize_t minused)
{
    return new_presized(minused, 0);
}

PyObject *
rt_dict_from_items(PyObject *const *keys, Py_ssize_t keys_offset, PyObject *const *values,
                   Py_ssize_t values_offset, Py_ssize_t n)
{
    int unicode = 1;
    for (Py_ssize_t i = 0; i < n && unicode; i++)
        unicode = PyUnicode_CheckExact(keys[i * keys_offset]);
    PyObject *d = new_presized(n, unicode);
    if (d == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyDict_SetItem(d, keys[i * keys_offset], values[i * values_offset]) < 0) {
            Py_DECREF(d);
            return NULL;
        }
    }
    return d;
}

PyObject *
rt_dict_get_item_known_hash(PyObject *d, PyObject *key, Py_hash_t hash)
{
    if (!PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyObject *value;
    rt_dict_table_lookup((PyDictObject *)d, key, hash, &value);
    return value;
}

PyObject *
PyDict_GetItemWithError(PyObject *d, PyObject *key)
{
    if (!PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Py_hash_t hash = dict_key_hash(key);
    if (hash == -1)
        return NULL;
    PyObject *value;
    rt_dict_table_lookup((PyDictObject *)d, key, hash, &value);
    return value;
}

PyObject *
PyDict_GetItem(PyObject *d, PyObject *key)
{
    if (!PyDict_Check(d))
        return NULL;
    // Errors are swallowed, and an exception already pending survives the lookup.
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *value = NULL;
    Py_hash_t hash = dict_key_hash(key);
    if (hash != -1)
        rt_dict_table_lookup((PyDictObject *)d, key, hash, &value);
    PyErr_SetRaisedException(saved);
    return value;
}

PyObject *
PyDict_GetItemString(PyObject *d, const char *key)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyObject *v = PyDict_GetItem(d, k);
    Py_DECREF(k);
    return v;
}

int
rt_dict_set_item_known_hash(PyObject *d, PyObject *key, PyObject *value, Py_hash_t hash)
{
    if (!PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return rt_dict_table_insert((PyDictObject *)d, Py_NewRef(key), hash, Py_NewRef(value));
}

int
PyDict_SetItem(PyObject *d, PyObject *key, PyObject *value)
{
    if (!PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return -1;
    }
    Py_hash_t hash = dict_key_hash(key);
    if (hash == -1)
        return -1;
    return rt_dict_table_insert((PyDictObject *)d, Py_NewRef(key), hash, Py_NewRef(value));
}

int
PyDict_SetItemString(PyObject *d, const char *key, PyObject *value)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL)
        return -1;
    PyUnicode_InternInPlace(&k);
    int r = PyDict_SetItem(d, k, value);
    Py_DECREF(k);
    return r;
}

int
rt_dict_del_item_known_hash(PyObject *d, PyObject *key, Py_hash_t hash)
{
    if (!PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyDictObject *mp = (PyDictObject *)d;
    PyObject *old_value;
    Py_ssize_t ix = rt_dict_table_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY) {
        rt_dict_set_key_error(key);
        return -1;
    }
    return rt_dict_table_delete(mp, hash, ix, old_value);
}

int
PyDict_DelItem(PyObject *d, PyObject *key)
{
    Py_hash_t hash = dict_key_hash(key);
    if (hash == -1)
        return -1;
    return rt_dict_del_item_known_hash(d, key, hash);
}

int
PyDict_DelItemString(PyObject *d, const char *key)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL)
        return -1;
    int r = PyDict_DelItem(d, k);
    Py_DECREF(k);
    return r;
}

int
PyDict_Contains(PyObject *d, PyObject *key)
{
    Py_hash_t hash = dict_key_hash(key);
    if (hash == -1)
        return -1;
    PyObject *value;
    if (rt_dict_table_lookup((PyDictObject *)d, key, hash, &value) == DKIX_ERROR)
        return -1;
    return value != NULL;
}

int
rt_dict_contains_known_hash(PyObject *d, PyObject *key, Py_hash_t hash)
{
    PyObject *value;
    if (rt_dict_table_lookup((PyDictObject *)d, key, hash, &value) == DKIX_ERROR)
        return -1;
    return value != NULL;
}

int
rt_dict_next(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value, Py_hash_t *hash)
{
    if (!PyDict_Check(d))
        return 0;
    PyDictObject *mp = (PyDictObject *)d;
    Py_ssize_t i = *pos, n = mp->ma_keys->nentries;
    if (i < 0)
        return 0;
    while (i < n && *dict_value_slot(mp, i) == NULL)
        i++;
    if (i >= n)
        return 0;
    RtDictEntry *ep = dict_entry_at(mp, i);
    *pos = i + 1;
    if (key != NULL)
        *key = ep->key;
    if (value != NULL)
        *value = *dict_value_slot(mp, i);
    if (hash != NULL)
        *hash = ep->hash;
    return 1;
}

void
rt_dict_maybe_untrack(PyObject *d)
{
    if (((PyDictObject *)d)->ma_values != NULL)
        return; // part of its instance (dict_internal.h)
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (rt_dict_next(d, &pos, &key, &value, NULL))
        if (rt_gc_may_be_tracked(key) || rt_gc_may_be_tracked(value))
            return;
    PyObject_GC_UnTrack(d);
}

int
PyDict_Next(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value)
{
    return rt_dict_next(d, pos, key, value, NULL);
}

Py_ssize_t
rt_dict_end(PyObject *d)
{
    return ((PyDictObject *)d)->ma_keys->nentries;
}

int
rt_dict_prev(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value)
{
    PyDictObject *mp = (PyDictObject *)d;
    Py_ssize_t i = *pos;
    if (i >= mp->ma_keys->nentries) // the table was replaced by a smaller one meanwhile
        i = mp->ma_keys->nentries - 1;
    while (i >= 0 && *dict_value_slot(mp, i) == NULL)
        i--;
    if (i < 0)
        return 0;
    *pos = i - 1;
    if (key != NULL)
        *key = dict_entry_at(mp, i)->key;
    if (value != NULL)
        *value = *dict_value_slot(mp, i);
    return 1;
}

Py_ssize_t
PyDict_Size(PyObject *d)
{
    if (d == NULL || !PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return ((PyDictObject *)d)->ma_used;
}

void
PyDict_Clear(PyObject *d)
{
    if (!PyDict_Check(d))
        return;
    PyDictObject *mp = (PyDictObject *)d;
    RtDictKeys *oldkeys = mp->ma_keys;
    PyObject **oldvalues = mp->ma_values;
    Py_ssize_t oldused = mp->ma_used;
    if (oldkeys == RT_DICT_EMPTY_KEYS)
        return;
    // Empty the dict first: releasing the old items may run code that looks at it.
    mp->ma_keys = RT_DICT_EMPTY_KEYS;
    mp->ma_values = NULL;
    mp->ma_used = 0;
    mp->ma_version = dict_next_version();
    rt_dict_table_release(oldkeys, oldvalues, oldused);
}

PyObject *
PyDict_Copy(PyObject *d)
{
    if (d == NULL || !PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyDictObject *mp = (PyDictObject *)d;
    if (mp->ma_used == 0)
        return PyDict_New();
    // Clone the table unless a subclass iterates differently or a third or more of it is
    // deleted entries (then merging gives a compact copy).
    if (Py_TYPE(mp)->tp_iter == PyDict_Type.tp_iter && mp->ma_values == NULL &&
        mp->ma_used >= (mp->ma_keys->nentries * 2) / 3) {
        RtDictKeys *keys = rt_dict_table_clone(mp->ma_keys);
        if (keys == NULL)
            return NULL;
        PyObject *copy = new_dict(keys, mp->ma_used);
        if (copy != NULL && PyObject_GC_IsTracked(d))
            PyObject_GC_Track(copy);
        return copy;
    }
    PyObject *copy = PyDict_New();
    if (copy != NULL && PyDict_Merge(copy, d, 1) < 0)
        Py_CLEAR(copy);
    return copy;
}

// Build the list of keys, values or (key, value) tuples; which = 0, 1 or 2.
static PyObject *
dict_to_list(PyDictObject *mp, int which)
{
    Py_ssize_t n;
    PyObject *v;
    do { // allocating may run the collector, which may change the dict
        n = mp->ma_used;
        v = PyList_New(n);
        if (v == NULL)
            return NULL;
        for (Py_ssize_t i = 0; which == 2 && i < n; i++) {
            PyObject *item = PyTuple_New(2);
            if (item == NULL) {
                Py_DECREF(v);
                return NULL;
            }
            PyList_SET_ITEM(v, i, item);
        }
        if (n == mp->ma_used)
            break;
        Py_DECREF(v);
    } while (1);
    Py_ssize_t j = 0, pos = 0;
    PyObject *key, *value;
    while (rt_dict_next((PyObject *)mp, &pos, &key, &value, NULL)) {
        if (which == 2) {
            PyObject *item = PyList_GET_ITEM(v, j);
            PyTuple_SET_ITEM(item, 0, Py_NewRef(key));
            PyTuple_SET_ITEM(item, 1, Py_NewRef(value));
        } else {
            PyList_SET_ITEM(v, j, Py_NewRef(which == 0 ? key : value));
        }
        j++;
    }
    return v;
}

static PyObject *
to_list_checked(PyObject *d, int which)
{
    if (d == NULL || !PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return dict_to_list((PyDictObject *)d, which);
}

PyObject *
PyDict_Keys(PyObject *d)
{
    return to_list_checked(d, 0);
}

PyObject *
PyDict_Values(PyObject *d)
{
    return to_list_checked(d, 1);
}

PyObject *
PyDict_Items(PyObject *d)
{
    return to_list_checked(d, 2);
}

PyObject *
PyDict_SetDefault(PyObject *d, PyObject *key, PyObject *deflt)
{
    if (!PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyDictObject *mp = (PyDictObject *)d;
    Py_hash_t hash = dict_key_hash(key);
    if (hash == -1)
        return NULL;
    if (mp->ma_keys->unicode && !PyUnicode_CheckExact(key) && rt_dict_table_grow(mp, 0) < 0)
        return NULL;
    PyObject *value;
    Py_ssize_t ix = rt_dict_table_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY) {
        if (rt_dict_table_append(mp, key, hash, deflt) < 0)
            return NULL;
        Py_INCREF(key);
        Py_INCREF(deflt);
        dict_maintain_tracking(mp, key, deflt);
        value = deflt;
    }
    return value;
}

PyObject *
rt_dict_pop(PyObject *d, PyObject *key, PyObject *deflt)
{
    PyDictObject *mp = (PyDictObject *)d;
    // An empty dict answers without hashing, so {}.pop([]) is a KeyError as in CPython.
    if (mp->ma_used == 0)
        goto missing;
    Py_hash_t hash = dict_key_hash(key);
    if (hash == -1)
        return NULL;
    PyObject *old_value;
    Py_ssize_t ix = rt_dict_table_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY)
        goto missing;
    Py_INCREF(old_value);
    if (rt_dict_table_delete(mp, hash, ix, old_value) < 0) {
        Py_DECREF(old_value);
        return NULL;
    }
    return old_value;
missing:
    if (deflt != NULL)
        return Py_NewRef(deflt);
    rt_dict_set_key_error(key);
    return NULL;
}

PyObject *
rt_dict_popitem(PyObject *d)
{
    // Allocate first: the allocation could run the collector, which could empty the dict.
    PyObject *res = PyTuple_New(2);
    if (res == NULL)
        return NULL;
    if (PyDict_GET_SIZE(d) == 0) {
        Py_DECREF(res);
        PyErr_SetString(PyExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    PyObject *key, *value;
    if (rt_dict_table_pop_last((PyDictObject *)d, &key, &value) < 0) {
        Py_DECREF(res);
        return NULL;
    }
    PyTuple_SET_ITEM(res, 0, key);
    PyTuple_SET_ITEM(res, 1, value);
    return res;
}

// CPython's accounting of a keys table: its header is 32 bytes and its str-only entries 16.
static Py_ssize_t
keys_sizeof(int log2_size, int log2_index_bytes, int unicode)
{
    return 32 + ((Py_ssize_t)1 << log2_index_bytes) +
           dk_usable_fraction((Py_ssize_t)1 << log2_size) * (unicode ? 16 : 24);
}

Py_ssize_t
rt_dict_shared_keys_sizeof(void)
{
    // One index byte per slot: shared tables are small.
    return keys_sizeof(RT_DICT_SHARED_KEYS_LOG2, RT_DICT_SHARED_KEYS_LOG2, 1);
}

Py_ssize_t
rt_dict_sizeof(PyObject *d)
{
    PyDictObject *mp = (PyDictObject *)d;
    Py_ssize_t res = rt_type_cpython_basicsize(Py_TYPE(d));
    RtDictKeys *k = mp->ma_keys;
    // A split dict counts its values; its keys belong to the class.
    if (mp->ma_values != NULL)
        res += (k->nentries + k->usable) * (Py_ssize_t)sizeof(PyObject *);
    if (k != RT_DICT_EMPTY_KEYS && k->refcnt == 1)
        res += keys_sizeof(k->log2_size, k->log2_index_bytes, k->unicode);
    return res;
}

// Insert key -> value for every key of a dict or set, whose hashes are already known.
static int
fromkeys_known_hashes(PyDictObject *mp, PyObject *iterable, PyObject *value)
{
    Py_ssize_t pos = 0;
    PyObject *key;
    Py_hash_t hash;
    if (PyDict_CheckExact(iterable)) {
        if (rt_dict_table_resize(mp, dk_log2_estimate(PyDict_GET_SIZE(iterable)),
                                 ((PyDictObject *)iterable)->ma_keys->unicode) < 0)
            return -1;
        while (rt_dict_next(iterable, &pos, &key, NULL, &hash))
            if (rt_dict_table_insert(mp, Py_NewRef(key), hash, Py_NewRef(value)) < 0)
                return -1;
        return 0;
    }
    if (rt_dict_table_resize(mp, dk_log2_estimate(PySet_GET_SIZE(iterable)), 0) < 0)
        return -1;
    while (rt_set_next(iterable, &pos, &key, &hash))
        if (rt_dict_table_insert(mp, Py_NewRef(key), hash, Py_NewRef(value)) < 0)
            return -1;
    return 0;
}

PyObject *
rt_dict_fromkeys(PyObject *cls, PyObject *iterable, PyObject *value)
{
    PyObject *d = PyObject_CallNoArgs(cls);
    if (d == NULL)
        return NULL;
    if (PyDict_CheckExact(d) && PyDict_GET_SIZE(d) == 0 &&
        (PyDict_CheckExact(iterable) || PySet_CheckExact(iterable) ||
         PyFrozenSet_CheckExact(iterable))) {
        if (fromkeys_known_hashes((PyDictObject *)d, iterable, value) < 0)
            Py_CLEAR(d);
        return d;
    }
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL) {
        Py_DECREF(d);
        return NULL;
    }
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int status =
            PyDict_CheckExact(d) ? PyDict_SetItem(d, key, value) : PyObject_SetItem(d, key, value);
        Py_DECREF(key);
        if (status < 0)
            break;
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        Py_CLEAR(d);
    return d;
}

// ---- the type's slots -------------------------------------------------------------------

static void
dict_dealloc(PyObject *o)
{
    PyDictObject *mp = (PyDictObject *)o;
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, dict_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    RtDictKeys *keys = mp->ma_keys;
    mp->ma_keys = NULL;
    if (keys != NULL)
        rt_dict_table_release(keys, mp->ma_values, mp->ma_used);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
dict_traverse(PyObject *o, visitproc visit, void *arg)
{
    PyDictObject *mp = (PyDictObject *)o;
    int visit_keys = !mp->ma_keys->unicode; // strs hold no references (as CPython skips them)
    for (Py_ssize_t i = 0, n = mp->ma_keys->nentries; i < n; i++) {
        if (*dict_value_slot(mp, i) != NULL) {
            Py_VISIT(*dict_value_slot(mp, i));
            if (visit_keys)
                Py_VISIT(dict_entry_at(mp, i)->key);
        }
    }
    return 0;
}

static int
dict_tp_clear(PyObject *o)
{
    PyDict_Clear(o);
    return 0;
}

// Append repr(o) to the list of parts; 0 or -1.
static int
append_repr(PyObject *parts, PyObject *o)
{
    PyObject *s = PyObject_Repr(o);
    if (s == NULL)
        return -1;
    int r = PyList_Append(parts, s);
    Py_DECREF(s);
    return r;
}

static int
append_ascii(PyObject *parts, const char *text)
{
    PyObject *s = PyUnicode_FromString(text);
    if (s == NULL)
        return -1;
    int r = PyList_Append(parts, s);
    Py_DECREF(s);
    return r;
}

// The "{k: v, ...}" parts of a non-empty dict, or -1.
static int
repr_items(PyDictObject *mp, PyObject *parts)
{
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    int first = 1;
    while (PyDict_Next((PyObject *)mp, &pos, &key, &value)) {
        // repr() may mutate the dict and drop the last references to these.
        Py_INCREF(key);
        Py_INCREF(value);
        int err = (!first && append_ascii(parts, ", ") < 0) || append_repr(parts, key) < 0 ||
                  append_ascii(parts, ": ") < 0 || append_repr(parts, value) < 0;
        Py_DECREF(key);
        Py_DECREF(value);
        if (err)
            return -1;
        first = 0;
    }
    return 0;
}

static PyObject *
dict_repr(PyObject *o)
{
    PyDictObject *mp = (PyDictObject *)o;
    int rc = Py_ReprEnter(o);
    if (rc != 0)
        return rc > 0 ? PyUnicode_FromString("{...}") : NULL;
    PyObject *result = NULL, *parts = NULL, *empty = NULL;
    if (mp->ma_used == 0) {
        result = PyUnicode_FromString("{}");
        goto done;
    }
    // Nesting depth is guarded by PyObject_Repr (abstract.c), as in CPython.
    parts = PyList_New(0);
    if (parts != NULL && append_ascii(parts, "{") == 0 && repr_items(mp, parts) == 0 &&
        append_ascii(parts, "}") == 0 && (empty = PyUnicode_FromString("")) != NULL)
        result = PyUnicode_Join(empty, parts);
done:
    Py_XDECREF(parts);
    Py_XDECREF(empty);
    Py_ReprLeave(o);
    return result;
}

// 1 if a and b hold equal items, 0 if not, -1 on error.
static int
dict_equal(PyDictObject *a, PyDictObject *b)
{
    if (a->ma_used != b->ma_used)
        return 0;
    // a may change under the comparisons, so its table is re-read on every step.
    for (Py_ssize_t i = 0; i < a->ma_keys->nentries; i++) {
        PyObject *aval = *dict_value_slot(a, i);
        if (aval == NULL)
            continue;
        RtDictEntry *ep = dict_entry_at(a, i);
        PyObject *key = Py_NewRef(ep->key), *bval;
        Py_INCREF(aval);
        rt_dict_table_lookup(b, key, ep->hash, &bval);
        int cmp = 0;
        if (bval != NULL) {
            Py_INCREF(bval);
            cmp = PyObject_RichCompareBool(aval, bval, Py_EQ);
            Py_DECREF(bval);
        } else if (PyErr_Occurred()) {
            cmp = -1;
        }
        Py_DECREF(key);
        Py_DECREF(aval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static PyObject *
dict_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyDict_Check(v) || !PyDict_Check(w) || (op != Py_EQ && op != Py_NE))
        return Py_NewRef(Py_NotImplemented);
    int cmp = dict_equal((PyDictObject *)v, (PyDictObject *)w);
    if (cmp < 0)
        return NULL;
    return PyBool_FromLong(cmp == (op == Py_EQ));
}

static Py_ssize_t
dict_length(PyObject *o)
{
    return ((PyDictObject *)o)->ma_used;
}

// A subclass's __missing__, looked up on the type (the data-model issue replaces this with
// the special-method lookup); NULL with no error if there is none.
static PyObject *
call_missing(PyObject *d, PyObject *key)
{
    PyObject *missing = PyObject_GetAttrString((PyObject *)Py_TYPE(d), "__missing__");
    if (missing == NULL) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError))
            PyErr_Clear();
        return NULL;
    }
    PyObject *args = PyTuple_Pack(2, d, key);
    PyObject *res = args == NULL ? NULL : PyObject_Call(missing, args, NULL);
    Py_XDECREF(args);
    Py_DECREF(missing);
    return res;
}

static PyObject *
dict_subscript(PyObject *o, PyObject *key)
{
    Py_hash_t hash = dict_key_hash(key);
    if (hash == -1)
        return NULL;
    PyObject *value;
    if (rt_dict_table_lookup((PyDictObject *)o, key, hash, &value) == DKIX_ERROR)
        return NULL;
    if (value != NULL)
        return Py_NewRef(value);
    if (!PyDict_CheckExact(o)) {
        PyObject *res = call_missing(o, key);
        if (res != NULL || PyErr_Occurred())
            return res;
    }
    rt_dict_set_key_error(key);
    return NULL;
}

static int
dict_ass_sub(PyObject *o, PyObject *key, PyObject *value)
{
    return value == NULL ? PyDict_DelItem(o, key) : PyDict_SetItem(o, key, value);
}

static PyObject *
dict_iter(PyObject *d)
{
    return rt_dictview_iter_new(d, &rt_dict_keyiterator_type);
}

static PyObject *
dict_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *self = type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    PyDictObject *d = (PyDictObject *)self;
    d->ma_used = 0;
    d->ma_version = dict_next_version();
    d->ma_keys = RT_DICT_EMPTY_KEYS;
    d->ma_values = NULL;
    // Instances of subclasses may get attributes that refer back, so they are always tracked.
    if (type != &PyDict_Type && !PyObject_GC_IsTracked(self))
        PyObject_GC_Track(self);
    return self;
}

static int
dict_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    return rt_dict_update_common(self, args, kwds, "dict");
}

static PyObject *
dict_or(PyObject *self, PyObject *other)
{
    if (!PyDict_Check(self) || !PyDict_Check(other))
        return Py_NewRef(Py_NotImplemented);
    PyObject *res = PyDict_Copy(self);
    if (res != NULL && rt_dict_update_arg(res, other) < 0)
        Py_CLEAR(res);
    return res;
}

static PyObject *
dict_ior(PyObject *self, PyObject *other)
{
    if (rt_dict_update_arg(self, other) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyNumberMethods dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

static PySequenceMethods dict_as_sequence = {
    .sq_contains = PyDict_Contains,
};

static PyMappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_sub,
};

PyTypeObject PyDict_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "dict",
    .tp_basicsize = sizeof(PyDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_as_number = &dict_as_number,
    .tp_as_sequence = &dict_as_sequence,
    .tp_as_mapping = &dict_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE |
                Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_MAPPING,
    .tp_doc = "dict() -> new empty dictionary\n"
              "dict(mapping) -> new dictionary initialized from a mapping object's\n"
              "    (key, value) pairs\n"
              "dict(iterable) -> new dictionary initialized as if via:\n"
              "    d = {}\n"
              "    for k, v in iterable:\n"
              "        d[k] = v\n"
              "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
              "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_methods = rt_dict_methods,
    .tp_init = dict_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = dict_new,
    .tp_free = PyObject_GC_Del,
};
