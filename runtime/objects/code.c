// code.c: the code object type: construction, repr/hash/==, the location table (CPython
// 3.11's co_linetable format) and the exception table. The co_* attributes are in
// code_attrs.c. The bytecode itself is produced by frontend/compile.c and executed by vm/;
// opcode knowledge stays out of this file.
#include <math.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/code.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/weakref.h"

// Location entry kinds of CPython 3.11 (Objects/locations.md).
enum {
    LOC_SHORT0 = 0,     // 0..9: same line, column < 80, span < 16
    LOC_ONE_LINE0 = 10, // 10..12: line delta 0..2, columns < 128 as two bytes
    LOC_NO_COLUMNS = 13,
    LOC_LONG = 14,
    LOC_NONE = 15,
};

// ---- location table: encoding ----------------------------------------------------------

typedef struct {
    unsigned char *buf;
    Py_ssize_t len, cap;
    int line; // the line the next delta is relative to
} LocWriter;

static int
loc_put(LocWriter *w, unsigned char byte)
{
    if (w->len == w->cap) {
        Py_ssize_t cap = w->cap ? w->cap * 2 : 64;
        unsigned char *p = PyMem_Realloc(w->buf, (size_t)cap);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        w->buf = p;
        w->cap = cap;
    }
    w->buf[w->len++] = byte;
    return 0;
}

// Little-endian groups of 6 bits, bit 6 set on all but the last (the linetable varint).
static int
loc_varint(LocWriter *w, unsigned int v)
{
    while (v >= 64) {
        if (loc_put(w, (unsigned char)(64 | (v & 63))) < 0)
            return -1;
        v >>= 6;
    }
    return loc_put(w, (unsigned char)v);
}

static int
loc_signed_varint(LocWriter *w, int v)
{
    unsigned int u = v < 0 ? ((unsigned int)(-v) << 1) | 1 : (unsigned int)v << 1;
    return loc_varint(w, u);
}

static int
loc_start(LocWriter *w, int code, int length)
{
    return loc_put(w, (unsigned char)(0x80 | (code << 3) | (length - 1)));
}

// One entry covering `length` (1..8) units at location l, choosing the shortest of CPython's
// forms exactly as its assembler does, so the decoder sees the same positions.
static int
loc_entry(LocWriter *w, const RtCodeLocation *l, int length)
{
    if (l->line < 0)
        return loc_start(w, LOC_NONE, length);
    int delta = l->line - w->line;
    int col = l->col, end_col = l->end_col;
    if (col < 0 || end_col < 0) {
        if (l->end_line == l->line || l->end_line == -1) {
            w->line = l->line;
            if (loc_start(w, LOC_NO_COLUMNS, length) < 0)
                return -1;
            return loc_signed_varint(w, delta);
        }
    } else if (l->end_line == l->line) {
        if (delta == 0 && col < 80 && end_col - col < 16 && end_col >= col) {
            if (loc_start(w, LOC_SHORT0 + (col >> 3), length) < 0)
                return -1;
            return loc_put(w, (unsigned char)(((col & 7) << 4) | (end_col - col)));
        }
        if (delta >= 0 && delta < 3 && col < 128 && end_col < 128) {
            w->line = l->line;
            if (loc_start(w, LOC_ONE_LINE0 + delta, length) < 0 ||
                loc_put(w, (unsigned char)col) < 0)
                return -1;
            return loc_put(w, (unsigned char)end_col);
        }
    }
    w->line = l->line;
    int end_line = l->end_line < l->line ? l->line : l->end_line;
    if (loc_start(w, LOC_LONG, length) < 0 || loc_signed_varint(w, delta) < 0 ||
        loc_varint(w, (unsigned int)(end_line - l->line)) < 0 ||
        loc_varint(w, (unsigned int)(col + 1)) < 0)
        return -1;
    return loc_varint(w, (unsigned int)(end_col + 1));
}

static int
loc_same(const RtCodeLocation *a, const RtCodeLocation *b)
{
    return a->line == b->line && a->end_line == b->end_line && a->col == b->col &&
           a->end_col == b->end_col;
}

// Encode one location per code unit in entries of up to 8 units: one or more per
// instruction when starts marks them, else per run of equal locations.
static PyObject *
encode_locations(const RtCodeLocation *locs, const unsigned char *starts, Py_ssize_t n,
                 int firstlineno)
{
    LocWriter w = {.line = firstlineno};
    for (Py_ssize_t i = 0; i < n;) {
        Py_ssize_t run = 1;
        while (i + run < n && run < 8 &&
               (starts != NULL ? !starts[i + run] : loc_same(&locs[i], &locs[i + run])))
            run++;
        if (loc_entry(&w, &locs[i], (int)run) < 0) {
            PyMem_Free(w.buf);
            return NULL;
        }
        i += run;
    }
    PyObject *b = PyBytes_FromStringAndSize((const char *)w.buf, w.len);
    PyMem_Free(w.buf);
    return b;
}

// ---- location table: decoding ----------------------------------------------------------

typedef struct {
    const unsigned char *p, *end;
    int line;
} LocReader;

static unsigned int
read_varint(LocReader *r)
{
    unsigned int v = 0;
    int shift = 0;
    while (r->p < r->end) {
        unsigned int b = *r->p++;
        v |= (b & 63) << shift;
        shift += 6;
        if (!(b & 64))
            break;
    }
    return v;
}

static int
read_signed_varint(LocReader *r)
{
    unsigned int u = read_varint(r);
    return (u & 1) ? -(int)(u >> 1) : (int)(u >> 1);
}

static int
read_byte(LocReader *r)
{
    return r->p < r->end ? *r->p++ : 0;
}

// Decode the next entry into *l; returns its length in units, 0 at the end.
static int
loc_next(LocReader *r, RtCodeLocation *l)
{
    if (r->p >= r->end)
        return 0;
    int first = *r->p++;
    int code = (first >> 3) & 15, length = (first & 7) + 1;
    switch (code) {
    case LOC_NONE:
        *l = (RtCodeLocation){-1, -1, -1, -1};
        break;
    case LOC_LONG:
        r->line += read_signed_varint(r);
        l->line = r->line;
        l->end_line = r->line + (int)read_varint(r);
        l->col = (int)read_varint(r) - 1;
        l->end_col = (int)read_varint(r) - 1;
        break;
    case LOC_NO_COLUMNS:
        r->line += read_signed_varint(r);
        *l = (RtCodeLocation){r->line, r->line, -1, -1};
        break;
    case LOC_ONE_LINE0:
    case LOC_ONE_LINE0 + 1:
    case LOC_ONE_LINE0 + 2:
        r->line += code - LOC_ONE_LINE0;
        l->line = l->end_line = r->line;
        l->col = read_byte(r);
        l->end_col = read_byte(r);
        break;
    default: {
        int second = read_byte(r);
        l->line = l->end_line = r->line;
        l->col = (code << 3) | (second >> 4);
        l->end_col = l->col + (second & 15);
        break;
    }
    }
    return length;
}

static void
loc_reader_init(LocReader *r, PyCodeObject *co)
{
    r->p = (const unsigned char *)PyBytes_AS_STRING(co->co_linetable);
    r->end = r->p + PyBytes_GET_SIZE(co->co_linetable);
    r->line = co->co_firstlineno;
}

RtCodeLocation
rt_code_location(PyCodeObject *co, int offset)
{
    LocReader r;
    loc_reader_init(&r, co);
    RtCodeLocation l = {-1, -1, -1, -1};
    int unit = 0, n;
    while ((n = loc_next(&r, &l)) > 0) {
        if (offset < unit + n)
            return offset >= 0 ? l : (RtCodeLocation){-1, -1, -1, -1};
        unit += n;
    }
    return (RtCodeLocation){-1, -1, -1, -1};
}

void
rt_code_locations(PyCodeObject *co, RtCodeLocation *out)
{
    LocReader r;
    loc_reader_init(&r, co);
    RtCodeLocation l;
    Py_ssize_t unit = 0, size = Py_SIZE(co);
    int n;
    while (unit < size && (n = loc_next(&r, &l)) > 0)
        for (int i = 0; i < n && unit < size; i++)
            out[unit++] = l;
    while (unit < size)
        out[unit++] = (RtCodeLocation){-1, -1, -1, -1};
}

PyObject *
rt_code_lines(PyCodeObject *co)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    LocReader r;
    loc_reader_init(&r, co);
    RtCodeLocation l;
    int unit = 0, n;
    while ((n = loc_next(&r, &l)) > 0) {
        PyObject *line = l.line < 0 ? Py_NewRef(Py_None) : PyLong_FromLong(l.line);
        PyObject *start = PyLong_FromLong(2L * unit), *end = PyLong_FromLong(2L * (unit + n));
        PyObject *t = line && start && end ? PyTuple_Pack(3, start, end, line) : NULL;
        Py_XDECREF(line);
        Py_XDECREF(start);
        Py_XDECREF(end);
        if (t == NULL || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(t);
        unit += n;
    }
    return list;
}

int
PyCode_Addr2Line(PyCodeObject *co, int byte_offset)
{
    if (byte_offset < 0)
        return co->co_firstlineno;
    return rt_code_location(co, byte_offset / (int)sizeof(PyCodeUnit)).line;
}

// ---- exception table ---------------------------------------------------------------------

// Big-endian groups of 6 bits with bit 6 on all but the last; `msb` (0x80) marks an entry's
// first byte.
static int
exc_item(unsigned char **buf, Py_ssize_t *len, Py_ssize_t *cap, int value, int msb)
{
    unsigned char tmp[6];
    int n = 0;
    for (int shift = 24; shift > 0; shift -= 6)
        if (value >= 1 << shift)
            tmp[n++] = (unsigned char)(((value >> shift) & 0x3f) | 64);
    tmp[n++] = (unsigned char)(value & 0x3f);
    tmp[0] |= (unsigned char)msb;
    if (*len + n > *cap) {
        Py_ssize_t ncap = *cap ? *cap * 2 : 32;
        while (ncap < *len + n)
            ncap *= 2;
        unsigned char *p = PyMem_Realloc(*buf, (size_t)ncap);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *buf = p;
        *cap = ncap;
    }
    memcpy(*buf + *len, tmp, (size_t)n);
    *len += n;
    return 0;
}

int
rt_code_exctable_append(unsigned char **buf, Py_ssize_t *len, Py_ssize_t *cap, int start, int end,
                        int target, int depth, int lasti)
{
    if (exc_item(buf, len, cap, start, 0x80) < 0 || exc_item(buf, len, cap, end - start, 0) < 0 ||
        exc_item(buf, len, cap, target, 0) < 0)
        return -1;
    return exc_item(buf, len, cap, (depth << 1) | (lasti != 0), 0);
}

static const unsigned char *
exc_varint(const unsigned char *p, const unsigned char *end, int *out)
{
    int v = 0;
    while (p < end) {
        int b = *p++;
        v = (v << 6) | (b & 63);
        if (!(b & 64))
            break;
    }
    *out = v;
    return p;
}

int
rt_code_exctable_next(const unsigned char **pp, const unsigned char *end, int *start, int *stop,
                      int *target, int *depth, int *lasti)
{
    const unsigned char *p = *pp;
    if (p >= end)
        return 0;
    int size, dl;
    p = exc_varint(p, end, start);
    p = exc_varint(p, end, &size);
    p = exc_varint(p, end, target);
    p = exc_varint(p, end, &dl);
    *stop = *start + size;
    *depth = dl >> 1;
    *lasti = dl & 1;
    *pp = p;
    return 1;
}

int
rt_code_exctable_lookup(PyCodeObject *co, int offset, int *target, int *depth, int *lasti)
{
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(co->co_exceptiontable);
    const unsigned char *end = p + PyBytes_GET_SIZE(co->co_exceptiontable);
    int start, stop;
    // Entries are sorted by start and do not overlap.
    while (rt_code_exctable_next(&p, end, &start, &stop, target, depth, lasti)) {
        if (start > offset)
            break;
        if (offset < stop)
            return 1;
    }
    return 0;
}

// ---- construction --------------------------------------------------------------------------

static int
all_str(PyObject *t)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(t); i++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(t, i)))
            return 0;
    return 1;
}

static int
validate(const RtCodeSpec *s)
{
    if (s->filename == NULL || !PyUnicode_Check(s->filename) || s->name == NULL ||
        !PyUnicode_Check(s->name) || s->qualname == NULL || !PyUnicode_Check(s->qualname) ||
        s->code == NULL || s->ncode < 1 || s->consts == NULL || !PyTuple_Check(s->consts) ||
        s->names == NULL || !PyTuple_Check(s->names) || !all_str(s->names) ||
        s->localsplusnames == NULL || !PyTuple_Check(s->localsplusnames) ||
        !all_str(s->localsplusnames) || s->localspluskinds == NULL ||
        !PyBytes_Check(s->localspluskinds) ||
        PyBytes_GET_SIZE(s->localspluskinds) != PyTuple_GET_SIZE(s->localsplusnames) ||
        s->exceptiontable == NULL || !PyBytes_Check(s->exceptiontable) || s->locations == NULL ||
        s->argcount < s->posonlyargcount || s->posonlyargcount < 0 || s->kwonlyargcount < 0 ||
        s->stacksize < 0) {
        PyErr_BadInternalCall();
        return -1;
    }
    return 0;
}

// True if s is ASCII letters, digits and underscores only (CPython's all_name_chars).
static int
all_name_chars(PyObject *s)
{
    if (!((PyUnicodeObject *)s)->ascii)
        return 0;
    const unsigned char *p = PyUnicode_DATA(s);
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(s); i++)
        if (!(p[i] == '_' || (p[i] >= '0' && p[i] <= '9') ||
              ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z')))
            return 0;
    return 1;
}

// Intern the name-like strings among the constants, in place, as CPython's code constructor
// does; a frozenset whose items changed identity is rebuilt from them, which can reorder its
// colliding items exactly as it does in CPython. *modified is set if tuple changed.
static int
intern_string_constants(PyObject *tuple, int *modified)
{
    for (Py_ssize_t i = PyTuple_GET_SIZE(tuple); --i >= 0;) {
        PyObject *v = PyTuple_GET_ITEM(tuple, i);
        if (PyUnicode_CheckExact(v)) {
            if (!all_name_chars(v))
                continue;
            PyObject *w = Py_NewRef(v);
            PyUnicode_InternInPlace(&w);
            if (w != v) {
                PyTuple_SET_ITEM(tuple, i, w);
                Py_DECREF(v);
                *modified = 1;
            } else {
                Py_DECREF(w);
            }
        } else if (PyTuple_CheckExact(v)) {
            int ignored = 0;
            if (intern_string_constants(v, &ignored) < 0)
                return -1;
        } else if (PyFrozenSet_CheckExact(v)) {
            PyObject *items = PySequence_Tuple(v);
            int changed = 0;
            if (items == NULL || intern_string_constants(items, &changed) < 0) {
                Py_XDECREF(items);
                return -1;
            }
            if (changed) {
                PyObject *rebuilt = PyFrozenSet_New(items);
                if (rebuilt == NULL) {
                    Py_DECREF(items);
                    return -1;
                }
                PyTuple_SET_ITEM(tuple, i, rebuilt);
                Py_DECREF(v);
            }
            Py_DECREF(items);
        }
    }
    return 0;
}

PyCodeObject *
rt_code_new(const RtCodeSpec *spec)
{
    if (!PyType_HasFeature(&PyCode_Type, Py_TPFLAGS_READY) && PyType_Ready(&PyCode_Type) < 0)
        return NULL;
    if (validate(spec) < 0)
        return NULL;
    int ignored = 0;
    if (intern_string_constants(spec->consts, &ignored) < 0)
        return NULL;
    PyObject *linetable =
        encode_locations(spec->locations, spec->starts, spec->ncode, spec->firstlineno);
    if (linetable == NULL)
        return NULL;
    PyCodeObject *co = (PyCodeObject *)PyType_GenericAlloc(&PyCode_Type, spec->ncode);
    if (co == NULL) {
        Py_DECREF(linetable);
        return NULL;
    }
    memcpy(co->co_code, spec->code, (size_t)spec->ncode * sizeof(PyCodeUnit));
    co->co_consts = Py_NewRef(spec->consts);
    co->co_names = Py_NewRef(spec->names);
    co->co_exceptiontable = Py_NewRef(spec->exceptiontable);
    co->co_flags = spec->flags;
    co->co_argcount = spec->argcount;
    co->co_posonlyargcount = spec->posonlyargcount;
    co->co_kwonlyargcount = spec->kwonlyargcount;
    co->co_stacksize = spec->stacksize;
    co->co_firstlineno = spec->firstlineno;
    co->co_localsplusnames = Py_NewRef(spec->localsplusnames);
    co->co_localspluskinds = Py_NewRef(spec->localspluskinds);
    const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(spec->localspluskinds);
    co->co_nlocalsplus = (int)PyBytes_GET_SIZE(spec->localspluskinds);
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        co->co_nlocals += (kinds[i] & CO_FAST_LOCAL) != 0;
        co->co_ncellvars += (kinds[i] & CO_FAST_CELL) != 0;
        co->co_nfreevars += (kinds[i] & CO_FAST_FREE) != 0;
    }
    co->co_filename = Py_NewRef(spec->filename);
    co->co_name = Py_NewRef(spec->name);
    co->co_qualname = Py_NewRef(spec->qualname);
    co->co_linetable = linetable;
    return co;
}

PyObject *
rt_code_names_of_kind(PyCodeObject *co, int kind)
{
    const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(co->co_localspluskinds);
    Py_ssize_t n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        n += (kinds[i] & kind) != 0;
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        if (kinds[i] & kind)
            PyTuple_SET_ITEM(t, n++, Py_NewRef(PyTuple_GET_ITEM(co->co_localsplusnames, i)));
    return t;
}

// ---- constant keys -------------------------------------------------------------------------

static PyObject *
key_of_items(PyObject *const *items, Py_ssize_t n)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *k = rt_code_constant_key(items[i]);
        if (k == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, k);
    }
    return t;
}

static PyObject *
frozenset_key(PyObject *o)
{
    PyObject *items = PySequence_Tuple(o);
    if (items == NULL)
        return NULL;
    PyObject *keys = key_of_items(((PyTupleObject *)items)->ob_item, PyTuple_GET_SIZE(items));
    Py_DECREF(items);
    if (keys == NULL)
        return NULL;
    PyObject *set = PyFrozenSet_New(keys);
    Py_DECREF(keys);
    if (set == NULL)
        return NULL;
    PyObject *key = PyTuple_Pack(2, set, o);
    Py_DECREF(set);
    return key;
}

PyObject *
rt_code_constant_key(PyObject *o)
{
    if (o == Py_None || o == Py_Ellipsis || PyLong_CheckExact(o) || PyUnicode_CheckExact(o) ||
        PyCode_Check(o))
        return Py_NewRef(o);
    if (PyBool_Check(o) || PyBytes_CheckExact(o))
        return PyTuple_Pack(2, (PyObject *)Py_TYPE(o), o);
    if (PyFloat_CheckExact(o)) {
        double d = PyFloat_AS_DOUBLE(o);
        if (d == 0.0 && copysign(1.0, d) < 0.0)
            return PyTuple_Pack(3, (PyObject *)Py_TYPE(o), o, Py_None);
        return PyTuple_Pack(2, (PyObject *)Py_TYPE(o), o);
    }
    if (PyTuple_CheckExact(o)) {
        PyObject *keys = key_of_items(((PyTupleObject *)o)->ob_item, PyTuple_GET_SIZE(o));
        if (keys == NULL)
            return NULL;
        PyObject *key = PyTuple_Pack(2, keys, o);
        Py_DECREF(keys);
        return key;
    }
    if (PyComplex_CheckExact(o)) {
        // The four complex zeros must stay distinct: tag the signs of zero parts.
        Py_complex z = ((PyComplexObject *)o)->cval;
        int real_negzero = z.real == 0.0 && copysign(1.0, z.real) < 0.0;
        int imag_negzero = z.imag == 0.0 && copysign(1.0, z.imag) < 0.0;
        if (real_negzero && imag_negzero)
            return PyTuple_Pack(3, (PyObject *)Py_TYPE(o), o, Py_True);
        if (imag_negzero)
            return PyTuple_Pack(3, (PyObject *)Py_TYPE(o), o, Py_False);
        if (real_negzero)
            return PyTuple_Pack(3, (PyObject *)Py_TYPE(o), o, Py_None);
        return PyTuple_Pack(2, (PyObject *)Py_TYPE(o), o);
    }
    if (PyFrozenSet_CheckExact(o))
        return frozenset_key(o);
    // Anything else is distinct by identity.
    PyObject *id = PyLong_FromUnsignedLongLong((unsigned long long)(uintptr_t)o);
    if (id == NULL)
        return NULL;
    PyObject *key = PyTuple_Pack(2, id, o);
    Py_DECREF(id);
    return key;
}

// ---- the type ------------------------------------------------------------------------------

void (*rt_code_jit_release)(void *unit);

static void
code_dealloc(PyObject *o)
{
    PyCodeObject *co = (PyCodeObject *)o;
    if (co->co_weakreflist != NULL)
        PyObject_ClearWeakRefs(o);
    if (co->co_jit != NULL && rt_code_jit_release != NULL)
        rt_code_jit_release(co->co_jit);
    Py_XDECREF(co->co_consts);
    Py_XDECREF(co->co_names);
    Py_XDECREF(co->co_exceptiontable);
    Py_XDECREF(co->co_localsplusnames);
    Py_XDECREF(co->co_localspluskinds);
    Py_XDECREF(co->co_filename);
    Py_XDECREF(co->co_name);
    Py_XDECREF(co->co_qualname);
    Py_XDECREF(co->co_linetable);
    Py_TYPE(o)->tp_free(o);
}

static PyObject *
code_repr(PyObject *o)
{
    PyCodeObject *co = (PyCodeObject *)o;
    int lineno = co->co_firstlineno != 0 ? co->co_firstlineno : -1;
    if (co->co_filename != NULL && PyUnicode_Check(co->co_filename))
        return PyUnicode_FromFormat("<code object %U at %p, file \"%U\", line %d>", co->co_name, o,
                                    co->co_filename, lineno);
    return PyUnicode_FromFormat("<code object %U at %p, file ???, line %d>", co->co_name, o,
                                lineno);
}

static Py_hash_t
code_hash(PyObject *o)
{
    PyCodeObject *co = (PyCodeObject *)o;
    Py_hash_t h0 = PyObject_Hash(co->co_name), h1, h2, h3;
    if (h0 == -1 || (h1 = PyObject_Hash(co->co_consts)) == -1 ||
        (h2 = PyObject_Hash(co->co_names)) == -1 ||
        (h3 = PyObject_Hash(co->co_localsplusnames)) == -1)
        return -1;
    Py_hash_t h = h0 ^ h1 ^ h2 ^ h3 ^ co->co_argcount ^ co->co_posonlyargcount ^
                  co->co_kwonlyargcount ^ co->co_flags;
    return h == -1 ? -2 : h;
}

// 1 if a and b hold the same code units once their specializations are undone, 0 if not,
// -1 with MemoryError.
static int
same_code_units(PyCodeObject *a, PyCodeObject *b)
{
    if (Py_SIZE(a) != Py_SIZE(b))
        return 0;
    size_t size = (size_t)Py_SIZE(a) * sizeof(PyCodeUnit);
    PyCodeUnit *ua = PyMem_Malloc(size + 1), *ub = PyMem_Malloc(size + 1);
    int same = -1;
    if (ua != NULL && ub != NULL) {
        rt_code_unquickened(a, ua);
        rt_code_unquickened(b, ub);
        same = memcmp(ua, ub, size) == 0;
    } else {
        PyErr_NoMemory();
    }
    PyMem_Free(ua);
    PyMem_Free(ub);
    return same;
}

// 1 if every field CPython's code_richcompare looks at is equal, 0 if not, -1 on error.
// The code units are compared as the compiler made them, as CPython does.
static int
code_equal(PyCodeObject *a, PyCodeObject *b)
{
    int eq = PyObject_RichCompareBool(a->co_name, b->co_name, Py_EQ);
    if (eq <= 0)
        return eq;
    if (a->co_argcount != b->co_argcount || a->co_posonlyargcount != b->co_posonlyargcount ||
        a->co_kwonlyargcount != b->co_kwonlyargcount || a->co_flags != b->co_flags ||
        a->co_firstlineno != b->co_firstlineno)
        return 0;
    eq = same_code_units(a, b);
    if (eq <= 0)
        return eq;
    PyObject *ka = rt_code_constant_key(a->co_consts), *kb = NULL;
    if (ka == NULL || (kb = rt_code_constant_key(b->co_consts)) == NULL) {
        Py_XDECREF(ka);
        return -1;
    }
    eq = PyObject_RichCompareBool(ka, kb, Py_EQ);
    Py_DECREF(ka);
    Py_DECREF(kb);
    PyObject *const pairs[][2] = {
        {a->co_names, b->co_names},
        {a->co_localsplusnames, b->co_localsplusnames},
        {a->co_linetable, b->co_linetable},
        {a->co_exceptiontable, b->co_exceptiontable},
    };
    for (size_t i = 0; eq > 0 && i < sizeof pairs / sizeof pairs[0]; i++)
        eq = PyObject_RichCompareBool(pairs[i][0], pairs[i][1], Py_EQ);
    return eq;
}

static PyObject *
code_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyCode_Check(a) || !PyCode_Check(b))
        return Py_NewRef(Py_NotImplemented);
    int eq = code_equal((PyCodeObject *)a, (PyCodeObject *)b);
    if (eq < 0)
        return NULL;
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

PyTypeObject PyCode_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "code",
    .tp_basicsize = offsetof(PyCodeObject, co_code),
    .tp_itemsize = sizeof(PyCodeUnit),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_hash = code_hash,
    .tp_richcompare = code_richcompare,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Create a code object.  Not for the faint of heart.",
    .tp_methods = rt_code_methods,
    .tp_members = rt_code_members,
    .tp_getset = rt_code_getsets,
    .tp_weaklistoffset = offsetof(PyCodeObject, co_weakreflist),
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_Free,
};
