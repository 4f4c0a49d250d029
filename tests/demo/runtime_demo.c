// runtime_demo.c: `make demo` until the interpreter arrives — builds a few objects with the
// runtime's C API and prints what Python would print for the same expressions.
#include <stdio.h>
#include "runtime/runtime.h"

// Print "expr -> repr(value)" and release value; a NULL value prints the pending exception.
static void
show(const char *expr, PyObject *value)
{
    if (value == NULL) {
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *r = PyObject_Repr(exc);
        printf("%-34s raises %s\n", expr, r ? PyUnicode_AsUTF8(r) : "?");
        Py_XDECREF(r);
        Py_DECREF(exc);
        return;
    }
    PyObject *r = PyObject_Repr(value);
    printf("%-34s -> %s\n", expr, r ? PyUnicode_AsUTF8(r) : "<repr failed>");
    Py_XDECREF(r);
    Py_DECREF(value);
}

static PyObject *
integer(long v)
{
    return PyLong_FromLong(v);
}

// (a, b) from two new references, which it steals; NULL if either is NULL.
static PyObject *
pair(PyObject *a, PyObject *b)
{
    if (a == NULL || b == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        return NULL;
    }
    PyObject *items[] = {a, b};
    return rt_tuple_from_array_steal(items, 2);
}

int
main(void)
{
    if (rt_runtime_init() < 0)
        return 1;
    PyObject *two = integer(2), *hundred = integer(100), *seven = integer(-7);
    PyObject *two_ = integer(2), *zero = integer(0);
    show("2 ** 100", PyNumber_Power(two, hundred, Py_None));
    show("-7 // 2, -7 % 2", pair(PyNumber_FloorDivide(seven, two_),
                                 PyNumber_Remainder(seven, two_)));
    show("1 / 0", PyNumber_TrueDivide(two, zero));

    PyObject *tenth = PyFloat_FromDouble(0.1), *fifth = PyFloat_FromDouble(0.2);
    show("0.1 + 0.2", PyNumber_Add(tenth, fifth));
    show("1e16, 1.5e-07", pair(PyFloat_FromDouble(1e16), PyFloat_FromDouble(1.5e-7)));

    PyObject *s = PyUnicode_FromString("héllo, wörld ✓");
    show("s", Py_NewRef(s));
    show("len(s)", PyLong_FromSsize_t(PyUnicode_GET_LENGTH(s)));

    PyObject *set = PySet_New(NULL);
    long members[] = {100, 5, 3, 8, 1, 64};
    for (size_t i = 0; i < sizeof members / sizeof members[0]; i++) {
        PyObject *m = integer(members[i]);
        PySet_Add(set, m);
        Py_DECREF(m);
    }
    show("{100, 5, 3, 8, 1, 64}", set);

    PyObject *d = PyDict_New();
    PyDict_SetItemString(d, "answer", two);
    PyDict_SetItemString(d, "text", s);
    PyDict_SetItemString(d, "self", d);
    show("d['self'] = d; d", Py_NewRef(d));
    PyDict_Clear(d);
    Py_DECREF(d);

    PyObject *list = PyList_New(0);
    PyList_Append(list, s);
    PyList_Append(list, list);
    show("l = [s]; l.append(l); l", Py_NewRef(list));
    PyList_SetSlice(list, 0, PyList_GET_SIZE(list), NULL);
    Py_DECREF(list);

    show("{}['missing']", PyObject_GetItem(d = PyDict_New(), s));
    Py_DECREF(d);

    Py_DECREF(two); Py_DECREF(hundred); Py_DECREF(seven); Py_DECREF(two_); Py_DECREF(zero);
    Py_DECREF(tenth); Py_DECREF(fifth); Py_DECREF(s);

    RtAllocStats st;
    rt_alloc_stats(&st);
    size_t blocks = 0;
    for (int i = 0; i < RT_SIZE_CLASSES; i++)
        blocks += st.blocks_in_use[i];
    printf("\nallocator: %zu arena(s), %zu pool(s) in use, %zu small blocks live\n", st.arenas,
           st.pools_in_use, blocks);
    rt_runtime_fini();
    return 0;
}
