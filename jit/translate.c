// translate.c: bytecode to LLVM IR. One native function per code object, `i32 f(Frame *,
// i32 index)`, whose entry switch jumps to the instruction the interpreter stopped before
// (after RESUME, or at a loop header: that is on-stack replacement). The value stack stays in
// the frame's memory, at depths known statically, so helpers, exceptions and exits all see
// the interpreter's layout. Simple instructions are native; the rest call helpers; the few
// that only the interpreter runs (returns, raises, generators) exit to it.
#include <stdlib.h>
#include <string.h>
#include "jit/translate.h"
#include "vm/profile.h"

// ---- decoding and stack depths ----------------------------------------------------------

static void
decode(Translator *t)
{
    PyCodeUnit *code = t->co->co_code;
    for (int i = 0; i < t->n; i++)
        t->ins[i] = (Instr){.op = -1, .depth = -1};
    for (int i = 0; i < t->n;) {
        int start = i, arg = 0;
        // The interpreter quickens co_code in place: translate each form's family.
        while (vm_opcode_deopt(rt_code_unit_op(code[i])) == OP_EXTENDED_ARG && i + 1 < t->n)
            arg = (arg << 8) | rt_code_unit_arg(code[i++]);
        int op = vm_opcode_deopt(rt_code_unit_op(code[i]));
        arg = (arg << 8) | rt_code_unit_arg(code[i]);
        t->ins[start] = (Instr){i, op, arg, i + 1 + vm_opcode_caches(op), -1};
        i = t->ins[start].next;
    }
}

// The code unit a jumping instruction goes to, or -1 if it does not jump.
static int
jump_target(const Instr *in)
{
    switch (vm_opcode_operand(in->op)) {
    case OPND_JFWD:
        return in->at + 1 + in->arg;
    case OPND_JBACK:
        return in->at + 1 - in->arg;
    default:
        return -1;
    }
}

// Does control never fall through to the next instruction?
static int
is_terminator(int op)
{
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD ||
           op == OP_JUMP_BACKWARD_NO_INTERRUPT || op == OP_RETURN_VALUE ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

// Record that `to` is reached with `depth`: 0, or -1 if it disagrees with an earlier path.
static int
reach(Translator *t, int *work, int *nwork, int to, int depth)
{
    if (to < 0 || to >= t->n || t->ins[to].op < 0 || depth < 0)
        return -1;
    if (t->ins[to].depth >= 0)
        return t->ins[to].depth == depth ? 0 : -1;
    t->ins[to].depth = depth;
    work[(*nwork)++] = to;
    return 0;
}

// Stack depth before every reachable instruction, from the entry and every exception
// handler: 0, or -1 if the bytecode disagrees with itself.
static int
compute_depths(Translator *t)
{
    int *work = malloc(sizeof(int) * (size_t)t->n), nwork = 0, bad = 0;
    if (work == NULL)
        return -1;
    bad |= reach(t, work, &nwork, 0, 0);
    for (int i = 0; i < t->n; i++) {
        int target, depth, lasti;
        if (t->ins[i].op >= 0 &&
            rt_code_exctable_lookup(t->co, t->ins[i].at, &target, &depth, &lasti) &&
            t->ins[target].depth < 0)
            bad |= reach(t, work, &nwork, target, depth + lasti + 1);
    }
    while (nwork > 0 && !bad) {
        Instr *in = &t->ins[work[--nwork]];
        int target = jump_target(in);
        if (target >= 0)
            bad |= reach(t, work, &nwork, target,
                         in->depth + vm_opcode_stack_effect(in->op, in->arg, 1));
        if (!is_terminator(in->op))
            bad |= reach(t, work, &nwork, in->next,
                         in->depth + vm_opcode_stack_effect(in->op, in->arg, 0));
    }
    free(work);
    return bad ? -1 : 0;
}

// Push a constant object (a new reference).
static void
push_const(Translator *t, const Instr *in, PyObject *o)
{
    LLVMValueRef v = const_ptr(t, o);
    incref(t, v);
    set_slot(t, stack_slot(t, in->depth), v);
    goto_instr(t, in->next);
}

static void
pop_top(Translator *t, const Instr *in)
{
    if (vs_at(t, in->depth - 1)->kind == V_MEM) {
        vs_own_items(t, in->depth - 1); // the release may run any code
        xdecref(t, get_slot(t, stack_slot(t, in->depth - 1)));
    }
    vs_fall_through(t, in, in->depth - 1);
}

// A jump: backward ones serve the eval breaker first, as the interpreter does.
static void
jump(Translator *t, const Instr *in, int target, int check_breaker)
{
    if (check_breaker)
        check_eval_breaker(t, in, in->depth + vm_opcode_stack_effect(in->op, in->arg, 1));
    goto_instr(t, target);
}

// The truth of v as an i1, without consuming it: True and False natively, the rest through
// PyObject_IsTrue, failing with `fail_depth` values on the stack.
static LLVMValueRef
truth(Translator *t, const Instr *in, LLVMValueRef v, int fail_depth, int steal)
{
    LLVMBasicBlockRef done = new_block(t, "truth.done"), slow = new_block(t, "truth.slow");
    LLVMBasicBlockRef fast_true = LLVMGetInsertBlock(t->b);
    LLVMBasicBlockRef not_true = new_block(t, "truth.not_true");
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntEQ, v, const_ptr(t, Py_True), ""), done,
                    not_true);
    enter(t, not_true);
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntEQ, v, const_ptr(t, Py_False), ""), done,
                    slow);
    enter(t, slow);
    set_prev_instr(t, in->at);
    LLVMValueRef r = call(t, JIT_H_is_true, &v, 1);
    if (steal)
        decref(t, v);
    LLVMBasicBlockRef bad = new_block(t, "truth.fail"), ok = new_block(t, "truth.ok");
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntSLT, r, const_i32(t, 0), ""), bad, ok);
    enter(t, bad);
    fail(t, fail_depth);
    enter(t, ok);
    LLVMValueRef slow_truth = LLVMBuildICmp(t->b, LLVMIntNE, r, const_i32(t, 0), "");
    LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(t->b);
    LLVMBuildBr(t->b, done);
    enter(t, done);
    LLVMValueRef phi = LLVMBuildPhi(t->b, LLVMInt1TypeInContext(t->cx), "truth");
    LLVMValueRef values[3] = {LLVMConstInt(LLVMInt1TypeInContext(t->cx), 1, 0),
                              LLVMConstInt(LLVMInt1TypeInContext(t->cx), 0, 0), slow_truth};
    LLVMBasicBlockRef from[3] = {fast_true, not_true, slow_end};
    LLVMAddIncoming(phi, values, from, 3);
    return phi;
}

// POP_JUMP_*_IF_TRUE/FALSE: pop TOS, jump when its truth is `when`.
static void
pop_jump_if(Translator *t, const Instr *in, int when, int backward)
{
    if (jit_translate_branch_on_bool(t, in, when, jump_target(in)))
        return;
    vs_flush(t, in->depth, 1);
    jit_locals_flush(t, in->depth, 1); // __bool__ may look at the frame
    LLVMValueRef v = get_slot(t, stack_slot(t, in->depth - 1));
    LLVMValueRef c = truth(t, in, v, in->depth - 1, 1);
    LLVMBasicBlockRef taken = new_block(t, "taken");
    if (!when)
        c = LLVMBuildNot(t->b, c, "");
    LLVMBuildCondBr(t->b, c, taken, t->block[in->next]);
    enter(t, taken);
    jump(t, in, jump_target(in), backward);
}

// POP_JUMP_*_IF_NONE/NOT_NONE: pop TOS, jump when (TOS is None) is `when`.
static void
pop_jump_if_none(Translator *t, const Instr *in, int when, int backward)
{
    LLVMValueRef v = get_slot(t, stack_slot(t, in->depth - 1));
    LLVMValueRef c = LLVMBuildICmp(t->b, when ? LLVMIntEQ : LLVMIntNE, v, const_ptr(t, Py_None),
                                   "");
    decref(t, v);
    LLVMBasicBlockRef taken = new_block(t, "taken");
    LLVMBuildCondBr(t->b, c, taken, t->block[in->next]);
    enter(t, taken);
    jump(t, in, jump_target(in), backward);
}

// JUMP_IF_*_OR_POP: keep TOS and jump when its truth is `when`, else pop it.
static void
jump_if_or_pop(Translator *t, const Instr *in, int when)
{
    LLVMValueRef v = get_slot(t, stack_slot(t, in->depth - 1));
    LLVMValueRef c = truth(t, in, v, in->depth, 0);
    if (!when)
        c = LLVMBuildNot(t->b, c, "");
    LLVMBasicBlockRef pop = new_block(t, "pop");
    LLVMBuildCondBr(t->b, c, t->block[jump_target(in)], pop);
    enter(t, pop);
    decref(t, v);
    goto_instr(t, in->next);
}

static void
is_op(Translator *t, const Instr *in)
{
    int a_slot = stack_slot(t, in->depth - 2);
    LLVMValueRef a = get_slot(t, a_slot), b = get_slot(t, stack_slot(t, in->depth - 1));
    LLVMValueRef same = LLVMBuildICmp(t->b, in->arg ? LLVMIntNE : LLVMIntEQ, a, b, "");
    decref(t, a);
    decref(t, b);
    set_slot(t, a_slot,
             LLVMBuildSelect(t->b, same, const_ptr(t, Py_True), const_ptr(t, Py_False), ""));
    goto_instr(t, in->next);
}

// FOR_ITER over a range iterator, where feedback saw one: the next value unboxed, natively;
// another iterator deoptimizes. 0 when there is no such feedback (nothing emitted).
static int
for_iter_range(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    if (!jit_site_feedback(t, in, &site) || site.opcode != OP_FOR_ITER_RANGE)
        return 0;
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef it = get_slot(t, stack_slot(t, in->depth - 1));
    LLVMValueRef ob_type = load(t, t->ptr, it, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, &PyRangeIter_Type), ""),
              deopt, "range");
    LLVMValueRef len = load(t, t->i64, it, offsetof(RangeIterObject, len));
    LLVMBasicBlockRef exhausted = new_block(t, "exhausted");
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntSGT, len, const_i64(t, 0), ""), exhausted, "next");
    LLVMValueRef v = load(t, t->i64, it, offsetof(RangeIterObject, start));
    LLVMValueRef step = load(t, t->i64, it, offsetof(RangeIterObject, step));
    store(t, LLVMBuildAdd(t->b, v, step, ""), it, offsetof(RangeIterObject, start));
    store(t, LLVMBuildSub(t->b, len, const_i64(t, 1), ""), it, offsetof(RangeIterObject, len));
    *vs_at(t, in->depth) = (Value){.kind = V_INT, .v = v};
    vs_fall_through(t, in, in->depth + 1);
    enter(t, exhausted);
    decref(t, it);
    goto_instr(t, jump_target(in));
    return 1;
}

static void
for_iter(Translator *t, const Instr *in)
{
    vs_flush(t, in->depth, 1);
    if (for_iter_range(t, in) || jit_translate_for_iter_seq(t, in, jump_target(in)))
        return;
    jit_locals_flush(t, in->depth, 1); // a Python __next__ may look at the frame
    set_prev_instr(t, in->at);
    LLVMValueRef args[3] = {t->frame, stack_pointer(t, in->depth), const_i32(t, 0)};
    LLVMValueRef r = call(t, JIT_H_op_for_iter, args, 3);
    check_helper(t, r);
    *vs_at(t, in->depth) = (Value){.kind = V_MEM};
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntSGT, r, const_i32(t, 0), ""),
                    t->block[in->next], t->block[jump_target(in)]);
}

static void
call_op(Translator *t, const Instr *in)
{
    if (jit_translate_builtin_call(t, in))
        return;
    set_prev_instr(t, in->at);
    LLVMValueRef args[4] = {t->frame, stack_pointer(t, in->depth), const_i32(t, in->arg),
                            const_ptr(t, t->kwnames)};
    // When the interpreter is to make the call, it starts again from KW_NAMES (the keyword
    // names live in an interpreter variable); PRECALL's work is done and harmless to redo.
    const Instr *restart = t->kwnames != NULL ? t->kw_names_in : in;
    t->kwnames = NULL;
    LLVMValueRef r = call(t, JIT_H_op_call, args, 4);
    check_helper(t, r);
    LLVMBasicBlockRef called = new_block(t, "called");
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntSGT, r, const_i32(t, 0), ""), called, "by_interpreter");
    exit_to_interpreter(t, restart);
    enter(t, called);
    check_eval_breaker(t, in, in->depth + vm_opcode_stack_effect(in->op, in->arg, 0));
    goto_instr(t, in->next);
}

static void
call_function_ex(Translator *t, const Instr *in)
{
    set_prev_instr(t, in->at);
    LLVMValueRef args[3] = {t->frame, stack_pointer(t, in->depth), const_i32(t, in->arg)};
    check_helper(t, call(t, JIT_H_op_call_function_ex, args, 3));
    check_eval_breaker(t, in, in->depth + vm_opcode_stack_effect(in->op, in->arg, 0));
    goto_instr(t, in->next);
}

static void
resume(Translator *t, const Instr *in)
{
    if (in->arg < 2)
        check_eval_breaker(t, in, in->depth);
    goto_instr(t, in->next);
}


static void
translate_instr(Translator *t, const Instr *in)
{
    PyObject *const *consts = ((PyTupleObject *)t->co->co_consts)->ob_item;
    switch ((Opcode)in->op) {
    // Native.
    case OP_NOP:
        vs_fall_through(t, in, in->depth);
        return;
    case OP_RESUME:
        resume(t, in);
        return;
    case OP_LOAD_FAST:
        jit_translate_load_fast(t, in);
        return;
    case OP_STORE_FAST:
        jit_translate_store_fast(t, in);
        return;
    case OP_LOAD_CONST:
        jit_translate_load_const(t, in, consts[in->arg]);
        return;
    case OP_LOAD_ASSERTION_ERROR:
        push_const(t, in, PyExc_AssertionError);
        return;
    case OP_POP_TOP:
        pop_top(t, in);
        return;
    case OP_PUSH_NULL:
        set_slot(t, stack_slot(t, in->depth), LLVMConstNull(t->ptr));
        goto_instr(t, in->next);
        return;
    case OP_COPY:
        jit_translate_copy(t, in);
        return;
    case OP_SWAP:
        jit_translate_swap(t, in);
        return;
    case OP_BINARY_SUBSCR:
        jit_translate_binary_subscr(t, in);
        return;
    case OP_STORE_SUBSCR:
        jit_translate_store_subscr(t, in);
        return;
    case OP_UNPACK_SEQUENCE:
        jit_translate_unpack_sequence(t, in);
        return;
    case OP_LOAD_GLOBAL:
        jit_translate_load_global(t, in);
        return;
    case OP_LOAD_ATTR:
        jit_translate_load_attr(t, in);
        return;
    case OP_LOAD_METHOD:
        jit_translate_load_method(t, in);
        return;
    case OP_STORE_ATTR:
        jit_translate_store_attr(t, in);
        return;
    case OP_KW_NAMES:
        t->kwnames = consts[in->arg];
        t->kw_names_in = in;
        goto_instr(t, in->next);
        return;
    case OP_IS_OP:
        is_op(t, in);
        return;
    case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD_NO_INTERRUPT:
        vs_flush(t, in->depth, 1); // its target is a join; unboxed locals carry over
        jump(t, in, jump_target(in), 0);
        return;
    case OP_JUMP_BACKWARD:
        vs_flush(t, in->depth, 1);
        jump(t, in, jump_target(in), 1);
        return;
    case OP_POP_JUMP_FORWARD_IF_FALSE:
        pop_jump_if(t, in, 0, 0);
        return;
    case OP_POP_JUMP_FORWARD_IF_TRUE:
        pop_jump_if(t, in, 1, 0);
        return;
    case OP_POP_JUMP_BACKWARD_IF_FALSE:
        pop_jump_if(t, in, 0, 1);
        return;
    case OP_POP_JUMP_BACKWARD_IF_TRUE:
        pop_jump_if(t, in, 1, 1);
        return;
    case OP_POP_JUMP_FORWARD_IF_NONE:
        pop_jump_if_none(t, in, 1, 0);
        return;
    case OP_POP_JUMP_FORWARD_IF_NOT_NONE:
        pop_jump_if_none(t, in, 0, 0);
        return;
    case OP_POP_JUMP_BACKWARD_IF_NONE:
        pop_jump_if_none(t, in, 1, 1);
        return;
    case OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
        pop_jump_if_none(t, in, 0, 1);
        return;
    case OP_JUMP_IF_FALSE_OR_POP:
        jump_if_or_pop(t, in, 0);
        return;
    case OP_JUMP_IF_TRUE_OR_POP:
        jump_if_or_pop(t, in, 1);
        return;
    case OP_FOR_ITER:
        for_iter(t, in);
        return;
    case OP_CALL:
        if (!jit_translate_call_py(t, in))
            call_op(t, in);
        return;
    case OP_CALL_FUNCTION_EX:
        call_function_ex(t, in);
        return;
    case OP_PRECALL:
        if (!jit_translate_builtin_precall(t, in))
            jit_translate_precall(t, in);
        return;
    case OP_BINARY_OP:
        jit_translate_binary_op(t, in);
        return;
    case OP_COMPARE_OP:
        jit_translate_compare_op(t, in);
        return;

    // Generic bodies: the helpers (helpers.def).
#define HELPED(name, helper)                                                                       \
    case OP_##name:                                                                                \
        op_helper(t, in, JIT_H_##helper);                                                          \
        return;
    case OP_UNARY_NEGATIVE:
        jit_translate_unary_negative(t, in);
        return;
        HELPED(UNARY_POSITIVE, op_unary_positive)
        HELPED(UNARY_INVERT, op_unary_invert)
        HELPED(UNARY_NOT, op_unary_not)
        HELPED(CONTAINS_OP, op_contains_op)
        HELPED(DELETE_SUBSCR, op_delete_subscr)
        HELPED(GET_LEN, op_get_len)
        HELPED(MATCH_SEQUENCE, op_match_sequence)
        HELPED(MATCH_MAPPING, op_match_mapping)
        HELPED(MATCH_KEYS, op_match_keys)
        HELPED(MATCH_CLASS, op_match_class)
        HELPED(STORE_GLOBAL, op_store_global)
        HELPED(DELETE_GLOBAL, op_delete_global)
        HELPED(LOAD_NAME, op_load_name)
        HELPED(STORE_NAME, op_store_name)
        HELPED(DELETE_NAME, op_delete_name)
        HELPED(DELETE_FAST, op_delete_fast)
        HELPED(MAKE_CELL, op_make_cell)
        HELPED(LOAD_CLOSURE, op_load_closure)
        HELPED(LOAD_DEREF, op_load_deref)
        HELPED(STORE_DEREF, op_store_deref)
        HELPED(DELETE_DEREF, op_delete_deref)
        HELPED(LOAD_CLASSDEREF, op_load_classderef)
        HELPED(COPY_FREE_VARS, op_copy_free_vars)
        HELPED(DELETE_ATTR, op_delete_attr)
        HELPED(BUILD_TUPLE, op_build_tuple)
        HELPED(BUILD_LIST, op_build_list)
        HELPED(BUILD_SET, op_build_set)
        HELPED(BUILD_MAP, op_build_map)
        HELPED(BUILD_CONST_KEY_MAP, op_build_const_key_map)
        HELPED(BUILD_SLICE, op_build_slice)
        HELPED(BUILD_STRING, op_build_string)
        HELPED(FORMAT_VALUE, op_format_value)
        HELPED(LIST_APPEND, op_list_append)
        HELPED(SET_ADD, op_set_add)
        HELPED(MAP_ADD, op_map_add)
        HELPED(LIST_EXTEND, op_list_extend)
        HELPED(SET_UPDATE, op_set_update)
        HELPED(DICT_UPDATE, op_dict_update)
        HELPED(DICT_MERGE, op_dict_merge)
        HELPED(LIST_TO_TUPLE, op_list_to_tuple)
        HELPED(UNPACK_EX, op_unpack_ex)
        HELPED(GET_ITER, op_get_iter)
        HELPED(MAKE_FUNCTION, op_make_function)
        HELPED(PUSH_EXC_INFO, op_push_exc_info)
        HELPED(POP_EXCEPT, op_pop_except)
        HELPED(CHECK_EXC_MATCH, op_check_exc_match)
        HELPED(CHECK_EG_MATCH, op_check_eg_match)
        HELPED(PREP_RERAISE_STAR, op_prep_reraise_star)
        HELPED(BEFORE_WITH, op_before_with)
        HELPED(WITH_EXCEPT_START, op_with_except_start)
        HELPED(IMPORT_NAME, op_import_name)
        HELPED(IMPORT_FROM, op_import_from)
        HELPED(IMPORT_STAR, op_import_star)
        HELPED(LOAD_BUILD_CLASS, op_load_build_class)
        HELPED(SETUP_ANNOTATIONS, op_setup_annotations)
        HELPED(PRINT_EXPR, op_print_expr)
#undef HELPED

    // The interpreter's: returning and raising (it owns frame teardown and the traceback
    // rules of bare raises), generators and coroutines (never compiled), and the units that
    // are not instructions.
    case OP_RETURN_VALUE:
    case OP_RAISE_VARARGS:
    case OP_RERAISE:
    case OP_RETURN_GENERATOR:
    case OP_YIELD_VALUE:
    case OP_SEND:
    case OP_GET_YIELD_FROM_ITER:
    case OP_GET_AWAITABLE:
    case OP_GET_AITER:
    case OP_GET_ANEXT:
    case OP_END_ASYNC_FOR:
    case OP_BEFORE_ASYNC_WITH:
    case OP_ASYNC_GEN_WRAP:
    case OP_CACHE:
    case OP_EXTENDED_ARG:
        exit_to_interpreter(t, in);
        return;
    }
    exit_to_interpreter(t, in); // a byte that is no opcode: the interpreter reports it
}

// Does the translation of `op` work on the virtual stack (translate_value.c)? The others
// find their operands in memory, and leave their results there.
static int
is_virtual_aware(int op)
{
    switch (op) {
    case OP_NOP:
    case OP_LOAD_FAST:
    case OP_LOAD_CONST:
    case OP_STORE_FAST:
    case OP_POP_TOP:
    case OP_BINARY_OP:
    case OP_COMPARE_OP:
    case OP_UNARY_NEGATIVE:
    case OP_COPY:
    case OP_SWAP:
    case OP_BINARY_SUBSCR:
    case OP_STORE_SUBSCR:
    case OP_UNPACK_SEQUENCE:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_ATTR:
    case OP_LOAD_METHOD:
    case OP_STORE_ATTR:
    case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD:
    case OP_JUMP_BACKWARD_NO_INTERRUPT:
    case OP_FOR_ITER:
    case OP_POP_JUMP_FORWARD_IF_FALSE:
    case OP_POP_JUMP_FORWARD_IF_TRUE:
    case OP_POP_JUMP_BACKWARD_IF_FALSE:
    case OP_POP_JUMP_BACKWARD_IF_TRUE:
        return 1;
    default:
        return 0;
    }
}

// Mark the instructions entered other than by falling through from the one before: jump
// targets, exception handlers, entry points, and those after a terminator.
static void
find_joins(Translator *t)
{
    int prev_falls = 0;
    for (int i = 0; i < t->n; i++) {
        const Instr *in = &t->ins[i];
        if (in->op < 0)
            continue;
        if (!prev_falls)
            t->joins[i] = 1;
        prev_falls = in->depth >= 0 && !is_terminator(in->op);
        int target = jump_target(in), depth, lasti;
        if (target >= 0 && target < t->n)
            t->joins[target] = 1;
        if (rt_code_exctable_lookup(t->co, in->at, &target, &depth, &lasti))
            t->joins[target] = 1;
        if (in->op == OP_RESUME && in->next < t->n)
            t->joins[in->next] = 1;
    }
}

// The entry switch: the interpreter enters after RESUME 0 or at a loop header.
static void
build_entry(Translator *t, LLVMBasicBlockRef entry)
{
    LLVMBasicBlockRef not_entered = new_block(t, "not_entered");
    enter(t, not_entered);
    LLVMBuildRet(t->b, const_i32(t, VM_JIT_NOT_ENTERED));
    enter(t, entry);
    LLVMValueRef sw = LLVMBuildSwitch(t->b, LLVMGetParam(t->fn, 1), not_entered, 4);
    char *added = calloc((size_t)t->n, 1);
    for (int i = 0; i < t->n; i++) {
        const Instr *in = &t->ins[i];
        if (in->op < 0 || in->depth < 0)
            continue;
        int target = -1;
        if (in->op == OP_RESUME && in->arg == 0)
            target = in->next;
        else if (vm_opcode_operand(in->op) == OPND_JBACK)
            target = jump_target(in);
        if (target >= 0 && target < t->n && t->block[target] != NULL && !added[target]) {
            LLVMAddCase(sw, const_i32(t, target), t->block[target]);
            added[target] = 1;
        }
    }
    free(added);
}

// Build the function: entry switch, one block per reached instruction, the shared failure.
static void
build_function(Translator *t)
{
    LLVMTypeRef params[2] = {t->ptr, t->i32};
    LLVMTypeRef type = LLVMFunctionType(t->i32, params, 2, 0);
    t->fn = LLVMAddFunction(t->mod, t->unit->name, type);
    t->frame = LLVMGetParam(t->fn, 0);
    LLVMBasicBlockRef entry = new_block(t, "entry");
    enter(t, entry);
    jit_locals_init(t);
    t->fail = new_block(t, "fail");
    enter(t, t->fail);
    LLVMBuildRet(t->b, const_i32(t, VM_JIT_ERROR));
    for (int i = 0; i < t->n; i++)
        if (t->ins[i].op >= 0 && t->ins[i].depth >= 0)
            t->block[i] = new_block(t, vm_opcode_name(t->ins[i].op));
    build_entry(t, entry);
    int max_depth = t->co->co_stacksize + 1;
    for (int i = 0; i < t->n; i++) {
        if (t->block[i] == NULL)
            continue;
        enter(t, t->block[i]);
        const Instr *in = &t->ins[i];
        if (t->joins[i]) {
            vs_reset(t, max_depth);
            jit_locals_unknown(t);
        }
        if (!vs_keeps_items(in->op))
            vs_own_items(t, in->depth);
        int aware = is_virtual_aware(in->op) || jit_builtin_call_site(t, in);
        if (!aware) {
            vs_flush(t, in->depth, 1);
            if (in->op == OP_RETURN_VALUE)
                jit_locals_flush_for_return(t, in->depth);
            else
                jit_locals_flush(t, in->depth, 1);
        }
        translate_instr(t, in);
        if (!aware)
            vs_reset(t, max_depth);
    }
}

LLVMModuleRef
jit_translate(JitUnit *unit, LLVMContextRef ctx, JitLeftReason *left)
{
    PyCodeObject *co = unit->co;
    Translator t = {.co = co, .unit = unit, .n = (int)Py_SIZE(co), .cx = ctx};
    t.ins = malloc(sizeof(Instr) * (size_t)t.n);
    t.block = calloc((size_t)t.n, sizeof(LLVMBasicBlockRef));
    t.joins = calloc((size_t)t.n + 1, 1);
    t.vstack = calloc((size_t)co->co_stacksize + 1, sizeof(Value));
    t.speculate = jit_may_speculate(co, -1);
    if (t.ins == NULL || t.block == NULL || t.joins == NULL || t.vstack == NULL)
        goto refuse;
    decode(&t);
    if (compute_depths(&t) < 0)
        goto refuse;
    find_joins(&t);
    t.mod = LLVMModuleCreateWithNameInContext(unit->name, ctx);
    t.b = LLVMCreateBuilderInContext(ctx);
    t.i8 = LLVMInt8TypeInContext(ctx);
    t.i32 = LLVMInt32TypeInContext(ctx);
    t.i64 = LLVMInt64TypeInContext(ctx);
    t.f64 = LLVMDoubleTypeInContext(ctx);
    t.ptr = LLVMPointerTypeInContext(ctx, 0);
    declare_helpers(&t);
    build_function(&t);
    LLVMDisposeBuilder(t.b);
    free(t.lkind), free(t.lint), free(t.lfloat), free(t.lclean), free(t.bound);
    free(t.ins);
    free(t.block);
    free(t.joins);
    free(t.vstack);
    return t.mod;

refuse:
    free(t.ins);
    free(t.block);
    free(t.joins);
    free(t.vstack);
    *left = JIT_LEFT_SHAPE;
    return NULL;
}
