// translate_locals.c: unboxed locals. A local that receives numbers (the result of arithmetic
// or of a range iteration) gets three allocas: its state (LOCAL_BOXED: the object is in the
// frame slot; LOCAL_INT / LOCAL_FLOAT: the value is in the i64 / double alloca and the frame
// slot is NULL), and the two unboxed values. LLVM promotes them to SSA registers, so a float
// loop carries its locals in registers across iterations, and folds the state tests wherever
// the state is known. Whatever may look at the frame (helpers, calls, exits, deopts, raises,
// the eval breaker) runs after a flush, which boxes the unboxed locals back into the frame.
#include <stdlib.h>
#include "jit/translate.h"

// Does instruction `in` leave a number the translator may keep unboxed?
static int
produces_number(int op)
{
    return op == OP_BINARY_OP || op == OP_UNARY_NEGATIVE || op == OP_FOR_ITER;
}

void
jit_locals_init(Translator *t)
{
    int n = t->co->co_nlocals, prev = -1, any = 0;
    char *chosen = calloc((size_t)n + 1, 1);
    if (chosen == NULL)
        return; // no unboxed locals: correct, only slower
    for (int i = 0; i < t->n; i++) {
        const Instr *in = &t->ins[i];
        if (in->op < 0)
            continue;
        if (in->op == OP_STORE_FAST && in->arg < n && prev >= 0 && produces_number(prev))
            chosen[in->arg] = any = 1;
        prev = in->op;
    }
    if (any) {
        t->lkind = calloc((size_t)n, sizeof(LLVMValueRef));
        t->lint = calloc((size_t)n, sizeof(LLVMValueRef));
        t->lfloat = calloc((size_t)n, sizeof(LLVMValueRef));
        t->lclean = calloc((size_t)n, 1);
        if (t->lkind == NULL || t->lint == NULL || t->lfloat == NULL || t->lclean == NULL)
            any = 0;
    }
    for (int k = 0; any && k < n; k++) {
        if (!chosen[k])
            continue;
        t->lkind[k] = LLVMBuildAlloca(t->b, t->i8, "");
        t->lint[k] = LLVMBuildAlloca(t->b, t->i64, "");
        t->lfloat[k] = LLVMBuildAlloca(t->b, t->f64, "");
        LLVMBuildStore(t->b, LLVMConstInt(t->i8, LOCAL_BOXED, 0), t->lkind[k]);
    }
    if (!any) {
        free(t->lkind), free(t->lint), free(t->lfloat), free(t->lclean);
        t->lkind = t->lint = t->lfloat = NULL;
        t->lclean = NULL;
    }
    free(chosen);
}

LLVMValueRef
jit_local_kind(Translator *t, int k)
{
    return LLVMBuildLoad2(t->b, t->i8, t->lkind[k], "");
}

static void
set_kind(Translator *t, int k, int kind)
{
    LLVMBuildStore(t->b, LLVMConstInt(t->i8, (unsigned long long)kind, 0), t->lkind[k]);
}

// The boxing itself is out of line (jit_box_local): a flush is emitted at every helper
// call, exit and deopt for every unboxed local, so its size is much of a unit's IR and of its
// compile time.
void
jit_local_flush(Translator *t, int k, int depth, int commit)
{
    if (t->lclean[k])
        return;
    LLVMValueRef kind = jit_local_kind(t, k);
    LLVMBasicBlockRef done = new_block(t, "local.flushed");
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntNE, kind, LLVMConstInt(t->i8, LOCAL_BOXED, 0), ""),
              done, "local.box");
    // MemoryError: the local stays unboxed (the interpreter sees it unbound).
    LLVMValueRef args[6] = {t->frame,
                            const_i32(t, k),
                            LLVMBuildZExt(t->b, kind, t->i32, ""),
                            LLVMBuildLoad2(t->b, t->i64, t->lint[k], ""),
                            LLVMBuildLoad2(t->b, t->f64, t->lfloat[k], ""),
                            const_i32(t, stack_slot(t, depth))};
    check_helper(t, call(t, JIT_H_box_local, args, 6));
    set_kind(t, k, LOCAL_BOXED);
    LLVMBuildBr(t->b, done);
    enter(t, done);
    if (commit)
        t->lclean[k] = 1;
}

void
jit_locals_flush(Translator *t, int depth, int commit)
{
    for (int k = 0; t->lkind != NULL && k < t->co->co_nlocals; k++)
        if (t->lkind[k] != NULL)
            jit_local_flush(t, k, depth, commit);
}

void
jit_locals_unknown(Translator *t)
{
    for (int k = 0; t->lkind != NULL && k < t->co->co_nlocals; k++)
        t->lclean[k] = 0;
}

void
jit_local_store_unboxed(Translator *t, int k, ValueKind kind, LLVMValueRef v)
{
    // The old object (there is one only while the local is boxed) goes now, as it would in
    // the interpreter; the slot stays NULL while the value is unboxed.
    LLVMValueRef old = get_slot(t, k);
    set_slot(t, k, LLVMConstNull(t->ptr));
    LLVMBuildStore(t->b, v, kind == V_INT ? t->lint[k] : t->lfloat[k]);
    set_kind(t, k, kind == V_INT ? LOCAL_INT : LOCAL_FLOAT);
    t->lclean[k] = 0;
    xdecref(t, old);
}

LLVMValueRef
jit_unbox_num(Translator *t, LLVMValueRef o, LLVMBasicBlockRef deopt)
{
    LLVMBasicBlockRef is_float = new_block(t, "num.float"), not_float = new_block(t, "num.int");
    LLVMBasicBlockRef done = new_block(t, "num");
    LLVMValueRef ob_type = load(t, t->ptr, o, offsetof(PyObject, ob_type));
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, &PyFloat_Type), ""),
                    is_float, not_float);
    enter(t, is_float);
    LLVMValueRef f = load(t, t->f64, o, offsetof(PyFloatObject, ob_fval));
    LLVMBuildBr(t->b, done);
    enter(t, not_float);
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, &PyLong_Type), ""), deopt,
              "num.is_int");
    LLVMValueRef big = load(t, t->ptr, o, offsetof(PyLongObject, big));
    branch_if(t, LLVMBuildIsNull(t->b, big, ""), deopt, "num.small");
    LLVMValueRef i = LLVMBuildSIToFP(t->b, load(t, t->i64, o, offsetof(PyLongObject, value)),
                                     t->f64, "");
    LLVMBasicBlockRef int_end = LLVMGetInsertBlock(t->b);
    LLVMBuildBr(t->b, done);
    enter(t, done);
    LLVMValueRef phi = LLVMBuildPhi(t->b, t->f64, "");
    LLVMValueRef values[2] = {f, i};
    LLVMBasicBlockRef from[2] = {is_float, int_end};
    LLVMAddIncoming(phi, values, from, 2);
    return phi;
}

// Unboxable local k as a double, whether it holds an int or a float.
static LLVMValueRef
local_unbox_num(Translator *t, int k, LLVMBasicBlockRef deopt)
{
    LLVMValueRef kind = jit_local_kind(t, k);
    LLVMBasicBlockRef as_int = new_block(t, "local.int"), as_float = new_block(t, "local.float");
    LLVMBasicBlockRef boxed = new_block(t, "local.obj"), done = new_block(t, "local.value");
    LLVMValueRef sw = LLVMBuildSwitch(t->b, kind, boxed, 2);
    LLVMAddCase(sw, LLVMConstInt(t->i8, LOCAL_INT, 0), as_int);
    LLVMAddCase(sw, LLVMConstInt(t->i8, LOCAL_FLOAT, 0), as_float);
    enter(t, as_int);
    LLVMValueRef i = LLVMBuildSIToFP(t->b, LLVMBuildLoad2(t->b, t->i64, t->lint[k], ""), t->f64,
                                     "");
    LLVMBuildBr(t->b, done);
    enter(t, as_float);
    LLVMValueRef f = LLVMBuildLoad2(t->b, t->f64, t->lfloat[k], "");
    LLVMBuildBr(t->b, done);
    enter(t, boxed);
    LLVMValueRef b = jit_unbox_num(t, get_slot(t, k), deopt);
    LLVMBasicBlockRef boxed_end = LLVMGetInsertBlock(t->b);
    LLVMBuildBr(t->b, done);
    enter(t, done);
    LLVMValueRef phi = LLVMBuildPhi(t->b, t->f64, "");
    LLVMValueRef values[3] = {i, f, b};
    LLVMBasicBlockRef from[3] = {as_int, as_float, boxed_end};
    LLVMAddIncoming(phi, values, from, 3);
    return phi;
}

LLVMValueRef
jit_local_unbox(Translator *t, int k, int want_float, LLVMBasicBlockRef deopt)
{
    if (want_float == 2)
        return local_unbox_num(t, k, deopt);
    LLVMValueRef kind = jit_local_kind(t, k);
    LLVMBasicBlockRef unboxed = new_block(t, "local.unboxed"), boxed = new_block(t, "local.obj");
    LLVMBasicBlockRef done = new_block(t, "local.value");
    LLVMValueRef sw = LLVMBuildSwitch(t->b, kind, deopt, 2);
    LLVMAddCase(sw, LLVMConstInt(t->i8, want_float ? LOCAL_FLOAT : LOCAL_INT, 0), unboxed);
    LLVMAddCase(sw, LLVMConstInt(t->i8, LOCAL_BOXED, 0), boxed);
    LLVMTypeRef type = want_float ? t->f64 : t->i64;
    enter(t, unboxed);
    LLVMValueRef u = LLVMBuildLoad2(t->b, type, want_float ? t->lfloat[k] : t->lint[k], "");
    LLVMBuildBr(t->b, done);
    enter(t, boxed);
    LLVMValueRef o = get_slot(t, k);
    LLVMValueRef ob_type = load(t, t->ptr, o, offsetof(PyObject, ob_type));
    if (want_float) {
        branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, &PyFloat_Type), ""),
                  deopt, "is_float");
    } else {
        branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, ob_type, const_ptr(t, &PyLong_Type), ""),
                  deopt, "is_int");
        LLVMValueRef big = load(t, t->ptr, o, offsetof(PyLongObject, big));
        branch_if(t, LLVMBuildIsNull(t->b, big, ""), deopt, "is_small");
    }
    LLVMValueRef b = want_float ? load(t, t->f64, o, offsetof(PyFloatObject, ob_fval))
                                : load(t, t->i64, o, offsetof(PyLongObject, value));
    LLVMBasicBlockRef boxed_end = LLVMGetInsertBlock(t->b);
    LLVMBuildBr(t->b, done);
    enter(t, done);
    LLVMValueRef phi = LLVMBuildPhi(t->b, type, "");
    LLVMValueRef values[2] = {u, b};
    LLVMBasicBlockRef from[2] = {unboxed, boxed_end};
    LLVMAddIncoming(phi, values, from, 2);
    return phi;
}
