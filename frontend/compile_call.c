// compile_call.c: code generation for calls (LOAD_METHOD/PRECALL/CALL with KW_NAMES, and
// CALL_FUNCTION_EX for */** arguments), f-strings, and comprehensions, which 3.11 compiles as
// nested functions called with the outermost iterator.
#include "frontend/compile_internal.h"

enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

// ---- calls --------------------------------------------------------------------------------

// SyntaxError for a repeated keyword argument or one named __debug__.
static int
validate_keywords(Compiler *c, AstSeq *keywords)
{
    Py_ssize_t n = AST_SEQ_LEN(keywords);
    for (Py_ssize_t i = 0; i < n; i++) {
        Keyword *key = AST_SEQ_GET(keywords, i);
        if (key->arg == NULL)
            continue;
        if (fe_compile_forbidden_name(c, key->arg, CTX_STORE))
            return -1;
        for (Py_ssize_t j = i + 1; j < n; j++) {
            Keyword *other = AST_SEQ_GET(keywords, j);
            if (other->arg != NULL && rt_str_equal(key->arg, other->arg)) {
                set_loc(c, other->loc);
                return fe_compile_error(c, "keyword argument repeated: %U", key->arg);
            }
        }
    }
    return 0;
}

static int
compile_keyword_values(Compiler *c, AstSeq *keywords)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(keywords); i++)
        if (fe_compile_expr(c, ((Keyword *)AST_SEQ_GET(keywords, i))->value) < 0)
            return -1;
    return 0;
}

// KW_NAMES with the tuple of keyword names, before PRECALL/CALL.
static int
kw_names(Compiler *c, AstSeq *keywords, Py_ssize_t n)
{
    PyObject *names = PyTuple_New(n);
    if (names == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(names, i, Py_NewRef(((Keyword *)AST_SEQ_GET(keywords, i))->arg));
    Py_ssize_t arg = fe_compile_add_const(c, names);
    Py_DECREF(names);
    return arg < 0 ? -1 : emit_i(c, OP_KW_NAMES, arg);
}

// Keywords begin..end (none of them **) as one dict.
static int
subkwargs(Compiler *c, AstSeq *keywords, Py_ssize_t begin, Py_ssize_t end)
{
    Py_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        PyObject *keys = PyTuple_New(n);
        if (keys == NULL)
            return -1;
        for (Py_ssize_t i = begin; i < end; i++) {
            Keyword *kw = AST_SEQ_GET(keywords, i);
            PyTuple_SET_ITEM(keys, i - begin, Py_NewRef(kw->arg));
            if (fe_compile_expr(c, kw->value) < 0) {
                Py_DECREF(keys);
                return -1;
            }
        }
        if (emit_load_const_steal(c, keys) < 0)
            return -1;
        return emit_i(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big && fe_compile_addop_loc(c, OP_BUILD_MAP, 0, NULL, NO_LOCATION) < 0)
        return -1;
    for (Py_ssize_t i = begin; i < end; i++) {
        Keyword *kw = AST_SEQ_GET(keywords, i);
        if (emit_load_const(c, kw->arg) < 0 || fe_compile_expr(c, kw->value) < 0 ||
            (big && fe_compile_addop_loc(c, OP_MAP_ADD, 1, NULL, NO_LOCATION) < 0))
            return -1;
    }
    return big ? 0 : emit_i(c, OP_BUILD_MAP, n);
}

// The keyword arguments of a CALL_FUNCTION_EX call as one dict (with ** merged in).
static int
ex_call_kwargs(Compiler *c, AstSeq *keywords)
{
    Py_ssize_t n = AST_SEQ_LEN(keywords), nseen = 0;
    int have_dict = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Keyword *kw = AST_SEQ_GET(keywords, i);
        if (kw->arg != NULL) {
            nseen++;
            continue;
        }
        if (nseen) {
            if (subkwargs(c, keywords, i - nseen, i) < 0 ||
                (have_dict && emit_i(c, OP_DICT_MERGE, 1) < 0))
                return -1;
            have_dict = 1;
            nseen = 0;
        }
        if (!have_dict && emit_i(c, OP_BUILD_MAP, 0) < 0)
            return -1;
        have_dict = 1;
        if (fe_compile_expr(c, kw->value) < 0 || emit_i(c, OP_DICT_MERGE, 1) < 0)
            return -1;
    }
    if (nseen && (subkwargs(c, keywords, n - nseen, n) < 0 ||
                  (have_dict && emit_i(c, OP_DICT_MERGE, 1) < 0)))
        return -1;
    return 0;
}

int
fe_compile_call_helper(Compiler *c, int n, AstSeq *args, AstSeq *keywords)
{
    if (validate_keywords(c, keywords) < 0)
        return -1;
    Py_ssize_t nelts = AST_SEQ_LEN(args), nkwelts = AST_SEQ_LEN(keywords);
    int ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    for (Py_ssize_t i = 0; i < nelts; i++)
        ex_call |= ((Expr *)AST_SEQ_GET(args, i))->kind == EXPR_Starred;
    for (Py_ssize_t i = 0; i < nkwelts; i++)
        ex_call |= ((Keyword *)AST_SEQ_GET(keywords, i))->arg == NULL;
    if (!ex_call) {
        if (fe_compile_exprs(c, args) < 0)
            return -1;
        if (nkwelts &&
            (compile_keyword_values(c, keywords) < 0 || kw_names(c, keywords, nkwelts) < 0))
            return -1;
        if (emit_i(c, OP_PRECALL, n + nelts + nkwelts) < 0)
            return -1;
        return emit_i(c, OP_CALL, n + nelts + nkwelts);
    }
    // *args or **kwargs: a tuple of the positional arguments and a dict of the keywords.
    if (n == 0 && nelts == 1 && ((Expr *)AST_SEQ_GET(args, 0))->kind == EXPR_Starred) {
        if (fe_compile_expr(c, ((Expr *)AST_SEQ_GET(args, 0))->v.starred.value) < 0)
            return -1;
    } else if (fe_compile_expr_starunpack(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                                          1) < 0) {
        return -1;
    }
    if (nkwelts && ex_call_kwargs(c, keywords) < 0)
        return -1;
    return emit_i(c, OP_CALL_FUNCTION_EX, nkwelts > 0);
}

// o.m(...) as LOAD_METHOD + CALL, when the call has no */** and o is not an imported module.
// Returns 1 if done, 0 if not applicable, -1 on error.
static int
maybe_optimize_method_call(Compiler *c, Expr *e)
{
    Expr *meth = e->v.call.func;
    AstSeq *args = e->v.call.args, *kwds = e->v.call.keywords;
    if (meth->kind != EXPR_Attribute || meth->v.attribute.ctx != CTX_LOAD)
        return 0;
    Expr *obj = meth->v.attribute.value;
    if (obj->kind == EXPR_Name && (fe_symtable_flags(c->st->top, obj->v.name.id) & ST_DEF_IMPORT))
        return 0;
    Py_ssize_t argsl = AST_SEQ_LEN(args), kwdsl = AST_SEQ_LEN(kwds);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE)
        return 0;
    for (Py_ssize_t i = 0; i < argsl; i++)
        if (((Expr *)AST_SEQ_GET(args, i))->kind == EXPR_Starred)
            return 0;
    for (Py_ssize_t i = 0; i < kwdsl; i++)
        if (((Keyword *)AST_SEQ_GET(kwds, i))->arg == NULL)
            return 0;
    if (fe_compile_expr(c, obj) < 0)
        return -1;
    set_loc(c, meth->loc);
    fe_compile_expr_attr_location(c, meth);
    if (fe_compile_addop_name(c, OP_LOAD_METHOD, meth->v.attribute.attr) < 0 ||
        fe_compile_exprs(c, args) < 0)
        return -1;
    if (kwdsl && (compile_keyword_values(c, kwds) < 0 || kw_names(c, kwds, kwdsl) < 0))
        return -1;
    set_loc(c, e->loc);
    fe_compile_expr_attr_location(c, meth);
    if (emit_i(c, OP_PRECALL, argsl + kwdsl) < 0 || emit_i(c, OP_CALL, argsl + kwdsl) < 0)
        return -1;
    return 1;
}

int
fe_compile_call(Compiler *c, Expr *e)
{
    if (validate_keywords(c, e->v.call.keywords) < 0)
        return -1;
    int r = maybe_optimize_method_call(c, e);
    if (r != 0)
        return r < 0 ? -1 : 0;
    set_loc(c, e->v.call.func->loc);
    if (emit(c, OP_PUSH_NULL) < 0)
        return -1;
    set_loc(c, e->loc);
    if (fe_compile_expr(c, e->v.call.func) < 0)
        return -1;
    return fe_compile_call_helper(c, 0, e->v.call.args, e->v.call.keywords);
}

// ---- f-strings ----------------------------------------------------------------------------

int
fe_compile_call_joined_str(Compiler *c, Expr *e)
{
    AstSeq *values = e->v.joined_str.values;
    Py_ssize_t n = AST_SEQ_LEN(values);
    if (n > STACK_USE_GUIDELINE) {
        // ''.join([...]) keeps the stack small for long f-strings.
        PyObject *empty = PyUnicode_FromString("");
        if (emit_load_const_steal(c, empty) < 0 ||
            fe_compile_addop_name(c, OP_LOAD_METHOD, fe_compile_id("join")) < 0 ||
            emit_i(c, OP_BUILD_LIST, 0) < 0)
            return -1;
        for (Py_ssize_t i = 0; i < n; i++)
            if (fe_compile_expr(c, AST_SEQ_GET(values, i)) < 0 || emit_i(c, OP_LIST_APPEND, 1) < 0)
                return -1;
        if (emit_i(c, OP_PRECALL, 1) < 0)
            return -1;
        return emit_i(c, OP_CALL, 1);
    }
    if (fe_compile_exprs(c, values) < 0)
        return -1;
    return n != 1 ? emit_i(c, OP_BUILD_STRING, n) : 0;
}

int
fe_compile_call_formatted_value(Compiler *c, Expr *e)
{
    int oparg;
    switch (e->v.formatted_value.conversion) {
    case 's':
        oparg = FVC_STR;
        break;
    case 'r':
        oparg = FVC_REPR;
        break;
    case 'a':
        oparg = FVC_ASCII;
        break;
    case -1:
        oparg = FVC_NONE;
        break;
    default:
        PyErr_Format(PyExc_SystemError, "Unrecognized conversion character %d",
                     e->v.formatted_value.conversion);
        return -1;
    }
    if (fe_compile_expr(c, e->v.formatted_value.value) < 0)
        return -1;
    if (e->v.formatted_value.format_spec != NULL) {
        if (fe_compile_expr(c, e->v.formatted_value.format_spec) < 0)
            return -1;
        oparg |= FVS_HAVE_SPEC;
    }
    return emit_i(c, OP_FORMAT_VALUE, oparg);
}

// ---- comprehensions ---------------------------------------------------------------------

static int comprehension_generator(Compiler *c, AstSeq *gens, Py_ssize_t gen_index, int depth,
                                   Expr *elt, Expr *val, int type);

// The innermost step: yield the element, or add it to the collection `depth + 1` deep.
static int
comprehension_element(Compiler *c, Expr *elt, Expr *val, int type, int depth)
{
    if (fe_compile_expr(c, elt) < 0)
        return -1;
    switch (type) {
    case COMP_GENEXP:
        if (c->u->ste->generator && c->u->ste->coroutine && emit(c, OP_ASYNC_GEN_WRAP) < 0)
            return -1;
        if (emit(c, OP_YIELD_VALUE) < 0 || emit_i(c, OP_RESUME, 1) < 0)
            return -1;
        return emit(c, OP_POP_TOP);
    case COMP_LISTCOMP:
        return emit_i(c, OP_LIST_APPEND, depth + 1);
    case COMP_SETCOMP:
        return emit_i(c, OP_SET_ADD, depth + 1);
    default: // with '{k: v}', k is evaluated before v
        if (fe_compile_expr(c, val) < 0)
            return -1;
        return emit_i(c, OP_MAP_ADD, depth + 1);
    }
}

static int
comprehension_ifs(Compiler *c, Comprehension *gen, BasicBlock *if_cleanup)
{
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(gen->ifs); i++)
        if (fe_compile_expr_jump_if(c, AST_SEQ_GET(gen->ifs, i), if_cleanup, 0) < 0)
            return -1;
    return 0;
}

static int
sync_comprehension_generator(Compiler *c, AstSeq *gens, Py_ssize_t gen_index, int depth, Expr *elt,
                             Expr *val, int type)
{
    BasicBlock *start = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    if (start == NULL || if_cleanup == NULL || anchor == NULL)
        return -1;
    Comprehension *gen = AST_SEQ_GET(gens, gen_index);
    if (gen_index == 0) {
        // The outermost iterator is the implicit argument .0.
        c->u->argcount = 1;
        if (emit_i(c, OP_LOAD_FAST, 0) < 0)
            return -1;
    } else {
        // `for y in [f(x)]` binds y without iterating.
        AstSeq *elts = (gen->iter->kind == EXPR_List || gen->iter->kind == EXPR_Tuple)
                           ? gen->iter->v.sequence.elts
                           : NULL;
        if (AST_SEQ_LEN(elts) == 1 && ((Expr *)AST_SEQ_GET(elts, 0))->kind != EXPR_Starred) {
            if (fe_compile_expr(c, AST_SEQ_GET(elts, 0)) < 0)
                return -1;
            start = NULL;
        } else if (fe_compile_expr(c, gen->iter) < 0 || emit(c, OP_GET_ITER) < 0) {
            return -1;
        }
    }
    if (start != NULL) {
        depth++;
        use_next_block(c, start);
        if (emit_j(c, OP_FOR_ITER, anchor) < 0)
            return -1;
    }
    if (fe_compile_expr(c, gen->target) < 0 || comprehension_ifs(c, gen, if_cleanup) < 0)
        return -1;
    if (++gen_index < AST_SEQ_LEN(gens)) {
        if (comprehension_generator(c, gens, gen_index, depth, elt, val, type) < 0)
            return -1;
    } else if (comprehension_element(c, elt, val, type, depth) < 0) {
        return -1;
    }
    use_next_block(c, if_cleanup);
    if (start != NULL) {
        if (emit_j(c, PSEUDO_JUMP, start) < 0)
            return -1;
        use_next_block(c, anchor);
    }
    return 0;
}

static int
async_comprehension_generator(Compiler *c, AstSeq *gens, Py_ssize_t gen_index, int depth, Expr *elt,
                              Expr *val, int type)
{
    BasicBlock *start = new_block(c), *except = new_block(c), *if_cleanup = new_block(c);
    if (start == NULL || except == NULL || if_cleanup == NULL)
        return -1;
    Comprehension *gen = AST_SEQ_GET(gens, gen_index);
    if (gen_index == 0) {
        c->u->argcount = 1;
        if (emit_i(c, OP_LOAD_FAST, 0) < 0)
            return -1;
    } else if (fe_compile_expr(c, gen->iter) < 0 || emit(c, OP_GET_AITER) < 0) {
        return -1;
    }
    use_next_block(c, start);
    if (fe_compile_push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, NULL, NULL) < 0 ||
        emit_j(c, PSEUDO_SETUP_FINALLY, except) < 0 || emit(c, OP_GET_ANEXT) < 0 ||
        emit_load_const(c, Py_None) < 0 || fe_compile_stmt_add_yield_from(c, 1) < 0 ||
        emit(c, PSEUDO_POP_BLOCK) < 0 || fe_compile_expr(c, gen->target) < 0 ||
        comprehension_ifs(c, gen, if_cleanup) < 0)
        return -1;
    depth++;
    if (++gen_index < AST_SEQ_LEN(gens)) {
        if (comprehension_generator(c, gens, gen_index, depth, elt, val, type) < 0)
            return -1;
    } else if (comprehension_element(c, elt, val, type, depth) < 0) {
        return -1;
    }
    use_next_block(c, if_cleanup);
    if (emit_j(c, PSEUDO_JUMP, start) < 0)
        return -1;
    fe_compile_pop_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start);
    use_next_block(c, except);
    return emit(c, OP_END_ASYNC_FOR);
}

static int
comprehension_generator(Compiler *c, AstSeq *gens, Py_ssize_t gen_index, int depth, Expr *elt,
                        Expr *val, int type)
{
    Comprehension *gen = AST_SEQ_GET(gens, gen_index);
    if (gen->is_async)
        return async_comprehension_generator(c, gens, gen_index, depth, elt, val, type);
    return sync_comprehension_generator(c, gens, gen_index, depth, elt, val, type);
}

// The code object of a comprehension's nested function.
static PyCodeObject *
comprehension_code(Compiler *c, Expr *e, int type, const char *name, AstSeq *gens, Expr *elt,
                   Expr *val, int *is_async_generator)
{
    UnitScope outer = c->u->scope;
    if (fe_compile_enter_scope(c, fe_compile_id(name), SCOPE_COMPREHENSION, e, e->loc.lineno) < 0)
        return NULL;
    set_loc(c, e->loc);
    PyCodeObject *co = NULL;
    *is_async_generator = c->u->ste->coroutine;
    if (*is_async_generator && type != COMP_GENEXP && outer != SCOPE_ASYNC_FUNCTION &&
        outer != SCOPE_COMPREHENSION) {
        fe_compile_error(c, "asynchronous comprehension outside of an asynchronous function");
        goto done;
    }
    static const int build[] = {[COMP_LISTCOMP] = OP_BUILD_LIST,
                                [COMP_SETCOMP] = OP_BUILD_SET,
                                [COMP_DICTCOMP] = OP_BUILD_MAP};
    if (type != COMP_GENEXP && emit_i(c, build[type], 0) < 0)
        goto done;
    if (comprehension_generator(c, gens, 0, 0, elt, val, type) < 0)
        goto done;
    if (type != COMP_GENEXP && emit(c, OP_RETURN_VALUE) < 0)
        goto done;
    co = fe_assemble(c, 1);
done:
    fe_compile_exit_scope(c);
    return co;
}

int
fe_compile_call_comprehension(Compiler *c, Expr *e)
{
    int type, is_async_generator;
    const char *name;
    AstSeq *gens;
    Expr *elt, *val = NULL;
    switch (e->kind) {
    case EXPR_GeneratorExp:
        type = COMP_GENEXP, name = "<genexpr>";
        break;
    case EXPR_ListComp:
        type = COMP_LISTCOMP, name = "<listcomp>";
        break;
    case EXPR_SetComp:
        type = COMP_SETCOMP, name = "<setcomp>";
        break;
    default:
        type = COMP_DICTCOMP, name = "<dictcomp>";
        break;
    }
    if (type == COMP_DICTCOMP) {
        gens = e->v.dict_comp.generators;
        elt = e->v.dict_comp.key;
        val = e->v.dict_comp.value;
    } else {
        gens = e->v.comp.generators;
        elt = e->v.comp.elt;
    }
    Comprehension *outermost = AST_SEQ_GET(gens, 0);
    PyCodeObject *co = comprehension_code(c, e, type, name, gens, elt, val, &is_async_generator);
    if (co == NULL)
        return -1;
    int r = fe_compile_def_make_closure(c, co, 0);
    Py_DECREF(co);
    if (r < 0 || fe_compile_expr(c, outermost->iter) < 0 ||
        emit(c, outermost->is_async ? OP_GET_AITER : OP_GET_ITER) < 0 ||
        emit_i(c, OP_PRECALL, 0) < 0 || emit_i(c, OP_CALL, 0) < 0)
        return -1;
    if (is_async_generator && type != COMP_GENEXP &&
        (emit_i(c, OP_GET_AWAITABLE, 0) < 0 || emit_load_const(c, Py_None) < 0 ||
         fe_compile_stmt_add_yield_from(c, 1) < 0))
        return -1;
    return 0;
}
