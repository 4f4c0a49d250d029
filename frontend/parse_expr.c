// parse_expr.c: the expression rules of CPython 3.11's grammar from `expressions` down to
// comparisons: tuples of expressions, conditional expressions and their invalid_* rules,
// yield, starred and named expressions, `or`/`and`/`not` and comparison chains. The operators
// below them and the primaries are in parse_primary.c.
#include <string.h>
#include "frontend/parse_internal.h"

// Build a Tuple(Load) of v's items located from s to the last token read.
Expr *
fe_tuple_at(Parser *p, Start s, Vec *v)
{
    AstSeq *elts = fe_vec_seq(p, v);
    Expr *e = elts != NULL ? fe_expr_at(p, EXPR_Tuple, s) : NULL;
    if (e != NULL) {
        e->v.sequence.elts = elts;
        e->v.sequence.ctx = CTX_LOAD;
    }
    return e;
}

Expr *
fe_comma_list(Parser *p, Expr *(*item)(Parser *), ExprContext ctx)
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *first = item(p);
    if (first == NULL)
        return NULL;
    if (!check(p, TOK_COMMA))
        return first;
    Vec v;
    vec_init(&v);
    if (fe_vec_push(p, &v, first) < 0)
        return NULL;
    for (;;) {
        int mark = p->mark;
        if (expect(p, TOK_COMMA) == NULL)
            break;
        Expr *e = item(p);
        if (e == NULL) {
            p->mark = mark;
            expect(p, TOK_COMMA); // the trailing comma
            break;
        }
        if (fe_vec_push(p, &v, e) < 0)
            return NULL;
    }
    if (p->error)
        return NULL;
    Expr *t = fe_tuple_at(p, s, &v);
    if (t != NULL)
        t->v.sequence.ctx = ctx;
    return t;
}

Expr *
fe_rule_expressions(Parser *p)
{
    return fe_comma_list(p, fe_rule_expression, CTX_LOAD);
}

Expr *
fe_rule_star_expressions(Parser *p)
{
    return fe_comma_list(p, fe_rule_star_expression, CTX_LOAD);
}

// ---- expression --------------------------------------------------------------------------------

// a=disjunction 'if' b=disjunction 'else' c=expression | disjunction | lambdef
static Expr *
plain_expression(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *a = fe_rule_disjunction(p);
    if (a != NULL) {
        int m = p->mark;
        if (expect(p, TOK_IF) != NULL) {
            Expr *b = fe_rule_disjunction(p);
            if (b != NULL && expect(p, TOK_ELSE) != NULL) {
                Expr *c = fe_rule_expression(p);
                if (c != NULL) {
                    Expr *e = fe_expr_at(p, EXPR_IfExp, s);
                    if (e != NULL) {
                        e->v.if_exp.test = b;
                        e->v.if_exp.body = a;
                        e->v.if_exp.orelse = c;
                    }
                    return e;
                }
            }
        }
        p->mark = m;
        return a;
    }
    p->mark = mark;
    return fe_rule_lambdef(p);
}

static int
is_soft_keyword(PToken *t)
{
    if (t->kind != TOK_NAME)
        return 0;
    size_t n = (size_t)(t->end - t->start);
    return (n == 5 && memcmp(t->start, "match", 5) == 0) ||
           (n == 4 && memcmp(t->start, "case", 4) == 0) || (n == 1 && t->start[0] == '_');
}

int
fe_is_legacy_stmt_name(Expr *name)
{
    if (name->kind != EXPR_Name)
        return 0;
    return rt_str_equal_ascii(name->v.name.id, "print") ||
           rt_str_equal_ascii(name->v.name.id, "exec");
}

// invalid_expression
static void *
invalid_expression(Parser *p)
{
    int mark = p->mark;
    PToken *t = peek(p);
    if (t == NULL)
        return NULL;
    int excluded = is_soft_keyword(t);
    if (!excluded && t->kind == TOK_NAME) {
        p->mark++;
        excluded = check(p, TOK_STRING);
        p->mark = mark;
    }
    if (!excluded) {
        Expr *a = fe_rule_disjunction(p);
        Expr *b = a != NULL ? fe_rule_expression_without_invalid(p) : NULL;
        if (b != NULL && !fe_is_legacy_stmt_name(a) && last_token(p)->level != 0)
            return RAISE_RANGE(p, a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
    }
    p->mark = mark;
    Expr *a = fe_rule_disjunction(p);
    if (a != NULL && expect(p, TOK_IF) != NULL) {
        Expr *b = fe_rule_disjunction(p);
        if (b != NULL && !check(p, TOK_ELSE) && !check(p, TOK_COLON))
            return RAISE_RANGE(p, a->loc, b->loc, "expected 'else' after 'if' expression");
    }
    p->mark = mark;
    return NULL;
}

// invalid_legacy_expression: NAME !'(' star_expressions (for print and exec)
static void *
invalid_legacy_expression(Parser *p)
{
    int mark = p->mark;
    Expr *a = fe_parse_name(p);
    if (a != NULL && !check(p, TOK_LPAR)) {
        Expr *b = fe_rule_star_expressions(p);
        if (b != NULL && fe_is_legacy_stmt_name(a))
            return RAISE_RANGE(p, a->loc, b->loc,
                               "Missing parentheses in call to '%U'. Did you mean %U(...)?",
                               a->v.name.id, a->v.name.id);
    }
    p->mark = mark;
    return NULL;
}

static Expr *
expression_body(Parser *p)
{
    int mark = p->mark;
    if (p->call_invalid_rules) {
        invalid_expression(p);
        p->mark = mark;
        if (!p->error)
            invalid_legacy_expression(p);
        p->mark = mark;
        if (p->error)
            return NULL;
    }
    return plain_expression(p);
}

Expr *
fe_rule_expression(Parser *p)
{
    return fe_parse_memoized(p, MEMO_EXPRESSION, expression_body);
}

// expression_without_invalid: the same, with the invalid_* rules off underneath.
Expr *
fe_rule_expression_without_invalid(Parser *p)
{
    int saved = p->call_invalid_rules;
    p->call_invalid_rules = 0;
    int mark = p->mark;
    Expr *e = NULL;
    if (fe_parse_enter(p) == 0) {
        e = plain_expression(p);
        leave(p);
    }
    if (e == NULL)
        p->mark = mark;
    p->call_invalid_rules = saved;
    return e;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr *
fe_rule_yield_expr(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_YIELD) == NULL)
        return NULL;
    int m = p->mark;
    if (expect(p, TOK_FROM) != NULL) {
        Expr *value = fe_rule_expression(p);
        if (value != NULL) {
            Expr *e = fe_expr_at(p, EXPR_YieldFrom, s);
            if (e != NULL)
                e->v.yield.value = value;
            return e;
        }
        p->mark = mark;
        expect(p, TOK_YIELD);
    }
    p->mark = m;
    Expr *value = fe_rule_star_expressions(p);
    if (value == NULL)
        p->mark = m;
    if (p->error)
        return NULL;
    Expr *e = fe_expr_at(p, EXPR_Yield, s);
    if (e != NULL)
        e->v.yield.value = value;
    return e;
}

Expr *
fe_starred_load(Parser *p, Expr *(*operand)(Parser *))
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_STAR) == NULL)
        return NULL;
    Expr *value = operand(p);
    if (value == NULL) {
        p->mark = mark;
        return NULL;
    }
    Expr *e = fe_expr_at(p, EXPR_Starred, s);
    if (e != NULL) {
        e->v.starred.value = value;
        e->v.starred.ctx = CTX_LOAD;
    }
    return e;
}

// '*' bitwise_or -> Starred(Load)
static Expr *
starred_bitwise_or(Parser *p)
{
    return fe_starred_load(p, fe_rule_bitwise_or);
}

// star_expression (memo): '*' bitwise_or | expression
Expr *
fe_rule_star_expression(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_STAR_EXPRESSION, &memo))
        return memo;
    Expr *e = starred_bitwise_or(p);
    if (e == NULL && !p->error) {
        p->mark = mark;
        e = fe_rule_expression(p);
    }
    fe_parse_memo_set(p, mark, MEMO_STAR_EXPRESSION, e);
    return e;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr *
fe_rule_star_named_expression(Parser *p)
{
    int mark = p->mark;
    Expr *e = starred_bitwise_or(p);
    if (e == NULL && !p->error) {
        p->mark = mark;
        e = fe_rule_named_expression(p);
    }
    return e;
}

// star_named_expressions: ','.star_named_expression+ [',']
AstSeq *
fe_rule_star_named_expressions(Parser *p)
{
    Vec v;
    vec_init(&v);
    Expr *e = fe_rule_star_named_expression(p);
    if (e == NULL || fe_vec_push(p, &v, e) < 0)
        return NULL;
    for (;;) {
        int mark = p->mark;
        if (expect(p, TOK_COMMA) == NULL)
            break;
        e = fe_rule_star_named_expression(p);
        if (e == NULL) {
            p->mark = mark;
            expect(p, TOK_COMMA);
            break;
        }
        if (fe_vec_push(p, &v, e) < 0)
            return NULL;
    }
    return p->error ? NULL : fe_vec_seq(p, &v);
}

// assignment_expression: NAME ':=' ~ expression
Expr *
fe_rule_assignment_expression(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    PToken *name = expect(p, TOK_NAME);
    if (name == NULL || expect(p, TOK_COLONEQUAL) == NULL) {
        p->mark = mark;
        return NULL;
    }
    Expr *value = fe_rule_expression(p);
    if (value == NULL) {
        p->mark = mark;
        return NULL;
    }
    Expr *target = fe_name_from_token(p, name);
    Expr *e = target != NULL ? fe_expr_at(p, EXPR_NamedExpr, s) : NULL;
    if (e != NULL) {
        target->v.name.ctx = CTX_STORE;
        e->v.named_expr.target = target;
        e->v.named_expr.value = value;
    }
    return e;
}

// invalid_named_expression (memo)
static void *
invalid_named_expression_body(Parser *p)
{
    int mark = p->mark;
    Expr *a = fe_rule_expression(p);
    if (a != NULL && expect(p, TOK_COLONEQUAL) != NULL && fe_rule_expression(p) != NULL)
        return RAISE_AT_NODE(p, a->loc, "cannot use assignment expressions with %s",
                             fe_expr_name(a));
    p->mark = mark;
    a = fe_parse_name(p);
    if (a != NULL && expect(p, TOK_EQUAL) != NULL) {
        Expr *b = fe_rule_bitwise_or(p);
        if (b != NULL && !check(p, TOK_EQUAL) && !check(p, TOK_COLONEQUAL))
            return RAISE_RANGE(p, a->loc, b->loc,
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    p->mark = mark;
    // !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
    int excluded = check(p, TOK_TRUE) || check(p, TOK_NONE) || check(p, TOK_FALSE);
    if (!excluded && (check(p, TOK_LSQB) || check(p, TOK_LPAR))) {
        excluded = fe_rule_list(p) != NULL;
        p->mark = mark;
        if (!excluded)
            excluded = fe_rule_tuple(p) != NULL;
        p->mark = mark;
        if (!excluded)
            excluded = fe_rule_genexp(p) != NULL;
        p->mark = mark;
    }
    if (!excluded && !p->error) {
        a = fe_rule_bitwise_or(p);
        if (a != NULL && expect(p, TOK_EQUAL) != NULL && fe_rule_bitwise_or(p) != NULL &&
            !check(p, TOK_EQUAL) && !check(p, TOK_COLONEQUAL))
            return RAISE_AT_NODE(p, a->loc,
                                 "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                 fe_expr_name(a));
    }
    p->mark = mark;
    return NULL;
}

static void
invalid_named_expression(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_INVALID_NAMED_EXPRESSION, &memo)) {
        p->mark = mark;
        return;
    }
    invalid_named_expression_body(p);
    fe_parse_memo_set(p, mark, MEMO_INVALID_NAMED_EXPRESSION, NULL);
    p->mark = mark;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
Expr *
fe_rule_named_expression(Parser *p)
{
    int mark = p->mark;
    Expr *e = fe_rule_assignment_expression(p);
    if (e != NULL || p->error)
        return e;
    p->mark = mark;
    if (p->call_invalid_rules) {
        invalid_named_expression(p);
        if (p->error)
            return NULL;
    }
    e = fe_rule_expression(p);
    if (e != NULL && check(p, TOK_COLONEQUAL))
        e = NULL;
    if (e == NULL)
        p->mark = mark;
    return e;
}

// ---- boolean operators ----------------------------------------------------------------------

static Expr *inversion(Parser *p);
static Expr *conjunction(Parser *p);

// X (kw X)+ -> BoolOp | X
static Expr *
bool_chain(Parser *p, TokenKind kw, int op, Expr *(*item)(Parser *))
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *first = item(p);
    if (first == NULL || !check(p, kw))
        return first;
    Vec v;
    vec_init(&v);
    if (fe_vec_push(p, &v, first) < 0)
        return NULL;
    for (;;) {
        int mark = p->mark;
        if (expect(p, kw) == NULL)
            break;
        Expr *e = item(p);
        if (e == NULL) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, &v, e) < 0)
            return NULL;
    }
    if (v.n == 1)
        return first;
    AstSeq *values = fe_vec_seq(p, &v);
    Expr *e = values != NULL ? fe_expr_at(p, EXPR_BoolOp, s) : NULL;
    if (e != NULL) {
        e->v.bool_op.op = op;
        e->v.bool_op.values = values;
    }
    return e;
}

static Expr *
disjunction_body(Parser *p)
{
    return bool_chain(p, TOK_OR, BOOL_OR, conjunction);
}

static Expr *
conjunction_body(Parser *p)
{
    return bool_chain(p, TOK_AND, BOOL_AND, inversion);
}

Expr *
fe_rule_disjunction(Parser *p)
{
    return fe_parse_memoized(p, MEMO_DISJUNCTION, disjunction_body);
}

static Expr *
conjunction(Parser *p)
{
    return fe_parse_memoized(p, MEMO_CONJUNCTION, conjunction_body);
}

static Expr *comparison(Parser *p);

// inversion (memo): 'not' inversion | comparison
static Expr *
inversion_body(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (expect(p, TOK_NOT) != NULL) {
        Expr *operand = inversion(p);
        if (operand != NULL) {
            Expr *e = fe_expr_at(p, EXPR_UnaryOp, s);
            if (e != NULL) {
                e->v.unary_op.op = UNARY_NOT;
                e->v.unary_op.operand = operand;
            }
            return e;
        }
        p->mark = mark;
    }
    return comparison(p);
}

static Expr *
inversion(Parser *p)
{
    return fe_parse_memoized(p, MEMO_INVERSION, inversion_body);
}

// ---- comparisons ---------------------------------------------------------------------------------

// A comparison operator at the mark (consumed), or -1.
static int
compare_op(Parser *p)
{
    PToken *t = peek(p);
    if (t == NULL)
        return -1;
    int mark = p->mark;
    p->mark++;
    switch (t->kind) {
    case TOK_EQEQUAL: return CMP_EQ;
    case TOK_NOTEQUAL: return CMP_NOTEQ;
    case TOK_LESSEQUAL: return CMP_LTE;
    case TOK_LESS: return CMP_LT;
    case TOK_GREATEREQUAL: return CMP_GTE;
    case TOK_GREATER: return CMP_GT;
    case TOK_IN: return CMP_IN;
    case TOK_NOT:
        if (expect(p, TOK_IN) != NULL)
            return CMP_NOTIN;
        break;
    case TOK_IS: return expect(p, TOK_NOT) != NULL ? CMP_ISNOT : CMP_IS;
    default: break;
    }
    p->mark = mark;
    return -1;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
static Expr *
comparison(Parser *p)
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *left = fe_rule_bitwise_or(p);
    if (left == NULL)
        return NULL;
    Vec ops, comparators;
    vec_init(&ops);
    vec_init(&comparators);
    for (;;) {
        int mark = p->mark;
        int op = compare_op(p);
        if (op < 0)
            break;
        Expr *right = fe_rule_bitwise_or(p);
        if (right == NULL) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, &ops, (void *)(intptr_t)op) < 0 ||
            fe_vec_push(p, &comparators, right) < 0)
            return NULL;
    }
    if (ops.n == 0 || p->error)
        return p->error ? NULL : left;
    Expr *e = fe_expr_at(p, EXPR_Compare, s);
    if (e != NULL) {
        e->v.compare.left = left;
        e->v.compare.ops = fe_vec_seq(p, &ops);
        e->v.compare.comparators = fe_vec_seq(p, &comparators);
    }
    return e;
}

