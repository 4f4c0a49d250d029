// parse_display.c: the bracketed expressions of CPython 3.11's grammar: tuples, groups, lists,
// sets, dicts and the four comprehensions, with the invalid_* rules that explain their errors
// (comprehension targets, dict items). Call arguments are in parse_call.c.
#include "frontend/parse_internal.h"

static Expr *
sequence_at(Parser *p, ExprKind kind, Start s, AstSeq *elts)
{
    Expr *e = fe_expr_at(p, kind, s);
    if (e != NULL) {
        e->v.sequence.elts = elts != NULL ? elts : fe_seq_new(p->arena, 0);
        e->v.sequence.ctx = CTX_LOAD;
    }
    return e;
}

// ---- tuple, group, list, set ----------------------------------------------------------------

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
Expr *
fe_rule_tuple(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_LPAR) == NULL)
        return NULL;
    AstSeq *elts = NULL;
    int m = p->mark;
    Expr *first = fe_rule_star_named_expression(p);
    if (first != NULL && expect(p, TOK_COMMA) != NULL) {
        int m2 = p->mark;
        AstSeq *rest = fe_rule_star_named_expressions(p);
        if (rest == NULL)
            p->mark = m2;
        elts = fe_seq_prepend(p, first, rest);
    }
    else {
        p->mark = m;
    }
    if (p->error || expect(p, TOK_RPAR) == NULL) {
        p->mark = mark;
        return NULL;
    }
    return sequence_at(p, EXPR_Tuple, s, elts);
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
Expr *
fe_rule_group(Parser *p)
{
    int mark = p->mark;
    if (expect(p, TOK_LPAR) == NULL)
        return NULL;
    int m = p->mark;
    Expr *e = fe_rule_yield_expr(p);
    if (e == NULL && !p->error) {
        p->mark = m;
        e = fe_rule_named_expression(p);
    }
    if (e != NULL && expect(p, TOK_RPAR) != NULL)
        return e;
    p->mark = mark;
    if (p->call_invalid_rules && !p->error) {
        expect(p, TOK_LPAR);
        Expr *a = fe_rule_starred_expression(p);
        if (a != NULL && expect(p, TOK_RPAR) != NULL)
            return RAISE_AT_NODE(p, a->loc, "cannot use starred expression here");
        p->mark = m;
        PToken *t = expect(p, TOK_DOUBLESTAR);
        if (t != NULL && fe_rule_expression(p) != NULL && expect(p, TOK_RPAR) != NULL)
            return RAISE_AT_NODE(p, tok_loc(t), "cannot use double starred expression here");
        p->mark = mark;
    }
    return NULL;
}

// list: '[' [star_named_expressions] ']'
Expr *
fe_rule_list(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_LSQB) == NULL)
        return NULL;
    int m = p->mark;
    AstSeq *elts = fe_rule_star_named_expressions(p);
    if (elts == NULL)
        p->mark = m;
    if (p->error || expect(p, TOK_RSQB) == NULL) {
        p->mark = mark;
        return NULL;
    }
    return sequence_at(p, EXPR_List, s, elts);
}

// set: '{' star_named_expressions '}'
Expr *
fe_rule_set(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_LBRACE) == NULL)
        return NULL;
    AstSeq *elts = fe_rule_star_named_expressions(p);
    if (elts == NULL || expect(p, TOK_RBRACE) == NULL) {
        p->mark = mark;
        return NULL;
    }
    Expr *e = fe_expr_at(p, EXPR_Set, s);
    if (e != NULL)
        e->v.set.elts = elts;
    return e;
}

// ---- dict --------------------------------------------------------------------------------

// kvpair: expression ':' expression (the key is returned, the value in *value)
Expr *
fe_rule_kvpair(Parser *p, Expr **value)
{
    int mark = p->mark;
    Expr *key = fe_rule_expression(p);
    if (key != NULL && expect(p, TOK_COLON) != NULL) {
        *value = fe_rule_expression(p);
        if (*value != NULL)
            return key;
    }
    p->mark = mark;
    return NULL;
}

// double_starred_kvpair: '**' bitwise_or | kvpair. Returns 1 with *key (NULL for **) and
// *value, or 0.
static int
double_starred_kvpair(Parser *p, Expr **key, Expr **value)
{
    int mark = p->mark;
    if (expect(p, TOK_DOUBLESTAR) != NULL) {
        *key = NULL;
        *value = fe_rule_bitwise_or(p);
        if (*value != NULL)
            return 1;
        p->mark = mark;
        return 0;
    }
    *key = fe_rule_kvpair(p, value);
    return *key != NULL;
}

// ','.double_starred_kvpair+ into keys/values; the number of pairs.
static Py_ssize_t
double_starred_kvpairs(Parser *p, Vec *keys, Vec *values)
{
    for (;;) {
        int mark = p->mark;
        if (keys->n > 0 && expect(p, TOK_COMMA) == NULL)
            break;
        Expr *k, *v;
        if (!double_starred_kvpair(p, &k, &v)) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, keys, k) < 0 || fe_vec_push(p, values, v) < 0)
            return -1;
    }
    return p->error ? -1 : keys->n;
}

// The two alternatives invalid_kvpair and invalid_double_starred_kvpairs end with:
//   expression ':' a='*' bitwise_or | expression a=':' &('}'|',')
static void *
invalid_kvpair_value(Parser *p)
{
    int mark = p->mark;
    if (fe_rule_expression(p) != NULL && expect(p, TOK_COLON) != NULL) {
        PToken *star = expect(p, TOK_STAR);
        if (star != NULL && fe_rule_bitwise_or(p) != NULL)
            return RAISE_STARTING_FROM(p, tok_loc(star),
                                       "cannot use a starred expression in a dictionary value");
    }
    p->mark = mark;
    if (fe_rule_expression(p) != NULL) {
        PToken *colon = expect(p, TOK_COLON);
        if (colon != NULL && (check(p, TOK_RBRACE) || check(p, TOK_COMMA)))
            return RAISE_AT_NODE(p, tok_loc(colon),
                                 "expression expected after dictionary key and ':'");
    }
    p->mark = mark;
    return NULL;
}

// invalid_kvpair (after some pairs and a comma)
static void *
invalid_kvpair(Parser *p)
{
    int mark = p->mark;
    Expr *a = fe_rule_expression(p);
    if (a != NULL && !check(p, TOK_COLON))
        return fe_parse_error_at(p, PyExc_SyntaxError, a->loc.lineno, a->loc.end_col_offset - 1,
                                 a->loc.end_lineno, -1, "':' expected after dictionary key");
    p->mark = mark;
    return invalid_kvpair_value(p);
}

// invalid_double_starred_kvpairs
static void *
invalid_double_starred_kvpairs(Parser *p)
{
    int mark = p->mark;
    Vec keys, values;
    vec_init(&keys);
    vec_init(&values);
    if (double_starred_kvpairs(p, &keys, &values) > 0 && expect(p, TOK_COMMA) != NULL)
        invalid_kvpair(p);
    p->mark = mark;
    if (p->error)
        return NULL;
    return invalid_kvpair_value(p);
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
Expr *
fe_rule_dict(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_LBRACE) == NULL)
        return NULL;
    Vec keys, values;
    vec_init(&keys);
    vec_init(&values);
    int m = p->mark;
    if (double_starred_kvpairs(p, &keys, &values) > 0)
        expect(p, TOK_COMMA);
    else
        p->mark = m;
    if (!p->error && expect(p, TOK_RBRACE) != NULL) {
        Expr *e = fe_expr_at(p, EXPR_Dict, s);
        if (e != NULL) {
            e->v.dict.keys = fe_vec_seq(p, &keys);
            e->v.dict.values = fe_vec_seq(p, &values);
        }
        return e;
    }
    p->mark = m;
    // Not guarded by the second pass: CPython's generator only guards alternatives that are
    // a lone invalid_* rule, so this one explains dict errors in the first pass already.
    if (!p->error)
        invalid_double_starred_kvpairs(p);
    p->mark = mark;
    return NULL;
}

// ---- comprehensions ------------------------------------------------------------------------

// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//              | invalid_for_target. *cut is set when the cut was passed.
static Comprehension *
for_if_clause(Parser *p, int *cut)
{
    int mark = p->mark;
    *cut = 0;
    int is_async = expect(p, TOK_ASYNC) != NULL;
    if (expect(p, TOK_FOR) != NULL) {
        Expr *target = fe_rule_star_targets(p);
        if (target != NULL && expect(p, TOK_IN) != NULL) {
            *cut = 1;
            Expr *iter = fe_rule_disjunction(p);
            if (iter == NULL)
                return NULL;
            Vec ifs;
            vec_init(&ifs);
            for (;;) {
                int m = p->mark;
                Expr *cond = NULL;
                if (expect(p, TOK_IF) != NULL)
                    cond = fe_rule_disjunction(p);
                if (cond == NULL) {
                    p->mark = m;
                    break;
                }
                if (fe_vec_push(p, &ifs, cond) < 0)
                    return NULL;
            }
            Comprehension *c = fe_parse_alloc(p, sizeof(Comprehension));
            if (c != NULL) {
                c->target = target;
                c->iter = iter;
                c->ifs = fe_vec_seq(p, &ifs);
                c->is_async = is_async;
            }
            return p->error ? NULL : c;
        }
    }
    p->mark = mark;
    if (p->call_invalid_rules)
        fe_invalid_for_target(p);
    p->mark = mark;
    return NULL;
}

// for_if_clauses: for_if_clause+
AstSeq *
fe_rule_for_if_clauses(Parser *p)
{
    Vec v;
    vec_init(&v);
    for (;;) {
        int mark = p->mark, cut;
        Comprehension *c = for_if_clause(p, &cut);
        if (c == NULL) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, &v, c) < 0)
            return NULL;
    }
    return v.n > 0 && !p->error ? fe_vec_seq(p, &v) : NULL;
}

Expr *
fe_last_comprehension_item(AstSeq *generators)
{
    Comprehension *c = generators->items[generators->size - 1];
    if (AST_SEQ_LEN(c->ifs) == 0)
        return c->iter;
    return c->ifs->items[c->ifs->size - 1];
}

// invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses
//   | ('[' | '{') star_named_expression ',' [star_named_expressions] for_if_clauses.
// Whichever rule tries it (genexp after any primary too), any of these brackets may open it.
static void *
invalid_comprehension(Parser *p)
{
    int mark = p->mark;
    PToken *t = peek(p);
    if (t == NULL || (t->kind != TOK_LSQB && t->kind != TOK_LPAR && t->kind != TOK_LBRACE))
        return NULL;
    TokenKind open = t->kind;
    p->mark++;
    int after = p->mark;
    Expr *a = fe_rule_starred_expression(p);
    if (a != NULL && fe_rule_for_if_clauses(p) != NULL)
        return RAISE_AT_NODE(p, a->loc, "iterable unpacking cannot be used in comprehension");
    p->mark = after;
    if (open != TOK_LPAR && !p->error) {
        a = fe_rule_star_named_expression(p);
        if (a != NULL && expect(p, TOK_COMMA) != NULL) {
            int m = p->mark;
            AstSeq *b = fe_rule_star_named_expressions(p);
            if (b != NULL && fe_rule_for_if_clauses(p) != NULL)
                return RAISE_RANGE(p, a->loc, ((Expr *)b->items[b->size - 1])->loc,
                                   "did you forget parentheses around the comprehension target?");
            p->mark = m;
        }
        p->mark = after;
        a = fe_rule_star_named_expression(p);
        PToken *comma = a != NULL ? expect(p, TOK_COMMA) : NULL;
        if (comma != NULL && fe_rule_for_if_clauses(p) != NULL)
            return RAISE_RANGE(p, a->loc, tok_loc(comma),
                               "did you forget parentheses around the comprehension target?");
    }
    p->mark = mark;
    return NULL;
}

static Expr *
comprehension_at(Parser *p, ExprKind kind, Start s, Expr *elt, AstSeq *generators)
{
    Expr *e = fe_expr_at(p, kind, s);
    if (e != NULL) {
        e->v.comp.elt = elt;
        e->v.comp.generators = generators;
    }
    return e;
}

// listcomp / setcomp: open named_expression for_if_clauses close | invalid_comprehension
static Expr *
list_or_set_comp(Parser *p, ExprKind kind, TokenKind open, TokenKind close)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (expect(p, open) != NULL) {
        Expr *elt = fe_rule_named_expression(p);
        AstSeq *gens = elt != NULL ? fe_rule_for_if_clauses(p) : NULL;
        if (gens != NULL && expect(p, close) != NULL)
            return comprehension_at(p, kind, s, elt, gens);
    }
    p->mark = mark;
    if (p->call_invalid_rules && !p->error)
        invalid_comprehension(p);
    p->mark = mark;
    return NULL;
}

Expr *
fe_rule_listcomp(Parser *p)
{
    return list_or_set_comp(p, EXPR_ListComp, TOK_LSQB, TOK_RSQB);
}

Expr *
fe_rule_setcomp(Parser *p)
{
    return list_or_set_comp(p, EXPR_SetComp, TOK_LBRACE, TOK_RBRACE);
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
//       | invalid_comprehension
Expr *
fe_rule_genexp(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (expect(p, TOK_LPAR) != NULL) {
        int m = p->mark;
        Expr *elt = fe_rule_assignment_expression(p);
        if (elt == NULL && !p->error) {
            p->mark = m;
            elt = fe_rule_expression(p);
            if (elt != NULL && check(p, TOK_COLONEQUAL))
                elt = NULL;
        }
        AstSeq *gens = elt != NULL ? fe_rule_for_if_clauses(p) : NULL;
        if (gens != NULL && expect(p, TOK_RPAR) != NULL)
            return comprehension_at(p, EXPR_GeneratorExp, s, elt, gens);
    }
    p->mark = mark;
    if (p->call_invalid_rules && !p->error)
        invalid_comprehension(p);
    p->mark = mark;
    return NULL;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
Expr *
fe_rule_dictcomp(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (expect(p, TOK_LBRACE) != NULL) {
        Expr *value;
        Expr *key = fe_rule_kvpair(p, &value);
        AstSeq *gens = key != NULL ? fe_rule_for_if_clauses(p) : NULL;
        if (gens != NULL && expect(p, TOK_RBRACE) != NULL) {
            Expr *e = fe_expr_at(p, EXPR_DictComp, s);
            if (e != NULL) {
                e->v.dict_comp.key = key;
                e->v.dict_comp.value = value;
                e->v.dict_comp.generators = gens;
            }
            return e;
        }
    }
    p->mark = mark;
    if (p->call_invalid_rules && !p->error) {
        expect(p, TOK_LBRACE);
        PToken *a = expect(p, TOK_DOUBLESTAR);
        if (a != NULL && fe_rule_bitwise_or(p) != NULL && fe_rule_for_if_clauses(p) != NULL &&
            expect(p, TOK_RBRACE) != NULL)
            return RAISE_AT_NODE(p, tok_loc(a),
                                 "dict unpacking cannot be used in dict comprehension");
        p->mark = mark;
    }
    return NULL;
}

