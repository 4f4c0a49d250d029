// symtable_analyze.c: the second symbol-table pass. Walks the entries top-down with the sets
// of names bound and declared global in enclosing scopes, and bottom-up with the free names
// of nested scopes, to give every name its scope: local, global (explicit or implicit), free
// or cell, exactly as CPython 3.11's analyze_block does. The first pass is symtable_visit.c.
#include "frontend/symtable.h"

static int analyze_block(SymTable *st, SymEntry *ste, PyObject *bound, PyObject *free,
                         PyObject *global);

// The SyntaxError of a global/nonlocal declaration, placed at the declaration.
static int
error_at_directive(SymTable *st, SymEntry *ste, PyObject *name, const char *fmt)
{
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(ste->directives); i++) {
        PyObject *d = PyList_GET_ITEM(ste->directives, i);
        if (rt_str_equal(PyTuple_GET_ITEM(d, 0), name)) {
            Loc loc = {(int)PyLong_AsLong(PyTuple_GET_ITEM(d, 1)),
                       (int)PyLong_AsLong(PyTuple_GET_ITEM(d, 2)),
                       (int)PyLong_AsLong(PyTuple_GET_ITEM(d, 3)),
                       (int)PyLong_AsLong(PyTuple_GET_ITEM(d, 4))};
            fe_error_at(PyExc_SyntaxError, st->filename, st->source, st->source_len, loc, fmt,
                        name);
            return 0;
        }
    }
    PyErr_SetString(PyExc_RuntimeError, "BUG: internal directive bookkeeping broken");
    return 0;
}

static int
set_scope(PyObject *scopes, PyObject *name, long scope)
{
    PyObject *v = PyLong_FromLong(scope);
    if (v == NULL)
        return 0;
    int r = PyDict_SetItem(scopes, name, v);
    Py_DECREF(v);
    return r == 0;
}

// 1 if name is in the set s (s may be NULL), 0 if not, -1 on error.
static int
contains(PyObject *s, PyObject *name)
{
    return s == NULL ? 0 : PySet_Contains(s, name);
}

// Decide the scope of one name of ste from its flags and the enclosing scopes' sets.
static int
analyze_name(SymTable *st, SymEntry *ste, PyObject *scopes, PyObject *name, long flags,
             PyObject *bound, PyObject *local, PyObject *free, PyObject *global)
{
    if (flags & ST_DEF_GLOBAL) {
        if (flags & ST_DEF_NONLOCAL)
            return error_at_directive(st, ste, name, "name '%U' is nonlocal and global");
        if (!set_scope(scopes, name, ST_GLOBAL_EXPLICIT) || PySet_Add(global, name) < 0)
            return 0;
        return bound == NULL || PySet_Discard(bound, name) >= 0;
    }
    if (flags & ST_DEF_NONLOCAL) {
        if (bound == NULL)
            return error_at_directive(st, ste, name,
                                      "nonlocal declaration not allowed at module level");
        int in = PySet_Contains(bound, name);
        if (in < 0)
            return 0;
        if (!in)
            return error_at_directive(st, ste, name, "no binding for nonlocal '%U' found");
        ste->free = 1;
        return set_scope(scopes, name, ST_FREE) && PySet_Add(free, name) == 0;
    }
    if (flags & ST_DEF_BOUND) {
        if (!set_scope(scopes, name, ST_LOCAL) || PySet_Add(local, name) < 0)
            return 0;
        return PySet_Discard(global, name) >= 0;
    }
    // A binding in an enclosing function makes the name free rather than global.
    int in = contains(bound, name);
    if (in < 0)
        return 0;
    if (in) {
        ste->free = 1;
        return set_scope(scopes, name, ST_FREE) && PySet_Add(free, name) == 0;
    }
    in = contains(global, name);
    if (in < 0)
        return 0;
    if (!in && ste->nested)
        ste->free = 1;
    return set_scope(scopes, name, ST_GLOBAL_IMPLICIT);
}

// Locals of a function that nested scopes use freely become cells (and stop being free).
static int
analyze_cells(PyObject *scopes, PyObject *free)
{
    PyObject *name, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(scopes, &pos, &name, &v)) {
        if (PyLong_AsLong(v) != ST_LOCAL)
            continue;
        int in = PySet_Contains(free, name);
        if (in < 0)
            return 0;
        if (!in)
            continue;
        // Replacing a value does not resize the dict, so the iteration stays valid.
        if (!set_scope(scopes, name, ST_CELL) || PySet_Discard(free, name) < 0)
            return 0;
    }
    return 1;
}

// A class's methods using __class__ (or super) need the class to create a __class__ cell.
static int
drop_class_free(SymEntry *ste, PyObject *free)
{
    PyObject *name = PyUnicode_InternFromString("__class__");
    if (name == NULL)
        return 0;
    int r = PySet_Discard(free, name);
    Py_DECREF(name);
    if (r < 0)
        return 0;
    if (r)
        ste->needs_class_closure = 1;
    return 1;
}

static int
set_flags(PyObject *symbols, PyObject *name, long flags)
{
    PyObject *v = PyLong_FromLong(flags);
    if (v == NULL)
        return 0;
    int r = PyDict_SetItem(symbols, name, v);
    Py_DECREF(v);
    return r == 0;
}

// Store the scopes into the entry's flags and add the free names of nested scopes that pass
// through this one.
static int
update_symbols(PyObject *symbols, PyObject *scopes, PyObject *bound, PyObject *free, int classflag)
{
    PyObject *name, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(symbols, &pos, &name, &v)) {
        long scope = PyLong_AsLong(PyDict_GetItem(scopes, name));
        if (!set_flags(symbols, name, PyLong_AsLong(v) | (scope << ST_SCOPE_OFFSET)))
            return 0;
    }
    PyObject *items = PySequence_List(free);
    if (items == NULL)
        return 0;
    int ok = 1;
    for (Py_ssize_t i = 0; ok && i < PyList_GET_SIZE(items); i++) {
        name = PyList_GET_ITEM(items, i);
        v = PyDict_GetItemWithError(symbols, name);
        if (v != NULL) {
            // A method's free variable named like a local or global of the class.
            long flags = PyLong_AsLong(v);
            if (classflag && (flags & (ST_DEF_BOUND | ST_DEF_GLOBAL)))
                ok = set_flags(symbols, name, flags | ST_DEF_FREE_CLASS);
            continue;
        }
        if (PyErr_Occurred()) {
            ok = 0;
            break;
        }
        int in = contains(bound, name);
        if (in < 0) {
            ok = 0;
            break;
        }
        if (bound != NULL && !in)
            continue; // a global
        ok = set_flags(symbols, name, (long)ST_FREE << ST_SCOPE_OFFSET);
    }
    Py_DECREF(items);
    return ok;
}

// Analyze a nested scope with copies of the sets, so its bindings do not leak upwards; its
// free names are added to child_free.
static int
analyze_child_block(SymTable *st, SymEntry *entry, PyObject *bound, PyObject *free,
                    PyObject *global, PyObject *child_free)
{
    PyObject *temp_bound = PySet_New(bound);
    PyObject *temp_free = PySet_New(free);
    PyObject *temp_global = PySet_New(global);
    int ok = temp_bound != NULL && temp_free != NULL && temp_global != NULL &&
             analyze_block(st, entry, temp_bound, temp_free, temp_global) &&
             rt_set_update(child_free, temp_free) == 0;
    Py_XDECREF(temp_bound);
    Py_XDECREF(temp_free);
    Py_XDECREF(temp_global);
    return ok;
}

// The sets of names visible in nested scopes: class bindings are not, function locals are.
static int
child_sets(SymEntry *ste, PyObject *bound, PyObject *local, PyObject *global, PyObject *newbound,
           PyObject *newglobal)
{
    if (ste->type == ST_FUNCTION_BLOCK && rt_set_update(newbound, local) < 0)
        return 0;
    if (bound != NULL && rt_set_update(newbound, bound) < 0)
        return 0;
    if (rt_set_update(newglobal, global) < 0)
        return 0;
    if (ste->type == ST_CLASS_BLOCK) {
        PyObject *cls = PyUnicode_InternFromString("__class__");
        if (cls == NULL)
            return 0;
        int r = PySet_Add(newbound, cls);
        Py_DECREF(cls);
        return r == 0;
    }
    return 1;
}

static int
analyze_block(SymTable *st, SymEntry *ste, PyObject *bound, PyObject *free, PyObject *global)
{
    PyObject *local = PySet_New(NULL), *scopes = PyDict_New();
    PyObject *newglobal = PySet_New(NULL), *newfree = PySet_New(NULL);
    PyObject *newbound = PySet_New(NULL), *allfree = PySet_New(NULL);
    int ok = local && scopes && newglobal && newfree && newbound && allfree;
    // A class's own bindings are invisible to its methods: capture the sets before them.
    PyObject *class_global = NULL, *class_bound = NULL;
    if (ok && ste->type == ST_CLASS_BLOCK) {
        class_global = PySet_New(global);
        class_bound = bound != NULL ? PySet_New(bound) : NULL;
        ok = class_global != NULL && (bound == NULL || class_bound != NULL);
    }
    PyObject *name, *v;
    Py_ssize_t pos = 0;
    while (ok && PyDict_Next(ste->symbols, &pos, &name, &v))
        ok = analyze_name(st, ste, scopes, name, PyLong_AsLong(v), bound, local, free, global);
    if (ok) {
        if (ste->type == ST_CLASS_BLOCK)
            ok = child_sets(ste, class_bound, local, class_global, newbound, newglobal);
        else
            ok = child_sets(ste, bound, local, global, newbound, newglobal);
    }
    for (Py_ssize_t i = 0; ok && i < ste->nchildren; i++) {
        SymEntry *c = ste->children[i];
        ok = analyze_child_block(st, c, newbound, newfree, newglobal, allfree);
        if (c->free || c->child_free)
            ste->child_free = 1;
    }
    ok = ok && rt_set_update(newfree, allfree) == 0;
    if (ok && ste->type == ST_FUNCTION_BLOCK)
        ok = analyze_cells(scopes, newfree);
    else if (ok && ste->type == ST_CLASS_BLOCK)
        ok = drop_class_free(ste, newfree);
    ok = ok && update_symbols(ste->symbols, scopes, bound, newfree, ste->type == ST_CLASS_BLOCK);
    ok = ok && rt_set_update(free, newfree) == 0;
    Py_XDECREF(local);
    Py_XDECREF(scopes);
    Py_XDECREF(newglobal);
    Py_XDECREF(newfree);
    Py_XDECREF(newbound);
    Py_XDECREF(allfree);
    Py_XDECREF(class_global);
    Py_XDECREF(class_bound);
    return ok;
}

int
fe_symtable_analyze(SymTable *st)
{
    PyObject *free = PySet_New(NULL), *global = PySet_New(NULL);
    int ok = free != NULL && global != NULL && analyze_block(st, st->top, NULL, free, global);
    Py_XDECREF(free);
    Py_XDECREF(global);
    return ok;
}
