// frame.h: interpreter frames and the per-thread frame stack (frame.c). A frame holds what
// one running code object needs: its function, globals, builtins, locals namespace, the
// instruction pointer, and `localsplus` (locals, cells, free variables) followed by the
// value stack, all in one block carved from the thread's contiguous frame stack. A Python
// object for a frame (sys._getframe, tracebacks) is materialized lazily (frameobject.c).
#ifndef KRAIT_VM_FRAME_H
#define KRAIT_VM_FRAME_H

#include "runtime/runtime.h"
#include "runtime/objects/code.h"

struct PyFrameObject;

// Who owns a frame's memory: the thread's frame stack while it runs, a frame object after
// the frame has finished while something still refers to it, a generator, coroutine or
// async generator whose frame it is (genobject.h).
enum { FRAME_OWNED_BY_THREAD, FRAME_OWNED_BY_GENERATOR, FRAME_OWNED_BY_FRAME_OBJECT };

typedef struct Frame {
    PyObject *func;                  // the function (strong), or NULL for module/exec/eval code
    PyCodeObject *code;              // strong
    PyObject *globals;               // strong
    PyObject *builtins;              // strong
    PyObject *locals;                // strong: the namespace of module and class bodies, or NULL
    struct Frame *previous;          // the caller (NULL once the frame has finished)
    struct PyFrameObject *frame_obj; // strong, or NULL until something asks for it
    PyCodeUnit *prev_instr;          // the instruction executing (or last executed)
    int stacktop;                    // localsplus index of the first free value-stack slot
    uint8_t owner;                   // FRAME_OWNED_BY_*
    uint8_t is_entry;                // the C call that entered the eval loop returns from here
    PyObject *localsplus[];          // co_nlocalsplus slots, then co_stacksize stack slots
} Frame;

// Per-thread state of the VM (the runtime's RtThreadState holds the pending exception, the
// exceptions being handled, the recursion counters and the C stack limit).
typedef struct FrameChunk FrameChunk;
typedef struct VmThreadState {
    Frame *current_frame; // innermost frame executing on this thread, or NULL
    FrameChunk *chunk;    // chunk the frame stack currently allocates from
    PyObject **top;       // first free word of that chunk
    PyObject **limit;     // end of that chunk
} VmThreadState;

// The calling thread's VM state (never NULL).
VmThreadState *vm_tstate(void);

// Words of frame memory a code object needs (header + localsplus + value stack).
static inline size_t
vm_frame_size(PyCodeObject *co)
{
    return (sizeof(Frame) + sizeof(PyObject *) - 1) / sizeof(PyObject *) +
           (size_t)co->co_nlocalsplus + (size_t)co->co_stacksize;
}

// Allocate a frame for co on the thread's frame stack and initialize it: references to
// func (may be NULL), co, globals, builtins, locals (may be NULL) are taken; localsplus is
// cleared; the instruction pointer is before the first instruction. Returns NULL with
// MemoryError set. The frame is not linked to the current one (previous == NULL).
Frame *vm_frame_push(VmThreadState *vs, PyObject *func, PyCodeObject *co, PyObject *globals,
                     PyObject *builtins, PyObject *locals);

// Release a frame's references (its locals and value stack up to stacktop). If a frame
// object still refers to it, the frame's data moves into that object instead (so tracebacks
// keep working after the frame has returned). For a generator's frame once it finished.
void vm_frame_clear(Frame *f);

// Pop f, the innermost frame of the thread's stack, without touching its references (they
// were released, or moved into a generator by RETURN_GENERATOR).
void vm_frame_pop(VmThreadState *vs, Frame *f);

// vm_frame_clear then vm_frame_pop: a returning function's frame.
void vm_frame_clear_and_pop(VmThreadState *vs, Frame *f);

// Release the references f holds except its code: the value stack up to stacktop (then
// empty), locals, func, globals and builtins. A frame object that owns f calls it to clear
// the frame while keeping the code until it is freed, as CPython does, for finalizers.
void vm_frame_release_all_but_code(Frame *f);

// Visit every reference f holds (for the tp_traverse of the object that owns f).
int vm_frame_traverse(Frame *f, visitproc visit, void *arg);

// The frame object for f, creating it on first use: borrowed, or NULL with MemoryError.
struct PyFrameObject *vm_frame_get_object(Frame *f);

// The code-unit index of the instruction f is executing (or last executed), -1 if none yet.
static inline int
vm_frame_lasti(Frame *f)
{
    return (int)(f->prev_instr - f->code->co_code);
}

// The line f is executing, as f_lineno reports it.
int vm_frame_lineno(Frame *f);

// The frame's stack base: the first value-stack slot.
static inline PyObject **
vm_frame_stack_base(Frame *f)
{
    return f->localsplus + f->code->co_nlocalsplus;
}

// Record that C code is about to recurse through the eval loop: RecursionError when the C
// stack is nearly exhausted (setrecursionlimit cannot make the process crash). 0 or -1.
// The limit is the runtime's (rt_state_check_c_stack), set up by rt_runtime_init.
int vm_check_c_stack(VmThreadState *vs);

// Free the spare frame-stack chunks (vm_fini).
void vm_tstate_fini(VmThreadState *vs);

#endif
