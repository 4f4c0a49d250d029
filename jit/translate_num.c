// translate_num.c: native fast paths of BINARY_OP (+ - * on machine-word ints with overflow
// checks, and on floats) and COMPARE_OP (ints and floats), each behind type guards whose
// failure runs the generic helper; --jit-stats counts the failures (deopt.c).
#include <string.h>
#include "jit/translate.h"
#include "vm/ops.h"

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
void
jit_translate_binary_op(Translator *t, const Instr *in)
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
void
jit_translate_compare_op(Translator *t, const Instr *in)
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
