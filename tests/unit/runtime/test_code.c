// test_code.c: runtime/objects/code.c. The tables were printed by CPython 3.11.7 for the
// functions shown (co_linetable, co_positions(), co_exceptiontable and dis's parse of it);
// the encoders must produce what CPython's decoders read back, and the decoders must read
// CPython's own tables.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tests/unit/testing.h"
#include "runtime/objects/code.h"
#include "runtime/objects/complex.h"

// def f(a, b):
//     try:
//         x = (a +
//              b)
//     except (TypeError, ValueError) as e:
//         raise RuntimeError('bad') from e
//     finally:
//         print(x)
//     return [y for y in range(a) if y][0:1000000]
static const unsigned char f_linetable[] = {
    0x80, 0x00, 0xf0, 0x02, 0x06, 0x05, 0x11, 0xd8, 0x0d, 0x0e, 0xd8, 0x0d, 0x0e, 0xf1, 0x03,
    0x01, 0x0e, 0x0f, 0x88, 0x01, 0x88, 0x01, 0xf8, 0xe5, 0x0c, 0x15, 0x95, 0x7a, 0xd0, 0x0b,
    0x22, 0xf0, 0x00, 0x01, 0x05, 0x29, 0xf0, 0x00, 0x01, 0x05, 0x29, 0xf0, 0x00, 0x01, 0x05,
    0x29, 0xdd, 0x0e, 0x1a, 0x98, 0x35, 0xd1, 0x0e, 0x21, 0xd4, 0x0e, 0x21, 0xa0, 0x71, 0xd0,
    0x08, 0x28, 0xf8, 0xf8, 0xf8, 0xf8, 0xf0, 0x03, 0x01, 0x05, 0x29, 0xf8, 0xf8, 0xf8, 0xf0,
    0x05, 0x00, 0x09, 0x0a, 0xf5, 0x0a, 0x00, 0x09, 0x0e, 0x88, 0x61, 0x89, 0x08, 0x8c, 0x08,
    0x88, 0x08, 0x88, 0x08, 0xf8, 0x8d, 0x05, 0x88, 0x61, 0x89, 0x08, 0x8c, 0x08, 0x88, 0x08,
    0x88, 0x08, 0xf8, 0xf8, 0xf8, 0xd8, 0x0b, 0x25, 0xd0, 0x0b, 0x25, 0x95, 0x75, 0x98, 0x51,
    0x91, 0x78, 0x94, 0x78, 0xd0, 0x0b, 0x25, 0xd1, 0x0b, 0x25, 0xd4, 0x0b, 0x25, 0xa0, 0x61,
    0xa8, 0x07, 0xa0, 0x69, 0xd4, 0x0b, 0x30, 0xd0, 0x04, 0x30,
};

static const RtCodeLocation f_positions[] = {
    {1, 1, 0, 0},     {2, 8, 4, 16},    {3, 3, 13, 14},   {4, 4, 13, 14},   {3, 4, 13, 14},
    {3, 4, 13, 14},   {3, 3, 8, 9},     {3, 3, 8, 9},     {-1, -1, -1, -1}, {5, 5, 12, 21},
    {5, 5, 12, 21},   {5, 5, 12, 21},   {5, 5, 12, 21},   {5, 5, 12, 21},   {5, 5, 12, 21},
    {5, 5, 23, 33},   {5, 5, 23, 33},   {5, 5, 23, 33},   {5, 5, 23, 33},   {5, 5, 23, 33},
    {5, 5, 23, 33},   {5, 5, 11, 34},   {5, 6, 4, 40},    {5, 6, 4, 40},    {5, 6, 4, 40},
    {6, 6, 14, 26},   {6, 6, 14, 26},   {6, 6, 14, 26},   {6, 6, 14, 26},   {6, 6, 14, 26},
    {6, 6, 14, 26},   {6, 6, 27, 32},   {6, 6, 14, 33},   {6, 6, 14, 33},   {6, 6, 14, 33},
    {6, 6, 14, 33},   {6, 6, 14, 33},   {6, 6, 14, 33},   {6, 6, 14, 33},   {6, 6, 39, 40},
    {6, 6, 8, 40},    {-1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1},
    {5, 6, 4, 40},    {-1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1}, {3, 3, 8, 9},
    {8, 8, 8, 13},    {8, 8, 8, 13},    {8, 8, 8, 13},    {8, 8, 8, 13},    {8, 8, 8, 13},
    {8, 8, 8, 13},    {8, 8, 14, 15},   {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},
    {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},
    {8, 8, 8, 16},    {-1, -1, -1, -1}, {8, 8, 8, 13},    {8, 8, 8, 13},    {8, 8, 8, 13},
    {8, 8, 8, 13},    {8, 8, 8, 13},    {8, 8, 8, 13},    {8, 8, 14, 15},   {8, 8, 8, 16},
    {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},
    {8, 8, 8, 16},    {8, 8, 8, 16},    {8, 8, 8, 16},    {-1, -1, -1, -1}, {-1, -1, -1, -1},
    {-1, -1, -1, -1}, {9, 9, 11, 37},   {9, 9, 11, 37},   {9, 9, 23, 28},   {9, 9, 23, 28},
    {9, 9, 23, 28},   {9, 9, 23, 28},   {9, 9, 23, 28},   {9, 9, 23, 28},   {9, 9, 29, 30},
    {9, 9, 23, 31},   {9, 9, 23, 31},   {9, 9, 23, 31},   {9, 9, 23, 31},   {9, 9, 23, 31},
    {9, 9, 23, 31},   {9, 9, 23, 31},   {9, 9, 11, 37},   {9, 9, 11, 37},   {9, 9, 11, 37},
    {9, 9, 11, 37},   {9, 9, 11, 37},   {9, 9, 11, 37},   {9, 9, 11, 37},   {9, 9, 11, 37},
    {9, 9, 38, 39},   {9, 9, 40, 47},   {9, 9, 38, 47},   {9, 9, 11, 48},   {9, 9, 11, 48},
    {9, 9, 11, 48},   {9, 9, 11, 48},   {9, 9, 11, 48},   {9, 9, 4, 48},
};

// The first code unit of each of f's instructions (dis._unpack_opargs).
static const unsigned char f_starts[] = {
    1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0,
    0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1,
    0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1,
};

static const unsigned char f_exctable[] = {
    0x82, 0x05, 0x08, 0x00, 0x87, 0x01, 0x41, 0x02, 0x00, 0x88, 0x11, 0x2e, 0x03, 0x99, 0x10, 0x29,
    0x03, 0xa9, 0x05, 0x2e, 0x03, 0xae, 0x03, 0x41, 0x02, 0x00, 0xc1, 0x02, 0x11, 0x41, 0x13, 0x03,
};

// (start, end, target, depth, lasti) in code units.
static const int f_entries[][5] = {
    {2, 7, 8, 0, 0},    {7, 8, 66, 0, 0},   {8, 25, 46, 1, 1},  {25, 41, 41, 1, 1},
    {41, 46, 46, 1, 1}, {46, 49, 66, 0, 0}, {66, 83, 83, 1, 1},
};

// def g(a):
//     for q in a:
//       try:
//         x0 = a ... x1499 = a      (offsets past 4096 code units need 3-byte varints)
//       except E:
//         pass
static const unsigned char g_exctable[] = {
    0x87, 0x41, 0x42, 0x16, 0x41, 0x42, 0x1f, 0x02, 0xc1, 0x42, 0x1f, 0x0a,
    0x41, 0x42, 0x2d, 0x05, 0xc1, 0x42, 0x2c, 0x01, 0x41, 0x42, 0x2d, 0x05,
};

static const int g_entries[][5] = {
    {7, 4253, 4255, 1, 0},
    {4255, 4265, 4269, 2, 1},
    {4268, 4269, 4269, 2, 1},
};

#define N(a) ((Py_ssize_t)(sizeof(a) / sizeof((a)[0])))

// A code object of n NOP units with the given locations (and no names or constants);
// starts (may be NULL) marks the first unit of each instruction.
static PyCodeObject *
make_code_starts(const char *name, const RtCodeLocation *locs, const unsigned char *starts,
                 Py_ssize_t n, int firstlineno)
{
    PyCodeUnit *code = calloc((size_t)n, sizeof(PyCodeUnit));
    for (Py_ssize_t i = 0; i < n; i++)
        code[i] = 9; // NOP
    PyObject *filename = PyUnicode_FromString("x.py"), *pyname = PyUnicode_FromString(name);
    PyObject *empty = PyTuple_New(0), *kinds = PyBytes_FromStringAndSize("", 0);
    PyObject *consts = PyTuple_Pack(1, Py_None);
    RtCodeSpec spec = {
        .filename = filename,
        .name = pyname,
        .qualname = pyname,
        .firstlineno = firstlineno,
        .code = code,
        .ncode = n,
        .consts = consts,
        .names = empty,
        .localsplusnames = empty,
        .localspluskinds = kinds,
        .exceptiontable = kinds,
        .locations = locs,
        .starts = starts,
    };
    PyCodeObject *co = rt_code_new(&spec);
    assert_non_null(co);
    free(code);
    Py_DECREF(filename);
    Py_DECREF(pyname);
    Py_DECREF(empty);
    Py_DECREF(kinds);
    Py_DECREF(consts);
    return co;
}

static PyCodeObject *
make_code(const char *name, const RtCodeLocation *locs, Py_ssize_t n, int firstlineno)
{
    return make_code_starts(name, locs, NULL, n, firstlineno);
}

static void
assert_location(RtCodeLocation got, RtCodeLocation want, Py_ssize_t i)
{
    if (got.line != want.line || got.end_line != want.end_line || got.col != want.col ||
        got.end_col != want.end_col)
        fail_msg("unit %zd: got (%d, %d, %d, %d), want (%d, %d, %d, %d)", i, got.line, got.end_line,
                 got.col, got.end_col, want.line, want.end_line, want.col, want.end_col);
}

static void
test_code_locations_round_trip(void **state)
{
    PyCodeObject *co = make_code("f", f_positions, N(f_positions), 1);
    for (Py_ssize_t i = 0; i < N(f_positions); i++)
        assert_location(rt_code_location(co, (int)i), f_positions[i], i);
    RtCodeLocation all[N(f_positions)];
    rt_code_locations(co, all);
    for (Py_ssize_t i = 0; i < N(f_positions); i++)
        assert_location(all[i], f_positions[i], i);
    Py_DECREF(co);
}

static void
test_code_location_encoding_is_no_longer_than_cpythons(void **state)
{
    // Without instruction starts the encoder merges equal neighbours across instructions,
    // so its table is never longer than CPython's.
    PyCodeObject *co = make_code("f", f_positions, N(f_positions), 1);
    assert_true(PyBytes_GET_SIZE(co->co_linetable) <= N(f_linetable));
    assert_int_equal(((const unsigned char *)PyBytes_AS_STRING(co->co_linetable))[0], 0x80);
    Py_DECREF(co);
}

static void
test_code_location_encoding_per_instruction_is_cpythons(void **state)
{
    PyCodeObject *co = make_code_starts("f", f_positions, f_starts, N(f_positions), 1);
    assert_int_equal(PyBytes_GET_SIZE(co->co_linetable), N(f_linetable));
    assert_memory_equal(PyBytes_AS_STRING(co->co_linetable), f_linetable, N(f_linetable));
    PyObject *lines = rt_code_lines(co);
    // list(f.co_lines())[:4] in CPython 3.11.7
    PyObject *head = PyList_GetSlice(lines, 0, 4);
    assert_repr(head, "[(0, 2, 1), (2, 4, 2), (4, 6, 3), (6, 8, 4)]");
    Py_DECREF(head);
    Py_DECREF(lines);
    Py_DECREF(co);
}

static void
test_code_decodes_cpythons_linetable(void **state)
{
    PyCodeObject *co = make_code("f", f_positions, N(f_positions), 1);
    Py_SETREF(co->co_linetable,
              PyBytes_FromStringAndSize((const char *)f_linetable, N(f_linetable)));
    for (Py_ssize_t i = 0; i < N(f_positions); i++)
        assert_location(rt_code_location(co, (int)i), f_positions[i], i);
    Py_DECREF(co);
}

static void
test_code_location_forms_survive_extreme_values(void **state)
{
    RtCodeLocation locs[] = {
        {5, 5, 0, 0},       {5, 5, 79, 94},           {7, 7, 100, 127},   {3, 3, 200, 300},
        {1000, 1002, 5, 1}, {-1, -1, -1, -1},         {999, 999, -1, -1}, {4, 9, -1, -1},
        {4, 4, 3, 2},       {70000, 70000, 0, 70000},
    };
    // Each location spans 1 to 10 units, to cross the 8-unit limit of an entry.
    RtCodeLocation units[64];
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < N(locs); i++)
        for (Py_ssize_t k = 0; k <= i; k++)
            units[n++] = locs[i];
    PyCodeObject *co = make_code("h", units, n, 5);
    for (Py_ssize_t i = 0; i < n; i++) {
        RtCodeLocation want = units[i];
        if (want.line >= 0 && want.col < 0 && want.end_line == want.line)
            want.end_line = want.line; // no-column form keeps one line
        assert_location(rt_code_location(co, (int)i), want, i);
    }
    assert_int_equal(rt_code_location(co, (int)n).line, -1);
    assert_int_equal(PyCode_Addr2Line(co, 2 * 2), 5);
    assert_int_equal(PyCode_Addr2Line(co, 2 * 3), 7);
    assert_int_equal(PyCode_Addr2Line(co, -1), 5);
    Py_DECREF(co);
}

static PyObject *
build_table(const int (*entries)[5], Py_ssize_t n)
{
    unsigned char *buf = NULL;
    Py_ssize_t len = 0, cap = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        assert_int_equal(rt_code_exctable_append(&buf, &len, &cap, entries[i][0], entries[i][1],
                                                 entries[i][2], entries[i][3], entries[i][4]),
                         0);
    PyObject *b = PyBytes_FromStringAndSize((const char *)buf, len);
    PyMem_Free(buf);
    return b;
}

static void
test_code_exception_table_encoding_is_cpythons(void **state)
{
    PyObject *b = build_table(f_entries, N(f_entries));
    assert_int_equal(PyBytes_GET_SIZE(b), N(f_exctable));
    assert_memory_equal(PyBytes_AS_STRING(b), f_exctable, N(f_exctable));
    Py_DECREF(b);
    b = build_table(g_entries, N(g_entries));
    assert_int_equal(PyBytes_GET_SIZE(b), N(g_exctable));
    assert_memory_equal(PyBytes_AS_STRING(b), g_exctable, N(g_exctable));
    Py_DECREF(b);
}

static void
test_code_exception_table_decodes_and_looks_up(void **state)
{
    PyCodeObject *co = make_code("g", (RtCodeLocation[4300]){{0}}, 4300, 1);
    Py_SETREF(co->co_exceptiontable,
              PyBytes_FromStringAndSize((const char *)g_exctable, N(g_exctable)));
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(co->co_exceptiontable);
    const unsigned char *end = p + PyBytes_GET_SIZE(co->co_exceptiontable);
    int e[5], i = 0;
    while (rt_code_exctable_next(&p, end, &e[0], &e[1], &e[2], &e[3], &e[4])) {
        assert_true(i < N(g_entries));
        assert_memory_equal(e, g_entries[i], sizeof e);
        i++;
    }
    assert_int_equal(i, N(g_entries));
    int target, depth, lasti;
    assert_int_equal(rt_code_exctable_lookup(co, 6, &target, &depth, &lasti), 0);
    assert_int_equal(rt_code_exctable_lookup(co, 7, &target, &depth, &lasti), 1);
    assert_int_equal(target, 4255);
    assert_int_equal(depth, 1);
    assert_int_equal(lasti, 0);
    assert_int_equal(rt_code_exctable_lookup(co, 4260, &target, &depth, &lasti), 1);
    assert_int_equal(target, 4269);
    assert_int_equal(depth, 2);
    assert_int_equal(lasti, 1);
    assert_int_equal(rt_code_exctable_lookup(co, 4269, &target, &depth, &lasti), 0);
    Py_DECREF(co);
}

static void
test_code_repr_names_the_function_file_and_line(void **state)
{
    RtCodeLocation loc = {3, 3, 0, 0};
    PyCodeObject *co = make_code("spam", &loc, 1, 3);
    PyObject *r = PyObject_Repr((PyObject *)co);
    char want[128];
    snprintf(want, sizeof want, "<code object spam at %p, file \"x.py\", line 3>", (void *)co);
    assert_string_equal(PyUnicode_AsUTF8(r), want);
    Py_DECREF(r);
    Py_DECREF(co);
}

static void
test_code_equal_code_objects_compare_and_hash_equal(void **state)
{
    RtCodeLocation loc = {3, 3, 0, 0};
    PyCodeObject *a = make_code("spam", &loc, 1, 3), *b = make_code("spam", &loc, 1, 3);
    PyCodeObject *c = make_code("eggs", &loc, 1, 3), *d = make_code("spam", &loc, 1, 4);
    assert_int_equal(PyObject_RichCompareBool((PyObject *)a, (PyObject *)b, Py_EQ), 1);
    assert_int_equal(PyObject_Hash((PyObject *)a), PyObject_Hash((PyObject *)b));
    assert_int_equal(PyObject_RichCompareBool((PyObject *)a, (PyObject *)c, Py_EQ), 0);
    assert_int_equal(PyObject_RichCompareBool((PyObject *)a, (PyObject *)d, Py_NE), 1);
    PyObject *lt = PyObject_RichCompare((PyObject *)a, (PyObject *)b, Py_LT);
    assert_null(lt);
    assert_raised(PyExc_TypeError, NULL);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(d);
}

static int
keys_equal(PyObject *x, PyObject *y)
{
    PyObject *kx = rt_code_constant_key(x), *ky = rt_code_constant_key(y);
    assert_non_null(kx);
    assert_non_null(ky);
    int r = PyObject_RichCompareBool(kx, ky, Py_EQ);
    Py_DECREF(kx);
    Py_DECREF(ky);
    return r;
}

static void
test_code_constant_keys_keep_equal_constants_apart(void **state)
{
    PyObject *zero = PyLong_FromLong(0), *fzero = PyFloat_FromDouble(0.0);
    PyObject *nzero = PyFloat_FromDouble(-0.0), *fzero2 = PyFloat_FromDouble(0.0);
    PyObject *t1 = PyTuple_Pack(1, zero), *t2 = PyTuple_Pack(1, fzero);
    PyObject *t3 = PyTuple_Pack(1, fzero2), *c1 = PyComplex_FromDoubles(0.0, -0.0);
    PyObject *c2 = PyComplex_FromDoubles(0.0, 0.0);
    assert_int_equal(keys_equal(zero, fzero), 0);
    assert_int_equal(keys_equal(zero, Py_False), 0);
    assert_int_equal(keys_equal(fzero, nzero), 0);
    assert_int_equal(keys_equal(fzero, fzero2), 1);
    assert_int_equal(keys_equal(t1, t2), 0);
    assert_int_equal(keys_equal(t2, t3), 1);
    assert_int_equal(keys_equal(c1, c2), 0);
    PyObject *objs[] = {zero, fzero, nzero, fzero2, t1, t2, t3, c1, c2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        Py_DECREF(objs[i]);
}

static void
test_code_localsplus_names_by_kind_and_attributes(void **state)
{
    PyCodeUnit nop = 9;
    RtCodeLocation loc = {1, 1, 0, 0};
    PyObject *names = PyTuple_Pack(4, PyUnicode_FromString("a"), PyUnicode_FromString("b"),
                                   PyUnicode_FromString("c"), PyUnicode_FromString("d"));
    unsigned char k[] = {CO_FAST_LOCAL, CO_FAST_LOCAL | CO_FAST_CELL, CO_FAST_CELL, CO_FAST_FREE};
    PyObject *kinds = PyBytes_FromStringAndSize((const char *)k, 4);
    PyObject *empty = PyTuple_New(0), *s = PyUnicode_FromString("f");
    RtCodeSpec spec = {.filename = s,
                       .name = s,
                       .qualname = s,
                       .firstlineno = 1,
                       .code = &nop,
                       .ncode = 1,
                       .consts = empty,
                       .names = empty,
                       .localsplusnames = names,
                       .localspluskinds = kinds,
                       .exceptiontable = PyBytes_FromString(""),
                       .locations = &loc,
                       .argcount = 1};
    PyCodeObject *co = rt_code_new(&spec);
    assert_non_null(co);
    assert_int_equal(co->co_nlocals, 2);
    assert_int_equal(co->co_ncellvars, 2);
    assert_int_equal(co->co_nfreevars, 1);
    PyObject *t = rt_code_names_of_kind(co, CO_FAST_CELL);
    assert_repr(t, "('b', 'c')");
    Py_DECREF(t);
    t = rt_code_names_of_kind(co, CO_FAST_LOCAL);
    assert_repr(t, "('a', 'b')");
    Py_DECREF(t);
    // The same through the attributes Python code reads.
    static const char *const attrs[][2] = {
        {"co_varnames", "('a', 'b')"}, {"co_cellvars", "('b', 'c')"}, {"co_freevars", "('d',)"},
        {"co_argcount", "1"},          {"co_nlocals", "2"},           {"co_name", "'f'"},
        {"co_code", "b'\\t\\x00'"},
    };
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        PyObject *v = PyObject_GetAttrString((PyObject *)co, attrs[i][0]);
        assert_repr(v, attrs[i][1]);
        Py_DECREF(v);
    }
    PyObject *m = PyObject_GetAttrString((PyObject *)co, "co_positions");
    assert_non_null(m);
    PyObject *it = PyObject_CallNoArgs(m);
    assert_non_null(it);
    PyObject *pos = PySequence_List(it);
    assert_repr(pos, "[(1, 1, 0, 0)]");
    Py_DECREF(pos);
    Py_DECREF(it);
    Py_DECREF(m);
    Py_DECREF(co);
    Py_DECREF(spec.exceptiontable);
    Py_DECREF(names);
    Py_DECREF(kinds);
    Py_DECREF(empty);
    Py_DECREF(s);
}

static void
test_code_new_rejects_bad_specs(void **state)
{
    PyCodeUnit nop = 9;
    RtCodeLocation loc = {1, 1, 0, 0};
    PyObject *empty = PyTuple_New(0), *s = PyUnicode_FromString("f");
    PyObject *two = PyBytes_FromStringAndSize("\x20\x20", 2);
    RtCodeSpec spec = {.filename = s,
                       .name = s,
                       .qualname = s,
                       .firstlineno = 1,
                       .code = &nop,
                       .ncode = 1,
                       .consts = empty,
                       .names = empty,
                       .localsplusnames = empty,
                       .localspluskinds = two,
                       .exceptiontable = two,
                       .locations = &loc};
    assert_null(rt_code_new(&spec)); // two kinds for no names
    assert_raised(PyExc_SystemError, NULL);
    Py_DECREF(two);
    Py_DECREF(empty);
    Py_DECREF(s);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_code_locations_round_trip),
        cmocka_unit_test(test_code_location_encoding_is_no_longer_than_cpythons),
        cmocka_unit_test(test_code_location_encoding_per_instruction_is_cpythons),
        cmocka_unit_test(test_code_decodes_cpythons_linetable),
        cmocka_unit_test(test_code_location_forms_survive_extreme_values),
        cmocka_unit_test(test_code_exception_table_encoding_is_cpythons),
        cmocka_unit_test(test_code_exception_table_decodes_and_looks_up),
        cmocka_unit_test(test_code_repr_names_the_function_file_and_line),
        cmocka_unit_test(test_code_equal_code_objects_compare_and_hash_equal),
        cmocka_unit_test(test_code_constant_keys_keep_equal_constants_apart),
        cmocka_unit_test(test_code_localsplus_names_by_kind_and_attributes),
        cmocka_unit_test(test_code_new_rejects_bad_specs),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
