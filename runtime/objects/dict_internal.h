// dict_internal.h: what the dict files (dict.c, dict_table.c, dict_update.c) share
// and nothing outside them may use: the layout of the keys table and the operations on it.
// The public dict API is dict.h. One reader besides: the interpreter's specialized
// instructions (vm/specialize.h) read an entry at a cached index behind a dk_version guard.
#ifndef KRAIT_RUNTIME_DICT_INTERNAL_H
#define KRAIT_RUNTIME_DICT_INTERNAL_H

#include "runtime/runtime.h"

#define RT_DICT_LOG2_MINSIZE 3
#define RT_DICT_MINSIZE 8

// Index values other than an entry number, and the lookup's extra results.
enum { DKIX_EMPTY = -1, DKIX_DUMMY = -2, DKIX_ERROR = -3, DKIX_KEY_CHANGED = -4 };

typedef struct {
    Py_hash_t hash;
    PyObject *key;   // NULL once deleted
    PyObject *value; // NULL once deleted
} RtDictEntry;

// The index (1, 2, 4 or 8 bytes a slot, by table size) follows the header, then the entries.
struct RtDictKeys {
    Py_ssize_t refcnt;        // 1 for a combined table; a shared one counts its class and dicts
    uint8_t log2_size;        // the index has 1 << log2_size slots
    uint8_t log2_index_bytes; // and takes 1 << log2_index_bytes bytes
    // Every key is an exact str. CPython 3.11 gives such tables smaller entries and converts
    // them (with a resize) on the first other key; we keep the flag so that resizes, and with
    // them table sizes and sys.getsizeof, happen exactly when CPython's do.
    uint8_t unicode;
    // The key set's version (CPython's dk_version): 0 until rt_dict_keys_version hands one
    // out, back to 0 whenever a key is added or removed. Equal nonzero versions promise the
    // same keys at the same entry numbers, so a cache may read entry ix behind this guard.
    uint32_t dk_version;
    Py_ssize_t usable;   // entries that can still be appended
    Py_ssize_t nentries; // entries used so far, deleted ones included
};

// The table shared by every empty dict, so that {} allocates none (CPython's Py_EMPTY_KEYS).
typedef struct {
    RtDictKeys head;
    int8_t indices[RT_DICT_MINSIZE];
} RtDictEmptyKeys;
extern RtDictEmptyKeys rt_dict_table_empty;
#define RT_DICT_EMPTY_KEYS (&rt_dict_table_empty.head)

// CPython's global dict version: bumped on every creation and mutation of any dict.
extern uint64_t rt_dict_table_version;

static inline uint64_t
dict_next_version(void)
{
    return ++rt_dict_table_version;
}

// The table's keys changed: caches keyed on its version must miss from now on.
static inline void
dk_keys_changed(RtDictKeys *k)
{
    k->dk_version = 0;
}

static inline RtDictEntry *
dk_entries(RtDictKeys *k)
{
    return (RtDictEntry *)((char *)(k + 1) + ((size_t)1 << k->log2_index_bytes));
}

static inline Py_ssize_t
dk_usable_fraction(Py_ssize_t n)
{
    return (n << 1) / 3;
}

// log2 of the table size for at least minsize slots, computed exactly as CPython 3.11 does on
// 64-bit Linux. That formula rounds 1..7 up to 16 and exact powers of two >= 16 up to the next
// one; we keep the quirk because it decides when tables grow.
static inline uint8_t
dk_log2_for(Py_ssize_t minsize)
{
    size_t m = (((size_t)minsize | RT_DICT_MINSIZE) - 1) | (RT_DICT_MINSIZE - 1);
    return (uint8_t)(sizeof(unsigned long long) * 8 - (size_t)__builtin_clzll(m));
}

// The table size that holds n entries without a resize (the inverse of the usable fraction).
static inline uint8_t
dk_log2_estimate(Py_ssize_t n)
{
    return dk_log2_for((n * 3 + 1) / 2);
}

// ---- split dicts ----
// The instance dicts of a class share one keys table (the class's ht_cached_keys), so that an
// attribute has the same entry number in every instance and a load can be a guarded load at a
// fixed index. A split dict keeps its values apart, in ma_values[ix], and always holds exactly
// the first ma_used keys of the shared table, in that order (its insertion order): it can take
// the next shared key or append a new str key when it holds them all. Anything else (a
// deletion, a key out of order, a non-str key, a full shared table) turns it into an ordinary
// combined dict first (rt_dict_table_unsplit). Shared tables only grow, up to
// RT_DICT_SHARED_KEYS_MAX entries (CPython 3.11's SHARED_KEYS_MAX_SIZE), and never resize.
#define RT_DICT_SHARED_KEYS_MAX 30
#define RT_DICT_SHARED_KEYS_LOG2 6

// Access to entries and values, whichever the layout.
static inline RtDictEntry *
dict_entry_at(PyDictObject *mp, Py_ssize_t ix)
{
    return &dk_entries(mp->ma_keys)[ix];
}

static inline PyObject **
dict_value_slot(PyDictObject *mp, Py_ssize_t ix)
{
    return mp->ma_values != NULL ? &mp->ma_values[ix] : &dk_entries(mp->ma_keys)[ix].value;
}

// hash(key), using the cache of exact strs; -1 with an exception set on failure.
static inline Py_hash_t
dict_key_hash(PyObject *key)
{
    if (PyUnicode_CheckExact(key)) {
        Py_hash_t h = ((PyUnicodeObject *)key)->hash;
        return h != -1 ? h : rt_str_hash(key);
    }
    return PyObject_Hash(key);
}

// Dicts of atomic keys and values cannot be part of a cycle, so (as in CPython) a dict is
// tracked only once something that may hold references goes in. A split dict is never
// tracked: it is part of its instance, whose traverse visits its values (CPython 3.11's
// inline values), until Python code asks for it (rt_dict_expose_instance_dict).
static inline void
dict_maintain_tracking(PyDictObject *mp, PyObject *key, PyObject *value)
{
    if (mp->ma_values == NULL && !PyObject_GC_IsTracked((PyObject *)mp) &&
        (rt_gc_may_be_tracked(key) || rt_gc_may_be_tracked(value)))
        PyObject_GC_Track(mp);
}

// A new table of 1 << log2_size slots, all free; NULL with MemoryError.
RtDictKeys *rt_dict_table_new(uint8_t log2_size, int unicode);

// Drop a reference to a table; the last one releases the entries' references and the memory.
// The table must already be detached from its dict (releasing may run arbitrary code).
void rt_dict_table_decref(RtDictKeys *k);

// A new shared keys table for the instance dicts of one class (empty, str keys only).
RtDictKeys *rt_dict_table_new_shared(void);

// A copy of a combined table that holds its own references to the keys and values.
RtDictKeys *rt_dict_table_clone(RtDictKeys *k);

// Find key: its entry number (*value borrowed), DKIX_EMPTY (*value NULL), or DKIX_ERROR when
// a comparison raised. Restarts by itself when a comparison mutates the dict.
Py_ssize_t rt_dict_table_lookup(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject **value);

// Move the live entries into a new table of 1 << log2_newsize slots, compacting deletions;
// the result is str-only if unicode is set and the old table was. 0, or -1 with MemoryError.
int rt_dict_table_resize(PyDictObject *mp, uint8_t log2_newsize, int unicode);

// Resize for growth (CPython's GROWTH_RATE: room for used*3 slots). 0 or -1.
int rt_dict_table_grow(PyDictObject *mp, int unicode);

// d[key] = value with key's hash; consumes both references even on failure. 0 or -1.
int rt_dict_table_insert(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value);

// Append an entry for a key known to be absent (growing first if needed); takes over both
// references on success only. 0, or -1 with MemoryError.
int rt_dict_table_append(PyDictObject *mp, PyObject *key, Py_hash_t hash, PyObject *value);

// Remove entry ix (value old_value, as a lookup found them), leaving a dummy in the index;
// releases the dict's references to the key and old_value. 0, or -1 with MemoryError when a
// split dict could not be made combined first (nothing is removed then).
int rt_dict_table_delete(PyDictObject *mp, Py_hash_t hash, Py_ssize_t ix, PyObject *old_value);

// Remove the last live entry (the dict must not be empty), handing its key and value
// references to the caller. 0, or -1 with MemoryError (as rt_dict_table_delete).
int rt_dict_table_pop_last(PyDictObject *mp, PyObject **key, PyObject **value);

// Make a split dict combined, with the same entry numbers. 0, or -1 with MemoryError.
int rt_dict_table_unsplit(PyDictObject *mp);

// Let go of a dict's table and values (the dict must already point elsewhere: releasing
// the values may run arbitrary code). values is NULL for a combined table.
void rt_dict_table_release(RtDictKeys *k, PyObject **values, Py_ssize_t nvalues);

#endif
