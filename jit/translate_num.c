// translate_num.c: BINARY_OP, COMPARE_OP and UNARY_NEGATIVE on numbers. Two strategies:
// - speculative, when every operand's kind is known, statically (an unboxed value or a
//   constant on the virtual stack) or from the interpreter's type feedback (the form the site
//   quickened to, vm/profile.h): operands are unboxed behind guards that deoptimize, the result
//   stays unboxed on the virtual stack (translate_value.c), overflow and division by zero
//   deoptimize too, so the interpreter redoes the instruction generically;
// - dynamic, otherwise: operands in memory, int and float fast paths behind type checks whose
//   failure runs the generic helper in place (--jit-stats counts those failed guards).
#include <string.h>
#include "jit/translate.h"
#include "vm/ops.h"
#include "vm/profile.h"

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

// BINARY_OP without speculation, on the stack in memory: + - * on machine-word ints
// (overflow goes generic, to big ints) and on floats natively; everything else, and every
// operand that fails the type checks, generic.
static void
dynamic_binary_op(Translator *t, const Instr *in)
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

// COMPARE_OP without speculation, on the stack in memory: machine-word ints and floats
// natively (IEEE ordered comparisons, != unordered, as Python compares NaNs), the rest generic.
static void
dynamic_compare_op(Translator *t, const Instr *in)
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

// ---- speculation ----------------------------------------------------------------------------

NumKind
jit_static_kind(Translator *t, int d)
{
    const Value *v = vs_at(t, d);
    switch (v->kind) {
    case V_INT:
        return K_INT;
    case V_FLOAT:
        return K_FLOAT;
    case V_CONST:
        if (PyFloat_CheckExact(v->obj))
            return K_FLOAT;
        if (PyLong_CheckExact(v->obj) && ((PyLongObject *)v->obj)->big == NULL)
            return K_INT;
        return K_UNKNOWN;
    default:
        return K_UNKNOWN;
    }
}

NumKind
jit_feedback_kind(int k)
{
    return k == VM_KIND_INT ? K_INT : k == VM_KIND_FLOAT ? K_FLOAT : K_UNKNOWN;
}

// Is the value at d an object of unknown type (a boxed value, not a constant)?
static int
is_object(Translator *t, int d)
{
    ValueKind k = vs_at(t, d)->kind;
    return k == V_MEM || k == V_LOCAL || k == V_ITEM;
}

// The kinds of in's two operands (TOS1, TOS): what the translator knows, else what the site's
// feedback says when speculation is allowed there.
static void
operand_kinds(Translator *t, const Instr *in, NumKind *a, NumKind *b)
{
    *a = jit_static_kind(t, in->depth - 2);
    *b = jit_static_kind(t, in->depth - 1);
    VmSiteProfile site;
    if ((*a == K_UNKNOWN || *b == K_UNKNOWN) && jit_site_feedback(t, in, &site)) {
        if (*a == K_UNKNOWN && is_object(t, in->depth - 2))
            *a = jit_feedback_kind(site.lhs);
        if (*b == K_UNKNOWN && is_object(t, in->depth - 1))
            *b = jit_feedback_kind(site.rhs);
    }
}

LLVMValueRef
jit_unbox(Translator *t, int d, NumKind kind, LLVMBasicBlockRef deopt)
{
    const Value *v = vs_at(t, d);
    switch (v->kind) {
    case V_INT:
        return kind == K_NUM ? LLVMBuildSIToFP(t->b, v->v, t->f64, "") : v->v;
    case V_FLOAT:
        return v->v;
    case V_CONST: // a float, or a machine-word int (jit_static_kind)
        if (PyFloat_CheckExact(v->obj))
            return LLVMConstReal(t->f64, ((PyFloatObject *)v->obj)->ob_fval);
        if (kind == K_INT)
            return const_i64(t, ((PyLongObject *)v->obj)->value);
        return LLVMConstReal(t->f64, (double)((PyLongObject *)v->obj)->value);
    case V_LOCAL:
        if (jit_local_unboxable(t, v->local))
            return jit_local_unbox(t, v->local, kind == K_NUM ? 2 : kind == K_FLOAT, deopt);
        break;
    default:
        break;
    }
    LLVMValueRef o = vs_object(t, d);
    if (kind == K_NUM)
        return jit_unbox_num(t, o, deopt);
    if (kind == K_FLOAT) {
        branch_if(t, has_type(t, o, &PyFloat_Type), deopt, "is_float");
        return float_value(t, o);
    }
    branch_if(t, has_type(t, o, &PyLong_Type), deopt, "is_int");
    LLVMValueRef big = load(t, t->ptr, o, offsetof(PyLongObject, big));
    branch_if(t, LLVMBuildIsNull(t->b, big, ""), deopt, "is_small");
    return int_value(t, o);
}

// The operand at depth d, of kind `own`, as a value of the operation's kind `kind`.
static LLVMValueRef
operand(Translator *t, int d, NumKind own, NumKind kind, LLVMBasicBlockRef deopt)
{
    LLVMValueRef v = jit_unbox(t, d, own, deopt);
    return own == K_INT && kind == K_FLOAT ? LLVMBuildSIToFP(t->b, v, t->f64, "") : v;
}

// Consume in's two operands (decref those in memory) and push `result` of `kind` unboxed.
static void
push_result(Translator *t, const Instr *in, ValueKind kind, LLVMValueRef result)
{
    for (int d = in->depth - 2; d < in->depth; d++)
        if (vs_at(t, d)->kind == V_MEM)
            decref(t, get_slot(t, stack_slot(t, d)));
    *vs_at(t, in->depth - 2) = (Value){.kind = kind, .v = result};
    vs_fall_through(t, in, in->depth - 1);
}

// Branch to a new deopt block for `reason` when cond holds; go on otherwise.
static void
deopt_if(Translator *t, const Instr *in, LLVMValueRef cond, int reason)
{
    LLVMBasicBlockRef ok = new_block(t, "ok");
    LLVMBuildCondBr(t->b, cond, vs_deopt_block(t, in, reason), ok);
    enter(t, ok);
}

// Python's floor division and modulo of i64s, given b != 0 and not (INT64_MIN // -1): C's
// truncating results adjusted toward negative infinity when the signs differ.
static LLVMValueRef
floor_div_mod(Translator *t, LLVMValueRef a, LLVMValueRef b, int want_mod)
{
    LLVMValueRef q = LLVMBuildSDiv(t->b, a, b, ""), r = LLVMBuildSRem(t->b, a, b, "");
    LLVMValueRef zero = const_i64(t, 0);
    LLVMValueRef adjust = LLVMBuildAnd(
        t->b, LLVMBuildICmp(t->b, LLVMIntNE, r, zero, ""),
        LLVMBuildICmp(t->b, LLVMIntSLT, LLVMBuildXor(t->b, r, b, ""), zero, ""), "");
    if (want_mod)
        return LLVMBuildSelect(t->b, adjust, LLVMBuildAdd(t->b, r, b, ""), r, "");
    return LLVMBuildSelect(t->b, adjust, LLVMBuildSub(t->b, q, const_i64(t, 1), ""), q, "");
}

// An int operation natively, or NULL when `op` has no native int form.
static LLVMValueRef
int_binary(Translator *t, const Instr *in, int op, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef overflow, r;
    const char *intrinsic = int_intrinsic(op);
    if (intrinsic != NULL) {
        r = checked(t, intrinsic, a, b, &overflow);
        deopt_if(t, in, overflow, JIT_GUARD_INT_OVERFLOW);
        return r;
    }
    switch (op % VM_NB_INPLACE_ADD) {
    case VM_NB_AND:
        return LLVMBuildAnd(t->b, a, b, "");
    case VM_NB_OR:
        return LLVMBuildOr(t->b, a, b, "");
    case VM_NB_XOR:
        return LLVMBuildXor(t->b, a, b, "");
    case VM_NB_RSHIFT:
        // A negative count deoptimizes (ValueError); counts past 63 shift in the sign.
        deopt_if(t, in, LLVMBuildICmp(t->b, LLVMIntSLT, b, const_i64(t, 0), ""),
                 JIT_GUARD_TYPES);
        return LLVMBuildAShr(
            t->b, a,
            LLVMBuildSelect(t->b, LLVMBuildICmp(t->b, LLVMIntSGT, b, const_i64(t, 63), ""),
                            const_i64(t, 63), b, ""),
            "");
    case VM_NB_LSHIFT: {
        // Counts outside 0..63 and results that lose bits deoptimize (big ints, ValueError).
        LLVMValueRef in_range =
            LLVMBuildICmp(t->b, LLVMIntULE, b, const_i64(t, 63), "");
        deopt_if(t, in, LLVMBuildNot(t->b, in_range, ""), JIT_GUARD_INT_OVERFLOW);
        r = LLVMBuildShl(t->b, a, b, "");
        deopt_if(t, in, LLVMBuildICmp(t->b, LLVMIntNE, LLVMBuildAShr(t->b, r, b, ""), a, ""),
                 JIT_GUARD_INT_OVERFLOW);
        return r;
    }
    case VM_NB_FLOOR_DIVIDE:
    case VM_NB_REMAINDER:
        deopt_if(t, in, LLVMBuildICmp(t->b, LLVMIntEQ, b, const_i64(t, 0), ""),
                 JIT_GUARD_ZERO_DIVISION);
        deopt_if(t, in,
                 LLVMBuildAnd(t->b, LLVMBuildICmp(t->b, LLVMIntEQ, b, const_i64(t, -1), ""),
                              LLVMBuildICmp(t->b, LLVMIntEQ, a, const_i64(t, INT64_MIN), ""),
                              ""),
                 JIT_GUARD_INT_OVERFLOW);
        return floor_div_mod(t, a, b, op % VM_NB_INPLACE_ADD == VM_NB_REMAINDER);
    default:
        return NULL;
    }
}

// Can `op` run natively on operands of these kinds (and on what: K_INT or K_FLOAT)?
static NumKind
binary_kind(int op, NumKind a, NumKind b)
{
    if (a == K_UNKNOWN || b == K_UNKNOWN)
        return K_UNKNOWN;
    NumKind kind = a == K_FLOAT || b == K_FLOAT || a == K_NUM || b == K_NUM ? K_FLOAT : K_INT;
    switch (op % VM_NB_INPLACE_ADD) {
    case VM_NB_ADD:
    case VM_NB_SUBTRACT:
    case VM_NB_MULTIPLY:
        return kind;
    case VM_NB_TRUE_DIVIDE:
    case VM_NB_POWER:
        return kind == K_FLOAT ? K_FLOAT : K_UNKNOWN; // int / int rounds differently
    case VM_NB_AND:
    case VM_NB_OR:
    case VM_NB_XOR:
    case VM_NB_LSHIFT:
    case VM_NB_RSHIFT:
    case VM_NB_FLOOR_DIVIDE:
    case VM_NB_REMAINDER:
        return kind == K_INT ? K_INT : K_UNKNOWN;
    default:
        return K_UNKNOWN;
    }
}

// x ** y by C's pow where Python's float power is exactly that: a finite positive base and a
// finite exponent (the rest: zero, negative and special bases deoptimize, as does a result
// that overflows, for the interpreter to raise or build a complex).
static LLVMValueRef
float_power(Translator *t, const Instr *in, LLVMValueRef x, LLVMValueRef y)
{
    LLVMValueRef inf = LLVMConstReal(t->f64, __builtin_inf());
    LLVMValueRef y_abs = LLVMBuildSelect(
        t->b, LLVMBuildFCmp(t->b, LLVMRealOLT, y, LLVMConstReal(t->f64, 0.0), ""),
        LLVMBuildFNeg(t->b, y, ""), y, "");
    LLVMValueRef ok = LLVMBuildAnd(
        t->b,
        LLVMBuildAnd(t->b, LLVMBuildFCmp(t->b, LLVMRealOGT, x, LLVMConstReal(t->f64, 0.0), ""),
                     LLVMBuildFCmp(t->b, LLVMRealOLT, x, inf, ""), ""),
        LLVMBuildFCmp(t->b, LLVMRealOLT, y_abs, inf, ""), "");
    deopt_if(t, in, LLVMBuildNot(t->b, ok, ""), JIT_GUARD_TYPES);
    LLVMValueRef args[2] = {x, y};
    LLVMValueRef r = call(t, JIT_H_float_pow, args, 2);
    deopt_if(t, in, LLVMBuildFCmp(t->b, LLVMRealOEQ, r, inf, ""), JIT_GUARD_INT_OVERFLOW);
    return r;
}

static LLVMValueRef
float_binary(Translator *t, const Instr *in, int op, LLVMValueRef x, LLVMValueRef y)
{
    switch (op % VM_NB_INPLACE_ADD) {
    case VM_NB_ADD:
        return LLVMBuildFAdd(t->b, x, y, "");
    case VM_NB_SUBTRACT:
        return LLVMBuildFSub(t->b, x, y, "");
    case VM_NB_MULTIPLY:
        return LLVMBuildFMul(t->b, x, y, "");
    case VM_NB_POWER:
        return float_power(t, in, x, y);
    default: // VM_NB_TRUE_DIVIDE
        deopt_if(t, in, LLVMBuildFCmp(t->b, LLVMRealOEQ, y, LLVMConstReal(t->f64, 0.0), ""),
                 JIT_GUARD_ZERO_DIVISION);
        return LLVMBuildFDiv(t->b, x, y, "");
    }
}

// BINARY_OP: speculative when the operands' kinds are known, dynamic otherwise.
void
jit_translate_binary_op(Translator *t, const Instr *in)
{
    if (jit_translate_add_unicode(t, in))
        return;
    NumKind ka, kb;
    operand_kinds(t, in, &ka, &kb);
    // Float arithmetic with an operand of no known kind (ints and floats mixed, which the
    // interpreter does not specialize): speculate that it is an int or a float.
    if (t->speculate && jit_may_speculate(t->co, in->at)) {
        if (ka == K_FLOAT && kb == K_UNKNOWN && is_object(t, in->depth - 1))
            kb = K_NUM;
        else if (kb == K_FLOAT && ka == K_UNKNOWN && is_object(t, in->depth - 2))
            ka = K_NUM;
    }
    NumKind kind = binary_kind(in->arg, ka, kb);
    if (kind == K_UNKNOWN) {
        vs_flush(t, in->depth, 1);
        jit_locals_flush(t, in->depth, 1);
        dynamic_binary_op(t, in);
        *vs_at(t, in->depth - 2) = (Value){.kind = V_MEM};
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef a = operand(t, in->depth - 2, ka, kind, deopt);
    LLVMValueRef b = operand(t, in->depth - 1, kb, kind, deopt);
    if (kind == K_FLOAT)
        push_result(t, in, V_FLOAT, float_binary(t, in, in->arg, a, b));
    else
        push_result(t, in, V_INT, int_binary(t, in, in->arg, a, b));
}

// Is the value at depth d a constant int that a double holds exactly?
static int
exact_in_double(Translator *t, int d)
{
    const Value *v = vs_at(t, d);
    if (v->kind != V_CONST || !PyLong_CheckExact(v->obj))
        return 0;
    int64_t x = ((PyLongObject *)v->obj)->value;
    return x >= -(1LL << 53) && x <= (1LL << 53);
}

// COMPARE_OP: speculative when both operands are ints, both floats, or a float and an int
// constant that converts exactly (Python compares int and float exactly); dynamic otherwise.
void
jit_translate_compare_op(Translator *t, const Instr *in)
{
    static const LLVMIntPredicate ipred[] = {LLVMIntSLT, LLVMIntSLE, LLVMIntEQ,
                                             LLVMIntNE,  LLVMIntSGT, LLVMIntSGE};
    static const LLVMRealPredicate fpred[] = {LLVMRealOLT, LLVMRealOLE, LLVMRealOEQ,
                                              LLVMRealUNE, LLVMRealOGT, LLVMRealOGE};
    if (jit_translate_compare_str(t, in))
        return;
    NumKind ka = K_UNKNOWN, kb = K_UNKNOWN;
    if (in->arg >= Py_LT && in->arg <= Py_GE)
        operand_kinds(t, in, &ka, &kb);
    int mixed_ok = (ka == K_INT && exact_in_double(t, in->depth - 2)) ||
                   (kb == K_INT && exact_in_double(t, in->depth - 1));
    if (ka == K_UNKNOWN || kb == K_UNKNOWN || (ka != kb && !mixed_ok)) {
        vs_flush(t, in->depth, 1);
        jit_locals_flush(t, in->depth, 1);
        dynamic_compare_op(t, in);
        *vs_at(t, in->depth - 2) = (Value){.kind = V_MEM};
        return;
    }
    NumKind kind = ka == K_FLOAT || kb == K_FLOAT ? K_FLOAT : K_INT;
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_TYPES);
    LLVMValueRef a = operand(t, in->depth - 2, ka, kind, deopt);
    LLVMValueRef b = operand(t, in->depth - 1, kb, kind, deopt);
    LLVMValueRef c = kind == K_FLOAT ? LLVMBuildFCmp(t->b, fpred[in->arg], a, b, "")
                                     : LLVMBuildICmp(t->b, ipred[in->arg], a, b, "");
    push_result(t, in, V_BOOL, c);
}

// UNARY_NEGATIVE of an unboxed int or float natively (-INT64_MIN deoptimizes), else generic.
void
jit_translate_unary_negative(Translator *t, const Instr *in)
{
    int d = in->depth - 1;
    NumKind kind = jit_static_kind(t, d);
    if (kind == K_UNKNOWN || vs_at(t, d)->kind == V_CONST) {
        vs_flush(t, in->depth, 1);
        jit_locals_flush(t, in->depth, 1);
        op_helper(t, in, JIT_H_op_unary_negative);
        *vs_at(t, d) = (Value){.kind = V_MEM};
        return;
    }
    LLVMValueRef x = vs_at(t, d)->v, r;
    if (kind == K_FLOAT) {
        r = LLVMBuildFNeg(t->b, x, "");
    } else {
        LLVMValueRef overflow;
        r = checked(t, "llvm.ssub.with.overflow", const_i64(t, 0), x, &overflow);
        deopt_if(t, in, overflow, JIT_GUARD_INT_OVERFLOW);
    }
    *vs_at(t, d) = (Value){.kind = kind == K_FLOAT ? V_FLOAT : V_INT, .v = r};
    vs_fall_through(t, in, in->depth);
}
