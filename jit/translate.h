// translate.h: what translate.c and translate_num.c share: the translator's state and the
// small IR building blocks (frame slots, reference counting, exits, helper calls), inline.
#ifndef KRAIT_JIT_TRANSLATE_H
#define KRAIT_JIT_TRANSLATE_H

#include <stddef.h>
#include "jit/jit.h"
#include "vm/eval.h"
#include "vm/opcode.h"
#include "vm/profile.h"


// One decoded instruction, at the code unit its EXTENDED_ARG prefixes start from.
typedef struct {
    int at;    // the code unit of the instruction itself (after its prefixes)
    int op;    // opcode
    int arg;   // full argument
    int next;  // the code unit after the instruction and its caches
    int depth; // stack depth before it, -1 while unreached
} Instr;

// Where a value of the value stack is while native code runs (translate_value.c). Only V_MEM
// values are in the frame's memory; the others are virtual: known to the translator, stored
// (boxed) into their slot only when something needs the interpreter's layout ("flushing").
// Virtual values live only across fall-through edges inside a stretch of instructions that
// nothing else jumps into, so every block entered otherwise starts with the stack in memory.
typedef enum {
    V_MEM,   // an owned object in its frame slot
    V_LOCAL, // the (bound) object of local `local`, borrowed: no reference taken yet
    V_CONST, // the constant `obj`, borrowed
    V_INT,   // an unboxed machine-word int (i64 `v`)
    V_FLOAT, // an unboxed float (double `v`)
    V_BOOL,  // a bool (i1 `v`)
    V_ITEM,  // an item (`v`) of a list or tuple held by a local or a constant, borrowed: valid
             // until anything may change the container or the local (vs_own_items)
} ValueKind;

typedef struct {
    ValueKind kind;
    LLVMValueRef v;
    int local;
    PyObject *obj;
} Value;

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
    Value *vstack;            // the value stack's virtual state at the current instruction
    char *joins;              // per code unit: entered other than by falling through
    int speculate;            // type feedback may be used (not after repeated deopts)
    // Unboxed locals (translate_locals.c), per local: NULL where the local always lives in the
    // frame, else allocas of its state (i8 `lkind`: a LOCAL_* value), an i64 and a double.
    LLVMValueRef *lkind, *lint, *lfloat;
    char *lclean; // per local: known to be in the frame at this point of the translation
    // The tails that deopt and failure blocks share (translate_value.c), made on first use:
    // they write the unboxed locals back once per function instead of once per site.
    LLVMBasicBlockRef deopt_tail, fail_tail;
    LLVMValueRef deopt_at, deopt_reason; // the deopt tail's phis: the site and its JitGuard
    // The eval breaker's shared slow path (translate_locals.c): `breaker_site` numbers the
    // sites (a phi), `breaker_return` switches back to the one that came.
    LLVMBasicBlockRef breaker_tail;
    LLVMValueRef breaker_site, breaker_return;
    int breaker_sites;
    char *bound; // per local: a parameter that nothing deletes, so always bound
} Translator;

// Where an unboxable local's value is (its `lkind` alloca).
enum { LOCAL_BOXED, LOCAL_INT, LOCAL_FLOAT };

// ---- unboxed locals (translate_locals.c) ------------------------------------------------------
// A local that instructions store numbers into (results of arithmetic, range iteration) may
// keep an unboxed int or float in SSA instead of an object in the frame; its frame slot is NULL
// meanwhile. It is written back (boxed) before anything that may look at the frame.

// Choose the unboxable locals and create their state in the entry block (all boxed).
void jit_locals_init(Translator *t);

// Is local k unboxable?
static inline int
jit_local_unboxable(Translator *t, int k)
{
    return t->lkind != NULL && t->lkind[k] != NULL;
}

// Emit code writing unboxed local k back into the frame; an out-of-memory failure raises with
// `depth` values (in memory) on the stack. `commit`: the main path's, so k is known clean after.
void jit_local_flush(Translator *t, int k, int depth, int commit);

// The same for every unboxable local.
void jit_locals_flush(Translator *t, int depth, int commit);

// Emit code writing every unboxed local back, whatever the translation knows of them, for a
// tail that many sites share; out of memory, it raises with frame->stacktop as the site set it.
void jit_locals_flush_shared(Translator *t);

// Before RETURN_VALUE: a returning frame's locals die with it unboxed, unless a frame object
// outlives the frame (sys._getframe, a traceback) and shows them; emit the write-back for then.
void jit_locals_flush_for_return(Translator *t, int depth);

// Forget what is known about the locals' state (at a join).
void jit_locals_unknown(Translator *t);

// The state of unboxable local k, loaded (i8).
LLVMValueRef jit_local_kind(Translator *t, int k);

// STORE_FAST k of an unboxed V_INT or V_FLOAT value v.
void jit_local_store_unboxed(Translator *t, int k, ValueKind kind, LLVMValueRef v);

// Unboxable local k as an i64 (want_float 0), a double (1), or a double from an int or a
// float (2): its unboxed value, or its object's behind a type guard; a failed guard branches
// to deopt.
LLVMValueRef jit_local_unbox(Translator *t, int k, int want_float, LLVMBasicBlockRef deopt);

// A boxed int (machine word) or float o as a double; anything else branches to deopt.
LLVMValueRef jit_unbox_num(Translator *t, LLVMValueRef o, LLVMBasicBlockRef deopt);



// ---- type feedback -------------------------------------------------------------------------

// The interpreter's feedback for the site of `in`, when the translation may speculate there
// (not after repeated deopts): 1 with *site filled, else 0.
static inline int
jit_site_feedback(Translator *t, const Instr *in, VmSiteProfile *site)
{
    return t->speculate && jit_may_speculate(t->co, in->at) &&
           vm_profile_site(t->co, in->at, site);
}

// ---- IR building blocks ---------------------------------------------------------------------

static inline LLVMTypeRef
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

static inline void
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

static inline LLVMValueRef
call(Translator *t, JitHelperId h, LLVMValueRef *args, unsigned n)
{
    return LLVMBuildCall2(t->b, t->helper_type[h], t->helper[h], args, n, "");
}

static inline LLVMValueRef
const_i32(Translator *t, long v)
{
    return LLVMConstInt(t->i32, (unsigned long long)v, 1);
}

static inline LLVMValueRef
const_i64(Translator *t, long long v)
{
    return LLVMConstInt(t->i64, (unsigned long long)v, 1);
}

// A pointer known when compiling (objects the code object keeps alive, static objects).
static inline LLVMValueRef
const_ptr(Translator *t, const void *p)
{
    return LLVMConstIntToPtr(const_i64(t, (long long)(uintptr_t)p), t->ptr);
}

// base + offset bytes.
static inline LLVMValueRef
byte_gep(Translator *t, LLVMValueRef base, size_t offset)
{
    LLVMValueRef off = const_i64(t, (long long)offset);
    return LLVMBuildInBoundsGEP2(t->b, t->i8, base, &off, 1, "");
}

static inline LLVMValueRef
load(Translator *t, LLVMTypeRef type, LLVMValueRef base, size_t offset)
{
    return LLVMBuildLoad2(t->b, type, byte_gep(t, base, offset), "");
}

static inline void
store(Translator *t, LLVMValueRef v, LLVMValueRef base, size_t offset)
{
    LLVMBuildStore(t->b, v, byte_gep(t, base, offset));
}

// The address of localsplus slot k (locals first, then the value stack).
static inline size_t
slot_offset(int k)
{
    return offsetof(Frame, localsplus) + sizeof(PyObject *) * (size_t)k;
}

// The value-stack slot at `depth`.
static inline int
stack_slot(Translator *t, int depth)
{
    return t->co->co_nlocalsplus + depth;
}

static inline LLVMValueRef
get_slot(Translator *t, int k)
{
    return load(t, t->ptr, t->frame, slot_offset(k));
}

static inline void
set_slot(Translator *t, int k, LLVMValueRef v)
{
    store(t, v, t->frame, slot_offset(k));
}

// The stack pointer a helper receives: the first free slot at `depth`.
static inline LLVMValueRef
stack_pointer(Translator *t, int depth)
{
    return byte_gep(t, t->frame, slot_offset(stack_slot(t, depth)));
}

static inline LLVMBasicBlockRef
new_block(Translator *t, const char *name)
{
    return LLVMAppendBasicBlockInContext(t->cx, t->fn, name);
}

// Go on in `bb` from now on.
static inline void
enter(Translator *t, LLVMBasicBlockRef bb)
{
    LLVMPositionBuilderAtEnd(t->b, bb);
}

// Branch to the block of the instruction at code unit i.
static inline void
goto_instr(Translator *t, int i)
{
    LLVMBuildBr(t->b, t->block[i]);
}

// if (cond) then-block else else-block, continuing in the then-block.
static inline LLVMBasicBlockRef
branch_if(Translator *t, LLVMValueRef cond, LLVMBasicBlockRef otherwise, const char *name)
{
    LLVMBasicBlockRef then = new_block(t, name);
    LLVMBuildCondBr(t->b, cond, then, otherwise);
    enter(t, then);
    return then;
}

static inline void
incref(Translator *t, LLVMValueRef o)
{
    LLVMValueRef rc = load(t, t->i64, o, offsetof(PyObject, ob_refcnt));
    store(t, LLVMBuildAdd(t->b, rc, const_i64(t, 1), ""), o, offsetof(PyObject, ob_refcnt));
}

static inline void
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

static inline void
xdecref(Translator *t, LLVMValueRef o)
{
    LLVMBasicBlockRef done = new_block(t, "xdecref.done");
    branch_if(t, LLVMBuildIsNotNull(t->b, o, ""), done, "xdecref");
    decref(t, o);
    LLVMBuildBr(t->b, done);
    enter(t, done);
}

// frame->prev_instr = the instruction at code unit `at` (for tracebacks, f_lineno, errors).
static inline void
set_prev_instr(Translator *t, int at)
{
    uintptr_t p = (uintptr_t)t->co->co_code + sizeof(PyCodeUnit) * (uintptr_t)(long)at;
    store(t, const_ptr(t, (void *)p), t->frame, offsetof(Frame, prev_instr));
}

static inline void
set_stacktop(Translator *t, int depth)
{
    store(t, const_i32(t, stack_slot(t, depth)), t->frame, offsetof(Frame, stacktop));
}

// Raise from native code: the stack holds `depth` owned values.
static inline void
fail(Translator *t, int depth)
{
    set_stacktop(t, depth);
    LLVMBuildBr(t->b, t->fail);
}

// Branch to fail when a helper's int result is negative (it saved the stack itself).
static inline void
check_helper(Translator *t, LLVMValueRef status)
{
    LLVMBasicBlockRef ok = new_block(t, "ok");
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntSLT, status, const_i32(t, 0), ""), t->fail,
                    ok);
    enter(t, ok);
}

// Point the frame at instruction `in` for the interpreter to resume there, with its stack.
static inline void
set_resume_point(Translator *t, const Instr *in)
{
    uintptr_t p = (uintptr_t)t->co->co_code + sizeof(PyCodeUnit) * (uintptr_t)(long)in->at;
    // The interpreter resumes at prev_instr + 1; the prefixes of `in` were decoded already.
    store(t, const_ptr(t, (void *)(p - sizeof(PyCodeUnit))), t->frame,
          offsetof(Frame, prev_instr));
    set_stacktop(t, in->depth);
}

// Hand the frame back to the interpreter before instruction `in` (it runs it and the rest).
static inline void
exit_to_interpreter(Translator *t, const Instr *in)
{
    set_resume_point(t, in);
    if (jit_options.stats && in->op != OP_RETURN_VALUE) {
        LLVMValueRef args[2] = {const_ptr(t, t->unit), const_i32(t, in->at)};
        call(t, JIT_H_note_exit, args, 2);
    }
    LLVMBuildRet(t->b, const_i32(t, VM_JIT_RESUME));
}

// Serve the eval breaker if it is set (back-edges, after calls), as the interpreter does:
// the flag is tested inline, the rest is one slow path the function's sites share
// (translate_locals.c).
void jit_serve_eval_breaker(Translator *t, const Instr *in, int depth);

static inline void
check_eval_breaker(Translator *t, const Instr *in, int depth)
{
    jit_serve_eval_breaker(t, in, depth);
}

// ---- instructions ---------------------------------------------------------------------------

// The generic body of `in` (its jit_op_* helper), then the next instruction.
static inline void
op_helper(Translator *t, const Instr *in, JitHelperId h)
{
    set_prev_instr(t, in->at);
    LLVMValueRef args[3] = {t->frame, stack_pointer(t, in->depth), const_i32(t, in->arg)};
    check_helper(t, call(t, h, args, 3));
    goto_instr(t, in->next);
}


// ---- the virtual value stack (translate_value.c) ------------------------------------------

// The value at stack depth `d` (0 is the bottom).
static inline Value *
vs_at(Translator *t, int d)
{
    return &t->vstack[d];
}

// Mark the stack below `depth` as all in memory (the state at a join).
void vs_reset(Translator *t, int depth);

// Emit code storing every virtual value below `depth` into its slot; `commit` records that
// they are in memory from now on (else the code is a side path's: a failure, an exit).
void vs_flush(Translator *t, int depth, int commit);

// Flush the values below `depth` that borrow local `local` (before the local changes).
void vs_flush_local(Translator *t, int depth, int local);

// Take a reference to every V_ITEM below `depth`, turning it into a value in memory: before
// anything that may run arbitrary code (a decref of an object of unknown type) or change a
// local or a list.
void vs_own_items(Translator *t, int depth);

// Does the translation of `op` keep V_ITEM values valid by itself (calling vs_own_items where
// it needs to)? Before any other instruction the translator owns them.
int vs_keeps_items(int op);

// The object at `d` as a new reference, boxing unboxed values; NULL only on MemoryError.
LLVMValueRef vs_box(Translator *t, int d);

// Go on with the instruction after `in`, whose stack has `depth` values: virtual values carry
// over when nothing else enters it, else they are flushed first.
void vs_fall_through(Translator *t, const Instr *in, int depth);

// A new block that deoptimizes at `in` for `reason` (JitGuard): flushes the stack as it is now
// (the instruction has consumed nothing yet), counts the deopt and resumes the interpreter at
// `in`. The builder stays where it was.
LLVMBasicBlockRef vs_deopt_block(Translator *t, const Instr *in, int reason);

// Raise from native code at `in` with `depth` values on the stack, flushing them first.
void vs_fail(Translator *t, const Instr *in, int depth);

// LOAD_FAST, LOAD_CONST and STORE_FAST on the virtual stack.
void jit_translate_load_fast(Translator *t, const Instr *in);

void jit_translate_load_const(Translator *t, const Instr *in, PyObject *o);

void jit_translate_store_fast(Translator *t, const Instr *in);

// POP_JUMP_FORWARD/BACKWARD_IF_TRUE/FALSE of a V_BOOL: a direct branch. 0 when TOS is not a
// V_BOOL (nothing emitted).
int jit_translate_branch_on_bool(Translator *t, const Instr *in, int when, int target);

// The object a V_MEM, V_LOCAL or V_CONST value at depth d refers to (borrowed), writing an
// unboxed local back first.
static inline LLVMValueRef
vs_object(Translator *t, int d)
{
    const Value *v = vs_at(t, d);
    if (v->kind == V_LOCAL && jit_local_unboxable(t, v->local))
        jit_local_flush(t, v->local, d, 0);
    if (v->kind == V_LOCAL)
        return get_slot(t, v->local);
    if (v->kind == V_CONST)
        return const_ptr(t, v->obj);
    if (v->kind == V_ITEM)
        return v->v;
    return get_slot(t, stack_slot(t, d));
}

// COPY and SWAP on the virtual stack.
void jit_translate_copy(Translator *t, const Instr *in);

void jit_translate_swap(Translator *t, const Instr *in);

// ---- numbers (translate_num.c) --------------------------------------------------------------

// What a numeric operand is known to be.
typedef enum {
    K_UNKNOWN,
    K_INT,   // a machine-word int (i64)
    K_FLOAT, // a float (double)
    K_NUM,   // either, unboxed as a double (an operand of float arithmetic)
} NumKind;

// The kind of the value at depth d that the translator knows without feedback.
NumKind jit_static_kind(Translator *t, int d);

// The kind a site's feedback (a VmOperandKind of vm/profile.h) gives an operand.
NumKind jit_feedback_kind(int kind);

// The value at depth d unboxed as `kind` (its own kind: an i64 or a double), guarding boxed
// objects (exact type, machine-word int): a failed guard branches to `deopt`.
LLVMValueRef jit_unbox(Translator *t, int d, NumKind kind, LLVMBasicBlockRef deopt);

// BINARY_OP and COMPARE_OP with their int and float fast paths (translate_num.c).
void jit_translate_binary_op(Translator *t, const Instr *in);

void jit_translate_compare_op(Translator *t, const Instr *in);

void jit_translate_unary_negative(Translator *t, const Instr *in);

// ---- sequences (translate_seq.c) ------------------------------------------------------------

// BINARY_SUBSCR, STORE_SUBSCR and UNPACK_SEQUENCE: on lists and tuples natively behind guards
// (type, machine-word index within bounds, length) where feedback or the translator knows the
// operands' kinds, else the generic helper.
void jit_translate_binary_subscr(Translator *t, const Instr *in);

void jit_translate_store_subscr(Translator *t, const Instr *in);

void jit_translate_unpack_sequence(Translator *t, const Instr *in);

// FOR_ITER over a list or tuple iterator natively, where feedback saw one (another iterator
// deoptimizes), with the stack in memory; 0 when there is no such feedback (nothing emitted).
int jit_translate_for_iter_seq(Translator *t, const Instr *in, int exhausted_target);

// ---- calls of C builtins on numbers (translate_builtin.c) --------------------------------

// Is `in` the PRECALL or CALL of a call of a C builtin that translate_builtin.c translates
// natively (math.sqrt(x), abs(x), ...)? Such instructions work on the virtual stack.
int jit_builtin_call_site(Translator *t, const Instr *in);

// PRECALL and CALL of such a site natively: 0 when `in` is not one (nothing emitted).
int jit_translate_builtin_precall(Translator *t, const Instr *in);

int jit_translate_builtin_call(Translator *t, const Instr *in);

// ---- globals and attributes (translate_attr.c) ----------------------------------------------

// LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD: natively behind the version guards of the form the
// site quickened to, else the generic helper.
void jit_translate_load_global(Translator *t, const Instr *in);

void jit_translate_load_attr(Translator *t, const Instr *in);

void jit_translate_load_method(Translator *t, const Instr *in);

// STORE_ATTR: natively behind the type-version guard of STORE_ATTR_INSTANCE_VALUE / _SLOT,
// else the generic helper.
void jit_translate_store_attr(Translator *t, const Instr *in);

// ---- dicts and strings (translate_obj.c) ---------------------------------------------------

// COMPARE_OP (== / !=) of two exact strs, BINARY_OP + of two exact strs, BINARY_SUBSCR and
// STORE_SUBSCR of an exact dict, where the site specialized to that form: translated behind
// exact-type guards (1), or nothing emitted when it did not (0).
int jit_translate_compare_str(Translator *t, const Instr *in);

int jit_translate_add_unicode(Translator *t, const Instr *in);

int jit_translate_subscr_dict(Translator *t, const Instr *in);

int jit_translate_store_subscr_dict(Translator *t, const Instr *in);

// ---- calls (translate_call.c) ---------------------------------------------------------------

// CALL of a Python function where feedback saw CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS: a
// version guard (a failed one deoptimizes), then a direct call (call.c). 0 when the site has no
// such feedback or passes keyword names (nothing emitted).
int jit_translate_call_py(Translator *t, const Instr *in);

// PRECALL natively: the helper only when [NULL, bound method] is to be unpacked.
void jit_translate_precall(Translator *t, const Instr *in);

#endif
