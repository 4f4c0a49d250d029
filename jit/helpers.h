// helpers.h: the C functions native code calls (helpers.c, helpers_generic.c, deopt.c), listed
// with their LLVM signatures in helpers.def. Each jit_op_* runs one instruction's generic
// semantics on the frame's value stack in memory, mostly by the interpreter's own code:
// sp is the first free slot before the instruction; the result is 0, or -1 with the
// exception set and frame->stacktop saved so the interpreter can unwind.
#ifndef KRAIT_JIT_HELPERS_H
#define KRAIT_JIT_HELPERS_H

#include "vm/frame.h"

#define HELPER(name, fn, ...)
#define OP_HELPER(name, fn) int fn(Frame *f, PyObject **sp, int oparg);
#include "jit/helpers.def"
#undef HELPER

// Generic BINARY_OP and COMPARE_OP (the native fast paths fall back to these).
int jit_op_binary_op(Frame *f, PyObject **sp, int oparg);
int jit_op_compare_op(Frame *f, PyObject **sp, int oparg);

// CALL with the keyword names its KW_NAMES gave (a borrowed constant tuple, or NULL); 1
// (nothing done) when the interpreter should make this call itself.
int jit_op_call(Frame *f, PyObject **sp, int oparg, PyObject *kwnames);

// Native code calls Python functions through nested C calls, which cost C stack that the
// interpreter's own calls do not; past this much of the stack the interpreter makes the call
// instead, so deep recursion reaches the recursion limit, not the end of the C stack.
#define JIT_CALL_STACK_RESERVE ((size_t)2 * 1024 * 1024)

// Is the C stack too deep for native code to make a Python call itself?
static inline int
jit_c_stack_low(void)
{
    char *here = __builtin_frame_address(0);
    return here < rt_tstate()->c_stack_limit + JIT_CALL_STACK_RESERVE;
}

// CALL of a Python function whose version native code has checked, with positional arguments
// only, from min_args (the cache's minimum) on (call.c): its frame pushed as the interpreter
// pushes it, run natively when compiled, finished in the interpreter when it deoptimizes or
// raises. 0 (result pushed), -1 (exception set, stacktop saved), or 1 (nothing done) when the
// interpreter should make this call itself (the C stack is deep).
int jit_call_py(Frame *f, PyObject **sp, int oparg, int min_args);

// FOR_ITER: 1 when the next item was pushed, 0 when the iterator is exhausted (and popped),
// -1 with an exception (stacktop saved).
int jit_op_for_iter(Frame *f, PyObject **sp, int oparg);

// Count an exit of a unit to the interpreter at code-unit index `index` (deopt.c).
void jit_note_exit(void *unit, int index);

// Count a failed guard (a JitGuard) of the instruction at `index` (deopt.c).
void jit_note_guard(void *unit, int index, int guard);

// An unboxed local's value as a new object: an int when kind is LOCAL_INT, else a float;
// NULL on MemoryError (helpers_num.c).
PyObject *jit_box_number(int kind, int64_t i, double f);

// ---- object fast paths (helpers_obj.c) -------------------------------------------------------

// STORE_ATTR_INSTANCE_VALUE on owner, whose type's version the caller checked: entry ix of its
// split dict takes value (a new reference): 0; 1 (nothing done) when the dict does not fit
// the form; -1 with MemoryError set (value not taken).
int jit_store_instance_value(PyObject *owner, PyObject *value, int64_t ix);

// d[key] for an exact dict d (BINARY_SUBSCR_DICT): a new reference, or NULL with the
// exception set (KeyError(key) when it is missing).
PyObject *jit_dict_subscr(PyObject *d, PyObject *key);

#endif
