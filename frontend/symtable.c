// symtable.c: symbol table entries, name definitions, mangling, SyntaxError helper and the
// driver of the two passes: the AST walk (symtable_visit.c) and the scope analysis
// (symtable_analyze.c). The compiler reads the result; statement-structure errors are its own.
#include <stdarg.h>
#include <string.h>
#include "frontend/symtable.h"

#define NAMED_EXPR_COMP_INNER_LOOP_CONFLICT                                                        \
    "comprehension inner loop cannot rebind assignment expression target '%U'"
#define DUPLICATE_ARGUMENT "duplicate argument '%U' in function definition"

// CPython scales the recursion limit for compiler passes, whose frames are smaller.
#define COMPILER_STACK_FRAME_SCALE 3

// ---- errors ------------------------------------------------------------------------------

// The text of line `line` (1-based) of source, with a "\n" if the line has an end (CPython
// reads it back from the file in text mode), as a PyMem copy in *out; NULL if none.
static char *
source_line(const char *source, Py_ssize_t len, int line, Py_ssize_t *out_len)
{
    if (source == NULL || line < 1)
        return NULL;
    const char *p = source, *end = source + len;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL)
            return NULL;
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    int has_end = e != NULL;
    if (e == NULL)
        e = end;
    if (e > p && e[-1] == '\r')
        e--;
    char *copy = PyMem_Malloc((size_t)(e - p) + 2);
    if (copy == NULL)
        return NULL;
    memcpy(copy, p, (size_t)(e - p));
    *out_len = (e - p) + has_end;
    copy[e - p] = '\n';
    return copy;
}

// Raise type(msg, (filename, line, offset, text, end_line, end_offset)), msg stolen; a
// negative end_offset is None (as CPython's PyErr_SyntaxLocationObject leaves it).
static void
raise_syntax_error(PyObject *type, PyObject *filename, const char *source, Py_ssize_t source_len,
                   int line, int offset, int end_line, int end_offset, PyObject *msg)
{
    Py_ssize_t text_len = 0;
    char *raw = source_line(source, source_len, line, &text_len);
    PyObject *text = raw ? PyUnicode_DecodeUTF8(raw, text_len, "replace") : Py_NewRef(Py_None);
    PyMem_Free(raw);
    PyObject *items[6] = {Py_NewRef(filename),
                          PyLong_FromLong(line),
                          PyLong_FromLong(offset),
                          text,
                          PyLong_FromLong(end_line),
                          end_offset < 0 ? Py_NewRef(Py_None) : PyLong_FromLong(end_offset)};
    int complete = msg != NULL;
    for (int i = 0; i < 6; i++)
        complete &= items[i] != NULL;
    PyObject *info = complete ? rt_tuple_from_array(items, 6) : NULL;
    PyObject *args = info ? PyTuple_Pack(2, msg, info) : NULL;
    if (args != NULL)
        PyErr_SetObject(type, args);
    for (int i = 0; i < 6; i++)
        Py_XDECREF(items[i]);
    Py_XDECREF(info);
    Py_XDECREF(args);
    Py_XDECREF(msg);
}

void
fe_error_at(PyObject *type, PyObject *filename, const char *source, Py_ssize_t source_len, Loc loc,
            const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    // Compiler errors report byte offsets + 1, unlike the parser's character offsets.
    raise_syntax_error(type, filename, source, source_len, loc.lineno, loc.col_offset + 1,
                       loc.end_lineno, loc.end_col_offset + 1, msg);
}

void
fe_error_at_offsets(PyObject *type, PyObject *filename, const char *source, Py_ssize_t source_len,
                    int line, int offset, int end_line, int end_offset, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    raise_syntax_error(type, filename, source, source_len, line, offset, end_line, end_offset, msg);
}

#define ST_ERROR(st, loc, ...)                                                                     \
    fe_error_at(PyExc_SyntaxError, (st)->filename, (st)->source, (st)->source_len, (loc),          \
                __VA_ARGS__)

// ---- mangling ----------------------------------------------------------------------------

PyObject *
fe_mangle(PyObject *privateobj, PyObject *ident)
{
    Py_ssize_t nlen = PyUnicode_GET_LENGTH(ident);
    if (privateobj == NULL || !PyUnicode_Check(privateobj) || nlen < 2 ||
        PyUnicode_READ_CHAR(ident, 0) != '_' || PyUnicode_READ_CHAR(ident, 1) != '_')
        return Py_NewRef(ident);
    // Dunder names and dotted (package) names are left alone.
    if ((PyUnicode_READ_CHAR(ident, nlen - 1) == '_' &&
         PyUnicode_READ_CHAR(ident, nlen - 2) == '_'))
        return Py_NewRef(ident);
    for (Py_ssize_t i = 0; i < nlen; i++)
        if (PyUnicode_READ_CHAR(ident, i) == '.')
            return Py_NewRef(ident);
    Py_ssize_t plen = PyUnicode_GET_LENGTH(privateobj), ipriv = 0;
    while (ipriv < plen && PyUnicode_READ_CHAR(privateobj, ipriv) == '_')
        ipriv++;
    if (ipriv == plen)
        return Py_NewRef(ident);
    PyObject *tail = PyUnicode_Substring(privateobj, ipriv, plen);
    if (tail == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("_%U%U", tail, ident);
    Py_DECREF(tail);
    if (r != NULL)
        PyUnicode_InternInPlace(&r);
    return r;
}

// ---- entries -----------------------------------------------------------------------------

static void
entry_free(SymEntry *e)
{
    if (e == NULL)
        return;
    for (Py_ssize_t i = 0; i < e->nchildren; i++)
        entry_free(e->children[i]);
    PyMem_Free(e->children);
    Py_XDECREF(e->name);
    Py_XDECREF(e->symbols);
    Py_XDECREF(e->varnames);
    Py_XDECREF(e->directives);
    PyMem_Free(e);
}

static SymEntry *
entry_new(SymTable *st, PyObject *name, StBlockType type, const void *key, Loc loc)
{
    SymEntry *e = PyMem_Calloc(1, sizeof(SymEntry));
    if (e == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    e->name = Py_NewRef(name);
    e->key = key;
    e->type = type;
    e->loc = loc;
    e->symbols = PyDict_New();
    e->varnames = PyList_New(0);
    e->directives = PyList_New(0);
    if (e->symbols == NULL || e->varnames == NULL || e->directives == NULL) {
        entry_free(e);
        return NULL;
    }
    if (st->cur != NULL && (st->cur->nested || st->cur->type == ST_FUNCTION_BLOCK))
        e->nested = 1;
    return e;
}

static int
add_child(SymEntry *parent, SymEntry *child)
{
    if (parent->nchildren == parent->children_cap) {
        Py_ssize_t cap = parent->children_cap ? parent->children_cap * 2 : 4;
        SymEntry **p = PyMem_Realloc(parent->children, (size_t)cap * sizeof(SymEntry *));
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        parent->children = p;
        parent->children_cap = cap;
    }
    parent->children[parent->nchildren++] = child;
    return 0;
}

SymEntry *
fe_symtable_child(SymEntry *parent, const void *key)
{
    for (Py_ssize_t i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->key == key)
            return parent->children[i];
    return NULL;
}

long
fe_symtable_flags(SymEntry *ste, PyObject *name)
{
    PyObject *v = PyDict_GetItem(ste->symbols, name);
    return v != NULL ? PyLong_AsLong(v) : 0;
}

int
fe_symtable_scope(SymEntry *ste, PyObject *name)
{
    return (int)((fe_symtable_flags(ste, name) >> ST_SCOPE_OFFSET) & ST_SCOPE_MASK);
}

// ---- building: blocks and definitions -----------------------------------------------------

int
fe_symtable_enter_block(SymTable *st, PyObject *name, StBlockType type, const void *key, Loc loc)
{
    SymEntry *e = entry_new(st, name, type, key, loc);
    if (e == NULL)
        return 0;
    SymEntry *prev = st->cur;
    // Annotation blocks only exist to reject yield/await/walrus under future annotations:
    // they are nobody's child and die when left.
    if (prev != NULL && type != ST_ANNOTATION_BLOCK && add_child(prev, e) < 0) {
        entry_free(e);
        return 0;
    }
    if (st->depth == st->stack_cap) {
        Py_ssize_t cap = st->stack_cap ? st->stack_cap * 2 : 16;
        SymEntry **p = PyMem_Realloc(st->stack, (size_t)cap * sizeof(SymEntry *));
        if (p == NULL) {
            PyErr_NoMemory();
            return 0;
        }
        st->stack = p;
        st->stack_cap = cap;
    }
    st->stack[st->depth++] = e;
    // bpo-37757: no assignment expression anywhere in a comprehension's outermost iterable.
    if (prev != NULL)
        e->comp_iter_expr = prev->comp_iter_expr;
    st->cur = e;
    if (type == ST_MODULE_BLOCK) {
        st->top = e;
        st->global = e->symbols;
    }
    return 1;
}

int
fe_symtable_exit_block(SymTable *st)
{
    if (st->cur->type == ST_ANNOTATION_BLOCK)
        entry_free(st->cur);
    st->depth--;
    st->cur = st->depth > 0 ? st->stack[st->depth - 1] : NULL;
    return 1;
}

int
fe_symtable_add_def(SymTable *st, PyObject *name, int flag, SymEntry *ste, Loc loc)
{
    PyObject *mangled = fe_mangle(st->private, name);
    if (mangled == NULL)
        return 0;
    long val = flag;
    PyObject *o = PyDict_GetItemWithError(ste->symbols, mangled);
    if (o != NULL) {
        val = PyLong_AsLong(o);
        if ((flag & ST_DEF_PARAM) && (val & ST_DEF_PARAM)) {
            ST_ERROR(st, loc, DUPLICATE_ARGUMENT, name);
            goto error;
        }
        val |= flag;
    } else if (PyErr_Occurred()) {
        goto error;
    }
    if (ste->comp_iter_target) {
        // An iteration variable: a later assignment expression must not rebind it.
        if (val & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL)) {
            ST_ERROR(st, loc, NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name);
            goto error;
        }
        val |= ST_DEF_COMP_ITER;
    }
    o = PyLong_FromLong(val);
    if (o == NULL || PyDict_SetItem(ste->symbols, mangled, o) < 0) {
        Py_XDECREF(o);
        goto error;
    }
    Py_DECREF(o);
    if (flag & ST_DEF_PARAM) {
        if (PyList_Append(ste->varnames, mangled) < 0)
            goto error;
    } else if (flag & ST_DEF_GLOBAL) {
        val = flag;
        if ((o = PyDict_GetItemWithError(st->global, mangled)) != NULL)
            val |= PyLong_AsLong(o);
        else if (PyErr_Occurred())
            goto error;
        o = PyLong_FromLong(val);
        if (o == NULL || PyDict_SetItem(st->global, mangled, o) < 0) {
            Py_XDECREF(o);
            goto error;
        }
        Py_DECREF(o);
    }
    Py_DECREF(mangled);
    return 1;
error:
    Py_DECREF(mangled);
    return 0;
}

long
fe_symtable_lookup(SymTable *st, PyObject *name)
{
    PyObject *mangled = fe_mangle(st->private, name);
    if (mangled == NULL)
        return -1;
    long flags = fe_symtable_flags(st->cur, mangled);
    Py_DECREF(mangled);
    return flags;
}

int
fe_symtable_record_directive(SymTable *st, PyObject *name, Loc loc)
{
    PyObject *mangled = fe_mangle(st->private, name);
    if (mangled == NULL)
        return 0;
    PyObject *data = PyTuple_New(5);
    if (data == NULL) {
        Py_DECREF(mangled);
        return 0;
    }
    PyTuple_SET_ITEM(data, 0, mangled);
    PyTuple_SET_ITEM(data, 1, PyLong_FromLong(loc.lineno));
    PyTuple_SET_ITEM(data, 2, PyLong_FromLong(loc.col_offset));
    PyTuple_SET_ITEM(data, 3, PyLong_FromLong(loc.end_lineno));
    PyTuple_SET_ITEM(data, 4, PyLong_FromLong(loc.end_col_offset));
    int r = PyList_Append(st->cur->directives, data);
    Py_DECREF(data);
    return r == 0;
}

SymTable *
fe_symtable_build(Mod *mod, PyObject *filename, int future_annotations, const char *source,
                  Py_ssize_t source_len)
{
    SymTable *st = PyMem_Calloc(1, sizeof(SymTable));
    if (st == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    st->filename = Py_NewRef(filename);
    st->source = source;
    st->source_len = source_len;
    st->future_annotations = future_annotations;
    int limit = rt_tstate()->recursion_limit, depth = rt_tstate()->recursion_depth;
    st->recursion_limit = limit * COMPILER_STACK_FRAME_SCALE;
    st->recursion_depth = depth * COMPILER_STACK_FRAME_SCALE;
    PyObject *top = PyUnicode_InternFromString("top");
    if (top == NULL)
        goto error;
    int ok = fe_symtable_enter_block(st, top, ST_MODULE_BLOCK, mod, (Loc){0, 0, 0, 0});
    Py_DECREF(top);
    if (!ok)
        goto error;
    if (!fe_symtable_visit_mod(st, mod))
        goto error;
    fe_symtable_exit_block(st);
    if (!fe_symtable_analyze(st))
        goto error;
    return st;
error:
    fe_symtable_free(st);
    return NULL;
}

void
fe_symtable_free(SymTable *st)
{
    if (st == NULL)
        return;
    for (Py_ssize_t i = 0; i < st->depth; i++)
        if (st->stack[i]->type == ST_ANNOTATION_BLOCK)
            entry_free(st->stack[i]);
    entry_free(st->top);
    PyMem_Free(st->stack);
    Py_XDECREF(st->filename);
    PyMem_Free(st);
}
