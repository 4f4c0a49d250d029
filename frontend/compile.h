// compile.h: the bytecode compiler (compile*.c, flowgraph.c, assemble.c) and the AST
// optimizer (optimize.c): an AST to a code object with CPython 3.11's instructions, inline
// caches, exception table, locations and constant/name/localsplus ordering.
#ifndef KRAIT_FRONTEND_COMPILE_H
#define KRAIT_FRONTEND_COMPILE_H

#include "frontend/ast.h"
#include "frontend/parse.h"
#include "runtime/objects/code.h"

// co_flags bits of `from __future__ import ...` that CPython 3.11 records in co_flags.
#define FE_CO_FUTURE_BARRY_AS_BDFL 0x400000
#define FE_CO_FUTURE_ANNOTATIONS 0x1000000

// Compile mod (parsed as `mode`, a ModKind: MOD_MODULE for 'exec', MOD_EXPRESSION for 'eval',
// MOD_INTERACTIVE for 'single') from `filename` into the code object of its top level, with
// nested code objects in co_consts. The AST in arena is folded in place. Returns a new
// reference, or NULL with SyntaxError (CPython's message and position) or another error set.
PyCodeObject *fe_compile(Mod *mod, PyObject *filename, int mode, AstArena *arena);

// fe_compile with CPython's optimization level (0: normal, 1: -O drops asserts and makes
// __debug__ False, 2: -OO also drops docstrings) and the source text (may be NULL), which
// only supplies the line shown by SyntaxErrors.
PyCodeObject *fe_compile_ex(Mod *mod, PyObject *filename, int mode, int optimize,
                            const char *source, Py_ssize_t source_len, AstArena *arena);

// Tokenize, parse and compile n bytes of UTF-8 source (compile() of a str). mode is a
// ModKind. New reference, or NULL with SyntaxError/IndentationError or another error set.
PyCodeObject *fe_compile_source(const char *src, Py_ssize_t n, const char *filename, int mode);

// fe_compile_source at an optimization level (compile(..., optimize=N), python -O / -OO).
PyCodeObject *fe_compile_source_ex(const char *src, Py_ssize_t n, const char *filename, int mode,
                                   int optimize);

// fe_compile_source_ex for source of the given kind: FE_SOURCE_STR / FE_SOURCE_BYTES for
// compile(), exec() and eval() of a str / bytes, whose syntax errors CPython reports with
// other text and offsets than those of a file (FE_SOURCE_FILE).
PyCodeObject *fe_compile_source_kind(const char *src, Py_ssize_t n, const char *filename,
                                     int mode, int optimize, FeSourceKind kind);

// The AST optimizer: fold constants in mod in place (new nodes and objects go to arena).
// optimize is the -O level (for __debug__); under future annotations, annotations are left
// alone. Returns 0, or -1 with an exception set (RecursionError for too deep an AST).
int fe_optimize(Mod *mod, AstArena *arena, int optimize, int future_annotations);

#endif
