// ast_dump.c: the syntax tree printed exactly as CPython 3.11's ast.dump prints it (field
// names, optional fields left out when empty, reprs of identifiers and constants), with or
// without the positions (include_attributes=True). The tree itself is ast.h; parsing parse.c.
#include <stdio.h>
#include <string.h>
#include "frontend/parse.h"

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
    int positions;
    int first; // no field written yet in the current node
    int depth; // node nesting, bounded as CPython's ast construction is
} Writer;

// CPython turns the tree into Python objects with a recursion limit (3 x 1000); deeper trees
// raise RecursionError there, and here too, which also bounds this file's C recursion.
#define DUMP_MAX_DEPTH 2990

static int
enter_node(Writer *w)
{
    if (w->failed)
        return -1;
    if (++w->depth > DUMP_MAX_DEPTH) {
        w->failed = 1;
        PyErr_SetString(PyExc_RecursionError,
                        "maximum recursion depth exceeded during ast construction");
        return -1;
    }
    return 0;
}

static void
put(Writer *w, const char *s, size_t n)
{
    if (w->failed)
        return;
    if (w->len + n + 1 > w->cap) {
        size_t cap = w->cap == 0 ? 1024 : w->cap;
        while (w->len + n + 1 > cap)
            cap *= 2;
        char *nb = PyMem_Realloc(w->buf, cap);
        if (nb == NULL) {
            w->failed = 1;
            PyErr_NoMemory();
            return;
        }
        w->buf = nb;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void
puts_(Writer *w, const char *s)
{
    put(w, s, strlen(s));
}

static void
put_int(Writer *w, long v)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%ld", v);
    put(w, tmp, (size_t)n);
}

static void
put_repr(Writer *w, PyObject *o)
{
    if (w->failed)
        return;
    PyObject *r = PyObject_Repr(o);
    Py_ssize_t n;
    const char *s = r != NULL ? PyUnicode_AsUTF8AndSize(r, &n) : NULL;
    if (s == NULL) {
        w->failed = 1;
        Py_XDECREF(r);
        return;
    }
    put(w, s, (size_t)n);
    Py_DECREF(r);
}

// ---- node framing -----------------------------------------------------------------------------

static void
begin(Writer *w, const char *name)
{
    puts_(w, name);
    puts_(w, "(");
    w->first = 1;
}

static void
key(Writer *w, const char *name)
{
    if (!w->first)
        puts_(w, ", ");
    w->first = 0;
    puts_(w, name);
    puts_(w, "=");
}

static void
end(Writer *w, const Loc *loc)
{
    if (w->positions && loc != NULL) {
        const char *names[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
        int values[] = {loc->lineno, loc->col_offset, loc->end_lineno, loc->end_col_offset};
        for (int i = 0; i < 4; i++) {
            key(w, names[i]);
            put_int(w, values[i]);
        }
    }
    puts_(w, ")");
    w->first = 0;
}

// ---- fields -----------------------------------------------------------------------------------

static void dump_expr(Writer *w, Expr *e);
static void dump_stmt(Writer *w, Stmt *s);
static void dump_pattern(Writer *w, Pattern *pt);

typedef void (*ItemDumper)(Writer *, void *);

static void
seq(Writer *w, const char *name, AstSeq *items, ItemDumper f)
{
    key(w, name);
    puts_(w, "[");
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(items); i++) {
        if (i > 0)
            puts_(w, ", ");
        if (items->items[i] == NULL)
            puts_(w, "None");
        else
            f(w, items->items[i]);
    }
    puts_(w, "]");
}

static void
item_expr(Writer *w, void *x)
{
    dump_expr(w, x);
}

static void
item_stmt(Writer *w, void *x)
{
    dump_stmt(w, x);
}

static void
item_pattern(Writer *w, void *x)
{
    dump_pattern(w, x);
}

static void
item_repr(Writer *w, void *x)
{
    put_repr(w, x);
}

static void
field_expr(Writer *w, const char *name, Expr *e)
{
    key(w, name);
    dump_expr(w, e);
}

// An optional field: left out when absent, as ast.dump does for None.
static void
opt_expr(Writer *w, const char *name, Expr *e)
{
    if (e != NULL)
        field_expr(w, name, e);
}

static void
field_repr(Writer *w, const char *name, PyObject *o)
{
    key(w, name);
    put_repr(w, o);
}

static void
opt_repr(Writer *w, const char *name, PyObject *o)
{
    if (o != NULL)
        field_repr(w, name, o);
}

static void
field_int(Writer *w, const char *name, long v)
{
    key(w, name);
    put_int(w, v);
}

static void
field_word(Writer *w, const char *name, const char *node)
{
    key(w, name);
    puts_(w, node);
    puts_(w, "()");
}

static const char *const ctx_names[] = {"Load", "Store", "Del"};
static const char *const binop_names[] = {"Add",   "BitAnd", "FloorDiv", "LShift", "MatMult",
                                          "Mult",  "Mod",    "BitOr",    "Pow",    "RShift",
                                          "Sub",   "Div",    "BitXor"};
static const char *const unop_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                        "GtE", "Is", "IsNot", "In", "NotIn"};

// ---- small product types ---------------------------------------------------------------------

static void
item_arg(Writer *w, void *x)
{
    Arg *a = x;
    begin(w, "arg");
    field_repr(w, "arg", a->arg);
    opt_expr(w, "annotation", a->annotation);
    end(w, &a->loc);
}

static void
item_keyword(Writer *w, void *x)
{
    Keyword *k = x;
    begin(w, "keyword");
    opt_repr(w, "arg", k->arg);
    field_expr(w, "value", k->value);
    end(w, &k->loc);
}

static void
item_alias(Writer *w, void *x)
{
    Alias *a = x;
    begin(w, "alias");
    field_repr(w, "name", a->name);
    opt_repr(w, "asname", a->asname);
    end(w, &a->loc);
}

static void
item_withitem(Writer *w, void *x)
{
    WithItem *item = x;
    begin(w, "withitem");
    field_expr(w, "context_expr", item->context_expr);
    opt_expr(w, "optional_vars", item->optional_vars);
    end(w, NULL);
}

static void
item_comprehension(Writer *w, void *x)
{
    Comprehension *c = x;
    begin(w, "comprehension");
    field_expr(w, "target", c->target);
    field_expr(w, "iter", c->iter);
    seq(w, "ifs", c->ifs, item_expr);
    field_int(w, "is_async", c->is_async);
    end(w, NULL);
}

static void
item_handler(Writer *w, void *x)
{
    ExceptHandler *h = x;
    begin(w, "ExceptHandler");
    opt_expr(w, "type", h->type);
    opt_repr(w, "name", h->name);
    seq(w, "body", h->body, item_stmt);
    end(w, &h->loc);
}

static void
item_case(Writer *w, void *x)
{
    MatchCase *c = x;
    begin(w, "match_case");
    key(w, "pattern");
    dump_pattern(w, c->pattern);
    opt_expr(w, "guard", c->guard);
    seq(w, "body", c->body, item_stmt);
    end(w, NULL);
}

static void
field_arguments(Writer *w, const char *name, Arguments *a)
{
    key(w, name);
    begin(w, "arguments");
    seq(w, "posonlyargs", a->posonlyargs, item_arg);
    seq(w, "args", a->args, item_arg);
    if (a->vararg != NULL) {
        key(w, "vararg");
        item_arg(w, a->vararg);
    }
    seq(w, "kwonlyargs", a->kwonlyargs, item_arg);
    seq(w, "kw_defaults", a->kw_defaults, item_expr);
    if (a->kwarg != NULL) {
        key(w, "kwarg");
        item_arg(w, a->kwarg);
    }
    seq(w, "defaults", a->defaults, item_expr);
    end(w, NULL);
}

// ---- expressions ----------------------------------------------------------------------------

static void
dump_cmpops(Writer *w, AstSeq *ops)
{
    key(w, "ops");
    puts_(w, "[");
    for (Py_ssize_t i = 0; i < AST_SEQ_LEN(ops); i++) {
        if (i > 0)
            puts_(w, ", ");
        puts_(w, cmp_names[(intptr_t)ops->items[i]]);
        puts_(w, "()");
    }
    puts_(w, "]");
}

// The fields of the expressions that compute (operators, displays, calls, ...).
static void
operation_fields(Writer *w, Expr *e)
{
    switch (e->kind) {
    case EXPR_BoolOp:
        field_word(w, "op", e->v.bool_op.op == BOOL_AND ? "And" : "Or");
        seq(w, "values", e->v.bool_op.values, item_expr);
        break;
    case EXPR_NamedExpr:
        field_expr(w, "target", e->v.named_expr.target);
        field_expr(w, "value", e->v.named_expr.value);
        break;
    case EXPR_BinOp:
        field_expr(w, "left", e->v.bin_op.left);
        field_word(w, "op", binop_names[e->v.bin_op.op]);
        field_expr(w, "right", e->v.bin_op.right);
        break;
    case EXPR_UnaryOp:
        field_word(w, "op", unop_names[e->v.unary_op.op]);
        field_expr(w, "operand", e->v.unary_op.operand);
        break;
    case EXPR_Lambda:
        field_arguments(w, "args", e->v.lambda.args);
        field_expr(w, "body", e->v.lambda.body);
        break;
    case EXPR_IfExp:
        field_expr(w, "test", e->v.if_exp.test);
        field_expr(w, "body", e->v.if_exp.body);
        field_expr(w, "orelse", e->v.if_exp.orelse);
        break;
    case EXPR_Dict:
        seq(w, "keys", e->v.dict.keys, item_expr);
        seq(w, "values", e->v.dict.values, item_expr);
        break;
    case EXPR_Set: seq(w, "elts", e->v.set.elts, item_expr); break;
    case EXPR_ListComp:
    case EXPR_SetComp:
    case EXPR_GeneratorExp:
        field_expr(w, "elt", e->v.comp.elt);
        seq(w, "generators", e->v.comp.generators, item_comprehension);
        break;
    case EXPR_DictComp:
        field_expr(w, "key", e->v.dict_comp.key);
        field_expr(w, "value", e->v.dict_comp.value);
        seq(w, "generators", e->v.dict_comp.generators, item_comprehension);
        break;
    case EXPR_Await: field_expr(w, "value", e->v.await.value); break;
    case EXPR_Yield: opt_expr(w, "value", e->v.yield.value); break;
    case EXPR_YieldFrom: field_expr(w, "value", e->v.yield.value); break;
    case EXPR_Compare:
        field_expr(w, "left", e->v.compare.left);
        dump_cmpops(w, e->v.compare.ops);
        seq(w, "comparators", e->v.compare.comparators, item_expr);
        break;
    case EXPR_Call:
        field_expr(w, "func", e->v.call.func);
        seq(w, "args", e->v.call.args, item_expr);
        seq(w, "keywords", e->v.call.keywords, item_keyword);
        break;
    default: break;
    }
}

// The fields of literals, names, attribute and item access.
static void
access_fields(Writer *w, Expr *e)
{
    switch (e->kind) {
    case EXPR_FormattedValue:
        field_expr(w, "value", e->v.formatted_value.value);
        field_int(w, "conversion", e->v.formatted_value.conversion);
        opt_expr(w, "format_spec", e->v.formatted_value.format_spec);
        break;
    case EXPR_JoinedStr: seq(w, "values", e->v.joined_str.values, item_expr); break;
    case EXPR_Constant:
        field_repr(w, "value", e->v.constant.value);
        opt_repr(w, "kind", e->v.constant.kind);
        break;
    case EXPR_Attribute:
        field_expr(w, "value", e->v.attribute.value);
        field_repr(w, "attr", e->v.attribute.attr);
        field_word(w, "ctx", ctx_names[e->v.attribute.ctx]);
        break;
    case EXPR_Subscript:
        field_expr(w, "value", e->v.subscript.value);
        field_expr(w, "slice", e->v.subscript.slice);
        field_word(w, "ctx", ctx_names[e->v.subscript.ctx]);
        break;
    case EXPR_Starred:
        field_expr(w, "value", e->v.starred.value);
        field_word(w, "ctx", ctx_names[e->v.starred.ctx]);
        break;
    case EXPR_Name:
        field_repr(w, "id", e->v.name.id);
        field_word(w, "ctx", ctx_names[e->v.name.ctx]);
        break;
    case EXPR_List:
    case EXPR_Tuple:
        seq(w, "elts", e->v.sequence.elts, item_expr);
        field_word(w, "ctx", ctx_names[e->v.sequence.ctx]);
        break;
    case EXPR_Slice:
        opt_expr(w, "lower", e->v.slice.lower);
        opt_expr(w, "upper", e->v.slice.upper);
        opt_expr(w, "step", e->v.slice.step);
        break;
    default: break;
    }
}

static void
dump_expr(Writer *w, Expr *e)
{
    if (enter_node(w) < 0)
        return;
    begin(w, fe_expr_kind_name(e->kind));
    // Each writer handles its own kinds and ignores the others.
    operation_fields(w, e);
    access_fields(w, e);
    end(w, &e->loc);
    w->depth--;
}

// ---- statements ------------------------------------------------------------------------------

// The fields of definitions and assignments.
static void
definition_fields(Writer *w, Stmt *s)
{
    switch (s->kind) {
    case STMT_FunctionDef:
    case STMT_AsyncFunctionDef:
        field_repr(w, "name", s->v.function_def.name);
        field_arguments(w, "args", s->v.function_def.args);
        seq(w, "body", s->v.function_def.body, item_stmt);
        seq(w, "decorator_list", s->v.function_def.decorator_list, item_expr);
        opt_expr(w, "returns", s->v.function_def.returns);
        break;
    case STMT_ClassDef:
        field_repr(w, "name", s->v.class_def.name);
        seq(w, "bases", s->v.class_def.bases, item_expr);
        seq(w, "keywords", s->v.class_def.keywords, item_keyword);
        seq(w, "body", s->v.class_def.body, item_stmt);
        seq(w, "decorator_list", s->v.class_def.decorator_list, item_expr);
        break;
    case STMT_Return: opt_expr(w, "value", s->v.return_.value); break;
    case STMT_Delete: seq(w, "targets", s->v.delete_.targets, item_expr); break;
    case STMT_Assign:
        seq(w, "targets", s->v.assign.targets, item_expr);
        field_expr(w, "value", s->v.assign.value);
        break;
    case STMT_AugAssign:
        field_expr(w, "target", s->v.aug_assign.target);
        field_word(w, "op", binop_names[s->v.aug_assign.op]);
        field_expr(w, "value", s->v.aug_assign.value);
        break;
    case STMT_AnnAssign:
        field_expr(w, "target", s->v.ann_assign.target);
        field_expr(w, "annotation", s->v.ann_assign.annotation);
        opt_expr(w, "value", s->v.ann_assign.value);
        field_int(w, "simple", s->v.ann_assign.simple);
        break;
    default: break;
    }
}

// The fields of control flow and the other simple statements.
static void
control_fields(Writer *w, Stmt *s)
{
    switch (s->kind) {
    case STMT_For:
    case STMT_AsyncFor:
        field_expr(w, "target", s->v.for_.target);
        field_expr(w, "iter", s->v.for_.iter);
        seq(w, "body", s->v.for_.body, item_stmt);
        seq(w, "orelse", s->v.for_.orelse, item_stmt);
        break;
    case STMT_While:
        field_expr(w, "test", s->v.while_.test);
        seq(w, "body", s->v.while_.body, item_stmt);
        seq(w, "orelse", s->v.while_.orelse, item_stmt);
        break;
    case STMT_If:
        field_expr(w, "test", s->v.if_.test);
        seq(w, "body", s->v.if_.body, item_stmt);
        seq(w, "orelse", s->v.if_.orelse, item_stmt);
        break;
    case STMT_With:
    case STMT_AsyncWith:
        seq(w, "items", s->v.with.items, item_withitem);
        seq(w, "body", s->v.with.body, item_stmt);
        break;
    case STMT_Match:
        field_expr(w, "subject", s->v.match.subject);
        seq(w, "cases", s->v.match.cases, item_case);
        break;
    case STMT_Raise:
        opt_expr(w, "exc", s->v.raise.exc);
        opt_expr(w, "cause", s->v.raise.cause);
        break;
    case STMT_Try:
    case STMT_TryStar:
        seq(w, "body", s->v.try_.body, item_stmt);
        seq(w, "handlers", s->v.try_.handlers, item_handler);
        seq(w, "orelse", s->v.try_.orelse, item_stmt);
        seq(w, "finalbody", s->v.try_.finalbody, item_stmt);
        break;
    case STMT_Assert:
        field_expr(w, "test", s->v.assert_.test);
        opt_expr(w, "msg", s->v.assert_.msg);
        break;
    case STMT_Import: seq(w, "names", s->v.import.names, item_alias); break;
    case STMT_ImportFrom:
        opt_repr(w, "module", s->v.import_from.module);
        seq(w, "names", s->v.import_from.names, item_alias);
        field_int(w, "level", s->v.import_from.level);
        break;
    case STMT_Global:
    case STMT_Nonlocal: seq(w, "names", s->v.global.names, item_repr); break;
    case STMT_Expr: field_expr(w, "value", s->v.expr.value); break;
    case STMT_Pass:
    case STMT_Break:
    case STMT_Continue: break;
    default: break;
    }
}

static void
dump_stmt(Writer *w, Stmt *s)
{
    if (enter_node(w) < 0)
        return;
    begin(w, fe_stmt_kind_name(s->kind));
    // Each writer handles its own kinds and ignores the others.
    definition_fields(w, s);
    control_fields(w, s);
    end(w, &s->loc);
    w->depth--;
}

// ---- patterns ---------------------------------------------------------------------------------

static void
dump_pattern(Writer *w, Pattern *pt)
{
    if (enter_node(w) < 0)
        return;
    begin(w, fe_pattern_kind_name(pt->kind));
    switch (pt->kind) {
    case PATTERN_MatchValue: field_expr(w, "value", pt->v.value.value); break;
    case PATTERN_MatchSingleton: field_repr(w, "value", pt->v.singleton.value); break;
    case PATTERN_MatchSequence: seq(w, "patterns", pt->v.sequence.patterns, item_pattern); break;
    case PATTERN_MatchMapping:
        seq(w, "keys", pt->v.mapping.keys, item_expr);
        seq(w, "patterns", pt->v.mapping.patterns, item_pattern);
        opt_repr(w, "rest", pt->v.mapping.rest);
        break;
    case PATTERN_MatchClass:
        field_expr(w, "cls", pt->v.class_.cls);
        seq(w, "patterns", pt->v.class_.patterns, item_pattern);
        seq(w, "kwd_attrs", pt->v.class_.kwd_attrs, item_repr);
        seq(w, "kwd_patterns", pt->v.class_.kwd_patterns, item_pattern);
        break;
    case PATTERN_MatchStar: opt_repr(w, "name", pt->v.star.name); break;
    case PATTERN_MatchAs:
        if (pt->v.as.pattern != NULL) {
            key(w, "pattern");
            dump_pattern(w, pt->v.as.pattern);
        }
        opt_repr(w, "name", pt->v.as.name);
        break;
    case PATTERN_MatchOr: seq(w, "patterns", pt->v.or_.patterns, item_pattern); break;
    }
    end(w, &pt->loc);
    w->depth--;
}

// ---- modules ------------------------------------------------------------------------------------

static PyObject *
dump(Mod *mod, int positions)
{
    Writer w;
    memset(&w, 0, sizeof w);
    w.positions = positions;
    switch (mod->kind) {
    case MOD_MODULE:
        begin(&w, "Module");
        seq(&w, "body", mod->body, item_stmt);
        seq(&w, "type_ignores", NULL, item_stmt);
        end(&w, NULL);
        break;
    case MOD_INTERACTIVE:
        begin(&w, "Interactive");
        seq(&w, "body", mod->body, item_stmt);
        end(&w, NULL);
        break;
    case MOD_EXPRESSION:
        begin(&w, "Expression");
        field_expr(&w, "body", mod->expr);
        end(&w, NULL);
        break;
    }
    PyObject *r = NULL;
    if (!w.failed)
        r = PyUnicode_DecodeUTF8(w.buf, (Py_ssize_t)w.len, NULL);
    PyMem_Free(w.buf);
    return r;
}

PyObject *
fe_ast_dump(Mod *mod)
{
    return dump(mod, 0);
}

PyObject *
fe_ast_dump_with_positions(Mod *mod)
{
    return dump(mod, 1);
}
