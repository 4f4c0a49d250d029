// symtable.h: symbol tables (symtable.c). One entry per scope (module, class, function,
// lambda, comprehension) records every name the scope uses with how it is used, then a second
// pass decides each name's scope (local, global, free, cell) with CPython 3.11's rules:
// LEGB, global/nonlocal, class bodies invisible to their methods, __class__ cells, and
// assignment expressions in comprehensions binding in the enclosing function.
#ifndef KRAIT_FRONTEND_SYMTABLE_H
#define KRAIT_FRONTEND_SYMTABLE_H

#include "frontend/ast.h"

// How a name is used in a scope (bits of the flags stored per name), CPython's DEF_* values.
#define ST_DEF_GLOBAL 1      // global statement
#define ST_DEF_LOCAL 2       // assignment in the block
#define ST_DEF_PARAM 4       // formal parameter
#define ST_DEF_NONLOCAL 8    // nonlocal statement
#define ST_USE 16            // name is read
#define ST_DEF_FREE 32       // name used but not defined in a nested block
#define ST_DEF_FREE_CLASS 64 // free variable from a class's method
#define ST_DEF_IMPORT 128    // bound by an import
#define ST_DEF_ANNOT 256     // annotated
#define ST_DEF_COMP_ITER 512 // iteration variable of a comprehension
#define ST_DEF_BOUND (ST_DEF_LOCAL | ST_DEF_PARAM | ST_DEF_IMPORT)

// The resolved scope, stored in the flags at ST_SCOPE_OFFSET.
#define ST_SCOPE_OFFSET 11
#define ST_SCOPE_MASK 15
enum { ST_LOCAL = 1, ST_GLOBAL_EXPLICIT, ST_GLOBAL_IMPLICIT, ST_FREE, ST_CELL };

typedef enum {
    ST_FUNCTION_BLOCK,
    ST_CLASS_BLOCK,
    ST_MODULE_BLOCK,
    ST_ANNOTATION_BLOCK
} StBlockType;

typedef enum {
    ST_NO_COMPREHENSION,
    ST_LIST_COMPREHENSION,
    ST_DICT_COMPREHENSION,
    ST_SET_COMPREHENSION,
    ST_GENERATOR_EXPRESSION,
} StComprehension;

typedef struct SymEntry SymEntry;

struct SymEntry {
    PyObject *name;  // "top", the function or class name, "lambda", "listcomp" ...
    const void *key; // the AST node of the scope (Mod, Stmt or Expr)
    StBlockType type;
    PyObject *symbols;    // dict: name -> int flags (scope bits added by the analysis)
    PyObject *varnames;   // list of the parameters, in co_varnames order
    PyObject *directives; // list of (name, line, col, end_line, end_col) of global/nonlocal
    SymEntry **children;  // nested scopes, in source order
    Py_ssize_t nchildren, children_cap;
    StComprehension comprehension;
    int comp_iter_expr;     // > 0 while visiting a comprehension's iterable
    unsigned nested : 1;    // inside a function
    unsigned generator : 1; // contains yield (or is a generator expression)
    unsigned coroutine : 1; // async def, or await inside
    unsigned varargs : 1, varkeywords : 1;
    unsigned returns_value : 1;
    unsigned needs_class_closure : 1; // a class whose methods use __class__ or super
    unsigned comp_iter_target : 1;    // while visiting a comprehension's target
    unsigned free : 1;                // has free variables
    unsigned child_free : 1;          // a nested scope has free variables
    Loc loc;
};

typedef struct {
    SymEntry *top;      // the module's entry
    PyObject *filename; // str, for SyntaxErrors
    const char *source; // the source text (may be NULL), for the line in SyntaxErrors
    Py_ssize_t source_len;
    int future_annotations; // `from __future__ import annotations` is in effect
    // While building:
    SymEntry **stack;
    Py_ssize_t depth, stack_cap;
    SymEntry *cur;
    PyObject *global;  // the module's symbols (borrowed)
    PyObject *private; // the class name for mangling, or NULL (borrowed)
    int recursion_depth, recursion_limit;
} SymTable;

// Build and analyze the symbol table of mod. source (may be NULL) is used only to show the
// line in SyntaxErrors. Returns a table to free with fe_symtable_free, or NULL with
// SyntaxError (CPython's messages and positions) or another exception set.
SymTable *fe_symtable_build(Mod *mod, PyObject *filename, int future_annotations,
                            const char *source, Py_ssize_t source_len);

// Release a table and all its entries.
void fe_symtable_free(SymTable *st);

// The child scope of `parent` created for the AST node `key`, or NULL if there is none.
SymEntry *fe_symtable_child(SymEntry *parent, const void *key);

// The flags of name in ste (ST_DEF_* bits and the scope at ST_SCOPE_OFFSET), 0 if absent.
long fe_symtable_flags(SymEntry *ste, PyObject *name);

// The resolved scope of name in ste (ST_LOCAL ... ST_CELL), 0 if the name is unknown there.
int fe_symtable_scope(SymEntry *ste, PyObject *name);

// CPython's name mangling: __spam in class Ham becomes _Ham__spam (not dunder names, not
// dotted names, not for classes named only with underscores). privateobj may be NULL.
// New reference, or NULL on error.
PyObject *fe_mangle(PyObject *privateobj, PyObject *ident);

// Raise SyntaxError (or `type`) for filename at loc with the printf-style message (the
// PyUnicode_FromFormat directives), taking the line text from source when given. The
// offsets are loc's byte columns + 1, as CPython's compiler reports them.
void fe_error_at(PyObject *type, PyObject *filename, const char *source, Py_ssize_t source_len,
                 Loc loc, const char *fmt, ...);

// Same with the SyntaxError's own fields given: 1-based offsets, end_offset < 0 for None.
void fe_error_at_offsets(PyObject *type, PyObject *filename, const char *source,
                         Py_ssize_t source_len, int line, int offset, int end_line, int end_offset,
                         const char *fmt, ...);

// ---- between symtable.c, symtable_visit.c and symtable_analyze.c ----------------------

// Push a new scope entry for the AST node key (a child of the current one, except for
// annotation blocks) and make it current: 1, or 0 with an exception set.
int fe_symtable_enter_block(SymTable *st, PyObject *name, StBlockType type, const void *key,
                            Loc loc);

// Pop the current scope entry (freeing it if it was an annotation block); returns 1.
int fe_symtable_exit_block(SymTable *st);

// Record that name (mangled with the current class) is used with flag in ste: 1, or 0 with
// SyntaxError for a duplicate parameter or a comprehension iteration-variable conflict.
int fe_symtable_add_def(SymTable *st, PyObject *name, int flag, SymEntry *ste, Loc loc);

// The flags name (mangled) has so far in the current scope, or -1 with an exception set.
long fe_symtable_lookup(SymTable *st, PyObject *name);

// Remember where name was declared global/nonlocal in the current scope (for the analysis'
// error positions): 1, or 0 with an exception set.
int fe_symtable_record_directive(SymTable *st, PyObject *name, Loc loc);

// Walk the module (first pass): 1, or 0 with an exception set.
int fe_symtable_visit_mod(SymTable *st, Mod *mod);

// Decide the scope of every name of every entry (second pass): 1, or 0 with an exception set.
int fe_symtable_analyze(SymTable *st);

#endif
