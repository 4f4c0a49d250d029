// compile.c: the compiler's driver and core: future statements, compilation units and
// scopes, the instruction/block graph being built, constant and name tables, variable access
// by scope, SyntaxErrors, bodies and modules. Definitions are compiled in compile_def.c,
// statements in compile_stmt.c and compile_exc.c, expressions in compile_expr.c and
// compile_call.c, match in compile_match.c; flowgraph.c and assemble.c finish the code.
#include <stdarg.h>
#include <string.h>
#include "frontend/compile_internal.h"
#include "frontend/parse.h"

#define DEFAULT_BLOCK_SIZE 16

PyObject *
fe_compile_id(const char *s)
{
    PyObject *o = PyUnicode_InternFromString(s);
    if (o != NULL)
        Py_DECREF(o); // interned strings live as long as the interning table
    return o;
}

// ---- errors --------------------------------------------------------------------------------

static int
error_v(Compiler *c, RtCodeLocation l, const char *fmt, va_list va)
{
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    if (msg == NULL)
        return -1;
    Loc loc = {l.line, l.col, l.end_line, l.end_col};
    fe_error_at(PyExc_SyntaxError, c->filename, c->source, c->source_len, loc, "%U", msg);
    Py_DECREF(msg);
    return -1;
}

int
fe_compile_error(Compiler *c, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    int r = error_v(c, c->u->loc, fmt, va);
    va_end(va);
    return r;
}

int
fe_compile_error_at(Compiler *c, Loc loc, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    int r = error_v(c, loc_of(loc), fmt, va);
    va_end(va);
    return r;
}

int
fe_compile_forbidden_name(Compiler *c, PyObject *name, ExprContext ctx)
{
    if (ctx == CTX_STORE && rt_str_equal_ascii(name, "__debug__")) {
        fe_compile_error(c, "cannot assign to __debug__");
        return 1;
    }
    if (ctx == CTX_DEL && rt_str_equal_ascii(name, "__debug__")) {
        fe_compile_error(c, "cannot delete __debug__");
        return 1;
    }
    return 0;
}

// ---- blocks and instructions -------------------------------------------------------------

BasicBlock *
fe_compile_new_block(Compiler *c)
{
    BasicBlock *b = PyMem_Calloc(1, sizeof(BasicBlock));
    if (b == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    b->list = c->u->blocks;
    c->u->blocks = b;
    return b;
}

void
fe_compile_use_next_block(Compiler *c, BasicBlock *block)
{
    c->u->curblock->next = block;
    c->u->curblock = block;
    c->u->need_new_implicit_block = 0;
}

int
fe_compile_next_instr(BasicBlock *b)
{
    if (b->used == b->alloc) {
        int alloc = b->alloc ? b->alloc * 2 : DEFAULT_BLOCK_SIZE;
        Instr *p = PyMem_Realloc(b->instrs, (size_t)alloc * sizeof(Instr));
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memset(p + b->alloc, 0, (size_t)(alloc - b->alloc) * sizeof(Instr));
        b->instrs = p;
        b->alloc = alloc;
    }
    return b->used++;
}

static int
ends_block(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE ||
           is_pseudo_jump(op) || (op < 256 && vm_opcode_is_jump(op));
}

int
fe_compile_addop_loc(Compiler *c, int op, int arg, BasicBlock *target, RtCodeLocation loc)
{
    // An instruction after a jump or return starts a new (maybe unreachable) block.
    if (c->u->need_new_implicit_block) {
        BasicBlock *b = fe_compile_new_block(c);
        if (b == NULL)
            return -1;
        fe_compile_use_next_block(c, b);
    }
    BasicBlock *b = c->u->curblock;
    int off = fe_compile_next_instr(b);
    if (off < 0)
        return -1;
    Instr *i = &b->instrs[off];
    i->op = op;
    i->arg = arg;
    i->target = target;
    i->loc = loc;
    if (op == OP_RETURN_VALUE)
        b->ret = 1;
    if (ends_block(op))
        c->u->need_new_implicit_block = 1;
    return 0;
}

// ---- constants and names -----------------------------------------------------------------

Py_ssize_t
fe_compile_add_o(PyObject *dict, PyObject *o)
{
    PyObject *v = PyDict_GetItemWithError(dict, o);
    if (v != NULL)
        return PyLong_AsSsize_t(v);
    if (PyErr_Occurred())
        return -1;
    Py_ssize_t arg = PyDict_GET_SIZE(dict);
    v = PyLong_FromSsize_t(arg);
    if (v == NULL || PyDict_SetItem(dict, o, v) < 0) {
        Py_XDECREF(v);
        return -1;
    }
    Py_DECREF(v);
    return arg;
}

static PyObject *merge_consts(Compiler *c, PyObject *o);

// A frozenset constant is rebuilt from its merged items (in its iteration order), as CPython
// does: re-inserting may reorder colliding items, which shows in its repr and iteration.
// key is (items key, o), already in the cache; its second item is replaced. Returns key.
static PyObject *
merge_frozenset(Compiler *c, PyObject *o, PyObject *key)
{
    PyObject *items = PyTuple_New(PySet_GET_SIZE(o)), *item;
    if (items == NULL)
        goto error;
    Py_ssize_t pos = 0, i = 0;
    while (rt_set_next(o, &pos, &item, NULL)) {
        PyObject *k = merge_consts(c, item);
        if (k == NULL)
            goto error;
        PyTuple_SET_ITEM(items, i++, Py_NewRef(PyTuple_CheckExact(k) ? PyTuple_GET_ITEM(k, 1) : k));
        Py_DECREF(k);
    }
    PyObject *rebuilt = PyFrozenSet_New(items);
    Py_DECREF(items);
    if (rebuilt == NULL) {
        Py_DECREF(key);
        return NULL;
    }
    // The hash and equality of the key do not change: frozensets ignore order.
    PyObject *old = PyTuple_GET_ITEM(key, 1);
    PyTuple_SET_ITEM(key, 1, rebuilt);
    Py_DECREF(old);
    return key;
error:
    Py_XDECREF(items);
    Py_DECREF(key);
    return NULL;
}

// The canonical key of constant o: equal constants (by CPython's rules) share one object
// across the whole compilation, and so do the items of tuples. New reference or NULL.
static PyObject *
merge_consts(Compiler *c, PyObject *o)
{
    if (o == Py_None || o == Py_Ellipsis)
        return Py_NewRef(o);
    PyObject *key = rt_code_constant_key(o);
    if (key == NULL)
        return NULL;
    PyObject *t = PyDict_SetDefault(c->const_cache, key, key);
    if (t == NULL) {
        Py_DECREF(key);
        return NULL;
    }
    if (t != key) {
        Py_INCREF(t);
        Py_DECREF(key);
        return t;
    }
    if (PyFrozenSet_CheckExact(o) && PySet_GET_SIZE(o) > 0)
        return merge_frozenset(c, o, key);
    if (PyTuple_CheckExact(o)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(o); i++) {
            PyObject *item = PyTuple_GET_ITEM(o, i);
            PyObject *u = merge_consts(c, item);
            if (u == NULL) {
                Py_DECREF(key);
                return NULL;
            }
            PyObject *v = PyTuple_CheckExact(u) ? PyTuple_GET_ITEM(u, 1) : u;
            if (v != item) {
                PyTuple_SET_ITEM(o, i, Py_NewRef(v));
                Py_DECREF(item);
            }
            Py_DECREF(u);
        }
    }
    return key;
}

int
fe_compile_merge_const_one(Compiler *c, PyObject **obj)
{
    PyObject *key = rt_code_constant_key(*obj);
    if (key == NULL)
        return -1;
    PyObject *t = PyDict_SetDefault(c->const_cache, key, key);
    Py_DECREF(key); // the cache keeps it alive if it was new
    if (t == NULL)
        return -1;
    if (t == key)
        return 0;
    if (PyTuple_CheckExact(t))
        t = PyTuple_GET_ITEM(t, 1);
    Py_SETREF(*obj, Py_NewRef(t));
    return 0;
}

Py_ssize_t
fe_compile_add_const(Compiler *c, PyObject *o)
{
    PyObject *key = merge_consts(c, o);
    if (key == NULL)
        return -1;
    Py_ssize_t arg = fe_compile_add_o(c->u->consts, key);
    Py_DECREF(key);
    return arg;
}

int
fe_compile_addop_name(Compiler *c, int op, PyObject *name)
{
    PyObject *mangled = fe_mangle(c->u->private, name);
    if (mangled == NULL)
        return -1;
    Py_ssize_t arg = fe_compile_add_o(c->u->names, mangled);
    Py_DECREF(mangled);
    return arg < 0 ? -1 : emit_i(c, op, arg);
}

// ---- variables ----------------------------------------------------------------------------

int
fe_compile_nameop(Compiler *c, PyObject *name, ExprContext ctx)
{
    enum { OPT_FAST, OPT_GLOBAL, OPT_DEREF, OPT_NAME } optype = OPT_NAME;
    if (fe_compile_forbidden_name(c, name, ctx))
        return -1;
    PyObject *mangled = fe_mangle(c->u->private, name);
    if (mangled == NULL)
        return -1;
    PyObject *dict = c->u->names;
    int is_function = c->u->ste->type == ST_FUNCTION_BLOCK;
    switch (fe_symtable_scope(c->u->ste, mangled)) {
    case ST_FREE:
        dict = c->u->freevars;
        optype = OPT_DEREF;
        break;
    case ST_CELL:
        dict = c->u->cellvars;
        optype = OPT_DEREF;
        break;
    case ST_LOCAL:
        if (is_function)
            optype = OPT_FAST;
        break;
    case ST_GLOBAL_IMPLICIT:
        if (is_function)
            optype = OPT_GLOBAL;
        break;
    case ST_GLOBAL_EXPLICIT:
        optype = OPT_GLOBAL;
        break;
    default: // unknown to the symbol table: __doc__, __module__ ...
        break;
    }
    static const int ops[4][3] = {
        [OPT_FAST] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        [OPT_GLOBAL] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        [OPT_DEREF] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        [OPT_NAME] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
    };
    int op = ops[optype][ctx];
    if (op == OP_LOAD_DEREF && c->u->ste->type == ST_CLASS_BLOCK)
        op = OP_LOAD_CLASSDEREF;
    if (optype == OPT_FAST)
        dict = c->u->varnames;
    Py_ssize_t arg = fe_compile_add_o(dict, mangled);
    Py_DECREF(mangled);
    if (arg < 0)
        return -1;
    if (op == OP_LOAD_GLOBAL)
        arg <<= 1;
    return emit_i(c, op, arg);
}

// ---- frame blocks ----------------------------------------------------------------------

int
fe_compile_push_fblock(Compiler *c, FBlockType t, BasicBlock *b, BasicBlock *exit,
                       const void *datum)
{
    if (c->u->nfblocks >= CO_MAXBLOCKS)
        return fe_compile_error(c, "too many statically nested blocks");
    FBlock *f = &c->u->fblock[c->u->nfblocks++];
    f->type = t;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

void
fe_compile_pop_fblock(Compiler *c, FBlockType t, BasicBlock *b)
{
    (void)t;
    (void)b;
    c->u->nfblocks--;
}

// ---- units ------------------------------------------------------------------------------

static void
unit_free(Unit *u)
{
    for (BasicBlock *b = u->blocks, *next; b != NULL; b = next) {
        next = b->list;
        PyMem_Free(b->instrs);
        PyMem_Free(b);
    }
    Py_XDECREF(u->name);
    Py_XDECREF(u->qualname);
    Py_XDECREF(u->consts);
    Py_XDECREF(u->names);
    Py_XDECREF(u->varnames);
    Py_XDECREF(u->cellvars);
    Py_XDECREF(u->freevars);
    Py_XDECREF(u->private);
    PyMem_Free(u);
}

// name -> index for the names of src (sorted, for deterministic bytecode) whose scope is
// scope_type or whose flags have flag, numbered from offset.
static PyObject *
dict_by_type(PyObject *src, int scope_type, long flag, Py_ssize_t offset)
{
    PyObject *dest = PyDict_New(), *keys = PyDict_Keys(src);
    if (dest == NULL || keys == NULL || PyList_Sort(keys) < 0)
        goto error;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keys); i++) {
        PyObject *k = PyList_GET_ITEM(keys, i);
        long vi = PyLong_AsLong(PyDict_GetItem(src, k));
        if (((vi >> ST_SCOPE_OFFSET) & ST_SCOPE_MASK) == scope_type || (vi & flag)) {
            PyObject *idx = PyLong_FromSsize_t(offset++);
            if (idx == NULL || PyDict_SetItem(dest, k, idx) < 0) {
                Py_XDECREF(idx);
                goto error;
            }
            Py_DECREF(idx);
        }
    }
    Py_DECREF(keys);
    return dest;
error:
    Py_XDECREF(dest);
    Py_XDECREF(keys);
    return NULL;
}

static PyObject *
list_to_index_dict(PyObject *list)
{
    PyObject *d = PyDict_New();
    for (Py_ssize_t i = 0; d != NULL && i < PyList_GET_SIZE(list); i++)
        if (fe_compile_add_o(d, PyList_GET_ITEM(list, i)) < 0)
            Py_CLEAR(d);
    return d;
}

// f.<locals>.g, C.m, and a plain name for module level or `global` functions.
static int
set_qualname(Compiler *c)
{
    Unit *u = c->u, *parent = u->parent;
    PyObject *base = NULL;
    if (parent != NULL && parent->parent != NULL) {
        int force_global = 0;
        if (u->scope == SCOPE_FUNCTION || u->scope == SCOPE_ASYNC_FUNCTION ||
            u->scope == SCOPE_CLASS) {
            PyObject *mangled = fe_mangle(parent->private, u->name);
            if (mangled == NULL)
                return -1;
            force_global = fe_symtable_scope(parent->ste, mangled) == ST_GLOBAL_EXPLICIT;
            Py_DECREF(mangled);
        }
        if (!force_global) {
            if (parent->scope == SCOPE_FUNCTION || parent->scope == SCOPE_ASYNC_FUNCTION ||
                parent->scope == SCOPE_LAMBDA)
                base = PyUnicode_FromFormat("%U.<locals>", parent->qualname);
            else
                base = Py_NewRef(parent->qualname);
            if (base == NULL)
                return -1;
        }
    }
    if (base != NULL) {
        u->qualname = PyUnicode_FromFormat("%U.%U", base, u->name);
        Py_DECREF(base);
        return u->qualname == NULL ? -1 : 0;
    }
    u->qualname = Py_NewRef(u->name);
    return 0;
}

static int
init_unit_tables(Compiler *c, Unit *u)
{
    u->varnames = list_to_index_dict(u->ste->varnames);
    u->cellvars = u->varnames ? dict_by_type(u->ste->symbols, ST_CELL, 0, 0) : NULL;
    if (u->cellvars == NULL)
        return -1;
    if (u->ste->needs_class_closure) {
        // The implicit __class__ cell of a class whose methods use super or __class__.
        PyObject *zero = PyLong_FromLong(0);
        int r = zero ? PyDict_SetItem(u->cellvars, fe_compile_id("__class__"), zero) : -1;
        Py_XDECREF(zero);
        if (r < 0)
            return -1;
    }
    u->freevars =
        dict_by_type(u->ste->symbols, ST_FREE, ST_DEF_FREE_CLASS, PyDict_GET_SIZE(u->cellvars));
    u->consts = PyDict_New();
    u->names = PyDict_New();
    return u->freevars && u->consts && u->names ? 0 : -1;
}

int
fe_compile_enter_scope(Compiler *c, PyObject *name, UnitScope scope, const void *key, int lineno)
{
    Unit *u = PyMem_Calloc(1, sizeof(Unit));
    if (u == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    u->scope = scope;
    u->ste = c->u == NULL ? c->st->top : fe_symtable_child(c->u->ste, key);
    u->name = Py_NewRef(name);
    if (u->ste == NULL) {
        PyErr_SetString(PyExc_SystemError, "compiler: no symbol table entry for a scope");
        unit_free(u);
        return -1;
    }
    if (init_unit_tables(c, u) < 0) {
        unit_free(u);
        return -1;
    }
    u->firstlineno = lineno;
    u->loc = (RtCodeLocation){lineno, lineno, 0, 0};
    if (c->u != NULL) {
        u->parent = c->u;
        u->private = Py_XNewRef(c->u->private);
    }
    c->u = u;
    c->nestlevel++;
    BasicBlock *b = fe_compile_new_block(c);
    if (b == NULL)
        return -1;
    u->curblock = b;
    if (scope == SCOPE_MODULE)
        u->loc.line = 0; // CPython puts a module's RESUME on line 0
    else if (set_qualname(c) < 0)
        return -1;
    if (emit_i(c, OP_RESUME, 0) < 0)
        return -1;
    if (scope == SCOPE_MODULE)
        u->loc.line = -1;
    return 0;
}

void
fe_compile_exit_scope(Compiler *c)
{
    Unit *u = c->u;
    c->nestlevel--;
    c->u = u->parent;
    unit_free(u);
}

// The docstring of body (its first statement as a string constant), or NULL.
PyObject *
fe_compile_docstring(AstSeq *body)
{
    if (AST_SEQ_LEN(body) == 0)
        return NULL;
    Stmt *s = AST_SEQ_GET(body, 0);
    if (s->kind != STMT_Expr || s->v.expr.value->kind != EXPR_Constant)
        return NULL;
    PyObject *v = s->v.expr.value->v.constant.value;
    return PyUnicode_CheckExact(v) ? v : NULL;
}

// ---- bodies and modules ----------------------------------------------------------------

// 1 if a statement list contains a simple-target annotated assignment, at any depth except
// in nested functions and classes (which get their own __annotations__).
static int
find_ann(AstSeq *stmts)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(stmts); i++) {
        Stmt *s = AST_SEQ_GET(stmts, i);
        switch (s->kind) {
        case STMT_AnnAssign:
            return 1;
        case STMT_For:
        case STMT_AsyncFor:
            if (find_ann(s->v.for_.body) || find_ann(s->v.for_.orelse))
                return 1;
            break;
        case STMT_While:
            if (find_ann(s->v.while_.body) || find_ann(s->v.while_.orelse))
                return 1;
            break;
        case STMT_If:
            if (find_ann(s->v.if_.body) || find_ann(s->v.if_.orelse))
                return 1;
            break;
        case STMT_With:
        case STMT_AsyncWith:
            if (find_ann(s->v.with.body))
                return 1;
            break;
        case STMT_Try:
        case STMT_TryStar:
            for (Py_ssize_t j = 0; j < AST_SEQ_LEN(s->v.try_.handlers); j++)
                if (find_ann(((ExceptHandler *)AST_SEQ_GET(s->v.try_.handlers, j))->body))
                    return 1;
            if (find_ann(s->v.try_.body) || find_ann(s->v.try_.finalbody) ||
                find_ann(s->v.try_.orelse))
                return 1;
            break;
        case STMT_Match:
            for (Py_ssize_t j = 0; j < AST_SEQ_LEN(s->v.match.cases); j++)
                if (find_ann(((MatchCase *)AST_SEQ_GET(s->v.match.cases, j))->body))
                    return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

int
fe_compile_body(Compiler *c, AstSeq *stmts)
{
    // SETUP_ANNOTATIONS takes the line of the module's first statement.
    if (c->u->scope == SCOPE_MODULE && AST_SEQ_LEN(stmts))
        set_loc(c, ((Stmt *)AST_SEQ_GET(stmts, 0))->loc);
    if (find_ann(stmts) && emit(c, OP_SETUP_ANNOTATIONS) < 0)
        return -1;
    if (AST_SEQ_LEN(stmts) == 0)
        return 0;
    Py_ssize_t i = 0;
    if (c->optimize < 2 && fe_compile_docstring(stmts) != NULL) {
        Stmt *st = AST_SEQ_GET(stmts, 0);
        i = 1;
        if (fe_compile_expr(c, st->v.expr.value) < 0)
            return -1;
        c->u->loc = NO_LOCATION;
        if (fe_compile_nameop(c, fe_compile_id("__doc__"), CTX_STORE) < 0)
            return -1;
    }
    for (; i < AST_SEQ_LEN(stmts); i++)
        if (fe_compile_stmt(c, AST_SEQ_GET(stmts, i)) < 0)
            return -1;
    return 0;
}

static PyCodeObject *
compile_mod(Compiler *c, Mod *mod)
{
    if (fe_compile_enter_scope(c, fe_compile_id("<module>"), SCOPE_MODULE, mod, 1) < 0)
        return NULL;
    c->u->loc.line = 1;
    int ok = -1, add_none = 1;
    switch (mod->kind) {
    case MOD_MODULE:
        ok = fe_compile_body(c, mod->body);
        break;
    case MOD_INTERACTIVE:
        c->interactive = 1;
        ok = (find_ann(mod->body) && emit(c, OP_SETUP_ANNOTATIONS) < 0)
                 ? -1
                 : fe_compile_stmts(c, mod->body);
        break;
    case MOD_EXPRESSION:
        ok = fe_compile_expr(c, mod->expr);
        add_none = 0;
        break;
    }
    PyCodeObject *co = ok < 0 ? NULL : fe_assemble(c, add_none);
    fe_compile_exit_scope(c);
    return co;
}

// ---- future statements -------------------------------------------------------------------

static int
future_check_features(Compiler *c, Stmt *s)
{
    static const char *const ignored[] = {"nested_scopes",    "generators",     "division",
                                          "absolute_import",  "with_statement", "print_function",
                                          "unicode_literals", "generator_stop"};
    AstSeq *names = s->v.import_from.names;
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(names); i++) {
        PyObject *name = ((Alias *)AST_SEQ_GET(names, i))->name;
        int known = 0;
        for (size_t k = 0; k < sizeof ignored / sizeof ignored[0]; k++)
            known |= rt_str_equal_ascii(name, ignored[k]);
        if (known)
            continue;
        int line = s->loc.lineno, offset = s->loc.col_offset + 1;
        if (rt_str_equal_ascii(name, "barry_as_FLUFL")) {
            c->future_features |= FE_CO_FUTURE_BARRY_AS_BDFL;
        } else if (rt_str_equal_ascii(name, "annotations")) {
            c->future_features |= FE_CO_FUTURE_ANNOTATIONS;
        } else {
            const char *fmt = rt_str_equal_ascii(name, "braces")
                                  ? "not a chance"
                                  : "future feature %U is not defined";
            fe_error_at_offsets(PyExc_SyntaxError, c->filename, c->source, c->source_len, line,
                                offset, line, -1, fmt, name);
            return -1;
        }
    }
    return 0;
}

// Collect the `from __future__ import` statements at the top of the module.
static int
future_parse(Compiler *c, Mod *mod)
{
    if (mod->kind == MOD_EXPRESSION || AST_SEQ_LEN(mod->body) == 0)
        return 0;
    Py_ssize_t i = fe_compile_docstring(mod->body) != NULL ? 1 : 0;
    int done = 0, prev_line = 0;
    for (; i < AST_SEQ_LEN(mod->body); i++) {
        Stmt *s = AST_SEQ_GET(mod->body, i);
        if (done && s->loc.lineno > prev_line)
            return 0;
        prev_line = s->loc.lineno;
        if (s->kind == STMT_ImportFrom && s->v.import_from.module != NULL &&
            rt_str_equal_ascii(s->v.import_from.module, "__future__")) {
            if (done) {
                // CPython gives the column itself here, not the column + 1.
                fe_error_at_offsets(PyExc_SyntaxError, c->filename, c->source, c->source_len,
                                    s->loc.lineno, s->loc.col_offset, s->loc.lineno, -1,
                                    "from __future__ imports must occur at the beginning of the "
                                    "file");
                return -1;
            }
            if (future_check_features(c, s) < 0)
                return -1;
            c->future_lineno = s->loc.lineno;
        } else {
            done = 1;
        }
    }
    return 0;
}

// ---- entry points ----------------------------------------------------------------------

PyCodeObject *
fe_compile_ex(Mod *mod, PyObject *filename, int mode, int optimize, const char *source,
              Py_ssize_t source_len, AstArena *arena)
{
    if ((int)mod->kind != mode) {
        PyErr_SetString(PyExc_SystemError, "compile: the AST does not match the mode");
        return NULL;
    }
    Compiler c = {
        .filename = filename,
        .source = source,
        .source_len = source_len,
        .future_lineno = -1,
        .optimize = optimize,
        .arena = arena,
    };
    PyCodeObject *co = NULL;
    c.const_cache = PyDict_New();
    if (c.const_cache == NULL || future_parse(&c, mod) < 0)
        goto done;
    int fa = (c.future_features & FE_CO_FUTURE_ANNOTATIONS) != 0;
    if (fe_optimize(mod, arena, optimize, fa) < 0)
        goto done;
    c.st = fe_symtable_build(mod, filename, fa, source, source_len);
    if (c.st == NULL)
        goto done;
    co = compile_mod(&c, mod);
done:
    fe_symtable_free(c.st);
    Py_XDECREF(c.const_cache);
    return co;
}

PyCodeObject *
fe_compile(Mod *mod, PyObject *filename, int mode, AstArena *arena)
{
    return fe_compile_ex(mod, filename, mode, 0, NULL, 0, arena);
}

PyCodeObject *
fe_compile_source(const char *src, Py_ssize_t n, const char *filename, int mode)
{
    return fe_compile_source_ex(src, n, filename, mode, 0);
}

PyCodeObject *
fe_compile_source_ex(const char *src, Py_ssize_t n, const char *filename, int mode, int optimize)
{
    return fe_compile_source_kind(src, n, filename, mode, optimize, FE_SOURCE_FILE);
}

PyCodeObject *
fe_compile_source_kind(const char *src, Py_ssize_t n, const char *filename, int mode,
                       int optimize, FeSourceKind kind)
{
    AstArena *arena = fe_arena_new();
    if (arena == NULL)
        return NULL;
    PyCodeObject *co = NULL;
    Mod *mod = fe_parse_source(src, n, filename, (ModKind)mode, kind, arena);
    if (mod != NULL) {
        PyObject *fn = PyUnicode_DecodeUTF8(filename, (Py_ssize_t)strlen(filename), "replace");
        if (fn != NULL)
            co = fe_compile_ex(mod, fn, mode, optimize, src, n, arena);
        Py_XDECREF(fn);
    }
    fe_arena_free(arena);
    return co;
}
