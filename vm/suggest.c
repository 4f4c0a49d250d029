// suggest.c: the "Did you mean: 'x'?" of NameError and AttributeError messages (CPython
// 3.11's Python/suggestions.c): the closest name by a Levenshtein distance where a case
// change costs half as much as any other edit.
#include "runtime/objects/func.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "vm/ops.h"
#include "vm/traceback.h"

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int
substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if ('A' <= a && a <= 'Z')
        a += 'a' - 'A';
    if ('A' <= b && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t
min_size(size_t a, size_t b)
{
    return a < b ? a : b;
}

static Py_ssize_t
levenshtein(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    if (a == b)
        return 0;
    while (a_size && b_size && a[0] == b[0]) {
        a++, a_size--;
        b++, b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--;
        b_size--;
    }
    if (a_size == 0 || b_size == 0)
        return (Py_ssize_t)((a_size + b_size) * MOVE_COST);
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE)
        return (Py_ssize_t)max_cost + 1;
    if (b_size < a_size) {
        const char *t = a;
        a = b;
        b = t;
        size_t ts = a_size;
        a_size = b_size;
        b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost)
        return (Py_ssize_t)max_cost + 1;
    for (size_t i = 0; i < a_size; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t ai = 0; ai < a_size; ai++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[ai]);
            distance = buffer[ai];
            size_t insert_delete = min_size(result, distance) + MOVE_COST;
            result = min_size(insert_delete, substitute);
            buffer[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return (Py_ssize_t)max_cost + 1;
    }
    return (Py_ssize_t)result;
}

// The item of dir (a list of str) closest to name, or NULL (borrowed result).
static PyObject *
closest(PyObject *dir, PyObject *name)
{
    Py_ssize_t n = PyList_GET_SIZE(dir);
    if (n >= MAX_CANDIDATE_ITEMS)
        return NULL;
    Py_ssize_t name_size;
    const char *name_str = PyUnicode_AsUTF8AndSize(name, &name_size);
    if (name_str == NULL)
        return NULL;
    PyObject *best = NULL;
    Py_ssize_t best_distance = PY_SSIZE_T_MAX;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(dir, i);
        if (!PyUnicode_Check(item))
            continue;
        Py_ssize_t item_size;
        const char *item_str = PyUnicode_AsUTF8AndSize(item, &item_size);
        if (item_str == NULL)
            return NULL;
        if (rt_str_equal(item, name))
            continue;
        // No more than a third of the characters involved may change.
        Py_ssize_t max_distance = (name_size + item_size + 3) * MOVE_COST / 6;
        if (max_distance > best_distance - 1)
            max_distance = best_distance - 1;
        Py_ssize_t d = levenshtein(name_str, (size_t)name_size, item_str, (size_t)item_size,
                                   (size_t)max_distance);
        if (d > max_distance)
            continue;
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

// closest() over a new list (stolen), as a new reference.
static PyObject *
closest_in(PyObject *list, PyObject *name)
{
    if (list == NULL)
        return NULL;
    PyObject *r = Py_XNewRef(closest(list, name));
    Py_DECREF(list);
    return r;
}

static int
add_keys(PyObject *set, PyObject *dict)
{
    if (dict == NULL || !PyDict_Check(dict))
        return 0;
    Py_ssize_t pos = 0;
    PyObject *key;
    while (PyDict_Next(dict, &pos, &key, NULL)) {
        if (PySet_Add(set, key) < 0)
            return -1;
    }
    return 0;
}

// dir(obj), sorted: obj.__dir__() when the type has one, else the names of the instance
// dict and of the dicts along the type's MRO (a module: its dict).
static PyObject *
object_dir(PyObject *obj)
{
    PyObject *names = NULL;
    PyObject *dirfunc = vm_lookup_special(obj, "__dir__");
    if (dirfunc != NULL) {
        PyObject *r = PyObject_CallNoArgs(dirfunc);
        Py_DECREF(dirfunc);
        names = r != NULL ? PySequence_List(r) : NULL;
        Py_XDECREF(r);
    } else if (!PyErr_Occurred()) {
        PyObject *set = PySet_New(NULL);
        if (set == NULL)
            return NULL;
        int err = 0;
        if (PyModule_Check(obj)) {
            err = add_keys(set, PyModule_GetDict(obj));
        } else {
            PyObject **dictptr = rt_object_dict_ptr(obj);
            if (dictptr != NULL)
                err = add_keys(set, *dictptr);
            PyTypeObject *t = PyType_Check(obj) ? (PyTypeObject *)obj : Py_TYPE(obj);
            PyObject *mro = t->tp_mro;
            for (Py_ssize_t i = 0; !err && mro != NULL && i < PyTuple_GET_SIZE(mro); i++)
                err = add_keys(set, ((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_dict);
        }
        names = err < 0 ? NULL : PySequence_List(set);
        Py_DECREF(set);
    }
    if (names != NULL && PyList_Sort(names) < 0)
        Py_CLEAR(names);
    return names;
}

static PyObject *
suggest_attribute(PyAttributeErrorObject *e)
{
    if (e->name == NULL || e->obj == NULL || !PyUnicode_CheckExact(e->name))
        return NULL;
    return closest_in(object_dir(e->obj), e->name);
}

// The local variable names of a code object (co_varnames).
static PyObject *
varnames(PyCodeObject *co)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    const char *kinds = PyBytes_AS_STRING(co->co_localspluskinds);
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if ((kinds[i] & CO_FAST_LOCAL) &&
            PyList_Append(list, PyTuple_GET_ITEM(co->co_localsplusnames, i)) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static PyObject *
dict_keys(PyObject *mapping)
{
    return PyDict_Check(mapping) ? PyDict_Keys(mapping) : PySequence_List(mapping);
}

static PyObject *
suggest_name(PyNameErrorObject *e)
{
    PyObject *tb = e->traceback;
    if (e->name == NULL || !PyUnicode_CheckExact(e->name) || tb == NULL || !PyTraceBack_Check(tb))
        return NULL;
    PyTracebackObject *last = (PyTracebackObject *)tb;
    while (last->tb_next != NULL)
        last = last->tb_next;
    Frame *f = last->tb_frame->f_frame;
    PyObject *r = closest_in(varnames(f->code), e->name);
    if (r == NULL && !PyErr_Occurred())
        r = closest_in(dict_keys(f->globals), e->name);
    if (r == NULL && !PyErr_Occurred())
        r = closest_in(dict_keys(f->builtins), e->name);
    return r;
}

PyObject *
vm_suggest(PyObject *exc)
{
    PyObject *r = NULL;
    if (Py_IS_TYPE(exc, (PyTypeObject *)PyExc_AttributeError))
        r = suggest_attribute((PyAttributeErrorObject *)exc);
    else if (Py_IS_TYPE(exc, (PyTypeObject *)PyExc_NameError))
        r = suggest_name((PyNameErrorObject *)exc);
    PyErr_Clear();
    return r;
}
