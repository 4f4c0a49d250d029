// listsort.c: list.sort(), CPython 3.11's timsort: natural runs extended by binary insertion,
// galloping merges and the powersort merge order, so the sequence of `<` comparisons (and so
// the result with inconsistent orders, and what user __lt__ methods observe) matches CPython.
// The list type itself is in list.c; listsort.txt in CPython's sources explains the algorithm.
#include <string.h>
#include "runtime/runtime.h"

#define MIN_GALLOP 7   // stay in one-at-a-time mode until a run wins this many times in a row
#define TEMP_SIZE 256  // merge scratch (and small key arrays) that needs no allocation
#define MAX_PENDING 85 // powersort keeps at most ~log2(n) runs pending; this is ample

// Keys are what is compared; values (NULL without a key function) are the list items,
// moved in lockstep with their keys.
typedef struct {
    PyObject **keys;
    PyObject **values;
} Slice;

typedef struct {
    Slice base;
    Py_ssize_t len;
    int power; // powersort's node power of the boundary after this run
} Run;

typedef struct MergeState MergeState;

// `v < w` as 1/0, or -1 with an exception set.
typedef int (*CompareFn)(PyObject *v, PyObject *w, MergeState *ms);

struct MergeState {
    Py_ssize_t min_gallop;
    Slice a; // scratch for merges: temparray or a heap block
    Py_ssize_t alloced;
    Py_ssize_t listlen;
    PyObject **basekeys; // start of the keys, for the runs' positions
    int n;               // runs pending
    Run pending[MAX_PENDING];
    CompareFn key_compare;
    CompareFn tuple_elem_compare; // for the first items of tuple keys
    richcmpfunc key_richcompare;  // the keys' common type's slot, for object_compare
    PyObject *temparray[TEMP_SIZE];
};

static inline int
islt(MergeState *ms, PyObject *v, PyObject *w)
{
    return ms->key_compare(v, w, ms);
}

// ---- comparison functions, chosen once per sort from the key types ----------------------

static int
safe_compare(PyObject *v, PyObject *w, MergeState *ms)
{
    return PyObject_RichCompareBool(v, w, Py_LT);
}

// Keys of one type with a tp_richcompare: call the slot directly, as CPython does (so a
// user __lt__ that returns NotImplemented runs again inside the generic comparison).
static int
object_compare(PyObject *v, PyObject *w, MergeState *ms)
{
    if (Py_TYPE(v)->tp_richcompare != ms->key_richcompare)
        return PyObject_RichCompareBool(v, w, Py_LT);
    PyObject *r = ms->key_richcompare(v, w, Py_LT);
    if (r == Py_NotImplemented) {
        Py_DECREF(r);
        return PyObject_RichCompareBool(v, w, Py_LT);
    }
    if (r == NULL)
        return -1;
    int res = PyBool_Check(r) ? r == Py_True : PyObject_IsTrue(r);
    Py_DECREF(r);
    return res;
}

static int
small_int_compare(PyObject *v, PyObject *w, MergeState *ms)
{
    return rt_int_small_value(v) < rt_int_small_value(w);
}

static int
float_compare(PyObject *v, PyObject *w, MergeState *ms)
{
    return PyFloat_AS_DOUBLE(v) < PyFloat_AS_DOUBLE(w);
}

static int
latin1_compare(PyObject *v, PyObject *w, MergeState *ms)
{
    Py_ssize_t nv = PyUnicode_GET_LENGTH(v), nw = PyUnicode_GET_LENGTH(w);
    int r = memcmp(PyUnicode_DATA(v), PyUnicode_DATA(w), (size_t)(nv < nw ? nv : nw));
    return r != 0 ? r < 0 : nv < nw;
}

static int
str_compare(PyObject *v, PyObject *w, MergeState *ms)
{
    return PyUnicode_Compare(v, w) < 0;
}

// Tuples compare by their first differing item; the first items have a known common type.
static int
tuple_compare(PyObject *v, PyObject *w, MergeState *ms)
{
    Py_ssize_t nv = Py_SIZE(v), nw = Py_SIZE(w), i;
    for (i = 0; i < nv && i < nw; i++) {
        int k = PyObject_RichCompareBool(PyTuple_GET_ITEM(v, i), PyTuple_GET_ITEM(w, i), Py_EQ);
        if (k < 0)
            return -1;
        if (!k)
            break;
    }
    if (i >= nv || i >= nw)
        return nv < nw;
    if (i == 0)
        return ms->tuple_elem_compare(PyTuple_GET_ITEM(v, 0), PyTuple_GET_ITEM(w, 0), ms);
    return PyObject_RichCompareBool(PyTuple_GET_ITEM(v, i), PyTuple_GET_ITEM(w, i), Py_LT);
}

// When every key (or every key's first item, for non-empty tuple keys) has one exact type
// whose `<` cannot run user code, compare without dispatch, as CPython does.
static void
choose_compare(MergeState *ms, PyObject **keys, Py_ssize_t n)
{
    ms->key_compare = ms->tuple_elem_compare = safe_compare;
    if (n < 2)
        return;
    int in_tuples = PyTuple_CheckExact(keys[0]) && Py_SIZE(keys[0]) > 0;
    PyTypeObject *type = Py_TYPE(in_tuples ? PyTuple_GET_ITEM(keys[0], 0) : keys[0]);
    int same_type = 1, ints_small = 1, strs_latin1 = 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (in_tuples && !(PyTuple_CheckExact(keys[i]) && Py_SIZE(keys[i]) > 0)) {
            in_tuples = same_type = 0;
            break;
        }
        PyObject *k = in_tuples ? PyTuple_GET_ITEM(keys[i], 0) : keys[i];
        if (Py_TYPE(k) != type) {
            same_type = 0;
            if (!in_tuples)
                break;
        } else if (type == &PyLong_Type && !rt_int_is_small(k)) {
            ints_small = 0;
        } else if (type == &PyUnicode_Type && PyUnicode_KIND(k) != PyUnicode_1BYTE_KIND) {
            strs_latin1 = 0;
        }
    }
    CompareFn f = safe_compare;
    if (same_type && type == &PyLong_Type && ints_small)
        f = small_int_compare;
    else if (same_type && type == &PyFloat_Type)
        f = float_compare;
    else if (same_type && type == &PyUnicode_Type)
        f = strs_latin1 ? latin1_compare : str_compare;
    else if (same_type && (ms->key_richcompare = type->tp_richcompare) != NULL)
        f = object_compare;
    if (in_tuples) {
        ms->tuple_elem_compare = type == &PyTuple_Type ? safe_compare : f;
        ms->key_compare = tuple_compare;
    } else {
        ms->key_compare = f;
    }
}

// ---- slices of parallel arrays ---------------------------------------------------------

static inline void
slice_copy(Slice *d, Py_ssize_t i, Slice *s, Py_ssize_t j)
{
    d->keys[i] = s->keys[j];
    if (d->values != NULL)
        d->values[i] = s->values[j];
}

static inline void
slice_copy_incr(Slice *d, Slice *s)
{
    *d->keys++ = *s->keys++;
    if (d->values != NULL)
        *d->values++ = *s->values++;
}

static inline void
slice_copy_decr(Slice *d, Slice *s)
{
    *d->keys-- = *s->keys--;
    if (d->values != NULL)
        *d->values-- = *s->values--;
}

static inline void
slice_memcpy(Slice *d, Py_ssize_t i, Slice *s, Py_ssize_t j, Py_ssize_t n)
{
    memcpy(&d->keys[i], &s->keys[j], sizeof(PyObject *) * (size_t)n);
    if (d->values != NULL)
        memcpy(&d->values[i], &s->values[j], sizeof(PyObject *) * (size_t)n);
}

static inline void
slice_memmove(Slice *d, Py_ssize_t i, Slice *s, Py_ssize_t j, Py_ssize_t n)
{
    memmove(&d->keys[i], &s->keys[j], sizeof(PyObject *) * (size_t)n);
    if (d->values != NULL)
        memmove(&d->values[i], &s->values[j], sizeof(PyObject *) * (size_t)n);
}

static inline void
slice_advance(Slice *s, Py_ssize_t n)
{
    s->keys += n;
    if (s->values != NULL)
        s->values += n;
}

static void
reverse_array(PyObject **lo, PyObject **hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        PyObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void
reverse_slice(Slice *s, Py_ssize_t n)
{
    reverse_array(s->keys, s->keys + n);
    if (s->values != NULL)
        reverse_array(s->values, s->values + n);
}

// ---- runs ------------------------------------------------------------------------------

// Sort [lo, hi) by binary insertion, knowing [lo, start) is sorted already. Stable: an item
// goes after its equals. On error every item is still in the slice.
static int
binarysort(MergeState *ms, Slice lo, PyObject **hi, PyObject **start)
{
    if (lo.keys == start)
        ++start;
    for (; start < hi; ++start) {
        PyObject **l = lo.keys, **r = start, *pivot = *start;
        do { // pivot >= all in [lo, l), pivot < all in [r, start)
            PyObject **p = l + ((r - l) >> 1);
            int k = islt(ms, pivot, *p);
            if (k < 0)
                return -1;
            if (k)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        Py_ssize_t at = l - lo.keys, from = start - lo.keys;
        memmove(l + 1, l, sizeof(PyObject *) * (size_t)(from - at));
        *l = pivot;
        if (lo.values != NULL) {
            PyObject *v = lo.values[from];
            memmove(lo.values + at + 1, lo.values + at, sizeof(PyObject *) * (size_t)(from - at));
            lo.values[at] = v;
        }
    }
    return 0;
}

// Length of the run starting at lo: non-decreasing, or strictly decreasing (*descending set,
// strict so that reversing it keeps stability). -1 on error.
static Py_ssize_t
count_run(MergeState *ms, PyObject **lo, PyObject **hi, int *descending)
{
    *descending = 0;
    if (++lo == hi)
        return 1;
    Py_ssize_t n = 2;
    int k = islt(ms, *lo, *(lo - 1));
    if (k < 0)
        return -1;
    *descending = k;
    for (++lo; lo < hi; ++lo, ++n) {
        k = islt(ms, *lo, *(lo - 1));
        if (k < 0)
            return -1;
        if (k != *descending)
            break;
    }
    return n;
}

// ---- galloping -------------------------------------------------------------------------

// Where key belongs in the sorted a[0..n): the leftmost position (before equals), searching
// outward from a[hint] by doubling steps, then binary search. -1 on error.
static Py_ssize_t
gallop_left(MergeState *ms, PyObject *key, PyObject **a, Py_ssize_t n, Py_ssize_t hint)
{
    Py_ssize_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = islt(ms, *a, key)) < 0)
        return -1;
    if (k) { // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs]
        Py_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = islt(ms, a[ofs], key)) < 0)
                return -1;
            if (!k)
                break;
            lastofs = ofs;
            ofs = ofs > (PY_SSIZE_T_MAX - 1) / 2 ? maxofs : (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else { // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs]
        Py_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = islt(ms, *(a - ofs), key)) < 0)
                return -1;
            if (k)
                break;
            lastofs = ofs;
            ofs = ofs > (PY_SSIZE_T_MAX - 1) / 2 ? maxofs : (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    // a[lastofs] < key <= a[ofs]: binary search in between.
    ++lastofs;
    while (lastofs < ofs) {
        Py_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = islt(ms, a[m], key)) < 0)
            return -1;
        if (k)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

// Like gallop_left, but the rightmost position (after equals). -1 on error.
static Py_ssize_t
gallop_right(MergeState *ms, PyObject *key, PyObject **a, Py_ssize_t n, Py_ssize_t hint)
{
    Py_ssize_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = islt(ms, key, *a)) < 0)
        return -1;
    if (k) { // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs]
        Py_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = islt(ms, key, *(a - ofs))) < 0)
                return -1;
            if (!k)
                break;
            lastofs = ofs;
            ofs = ofs > (PY_SSIZE_T_MAX - 1) / 2 ? maxofs : (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else { // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs]
        Py_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = islt(ms, key, a[ofs])) < 0)
                return -1;
            if (k)
                break;
            lastofs = ofs;
            ofs = ofs > (PY_SSIZE_T_MAX - 1) / 2 ? maxofs : (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    // a[lastofs] <= key < a[ofs]: binary search in between.
    ++lastofs;
    while (lastofs < ofs) {
        Py_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = islt(ms, key, a[m])) < 0)
            return -1;
        if (k)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

// ---- merging ---------------------------------------------------------------------------

static void
merge_init(MergeState *ms, Py_ssize_t n, int has_keyfunc, Slice *lo)
{
    if (has_keyfunc) {
        // Merges need at most half the list; the rest of temparray may hold the keys.
        ms->alloced = (n + 1) / 2;
        if (ms->alloced > TEMP_SIZE / 2)
            ms->alloced = TEMP_SIZE / 2;
        ms->a.values = &ms->temparray[ms->alloced];
    } else {
        ms->alloced = TEMP_SIZE;
        ms->a.values = NULL;
    }
    ms->a.keys = ms->temparray;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = n;
    ms->basekeys = lo->keys;
}

static void
merge_freemem(MergeState *ms)
{
    if (ms->a.keys != ms->temparray) {
        PyMem_Free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

// Make the scratch hold at least `need` items (and as many values). 0 or -1.
static int
merge_getmem(MergeState *ms, Py_ssize_t need)
{
    if (need <= ms->alloced)
        return 0;
    size_t multiplier = ms->a.values != NULL ? 2 : 1;
    // No realloc: the old contents do not matter, so copying them would be waste.
    merge_freemem(ms);
    if ((size_t)need > (size_t)PY_SSIZE_T_MAX / sizeof(PyObject *) / multiplier ||
        (ms->a.keys = PyMem_Malloc(multiplier * (size_t)need * sizeof(PyObject *))) == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    ms->alloced = need;
    if (ms->a.values != NULL)
        ms->a.values = &ms->a.keys[need];
    return 0;
}

// Merge the adjacent runs ssa (na items) and ssb (nb) in place, na <= nb: a is copied to
// the scratch and merged forward. Requires ssa[0] > ssb[0] and ssa[na-1] > every b item
// (merge_at arranges it). On error the unmerged part of a is copied back: nothing is lost.
static int
merge_lo(MergeState *ms, Slice ssa, Py_ssize_t na, Slice ssb, Py_ssize_t nb)
{
    if (merge_getmem(ms, na) < 0)
        return -1;
    int result = -1;
    Py_ssize_t k, min_gallop = ms->min_gallop;
    slice_memcpy(&ms->a, 0, &ssa, 0, na);
    Slice dest = ssa;
    ssa = ms->a;
    slice_copy_incr(&dest, &ssb);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    for (;;) {
        Py_ssize_t acount = 0, bcount = 0;
        for (;;) { // one item at a time until a run wins min_gallop times in a row
            if ((k = islt(ms, ssb.keys[0], ssa.keys[0])) < 0)
                goto fail;
            if (k) {
                slice_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                slice_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do { // gallop while it pays, making it easier to enter next time
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            if ((k = acount = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0)) < 0)
                goto fail;
            if (k) {
                slice_memcpy(&dest, 0, &ssa, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssa, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                if (na == 0) // only with an inconsistent comparison
                    goto succeed;
            }
            slice_copy_incr(&dest, &ssb);
            if (--nb == 0)
                goto succeed;
            if ((k = bcount = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0)) < 0)
                goto fail;
            if (k) {
                slice_memmove(&dest, 0, &ssb, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            slice_copy_incr(&dest, &ssa);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop; // leaving galloping mode costs
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na)
        slice_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copy_b: // the last a item belongs after all remaining b items
    slice_memmove(&dest, 0, &ssb, 0, nb);
    slice_copy(&dest, nb, &ssa, 0);
    return 0;
}

// The mirror of merge_lo for na > nb: b is copied to the scratch and merged backward.
static int
merge_hi(MergeState *ms, Slice ssa, Py_ssize_t na, Slice ssb, Py_ssize_t nb)
{
    if (merge_getmem(ms, nb) < 0)
        return -1;
    int result = -1;
    Py_ssize_t k, min_gallop = ms->min_gallop;
    Slice dest = ssb, basea = ssa, baseb = ms->a;
    slice_advance(&dest, nb - 1);
    slice_memcpy(&ms->a, 0, &ssb, 0, nb);
    ssb = ms->a;
    slice_advance(&ssb, nb - 1);
    slice_advance(&ssa, na - 1);
    slice_copy_decr(&dest, &ssa);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    for (;;) {
        Py_ssize_t acount = 0, bcount = 0;
        for (;;) {
            if ((k = islt(ms, ssb.keys[0], ssa.keys[0])) < 0)
                goto fail;
            if (k) {
                slice_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                slice_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            if ((k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1)) < 0)
                goto fail;
            k = acount = na - k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssa, -k);
                slice_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            slice_copy_decr(&dest, &ssb);
            if (--nb == 1)
                goto copy_a;
            if ((k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1)) < 0)
                goto fail;
            k = bcount = nb - k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssb, -k);
                slice_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0) // only with an inconsistent comparison
                    goto succeed;
            }
            slice_copy_decr(&dest, &ssa);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb)
        slice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a: // the first b item belongs before all remaining a items
    slice_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    slice_advance(&dest, -na);
    slice_advance(&ssa, -na);
    slice_copy(&dest, 0, &ssb, 0);
    return 0;
}

// Merge pending runs i and i+1 (i is the second or third from the top).
static int
merge_at(MergeState *ms, int i)
{
    Slice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    Py_ssize_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;
    // Items of a that are <= b[0] and items of b that are >= a[-1] are already in place.
    Py_ssize_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0)
        return -1;
    slice_advance(&ssa, k);
    na -= k;
    if (na == 0)
        return 0;
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

// Powersort's node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in
// a list of n: the first bit where the binary fractions of the two midpoints / n differ.
static int
powerloop(Py_ssize_t s1, Py_ssize_t n1, Py_ssize_t n2, Py_ssize_t n)
{
    int result = 0;
    Py_ssize_t a = 2 * s1 + n1; // twice the midpoints, to stay in integers
    Py_ssize_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) { // both bits are 1
            a -= n;
            b -= n;
        } else if (b >= n) { // the bits differ
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

// A run of n2 items follows the top pending run: merge while the stack's powers say so.
static int
found_new_run(MergeState *ms, Py_ssize_t n2)
{
    if (ms->n == 0)
        return 0;
    Run *p = ms->pending;
    Py_ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys, n1 = p[ms->n - 1].len;
    int power = powerloop(s1, n1, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power)
        if (merge_at(ms, ms->n - 2) < 0)
            return -1;
    p[ms->n - 1].power = power;
    return 0;
}

static int
merge_force_collapse(MergeState *ms)
{
    Run *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            --n;
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

// Short lists sort whole by binary insertion; longer ones in runs of minrun..2*minrun, a
// length making n / minrun a power of two or just below one, so merges stay balanced.
static Py_ssize_t
compute_minrun(Py_ssize_t n)
{
    Py_ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int
timsort(MergeState *ms, Slice lo, Py_ssize_t nremaining)
{
    Py_ssize_t minrun = compute_minrun(nremaining);
    do {
        int descending;
        Py_ssize_t n = count_run(ms, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0)
            return -1;
        if (descending)
            reverse_slice(&lo, n);
        if (n < minrun) {
            Py_ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(ms, lo, lo.keys + force, lo.keys + n) < 0)
                return -1;
            n = force;
        }
        if (found_new_run(ms, n) < 0)
            return -1;
        if (ms->n >= MAX_PENDING)
            Py_FatalError("timsort: too many pending runs");
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = n;
        ++ms->n;
        slice_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse(ms);
}

// ---- list.sort -------------------------------------------------------------------------

// Sort items[0..n) (the list's detached array) with the keys already computed (or NULL).
static int
sort_items(MergeState *ms, PyObject **items, PyObject **keys, Py_ssize_t n, int reverse)
{
    Slice lo = {keys != NULL ? keys : items, keys != NULL ? items : NULL};
    choose_compare(ms, lo.keys, n);
    merge_init(ms, n, keys != NULL, &lo);
    int result = 0;
    if (n > 1) {
        // Stable descending order: reverse, sort stably, reverse back.
        if (reverse)
            reverse_slice(&lo, n);
        result = timsort(ms, lo, n);
        if (reverse)
            reverse_array(items, items + n);
    }
    merge_freemem(ms);
    return result;
}

// key(item) for every item into keys; on error the made keys are released. 0 or -1.
static int
compute_keys(PyObject *keyfunc, PyObject **items, PyObject **keys, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        keys[i] = PyObject_CallOneArg(keyfunc, items[i]);
        if (keys[i] == NULL) {
            while (--i >= 0)
                Py_DECREF(keys[i]);
            return -1;
        }
    }
    return 0;
}

int
rt_list_sort(PyObject *o, PyObject *keyfunc, int reverse)
{
    if (o == NULL || !PyList_Check(o)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyListObject *l = (PyListObject *)o;
    MergeState ms;
    Py_ssize_t n = Py_SIZE(l), allocated = l->allocated;
    PyObject **items = l->ob_item, **keys = NULL;
    int result = -1;
    if (keyfunc == Py_None)
        keyfunc = NULL;
    // The list looks empty during the sort; allocated == -1 marks it, so that any change a
    // key function or comparison makes is detected (and cannot touch the items being sorted).
    Py_SET_SIZE(l, 0);
    l->ob_item = NULL;
    l->allocated = -1;
    if (keyfunc != NULL) {
        keys =
            n < TEMP_SIZE / 2 ? &ms.temparray[n + 1] : PyMem_Malloc((size_t)n * sizeof(PyObject *));
        if (keys == NULL)
            PyErr_NoMemory();
        if (keys == NULL || compute_keys(keyfunc, items, keys, n) < 0) {
            if (keys != NULL && n >= TEMP_SIZE / 2)
                PyMem_Free(keys);
            goto restore;
        }
    }
    result = sort_items(&ms, items, keys, n, reverse);
    if (keys != NULL) {
        for (Py_ssize_t i = 0; i < n; i++)
            Py_DECREF(keys[i]);
        if (n >= TEMP_SIZE / 2)
            PyMem_Free(keys);
    }
    if (l->allocated != -1 && result == 0) {
        PyErr_SetString(PyExc_ValueError, "list modified during sort");
        result = -1;
    }
restore:;
    // Put the sorted array back; whatever was stored into the list meanwhile is dropped.
    PyObject **final = l->ob_item;
    Py_ssize_t i = Py_SIZE(l);
    Py_SET_SIZE(l, n);
    l->ob_item = items;
    l->allocated = allocated;
    if (final != NULL) {
        while (--i >= 0)
            Py_XDECREF(final[i]);
        PyMem_Free(final);
    }
    return result;
}

int
PyList_Sort(PyObject *l)
{
    return rt_list_sort(l, NULL, 0);
}
