// ast.h: the syntax tree the parser builds and the compiler reads. Node kinds and fields come
// from ast.def; this header adds the shared pieces (locations, sequences, operators, the
// small product types) and the arena that owns every node (ast.c).
#ifndef KRAIT_FRONTEND_AST_H
#define KRAIT_FRONTEND_AST_H

#include "runtime/runtime.h"

// Where a node is in the source: lines 1-based, columns 0-based in UTF-8 bytes (CPython's).
typedef struct {
    int lineno, col_offset, end_lineno, end_col_offset;
} Loc;

// A sequence of node pointers (or PyObject * identifiers, or ints stored as intptr_t).
typedef struct {
    Py_ssize_t size;
    void *items[];
} AstSeq;

#define AST_SEQ_LEN(seq) ((seq) == NULL ? 0 : (seq)->size)
#define AST_SEQ_GET(seq, i) ((seq)->items[i])

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;
// Binary operators in the order of CPython's BINARY_OP oparg (NB_ADD ... NB_XOR), so the
// compiler emits the kind itself; in-place forms are these + AST_OP_INPLACE.
typedef enum {
    OP_ADD, OP_BITAND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL, OP_MULT, OP_MOD, OP_BITOR,
    OP_POW, OP_RSHIFT, OP_SUB, OP_DIV, OP_BITXOR
} OperatorKind;
#define AST_OP_INPLACE 13
typedef enum { UNARY_INVERT, UNARY_NOT, UNARY_UADD, UNARY_USUB } UnaryOpKind;
typedef enum {
    CMP_EQ, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE, CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} CmpOpKind;

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Pattern Pattern;

typedef struct {
    PyObject *arg;     // identifier
    Expr *annotation;  // or NULL
    Loc loc;
} Arg;

typedef struct {
    AstSeq *posonlyargs, *args; // of Arg *
    Arg *vararg;                // or NULL
    AstSeq *kwonlyargs;         // of Arg *
    AstSeq *kw_defaults;        // of Expr *, NULL items for keyword-only args without default
    Arg *kwarg;                 // or NULL
    AstSeq *defaults;           // of Expr *, for the last len(defaults) positional args
} Arguments;

typedef struct {
    PyObject *arg; // NULL for **mapping
    Expr *value;
    Loc loc;
} Keyword;

typedef struct {
    PyObject *name;   // dotted name, e.g. "os.path"
    PyObject *asname; // or NULL
    Loc loc;
} Alias;

typedef struct {
    Expr *context_expr;
    Expr *optional_vars; // or NULL
} WithItem;

typedef struct {
    Expr *target, *iter;
    AstSeq *ifs; // of Expr *
    int is_async;
} Comprehension;

typedef struct {
    Expr *type;     // or NULL for a bare except
    PyObject *name; // or NULL
    AstSeq *body;
    Loc loc;
} ExceptHandler;

typedef struct {
    Pattern *pattern;
    Expr *guard; // or NULL
    AstSeq *body;
} MatchCase;

#define F(type, name) type name;

typedef enum {
#define STMT(kind, member, fields) STMT_##kind,
#define STMT_LIKE(kind, member) STMT_##kind,
#include "frontend/ast.def"
} StmtKind;

struct Stmt {
    StmtKind kind;
    Loc loc;
    union {
#define STMT(kind, member, fields) struct { fields } member;
#include "frontend/ast.def"
    } v;
};

typedef enum {
#define EXPR(kind, member, fields) EXPR_##kind,
#define EXPR_LIKE(kind, member) EXPR_##kind,
#include "frontend/ast.def"
} ExprKind;

struct Expr {
    ExprKind kind;
    Loc loc;
    union {
#define EXPR(kind, member, fields) struct { fields } member;
#include "frontend/ast.def"
    } v;
};

typedef enum {
#define PATTERN(kind, member, fields) PATTERN_##kind,
#include "frontend/ast.def"
} PatternKind;

struct Pattern {
    PatternKind kind;
    Loc loc;
    union {
#define PATTERN(kind, member, fields) struct { fields } member;
#include "frontend/ast.def"
    } v;
};

#undef F

// The top of a parse: a module (a statement list), or one expression for eval().
typedef enum { MOD_MODULE, MOD_EXPRESSION, MOD_INTERACTIVE } ModKind;

typedef struct {
    ModKind kind;
    AstSeq *body; // of Stmt * (MOD_MODULE, MOD_INTERACTIVE)
    Expr *expr;   // MOD_EXPRESSION
} Mod;

// Every node, sequence and object of one parse lives in an arena, released at once.
typedef struct AstArena AstArena;

// A new arena, or NULL with MemoryError set.
AstArena *fe_arena_new(void);

// Free every node of the arena and release the objects it holds.
void fe_arena_free(AstArena *arena);

// Zeroed memory from the arena (16-byte aligned), or NULL with MemoryError set.
void *fe_arena_alloc(AstArena *arena, size_t size);

// Make the arena own a reference to o (stolen): identifiers and constants in nodes are kept
// alive until fe_arena_free. Returns o, or NULL (and releases o) on MemoryError.
PyObject *fe_arena_own(AstArena *arena, PyObject *o);

// A sequence of n NULL items from the arena.
AstSeq *fe_seq_new(AstArena *arena, Py_ssize_t n);

// Names of the node kinds ("FunctionDef", "BinOp", "MatchAs"), for dumps and errors.
const char *fe_stmt_kind_name(StmtKind kind);
const char *fe_expr_kind_name(ExprKind kind);
const char *fe_pattern_kind_name(PatternKind kind);

#endif
