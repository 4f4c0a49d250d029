// set.c: set and frozenset: the hash table (CPython 3.11's probing and resizing, so iteration
// order matches CPython), the type objects and their slots, and the set iterator. The C API
// and the set algebra (| & - ^, subset tests, comparisons) are in set_ops.c; the methods
// (set.add ...) are bound to those functions when the descriptor machinery arrives.
#include <string.h>
#include "runtime/objects/set_private.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/state.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exc.h"
#include "runtime/objects/list.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/str.h"
#include "runtime/objects/weakref.h"

// Entries checked next to a probe before jumping: they share cache lines. A set's order
// depends on this, so it is CPython's value.
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// Deleted entries hold this key and hash -1; a live key never has hash -1, so a probe that
// compares hashes never mistakes a dummy for a match. Immortal, never freed.
PyObject rt_set_dummy = PyObject_HEAD_INIT(&PyBaseObject_Type);
#define DUMMY (&rt_set_dummy)

// ---- probing ---------------------------------------------------------------------------

Py_hash_t
rt_set_key_hash(PyObject *key)
{
    // a str caches its hash: skip the slot call
    if (PyUnicode_CheckExact(key) && ((PyUnicodeObject *)key)->hash != -1)
        return ((PyUnicodeObject *)key)->hash;
    return PyObject_Hash(key);
}

// Compare entry->key (whose hash equals key's) with key: 1, 0 or -1. __eq__ can run any
// code, so *mutated reports whether it replaced the table or the entry, which voids the probe.
static int
compare_entry(PySetObject *so, setentry *entry, PyObject *key, int *mutated)
{
    PyObject *startkey = entry->key;
    *mutated = 0;
    if (startkey == key)
        return 1;
    if (PyUnicode_CheckExact(startkey) && PyUnicode_CheckExact(key))
        return rt_str_equal(startkey, key);
    setentry *table = so->table;
    Py_INCREF(startkey);
    int cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
    Py_DECREF(startkey);
    *mutated = table != so->table || entry->key != startkey;
    return cmp;
}

// The entry holding key, or the unused entry where the search ended (key == NULL there).
// NULL with an exception set if a comparison failed.
static setentry *
set_lookkey(PySetObject *so, PyObject *key, Py_hash_t hash)
{
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        setentry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                int mutated;
                int cmp = compare_entry(so, entry, key, &mutated);
                if (cmp < 0)
                    return NULL;
                if (mutated)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Store key (borrowed, known absent) in a table without dummies; no comparisons are made, so
// no user code can run in the middle of a resize.
static void
insert_clean(setentry *table, size_t mask, PyObject *key, Py_hash_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        setentry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) {
                entry->key = key;
                entry->hash = hash;
                return;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int
rt_set_table_resize(PySetObject *so, Py_ssize_t minused)
{
    size_t newsize = PySet_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;

    setentry *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    int old_on_heap = oldtable != so->smalltable;
    setentry small_copy[PySet_MINSIZE];
    setentry *newtable;
    if (newsize == PySet_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0; // no dummies to purge
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > (size_t)PY_SSIZE_T_MAX / sizeof(setentry)) {
            PyErr_NoMemory();
            return -1;
        }
        newtable = PyMem_Malloc(newsize * sizeof(setentry));
        if (newtable == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(setentry));
    so->table = newtable;
    so->mask = (Py_ssize_t)newsize - 1;
    so->fill = so->used; // dummies are not copied
    for (setentry *e = oldtable; e <= oldtable + oldmask; e++) {
        if (e->key != NULL && e->key != DUMMY)
            insert_clean(newtable, newsize - 1, e->key, e->hash);
    }
    if (old_on_heap)
        PyMem_Free(oldtable);
    return 0;
}

int
rt_set_add_entry(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    // Own key first: __eq__ below may drop the caller's last reference to it.
    Py_INCREF(key);
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    setentry *freeslot = NULL;
    setentry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused;
            if (entry->hash == hash) {
                int mutated;
                int cmp = compare_entry(so, entry, key, &mutated);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0)
                    goto error;
                if (mutated)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry; // 3.11 reuses the *last* dummy on the probe path
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return rt_set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);

found_active:
    Py_DECREF(key);
    return 0;

error:
    Py_DECREF(key);
    return -1;
}

int
rt_set_contains_entry(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    setentry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    return entry->key != NULL;
}

int
rt_set_discard_entry(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    setentry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    if (entry->key == NULL)
        return 0;
    PyObject *old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    Py_DECREF(old);
    return 1;
}

int
rt_set_add_key(PySetObject *so, PyObject *key)
{
    Py_hash_t hash = rt_set_key_hash(key);
    if (hash == -1)
        return -1;
    return rt_set_add_entry(so, key, hash);
}

int
rt_set_contains_key(PySetObject *so, PyObject *key)
{
    Py_hash_t hash = rt_set_key_hash(key);
    if (hash == -1)
        return -1;
    return rt_set_contains_entry(so, key, hash);
}

int
rt_set_discard_key(PySetObject *so, PyObject *key)
{
    Py_hash_t hash = rt_set_key_hash(key);
    if (hash == -1)
        return -1;
    return rt_set_discard_entry(so, key, hash);
}

int
rt_set_next_entry(PySetObject *so, Py_ssize_t *pos, setentry **entry_out)
{
    Py_ssize_t i = *pos;
    Py_ssize_t mask = so->mask;
    while (i <= mask && (so->table[i].key == NULL || so->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > mask)
        return 0;
    *entry_out = &so->table[i];
    return 1;
}

// ---- clearing and filling --------------------------------------------------------------

static void
set_empty_to_minsize(PySetObject *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = PySet_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

int
rt_set_clear_internal(PySetObject *so)
{
    setentry *table = so->table;
    Py_ssize_t used = so->used;
    int on_heap = table != so->smalltable;
    setentry small_copy[PySet_MINSIZE];

    // Empty the set before releasing any key: a key's destructor may look at the set again.
    if (on_heap) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (setentry *e = table; used > 0; e++) {
        if (e->key != NULL && e->key != DUMMY) {
            used--;
            Py_DECREF(e->key);
        }
    }
    if (on_heap)
        PyMem_Free(table);
    return 0;
}

// Add every member of the set or frozenset other to so.
static int
set_merge(PySetObject *so, PySetObject *other)
{
    if (other == so || other->used == 0)
        return 0;
    // One resize up front rather than several while inserting: few keys are expected to overlap.
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (rt_set_table_resize(so, (so->used + other->used) * 2) != 0)
            return -1;
    }
    setentry *src = other->table;
    // Same size, empty target, no dummies: the table can be copied slot for slot.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (Py_ssize_t i = 0; i <= other->mask; i++) {
            if (src[i].key != NULL) {
                so->table[i].key = Py_NewRef(src[i].key);
                so->table[i].hash = src[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    // Empty target: no duplicates are possible, so insert without comparing.
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (Py_ssize_t i = 0; i <= other->mask; i++) {
            if (src[i].key != NULL && src[i].key != DUMMY)
                insert_clean(so->table, (size_t)so->mask, Py_NewRef(src[i].key), src[i].hash);
        }
        return 0;
    }
    // other->table and other->mask are re-read each time: an __eq__ may have resized other
    for (Py_ssize_t i = 0; i <= other->mask; i++) {
        setentry *e = &other->table[i];
        if (e->key != NULL && e->key != DUMMY && rt_set_add_entry(so, e->key, e->hash) != 0)
            return -1;
    }
    return 0;
}

static int
set_update_from_dict(PySetObject *so, PyObject *dict)
{
    Py_ssize_t dictsize = PyDict_GET_SIZE(dict);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
        if (rt_set_table_resize(so, (so->used + dictsize) * 2) != 0)
            return -1;
    }
    Py_ssize_t pos = 0;
    PyObject *key;
    while (PyDict_Next(dict, &pos, &key, NULL)) {
        Py_hash_t hash = rt_set_key_hash(key); // dict keys hash without failing
        if (hash == -1 || rt_set_add_entry(so, key, hash) != 0)
            return -1;
    }
    return 0;
}

int
rt_set_update_internal(PySetObject *so, PyObject *other)
{
    if (PyAnySet_Check(other))
        return set_merge(so, (PySetObject *)other);
    if (PyDict_CheckExact(other))
        return set_update_from_dict(so, other);
    PyObject *it = PyObject_GetIter(other);
    if (it == NULL)
        return -1;
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int r = rt_set_add_key(so, key);
        Py_DECREF(key);
        if (r != 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

PyObject *
rt_set_make(PyTypeObject *type, PyObject *iterable)
{
    PySetObject *so;
    if (type == &PySet_Type || type == &PyFrozenSet_Type)
        so = (PySetObject *)rt_gc_new(type);
    else
        so = (PySetObject *)type->tp_alloc(type, 0);
    if (so == NULL)
        return NULL;
    set_empty_to_minsize(so);
    so->finger = 0;
    so->weakreflist = NULL;
    PyObject_GC_Track(so); // before filling: the iterable may run code that collects
    if (iterable != NULL && rt_set_update_internal(so, iterable) != 0) {
        Py_DECREF(so);
        return NULL;
    }
    return (PyObject *)so;
}

PyObject *
rt_set_make_basetype(PyTypeObject *type, PyObject *iterable)
{
    if (type != &PySet_Type && type != &PyFrozenSet_Type)
        type = PyType_IsSubtype(type, &PySet_Type) ? &PySet_Type : &PyFrozenSet_Type;
    return rt_set_make(type, iterable);
}

// ---- the set object's slots ------------------------------------------------------------

static void
set_dealloc(PyObject *self)
{
    PySetObject *so = (PySetObject *)self;
    Py_ssize_t used = so->used;
    PyObject_GC_UnTrack(self);
    RtTrashcan tc = rt_trashcan_begin(self, set_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    if (so->weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    for (setentry *e = so->table; used > 0; e++) {
        if (e->key != NULL && e->key != DUMMY) {
            used--;
            Py_DECREF(e->key);
        }
    }
    if (so->table != so->smalltable)
        PyMem_Free(so->table);
    Py_TYPE(self)->tp_free(self);
    rt_trashcan_end(tc);
}

static int
set_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_ssize_t pos = 0;
    setentry *entry;
    while (rt_set_next_entry((PySetObject *)self, &pos, &entry))
        Py_VISIT(entry->key);
    return 0;
}

static int
set_tp_clear(PyObject *self)
{
    return rt_set_clear_internal((PySetObject *)self);
}

// "1, 2, 3": the members' reprs in table order. The keys are copied out first because a
// key's __repr__ may mutate the set.
static PyObject *
join_member_reprs(PySetObject *so)
{
    PyObject *items = PyList_New(so->used);
    if (items == NULL)
        return NULL;
    Py_ssize_t pos = 0, n = 0;
    setentry *entry;
    while (rt_set_next_entry(so, &pos, &entry))
        PyList_SET_ITEM(items, n++, Py_NewRef(entry->key));
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *r = PyObject_Repr(PyList_GET_ITEM(items, i));
        if (r == NULL) {
            Py_DECREF(items);
            return NULL;
        }
        Py_SETREF(PyList_GET_ITEM(items, i), r);
    }
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *joined = sep == NULL ? NULL : PyUnicode_Join(sep, items);
    Py_XDECREF(sep);
    Py_DECREF(items);
    return joined;
}

static PyObject *
set_repr(PyObject *self)
{
    PySetObject *so = (PySetObject *)self;
    const char *name = rt_type_name(Py_TYPE(self));
    int status = Py_ReprEnter(self);
    if (status != 0)
        return status < 0 ? NULL : PyUnicode_FromFormat("%s(...)", name);
    PyObject *result = NULL;
    if (so->used == 0) {
        result = PyUnicode_FromFormat("%s()", name);
    } else if (Py_EnterRecursiveCall(" while getting the repr of an object") == 0) {
        PyObject *body = join_member_reprs(so);
        Py_LeaveRecursiveCall();
        if (body != NULL) {
            if (PySet_CheckExact(self))
                result = PyUnicode_FromFormat("{%U}", body);
            else
                result = PyUnicode_FromFormat("%s({%U})", name, body);
            Py_DECREF(body);
        }
    }
    Py_ReprLeave(self);
    return result;
}

static Py_ssize_t
set_len(PyObject *self)
{
    return ((PySetObject *)self)->used;
}

// `key in so`; a set key is unhashable, so it is looked up as the equal frozenset instead.
int
rt_set_contains(PyObject *self, PyObject *key)
{
    PySetObject *so = (PySetObject *)self;
    int rv = rt_set_contains_key(so, key);
    if (rv >= 0 || !PySet_Check(key) || !PyErr_ExceptionMatches(PyExc_TypeError))
        return rv;
    PyErr_Clear();
    PyObject *frozen = rt_set_make(&PyFrozenSet_Type, key);
    if (frozen == NULL)
        return -1;
    rv = rt_set_contains_key(so, frozen);
    Py_DECREF(frozen);
    return rv;
}

static Py_uhash_t
shuffle_bits(Py_uhash_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

// CPython's frozenset hash: xor of every slot's shuffled hash (order independent); the
// unused and dummy slots are xor'ed in and then out again, which keeps the loop branch-free.
static Py_hash_t
frozenset_hash(PyObject *self)
{
    PySetObject *so = (PySetObject *)self;
    if (so->hash != -1)
        return so->hash;
    Py_uhash_t hash = 0;
    for (Py_ssize_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((Py_uhash_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((Py_uhash_t)-1);
    hash ^= ((Py_uhash_t)so->used + 1) * 1927868237UL;
    // disperse the patterns that nested frozensets produce
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (Py_uhash_t)-1)
        hash = 590923713UL;
    so->hash = (Py_hash_t)hash;
    return so->hash;
}

// ---- constructors ----------------------------------------------------------------------

static PyObject *
set_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (type == &PySet_Type && !rt_arg_no_keywords("set", kwds))
        return NULL;
    return rt_set_make(type, NULL);
}

static int
set_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PySetObject *so = (PySetObject *)self;
    PyObject *iterable = NULL;
    if (!rt_arg_no_keywords("set", kwds))
        return -1;
    if (args != NULL && !PyArg_UnpackTuple(args, rt_type_name(Py_TYPE(self)), 0, 1, &iterable))
        return -1;
    if (so->fill)
        rt_set_clear_internal(so);
    so->hash = -1;
    if (iterable == NULL)
        return 0;
    return rt_set_update_internal(so, iterable);
}

static PyObject *
frozenset_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *iterable = NULL;
    if (type == &PyFrozenSet_Type && !rt_arg_no_keywords("frozenset", kwds))
        return NULL;
    if (args != NULL && !PyArg_UnpackTuple(args, rt_type_name(type), 0, 1, &iterable))
        return NULL;
    // frozenset(f) is f when nothing can tell the two apart
    if (type == &PyFrozenSet_Type && iterable != NULL && PyFrozenSet_CheckExact(iterable))
        return Py_NewRef(iterable);
    return rt_set_make(type, iterable);
}

// ---- removing an arbitrary member -----------------------------------------------------

PyObject *
PySet_Pop(PyObject *s)
{
    if (!PySet_Check(s)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PySetObject *so = (PySetObject *)s;
    if (so->used == 0) {
        PyErr_SetString(PyExc_KeyError, "pop from an empty set");
        return NULL;
    }
    // Resume where the last pop stopped, so that repeated pops do not rescan the front.
    setentry *entry = so->table + (so->finger & so->mask);
    setentry *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    PyObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

// ---- the iterator ----------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PySetObject *si_set; // NULL once exhausted
    Py_ssize_t si_used;  // the set's size when iteration began; -1 after a size change
    Py_ssize_t si_pos;   // next table slot to look at
    Py_ssize_t len;      // members not yet returned (for __length_hint__)
} SetIterObject;

static PyObject *
set_iter(PyObject *self)
{
    SetIterObject *si = (SetIterObject *)rt_gc_new(&rt_set_iterator_type);
    if (si == NULL)
        return NULL;
    si->si_set = (PySetObject *)Py_NewRef(self);
    si->si_used = ((PySetObject *)self)->used;
    si->si_pos = 0;
    si->len = si->si_used;
    PyObject_GC_Track(si);
    return (PyObject *)si;
}

static void
setiter_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    RtTrashcan tc = rt_trashcan_begin(self, setiter_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(((SetIterObject *)self)->si_set);
    Py_TYPE(self)->tp_free(self);
    rt_trashcan_end(tc);
}

static int
setiter_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((SetIterObject *)self)->si_set);
    return 0;
}

static int
setiter_clear(PyObject *self)
{
    Py_CLEAR(((SetIterObject *)self)->si_set);
    return 0;
}

static PyObject *
setiter_self(PyObject *self)
{
    return Py_NewRef(self);
}

static PyObject *
setiter_next(PyObject *self)
{
    SetIterObject *si = (SetIterObject *)self;
    PySetObject *so = si->si_set;
    if (so == NULL)
        return NULL;
    if (si->si_used != so->used) {
        PyErr_SetString(PyExc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1; // stay broken even if the size comes back
        return NULL;
    }
    setentry *entry;
    if (!rt_set_next_entry(so, &si->si_pos, &entry)) {
        si->si_set = NULL;
        Py_DECREF(so);
        return NULL;
    }
    si->len--;
    return Py_NewRef(entry->key);
}

Py_ssize_t
rt_set_iterator_length_hint(PyObject *it)
{
    SetIterObject *si = (SetIterObject *)it;
    if (si->si_set != NULL && si->si_used == si->si_set->used)
        return si->len;
    return 0;
}

// ---- the type objects ------------------------------------------------------------------

static PySequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = rt_set_contains,
};

PyTypeObject PySet_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "set",
    .tp_basicsize = sizeof(PySetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &rt_set_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
              "Build an unordered collection of unique elements.",
    .tp_traverse = set_traverse, // the collector reaches the members only here
    .tp_clear = set_tp_clear,
    .tp_richcompare = rt_set_richcompare,
    .tp_weaklistoffset = offsetof(PySetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = rt_set_methods,
    .tp_init = set_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = set_new,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject PyFrozenSet_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(PySetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &rt_frozenset_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = frozenset_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object"
              "\n\nBuild an immutable unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = rt_set_richcompare,
    .tp_weaklistoffset = offsetof(PySetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = rt_frozenset_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = frozenset_new,
    .tp_free = PyObject_GC_Del,
};

PyTypeObject rt_set_iterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIterObject),
    .tp_dealloc = setiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = setiter_traverse,
    .tp_clear = setiter_clear,
    .tp_iter = setiter_self,
    .tp_iternext = setiter_next,
    .tp_methods = rt_set_iterator_methods,
    .tp_free = PyObject_GC_Del,
};
