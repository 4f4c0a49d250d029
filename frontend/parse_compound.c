// parse_compound.c: blocks and the compound statements of CPython 3.11's grammar: if, while,
// for, with and try (with except*), with the invalid_* rules for missing colons and indented
// blocks. Simple statements are in parse_stmt.c, def/class in parse_def.c.
#include "frontend/parse_internal.h"

// ---- blocks ----------------------------------------------------------------------------------

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
static AstSeq *
block_body(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TOK_NEWLINE) != NULL && expect(p, TOK_INDENT) != NULL) {
        AstSeq *body = fe_rule_statements(p);
        if (body != NULL && expect(p, TOK_DEDENT) != NULL)
            return body;
    }
    p->mark = mark;
    AstSeq *body = fe_rule_simple_stmts(p);
    if (body != NULL)
        return body;
    p->mark = mark;
    if (p->call_invalid_rules && expect(p, TOK_NEWLINE) != NULL && !check(p, TOK_INDENT))
        return RAISE_INDENTATION_ERROR(p, "expected an indented block");
    p->mark = mark;
    return NULL;
}

AstSeq *
fe_rule_block(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_BLOCK, &memo))
        return memo;
    if (fe_parse_enter(p) < 0)
        return NULL;
    AstSeq *body = block_body(p);
    leave(p);
    fe_parse_memo_set(p, mark, MEMO_BLOCK, body);
    return body;
}

int
fe_parse_missing_block(Parser *p)
{
    int mark = p->mark;
    int r = expect(p, TOK_NEWLINE) != NULL && !check(p, TOK_INDENT);
    p->mark = mark;
    return r;
}

static void *
raise_missing_block(Parser *p, const char *what, int line)
{
    // CPython locates it at the last token read: the one after the NEWLINE.
    return RAISE_INDENTATION_ERROR(p, "expected an indented block after %s on line %d", what,
                                   line);
}

// ---- if / while ------------------------------------------------------------------------------

static Stmt *if_rule(Parser *p, TokenKind kw);

// invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt: `kw` named_expression NEWLINE
// gives "expected ':'"; `kw` named_expression ':' NEWLINE !INDENT the IndentationError.
static void *
invalid_cond_stmt(Parser *p, TokenKind kw, const char *what)
{
    int mark = p->mark;
    if (expect(p, kw) != NULL && fe_rule_named_expression(p) != NULL &&
        expect(p, TOK_NEWLINE) != NULL)
        return RAISE_SYNTAX_ERROR(p, "expected ':'");
    p->mark = mark;
    PToken *a = expect(p, kw);
    Expr *cond = a != NULL ? fe_rule_named_expression(p) : NULL;
    if (cond != NULL && expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p)) {
        return raise_missing_block(p, what, a->lineno);
    }
    p->mark = mark;
    return NULL;
}

// else_block and finally_block: invalid_<kw>_stmt | kw &&':' block, where `what` names the
// statement in the error for a missing block.
static AstSeq *
keyword_block(Parser *p, TokenKind kw, const char *what)
{
    int mark = p->mark;
    if (p->call_invalid_rules) {
        PToken *a = expect(p, kw);
        if (a != NULL && expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p))
            return raise_missing_block(p, what, a->lineno);
        p->mark = mark;
    }
    if (expect(p, kw) == NULL)
        return NULL;
    if (fe_parse_expect_forced(p, TOK_COLON, ":") == NULL)
        return NULL;
    AstSeq *body = fe_rule_block(p);
    if (body == NULL)
        p->mark = mark;
    return body;
}

// else_block: invalid_else_stmt | 'else' &&':' block
AstSeq *
fe_rule_else_block(Parser *p)
{
    return keyword_block(p, TOK_ELSE, "'else' statement");
}

// if_stmt / elif_stmt
static Stmt *
if_rule(Parser *p, TokenKind kw)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_cond_stmt(p, kw, kw == TOK_IF ? "'if' statement" : "'elif' statement");
        if (p->error)
            return NULL;
    }
    if (expect(p, kw) == NULL)
        return NULL;
    Expr *test = fe_rule_named_expression(p);
    if (test == NULL || expect(p, TOK_COLON) == NULL) {
        p->mark = mark;
        return NULL;
    }
    AstSeq *body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    AstSeq *orelse = NULL;
    int after = p->mark;
    if (check(p, TOK_ELIF)) {
        Stmt *elif = if_rule(p, TOK_ELIF);
        if (elif != NULL)
            orelse = fe_seq1(p, elif);
        else
            p->mark = after;
    }
    if (orelse == NULL && !p->error) {
        orelse = fe_rule_else_block(p);
        if (orelse == NULL)
            p->mark = after;
    }
    Stmt *st = fe_stmt_at(p, STMT_If, s);
    if (st != NULL) {
        st->v.if_.test = test;
        st->v.if_.body = body;
        st->v.if_.orelse = orelse != NULL ? orelse : fe_seq_new(p->arena, 0);
    }
    return st;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
static Stmt *
while_stmt(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_cond_stmt(p, TOK_WHILE, "'while' statement");
        if (p->error)
            return NULL;
    }
    expect(p, TOK_WHILE);
    Expr *test = fe_rule_named_expression(p);
    AstSeq *body = NULL;
    if (test != NULL && expect(p, TOK_COLON) != NULL)
        body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    int after = p->mark;
    AstSeq *orelse = fe_rule_else_block(p);
    if (orelse == NULL)
        p->mark = after;
    Stmt *st = fe_stmt_at(p, STMT_While, s);
    if (st != NULL) {
        st->v.while_.test = test;
        st->v.while_.body = body;
        st->v.while_.orelse = orelse != NULL ? orelse : fe_seq_new(p->arena, 0);
    }
    return st;
}

// ---- for -----------------------------------------------------------------------------------

// invalid_for_stmt
static void *
invalid_for_stmt(Parser *p)
{
    int mark = p->mark;
    expect(p, TOK_ASYNC);
    if (expect(p, TOK_FOR) != NULL && fe_rule_star_targets(p) != NULL && expect(p, TOK_IN) &&
        fe_rule_star_expressions(p) != NULL && expect(p, TOK_NEWLINE) != NULL)
        return RAISE_SYNTAX_ERROR(p, "expected ':'");
    p->mark = mark;
    expect(p, TOK_ASYNC);
    PToken *a = expect(p, TOK_FOR);
    if (a != NULL && fe_rule_star_targets(p) != NULL && expect(p, TOK_IN) &&
        fe_rule_star_expressions(p) != NULL && expect(p, TOK_COLON) != NULL &&
        fe_parse_missing_block(p))
        return raise_missing_block(p, "'for' statement", a->lineno);
    p->mark = mark;
    return NULL;
}

static Stmt *
for_stmt(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_for_stmt(p);
        if (p->error)
            return NULL;
    }
    int is_async = expect(p, TOK_ASYNC) != NULL;
    if (expect(p, TOK_FOR) != NULL) {
        Expr *target = fe_rule_star_targets(p);
        if (target != NULL && expect(p, TOK_IN) != NULL) {
            // The cut: after 'in' no other alternative is tried.
            Expr *iter = fe_rule_star_expressions(p);
            AstSeq *body = NULL;
            if (iter != NULL && expect(p, TOK_COLON) != NULL)
                body = fe_rule_block(p);
            if (body == NULL) {
                p->mark = mark;
                return NULL;
            }
            int after = p->mark;
            AstSeq *orelse = fe_rule_else_block(p);
            if (orelse == NULL)
                p->mark = after;
            Stmt *st = fe_stmt_at(p, is_async ? STMT_AsyncFor : STMT_For, s);
            if (st != NULL) {
                st->v.for_.target = target;
                st->v.for_.iter = iter;
                st->v.for_.body = body;
                st->v.for_.orelse = orelse != NULL ? orelse : fe_seq_new(p->arena, 0);
            }
            return st;
        }
    }
    p->mark = mark;
    if (p->call_invalid_rules)
        fe_invalid_for_target(p);
    p->mark = mark;
    return NULL;
}

// ---- with ------------------------------------------------------------------------------------

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
static WithItem *
with_item(Parser *p)
{
    int mark = p->mark;
    Expr *e = fe_rule_expression(p);
    if (e == NULL)
        return NULL;
    Expr *target = NULL;
    int after = p->mark;
    if (expect(p, TOK_AS) != NULL) {
        target = fe_rule_star_target(p);
        if (target != NULL && !check(p, TOK_COMMA) && !check(p, TOK_RPAR) &&
            !check(p, TOK_COLON))
            target = NULL;
    }
    if (target == NULL) {
        p->mark = mark;
        if (p->call_invalid_rules) {
            // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
            if (fe_rule_expression(p) != NULL && expect(p, TOK_AS) != NULL) {
                Expr *a = fe_rule_expression(p);
                if (a != NULL && (check(p, TOK_COMMA) || check(p, TOK_RPAR) || check(p, TOK_COLON)))
                    return fe_raise_invalid_target(p, STAR_TARGETS, a);
            }
            if (p->error)
                return NULL;
        }
        p->mark = after;
    }
    WithItem *item = fe_parse_alloc(p, sizeof(WithItem));
    if (item != NULL) {
        item->context_expr = e;
        item->optional_vars = target;
    }
    return item;
}

// ','.with_item+
static AstSeq *
with_items(Parser *p)
{
    Vec v;
    vec_init(&v);
    int mark = p->mark;
    for (;;) {
        WithItem *item = with_item(p);
        if (item == NULL)
            break;
        if (fe_vec_push(p, &v, item) < 0)
            return NULL;
        mark = p->mark;
        if (expect(p, TOK_COMMA) == NULL)
            break;
    }
    p->mark = mark;
    return v.n > 0 && !p->error ? fe_vec_seq(p, &v) : NULL;
}

// ','.(X ['as' star_target])+ where X is expression (or expressions inside parentheses)
static int
loose_with_items(Parser *p, int parenthesized)
{
    int n = 0, mark = p->mark;
    for (;;) {
        Expr *e = parenthesized ? fe_rule_expressions(p) : fe_rule_expression(p);
        if (e == NULL)
            break;
        int m = p->mark;
        if (expect(p, TOK_AS) == NULL || fe_rule_star_target(p) == NULL)
            p->mark = m;
        n++;
        mark = p->mark;
        if (expect(p, TOK_COMMA) == NULL)
            break;
    }
    p->mark = mark;
    return n;
}

// invalid_with_stmt_indent (when indent) or invalid_with_stmt (NEWLINE instead of ':')
static void *
invalid_with(Parser *p, int indent)
{
    for (int paren = 0; paren < 2; paren++) {
        int mark = p->mark;
        expect(p, TOK_ASYNC);
        PToken *a = expect(p, TOK_WITH);
        int ok = a != NULL;
        if (ok && paren) {
            ok = expect(p, TOK_LPAR) != NULL && loose_with_items(p, 1) > 0;
            if (ok) {
                expect(p, TOK_COMMA);
                ok = expect(p, TOK_RPAR) != NULL;
            }
        }
        else if (ok) {
            ok = loose_with_items(p, 0) > 0;
        }
        if (ok && indent && expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p))
            return raise_missing_block(p, "'with' statement", a->lineno);
        if (ok && !indent && expect(p, TOK_NEWLINE) != NULL)
            return RAISE_SYNTAX_ERROR(p, "expected ':'");
        p->mark = mark;
        if (p->error)
            return NULL;
    }
    return NULL;
}

static Stmt *
with_stmt(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_with(p, 1);
        if (p->error)
            return NULL;
    }
    int is_async = expect(p, TOK_ASYNC) != NULL;
    if (expect(p, TOK_WITH) == NULL) {
        p->mark = mark;
        return NULL;
    }
    int after_with = p->mark;
    AstSeq *items = NULL;
    if (expect(p, TOK_LPAR) != NULL) {
        items = with_items(p);
        if (items != NULL) {
            expect(p, TOK_COMMA);
            if (expect(p, TOK_RPAR) == NULL || !check(p, TOK_COLON))
                items = NULL;
        }
        if (items == NULL)
            p->mark = after_with;
    }
    if (items == NULL && !p->error)
        items = with_items(p);
    AstSeq *body = NULL;
    if (items != NULL && expect(p, TOK_COLON) != NULL)
        body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        if (p->call_invalid_rules && !p->error)
            invalid_with(p, 0);
        p->mark = mark;
        return NULL;
    }
    Stmt *st = fe_stmt_at(p, is_async ? STMT_AsyncWith : STMT_With, s);
    if (st != NULL) {
        st->v.with.items = items;
        st->v.with.body = body;
    }
    return st;
}

// ---- try ---------------------------------------------------------------------------------------

// invalid_except_stmt_indent / invalid_except_star_stmt_indent:
// 'except' ['*'] expression ['as' NAME] ':' NEWLINE !INDENT, or 'except' ':' NEWLINE !INDENT
static void *
invalid_except_indent(Parser *p, int star)
{
    int mark = p->mark;
    PToken *a = expect(p, TOK_EXCEPT);
    const char *what = star ? "'except*' statement" : "'except' statement";
    if (a != NULL && (!star || expect(p, TOK_STAR) != NULL)) {
        int m = p->mark;
        if (fe_rule_expression(p) != NULL) {
            fe_parse_as_name(p);
            if (expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p))
                return raise_missing_block(p, what, a->lineno);
        }
        p->mark = m;
        if (!star && expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p))
            return raise_missing_block(p, what, a->lineno);
    }
    p->mark = mark;
    return NULL;
}

// except_block / except_star_block (star): 'except' ['*'] [expression ['as' NAME]] ':' block
static ExceptHandler *
except_block(Parser *p, int star)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules && invalid_except_indent(p, star) == NULL && p->error)
        return NULL;
    if (expect(p, TOK_EXCEPT) == NULL || (star && expect(p, TOK_STAR) == NULL)) {
        p->mark = mark;
        return NULL;
    }
    int after = p->mark;
    Expr *type = fe_rule_expression(p);
    PyObject *name = NULL;
    if (type != NULL) {
        name = fe_parse_as_name(p);
    }
    else {
        p->mark = after;
        if (star) {
            p->mark = mark;
            return NULL;
        }
    }
    AstSeq *body = NULL;
    if (expect(p, TOK_COLON) != NULL)
        body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    ExceptHandler *h = fe_parse_alloc(p, sizeof(ExceptHandler));
    if (h != NULL) {
        h->type = type;
        h->name = name;
        h->body = body;
        h->loc = fe_parse_loc(p, s);
    }
    return h;
}

// invalid_except_stmt
static void *
invalid_except_stmt(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TOK_EXCEPT) != NULL) {
        expect(p, TOK_STAR);
        Expr *a = fe_rule_expression(p);
        if (a != NULL && expect(p, TOK_COMMA) != NULL && fe_rule_expressions(p) != NULL) {
            fe_parse_as_name(p);
            if (expect(p, TOK_COLON) != NULL)
                return RAISE_STARTING_FROM(p, a->loc,
                                           "multiple exception types must be parenthesized");
        }
    }
    p->mark = mark;
    if (expect(p, TOK_EXCEPT) != NULL) {
        expect(p, TOK_STAR);
        if (fe_rule_expression(p) != NULL) {
            fe_parse_as_name(p);
            if (expect(p, TOK_NEWLINE) != NULL)
                return RAISE_SYNTAX_ERROR(p, "expected ':'");
        }
    }
    p->mark = mark;
    if (expect(p, TOK_EXCEPT) != NULL && expect(p, TOK_NEWLINE) != NULL)
        return RAISE_SYNTAX_ERROR(p, "expected ':'");
    p->mark = mark;
    if (expect(p, TOK_EXCEPT) != NULL && expect(p, TOK_STAR) != NULL &&
        (expect(p, TOK_NEWLINE) != NULL || expect(p, TOK_COLON) != NULL))
        return RAISE_SYNTAX_ERROR(p, "expected one or more exception types");
    p->mark = mark;
    return NULL;
}

// except_block+ (or except_star_block+); in the second pass a failed block is explained.
static AstSeq *
except_blocks(Parser *p, int star)
{
    Vec v;
    vec_init(&v);
    for (;;) {
        int mark = p->mark;
        ExceptHandler *h = except_block(p, star);
        if (h == NULL) {
            if (p->call_invalid_rules && !p->error)
                invalid_except_stmt(p);
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, &v, h) < 0)
            return NULL;
    }
    return v.n > 0 && !p->error ? fe_vec_seq(p, &v) : NULL;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
static AstSeq *
finally_block(Parser *p)
{
    return keyword_block(p, TOK_FINALLY, "'finally' statement");
}

// invalid_try_stmt
static void *
invalid_try_stmt(Parser *p)
{
    int mark = p->mark;
    PToken *a = expect(p, TOK_TRY);
    if (a != NULL && expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p))
        return raise_missing_block(p, "'try' statement", a->lineno);
    p->mark = mark;
    if (expect(p, TOK_TRY) != NULL && expect(p, TOK_COLON) != NULL && fe_rule_block(p) != NULL &&
        !check(p, TOK_EXCEPT) && !check(p, TOK_FINALLY))
        return RAISE_SYNTAX_ERROR(p, "expected 'except' or 'finally' block");
    p->mark = mark;
    // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
    // 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
    for (int first_star = 0; first_star < 2 && !p->error; first_star++) {
        p->mark = mark;
        if (expect(p, TOK_TRY) == NULL || expect(p, TOK_COLON) == NULL)
            break;
        while (fe_rule_block(p) != NULL)
            ;
        if (except_blocks(p, first_star) == NULL)
            continue;
        PToken *e = expect(p, TOK_EXCEPT);
        if (e == NULL)
            continue;
        if (!first_star) {
            PToken *star = expect(p, TOK_STAR);
            if (star != NULL && fe_rule_expression(p) != NULL) {
                fe_parse_as_name(p);
                if (expect(p, TOK_COLON) != NULL)
                    return RAISE_RANGE(p, tok_loc(e), tok_loc(star),
                                       "cannot have both 'except' and 'except*' on the same 'try'");
            }
            continue;
        }
        int m = p->mark;
        if (fe_rule_expression(p) != NULL)
            fe_parse_as_name(p);
        else
            p->mark = m;
        if (expect(p, TOK_COLON) != NULL)
            return RAISE_AT_NODE(p, tok_loc(e),
                                 "cannot have both 'except' and 'except*' on the same 'try'");
    }
    p->mark = mark;
    return NULL;
}

static Stmt *
try_stmt(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_try_stmt(p);
        if (p->error)
            return NULL;
    }
    expect(p, TOK_TRY);
    if (fe_parse_expect_forced(p, TOK_COLON, ":") == NULL)
        return NULL;
    AstSeq *body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    int after_body = p->mark;
    AstSeq *handlers = NULL, *orelse = NULL, *finalbody = NULL;
    StmtKind kind = STMT_Try;
    finalbody = finally_block(p);
    if (finalbody == NULL && !p->error) {
        p->mark = after_body;
        handlers = except_blocks(p, 0);
        if (handlers == NULL && !p->error) {
            p->mark = after_body;
            handlers = except_blocks(p, 1);
            kind = STMT_TryStar;
        }
        if (handlers == NULL) {
            p->mark = mark;
            return NULL;
        }
        int m = p->mark;
        orelse = fe_rule_else_block(p);
        if (orelse == NULL)
            p->mark = m;
        m = p->mark;
        finalbody = finally_block(p);
        if (finalbody == NULL)
            p->mark = m;
    }
    if (p->error)
        return NULL;
    Stmt *st = fe_stmt_at(p, kind, s);
    if (st != NULL) {
        st->v.try_.body = body;
        st->v.try_.handlers = handlers != NULL ? handlers : fe_seq_new(p->arena, 0);
        st->v.try_.orelse = orelse != NULL ? orelse : fe_seq_new(p->arena, 0);
        st->v.try_.finalbody = finalbody != NULL ? finalbody : fe_seq_new(p->arena, 0);
    }
    return st;
}

// ---- compound statements -------------------------------------------------------------------------

static Stmt *
compound_stmt_body(Parser *p)
{
    PToken *t = peek(p);
    if (t == NULL)
        return NULL;
    int mark = p->mark;
    Stmt *st = NULL;
    switch (t->kind) {
    case TOK_DEF: return fe_rule_function_def(p);
    case TOK_AT:
        st = fe_rule_function_def(p);
        if (st == NULL && !p->error) {
            p->mark = mark;
            st = fe_rule_class_def(p);
        }
        return st;
    case TOK_ASYNC:
        st = fe_rule_function_def(p);
        if (st == NULL && !p->error) {
            p->mark = mark;
            st = with_stmt(p);
        }
        if (st == NULL && !p->error) {
            p->mark = mark;
            st = for_stmt(p);
        }
        return st;
    case TOK_IF: return if_rule(p, TOK_IF);
    case TOK_CLASS: return fe_rule_class_def(p);
    case TOK_WITH: return with_stmt(p);
    case TOK_FOR: return for_stmt(p);
    case TOK_TRY: return try_stmt(p);
    case TOK_WHILE: return while_stmt(p);
    default: return fe_rule_match_stmt(p);
    }
}

Stmt *
fe_rule_compound_stmt(Parser *p)
{
    int mark = p->mark;
    Stmt *st = compound_stmt_body(p);
    if (st == NULL)
        p->mark = mark;
    return st;
}
