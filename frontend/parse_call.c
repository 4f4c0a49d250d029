// parse_call.c: call arguments of CPython 3.11's grammar (positional, starred, keyword and
// ** arguments, in CPython's order) with the invalid_* rules that explain their errors:
// argument order, unparenthesized generator expressions, assignments in arguments.
#include "frontend/parse_internal.h"

// ---- call arguments --------------------------------------------------------------------------

// starred_expression: '*' expression
Expr *
fe_rule_starred_expression(Parser *p)
{
    return fe_starred_load(p, fe_rule_expression);
}

static Keyword *
new_keyword(Parser *p, PyObject *arg, Expr *value, Loc loc)
{
    Keyword *k = fe_parse_alloc(p, sizeof(Keyword));
    if (k != NULL) {
        k->arg = arg;
        k->value = value;
        k->loc = loc;
    }
    return k;
}

// invalid_kwarg
static void *
invalid_kwarg(Parser *p)
{
    int mark = p->mark;
    PToken *a = peek(p);
    if (a != NULL && (a->kind == TOK_TRUE || a->kind == TOK_FALSE || a->kind == TOK_NONE)) {
        p->mark++;
        PToken *b = expect(p, TOK_EQUAL);
        if (b != NULL)
            return RAISE_RANGE(p, tok_loc(a), tok_loc(b), "cannot assign to %s",
                               a->kind == TOK_TRUE ? "True" : a->kind == TOK_FALSE ? "False" : "None");
    }
    p->mark = mark;
    a = expect(p, TOK_NAME);
    PToken *b = a != NULL ? expect(p, TOK_EQUAL) : NULL;
    if (b != NULL && fe_rule_expression(p) != NULL && fe_rule_for_if_clauses(p) != NULL)
        return RAISE_RANGE(p, tok_loc(a), tok_loc(b),
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    p->mark = mark;
    int name_eq = expect(p, TOK_NAME) != NULL && check(p, TOK_EQUAL);
    p->mark = mark;
    if (!name_eq && !p->error) {
        Expr *e = fe_rule_expression(p);
        b = e != NULL ? expect(p, TOK_EQUAL) : NULL;
        if (b != NULL)
            return RAISE_RANGE(p, e->loc, tok_loc(b),
                               "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    p->mark = mark;
    return NULL;
}

// kwarg_or_starred (double = 0) / kwarg_or_double_starred (double = 1): a Keyword, or a
// Starred expression (*is_starred set).
static void *
kwarg_item(Parser *p, int dbl, int *is_starred)
{
    int mark = p->mark;
    *is_starred = 0;
    if (p->call_invalid_rules) {
        invalid_kwarg(p);
        if (p->error)
            return NULL;
    }
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    PToken *name = expect(p, TOK_NAME);
    if (name != NULL && expect(p, TOK_EQUAL) != NULL) {
        Expr *value = fe_rule_expression(p);
        if (value != NULL) {
            PyObject *arg = fe_parse_identifier(p, name->start, name->end - name->start);
            return arg != NULL ? new_keyword(p, arg, value, fe_parse_loc(p, s)) : NULL;
        }
    }
    p->mark = mark;
    if (!dbl) {
        Expr *e = fe_rule_starred_expression(p);
        *is_starred = e != NULL;
        return e;
    }
    if (expect(p, TOK_DOUBLESTAR) != NULL) {
        Expr *value = fe_rule_expression(p);
        if (value != NULL)
            return new_keyword(p, NULL, value, fe_parse_loc(p, s));
    }
    p->mark = mark;
    return NULL;
}

// ','.item+ for kwarg_or_starred (dbl 0) or kwarg_or_double_starred (dbl 1); appends to
// starred/keywords; the count.
static int
kwarg_list(Parser *p, int dbl, Vec *starred, Vec *keywords)
{
    int n = 0;
    for (;;) {
        int mark = p->mark;
        if (n > 0 && expect(p, TOK_COMMA) == NULL)
            break;
        int is_starred;
        void *item = kwarg_item(p, dbl, &is_starred);
        if (item == NULL) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, is_starred ? starred : keywords, item) < 0)
            return -1;
        n++;
    }
    return p->error ? -1 : n;
}

// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//       | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
static int
kwargs(Parser *p, Vec *starred, Vec *keywords)
{
    int mark = p->mark;
    Vec s1, k1;
    vec_init(&s1);
    vec_init(&k1);
    if (kwarg_list(p, 0, &s1, &k1) > 0) {
        int m = p->mark;
        if (expect(p, TOK_COMMA) != NULL && kwarg_list(p, 1, &s1, &k1) > 0) {
            *starred = s1;
            *keywords = k1;
            return 1;
        }
        if (p->error)
            return -1;
        // the first list alone (without what the second one appended)
        p->mark = mark;
        vec_init(&s1);
        vec_init(&k1);
        kwarg_list(p, 0, &s1, &k1);
        (void)m;
        *starred = s1;
        *keywords = k1;
        return 1;
    }
    if (p->error)
        return -1;
    p->mark = mark;
    vec_init(&s1);
    vec_init(&k1);
    if (kwarg_list(p, 1, &s1, &k1) > 0) {
        *starred = s1;
        *keywords = k1;
        return 1;
    }
    p->mark = mark;
    return p->error ? -1 : 0;
}

// One positional item of args: starred_expression | (assignment_expression | expression !':=')
// !'='
static Expr *
positional_arg(Parser *p)
{
    int mark = p->mark;
    Expr *e = fe_rule_starred_expression(p);
    if (e != NULL || p->error)
        return e;
    e = fe_rule_assignment_expression(p);
    if (e == NULL && !p->error) {
        p->mark = mark;
        e = fe_rule_expression(p);
        if (e != NULL && check(p, TOK_COLONEQUAL))
            e = NULL;
    }
    if (e != NULL && check(p, TOK_EQUAL))
        e = NULL;
    if (e == NULL)
        p->mark = mark;
    return e;
}

// args: ','.positional+ [',' kwargs] | kwargs. Returns a Call node with func NULL;
// *with_kwargs tells whether a kwargs part was parsed.
static Expr *
args_ex(Parser *p, int *with_kwargs)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Vec pos, starred, keywords;
    vec_init(&pos);
    vec_init(&starred);
    vec_init(&keywords);
    for (;;) {
        int m = p->mark;
        if (pos.n > 0 && expect(p, TOK_COMMA) == NULL)
            break;
        Expr *e = positional_arg(p);
        if (e == NULL) {
            p->mark = m;
            break;
        }
        if (fe_vec_push(p, &pos, e) < 0)
            return NULL;
    }
    if (p->error)
        return NULL;
    *with_kwargs = 0;
    if (pos.n > 0) {
        int m = p->mark;
        if (expect(p, TOK_COMMA) == NULL || kwargs(p, &starred, &keywords) <= 0)
            p->mark = m;
        else
            *with_kwargs = 1;
    }
    else if (kwargs(p, &starred, &keywords) <= 0) {
        p->mark = mark;
        return NULL;
    }
    else {
        *with_kwargs = 1;
    }
    if (p->error)
        return NULL;
    for (Py_ssize_t i = 0; i < starred.n; i++)
        if (fe_vec_push(p, &pos, starred.items[i]) < 0)
            return NULL;
    Expr *call = fe_expr_at(p, EXPR_Call, s);
    if (call != NULL) {
        call->v.call.args = fe_vec_seq(p, &pos);
        call->v.call.keywords = fe_vec_seq(p, &keywords);
    }
    return call;
}

static Expr *
args(Parser *p)
{
    int with_kwargs;
    return args_ex(p, &with_kwargs);
}

// _PyPegen_arguments_parsing_error
static void *
arguments_parsing_error(Parser *p, Expr *e)
{
    int unpacking = 0;
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.call.keywords); i++)
        if (((Keyword *)e->v.call.keywords->items[i])->arg == NULL)
            unpacking = 1;
    return RAISE_SYNTAX_ERROR(p, unpacking ? "positional argument follows keyword argument unpacking"
                                           : "positional argument follows keyword argument");
}

// invalid_arguments; its first rule is
// (','.positional+ ',' kwargs | kwargs) ',' '*'
static void *
invalid_arguments(Parser *p)
{
    int mark = p->mark;
    int with_kwargs;
    Expr *a = args_ex(p, &with_kwargs);
    if (a != NULL && with_kwargs && expect(p, TOK_COMMA) != NULL) {
        PToken *star = expect(p, TOK_STAR);
        if (star != NULL)
            return RAISE_AT_NODE(p, tok_loc(star),
                                 "iterable argument unpacking follows keyword argument unpacking");
    }
    p->mark = mark;
    a = fe_rule_expression(p);
    AstSeq *b = a != NULL ? fe_rule_for_if_clauses(p) : NULL;
    if (b != NULL && expect(p, TOK_COMMA) != NULL) {
        int m = p->mark;
        if (args(p) == NULL) {
            p->mark = m;
            if (fe_rule_expression(p) == NULL || fe_rule_for_if_clauses(p) == NULL)
                p->mark = m;
        }
        return RAISE_RANGE(p, a->loc, fe_last_comprehension_item(b)->loc,
                           "Generator expression must be parenthesized");
    }
    p->mark = mark;
    PToken *name = expect(p, TOK_NAME);
    PToken *eq = name != NULL ? expect(p, TOK_EQUAL) : NULL;
    if (eq != NULL && fe_rule_expression(p) != NULL && fe_rule_for_if_clauses(p) != NULL)
        return RAISE_RANGE(p, tok_loc(name), tok_loc(eq),
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    p->mark = mark;
    a = args(p);
    b = a != NULL ? fe_rule_for_if_clauses(p) : NULL;
    if (b != NULL) {
        Py_ssize_t n = AST_SEQ_LEN(a->v.call.args);
        if (n > 1)
            return RAISE_RANGE(p, ((Expr *)a->v.call.args->items[n - 1])->loc,
                               fe_last_comprehension_item(b)->loc,
                               "Generator expression must be parenthesized");
    }
    p->mark = mark;
    if (args(p) != NULL && expect(p, TOK_COMMA) != NULL) {
        a = fe_rule_expression(p);
        b = a != NULL ? fe_rule_for_if_clauses(p) : NULL;
        if (b != NULL)
            return RAISE_RANGE(p, a->loc, fe_last_comprehension_item(b)->loc,
                               "Generator expression must be parenthesized");
    }
    p->mark = mark;
    a = args(p);
    if (a != NULL && expect(p, TOK_COMMA) != NULL && args(p) != NULL)
        return arguments_parsing_error(p, a);
    p->mark = mark;
    return NULL;
}

// arguments (memo): args [','] &')' | invalid_arguments
static Expr *
arguments_body(Parser *p)
{
    int mark = p->mark;
    Expr *a = args(p);
    if (a != NULL) {
        expect(p, TOK_COMMA);
        if (check(p, TOK_RPAR))
            return a;
    }
    p->mark = mark;
    if (p->call_invalid_rules && !p->error)
        invalid_arguments(p);
    p->mark = mark;
    return NULL;
}

Expr *
fe_rule_arguments(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_ARGUMENTS, &memo))
        return memo;
    if (fe_parse_enter(p) < 0)
        return NULL;
    Expr *e = arguments_body(p);
    leave(p);
    fe_parse_memo_set(p, mark, MEMO_ARGUMENTS, e);
    return e;
}
