// dict.h: the dict type (dict.c): compact and insertion-ordered, with CPython's open
// addressing (perturbed probing) so that collisions and ordering behave the same.
// The keys table is separate from the object so that instances of a class can share one
// (split dicts, see dict_internal.h).
#ifndef KRAIT_RUNTIME_DICT_H
#define KRAIT_RUNTIME_DICT_H

#include <stdint.h>
#include "runtime/object.h"

typedef struct RtDictKeys RtDictKeys; // hash index + entries, private to dict.c

typedef struct {
    PyObject_HEAD
    Py_ssize_t ma_used;     // number of items
    uint64_t ma_version;    // changes on every mutation (guards of caches and the JIT)
    RtDictKeys *ma_keys;
    PyObject **ma_values;   // split dicts: values stored apart from shared keys; else NULL
} PyDictObject;

extern PyTypeObject PyDict_Type;
extern PyTypeObject rt_dict_keys_type;   // dict_keys
extern PyTypeObject rt_dict_values_type; // dict_values
extern PyTypeObject rt_dict_items_type;  // dict_items
extern PyTypeObject rt_dict_keyiterator_type;
extern PyTypeObject rt_dict_valueiterator_type;
extern PyTypeObject rt_dict_itemiterator_type;
extern PyTypeObject rt_dict_reversekeyiterator_type;   // reversed(d), reversed(d.keys())
extern PyTypeObject rt_dict_reversevalueiterator_type; // reversed(d.values())
extern PyTypeObject rt_dict_reverseitemiterator_type;  // reversed(d.items())

#define PyDict_Check(o) PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_DICT_SUBCLASS)
#define PyDict_CheckExact(o) Py_IS_TYPE(o, &PyDict_Type)
#define PyDict_GET_SIZE(o) (((PyDictObject *)(o))->ma_used)

// New empty dict (allocates no table until the first insertion). NULL on MemoryError.
PyObject *PyDict_New(void);

// d[key] as a borrowed reference, or NULL if absent. WithError also returns NULL with an
// exception set when hashing or comparing failed; GetItem swallows such errors (as CPython).
PyObject *PyDict_GetItemWithError(PyObject *d, PyObject *key);
PyObject *PyDict_GetItem(PyObject *d, PyObject *key);
PyObject *PyDict_GetItemString(PyObject *d, const char *key);

// Lookup with a precomputed hash: borrowed value or NULL (exception set on error).
PyObject *rt_dict_get_item_known_hash(PyObject *d, PyObject *key, Py_hash_t hash);

// d[key] = value (neither stolen): 0 or -1 (TypeError for unhashable keys).
int PyDict_SetItem(PyObject *d, PyObject *key, PyObject *value);
int PyDict_SetItemString(PyObject *d, const char *key, PyObject *value);

// del d[key]: 0, or -1 with KeyError(key) if absent.
int PyDict_DelItem(PyObject *d, PyObject *key);
int PyDict_DelItemString(PyObject *d, const char *key);

// key in d: 1, 0, or -1 on error.
int PyDict_Contains(PyObject *d, PyObject *key);

// Iterate: start with *pos = 0; returns 1 with borrowed *key and *value (either may be NULL
// to skip) while items remain, 0 at the end. The dict must not change size meanwhile.
int PyDict_Next(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value);

Py_ssize_t PyDict_Size(PyObject *d);

// Remove every item.
void PyDict_Clear(PyObject *d);

// A shallow copy (new dict).
PyObject *PyDict_Copy(PyObject *d);

// d.update(other) for a dict or mapping (PyDict_Merge with override=1); 0 or -1.
int PyDict_Update(PyObject *d, PyObject *other);
int PyDict_Merge(PyObject *d, PyObject *other, int override);

// d.keys()/values()/items() as new lists (the views are rt_dict_*_type objects).
PyObject *PyDict_Keys(PyObject *d);
PyObject *PyDict_Values(PyObject *d);
PyObject *PyDict_Items(PyObject *d);

// d.setdefault(key, default): borrowed value. d.pop(key[, default]): new reference; with
// deflt NULL a missing key raises KeyError.
PyObject *PyDict_SetDefault(PyObject *d, PyObject *key, PyObject *deflt);
PyObject *rt_dict_pop(PyObject *d, PyObject *key, PyObject *deflt);

// ---- Krait additions (dict.c) -----------------------------------------------------------

// A new empty dict with room for minused items before its first resize (BUILD_MAP).
PyObject *rt_dict_new_presized(Py_ssize_t minused);

// A new dict from n keys and values taken at keys[i * keys_offset] and
// values[i * values_offset] (references are not stolen), sized as CPython's dict displays.
PyObject *rt_dict_from_items(PyObject *const *keys, Py_ssize_t keys_offset, PyObject *const *values,
                             Py_ssize_t values_offset, Py_ssize_t n);

// Set, delete and test with a precomputed hash (hash must equal hash(key)): as PyDict_SetItem,
// PyDict_DelItem and PyDict_Contains.
int rt_dict_set_item_known_hash(PyObject *d, PyObject *key, PyObject *value, Py_hash_t hash);
int rt_dict_del_item_known_hash(PyObject *d, PyObject *key, Py_hash_t hash);
int rt_dict_contains_known_hash(PyObject *d, PyObject *key, Py_hash_t hash);

// PyDict_Next that also gives the stored hash of each key (any of key/value/hash may be NULL).
int rt_dict_next(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value, Py_hash_t *hash);

// Backward iteration (reversed()): start with *pos = rt_dict_end(d) - 1; returns 1 with
// borrowed *key and *value (either may be NULL) while items remain, 0 at the start.
Py_ssize_t rt_dict_end(PyObject *d);
int rt_dict_prev(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value);

// The version of d's current key set (CPython's _PyDictKeys_GetVersionForCurrentState),
// handing one out if it has none: it stays while only values change and changes when a key
// is added or removed. 0 when versions are exhausted (then nothing may be cached on it).
uint32_t rt_dict_keys_version(PyObject *d);

// ---- split dicts (instance attributes; see dict_internal.h) ---------------------------------

// A new table of keys to share among the instance dicts of one class (ht_cached_keys), and
// dropping the class's reference to it. NULL with MemoryError.
RtDictKeys *rt_dict_shared_keys_new(void);
void rt_dict_shared_keys_decref(RtDictKeys *shared);

// A new empty instance dict over shared keys (a split dict). NULL with MemoryError.
PyObject *rt_dict_new_split(RtDictKeys *shared);

// How an instance's traverse visits its dict: a split dict belongs to the instance (it is not
// tracked), so its values are visited directly; any other dict is visited itself.
int rt_dict_traverse_instance_dict(PyObject *dict, visitproc visit, void *arg);

// The collector's step for a tracked dict at a full collection: untrack it if its keys and
// values cannot take part in a cycle (CPython's _PyDict_MaybeUntrack); inserting such an
// object tracks it again.
void rt_dict_maybe_untrack(PyObject *d);

// The instance dict is handed to Python code (obj.__dict__, vars()): from now on it is an
// object of its own, an ordinary combined dict. 0, or -1 with MemoryError.
int rt_dict_expose_instance_dict(PyObject *dict);

// d.popitem(): a new (key, value) tuple of the last item, or NULL with KeyError
// "popitem(): dictionary is empty".
PyObject *rt_dict_popitem(PyObject *d);

// d.__sizeof__() as CPython 3.11 computes it (its struct sizes, 16-byte entries for str-only
// tables), so sys.getsizeof matches CPython's.
Py_ssize_t rt_dict_sizeof(PyObject *d);

// The bytes CPython 3.11 counts for a class's shared keys table (_PyDict_KeysSize of a table
// that never resizes), for type.__sizeof__.
Py_ssize_t rt_dict_shared_keys_sizeof(void);

// dict.fromkeys(iterable, value) on class cls (cls() makes the result). New reference or NULL.
PyObject *rt_dict_fromkeys(PyObject *cls, PyObject *iterable, PyObject *value);

// Raise KeyError(key); a tuple key is wrapped so that the message shows it whole.
void rt_dict_set_key_error(PyObject *key);

// ---- updating (dict_update.c) -------------------------------------------------------------

// d.update(pairs) from an iterable of 2-item iterables (override 0 keeps existing keys).
// 0, or -1 with CPython's TypeError/ValueError naming the bad element.
int PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override);

// PyDict_Merge, where override 2 raises KeyError(key) on a key already present (used for
// duplicate keyword arguments).
int rt_dict_update_ex(PyObject *a, PyObject *b, int override);

// d.update(arg) for one argument: a dict or an object with keys() is merged, anything else
// is taken as (key, value) pairs. 0 or -1.
int rt_dict_update_arg(PyObject *d, PyObject *arg);

// dict.update(*args, **kwargs) / dict.__init__: at most one positional (TypeError names
// methname), then the keywords. args may be NULL. 0 or -1.
int rt_dict_update_common(PyObject *d, PyObject *args, PyObject *kwargs, const char *methname);

// ---- views and iterators (dictview.c) ----------------------------------------------------

// d.keys()/values()/items(): a new view of type rt_dict_keys_type, rt_dict_values_type or
// rt_dict_items_type; TypeError if d is not a dict.
PyObject *rt_dictview_new(PyObject *d, PyTypeObject *view_type);

// A new iterator over d of one of the six dict iterator types (forward or reverse).
PyObject *rt_dictview_iter_new(PyObject *d, PyTypeObject *iter_type);

// view.isdisjoint(other) for a keys or items view: a new bool, or NULL.
PyObject *rt_dictview_isdisjoint(PyObject *view, PyObject *other);

#endif
