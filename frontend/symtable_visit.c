// symtable_visit.c: the first symbol-table pass: a walk over the AST recording how each scope
// uses each name, raising CPython's SyntaxErrors about global/nonlocal declarations,
// parameters, yield and assignment expressions. Entries, definitions and the driver are in
// symtable.c, the scope analysis in symtable_analyze.c.
#include "frontend/symtable.h"

#define IMPORT_STAR_WARNING "import * only allowed at module level"
#define NAMED_EXPR_COMP_IN_CLASS                                                                   \
    "assignment expression within a comprehension cannot be used in a class body"
#define NAMED_EXPR_COMP_CONFLICT                                                                   \
    "assignment expression cannot rebind comprehension iteration variable '%U'"
#define NAMED_EXPR_COMP_ITER_EXPR                                                                  \
    "assignment expression cannot be used in a comprehension iterable expression"
#define ANNOTATION_NOT_ALLOWED "'%s' can not be used within an annotation"
#define GLOBAL_PARAM "name '%U' is parameter and global"
#define NONLOCAL_PARAM "name '%U' is parameter and nonlocal"
#define GLOBAL_AFTER_ASSIGN "name '%U' is assigned to before global declaration"
#define NONLOCAL_AFTER_ASSIGN "name '%U' is assigned to before nonlocal declaration"
#define GLOBAL_AFTER_USE "name '%U' is used prior to global declaration"
#define NONLOCAL_AFTER_USE "name '%U' is used prior to nonlocal declaration"
#define GLOBAL_ANNOT "annotated name '%U' can't be global"
#define NONLOCAL_ANNOT "annotated name '%U' can't be nonlocal"

#define ST_ERROR(st, loc, ...)                                                                     \
    fe_error_at(PyExc_SyntaxError, (st)->filename, (st)->source, (st)->source_len, (loc),          \
                __VA_ARGS__)

static int
add_def(SymTable *st, PyObject *name, int flag, Loc loc)
{
    return fe_symtable_add_def(st, name, flag, st->cur, loc);
}

static PyObject *
ident(const char *s)
{
    return PyUnicode_InternFromString(s);
}

static int
add_def_str(SymTable *st, const char *name, int flag, Loc loc)
{
    PyObject *n = ident(name);
    if (n == NULL)
        return 0;
    int r = add_def(st, n, flag, loc);
    Py_DECREF(n);
    return r;
}

// ---- building: the walk --------------------------------------------------------------------

static int visit_stmt(SymTable *st, Stmt *s);
static int visit_expr(SymTable *st, Expr *e);
static int visit_pattern(SymTable *st, Pattern *p);

static int
visit_stmts(SymTable *st, AstSeq *seq)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seq); i++)
        if (!visit_stmt(st, AST_SEQ_GET(seq, i)))
            return 0;
    return 1;
}

// Visit a sequence of expressions; NULL items (dict unpacking, missing kw defaults) skipped.
static int
visit_exprs(SymTable *st, AstSeq *seq)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seq); i++) {
        Expr *e = AST_SEQ_GET(seq, i);
        if (e != NULL && !visit_expr(st, e))
            return 0;
    }
    return 1;
}

static int
visit_params(SymTable *st, AstSeq *args)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(args); i++) {
        Arg *a = AST_SEQ_GET(args, i);
        if (!add_def(st, a->arg, ST_DEF_PARAM, a->loc))
            return 0;
    }
    return 1;
}

static int
visit_arguments(SymTable *st, Arguments *a)
{
    // Defaults and annotations were visited in the enclosing scope.
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return 0;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, ST_DEF_PARAM, a->vararg->loc))
            return 0;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, ST_DEF_PARAM, a->kwarg->loc))
            return 0;
        st->cur->varkeywords = 1;
    }
    return 1;
}

static int
visit_annotation(SymTable *st, Expr *annotation)
{
    int fut = st->future_annotations;
    if (fut && !fe_symtable_enter_block(st, st->cur->name, ST_ANNOTATION_BLOCK, annotation,
                                        annotation->loc))
        return 0;
    if (!visit_expr(st, annotation))
        return 0;
    return fut ? fe_symtable_exit_block(st) : 1;
}

static int
visit_argannotations(SymTable *st, AstSeq *args)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(args); i++) {
        Arg *a = AST_SEQ_GET(args, i);
        if (a->annotation && !visit_expr(st, a->annotation))
            return 0;
    }
    return 1;
}

static int
visit_annotations(SymTable *st, Stmt *s, Arguments *a, Expr *returns)
{
    int fut = st->future_annotations;
    if (fut && !fe_symtable_enter_block(st, st->cur->name, ST_ANNOTATION_BLOCK, s, s->loc))
        return 0;
    if (!visit_argannotations(st, a->posonlyargs) || !visit_argannotations(st, a->args))
        return 0;
    if (a->vararg && a->vararg->annotation && !visit_expr(st, a->vararg->annotation))
        return 0;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(st, a->kwarg->annotation))
        return 0;
    if (!visit_argannotations(st, a->kwonlyargs))
        return 0;
    if (fut && !fe_symtable_exit_block(st))
        return 0;
    return returns == NULL || visit_annotation(st, returns);
}

static int
visit_function(SymTable *st, Stmt *s)
{
    Arguments *args = s->v.function_def.args;
    if (!add_def(st, s->v.function_def.name, ST_DEF_LOCAL, s->loc))
        return 0;
    if (!visit_exprs(st, args->defaults) || !visit_exprs(st, args->kw_defaults))
        return 0;
    if (!visit_annotations(st, s, args, s->v.function_def.returns))
        return 0;
    if (!visit_exprs(st, s->v.function_def.decorator_list))
        return 0;
    if (!fe_symtable_enter_block(st, s->v.function_def.name, ST_FUNCTION_BLOCK, s, s->loc))
        return 0;
    if (s->kind == STMT_AsyncFunctionDef)
        st->cur->coroutine = 1;
    if (!visit_arguments(st, args) || !visit_stmts(st, s->v.function_def.body))
        return 0;
    return fe_symtable_exit_block(st);
}

static int
visit_class(SymTable *st, Stmt *s)
{
    if (!add_def(st, s->v.class_def.name, ST_DEF_LOCAL, s->loc))
        return 0;
    if (!visit_exprs(st, s->v.class_def.bases))
        return 0;
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(s->v.class_def.keywords); i++) {
        Keyword *k = AST_SEQ_GET(s->v.class_def.keywords, i);
        if (!visit_expr(st, k->value))
            return 0;
    }
    if (!visit_exprs(st, s->v.class_def.decorator_list))
        return 0;
    if (!fe_symtable_enter_block(st, s->v.class_def.name, ST_CLASS_BLOCK, s, s->loc))
        return 0;
    PyObject *saved = st->private;
    st->private = s->v.class_def.name;
    int ok = visit_stmts(st, s->v.class_def.body);
    st->private = saved;
    return ok && fe_symtable_exit_block(st);
}

static int
visit_ann_assign(SymTable *st, Stmt *s)
{
    Expr *target = s->v.ann_assign.target;
    if (target->kind == EXPR_Name) {
        long cur = fe_symtable_lookup(st, target->v.name.id);
        if (cur < 0)
            return 0;
        if ((cur & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL)) && st->cur->symbols != st->global &&
            s->v.ann_assign.simple) {
            ST_ERROR(st, s->loc, (cur & ST_DEF_GLOBAL) ? GLOBAL_ANNOT : NONLOCAL_ANNOT,
                     target->v.name.id);
            return 0;
        }
        if (s->v.ann_assign.simple) {
            if (!add_def(st, target->v.name.id, ST_DEF_ANNOT | ST_DEF_LOCAL, target->loc))
                return 0;
        } else if (s->v.ann_assign.value &&
                   !add_def(st, target->v.name.id, ST_DEF_LOCAL, target->loc)) {
            return 0;
        }
    } else if (!visit_expr(st, target)) {
        return 0;
    }
    if (!visit_annotation(st, s->v.ann_assign.annotation))
        return 0;
    return s->v.ann_assign.value == NULL || visit_expr(st, s->v.ann_assign.value);
}

static int
visit_global(SymTable *st, Stmt *s)
{
    int nonlocal = s->kind == STMT_Nonlocal;
    AstSeq *names = s->v.global.names;
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(names); i++) {
        PyObject *name = AST_SEQ_GET(names, i);
        long cur = fe_symtable_lookup(st, name);
        if (cur < 0)
            return 0;
        if (cur & (ST_DEF_PARAM | ST_DEF_LOCAL | ST_USE | ST_DEF_ANNOT)) {
            const char *msg;
            if (cur & ST_DEF_PARAM)
                msg = nonlocal ? NONLOCAL_PARAM : GLOBAL_PARAM;
            else if (cur & ST_USE)
                msg = nonlocal ? NONLOCAL_AFTER_USE : GLOBAL_AFTER_USE;
            else if (cur & ST_DEF_ANNOT)
                msg = nonlocal ? NONLOCAL_ANNOT : GLOBAL_ANNOT;
            else
                msg = nonlocal ? NONLOCAL_AFTER_ASSIGN : GLOBAL_AFTER_ASSIGN;
            ST_ERROR(st, s->loc, msg, name);
            return 0;
        }
        if (!add_def(st, name, nonlocal ? ST_DEF_NONLOCAL : ST_DEF_GLOBAL, s->loc) ||
            !fe_symtable_record_directive(st, name, s->loc))
            return 0;
    }
    return 1;
}

static int
visit_alias(SymTable *st, Alias *a)
{
    // `import a.b` binds a; `import a.b as c` binds c.
    PyObject *name = a->asname != NULL ? a->asname : a->name;
    if (rt_str_equal_ascii(name, "*")) {
        if (st->cur->type != ST_MODULE_BLOCK) {
            ST_ERROR(st, a->loc, IMPORT_STAR_WARNING);
            return 0;
        }
        return 1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(name), dot = 0;
    while (dot < n && PyUnicode_READ_CHAR(name, dot) != '.')
        dot++;
    PyObject *store = dot < n ? PyUnicode_Substring(name, 0, dot) : Py_NewRef(name);
    if (store == NULL)
        return 0;
    PyUnicode_InternInPlace(&store);
    int r = add_def(st, store, ST_DEF_IMPORT, a->loc);
    Py_DECREF(store);
    return r;
}

static int
visit_handlers(SymTable *st, AstSeq *handlers)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(handlers); i++) {
        ExceptHandler *h = AST_SEQ_GET(handlers, i);
        if (h->type && !visit_expr(st, h->type))
            return 0;
        if (h->name && !add_def(st, h->name, ST_DEF_LOCAL, h->loc))
            return 0;
        if (!visit_stmts(st, h->body))
            return 0;
    }
    return 1;
}

static int
visit_stmt_inner(SymTable *st, Stmt *s)
{
    switch (s->kind) {
    case STMT_FunctionDef:
    case STMT_AsyncFunctionDef:
        return visit_function(st, s);
    case STMT_ClassDef:
        return visit_class(st, s);
    case STMT_Return:
        if (s->v.return_.value) {
            if (!visit_expr(st, s->v.return_.value))
                return 0;
            st->cur->returns_value = 1;
        }
        return 1;
    case STMT_Delete:
        return visit_exprs(st, s->v.delete_.targets);
    case STMT_Assign:
        return visit_exprs(st, s->v.assign.targets) && visit_expr(st, s->v.assign.value);
    case STMT_AnnAssign:
        return visit_ann_assign(st, s);
    case STMT_AugAssign:
        return visit_expr(st, s->v.aug_assign.target) && visit_expr(st, s->v.aug_assign.value);
    case STMT_For:
    case STMT_AsyncFor:
        return visit_expr(st, s->v.for_.target) && visit_expr(st, s->v.for_.iter) &&
               visit_stmts(st, s->v.for_.body) && visit_stmts(st, s->v.for_.orelse);
    case STMT_While:
        return visit_expr(st, s->v.while_.test) && visit_stmts(st, s->v.while_.body) &&
               visit_stmts(st, s->v.while_.orelse);
    case STMT_If:
        return visit_expr(st, s->v.if_.test) && visit_stmts(st, s->v.if_.body) &&
               visit_stmts(st, s->v.if_.orelse);
    case STMT_Match:
        if (!visit_expr(st, s->v.match.subject))
            return 0;
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(s->v.match.cases); i++) {
            MatchCase *m = AST_SEQ_GET(s->v.match.cases, i);
            if (!visit_pattern(st, m->pattern) || (m->guard && !visit_expr(st, m->guard)) ||
                !visit_stmts(st, m->body))
                return 0;
        }
        return 1;
    case STMT_Raise:
        if (s->v.raise.exc && !visit_expr(st, s->v.raise.exc))
            return 0;
        return s->v.raise.cause == NULL || visit_expr(st, s->v.raise.cause);
    case STMT_Try:
    case STMT_TryStar:
        return visit_stmts(st, s->v.try_.body) && visit_stmts(st, s->v.try_.orelse) &&
               visit_handlers(st, s->v.try_.handlers) && visit_stmts(st, s->v.try_.finalbody);
    case STMT_Assert:
        return visit_expr(st, s->v.assert_.test) &&
               (s->v.assert_.msg == NULL || visit_expr(st, s->v.assert_.msg));
    case STMT_Import:
    case STMT_ImportFrom: {
        AstSeq *names = s->kind == STMT_Import ? s->v.import.names : s->v.import_from.names;
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(names); i++)
            if (!visit_alias(st, AST_SEQ_GET(names, i)))
                return 0;
        return 1;
    }
    case STMT_Global:
    case STMT_Nonlocal:
        return visit_global(st, s);
    case STMT_Expr:
        return visit_expr(st, s->v.expr.value);
    case STMT_Pass:
    case STMT_Break:
    case STMT_Continue:
        return 1;
    case STMT_With:
    case STMT_AsyncWith:
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(s->v.with.items); i++) {
            WithItem *w = AST_SEQ_GET(s->v.with.items, i);
            if (!visit_expr(st, w->context_expr) ||
                (w->optional_vars && !visit_expr(st, w->optional_vars)))
                return 0;
        }
        return visit_stmts(st, s->v.with.body);
    }
    return 1;
}

static int
enter_recursion(SymTable *st)
{
    if (++st->recursion_depth > st->recursion_limit) {
        PyErr_SetString(PyExc_RecursionError,
                        "maximum recursion depth exceeded during compilation");
        return 0;
    }
    return 1;
}

static int
visit_stmt(SymTable *st, Stmt *s)
{
    if (!enter_recursion(st))
        return 0;
    int r = visit_stmt_inner(st, s);
    st->recursion_depth--;
    return r;
}

// ---- comprehensions and assignment expressions ------------------------------------------

static int
raise_if_annotation_block(SymTable *st, const char *what, Expr *e)
{
    if (st->cur->type == ST_ANNOTATION_BLOCK) {
        ST_ERROR(st, e->loc, ANNOTATION_NOT_ALLOWED, what);
        return 0;
    }
    return 1;
}

static int
raise_comprehension_yield(SymTable *st, Expr *e)
{
    StComprehension t = st->cur->comprehension;
    ST_ERROR(st, e->loc,
             t == ST_LIST_COMPREHENSION   ? "'yield' inside list comprehension"
             : t == ST_SET_COMPREHENSION  ? "'yield' inside set comprehension"
             : t == ST_DICT_COMPREHENSION ? "'yield' inside dict comprehension"
                                          : "'yield' inside generator expression");
    return 0;
}

// A walrus in a comprehension binds in the nearest enclosing function or module.
static int
extend_namedexpr_scope(SymTable *st, Expr *target)
{
    PyObject *name = target->v.name.id;
    for (Py_ssize_t i = st->depth - 1; i >= 0; i--) {
        SymEntry *ste = st->stack[i];
        if (ste->comprehension) {
            if (fe_symtable_flags(ste, name) & ST_DEF_COMP_ITER) {
                ST_ERROR(st, target->loc, NAMED_EXPR_COMP_CONFLICT, name);
                return 0;
            }
            continue;
        }
        if (ste->type == ST_FUNCTION_BLOCK) {
            int flag =
                (fe_symtable_flags(ste, name) & ST_DEF_GLOBAL) ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL;
            if (!add_def(st, name, flag, target->loc) ||
                !fe_symtable_record_directive(st, name, target->loc))
                return 0;
            return fe_symtable_add_def(st, name, ST_DEF_LOCAL, ste, target->loc);
        }
        if (ste->type == ST_MODULE_BLOCK) {
            if (!add_def(st, name, ST_DEF_GLOBAL, target->loc) ||
                !fe_symtable_record_directive(st, name, target->loc))
                return 0;
            return fe_symtable_add_def(st, name, ST_DEF_GLOBAL, ste, target->loc);
        }
        if (ste->type == ST_CLASS_BLOCK) {
            ST_ERROR(st, target->loc, NAMED_EXPR_COMP_IN_CLASS);
            return 0;
        }
    }
    PyErr_SetString(PyExc_SystemError, "assignment expression without an enclosing scope");
    return 0;
}

static int
visit_namedexpr(SymTable *st, Expr *e)
{
    if (!raise_if_annotation_block(st, "named expression", e))
        return 0;
    if (st->cur->comp_iter_expr > 0) {
        ST_ERROR(st, e->loc, NAMED_EXPR_COMP_ITER_EXPR);
        return 0;
    }
    if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.named_expr.target))
        return 0;
    return visit_expr(st, e->v.named_expr.value) && visit_expr(st, e->v.named_expr.target);
}

static int
visit_comprehension(SymTable *st, Comprehension *c)
{
    st->cur->comp_iter_target = 1;
    if (!visit_expr(st, c->target))
        return 0;
    st->cur->comp_iter_target = 0;
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, c->iter))
        return 0;
    st->cur->comp_iter_expr--;
    if (!visit_exprs(st, c->ifs))
        return 0;
    if (c->is_async)
        st->cur->coroutine = 1;
    return 1;
}

static int
handle_comprehension(SymTable *st, Expr *e, const char *scope_name, AstSeq *generators, Expr *elt,
                     Expr *value)
{
    int is_generator = e->kind == EXPR_GeneratorExp;
    Comprehension *outermost = AST_SEQ_GET(generators, 0);
    // The outermost iterable is evaluated in the enclosing scope.
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, outermost->iter))
        return 0;
    st->cur->comp_iter_expr--;
    PyObject *name = ident(scope_name);
    if (name == NULL)
        return 0;
    int ok = fe_symtable_enter_block(st, name, ST_FUNCTION_BLOCK, e, e->loc);
    Py_DECREF(name);
    if (!ok)
        return 0;
    st->cur->comprehension = e->kind == EXPR_ListComp   ? ST_LIST_COMPREHENSION
                             : e->kind == EXPR_SetComp  ? ST_SET_COMPREHENSION
                             : e->kind == EXPR_DictComp ? ST_DICT_COMPREHENSION
                                                        : ST_GENERATOR_EXPRESSION;
    if (outermost->is_async)
        st->cur->coroutine = 1;
    // The outermost iterator arrives as the implicit parameter ".0".
    if (!add_def_str(st, ".0", ST_DEF_PARAM, e->loc))
        return 0;
    st->cur->comp_iter_target = 1;
    if (!visit_expr(st, outermost->target))
        return 0;
    st->cur->comp_iter_target = 0;
    if (!visit_exprs(st, outermost->ifs))
        return 0;
    for (Py_ssize_t i = 1; i < AST_SEQ_LEN(generators); i++)
        if (!visit_comprehension(st, AST_SEQ_GET(generators, i)))
            return 0;
    if (value && !visit_expr(st, value))
        return 0;
    if (!visit_expr(st, elt))
        return 0;
    st->cur->generator = is_generator;
    int is_async = st->cur->coroutine && !is_generator;
    fe_symtable_exit_block(st);
    if (is_async)
        st->cur->coroutine = 1;
    return 1;
}

static int
visit_lambda(SymTable *st, Expr *e)
{
    Arguments *args = e->v.lambda.args;
    if (!visit_exprs(st, args->defaults) || !visit_exprs(st, args->kw_defaults))
        return 0;
    PyObject *name = ident("lambda");
    if (name == NULL)
        return 0;
    int ok = fe_symtable_enter_block(st, name, ST_FUNCTION_BLOCK, e, e->loc);
    Py_DECREF(name);
    if (!ok || !visit_arguments(st, args) || !visit_expr(st, e->v.lambda.body))
        return 0;
    return fe_symtable_exit_block(st);
}

static int
visit_yield(SymTable *st, Expr *e)
{
    if (!raise_if_annotation_block(st, "yield expression", e))
        return 0;
    if (e->v.yield.value && !visit_expr(st, e->v.yield.value))
        return 0;
    st->cur->generator = 1;
    if (st->cur->comprehension)
        return raise_comprehension_yield(st, e);
    return 1;
}

static int
visit_name(SymTable *st, Expr *e)
{
    int load = e->v.name.ctx == CTX_LOAD;
    if (!add_def(st, e->v.name.id, load ? ST_USE : ST_DEF_LOCAL, e->loc))
        return 0;
    // super() needs the __class__ cell of the enclosing class.
    if (load && st->cur->type == ST_FUNCTION_BLOCK && rt_str_equal_ascii(e->v.name.id, "super"))
        return add_def_str(st, "__class__", ST_USE, e->loc);
    return 1;
}

static int
visit_expr_inner(SymTable *st, Expr *e)
{
    switch (e->kind) {
    case EXPR_NamedExpr:
        return visit_namedexpr(st, e);
    case EXPR_BoolOp:
        return visit_exprs(st, e->v.bool_op.values);
    case EXPR_BinOp:
        return visit_expr(st, e->v.bin_op.left) && visit_expr(st, e->v.bin_op.right);
    case EXPR_UnaryOp:
        return visit_expr(st, e->v.unary_op.operand);
    case EXPR_Lambda:
        return visit_lambda(st, e);
    case EXPR_IfExp:
        return visit_expr(st, e->v.if_exp.test) && visit_expr(st, e->v.if_exp.body) &&
               visit_expr(st, e->v.if_exp.orelse);
    case EXPR_Dict:
        return visit_exprs(st, e->v.dict.keys) && visit_exprs(st, e->v.dict.values);
    case EXPR_Set:
        return visit_exprs(st, e->v.set.elts);
    case EXPR_GeneratorExp:
        return handle_comprehension(st, e, "genexpr", e->v.comp.generators, e->v.comp.elt, NULL);
    case EXPR_ListComp:
        return handle_comprehension(st, e, "listcomp", e->v.comp.generators, e->v.comp.elt, NULL);
    case EXPR_SetComp:
        return handle_comprehension(st, e, "setcomp", e->v.comp.generators, e->v.comp.elt, NULL);
    case EXPR_DictComp:
        return handle_comprehension(st, e, "dictcomp", e->v.dict_comp.generators,
                                    e->v.dict_comp.key, e->v.dict_comp.value);
    case EXPR_Yield:
    case EXPR_YieldFrom:
        return visit_yield(st, e);
    case EXPR_Await:
        if (!raise_if_annotation_block(st, "await expression", e) ||
            !visit_expr(st, e->v.await.value))
            return 0;
        st->cur->coroutine = 1;
        return 1;
    case EXPR_Compare:
        return visit_expr(st, e->v.compare.left) && visit_exprs(st, e->v.compare.comparators);
    case EXPR_Call:
        if (!visit_expr(st, e->v.call.func) || !visit_exprs(st, e->v.call.args))
            return 0;
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(e->v.call.keywords); i++) {
            Keyword *k = AST_SEQ_GET(e->v.call.keywords, i);
            if (!visit_expr(st, k->value))
                return 0;
        }
        return 1;
    case EXPR_FormattedValue:
        return visit_expr(st, e->v.formatted_value.value) &&
               (e->v.formatted_value.format_spec == NULL ||
                visit_expr(st, e->v.formatted_value.format_spec));
    case EXPR_JoinedStr:
        return visit_exprs(st, e->v.joined_str.values);
    case EXPR_Constant:
        return 1;
    case EXPR_Attribute:
        return visit_expr(st, e->v.attribute.value);
    case EXPR_Subscript:
        return visit_expr(st, e->v.subscript.value) && visit_expr(st, e->v.subscript.slice);
    case EXPR_Starred:
        return visit_expr(st, e->v.starred.value);
    case EXPR_Slice:
        return (e->v.slice.lower == NULL || visit_expr(st, e->v.slice.lower)) &&
               (e->v.slice.upper == NULL || visit_expr(st, e->v.slice.upper)) &&
               (e->v.slice.step == NULL || visit_expr(st, e->v.slice.step));
    case EXPR_Name:
        return visit_name(st, e);
    case EXPR_List:
    case EXPR_Tuple:
        return visit_exprs(st, e->v.sequence.elts);
    }
    return 1;
}

static int
visit_expr(SymTable *st, Expr *e)
{
    if (!enter_recursion(st))
        return 0;
    int r = visit_expr_inner(st, e);
    st->recursion_depth--;
    return r;
}

static int
visit_patterns(SymTable *st, AstSeq *seq)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seq); i++)
        if (!visit_pattern(st, AST_SEQ_GET(seq, i)))
            return 0;
    return 1;
}

static int
visit_pattern(SymTable *st, Pattern *p)
{
    if (!enter_recursion(st))
        return 0;
    int ok = 1;
    switch (p->kind) {
    case PATTERN_MatchValue:
        ok = visit_expr(st, p->v.value.value);
        break;
    case PATTERN_MatchSingleton:
        break;
    case PATTERN_MatchSequence:
        ok = visit_patterns(st, p->v.sequence.patterns);
        break;
    case PATTERN_MatchStar:
        ok = p->v.star.name == NULL || add_def(st, p->v.star.name, ST_DEF_LOCAL, p->loc);
        break;
    case PATTERN_MatchMapping:
        ok = visit_exprs(st, p->v.mapping.keys) && visit_patterns(st, p->v.mapping.patterns) &&
             (p->v.mapping.rest == NULL || add_def(st, p->v.mapping.rest, ST_DEF_LOCAL, p->loc));
        break;
    case PATTERN_MatchClass:
        ok = visit_expr(st, p->v.class_.cls) && visit_patterns(st, p->v.class_.patterns) &&
             visit_patterns(st, p->v.class_.kwd_patterns);
        break;
    case PATTERN_MatchAs:
        ok = (p->v.as.pattern == NULL || visit_pattern(st, p->v.as.pattern)) &&
             (p->v.as.name == NULL || add_def(st, p->v.as.name, ST_DEF_LOCAL, p->loc));
        break;
    case PATTERN_MatchOr:
        ok = visit_patterns(st, p->v.or_.patterns);
        break;
    }
    st->recursion_depth--;
    return ok;
}

int
fe_symtable_visit_mod(SymTable *st, Mod *mod)
{
    if (mod->kind == MOD_EXPRESSION)
        return visit_expr(st, mod->expr);
    return visit_stmts(st, mod->body);
}
