// parse_def.c: function and class definitions of CPython 3.11's grammar: decorators, def,
// async def, class and lambda, with the invalid_* rules for their headers. Parameter lists are
// in parse_params.c.
#include "frontend/parse_internal.h"

// ---- lambda ------------------------------------------------------------------------------------

// lambdef: 'lambda' [lambda_params] ':' expression
Expr *
fe_rule_lambdef(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0 || expect(p, TOK_LAMBDA) == NULL)
        return NULL;
    if (fe_parse_enter(p) < 0)
        return NULL;
    int m = p->mark;
    Arguments *args = fe_rule_params(p, 1);
    if (args == NULL)
        p->mark = m;
    Expr *body = NULL;
    if (!p->error && expect(p, TOK_COLON) != NULL)
        body = fe_rule_expression(p);
    leave(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    if (args == NULL)
        args = fe_empty_arguments(p);
    Expr *e = fe_new_expr(p, EXPR_Lambda, fe_parse_loc(p, s));
    if (e != NULL) {
        e->v.lambda.args = args;
        e->v.lambda.body = body;
    }
    return e;
}

// ---- decorators, def, class ----------------------------------------------------------------------

// decorators: ('@' named_expression NEWLINE)+
AstSeq *
fe_rule_decorators(Parser *p)
{
    Vec v;
    vec_init(&v);
    for (;;) {
        int mark = p->mark;
        Expr *e = NULL;
        if (expect(p, TOK_AT) != NULL)
            e = fe_rule_named_expression(p);
        if (e == NULL || expect(p, TOK_NEWLINE) == NULL) {
            p->mark = mark;
            break;
        }
        if (fe_vec_push(p, &v, e) < 0)
            return NULL;
    }
    return v.n > 0 && !p->error ? fe_vec_seq(p, &v) : NULL;
}

// '(' [params] ')' ['->' expression] with the def's parameters and return annotation.
static int
def_signature(Parser *p, Arguments **args, Expr **returns, int forced)
{
    if (forced ? fe_parse_expect_forced(p, TOK_LPAR, "(") == NULL : expect(p, TOK_LPAR) == NULL)
        return 0;
    int m = p->mark;
    *args = fe_rule_params(p, 0);
    if (*args == NULL)
        p->mark = m;
    if (p->error || expect(p, TOK_RPAR) == NULL)
        return 0;
    *returns = NULL;
    m = p->mark;
    if (expect(p, TOK_RARROW) != NULL)
        *returns = fe_rule_expression(p);
    if (*returns == NULL)
        p->mark = m;
    return !p->error;
}

// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
static void *
invalid_def_raw(Parser *p)
{
    int mark = p->mark;
    expect(p, TOK_ASYNC);
    PToken *a = expect(p, TOK_DEF);
    Arguments *args;
    Expr *returns;
    if (a != NULL && expect(p, TOK_NAME) != NULL && def_signature(p, &args, &returns, 0) &&
        expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p)) {
        return RAISE_INDENTATION_ERROR(p, "expected an indented block after function definition "
                                          "on line %d", a->lineno);
    }
    p->mark = mark;
    return NULL;
}

// function_def_raw
static Stmt *
function_def_raw(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_def_raw(p);
        if (p->error)
            return NULL;
    }
    int is_async = expect(p, TOK_ASYNC) != NULL;
    PToken *name = NULL;
    if (expect(p, TOK_DEF) != NULL)
        name = expect(p, TOK_NAME);
    if (name == NULL) {
        p->mark = mark;
        return NULL;
    }
    Arguments *args = NULL;
    Expr *returns = NULL;
    AstSeq *body = NULL;
    if (def_signature(p, &args, &returns, 1) && fe_parse_expect_forced(p, TOK_COLON, ":") != NULL)
        body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    PyObject *id = fe_parse_identifier(p, name->start, name->end - name->start);
    Stmt *st = id != NULL ? fe_new_stmt(p, is_async ? STMT_AsyncFunctionDef : STMT_FunctionDef,
                                        fe_parse_loc(p, s))
                          : NULL;
    if (st != NULL) {
        st->v.function_def.name = id;
        st->v.function_def.args = args != NULL ? args : fe_empty_arguments(p);
        st->v.function_def.body = body;
        st->v.function_def.decorator_list = fe_seq_new(p->arena, 0);
        st->v.function_def.returns = returns;
    }
    return st;
}

// function_def: decorators function_def_raw | function_def_raw
Stmt *
fe_rule_function_def(Parser *p)
{
    int mark = p->mark;
    AstSeq *decorators = fe_rule_decorators(p);
    if (decorators == NULL)
        p->mark = mark;
    Stmt *st = function_def_raw(p);
    if (st == NULL) {
        p->mark = mark;
        return NULL;
    }
    if (decorators != NULL)
        st->v.function_def.decorator_list = decorators;
    return st;
}

// '(' [arguments] ')' after the class name: the Call-shaped arguments, or NULL (*ok = 0).
static Expr *
class_arguments(Parser *p, int *ok)
{
    int mark = p->mark;
    *ok = 1;
    if (expect(p, TOK_LPAR) == NULL)
        return NULL;
    int m = p->mark;
    Expr *args = fe_rule_arguments(p);
    if (args == NULL)
        p->mark = m;
    if (!p->error && expect(p, TOK_RPAR) != NULL)
        return args;
    p->mark = mark;
    *ok = 0;
    return NULL;
}

// invalid_class_def_raw
static void *
invalid_class_def_raw(Parser *p)
{
    int mark = p->mark;
    PToken *a = expect(p, TOK_CLASS);
    int ok = 0;
    if (a != NULL && expect(p, TOK_NAME) != NULL) {
        int m = p->mark;
        class_arguments(p, &ok);
        if (!ok)
            p->mark = m;
        if (expect(p, TOK_NEWLINE) != NULL)
            return RAISE_SYNTAX_ERROR(p, "expected ':'");
        p->mark = m;
        class_arguments(p, &ok);
        if (!ok)
            p->mark = m;
        if (expect(p, TOK_COLON) != NULL && fe_parse_missing_block(p)) {
            return RAISE_INDENTATION_ERROR(p, "expected an indented block after class definition "
                                              "on line %d", a->lineno);
        }
    }
    p->mark = mark;
    return NULL;
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
static Stmt *
class_def_raw(Parser *p)
{
    int mark = p->mark;
    Start s;
    if (fe_parse_start(p, &s) < 0)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_class_def_raw(p);
        if (p->error)
            return NULL;
    }
    PToken *name = NULL;
    if (expect(p, TOK_CLASS) != NULL)
        name = expect(p, TOK_NAME);
    if (name == NULL) {
        p->mark = mark;
        return NULL;
    }
    int m = p->mark, ok;
    Expr *args = class_arguments(p, &ok);
    if (!ok)
        p->mark = m;
    AstSeq *body = NULL;
    if (!p->error && expect(p, TOK_COLON) != NULL)
        body = fe_rule_block(p);
    if (body == NULL) {
        p->mark = mark;
        return NULL;
    }
    PyObject *id = fe_parse_identifier(p, name->start, name->end - name->start);
    Stmt *st = id != NULL ? fe_new_stmt(p, STMT_ClassDef, fe_parse_loc(p, s)) : NULL;
    if (st != NULL) {
        st->v.class_def.name = id;
        st->v.class_def.bases = args != NULL ? args->v.call.args : fe_seq_new(p->arena, 0);
        st->v.class_def.keywords = args != NULL ? args->v.call.keywords : fe_seq_new(p->arena, 0);
        st->v.class_def.body = body;
        st->v.class_def.decorator_list = fe_seq_new(p->arena, 0);
    }
    return st;
}

// class_def: decorators class_def_raw | class_def_raw
Stmt *
fe_rule_class_def(Parser *p)
{
    int mark = p->mark;
    AstSeq *decorators = fe_rule_decorators(p);
    if (decorators == NULL)
        p->mark = mark;
    Stmt *st = class_def_raw(p);
    if (st == NULL) {
        p->mark = mark;
        return NULL;
    }
    if (decorators != NULL)
        st->v.class_def.decorator_list = decorators;
    return st;
}
