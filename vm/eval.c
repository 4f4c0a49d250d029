// eval.c: the interpreter loop. Computed-goto dispatch over the table generated from
// opcodes.def; calls between Python functions push a frame and stay in this C function, so
// Python recursion does not grow the C stack. Instruction bodies longer than a few lines
// call vm/ops.c; argument binding is in call.c, tracebacks in traceback.c.
#include "runtime/call.h"
#include "runtime/objects/func.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"
#include "vm/builtins.h"
#include "vm/call.h"
#include "vm/eval.h"
#include "vm/frameobject.h"
#include "vm/generic_ops.h"
#include "vm/genobject.h"
#include "vm/jit_loader.h"
#include "vm/opcode.h"
#include "vm/ops.h"
#include "vm/specialize.h"
#include "vm/stack_macros.h"
#include "vm/traceback.h"

volatile int vm_eval_breaker;

int
vm_handle_eval_breaker(void)
{
    // Clear the word first: a request arriving while this runs sets it again.
    vm_eval_breaker = 0;
    return rt_eval_breaker_serve();
}

// A Python frame is about to start beyond the recursion limit: raise RecursionError,
// unless the error itself is being raised (creating it may call a little deeper).
static int
recursion_error(RtThreadState *ts)
{
    if (ts->recursion_headroom) {
        if (ts->recursion_depth > ts->recursion_limit + 50)
            Py_FatalError("Cannot recover from stack overflow.");
        return 0;
    }
    ts->recursion_headroom = 1;
    PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
    ts->recursion_headroom = 0;
    return -1;
}

// An error path was taken: an exception must be pending (a C function that returned NULL
// without one is a bug reported as SystemError, as CPython does).
static void
check_exception_set(RtThreadState *ts)
{
    if (ts->current_exception == NULL)
        PyErr_SetString(PyExc_SystemError, "error return without exception set");
}

// The callable of a CALL with oparg arguments once PRECALL has unpacked bound methods: below
// [callable, self, args...] or [NULL, callable, args...].
static inline PyObject *
call_callable(PyObject **sp, int oparg)
{
    return sp[-oparg - 2] != NULL ? sp[-oparg - 2] : sp[-oparg - 1];
}

// The positional arguments such a CALL passes (self included).
static inline int
call_nargs(PyObject **sp, int oparg, PyObject *kwnames)
{
    int total = oparg + (sp[-oparg - 2] != NULL);
    return total - (kwnames == NULL ? 0 : (int)PyTuple_GET_SIZE(kwnames));
}

static PyObject *
unsupported_opcode(int opcode)
{
    const char *name = vm_opcode_name(opcode);
    if (name == NULL)
        return PyErr_Format(PyExc_SystemError, "unknown opcode %d", opcode);
    return PyErr_Format(PyExc_SystemError, "opcode not supported yet: %s", name);
}

// ---- the dispatch shim ------------------------------------------------------------------------

#define TARGET(op) TARGET_##op : frame->prev_instr = next_instr++;
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        word = *next_instr;                                                                        \
        opcode = rt_code_unit_op(word);                                                            \
        oparg = rt_code_unit_arg(word);                                                            \
        goto *dispatch_table[opcode];                                                              \
    } while (0)
#define JUMPBY(n) (next_instr += (n))
#define SKIP_CACHES(op) JUMPBY(vm_opcode_caches(OP_##op))
#define CHECK_EVAL_BREAKER()                                                                       \
    do {                                                                                           \
        if (vm_eval_breaker && vm_handle_eval_breaker() < 0)                                       \
            goto error;                                                                            \
    } while (0)

// A tier-up point (jit_loader.c): run native code from the next instruction if the JIT has
// some, then go on from wherever it stopped. One predictable branch when --jit is off.
#define JIT_ENTER(when)                                                                            \
    do {                                                                                           \
        if (vm_jit_active && (when)) {                                                             \
            int jit_ = vm_jit_enter(frame, (int)(next_instr - first_instr));                       \
            if (jit_ != VM_JIT_NOT_ENTERED) {                                                      \
                LOAD_FRAME();                                                                      \
                if (jit_ == VM_JIT_ERROR)                                                          \
                    goto error;                                                                    \
            }                                                                                      \
        }                                                                                          \
    } while (0)

#define CONST(i) (consts[i])
#define NAME(i) (names[i])
#define SAVE_STACK() (frame->stacktop = (int)(stack_pointer - frame->localsplus))
#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        first_instr = frame->code->co_code;                                                        \
        next_instr = frame->prev_instr + 1;                                                        \
        stack_pointer = frame->localsplus + frame->stacktop;                                       \
        consts = ((PyTupleObject *)frame->code->co_consts)->ob_item;                               \
        names = ((PyTupleObject *)frame->code->co_names)->ob_item;                                 \
    } while (0)

// Specialization (PEP 659; specialize.h): a family instruction counts its executions in its
// first cache entry and, when it is time, lets specialize.c rewrite it; a rewritten
// instruction runs again in its new form with the same oparg, so EXTENDED_ARG stays valid.
#define ADAPTIVE(family, decide)                                                                   \
    do {                                                                                           \
        if (vm_spec_tick(next_instr)) {                                                            \
            decide;                                                                                \
            if (vm_spec_stats_enabled | vm_spec_report_dis)                                        \
                vm_spec_stats_note_code(frame->code);                                              \
            if (rt_code_unit_op(next_instr[-1]) != OP_##family) {                                  \
                opcode = rt_code_unit_op(*--next_instr);                                           \
                goto *dispatch_table[opcode];                                                      \
            }                                                                                      \
        }                                                                                          \
    } while (0)

// A specialized form's guard failed: count the miss, then run the family's generic body.
#define DEOPT_IF(cond, family)                                                                     \
    do {                                                                                           \
        if (cond) {                                                                                \
            vm_specialize_miss(next_instr - 1);                                                    \
            goto generic_##family;                                                                 \
        }                                                                                          \
    } while (0)

// Cache entry i (1-based after the counter) of the instruction being executed.
#define CACHE(i) (next_instr[i])
#define CACHE32(i) vm_cache_read32(next_instr + (i))

// The conditional jumps: jump by `distance` when `test` (1, 0, or -1 with an error) equals
// `when`; backward jumps check the eval breaker.
#define JUMP_WHEN(test, when, distance, check_breaker)                                             \
    do {                                                                                           \
        int test_ = (test);                                                                        \
        if (test_ < 0)                                                                             \
            goto error;                                                                            \
        if (test_ == (when)) {                                                                     \
            JUMPBY(distance);                                                                      \
            if (check_breaker) {                                                                   \
                frame->code->co_backedges++; /* a while loop's back-edge */                        \
                CHECK_EVAL_BREAKER();                                                              \
                JIT_ENTER(1);                                                                      \
            }                                                                                      \
        }                                                                                          \
        DISPATCH();                                                                                \
    } while (0)

// Keep TOS and jump when its truth equals `when`, else pop it.
#define JUMP_IF_OR_POP(when)                                                                       \
    do {                                                                                           \
        int truth_ = PyObject_IsTrue(TOP());                                                       \
        if (truth_ < 0)                                                                            \
            goto error;                                                                            \
        if (truth_ == (when)) {                                                                    \
            JUMPBY(oparg);                                                                         \
        } else {                                                                                   \
            PyObject *v_ = POP();                                                                  \
            Py_DECREF(v_);                                                                         \
        }                                                                                          \
        DISPATCH();                                                                                \
    } while (0)

// Leave an entry frame: the thread's frames are cleared and popped here, while a
// generator's frame stays in its generator, which clears it once finished (genobject.c).
static inline void
leave_entry_frame(VmThreadState *vs, Frame *frame)
{
    if (frame->owner == FRAME_OWNED_BY_THREAD)
        vm_frame_clear_and_pop(vs, frame);
}

PyObject *
vm_eval_frame(VmThreadState *vs, Frame *frame)
{
    return vm_eval_frame_ex(vs, frame, 0);
}

PyObject *
vm_eval_frame_ex(VmThreadState *vs, Frame *frame, int throwflag)
{
    // Every byte dispatches somewhere: unlisted opcodes to unknown_opcode, then each listed
    // one to its TARGET (the later initializers override the range on purpose).
    _Pragma("GCC diagnostic push");
    _Pragma("GCC diagnostic ignored \"-Woverride-init\"");
    static const void *const dispatch_table[256] = {
        [0 ... 255] = &&unknown_opcode,
#define OP(name, num, effect, jump_effect, caches, operand, doc) [num] = &&TARGET_##name,
#define SPEC(name, num, family, doc) [num] = &&TARGET_##name,
#include "vm/opcodes.def"
#undef SPEC
#undef OP
    };
    _Pragma("GCC diagnostic pop");
    RtThreadState *ts = rt_tstate();
    frame->is_entry = 1;
    frame->previous = vs->current_frame;
    vs->current_frame = frame;
    if (vm_check_c_stack(vs) < 0) {
        vs->current_frame = frame->previous;
        leave_entry_frame(vs, frame);
        return NULL;
    }

    PyCodeUnit *first_instr, *next_instr, word;
    PyObject **stack_pointer, **consts, **names;
    PyObject *kwnames = NULL; // set by KW_NAMES for the next CALL (borrowed constant)
    int opcode, oparg;
    int handler, handler_depth, handler_lasti; // the exception table entry when unwinding
    Frame *exiting;                            // the frame being popped by exit_unwind

start_frame:
    if (++ts->recursion_depth > ts->recursion_limit && recursion_error(ts) < 0)
        goto exit_unwind;
    LOAD_FRAME();
    if (throwflag) {
        throwflag = 0; // only the generator frame this call resumes starts by raising
        goto error;
    }
    DISPATCH();

    // ---- stack and constants --------------------------------------------------------------

    TARGET(NOP)
    {
        DISPATCH();
    }

    TARGET(RESUME)
    {
        if (oparg == 0)
            frame->code->co_calls++;
        if (oparg < 2)
            CHECK_EVAL_BREAKER();
        JIT_ENTER(oparg == 0);
        DISPATCH();
    }

    TARGET(LOAD_FAST)
    {
        PyObject *v = GETLOCAL(oparg);
        if (v == NULL) {
            vm_unbound_error(frame->code, oparg);
            goto error;
        }
        PUSH(Py_NewRef(v));
        DISPATCH();
    }

    TARGET(LOAD_CONST)
    {
        PUSH(Py_NewRef(CONST(oparg)));
        DISPATCH();
    }

    TARGET(STORE_FAST)
    {
        PyObject *v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(POP_TOP)
    {
        PyObject *v = POP();
        Py_XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL)
    {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY)
    {
        PyObject *v = PEEK(oparg);
        PUSH(Py_NewRef(v));
        DISPATCH();
    }

    TARGET(SWAP)
    {
        PyObject *top = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = top;
        DISPATCH();
    }

    TARGET(EXTENDED_ARG)
    {
        oparg = (oparg << 8) | rt_code_unit_arg(*next_instr);
        opcode = rt_code_unit_op(*next_instr);
        goto *dispatch_table[opcode];
    }

    // ---- operators --------------------------------------------------------------------------

    TARGET(BINARY_OP)
    ADAPTIVE(BINARY_OP, vm_specialize_binary_op(SECOND(), TOP(), next_instr - 1, oparg));
    goto generic_BINARY_OP;

    TARGET(COMPARE_OP)
    ADAPTIVE(COMPARE_OP, vm_specialize_compare_op(SECOND(), TOP(), next_instr - 1, oparg));
    goto generic_COMPARE_OP;

    TARGET(IS_OP)
    {
        PyObject *right = POP();
        PyObject *left = TOP();
        int is = (left == right) ^ oparg;
        Py_DECREF(left);
        Py_DECREF(right);
        SET_TOP(is ? Py_True : Py_False);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR)
    ADAPTIVE(BINARY_SUBSCR, vm_specialize_binary_subscr(SECOND(), TOP(), next_instr - 1));
    goto generic_BINARY_SUBSCR;

    TARGET(STORE_SUBSCR)
    ADAPTIVE(STORE_SUBSCR, vm_specialize_store_subscr(SECOND(), TOP(), next_instr - 1));
    goto generic_STORE_SUBSCR;

    // ---- names ----------------------------------------------------------------------------

    TARGET(LOAD_GLOBAL)
    ADAPTIVE(LOAD_GLOBAL, vm_specialize_load_global(frame->globals, frame->builtins,
                                                    next_instr - 1, NAME(oparg >> 1)));
    goto generic_LOAD_GLOBAL;

    // ---- attributes -------------------------------------------------------------------------

    TARGET(LOAD_ATTR)
    ADAPTIVE(LOAD_ATTR, vm_specialize_load_attr(TOP(), next_instr - 1, NAME(oparg)));
    goto generic_LOAD_ATTR;

    TARGET(STORE_ATTR)
    ADAPTIVE(STORE_ATTR, vm_specialize_store_attr(TOP(), next_instr - 1, NAME(oparg)));
    goto generic_STORE_ATTR;

    TARGET(LOAD_METHOD)
    ADAPTIVE(LOAD_METHOD, vm_specialize_load_method(TOP(), next_instr - 1, NAME(oparg)));
    goto generic_LOAD_METHOD;

    // ---- building containers and strings ---------------------------------------------------

    TARGET(UNPACK_SEQUENCE)
    ADAPTIVE(UNPACK_SEQUENCE, vm_specialize_unpack_sequence(TOP(), next_instr - 1, oparg));
    goto generic_UNPACK_SEQUENCE;

    // ---- control flow -----------------------------------------------------------------------

    TARGET(JUMP_FORWARD)
    {
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD)
    {
        JUMPBY(-oparg);
        frame->code->co_backedges++;
        CHECK_EVAL_BREAKER();
        JIT_ENTER(1);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT)
    {
        JUMPBY(-oparg);
        DISPATCH();
    }

    // clang-format off
    TARGET(POP_JUMP_FORWARD_IF_FALSE) { JUMP_WHEN(truth_steal(POP()), 0, oparg, 0); }
    TARGET(POP_JUMP_FORWARD_IF_TRUE) { JUMP_WHEN(truth_steal(POP()), 1, oparg, 0); }
    TARGET(POP_JUMP_BACKWARD_IF_FALSE) { JUMP_WHEN(truth_steal(POP()), 0, -oparg, 1); }
    TARGET(POP_JUMP_BACKWARD_IF_TRUE) { JUMP_WHEN(truth_steal(POP()), 1, -oparg, 1); }
    TARGET(POP_JUMP_FORWARD_IF_NONE) { JUMP_WHEN(is_none_steal(POP()), 1, oparg, 0); }
    TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) { JUMP_WHEN(is_none_steal(POP()), 0, oparg, 0); }
    TARGET(POP_JUMP_BACKWARD_IF_NONE) { JUMP_WHEN(is_none_steal(POP()), 1, -oparg, 1); }
    TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) { JUMP_WHEN(is_none_steal(POP()), 0, -oparg, 1); }
    TARGET(JUMP_IF_FALSE_OR_POP) { JUMP_IF_OR_POP(0); }
    TARGET(JUMP_IF_TRUE_OR_POP) { JUMP_IF_OR_POP(1); }
    // clang-format on

    TARGET(FOR_ITER)
    {
        int op = vm_specialize_for_iter(TOP(), next_instr - 1);
        if (op != 0) {
            next_instr--;
            goto *dispatch_table[op];
        }
    }
generic_FOR_ITER:
    {
        PyObject *it = TOP();
        PyObject *next = Py_TYPE(it)->tp_iternext(it);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration))
                goto error;
            PyErr_Clear();
        }
        STACK_SHRINK(1);
        Py_DECREF(it);
        JUMPBY(oparg);
        DISPATCH();
    }

    // ---- functions and calls ----------------------------------------------------------------

    TARGET(KW_NAMES)
    {
        kwnames = CONST(oparg);
        DISPATCH();
    }

    TARGET(PRECALL)
    ADAPTIVE(PRECALL,
             vm_specialize_precall(PEEK(oparg + 2), PEEK(oparg + 1), next_instr - 1, oparg, kwnames));
    goto generic_PRECALL;

    TARGET(CALL)
    ADAPTIVE(CALL, vm_specialize_call(call_callable(stack_pointer, oparg), next_instr - 1,
                                      call_nargs(stack_pointer, oparg, kwnames), kwnames));
generic_CALL:
    {
        if (PEEK(oparg + 2) == NULL && PyMethod_Check(PEEK(oparg + 1)))
            unpack_bound_method(&PEEK(oparg + 1));
        int is_meth = PEEK(oparg + 2) != NULL;
        int total_args = oparg + is_meth;
        PyObject *function = PEEK(total_args + 1);
        Py_ssize_t positional = total_args - (kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames));
        if (PyFunction_Check(function) &&
            ((PyFunctionObject *)function)->vectorcall == vm_function_vectorcall) {
            // A Python function: run it in this loop instead of recursing in C.
            PyFunctionObject *f = (PyFunctionObject *)function;
            PyObject *locals =
                (((PyCodeObject *)f->func_code)->co_flags & CO_OPTIMIZED) ? NULL : f->func_globals;
            STACK_SHRINK(total_args);
            Frame *callee =
                vm_push_function_frame(vs, f, locals, stack_pointer, positional, kwnames);
            kwnames = NULL;
            STACK_SHRINK(2 - is_meth);
            Py_DECREF(function);
            if (callee == NULL)
                goto error;
            SKIP_CACHES(CALL);
            frame->prev_instr = next_instr - 1;
            SAVE_STACK();
            callee->previous = frame;
            vs->current_frame = frame = callee;
            goto start_frame;
        }
        PyObject *r = rt_call_vector(function, stack_pointer - total_args,
                                     (size_t)positional | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
        kwnames = NULL;
        Py_DECREF(function);
        STACK_SHRINK(total_args);
        for (int i = 0; i < total_args; i++)
            Py_DECREF(stack_pointer[i]);
        STACK_SHRINK(2 - is_meth);
        PUSH(r);
        if (r == NULL)
            goto error;
        SKIP_CACHES(CALL);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(RETURN_VALUE)
    {
        PyObject *retval = POP();
        SAVE_STACK();
        ts->recursion_depth--;
        Frame *caller = frame->previous;
        vs->current_frame = caller;
        if (frame->is_entry) {
            leave_entry_frame(vs, frame);
            return retval;
        }
        vm_frame_clear_and_pop(vs, frame);
        frame = caller;
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }

    // ---- exceptions -------------------------------------------------------------------------

    TARGET(RAISE_VARARGS)
    {
        PyObject *cause = NULL, *exc = NULL;
        switch (oparg) {
        case 2:
            cause = POP();
            // fall through
        case 1:
            exc = POP();
            // fall through
        case 0:
            break;
        default:
            PyErr_SetString(PyExc_SystemError, "bad RAISE_VARARGS oparg");
            goto error;
        }
        if (vm_do_raise(vs, exc, cause))
            goto exception_unwind; // a bare raise keeps its traceback as is
        goto error_traceback;
    }

    TARGET(RERAISE)
    {
        if (oparg) {
            PyObject *lasti = PEEK(oparg + 1);
            if (!PyLong_Check(lasti)) {
                PyErr_SetString(PyExc_SystemError, "lasti is not an int");
                goto error;
            }
            frame->prev_instr = first_instr + PyLong_AsLong(lasti);
        }
        PyErr_SetRaisedException(POP());
        goto exception_unwind;
    }

    TARGET(LOAD_ASSERTION_ERROR)
    {
        PUSH(Py_NewRef(PyExc_AssertionError));
        DISPATCH();
    }

    // ---- modules and classes ------------------------------------------------------------------

    // ---- generators and coroutines (genobject.c, ops_gen.c) ---------------------------------

    TARGET(RETURN_GENERATOR)
    {
        // The frame moves into a new generator; its caller receives the generator.
        SAVE_STACK();
        PyObject *gen = vm_gen_new_from_frame(frame);
        if (gen == NULL)
            goto error;
        ts->recursion_depth--;
        Frame *caller = frame->previous;
        vs->current_frame = caller;
        int entry = frame->is_entry;
        vm_frame_pop(vs, frame);
        if (entry)
            return gen;
        frame = caller;
        LOAD_FRAME();
        PUSH(gen);
        DISPATCH();
    }

    TARGET(YIELD_VALUE)
    {
        // A generator's frame always runs as the entry frame of a resume (genobject.c).
        PyObject *retval = POP();
        SAVE_STACK();
        vm_gen_from_frame(frame)->gi_frame_state = VM_GEN_SUSPENDED;
        ts->recursion_depth--;
        vs->current_frame = frame->previous;
        return retval;
    }

    TARGET(SEND)
    {
        PyObject *v = POP();
        PyObject *retval;
        PySendResult status = PyIter_Send(TOP(), v, &retval);
        Py_DECREF(v);
        if (status == PYGEN_ERROR)
            goto error;
        if (status == PYGEN_RETURN) {
            // The subiterator finished: its return value replaces it, and the loop ends.
            PyObject *receiver = TOP();
            SET_TOP(retval);
            Py_DECREF(receiver);
            JUMPBY(oparg);
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER)
    {
        PyObject *iterable = TOP();
        PyObject *it = vm_get_yield_from_iter(iterable, frame->code);
        Py_DECREF(iterable);
        SET_TOP(it);
        if (it == NULL)
            goto error;
        DISPATCH();
    }

    TARGET(GET_AWAITABLE)
    {
        PyObject *awaited = TOP();
        PyObject *it = vm_get_awaitable(awaited, oparg);
        Py_DECREF(awaited);
        SET_TOP(it);
        if (it == NULL)
            goto error;
        DISPATCH();
    }

    TARGET(GET_AITER)
    {
        PyObject *it = apply_steal(vm_get_aiter, TOP());
        SET_TOP(it);
        if (it == NULL)
            goto error;
        DISPATCH();
    }

    TARGET(GET_ANEXT)
    {
        PyObject *awaitable = vm_get_anext(TOP());
        if (awaitable == NULL)
            goto error;
        PUSH(awaitable);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR)
    {
        // Stack: the async iterator, the exception that ended the __anext__ await.
        PyObject *exc = POP();
        if (!PyErr_GivenExceptionMatches(exc, PyExc_StopAsyncIteration)) {
            PyErr_SetRaisedException(exc);
            goto exception_unwind;
        }
        Py_DECREF(exc);
        PyObject *aiter = POP();
        Py_DECREF(aiter);
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH)
    {
        PyObject *mgr = TOP();
        PyObject *exit = NULL;
        PyObject *r = vm_before_async_with(mgr, &exit);
        if (r == NULL)
            goto error;
        SET_TOP(exit);
        Py_DECREF(mgr);
        PUSH(r);
        DISPATCH();
    }

    TARGET(ASYNC_GEN_WRAP)
    {
        PyObject *wrapped = apply_steal(vm_async_gen_wrap_value, TOP());
        SET_TOP(wrapped);
        if (wrapped == NULL)
            goto error;
        DISPATCH();
    }

    // ---- specialized forms (opcodes.def's SPEC section; specialize.c writes them) ------------
    // Each guards what its cache entries remember and falls back to its family's generic body
    // (DEOPT_IF) before touching the stack.

    TARGET(LOAD_ATTR_INSTANCE_VALUE)
    {
        PyObject *owner = TOP();
        PyTypeObject *t = Py_TYPE(owner);
        Py_ssize_t ix = CACHE(3);
        PyObject **slot;
        if (t->tp_version_tag == CACHE32(1)) {
            PyDictObject *dict = *(PyDictObject **)((char *)owner + t->tp_dictoffset);
            DEOPT_IF(dict == NULL || dict->ma_values == NULL || ix >= dict->ma_used ||
                         dict->ma_keys != ((PyHeapTypeObject *)t)->ht_cached_keys,
                     LOAD_ATTR);
            slot = &dict->ma_values[ix];
        } else {
            // Another class (a subclass, say) may keep the name at the same entry.
            slot = vm_spec_instance_value_slot(owner, NAME(oparg), ix);
            DEOPT_IF(slot == NULL, LOAD_ATTR);
        }
        VM_SPEC_HIT(LOAD_ATTR);
        SET_TOP(Py_NewRef(*slot));
        Py_DECREF(owner);
        SKIP_CACHES(LOAD_ATTR);
        DISPATCH();
    }

    TARGET(LOAD_ATTR_SLOT)
    {
        PyObject *owner = TOP();
        DEOPT_IF(Py_TYPE(owner)->tp_version_tag != CACHE32(1) &&
                     vm_spec_member_slot(owner, NAME(oparg), CACHE(3), 0) == NULL,
                 LOAD_ATTR);
        PyObject *v = *(PyObject **)((char *)owner + CACHE(3));
        DEOPT_IF(v == NULL, LOAD_ATTR); // unset: the generic body raises AttributeError
        VM_SPEC_HIT(LOAD_ATTR);
        SET_TOP(Py_NewRef(v));
        Py_DECREF(owner);
        SKIP_CACHES(LOAD_ATTR);
        DISPATCH();
    }

    TARGET(LOAD_ATTR_CLASS)
    {
        PyObject *owner = TOP();
        DEOPT_IF(!PyType_CheckExact(owner) ||
                     ((PyTypeObject *)owner)->tp_version_tag != CACHE32(1),
                 LOAD_ATTR);
        VM_SPEC_HIT(LOAD_ATTR);
        SET_TOP(Py_NewRef(vm_spec_objects[CACHE(3)]));
        Py_DECREF(owner);
        SKIP_CACHES(LOAD_ATTR);
        DISPATCH();
    }

    TARGET(LOAD_ATTR_PROPERTY)
    {
        // The getter runs in a frame of this loop; its return value replaces the owner.
        PyObject *owner = TOP();
        DEOPT_IF(Py_TYPE(owner)->tp_version_tag != CACHE32(1), LOAD_ATTR);
        PyObject *fget = ((PropertyObject *)vm_spec_objects[CACHE(3)])->prop_get;
        DEOPT_IF(fget == NULL || !vm_spec_is_simple_function(fget, 1), LOAD_ATTR);
        VM_SPEC_HIT(LOAD_ATTR);
        PyFunctionObject *f = (PyFunctionObject *)fget;
        Frame *callee = vm_frame_push(vs, fget, (PyCodeObject *)f->func_code, f->func_globals,
                                      vm_function_builtins(f), NULL);
        if (callee == NULL)
            goto error;
        callee->localsplus[0] = owner; // the stack's reference moves into the frame
        STACK_SHRINK(1);
        SKIP_CACHES(LOAD_ATTR);
        frame->prev_instr = next_instr - 1;
        SAVE_STACK();
        callee->previous = frame;
        vs->current_frame = frame = callee;
        goto start_frame;
    }

    TARGET(LOAD_ATTR_MODULE)
    {
        PyObject *owner = TOP();
        DEOPT_IF(!PyModule_CheckExact(owner), LOAD_ATTR);
        PyObject *dict = ((PyModuleObject *)owner)->md_dict;
        DEOPT_IF(dict == NULL || vm_spec_dict_keys_version(dict) != CACHE32(1), LOAD_ATTR);
        PyObject *v = vm_spec_dict_entry_value(dict, CACHE(3));
        DEOPT_IF(v == NULL, LOAD_ATTR);
        VM_SPEC_HIT(LOAD_ATTR);
        SET_TOP(Py_NewRef(v));
        Py_DECREF(owner);
        SKIP_CACHES(LOAD_ATTR);
        DISPATCH();
    }

    TARGET(STORE_ATTR_INSTANCE_VALUE)
    {
        PyObject *owner = TOP();
        PyTypeObject *t = Py_TYPE(owner);
        DEOPT_IF(t->tp_version_tag != CACHE32(1), STORE_ATTR);
        PyDictObject **dictptr = (PyDictObject **)((char *)owner + t->tp_dictoffset);
        RtDictKeys *shared = ((PyHeapTypeObject *)t)->ht_cached_keys;
        Py_ssize_t ix = CACHE(3);
        PyDictObject *dict = *dictptr;
        // The split dict may replace entry ix, or take it as its next key (ix == ma_used: the
        // shared keys have it there), or be created for it as its first key.
        DEOPT_IF(dict == NULL ? ix != 0
                              : (dict->ma_values == NULL || dict->ma_keys != shared ||
                                 ix > dict->ma_used),
                 STORE_ATTR);
        if (dict == NULL && (dict = (PyDictObject *)rt_dict_new_split(shared)) == NULL)
            goto error;
        *dictptr = dict;
        VM_SPEC_HIT(STORE_ATTR);
        PyObject *old = dict->ma_values[ix];
        dict->ma_values[ix] = SECOND();
        if (ix == dict->ma_used)
            dict->ma_used++;
        dict->ma_version = dict_next_version();
        STACK_SHRINK(2);
        Py_XDECREF(old); // may run arbitrary code: the dict is consistent by now
        Py_DECREF(owner);
        SKIP_CACHES(STORE_ATTR);
        DISPATCH();
    }

    TARGET(STORE_ATTR_SLOT)
    {
        PyObject *owner = TOP();
        DEOPT_IF(Py_TYPE(owner)->tp_version_tag != CACHE32(1) &&
                     vm_spec_member_slot(owner, NAME(oparg), CACHE(3), 1) == NULL,
                 STORE_ATTR);
        VM_SPEC_HIT(STORE_ATTR);
        PyObject **slot = (PyObject **)((char *)owner + CACHE(3));
        PyObject *old = *slot;
        *slot = SECOND();
        STACK_SHRINK(2);
        Py_XDECREF(old);
        Py_DECREF(owner);
        SKIP_CACHES(STORE_ATTR);
        DISPATCH();
    }

    TARGET(LOAD_METHOD_WITH_VALUES)
    {
        PyObject *owner = TOP();
        PyTypeObject *t = Py_TYPE(owner);
        DEOPT_IF(t->tp_version_tag != CACHE32(1), LOAD_METHOD);
        PyObject *dict = *(PyObject **)((char *)owner + t->tp_dictoffset);
        // The shared keys' version says the instance dict still cannot hold the name.
        DEOPT_IF(dict == NULL || vm_spec_dict_keys_version(dict) != CACHE32(4), LOAD_METHOD);
        VM_SPEC_HIT(LOAD_METHOD);
        SET_TOP(Py_NewRef((PyObject *)vm_cache_read_ptr(next_instr + 6)));
        PUSH(owner);
        SKIP_CACHES(LOAD_METHOD);
        DISPATCH();
    }

    TARGET(LOAD_METHOD_MODULE)
    {
        PyObject *owner = TOP();
        DEOPT_IF(!PyModule_CheckExact(owner), LOAD_METHOD);
        PyObject *dict = ((PyModuleObject *)owner)->md_dict;
        DEOPT_IF(dict == NULL || vm_spec_dict_keys_version(dict) != CACHE32(4), LOAD_METHOD);
        PyObject *v = vm_spec_dict_entry_value(dict, CACHE(3));
        DEOPT_IF(v == NULL, LOAD_METHOD);
        VM_SPEC_HIT(LOAD_METHOD);
        SET_TOP(NULL); // [NULL, attribute], as the generic body for a non-method
        Py_DECREF(owner);
        PUSH(Py_NewRef(v));
        SKIP_CACHES(LOAD_METHOD);
        DISPATCH();
    }

    TARGET(LOAD_METHOD_NO_DICT)
    {
        PyObject *owner = TOP();
        DEOPT_IF(Py_TYPE(owner)->tp_version_tag != CACHE32(1), LOAD_METHOD);
        VM_SPEC_HIT(LOAD_METHOD);
        SET_TOP(Py_NewRef((PyObject *)vm_cache_read_ptr(next_instr + 6)));
        PUSH(owner);
        SKIP_CACHES(LOAD_METHOD);
        DISPATCH();
    }

    TARGET(LOAD_METHOD_CLASS)
    {
        PyObject *owner = TOP();
        DEOPT_IF(!PyType_CheckExact(owner) ||
                     ((PyTypeObject *)owner)->tp_version_tag != CACHE32(1),
                 LOAD_METHOD);
        VM_SPEC_HIT(LOAD_METHOD);
        SET_TOP(NULL);
        Py_DECREF(owner);
        PUSH(Py_NewRef((PyObject *)vm_cache_read_ptr(next_instr + 6)));
        SKIP_CACHES(LOAD_METHOD);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL_MODULE)
    {
        PyObject *globals = frame->globals;
        DEOPT_IF(!PyDict_CheckExact(globals) || vm_spec_dict_keys_version(globals) != CACHE32(2),
                 LOAD_GLOBAL);
        PyObject *v = vm_spec_dict_entry_value(globals, CACHE(1));
        DEOPT_IF(v == NULL, LOAD_GLOBAL);
        VM_SPEC_HIT(LOAD_GLOBAL);
        if (oparg & 1)
            PUSH(NULL);
        PUSH(Py_NewRef(v));
        SKIP_CACHES(LOAD_GLOBAL);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL_BUILTIN)
    {
        PyObject *globals = frame->globals, *builtins = frame->builtins;
        DEOPT_IF(!PyDict_CheckExact(globals) || !PyDict_CheckExact(builtins) ||
                     vm_spec_dict_keys_version(globals) != CACHE32(2) ||
                     vm_spec_dict_keys_version(builtins) != CACHE(4),
                 LOAD_GLOBAL);
        PyObject *v = vm_spec_dict_entry_value(builtins, CACHE(1));
        DEOPT_IF(v == NULL, LOAD_GLOBAL);
        VM_SPEC_HIT(LOAD_GLOBAL);
        if (oparg & 1)
            PUSH(NULL);
        PUSH(Py_NewRef(v));
        SKIP_CACHES(LOAD_GLOBAL);
        DISPATCH();
    }

    // Binary operators on exact ints (machine words) and floats. An int result that overflows
    // the machine word is no type miss: the generic body makes the big int.
#define BINARY_INT_BODY(builtin_op)                                                                \
    do {                                                                                           \
        PyObject *rhs = TOP(), *lhs = SECOND();                                                    \
        DEOPT_IF(!PyLong_CheckExact(lhs) || !PyLong_CheckExact(rhs) || !rt_int_is_small(lhs) ||    \
                     !rt_int_is_small(rhs),                                                        \
                 BINARY_OP);                                                                       \
        int64_t r_;                                                                                \
        if (builtin_op(rt_int_small_value(lhs), rt_int_small_value(rhs), &r_))                     \
            goto generic_BINARY_OP;                                                                \
        VM_SPEC_HIT(BINARY_OP);                                                                    \
        PyObject *res = PyLong_FromLongLong(r_);                                                   \
        if (res == NULL)                                                                           \
            goto error;                                                                            \
        STACK_SHRINK(1);                                                                           \
        SET_TOP(res);                                                                              \
        Py_DECREF(lhs);                                                                            \
        Py_DECREF(rhs);                                                                            \
        SKIP_CACHES(BINARY_OP);                                                                    \
        DISPATCH();                                                                                \
    } while (0)

#define BINARY_FLOAT_BODY(c_op)                                                                    \
    do {                                                                                           \
        PyObject *rhs = TOP(), *lhs = SECOND();                                                    \
        DEOPT_IF(!PyFloat_CheckExact(lhs) || !PyFloat_CheckExact(rhs), BINARY_OP);                 \
        VM_SPEC_HIT(BINARY_OP);                                                                    \
        PyObject *res = PyFloat_FromDouble(PyFloat_AS_DOUBLE(lhs) c_op PyFloat_AS_DOUBLE(rhs));    \
        if (res == NULL)                                                                           \
            goto error;                                                                            \
        STACK_SHRINK(1);                                                                           \
        SET_TOP(res);                                                                              \
        Py_DECREF(lhs);                                                                            \
        Py_DECREF(rhs);                                                                            \
        SKIP_CACHES(BINARY_OP);                                                                    \
        DISPATCH();                                                                                \
    } while (0)

    // clang-format off
    TARGET(BINARY_OP_ADD_INT) { BINARY_INT_BODY(__builtin_add_overflow); }
    TARGET(BINARY_OP_SUBTRACT_INT) { BINARY_INT_BODY(__builtin_sub_overflow); }
    TARGET(BINARY_OP_MULTIPLY_INT) { BINARY_INT_BODY(__builtin_mul_overflow); }
    TARGET(BINARY_OP_ADD_FLOAT) { BINARY_FLOAT_BODY(+); }
    TARGET(BINARY_OP_SUBTRACT_FLOAT) { BINARY_FLOAT_BODY(-); }
    TARGET(BINARY_OP_MULTIPLY_FLOAT) { BINARY_FLOAT_BODY(*); }
    // clang-format on

    TARGET(BINARY_OP_ADD_UNICODE)
    {
        PyObject *rhs = TOP(), *lhs = SECOND();
        DEOPT_IF(!PyUnicode_CheckExact(lhs) || !PyUnicode_CheckExact(rhs), BINARY_OP);
        VM_SPEC_HIT(BINARY_OP);
        PyObject *res = PyUnicode_Concat(lhs, rhs);
        if (res == NULL)
            goto error;
        STACK_SHRINK(1);
        SET_TOP(res);
        Py_DECREF(lhs);
        Py_DECREF(rhs);
        SKIP_CACHES(BINARY_OP);
        DISPATCH();
    }

    // A comparison fused with the POP_JUMP_IF_TRUE/FALSE after it (CPython 3.11's *_JUMP
    // forms): pop both operands, then jump as that instruction would, or step over it.
#define COMPARE_AND_JUMP(result)                                                                   \
    do {                                                                                           \
        int flags_ = CACHE(1);                                                                     \
        STACK_SHRINK(2);                                                                           \
        Py_DECREF(lhs);                                                                            \
        Py_DECREF(rhs);                                                                            \
        SKIP_CACHES(COMPARE_OP);                                                                   \
        int distance_ = rt_code_unit_arg(*next_instr++);                                           \
        if ((result) == ((flags_ & VM_SPEC_JUMP_WHEN_TRUE) != 0)) {                                \
            if (flags_ & VM_SPEC_JUMP_BACKWARD) {                                                  \
                JUMPBY(-distance_);                                                                \
                frame->code->co_backedges++; /* a while loop's back-edge */                        \
                CHECK_EVAL_BREAKER();                                                              \
                JIT_ENTER(1);                                                                      \
            } else {                                                                               \
                JUMPBY(distance_);                                                                 \
            }                                                                                      \
        }                                                                                          \
        DISPATCH();                                                                                \
    } while (0)

    TARGET(COMPARE_OP_INT_JUMP)
    {
        PyObject *rhs = TOP(), *lhs = SECOND();
        DEOPT_IF(!PyLong_CheckExact(lhs) || !PyLong_CheckExact(rhs) || !rt_int_is_small(lhs) ||
                     !rt_int_is_small(rhs),
                 COMPARE_OP);
        VM_SPEC_HIT(COMPARE_OP);
        int64_t x = rt_int_small_value(lhs), y = rt_int_small_value(rhs);
        COMPARE_AND_JUMP(vm_spec_compare(oparg, (x > y) - (x < y), 1));
    }

    TARGET(COMPARE_OP_FLOAT_JUMP)
    {
        PyObject *rhs = TOP(), *lhs = SECOND();
        DEOPT_IF(!PyFloat_CheckExact(lhs) || !PyFloat_CheckExact(rhs), COMPARE_OP);
        VM_SPEC_HIT(COMPARE_OP);
        double x = PyFloat_AS_DOUBLE(lhs), y = PyFloat_AS_DOUBLE(rhs);
        COMPARE_AND_JUMP(vm_spec_compare(oparg, (x > y) - (x < y), x == x && y == y));
    }

    TARGET(COMPARE_OP_STR_JUMP)
    {
        PyObject *rhs = TOP(), *lhs = SECOND();
        DEOPT_IF(!PyUnicode_CheckExact(lhs) || !PyUnicode_CheckExact(rhs), COMPARE_OP);
        VM_SPEC_HIT(COMPARE_OP);
        int equal = rt_str_equal(lhs, rhs);
        COMPARE_AND_JUMP(equal == (oparg == Py_EQ));
    }

    TARGET(BINARY_SUBSCR_LIST_INT)
    {
        PyObject *sub = TOP(), *container = SECOND();
        DEOPT_IF(!PyList_CheckExact(container), BINARY_SUBSCR);
        Py_ssize_t i = fast_index(container, sub);
        DEOPT_IF(i < 0, BINARY_SUBSCR);
        VM_SPEC_HIT(BINARY_SUBSCR);
        STACK_SHRINK(1);
        SET_TOP(Py_NewRef(PyList_GET_ITEM(container, i)));
        Py_DECREF(container);
        Py_DECREF(sub);
        SKIP_CACHES(BINARY_SUBSCR);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR_TUPLE_INT)
    {
        PyObject *sub = TOP(), *container = SECOND();
        DEOPT_IF(!PyTuple_CheckExact(container), BINARY_SUBSCR);
        Py_ssize_t i = fast_index(container, sub);
        DEOPT_IF(i < 0, BINARY_SUBSCR);
        VM_SPEC_HIT(BINARY_SUBSCR);
        STACK_SHRINK(1);
        SET_TOP(Py_NewRef(PyTuple_GET_ITEM(container, i)));
        Py_DECREF(container);
        Py_DECREF(sub);
        SKIP_CACHES(BINARY_SUBSCR);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR_DICT)
    {
        PyObject *sub = TOP(), *container = SECOND();
        DEOPT_IF(!PyDict_CheckExact(container), BINARY_SUBSCR);
        VM_SPEC_HIT(BINARY_SUBSCR);
        PyObject *v = PyDict_GetItemWithError(container, sub);
        if (v == NULL) {
            if (!PyErr_Occurred())
                rt_dict_set_key_error(sub);
            goto error;
        }
        STACK_SHRINK(1);
        SET_TOP(Py_NewRef(v));
        Py_DECREF(container);
        Py_DECREF(sub);
        SKIP_CACHES(BINARY_SUBSCR);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR_LIST_INT)
    {
        PyObject *sub = TOP(), *container = SECOND(), *v = THIRD();
        DEOPT_IF(!PyList_CheckExact(container) || fast_index(container, sub) < 0, STORE_SUBSCR);
        VM_SPEC_HIT(STORE_SUBSCR);
        store_subscr_fast(container, sub, v);
        STACK_SHRINK(3);
        Py_DECREF(v);
        Py_DECREF(container);
        Py_DECREF(sub);
        SKIP_CACHES(STORE_SUBSCR);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR_DICT)
    {
        PyObject *sub = TOP(), *container = SECOND(), *v = THIRD();
        DEOPT_IF(!PyDict_CheckExact(container), STORE_SUBSCR);
        VM_SPEC_HIT(STORE_SUBSCR);
        STACK_SHRINK(3);
        int err = PyDict_SetItem(container, sub, v);
        Py_DECREF(v);
        Py_DECREF(container);
        Py_DECREF(sub);
        if (err < 0)
            goto error;
        SKIP_CACHES(STORE_SUBSCR);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE_TWO_TUPLE)
    {
        PyObject *seq = TOP();
        DEOPT_IF(!PyTuple_CheckExact(seq) || PyTuple_GET_SIZE(seq) != 2, UNPACK_SEQUENCE);
        VM_SPEC_HIT(UNPACK_SEQUENCE);
        SET_TOP(Py_NewRef(PyTuple_GET_ITEM(seq, 1)));
        PUSH(Py_NewRef(PyTuple_GET_ITEM(seq, 0)));
        Py_DECREF(seq);
        SKIP_CACHES(UNPACK_SEQUENCE);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE_TUPLE)
    {
        PyObject *seq = TOP();
        DEOPT_IF(!PyTuple_CheckExact(seq) || PyTuple_GET_SIZE(seq) != oparg, UNPACK_SEQUENCE);
        VM_SPEC_HIT(UNPACK_SEQUENCE);
        STACK_SHRINK(1);
        for (int i = oparg; --i >= 0;)
            PUSH(Py_NewRef(PyTuple_GET_ITEM(seq, i)));
        Py_DECREF(seq);
        SKIP_CACHES(UNPACK_SEQUENCE);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE_LIST)
    {
        PyObject *seq = TOP();
        DEOPT_IF(!PyList_CheckExact(seq) || PyList_GET_SIZE(seq) != oparg, UNPACK_SEQUENCE);
        VM_SPEC_HIT(UNPACK_SEQUENCE);
        STACK_SHRINK(1);
        for (int i = oparg; --i >= 0;)
            PUSH(Py_NewRef(PyList_GET_ITEM(seq, i)));
        Py_DECREF(seq);
        SKIP_CACHES(UNPACK_SEQUENCE);
        DISPATCH();
    }

    // PRECALL forms do the whole call, then skip the CALL after them (CPython 3.11's): the
    // stack holds [NULL, callable, args...] or [method, self, args...].
#define PRECALL_FINISH(result)                                                                     \
    do {                                                                                           \
        PyObject *res_ = (result);                                                                 \
        for (int i_ = 1; i_ <= oparg + 2; i_++)                                                    \
            Py_XDECREF(stack_pointer[-i_]);                                                        \
        STACK_SHRINK(oparg + 2);                                                                   \
        PUSH(res_);                                                                                \
        if (res_ == NULL)                                                                          \
            goto error;                                                                            \
        JUMPBY(vm_opcode_caches(OP_PRECALL) + 1 + vm_opcode_caches(OP_CALL));                      \
        CHECK_EVAL_BREAKER();                                                                      \
        DISPATCH();                                                                                \
    } while (0)

    // A builtin function whose method table is def (NULL never matches), called without self.
#define DEOPT_UNLESS_BUILTIN(callable, def)                                                        \
    DEOPT_IF(kwnames != NULL || PEEK(oparg + 2) != NULL || !PyCFunction_CheckExact(callable) ||   \
                 ((PyCFunctionObject *)(callable))->m_ml != (def),                                 \
             PRECALL)

    TARGET(PRECALL_NO_KW_LEN)
    {
        DEOPT_UNLESS_BUILTIN(PEEK(2), vm_spec_len_def);
        VM_SPEC_HIT(PRECALL);
        Py_ssize_t n = PyObject_Size(TOP());
        PRECALL_FINISH(n < 0 ? NULL : PyLong_FromSsize_t(n));
    }

    TARGET(PRECALL_NO_KW_ISINSTANCE)
    {
        DEOPT_UNLESS_BUILTIN(PEEK(3), vm_spec_isinstance_def);
        VM_SPEC_HIT(PRECALL);
        int r = PyObject_IsInstance(SECOND(), TOP());
        PRECALL_FINISH(r < 0 ? NULL : PyBool_FromLong(r));
    }

    // type(x), str(x), tuple(x): the exact type objects as callables.
#define DEOPT_UNLESS_TYPE_CALL(type)                                                               \
    DEOPT_IF(kwnames != NULL || PEEK(oparg + 2) != NULL || PEEK(2) != (PyObject *)(type), PRECALL)

    TARGET(PRECALL_NO_KW_TYPE_1)
    {
        DEOPT_UNLESS_TYPE_CALL(&PyType_Type);
        VM_SPEC_HIT(PRECALL);
        PRECALL_FINISH(Py_NewRef((PyObject *)Py_TYPE(TOP())));
    }

    TARGET(PRECALL_NO_KW_STR_1)
    {
        DEOPT_UNLESS_TYPE_CALL(&PyUnicode_Type);
        VM_SPEC_HIT(PRECALL);
        PRECALL_FINISH(PyObject_Str(TOP()));
    }

    TARGET(PRECALL_NO_KW_TUPLE_1)
    {
        DEOPT_UNLESS_TYPE_CALL(&PyTuple_Type);
        VM_SPEC_HIT(PRECALL);
        PRECALL_FINISH(PySequence_Tuple(TOP()));
    }

    TARGET(PRECALL_NO_KW_BUILTIN_O)
    {
        PyObject *callable = PEEK(2);
        DEOPT_IF(kwnames != NULL || PEEK(oparg + 2) != NULL || oparg != 1 ||
                     !PyCFunction_CheckExact(callable) ||
                     ((PyCFunctionObject *)callable)->m_ml->ml_flags != METH_O,
                 PRECALL);
        VM_SPEC_HIT(PRECALL);
        if (Py_EnterRecursiveCall(" while calling a Python object"))
            goto error;
        PyCFunctionObject *f = (PyCFunctionObject *)callable;
        PyObject *r = f->m_ml->ml_meth(f->m_self, TOP());
        Py_LeaveRecursiveCall();
        PRECALL_FINISH(r);
    }

    TARGET(PRECALL_NO_KW_BUILTIN_FAST)
    {
        PyObject *callable = PEEK(oparg + 1);
        DEOPT_IF(kwnames != NULL || PEEK(oparg + 2) != NULL || !PyCFunction_CheckExact(callable) ||
                     ((PyCFunctionObject *)callable)->m_ml->ml_flags != METH_FASTCALL,
                 PRECALL);
        VM_SPEC_HIT(PRECALL);
        PyCFunctionObject *f = (PyCFunctionObject *)callable;
        PyObject *r = ((PyCFunctionFast)(void (*)(void))f->m_ml->ml_meth)(
            f->m_self, stack_pointer - oparg, oparg);
        PRECALL_FINISH(r);
    }

    TARGET(PRECALL_NO_KW_LIST_APPEND)
    {
        PyObject *self = PEEK(2);
        DEOPT_IF(kwnames != NULL || PEEK(3) != vm_spec_list_append || !PyList_CheckExact(self),
                 PRECALL);
        VM_SPEC_HIT(PRECALL);
        PRECALL_FINISH(PyList_Append(self, TOP()) < 0 ? NULL : Py_NewRef(Py_None));
    }

    // A method descriptor of self's type with the given calling convention, called on self.
#define DEOPT_UNLESS_METHOD_DESCRIPTOR(flags)                                                      \
    DEOPT_IF(kwnames != NULL || PEEK(oparg + 2) == NULL ||                                         \
                 !Py_IS_TYPE(PEEK(oparg + 2), &PyMethodDescr_Type) ||                              \
                 ((PyMethodDescrObject *)PEEK(oparg + 2))->d_method->ml_flags != (flags) ||        \
                 !PyObject_TypeCheck(PEEK(oparg + 1),                                              \
                                     ((PyDescrObject *)PEEK(oparg + 2))->d_type),                  \
             PRECALL)

    TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_O)
    {
        DEOPT_UNLESS_METHOD_DESCRIPTOR(METH_O);
        DEOPT_IF(oparg != 1, PRECALL);
        VM_SPEC_HIT(PRECALL);
        if (Py_EnterRecursiveCall(" while calling a Python object"))
            goto error;
        PyMethodDef *m = ((PyMethodDescrObject *)PEEK(3))->d_method;
        PyObject *r = m->ml_meth(SECOND(), TOP());
        Py_LeaveRecursiveCall();
        PRECALL_FINISH(r);
    }

    TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS)
    {
        DEOPT_UNLESS_METHOD_DESCRIPTOR(METH_NOARGS);
        DEOPT_IF(oparg != 0, PRECALL);
        VM_SPEC_HIT(PRECALL);
        if (Py_EnterRecursiveCall(" while calling a Python object"))
            goto error;
        PyMethodDef *m = ((PyMethodDescrObject *)SECOND())->d_method;
        PyObject *r = m->ml_meth(TOP(), NULL);
        Py_LeaveRecursiveCall();
        PRECALL_FINISH(r);
    }

    TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST)
    {
        DEOPT_UNLESS_METHOD_DESCRIPTOR(METH_FASTCALL);
        VM_SPEC_HIT(PRECALL);
        PyMethodDef *m = ((PyMethodDescrObject *)PEEK(oparg + 2))->d_method;
        PyObject *r = ((PyCFunctionFast)(void (*)(void))m->ml_meth)(PEEK(oparg + 1),
                                                                     stack_pointer - oparg, oparg);
        PRECALL_FINISH(r);
    }

    // FOR_ITER over the common iterators, stepped in place (FOR_ITER has no cache to count in:
    // the form follows the iterator type seen last).
#define FOR_ITER_GUARD(type)                                                                       \
    do {                                                                                           \
        if (!Py_IS_TYPE(TOP(), type)) {                                                            \
            vm_specialize_for_iter_miss(next_instr - 1);                                           \
            goto generic_FOR_ITER;                                                                 \
        }                                                                                          \
    } while (0)
#define FOR_ITER_EXHAUSTED()                                                                       \
    do {                                                                                           \
        PyObject *it_ = POP();                                                                     \
        Py_DECREF(it_);                                                                            \
        JUMPBY(oparg);                                                                             \
        DISPATCH();                                                                                \
    } while (0)

    TARGET(FOR_ITER_LIST)
    {
        FOR_ITER_GUARD(&rt_list_iterator_type);
        VM_SPEC_HIT(FOR_ITER);
        ListIter *it = (ListIter *)TOP();
        PyListObject *seq = it->seq;
        if (seq != NULL && it->index < Py_SIZE(seq)) {
            PUSH(Py_NewRef(seq->ob_item[it->index++]));
            DISPATCH();
        }
        it->seq = NULL; // the list is released as soon as the loop ends
        Py_XDECREF(seq);
        FOR_ITER_EXHAUSTED();
    }

    TARGET(FOR_ITER_TUPLE)
    {
        FOR_ITER_GUARD(&rt_tuple_iterator_type);
        VM_SPEC_HIT(FOR_ITER);
        TupleIter *it = (TupleIter *)TOP();
        PyObject *seq = it->seq;
        if (seq != NULL && it->index < Py_SIZE(seq)) {
            PUSH(Py_NewRef(PyTuple_GET_ITEM(seq, it->index++)));
            DISPATCH();
        }
        it->seq = NULL;
        Py_XDECREF(seq);
        FOR_ITER_EXHAUSTED();
    }

    TARGET(FOR_ITER_RANGE)
    {
        FOR_ITER_GUARD(&PyRangeIter_Type);
        VM_SPEC_HIT(FOR_ITER);
        RangeIterObject *r = (RangeIterObject *)TOP();
        if (r->len <= 0)
            FOR_ITER_EXHAUSTED();
        long v = r->start;
        // Unsigned: one step past the last value may leave the range of long.
        r->start = (long)((unsigned long)v + (unsigned long)r->step);
        r->len--;
        PyObject *n = PyLong_FromLong(v);
        if (n == NULL)
            goto error;
        PUSH(n);
        DISPATCH();
    }

TARGET_CALL_PY_EXACT_ARGS:
    TARGET(CALL_PY_WITH_DEFAULTS)
    {
        // A Python function whose version the cache holds, called with positional arguments
        // only: the arguments move straight into the new frame's locals.
        DEOPT_IF(kwnames != NULL, CALL);
        int is_meth = PEEK(oparg + 2) != NULL;
        int total = oparg + is_meth;
        PyObject *function = PEEK(total + 1);
        DEOPT_IF(!PyFunction_Check(function) ||
                     ((PyFunctionObject *)function)->func_version != CACHE32(1),
                 CALL);
        PyFunctionObject *f = (PyFunctionObject *)function;
        PyCodeObject *co = (PyCodeObject *)f->func_code;
        DEOPT_IF(total < CACHE(3) || total > co->co_argcount, CALL);
        VM_SPEC_HIT(CALL);
        Frame *callee = vm_spec_push_call(vs, f, stack_pointer - total, total, CACHE(3));
        if (callee == NULL)
            goto error;
        STACK_SHRINK(total + 2 - is_meth);
        Py_DECREF(function);
        SKIP_CACHES(CALL);
        frame->prev_instr = next_instr - 1;
        SAVE_STACK();
        callee->previous = frame;
        vs->current_frame = frame = callee;
        goto start_frame;
    }

    // ---- the generic bodies shared with the JIT's helpers -------------------------------------

#define GENERIC_OP(op, name) TARGET(op)
#define GENERIC_FAMILY_OP(op, name) generic_##op : SKIP_CACHES(op);
#define ERROR() goto error
#define NEXT() DISPATCH()
#define TSTATE() ts
#include "vm/generic_ops.inc"

TARGET_CACHE:
unknown_opcode:
    frame->prev_instr = next_instr++;
    unsupported_opcode(opcode);
    goto error;

    // ---- unwinding --------------------------------------------------------------------------

error:
    check_exception_set(ts);
error_traceback:
    vm_traceback_here(frame);
exception_unwind:
    // Find the handler of the failing instruction: cut the stack to its depth, push the
    // instruction's offset if asked, push the exception, and go on there.
    kwnames = NULL;
    if (!rt_code_exctable_lookup(frame->code, (int)(next_instr - 1 - first_instr), &handler,
                                 &handler_depth, &handler_lasti)) {
        while (stack_pointer > vm_frame_stack_base(frame)) {
            PyObject *v = POP();
            Py_XDECREF(v);
        }
        SAVE_STACK();
        goto exit_unwind;
    }
    while (stack_pointer > vm_frame_stack_base(frame) + handler_depth) {
        PyObject *v = POP();
        Py_XDECREF(v);
    }
    if (handler_lasti) {
        PyObject *lasti = PyLong_FromLong((long)(frame->prev_instr - first_instr));
        if (lasti == NULL)
            goto exception_unwind;
        PUSH(lasti);
    }
    PUSH(PyErr_GetRaisedException());
    next_instr = first_instr + handler;
    DISPATCH();

exit_unwind:
    // No handler in this frame: pop it and continue unwinding in its caller.
    ts->recursion_depth--;
    vs->current_frame = frame->previous;
    exiting = frame;
    frame = frame->previous;
    if (exiting->is_entry) {
        leave_entry_frame(vs, exiting);
        return NULL;
    }
    vm_frame_clear_and_pop(vs, exiting);
    LOAD_FRAME();
    goto error;
}
