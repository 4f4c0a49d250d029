// parse_target.c: assignment, for-loop and del targets of CPython 3.11's grammar
// (star_targets, single_target, del_targets, t_primary), the Store/Del context rewriting,
// and the helpers that explain invalid targets ("cannot assign to function call").
#include "frontend/parse_internal.h"

// ---- expression context --------------------------------------------------------------------

static AstSeq *
seq_with_context(Parser *p, AstSeq *seq, ExprContext ctx)
{
    Py_ssize_t n = AST_SEQ_LEN(seq);
    AstSeq *out = fe_seq_new(p->arena, n);
    if (out == NULL) {
        p->error = 1;
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        out->items[i] = fe_set_expr_context(p, seq->items[i], ctx);
        if (out->items[i] == NULL)
            return NULL;
    }
    return out;
}

// A copy of e with context ctx (recursively for tuples, lists and starred); other nodes are
// returned unchanged, as CPython's _PyPegen_set_expr_context.
Expr *
fe_set_expr_context(Parser *p, Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case EXPR_Name:
    case EXPR_Tuple:
    case EXPR_List:
    case EXPR_Subscript:
    case EXPR_Attribute:
    case EXPR_Starred: break;
    default: return e;
    }
    Expr *c = fe_new_expr(p, e->kind, e->loc);
    if (c == NULL)
        return NULL;
    c->v = e->v;
    switch (e->kind) {
    case EXPR_Name: c->v.name.ctx = ctx; break;
    case EXPR_Tuple:
    case EXPR_List:
        c->v.sequence.elts = seq_with_context(p, e->v.sequence.elts, ctx);
        c->v.sequence.ctx = ctx;
        if (c->v.sequence.elts == NULL)
            return NULL;
        break;
    case EXPR_Subscript: c->v.subscript.ctx = ctx; break;
    case EXPR_Attribute: c->v.attribute.ctx = ctx; break;
    case EXPR_Starred:
        c->v.starred.value = fe_set_expr_context(p, e->v.starred.value, ctx);
        c->v.starred.ctx = ctx;
        if (c->v.starred.value == NULL)
            return NULL;
        break;
    default: break;
    }
    return c;
}

// ---- t_primary -------------------------------------------------------------------------------

static int
t_lookahead(Parser *p)
{
    return check(p, TOK_LPAR) || check(p, TOK_LSQB) || check(p, TOK_DOT);
}

// One trailer of t_primary on `a`, each followed by &t_lookahead: '.' NAME, '[' slices ']',
// genexp, '(' [arguments] ')'. NULL (mark restored) if none applies.
static Expr *
t_primary_trailer(Parser *p, Start s, Expr *a)
{
    int mark = p->mark;
    if (expect(p, TOK_DOT) != NULL) {
        PToken *name = expect(p, TOK_NAME);
        if (name != NULL && t_lookahead(p))
            return fe_attribute_at(p, s, a, name, CTX_LOAD);
    }
    p->mark = mark;
    if (expect(p, TOK_LSQB) != NULL) {
        Expr *slice = fe_rule_slices(p);
        if (slice != NULL && expect(p, TOK_RSQB) != NULL && t_lookahead(p))
            return fe_subscript_at(p, s, a, slice, CTX_LOAD);
    }
    p->mark = mark;
    Expr *gen = fe_rule_genexp(p);
    if (gen != NULL && t_lookahead(p)) {
        Expr *e = fe_expr_at(p, EXPR_Call, s);
        if (e != NULL) {
            e->v.call.func = a;
            e->v.call.args = fe_seq1(p, gen);
            e->v.call.keywords = fe_seq_new(p->arena, 0);
        }
        return e;
    }
    p->mark = mark;
    if (!p->error && expect(p, TOK_LPAR) != NULL) {
        int m = p->mark;
        Expr *args = fe_rule_arguments(p);
        if (args == NULL)
            p->mark = m;
        if (expect(p, TOK_RPAR) != NULL && t_lookahead(p)) {
            Expr *e = fe_expr_at(p, EXPR_Call, s);
            if (e != NULL) {
                e->v.call.func = a;
                e->v.call.args = args != NULL ? args->v.call.args : fe_seq_new(p->arena, 0);
                e->v.call.keywords =
                    args != NULL ? args->v.call.keywords : fe_seq_new(p->arena, 0);
            }
            return e;
        }
    }
    p->mark = mark;
    return NULL;
}

// t_primary (left-recursive): a chain of trailers on an atom, each followed by a trailer start.
static Expr *
t_primary_body(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *a = fe_rule_atom(p);
    if (a == NULL || !t_lookahead(p)) {
        p->mark = mark;
        return NULL;
    }
    for (;;) {
        Expr *next = t_primary_trailer(p, s, a);
        if (next == NULL)
            break;
        a = next;
    }
    return p->error ? NULL : a;
}

Expr *
fe_rule_t_primary(Parser *p)
{
    return fe_parse_memoized(p, MEMO_T_PRIMARY, t_primary_body);
}

// t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with context ctx
static Expr *
subscript_attribute_target(Parser *p, ExprContext ctx)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *a = fe_rule_t_primary(p);
    if (a == NULL)
        return NULL;
    int after = p->mark;
    if (expect(p, TOK_DOT) != NULL) {
        PToken *name = expect(p, TOK_NAME);
        if (name != NULL && !t_lookahead(p))
            return fe_attribute_at(p, s, a, name, ctx);
    }
    p->mark = after;
    if (expect(p, TOK_LSQB) != NULL) {
        Expr *slice = fe_rule_slices(p);
        if (slice != NULL && expect(p, TOK_RSQB) != NULL && !t_lookahead(p))
            return fe_subscript_at(p, s, a, slice, ctx);
    }
    p->mark = mark;
    return NULL;
}

Expr *
fe_rule_single_subscript_attribute_target(Parser *p)
{
    return subscript_attribute_target(p, CTX_STORE);
}

// ---- star targets ----------------------------------------------------------------------------

static Expr *target_with_star_atom(Parser *p);

static Expr *
sequence_at(Parser *p, ExprKind kind, Start s, AstSeq *elts, ExprContext ctx)
{
    Expr *e = fe_expr_at(p, kind, s);
    if (e != NULL) {
        e->v.sequence.elts = elts != NULL ? elts : fe_seq_new(p->arena, 0);
        e->v.sequence.ctx = ctx;
    }
    return e;
}

// ','.item+ [','] into v (the trailing comma is consumed); the count. When need_comma is
// set (star_targets_tuple_seq), one item needs a trailing comma.
static Py_ssize_t
target_list(Parser *p, Vec *v, Expr *(*item)(Parser *), int need_comma)
{
    int mark = p->mark;
    for (;;) {
        int m = p->mark;
        if (v->n > 0 && expect(p, TOK_COMMA) == NULL)
            break;
        Expr *e = item(p);
        if (e == NULL) {
            p->mark = m;
            break;
        }
        if (fe_vec_push(p, v, e) < 0)
            return -1;
    }
    if (p->error)
        return -1;
    int comma = expect(p, TOK_COMMA) != NULL;
    if (v->n == 0 || (need_comma && v->n == 1 && !comma)) {
        p->mark = mark;
        v->n = 0;
        return 0;
    }
    return v->n;
}

// star_atom
static Expr *
star_atom(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    PToken *name = expect(p, TOK_NAME);
    if (name != NULL) {
        Expr *e = fe_name_from_token(p, name);
        if (e != NULL)
            e->v.name.ctx = CTX_STORE;
        return e;
    }
    if (expect(p, TOK_LPAR) != NULL) {
        int m = p->mark;
        Expr *a = target_with_star_atom(p);
        if (a != NULL && expect(p, TOK_RPAR) != NULL)
            return fe_set_expr_context(p, a, CTX_STORE);
        p->mark = m;
        Vec v;
        vec_init(&v);
        if (target_list(p, &v, fe_rule_star_target, 1) < 0)
            return NULL;
        if (expect(p, TOK_RPAR) != NULL)
            return sequence_at(p, EXPR_Tuple, s, v.n > 0 ? fe_vec_seq(p, &v) : NULL, CTX_STORE);
        p->mark = mark;
        return NULL;
    }
    if (expect(p, TOK_LSQB) != NULL) {
        Vec v;
        vec_init(&v);
        if (target_list(p, &v, fe_rule_star_target, 0) < 0)
            return NULL;
        if (expect(p, TOK_RSQB) != NULL)
            return sequence_at(p, EXPR_List, s, v.n > 0 ? fe_vec_seq(p, &v) : NULL, CTX_STORE);
    }
    p->mark = mark;
    return NULL;
}

// target_with_star_atom (memo)
static Expr *
target_with_star_atom_body(Parser *p)
{
    int mark = p->mark;
    Expr *e = subscript_attribute_target(p, CTX_STORE);
    if (e != NULL || p->error)
        return e;
    p->mark = mark;
    return star_atom(p);
}

static Expr *
target_with_star_atom(Parser *p)
{
    return fe_parse_memoized(p, MEMO_TARGET_WITH_STAR_ATOM, target_with_star_atom_body);
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
static Expr *
star_target_body(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (expect(p, TOK_STAR) != NULL) {
        if (!check(p, TOK_STAR)) {
            Expr *a = fe_rule_star_target(p);
            if (a != NULL) {
                Expr *value = fe_set_expr_context(p, a, CTX_STORE);
                Expr *e = value != NULL ? fe_expr_at(p, EXPR_Starred, s) : NULL;
                if (e != NULL) {
                    e->v.starred.value = value;
                    e->v.starred.ctx = CTX_STORE;
                }
                return e;
            }
        }
        p->mark = mark;
        return NULL;
    }
    return target_with_star_atom(p);
}

Expr *
fe_rule_star_target(Parser *p)
{
    return fe_parse_memoized(p, MEMO_STAR_TARGET, star_target_body);
}

// star_targets: star_target !',' | star_target (',' star_target)* [','] -> Tuple(Store)
Expr *
fe_rule_star_targets(Parser *p)
{
    return fe_comma_list(p, fe_rule_star_target, CTX_STORE);
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
Expr *
fe_rule_single_target(Parser *p)
{
    int mark = p->mark;
    Expr *e = subscript_attribute_target(p, CTX_STORE);
    if (e != NULL || p->error)
        return e;
    p->mark = mark;
    PToken *name = expect(p, TOK_NAME);
    if (name != NULL) {
        e = fe_name_from_token(p, name);
        if (e != NULL)
            e->v.name.ctx = CTX_STORE;
        return e;
    }
    if (expect(p, TOK_LPAR) != NULL) {
        e = fe_rule_single_target(p);
        if (e != NULL && expect(p, TOK_RPAR) != NULL)
            return e;
    }
    p->mark = mark;
    return NULL;
}

// ---- del targets ---------------------------------------------------------------------------

static Expr *del_target(Parser *p);

// del_t_atom
static Expr *
del_t_atom(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    PToken *name = expect(p, TOK_NAME);
    if (name != NULL) {
        Expr *e = fe_name_from_token(p, name);
        if (e != NULL)
            e->v.name.ctx = CTX_DEL;
        return e;
    }
    for (int list = 0; list < 2; list++) {
        p->mark = mark;
        if (expect(p, list ? TOK_LSQB : TOK_LPAR) == NULL)
            continue;
        if (!list) {
            int m = p->mark;
            Expr *a = del_target(p);
            if (a != NULL && expect(p, TOK_RPAR) != NULL)
                return fe_set_expr_context(p, a, CTX_DEL);
            p->mark = m;
        }
        Vec v;
        vec_init(&v);
        if (target_list(p, &v, del_target, 0) < 0)
            return NULL;
        if (expect(p, list ? TOK_RSQB : TOK_RPAR) != NULL)
            return sequence_at(p, list ? EXPR_List : EXPR_Tuple, s,
                               v.n > 0 ? fe_vec_seq(p, &v) : NULL, CTX_DEL);
    }
    p->mark = mark;
    return NULL;
}

// del_target (memo)
static Expr *
del_target(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_DEL_TARGET, &memo))
        return memo;
    if (fe_parse_enter(p) < 0)
        return NULL;
    Expr *e = subscript_attribute_target(p, CTX_DEL);
    if (e == NULL && !p->error) {
        p->mark = mark;
        e = del_t_atom(p);
    }
    leave(p);
    if (e == NULL)
        p->mark = mark;
    fe_parse_memo_set(p, mark, MEMO_DEL_TARGET, e);
    return e;
}

// del_targets: ','.del_target+ [',']
AstSeq *
fe_rule_del_targets(Parser *p)
{
    Vec v;
    vec_init(&v);
    if (target_list(p, &v, del_target, 0) <= 0)
        return NULL;
    return fe_vec_seq(p, &v);
}

// ---- invalid targets ---------------------------------------------------------------------------

// CPython's _PyPegen_get_expr_name: how error messages name an expression.
const char *
fe_expr_name(Expr *e)
{
    switch (e->kind) {
    case EXPR_Attribute: return "attribute";
    case EXPR_Subscript: return "subscript";
    case EXPR_Starred: return "starred";
    case EXPR_Name: return "name";
    case EXPR_List: return "list";
    case EXPR_Tuple: return "tuple";
    case EXPR_Lambda: return "lambda";
    case EXPR_Call: return "function call";
    case EXPR_BoolOp:
    case EXPR_BinOp:
    case EXPR_UnaryOp: return "expression";
    case EXPR_GeneratorExp: return "generator expression";
    case EXPR_Yield:
    case EXPR_YieldFrom: return "yield expression";
    case EXPR_Await: return "await expression";
    case EXPR_ListComp: return "list comprehension";
    case EXPR_SetComp: return "set comprehension";
    case EXPR_DictComp: return "dict comprehension";
    case EXPR_Dict: return "dict literal";
    case EXPR_Set: return "set display";
    case EXPR_JoinedStr:
    case EXPR_FormattedValue: return "f-string expression";
    case EXPR_Constant: {
        PyObject *v = e->v.constant.value;
        if (v == Py_None)
            return "None";
        if (v == Py_False)
            return "False";
        if (v == Py_True)
            return "True";
        if (v == Py_Ellipsis)
            return "ellipsis";
        return "literal";
    }
    case EXPR_Compare: return "comparison";
    case EXPR_IfExp: return "conditional expression";
    case EXPR_NamedExpr: return "named expression";
    default: return "?";
    }
}

// CPython's _PyPegen_get_invalid_target: the first node that cannot be a target, or NULL.
static Expr *
invalid_target(Expr *e, TargetsType type)
{
    if (e == NULL)
        return NULL;
    switch (e->kind) {
    case EXPR_List:
    case EXPR_Tuple:
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.sequence.elts); i++) {
            Expr *child = invalid_target(e->v.sequence.elts->items[i], type);
            if (child != NULL)
                return child;
        }
        return NULL;
    case EXPR_Starred:
        if (type == DEL_TARGETS)
            return e;
        return invalid_target(e->v.starred.value, type);
    case EXPR_Compare:
        // `for a in b` parses `a in b` as a comparison: look at its left side.
        if (type == FOR_TARGETS) {
            if ((intptr_t)e->v.compare.ops->items[0] == CMP_IN)
                return invalid_target(e->v.compare.left, type);
            return NULL;
        }
        return e;
    case EXPR_Name:
    case EXPR_Subscript:
    case EXPR_Attribute: return NULL;
    default: return e;
    }
}

void *
fe_raise_invalid_target(Parser *p, TargetsType type, Expr *e)
{
    Expr *t = invalid_target(e, type);
    if (t == NULL)
        return NULL;
    const char *fmt = type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
    return RAISE_AT_NODE(p, t->loc, fmt, fe_expr_name(t));
}

// invalid_for_target: ASYNC? 'for' star_expressions (of for statements and comprehensions)
void *
fe_invalid_for_target(Parser *p)
{
    int mark = p->mark;
    expect(p, TOK_ASYNC);
    if (expect(p, TOK_FOR) != NULL) {
        Expr *a = fe_rule_star_expressions(p);
        if (a != NULL)
            return fe_raise_invalid_target(p, FOR_TARGETS, a);
    }
    p->mark = mark;
    return NULL;
}
