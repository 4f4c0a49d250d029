// parse_stmt.c: the statement rules of CPython 3.11's grammar: statement lists and the simple
// statements (assignments, imports, del, return, raise, ...). Blocks and the compound
// statements are in parse_compound.c, def/class in parse_def.c, match in parse_match.c.
#include "frontend/parse_internal.h"

// ---- statement lists ---------------------------------------------------------------------

// statement: compound_stmt | simple_stmts. Appends to v; 0 if matched, -1 if not.
static int
statement(Parser *p, Vec *v)
{
    int mark = p->mark;
    Stmt *c = fe_rule_compound_stmt(p);
    if (c != NULL)
        return fe_vec_push(p, v, c);
    if (p->error)
        return -1;
    p->mark = mark;
    AstSeq *simple = fe_rule_simple_stmts(p);
    if (simple == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < simple->size; i++)
        if (fe_vec_push(p, v, simple->items[i]) < 0)
            return -1;
    return 0;
}

// statements: statement+
AstSeq *
fe_rule_statements(Parser *p)
{
    Vec v;
    vec_init(&v);
    int mark = p->mark;
    while (statement(p, &v) == 0)
        mark = p->mark;
    p->mark = mark;
    if (p->error || v.n == 0)
        return NULL;
    return fe_vec_seq(p, &v);
}

// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
AstSeq *
fe_rule_statement_newline(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Stmt *c = fe_rule_compound_stmt(p);
    if (c != NULL && expect(p, TOK_NEWLINE) != NULL)
        return fe_seq1(p, c);
    p->mark = mark;
    AstSeq *simple = fe_rule_simple_stmts(p);
    if (simple != NULL)
        return simple;
    p->mark = mark;
    if (expect(p, TOK_NEWLINE) != NULL) {
        Stmt *pass = fe_stmt_at(p, STMT_Pass, s);
        return pass != NULL ? fe_seq1(p, pass) : NULL;
    }
    // ENDMARKER: CPython's _PyPegen_interactive_exit fails the parse (end of input).
    return NULL;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
AstSeq *
fe_rule_simple_stmts(Parser *p)
{
    int mark = p->mark;
    Stmt *first = fe_rule_simple_stmt(p);
    if (first == NULL)
        return NULL;
    if (!check(p, TOK_SEMI) && expect(p, TOK_NEWLINE) != NULL)
        return fe_seq1(p, first);
    p->mark = mark;
    Vec v;
    vec_init(&v);
    first = fe_rule_simple_stmt(p);
    if (first == NULL || fe_vec_push(p, &v, first) < 0)
        return NULL;
    for (;;) {
        int m = p->mark;
        Stmt *s = NULL;
        if (expect(p, TOK_SEMI) != NULL)
            s = fe_rule_simple_stmt(p);
        if (s == NULL) {
            p->mark = m;
            break;
        }
        if (fe_vec_push(p, &v, s) < 0)
            return NULL;
    }
    expect(p, TOK_SEMI);
    if (expect(p, TOK_NEWLINE) == NULL) {
        p->mark = mark;
        return NULL;
    }
    return fe_vec_seq(p, &v);
}

// ---- simple statements -------------------------------------------------------------------

static int
augassign(Parser *p)
{
    static const struct {
        TokenKind tok;
        int op;
    } ops[] = {
        {TOK_PLUSEQUAL, OP_ADD},      {TOK_MINEQUAL, OP_SUB},          {TOK_STAREQUAL, OP_MULT},
        {TOK_ATEQUAL, OP_MATMUL},     {TOK_SLASHEQUAL, OP_DIV},        {TOK_PERCENTEQUAL, OP_MOD},
        {TOK_AMPEREQUAL, OP_BITAND},  {TOK_VBAREQUAL, OP_BITOR},       {TOK_CIRCUMFLEXEQUAL, OP_BITXOR},
        {TOK_LEFTSHIFTEQUAL, OP_LSHIFT}, {TOK_RIGHTSHIFTEQUAL, OP_RSHIFT},
        {TOK_DOUBLESTAREQUAL, OP_POW}, {TOK_DOUBLESLASHEQUAL, OP_FLOORDIV},
    };
    PToken *t = peek(p);
    if (t == NULL)
        return -1;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (t->kind == ops[i].tok) {
            p->mark++;
            return ops[i].op;
        }
    }
    return -1;
}

// annotated_rhs: yield_expr | star_expressions
Expr *
fe_rule_annotated_rhs(Parser *p)
{
    if (check(p, TOK_YIELD))
        return fe_rule_yield_expr(p);
    return fe_rule_star_expressions(p);
}

// ['=' annotated_rhs] after an annotation; *ok is 0 when '=' has no valid right side.
static Expr *
ann_value(Parser *p, int *ok)
{
    int mark = p->mark;
    *ok = 1;
    if (expect(p, TOK_EQUAL) == NULL)
        return NULL;
    Expr *v = fe_rule_annotated_rhs(p);
    if (v == NULL)
        p->mark = mark;
    return v;
}

static Stmt *
ann_assign(Parser *p, Start s, Expr *target, int simple)
{
    Expr *ann = fe_rule_expression(p);
    if (ann == NULL)
        return NULL;
    int ok;
    Expr *value = ann_value(p, &ok);
    Stmt *st = fe_stmt_at(p, STMT_AnnAssign, s);
    if (st != NULL) {
        st->v.ann_assign.target = target;
        st->v.ann_assign.annotation = ann;
        st->v.ann_assign.value = value;
        st->v.ann_assign.simple = simple;
    }
    return st;
}

// '(' single_target ')' | single_subscript_attribute_target
static Expr *
ann_target(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TOK_LPAR) != NULL) {
        Expr *t = fe_rule_single_target(p);
        if (t != NULL && expect(p, TOK_RPAR) != NULL)
            return t;
        p->mark = mark;
    }
    return fe_rule_single_subscript_attribute_target(p);
}

static void *invalid_assignment(Parser *p);

// (star_targets '=')+ (yield_expr | star_expressions) !'='
static Stmt *
assign_stmt(Parser *p, Start s)
{
    Vec targets;
    vec_init(&targets);
    for (;;) {
        int m = p->mark;
        Expr *t = fe_rule_star_targets(p);
        if (t == NULL || expect(p, TOK_EQUAL) == NULL) {
            p->mark = m;
            break;
        }
        if (fe_vec_push(p, &targets, t) < 0)
            return NULL;
    }
    if (targets.n == 0)
        return NULL;
    Expr *value = fe_rule_annotated_rhs(p);
    if (value == NULL || check(p, TOK_EQUAL))
        return NULL;
    Stmt *st = fe_stmt_at(p, STMT_Assign, s);
    if (st != NULL) {
        st->v.assign.targets = fe_vec_seq(p, &targets);
        st->v.assign.value = value;
    }
    return st;
}

static Stmt *
assignment(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    // NAME ':' expression ['=' annotated_rhs]
    PToken *name = expect(p, TOK_NAME);
    if (name != NULL && expect(p, TOK_COLON) != NULL) {
        Expr *target = fe_name_from_token(p, name);
        if (target == NULL)
            return NULL;
        target->v.name.ctx = CTX_STORE;
        Stmt *st = ann_assign(p, s, target, 1);
        if (st != NULL)
            return st;
    }
    p->mark = mark;
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression [...]
    Expr *target = ann_target(p);
    if (target != NULL && expect(p, TOK_COLON) != NULL) {
        Stmt *st = ann_assign(p, s, target, 0);
        if (st != NULL)
            return st;
    }
    p->mark = mark;
    Stmt *st = assign_stmt(p, s);
    if (st != NULL || p->error)
        return st;
    p->mark = mark;
    // single_target augassign ~ (yield_expr | star_expressions)
    target = fe_rule_single_target(p);
    if (target != NULL) {
        int op = augassign(p);
        if (op >= 0) {
            Expr *value = fe_rule_annotated_rhs(p);
            if (value == NULL)
                return NULL; // the cut: no other alternative of this rule
            Stmt *st = fe_stmt_at(p, STMT_AugAssign, s);
            if (st != NULL) {
                st->v.aug_assign.target = target;
                st->v.aug_assign.op = op;
                st->v.aug_assign.value = value;
            }
            return st;
        }
    }
    p->mark = mark;
    if (p->call_invalid_rules)
        invalid_assignment(p);
    p->mark = mark;
    return NULL;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
static Expr *
invalid_ann_assign_target(Parser *p)
{
    int mark = p->mark;
    Expr *e = fe_rule_list(p);
    if (e != NULL)
        return e;
    p->mark = mark;
    e = fe_rule_tuple(p);
    if (e != NULL)
        return e;
    p->mark = mark;
    if (expect(p, TOK_LPAR) != NULL) {
        e = invalid_ann_assign_target(p);
        if (e != NULL && expect(p, TOK_RPAR) != NULL)
            return e;
    }
    p->mark = mark;
    return NULL;
}

// (star_targets '=')*
static void
skip_star_targets_eq(Parser *p)
{
    for (;;) {
        int m = p->mark;
        if (fe_rule_star_targets(p) == NULL || expect(p, TOK_EQUAL) == NULL) {
            p->mark = m;
            return;
        }
    }
}

static void *
invalid_assignment(Parser *p)
{
    int mark = p->mark;
    Expr *a = invalid_ann_assign_target(p);
    if (a != NULL && expect(p, TOK_COLON) != NULL && fe_rule_expression(p) != NULL)
        return RAISE_AT_NODE(p, a->loc, "only single target (not %s) can be annotated",
                             fe_expr_name(a));
    p->mark = mark;
    a = fe_rule_star_named_expression(p);
    if (a != NULL && expect(p, TOK_COMMA) != NULL) {
        while (fe_rule_star_named_expressions(p) != NULL)
            ;
        if (expect(p, TOK_COLON) != NULL && fe_rule_expression(p) != NULL)
            return RAISE_AT_NODE(p, a->loc, "only single target (not tuple) can be annotated");
    }
    p->mark = mark;
    a = fe_rule_expression(p);
    if (a != NULL && expect(p, TOK_COLON) != NULL && fe_rule_expression(p) != NULL)
        return RAISE_AT_NODE(p, a->loc, "illegal target for annotation");
    p->mark = mark;
    skip_star_targets_eq(p);
    a = fe_rule_star_expressions(p);
    if (a != NULL && expect(p, TOK_EQUAL) != NULL)
        return fe_raise_invalid_target(p, STAR_TARGETS, a);
    p->mark = mark;
    skip_star_targets_eq(p);
    a = fe_rule_yield_expr(p);
    if (a != NULL && expect(p, TOK_EQUAL) != NULL)
        return RAISE_AT_NODE(p, a->loc, "assignment to yield expression not possible");
    p->mark = mark;
    a = fe_rule_star_expressions(p);
    if (a != NULL && augassign(p) >= 0 && fe_rule_annotated_rhs(p) != NULL)
        return RAISE_AT_NODE(p, a->loc, "'%s' is an illegal expression for augmented assignment",
                             fe_expr_name(a));
    p->mark = mark;
    return NULL;
}

static Stmt *
expr_stmt(Parser *p, Start s, Expr *value)
{
    Stmt *st = fe_stmt_at(p, STMT_Expr, s);
    if (st != NULL)
        st->v.expr.value = value;
    return st;
}

// 'return' [star_expressions]
static Stmt *
return_stmt(Parser *p, Start s)
{
    p->mark++;
    int mark = p->mark;
    Expr *value = fe_rule_star_expressions(p);
    if (value == NULL)
        p->mark = mark;
    Stmt *st = fe_stmt_at(p, STMT_Return, s);
    if (st != NULL)
        st->v.return_.value = value;
    return st;
}

// 'raise' expression ['from' expression] | 'raise'
static Stmt *
raise_stmt(Parser *p, Start s)
{
    p->mark++;
    int mark = p->mark;
    Expr *exc = fe_rule_expression(p), *cause = NULL;
    if (exc != NULL) {
        int m = p->mark;
        if (expect(p, TOK_FROM) != NULL)
            cause = fe_rule_expression(p);
        if (cause == NULL)
            p->mark = m;
    }
    else {
        p->mark = mark;
    }
    Stmt *st = fe_stmt_at(p, STMT_Raise, s);
    if (st != NULL) {
        st->v.raise.exc = exc;
        st->v.raise.cause = cause;
    }
    return st;
}

// ('global' | 'nonlocal') ','.NAME+
static Stmt *
global_stmt(Parser *p, Start s, StmtKind kind)
{
    p->mark++;
    Vec names;
    vec_init(&names);
    for (;;) {
        int mark = p->mark;
        if (names.n > 0 && expect(p, TOK_COMMA) == NULL)
            break;
        PToken *t = expect(p, TOK_NAME);
        if (t == NULL) {
            p->mark = mark;
            break;
        }
        PyObject *id = fe_parse_identifier(p, t->start, t->end - t->start);
        if (id == NULL || fe_vec_push(p, &names, id) < 0)
            return NULL;
    }
    if (names.n == 0)
        return NULL;
    Stmt *st = fe_stmt_at(p, kind, s);
    if (st != NULL)
        st->v.global.names = fe_vec_seq(p, &names);
    return st;
}

// 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
static Stmt *
del_stmt(Parser *p, Start s)
{
    int mark = p->mark;
    p->mark++;
    AstSeq *targets = fe_rule_del_targets(p);
    if (targets != NULL && (check(p, TOK_SEMI) || check(p, TOK_NEWLINE))) {
        Stmt *st = fe_stmt_at(p, STMT_Delete, s);
        if (st != NULL)
            st->v.delete_.targets = targets;
        return st;
    }
    p->mark = mark;
    if (p->call_invalid_rules) {
        p->mark++;
        Expr *a = fe_rule_star_expressions(p);
        if (a != NULL)
            fe_raise_invalid_target(p, DEL_TARGETS, a);
    }
    p->mark = mark;
    return NULL;
}

// 'assert' expression [',' expression]
static Stmt *
assert_stmt(Parser *p, Start s)
{
    p->mark++;
    Expr *test = fe_rule_expression(p);
    if (test == NULL)
        return NULL;
    Expr *msg = NULL;
    int mark = p->mark;
    if (expect(p, TOK_COMMA) != NULL)
        msg = fe_rule_expression(p);
    if (msg == NULL)
        p->mark = mark;
    Stmt *st = fe_stmt_at(p, STMT_Assert, s);
    if (st != NULL) {
        st->v.assert_.test = test;
        st->v.assert_.msg = msg;
    }
    return st;
}

// ---- imports ---------------------------------------------------------------------------------

static Alias *
new_alias(Parser *p, PyObject *name, PyObject *asname, Loc loc)
{
    Alias *a = fe_parse_alloc(p, sizeof(Alias));
    if (a != NULL) {
        a->name = name;
        a->asname = asname;
        a->loc = loc;
    }
    return a;
}

// dotted_name: dotted_name '.' NAME | NAME, as one interned "a.b.c"
static PyObject *
dotted_name(Parser *p)
{
    PToken *first = expect(p, TOK_NAME);
    if (first == NULL)
        return NULL;
    PyObject *name = fe_parse_identifier(p, first->start, first->end - first->start);
    for (;;) {
        int mark = p->mark;
        if (name == NULL || expect(p, TOK_DOT) == NULL) {
            p->mark = mark;
            return name;
        }
        PToken *t = expect(p, TOK_NAME);
        if (t == NULL) {
            p->mark = mark;
            return name;
        }
        PyObject *part = fe_parse_identifier(p, t->start, t->end - t->start);
        if (part == NULL)
            return NULL;
        PyObject *joined = PyUnicode_FromFormat("%U.%U", name, part);
        if (joined == NULL)
            return fe_parse_nomem(p);
        PyUnicode_InternInPlace(&joined);
        name = fe_parse_own(p, joined);
    }
}

// ['as' NAME]
PyObject *
fe_parse_as_name(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TOK_AS) != NULL) {
        PToken *t = expect(p, TOK_NAME);
        if (t != NULL)
            return fe_parse_identifier(p, t->start, t->end - t->start);
    }
    p->mark = mark;
    return NULL;
}

// ','.X+ where X is dotted_as_name (dotted) or import_from_as_name
static AstSeq *
alias_list(Parser *p, int dotted)
{
    Vec v;
    vec_init(&v);
    int mark = p->mark;
    for (;;) {
        Start s;
        if (fe_parse_start(p, &s) < 0)
            return NULL;
        PyObject *name = NULL;
        if (dotted) {
            name = dotted_name(p);
        }
        else {
            PToken *t = expect(p, TOK_NAME);
            if (t != NULL)
                name = fe_parse_identifier(p, t->start, t->end - t->start);
        }
        if (name == NULL)
            break;
        PyObject *asname = fe_parse_as_name(p);
        Alias *a = new_alias(p, name, asname, fe_parse_loc(p, s));
        if (a == NULL || fe_vec_push(p, &v, a) < 0)
            return NULL;
        mark = p->mark;
        if (expect(p, TOK_COMMA) == NULL)
            break;
    }
    p->mark = mark;
    return v.n > 0 ? fe_vec_seq(p, &v) : NULL;
}

// import_from_targets
static AstSeq *
import_from_targets(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TOK_LPAR) != NULL) {
        AstSeq *names = alias_list(p, 0);
        if (names != NULL) {
            expect(p, TOK_COMMA);
            if (expect(p, TOK_RPAR) != NULL)
                return names;
        }
    }
    p->mark = mark;
    AstSeq *names = alias_list(p, 0);
    if (names != NULL && !check(p, TOK_COMMA))
        return names;
    p->mark = mark;
    PToken *star = expect(p, TOK_STAR);
    if (star != NULL) {
        PyObject *name = fe_parse_identifier(p, "*", 1);
        Alias *a = name != NULL ? new_alias(p, name, NULL, tok_loc(star)) : NULL;
        return a != NULL ? fe_seq1(p, a) : NULL;
    }
    if (p->call_invalid_rules) {
        names = alias_list(p, 0);
        if (names != NULL && expect(p, TOK_COMMA) != NULL && expect(p, TOK_NEWLINE) != NULL)
            return RAISE_SYNTAX_ERROR(p,
                                      "trailing comma not allowed without surrounding parentheses");
        p->mark = mark;
    }
    return NULL;
}

// import_name | import_from
static Stmt *
import_stmt(Parser *p, Start s)
{
    int mark = p->mark;
    if (expect(p, TOK_IMPORT) != NULL) {
        AstSeq *names = alias_list(p, 1);
        if (names == NULL)
            return NULL;
        Stmt *st = fe_stmt_at(p, STMT_Import, s);
        if (st != NULL)
            st->v.import.names = names;
        return st;
    }
    p->mark = mark;
    if (expect(p, TOK_FROM) == NULL)
        return NULL;
    int level = 0;
    for (;;) {
        if (expect(p, TOK_DOT) != NULL)
            level += 1;
        else if (expect(p, TOK_ELLIPSIS) != NULL)
            level += 3;
        else
            break;
    }
    int after_dots = p->mark;
    PyObject *module = dotted_name(p);
    if (module == NULL || expect(p, TOK_IMPORT) == NULL) {
        p->mark = after_dots;
        module = NULL;
        if (level == 0 || expect(p, TOK_IMPORT) == NULL)
            return NULL;
    }
    AstSeq *names = import_from_targets(p);
    if (names == NULL)
        return NULL;
    Stmt *st = fe_stmt_at(p, STMT_ImportFrom, s);
    if (st != NULL) {
        st->v.import_from.module = module;
        st->v.import_from.names = names;
        st->v.import_from.level = level;
    }
    return st;
}

// simple_stmt (memo)
static Stmt *
simple_stmt_body(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Stmt *st = assignment(p);
    if (st != NULL || p->error)
        return st;
    p->mark = mark;
    Expr *e = fe_rule_star_expressions(p);
    if (e != NULL)
        return expr_stmt(p, s, e);
    p->mark = mark;
    PToken *t = peek(p);
    if (t == NULL)
        return NULL;
    switch (t->kind) {
    case TOK_RETURN: st = return_stmt(p, s); break;
    case TOK_IMPORT:
    case TOK_FROM: st = import_stmt(p, s); break;
    case TOK_RAISE: st = raise_stmt(p, s); break;
    case TOK_PASS:
    case TOK_BREAK:
    case TOK_CONTINUE:
        p->mark++;
        st = fe_stmt_at(p, t->kind == TOK_PASS    ? STMT_Pass
                            : t->kind == TOK_BREAK ? STMT_Break
                                                   : STMT_Continue,
                         s);
        break;
    case TOK_DEL: st = del_stmt(p, s); break;
    case TOK_YIELD:
        e = fe_rule_yield_expr(p);
        st = e != NULL ? expr_stmt(p, s, e) : NULL;
        break;
    case TOK_ASSERT: st = assert_stmt(p, s); break;
    case TOK_GLOBAL: st = global_stmt(p, s, STMT_Global); break;
    case TOK_NONLOCAL: st = global_stmt(p, s, STMT_Nonlocal); break;
    default: st = NULL; break;
    }
    if (st == NULL)
        p->mark = mark;
    return st;
}

Stmt *
fe_rule_simple_stmt(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_SIMPLE_STMT, &memo))
        return memo;
    if (fe_parse_enter(p) < 0)
        return NULL;
    Stmt *st = simple_stmt_body(p);
    leave(p);
    if (st == NULL)
        p->mark = mark;
    fe_parse_memo_set(p, mark, MEMO_SIMPLE_STMT, st);
    return st;
}

