// parse.c: the parser's machinery: the token array (with CPython's token positions), memo,
// recursion limit, syntax errors located and worded as CPython 3.11 does, the two-pass
// driver and fe_parse. The grammar rules are in parse_*.c (see parse_internal.h).
#include <stdarg.h>
#include <string.h>
#include "frontend/parse_internal.h"

// ---- tokens -----------------------------------------------------------------------------

static int
is_opening(TokenKind k)
{
    return k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE;
}

static int
is_closing(TokenKind k)
{
    return k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE;
}

// Whether the last line of the source ends in a newline as the tokenizer reads it: exec
// input and f-string expressions get one supplied, eval and 'single' input do not.
static int
source_ends_in_newline(Parser *p)
{
    if (p->start == START_FILE || p->start == START_FSTRING)
        return 1;
    return p->size > 0 && (p->source[p->size - 1] == '\n' || p->source[p->size - 1] == '\r');
}

// CPython's positions for the layout tokens: INDENT, DEDENT and ENDMARKER (kind, before any
// change to NEWLINE) carry no columns (-1); what its errors use instead is where the
// tokenizer cursor stands: past the indentation, or at the end of input past the last line
// and its newline if it has one.
static void
normalize_layout_token(Parser *p, PToken *t, TokenKind kind, const Token *tok)
{
    t->col_offset = t->end_col_offset = -1;
    t->end_lineno = t->cur_line = t->lineno;
    if (kind == TOK_INDENT) {
        t->cur_col = tok->finish.col;
        return;
    }
    // At the end of input the tokenizer puts DEDENT and ENDMARKER at the end of the last line.
    Py_ssize_t len = 0;
    const char *line = fe_tokenizer_line(p->tz, tok->begin.line, &len);
    int at_end = kind == TOK_ENDMARKER || line == NULL || tok->begin.col >= len;
    t->cur_col = tok->begin.col + (at_end && source_ends_in_newline(p));
}

// Shift positions of a token read from an f-string's "(expr)" buffer to the enclosing
// source: lines by the field's line, columns by its column on the buffer's first line.
static void
shift_fstring_token(Parser *p, PToken *t)
{
    int first = t->cur_line == 1;
    t->lineno += p->starting_lineno - 1;
    t->end_lineno += p->starting_lineno - 1;
    t->cur_line += p->starting_lineno - 1;
    if (first) {
        if (t->col_offset >= 0)
            t->col_offset += p->starting_col_offset;
        if (t->end_col_offset >= 0)
            t->end_col_offset += p->starting_col_offset;
        t->cur_col += p->starting_col_offset;
    }
}

static void fix_fstring_tokenizer_error(Parser *p);

int
fe_parse_fill(Parser *p)
{
    if (p->error)
        return -1;
    Token tok;
    if (fe_tokenizer_next(p->tz, &tok) < 0) {
        p->error = 1;
        p->tokenizer_failed = 1;
        if (p->start == START_FSTRING)
            fix_fstring_tokenizer_error(p);
        return -1;
    }
    if (p->fill == p->cap) {
        int cap = p->cap == 0 ? 256 : p->cap * 2;
        PToken **tokens = PyMem_Realloc(p->tokens, (size_t)cap * sizeof(PToken *));
        if (tokens == NULL) {
            PyErr_NoMemory();
            p->error = 1;
            return -1;
        }
        p->tokens = tokens;
        p->cap = cap;
    }
    PToken *t = PyMem_Calloc(1, sizeof(PToken));
    if (t == NULL) {
        PyErr_NoMemory();
        p->error = 1;
        return -1;
    }
    // 'single' input ends its statement with a NEWLINE that CPython's fill_token supplies for
    // the first ENDMARKER after any other token, closing the open blocks with DEDENTs.
    TokenKind kind = tok.kind;
    if (p->start == START_INTERACTIVE && kind == TOK_ENDMARKER && p->parsing_started) {
        tok.kind = TOK_NEWLINE;
        p->parsing_started = 0;
        fe_tokenizer_imply_dedents(p->tz);
    } else {
        p->parsing_started = 1;
    }
    t->kind = tok.kind;
    t->start = tok.start;
    t->end = tok.end;
    t->lineno = tok.begin.line;
    t->col_offset = tok.begin.col;
    t->end_lineno = tok.finish.line;
    t->end_col_offset = tok.finish.col;
    t->cur_line = tok.finish.line;
    t->cur_col = tok.finish.col;
    if (kind == TOK_NEWLINE) {
        // CPython's NEWLINE ends at the newline character; the cursor is past it.
        t->end_col_offset = tok.finish.col - 1;
    }
    else if (kind == TOK_INDENT || kind == TOK_DEDENT || kind == TOK_ENDMARKER) {
        normalize_layout_token(p, t, kind, &tok);
    }
    if (is_opening(t->kind))
        p->depth++;
    else if (is_closing(t->kind) && p->depth > 0)
        p->depth--;
    t->level = p->depth;
    if (p->start == START_FSTRING)
        shift_fstring_token(p, t);
    p->tokens[p->fill++] = t;
    return 0;
}

PToken *
fe_parse_expect_soft(Parser *p, const char *kw)
{
    PToken *t = peek(p);
    if (t == NULL || t->kind != TOK_NAME)
        return NULL;
    size_t n = strlen(kw);
    if ((size_t)(t->end - t->start) != n || memcmp(t->start, kw, n) != 0)
        return NULL;
    p->mark++;
    return t;
}

int
fe_parse_check_soft(Parser *p, const char *kw)
{
    int mark = p->mark;
    int r = fe_parse_expect_soft(p, kw) != NULL;
    p->mark = mark;
    return r;
}

PToken *
fe_parse_expect_forced(Parser *p, TokenKind k, const char *spelling)
{
    if (p->error)
        return NULL;
    PToken *t = peek(p);
    if (t == NULL)
        return NULL;
    if (t->kind != k) {
        RAISE_AT_NODE(p, tok_loc(t), "expected '%s'", spelling);
        return NULL;
    }
    p->mark++;
    return t;
}

PToken *
fe_parse_last_nonwhite(Parser *p)
{
    PToken *t = NULL;
    for (int m = p->mark - 1; m >= 0; m--) {
        t = p->tokens[m];
        if (t->kind != TOK_ENDMARKER && t->kind != TOK_NEWLINE && t->kind != TOK_INDENT &&
            t->kind != TOK_DEDENT)
            break;
    }
    return t;
}

int
fe_parse_start(Parser *p, Start *s)
{
    PToken *t = peek(p);
    if (t == NULL)
        return -1;
    s->lineno = t->lineno;
    s->col = t->col_offset;
    return 0;
}

Loc
fe_parse_loc(Parser *p, Start s)
{
    PToken *t = fe_parse_last_nonwhite(p);
    Loc l = {s.lineno, s.col, t != NULL ? t->end_lineno : s.lineno,
             t != NULL ? t->end_col_offset : s.col};
    return l;
}

// ---- recursion and memo ---------------------------------------------------------------------

int
fe_parse_enter(Parser *p)
{
    if (p->error)
        return -1;
    if (++p->level > PARSE_MAXSTACK) {
        p->level--;
        p->error = 1;
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

int
fe_parse_memo_get(Parser *p, int type, void **node)
{
    PToken *t = peek(p);
    if (t == NULL)
        return 0;
    for (Memo *m = t->memo; m != NULL; m = m->next) {
        if (m->type == type) {
            p->mark = m->mark;
            *node = m->node;
            return 1;
        }
    }
    return 0;
}

void
fe_parse_memo_set(Parser *p, int mark, int type, void *node)
{
    if (p->error)
        return;
    PToken *t = p->tokens[mark];
    for (Memo *m = t->memo; m != NULL; m = m->next) {
        if (m->type == type) {
            m->node = node;
            m->mark = p->mark;
            return;
        }
    }
    Memo *m = fe_parse_alloc(p, sizeof(Memo));
    if (m == NULL)
        return;
    m->type = type;
    m->node = node;
    m->mark = p->mark;
    m->next = t->memo;
    t->memo = m;
}

Expr *
fe_parse_memoized(Parser *p, int type, Expr *(*body)(Parser *))
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, type, &memo))
        return memo;
    if (fe_parse_enter(p) < 0)
        return NULL;
    Expr *e = body(p);
    leave(p);
    if (e == NULL)
        p->mark = mark;
    fe_parse_memo_set(p, mark, type, e);
    return e;
}

// ---- errors -------------------------------------------------------------------------------

static PToken *
last_read(Parser *p)
{
    return p->fill > 0 ? p->tokens[p->fill - 1] : NULL;
}

// CPython's _PyPegen_raise_error_known_location: col and end_col are its 1-based byte values
// (or CURRENT_POS); the tokenizer builds the exception with the text CPython quotes.
static void
raise_known(Parser *p, PyObject *type, int lineno, int col, int end_lineno, int end_col,
            const char *fmt, va_list va)
{
    // Once an error is pending CPython's rules fail before reaching another raise.
    if (p->error && PyErr_Occurred())
        return;
    p->error = 1;
    PToken *cur = last_read(p);
    if (end_lineno == CURRENT_POS)
        end_lineno = cur != NULL ? cur->cur_line : lineno;
    if (end_col == CURRENT_POS)
        end_col = cur != NULL ? cur->cur_col : 0;
    PyObject *msg = PyUnicode_FromFormatV(fmt, va);
    if (msg == NULL)
        return;
    int shift = 0;
    if (p->start == START_FSTRING) {
        // Located in the "(expr)" buffer, as CPython's f-string sub-parser reports them.
        col -= p->starting_col_offset;
        end_col -= p->starting_col_offset;
        shift = p->starting_lineno - 1;
    }
    SrcPos begin = {lineno - shift, col - 1}, end = {end_lineno - shift, end_col - 1};
    fe_tokenizer_error(p->tz, type, begin, end, "%s%U",
                       p->start == START_FSTRING ? "f-string: " : "", msg);
    Py_DECREF(msg);
    if (shift != 0)
        fix_fstring_tokenizer_error(p);
}

void *
fe_parse_error_at(Parser *p, PyObject *type, int lineno, int col, int end_lineno, int end_col,
                  const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    raise_known(p, type, lineno, col == CURRENT_POS ? CURRENT_POS : col + 1, end_lineno,
                end_col == CURRENT_POS ? CURRENT_POS : end_col + 1, fmt, va);
    va_end(va);
    return NULL;
}

void *
fe_parse_error(Parser *p, PyObject *type, const char *fmt, ...)
{
    if (p->error && PyErr_Occurred())
        return NULL;
    PToken *t = p->known_err_token != NULL ? p->known_err_token : last_read(p);
    va_list va;
    va_start(va, fmt);
    if (t == NULL) {
        raise_known(p, type, 0, 0, 0, -1, fmt, va);
    }
    else {
        int col = t->col_offset == -1 ? t->cur_col : t->col_offset + 1;
        int end_col = t->end_col_offset != -1 ? t->end_col_offset + 1 : -1;
        raise_known(p, type, t->lineno, col, t->end_lineno, end_col, fmt, va);
    }
    va_end(va);
    return NULL;
}

void *
fe_parse_nomem(Parser *p)
{
    p->error = 1;
    if (!PyErr_Occurred())
        PyErr_NoMemory();
    return NULL;
}

// A tokenizer error inside an f-string expression is located in the "(expr)" buffer; move
// its lines to the enclosing source as CPython's sub-tokenizer numbers them.
static void
fix_fstring_tokenizer_error(Parser *p)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc != NULL && PyErr_GivenExceptionMatches(exc, PyExc_SyntaxError)) {
        PySyntaxErrorObject *se = (PySyntaxErrorObject *)exc;
        PyObject **fields[] = {&se->lineno, &se->end_lineno};
        for (int i = 0; i < 2; i++) {
            PyObject *v = *fields[i];
            if (v != NULL && PyLong_Check(v)) {
                long n = PyLong_AsLong(v) + p->starting_lineno - 1;
                PyObject *nv = PyLong_FromLong(n);
                if (nv != NULL)
                    Py_SETREF(*fields[i], nv);
            }
        }
    }
    PyErr_SetRaisedException(exc);
}

// ---- node helpers -----------------------------------------------------------------------------

void *
fe_parse_alloc(Parser *p, size_t size)
{
    void *mem = fe_arena_alloc(p->arena, size);
    if (mem == NULL)
        p->error = 1;
    return mem;
}

Expr *
fe_new_expr(Parser *p, ExprKind kind, Loc loc)
{
    Expr *e = fe_parse_alloc(p, sizeof(Expr));
    if (e != NULL) {
        e->kind = kind;
        e->loc = loc;
    }
    return e;
}

Expr *
fe_expr_at(Parser *p, ExprKind kind, Start s)
{
    return fe_new_expr(p, kind, fe_parse_loc(p, s));
}

Stmt *
fe_stmt_at(Parser *p, StmtKind kind, Start s)
{
    return fe_new_stmt(p, kind, fe_parse_loc(p, s));
}

Stmt *
fe_new_stmt(Parser *p, StmtKind kind, Loc loc)
{
    Stmt *s = fe_parse_alloc(p, sizeof(Stmt));
    if (s != NULL) {
        s->kind = kind;
        s->loc = loc;
    }
    return s;
}

Pattern *
fe_new_pattern(Parser *p, PatternKind kind, Loc loc)
{
    Pattern *pt = fe_parse_alloc(p, sizeof(Pattern));
    if (pt != NULL) {
        pt->kind = kind;
        pt->loc = loc;
    }
    return pt;
}

PyObject *
fe_parse_own(Parser *p, PyObject *o)
{
    if (o == NULL || fe_arena_own(p->arena, o) == NULL) {
        p->error = 1;
        return NULL;
    }
    return o;
}

Expr *
fe_name_from_token(Parser *p, PToken *t)
{
    PyObject *id = fe_parse_identifier(p, t->start, t->end - t->start);
    if (id == NULL)
        return NULL;
    Expr *e = fe_new_expr(p, EXPR_Name, tok_loc(t));
    if (e != NULL) {
        e->v.name.id = id;
        e->v.name.ctx = CTX_LOAD;
    }
    return e;
}

Expr *
fe_parse_name(Parser *p)
{
    PToken *t = expect(p, TOK_NAME);
    return t != NULL ? fe_name_from_token(p, t) : NULL;
}

int
fe_vec_push(Parser *p, Vec *v, void *x)
{
    if (v->n == v->cap) {
        Py_ssize_t cap = v->cap == 0 ? 4 : v->cap * 2;
        void **items = fe_parse_alloc(p, (size_t)cap * sizeof(void *));
        if (items == NULL)
            return -1;
        if (v->n > 0)
            memcpy(items, v->items, (size_t)v->n * sizeof(void *));
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
    return 0;
}

AstSeq *
fe_vec_seq(Parser *p, Vec *v)
{
    AstSeq *seq = fe_seq_new(p->arena, v->n);
    if (seq == NULL) {
        p->error = 1;
        return NULL;
    }
    for (Py_ssize_t i = 0; i < v->n; i++)
        seq->items[i] = v->items[i];
    return seq;
}

AstSeq *
fe_seq1(Parser *p, void *x)
{
    AstSeq *seq = fe_seq_new(p->arena, 1);
    if (seq == NULL) {
        p->error = 1;
        return NULL;
    }
    seq->items[0] = x;
    return seq;
}

AstSeq *
fe_seq_prepend(Parser *p, void *first, AstSeq *rest)
{
    Py_ssize_t n = AST_SEQ_LEN(rest);
    AstSeq *seq = fe_seq_new(p->arena, n + 1);
    if (seq == NULL) {
        p->error = 1;
        return NULL;
    }
    seq->items[0] = first;
    for (Py_ssize_t i = 0; i < n; i++)
        seq->items[i + 1] = rest->items[i];
    return seq;
}

AstSeq *
fe_seq_append(Parser *p, AstSeq *s, void *last)
{
    Py_ssize_t n = AST_SEQ_LEN(s);
    AstSeq *seq = fe_seq_new(p->arena, n + 1);
    if (seq == NULL) {
        p->error = 1;
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        seq->items[i] = s->items[i];
    seq->items[n] = last;
    return seq;
}

// ---- the start rules -------------------------------------------------------------------------

static Mod *
new_mod(Parser *p, ModKind kind)
{
    Mod *m = fe_parse_alloc(p, sizeof(Mod));
    if (m != NULL)
        m->kind = kind;
    return m;
}

// file: [statements] ENDMARKER
static Mod *
file_rule(Parser *p)
{
    AstSeq *body = fe_rule_statements(p);
    if (p->error || expect(p, TOK_ENDMARKER) == NULL)
        return NULL;
    Mod *m = new_mod(p, MOD_MODULE);
    if (m != NULL)
        m->body = body != NULL ? body : fe_seq_new(p->arena, 0);
    return m;
}

// eval: expressions NEWLINE* ENDMARKER
static Mod *
eval_rule(Parser *p)
{
    Expr *e = fe_rule_expressions(p);
    if (e == NULL)
        return NULL;
    while (expect(p, TOK_NEWLINE) != NULL)
        ;
    if (p->error || expect(p, TOK_ENDMARKER) == NULL)
        return NULL;
    Mod *m = new_mod(p, MOD_EXPRESSION);
    if (m != NULL)
        m->expr = e;
    return m;
}

// interactive: statement_newline
static Mod *
interactive_rule(Parser *p)
{
    AstSeq *body = fe_rule_statement_newline(p);
    if (body == NULL)
        return NULL;
    Mod *m = new_mod(p, MOD_INTERACTIVE);
    if (m != NULL)
        m->body = body;
    return m;
}

static void *
parse_start(Parser *p)
{
    switch (p->start) {
    case START_FILE: return file_rule(p);
    case START_EVAL: return eval_rule(p);
    case START_INTERACTIVE: return interactive_rule(p);
    case START_FSTRING: return fe_rule_star_expressions(p);
    }
    return NULL;
}

// ---- the driver -------------------------------------------------------------------------------

// The line of the pending SyntaxError (in the parser's numbering), or 0.
static long
pending_error_lineno(Parser *p)
{
    PyObject *exc = PyErr_GetRaisedException();
    long line = 0;
    if (exc != NULL && PyErr_GivenExceptionMatches(exc, PyExc_SyntaxError)) {
        PyObject *v = ((PySyntaxErrorObject *)exc)->lineno;
        if (v != NULL && PyLong_Check(v))
            line = PyLong_AsLong(v);
    }
    PyErr_SetRaisedException(exc);
    if (p->start == START_FSTRING)
        line += p->starting_lineno - 1;
    return line;
}

// CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, read the
// rest of the input (not at the interactive prompt); a lexical error there wins, and so does
// an unclosed bracket on a line before the parser's error.
static void
check_rest_of_source(Parser *p)
{
    if (p->prompt)
        return;
    PyObject *saved = PyErr_GetRaisedException();
    PToken *cur = p->known_err_token != NULL ? p->known_err_token : last_read(p);
    long err_line = cur != NULL ? cur->lineno : 0;
    for (;;) {
        Token tok;
        if (fe_tokenizer_next(p->tz, &tok) < 0) {
            TokErrorOrigin origin = fe_tokenizer_error_origin(p->tz);
            int wins = origin == TOKERR_LEXICAL ||
                       (origin == TOKERR_UNCLOSED && err_line > pending_error_lineno(p));
            if (!wins)
                break;
            if (p->start == START_FSTRING)
                fix_fstring_tokenizer_error(p);
            Py_XDECREF(saved);
            return;
        }
        if (tok.kind == TOK_ENDMARKER)
            break;
    }
    PyErr_SetRaisedException(saved);
}

// CPython's _PyPegen_set_syntax_error: explain a failed parse.
static void
set_syntax_error(Parser *p, PToken *last)
{
    if (PyErr_Occurred()) {
        if (!p->tokenizer_failed && PyErr_ExceptionMatches(PyExc_SyntaxError))
            check_rest_of_source(p);
        return;
    }
    if (last == NULL) {
        RAISE_SYNTAX_ERROR(p, "error at start before reading any input");
        return;
    }
    if (last->kind == TOK_INDENT || last->kind == TOK_DEDENT) {
        RAISE_INDENTATION_ERROR(p, last->kind == TOK_INDENT ? "unexpected indent"
                                                            : "unexpected unindent");
        return;
    }
    fe_parse_error_at(p, PyExc_SyntaxError, last->lineno, last->col_offset, last->end_lineno,
                      last->end_col_offset, "invalid syntax");
    check_rest_of_source(p);
}

static void
clear_memos(Parser *p)
{
    for (int i = 0; i < p->fill; i++)
        p->tokens[i]->memo = NULL;
}

// CPython's bad_single_statement: after a 'single' statement, is anything but blanks and
// comments left in the source?
static int
bad_single_statement(Parser *p)
{
    const char *s = fe_tokenizer_cursor(p->tz), *end = p->source + p->size;
    for (;;) {
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
            s++;
        if (s == end || *s == '\0')
            return 0;
        if (*s != '#')
            return 1;
        while (s < end && *s != '\0' && *s != '\n' && *s != '\r')
            s++;
    }
}

static void *
run_parser(Parser *p)
{
    void *res = parse_start(p);
    if (res != NULL && !p->error) {
        if (p->start == START_INTERACTIVE && bad_single_statement(p))
            return RAISE_SYNTAX_ERROR(
                p, "multiple statements found while compiling a single statement");
        return res;
    }
    if (PyErr_Occurred() && !PyErr_ExceptionMatches(PyExc_SyntaxError))
        return NULL;
    PToken *last = last_read(p);
    if (!p->error) {
        // The second pass enables the invalid_* rules that explain the error.
        clear_memos(p);
        p->mark = 0;
        p->level = p->base_level;
        p->call_invalid_rules = 1;
        parse_start(p);
        if (PyErr_Occurred() && !PyErr_ExceptionMatches(PyExc_SyntaxError))
            return NULL;
    }
    set_syntax_error(p, last);
    return NULL;
}

static void
parser_free(Parser *p)
{
    for (int i = 0; i < p->fill; i++)
        PyMem_Free(p->tokens[i]);
    PyMem_Free(p->tokens);
    fe_tokenizer_free(p->tz);
}

Mod *
fe_parse_source(const char *source, Py_ssize_t size, const char *filename, ModKind mode,
                FeSourceKind kind, AstArena *arena)
{
    // CPython's translate_newlines turns a compiled exec string ending in "\r\n" into one
    // ending in "\n\n" (its "add a missing newline" test sees the skipped '\n' as the
    // end), so such sources get one more line, visible in error positions.
    char *copy = NULL;
    if (kind != FE_SOURCE_FILE && mode == MOD_MODULE && size >= 2 &&
        source[size - 2] == '\r' && source[size - 1] == '\n') {
        copy = PyMem_Malloc((size_t)size + 1);
        if (copy == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        memcpy(copy, source, (size_t)size);
        copy[size++] = '\n';
        source = copy;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    p.source = source;
    p.size = size;
    p.filename = filename != NULL ? filename : "<string>";
    p.arena = arena;
    p.start = mode == MOD_EXPRESSION    ? START_EVAL
              : mode == MOD_INTERACTIVE ? START_INTERACTIVE
                                        : START_FILE;
    // compile(..., 'single') reads a str or bytes; the prompt's lines are parsed as a file's.
    p.prompt = mode == MOD_INTERACTIVE && kind == FE_SOURCE_FILE;
    Mod *m = NULL;
    p.tz = fe_tokenizer_new(source, size, p.filename);
    if (p.tz != NULL) {
        fe_tokenizer_set_source_kind(p.tz, kind);
        // CPython supplies a missing final newline to exec input only (its exec_input).
        fe_tokenizer_set_exec_input(p.tz, mode == MOD_MODULE);
        m = run_parser(&p);
        parser_free(&p);
    }
    PyMem_Free(copy);
    return m;
}

Mod *
fe_parse(const char *source, Py_ssize_t size, const char *filename, ModKind mode,
         AstArena *arena)
{
    return fe_parse_source(source, size, filename, mode, FE_SOURCE_FILE, arena);
}

Expr *
fe_parse_fstring_expr(Parser *p, const char *text, Py_ssize_t len, int starting_lineno,
                      int starting_col)
{
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.source = text;
    sub.size = len;
    sub.filename = p->filename;
    sub.arena = p->arena;
    sub.start = START_FSTRING;
    sub.starting_lineno = starting_lineno;
    sub.starting_col_offset = starting_col;
    sub.level = sub.base_level = p->level;
    sub.tz = fe_tokenizer_new(text, len, p->filename);
    if (sub.tz == NULL)
        return fe_parse_nomem(p);
    // CPython's sub-tokenizer knows no encoding: its errors keep byte offsets.
    fe_tokenizer_set_source_kind(sub.tz, FE_SOURCE_BYTES);
    Expr *e = run_parser(&sub);
    parser_free(&sub);
    if (e == NULL)
        p->error = 1;
    return e;
}
