// parse_pattern.c: the patterns of CPython 3.11's match statement (PEP 634): literal,
// capture, wildcard, value, group, sequence, mapping, class, star, or and as patterns with
// their invalid_* rules. The statement and its case blocks are in parse_match.c.
#include "frontend/parse_internal.h"

static Pattern *pattern(Parser *p);
static Pattern *closed_pattern(Parser *p);

static Pattern *
new_pattern_at(Parser *p, PatternKind kind, Start s)
{
    return fe_new_pattern(p, kind, fe_parse_loc(p, s));
}

// ---- literals -----------------------------------------------------------------------------

static int
is_imaginary(Expr *e)
{
    // Imaginary literals are the only numbers that are neither int nor float.
    PyObject *v = e->v.constant.value;
    return !PyLong_Check(v) && !PyFloat_Check(v);
}

// signed_number: NUMBER | '-' NUMBER
static Expr *
signed_number(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (check(p, TOK_NUMBER))
        return fe_rule_number(p);
    if (expect(p, TOK_MINUS) != NULL && check(p, TOK_NUMBER)) {
        Expr *n = fe_rule_number(p);
        Expr *e = n != NULL ? fe_expr_at(p, EXPR_UnaryOp, s) : NULL;
        if (e != NULL) {
            e->v.unary_op.op = UNARY_USUB;
            e->v.unary_op.operand = n;
        }
        return e;
    }
    p->mark = mark;
    return NULL;
}

// signed_real_number: real_number | '-' real_number, where real_number rejects imaginary
static Expr *
signed_real_number(Parser *p)
{
    int mark = p->mark;
    Expr *e = signed_number(p);
    if (e == NULL)
        return NULL;
    Expr *n = e->kind == EXPR_UnaryOp ? e->v.unary_op.operand : e;
    if (is_imaginary(n)) {
        p->mark = mark;
        return RAISE_AT_NODE(p, n->loc, "real number required in complex literal");
    }
    return e;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
static Expr *
complex_number(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *real = signed_real_number(p);
    if (real == NULL)
        return NULL;
    PToken *op = peek(p);
    if (op == NULL || (op->kind != TOK_PLUS && op->kind != TOK_MINUS) ||
        (p->mark++, !check(p, TOK_NUMBER))) {
        p->mark = mark;
        return NULL;
    }
    Expr *imag = fe_rule_number(p);
    if (imag == NULL)
        return NULL;
    if (!is_imaginary(imag))
        return RAISE_AT_NODE(p, imag->loc, "imaginary number required in complex literal");
    Expr *e = fe_expr_at(p, EXPR_BinOp, s);
    if (e != NULL) {
        e->v.bin_op.left = real;
        e->v.bin_op.op = op->kind == TOK_PLUS ? OP_ADD : OP_SUB;
        e->v.bin_op.right = imag;
    }
    return e;
}

// literal_expr (the value) for literal_pattern and mapping keys: signed_number !('+'|'-')
// | complex_number | strings | None | True | False. *singleton receives the constant of
// None/True/False.
static Expr *
literal_expr(Parser *p, PyObject **singleton)
{
    int mark = p->mark;
    *singleton = NULL;
    Expr *e = signed_number(p);
    if (e != NULL && !check(p, TOK_PLUS) && !check(p, TOK_MINUS))
        return e;
    p->mark = mark;
    if (p->error)
        return NULL;
    e = complex_number(p);
    if (e != NULL || p->error)
        return e;
    p->mark = mark;
    PToken *t = peek(p);
    if (t == NULL)
        return NULL;
    if (t->kind == TOK_STRING)
        return fe_rule_strings(p);
    PyObject *c = t->kind == TOK_NONE    ? Py_None
                  : t->kind == TOK_TRUE  ? Py_True
                  : t->kind == TOK_FALSE ? Py_False
                                         : NULL;
    if (c == NULL)
        return NULL;
    p->mark++;
    e = fe_new_expr(p, EXPR_Constant, tok_loc(t));
    if (e != NULL)
        e->v.constant.value = c;
    *singleton = c;
    return e;
}

// ---- names and values ------------------------------------------------------------------------

// pattern_capture_target: !"_" NAME !('.' | '(' | '=') -> the identifier
static PyObject *
capture_target(Parser *p, Loc *loc)
{
    int mark = p->mark;
    if (fe_parse_check_soft(p, "_"))
        return NULL;
    PToken *t = expect(p, TOK_NAME);
    if (t == NULL)
        return NULL;
    if (check(p, TOK_DOT) || check(p, TOK_LPAR) || check(p, TOK_EQUAL)) {
        p->mark = mark;
        return NULL;
    }
    if (loc != NULL)
        *loc = tok_loc(t);
    return fe_parse_identifier(p, t->start, t->end - t->start);
}

// name_or_attr: attr | NAME, where attr: name_or_attr '.' NAME (a dotted chain)
static Expr *
name_or_attr(Parser *p)
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *e = fe_parse_name(p);
    while (e != NULL) {
        int mark = p->mark;
        PToken *name = NULL;
        if (expect(p, TOK_DOT) != NULL)
            name = expect(p, TOK_NAME);
        if (name == NULL) {
            p->mark = mark;
            break;
        }
        e = fe_attribute_at(p, s, e, name, CTX_LOAD);
    }
    return e;
}

// attr: name_or_attr '.' NAME (at least one dot)
static Expr *
attr(Parser *p)
{
    int mark = p->mark;
    Expr *e = name_or_attr(p);
    if (e != NULL && e->kind == EXPR_Attribute)
        return e;
    p->mark = mark;
    return NULL;
}

// ---- sequences ------------------------------------------------------------------------------------

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
static Pattern *
star_pattern(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_STAR_PATTERN, &memo))
        return memo;
    Start s;
    Pattern *pt = NULL;
    if (fe_parse_start(p, &s) == 0 && expect(p, TOK_STAR) != NULL) {
        PyObject *name = capture_target(p, NULL);
        if (name != NULL || (!p->error && fe_parse_expect_soft(p, "_") != NULL)) {
            pt = new_pattern_at(p, PATTERN_MatchStar, s);
            if (pt != NULL)
                pt->v.star.name = name;
        }
    }
    if (pt == NULL)
        p->mark = mark;
    fe_parse_memo_set(p, mark, MEMO_STAR_PATTERN, pt);
    return pt;
}

// maybe_star_pattern: star_pattern | pattern
static Pattern *
maybe_star_pattern(Parser *p)
{
    Pattern *pt = star_pattern(p);
    if (pt != NULL || p->error)
        return pt;
    return pattern(p);
}

// ','.elem+ (appended to v): the count, or -1 on error.
static Py_ssize_t
gather_patterns(Parser *p, Vec *v, Pattern *(*elem)(Parser *))
{
    Py_ssize_t start = v->n;
    for (;;) {
        int mark = p->mark;
        if (v->n > start && expect(p, TOK_COMMA) == NULL)
            break;
        Pattern *pt = elem(p);
        if (pt == NULL) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, v, pt) < 0)
            return -1;
    }
    return p->error ? -1 : v->n - start;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','? (appended to v; the count)
static Py_ssize_t
maybe_sequence_pattern(Parser *p, Vec *v)
{
    Py_ssize_t n = gather_patterns(p, v, maybe_star_pattern);
    if (n > 0)
        expect(p, TOK_COMMA);
    return n;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
static int
open_sequence_pattern(Parser *p, Vec *v)
{
    int mark = p->mark;
    Pattern *first = maybe_star_pattern(p);
    if (first == NULL || expect(p, TOK_COMMA) == NULL) {
        p->mark = mark;
        return 0;
    }
    if (fe_vec_push(p, v, first) < 0)
        return -1;
    int m = p->mark;
    if (maybe_sequence_pattern(p, v) <= 0)
        p->mark = m;
    return p->error ? -1 : 1;
}

static Pattern *
match_sequence_at(Parser *p, Start s, Vec *v)
{
    Pattern *pt = new_pattern_at(p, PATTERN_MatchSequence, s);
    if (pt != NULL)
        pt->v.sequence.patterns = fe_vec_seq(p, v);
    return pt;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
static Pattern *
sequence_pattern(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Vec v;
    vec_init(&v);
    if (expect(p, TOK_LSQB) != NULL) {
        int m = p->mark;
        if (maybe_sequence_pattern(p, &v) <= 0)
            p->mark = m;
        if (!p->error && expect(p, TOK_RSQB) != NULL)
            return match_sequence_at(p, s, &v);
    }
    else if (expect(p, TOK_LPAR) != NULL) {
        int m = p->mark;
        if (open_sequence_pattern(p, &v) <= 0) {
            p->mark = m;
            v.n = 0;
        }
        if (!p->error && expect(p, TOK_RPAR) != NULL)
            return match_sequence_at(p, s, &v);
    }
    p->mark = mark;
    return NULL;
}

// ---- mappings and classes -----------------------------------------------------------------------

// key_value_pattern: (literal_expr | attr) ':' pattern; appended to keys/patterns.
static int
key_value_pattern(Parser *p, Vec *keys, Vec *patterns)
{
    int mark = p->mark;
    PyObject *singleton;
    Expr *key = literal_expr(p, &singleton);
    if (key == NULL && !p->error) {
        p->mark = mark;
        key = attr(p);
    }
    Pattern *value = NULL;
    if (key != NULL && expect(p, TOK_COLON) != NULL)
        value = pattern(p);
    if (value == NULL) {
        p->mark = mark;
        return p->error ? -1 : 0;
    }
    return fe_vec_push(p, keys, key) < 0 || fe_vec_push(p, patterns, value) < 0 ? -1 : 1;
}

// items_pattern: ','.key_value_pattern+
static Py_ssize_t
items_pattern(Parser *p, Vec *keys, Vec *patterns)
{
    for (;;) {
        int mark = p->mark;
        if (keys->n > 0 && expect(p, TOK_COMMA) == NULL)
            break;
        int r = key_value_pattern(p, keys, patterns);
        if (r < 0)
            return -1;
        if (r == 0) {
            p->mark = mark;
            break;
        }
    }
    return keys->n;
}

// double_star_pattern: '**' pattern_capture_target
static PyObject *
double_star_pattern(Parser *p, Loc *loc)
{
    int mark = p->mark;
    PToken *t = expect(p, TOK_DOUBLESTAR);
    PyObject *name = t != NULL ? capture_target(p, loc) : NULL;
    if (name == NULL)
        p->mark = mark;
    else if (loc != NULL)
        *loc = loc_span(tok_loc(t), *loc);
    return name;
}

static Pattern *
match_mapping_at(Parser *p, Start s, Vec *keys, Vec *patterns, PyObject *rest)
{
    Pattern *pt = new_pattern_at(p, PATTERN_MatchMapping, s);
    if (pt != NULL) {
        pt->v.mapping.keys = fe_vec_seq(p, keys);
        pt->v.mapping.patterns = fe_vec_seq(p, patterns);
        pt->v.mapping.rest = rest;
    }
    return pt;
}

// mapping_pattern
static Pattern *
mapping_pattern(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_LBRACE) == NULL)
        return NULL;
    int after = p->mark;
    Vec keys, patterns;
    vec_init(&keys);
    vec_init(&patterns);
    if (expect(p, TOK_RBRACE) != NULL)
        return match_mapping_at(p, s, &keys, &patterns, NULL);
    PyObject *rest = double_star_pattern(p, NULL);
    if (rest != NULL) {
        expect(p, TOK_COMMA);
        if (expect(p, TOK_RBRACE) != NULL)
            return match_mapping_at(p, s, &keys, &patterns, rest);
    }
    p->mark = after;
    if (items_pattern(p, &keys, &patterns) > 0) {
        int m = p->mark;
        if (expect(p, TOK_COMMA) != NULL) {
            rest = double_star_pattern(p, NULL);
            if (rest != NULL) {
                expect(p, TOK_COMMA);
                if (expect(p, TOK_RBRACE) != NULL)
                    return match_mapping_at(p, s, &keys, &patterns, rest);
            }
        }
        p->mark = m;
        expect(p, TOK_COMMA);
        if (expect(p, TOK_RBRACE) != NULL)
            return match_mapping_at(p, s, &keys, &patterns, NULL);
    }
    p->mark = mark;
    return NULL;
}

// keyword_pattern: NAME '=' pattern; appended to names/patterns.
static int
keyword_pattern(Parser *p, Vec *names, Vec *patterns)
{
    int mark = p->mark;
    PToken *name = expect(p, TOK_NAME);
    Pattern *value = NULL;
    if (name != NULL && expect(p, TOK_EQUAL) != NULL)
        value = pattern(p);
    if (value == NULL) {
        p->mark = mark;
        return p->error ? -1 : 0;
    }
    PyObject *id = fe_parse_identifier(p, name->start, name->end - name->start);
    if (id == NULL)
        return -1;
    return fe_vec_push(p, names, id) < 0 || fe_vec_push(p, patterns, value) < 0 ? -1 : 1;
}

// ','.keyword_pattern+
static Py_ssize_t
keyword_patterns(Parser *p, Vec *names, Vec *patterns)
{
    Py_ssize_t start = names->n;
    for (;;) {
        int mark = p->mark;
        if (names->n > start && expect(p, TOK_COMMA) == NULL)
            break;
        int r = keyword_pattern(p, names, patterns);
        if (r < 0)
            return -1;
        if (r == 0) {
            p->mark = mark;
            break;
        }
    }
    return names->n - start;
}

// ','.pattern+
static Py_ssize_t
positional_patterns(Parser *p, Vec *v)
{
    return gather_patterns(p, v, pattern);
}

// invalid_class_pattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ','
// positional_patterns
static void *
invalid_class_pattern(Parser *p)
{
    int mark = p->mark;
    Vec pos, names, kw, after;
    vec_init(&pos);
    vec_init(&names);
    vec_init(&kw);
    vec_init(&after);
    if (name_or_attr(p) != NULL && expect(p, TOK_LPAR) != NULL) {
        int m = p->mark;
        if (positional_patterns(p, &pos) <= 0 || expect(p, TOK_COMMA) == NULL)
            p->mark = m;
        if (keyword_patterns(p, &names, &kw) > 0 && expect(p, TOK_COMMA) != NULL &&
            positional_patterns(p, &after) > 0) {
            Pattern *first = after.items[0], *last = after.items[after.n - 1];
            return RAISE_RANGE(p, first->loc, last->loc,
                               "positional patterns follow keyword patterns");
        }
    }
    p->mark = mark;
    return NULL;
}

// class_pattern
static Pattern *
class_pattern(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *cls = name_or_attr(p);
    if (cls != NULL && expect(p, TOK_LPAR) != NULL) {
        int after = p->mark;
        Vec pos, names, kw;
        vec_init(&pos);
        vec_init(&names);
        vec_init(&kw);
        int ok = 0;
        if (expect(p, TOK_RPAR) != NULL) {
            ok = 1;
        }
        else if (positional_patterns(p, &pos) > 0) {
            int m = p->mark;
            if (expect(p, TOK_COMMA) != NULL && keyword_patterns(p, &names, &kw) > 0) {
                expect(p, TOK_COMMA);
                ok = expect(p, TOK_RPAR) != NULL;
            }
            if (!ok) {
                p->mark = m;
                names.n = kw.n = 0;
                expect(p, TOK_COMMA);
                ok = expect(p, TOK_RPAR) != NULL;
            }
        }
        else if (!p->error) {
            p->mark = after;
            pos.n = 0;
            if (keyword_patterns(p, &names, &kw) > 0) {
                expect(p, TOK_COMMA);
                ok = expect(p, TOK_RPAR) != NULL;
            }
        }
        if (ok && !p->error) {
            Pattern *pt = new_pattern_at(p, PATTERN_MatchClass, s);
            if (pt != NULL) {
                pt->v.class_.cls = cls;
                pt->v.class_.patterns = fe_vec_seq(p, &pos);
                pt->v.class_.kwd_attrs = fe_vec_seq(p, &names);
                pt->v.class_.kwd_patterns = fe_vec_seq(p, &kw);
            }
            return pt;
        }
    }
    p->mark = mark;
    if (p->call_invalid_rules && !p->error)
        invalid_class_pattern(p);
    p->mark = mark;
    return NULL;
}

// ---- closed, or, as --------------------------------------------------------------------------------

static Pattern *
closed_pattern_body(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    // literal_pattern
    PyObject *singleton;
    Expr *lit = literal_expr(p, &singleton);
    if (lit != NULL) {
        Pattern *pt = new_pattern_at(p, singleton ? PATTERN_MatchSingleton : PATTERN_MatchValue, s);
        if (pt != NULL && singleton)
            pt->v.singleton.value = singleton;
        else if (pt != NULL)
            pt->v.value.value = lit;
        return pt;
    }
    p->mark = mark;
    if (p->error)
        return NULL;
    // capture_pattern
    PyObject *name = capture_target(p, NULL);
    if (name != NULL) {
        Pattern *pt = new_pattern_at(p, PATTERN_MatchAs, s);
        if (pt != NULL)
            pt->v.as.name = name;
        return pt;
    }
    // wildcard_pattern
    if (fe_parse_expect_soft(p, "_") != NULL)
        return new_pattern_at(p, PATTERN_MatchAs, s);
    // value_pattern: attr !('.' | '(' | '=')
    Expr *a = attr(p);
    if (a != NULL && !check(p, TOK_DOT) && !check(p, TOK_LPAR) && !check(p, TOK_EQUAL)) {
        Pattern *pt = new_pattern_at(p, PATTERN_MatchValue, s);
        if (pt != NULL)
            pt->v.value.value = a;
        return pt;
    }
    p->mark = mark;
    // group_pattern: '(' pattern ')'
    if (expect(p, TOK_LPAR) != NULL) {
        Pattern *pt = pattern(p);
        if (pt != NULL && expect(p, TOK_RPAR) != NULL)
            return pt;
    }
    p->mark = mark;
    if (p->error)
        return NULL;
    Pattern *pt = sequence_pattern(p);
    if (pt == NULL && !p->error)
        pt = mapping_pattern(p);
    if (pt == NULL && !p->error)
        pt = class_pattern(p);
    return pt;
}

static Pattern *
closed_pattern(Parser *p)
{
    int mark = p->mark;
    void *memo;
    if (fe_parse_memo_get(p, MEMO_CLOSED_PATTERN, &memo))
        return memo;
    if (fe_parse_enter(p) < 0)
        return NULL;
    Pattern *pt = closed_pattern_body(p);
    leave(p);
    if (pt == NULL)
        p->mark = mark;
    fe_parse_memo_set(p, mark, MEMO_CLOSED_PATTERN, pt);
    return pt;
}

// or_pattern: '|'.closed_pattern+
static Pattern *
or_pattern(Parser *p)
{
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Vec v;
    vec_init(&v);
    for (;;) {
        int mark = p->mark;
        if (v.n > 0 && expect(p, TOK_VBAR) == NULL)
            break;
        Pattern *pt = closed_pattern(p);
        if (pt == NULL) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, &v, pt) < 0)
            return NULL;
    }
    if (v.n == 0 || p->error)
        return NULL;
    if (v.n == 1)
        return v.items[0];
    Pattern *pt = new_pattern_at(p, PATTERN_MatchOr, s);
    if (pt != NULL)
        pt->v.or_.patterns = fe_vec_seq(p, &v);
    return pt;
}

// invalid_as_pattern
static void *
invalid_as_pattern(Parser *p)
{
    int mark = p->mark;
    if (or_pattern(p) != NULL && expect(p, TOK_AS) != NULL) {
        int m = p->mark;
        PToken *u = fe_parse_expect_soft(p, "_");
        if (u != NULL)
            return RAISE_AT_NODE(p, tok_loc(u), "cannot use '_' as a target");
        p->mark = m;
        if (!check(p, TOK_NAME)) {
            Expr *a = fe_rule_expression(p);
            if (a != NULL)
                return RAISE_AT_NODE(p, a->loc, "invalid pattern target");
        }
    }
    p->mark = mark;
    return NULL;
}

// pattern: as_pattern | or_pattern, where as_pattern: or_pattern 'as' pattern_capture_target
static Pattern *
pattern(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Pattern *pt = or_pattern(p);
    if (pt == NULL)
        return NULL;
    int after = p->mark;
    if (expect(p, TOK_AS) != NULL) {
        PyObject *name = capture_target(p, NULL);
        if (name != NULL) {
            Pattern *as = new_pattern_at(p, PATTERN_MatchAs, s);
            if (as != NULL) {
                as->v.as.pattern = pt;
                as->v.as.name = name;
            }
            return as;
        }
    }
    if (p->call_invalid_rules && !p->error) {
        p->mark = mark;
        invalid_as_pattern(p);
    }
    p->mark = after;
    return p->error ? NULL : pt;
}

// patterns: open_sequence_pattern -> MatchSequence | pattern
Pattern *
fe_rule_patterns(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Vec v;
    vec_init(&v);
    int r = open_sequence_pattern(p, &v);
    if (r > 0)
        return match_sequence_at(p, s, &v);
    p->mark = mark;
    return r < 0 ? NULL : pattern(p);
}

