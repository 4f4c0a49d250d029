// compile_match.c: code generation for `match` (PEP 634), as CPython 3.11 does it. Each
// pattern routine consumes the subject on top of the stack and jumps to a "fail_pop" block
// on failure, which pops whatever is still on the stack; captured names are kept on the
// stack (under the items in use) until the whole pattern matched, then stored.
#include "frontend/compile_internal.h"

typedef struct {
    PyObject *stores;      // list of captured names, in stack order
    int allow_irrefutable; // 0: a capture or wildcard here makes later cases unreachable
    BasicBlock **fail_pop; // fail_pop[i] pops i items and falls into fail_pop[i - 1]
    Py_ssize_t fail_pop_size;
    Py_ssize_t on_top; // items above the captures that must be popped on failure
} PatternContext;

static int compile_pattern(Compiler *c, Pattern *p, PatternContext *pc);

static int
is_wildcard(Pattern *p)
{
    return p->kind == PATTERN_MatchAs && p->v.as.name == NULL && p->v.as.pattern == NULL;
}

static int
is_star_wildcard(Pattern *p)
{
    return p->kind == PATTERN_MatchStar && p->v.star.name == NULL;
}

static int
ensure_fail_pop(Compiler *c, PatternContext *pc, Py_ssize_t n)
{
    Py_ssize_t size = n + 1;
    if (size <= pc->fail_pop_size)
        return 0;
    BasicBlock **p = PyMem_Realloc(pc->fail_pop, (size_t)size * sizeof(BasicBlock *));
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    pc->fail_pop = p;
    while (pc->fail_pop_size < size) {
        BasicBlock *b = new_block(c);
        if (b == NULL)
            return -1;
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 0;
}

// Jump with op to the block popping everything on top plus the pending captures.
static int
jump_to_fail_pop(Compiler *c, PatternContext *pc, int op)
{
    Py_ssize_t pops = pc->on_top + PyList_GET_SIZE(pc->stores);
    if (ensure_fail_pop(c, pc, pops) < 0)
        return -1;
    return emit_j(c, op, pc->fail_pop[pops]);
}

static void
free_fail_pop(PatternContext *pc)
{
    PyMem_Free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
}

static int
emit_and_reset_fail_pop(Compiler *c, PatternContext *pc)
{
    if (!pc->fail_pop_size)
        return 0;
    while (--pc->fail_pop_size) {
        use_next_block(c, pc->fail_pop[pc->fail_pop_size]);
        if (emit(c, OP_POP_TOP) < 0) {
            free_fail_pop(pc);
            return -1;
        }
    }
    use_next_block(c, pc->fail_pop[0]);
    free_fail_pop(pc);
    return 0;
}

// Bring TOS down `count` places (3.10's ROT_N with SWAPs).
static int
rotate(Compiler *c, Py_ssize_t count)
{
    while (count > 1)
        if (emit_i(c, OP_SWAP, count--) < 0)
            return -1;
    return 0;
}

static int
store_name(Compiler *c, PyObject *n, PatternContext *pc)
{
    if (n == NULL)
        return emit(c, OP_POP_TOP);
    if (fe_compile_forbidden_name(c, n, CTX_STORE))
        return -1;
    int dup = PySequence_Contains(pc->stores, n);
    if (dup < 0)
        return -1;
    if (dup)
        return fe_compile_error(c, "multiple assignments to name %R in pattern", n);
    // Put the value under the items still in use and the earlier captures.
    if (rotate(c, pc->on_top + PyList_GET_SIZE(pc->stores) + 1) < 0)
        return -1;
    return PyList_Append(pc->stores, n);
}

static int
unpack_helper(Compiler *c, AstSeq *elts)
{
    Py_ssize_t n = AST_SEQ_LEN(elts);
    int seen_star = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (((Pattern *)AST_SEQ_GET(elts, i))->kind != PATTERN_MatchStar)
            continue;
        if (seen_star)
            return fe_compile_error(c, "multiple starred expressions in sequence pattern");
        if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
            return fe_compile_error(c, "too many expressions in star-unpacking sequence pattern");
        if (emit_i(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)) < 0)
            return -1;
        seen_star = 1;
    }
    return seen_star ? 0 : emit_i(c, OP_UNPACK_SEQUENCE, n);
}

// Like compile_pattern, with irrefutable subpatterns allowed.
static int
subpattern(Compiler *c, Pattern *p, PatternContext *pc)
{
    int saved = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    if (compile_pattern(c, p, pc) < 0)
        return -1;
    pc->allow_irrefutable = saved;
    return 0;
}

static int
sequence_unpack(Compiler *c, AstSeq *patterns, PatternContext *pc)
{
    if (unpack_helper(c, patterns) < 0)
        return -1;
    Py_ssize_t size = AST_SEQ_LEN(patterns);
    pc->on_top += size;
    for (Py_ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        if (subpattern(c, AST_SEQ_GET(patterns, i), pc) < 0)
            return -1;
    }
    return 0;
}

// [first, *_, last]: index the subject (non-negatively) instead of unpacking it.
static int
sequence_subscr(Compiler *c, AstSeq *patterns, Py_ssize_t star, PatternContext *pc)
{
    pc->on_top++;
    Py_ssize_t size = AST_SEQ_LEN(patterns);
    for (Py_ssize_t i = 0; i < size; i++) {
        Pattern *p = AST_SEQ_GET(patterns, i);
        if (is_wildcard(p) || i == star)
            continue;
        if (emit_i(c, OP_COPY, 1) < 0)
            return -1;
        if (i < star) {
            if (emit_load_const_steal(c, PyLong_FromSsize_t(i)) < 0)
                return -1;
        } else if (emit(c, OP_GET_LEN) < 0 ||
                   emit_load_const_steal(c, PyLong_FromSsize_t(size - i)) < 0 ||
                   emit_i(c, OP_BINARY_OP, NB_SUBTRACT) < 0) {
            return -1;
        }
        if (emit(c, OP_BINARY_SUBSCR) < 0 || subpattern(c, p, pc) < 0)
            return -1;
    }
    pc->on_top--;
    return emit(c, OP_POP_TOP);
}

static int
pattern_as(Compiler *c, Pattern *p, PatternContext *pc)
{
    if (p->v.as.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->v.as.name != NULL)
                return fe_compile_error(c, "name capture %R makes remaining patterns unreachable",
                                        p->v.as.name);
            return fe_compile_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.as.name, pc);
    }
    pc->on_top++;
    if (emit_i(c, OP_COPY, 1) < 0 || compile_pattern(c, p->v.as.pattern, pc) < 0)
        return -1;
    pc->on_top--;
    return store_name(c, p->v.as.name, pc);
}

static int
validate_kwd_attrs(Compiler *c, AstSeq *attrs, AstSeq *patterns)
{
    Py_ssize_t n = AST_SEQ_LEN(attrs);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *attr = AST_SEQ_GET(attrs, i);
        set_loc(c, ((Pattern *)AST_SEQ_GET(patterns, i))->loc);
        if (fe_compile_forbidden_name(c, attr, CTX_STORE))
            return -1;
        for (Py_ssize_t j = i + 1; j < n; j++) {
            if (rt_str_equal(attr, AST_SEQ_GET(attrs, j))) {
                set_loc(c, ((Pattern *)AST_SEQ_GET(patterns, j))->loc);
                return fe_compile_error(c, "attribute name repeated in class pattern: %U", attr);
            }
        }
    }
    return 0;
}

static int
pattern_class(Compiler *c, Pattern *p, PatternContext *pc)
{
    AstSeq *patterns = p->v.class_.patterns, *kwd_attrs = p->v.class_.kwd_attrs,
           *kwd_patterns = p->v.class_.kwd_patterns;
    Py_ssize_t nargs = AST_SEQ_LEN(patterns), nattrs = AST_SEQ_LEN(kwd_attrs);
    if (nattrs != AST_SEQ_LEN(kwd_patterns))
        return fe_compile_error(c,
                                "kwd_attrs (%zd) / kwd_patterns (%zd) length mismatch in class "
                                "pattern",
                                nattrs, AST_SEQ_LEN(kwd_patterns));
    if (nattrs) {
        if (validate_kwd_attrs(c, kwd_attrs, kwd_patterns) < 0)
            return -1;
        set_loc(c, p->loc);
    }
    if (fe_compile_expr(c, p->v.class_.cls) < 0)
        return -1;
    PyObject *names = PyTuple_New(nattrs);
    if (names == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < nattrs; i++)
        PyTuple_SET_ITEM(names, i, Py_NewRef(AST_SEQ_GET(kwd_attrs, i)));
    if (emit_load_const_steal(c, names) < 0 || emit_i(c, OP_MATCH_CLASS, nargs) < 0 ||
        emit_i(c, OP_COPY, 1) < 0 || emit_load_const(c, Py_None) < 0 || emit_i(c, OP_IS_OP, 1) < 0)
        return -1;
    // TOS is a tuple of the nargs + nattrs attributes, or None.
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE) < 0 ||
        emit_i(c, OP_UNPACK_SEQUENCE, nargs + nattrs) < 0)
        return -1;
    pc->on_top += nargs + nattrs - 1;
    for (Py_ssize_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *sub = i < nargs ? AST_SEQ_GET(patterns, i) : AST_SEQ_GET(kwd_patterns, i - nargs);
        if (is_wildcard(sub)) {
            if (emit(c, OP_POP_TOP) < 0)
                return -1;
            continue;
        }
        if (subpattern(c, sub, pc) < 0)
            return -1;
    }
    return 0;
}

// The keys of a mapping pattern: literals (no duplicates) or attribute lookups.
static int
mapping_keys(Compiler *c, AstSeq *keys, AstSeq *patterns)
{
    PyObject *seen = PySet_New(NULL);
    if (seen == NULL)
        return -1;
    int r = 0;
    for (Py_ssize_t i = 0; r == 0 && i < AST_SEQ_LEN(keys); i++) {
        Expr *key = AST_SEQ_GET(keys, i);
        if (key == NULL) {
            set_loc(c, ((Pattern *)AST_SEQ_GET(patterns, i))->loc);
            r = fe_compile_error(c, "can't use NULL keys in MatchMapping "
                                    "(set 'rest' parameter instead)");
        } else if (key->kind == EXPR_Constant) {
            int in = PySet_Contains(seen, key->v.constant.value);
            if (in < 0)
                r = -1;
            else if (in)
                r = fe_compile_error(c, "mapping pattern checks duplicate key (%R)",
                                     key->v.constant.value);
            else
                r = PySet_Add(seen, key->v.constant.value);
        } else if (key->kind != EXPR_Attribute) {
            r = fe_compile_error(c, "mapping pattern keys may only match literals and attribute "
                                    "lookups");
        }
        if (r == 0)
            r = fe_compile_expr(c, key);
    }
    Py_DECREF(seen);
    return r;
}

// **rest: copy the subject into a dict and delete the matched keys from it.
static int
mapping_rest(Compiler *c, PyObject *rest, Py_ssize_t size, PatternContext *pc)
{
    if (emit_i(c, OP_BUILD_MAP, 0) < 0 || emit_i(c, OP_SWAP, 3) < 0 ||
        emit_i(c, OP_DICT_UPDATE, 2) < 0 || emit_i(c, OP_UNPACK_SEQUENCE, size) < 0)
        return -1;
    while (size) {
        if (emit_i(c, OP_COPY, 1 + size--) < 0 || emit_i(c, OP_SWAP, 2) < 0 ||
            emit(c, OP_DELETE_SUBSCR) < 0)
            return -1;
    }
    return store_name(c, rest, pc);
}

static int
pattern_mapping(Compiler *c, Pattern *p, PatternContext *pc)
{
    AstSeq *keys = p->v.mapping.keys, *patterns = p->v.mapping.patterns;
    Py_ssize_t size = AST_SEQ_LEN(keys);
    if (size != AST_SEQ_LEN(patterns))
        return fe_compile_error(c,
                                "keys (%zd) / patterns (%zd) length mismatch in mapping "
                                "pattern",
                                size, AST_SEQ_LEN(patterns));
    PyObject *rest = p->v.mapping.rest;
    pc->on_top++;
    if (emit(c, OP_MATCH_MAPPING) < 0 || jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (!size && rest == NULL) { // just {}
        pc->on_top--;
        return emit(c, OP_POP_TOP);
    }
    if (size &&
        (emit(c, OP_GET_LEN) < 0 || emit_load_const_steal(c, PyLong_FromSsize_t(size)) < 0 ||
         fe_compile_expr_addcompare(c, CMP_GTE) < 0 ||
         jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE) < 0))
        return -1;
    if (mapping_keys(c, keys, patterns) < 0)
        return -1;
    if (emit_i(c, OP_BUILD_TUPLE, size) < 0 || emit(c, OP_MATCH_KEYS) < 0)
        return -1;
    // The tuple of keys and the tuple of values (or None) are on top of the subject.
    pc->on_top += 2;
    if (emit_i(c, OP_COPY, 1) < 0 || emit_load_const(c, Py_None) < 0 ||
        emit_i(c, OP_IS_OP, 1) < 0 || jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE) < 0 ||
        emit_i(c, OP_UNPACK_SEQUENCE, size) < 0)
        return -1;
    pc->on_top += size - 1;
    for (Py_ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        if (subpattern(c, AST_SEQ_GET(patterns, i), pc) < 0)
            return -1;
    }
    pc->on_top -= 2;
    if (rest != NULL)
        return mapping_rest(c, rest, size, pc);
    if (emit(c, OP_POP_TOP) < 0) // the keys
        return -1;
    return emit(c, OP_POP_TOP); // the subject
}

// Reorder the names captured by an alternative to the order of the first one (`control`).
static int
or_reorder(Compiler *c, PatternContext *pc, PyObject *control)
{
    Py_ssize_t icontrol = PyList_GET_SIZE(pc->stores);
    while (icontrol--) {
        PyObject *name = PyList_GET_ITEM(control, icontrol);
        Py_ssize_t istores = -1;
        for (Py_ssize_t j = 0; j < PyList_GET_SIZE(pc->stores); j++)
            if (rt_str_equal(PyList_GET_ITEM(pc->stores, j), name))
                istores = j;
        if (istores < 0)
            return 1; // the alternatives bind different names
        if (icontrol == istores)
            continue;
        // stores[:rotations] moves to icontrol - istores, and the stack likewise.
        Py_ssize_t rotations = istores + 1;
        PyObject *rotated = PyList_GetSlice(pc->stores, 0, rotations);
        if (rotated == NULL || PyList_SetSlice(pc->stores, 0, rotations, NULL) < 0 ||
            PyList_SetSlice(pc->stores, icontrol - istores, icontrol - istores, rotated) < 0) {
            Py_XDECREF(rotated);
            return -1;
        }
        Py_DECREF(rotated);
        while (rotations--)
            if (rotate(c, icontrol + 1) < 0)
                return -1;
    }
    return 0;
}

static int
pattern_or_alternatives(Compiler *c, Pattern *p, PatternContext *pc, BasicBlock *end,
                        PyObject **control, int allow_irrefutable)
{
    Py_ssize_t size = AST_SEQ_LEN(p->v.or_.patterns);
    for (Py_ssize_t i = 0; i < size; i++) {
        Pattern *alt = AST_SEQ_GET(p->v.or_.patterns, i);
        set_loc(c, alt->loc);
        PyObject *stores = PyList_New(0);
        if (stores == NULL)
            return -1;
        Py_SETREF(pc->stores, stores);
        // An irrefutable alternative must be the last one, if it is allowed at all.
        pc->allow_irrefutable = i == size - 1 && allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (emit_i(c, OP_COPY, 1) < 0 || compile_pattern(c, alt, pc) < 0)
            return -1;
        Py_ssize_t nstores = PyList_GET_SIZE(pc->stores);
        if (i == 0) {
            *control = Py_NewRef(pc->stores);
        } else if (nstores != PyList_GET_SIZE(*control)) {
            return fe_compile_error(c, "alternative patterns bind different names");
        } else if (nstores) {
            int r = or_reorder(c, pc, *control);
            if (r < 0)
                return -1;
            if (r > 0)
                return fe_compile_error(c, "alternative patterns bind different names");
        }
        if (emit_j(c, PSEUDO_JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0)
            return -1;
    }
    return 0;
}

static int
pattern_or(Compiler *c, Pattern *p, PatternContext *pc)
{
    BasicBlock *end = new_block(c);
    if (end == NULL)
        return -1;
    PatternContext old = *pc;
    Py_INCREF(pc->stores); // the alternatives replace pc->stores; `old` keeps this reference
    PyObject *control = NULL;
    int r = pattern_or_alternatives(c, p, pc, end, &control, old.allow_irrefutable);
    PyMem_Free(pc->fail_pop);
    Py_XDECREF(pc->stores);
    *pc = old;
    if (r < 0) {
        Py_XDECREF(control);
        return -1;
    }
    // No alternative matched: pop the remaining copy of the subject and fail.
    r = emit(c, OP_POP_TOP) < 0 || jump_to_fail_pop(c, pc, PSEUDO_JUMP) < 0 ? -1 : 0;
    if (r == 0) {
        use_next_block(c, end);
        // Rotate each new capture under the earlier ones, the subject copy and the items on top.
        Py_ssize_t nstores = PyList_GET_SIZE(control);
        Py_ssize_t nrots = nstores + 1 + pc->on_top + PyList_GET_SIZE(pc->stores);
        for (Py_ssize_t i = 0; r == 0 && i < nstores; i++) {
            PyObject *name = PyList_GET_ITEM(control, i);
            int dup = rotate(c, nrots) < 0 ? -1 : PySequence_Contains(pc->stores, name);
            if (dup < 0)
                r = -1;
            else if (dup)
                r = fe_compile_error(c, "multiple assignments to name %R in pattern", name);
            else
                r = PyList_Append(pc->stores, name);
        }
    }
    Py_XDECREF(control);
    if (r < 0)
        return -1;
    return emit(c, OP_POP_TOP); // the copy of the subject
}

static int
pattern_sequence(Compiler *c, Pattern *p, PatternContext *pc)
{
    AstSeq *patterns = p->v.sequence.patterns;
    Py_ssize_t size = AST_SEQ_LEN(patterns), star = -1;
    int only_wildcard = 1, star_wildcard = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        Pattern *sub = AST_SEQ_GET(patterns, i);
        if (sub->kind == PATTERN_MatchStar) {
            if (star >= 0)
                return fe_compile_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(sub);
    }
    pc->on_top++;
    if (emit(c, OP_MATCH_SEQUENCE) < 0 || jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (star < 0 || size > 1) {
        // len(subject) == size, or >= size - 1 with a star.
        if (emit(c, OP_GET_LEN) < 0 ||
            emit_load_const_steal(c, PyLong_FromSsize_t(star < 0 ? size : size - 1)) < 0 ||
            fe_compile_expr_addcompare(c, star < 0 ? CMP_EQ : CMP_GTE) < 0 ||
            jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE) < 0)
            return -1;
    }
    pc->on_top--;
    if (only_wildcard)
        return emit(c, OP_POP_TOP);
    if (star_wildcard)
        return sequence_subscr(c, patterns, star, pc);
    return sequence_unpack(c, patterns, pc);
}

static int
compile_pattern(Compiler *c, Pattern *p, PatternContext *pc)
{
    set_loc(c, p->loc);
    switch (p->kind) {
    case PATTERN_MatchValue: {
        Expr *value = p->v.value.value;
        if (value->kind != EXPR_Constant && value->kind != EXPR_Attribute)
            return fe_compile_error(c, "patterns may only match literals and attribute lookups");
        if (fe_compile_expr(c, value) < 0 || fe_compile_expr_addcompare(c, CMP_EQ) < 0)
            return -1;
        return jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    }
    case PATTERN_MatchSingleton:
        if (emit_load_const(c, p->v.singleton.value) < 0 ||
            fe_compile_expr_addcompare(c, CMP_IS) < 0)
            return -1;
        return jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    case PATTERN_MatchSequence:
        return pattern_sequence(c, p, pc);
    case PATTERN_MatchMapping:
        return pattern_mapping(c, p, pc);
    case PATTERN_MatchClass:
        return pattern_class(c, p, pc);
    case PATTERN_MatchStar:
        return store_name(c, p->v.star.name, pc);
    case PATTERN_MatchAs:
        return pattern_as(c, p, pc);
    case PATTERN_MatchOr:
        return pattern_or(c, p, pc);
    }
    return fe_compile_error(c, "invalid match pattern node in AST (kind=%d)", (int)p->kind);
}

// One case (not a trailing `case _`): match, store the captures, test the guard, run the body.
static int
match_case(Compiler *c, MatchCase *m, PatternContext *pc, int last, int copy_subject,
           BasicBlock *end)
{
    set_loc(c, m->pattern->loc);
    if (copy_subject && emit_i(c, OP_COPY, 1) < 0)
        return -1;
    pc->stores = PyList_New(0);
    if (pc->stores == NULL)
        return -1;
    // Irrefutable cases must be either guarded, last, or both.
    pc->allow_irrefutable = m->guard != NULL || last;
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    pc->on_top = 0;
    int r = compile_pattern(c, m->pattern, pc);
    for (Py_ssize_t n = 0; r == 0 && n < PyList_GET_SIZE(pc->stores); n++)
        r = fe_compile_nameop(c, PyList_GET_ITEM(pc->stores, n), CTX_STORE);
    Py_CLEAR(pc->stores);
    if (r < 0)
        return -1;
    if (m->guard != NULL && (ensure_fail_pop(c, pc, 0) < 0 ||
                             fe_compile_expr_jump_if(c, m->guard, pc->fail_pop[0], 0) < 0))
        return -1;
    if (copy_subject && emit(c, OP_POP_TOP) < 0) // the subject
        return -1;
    if (fe_compile_stmts(c, m->body) < 0)
        return -1;
    c->u->loc = NO_LOCATION;
    if (emit_j(c, PSEUDO_JUMP, end) < 0)
        return -1;
    // A failed match's cleanup belongs to the pattern's line, not the body's last line.
    set_loc(c, m->pattern->loc);
    return emit_and_reset_fail_pop(c, pc);
}

static int
match_inner(Compiler *c, Stmt *s, PatternContext *pc)
{
    if (fe_compile_expr(c, s->v.match.subject) < 0)
        return -1;
    BasicBlock *end = new_block(c);
    if (end == NULL)
        return -1;
    Py_ssize_t cases = AST_SEQ_LEN(s->v.match.cases);
    MatchCase *m = AST_SEQ_GET(s->v.match.cases, cases - 1);
    int has_default = is_wildcard(m->pattern) && cases > 1;
    for (Py_ssize_t i = 0; i < cases - has_default; i++) {
        m = AST_SEQ_GET(s->v.match.cases, i);
        // Only copy the subject if we're not on the last case.
        if (match_case(c, m, pc, i == cases - 1, i != cases - has_default - 1, end) < 0)
            return -1;
    }
    if (has_default) {
        // A trailing `case _` needs no subject, and no pattern code.
        m = AST_SEQ_GET(s->v.match.cases, cases - 1);
        set_loc(c, m->pattern->loc);
        if (emit(c, cases == 1 ? OP_POP_TOP : OP_NOP) < 0)
            return -1;
        if (m->guard && fe_compile_expr_jump_if(c, m->guard, end, 0) < 0)
            return -1;
        if (fe_compile_stmts(c, m->body) < 0)
            return -1;
        c->u->loc = NO_LOCATION;
    }
    use_next_block(c, end);
    return 0;
}

int
fe_compile_match(Compiler *c, Stmt *s)
{
    PatternContext pc = {0};
    int r = match_inner(c, s, &pc);
    PyMem_Free(pc.fail_pop);
    Py_XDECREF(pc.stores);
    return r;
}
