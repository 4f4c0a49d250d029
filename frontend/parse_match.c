// parse_match.c: the match statement of CPython 3.11's grammar (PEP 634): the soft keywords
// match and case, the subject, case blocks with guards, and the invalid_* rules for their
// colons and blocks. Patterns are in parse_pattern.c.
#include "frontend/parse_internal.h"

// ---- the statement ------------------------------------------------------------------------------

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
static Expr *
subject_expr(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    Expr *first = fe_rule_star_named_expression(p);
    if (first != NULL && expect(p, TOK_COMMA) != NULL) {
        int m = p->mark;
        AstSeq *rest = fe_rule_star_named_expressions(p);
        if (rest == NULL)
            p->mark = m;
        AstSeq *elts = fe_seq_prepend(p, first, rest);
        Expr *e = elts != NULL ? fe_expr_at(p, EXPR_Tuple, s) : NULL;
        if (e != NULL) {
            e->v.sequence.elts = elts;
            e->v.sequence.ctx = CTX_LOAD;
        }
        return e;
    }
    p->mark = mark;
    if (p->error)
        return NULL;
    return fe_rule_named_expression(p);
}

// invalid_case_block
static void *
invalid_case_block(Parser *p)
{
    int mark = p->mark;
    PToken *a = fe_parse_expect_soft(p, "case");
    if (a != NULL && fe_rule_patterns(p) != NULL) {
        int m = p->mark;
        if (expect(p, TOK_IF) == NULL || fe_rule_named_expression(p) == NULL)
            p->mark = m;
        if (expect(p, TOK_NEWLINE) != NULL)
            return RAISE_SYNTAX_ERROR(p, "expected ':'");
        if (expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p))
            return RAISE_INDENTATION_ERROR(
                p, "expected an indented block after 'case' statement on line %d", a->lineno);
    }
    p->mark = mark;
    return NULL;
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
static MatchCase *
case_block(Parser *p)
{
    int mark = p->mark;
    if (p->call_invalid_rules) {
        invalid_case_block(p);
        if (p->error)
            return NULL;
    }
    if (fe_parse_expect_soft(p, "case") == NULL)
        return NULL;
    Pattern *pt = fe_rule_patterns(p);
    if (pt == NULL) {
        p->mark = mark;
        return NULL;
    }
    Expr *guard = NULL;
    int m = p->mark;
    if (expect(p, TOK_IF) != NULL)
        guard = fe_rule_named_expression(p);
    if (guard == NULL)
        p->mark = m;
    AstSeq *body = NULL;
    if (!p->error && expect(p, TOK_COLON) != NULL)
        body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    MatchCase *c = fe_parse_alloc(p, sizeof(MatchCase));
    if (c != NULL) {
        c->pattern = pt;
        c->guard = guard;
        c->body = body;
    }
    return c;
}

// invalid_match_stmt
static void *
invalid_match_stmt(Parser *p)
{
    int mark = p->mark;
    PToken *a = fe_parse_expect_soft(p, "match");
    if (a != NULL && subject_expr(p) != NULL) {
        if (expect(p, TOK_NEWLINE) != NULL)
            return RAISE_SYNTAX_ERROR(p, "expected ':'");
        if (expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p))
            return RAISE_INDENTATION_ERROR(
                p, "expected an indented block after 'match' statement on line %d", a->lineno);
    }
    p->mark = mark;
    return NULL;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
Stmt *
fe_rule_match_stmt(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (fe_parse_expect_soft(p, "match") != NULL) {
        Expr *subject = subject_expr(p);
        if (subject != NULL && expect(p, TOK_COLON) != NULL && expect(p, TOK_NEWLINE) != NULL &&
            expect(p, TOK_INDENT) != NULL) {
            Vec cases;
            vec_init(&cases);
            MatchCase *c;
            while ((c = case_block(p)) != NULL)
                if (fe_vec_push(p, &cases, c) < 0)
                    return NULL;
            if (cases.n > 0 && !p->error && expect(p, TOK_DEDENT) != NULL) {
                Stmt *st = fe_new_stmt(p, STMT_Match, fe_parse_loc(p, s));
                if (st != NULL) {
                    st->v.match.subject = subject;
                    st->v.match.cases = fe_vec_seq(p, &cases);
                }
                return st;
            }
        }
    }
    p->mark = mark;
    if (p->call_invalid_rules && !p->error)
        invalid_match_stmt(p);
    p->mark = mark;
    return NULL;
}
