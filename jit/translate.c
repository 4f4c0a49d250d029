// translate.c: bytecode to LLVM IR. One native function per code object, `i32 f(Frame *,
// i32 index)`, whose entry switch jumps to the instruction the interpreter stopped before
// (after RESUME, or at a loop header: that is on-stack replacement). The value stack stays in
// the frame's memory, at depths known statically, so helpers, exceptions and exits all see
// the interpreter's layout. Simple instructions are native; the rest call helpers.c; the few
// that only the interpreter runs (returns, raises, generators) exit to it.
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "jit/jit.h"
#include "vm/eval.h"
#include "vm/opcode.h"
#include "vm/ops.h"

// One decoded instruction, at the code unit its EXTENDED_ARG prefixes start from.
typedef struct {
    int at;    // the code unit of the instruction itself (after its prefixes)
    int op;    // opcode
    int arg;   // full argument
    int next;  // the code unit after the instruction and its caches
    int depth; // stack depth before it, -1 while unreached
} Instr;

typedef struct {
    PyCodeObject *co;
    JitUnit *unit;
    int n;       // code units
    Instr *ins;  // indexed by code unit; op < 0 where no instruction starts
    LLVMContextRef cx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTypeRef i8, i32, i64, f64, ptr;
    LLVMValueRef fn, frame;
    LLVMValueRef helper[JIT_HELPER_COUNT];
    LLVMTypeRef helper_type[JIT_HELPER_COUNT];
    LLVMBasicBlockRef *block; // per code unit, where an instruction starts and is reached
    LLVMBasicBlockRef fail;   // returns VM_JIT_ERROR
    PyObject *kwnames;        // set by KW_NAMES for the next CALL
    const Instr *kw_names_in; // that KW_NAMES instruction
} Translator;

// ---- decoding and stack depths ----------------------------------------------------------

static void
decode(Translator *t)
{
    PyCodeUnit *code = t->co->co_code;
    for (int i = 0; i < t->n; i++)
        t->ins[i] = (Instr){.op = -1, .depth = -1};
    for (int i = 0; i < t->n;) {
        int start = i, arg = 0;
        while (rt_code_unit_op(code[i]) == OP_EXTENDED_ARG && i + 1 < t->n)
            arg = (arg << 8) | rt_code_unit_arg(code[i++]);
        int op = rt_code_unit_op(code[i]);
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

// ---- IR building blocks ---------------------------------------------------------------------

static LLVMTypeRef
llvm_type(Translator *t, int type)
{
    switch (type) {
    case T_VOID:
        return LLVMVoidTypeInContext(t->cx);
    case T_I32:
        return t->i32;
    case T_I64:
        return t->i64;
    case T_F64:
        return t->f64;
    default:
        return t->ptr;
    }
}

static void
declare_helpers(Translator *t)
{
    for (int h = 0; h < JIT_HELPER_COUNT; h++) {
        const JitHelperInfo *info = &jit_helpers[h];
        LLVMTypeRef params[8];
        for (int i = 0; i < info->nparams; i++)
            params[i] = llvm_type(t, info->types[i + 1]);
        t->helper_type[h] =
            LLVMFunctionType(llvm_type(t, info->types[0]), params, (unsigned)info->nparams, 0);
        t->helper[h] = LLVMAddFunction(t->mod, info->symbol, t->helper_type[h]);
    }
}

static LLVMValueRef
call(Translator *t, JitHelperId h, LLVMValueRef *args, unsigned n)
{
    return LLVMBuildCall2(t->b, t->helper_type[h], t->helper[h], args, n, "");
}

static LLVMValueRef
const_i32(Translator *t, long v)
{
    return LLVMConstInt(t->i32, (unsigned long long)v, 1);
}

static LLVMValueRef
const_i64(Translator *t, long long v)
{
    return LLVMConstInt(t->i64, (unsigned long long)v, 1);
}

// A pointer known when compiling (objects the code object keeps alive, static objects).
static LLVMValueRef
const_ptr(Translator *t, const void *p)
{
    return LLVMConstIntToPtr(const_i64(t, (long long)(uintptr_t)p), t->ptr);
}

// base + offset bytes.
static LLVMValueRef
byte_gep(Translator *t, LLVMValueRef base, size_t offset)
{
    LLVMValueRef off = const_i64(t, (long long)offset);
    return LLVMBuildInBoundsGEP2(t->b, t->i8, base, &off, 1, "");
}

static LLVMValueRef
load(Translator *t, LLVMTypeRef type, LLVMValueRef base, size_t offset)
{
    return LLVMBuildLoad2(t->b, type, byte_gep(t, base, offset), "");
}

static void
store(Translator *t, LLVMValueRef v, LLVMValueRef base, size_t offset)
{
    LLVMBuildStore(t->b, v, byte_gep(t, base, offset));
}

// The address of localsplus slot k (locals first, then the value stack).
static size_t
slot_offset(int k)
{
    return offsetof(Frame, localsplus) + sizeof(PyObject *) * (size_t)k;
}

// The value-stack slot at `depth`.
static int
stack_slot(Translator *t, int depth)
{
    return t->co->co_nlocalsplus + depth;
}

static LLVMValueRef
get_slot(Translator *t, int k)
{
    return load(t, t->ptr, t->frame, slot_offset(k));
}

static void
set_slot(Translator *t, int k, LLVMValueRef v)
{
    store(t, v, t->frame, slot_offset(k));
}

// The stack pointer a helper receives: the first free slot at `depth`.
static LLVMValueRef
stack_pointer(Translator *t, int depth)
{
    return byte_gep(t, t->frame, slot_offset(stack_slot(t, depth)));
}

static LLVMBasicBlockRef
new_block(Translator *t, const char *name)
{
    return LLVMAppendBasicBlockInContext(t->cx, t->fn, name);
}

// Go on in `bb` from now on.
static void
enter(Translator *t, LLVMBasicBlockRef bb)
{
    LLVMPositionBuilderAtEnd(t->b, bb);
}

// Branch to the block of the instruction at code unit i.
static void
goto_instr(Translator *t, int i)
{
    LLVMBuildBr(t->b, t->block[i]);
}

// if (cond) then-block else else-block, continuing in the then-block.
static LLVMBasicBlockRef
branch_if(Translator *t, LLVMValueRef cond, LLVMBasicBlockRef otherwise, const char *name)
{
    LLVMBasicBlockRef then = new_block(t, name);
    LLVMBuildCondBr(t->b, cond, then, otherwise);
    enter(t, then);
    return then;
}

static void
incref(Translator *t, LLVMValueRef o)
{
    LLVMValueRef rc = load(t, t->i64, o, offsetof(PyObject, ob_refcnt));
    store(t, LLVMBuildAdd(t->b, rc, const_i64(t, 1), ""), o, offsetof(PyObject, ob_refcnt));
}

static void
decref(Translator *t, LLVMValueRef o)
{
    LLVMValueRef rc = load(t, t->i64, o, offsetof(PyObject, ob_refcnt));
    LLVMValueRef dec = LLVMBuildSub(t->b, rc, const_i64(t, 1), "");
    store(t, dec, o, offsetof(PyObject, ob_refcnt));
    LLVMBasicBlockRef done = new_block(t, "decref.done");
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, dec, const_i64(t, 0), ""), done, "dealloc");
    call(t, JIT_H_dealloc, &o, 1);
    LLVMBuildBr(t->b, done);
    enter(t, done);
}

static void
xdecref(Translator *t, LLVMValueRef o)
{
    LLVMBasicBlockRef done = new_block(t, "xdecref.done");
    branch_if(t, LLVMBuildIsNotNull(t->b, o, ""), done, "xdecref");
    decref(t, o);
    LLVMBuildBr(t->b, done);
    enter(t, done);
}

// frame->prev_instr = the instruction at code unit `at` (for tracebacks, f_lineno, errors).
static void
set_prev_instr(Translator *t, int at)
{
    uintptr_t p = (uintptr_t)t->co->co_code + sizeof(PyCodeUnit) * (uintptr_t)(long)at;
    store(t, const_ptr(t, (void *)p), t->frame, offsetof(Frame, prev_instr));
}

static void
set_stacktop(Translator *t, int depth)
{
    store(t, const_i32(t, stack_slot(t, depth)), t->frame, offsetof(Frame, stacktop));
}

// Raise from native code: the stack holds `depth` owned values.
static void
fail(Translator *t, int depth)
{
    set_stacktop(t, depth);
    LLVMBuildBr(t->b, t->fail);
}

// Branch to fail when a helper's int result is negative (it saved the stack itself).
static void
check_helper(Translator *t, LLVMValueRef status)
{
    LLVMBasicBlockRef ok = new_block(t, "ok");
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntSLT, status, const_i32(t, 0), ""), t->fail,
                    ok);
    enter(t, ok);
}

// Hand the frame back to the interpreter before instruction `in` (it runs it and the rest).
static void
exit_to_interpreter(Translator *t, const Instr *in)
{
    uintptr_t p = (uintptr_t)t->co->co_code + sizeof(PyCodeUnit) * (uintptr_t)(long)in->at;
    // The interpreter resumes at prev_instr + 1; the prefixes of `in` were decoded already.
    store(t, const_ptr(t, (void *)(p - sizeof(PyCodeUnit))), t->frame,
          offsetof(Frame, prev_instr));
    set_stacktop(t, in->depth);
    if (jit_options.stats && in->op != OP_RETURN_VALUE) {
        LLVMValueRef args[2] = {const_ptr(t, t->unit), const_i32(t, in->at)};
        call(t, JIT_H_note_exit, args, 2);
    }
    LLVMBuildRet(t->b, const_i32(t, VM_JIT_RESUME));
}

// Serve the eval breaker if it is set (back-edges, after calls), as the interpreter does.
static void
check_eval_breaker(Translator *t, const Instr *in, int depth)
{
    LLVMValueRef flag = LLVMBuildLoad2(t->b, t->i32, const_ptr(t, (void *)&vm_eval_breaker), "");
    LLVMSetVolatile(flag, 1);
    LLVMBasicBlockRef done = new_block(t, "breaker.done");
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntNE, flag, const_i32(t, 0), ""), done, "breaker");
    set_prev_instr(t, in->at);
    LLVMValueRef status = call(t, JIT_H_eval_breaker, NULL, 0);
    LLVMBasicBlockRef ok = new_block(t, "breaker.ok");
    LLVMBasicBlockRef bad = new_block(t, "breaker.fail");
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntSLT, status, const_i32(t, 0), ""), bad, ok);
    enter(t, bad);
    fail(t, depth);
    enter(t, ok);
    LLVMBuildBr(t->b, done);
    enter(t, done);
}

// ---- instructions ---------------------------------------------------------------------------

// The generic body of `in` in helpers.c, then the next instruction.
static void
op_helper(Translator *t, const Instr *in, JitHelperId h)
{
    set_prev_instr(t, in->at);
    LLVMValueRef args[3] = {t->frame, stack_pointer(t, in->depth), const_i32(t, in->arg)};
    check_helper(t, call(t, h, args, 3));
    goto_instr(t, in->next);
}

static void
load_fast(Translator *t, const Instr *in)
{
    LLVMValueRef v = get_slot(t, in->arg);
    LLVMBasicBlockRef bound = new_block(t, "bound");
    branch_if(t, LLVMBuildIsNull(t->b, v, ""), bound, "unbound");
    set_prev_instr(t, in->at);
    LLVMValueRef args[2] = {const_ptr(t, t->co), const_i32(t, in->arg)};
    call(t, JIT_H_unbound_error, args, 2);
    fail(t, in->depth);
    enter(t, bound);
    incref(t, v);
    set_slot(t, stack_slot(t, in->depth), v);
    goto_instr(t, in->next);
}

static void
store_fast(Translator *t, const Instr *in)
{
    LLVMValueRef v = get_slot(t, stack_slot(t, in->depth - 1));
    LLVMValueRef old = get_slot(t, in->arg);
    set_slot(t, in->arg, v);
    xdecref(t, old);
    goto_instr(t, in->next);
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
copy(Translator *t, const Instr *in)
{
    LLVMValueRef v = get_slot(t, stack_slot(t, in->depth - in->arg));
    incref(t, v);
    set_slot(t, stack_slot(t, in->depth), v);
    goto_instr(t, in->next);
}

static void
swap(Translator *t, const Instr *in)
{
    int top = stack_slot(t, in->depth - 1), other = stack_slot(t, in->depth - in->arg);
    LLVMValueRef a = get_slot(t, top), b = get_slot(t, other);
    set_slot(t, top, b);
    set_slot(t, other, a);
    goto_instr(t, in->next);
}

static void
pop_top(Translator *t, const Instr *in)
{
    xdecref(t, get_slot(t, stack_slot(t, in->depth - 1)));
    goto_instr(t, in->next);
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

static void
for_iter(Translator *t, const Instr *in)
{
    set_prev_instr(t, in->at);
    LLVMValueRef args[3] = {t->frame, stack_pointer(t, in->depth), const_i32(t, 0)};
    LLVMValueRef r = call(t, JIT_H_op_for_iter, args, 3);
    check_helper(t, r);
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntSGT, r, const_i32(t, 0), ""),
                    t->block[in->next], t->block[jump_target(in)]);
}

static void
call_op(Translator *t, const Instr *in)
{
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

// ---- int and float fast paths ---------------------------------------------------------------

// Is o's type exactly `type`?
static LLVMValueRef
has_type(Translator *t, LLVMValueRef o, PyTypeObject *type)
{
    LLVMValueRef ob_type = load(t, t->ptr, o, offsetof(PyObject, ob_type));
    return LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, type), "");
}

// Are a and b both exact ints that hold a machine word?
static LLVMValueRef
both_small_ints(Translator *t, LLVMValueRef a, LLVMValueRef b, LLVMBasicBlockRef otherwise)
{
    branch_if(t, LLVMBuildAnd(t->b, has_type(t, a, &PyLong_Type), has_type(t, b, &PyLong_Type), ""),
              otherwise, "ints");
    LLVMValueRef big_a = load(t, t->ptr, a, offsetof(PyLongObject, big));
    LLVMValueRef big_b = load(t, t->ptr, b, offsetof(PyLongObject, big));
    return LLVMBuildAnd(t->b, LLVMBuildIsNull(t->b, big_a, ""), LLVMBuildIsNull(t->b, big_b, ""),
                        "");
}

static LLVMValueRef
int_value(Translator *t, LLVMValueRef o)
{
    return load(t, t->i64, o, offsetof(PyLongObject, value));
}

static LLVMValueRef
float_value(Translator *t, LLVMValueRef o)
{
    return load(t, t->f64, o, offsetof(PyFloatObject, ob_fval));
}

// a <op> b with LLVM's overflow-checking intrinsic: the i64 result, *overflow the i1 flag.
static LLVMValueRef
checked(Translator *t, const char *intrinsic, LLVMValueRef a, LLVMValueRef b,
        LLVMValueRef *overflow)
{
    unsigned id = LLVMLookupIntrinsicID(intrinsic, strlen(intrinsic));
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(t->mod, id, &t->i64, 1);
    LLVMTypeRef type = LLVMIntrinsicGetType(t->cx, id, &t->i64, 1);
    LLVMValueRef args[2] = {a, b};
    LLVMValueRef pair = LLVMBuildCall2(t->b, type, fn, args, 2, "");
    *overflow = LLVMBuildExtractValue(t->b, pair, 1, "");
    return LLVMBuildExtractValue(t->b, pair, 0, "");
}

// With --jit-stats, count a failed guard of `in` (its generic path runs instead).
static void
note_guard(Translator *t, const Instr *in, JitGuard guard)
{
    if (!jit_options.stats)
        return;
    LLVMValueRef args[3] = {const_ptr(t, t->unit), const_i32(t, in->at), const_i32(t, guard)};
    call(t, JIT_H_note_guard, args, 3);
}

// Replace the operands a (TOS1) and b (TOS) by `result` (a new reference, NULL on
// MemoryError), then go on with the next instruction.
static void
finish_binary(Translator *t, const Instr *in, LLVMValueRef a, LLVMValueRef b, LLVMValueRef result)
{
    LLVMBasicBlockRef ok = new_block(t, "boxed");
    LLVMBasicBlockRef bad = new_block(t, "box.fail");
    LLVMBuildCondBr(t->b, LLVMBuildIsNull(t->b, result, ""), bad, ok);
    enter(t, bad);
    set_prev_instr(t, in->at);
    fail(t, in->depth);
    enter(t, ok);
    decref(t, a);
    decref(t, b);
    set_slot(t, stack_slot(t, in->depth - 2), result);
    goto_instr(t, in->next);
}

// The int operation of BINARY_OP `op` that has a native form, or NULL.
static const char *
int_intrinsic(int op)
{
    switch (op % VM_NB_INPLACE_ADD) {
    case VM_NB_ADD:
        return "llvm.sadd.with.overflow";
    case VM_NB_SUBTRACT:
        return "llvm.ssub.with.overflow";
    case VM_NB_MULTIPLY:
        return "llvm.smul.with.overflow";
    default:
        return NULL;
    }
}

// BINARY_OP: + - * on machine-word ints (overflow goes generic, to big ints) and + - * on
// floats natively; everything else, and every operand that fails the type checks, generic.
static void
binary_op(Translator *t, const Instr *in)
{
    const char *intrinsic = int_intrinsic(in->arg);
    if (intrinsic == NULL) {
        op_helper(t, in, JIT_H_op_binary_op);
        return;
    }
    LLVMBasicBlockRef generic = new_block(t, "generic"), not_int = new_block(t, "not_int");
    LLVMBasicBlockRef mismatch = new_block(t, "mismatch");
    LLVMValueRef a = get_slot(t, stack_slot(t, in->depth - 2));
    LLVMValueRef b = get_slot(t, stack_slot(t, in->depth - 1));
    branch_if(t, both_small_ints(t, a, b, not_int), not_int, "small");
    LLVMValueRef overflow;
    LLVMValueRef r = checked(t, intrinsic, int_value(t, a), int_value(t, b), &overflow);
    LLVMBasicBlockRef no_overflow = new_block(t, "no_overflow");
    LLVMBasicBlockRef overflowed = new_block(t, "overflow");
    LLVMBuildCondBr(t->b, overflow, overflowed, no_overflow);
    enter(t, overflowed);
    note_guard(t, in, JIT_GUARD_INT_OVERFLOW);
    LLVMBuildBr(t->b, generic);
    enter(t, no_overflow);
    finish_binary(t, in, a, b, call(t, JIT_H_long_from_i64, &r, 1));

    enter(t, not_int);
    branch_if(t, LLVMBuildAnd(t->b, has_type(t, a, &PyFloat_Type), has_type(t, b, &PyFloat_Type),
                              ""),
              mismatch, "floats");
    LLVMValueRef x = float_value(t, a), y = float_value(t, b), f;
    switch (in->arg % VM_NB_INPLACE_ADD) {
    case VM_NB_ADD:
        f = LLVMBuildFAdd(t->b, x, y, "");
        break;
    case VM_NB_SUBTRACT:
        f = LLVMBuildFSub(t->b, x, y, "");
        break;
    default:
        f = LLVMBuildFMul(t->b, x, y, "");
        break;
    }
    finish_binary(t, in, a, b, call(t, JIT_H_float_from_double, &f, 1));

    enter(t, mismatch);
    note_guard(t, in, JIT_GUARD_TYPES);
    LLVMBuildBr(t->b, generic);
    enter(t, generic);
    op_helper(t, in, JIT_H_op_binary_op);
}

// COMPARE_OP: machine-word ints and floats natively (IEEE ordered comparisons, != unordered,
// as Python compares NaNs), the rest generic.
static void
compare_op(Translator *t, const Instr *in)
{
    static const LLVMIntPredicate ipred[] = {LLVMIntSLT, LLVMIntSLE, LLVMIntEQ,
                                             LLVMIntNE,  LLVMIntSGT, LLVMIntSGE};
    static const LLVMRealPredicate fpred[] = {LLVMRealOLT, LLVMRealOLE, LLVMRealOEQ,
                                              LLVMRealUNE, LLVMRealOGT, LLVMRealOGE};
    if (in->arg < Py_LT || in->arg > Py_GE) {
        op_helper(t, in, JIT_H_op_compare_op);
        return;
    }
    LLVMBasicBlockRef generic = new_block(t, "generic"), not_int = new_block(t, "not_int");
    LLVMBasicBlockRef done = new_block(t, "compared");
    LLVMValueRef a = get_slot(t, stack_slot(t, in->depth - 2));
    LLVMValueRef b = get_slot(t, stack_slot(t, in->depth - 1));
    branch_if(t, both_small_ints(t, a, b, not_int), not_int, "small");
    LLVMValueRef ci = LLVMBuildICmp(t->b, ipred[in->arg], int_value(t, a), int_value(t, b), "");
    LLVMBasicBlockRef from_int = LLVMGetInsertBlock(t->b);
    LLVMBuildBr(t->b, done);
    enter(t, not_int);
    LLVMBasicBlockRef mismatch = new_block(t, "mismatch");
    branch_if(t, LLVMBuildAnd(t->b, has_type(t, a, &PyFloat_Type), has_type(t, b, &PyFloat_Type),
                              ""),
              mismatch, "floats");
    LLVMValueRef cf =
        LLVMBuildFCmp(t->b, fpred[in->arg], float_value(t, a), float_value(t, b), "");
    LLVMBasicBlockRef from_float = LLVMGetInsertBlock(t->b);
    LLVMBuildBr(t->b, done);
    enter(t, done);
    LLVMValueRef c = LLVMBuildPhi(t->b, LLVMInt1TypeInContext(t->cx), "");
    LLVMValueRef values[2] = {ci, cf};
    LLVMBasicBlockRef from[2] = {from_int, from_float};
    LLVMAddIncoming(c, values, from, 2);
    decref(t, a);
    decref(t, b);
    set_slot(t, stack_slot(t, in->depth - 2),
             LLVMBuildSelect(t->b, c, const_ptr(t, Py_True), const_ptr(t, Py_False), ""));
    goto_instr(t, in->next);
    enter(t, mismatch);
    note_guard(t, in, JIT_GUARD_TYPES);
    LLVMBuildBr(t->b, generic);
    enter(t, generic);
    op_helper(t, in, JIT_H_op_compare_op);
}

// Lower one instruction. Every opcode of opcodes.def has its case (no default: a new opcode
// fails the build here until it is lowered or sent to the interpreter).
static void
translate_instr(Translator *t, const Instr *in)
{
    PyObject *const *consts = ((PyTupleObject *)t->co->co_consts)->ob_item;
    switch ((Opcode)in->op) {
    // Native.
    case OP_NOP:
        goto_instr(t, in->next);
        return;
    case OP_RESUME:
        resume(t, in);
        return;
    case OP_LOAD_FAST:
        load_fast(t, in);
        return;
    case OP_STORE_FAST:
        store_fast(t, in);
        return;
    case OP_LOAD_CONST:
        push_const(t, in, consts[in->arg]);
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
        copy(t, in);
        return;
    case OP_SWAP:
        swap(t, in);
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
        jump(t, in, jump_target(in), 0);
        return;
    case OP_JUMP_BACKWARD:
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
        call_op(t, in);
        return;
    case OP_CALL_FUNCTION_EX:
        call_function_ex(t, in);
        return;
    case OP_BINARY_OP:
        binary_op(t, in);
        return;
    case OP_COMPARE_OP:
        compare_op(t, in);
        return;

    // Generic bodies in helpers.c.
#define HELPED(name, helper)                                                                       \
    case OP_##name:                                                                                \
        op_helper(t, in, JIT_H_##helper);                                                          \
        return;
        HELPED(UNARY_POSITIVE, op_unary_positive)
        HELPED(UNARY_NEGATIVE, op_unary_negative)
        HELPED(UNARY_INVERT, op_unary_invert)
        HELPED(UNARY_NOT, op_unary_not)
        HELPED(CONTAINS_OP, op_contains_op)
        HELPED(BINARY_SUBSCR, op_binary_subscr)
        HELPED(STORE_SUBSCR, op_store_subscr)
        HELPED(DELETE_SUBSCR, op_delete_subscr)
        HELPED(GET_LEN, op_get_len)
        HELPED(MATCH_SEQUENCE, op_match_sequence)
        HELPED(MATCH_MAPPING, op_match_mapping)
        HELPED(MATCH_KEYS, op_match_keys)
        HELPED(MATCH_CLASS, op_match_class)
        HELPED(LOAD_GLOBAL, op_load_global)
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
        HELPED(LOAD_ATTR, op_load_attr)
        HELPED(STORE_ATTR, op_store_attr)
        HELPED(DELETE_ATTR, op_delete_attr)
        HELPED(LOAD_METHOD, op_load_method)
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
        HELPED(UNPACK_SEQUENCE, op_unpack_sequence)
        HELPED(UNPACK_EX, op_unpack_ex)
        HELPED(GET_ITER, op_get_iter)
        HELPED(MAKE_FUNCTION, op_make_function)
        HELPED(PRECALL, op_precall)
        HELPED(PUSH_EXC_INFO, op_push_exc_info)
        HELPED(POP_EXCEPT, op_pop_except)
        HELPED(CHECK_EXC_MATCH, op_check_exc_match)
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
    // rules of bare raises), generators and coroutines (never compiled), except* and the
    // units that are not instructions.
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
    case OP_PREP_RERAISE_STAR:
    case OP_CHECK_EG_MATCH:
    case OP_CACHE:
    case OP_EXTENDED_ARG:
        exit_to_interpreter(t, in);
        return;
    }
    exit_to_interpreter(t, in); // a byte that is no opcode: the interpreter reports it
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
    t->fail = new_block(t, "fail");
    enter(t, t->fail);
    LLVMBuildRet(t->b, const_i32(t, VM_JIT_ERROR));
    for (int i = 0; i < t->n; i++)
        if (t->ins[i].op >= 0 && t->ins[i].depth >= 0)
            t->block[i] = new_block(t, vm_opcode_name(t->ins[i].op));
    build_entry(t, entry);
    for (int i = 0; i < t->n; i++) {
        if (t->block[i] == NULL)
            continue;
        enter(t, t->block[i]);
        translate_instr(t, &t->ins[i]);
    }
}

LLVMModuleRef
jit_translate(JitUnit *unit, LLVMContextRef ctx, JitLeftReason *left)
{
    PyCodeObject *co = unit->co;
    Translator t = {.co = co, .unit = unit, .n = (int)Py_SIZE(co), .cx = ctx};
    t.ins = malloc(sizeof(Instr) * (size_t)t.n);
    t.block = calloc((size_t)t.n, sizeof(LLVMBasicBlockRef));
    if (t.ins == NULL || t.block == NULL)
        goto refuse;
    decode(&t);
    if (compute_depths(&t) < 0)
        goto refuse;
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
    free(t.ins);
    free(t.block);
    return t.mod;

refuse:
    free(t.ins);
    free(t.block);
    *left = JIT_LEFT_SHAPE;
    return NULL;
}
