// parse_params.c: the parameter lists of def and lambda in CPython 3.11's grammar (one set of
// rules, with `lam` set for lambda: no annotations, ':' instead of ')'), positional-only and
// keyword-only parameters, defaults, *args and **kwargs, and their invalid_* rules. The
// definitions themselves are in parse_def.c.
#include <string.h>
#include "frontend/parse_internal.h"

// ---- parameters ------------------------------------------------------------------------------

// A parameter with its default (NULL if none).
typedef struct {
    Arg *arg;
    Expr *value;
} NameDefault;

static TokenKind
closer(int lam)
{
    return lam ? TOK_COLON : TOK_RPAR;
}

// param: NAME annotation? (lambda_param: NAME). star: the annotation may be starred.
static Arg *
param(Parser *p, int lam, int star)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    PToken *name = expect(p, TOK_NAME);
    if (name == NULL)
        return NULL;
    Expr *ann = NULL;
    if (!lam) {
        int m = p->mark;
        if (expect(p, TOK_COLON) != NULL)
            ann = star ? fe_rule_star_expression(p) : fe_rule_expression(p);
        if (ann == NULL) {
            if (star) {
                p->mark = mark;
                return NULL;
            }
            p->mark = m;
        }
    }
    PyObject *id = fe_parse_identifier(p, name->start, name->end - name->start);
    Arg *a = id != NULL ? fe_parse_alloc(p, sizeof(Arg)) : NULL;
    if (a != NULL) {
        a->arg = id;
        a->annotation = ann;
        a->loc = fe_parse_loc(p, s);
    }
    return a;
}

// ',' or &closer after a parameter: 1 if present (the comma consumed).
static int
param_end(Parser *p, int lam)
{
    return expect(p, TOK_COMMA) != NULL || check(p, closer(lam));
}

// invalid_default: '=' &(')'|',')
static void *
invalid_default(Parser *p)
{
    int mark = p->mark;
    PToken *a = expect(p, TOK_EQUAL);
    if (a != NULL && (check(p, TOK_RPAR) || check(p, TOK_COMMA)))
        return RAISE_AT_NODE(p, tok_loc(a), "expected default value expression");
    p->mark = mark;
    return NULL;
}

// default: '=' expression | invalid_default
static Expr *
default_value(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TOK_EQUAL) != NULL) {
        Expr *e = fe_rule_expression(p);
        if (e != NULL)
            return e;
    }
    p->mark = mark;
    if (p->call_invalid_rules)
        invalid_default(p);
    p->mark = mark;
    return NULL;
}

// param_no_default: param (',' | &closer)
static Arg *
param_no_default(Parser *p, int lam)
{
    int mark = p->mark;
    Arg *a = param(p, lam, 0);
    if (a != NULL && param_end(p, lam))
        return a;
    p->mark = mark;
    return NULL;
}

// param_with_default (maybe = 0) / param_maybe_default (maybe = 1): param default? (',' | &closer)
static int
param_default(Parser *p, int lam, int maybe, NameDefault *out)
{
    int mark = p->mark;
    out->arg = param(p, lam, 0);
    if (out->arg != NULL) {
        int m = p->mark;
        out->value = default_value(p);
        if (out->value == NULL)
            p->mark = m;
        if ((out->value != NULL || maybe) && !p->error && param_end(p, lam))
            return 1;
    }
    p->mark = mark;
    return 0;
}

// param_no_default* into v; the count.
static Py_ssize_t
params_no_default(Parser *p, int lam, Vec *v)
{
    Arg *a;
    while ((a = param_no_default(p, lam)) != NULL)
        if (fe_vec_push(p, v, a) < 0)
            return -1;
    return p->error ? -1 : v->n;
}

// param_with_default* (maybe = 0) or param_maybe_default* into names/defaults; the count.
static Py_ssize_t
params_default(Parser *p, int lam, int maybe, Vec *names, Vec *defaults)
{
    Py_ssize_t n = 0;
    NameDefault nd;
    while (param_default(p, lam, maybe, &nd)) {
        if (fe_vec_push(p, names, nd.arg) < 0 || fe_vec_push(p, defaults, nd.value) < 0)
            return -1;
        n++;
    }
    return p->error ? -1 : n;
}

// '/' followed by ',' or &closer
static int
slash_end(Parser *p, int lam)
{
    int mark = p->mark;
    if (expect(p, TOK_SLASH) != NULL && param_end(p, lam))
        return 1;
    p->mark = mark;
    return 0;
}

// slash_no_default: param_no_default+ '/' (',' | &closer)
static int
slash_no_default(Parser *p, int lam, Vec *names)
{
    int mark = p->mark;
    if (params_no_default(p, lam, names) > 0 && slash_end(p, lam))
        return 1;
    p->mark = mark;
    names->n = 0;
    return 0;
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &closer)
static int
slash_with_default(Parser *p, int lam, Vec *names, Vec *defaults)
{
    int mark = p->mark;
    if (params_no_default(p, lam, names) >= 0 && params_default(p, lam, 0, names, defaults) > 0 &&
        slash_end(p, lam))
        return 1;
    p->mark = mark;
    names->n = defaults->n = 0;
    return 0;
}

typedef struct {
    Arg *vararg, *kwarg;
    Vec kwonly, kwdefaults;
} StarEtc;

// invalid_kwds
static void *
invalid_kwds(Parser *p, int lam)
{
    int mark = p->mark;
    if (expect(p, TOK_DOUBLESTAR) != NULL && param(p, lam, 0) != NULL) {
        int m = p->mark;
        PToken *a = expect(p, TOK_EQUAL);
        if (a != NULL)
            return RAISE_AT_NODE(p, tok_loc(a), "var-keyword argument cannot have default value");
        p->mark = m;
        if (expect(p, TOK_COMMA) != NULL) {
            int m2 = p->mark;
            Arg *next = param(p, lam, 0);
            if (next != NULL)
                return RAISE_AT_NODE(p, next->loc, "arguments cannot follow var-keyword argument");
            p->mark = m2;
            PToken *t = peek(p);
            if (t != NULL && (t->kind == TOK_STAR || t->kind == TOK_DOUBLESTAR ||
                              t->kind == TOK_SLASH))
                return RAISE_AT_NODE(p, tok_loc(t), "arguments cannot follow var-keyword argument");
        }
    }
    p->mark = mark;
    return NULL;
}

// kwds: invalid_kwds | '**' param_no_default
static Arg *
kwds(Parser *p, int lam)
{
    int mark = p->mark;
    if (p->call_invalid_rules && (invalid_kwds(p, lam), p->error))
        return NULL;
    if (expect(p, TOK_DOUBLESTAR) != NULL) {
        Arg *a = param_no_default(p, lam);
        if (a != NULL)
            return a;
    }
    p->mark = mark;
    return NULL;
}

// param_maybe_default* into the star_etc's keyword-only lists.
static int
kwonly_params(Parser *p, int lam, StarEtc *st)
{
    return params_default(p, lam, 1, &st->kwonly, &st->kwdefaults) >= 0 ? 0 : -1;
}

// [kwds]
static int
optional_kwds(Parser *p, int lam, StarEtc *st)
{
    int mark = p->mark;
    st->kwarg = kwds(p, lam);
    if (st->kwarg == NULL)
        p->mark = mark;
    return p->error ? -1 : 0;
}

// invalid_star_etc / invalid_lambda_star_etc
static void *
invalid_star_etc(Parser *p, int lam)
{
    int mark = p->mark;
    PToken *a = expect(p, TOK_STAR);
    if (a != NULL) {
        int m = p->mark;
        if (check(p, closer(lam)) ||
            (expect(p, TOK_COMMA) != NULL && (check(p, closer(lam)) || check(p, TOK_DOUBLESTAR)))) {
            if (lam)
                return RAISE_SYNTAX_ERROR(p, "named arguments must follow bare *");
            return RAISE_AT_NODE(p, tok_loc(a), "named arguments must follow bare *");
        }
        p->mark = m;
        if (param(p, lam, 0) != NULL) {
            PToken *eq = expect(p, TOK_EQUAL);
            if (eq != NULL)
                return RAISE_AT_NODE(p, tok_loc(eq),
                                     "var-positional argument cannot have default value");
        }
        p->mark = m;
        if (param_no_default(p, lam) != NULL || expect(p, TOK_COMMA) != NULL) {
            Vec names, defaults;
            vec_init(&names);
            vec_init(&defaults);
            params_default(p, lam, 1, &names, &defaults);
            PToken *b = expect(p, TOK_STAR);
            if (b != NULL && (param_no_default(p, lam) != NULL || expect(p, TOK_COMMA) != NULL))
                return RAISE_AT_NODE(p, tok_loc(b), "* argument may appear only once");
        }
    }
    p->mark = mark;
    return NULL;
}

// star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
//         | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//         | '*' ',' param_maybe_default+ [kwds] | kwds
static int
star_etc(Parser *p, int lam, StarEtc *st)
{
    int mark = p->mark;
    memset(st, 0, sizeof *st);
    if (p->call_invalid_rules && (invalid_star_etc(p, lam), p->error))
        return -1;
    if (expect(p, TOK_STAR) != NULL) {
        int m = p->mark;
        st->vararg = param_no_default(p, lam);
        if (st->vararg == NULL && !lam && !p->error) {
            p->mark = m;
            st->vararg = param(p, lam, 1);
            if (st->vararg != NULL && !param_end(p, lam))
                st->vararg = NULL;
        }
        if (st->vararg != NULL) {
            if (kwonly_params(p, lam, st) < 0 || optional_kwds(p, lam, st) < 0)
                return -1;
            return 1;
        }
        p->mark = m;
        if (expect(p, TOK_COMMA) != NULL) {
            if (kwonly_params(p, lam, st) < 0)
                return -1;
            if (st->kwonly.n > 0)
                return optional_kwds(p, lam, st) < 0 ? -1 : 1;
        }
    }
    p->mark = mark;
    memset(st, 0, sizeof *st);
    if (p->error)
        return -1;
    st->kwarg = kwds(p, lam);
    if (st->kwarg != NULL)
        return 1;
    p->mark = mark;
    return p->error ? -1 : 0;
}

static AstSeq *
seq_or_empty(Parser *p, Vec *v)
{
    return fe_vec_seq(p, v);
}

Arguments *
fe_empty_arguments(Parser *p)
{
    Arguments *a = fe_parse_alloc(p, sizeof(Arguments));
    if (a != NULL) {
        a->posonlyargs = fe_seq_new(p->arena, 0);
        a->args = fe_seq_new(p->arena, 0);
        a->kwonlyargs = fe_seq_new(p->arena, 0);
        a->kw_defaults = fe_seq_new(p->arena, 0);
        a->defaults = fe_seq_new(p->arena, 0);
    }
    return a;
}

// The arguments node from the collected parts (CPython's _PyPegen_make_arguments).
static Arguments *
make_arguments(Parser *p, Vec *posonly, Vec *args, Vec *defaults, StarEtc *st)
{
    Arguments *a = fe_parse_alloc(p, sizeof(Arguments));
    if (a == NULL)
        return NULL;
    a->posonlyargs = seq_or_empty(p, posonly);
    a->args = seq_or_empty(p, args);
    a->defaults = seq_or_empty(p, defaults);
    a->vararg = st->vararg;
    a->kwonlyargs = seq_or_empty(p, &st->kwonly);
    a->kw_defaults = seq_or_empty(p, &st->kwdefaults);
    a->kwarg = st->kwarg;
    return p->error ? NULL : a;
}

// [star_etc] after the positional parameters.
static int
optional_star_etc(Parser *p, int lam, StarEtc *st)
{
    int mark = p->mark;
    int r = star_etc(p, lam, st);
    if (r <= 0) {
        p->mark = mark;
        memset(st, 0, sizeof *st);
    }
    return r < 0 ? -1 : 0;
}

// parameters / lambda_parameters
static Arguments *
parameters(Parser *p, int lam)
{
    int mark = p->mark;
    Vec posonly, args, defaults;
    StarEtc st;
    // slash_no_default param_no_default* param_with_default* [star_etc]
    vec_init(&posonly);
    vec_init(&args);
    vec_init(&defaults);
    if (slash_no_default(p, lam, &posonly)) {
        if (params_no_default(p, lam, &args) < 0 ||
            params_default(p, lam, 0, &args, &defaults) < 0 || optional_star_etc(p, lam, &st) < 0)
            return NULL;
        return make_arguments(p, &posonly, &args, &defaults, &st);
    }
    // slash_with_default param_with_default* [star_etc]
    p->mark = mark;
    vec_init(&posonly);
    if (slash_with_default(p, lam, &posonly, &defaults)) {
        if (params_default(p, lam, 0, &args, &defaults) < 0 || optional_star_etc(p, lam, &st) < 0)
            return NULL;
        return make_arguments(p, &posonly, &args, &defaults, &st);
    }
    if (p->error)
        return NULL;
    // param_no_default+ param_with_default* [star_etc]
    p->mark = mark;
    vec_init(&posonly);
    vec_init(&defaults);
    if (params_no_default(p, lam, &args) > 0) {
        if (params_default(p, lam, 0, &args, &defaults) < 0 || optional_star_etc(p, lam, &st) < 0)
            return NULL;
        return make_arguments(p, &posonly, &args, &defaults, &st);
    }
    // param_with_default+ [star_etc]
    p->mark = mark;
    vec_init(&args);
    if (params_default(p, lam, 0, &args, &defaults) > 0) {
        if (optional_star_etc(p, lam, &st) < 0)
            return NULL;
        return make_arguments(p, &posonly, &args, &defaults, &st);
    }
    // star_etc
    p->mark = mark;
    vec_init(&args);
    vec_init(&defaults);
    if (star_etc(p, lam, &st) > 0)
        return make_arguments(p, &posonly, &args, &defaults, &st);
    p->mark = mark;
    return NULL;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
static int
invalid_parameters_helper(Parser *p, int lam)
{
    Vec names, defaults;
    vec_init(&names);
    vec_init(&defaults);
    int mark = p->mark;
    if (slash_with_default(p, lam, &names, &defaults))
        return 1;
    p->mark = mark;
    vec_init(&names);
    vec_init(&defaults);
    return params_default(p, lam, 0, &names, &defaults) > 0;
}

// (slash_no_default | slash_with_default)
static int
any_slash(Parser *p, int lam)
{
    Vec names, defaults;
    vec_init(&names);
    vec_init(&defaults);
    int mark = p->mark;
    if (slash_no_default(p, lam, &names))
        return 1;
    p->mark = mark;
    return slash_with_default(p, lam, &names, &defaults);
}

static void
skip_maybe_defaults(Parser *p, int lam)
{
    Vec names, defaults;
    vec_init(&names);
    vec_init(&defaults);
    params_default(p, lam, 1, &names, &defaults);
}

static void
skip_no_defaults(Parser *p, int lam)
{
    Vec v;
    vec_init(&v);
    params_no_default(p, lam, &v);
}

// The first alternatives of invalid_parameters: a parameter without default after one with
// a default, and parenthesized parameters.
static void *
invalid_parameter_order(Parser *p, int lam)
{
    int mark = p->mark;
    skip_no_defaults(p, lam);
    if (invalid_parameters_helper(p, lam)) {
        Arg *a = param_no_default(p, lam);
        if (a != NULL)
            return RAISE_AT_NODE(p, a->loc, "non-default argument follows default argument");
    }
    p->mark = mark;
    skip_no_defaults(p, lam);
    PToken *open = expect(p, TOK_LPAR);
    if (open != NULL) {
        int n = 0;
        if (lam) {
            do {
                if (param(p, lam, 0) == NULL)
                    break;
                n++;
            } while (expect(p, TOK_COMMA) != NULL && !check(p, TOK_RPAR));
            expect(p, TOK_COMMA);
        }
        else {
            Vec v;
            vec_init(&v);
            n = (int)params_no_default(p, lam, &v);
            expect(p, TOK_COMMA);
        }
        PToken *close = n > 0 ? expect(p, TOK_RPAR) : NULL;
        if (close != NULL)
            return RAISE_RANGE(p, tok_loc(open), tok_loc(close),
                               lam ? "Lambda expression parameters cannot be parenthesized"
                                   : "Function parameters cannot be parenthesized");
    }
    p->mark = mark;
    return NULL;
}

// invalid_parameters / invalid_lambda_parameters
static void *
invalid_parameters(Parser *p, int lam)
{
    int mark = p->mark;
    if (invalid_parameter_order(p, lam) != NULL || p->error)
        return NULL;
    PToken *slash = expect(p, TOK_SLASH);
    if (slash != NULL && expect(p, TOK_COMMA) != NULL)
        return RAISE_AT_NODE(p, tok_loc(slash), "at least one argument must precede /");
    p->mark = mark;
    if (any_slash(p, lam)) {
        skip_maybe_defaults(p, lam);
        slash = expect(p, TOK_SLASH);
        if (slash != NULL)
            return RAISE_AT_NODE(p, tok_loc(slash), "/ may appear only once");
    }
    p->mark = mark;
    if (!any_slash(p, lam))
        p->mark = mark;
    skip_maybe_defaults(p, lam);
    if (expect(p, TOK_STAR) != NULL &&
        (expect(p, TOK_COMMA) != NULL || param_no_default(p, lam) != NULL)) {
        skip_maybe_defaults(p, lam);
        slash = expect(p, TOK_SLASH);
        if (slash != NULL)
            return RAISE_AT_NODE(p, tok_loc(slash), "/ must be ahead of *");
    }
    p->mark = mark;
    Vec names, defaults;
    vec_init(&names);
    vec_init(&defaults);
    if (params_default(p, lam, 1, &names, &defaults) > 0 && expect(p, TOK_SLASH) != NULL) {
        PToken *star = expect(p, TOK_STAR);
        if (star != NULL)
            return RAISE_AT_NODE(p, tok_loc(star), "expected comma between / and *");
    }
    p->mark = mark;
    return NULL;
}

// params: invalid_parameters | parameters (lambda_params likewise)
Arguments *
fe_rule_params(Parser *p, int lam)
{
    int mark = p->mark;
    if (fe_parse_enter(p) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_parameters(p, lam);
        p->mark = mark;
    }
    Arguments *a = p->error ? NULL : parameters(p, lam);
    leave(p);
    if (a == NULL)
        p->mark = mark;
    return a;
}

