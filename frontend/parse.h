// parse.h: the parser (parse*.c): Python 3.11 source to the AST of ast.h, with CPython's
// syntax errors; and ast_dump.c, the AST printed as CPython's ast.dump prints it.
// Tokens come from tokenize.h; scopes, constant folding and bytecode are later stages.
#ifndef KRAIT_FRONTEND_PARSE_H
#define KRAIT_FRONTEND_PARSE_H

#include "frontend/ast.h"
#include "frontend/tokenize.h"

// Parse `size` bytes of UTF-8 source as `mode` (MOD_MODULE for files and exec, MOD_EXPRESSION
// for eval, MOD_INTERACTIVE for one interactive statement). Every node lives in `arena`; the
// tree is CPython's (ast.h), with every sequence field non-NULL (possibly empty) and NULL only
// for absent optional nodes (and for the keys of ** entries in Dict.keys).
// Returns the tree, or NULL with SyntaxError / IndentationError / TabError set exactly as
// CPython 3.11 reports it (message, line, offset, end, text), or MemoryError when the source
// nests too deeply for the parser's recursion limit (as CPython's parser does).
Mod *fe_parse(const char *source, Py_ssize_t size, const char *filename, ModKind mode,
              AstArena *arena);

// fe_parse for a source of the given kind, which decides the text and offsets of syntax
// errors as for CPython (see FeSourceKind): FE_SOURCE_STR is compile() of a str, the oracle of
// the tests; fe_parse uses FE_SOURCE_FILE, a script or module read from a file. MOD_INTERACTIVE
// with FE_SOURCE_FILE is the interactive prompt, which (as CPython's) does not read past a
// syntax error for a later tokenizer error.
Mod *fe_parse_source(const char *source, Py_ssize_t size, const char *filename, ModKind mode,
                     FeSourceKind kind, AstArena *arena);

// The tree as CPython 3.11's `ast.dump(tree)` prints it (default arguments: field names, no
// positions). A new str, or NULL with an exception set.
PyObject *fe_ast_dump(Mod *mod);

// As fe_ast_dump with include_attributes=True: every located node also shows lineno,
// col_offset, end_lineno and end_col_offset (UTF-8 byte columns, as CPython's).
PyObject *fe_ast_dump_with_positions(Mod *mod);

#endif
