// parse_internal.h: what the parser files share and nothing else may use. The parser is a
// hand-written PEG parser that follows CPython 3.11's Grammar/python.gram rule by rule: a
// token array with backtracking (mark/reset), memoized rules, and CPython's two passes (the
// second one enables the invalid_* rules that explain a syntax error). Files:
//   parse.c          tokens, memo, errors, the two-pass driver, fe_parse
//   parse_stmt.c     simple statements            parse_compound.c blocks, if/while/for/with/try
//   parse_def.c      def, class, lambda           parse_params.c   parameter lists
//   parse_expr.c     expressions to comparisons   parse_primary.c  operators, primaries, atoms
//   parse_display.c  displays, comprehensions     parse_call.c     call arguments
//   parse_target.c   assignment/del targets       parse_pattern.c  match patterns
//   parse_match.c    the match statement          parse_literal.c  numbers, strings, bytes
//   parse_fstring.c  f-strings                    unicode_names.c  \N{...} names
#ifndef KRAIT_FRONTEND_PARSE_INTERNAL_H
#define KRAIT_FRONTEND_PARSE_INTERNAL_H

#include "frontend/parse.h"
#include "frontend/tokenize.h"

// Rule calls nest at most this deep; deeper source raises MemoryError, as CPython 3.11.
#define PARSE_MAXSTACK 6000

// A memoized rule result at a token: the node (NULL: the rule failed) and where it ended.
typedef struct Memo {
    int type;
    int mark;
    void *node;
    struct Memo *next;
} Memo;

// A token as the parser sees it, with CPython's positions: INDENT, DEDENT and ENDMARKER (and
// the NEWLINE supplied at the end of 'single' input) have col_offset == end_col_offset == -1
// and NEWLINE is empty (end == start), as in CPython.
typedef struct {
    TokenKind kind;
    const char *start, *end; // text in the source buffer
    int lineno, col_offset, end_lineno, end_col_offset;
    int cur_line, cur_col; // where the tokenizer stood after reading this token
    int level;             // bracket depth after this token
    Memo *memo;
} PToken;

typedef enum { START_FILE, START_EVAL, START_INTERACTIVE, START_FSTRING } StartRule;

typedef struct Parser {
    Tokenizer *tz;
    const char *source;
    Py_ssize_t size;
    const char *filename;
    AstArena *arena;
    PToken **tokens;
    int fill, cap;
    int mark;
    int level;              // rule nesting, bounded by PARSE_MAXSTACK
    int base_level;         // the nesting an f-string sub-parser starts from
    int error;              // an exception is pending: every rule fails at once
    int tokenizer_failed;   // the pending error came from the tokenizer
    int call_invalid_rules; // second pass
    StartRule start;
    int starting_lineno, starting_col_offset; // f-string expressions: where "(expr)" sits
    int depth;                                // bracket depth so far
    int parsing_started; // 'single' input: a token came since the last supplied NEWLINE
    int prompt;          // the interactive prompt (CPython's tok->prompt): 'single' from a file
    PToken *known_err_token;
} Parser;

// ---- tokens (parse.c) -------------------------------------------------------------------

// Make tokens[p->mark] available: 0, or -1 with p->error set.
int fe_parse_fill(Parser *p);

// The token at the mark (read if needed), or NULL on error.
static inline PToken *
peek(Parser *p)
{
    if (p->error)
        return NULL;
    if (p->mark == p->fill && fe_parse_fill(p) < 0)
        return NULL;
    return p->tokens[p->mark];
}

// True if the token at the mark is of kind k (does not consume).
static inline int
check(Parser *p, TokenKind k)
{
    PToken *t = peek(p);
    return t != NULL && t->kind == k;
}

// Consume and return the token at the mark if it is of kind k; else NULL (no error).
static inline PToken *
expect(Parser *p, TokenKind k)
{
    PToken *t = peek(p);
    if (t == NULL || t->kind != k)
        return NULL;
    p->mark++;
    return t;
}

// Consume a NAME token spelled `kw` (a soft keyword: match, case, _).
PToken *fe_parse_expect_soft(Parser *p, const char *kw);

// True if the token at the mark is a NAME spelled `kw` (does not consume).
int fe_parse_check_soft(Parser *p, const char *kw);

// A forced token (CPython's &&'x'): consume it, or raise "expected 'x'" at the current token.
PToken *fe_parse_expect_forced(Parser *p, TokenKind k, const char *spelling);

// The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (end of a node).
PToken *fe_parse_last_nonwhite(Parser *p);

// The token consumed last (tokens[mark - 1]).
static inline PToken *
last_token(Parser *p)
{
    return p->tokens[p->mark - 1];
}

// ---- locations ----------------------------------------------------------------------------

// The start of the rule at the mark (fills the token). 0, or -1 on error.
typedef struct {
    int lineno, col;
} Start;
int fe_parse_start(Parser *p, Start *s);

// The location from s to the end of the last consumed non-whitespace token.
Loc fe_parse_loc(Parser *p, Start s);

static inline Loc
loc_tokens(PToken *a, PToken *b)
{
    Loc l = {a->lineno, a->col_offset, b->end_lineno, b->end_col_offset};
    return l;
}

static inline Loc
loc_span(Loc a, Loc b)
{
    Loc l = {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
    return l;
}

// ---- recursion and memo ---------------------------------------------------------------------

// Enter a rule: 0, or -1 (MemoryError, as CPython) when nested too deeply or on a pending
// error. Every successful enter is paired with leave.
int fe_parse_enter(Parser *p);
static inline void
leave(Parser *p)
{
    p->level--;
}

// Memo lookup at the mark for rule `type`: 1 and *node and the mark restored, or 0.
int fe_parse_memo_get(Parser *p, int type, void **node);
// Remember that rule `type` starting at token `mark` gave node and ended at p->mark.
void fe_parse_memo_set(Parser *p, int mark, int type, void *node);

// A memoized rule: body's result at the mark, computed once per token and rule type (and
// counted against the recursion limit); the mark is restored on failure.
Expr *fe_parse_memoized(Parser *p, int type, Expr *(*body)(Parser *));

enum {
    MEMO_EXPRESSION = 1, MEMO_DISJUNCTION, MEMO_CONJUNCTION, MEMO_INVERSION, MEMO_BITWISE_OR,
    MEMO_FACTOR, MEMO_PRIMARY, MEMO_T_PRIMARY, MEMO_STAR_EXPRESSION, MEMO_STAR_TARGET,
    MEMO_TARGET_WITH_STAR_ATOM, MEMO_DEL_TARGET, MEMO_STRINGS, MEMO_ARGUMENTS, MEMO_BLOCK,
    MEMO_SIMPLE_STMT, MEMO_INVALID_NAMED_EXPRESSION, MEMO_CLOSED_PATTERN, MEMO_STAR_PATTERN,
    MEMO_AWAIT_PRIMARY, MEMO_STAR_NAMED_EXPRESSION, MEMO_NAMED_EXPRESSION, MEMO_SLICES,
    MEMO_INVALID_AS_TARGET,
};

// ---- errors (parse.c) ------------------------------------------------------------------------

// CPython's CURRENT_POS: "where the tokenizer stands" for an end position.
#define CURRENT_POS (-5)

// Raise type(msg) at 0-based byte columns (CURRENT_POS allowed for the end), as CPython's
// RAISE_ERROR_KNOWN_LOCATION. Sets p->error; returns NULL.
void *fe_parse_error_at(Parser *p, PyObject *type, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, ...);

// Raise type(msg) at the last token read (CPython's RAISE_SYNTAX_ERROR / _PyPegen_raise_error).
void *fe_parse_error(Parser *p, PyObject *type, const char *fmt, ...);

#define RAISE_SYNTAX_ERROR(p, ...) fe_parse_error((p), PyExc_SyntaxError, __VA_ARGS__)
#define RAISE_INDENTATION_ERROR(p, ...) fe_parse_error((p), PyExc_IndentationError, __VA_ARGS__)
#define RAISE_AT_NODE(p, l, ...)                                                               \
    fe_parse_error_at((p), PyExc_SyntaxError, (l).lineno, (l).col_offset, (l).end_lineno,       \
                      (l).end_col_offset, __VA_ARGS__)
#define RAISE_RANGE(p, a, b, ...)                                                              \
    fe_parse_error_at((p), PyExc_SyntaxError, (a).lineno, (a).col_offset, (b).end_lineno,       \
                      (b).end_col_offset, __VA_ARGS__)
#define RAISE_STARTING_FROM(p, l, ...)                                                         \
    fe_parse_error_at((p), PyExc_SyntaxError, (l).lineno, (l).col_offset, CURRENT_POS,          \
                      CURRENT_POS, __VA_ARGS__)

static inline Loc
tok_loc(PToken *t)
{
    Loc l = {t->lineno, t->col_offset, t->end_lineno, t->end_col_offset};
    return l;
}

// A MemoryError (or other non-syntax error) already set: mark the parser failed; NULL.
void *fe_parse_nomem(Parser *p);

// ---- node helpers (parse.c) ----------------------------------------------------------------

Expr *fe_new_expr(Parser *p, ExprKind kind, Loc loc);
// Nodes located from s to the end of the last consumed token (CPython's EXTRA).
Expr *fe_expr_at(Parser *p, ExprKind kind, Start s);
Stmt *fe_stmt_at(Parser *p, StmtKind kind, Start s);
Stmt *fe_new_stmt(Parser *p, StmtKind kind, Loc loc);
Pattern *fe_new_pattern(Parser *p, PatternKind kind, Loc loc);
void *fe_parse_alloc(Parser *p, size_t size);

// An interned identifier from UTF-8 bytes (NFKC-normalized when not ASCII), owned by the
// arena; NULL on error.
PyObject *fe_parse_identifier(Parser *p, const char *s, Py_ssize_t n);

// A Name(id, Load) node for a NAME token.
Expr *fe_name_from_token(Parser *p, PToken *t);

// Consume a NAME token and return it as a Name node (Load), or NULL (no error).
Expr *fe_parse_name(Parser *p);

// Own an object in the arena (stolen); NULL on error with p->error set.
PyObject *fe_parse_own(Parser *p, PyObject *o);

// A growable sequence under construction (memory from the arena).
typedef struct {
    void **items;
    Py_ssize_t n, cap;
} Vec;

static inline void
vec_init(Vec *v)
{
    v->items = NULL;
    v->n = v->cap = 0;
}

// Append x: 0, or -1 on MemoryError (p->error set).
int fe_vec_push(Parser *p, Vec *v, void *x);
// The items as an AstSeq (empty sequences too); NULL on error.
AstSeq *fe_vec_seq(Parser *p, Vec *v);
// A sequence of one item / of `first` followed by rest's items.
AstSeq *fe_seq1(Parser *p, void *x);
AstSeq *fe_seq_prepend(Parser *p, void *first, AstSeq *rest);
AstSeq *fe_seq_append(Parser *p, AstSeq *seq, void *last);

// ---- rules shared between files ----------------------------------------------------------------

// parse_stmt.c
AstSeq *fe_rule_statements(Parser *p);
AstSeq *fe_rule_simple_stmts(Parser *p);
AstSeq *fe_rule_statement_newline(Parser *p);
Stmt *fe_rule_simple_stmt(Parser *p);
PyObject *fe_parse_as_name(Parser *p);

// parse_compound.c
AstSeq *fe_rule_block(Parser *p);
Stmt *fe_rule_compound_stmt(Parser *p);
AstSeq *fe_rule_else_block(Parser *p);
// In the second pass: NEWLINE !INDENT at the mark (after a header's ':'), not consumed.
int fe_parse_missing_block(Parser *p);

// parse_params.c (lam: lambda's parameters)
Arguments *fe_rule_params(Parser *p, int lam);
Arguments *fe_empty_arguments(Parser *p);

// parse_def.c
Stmt *fe_rule_function_def(Parser *p);
Stmt *fe_rule_class_def(Parser *p);
AstSeq *fe_rule_decorators(Parser *p);
Expr *fe_rule_lambdef(Parser *p);

// parse_expr.c
Expr *fe_tuple_at(Parser *p, Start s, Vec *v); // Tuple(Load) of v's items
Expr *fe_starred_load(Parser *p, Expr *(*operand)(Parser *)); // '*' operand -> Starred(Load)
// X (',' X)+ [','] -> Tuple(ctx) | X ',' -> Tuple(ctx) | X, for X the rule `item`.
Expr *fe_comma_list(Parser *p, Expr *(*item)(Parser *), ExprContext ctx);
Expr *fe_rule_expressions(Parser *p);
Expr *fe_rule_expression(Parser *p);
Expr *fe_rule_expression_without_invalid(Parser *p);
Expr *fe_rule_yield_expr(Parser *p);
Expr *fe_rule_star_expressions(Parser *p);
Expr *fe_rule_star_expression(Parser *p);
AstSeq *fe_rule_star_named_expressions(Parser *p);
Expr *fe_rule_star_named_expression(Parser *p);
Expr *fe_rule_assignment_expression(Parser *p);
Expr *fe_rule_named_expression(Parser *p);
Expr *fe_rule_disjunction(Parser *p);
Expr *fe_rule_annotated_rhs(Parser *p); // parse_stmt.c

// parse_primary.c
Expr *fe_rule_bitwise_or(Parser *p);
// Attribute(value, name, ctx) / Subscript(value, slice, ctx) located from s to the last token
// read; NULL on error.
Expr *fe_attribute_at(Parser *p, Start s, Expr *value, PToken *name, ExprContext ctx);
Expr *fe_subscript_at(Parser *p, Start s, Expr *value, Expr *slice, ExprContext ctx);
Expr *fe_rule_primary(Parser *p);
Expr *fe_rule_atom(Parser *p);
Expr *fe_rule_slices(Parser *p);

// parse_display.c
Expr *fe_rule_list(Parser *p);
Expr *fe_rule_tuple(Parser *p);
Expr *fe_rule_group(Parser *p);
Expr *fe_rule_genexp(Parser *p);
Expr *fe_rule_listcomp(Parser *p);
Expr *fe_rule_setcomp(Parser *p);
Expr *fe_rule_dict(Parser *p);
Expr *fe_rule_set(Parser *p);
Expr *fe_rule_dictcomp(Parser *p);
AstSeq *fe_rule_for_if_clauses(Parser *p);
Expr *fe_rule_kvpair(Parser *p, Expr **value);
// The iterable or last condition of the last comprehension (where errors about them end).
Expr *fe_last_comprehension_item(AstSeq *generators);

// parse_call.c
Expr *fe_rule_arguments(Parser *p); // a Call with func NULL holding args and keywords
Expr *fe_rule_starred_expression(Parser *p);

// parse_target.c
Expr *fe_rule_star_targets(Parser *p);
Expr *fe_rule_star_target(Parser *p);
Expr *fe_rule_single_target(Parser *p);
Expr *fe_rule_single_subscript_attribute_target(Parser *p);
AstSeq *fe_rule_del_targets(Parser *p);
Expr *fe_rule_t_primary(Parser *p);
Expr *fe_set_expr_context(Parser *p, Expr *e, ExprContext ctx);
typedef enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;
void *fe_raise_invalid_target(Parser *p, TargetsType type, Expr *e);
void *fe_invalid_for_target(Parser *p);
const char *fe_expr_name(Expr *e);

// parse_pattern.c
Pattern *fe_rule_patterns(Parser *p);

// parse_match.c
Stmt *fe_rule_match_stmt(Parser *p);

// parse_literal.c
Expr *fe_rule_number(Parser *p);
Expr *fe_rule_strings(Parser *p);
Expr *fe_number_to_expr(Parser *p, PToken *t);
int fe_is_legacy_stmt_name(Expr *name);

// parse_fstring.c: the f-string body between the quotes of token t; pieces are appended
// to *state (see parse_literal.c).
typedef struct FStringState FStringState;
int fe_fstring_concat(Parser *p, FStringState *st, const char **str, const char *end, int raw,
                      int recurse_lvl, PToken *first, PToken *t, PToken *last);
Expr *fe_fstring_parse_spec(Parser *p, const char **str, const char *end, int raw,
                            int recurse_lvl, PToken *first, PToken *t, PToken *last);

// The state of one concatenation of string pieces (parse_literal.c owns it).
struct FStringState {
    PyObject *parts; // pending literal text: a list of str pieces, or NULL when none
    Vec exprs;       // Constant and FormattedValue nodes so far
    int fmode;       // some piece was an f-string
};
int fe_fstring_state_add_str(Parser *p, FStringState *st, PyObject *s); // steals s
// Turn the pending literal text into a Constant node appended to the state's expressions.
int fe_fstring_state_flush(Parser *p, FStringState *st, PToken *first, PToken *last);
Expr *fe_fstring_state_finish(Parser *p, FStringState *st, PToken *first, PToken *last);
void fe_fstring_state_clear(FStringState *st);
PyObject *fe_decode_unicode_escapes(Parser *p, const char *s, Py_ssize_t len, PToken *t);

// parse.c: parse the text of an f-string replacement field (with its parentheses) as an
// expression located at (lineno, col) of the enclosing source.
Expr *fe_parse_fstring_expr(Parser *p, const char *text, Py_ssize_t len, int starting_lineno,
                            int starting_col);

#endif
