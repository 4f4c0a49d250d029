// dict_table.c: the compact hash table under dict, as CPython 3.11 builds it: a hash index
// (perturbed probing) over an insertion-ordered entries array; lookup, insertion, deletion
// and resizing. The dict object, its C API and slots are in dict.c.
#include <string.h>
#include "runtime/objects/dict_internal.h"

#define PERTURB_SHIFT 5

RtDictEmptyKeys rt_dict_table_empty = {
    .head = {.refcnt = 1,
             .log2_size = RT_DICT_LOG2_MINSIZE,
             .log2_index_bytes = RT_DICT_LOG2_MINSIZE,
             .unicode = 1,
             .usable = 0,
             .nentries = 0},
    .indices = {-1, -1, -1, -1, -1, -1, -1, -1},
};

uint64_t rt_dict_table_version;

static inline char *
dk_indices(RtDictKeys *k)
{
    return (char *)(k + 1);
}

static inline size_t
dk_mask(RtDictKeys *k)
{
    return ((size_t)1 << k->log2_size) - 1;
}

static inline Py_ssize_t
get_index(RtDictKeys *k, size_t i)
{
    if (k->log2_size < 8)
        return ((int8_t *)dk_indices(k))[i];
    if (k->log2_size < 16)
        return ((int16_t *)dk_indices(k))[i];
    if (k->log2_size < 32)
        return ((int32_t *)dk_indices(k))[i];
    return (Py_ssize_t)((int64_t *)dk_indices(k))[i];
}

static inline void
set_index(RtDictKeys *k, size_t i, Py_ssize_t ix)
{
    if (k->log2_size < 8)
        ((int8_t *)dk_indices(k))[i] = (int8_t)ix;
    else if (k->log2_size < 16)
        ((int16_t *)dk_indices(k))[i] = (int16_t)ix;
    else if (k->log2_size < 32)
        ((int32_t *)dk_indices(k))[i] = (int32_t)ix;
    else
        ((int64_t *)dk_indices(k))[i] = ix;
}

static inline size_t
keys_alloc_size(RtDictKeys *k)
{
    return sizeof(RtDictKeys) + ((size_t)1 << k->log2_index_bytes) +
           (size_t)dk_usable_fraction((Py_ssize_t)1 << k->log2_size) * sizeof(RtDictEntry);
}

RtDictKeys *
rt_dict_table_new(uint8_t log2_size, int unicode)
{
    uint8_t log2_bytes = log2_size < 8    ? log2_size
                         : log2_size < 16 ? log2_size + 1
                         : log2_size < 32 ? log2_size + 2
                                          : log2_size + 3;
    Py_ssize_t usable = dk_usable_fraction((Py_ssize_t)1 << log2_size);
    size_t index_bytes = (size_t)1 << log2_bytes;
    RtDictKeys *k =
        PyObject_Malloc(sizeof(RtDictKeys) + index_bytes + (size_t)usable * sizeof(RtDictEntry));
    if (k == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    k->refcnt = 1;
    k->log2_size = log2_size;
    k->log2_index_bytes = log2_bytes;
    k->unicode = (uint8_t)(unicode != 0);
    k->usable = usable;
    k->nentries = 0;
    k->dk_version = 0;
    memset(dk_indices(k), 0xff, index_bytes); // every slot DKIX_EMPTY
    memset(dk_entries(k), 0, (size_t)usable * sizeof(RtDictEntry));
    return k;
}

RtDictKeys *
rt_dict_table_new_shared(void)
{
    RtDictKeys *k = rt_dict_table_new(RT_DICT_SHARED_KEYS_LOG2, 1);
    if (k != NULL)
        k->usable = RT_DICT_SHARED_KEYS_MAX;
    return k;
}

void
rt_dict_table_decref(RtDictKeys *k)
{
    if (k == RT_DICT_EMPTY_KEYS || --k->refcnt > 0)
        return;
    RtDictEntry *ep = dk_entries(k);
    for (Py_ssize_t i = 0, n = k->nentries; i < n; i++) {
        Py_XDECREF(ep[i].key);
        Py_XDECREF(ep[i].value);
    }
    PyObject_Free(k);
}

void
rt_dict_table_release(RtDictKeys *k, PyObject **values, Py_ssize_t nvalues)
{
    if (values != NULL) {
        for (Py_ssize_t i = 0; i < nvalues; i++)
            Py_XDECREF(values[i]);
        PyObject_Free(values);
    }
    rt_dict_table_decref(k);
}

RtDictKeys *
rt_dict_table_clone(RtDictKeys *orig)
{
    size_t size = keys_alloc_size(orig);
    RtDictKeys *k = PyObject_Malloc(size);
    if (k == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(k, orig, size);
    k->refcnt = 1;
    k->dk_version = 0;
    RtDictEntry *ep = dk_entries(k);
    for (Py_ssize_t i = 0, n = k->nentries; i < n; i++) {
        if (ep[i].value != NULL) {
            Py_INCREF(ep[i].key);
            Py_INCREF(ep[i].value);
        }
    }
    return k;
}

// The index slot that holds entry number ix.
static size_t
lookdict_index(RtDictKeys *k, Py_hash_t hash, Py_ssize_t ix)
{
    size_t mask = dk_mask(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        Py_ssize_t got = get_index(k, i);
        if (got == ix)
            return i;
        if (got == DKIX_EMPTY)
            Py_FatalError("dict: an entry is missing from its hash index");
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

// The first free (empty or dummy) index slot on hash's probe sequence.
static size_t
find_empty_slot(RtDictKeys *k, Py_hash_t hash)
{
    size_t mask = dk_mask(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    while (get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    return i;
}

static void
build_indices(RtDictKeys *k, RtDictEntry *ep, Py_ssize_t n)
{
    size_t mask = dk_mask(k);
    for (Py_ssize_t ix = 0; ix < n; ix++) {
        size_t perturb = (size_t)ep[ix].hash, i = (size_t)ep[ix].hash & mask;
        while (get_index(k, i) != DKIX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        set_index(k, i, ix);
    }
}

// The entry number of key in dk, DKIX_EMPTY, DKIX_ERROR, or DKIX_KEY_CHANGED when a
// comparison replaced the table or the entry (the caller restarts, as CPython does).
static Py_ssize_t
keys_lookup(PyDictObject *mp, RtDictKeys *dk, PyObject *key, Py_hash_t hash)
{
    RtDictEntry *ep0 = dk_entries(dk);
    size_t mask = dk_mask(dk), perturb = (size_t)hash, i = (size_t)hash & mask;
    int key_is_str = PyUnicode_CheckExact(key);
    for (;;) {
        Py_ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            RtDictEntry *ep = &ep0[ix];
            if (ep->key == key)
                return ix;
            if (ep->hash == hash) {
                PyObject *startkey = ep->key;
                // Two exact strs compare without running user code, so nothing can move.
                if (key_is_str && PyUnicode_CheckExact(startkey)) {
                    if (rt_str_equal(startkey, key))
                        return ix;
                } else {
                    Py_INCREF(startkey);
                    int cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
                    Py_DECREF(startkey);
                    if (cmp < 0)
                        return DKIX_ERROR;
                    if (dk != mp->ma_keys || ep->key != startkey)
                        return DKIX_KEY_CHANGED;
                    if (cmp > 0)
                        return ix;
                }
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

Py_ssize_t
rt_dict_table_lookup(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject **value)
{
    Py_ssize_t ix;
    do {
        ix = keys_lookup(mp, mp->ma_keys, key, hash);
    } while (ix == DKIX_KEY_CHANGED);
    *value = ix >= 0 ? *dict_value_slot(mp, ix) : NULL;
    // A shared key that this split dict does not hold (yet) is missing.
    return ix >= 0 && *value == NULL ? DKIX_EMPTY : ix;
}

int
rt_dict_table_resize(PyDictObject *mp, uint8_t log2_newsize, int unicode)
{
    if (log2_newsize >= sizeof(size_t) * 8) {
        PyErr_NoMemory();
        return -1;
    }
    RtDictKeys *oldkeys = mp->ma_keys;
    RtDictKeys *newkeys = rt_dict_table_new(log2_newsize, unicode && oldkeys->unicode);
    if (newkeys == NULL)
        return -1;
    Py_ssize_t n = mp->ma_used;
    RtDictEntry *src = dk_entries(oldkeys), *dst = dk_entries(newkeys);
    PyObject **oldvalues = mp->ma_values;
    if (oldvalues != NULL) {
        // A split dict holds the first n shared keys; the shared table keeps its references.
        for (Py_ssize_t i = 0; i < n; i++)
            dst[i] = (RtDictEntry){src[i].hash, Py_NewRef(src[i].key), oldvalues[i]};
    } else if (oldkeys->nentries == n) {
        memcpy(dst, src, (size_t)n * sizeof(RtDictEntry));
    } else {
        for (Py_ssize_t i = 0; i < n; i++) {
            while (src->value == NULL)
                src++;
            dst[i] = *src++;
        }
    }
    build_indices(newkeys, dst, n);
    newkeys->usable -= n;
    newkeys->nentries = n;
    mp->ma_keys = newkeys;
    if (oldvalues != NULL) {
        mp->ma_values = NULL;
        PyObject_Free(oldvalues); // the values moved to newkeys
        rt_dict_table_decref(oldkeys);
        // No longer part of its instance: the collector must see it like any dict.
        for (Py_ssize_t i = 0; i < n && !PyObject_GC_IsTracked((PyObject *)mp); i++)
            dict_maintain_tracking(mp, dst[i].key, dst[i].value);
    } else if (oldkeys != RT_DICT_EMPTY_KEYS) {
        PyObject_Free(oldkeys); // its references moved to newkeys
    }
    return 0;
}

int
rt_dict_table_unsplit(PyDictObject *mp)
{
    // Entry numbers are kept: a split dict has no holes to compact.
    return rt_dict_table_resize(mp, dk_log2_estimate(mp->ma_used + 1), 1);
}

int
rt_dict_table_grow(PyDictObject *mp, int unicode)
{
    return rt_dict_table_resize(mp, dk_log2_for(mp->ma_used * 3), unicode);
}

int
rt_dict_table_append(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value)
{
    if (mp->ma_values != NULL && rt_dict_table_unsplit(mp) < 0)
        return -1;
    if (mp->ma_keys->usable <= 0 && rt_dict_table_grow(mp, 1) < 0)
        return -1;
    RtDictKeys *k = mp->ma_keys;
    // A comparison during the caller's lookup may have swapped in a str-only table.
    if (!PyUnicode_CheckExact(key))
        k->unicode = 0;
    set_index(k, find_empty_slot(k, hash), k->nentries);
    RtDictEntry *ep = &dk_entries(k)[k->nentries];
    ep->key = key;
    ep->hash = hash;
    ep->value = value;
    mp->ma_used++;
    mp->ma_version = dict_next_version();
    k->usable--;
    k->nentries++;
    dk_keys_changed(k);
    return 0;
}

// d[key] = value in a split dict when it can stay split: 0 with both references consumed,
// or 1 (references untouched) when the dict must become combined first.
static int
split_insert(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value)
{
    RtDictKeys *k = mp->ma_keys;
    if (!PyUnicode_CheckExact(key))
        return 1;
    // Exact strs against a str-only table: the lookup runs no Python code.
    Py_ssize_t ix = keys_lookup(mp, k, key, hash);
    if (ix == DKIX_EMPTY) {
        if (mp->ma_used != k->nentries || k->usable <= 0)
            return 1;
        ix = k->nentries;
        set_index(k, find_empty_slot(k, hash), ix);
        dk_entries(k)[ix] = (RtDictEntry){hash, key, NULL}; // the table takes the key
        k->usable--;
        k->nentries++;
        dk_keys_changed(k);
    } else if (ix > mp->ma_used) {
        return 1; // taking it now would change this dict's order
    } else {
        Py_DECREF(key); // the table has it already
    }
    mp->ma_version = dict_next_version();
    dict_maintain_tracking(mp, key, value);
    if (ix == mp->ma_used) {
        mp->ma_values[ix] = value;
        mp->ma_used++;
        return 0;
    }
    PyObject *old_value = mp->ma_values[ix];
    mp->ma_values[ix] = value;
    Py_DECREF(old_value); // may run arbitrary code: the dict is consistent by now
    return 0;
}

int
rt_dict_table_insert(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value)
{
    PyObject *old_value;
    if (mp->ma_values != NULL) {
        if (split_insert(mp, key, hash, value) == 0)
            return 0;
        if (rt_dict_table_unsplit(mp) < 0)
            goto fail;
    }
    if (mp->ma_keys->unicode && !PyUnicode_CheckExact(key) && rt_dict_table_grow(mp, 0) < 0)
        goto fail;
    Py_ssize_t ix = rt_dict_table_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        goto fail;
    dict_maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        if (rt_dict_table_append(mp, key, hash, value) < 0)
            goto fail;
        return 0;
    }
    // Storing the same object again is no mutation, so the version stays (as in CPython).
    if (old_value != value) {
        *dict_value_slot(mp, ix) = value;
        mp->ma_version = dict_next_version();
    }
    Py_XDECREF(old_value); // may run arbitrary code: the dict is consistent by now
    Py_DECREF(key);
    return 0;
fail:
    Py_DECREF(value);
    Py_DECREF(key);
    return -1;
}

int
rt_dict_table_delete(PyDictObject *mp, Py_hash_t hash, Py_ssize_t ix, PyObject *old_value)
{
    if (mp->ma_values != NULL && rt_dict_table_unsplit(mp) < 0)
        return -1;
    RtDictKeys *k = mp->ma_keys;
    set_index(k, lookdict_index(k, hash, ix), DKIX_DUMMY);
    dk_keys_changed(k);
    mp->ma_used--;
    mp->ma_version = dict_next_version();
    RtDictEntry *ep = dict_entry_at(mp, ix);
    PyObject *old_key = ep->key;
    ep->key = NULL;
    ep->value = NULL;
    ep->hash = 0;
    Py_DECREF(old_key);
    Py_DECREF(old_value);
    return 0;
}

int
rt_dict_table_pop_last(PyDictObject *mp, PyObject **key, PyObject **value)
{
    if (mp->ma_values != NULL && rt_dict_table_unsplit(mp) < 0)
        return -1;
    RtDictKeys *k = mp->ma_keys;
    Py_ssize_t i = k->nentries - 1;
    while (*dict_value_slot(mp, i) == NULL)
        i--;
    RtDictEntry *ep = dict_entry_at(mp, i);
    set_index(k, lookdict_index(k, ep->hash, i), DKIX_DUMMY);
    *key = ep->key;
    *value = *dict_value_slot(mp, i);
    ep->key = NULL;
    ep->value = NULL;
    ep->hash = -1;
    // The index keeps a dummy, so usable cannot grow back; only nentries shrinks.
    k->nentries = i;
    dk_keys_changed(k);
    mp->ma_used--;
    mp->ma_version = dict_next_version();
    return 0;
}

uint32_t
rt_dict_keys_version(PyObject *d)
{
    static uint32_t next_keys_version = 1;
    RtDictKeys *k = ((PyDictObject *)d)->ma_keys;
    if (k->dk_version == 0 && next_keys_version != 0)
        k->dk_version = next_keys_version++; // wraps to 0: no more versions, caches fail
    return k->dk_version;
}
