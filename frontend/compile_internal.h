// compile_internal.h: what the compiler's files share (private to frontend/compile*.c,
// flowgraph.c and assemble.c): the instruction and basic-block graph, compilation units,
// frame blocks, and the small emission helpers. Functions here return 0, or -1 with an
// exception set, unless stated otherwise.
#ifndef KRAIT_FRONTEND_COMPILE_INTERNAL_H
#define KRAIT_FRONTEND_COMPILE_INTERNAL_H

#include "frontend/compile.h"
#include "frontend/symtable.h"
#include "vm/opcode.h"

// Pseudo-instructions: emitted by the code generator, turned into NOPs, exception-table
// entries or real jumps (forward/backward) by the assembler, as in CPython 3.11.
enum {
    PSEUDO_SETUP_FINALLY = 256, // push an exception handler (TOS: the exception)
    PSEUDO_SETUP_CLEANUP,       // same, also saving lasti
    PSEUDO_SETUP_WITH,          // handler of a with block
    PSEUDO_POP_BLOCK,           // pop the innermost handler
    PSEUDO_JUMP,                // JUMP_FORWARD or JUMP_BACKWARD
    PSEUDO_JUMP_NO_INTERRUPT,   // JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT
    PSEUDO_POP_JUMP_IF_FALSE,
    PSEUDO_POP_JUMP_IF_TRUE,
    PSEUDO_POP_JUMP_IF_NONE,
    PSEUDO_POP_JUMP_IF_NOT_NONE,
};

// CPython's FORMAT_VALUE argument bits.
#define FVC_NONE 0x0
#define FVC_STR 0x1
#define FVC_REPR 0x2
#define FVC_ASCII 0x3
#define FVS_HAVE_SPEC 0x4

// BINARY_OP's in-place operators follow the 13 plain ones (NB_INPLACE_ADD == 13).
#define NB_INPLACE_OFFSET 13
#define NB_SUBTRACT 10

// Above this many items a display or call is built incrementally (CPython's guideline).
#define STACK_USE_GUIDELINE 30
#define CO_MAXBLOCKS 20

typedef struct BasicBlock BasicBlock;
typedef struct ExceptStack ExceptStack;

typedef struct {
    int op; // an opcode or a PSEUDO_* instruction
    int arg;
    BasicBlock *target; // of jumps and SETUP_* pseudo-instructions
    BasicBlock *except; // the handler covering this instruction (set by the assembler)
    RtCodeLocation loc; // line -1: none (artificial)
} Instr;

struct BasicBlock {
    BasicBlock *list; // every block of the unit, the most recent first
    BasicBlock *next; // the next block in layout (fall-through) order
    Instr *instrs;
    int used, alloc;
    ExceptStack *exceptstack; // handlers active at entry (while labelling)
    int predecessors;
    int startdepth;              // stack depth at entry
    int offset;                  // in code units, once laid out
    unsigned nofallthrough : 1;  // ends with a return, raise or unconditional jump
    unsigned preserve_lasti : 1; // an exception handler that pushes lasti
    unsigned visited : 1;
    unsigned exit : 1; // ends with a return or raise
    unsigned ret : 1;  // a RETURN_VALUE was added
};

typedef enum {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR,
} FBlockType;

// A frame block: a statement that break/continue/return must unwind through.
typedef struct {
    FBlockType type;
    BasicBlock *block;
    BasicBlock *exit;  // loop exit, or the cleanup block
    const void *datum; // finally body (AstSeq *), with statement, handler name ...
} FBlock;

typedef enum {
    SCOPE_MODULE,
    SCOPE_CLASS,
    SCOPE_FUNCTION,
    SCOPE_ASYNC_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_COMPREHENSION,
} UnitScope;

// One code object being compiled.
typedef struct Unit {
    struct Unit *parent;
    SymEntry *ste;
    PyObject *name, *qualname;
    UnitScope scope;
    PyObject *consts;   // dict: constant key -> index
    PyObject *names;    // dict: name -> index (co_names)
    PyObject *varnames; // dict: local name -> index
    PyObject *cellvars; // dict: cell name -> index
    PyObject *freevars; // dict: free name -> index (after the cells)
    PyObject *private;  // class name for mangling, or NULL
    int argcount, posonlyargcount, kwonlyargcount;
    BasicBlock *blocks; // allocation list
    BasicBlock *curblock;
    int nfblocks;
    FBlock fblock[CO_MAXBLOCKS];
    int firstlineno;
    RtCodeLocation loc; // location given to the instructions emitted now
    int need_new_implicit_block;
} Unit;

typedef struct {
    PyObject *filename;
    const char *source; // may be NULL
    Py_ssize_t source_len;
    SymTable *st;
    int future_features; // FE_CO_FUTURE_* bits
    int future_lineno;   // line of the last `from __future__` import, -1 if none
    int optimize;
    int interactive;
    int nestlevel;
    PyObject *const_cache; // dict: constant key -> itself, to share equal constants
    Unit *u;
    AstArena *arena;
} Compiler;

static inline RtCodeLocation
loc_of(Loc l)
{
    return (RtCodeLocation){l.lineno, l.end_lineno, l.col_offset, l.end_col_offset};
}

#define NO_LOCATION ((RtCodeLocation){-1, -1, -1, -1})

static inline void
set_loc(Compiler *c, Loc l)
{
    c->u->loc = loc_of(l);
}

static inline int
is_pseudo_jump(int op)
{
    return op >= PSEUDO_JUMP && op <= PSEUDO_POP_JUMP_IF_NOT_NONE;
}

// A jump with a target block (pseudo or real, including FOR_ITER and SEND).
static inline int
is_jump(const Instr *i)
{
    return is_pseudo_jump(i->op) || (i->op < 256 && vm_opcode_is_jump(i->op));
}

static inline int
is_block_push(const Instr *i)
{
    return i->op == PSEUDO_SETUP_FINALLY || i->op == PSEUDO_SETUP_WITH ||
           i->op == PSEUDO_SETUP_CLEANUP;
}

static inline int
has_arg(int op)
{
    return op >= VM_HAVE_ARGUMENT;
}

// Code units of an instruction with EXTENDED_ARG prefixes and inline caches.
static inline int
instr_size(const Instr *i)
{
    int arg = has_arg(i->op) ? i->arg : 0;
    int ext = (arg > 0xFFFFFF) + (arg > 0xFFFF) + (arg > 0xFF);
    return ext + 1 + vm_opcode_caches(i->op);
}

// ---- compile.c -----------------------------------------------------------------------

// A new empty block of the current unit, or NULL with MemoryError.
BasicBlock *fe_compile_new_block(Compiler *c);

// Make block the current block, following the current one in layout order.
void fe_compile_use_next_block(Compiler *c, BasicBlock *block);

// Append an instruction to the current block at location loc.
int fe_compile_addop_loc(Compiler *c, int op, int arg, BasicBlock *target, RtCodeLocation loc);

// Room for one more instruction in b: the index of the new (zeroed) slot, or -1.
int fe_compile_next_instr(BasicBlock *b);

// The index of constant o in the current unit's co_consts (added if new), or -1.
Py_ssize_t fe_compile_add_const(Compiler *c, PyObject *o);

// Replace *obj by the equal constant already used in this compilation, if any (CPython's
// merge_const_one): 0, or -1 with an exception set.
int fe_compile_merge_const_one(Compiler *c, PyObject **obj);

// The index of o in the dict (name -> index), added at the end if new, or -1.
Py_ssize_t fe_compile_add_o(PyObject *dict, PyObject *o);

// Emit op with the index of name (mangled) in the current unit's co_names.
int fe_compile_addop_name(Compiler *c, int op, PyObject *name);

// Load, store or delete a variable, choosing FAST/DEREF/GLOBAL/NAME from its scope.
int fe_compile_nameop(Compiler *c, PyObject *name, ExprContext ctx);

// Raise SyntaxError at the current location; returns -1.
int fe_compile_error(Compiler *c, const char *fmt, ...);

// Same, at loc.
int fe_compile_error_at(Compiler *c, Loc loc, const char *fmt, ...);

// Push/pop a frame block (SyntaxError "too many statically nested blocks").
int fe_compile_push_fblock(Compiler *c, FBlockType t, BasicBlock *b, BasicBlock *exit,
                           const void *datum);
void fe_compile_pop_fblock(Compiler *c, FBlockType t, BasicBlock *b);

// Enter a new unit for the scope of AST node key, named name.
int fe_compile_enter_scope(Compiler *c, PyObject *name, UnitScope scope, const void *key,
                           int lineno);

// Leave the current unit (keeps any pending exception).
void fe_compile_exit_scope(Compiler *c);

// Statement bodies: docstring, SETUP_ANNOTATIONS, the statements.
int fe_compile_body(Compiler *c, AstSeq *stmts);

// The docstring of a body (its first statement as a str constant, borrowed), or NULL.
PyObject *fe_compile_docstring(AstSeq *body);

// 1 if name is __debug__ used as ctx (raises SyntaxError), else 0.
int fe_compile_forbidden_name(Compiler *c, PyObject *name, ExprContext ctx);

// The interned str for a C string (borrowed from the interning table), or NULL.
PyObject *fe_compile_id(const char *s);

// ---- compile_def.c -------------------------------------------------------------------

// def / async def, class, lambda.
int fe_compile_def_function(Compiler *c, Stmt *s);
int fe_compile_def_class(Compiler *c, Stmt *s);
int fe_compile_def_lambda(Compiler *c, Expr *e);

// Emit the closure tuple (if co has free variables), the code constant and MAKE_FUNCTION.
int fe_compile_def_make_closure(Compiler *c, PyCodeObject *co, int flags);

// ---- compile_stmt.c ------------------------------------------------------------------

// Emit one statement / a statement list at the current position of the current unit.
int fe_compile_stmt(Compiler *c, Stmt *s);
int fe_compile_stmts(Compiler *c, AstSeq *seq);

// Emit the cleanup of the frame blocks that return/break/continue leave.
int fe_compile_stmt_unwind_fblock_stack(Compiler *c, int preserve_tos, FBlock **loop);

// The `with` statement's normal-exit call __exit__(None, None, None).
int fe_compile_stmt_call_exit_with_nones(Compiler *c);

// Jump to a SEND/YIELD_VALUE loop (await, yield from).
int fe_compile_stmt_add_yield_from(Compiler *c, int await);

// x op= y, and annotated assignments.
int fe_compile_stmt_augassign(Compiler *c, Stmt *s);
int fe_compile_stmt_annassign(Compiler *c, Stmt *s);

// COPY 3, POP_EXCEPT, RERAISE 1: the cleanup block of exception handlers.
int fe_compile_stmt_pop_except_and_reraise(Compiler *c);

// ---- compile_exc.c -------------------------------------------------------------------

// try/except/else/finally and try/except*.
int fe_compile_exc_try(Compiler *c, Stmt *s);

// with / async with, from item pos on (nested items become nested with blocks).
int fe_compile_exc_with(Compiler *c, Stmt *s, Py_ssize_t pos);

// ---- compile_expr.c ------------------------------------------------------------------

// Emit an expression (its value pushed, or stored/deleted for targets) / each of a list.
int fe_compile_expr(Compiler *c, Expr *e);
int fe_compile_exprs(Compiler *c, AstSeq *seq);

// Jump to next if the truth of e equals cond, with short-circuit compare/bool forms.
int fe_compile_expr_jump_if(Compiler *c, Expr *e, BasicBlock *next, int cond);

// Build a list/tuple/set of elts (starred items spliced in) after `pushed` items already on
// the stack; tuple != 0 makes the result a tuple.
int fe_compile_expr_starunpack(Compiler *c, AstSeq *elts, int pushed, int build, int add,
                               int extend, int tuple);

// Emit COMPARE_OP / IS_OP / CONTAINS_OP for a CmpOpKind.
int fe_compile_expr_addcompare(Compiler *c, int cmp);

// Move the current start position to the attribute name when an attribute access spans
// lines (so tracebacks point at `.name`), as CPython's update_start_location_to_match_attr.
void fe_compile_expr_attr_location(Compiler *c, Expr *attr);

// Emit the unpacking of a target list (UNPACK_SEQUENCE / UNPACK_EX) and the stores.
int fe_compile_expr_unpack(Compiler *c, AstSeq *elts);

// ---- compile_call.c ------------------------------------------------------------------

// A call expression; the arguments and call after n values already pushed (calls and
// class definitions); f-string parts; list/set/dict comprehensions and generator expressions.
int fe_compile_call(Compiler *c, Expr *e);
int fe_compile_call_helper(Compiler *c, int n, AstSeq *args, AstSeq *keywords);
int fe_compile_call_joined_str(Compiler *c, Expr *e);
int fe_compile_call_formatted_value(Compiler *c, Expr *e);
int fe_compile_call_comprehension(Compiler *c, Expr *e);

// ---- compile_match.c -----------------------------------------------------------------

// A match statement (PEP 634).
int fe_compile_match(Compiler *c, Stmt *s);

// ---- unparse.c -----------------------------------------------------------------------

// The source text of an expression as CPython's unparser writes it (the string an
// annotation becomes under `from __future__ import annotations`). New str, or NULL.
PyObject *fe_unparse_expr(Expr *e);

// ---- flowgraph.c ---------------------------------------------------------------------

// Mark exit/no-fall-through blocks; skip jumps over empty blocks (SystemError if a jump is
// not last in its block).
int fe_flowgraph_normalize_block(BasicBlock *b);

// Replace an unconditional jump to a small exit block without a line by a copy of it.
int fe_flowgraph_extend_block(BasicBlock *b);

// The peephole optimizations, jump threading and dead-code removal on the graph from entry.
// consts is the unit's constant list (folded tuples are appended to it).
int fe_flowgraph_optimize(Compiler *c, BasicBlock *entry, int nblocks, PyObject *consts);

// Copy exit blocks without a line that several jumps reach, so each gets a line.
int fe_flowgraph_duplicate_exits_without_lineno(Compiler *c);

// Give instructions without a line their predecessor's position.
void fe_flowgraph_propagate_line_numbers(BasicBlock *entry);

// Drop the NOPs that carry no line of their own.
void fe_flowgraph_clean_block(BasicBlock *b);

// Drop constants after the last one used (the first, a possible docstring, always stays).
int fe_flowgraph_trim_unused_consts(BasicBlock *entry, PyObject *consts);

// ---- assemble.c ----------------------------------------------------------------------

// Finish the current unit (an implicit `return None` when add_none) into a code object.
PyCodeObject *fe_assemble(Compiler *c, int add_none);

// Stack effect of op (pseudo-instructions included) when it falls through or jumps.
int fe_assemble_stack_effect(int op, int arg, int jump);

// ---- emission helpers ------------------------------------------------------------------

static inline BasicBlock *
new_block(Compiler *c)
{
    return fe_compile_new_block(c);
}

static inline void
use_next_block(Compiler *c, BasicBlock *b)
{
    fe_compile_use_next_block(c, b);
}

static inline int
emit(Compiler *c, int op)
{
    return fe_compile_addop_loc(c, op, 0, NULL, c->u->loc);
}

static inline int
emit_i(Compiler *c, int op, Py_ssize_t arg)
{
    return fe_compile_addop_loc(c, op, (int)arg, NULL, c->u->loc);
}

static inline int
emit_j(Compiler *c, int op, BasicBlock *target)
{
    return fe_compile_addop_loc(c, op, 0, target, c->u->loc);
}

static inline int
emit_noline(Compiler *c, int op)
{
    return fe_compile_addop_loc(c, op, 0, NULL, NO_LOCATION);
}

static inline int
emit_j_noline(Compiler *c, int op, BasicBlock *target)
{
    return fe_compile_addop_loc(c, op, 0, target, NO_LOCATION);
}

static inline int
emit_load_const(Compiler *c, PyObject *o)
{
    Py_ssize_t i = fe_compile_add_const(c, o);
    return i < 0 ? -1 : emit_i(c, OP_LOAD_CONST, i);
}

// Load the constant o and release it (o may be NULL after a failed constructor).
static inline int
emit_load_const_steal(Compiler *c, PyObject *o)
{
    if (o == NULL)
        return -1;
    int r = emit_load_const(c, o);
    Py_DECREF(o);
    return r;
}

#endif
