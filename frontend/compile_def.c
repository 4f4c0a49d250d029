// compile_def.c: code generation for definitions: def and async def (defaults, keyword-only
// defaults, annotations, decorators, the body in its own unit), lambda, class (the body unit
// with __module__/__qualname__ and the __class__ cell, then __build_class__), and the closure
// tuple + MAKE_FUNCTION that every nested code object needs.
#include "frontend/compile_internal.h"

int
fe_compile_def_make_closure(Compiler *c, PyCodeObject *co, int flags)
{
    if (co->co_nfreevars) {
        int first = co->co_nlocalsplus - co->co_nfreevars;
        for (int i = first; i < co->co_nlocalsplus; i++) {
            PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
            // A class's method may use a free variable named like a class local: take the
            // enclosing binding from the class's own cells/free variables.
            int cell = c->u->scope == SCOPE_CLASS && rt_str_equal_ascii(name, "__class__");
            if (!cell)
                cell = fe_symtable_scope(c->u->ste, name) == ST_CELL;
            PyObject *v = PyDict_GetItem(cell ? c->u->cellvars : c->u->freevars, name);
            if (v == NULL) {
                PyErr_Format(PyExc_SystemError, "compiler: no closure cell for %R in %U", name,
                             c->u->name);
                return -1;
            }
            if (emit_i(c, OP_LOAD_CLOSURE, PyLong_AsLong(v)) < 0)
                return -1;
        }
        flags |= 0x08;
        if (emit_i(c, OP_BUILD_TUPLE, co->co_nfreevars) < 0)
            return -1;
    }
    if (emit_load_const(c, (PyObject *)co) < 0)
        return -1;
    return emit_i(c, OP_MAKE_FUNCTION, flags);
}

// Call each decorator (pushed before the function) on the result, innermost first.
static int
apply_decorators(Compiler *c, AstSeq *decos)
{
    RtCodeLocation saved = c->u->loc;
    for (Py_ssize_t i = AST_SEQ_LEN(decos) - 1; i >= 0; i--) {
        set_loc(c, ((Expr *)AST_SEQ_GET(decos, i))->loc);
        if (emit_i(c, OP_PRECALL, 0) < 0 || emit_i(c, OP_CALL, 0) < 0)
            return -1;
    }
    c->u->loc = saved;
    return 0;
}

// Push the dict of keyword-only defaults: 1 if pushed, 0 if there are none, -1 on error.
static int
kwonly_defaults(Compiler *c, AstSeq *kwonlyargs, AstSeq *kw_defaults)
{
    PyObject *keys = NULL;
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(kwonlyargs); i++) {
        Arg *arg = AST_SEQ_GET(kwonlyargs, i);
        Expr *dflt = AST_SEQ_GET(kw_defaults, i);
        if (dflt == NULL)
            continue;
        PyObject *mangled = fe_mangle(c->u->private, arg->arg);
        if (mangled == NULL || (keys == NULL && (keys = PyList_New(0)) == NULL) ||
            PyList_Append(keys, mangled) < 0 || fe_compile_expr(c, dflt) < 0) {
            Py_XDECREF(mangled);
            Py_XDECREF(keys);
            return -1;
        }
        Py_DECREF(mangled);
    }
    if (keys == NULL)
        return 0;
    Py_ssize_t n = PyList_GET_SIZE(keys);
    int r = emit_load_const_steal(c, PyList_AsTuple(keys));
    Py_DECREF(keys);
    if (r < 0 || emit_i(c, OP_BUILD_CONST_KEY_MAP, n) < 0)
        return -1;
    return 1;
}

// The MAKE_FUNCTION flags of the defaults pushed (1: positional, 2: keyword-only), or -1.
static int
default_arguments(Compiler *c, Arguments *args)
{
    int flags = 0;
    if (AST_SEQ_LEN(args->defaults) > 0) {
        if (fe_compile_exprs(c, args->defaults) < 0 ||
            emit_i(c, OP_BUILD_TUPLE, AST_SEQ_LEN(args->defaults)) < 0)
            return -1;
        flags |= 0x01;
    }
    int r = kwonly_defaults(c, args->kwonlyargs, args->kw_defaults);
    if (r < 0)
        return -1;
    if (r > 0)
        flags |= 0x02;
    return flags;
}

static int
argannotation(Compiler *c, PyObject *id, Expr *annotation, Py_ssize_t *len)
{
    if (annotation == NULL)
        return 0;
    PyObject *mangled = fe_mangle(c->u->private, id);
    if (emit_load_const_steal(c, mangled) < 0)
        return -1;
    if (c->future_features & FE_CO_FUTURE_ANNOTATIONS) {
        if (emit_load_const_steal(c, fe_unparse_expr(annotation)) < 0)
            return -1;
    } else if (annotation->kind == EXPR_Starred) {
        // *args: *Ts is stored as [annotation] = [*Ts].
        if (fe_compile_expr(c, annotation->v.starred.value) < 0 ||
            emit_i(c, OP_UNPACK_SEQUENCE, 1) < 0)
            return -1;
    } else if (fe_compile_expr(c, annotation) < 0) {
        return -1;
    }
    *len += 2;
    return 0;
}

static int
argannotations(Compiler *c, AstSeq *args, Py_ssize_t *len)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(args); i++) {
        Arg *a = AST_SEQ_GET(args, i);
        if (argannotation(c, a->arg, a->annotation, len) < 0)
            return -1;
    }
    return 0;
}

// Push the (name, annotation, ...) tuple: 1 if pushed, 0 if no annotations, -1 on error.
static int
annotations(Compiler *c, Arguments *args, Expr *returns)
{
    Py_ssize_t len = 0;
    if (argannotations(c, args->args, &len) < 0 || argannotations(c, args->posonlyargs, &len) < 0)
        return -1;
    if (args->vararg && argannotation(c, args->vararg->arg, args->vararg->annotation, &len) < 0)
        return -1;
    if (argannotations(c, args->kwonlyargs, &len) < 0)
        return -1;
    if (args->kwarg && argannotation(c, args->kwarg->arg, args->kwarg->annotation, &len) < 0)
        return -1;
    if (argannotation(c, fe_compile_id("return"), returns, &len) < 0)
        return -1;
    if (len == 0)
        return 0;
    return emit_i(c, OP_BUILD_TUPLE, len) < 0 ? -1 : 1;
}

static int
check_debug_args(Compiler *c, Arguments *args)
{
    AstSeq *seqs[] = {args->posonlyargs, args->args, args->kwonlyargs};
    for (size_t s = 0; s < 3; s++)
        for (Py_ssize_t i = 0; i < AST_SEQ_LEN(seqs[s]); i++)
            if (fe_compile_forbidden_name(c, ((Arg *)AST_SEQ_GET(seqs[s], i))->arg, CTX_STORE))
                return -1;
    if (args->vararg && fe_compile_forbidden_name(c, args->vararg->arg, CTX_STORE))
        return -1;
    if (args->kwarg && fe_compile_forbidden_name(c, args->kwarg->arg, CTX_STORE))
        return -1;
    return 0;
}

static void
set_arg_counts(Compiler *c, Arguments *args)
{
    c->u->argcount = (int)AST_SEQ_LEN(args->args);
    c->u->posonlyargcount = (int)AST_SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = (int)AST_SEQ_LEN(args->kwonlyargs);
}

// Compile the body of a function into a code object (the unit is entered and left here).
static PyCodeObject *
function_body(Compiler *c, Stmt *s, int firstlineno)
{
    int is_async = s->kind == STMT_AsyncFunctionDef;
    AstSeq *body = s->v.function_def.body;
    if (fe_compile_enter_scope(c, s->v.function_def.name,
                               is_async ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION, s,
                               firstlineno) < 0)
        return NULL;
    PyObject *doc = c->optimize < 2 ? fe_compile_docstring(body) : NULL;
    PyCodeObject *co = NULL;
    if (fe_compile_add_const(c, doc != NULL ? doc : Py_None) >= 0) {
        set_arg_counts(c, s->v.function_def.args);
        Py_ssize_t i = doc != NULL ? 1 : 0;
        for (; i < AST_SEQ_LEN(body); i++)
            if (fe_compile_stmt(c, AST_SEQ_GET(body, i)) < 0)
                break;
        if (i == AST_SEQ_LEN(body))
            co = fe_assemble(c, 1);
    }
    fe_compile_exit_scope(c);
    return co;
}

int
fe_compile_def_function(Compiler *c, Stmt *s)
{
    Arguments *args = s->v.function_def.args;
    AstSeq *decos = s->v.function_def.decorator_list;
    if (check_debug_args(c, args) < 0 || fe_compile_exprs(c, decos) < 0)
        return -1;
    int firstlineno = s->loc.lineno;
    if (AST_SEQ_LEN(decos))
        firstlineno = ((Expr *)AST_SEQ_GET(decos, 0))->loc.lineno;
    int flags = default_arguments(c, args);
    if (flags < 0)
        return -1;
    int ann = annotations(c, args, s->v.function_def.returns);
    if (ann < 0)
        return -1;
    if (ann > 0)
        flags |= 0x04;
    PyCodeObject *co = function_body(c, s, firstlineno);
    if (co == NULL)
        return -1;
    int r = fe_compile_def_make_closure(c, co, flags);
    Py_DECREF(co);
    if (r < 0 || apply_decorators(c, decos) < 0)
        return -1;
    return fe_compile_nameop(c, s->v.function_def.name, CTX_STORE);
}

int
fe_compile_def_lambda(Compiler *c, Expr *e)
{
    Arguments *args = e->v.lambda.args;
    if (check_debug_args(c, args) < 0)
        return -1;
    int flags = default_arguments(c, args);
    if (flags < 0)
        return -1;
    if (fe_compile_enter_scope(c, fe_compile_id("<lambda>"), SCOPE_LAMBDA, e, e->loc.lineno) < 0)
        return -1;
    PyCodeObject *co = NULL;
    // None is the first constant, so a lambda never has a docstring.
    if (fe_compile_add_const(c, Py_None) >= 0) {
        set_arg_counts(c, args);
        if (fe_compile_expr(c, e->v.lambda.body) >= 0) {
            if (c->u->ste->generator)
                co = fe_assemble(c, 0);
            else if (emit(c, OP_RETURN_VALUE) >= 0)
                co = fe_assemble(c, 1);
        }
    }
    fe_compile_exit_scope(c);
    if (co == NULL)
        return -1;
    int r = fe_compile_def_make_closure(c, co, flags);
    Py_DECREF(co);
    return r;
}

// The class body: __module__ and __qualname__, the statements, and __classcell__.
static PyCodeObject *
class_body(Compiler *c, Stmt *s, int firstlineno)
{
    if (fe_compile_enter_scope(c, s->v.class_def.name, SCOPE_CLASS, s, firstlineno) < 0)
        return NULL;
    PyCodeObject *co = NULL;
    Py_XSETREF(c->u->private, Py_NewRef(s->v.class_def.name));
    if (fe_compile_nameop(c, fe_compile_id("__name__"), CTX_LOAD) < 0 ||
        fe_compile_nameop(c, fe_compile_id("__module__"), CTX_STORE) < 0 ||
        emit_load_const(c, c->u->qualname) < 0 ||
        fe_compile_nameop(c, fe_compile_id("__qualname__"), CTX_STORE) < 0 ||
        fe_compile_body(c, s->v.class_def.body) < 0)
        goto done;
    c->u->loc = NO_LOCATION;
    if (c->u->ste->needs_class_closure) {
        // Store the __class__ cell as __classcell__ and return it for type.__new__.
        if (emit_i(c, OP_LOAD_CLOSURE, 0) < 0 || emit_i(c, OP_COPY, 1) < 0 ||
            fe_compile_nameop(c, fe_compile_id("__classcell__"), CTX_STORE) < 0)
            goto done;
    } else if (emit_load_const(c, Py_None) < 0) {
        goto done;
    }
    if (emit(c, OP_RETURN_VALUE) < 0)
        goto done;
    co = fe_assemble(c, 1);
done:
    fe_compile_exit_scope(c);
    return co;
}

int
fe_compile_def_class(Compiler *c, Stmt *s)
{
    AstSeq *decos = s->v.class_def.decorator_list;
    if (fe_compile_exprs(c, decos) < 0)
        return -1;
    int firstlineno = s->loc.lineno;
    if (AST_SEQ_LEN(decos))
        firstlineno = ((Expr *)AST_SEQ_GET(decos, 0))->loc.lineno;
    PyCodeObject *co = class_body(c, s, firstlineno);
    if (co == NULL)
        return -1;
    // __build_class__(<function>, <name>, *bases, **keywords)
    int r = emit(c, OP_PUSH_NULL) < 0 || emit(c, OP_LOAD_BUILD_CLASS) < 0 ||
            fe_compile_def_make_closure(c, co, 0) < 0;
    Py_DECREF(co);
    if (r || emit_load_const(c, s->v.class_def.name) < 0 ||
        fe_compile_call_helper(c, 2, s->v.class_def.bases, s->v.class_def.keywords) < 0 ||
        apply_decorators(c, decos) < 0)
        return -1;
    return fe_compile_nameop(c, s->v.class_def.name, CTX_STORE);
}
