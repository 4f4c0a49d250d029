// parse_primary.c: the binary operator levels of CPython 3.11's grammar (bitwise_or down to
// term), unary operators, power, await, primaries (attributes, calls, subscripts), slices and
// atoms. Displays and comprehensions are in parse_display.c, literals in parse_literal.c.
#include "frontend/parse_internal.h"

static Expr *
constant_at(Parser *p, PToken *t, PyObject *value)
{
    Expr *e = fe_new_expr(p, EXPR_Constant, tok_loc(t));
    if (e != NULL)
        e->v.constant.value = value;
    return e;
}

// ---- binary operators ------------------------------------------------------------------------------

typedef struct {
    TokenKind tok;
    int op;
} BinOpToken;

static const BinOpToken xor_ops[] = {{TOK_CIRCUMFLEX, OP_BITXOR}, {TOK__COUNT, 0}};
static const BinOpToken and_ops[] = {{TOK_AMPER, OP_BITAND}, {TOK__COUNT, 0}};
static const BinOpToken shift_ops[] = {
    {TOK_LEFTSHIFT, OP_LSHIFT}, {TOK_RIGHTSHIFT, OP_RSHIFT}, {TOK__COUNT, 0}};
static const BinOpToken sum_ops[] = {{TOK_PLUS, OP_ADD}, {TOK_MINUS, OP_SUB}, {TOK__COUNT, 0}};
static const BinOpToken term_ops[] = {{TOK_STAR, OP_MULT},         {TOK_SLASH, OP_DIV},
                                      {TOK_DOUBLESLASH, OP_FLOORDIV}, {TOK_PERCENT, OP_MOD},
                                      {TOK_AT, OP_MATMUL},         {TOK__COUNT, 0}};

static Expr *factor(Parser *p);

// One left-associative level: a loop for CPython's left-recursive rule.
static Expr *
binary_level(Parser *p, const BinOpToken *ops, Expr *(*operand)(Parser *))
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *left = operand(p);
    while (left != NULL) {
        PToken *t = peek(p);
        if (t == NULL)
            break;
        const BinOpToken *o = ops;
        while (o->tok != TOK__COUNT && o->tok != t->kind)
            o++;
        if (o->tok == TOK__COUNT)
            break;
        int mark = p->mark;
        p->mark++;
        Expr *right = operand(p);
        if (right == NULL) {
            p->mark = mark;
            break;
        }
        Expr *e = fe_expr_at(p, EXPR_BinOp, s);
        if (e == NULL)
            return NULL;
        e->v.bin_op.left = left;
        e->v.bin_op.op = o->op;
        e->v.bin_op.right = right;
        left = e;
    }
    return p->error ? NULL : left;
}

static Expr *
term(Parser *p)
{
    return binary_level(p, term_ops, factor);
}

static Expr *
sum(Parser *p)
{
    return binary_level(p, sum_ops, term);
}

static Expr *
shift_expr(Parser *p)
{
    return binary_level(p, shift_ops, sum);
}

static Expr *
bitwise_and(Parser *p)
{
    return binary_level(p, and_ops, shift_expr);
}

static Expr *
bitwise_xor(Parser *p)
{
    return binary_level(p, xor_ops, bitwise_and);
}

static const BinOpToken or_ops[] = {{TOK_VBAR, OP_BITOR}, {TOK__COUNT, 0}};

static Expr *
bitwise_or_body(Parser *p)
{
    return binary_level(p, or_ops, bitwise_xor);
}

Expr *
fe_rule_bitwise_or(Parser *p)
{
    return fe_parse_memoized(p, MEMO_BITWISE_OR, bitwise_or_body);
}

// ---- unary operators, power, await -------------------------------------------------------------

static Expr *power(Parser *p);

// factor (memo): '+' factor | '-' factor | '~' factor | power
static Expr *
factor_body(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    PToken *t = peek(p);
    int op = t->kind == TOK_PLUS    ? UNARY_UADD
             : t->kind == TOK_MINUS ? UNARY_USUB
             : t->kind == TOK_TILDE ? UNARY_INVERT
                                    : -1;
    if (op >= 0) {
        p->mark++;
        Expr *operand = factor(p);
        if (operand != NULL) {
            Expr *e = fe_expr_at(p, EXPR_UnaryOp, s);
            if (e != NULL) {
                e->v.unary_op.op = op;
                e->v.unary_op.operand = operand;
            }
            return e;
        }
        p->mark = mark;
        return NULL;
    }
    return power(p);
}

static Expr *
factor(Parser *p)
{
    return fe_parse_memoized(p, MEMO_FACTOR, factor_body);
}

// await_primary (memo): AWAIT primary | primary
static Expr *
await_primary_body(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (expect(p, TOK_AWAIT) != NULL) {
        Expr *value = fe_rule_primary(p);
        if (value == NULL) {
            p->mark = mark;
            return NULL;
        }
        Expr *e = fe_expr_at(p, EXPR_Await, s);
        if (e != NULL)
            e->v.await.value = value;
        return e;
    }
    return fe_rule_primary(p);
}

// power: await_primary '**' factor | await_primary
static Expr *
power(Parser *p)
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *left = fe_parse_memoized(p, MEMO_AWAIT_PRIMARY, await_primary_body);
    if (left == NULL)
        return NULL;
    int mark = p->mark;
    if (expect(p, TOK_DOUBLESTAR) == NULL)
        return left;
    if (fe_parse_enter(p) < 0)
        return NULL;
    Expr *right = factor(p);
    leave(p);
    if (right == NULL) {
        p->mark = mark;
        return p->error ? NULL : left;
    }
    Expr *e = fe_expr_at(p, EXPR_BinOp, s);
    if (e != NULL) {
        e->v.bin_op.left = left;
        e->v.bin_op.op = OP_POW;
        e->v.bin_op.right = right;
    }
    return e;
}

// ---- primary ----------------------------------------------------------------------------------

Expr *
fe_attribute_at(Parser *p, Start s, Expr *value, PToken *name, ExprContext ctx)
{
    PyObject *attr = fe_parse_identifier(p, name->start, name->end - name->start);
    Expr *e = attr != NULL ? fe_expr_at(p, EXPR_Attribute, s) : NULL;
    if (e != NULL) {
        e->v.attribute.value = value;
        e->v.attribute.attr = attr;
        e->v.attribute.ctx = ctx;
    }
    return e;
}

Expr *
fe_subscript_at(Parser *p, Start s, Expr *value, Expr *slice, ExprContext ctx)
{
    Expr *e = fe_expr_at(p, EXPR_Subscript, s);
    if (e != NULL) {
        e->v.subscript.value = value;
        e->v.subscript.slice = slice;
        e->v.subscript.ctx = ctx;
    }
    return e;
}

// '.' NAME after a primary: Attribute(value, NAME, Load), or NULL.
static Expr *
attribute_trailer(Parser *p, Start s, Expr *value)
{
    int mark = p->mark;
    if (expect(p, TOK_DOT) == NULL)
        return NULL;
    PToken *name = expect(p, TOK_NAME);
    if (name == NULL) {
        p->mark = mark;
        return NULL;
    }
    return fe_attribute_at(p, s, value, name, CTX_LOAD);
}

// genexp | '(' [arguments] ')' after a primary: Call, or NULL.
static Expr *
call_trailer(Parser *p, Start s, Expr *func)
{
    int mark = p->mark;
    Expr *gen = fe_rule_genexp(p);
    if (gen != NULL) {
        Expr *e = fe_expr_at(p, EXPR_Call, s);
        if (e != NULL) {
            e->v.call.func = func;
            e->v.call.args = fe_seq1(p, gen);
            e->v.call.keywords = fe_seq_new(p->arena, 0);
        }
        return e;
    }
    p->mark = mark;
    if (p->error || expect(p, TOK_LPAR) == NULL)
        return NULL;
    int m = p->mark;
    Expr *args = fe_rule_arguments(p);
    if (args == NULL)
        p->mark = m;
    if (p->error || expect(p, TOK_RPAR) == NULL) {
        p->mark = mark;
        return NULL;
    }
    Expr *e = fe_expr_at(p, EXPR_Call, s);
    if (e != NULL) {
        e->v.call.func = func;
        e->v.call.args = args != NULL ? args->v.call.args : fe_seq_new(p->arena, 0);
        e->v.call.keywords = args != NULL ? args->v.call.keywords : fe_seq_new(p->arena, 0);
    }
    return e;
}

// '[' slices ']' after a primary: Subscript(value, slices, Load), or NULL.
static Expr *
subscript_trailer(Parser *p, Start s, Expr *value)
{
    int mark = p->mark;
    if (expect(p, TOK_LSQB) == NULL)
        return NULL;
    Expr *slice = fe_rule_slices(p);
    if (slice == NULL || expect(p, TOK_RSQB) == NULL) {
        p->mark = mark;
        return NULL;
    }
    return fe_subscript_at(p, s, value, slice, CTX_LOAD);
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
static Expr *
primary_body(Parser *p)
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *e = fe_rule_atom(p);
    while (e != NULL) {
        Expr *next = attribute_trailer(p, s, e);
        if (next == NULL && !p->error)
            next = call_trailer(p, s, e);
        if (next == NULL && !p->error)
            next = subscript_trailer(p, s, e);
        if (next == NULL)
            break;
        e = next;
    }
    return p->error ? NULL : e;
}

Expr *
fe_rule_primary(Parser *p)
{
    return fe_parse_memoized(p, MEMO_PRIMARY, primary_body);
}

// ---- slices --------------------------------------------------------------------------------------

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static Expr *
slice(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *lower = fe_rule_expression(p);
    if (lower == NULL)
        p->mark = mark;
    if (!p->error && expect(p, TOK_COLON) != NULL) {
        int m = p->mark;
        Expr *upper = fe_rule_expression(p), *step = NULL;
        if (upper == NULL)
            p->mark = m;
        m = p->mark;
        if (expect(p, TOK_COLON) != NULL) {
            int m2 = p->mark;
            step = fe_rule_expression(p);
            if (step == NULL)
                p->mark = m2;
        }
        else {
            p->mark = m;
        }
        if (p->error)
            return NULL;
        Expr *e = fe_expr_at(p, EXPR_Slice, s);
        if (e != NULL) {
            e->v.slice.lower = lower;
            e->v.slice.upper = upper;
            e->v.slice.step = step;
        }
        return e;
    }
    p->mark = mark;
    return fe_rule_named_expression(p);
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple
Expr *
fe_rule_slices(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *first = slice(p);
    if (first != NULL && !check(p, TOK_COMMA))
        return first;
    p->mark = mark;
    Vec v;
    vec_init(&v);
    for (;;) {
        int m = p->mark;
        if (v.n > 0 && expect(p, TOK_COMMA) == NULL)
            break;
        int item_mark = p->mark;
        Expr *e = slice(p);
        if (e == NULL && !p->error) {
            p->mark = item_mark;
            e = fe_rule_starred_expression(p);
        }
        if (e == NULL) {
            p->mark = m;
            break;
        }
        if (fe_vec_push(p, &v, e) < 0)
            return NULL;
    }
    if (v.n == 0 || p->error) {
        p->mark = mark;
        return NULL;
    }
    expect(p, TOK_COMMA);
    return fe_tuple_at(p, s, &v);
}

// ---- atom ------------------------------------------------------------------------------------------

// &'(' (tuple | group | genexp) | &'[' (list | listcomp)
// | &'{' (dict | set | dictcomp | setcomp): the first of rules that matches.
static Expr *
bracket_atom(Parser *p, TokenKind open)
{
    static Expr *(*const paren[])(Parser *) = {fe_rule_tuple, fe_rule_group, fe_rule_genexp, NULL};
    static Expr *(*const square[])(Parser *) = {fe_rule_list, fe_rule_listcomp, NULL};
    static Expr *(*const curly[])(Parser *) = {fe_rule_dict, fe_rule_set, fe_rule_dictcomp,
                                               fe_rule_setcomp, NULL};
    Expr *(*const *rules)(Parser *) = open == TOK_LPAR ? paren : open == TOK_LSQB ? square : curly;
    int mark = p->mark;
    if (fe_parse_enter(p) < 0)
        return NULL;
    Expr *e = NULL;
    for (; *rules != NULL && e == NULL && !p->error; rules++) {
        p->mark = mark;
        e = (*rules)(p);
    }
    leave(p);
    if (e == NULL)
        p->mark = mark;
    return e;
}

Expr *
fe_rule_atom(Parser *p)
{
    PToken *t = peek(p);
    if (t == NULL)
        return NULL;
    switch (t->kind) {
    case TOK_NAME: p->mark++; return fe_name_from_token(p, t);
    case TOK_TRUE: p->mark++; return constant_at(p, t, Py_True);
    case TOK_FALSE: p->mark++; return constant_at(p, t, Py_False);
    case TOK_NONE: p->mark++; return constant_at(p, t, Py_None);
    case TOK_ELLIPSIS: p->mark++; return constant_at(p, t, Py_Ellipsis);
    case TOK_STRING: return fe_rule_strings(p);
    case TOK_NUMBER: return fe_rule_number(p);
    case TOK_LPAR:
    case TOK_LSQB:
    case TOK_LBRACE: return bracket_atom(p, t->kind);
    default: return NULL;
    }
}
